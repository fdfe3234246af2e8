"""app.map.payload: events as compact columns for the page (100,000 events must stay a few MB).

Strings go through one shared table (outlets, regions, actors and sub-types repeat a lot), numbers
stay numbers, and the page builds each popup only when it is opened.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.extract.model import EVENT_TYPES

CLAIM_STATUSES = ("reported", "claimed", "disputed")
TYPES = tuple(EVENT_TYPES)
_COORD_DECIMALS = 5  # ~1 m: finer than any geo_precision

# Column name -> record field; each becomes an index into `strings`.
_STRING_COLUMNS = {
    "id": "id",
    "date": "event_date",
    "sub": "sub_event_type",
    "place": "location",
    "admin1": "admin1",
    "country": "country",
    "claimed_by": "claimed_by",
    "disputed_by": "disputed_by",
    "actor1": "actor1",
    "actor2": "actor2",
    # Set by review (issue 12) when present: unreviewed | verified | rejected.
    "review": "review_status",
}
_SOURCE_COLUMNS = ("title", "outlet", "url", "published")


def events_payload(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Records (contract properties + lat/lon) -> {"n", "types", "statuses", "strings", columns...}."""
    recs = records if isinstance(records, list) else list(records)
    strings: list[str] = [""]
    index: dict[Any, int] = {None: 0, "": 0}

    def column(values: Iterable[Any]) -> list[int]:
        # Column-wise with a dict lookup per value: ~3x quicker than a record-at-a-time loop.
        out = []
        get = index.get
        for v in values:
            i = get(v)
            if i is None:
                text = v if isinstance(v, str) else str(v)
                i = index[v] = index.setdefault(text, len(strings))
                if i == len(strings):
                    strings.append(text)
            out.append(i)
        return out

    type_index = {t: i for i, t in enumerate(TYPES)}
    for rec in recs:
        etype = rec.get("event_type")
        if etype not in type_index:
            # An unknown type still shows (under its own name) rather than vanishing from the count.
            type_index[etype] = len(type_index)
    status_index = {s: i for i, s in enumerate(CLAIM_STATUSES)}
    firsts = [_first_source(r) for r in recs]
    cols: dict[str, list[Any]] = {
        "lat": [round(float(r["lat"]), _COORD_DECIMALS) for r in recs],
        "lon": [round(float(r["lon"]), _COORD_DECIMALS) for r in recs],
        "type": [type_index[r.get("event_type")] for r in recs],
        "status": [status_index.get(r.get("claim_status") or "reported", 0) for r in recs],
        "prec": [r.get("geo_precision") for r in recs],
        "killed": [r.get("fatalities") for r in recs],
        "injured": [r.get("injured") for r in recs],
    }
    # Few-valued columns first, so their indices stay short in the JSON; ids, titles and URLs last.
    for col, fld in _STRING_COLUMNS.items():
        if col != "id":
            cols[col] = column(r.get(fld) for r in recs)
    for c in ("outlet", "published", "title", "url"):
        cols[f"src_{c}"] = column(f[0].get(c) for f in firsts)
    # The popup quotes the source sentence and marks the matched place in it.
    cols["notes"] = column(r.get("notes") for r in recs)
    cols["hl"] = [_highlight(r) for r in recs]
    # Region-level events (geo_precision 3) carry the region they stand for (issue 11).
    cols["region"] = column(_region_name(r) for r in recs)
    cols["id"] = column(r.get("id") for r in recs)
    cols["more_sources"] = [max(0, f[1] - 1) for f in firsts]
    return {
        "n": len(recs),
        "types": list(type_index),
        "statuses": list(CLAIM_STATUSES),
        "strings": strings,
        **cols,
    }


def _highlight(rec: Mapping[str, Any]) -> list[int] | None:
    """notes_highlight as [start, end] when it is a usable span of notes, else None."""
    span, notes = rec.get("notes_highlight"), rec.get("notes")
    if not isinstance(span, (list, tuple)) or len(span) != 2 or not isinstance(notes, str):
        return None
    start, end = span
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(notes)):
        return None
    return [start, end]


def _region_name(rec: Mapping[str, Any]) -> str | None:
    region = rec.get("region")
    if isinstance(region, Mapping):
        return region.get("name")
    return region if isinstance(region, str) else None


def _first_source(rec: Mapping[str, Any]) -> tuple[Mapping[str, Any], int]:
    sources = _sources(rec)
    return (sources[0] if sources else {}, len(sources))


def _sources(rec: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    many = rec.get("sources")
    if isinstance(many, list) and many:
        return [s for s in many if isinstance(s, Mapping)]
    one = rec.get("source")
    return [one] if isinstance(one, Mapping) else []
