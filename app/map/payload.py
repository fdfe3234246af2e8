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
}
_SOURCE_COLUMNS = ("title", "outlet", "url", "published")


def events_payload(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Records (contract properties + lat/lon) -> {"n", "types", "statuses", "strings", columns...}."""
    strings: list[str] = [""]
    index: dict[str, int] = {"": 0}

    def ref(value: Any) -> int:
        if value is None:
            return 0
        text = value if isinstance(value, str) else str(value)
        i = index.get(text)
        if i is None:
            i = index[text] = len(strings)
            strings.append(text)
        return i

    type_index = {t: i for i, t in enumerate(TYPES)}
    status_index = {s: i for i, s in enumerate(CLAIM_STATUSES)}
    cols: dict[str, list[Any]] = {
        name: []
        for name in (
            "lat",
            "lon",
            "type",
            "status",
            "prec",
            "killed",
            "injured",
            *_STRING_COLUMNS,
            *(f"src_{c}" for c in _SOURCE_COLUMNS),
            "more_sources",
        )
    }
    for rec in records:
        cols["lat"].append(round(float(rec["lat"]), _COORD_DECIMALS))
        cols["lon"].append(round(float(rec["lon"]), _COORD_DECIMALS))
        etype = rec.get("event_type")
        if etype not in type_index:
            # An unknown type still shows (under its own name) rather than vanishing from the count.
            type_index[etype] = len(type_index)
        cols["type"].append(type_index[etype])
        cols["status"].append(status_index.get(rec.get("claim_status") or "reported", 0))
        cols["prec"].append(rec.get("geo_precision"))
        cols["killed"].append(rec.get("fatalities"))
        cols["injured"].append(rec.get("injured"))
        for col, fld in _STRING_COLUMNS.items():
            cols[col].append(ref(rec.get(fld)))
        sources = _sources(rec)
        first = sources[0] if sources else {}
        for c in _SOURCE_COLUMNS:
            cols[f"src_{c}"].append(ref(first.get(c)))
        cols["more_sources"].append(max(0, len(sources) - 1))
    return {
        "n": len(cols["lat"]),
        "types": list(type_index),
        "statuses": list(CLAIM_STATUSES),
        "strings": strings,
        **cols,
    }


def _sources(rec: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    many = rec.get("sources")
    if isinstance(many, list) and many:
        return [s for s in many if isinstance(s, Mapping)]
    one = rec.get("source")
    return [one] if isinstance(one, Mapping) else []


def events_bounds(payload: Mapping[str, Any]) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """[[south, west], [north, east]] of the events, for the first view."""
    if not payload["n"]:
        return None
    lats, lons = payload["lat"], payload["lon"]
    return ((min(lats), min(lons)), (max(lats), max(lons)))
