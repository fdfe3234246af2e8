"""app.api.watcher: with CONFLICTMAP_WATCH=true the server polls its registered feeds itself, in one
background thread, every CONFLICTMAP_WATCH_EVERY_S seconds. Every worker process that has it on polls;
ingest is idempotent, but one watching process (or `conflictmap watch` beside the server) is enough."""

from __future__ import annotations

import threading
from collections.abc import Callable

from fastapi import FastAPI

from app.settings import Settings


def start_watcher(app: FastAPI, settings: Settings) -> Callable[[], None]:
    """Start polling; returns the function that stops it (and waits for the poll under way)."""
    from app.extract import extract_events
    from app.geocode import Geocoder
    from app.newsroom.fetch import Fetcher
    from app.newsroom.watch import Watcher

    store = app.state.store
    geocoder = Geocoder(app.state.gazetteer)
    fetcher = Fetcher(settings)
    watcher = Watcher(
        store, fetcher, lambda article: store.ingest(article, extract_events(article, geocoder))
    )
    stop = threading.Event()
    thread = threading.Thread(
        target=watcher.run,
        args=(lambda: [f["url"] for f in store.feeds.feeds()],),
        kwargs={"every_s": settings.watch_every_s, "stop": stop},
        name="conflictmap-watch",
        daemon=True,
    )
    thread.start()

    def stop_watcher() -> None:
        stop.set()
        thread.join(timeout=settings.fetch_timeout_s + 10)
        fetcher.close()

    return stop_watcher
