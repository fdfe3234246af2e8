"""GET / and /static/... through the real app (lifespan, gazetteer, SQLite store seeded with our events)."""

from __future__ import annotations

import re

import orjson
import pytest
from map_fixtures import client, map_assets, seeded_settings  # noqa: F401  (fixtures)
from map_live import SEED_RECORDS


def config_of(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="cm-config">(.*?)</script>', html, re.S)
    assert m, "page has no config"
    return orjson.loads(m.group(1).replace("<\\/", "</"))


def assert_problem(resp, param: str, status: int = 400) -> None:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    assert resp.json()["invalid_params"][0]["name"] == param


def test_map_is_html_with_every_stored_event(client):  # noqa: F811
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "x-frame-options" not in r.headers  # newsrooms embed it
    assert config_of(r.text)["events_url"] == "/map/events"
    events = client.get("/map/events").json()
    assert events["n"] == len(SEED_RECORDS)
    assert sorted(events["strings"][i] for i in events["id"]) == sorted(r["id"] for r in SEED_RECORDS)


def test_page_asks_for_its_events_before_its_scripts(client):  # noqa: F811
    html = client.get("/").text
    assert html.index("window.conflictmapEvents = fetch(") < html.index("leaflet.js")


def test_filters_in_the_url_reach_the_page(client):  # noqa: F811
    r = client.get("/", params={"datetime": "2025-11-01/2025-11-10", "event_type": "Battles,riots"})
    state = config_of(r.text)["state"]
    assert state == {"start": "2025-11-01", "end": "2025-11-10", "event_types": ["Battles", "Riots"]}


def test_view_in_the_url_is_the_first_view(client):  # noqa: F811
    cfg = config_of(client.get("/", params={"center": "48.5,35.25", "zoom": "7"}).text)
    assert cfg["view"] == {"center": [48.5, 35.25], "zoom": 7}


def test_range_ring_is_the_geodesic_polygon_with_capitals(client):  # noqa: F811
    r = client.get("/", params={"from": "Krichev-6", "weapon": "oreshnik"})
    assert r.status_code == 200, r.text
    (overlay,) = config_of(r.text)["overlays"]
    ring, *targets = overlay["data"]["features"]
    assert ring["properties"]["kind"] == "ring"
    assert ring["geometry"]["type"] in ("Polygon", "MultiPolygon")
    names = [t["properties"]["name"] for t in targets]
    assert {"London", "Lisbon"} <= set(names)
    distances = [t["properties"]["distance_km"] for t in targets]
    assert distances == sorted(distances)


def test_the_ring_on_the_map_equals_api_range(client):  # noqa: F811
    api = client.get("/api/range", params={"from": "Krichev-6", "weapon": "oreshnik"})
    if api.status_code == 404:
        pytest.skip("/api/range not installed in this checkout")
    page = config_of(client.get("/", params={"from": "Krichev-6", "weapon": "oreshnik"}).text)
    assert page["overlays"][0]["data"]["features"][0]["geometry"] == api.json()["features"][0]["geometry"]


def test_two_weapons_draw_two_rings(client):  # noqa: F811
    r = client.get("/", params=[("from", "Krichev-6"), ("weapon", "oreshnik"), ("weapon", "Iskander-M")])
    rings = [o["data"]["features"][0]["properties"] for o in config_of(r.text)["overlays"]]
    assert [p["weapon"] for p in rings] == ["Oreshnik", "Iskander-M"]
    assert rings[0]["max_km"] > rings[1]["max_km"]


def test_distance_line_has_its_length(client):  # noqa: F811
    r = client.get("/", params={"from": "Kyiv", "to": "Minsk"})
    (overlay,) = config_of(r.text)["overlays"]
    assert overlay["kind"] == "distance"
    assert 430 < overlay["data"]["properties"]["distance_km"] < 436
    assert overlay["data"]["geometry"]["type"] == "LineString"


@pytest.mark.parametrize(
    ("params", "param", "status"),
    [
        ({"zoom": "99"}, "zoom", 400),
        ({"center": "north"}, "center", 400),
        ({"datetime": "yesterday"}, "datetime", 400),
        ({"event_type": "Parades"}, "event_type", 400),
        ({"weapon": "oreshnik"}, "from", 400),
        ({"from": "Krichev-6", "weapon": "oreshnikk-9000"}, "weapon", 404),
        ({"from": "Xqj", "to": "Kyiv"}, "from", 404),
    ],
)
def test_bad_map_urls_are_problems_naming_the_parameter(client, params, param, status):  # noqa: F811
    assert_problem(client.get("/", params=params), param, status)


def test_vendor_files_are_served_and_cached_for_good(client):  # noqa: F811
    r = client.get("/static/vendor/leaflet@1.9.3/dist/leaflet.js")
    assert r.status_code == 200
    assert "javascript" in r.headers["content-type"]
    assert "immutable" in r.headers["cache-control"]


def test_borders_geojson_is_served(client):  # noqa: F811
    r = client.get("/static/vendor/naturalearth/countries.geojson")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    assert r.json()["type"] == "FeatureCollection"


@pytest.mark.parametrize(
    "path", ["/static/../settings.py", "/static/%2e%2e/%2e%2e/app/settings.py", "/static/nope.js"]
)
def test_static_never_leaves_its_folder(client, path):  # noqa: F811
    r = client.get(path)
    assert r.status_code == 404
    assert "import" not in r.text


def test_the_line_on_the_map_equals_api_distance(client):  # noqa: F811
    api = client.get("/api/distance", params={"from": "Kyiv", "to": "Belarus"})
    if api.status_code == 404:
        pytest.skip("/api/distance not installed in this checkout")
    page = config_of(client.get("/", params={"from": "Kyiv", "to": "Belarus"}).text)
    assert page["overlays"][0]["data"] == api.json()


def test_tile_provider_and_attribution_come_from_settings(seeded_settings):  # noqa: F811
    from fastapi.testclient import TestClient

    from app.api import create_app

    custom = seeded_settings.model_copy(
        update={
            "tile_url": "https://tiles.newsroom.example/{z}/{x}/{y}.png",
            "tile_attribution": "Newsroom tiles",
        }
    )
    with TestClient(create_app(custom)) as c:
        html = c.get("/").text
    assert "https://tiles.newsroom.example/{z}/{x}/{y}.png" in html
    assert "Newsroom tiles" in html
    assert "tile.openstreetmap.org" not in html


def test_map_places_are_the_largest_settlements_in_the_box(client):  # noqa: F811
    r = client.get("/map/places", params={"bbox": "22,44,40.5,52.5", "min_population": "200000"})
    assert r.status_code == 200
    cols = r.json()
    assert set(cols) == {"name", "lat", "lon", "pop", "cap"}
    names = cols["name"]
    assert names[0] == "Kyiv" and cols["cap"][0] == 1  # the capital first
    assert {"Kharkiv", "Odesa", "Lviv"} <= set(names)
    # Capitals outside the box are not labelled here; every town inside is big enough.
    assert "Moscow" not in names
    for k in range(len(names)):
        assert 22 <= cols["lon"][k] <= 40.5 and 44 <= cols["lat"][k] <= 52.5
        assert cols["cap"][k] == 1 or cols["pop"][k] >= 200_000
    pops = [p for p, c in zip(cols["pop"], cols["cap"], strict=True) if not c]
    assert pops == sorted(pops, reverse=True)


def test_map_places_drop_a_citys_own_districts(client):  # noqa: F811
    # GeoNames lists districts of big cities as populated places of their own; a map should not
    # write "Kharkiv" and a second name on top of it.
    cols = client.get("/map/places", params={"bbox": "35.9,49.8,36.6,50.2", "min_population": "1000"}).json()
    assert "Kharkiv" in cols["name"]
    from pyproj import Geod

    k = cols["name"].index("Kharkiv")
    geod = Geod(ellps="WGS84")
    for j in range(len(cols["name"])):
        if j != k:
            _, _, m = geod.inv(cols["lon"][k], cols["lat"][k], cols["lon"][j], cols["lat"][j])
            assert m > 5_000, cols["name"][j]


def test_map_places_refuses_a_bad_box_naming_it(client):  # noqa: F811
    assert_problem(client.get("/map/places", params={"bbox": "1,2,3"}), "bbox")
    assert_problem(client.get("/map/places", params={"min_population": "-5"}), "min_population")


def test_map_places_refuses_an_overlong_box(client):  # noqa: F811
    assert_problem(client.get("/map/places", params={"bbox": "1," * 200}), "bbox")
