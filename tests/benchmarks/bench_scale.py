"""First-page latency of a bbox query at scale (default 1,000,000 synthetic events), SQLite and PostGIS.

A script, not a pytest module (building a million-event store takes minutes):

    .venv/bin/python tests/benchmarks/bench_scale.py [--events 1000000] [--postgis URL] [--keep DIR]

It times, for the Donbas box: the OGC items page (limit 100, numberMatched capped at 10,000 as /ogc does)
against the same page with an exact count (what every request did before), plus a small-box page whose
count stays exact. Synthetic events are scattered over Ukraine and dated over five years; they are
not real incidents. Report the load average beside every figure: the box is shared.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.extract.model import EVENT_TYPES  # noqa: E402
from app.store.base import EventFilter  # noqa: E402

DONBAS = (36.5, 47.0, 40.3, 49.7)
SMALL = (36.20, 49.95, 36.27, 50.02)  # a few km around central Kharkiv
COUNT_LIMIT = 10_000


def records(n: int, seed: int = 11):
    rng = random.Random(seed)
    types = list(EVENT_TYPES.items())
    for i in range(n):
        etype, subs = rng.choice(types)
        lat, lon = rng.uniform(44.4, 52.3), rng.uniform(22.2, 40.2)
        day = f"{rng.randint(2021, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield {
            "id": f"cm-scale-{i:07d}", "event_date": day, "time_precision": 1, "event_type": etype,
            "sub_event_type": rng.choice(subs), "lat": lat, "lon": lon, "location": f"Place {i % 5000}",
            "country": "Ukraine", "country_code": "UA", "geo_precision": 1,
            "fatalities": rng.choice((None, 0, 1, 3)), "claim_status": "reported",
            "notes": f"Synthetic scale event {i}; no real incident.", "confidence": 0.5,
        }  # fmt: skip


def fill(store, n: int) -> None:
    batch, t0 = [], time.perf_counter()
    for rec in records(n):
        batch.append(rec)
        if len(batch) == 20_000:
            store.add_events(batch, origin="demo")
            batch.clear()
    if batch:
        store.add_events(batch, origin="demo")
    print(f"  loaded {n:,} events in {time.perf_counter() - t0:.0f} s", flush=True)


def timed(store, flt: EventFilter, runs: int = 7) -> tuple[float, int | None]:
    store.query(flt)  # warm the cache
    times, total = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        _, total = store.query(flt)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), total


def report(name: str, store) -> None:
    load = os.getloadavg()[0]
    for label, flt in (
        (
            "Donbas bbox, count capped (OGC items)",
            EventFilter(bbox=DONBAS, limit=100, count_limit=COUNT_LIMIT),
        ),
        ("Donbas bbox, exact count (before)", EventFilter(bbox=DONBAS, limit=100)),
        ("Kharkiv small bbox, count capped", EventFilter(bbox=SMALL, limit=100, count_limit=COUNT_LIMIT)),
        ("no filter, count capped", EventFilter(limit=100, count_limit=COUNT_LIMIT)),
    ):
        ms, total = timed(store, flt)
        print(
            f"  {name}: {label}: median {ms:.1f} ms, numberMatched {total} (load avg {load:.1f})", flush=True
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--postgis", default=os.environ.get("CONFLICTMAP_TEST_DATABASE_URL"))
    ap.add_argument("--keep", type=Path, help="reuse/keep the SQLite file in this directory")
    args = ap.parse_args()

    from app.store.sqlite import SQLiteStore

    folder = args.keep or Path(tempfile.mkdtemp(prefix="cm-scale-"))
    path = folder / f"scale-{args.events}.sqlite"
    fresh = not path.exists()
    store = SQLiteStore(path)
    if fresh:
        fill(store, args.events)
    report("SQLite", store)
    store.close()
    if not args.keep:
        path.unlink()
    if args.postgis:
        from app.store.postgis import PostgisStore

        pg = PostgisStore(args.postgis, schema=f"scale_{uuid.uuid4().hex[:8]}")
        try:
            fill(pg, args.events)
            with pg._pool.connection() as conn:
                conn.execute("ANALYZE events")
            report("PostGIS", pg)
        finally:
            pg.drop_schema()
            pg.close()


if __name__ == "__main__":
    main()
