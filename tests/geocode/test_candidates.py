"""What a candidate carries: fields, precision, explanations, scores; and input validation."""

from __future__ import annotations

import pytest

from app.errors import InvalidQuery, NotFound
from app.geocode import Candidate, parse_latlon


def test_candidate_has_every_contract_field(geocoder):
    c = geocoder.best("Siversk")
    d = c.to_dict()
    for key in ("name", "lat", "lon", "kind", "country_code", "admin1", "geonameid", "population", "score",
                "geo_precision", "why", "matched"):  # fmt: skip
        assert key in d, key
    assert c.name == "Siversk" and c.kind == "settlement" and c.country_code == "UA"
    assert c.admin1 == "Donetsk Oblast"
    assert isinstance(c.geonameid, int) and c.geonameid > 0
    assert c.population > 5_000
    assert 0 < c.score <= 1


def test_to_feature_is_a_geojson_point_lon_first(geocoder):
    c = geocoder.best("Siversk")
    f = c.to_feature()
    assert f["type"] == "Feature"
    assert f["geometry"] == {"type": "Point", "coordinates": [c.lon, c.lat]}
    assert f["properties"]["name"] == "Siversk"
    assert isinstance(f["properties"]["why"], list)


@pytest.mark.parametrize(
    ("written", "precision"),
    [("Siversk", 1), ("ZNPP", 1), ("Donetsk oblast", 3), ("Ukraine", 3), ("Sea of Azov", 2)],
)
def test_geo_precision_by_kind(geocoder, written, precision):
    assert geocoder.best(written).geo_precision == precision


def test_every_candidate_explains_itself(geocoder):
    for q in ("Kharkov", "Artemovsk", "Krichev-6", "Lyman, Donetsk region", "Kramatorks", "Belgorod region"):
        for c in geocoder.search(q, limit=3):
            assert c.why, q
            assert any("match on" in w or "returning the region" in w for w in c.why), (q, c.why)


def test_explanation_names_the_population_prior(geocoder):
    assert any(w.startswith("population") for w in geocoder.best("Zaporizhzhia").why)


def test_exact_beats_alias_beats_variant_for_the_same_place(geocoder):
    exact = geocoder.best("Kostyantynivka", country="UA")
    alias = geocoder.best("Kostiantynivka", country="UA")
    assert exact.place_id == alias.place_id
    assert exact.score >= alias.score


def test_results_are_sorted_best_first(geocoder):
    found = geocoder.search("Ivanivka", limit=20)
    scores = [c.score for c in found]
    assert scores == sorted(scores, reverse=True)


def test_limit_is_respected(geocoder):
    assert len(geocoder.search("Ivanivka", limit=3)) == 3


@pytest.mark.parametrize("limit", [0, -1, 101])
def test_bad_limit_names_limit(geocoder, limit):
    with pytest.raises(InvalidQuery) as err:
        geocoder.search("Kyiv", limit=limit)
    assert err.value.param == "limit"


@pytest.mark.parametrize("q", ["", "   ", "\t"])
def test_empty_query_names_q(geocoder, q):
    with pytest.raises(InvalidQuery) as err:
        geocoder.search(q)
    assert err.value.param == "q"


@pytest.mark.parametrize("country", ["XX1", "Narnia", "12"])
def test_bad_country_names_country(geocoder, country):
    with pytest.raises(InvalidQuery) as err:
        geocoder.search("Kyiv", country=country)
    assert err.value.param == "country"


def test_country_code_is_case_insensitive(geocoder):
    assert geocoder.best("Odessa", country="us").country_code == "US"


def test_unknown_near_place_names_near(geocoder):
    with pytest.raises((InvalidQuery, NotFound)) as err:
        geocoder.search("Novoselivka", near="Qwxzvbnm Jklhg")
    assert err.value.param == "near"


def test_nothing_found_is_an_empty_list(geocoder):
    assert geocoder.search("Zzyzzyxqq") == []
    assert geocoder.best("Zzyzzyxqq") is None


def test_locate_raises_not_found_with_suggestions(geocoder):
    with pytest.raises(NotFound) as err:
        geocoder.locate("Kramatorsky Zavodsk", param="from")
    assert err.value.param == "from"
    assert isinstance(err.value.suggestions, list)


def test_suggest_offers_close_names(geocoder):
    assert "kramatorsk" in [s.lower() for s in geocoder.suggest("Kramatorksk")]


def test_locate_accepts_coordinates(geocoder):
    c = geocoder.locate("48.59, 38.0")
    assert (c.lat, c.lon) == (48.59, 38.0)
    assert c.country_code == "UA"
    assert c.why == ("coordinates given",)


def test_locate_rejects_out_of_range_coordinates(geocoder):
    with pytest.raises(InvalidQuery) as err:
        geocoder.locate("95.0, 38.0", param="from")
    assert err.value.param == "from"


def test_parse_latlon():
    assert parse_latlon("50.45,30.52") == (50.45, 30.52)
    assert parse_latlon("-33.9 151.2") == (-33.9, 151.2)
    assert parse_latlon("Kyiv") is None


def test_parse_hint_region_and_country(geocoder):
    h = geocoder.parse_hint("Donetsk region")
    assert h.admin1_name == "Donetsk Oblast" and h.country == "UA"
    assert geocoder.parse_hint("Ukraine").country == "UA" and geocoder.parse_hint("Ukraine").admin1 is None
    assert geocoder.parse_hint("Qwxzvbnm") is None


def test_same_query_twice_is_the_same_answer(geocoder):
    a = geocoder.search("Lyman", limit=5)
    b = geocoder.search("Lyman", limit=5)
    assert a == b
    assert all(isinstance(c, Candidate) for c in a)


def test_cache_returns_a_fresh_list(geocoder):
    a = geocoder.search("Lyman", limit=5)
    a.clear()
    assert geocoder.search("Lyman", limit=5)


def test_to_dict_has_exactly_the_dataclass_fields(geocoder):
    from dataclasses import asdict, fields

    c = geocoder.best("Lyman, Donetsk region")
    d = c.to_dict()
    assert list(d) == [f.name for f in fields(Candidate)]
    assert d == dict(asdict(c), why=list(c.why))
