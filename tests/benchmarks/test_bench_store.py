"""Benchmarks: store reads over 10,000 events (first page, bbox, near) and per-article ingest, both backends.

Run with `make bench`; the plain test run only checks the answers.
"""

from __future__ import annotations

import random

import pytest
from pgtest import postgis_url, with_search_path

from app.extract.model import Article, Event
from app.store import EventFilter
from app.store.postgis import PostgisStore
from app.store.sqlite import SQLiteStore

N = 10_000


def _records() -> list[dict]:
    rnd = random.Random(20251228)
    kinds = [("Explosions/Remote violence", "Air/drone strike"), ("Battles", "Armed clash")]
    out = []
    for i in range(N):
        kind = kinds[i % 2]
        out.append(
            {
                "id": f"b{i:05d}",
                "event_date": f"2025-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                "time_precision": 1,
                "event_type": kind[0],
                "sub_event_type": kind[1],
                "location": f"Place {i}",
                "country": "Ukraine",
                "country_code": "UA",
                "lat": rnd.uniform(44.5, 52.0),
                "lon": rnd.uniform(22.5, 40.0),
                "fatalities": rnd.choice([None, 0, 1, 2, 5]),
                "source": {
                    "title": "Bench report",
                    "outlet": "Bench",
                    "url": None,
                    "published": "2025-12-28",
                },
                "notes": "Synthetic benchmark event spread over Ukraine.",
            }
        )
    return out


@pytest.fixture(scope="module", params=["sqlite", "postgis"])
def full_store(request, tmp_path_factory):
    if request.param == "sqlite":
        store = SQLiteStore(tmp_path_factory.mktemp("bench") / "events.sqlite")
    else:
        import psycopg

        url = postgis_url()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DROP SCHEMA IF EXISTS bench_store CASCADE")
            conn.execute("CREATE SCHEMA bench_store")
        store = PostgisStore(with_search_path(url, "bench_store"))
    store.add_events(_records(), origin="acled")
    try:
        yield store
    finally:
        store.close()
        if request.param == "postgis":
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("DROP SCHEMA IF EXISTS bench_store CASCADE")


def test_bench_first_page_of_100(benchmark, full_store):
    rows, total = benchmark(full_store.query, EventFilter(limit=100))
    assert (len(rows), total) == (100, N)


def test_bench_bbox_page(benchmark, full_store):
    rows, total = benchmark(full_store.query, EventFilter(bbox=(30.0, 49.0, 32.0, 51.0), limit=100))
    assert 0 < total < N and len(rows) == min(100, total)


def test_bench_near_50_km(benchmark, full_store):
    rows, total = benchmark(full_store.query, EventFilter(near=(50.45, 30.52), within_km=50.0, limit=100))
    assert 0 < total < 500


def test_bench_ingest_one_article(benchmark, full_store):
    counter = iter(range(10**9))

    def ingest_one():
        n = next(counter)
        art = Article(id=f"bench-{n}", text="x", outlet="Bench", published="2025-12-28")
        ev = Event(
            id=f"cm-bench-{n}", event_date="2025-12-27", time_precision=1,
            event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
            lat=48.0 + (n % 1000) * 0.001, lon=35.0, location="Bench town",
        )  # fmt: skip
        return full_store.ingest(art, [ev])

    assert len(benchmark(ingest_one)) == 1
