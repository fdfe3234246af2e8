"""Region-level events keep their region and the matched place's span in the notes, on both backends,
through a schema upgrade, and out of /api/events and the OGC items."""

from __future__ import annotations

import sqlite3

import pytest
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.errors import InvalidQuery
from app.extract.model import Article, Event
from app.store.sqlite import SQLiteStore

REGION = {"name": "Kharkiv Oblast", "country_code": "UA", "admin1": "Kharkiv Oblast", "geonameid": 706482}
NOTES = "Shelling hit the village of Ternuvate in the Kharkiv region on Sunday."


def _event(eid: str = "cm-region-1", **kw) -> Event:
    base = dict(
        id=eid, event_date="2025-12-28", time_precision=1, event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", lat=49.99, lon=36.23, location="Kharkiv Oblast",
        geo_precision=3, notes=NOTES, region=REGION, notes_highlight=[28, 37],
    )  # fmt: skip
    base.update(kw)
    return Event(**base)


ARTICLE = Article(id="a-region", text=NOTES, title="Wire", published="2025-12-29", outlet="Test Wire")


def test_region_and_highlight_round_trip(store):
    store.ingest(ARTICLE, [_event(), _event("cm-town-1", geo_precision=1, region=None, notes_highlight=None)])
    rec = store.get("cm-region-1")
    assert rec["region"] == REGION
    assert rec["notes_highlight"] == [28, 37]
    assert rec["notes"][28:37] == "Ternuvate"
    town = store.get("cm-town-1")
    assert town["region"] is None and town["notes_highlight"] is None


def test_a_highlight_outside_the_notes_is_refused(store):
    with pytest.raises(InvalidQuery) as err:
        store.ingest(ARTICLE, [_event(notes_highlight=[60, 500])])
    assert err.value.param == "notes_highlight"


def test_an_old_sqlite_file_gains_the_columns(tmp_path):
    path = tmp_path / "old.sqlite"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    # make it look like a version-1 file: the table without the two columns
    conn.execute("ALTER TABLE events DROP COLUMN region")
    conn.execute("ALTER TABLE events DROP COLUMN notes_highlight")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    s = SQLiteStore(path)
    try:
        s.ingest(ARTICLE, [_event()])
        assert s.get("cm-region-1")["region"]["name"] == "Kharkiv Oblast"
    finally:
        s.close()
