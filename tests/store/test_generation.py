"""The write generation (app.store.generation) on both stores: every kind of write to events changes it, and
reads leave it alone. (Other processes and workers: tests/api/test_page_cache.py.)"""

from __future__ import annotations

from pgtest import pg_schema_url  # noqa: F401  (fixture)
from test_store import KHARKIV, KYIV, article, event, record

from app.store import EventFilter


def test_every_write_to_events_changes_the_generation(store):
    seen = [store.generation()]

    def changed() -> bool:
        now = store.generation()
        moved = now != seen[-1]
        seen.append(now)
        return moved

    store.add_events([record("cm-gen-1", *KYIV)], origin="demo")
    assert changed()
    store.ingest(article("gen-a"), [event("cm-gen-2", *KHARKIV)])
    assert changed()
    store.query(EventFilter(limit=10))
    store.get("cm-gen-1")
    assert not changed()
    store.update_event("cm-gen-1", {"review_status": "verified"}, by="alice")
    assert changed()
    store.update_event("cm-gen-1", {"fatalities": 4}, by="alice")
    assert changed()
    store.ingest(article("gen-a"), [])  # the article withdrawn: its event is deleted
    assert store.get("cm-gen-2") is None
    assert changed()
    assert len(set(seen)) == len(seen) - 1  # one unchanged step (the reads), no value seen twice
