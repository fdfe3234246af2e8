"""The SQLite store's reads on a store of its own: an empty store has no extent, and after the demo events
the count, the extent and a circle query agree with the records written (distances on the WGS84 ellipsoid)."""

from __future__ import annotations

from pyproj import Geod

from app.store import EventFilter, read_demo_records
from app.store.sqlite import SQLiteStore

GEOD = Geod(ellps="WGS84")


def test_an_empty_store_has_no_extent(tmp_path):
    store = SQLiteStore(tmp_path / "events.sqlite")
    try:
        assert store.count() == 0
        assert store.extent() == (None, (None, None))
        assert store.query(EventFilter())[1] == 0
    finally:
        store.close()


def test_count_extent_and_circle_agree_with_the_records(tmp_path):
    records = read_demo_records()
    store = SQLiteStore(tmp_path / "events.sqlite")
    try:
        store.add_events(records, origin="demo")
        assert store.count() == len(records)
        box, (first, last) = store.extent()
        assert box == (
            min(r["lon"] for r in records),
            min(r["lat"] for r in records),
            max(r["lon"] for r in records),
            max(r["lat"] for r in records),
        )
        assert (first, last) == (min(r["event_date"] for r in records), max(r["event_date"] for r in records))
        lat, lon = records[0]["lat"], records[0]["lon"]
        within = {r["id"] for r in records if GEOD.inv(lon, lat, r["lon"], r["lat"])[2] / 1000 <= 150}
        rows, total = store.query(EventFilter(near=(lat, lon), within_km=150))
        assert total == len(within)
        assert {r["id"] for r in rows} == within
        assert store.get(records[0]["id"])["id"] == records[0]["id"]
    finally:
        store.close()
