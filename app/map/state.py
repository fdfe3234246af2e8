"""app.map.state: what a map URL says (view, filters, overlays), parsed and validated.

The same names work on `/` and `conflictmap map`, and the filters read exactly as /api/events reads
them (`datetime=2024-03-01/2024-03-31`, `event_type=Battles,Riots`), so a map and an API call with
the same query show the same events.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.errors import InvalidQuery
from app.extract.model import canonical_event_types

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_ZOOM = 17  # the map's own limit (app.map.render)

# Parameters the page itself understands; anything else is passed through untouched by the JS.
KNOWN = frozenset(
    {"datetime", "event_type", "center", "zoom", "from", "to", "weapon", "max_km", "min_km", "targets"}
)


# Longest accepted value of any map parameter: `from`/`to` are geocoded, and a lookup's cost grows with its
# text (the same cap as /api/distance and /api/events?near=).
MAX_VALUE_CHARS = 200


@dataclass(frozen=True, slots=True)
class MapState:
    """A map's shareable state.

    >>> MapState.from_query({"datetime": ["2024-03-01/.."], "zoom": ["6"]}).start
    '2024-03-01'
    """

    start: str | None = None
    end: str | None = None
    event_types: tuple[str, ...] = ()
    center: tuple[float, float] | None = None  # (lat, lon)
    zoom: int | None = None
    origin: str | None = None  # `from`: a place name or "lat,lon"
    destination: str | None = None  # `to`
    weapons: tuple[str, ...] = ()
    max_km: float | None = None
    min_km: float | None = None
    targets: str = "capitals"
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_query(cls, query: Mapping[str, Sequence[str]]) -> MapState:
        for name, values in query.items():
            if any(len(v) > MAX_VALUE_CHARS for v in values):
                raise InvalidQuery(f"is longer than {MAX_VALUE_CHARS} characters", param=name)

        def one(name: str) -> str | None:
            values = [v for v in query.get(name, ()) if v.strip()]
            if len(values) > 1:
                raise InvalidQuery("given more than once", param=name)
            return values[0].strip() if values else None

        start, end = parse_dates(one("datetime"))
        weapons = tuple(w.strip() for v in query.get("weapon", ()) for w in v.split(",") if w.strip())
        max_km = _km(one("max_km"), "max_km")
        min_km = _km(one("min_km"), "min_km")
        origin = one("from")
        destination = one("to")
        if (weapons or max_km is not None or destination) and not origin:
            raise InvalidQuery("a range or a distance needs 'from' (a place name or lat,lon)", param="from")
        targets = one("targets") or "capitals"
        if targets not in ("capitals", "events"):
            raise InvalidQuery("expected capitals or events", param="targets")
        return cls(
            start=start,
            end=end,
            event_types=parse_event_types(query.get("event_type", ())),
            center=_center(one("center")),
            zoom=_zoom(one("zoom")),
            origin=origin,
            destination=destination,
            weapons=weapons,
            max_km=max_km,
            min_km=min_km,
            targets=targets,
        )

    @property
    def has_view(self) -> bool:
        return self.center is not None and self.zoom is not None

    def range_queries(self) -> list[dict[str, str]]:
        """One /api/range query per ring asked for (one per weapon, or one for max_km)."""
        if not self.origin:
            return []
        base = {"from": self.origin, "targets": self.targets}
        if self.min_km is not None:
            base["min_km"] = _fmt(self.min_km)
        out = [{**base, "weapon": w} for w in self.weapons]
        if self.max_km is not None:
            out.append({**base, "max_km": _fmt(self.max_km)})
        return out

    def distance_query(self) -> dict[str, str] | None:
        if self.origin and self.destination:
            return {"from": self.origin, "to": self.destination}
        return None


def parse_dates(text: str | None) -> tuple[str | None, str | None]:
    """`YYYY-MM-DD`, or an interval `a/b` with `..` or nothing for an open end -> inclusive days."""
    if not text:
        return (None, None)
    parts = text.split("/")
    if len(parts) > 2:
        raise InvalidQuery("an interval has exactly one '/'", param="datetime")
    if len(parts) == 1:
        day = _day(parts[0])
        return (day, day)
    start = None if parts[0].strip() in ("", "..") else _day(parts[0])
    end = None if parts[1].strip() in ("", "..") else _day(parts[1])
    if start and end and start > end:
        raise InvalidQuery("interval start is after its end", param="datetime")
    return (start, end)


def parse_event_types(values: Sequence[str]) -> tuple[str, ...]:
    return canonical_event_types(values, param="event_type")


def _day(text: str) -> str:
    text = text.strip()
    # Date-times are cut to their day: events are dated to the day.
    head = text[:10]
    try:
        if not _DATE.match(head):
            raise ValueError
        return date.fromisoformat(head).isoformat()
    except ValueError:
        raise InvalidQuery(f"{text!r} is not a date (YYYY-MM-DD)", param="datetime") from None


def _center(text: str | None) -> tuple[float, float] | None:
    if text is None:
        return None
    try:
        lat_s, lon_s = text.split(",")
        lat, lon = float(lat_s), float(lon_s)
    except ValueError:
        raise InvalidQuery("expected 'lat,lon' in decimal degrees", param="center") from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -540 <= lon <= 540):
        raise InvalidQuery("latitude must be within ±90 and longitude within ±540", param="center")
    return (lat, lon)


def _zoom(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        zoom = int(text)
    except ValueError:
        raise InvalidQuery(f"expected a whole number 0-{MAX_ZOOM}", param="zoom") from None
    if not 0 <= zoom <= MAX_ZOOM:
        raise InvalidQuery(f"expected a whole number 0-{MAX_ZOOM}", param="zoom")
    return zoom


def _km(text: str | None, param: str) -> float | None:
    if text is None:
        return None
    try:
        km = float(text)
    except ValueError:
        raise InvalidQuery("expected a number of kilometres", param=param) from None
    if not (math.isfinite(km) and 0 <= km <= 20_037.5):
        raise InvalidQuery("expected kilometres between 0 and 20037.5 (half the equator)", param=param)
    return km


def _fmt(km: float) -> str:
    return f"{km:g}"
