"""app.store: event persistence. `open_store(settings)` picks SQLite (default) or PostGIS (a postgresql:// URL)."""

from __future__ import annotations

from app.errors import StoreError
from app.settings import Settings
from app.store.base import EventFilter, Store
from app.store.demo import DEMO_CSV, load_demo_events, read_demo_records

__all__ = ["DEMO_CSV", "EventFilter", "Store", "load_demo_events", "open_store", "read_demo_records"]


def open_store(settings: Settings) -> Store:
    """The store `settings` point at: CONFLICTMAP_DATABASE_URL if set, else data_dir/conflictmap.sqlite."""
    url = settings.database_url
    if not url:
        from app.store.sqlite import SQLiteStore

        return SQLiteStore(settings.sqlite_path)
    if url.startswith(("postgresql://", "postgres://")):
        from app.store.postgis import PostgisStore

        # One connection for each thread that may read at once (handlers and compute slots), so requests
        # never queue for a connection behind the thread pool; 10 at least, psycopg_pool's usual size.
        return PostgisStore(url, max_size=max(10, settings.threads + settings.compute_slots))
    if url.startswith("sqlite:///"):
        from app.store.sqlite import SQLiteStore

        return SQLiteStore(url.removeprefix("sqlite:///"))
    raise StoreError("CONFLICTMAP_DATABASE_URL must start with postgresql:// or sqlite:///")
