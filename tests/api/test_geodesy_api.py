"""GET /api/distance, /api/range and /api/weapons through the real app (lifespan, gazetteer, store)."""

from __future__ import annotations

import pytest
from event_seed import seed
from fastapi.testclient import TestClient
from shapely.geometry import Point, shape

from app.api import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from app.settings import Settings

    base = Settings()
    settings = base.model_copy(
        update={
            "data_dir": tmp_path_factory.mktemp("geo"),
            "load_demo": False,
            "gazetteer_dir": base.index_dir,
        }
    )
    with TestClient(create_app(settings)) as c:
        seed(c.app.state.store)
        yield c


def assert_problem(resp, param: str, status: int = 400) -> None:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    assert resp.json()["invalid_params"][0]["name"] == param


def test_distance_kyiv_minsk(client):
    r = client.get("/api/distance", params={"from": "Kyiv", "to": "Minsk"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    f = r.json()
    p = f["properties"]
    assert f["type"] == "Feature" and f["geometry"]["type"] == "LineString"
    assert 430 < p["distance_km"] < 436
    for key in ("distance_mi", "distance_nmi", "initial_bearing_deg", "final_bearing_deg"):
        assert isinstance(p[key], float)
    assert p["from"]["name"] == "Kyiv" and p["from"]["country_code"] == "UA"
    assert p["to"]["name"] == "Minsk" and set(p["to"]) == {"name", "lat", "lon", "country_code"}


def test_distance_across_the_pacific_is_a_multilinestring(client):
    r = client.get("/api/distance", params={"from": "35.68,139.69", "to": "37.77,-122.42"})
    assert r.status_code == 200
    g = r.json()["geometry"]
    assert g["type"] == "MultiLineString"
    assert all(-180 <= x <= 180 for line in g["coordinates"] for x, _ in line)


def test_distance_between_coordinates_matches_reference(client):
    # Karney (2013) inverse example, published s12 = 19 989 832.827610 m.
    r = client.get("/api/distance", params={"from": "-30,0", "to": "29.9,179.8"})
    assert r.json()["properties"]["distance_km"] == pytest.approx(19989.832828, abs=1e-3)


def test_distance_unknown_place_is_a_404_naming_the_parameter(client):
    assert_problem(client.get("/api/distance", params={"from": "Kyiv", "to": "Qwzxyplat"}), "to", 404)


def test_distance_missing_parameter_is_a_400(client):
    assert_problem(client.get("/api/distance", params={"from": "Kyiv"}), "to")


def test_range_oreshnik_from_krichev_capitals(client):
    r = client.get("/api/range", params={"from": "Krichev-6", "weapon": "Oreshnik", "targets": "capitals"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    ring, *targets = r.json()["features"]
    p = ring["properties"]
    assert p["kind"] == "ring" and p["weapon"] == "Oreshnik" and (p["min_km"], p["max_km"]) == (500, 5500)
    assert set(p["center"]) == {"name", "lat", "lon"}
    assert "GB" in p["countries_full"] and "BY" in p["countries_partial"]
    geom = shape(ring["geometry"])
    assert (
        geom.is_valid
        and geom.contains(Point(-0.1257, 51.5085))
        and not geom.intersects(Point(-74.006, 40.7143))
    )
    names = {t["properties"]["name"]: t["properties"] for t in targets}
    assert names["Warsaw"]["nato"] is True and "Minsk" not in names
    d = [t["properties"]["distance_km"] for t in targets]
    assert d == sorted(d)
    assert all(t["properties"]["kind"] == "target" and t["geometry"]["type"] == "Point" for t in targets)


def test_range_cities_by_population(client):
    r = client.get(
        "/api/range",
        params={"from": "Krichev-6", "max_km": 300, "targets": "cities", "min_population": 300000},
    )
    assert r.status_code == 200
    targets = [f["properties"] for f in r.json()["features"][1:]]
    assert targets and all(t["population"] >= 300000 and t["distance_km"] <= 300 for t in targets)
    assert {"Mogilev", "Smolensk"} & {t["name"] for t in targets}


def test_range_events_come_from_the_store(client):
    r = client.get("/api/range", params={"from": "Kharkiv", "max_km": 100, "targets": "events"})
    assert r.status_code == 200
    targets = [f["properties"] for f in r.json()["features"][1:]]
    assert [t["name"] for t in targets][:2] == ["Kharkiv", "Chuhuiv"]
    assert all(t["distance_km"] <= 100 for t in targets)


def test_range_several_weapons_one_ring_each(client):
    r = client.get(
        "/api/range", params=[("from", "Krichev-6"), ("weapon", "Iskander-M"), ("weapon", "Kh-101")]
    )
    rings = [f for f in r.json()["features"] if f["properties"]["kind"] == "ring"]
    assert [f["properties"]["weapon"] for f in rings] == ["Iskander-M", "Kh-101"]


@pytest.mark.parametrize(
    ("params", "param", "status"),
    [
        ({"from": "Kyiv", "max_km": -10}, "max_km", 400),
        ({"from": "Kyiv", "max_km": 20001}, "max_km", 400),
        ({"from": "Kyiv", "max_km": 100, "min_km": 500}, "min_km", 400),
        ({"from": "Kyiv", "max_km": "far"}, "max_km", 400),
        ({"from": "Kyiv"}, "max_km", 400),
        ({"from": "Kyiv", "max_km": 100, "targets": "bridges"}, "targets", 400),
        ({"from": "Kyiv", "max_km": 100, "targets": "cities", "min_population": -1}, "min_population", 400),
        ({"from": "Kyiv", "weapon": "Oreshnik", "max_km": 100}, "max_km", 400),
        ({"from": "Qwzxyplat", "max_km": 100}, "from", 404),
        ({"from": "95,10", "max_km": 100}, "from", 400),
    ],
)
def test_range_nonsense_is_a_4xx_problem_naming_the_parameter(client, params, param, status):
    assert_problem(client.get("/api/range", params=params), param, status)


def test_unknown_weapon_is_a_404_with_suggestions(client):
    r = client.get("/api/range", params={"from": "Kyiv", "weapon": "Iskandr"})
    assert_problem(r, "weapon", 404)
    assert "Iskander-M" in r.json()["suggestions"]


def test_weapons_catalogue(client):
    r = client.get("/api/weapons")
    assert r.status_code == 200
    entries = {w["name"]: w for w in r.json()}
    assert len(entries) >= 15
    o = entries["Oreshnik"]
    assert {"name", "aliases", "class", "min_km", "max_km", "sources"} <= set(o)
    assert all(s["outlet"] and s["date"] for s in o["sources"])


def test_distance_to_a_country_runs_to_its_nearest_border_point(client):
    r = client.get("/api/distance", params={"from": "Kyiv", "to": "Belarus"})
    assert r.status_code == 200
    p = r.json()["properties"]
    assert 80.0 <= p["distance_km"] <= 95.0
    assert p["to"]["name"] == "Belarus border" and p["to"]["country_code"] == "BY"
    assert p["border"] == {"end": "to", "country_code": "BY", "country": "Belarus", "point_inside": False}


def test_range_limit_keeps_the_nearest_and_counts_them_all(client):
    params = {"from": "Krichev-6", "max_km": 1000, "targets": "cities", "min_population": 0}
    r = client.get("/api/range", params={**params, "limit": 5})
    body = r.json()
    assert r.status_code == 200
    assert body["numberReturned"] == 5 and body["numberMatched"] > 1000
    d = [f["properties"]["distance_km"] for f in body["features"][1:]]
    assert len(d) == 5 and d == sorted(d) and d[-1] < 50  # the five nearest settlements of any size
    assert_problem(client.get("/api/range", params={**params, "limit": 0}), "limit")
