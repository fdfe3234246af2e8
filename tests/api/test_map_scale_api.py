"""The map at scale: /map/summary, /map/cells/{z}/{x}/{y} and /map/events?limit= on SQLite and PostGIS. Every
count is checked against /api/events' numberMatched for the same filter (the seed holds 12 events)."""

from __future__ import annotations

import pytest
from event_seed import BACKENDS, SEED_IDS, backend_settings, seed
from fastapi.testclient import TestClient
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.api import create_app, map_scale


@pytest.fixture(params=BACKENDS)
def client(request, tmp_settings):
    with TestClient(create_app(backend_settings(request, tmp_settings))) as c:
        seed(c.app.state.store)
        yield c


def matched(client, **params) -> int:
    return client.get("/api/events", params={**params, "limit": 1}).json()["numberMatched"]


def cells_total(client, z: int, **params) -> tuple[int, list[dict]]:
    """Sum of `n` over every tile of zoom z (the whole world), and the tiles' bodies."""
    bodies = [
        client.get(f"/map/cells/{z}/{x}/{y}", params=params).json()
        for x in range(1 << z)
        for y in range(1 << z)
    ]
    return sum(b["n"] for b in bodies), bodies


@pytest.mark.parametrize(
    "params",
    [{}, {"event_type": "Protests"}, {"datetime": "2025-11-01/2025-11-10"}, {"filter": "fatalities > 0"},
     {"q": "kharkiv"}],
)  # fmt: skip
def test_tile_counts_add_up_to_what_api_events_counts(client, params):
    total, bodies = cells_total(client, 2, **params)
    assert total == matched(client, **params)
    # A few events per tile: each is sent whole (the page draws it and its popup), no cluster.
    for body in bodies:
        assert body["cells"] == []
        assert (body["events"] or {"n": 0})["n"] == body["n"]


def test_a_crowded_tile_gives_exact_cells_and_its_lone_events(client, monkeypatch):
    monkeypatch.setattr(map_scale, "TILE_EVENTS", 1)
    total, bodies = cells_total(client, 3)
    assert total == len(SEED_IDS)
    crowded = [b for b in bodies if b["cells"]]
    assert crowded, "some tile of zoom 3 holds more than one event"
    for body in bodies:
        in_cells = sum(c[0] for c in body["cells"])
        lone = (body["events"] or {"n": 0})["n"]
        assert in_cells + lone == body["n"]
        for count, lon, lat, minlon, minlat, maxlon, maxlat in body["cells"]:
            assert count > 1 and minlon <= lon <= maxlon and minlat <= lat <= maxlat
            box = f"{minlon},{minlat},{maxlon},{maxlat}"
            assert matched(client, bbox=box) == count


def test_summary_counts_per_day_type_and_review_state(client):
    body = client.get("/map/summary").json()
    assert body["total"] == sum(body["w"]) == len(SEED_IDS)
    per_type: dict[str, int] = {}
    for t, w in zip(body["type"], body["w"], strict=True):
        per_type[body["types"][t]] = per_type.get(body["types"][t], 0) + w
    for name, n in per_type.items():
        assert matched(client, event_type=name) == n
    days = [body["strings"][d] for d in body["date"]]
    in_range = sum(w for d, w in zip(days, body["w"], strict=True) if "2025-11-01" <= d <= "2025-11-10")
    assert in_range == matched(client, datetime="2025-11-01/2025-11-10")
    (south, west), (north, east) = body["bounds"]
    assert south <= north and west <= east
    filtered = client.get("/map/summary", params={"filter": "fatalities > 0"}).json()
    assert filtered["total"] == matched(client, filter="fatalities > 0")


def test_map_events_page_is_the_newest_first(client):
    body = client.get("/map/events", params={"limit": 5}).json()
    dates = [body["strings"][d] for d in body["date"]]
    assert body["n"] == 5 and dates == sorted(dates, reverse=True)
    newest = client.get("/api/events", params={"limit": 5}).json()["features"]
    assert dates == [f["properties"]["event_date"] for f in newest]
    boxed = client.get("/map/events", params={"limit": 50, "bbox": "35,46,38,51"}).json()
    assert boxed["n"] == matched(client, bbox="35,46,38,51")


@pytest.mark.parametrize(
    ("path", "param"),
    [("/map/cells/2/9/1", "x"), ("/map/cells/2/1/1?bogus=1", "bogus"), ("/map/cells/2/1/1?event_type=Nope", "event_type"),
     ("/map/summary?datetime=2025-01-01", "datetime"), ("/map/events?limit=0", "limit")],
)  # fmt: skip
def test_bad_map_parameters_are_400_problems_naming_them(client, path, param):
    r = client.get(path)
    assert r.status_code == 400, r.text
    assert r.json()["invalid_params"][0]["name"] == param
