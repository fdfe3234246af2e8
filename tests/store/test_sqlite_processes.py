"""Several processes writing one SQLite store at once: the same result as writing it alone."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from app.extract.model import Article, Event
from app.store import EventFilter
from app.store.sqlite import SQLiteStore

PLACES = [(50.45 + i * 0.3, 30.52 + i * 0.4) for i in range(12)]


def _article(n: int) -> tuple[Article, list[Event]]:
    """Article n reports a strike at place n % 12 on day n % 5: articles 60 apart report the same strike."""
    lat, lon = PLACES[n % len(PLACES)]
    day = f"2025-12-{20 + n % 5:02d}"
    art = Article(id=f"p-{n:03d}", text=f"report {n}", outlet=f"Outlet {n % 4}", published="2025-12-28")
    ev = Event(
        id=f"cm-p{n:03d}",
        event_date=day,
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        lat=lat + (n % 3) * 0.01,  # about 1 km apart: the same strike placed slightly differently
        lon=lon,
        location=f"Place {n % len(PLACES)}",
    )
    return art, [ev]


def _worker(args: tuple[str, list[int]]) -> int:
    path, numbers = args
    store = SQLiteStore(Path(path))
    try:
        for n in numbers:
            store.ingest(*_article(n))
        return len(numbers)
    finally:
        store.close()


def _summary(store: SQLiteStore) -> list[tuple[str, int]]:
    rows, _ = store.query(EventFilter())
    return sorted((r["event_date"] + r["location"], len(r["sources"])) for r in rows)


def test_four_processes_give_the_same_store_as_one(tmp_path):
    numbers = list(range(180))
    alone = SQLiteStore(tmp_path / "alone.sqlite")
    for n in numbers:
        alone.ingest(*_article(n))

    shared = tmp_path / "shared.sqlite"
    # Each process gets every 4th article, and all of them again: concurrent duplicates and re-ingests.
    jobs = [(str(shared), numbers[k::4] + numbers[::-1][k::4]) for k in range(4)]
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        assert sum(pool.map(_worker, jobs)) == 2 * len(numbers)

    together = SQLiteStore(shared)
    try:
        assert together.check()
        assert together.count() == alone.count() == 60
        assert _summary(together) == _summary(alone)
    finally:
        together.close()
        alone.close()


def test_readers_open_and_query_while_a_writer_holds_the_lock(tmp_path):
    import sqlite3
    import time

    path = tmp_path / "events.sqlite"
    SQLiteStore(path).close()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # what a bulk ingest holds between articles' commits
    try:
        t0 = time.monotonic()
        reader = SQLiteStore(path, busy_timeout_s=5)
        try:
            assert reader.count() == 0
            assert reader.query(EventFilter(bbox=(20, 40, 40, 55))) == ([], 0)
        finally:
            reader.close()
        assert time.monotonic() - t0 < 2
    finally:
        writer.execute("ROLLBACK")
        writer.close()
