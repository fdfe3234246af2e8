"""app.cli.geocode: `conflictmap geocode` and `conflictmap index build`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import orjson
import typer

from app.settings import Settings


def _geocoder():
    from app.geocode import open_geocoder

    return open_geocoder(Settings())  # offline; plus Nominatim only if CONFLICTMAP_ONLINE_GEOCODER says so


def geocode(
    name: str = typer.Argument(..., help="Place name, optionally with qualifiers: 'Lyman, Donetsk region'"),
    country: str | None = typer.Option(None, "--country", help="ISO country code (UA) or country name"),
    near: str | None = typer.Option(None, "--near", help="Prefer places near this place or 'lat,lon'"),
    limit: int = typer.Option(5, "--limit", min=1, max=100, help="How many candidates"),
    as_json: bool = typer.Option(False, "--json", help="JSON Lines, one candidate per line"),
) -> None:
    """Resolve a place name offline; best candidate first, with the reasons."""
    from app.errors import NotFound

    g = _geocoder()
    found = g.search(name, country=country, near=near, limit=limit)
    if not found:
        raise NotFound(f"no place called {name!r}", param="NAME", suggestions=g.suggest(name))
    if as_json:
        for c in found:
            sys.stdout.buffer.write(orjson.dumps(c.to_dict()) + b"\n")
        return
    from rich.table import Table

    from app.cli.console import table_console

    table = Table(title=f"{name}")
    for col in ("#", "name", "kind", "admin1", "cc", "lat", "lon", "population", "score", "why"):
        table.add_column(col)
    for n, c in enumerate(found, 1):
        table.add_row(
            str(n), c.name, c.kind, c.admin1 or "", c.country_code or "", f"{c.lat:.5f}", f"{c.lon:.5f}",
            f"{c.population:,}", f"{c.score:.3f}", "; ".join(c.why),
        )  # fmt: skip
    table_console().print(table)


index_app = typer.Typer(help="The gazetteer index.", no_args_is_help=True)


@index_app.command("build")
def index_build(
    force: bool = typer.Option(False, "--force", help="Rebuild even if the index is current"),
    quiet: bool = typer.Option(False, "--quiet", help="Print nothing when already current"),
    geonames: list[Path] = typer.Option(
        None,
        "--geonames",
        help="GeoNames dump to add (UA.zip, allCountries.zip or a .txt from download.geonames.org); repeatable. "
        "Kept for later rebuilds; --geonames none drops them.",
    ),
) -> None:
    """Build the offline gazetteer index under CONFLICTMAP_DATA_DIR (once; offline afterwards)."""
    from app.gazetteer.dumps import DumpError
    from app.gazetteer.index import build_index, is_current

    s = Settings()
    dump_files: list[Path] | None = None
    if geonames:
        dump_files = [] if [str(p) for p in geonames] == ["none"] else list(geonames)
        for p in dump_files:
            if not p.is_file():
                typer.echo(f"conflictmap: error: --geonames: no such file: {p}", err=True)
                raise typer.Exit(2)
    if dump_files is None and not force and is_current(s.index_dir):
        from app.extract.lexicon import ensure_lexicon

        ensure_lexicon(s.index_dir)
        if not quiet:
            typer.echo(f"index is current: {s.index_dir}", err=True)
        return
    t0 = time.perf_counter()
    typer.echo(f"building the gazetteer index in {s.index_dir} (once; about a minute)", err=True)
    try:
        build_index(
            s.index_dir, progress=lambda text: typer.echo(f"  {text}", err=True), dump_files=dump_files
        )
    except DumpError as exc:
        typer.echo(f"conflictmap: error: --geonames: {exc}", err=True)
        raise typer.Exit(2) from None
    # the extraction lexicon is distilled from the index; building it now keeps the first article fast
    from app.extract.lexicon import ensure_lexicon

    ensure_lexicon(s.index_dir)
    typer.echo(f"built gazetteer index in {time.perf_counter() - t0:.1f}s: {s.index_dir}", err=True)


def register(app: typer.Typer) -> None:
    app.command("geocode")(geocode)
    app.add_typer(index_app, name="index")
