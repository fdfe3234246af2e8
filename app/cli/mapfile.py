"""app.cli.mapfile: `conflictmap map --out FILE.html`, one self-contained map file (no server needed)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from app.errors import InvalidQuery
from app.settings import Settings


def register(app: typer.Typer) -> None:
    app.command("map")(map_command)


def map_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write (replaced atomically).")],
    bbox: Annotated[str | None, typer.Option(help="minlon,minlat,maxlon,maxlat (WGS84)")] = None,
    start: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD (inclusive).")] = None,
    end: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD (inclusive).")] = None,
    event_type: Annotated[
        list[str] | None, typer.Option("--event-type", help="ACLED event type; repeat or comma-separate.")
    ] = None,
    near: Annotated[str | None, typer.Option(help="A place name or lat,lon.")] = None,
    within_km: Annotated[float | None, typer.Option("--within-km", help="Radius around --near.")] = None,
    origin: Annotated[str | None, typer.Option(help="extracted | acled | demo")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    range_from: Annotated[
        str | None, typer.Option("--from", help="Origin of range rings / a distance line (place or lat,lon).")
    ] = None,
    weapon: Annotated[
        list[str] | None, typer.Option("--weapon", help="Draw this weapon's range; repeatable.")
    ] = None,
    max_km: Annotated[float | None, typer.Option("--max-km", help="Draw a ring of this radius.")] = None,
    min_km: Annotated[float | None, typer.Option("--min-km", help="Inner radius of that ring.")] = None,
    to: Annotated[
        str | None, typer.Option("--to", help="Draw the geodesic line from --from to here.")
    ] = None,
    center: Annotated[str | None, typer.Option(help="Initial view centre, lat,lon.")] = None,
    zoom: Annotated[int | None, typer.Option(help="Initial zoom, 0-17.")] = None,
    title: Annotated[str, typer.Option(help="Page title.")] = "conflictmap — events on the map",
) -> None:
    """Write one HTML file with the map, its events and every script, stylesheet and font inlined.

    Example: conflictmap map --out kharkiv.html --near Kharkiv --within-km 80 --start 2025-12-01
    """
    from app.cli.acled import build_export_filter
    from app.map import MapPage, MapState, Tiles, render_map
    from app.map.assets import AssetsMissing
    from app.map.overlays import compute_overlays
    from app.store import open_store

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
    query: dict[str, list[str]] = {
        "from": [range_from] if range_from else [],
        "to": [to] if to else [],
        "weapon": weapon or [],
        "max_km": [] if max_km is None else [str(max_km)],
        "min_km": [] if min_km is None else [str(min_km)],
        "center": [center] if center else [],
        "zoom": [] if zoom is None else [str(zoom)],
    }
    try:
        state = MapState.from_query(query)
    except InvalidQuery as exc:
        raise InvalidQuery(
            str(exc), param=f"--{exc.param.replace('_', '-')}" if exc.param else None
        ) from None
    if not out.parent.is_dir():
        raise InvalidQuery(f"directory {str(out.parent)!r} does not exist", param="--out")
    store = open_store(settings)
    try:
        records, _ = store.query(flt)
    finally:
        store.close()
    overlays = compute_overlays(state, **_geodesy(state, settings, records))
    failed = [o.error for o in overlays if o.error]
    if failed:
        raise InvalidQuery("; ".join(failed))
    page = MapPage(
        state=state,
        records=records,
        tiles=Tiles(settings.tile_url, settings.tile_attribution),
        overlays=overlays,
        standalone=True,
        api_base=None,
        title=title,
        places=_place_labels(settings, records),
    )
    try:
        html = render_map(page)
    except AssetsMissing as exc:
        raise InvalidQuery(str(exc)) from None
    _write_atomically(out, html)
    typer.echo(f"wrote {out} ({len(records)} events, {len(html) / 1e6:.1f} MB, no server needed)", err=True)


def _geodesy(state, settings: Settings, records: list) -> dict:
    """Range and distance as /api/range and /api/distance compute them (the gazetteer only if needed)."""
    if not state.origin:
        return {}
    from app.gazetteer import load_gazetteer
    from app.geocode import Geocoder
    from app.map.overlays import geodesy_functions

    locate = Geocoder(load_gazetteer(settings)).locate

    def cli_locate(text: str, *, param: str):
        return locate(text, param=f"--{param}")

    return geodesy_functions(cli_locate, records=records)


def _place_labels(settings: Settings, records: list) -> dict | None:
    """Place names for the file's own label layer (it has no server to ask); none without an index."""
    from app.gazetteer import load_gazetteer
    from app.map.places import labels_for_file

    try:
        gazetteer = load_gazetteer(settings)
    except (OSError, RuntimeError) as exc:
        typer.echo(f"note: no place labels in the file ({exc})", err=True)
        return None
    return labels_for_file(gazetteer, records)


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
