"""app.cli.geodesy: `conflictmap distance` and `conflictmap range` (same GeoJSON as /api/distance, /api/range)."""

from __future__ import annotations

import sys
from typing import Any

import orjson
import typer

from app.errors import InvalidQuery, geo_errors
from app.settings import Settings


def _gazetteer():
    from app.gazetteer import load_gazetteer

    return load_gazetteer(Settings())


def _place(geocoder: Any, text: str, param: str):
    from app.geo import Place

    c = geocoder.locate(text, param=param)
    return Place(name=c.name, lat=float(c.lat), lon=float(c.lon), country_code=c.country_code, kind=c.kind)


def _print_json(obj: Any) -> None:
    sys.stdout.buffer.write(orjson.dumps(obj, option=orjson.OPT_SERIALIZE_NUMPY) + b"\n")


def distance(
    a: str = typer.Argument(..., help="From: a place name or 'lat,lon'"),
    b: str = typer.Argument(..., help="To: a place name or 'lat,lon'"),
    as_json: bool = typer.Option(False, "--json", help="Print the GeoJSON Feature of GET /api/distance"),
) -> None:
    """Geodesic distance and bearings between two places on the WGS84 ellipsoid."""
    from app.geo import distance_answer
    from app.geocode import Geocoder

    g = Geocoder(_gazetteer())
    feature = distance_answer(_place(g, a, "A"), _place(g, b, "B"))
    if as_json:
        _print_json(feature)
        return
    p = feature["properties"]
    typer.echo(
        f"{p['from']['name']} -> {p['to']['name']}: {p['distance_km']:,.1f} km "
        f"({p['distance_mi']:,.1f} mi, {p['distance_nmi']:,.1f} nmi); "
        f"initial bearing {p['initial_bearing_deg']:.1f}°, final bearing {p['final_bearing_deg']:.1f}°"
    )


def _targets(kind: str | None, center: Any, specs: list, min_population: int):
    from app.geo import TARGET_SETS, capital_targets, record_targets, settlement_targets

    if kind is None:
        return None
    if kind not in TARGET_SETS:
        raise InvalidQuery(f"targets must be one of {', '.join(TARGET_SETS)}, got {kind!r}", param="targets")
    if kind == "capitals":
        return capital_targets()
    if kind == "cities":
        gaz = _gazetteer()
        return settlement_targets(
            lat=gaz.lat, lon=gaz.lon, kind=gaz.kind, population=gaz.population, names=gaz.names,
            country_code=gaz.country_code, geonameid=gaz.geonameid, min_population=min_population,
        )  # fmt: skip
    from app.store import open_store
    from app.store.base import EventFilter

    largest = max(s.max_km for s in specs)
    store = open_store(Settings())
    try:
        records, _ = store.query(EventFilter(near=(center.lat, center.lon), within_km=largest))
    finally:
        store.close()
    return record_targets(records)


def range_(
    from_: str = typer.Option(..., "--from", help="Centre: a place name or 'lat,lon'"),
    weapon: list[str] = typer.Option(
        None, "--weapon", help="Weapon from the catalogue (repeat for several rings)"
    ),
    max_km: float | None = typer.Option(None, "--max-km", help="Outer radius in km (instead of --weapon)"),
    min_km: float | None = typer.Option(None, "--min-km", help="Inner radius in km (a donut); default 0"),
    targets: str | None = typer.Option(None, "--targets", help="capitals | cities | events"),
    min_population: int = typer.Option(100_000, "--min-population", help="For --targets cities"),
    limit: int = typer.Option(5_000, "--limit", min=1, max=50_000, help="Keep only the nearest N targets"),
    as_json: bool = typer.Option(False, "--json", help="Print the FeatureCollection of GET /api/range"),
) -> None:
    """What lies within range of a place: geodesic ring(s) and the targets inside, nearest first."""
    from app.geo import range_collection
    from app.geocode import Geocoder

    if min_population < 0:
        raise InvalidQuery("must be >= 0", param="min_population")
    from app.geo import plan_rings

    with geo_errors():
        specs = plan_rings(list(weapon or []), max_km, min_km)
    center = _place(Geocoder(_gazetteer()), from_, "from")
    with geo_errors():
        fc = range_collection(center, specs, _targets(targets, center, specs, min_population), limit=limit)
    if as_json:
        _print_json(fc)
        return
    _print_table(fc)


def _print_table(fc: dict) -> None:
    from rich.table import Table

    from app.cli.console import table_console
    from app.geo import load_nato

    console = table_console()
    rings = [f for f in fc["features"] if f["properties"]["kind"] == "ring"]
    for r in rings:
        p = r["properties"]
        label = p["weapon"] or "range"
        band = f"{p['min_km']:,.0f}–{p['max_km']:,.0f} km" if p["min_km"] else f"{p['max_km']:,.0f} km"
        console.print(f"[bold]{label}[/bold] from {p['center']['name']}: {band}")
        if p.get("countries_full") is not None:
            console.print(
                f"  countries fully covered ({len(p['countries_full'])}): {', '.join(p['countries_full'])}"
            )
            console.print(
                f"  partly covered ({len(p['countries_partial'])}): {', '.join(p['countries_partial'])}"
            )
    hits = [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "target"]
    if not hits:
        return
    if "nato" in hits[0]:
        nato = [t["name"] for t in hits if t.get("nato")]
        console.print(
            f"NATO capitals in range: {len(nato)} of {len(load_nato())}: {', '.join(nato) or 'none'}"
        )
    shown = (
        f"nearest {len(hits)} of {fc['numberMatched']}" if fc["numberMatched"] > len(hits) else str(len(hits))
    )
    table = Table(title=f"{shown} targets in range, nearest first")
    for col in ("#", "name", "cc", "km", "note"):
        table.add_column(col)
    for n, t in enumerate(hits, 1):
        note = "NATO" if t.get("nato") else (f"pop {t['population']:,}" if t.get("population") else "")
        table.add_row(
            str(n), str(t.get("name")), t.get("country_code") or "", f"{t['distance_km']:,.1f}", note
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("distance")(distance)
    app.command("range")(range_)
