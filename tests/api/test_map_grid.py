"""The map grid's kept counts (app.store.map_grid) on SQLite and PostGIS: after inserts, upserts that move an
event, an editor's review and move, and deletes, every zoomed-out tile still counts exactly the events in it."""

from __future__ import annotations

import random

import pytest
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.api import map_scale
from app.store import EventFilter

PUBLIC = ("unreviewed", "verified")


def _record(i: int, lat: float, lon: float, etype: str = "Battles") -> dict:
    return {
        "id": f"grid-{i:04d}", "event_date": f"2025-0{1 + i % 9}-1{i % 10}", "time_precision": 1,
        "event_type": etype, "sub_event_type": "Armed clash", "lat": lat, "lon": lon,
        "location": f"Grid place {i}", "country": "Ukraine", "country_code": "UA", "geo_precision": 1,
        "claim_status": "reported", "notes": f"Grid test event {i}.", "confidence": 0.5,
    }  # fmt: skip


def _tiles(store, z: int, flt: EventFilter) -> dict[tuple[int, int], dict]:
    return {(x, y): map_scale.cells_json(store, flt, z, x, y) for x in range(1 << z) for y in range(1 << z)}


def _check_exact(store, flt: EventFilter) -> None:
    for z in (2, 4):
        tiles = _tiles(store, z, flt)
        assert sum(t["n"] for t in tiles.values()) == store.query(flt)[1]
        for t in tiles.values():
            lone = (t["events"] or {"n": 0})["n"]
            assert lone + sum(c[0] for c in t["cells"]) == t["n"]
            for count, lon, lat, minlon, minlat, maxlon, maxlat in t["cells"]:
                assert minlon <= lon <= maxlon and minlat <= lat <= maxlat
                assert store.query(EventFilter(bbox=(minlon, minlat, maxlon, maxlat), review_status=flt.review_status, event_types=flt.event_types))[1] == count  # fmt: skip


def test_the_kept_grid_stays_exact_through_every_write(store, monkeypatch):
    monkeypatch.setattr(map_scale, "TILE_EVENTS", 2)  # so the tiles carry cells, not only events
    rng = random.Random(5)
    recs = [
        _record(i, rng.uniform(44.5, 52.0), rng.uniform(22.5, 40.0), rng.choice(["Battles", "Riots"]))
        for i in range(60)
    ]
    recs += [_record(100 + i, -33.9, 151.2) for i in range(3)]  # far away, one place
    store.add_events(recs, origin="demo")
    everything = EventFilter(review_status=PUBLIC)
    _check_exact(store, everything)
    _check_exact(store, EventFilter(review_status=PUBLIC, event_types=("Riots",)))
    # An upsert that moves an event and changes its type; a review that hides one; a correction that moves one.
    store.add_events([{**recs[0], "lat": 60.1, "lon": 24.9, "event_type": "Riots"}], origin="demo")
    store.update_event(recs[1]["id"], {"review_status": "rejected"}, by="editor")
    store.update_event(recs[2]["id"], {"lat": 46.48, "lon": 30.72, "location": "Odesa"}, by="editor")
    _check_exact(store, everything)
    assert sum(t["n"] for t in _tiles(store, 1, everything).values()) == len(recs) - 1
    _check_exact(store, EventFilter(review_status=("rejected",)))


@pytest.mark.parametrize("z", [3, 9])
def test_grid_and_events_agree_on_a_tile(store, z):
    """Zoom <= 8 reads the kept grid, deeper zooms group the events: both count what the tile holds."""
    rng = random.Random(9)
    store.add_events(
        [_record(i, rng.uniform(47.0, 49.0), rng.uniform(35.0, 38.5)) for i in range(40)], origin="demo"
    )
    flt = EventFilter(review_status=PUBLIC)
    dated = EventFilter(review_status=PUBLIC, start="2000-01-01")  # dates: never the grid
    for x in range(1 << z):
        for y in range(1 << z):
            if z > 3 and not (300 <= x <= 310 and 170 <= y <= 182):
                continue
            a, b = map_scale.cells_json(store, flt, z, x, y), map_scale.cells_json(store, dated, z, x, y)
            assert a["n"] == b["n"]


DATED = [
    ("2024-11-01", "2025-10-31"),  # whole months only
    ("2024-11-17", "2025-08-04"),  # partial months at both ends
    ("2025-02-03", "2025-02-26"),  # inside one month
    ("2025-01-20", "2025-02-09"),  # two partial months, no whole one
    ("2025-03-01", None),  # open end
    (None, "2025-06-15"),  # open start
    ("2025-05-31", "2025-05-31"),  # one day, the month's last
    ("2025-09-01", "2025-03-01"),  # empty
    ("2024-12-01", "2025-02-28"),  # whole months ending in February (a stored '2025-02-30' is past the end)
]
# Stored dates need only look like YYYY-MM-DD: the month grid counts these in their months, a date range
# compares them as text; both must agree.
ODD_DAYS = ("2025-02-30", "2024-11-00", "2025-05-32", "2025-10-99", "2024-12-00")


@pytest.mark.parametrize(("start", "end"), DATED)
def test_dated_zoomed_out_tiles_sum_months_exactly(store, monkeypatch, start, end):
    """Up to zoom 6 a date range reads whole months from map_months and the partial months from the events:
    every tile and cell counts exactly what the events in it count, through moves, retypes and re-dates."""
    from app.store.map_months import MONTH_ZOOM

    monkeypatch.setattr(map_scale, "TILE_EVENTS", 2)
    rng = random.Random(21)
    days = [f"{y}-{m:02d}-{d:02d}" for y in (2024, 2025) for m in range(1, 13) for d in (1, 9, 17, 28, 30)]
    days = [d for d in days if not d.endswith("02-30")]
    recs = [
        {**_record(i, rng.uniform(44.5, 52.0), rng.uniform(22.5, 40.0)), "event_date": rng.choice(days)}
        for i in range(90)
    ]
    recs += [
        {**_record(200 + i, rng.uniform(44.5, 52.0), rng.uniform(22.5, 40.0)), "event_date": day}
        for i, day in enumerate(ODD_DAYS * 2)
    ]
    store.add_events(recs, origin="demo")
    store.add_events([{**recs[0], "event_date": "2025-05-31", "lat": 50.0, "lon": 30.0}], origin="demo")
    store.update_event(recs[1]["id"], {"review_status": "rejected"}, by="editor")
    store.update_event(recs[2]["id"], {"lat": 46.48, "lon": 30.72, "location": "Odesa"}, by="editor")
    flt = EventFilter(review_status=PUBLIC, start=start, end=end)
    assert map_scale._grid_answers(flt, MONTH_ZOOM)
    for z in (2, 4):
        tiles = _tiles(store, z, flt)
        assert sum(t["n"] for t in tiles.values()) == store.query(flt)[1]
    z = MONTH_ZOOM  # the tiles over the events (the whole world's 4,096 would only add empty ones)
    tiles = {(x, y): map_scale.cells_json(store, flt, z, x, y) for x in range(35, 40) for y in range(20, 24)}
    assert sum(t["n"] for t in tiles.values()) == store.query(flt)[1]
    for t in tiles.values():
        lone = (t["events"] or {"n": 0})["n"]
        assert lone + sum(c[0] for c in t["cells"]) == t["n"]
        for count, lon, lat, minlon, minlat, maxlon, maxlat in t["cells"]:
            assert minlon <= lon <= maxlon and minlat <= lat <= maxlat
            inside = EventFilter(
                bbox=(minlon, minlat, maxlon, maxlat), review_status=PUBLIC, start=start, end=end
            )
            assert store.query(inside)[1] == count
