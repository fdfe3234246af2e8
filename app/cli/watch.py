"""app.cli.watch: `conflictmap watch FEED_URL... [--every 15m] [--once]`, the feed poller."""

from __future__ import annotations

import logging
import sys
import time
from typing import Annotated

import orjson
import typer

from app.errors import InvalidQuery
from app.settings import Settings


def register(app: typer.Typer) -> None:
    app.command("watch")(watch_command)


def watch_command(
    feeds: Annotated[
        list[str] | None,
        typer.Argument(
            help="RSS/Atom feed URLs; they are registered in the store. None: every registered feed."
        ),
    ] = None,
    every: Annotated[str, typer.Option("--every", help="Time between polls: 30s, 15m, 1h.")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once, then exit.")] = False,
    json_out: Annotated[
        bool, typer.Option("--json", help="One JSON summary line per feed and poll.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No line per item.")] = False,
) -> None:
    """Poll feeds, fetch each new item's page, extract and store its events; Ctrl-C stops.

    A feed or page that fails is reported with the reason and retried on a later poll; the loop goes on.
    Items already ingested are remembered in the store, so a restart never ingests twice.

    Example: conflictmap watch https://example.org/ukraine/rss.xml --every 10m
    """
    from app.extract import extract_events
    from app.gazetteer import load_gazetteer
    from app.geocode import Geocoder
    from app.newsroom.fetch import Fetcher, check_url
    from app.newsroom.watch import Watcher, parse_every
    from app.store import open_store

    urls = [check_url(u, param="FEED_URL") for u in feeds or []]
    try:
        every_s = parse_every(every)
    except ValueError:
        raise InvalidQuery(f"{every!r} is not a duration like 30s, 15m or 1h", param="--every") from None
    logging.basicConfig(level=logging.WARNING, format="conflictmap: %(message)s", stream=sys.stderr)
    settings = Settings()
    store = open_store(settings)
    geocoder = Geocoder(load_gazetteer(settings))
    for url in urls:
        store.feeds.add_feed(url, by="cli")
    if not store.feeds.feeds():
        store.close()
        raise InvalidQuery("no feeds: give FEED_URL arguments (they are remembered)", param="FEED_URL")

    def ingest(article):
        return store.ingest(article, extract_events(article, geocoder))

    def on_item(feed: str, link: str, what: str) -> None:
        if not quiet:
            typer.echo(f"  {link}: {what}", err=True)

    def on_cycle(results) -> None:
        took = time.monotonic() - started[0]
        for r in results:
            if json_out:
                sys.stdout.write(orjson.dumps({**r.to_dict(), "seconds": round(took, 2)}).decode() + "\n")
                sys.stdout.flush()
            typer.echo(r.line(), err=True)
        ingested = sum(r.ingested for r in results)
        events = sum(r.events for r in results)
        errors = sum(r.status == "error" for r in results)
        typer.echo(
            f"polled {len(results)} feeds in {took:.1f} s: {ingested} articles ingested, {events} events, "
            f"{sum(r.failed for r in results)} pages failed, {errors} feeds failed; the store holds "
            f"{store.count()} events",
            err=True,
        )
        started[0] = time.monotonic()

    started = [time.monotonic()]
    with Fetcher(settings) as fetcher:
        watcher = Watcher(store, fetcher, ingest, on_item=on_item)
        try:
            watcher.run(
                lambda: urls or [f["url"] for f in store.feeds.feeds()],
                every_s=every_s,
                once=once,
                on_cycle=on_cycle,
            )
        except KeyboardInterrupt:
            typer.echo("stopped", err=True)
        finally:
            store.close()
