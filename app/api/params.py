"""app.api.params: parsing and validation of the query parameters the read endpoints share.

Every parser raises `InvalidQuery(param=...)`, which the error table turns into a 400
problem+json naming the parameter. They take the raw strings (or the scalars FastAPI has
already converted), so /api/events, /ogc items and anything else can share them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime

from app.errors import InvalidQuery, NotFound
from app.extract.model import canonical_event_types
from app.store.base import EventFilter

__all__ = [
    "DEFAULT_LIMIT",
    "MAX_LIMIT",
    "MAX_OFFSET",
    "MAX_WITHIN_KM",
    "MAX_CHARS",
    "check_length",
    "DEFAULT_WITHIN_KM",
    "parse_bbox",
    "parse_datetime",
    "parse_limit",
    "parse_offset",
    "parse_event_types",
    "parse_within_km",
    "parse_near",
    "reject_unknown",
    "build_filter",
]

DEFAULT_LIMIT = 100
MAX_LIMIT = 10_000
# SQLite and PostgreSQL both take 64-bit offsets; a bound keeps absurd values a 400, not an overflow.
MAX_OFFSET = 2**31 - 1
MAX_WITHIN_KM = 20_000.0  # half the Earth's circumference, roughly: every point is within it
DEFAULT_WITHIN_KM = 50.0
# Longest accepted value of each free-text parameter (also stated in the OpenAPI schema as maxLength): the
# cost of a place lookup grows with its text, so a megabyte `near` must be refused before any work.
MAX_CHARS = {
    "near": 200,  # as /api/geocode's q, /api/distance's from/to
    "bbox": 200,
    "datetime": 100,
    "event_type": 500,  # every ACLED type, comma-separated, fits
    "crs": 200,
    "bbox-crs": 200,
    "filter-crs": 200,
    "filter": 4000,  # CQL2 text or JSON
    "q": 200,
    "sortby": 200,
    "properties": 1000,
}

_DATE = r"\d{4}-\d{2}-\d{2}"
_RFC3339_DATE = re.compile(rf"^{_DATE}$")
# RFC 3339 date-time: seconds required, optional fraction, Z or a numeric offset ("t"/"z" allowed).
_RFC3339_DATETIME = re.compile(rf"^{_DATE}[Tt]\d{{2}}:\d{{2}}:\d{{2}}(\.\d+)?([Zz]|[+-]\d{{2}}:\d{{2}})$")


def parse_bbox(text: str | None, *, param: str = "bbox") -> tuple[float, float, float, float] | None:
    """`minlon,minlat,maxlon,maxlat` in CRS84 (a 6-number 3D box drops its heights).

    minlon > maxlon is a box across the antimeridian, as OGC API Features allows.

    >>> parse_bbox("30,45,40,52.5")
    (30.0, 45.0, 40.0, 52.5)
    """
    if text is None or text == "":
        return None
    parts = text.split(",")
    if len(parts) not in (4, 6):
        raise InvalidQuery("must be 4 numbers: minlon,minlat,maxlon,maxlat", param=param)
    try:
        nums = [float(p) for p in parts]
    except ValueError:
        raise InvalidQuery("must be 4 numbers: minlon,minlat,maxlon,maxlat", param=param) from None
    if not all(math.isfinite(n) for n in nums):
        raise InvalidQuery("numbers must be finite", param=param)
    if len(nums) == 6:
        nums = [nums[0], nums[1], nums[3], nums[4]]
    minlon, minlat, maxlon, maxlat = nums
    if not (-180.0 <= minlon <= 180.0 and -180.0 <= maxlon <= 180.0):
        raise InvalidQuery("longitudes must be within -180..180", param=param)
    if not (-90.0 <= minlat <= 90.0 and -90.0 <= maxlat <= 90.0):
        raise InvalidQuery("latitudes must be within -90..90", param=param)
    if minlat > maxlat:
        raise InvalidQuery("minlat must not exceed maxlat", param=param)
    return (minlon, minlat, maxlon, maxlat)


def _parse_instant(text: str, *, param: str, end: bool) -> str:
    """One RFC 3339 date or date-time -> the UTC calendar day (YYYY-MM-DD) it falls on.

    Events are dated to the day, so a day matches an interval when the two overlap: the start
    instant's day and the end instant's day are both inclusive.
    """
    try:
        if _RFC3339_DATE.match(text):
            return date.fromisoformat(text).isoformat()
        if _RFC3339_DATETIME.match(text):
            norm = text.upper().replace("Z", "+00:00")
            return datetime.fromisoformat(norm).astimezone(UTC).date().isoformat()
    except (ValueError, OverflowError):
        raise InvalidQuery(f"{text!r} is not a valid date", param=param) from None
    which = "end" if end else "start"
    raise InvalidQuery(
        f"{which} {text!r} must be an RFC 3339 date (2024-03-01) or date-time (2024-03-01T06:00:00Z)",
        param=param,
    )


def parse_datetime(text: str | None, *, param: str = "datetime") -> tuple[str | None, str | None]:
    """An RFC 3339 instant or interval (`a/b`, open ends as `..` or empty) -> inclusive (start, end) days.

    >>> parse_datetime("2024-03-01/..")
    ('2024-03-01', None)
    >>> parse_datetime("2024-03-01T23:30:00-02:00")
    ('2024-03-02', '2024-03-02')
    """
    if text is None or text.strip() == "":
        return (None, None)
    text = text.strip()
    if "/" not in text:
        if text == "..":
            raise InvalidQuery("a single instant cannot be open ('..')", param=param)
        day = _parse_instant(text, param=param, end=False)
        return (day, day)
    parts = text.split("/")
    if len(parts) != 2:
        raise InvalidQuery("an interval has exactly one '/'", param=param)
    a, b = (p.strip() for p in parts)
    start = None if a in ("", "..") else _parse_instant(a, param=param, end=False)
    end = None if b in ("", "..") else _parse_instant(b, param=param, end=True)
    if start is None and end is None and not (a == ".." or b == ".."):
        raise InvalidQuery("an interval needs at least one end or '..'", param=param)
    if start is not None and end is not None and start > end:
        raise InvalidQuery("interval start is after its end", param=param)
    return (start, end)


def parse_limit(
    value: int | str | None, *, default: int = DEFAULT_LIMIT, maximum: int = MAX_LIMIT, param: str = "limit"
) -> int:
    """A page size >= 1. Values above `maximum` are clamped to it (OGC API Features says so), not refused."""
    if value is None or value == "":
        return default
    n = _as_int(value, param=param)
    if n < 1:
        raise InvalidQuery("must be at least 1", param=param)
    return min(n, maximum)


def parse_offset(value: int | str | None, *, param: str = "offset") -> int:
    if value is None or value == "":
        return 0
    n = _as_int(value, param=param)
    if n < 0:
        raise InvalidQuery("must not be negative", param=param)
    if n > MAX_OFFSET:
        raise InvalidQuery(f"must not exceed {MAX_OFFSET}", param=param)
    return n


def _as_int(value: int | str, *, param: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    if not re.fullmatch(r"[+-]?\d+", text):
        raise InvalidQuery(f"{value!r} is not an integer", param=param)
    return int(text)


def parse_event_types(text: str | None, *, param: str = "event_type") -> tuple[str, ...]:
    """Comma-separated ACLED event types (case-insensitive) -> ACLED's exact spellings.

    >>> parse_event_types("battles,Explosions/Remote violence")
    ('Battles', 'Explosions/Remote violence')
    """
    if text is None or text.strip() == "":
        return ()
    return canonical_event_types([text], param=param)


def parse_within_km(value: float | str | None, *, param: str = "within_km") -> float | None:
    if value is None or value == "":
        return None
    try:
        km = float(value)
    except (TypeError, ValueError):
        raise InvalidQuery(f"{value!r} is not a number", param=param) from None
    if not math.isfinite(km) or not (0.0 < km <= MAX_WITHIN_KM):
        raise InvalidQuery(f"must be greater than 0 and at most {MAX_WITHIN_KM:g} km", param=param)
    return km


_LATLON = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)\s*$")


def parse_near(
    text: str | None, *, locate: Callable[[str], object] | None = None, param: str = "near"
) -> tuple[float, float] | None:
    """A place name or `lat,lon` -> (lat, lon).

    `locate` is the geocoder's `locate(text)` (returns something with `.lat`/`.lon`); without it
    only coordinates are accepted. Geocoder failures are re-raised against this parameter.
    """
    if text is None or text.strip() == "":
        return None
    m = _LATLON.match(text)
    if m:
        lat, lon = float(m.group(1)), float(m.group(2))
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise InvalidQuery("coordinates must be lat within -90..90, lon within -180..180", param=param)
        return (lat, lon)
    if locate is None:
        raise InvalidQuery("must be 'lat,lon'", param=param)
    try:
        place = locate(text)
    except NotFound as exc:
        hint = f" (did you mean: {', '.join(exc.suggestions[:5])}?)" if exc.suggestions else ""
        raise InvalidQuery(f"no place matches {text!r}{hint}", param=param) from None
    except InvalidQuery as exc:
        raise InvalidQuery(str(exc), param=param) from None
    return (float(place.lat), float(place.lon))  # type: ignore[attr-defined]


def reject_unknown(names: Iterable[str], allowed: frozenset[str] | set[str]) -> None:
    """OGC API Features wants a 400 for parameters it does not know; a silent ignore would
    hand a client unfiltered data it believes is filtered."""
    seen: set[str] = set()
    for name in names:
        if name not in allowed:
            raise InvalidQuery(
                f"unknown query parameter {name!r}; allowed: {', '.join(sorted(allowed))}", param=name
            )
        if name in seen:
            raise InvalidQuery("given more than once", param=name)
        seen.add(name)


def check_length(name: str, value: object, maximum: int | None = None) -> None:
    limit = maximum if maximum is not None else MAX_CHARS.get(name)
    if limit is not None and isinstance(value, str) and len(value) > limit:
        raise InvalidQuery(f"is longer than {limit} characters", param=name)


def build_filter(
    query: Mapping[str, object],
    *,
    locate: Callable[[str], object] | None = None,
    default_limit: int = DEFAULT_LIMIT,
) -> EventFilter:
    """All shared parameters at once (absent keys = no constraint) -> EventFilter."""
    for name, value in query.items():
        check_length(name, value)
    start, end = parse_datetime(_str(query.get("datetime")))
    near = parse_near(_str(query.get("near")), locate=locate)
    within_km = parse_within_km(query.get("within_km"))  # type: ignore[arg-type]
    if within_km is not None and near is None:
        raise InvalidQuery("needs 'near' (a place name or lat,lon)", param="within_km")
    if near is not None and within_km is None:
        within_km = DEFAULT_WITHIN_KM
    return EventFilter(
        bbox=parse_bbox(_str(query.get("bbox"))),
        start=start,
        end=end,
        event_types=parse_event_types(_str(query.get("event_type"))),
        near=near,
        within_km=within_km,
        limit=parse_limit(query.get("limit"), default=default_limit),  # type: ignore[arg-type]
        offset=parse_offset(query.get("offset")),  # type: ignore[arg-type]
    )


def _str(value: object) -> str | None:
    return None if value is None else str(value)


# -- OGC API - Features Part 3 (filter) and search/sort parameters, shared by /ogc items, /api/events,
# /map/events; the store translates them to SQL (app.store.cql, app.store.fulltext).

CRS84_NAMES = frozenset(
    {
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
        "https://www.opengis.net/def/crs/OGC/1.3/CRS84",
        "[OGC:CRS84]",
        "OGC:CRS84",
    }
)


def parse_cql(text: str | None, lang: str | None = None, crs: str | None = None):
    """`filter` (+ `filter-lang`, `filter-crs`) -> a parsed CQL2 filter, or None when absent."""
    from app.store.cql import parse_filter

    if crs is not None and crs.strip() not in CRS84_NAMES:
        raise InvalidQuery(
            "only http://www.opengis.net/def/crs/OGC/1.3/CRS84 is supported", param="filter-crs"
        )
    if text is None:
        if lang is not None:
            raise InvalidQuery("needs 'filter'", param="filter-lang")
        return None
    return parse_filter(text, lang)


def parse_text_search(text: str | None) -> tuple[tuple[str, ...], ...]:
    from app.store.fulltext import parse_q

    return parse_q(text)


def parse_sort(text: str | None) -> tuple[tuple[str, bool], ...]:
    from app.store.queryables import parse_sortby

    return parse_sortby(text)


def search_filter(flt: EventFilter, query: Mapping[str, object]) -> EventFilter:
    """`flt` with the filter/q/sortby parameters of `query` added (absent keys change nothing)."""
    from dataclasses import replace

    for name, value in query.items():
        check_length(name, value)

    return replace(
        flt,
        cql=parse_cql(
            _str(query.get("filter")), _str(query.get("filter-lang")), _str(query.get("filter-crs"))
        ),
        text=parse_text_search(_str(query.get("q"))),
        sortby=parse_sort(_str(query.get("sortby"))),
    )
