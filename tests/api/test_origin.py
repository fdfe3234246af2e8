"""Imported ACLED events sit beside extracted ones in the API, marked with where they came from."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from app.api import create_app
from app.extract.model import Event

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "acled_sample.csv"


def test_api_events_say_whether_an_event_was_imported_or_extracted(tmp_settings):
    from app.store.acled import import_acled

    with TestClient(create_app(tmp_settings)) as client:
        store = client.app.state.store
        import_acled(store, SAMPLE)
        extracted = Event(
            id="cm-origin-test", event_date="2025-12-20", time_precision=1, event_type="Battles",
            sub_event_type="Armed clash", lat=48.86, lon=38.10, location="Siversk", country_code="UA",
            article="origin-test",
        )  # fmt: skip
        store.add_events([extracted.to_record()], origin="extracted")
        body = client.get("/api/events", params={"limit": 1000}).json()
    origins = {f["id"]: f["properties"]["origin"] for f in body["features"]}
    assert origins["cm-origin-test"] == "extracted"
    assert sum(1 for o in origins.values() if o == "acled") == len(origins) - 1 > 0
