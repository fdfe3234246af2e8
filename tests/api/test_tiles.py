"""Vector tiles of the events (XYZ and OGC API - Tiles paths) on SQLite and PostGIS: what a tile holds is
checked by decoding it and projecting its points back, and cluster counts against /api/events."""

from __future__ import annotations

import math

import mapbox_vector_tile
import pytest
from event_seed import BACKENDS, SEED_IDS, backend_settings, seed
from fastapi.testclient import TestClient
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.api import create_app

MVT = "application/vnd.mapbox-vector-tile"


@pytest.fixture(params=BACKENDS)
def client(request, tmp_settings):
    with TestClient(create_app(backend_settings(request, tmp_settings))) as c:
        seed(c.app.state.store)
        yield c


def xyz(lon: float, lat: float, z: int) -> tuple[int, int]:
    """The XYZ tile holding a point (the slippy-map formula, written out independently of app.api.tiles)."""
    n = 2**z
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return x, y


def decode(resp) -> dict:
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == MVT
    return mapbox_vector_tile.decode(resp.content)


def lonlat(feature, z: int, x: int, y: int, extent: int = 4096) -> tuple[float, float]:
    px, py = feature["geometry"]["coordinates"]  # tile pixels, y up (the decoder's default)
    n = 2**z
    lon = (x + px / extent) / n * 360.0 - 180.0
    merc_y = (1 - ((y + 1) - py / extent) / n * 2) * math.pi
    return lon, math.degrees(math.atan(math.sinh(merc_y)))


def test_world_tile_has_every_event(client):
    layers = decode(client.get("/tiles/events/0/0/0.mvt"))
    feats = layers["events"]["features"]
    assert {f["properties"]["id"] for f in feats} == SEED_IDS
    kyiv = next(f for f in feats if f["properties"]["id"] == "cm-test-10")
    lon, lat = lonlat(kyiv, 0, 0, 0)
    assert abs(lon - 30.5234) < 0.1 and abs(lat - 50.4501) < 0.1  # 4096 px over the world: ~0.09°
    assert kyiv["properties"]["event_type"] == "Strategic developments"


def test_a_zoomed_tile_holds_only_its_events_in_place(client):
    z = 9
    x, y = xyz(36.2304, 49.9935, z)  # Kharkiv
    layers = decode(client.get(f"/tiles/events/{z}/{x}/{y}.mvt"))
    (feat,) = layers["events"]["features"]
    assert feat["properties"]["id"] == "cm-test-01" and feat["properties"]["fatalities"] == 2
    lon, lat = lonlat(feat, z, x, y)
    assert abs(lon - 36.2304) < 0.001 and abs(lat - 49.9935) < 0.001


def test_the_antimeridian_splits_fiji_between_tiles(client):
    east = decode(client.get("/tiles/events/1/1/1.mvt"))["events"]["features"]
    west = decode(client.get("/tiles/events/1/0/1.mvt"))["events"]["features"]
    assert {f["properties"]["id"] for f in east} == {"cm-test-07"}
    assert {f["properties"]["id"] for f in west} == {"cm-test-08"}


def test_tiles_take_the_items_filters(client):
    layers = decode(client.get("/tiles/events/0/0/0.mvt", params={"filter": "claim_status = 'disputed'"}))
    assert [f["properties"]["id"] for f in layers["events"]["features"]] == ["cm-test-09"]
    layers = decode(
        client.get("/tiles/events/0/0/0.mvt", params={"q": "protest", "datetime": "2025-11-01/.."})
    )
    assert [f["properties"]["id"] for f in layers["events"]["features"]] == ["cm-test-05"]


def test_past_the_point_budget_a_tile_carries_exact_clusters(client, monkeypatch):
    from app.api import tiles

    monkeypatch.setattr(tiles, "POINT_BUDGET", 3)
    layers = decode(
        client.get("/tiles/events/0/0/0.mvt", params={"event_type": "Explosions/Remote violence"})
    )
    assert "events" not in layers
    counts = [f["properties"]["count"] for f in layers["clusters"]["features"]]
    api = client.get("/api/events", params={"event_type": "Explosions/Remote violence"}).json()
    assert sum(counts) == api["numberMatched"] == 7
    assert sum(f["properties"]["fatalities"] for f in layers["clusters"]["features"]) == 3  # 2 + 1 + 0


def test_empty_tile_is_204_and_bad_tiles_are_400(client):
    assert client.get("/tiles/events/3/0/0.mvt").status_code == 204  # the Arctic off Alaska
    for url, param in (("/tiles/events/2/4/0.mvt", "x"), ("/tiles/events/23/0/0.mvt", "z")):
        r = client.get(url)
        assert r.status_code == 400 and r.json()["invalid_params"][0]["name"] == param
    r = client.get("/tiles/events/0/0/0.mvt", params={"bbox": "1,2,3,4"})
    assert r.status_code == 400 and r.json()["invalid_params"][0]["name"] == "bbox"


def test_tilejson_and_ogc_tiles_paths(client):
    tj = client.get("/tiles/events.json", params={"q": "strike"}).json()
    assert tj["tiles"] == ["http://testserver/tiles/events/{z}/{x}/{y}.mvt?q=strike"]
    assert {layer["id"] for layer in tj["vector_layers"]} == {"events", "clusters"}
    sets = client.get("/ogc/collections/events/tiles").json()["tilesets"]
    (item,) = [link for link in sets[0]["links"] if link["rel"] == "item"]
    href = item["href"].replace("{tileMatrix}", "9")
    x, y = xyz(36.2304, 49.9935, 9)
    href = href.replace("{tileRow}", str(y)).replace("{tileCol}", str(x))
    layers = decode(client.get(href))
    assert [f["properties"]["id"] for f in layers["events"]["features"]] == ["cm-test-01"]
    assert client.get("/ogc/collections/events/tiles/WorldCRS84Quad").status_code == 404
