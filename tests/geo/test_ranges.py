"""Range questions: targets inside a ring by geodesic distance, and the GeoJSON the CLI and API share."""

from __future__ import annotations

import numpy as np
import pytest

from app.geo import (
    Place,
    RingSpec,
    capital_targets,
    distance_feature,
    distances_km,
    find_weapon,
    range_collection,
    record_targets,
    within,
)

KRICHEV = Place("Krichev-6", 53.7, 31.8, "BY")


def test_within_matches_brute_force_and_is_sorted():
    rng = np.random.default_rng(5)
    lats = np.degrees(np.arcsin(rng.uniform(-1, 1, 30000)))
    lons = rng.uniform(-180, 180, 30000)
    idx, d = within(53.7, 31.8, lats, lons, max_km=5500.0, min_km=500.0)
    full = distances_km(53.7, 31.8, lats, lons)
    expected = np.flatnonzero((full <= 5500.0) & (full >= 500.0))
    assert set(idx.tolist()) == set(expected.tolist())
    assert np.all(np.diff(d) >= 0)
    assert np.allclose(d, full[idx])


def test_capitals_in_oreshnik_range_nearest_first_with_nato_flags():
    fc = range_collection(KRICHEV, [RingSpec.for_weapon(find_weapon("Oreshnik"))], capital_targets())
    ring, *targets = fc["features"]
    assert ring["properties"]["kind"] == "ring" and ring["properties"]["weapon"] == "Oreshnik"
    assert ring["properties"]["center"] == {"name": "Krichev-6", "lat": 53.7, "lon": 31.8}
    assert ring["geometry"]["type"] in ("Polygon", "MultiPolygon")
    names = [t["properties"]["name"] for t in targets]
    assert "London" in names and "Lisbon" in names and "Kabul" in names
    assert "Minsk" not in names  # inside the 500 km minimum
    assert "Washington" not in names and "Tokyo" not in names
    d = [t["properties"]["distance_km"] for t in targets]
    assert d == sorted(d) and d[0] >= 500 and d[-1] <= 5500
    london = next(t for t in targets if t["properties"]["name"] == "London")["properties"]
    assert london["nato"] is True and london["country_code"] == "GB"


def test_several_weapons_give_one_ring_each_and_targets_of_the_largest():
    specs = [RingSpec.for_weapon(find_weapon(n)) for n in ("Iskander-M", "Oreshnik")]
    fc = range_collection(KRICHEV, specs, capital_targets(), countries=False)
    kinds = [f["properties"]["kind"] for f in fc["features"]]
    assert kinds[:2] == ["ring", "ring"] and set(kinds[2:]) == {"target"}
    assert max(f["properties"]["distance_km"] for f in fc["features"][2:]) > 500  # beyond Iskander


def test_event_records_are_targets_too():
    records = [
        {
            "id": "e1",
            "lat": 50.45,
            "lon": 30.52,
            "location": "Kyiv",
            "country_code": "UA",
            "event_date": "2025-01-02",
        },
        {"id": "e2", "lat": 40.71, "lon": -74.0, "location": "New York", "country_code": "US"},
        {"id": "e3", "lat": None, "lon": None, "location": "nowhere"},
    ]
    fc = range_collection(KRICHEV, [RingSpec(max_km=1000.0)], record_targets(records), countries=False)
    hits = [f["properties"] for f in fc["features"][1:]]
    assert [h["event_id"] for h in hits] == ["e1"]
    assert hits[0]["distance_km"] == pytest.approx(distances_km(53.7, 31.8, [50.45], [30.52])[0], abs=1e-3)


def test_distance_feature_shape():
    f = distance_feature(Place("Kyiv", 50.4547, 30.5238, "UA"), Place("Minsk", 53.9, 27.5667, "BY"))
    p = f["properties"]
    assert f["type"] == "Feature" and f["geometry"]["type"] == "LineString"
    assert 430 < p["distance_km"] < 436
    assert p["distance_mi"] == pytest.approx(p["distance_km"] / 1.609344, abs=1e-3)
    assert p["from"] == {"name": "Kyiv", "lat": 50.4547, "lon": 30.5238, "country_code": "UA"}
    assert 0 <= p["initial_bearing_deg"] < 360 and 0 <= p["final_bearing_deg"] < 360


def test_distance_answer_to_a_country_ends_on_its_border():
    from app.geo import distance_answer, load_countries

    kyiv = Place("Kyiv", 50.4547, 30.5238, "UA", kind="settlement")
    belarus = Place("Belarus", 53.82, 28.42, "BY", kind="country")  # a label point deep inside the country
    f = distance_answer(belarus, kyiv)
    p = f["properties"]
    assert 80.0 <= p["distance_km"] <= 95.0
    assert p["border"]["end"] == "from" and p["to"]["name"] == "Kyiv"
    end = p["from"]
    assert load_countries().border_distance(end["lat"], end["lon"], "BY").distance_km < 0.01
    # Two settlements: a plain point-to-point distance, no border block.
    assert (
        "border"
        not in distance_answer(kyiv, Place("Minsk", 53.9, 27.5667, "BY", kind="settlement"))["properties"]
    )


def test_oreshnik_catalogue_ring_from_krichev_answers_the_headline_question():
    from shapely.geometry import LineString, Point, shape

    from app.geo import ring_feature

    f = ring_feature(KRICHEV, RingSpec.for_weapon(find_weapon("Oreshnik")))
    ring = shape(f["geometry"])
    assert ring.is_valid
    assert ring.covers(LineString([(-180.0, 90.0), (180.0, 90.0)]))  # North Pole
    for lon, lat in ((-0.1257, 51.5085), (-9.1333, 38.7167), (69.1723, 34.5281)):  # London, Lisbon, Kabul
        assert ring.contains(Point(lon, lat))
    for lon, lat in ((-74.006, 40.7143), (139.6917, 35.6895), (27.5667, 53.9)):  # New York, Tokyo, Minsk
        assert not ring.intersects(Point(lon, lat))
    assert {"GB", "PT", "AF"} <= set(f["properties"]["countries_full"])


@pytest.mark.parametrize(
    ("weapons", "max_km", "min_km", "param"),
    [([], None, None, "max_km"), (["Oreshnik"], 100.0, None, "max_km"), ([], 100.0, 100.0, "min_km"),
     (["Oreshnik"], None, 6000.0, "min_km")],
)  # fmt: skip
def test_plan_rings_refuses_contradictions_naming_the_parameter(weapons, max_km, min_km, param):
    from app.geo import RadiusError, plan_rings

    with pytest.raises(RadiusError) as err:
        plan_rings(weapons, max_km, min_km)
    assert err.value.param == param


def test_plan_rings_takes_weapon_defaults_unless_min_km_is_given():
    from app.geo import plan_rings

    (spec,) = plan_rings(["oreshnik"], None, None)
    assert (spec.min_km, spec.max_km, spec.weapon.name) == (500.0, 5500.0, "Oreshnik")
    (spec,) = plan_rings(["oreshnik"], None, 0.0)
    assert spec.min_km == 0.0
