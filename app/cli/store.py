"""app.cli.store: `ingest` (articles -> extracted events -> the store) and `check-store`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import orjson
import typer

from app.errors import StoreError
from app.settings import Settings


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("check-store")(check_store_command)


def ingest_command(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Plain-text articles: first line the title, then the text.")
    ] = None,
    input: Annotated[
        str | None, typer.Option("--input", "-i", help="Article records as JSON Lines; - reads stdin.")
    ] = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for .txt files.")
    ] = None,
    urls: Annotated[
        list[str] | None,
        typer.Option(
            "--url", help="A news page to fetch and read (repeatable); its id is the canonical URL."
        ),
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print a JSON summary on stdout.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract events from articles and store them; running it again on the same articles changes nothing.

    Examples: conflictmap ingest --input reports.jsonl;
    conflictmap ingest --url https://example.org/news/strike-on-sumy --url https://example.org/news/kharkiv
    (a page that cannot be fetched or read is reported and skipped; the exit status is then 1)
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from app.extract import Extractor
    from app.extract.ner_process import start as start_ner
    from app.extract.reader import read_articles
    from app.gazetteer import load_gazetteer
    from app.geocode import Geocoder
    from app.newsroom.fetch import check_url
    from app.pipeline import ingest_articles
    from app.store import open_store

    # Everything is read and validated first: bad input exits 2 before the store is touched.
    pages = [check_url(u, param="--url") for u in urls or []]
    articles = read_articles(input, files or [], published=published) if input or files or not pages else []
    settings = Settings()
    failed = _fetch_pages(pages, settings, articles, published, quiet) if pages else []
    helper = start_ner(settings.ner_model)  # the NER model's helper process, before the gazetteer loads
    geocoder = Geocoder(load_gazetteer(settings))
    extractor = Extractor(geocoder, settings, recogniser=helper)
    extractor.plan(articles)
    store = open_store(settings)
    try:
        progress = Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("articles"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            disable=quiet,
        )
        with progress:
            task = progress.add_task("ingest", total=len(articles))
            result = ingest_articles(
                store,
                articles,
                geocoder,
                extract=lambda article, _geocoder: extractor.events(article),
                on_article=lambda _a, _ids: progress.advance(task),
            )
        total = store.count()
    finally:
        store.close()
        if helper is not None:
            helper.close()
    typer.echo(
        f"ingested {result.articles} articles: {result.events} events stored; the store holds {total} events",
        err=True,
    )
    if json_out:
        summary = {"articles": result.articles, "events": result.events, "store_events": total}
        if pages:
            summary["failed"] = failed
        sys.stdout.write(orjson.dumps(summary).decode() + "\n")
    if failed:
        raise typer.Exit(code=1)


def _fetch_pages(
    urls: list[str], settings: Settings, articles: list, published: str | None, quiet: bool
) -> list[dict[str, str]]:
    """Fetch and read each page into `articles`; the ones that fail are reported (and returned), not fatal."""
    from app.errors import FetchError
    from app.newsroom.fetch import Fetcher
    from app.newsroom.page import fetch_article

    failed = []
    with Fetcher(settings) as fetcher:
        for url in urls:
            try:
                articles.append(fetch_article(fetcher, url, published=published))
                if not quiet:
                    typer.echo(f"fetched {url}", err=True)
            except FetchError as exc:
                typer.echo(f"conflictmap: cannot ingest {url}: {exc}", err=True)
                failed.append({"url": url, "reason": str(exc)})
    return failed


def check_store_command() -> None:
    """Open the store and run its integrity check (exit 1 if it fails)."""
    from app.store import open_store

    store = open_store(Settings())
    try:
        ok = store.check()
        n = store.count()
    except StoreError as exc:
        typer.echo(f"conflictmap: error: {exc}", err=True)
        raise typer.Exit(code=1) from None
    finally:
        store.close()
    typer.echo(f"{'ok' if ok else 'FAILED'}: {n} events", err=not ok)
    if not ok:
        raise typer.Exit(code=1)
