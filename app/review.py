"""app.review: an editor's JSON merge patch (RFC 7396) -> the changes the store writes. Shared by
PATCH /api/events/{id} and `conflictmap review`.

A place correction is a name (resolved offline: location, admin1, country, lat/lon together) or
coordinates; the store itself never geocodes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from app.errors import InvalidQuery
from app.extract.model import CLAIM_STATUSES, EVENT_TYPES
from app.store._records import REVIEW_STATUSES

__all__ = ["PATCHABLE", "parse_patch", "parse_assignment"]

_TEXT = ("actor1", "actor2", "claimed_by", "disputed_by")
_COUNTS = ("fatalities", "injured")
PATCHABLE = (
    "review_status", "note", "event_type", "sub_event_type", "event_date", "place", "location", "lat", "lon",
    *_COUNTS, *_TEXT, "claim_status",
)  # fmt: skip

Locate = Callable[[str], Any]  # name -> a geocode Candidate (NotFound if nothing matches)


def parse_patch(
    patch: Any,
    current: Mapping[str, Any],
    *,
    locate: Locate | None,
    country_name: Callable[[str], str | None],
) -> tuple[dict[str, Any], str | None]:
    """(changes for Store.update_event, note). InvalidQuery names the first bad member."""
    if not isinstance(patch, dict):
        raise InvalidQuery("the patch must be a JSON object", param="body")
    for key in patch:
        if key not in PATCHABLE:
            raise InvalidQuery(f"{key!r} cannot be patched; patchable: {', '.join(PATCHABLE)}", param=key)
    changes: dict[str, Any] = {}
    note = patch.get("note")
    if note is not None and (not isinstance(note, str) or len(note) > 2000):
        raise InvalidQuery("note must be a string of at most 2000 characters", param="note")
    if "review_status" in patch:
        if patch["review_status"] not in REVIEW_STATUSES:
            raise InvalidQuery(
                f"review_status must be one of {', '.join(REVIEW_STATUSES)}", param="review_status"
            )
        changes["review_status"] = patch["review_status"]
    _event_type(patch, current, changes)
    if "event_date" in patch:
        changes["event_date"] = _date(patch["event_date"])
    for key in _COUNTS:
        if key in patch:
            v = patch[key]
            if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0 or v > 10_000_000):
                raise InvalidQuery(f"{key} must be a non-negative integer or null", param=key)
            changes[key] = v
    for key in _TEXT:
        if key in patch:
            changes[key] = _text(patch[key], key)
    if "claim_status" in patch:
        if patch["claim_status"] not in CLAIM_STATUSES:
            raise InvalidQuery(
                f"claim_status must be one of {', '.join(CLAIM_STATUSES)}", param="claim_status"
            )
        changes["claim_status"] = patch["claim_status"]
    changes.update(_place(patch, locate, country_name))
    return changes, note


def _event_type(patch: Mapping[str, Any], current: Mapping[str, Any], changes: dict[str, Any]) -> None:
    if "event_type" not in patch and "sub_event_type" not in patch:
        return
    etype = patch.get("event_type", current.get("event_type"))
    if etype not in EVENT_TYPES:
        raise InvalidQuery(f"event_type must be one of ACLED's: {', '.join(EVENT_TYPES)}", param="event_type")
    sub = patch.get("sub_event_type", current.get("sub_event_type"))
    if sub not in EVENT_TYPES[etype]:
        raise InvalidQuery(
            f"sub_event_type {sub!r} is not one of {etype}'s: {', '.join(EVENT_TYPES[etype])}",
            param="sub_event_type",
        )
    changes["event_type"], changes["sub_event_type"] = etype, sub


def _date(value: Any) -> str:
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise InvalidQuery("event_date must be a date YYYY-MM-DD", param="event_date")


def _text(value: Any, key: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 500:
        raise InvalidQuery(f"{key} must be a string of at most 500 characters or null", param=key)
    return value.strip() or None


def _coord(value: Any, key: str, limit: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidQuery(f"{key} must be a number", param=key)
    if not -limit <= value <= limit:
        raise InvalidQuery(f"{key} must be within ±{limit:g}", param=key)
    return float(value)


def _place(patch: Mapping[str, Any], locate: Locate | None, country_name) -> dict[str, Any]:
    """place: "Name" | {"name"?, "lat", "lon"}; or location / lat + lon at the top level."""
    name, lat, lon = patch.get("location"), patch.get("lat"), patch.get("lon")
    param = "location"
    if "place" in patch:
        place = patch["place"]
        param = "place"
        if isinstance(place, str):
            name = place
        elif isinstance(place, dict) and set(place) <= {"name", "lat", "lon"}:
            name, lat, lon = place.get("name"), place.get("lat"), place.get("lon")
        else:
            raise InvalidQuery('place must be a name or {"name", "lat", "lon"}', param="place")
    if name is None and lat is None and lon is None:
        return {}
    if name is not None and (not isinstance(name, str) or not name.strip()):
        raise InvalidQuery(f"{param} must be a non-empty place name", param=param)
    if (lat is None) != (lon is None):
        raise InvalidQuery("lat and lon go together", param="lat" if lat is None else "lon")
    if lat is not None:
        out = {"lat": _coord(lat, "lat", 90.0), "lon": _coord(lon, "lon", 180.0), "geo_precision": 1}
        if name is not None:
            out["location"] = name.strip()
        return out
    if locate is None:
        raise InvalidQuery("a place name needs the gazetteer; give lat and lon", param=param)
    cand = locate(name.strip())
    return {
        "location": cand.name,
        "lat": float(cand.lat),
        "lon": float(cand.lon),
        "admin1": cand.admin1,
        "country_code": cand.country_code,
        "country": country_name(cand.country_code) if cand.country_code else None,
        "geo_precision": cand.geo_precision,
    }


def parse_assignment(text: str) -> tuple[str, Any]:
    """`field=value` from the command line: the value as JSON when it parses (3, null, "x"), else the text."""
    import orjson

    key, sep, raw = text.partition("=")
    if not sep or not key.strip():
        raise InvalidQuery(f"{text!r} is not FIELD=VALUE", param="--set")
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        value = raw
    return key.strip(), value
