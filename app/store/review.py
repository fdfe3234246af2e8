"""app.store.review: what both backends share for the editor's loop: which fields an editor may correct,
the diff a review writes to the audit trail, and how stored corrections win over re-extracted values.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from app.errors import InvalidQuery
from app.store._records import REVIEW_STATUSES, dumps

# Fields an editor may set. Place corrections arrive as location + lat/lon (+ admin1, country...), already
# resolved by the caller: the store does not geocode.
CORRECTABLE = (
    "event_type", "sub_event_type", "event_date", "time_precision", "location", "admin1", "country",
    "country_code", "geo_precision", "lat", "lon", "fatalities", "injured", "actor1", "actor2",
    "claim_status", "claimed_by", "disputed_by",
)  # fmt: skip
HISTORY_FIELDS = ("at", "by", "field", "old", "new", "note")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def diff(current: Mapping[str, Any], changes: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """(field, old, new) for every change that really changes something, in CORRECTABLE order then status."""
    unknown = set(changes) - {*CORRECTABLE, "review_status"}
    if unknown:
        raise InvalidQuery(f"field {sorted(unknown)[0]!r} cannot be changed", param=sorted(unknown)[0])
    status = changes.get("review_status")
    if status is not None and status not in REVIEW_STATUSES:
        raise InvalidQuery(f"review_status must be one of {REVIEW_STATUSES}", param="review_status")
    out = [(f, current.get(f), changes[f]) for f in CORRECTABLE if f in changes]
    if status is not None:
        out.append(("review_status", current.get("review_status"), status))
    return [(f, old, new) for f, old, new in out if old != new]


def merged_corrections(
    stored: Mapping[str, Any] | None, changed: list[tuple[str, Any, Any]]
) -> dict[str, Any]:
    """The event's corrections after this review: every corrected field keeps the editor's latest value."""
    out = dict(stored or {})
    out.update({f: new for f, _old, new in changed if f in CORRECTABLE})
    return out


def review_writes(
    event_id: str, current: Mapping[str, Any], changes: Mapping[str, Any], *, by: str, note: str | None
) -> tuple[list[tuple], dict[str, Any]]:
    """What one review writes, on either backend: the event_history rows (event_id, at, by, field, old, new,
    note; old/new as JSON text) and the {column: value} the event row is updated with (may be empty)."""
    changed = diff(current, changes)
    at = now_iso()
    entries = [(event_id, at, by, f, dumps(old), dumps(new), note) for f, old, new in changed]
    if not entries and note:
        entries = [(event_id, at, by, None, None, None, note)]
    sets: dict[str, Any] = {f: new for f, _old, new in changed}
    if "review_status" in sets:
        sets.update(reviewed_by=by, reviewed_at=at)
    if any(f in CORRECTABLE for f in sets):
        sets["corrections"] = dumps(merged_corrections(current["corrections"], changed))
    return entries, sets


def apply_corrections(rec: dict[str, Any]) -> dict[str, Any]:
    """A record about to be (re)written with its stored corrections laid over the extracted values."""
    corrections = rec.get("corrections") or {}
    for f, value in corrections.items():
        if f in CORRECTABLE:
            rec[f] = value
    return rec
