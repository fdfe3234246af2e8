"""app.cli.text: `conflictmap geoparse`, `extract` and `claims` — articles in, JSON Lines out."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
import typer

from app.settings import Settings

INPUT = typer.Option(None, "--input", "-i", help="JSON Lines of article records, or - for stdin")
FILES = typer.Argument(None, help="Plain .txt articles (first line = title)")
PUBLISHED = typer.Option(None, "--published", help="YYYY-MM-DD publication date for .txt inputs")


def read_inputs(input_: str | None, files: list[Path] | None, published: str | None) -> list:
    """All articles, validated before anything is written (the same validator as ingest and the HTTP API)."""
    from app.extract.reader import read_articles

    return read_articles(input_, files or [], published=published)


def extractor(recogniser=None):
    from app.extract import Extractor
    from app.gazetteer import load_gazetteer
    from app.geocode import Geocoder

    return Extractor(Geocoder(load_gazetteer(Settings())), recogniser=recogniser)


@contextmanager
def extracting(articles: list):
    """An Extractor for these articles, its NER model started first in a helper process so that spaCy's
    import, load and run overlap the gazetteer's load and the rules' work here (app.extract.ner_process)."""
    from app.extract.ner_process import start

    helper = start(Settings().ner_model)
    try:
        ex = extractor(helper)
        ex.plan(articles)
        yield ex
    finally:
        if helper is not None:
            helper.close()


def progress(items: list, label: str) -> Iterator:
    """A rich progress bar on stderr when the input is large enough to wait for."""
    if len(items) < 20 or not sys.stderr.isatty() and len(items) < 200:
        yield from items
        return
    from rich.progress import track

    yield from track(items, description=label, console=_stderr_console(), transient=True)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _emit(records: Iterator[dict]) -> None:
    out = sys.stdout.buffer
    for rec in records:
        out.write(orjson.dumps(rec) + b"\n")
    out.flush()


def geoparse(
    input_: str | None = INPUT, files: list[Path] | None = FILES, published: str | None = PUBLISHED
) -> None:
    """Toponym mentions, resolved in context: JSON Lines, one mention per line."""
    articles = read_inputs(input_, files, published)
    with extracting(articles) as ex:
        _emit(m.to_record() for a in progress(articles, "geoparse") for m in ex.geoparse(a))


def extract(
    input_: str | None = INPUT,
    files: list[Path] | None = FILES,
    published: str | None = PUBLISHED,
    fmt: str = typer.Option("jsonl", "--format", help="jsonl or geojson (a FeatureCollection)"),
) -> None:
    """ACLED-coded conflict events: JSON Lines (properties + lat/lon) or a GeoJSON FeatureCollection."""
    from app.errors import InvalidQuery

    if fmt not in ("jsonl", "geojson"):
        raise InvalidQuery("must be jsonl or geojson", param="--format")
    articles = read_inputs(input_, files, published)
    with extracting(articles) as ex:
        events = (e for a in progress(articles, "extract") for e in ex.events(a))
        if fmt == "geojson":
            fc = {"type": "FeatureCollection", "features": [e.to_feature() for e in events]}
            sys.stdout.buffer.write(orjson.dumps(fc) + b"\n")
            return
        _emit(e.to_record() for e in events)


def claims(
    input_: str | None = INPUT, files: list[Path] | None = FILES, published: str | None = PUBLISHED
) -> None:
    """Distance statements found in the text, measured on the ellipsoid, with a verdict."""
    articles = read_inputs(input_, files, published)
    with extracting(articles) as ex:
        _emit(c for a in progress(articles, "claims") for c in ex.claims(a))


def register(app: typer.Typer) -> None:
    app.command("geoparse")(geoparse)
    app.command("extract")(extract)
    app.command("claims")(claims)
