"""app.store.demo: the curated demo events (geodata/demo_events.csv) so a first `make run` shows a map."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from app.store._records import demo_id
from app.store.base import Store

DEMO_CSV = Path(__file__).resolve().parent.parent.parent / "geodata" / "demo_events.csv"


def _int_or_none(value: str) -> int | None:
    value = value.strip()
    return int(value) if value else None


def _text_or_none(value: str) -> str | None:
    value = value.strip()
    return value or None


def read_demo_records(path: Path = DEMO_CSV) -> list[dict[str, Any]]:
    """The demo CSV as event records (contract properties + lat/lon); ids are stable by row number."""
    records = []
    with path.open(newline="", encoding="utf-8") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=1):
            source = {
                "title": _text_or_none(row["source_title"]),
                "outlet": _text_or_none(row["source_outlet"]),
                "url": _text_or_none(row["source_url"]),
                "published": _text_or_none(row["source_published"]),
            }
            records.append(
                {
                    "id": demo_id(n),
                    "event_date": row["event_date"],
                    "time_precision": 1,
                    "event_type": row["event_type"],
                    "sub_event_type": row["sub_event_type"],
                    "actor1": _text_or_none(row["actor1"]),
                    "actor2": _text_or_none(row["actor2"]),
                    "location": row["location"],
                    "admin1": _text_or_none(row["admin1"]),
                    "country": row["country"],
                    "country_code": _text_or_none(row["country_code"]),
                    "geo_precision": int(row["geo_precision"]),
                    "fatalities": _int_or_none(row["fatalities"]),
                    "injured": _int_or_none(row["injured"]),
                    "claim_status": row["claim_status"],
                    "claimed_by": _text_or_none(row["claimed_by"]),
                    "disputed_by": _text_or_none(row["disputed_by"]),
                    "source": source,
                    "notes": row["notes"],
                    "article": None,
                    "confidence": 1.0,  # checked by hand against the report
                    "lat": float(row["lat"]),
                    "lon": float(row["lon"]),
                }
            )
    return records


def load_demo_events(store: Store, path: Path = DEMO_CSV) -> int:
    """Upsert the demo events (origin 'demo'); running it again changes nothing. Returns how many."""
    return store.add_events(read_demo_records(path), origin="demo")
