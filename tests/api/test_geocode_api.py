"""GET /api/geocode through the real app: FeatureCollection best first, problem+json on bad input."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.api import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from app.settings import Settings

    base = Settings()
    settings = base.model_copy(
        update={
            "data_dir": tmp_path_factory.mktemp("geocode"),
            "load_demo": False,
            "gazetteer_dir": base.index_dir,
        }
    )
    with TestClient(create_app(settings)) as c:
        yield c


def assert_problem(resp, param: str, status: int = 400) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    body = resp.json()
    assert body["status"] == status
    assert body["invalid_params"][0]["name"] == param
    return body


def test_siversk(client):
    r = client.get("/api/geocode", params={"q": "Siversk"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection"
    f = fc["features"][0]
    assert f["geometry"]["type"] == "Point"
    lon, lat = f["geometry"]["coordinates"]
    assert 48.8 < lat < 48.9 and 38.0 < lon < 38.2
    props = f["properties"]
    assert (
        props["name"] == "Siversk" and props["admin1"] == "Donetsk Oblast" and props["country_code"] == "UA"
    )
    for key in ("kind", "geonameid", "population", "score", "geo_precision", "why", "matched"):
        assert key in props


def test_features_are_best_first(client):
    feats = client.get("/api/geocode", params={"q": "Ivanivka", "limit": 10}).json()["features"]
    assert len(feats) == 10
    scores = [f["properties"]["score"] for f in feats]
    assert scores == sorted(scores, reverse=True)


def test_qualifier_in_q(client):
    f = client.get("/api/geocode", params={"q": "Lyman, Kharkiv region"}).json()["features"][0]
    assert f["properties"]["admin1"] == "Kharkiv Oblast"


def test_country_parameter(client):
    f = client.get("/api/geocode", params={"q": "Odessa", "country": "US"}).json()["features"][0]
    assert f["properties"]["admin1"] == "Texas"


def test_near_parameter(client):
    f = client.get("/api/geocode", params={"q": "Novoselivka", "near": "Lyman, Donetsk region"}).json()[
        "features"
    ][0]
    assert f["properties"]["admin1"] == "Donetsk Oblast"


def test_near_as_coordinates(client):
    f = client.get("/api/geocode", params={"q": "Novoselivka", "near": "49.0,37.8"}).json()["features"][0]
    assert f["properties"]["admin1"] == "Donetsk Oblast"


def test_region_fallback_over_http(client):
    props = client.get("/api/geocode", params={"q": "Vilne, Donetsk region"}).json()["features"][0][
        "properties"
    ]
    assert props["kind"] == "region" and props["geo_precision"] == 3


def test_unknown_place_is_404_with_suggestions(client):
    r = client.get("/api/geocode", params={"q": "Kramatorksk Zavod"})
    body = assert_problem(r, "q", status=404)
    assert isinstance(body["suggestions"], list) and body["suggestions"]


def test_empty_q_is_400_naming_q(client):
    assert_problem(client.get("/api/geocode", params={"q": ""}), "q")


def test_blank_q_is_400_naming_q(client):
    assert_problem(client.get("/api/geocode", params={"q": "   "}), "q")


def test_missing_q_is_400_naming_q(client):
    assert_problem(client.get("/api/geocode"), "q")


@pytest.mark.parametrize("limit", ["0", "1000", "-3", "many"])
def test_bad_limit_is_400_naming_limit(client, limit):
    assert_problem(client.get("/api/geocode", params={"q": "Kyiv", "limit": limit}), "limit")


@pytest.mark.parametrize("country", ["Narnia", "X1", "12"])
def test_bad_country_is_400_naming_country(client, country):
    assert_problem(client.get("/api/geocode", params={"q": "Kyiv", "country": country}), "country")


def test_bad_near_coordinates_name_near(client):
    r = client.get("/api/geocode", params={"q": "Novoselivka", "near": "95.0,37.8"})
    assert_problem(r, "near")


def test_unknown_near_place_names_near(client):
    r = client.get("/api/geocode", params={"q": "Novoselivka", "near": "Qwxzvbnm Jklhg"})
    assert r.status_code in (400, 404)
    assert_problem(r, "near", status=r.status_code)


def test_overlong_q_is_400(client):
    assert_problem(client.get("/api/geocode", params={"q": "x" * 500}), "q")


def test_geocode_is_in_the_openapi_document(client):
    doc = client.get("/openapi.json").json()
    names = {p["name"] for p in doc["paths"]["/api/geocode"]["get"]["parameters"]}
    assert {"q", "country", "near", "limit"} <= names
