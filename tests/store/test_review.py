"""The editor's loop in the store, on both backends: review state, corrections that survive re-ingest and
merges, the audit trail, the review_status filter."""

from __future__ import annotations

import sqlite3

import pytest
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.errors import InvalidQuery
from app.extract.model import Article, Event
from app.store import EventFilter
from app.store.sqlite import SQLiteStore
from app.store.sqlite_schema import _SCHEMA

KYIV = (50.45466, 30.5238)
LVIV = (49.83826, 24.02324)
STRIKE = ("Explosions/Remote violence", "Air/drone strike")


def article(aid: str, text: str = "") -> Article:
    return Article(id=aid, text=text or f"Text of {aid}.", title=f"Report {aid}", published="2025-12-27")


def event(
    eid: str, lat: float, lon: float, *, fatalities: int | None = 1, actor1: str | None = None
) -> Event:
    return Event(
        id=eid,
        event_date="2025-12-27",
        time_precision=1,
        event_type=STRIKE[0],
        sub_event_type=STRIKE[1],
        lat=lat,
        lon=lon,
        location="Kyiv",
        fatalities=fatalities,
        actor1=actor1,
        notes=f"note for {eid}",
    )


def test_verify_records_who_and_when_and_the_history(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV)])
    rec = store.update_event("cm-a", {"review_status": "verified"}, by="alice", note="two sources agree")
    assert rec["review_status"] == "verified"
    assert rec["reviewed_by"] == "alice"
    assert rec["reviewed_at"].endswith("Z")
    history = store.history("cm-a")
    assert [(h["by"], h["field"], h["old"], h["new"], h["note"]) for h in history] == [
        ("alice", "review_status", "unreviewed", "verified", "two sources agree")
    ]


def test_an_edit_logs_each_changed_field_and_skips_unchanged_ones(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV, fatalities=1)])
    store.update_event("cm-a", {"fatalities": 3, "injured": 4, "location": "Kyiv"}, by="bob")
    fields = [(h["field"], h["old"], h["new"]) for h in store.history("cm-a")]
    assert fields == [("fatalities", 1, 3), ("injured", None, 4)]
    rec = store.get("cm-a")
    assert (rec["fatalities"], rec["injured"], rec["review_status"]) == (3, 4, "unreviewed")
    assert rec["corrections"] == {"fatalities": 3, "injured": 4}


def test_a_note_alone_is_kept_in_the_history(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV)])
    store.update_event("cm-a", {}, by="bob", note="asked the regional desk")
    assert [(h["field"], h["note"]) for h in store.history("cm-a")] == [(None, "asked the regional desk")]


def test_corrections_survive_reingesting_a_changed_article(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV, fatalities=1, actor1="Military Forces of Russia")])
    store.update_event("cm-a", {"fatalities": 3, "review_status": "verified"}, by="alice")
    # The article is updated (new text: a new digest) and extraction now says 2 dead and a new actor.
    store.ingest(
        article("a1", "Updated text."),
        [event("cm-a", *KYIV, fatalities=2, actor1="Unidentified Armed Group")],
    )
    rec = store.get("cm-a")
    assert rec["fatalities"] == 3  # the editor's figure
    assert rec["actor1"] == "Unidentified Armed Group"  # an uncorrected field follows the article
    assert rec["review_status"] == "verified"
    assert [s["article"] for s in rec["sources"]] == ["a1"]


def test_corrections_survive_a_second_source_merging_in(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV, fatalities=1)])
    store.update_event("cm-a", {"fatalities": 5}, by="alice")
    ids = store.ingest(article("a2"), [event("cm-b", KYIV[0] + 0.001, KYIV[1], fatalities=9)])
    assert ids == ["cm-a"]
    rec = store.get("cm-a")
    assert rec["fatalities"] == 5
    assert [s["article"] for s in rec["sources"]] == ["a1", "a2"]


def test_a_rejected_event_stays_rejected_when_its_article_no_longer_reports_it(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV), event("cm-l", *LVIV)])
    store.update_event("cm-l", {"review_status": "rejected"}, by="alice", note="no strike in Lviv that day")
    store.ingest(article("a1", "Rewritten without Lviv."), [event("cm-a", *KYIV)])
    store.ingest(article("a1", "Lviv again."), [event("cm-a", *KYIV), event("cm-l", *LVIV)])
    assert store.get("cm-l")["review_status"] == "rejected"
    public = store.query(EventFilter(review_status=("unreviewed", "verified")))[0]
    assert [r["id"] for r in public] == ["cm-a"]


def test_an_untouched_event_still_goes_when_its_article_drops_it(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV), event("cm-l", *LVIV)])
    store.ingest(article("a1", "Rewritten without Lviv."), [event("cm-a", *KYIV)])
    assert store.get("cm-l") is None


def test_moving_an_event_moves_it_for_spatial_queries(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV)])
    store.update_event("cm-a", {"lat": LVIV[0], "lon": LVIV[1], "location": "Lviv"}, by="alice")
    around_lviv = store.query(EventFilter(bbox=(23.9, 49.7, 24.1, 49.9)))[0]
    around_kyiv = store.query(EventFilter(bbox=(30.4, 50.4, 30.6, 50.5)))[0]
    assert [r["id"] for r in around_lviv] == ["cm-a"]
    assert around_kyiv == []
    near = store.query(EventFilter(near=LVIV, within_km=2))[0]
    assert [r["location"] for r in near] == ["Lviv"]
    assert store.check()


def test_the_review_status_filter(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV), event("cm-l", *LVIV)])
    store.update_event("cm-l", {"review_status": "verified"}, by="alice")
    assert [r["id"] for r in store.query(EventFilter(review_status=("verified",)))[0]] == ["cm-l"]
    assert [r["id"] for r in store.query(EventFilter(review_status=("unreviewed",)))[0]] == ["cm-a"]
    assert store.query(EventFilter(review_status=()))[1] == 0


def test_demo_or_acled_reload_keeps_corrections(store):
    rec = {**event("demo-001", *KYIV, fatalities=1).to_record(), "source": {"outlet": "Sample"}}
    store.add_events([rec], origin="demo")
    store.update_event("demo-001", {"fatalities": 2}, by="alice")
    store.add_events([rec], origin="demo")
    assert store.get("demo-001")["fatalities"] == 2


def test_bad_changes_are_refused_and_unknown_events_give_none(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV)])
    with pytest.raises(InvalidQuery) as err:
        store.update_event("cm-a", {"notes": "x"}, by="alice")
    assert err.value.param == "notes"
    with pytest.raises(InvalidQuery):
        store.update_event("cm-a", {"review_status": "approved"}, by="alice")
    assert store.update_event("cm-nope", {"review_status": "verified"}, by="alice") is None
    assert store.history("cm-a") == []


def test_a_version_2_sqlite_file_is_migrated_in_place(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.executescript(_SCHEMA)
        conn.execute(
            "INSERT INTO events (id, event_date, event_type, lat, lon, origin) VALUES"
            " ('old-1', '2024-05-01', 'Battles', 48.0, 37.8, 'demo')"
        )
        conn.execute("PRAGMA user_version = 2")
    store = SQLiteStore(path)
    try:
        rec = store.get("old-1")
        assert (rec["review_status"], rec["corrections"]) == ("unreviewed", {})
        assert (
            store.update_event("old-1", {"review_status": "verified"}, by="alice")["reviewed_by"] == "alice"
        )
    finally:
        store.close()
