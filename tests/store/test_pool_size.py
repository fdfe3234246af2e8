"""The PostGIS pool is as large as the threads that may read at once, so no request queues for a connection."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.store import open_store
from app.store.base import EventFilter


def test_every_reading_thread_gets_a_connection(tmp_settings, pg_schema_url):  # noqa: F811
    settings = tmp_settings.model_copy(
        update={"database_url": pg_schema_url, "threads": 12, "compute_slots": 3}
    )
    store = open_store(settings)
    try:
        assert store._pool.max_size == 15
        with ThreadPoolExecutor(15) as pool:
            pages = list(pool.map(lambda _: store.query(EventFilter(limit=5)), range(60)))
        assert all(page == ([], 0) for page in pages)
    finally:
        store.close()
    small = open_store(tmp_settings.model_copy(update={"database_url": pg_schema_url, "threads": 2}))
    try:
        assert small._pool.max_size == 10  # never below psycopg_pool's usual 10
    finally:
        small.close()
