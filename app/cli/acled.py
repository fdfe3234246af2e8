"""app.cli.acled: `import-acled` (an ACLED CSV into the store) and `export` (the store to GeoJSON, CSV or GeoPackage)."""

from __future__ import annotations

import csv
import math
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import orjson
import typer

from app.errors import InvalidQuery, NotFound
from app.extract.model import canonical_event_types
from app.settings import Settings

if TYPE_CHECKING:  # the store is imported by these verbs only, not by every run of the CLI (extract's)
    from app.store.acled import Rejected
    from app.store.base import EventFilter

# Without --near's companion, /api/events uses the same radius.
DEFAULT_WITHIN_KM = 50.0
_REPORT_AT_MOST = 50  # rejected rows printed on stderr; --rejects gets all of them
_LATLON = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*,\s*([+-]?\d+(?:\.\d+)?)\s*$")


def register(app: typer.Typer) -> None:
    app.command("import-acled")(import_acled_command)
    app.command("export")(export_command)


def import_acled_command(
    file: Annotated[Path, typer.Argument(help="An ACLED export (CSV with ACLED's 31 columns).")],
    rejects: Annotated[
        Path | None, typer.Option("--rejects", help="Also write rejected rows here, with line and reason.")
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Rows per store transaction.")
    ] = 1000,
    json_out: Annotated[bool, typer.Option("--json", help="Print a JSON summary on stdout.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Load an ACLED export into the store: idempotent by event_id_cnty; bad rows reported, good rows kept.

    Example: conflictmap import-acled acled_ukraine_2024.csv --rejects rejected.csv
    """
    from app.store import open_store
    from app.store.acled import import_acled

    if not file.is_file():
        what = "is a directory, not a CSV file" if file.is_dir() else "no such file"
        raise InvalidQuery(f"{what}: {str(file)!r}", param="FILE")
    store = open_store(Settings())
    try:
        with _progress(quiet, f"importing {file.name}") as advance:
            result = import_acled(store, file, batch_size=batch_size, on_progress=advance)
    finally:
        store.close()
    for r in result.rejected[:_REPORT_AT_MOST]:
        who = f" {r.event_id}" if r.event_id else ""
        typer.echo(f"{file.name}:{r.line}:{who} rejected: {r.reason}", err=True)
    if len(result.rejected) > _REPORT_AT_MOST:
        typer.echo(f"... and {len(result.rejected) - _REPORT_AT_MOST} more rejected rows", err=True)
    if rejects is not None:
        _write_rejects(rejects, result.rejected)
    typer.echo(
        f"imported {result.imported} of {result.read} rows from {file.name}; rejected {len(result.rejected)}",
        err=True,
    )
    if json_out:
        summary = {
            "file": str(file),
            "read": result.read,
            "imported": result.imported,
            "rejected": [
                {"line": r.line, "event_id_cnty": r.event_id, "column": r.column, "reason": r.reason}
                for r in result.rejected
            ],
        }
        sys.stdout.write(orjson.dumps(summary).decode() + "\n")
    if result.read and not result.imported:
        raise typer.Exit(code=2)  # every row was bad: that is bad input, not a partial success


def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="geojson | csv (ACLED's 31 columns) | gpkg")],
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write (replaced atomically).")],
    bbox: Annotated[str | None, typer.Option(help="minlon,minlat,maxlon,maxlat (WGS84)")] = None,
    start: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD (inclusive).")] = None,
    end: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD (inclusive).")] = None,
    event_type: Annotated[
        list[str] | None, typer.Option("--event-type", help="ACLED event type; repeat or comma-separate.")
    ] = None,
    near: Annotated[str | None, typer.Option(help="A place name or lat,lon.")] = None,
    within_km: Annotated[
        float | None,
        typer.Option("--within-km", help=f"Radius around --near (default {DEFAULT_WITHIN_KM:g})."),
    ] = None,
    origin: Annotated[str | None, typer.Option(help="extracted | acled | demo")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    cql: Annotated[
        str | None,
        typer.Option("--filter", help='CQL2 text or JSON over the queryables, e.g. "fatalities > 0".'),
    ] = None,
    q: Annotated[str | None, typer.Option("--q", help="Full text: words AND-ed, commas OR-ed.")] = None,
    sortby: Annotated[str | None, typer.Option("--sortby", help="e.g. -fatalities,event_date")] = None,
) -> None:
    """Write stored events to a file, with the same filters as /api/events.

    Example: conflictmap export --format gpkg --out events.gpkg --near Kharkiv --within-km 100 --start 2024-03-01

    Example: conflictmap export -f csv -o disputed.csv --filter "claim_status = 'disputed'" --q "drone"
    """
    from app.export import EXPORT_FORMATS, export_events
    from app.store import open_store

    fmt = fmt.lower()
    if fmt not in EXPORT_FORMATS:
        raise InvalidQuery(f"must be one of {', '.join(EXPORT_FORMATS)}", param="--format")
    settings = Settings()
    flt = build_export_filter(
        bbox=bbox,
        start=start,
        end=end,
        event_types=event_type or [],
        near=near,
        within_km=within_km,
        origin=origin,
        limit=limit,
        settings=settings,
    )
    flt = _search(flt, cql, q, sortby)
    if not out.parent.is_dir():
        raise InvalidQuery(f"directory {str(out.parent)!r} does not exist", param="--out")
    store = open_store(settings)
    try:
        n = export_events(store, flt, out, fmt=fmt)
    finally:
        store.close()
    typer.echo(f"wrote {n} events to {out} ({fmt})", err=True)


def _search(flt: EventFilter, cql: str | None, q: str | None, sortby: str | None) -> EventFilter:
    """--filter/--q/--sortby with the API's parsers; their errors name the option, not the URL parameter."""
    from dataclasses import replace

    from app.store.cql import parse_filter
    from app.store.fulltext import parse_q
    from app.store.queryables import parse_sortby

    try:
        return replace(
            flt,
            cql=parse_filter(cql) if cql is not None else None,
            text=parse_q(q, param="--q"),
            sortby=parse_sortby(sortby, param="--sortby"),
        )
    except InvalidQuery as exc:
        param = exc.param if exc.param in ("--q", "--sortby") else "--filter"
        raise InvalidQuery(str(exc), param=param) from None


def build_export_filter(
    *,
    bbox: str | None,
    start: str | None,
    end: str | None,
    event_types: list[str],
    near: str | None,
    within_km: float | None,
    origin: str | None,
    limit: int | None,
    settings: Settings,
) -> EventFilter:
    """Command-line filter options -> EventFilter, with /api/events' rules; InvalidQuery names the option."""
    start_day, end_day = _day(start, "--start"), _day(end, "--end")
    if start_day and end_day and start_day > end_day:
        raise InvalidQuery(f"{start} is after --end {end}", param="--start")
    if within_km is not None and not (math.isfinite(within_km) and 0 < within_km <= 20_000):
        raise InvalidQuery("must be greater than 0 and at most 20000 km", param="--within-km")
    if within_km is not None and near is None:
        raise InvalidQuery("needs --near (a place name or lat,lon)", param="--within-km")
    near_point = _near(near, settings) if near else None
    if origin is not None and origin not in ("extracted", "acled", "demo"):
        raise InvalidQuery("must be extracted, acled or demo", param="--origin")
    if limit is not None and limit < 1:
        raise InvalidQuery("must be at least 1", param="--limit")
    from app.store.base import EventFilter

    return EventFilter(
        bbox=_bbox(bbox),
        start=start_day,
        end=end_day,
        event_types=_event_types(event_types),
        near=near_point,
        within_km=(within_km or DEFAULT_WITHIN_KM) if near_point else None,
        origin=origin,
        limit=limit,
    )


def _day(text: str | None, param: str) -> str | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise InvalidQuery(f"{text!r} is not a date (YYYY-MM-DD)", param=param) from None


def _bbox(text: str | None) -> tuple[float, float, float, float] | None:
    if not text:
        return None
    try:
        nums = tuple(float(p) for p in text.split(","))
    except ValueError:
        nums = ()
    if len(nums) != 4 or not all(math.isfinite(n) for n in nums):
        raise InvalidQuery("must be 4 numbers: minlon,minlat,maxlon,maxlat", param="--bbox")
    minlon, minlat, maxlon, maxlat = nums
    if not (-180 <= minlon <= 180 and -180 <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90):
        raise InvalidQuery(
            "longitudes within -180..180, latitudes within -90..90, minlat <= maxlat", param="--bbox"
        )
    return (minlon, minlat, maxlon, maxlat)  # minlon > maxlon is a box across the antimeridian


def _event_types(values: list[str]) -> tuple[str, ...]:
    return canonical_event_types(values, param="--event-type")


def _near(text: str, settings: Settings) -> tuple[float, float]:
    m = _LATLON.match(text)
    if m:
        lat, lon = float(m.group(1)), float(m.group(2))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InvalidQuery("lat within -90..90, lon within -180..180", param="--near")
        return (lat, lon)
    from app.gazetteer import load_gazetteer
    from app.geocode import Geocoder

    try:
        place = Geocoder(load_gazetteer(settings)).locate(text)
    except NotFound as exc:
        raise NotFound(f"no place matches {text!r}", param="--near", suggestions=exc.suggestions) from None
    return (float(place.lat), float(place.lon))


def _write_rejects(path: Path, rejected: list[Rejected]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["line", "event_id_cnty", "column", "reason"])
        for r in rejected:
            writer.writerow([r.line, r.event_id, r.column or "", r.reason])


@contextmanager
def _progress(quiet: bool, label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar over bytes read, on stderr (stdout stays clean for --json); None when quiet."""
    if quiet:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task(label, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)
