"""First-page latency of a bbox query, and the map in Chromium, at scale (default 1,000,000 synthetic events),
SQLite and PostGIS.

A script, not a pytest module (building a million-event store takes minutes):

    .venv/bin/python tests/benchmarks/bench_scale.py [--events 1000000] [--postgis URL] [--keep DIR]
        [--keep-postgis] [--map]

It times, for the Donbas box: the OGC items page (limit 100, numberMatched capped at 10,000 as /ogc does)
against the same page with an exact count (what every request did before), plus a small-box page whose
count stays exact. With --map it serves the store with a real uvicorn and times, in headless Chromium, the
map's first view (navigation to an idle map: summary, every tile in view drawn, borders) and pans/zooms to
new views (the move until every new tile is drawn), then reads the server's peak RSS (VmHWM).
--keep DIR keeps (and reuses) the SQLite file; --keep-postgis uses the URL's own schema and keeps it (filled
only when empty). Synthetic events are scattered over Ukraine and dated over five years; they are not real
incidents. Report the load average beside every figure: the box is shared.
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


# Moves after the first view (the first view fits Ukraine at zoom 6 on a 1280 x 800 window): each must bring
# a view whose tiles are not all drawn yet. JS run in the page; `m` is the Leaflet map.
MOVES = (
    ("pan east 600 px", "m.panBy([600, 0], {animate: false})"),
    ("zoom in (+1)", "m.setZoom(m.getZoom() + 1, {animate: false})"),
    ("pan south 400 px", "m.panBy([0, 400], {animate: false})"),
    ("jump to Donbas, zoom 9", "m.setView([48.0, 37.8], 9, {animate: false})"),
    ("zoom in (+3)", "m.setZoom(m.getZoom() + 3, {animate: false})"),
    ("zoom out to 5", "m.setView([48.5, 31.0], 5, {animate: false})"),
    # Filters the kept grid does not hold: the tiles group the events themselves.
    ("one month (the date boxes), zoom 5", "cm_dates('2024-03-01', '2024-03-31')"),
    ("one year, zoom 6", "m.setZoom(6, {animate: false}); cm_dates('2023-01-01', '2023-12-31')"),
    ("one type off, all dates", "cm_dates('', ''); cm_type('Protests')"),
)
# Set the panel's date boxes and type boxes as a reader does.
_FORM_JS = (
    "const cm_dates = (a, b) => { const s = document.querySelector('.cm-start'), e = document.querySelector('.cm-end');"
    " s.value = a; e.value = b; e.dispatchEvent(new Event('change')); };"
    " const cm_type = (t) => document.querySelector(`.cm-types input[data-type='${t}']`).click();"
)
IDLE_JS = "() => new Promise((done) => requestAnimationFrame(() => requestIdleCallback(() => done(null))))"


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def map_report(name: str, database_url: str, data_dir: Path, n: int) -> None:
    """The map over `database_url` in Chromium: three first views, then MOVES; the server's peak RSS."""
    sys.path.insert(0, str(ROOT / "tests" / "map"))
    from map_live import CHROMIUM, CHROMIUM_ARGS, PageWatch, live_server, map_settings
    from playwright.sync_api import sync_playwright

    settings = map_settings(data_dir)
    env = {"CONFLICTMAP_DATABASE_URL": database_url}
    with live_server(settings, env_extra=env) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = None
        for run in range(3):
            ctx = browser.new_context(viewport={"width": 1280, "height": 800})
            page = ctx.new_page()
            watch = PageWatch(page)
            t0 = time.perf_counter()
            page.goto(f"{base}/", wait_until="commit")
            page.wait_for_selector("html[data-cm-ready]", timeout=120_000)
            page.evaluate(IDLE_JS)
            first = time.perf_counter() - t0
            assert page.evaluate("conflictmap.scale") is True and page.evaluate("conflictmap.count()") == n
            assert watch.page_errors == [] and page.evaluate("conflictmap.errors") == []
            tiles = len([u for _, u in watch.requests if "/map/cells/" in u])
            print(
                f"  {name}: map first view {'(cold) ' if run == 0 else ''}{first:.2f} s, {tiles} tiles"
                f" (load avg {os.getloadavg()[0]:.1f})",
                flush=True,
            )
            if run < 2:
                ctx.close()
        slowest: list[float] = []
        page.on(
            "requestfinished", lambda r: "/map/cells/" in r.url and slowest.append(r.timing["responseEnd"])
        )
        for label, js in MOVES:
            # Let the mini-map finish following the last move (it re-centres the main map if still moving).
            page.wait_for_timeout(800)
            loads = page.evaluate("conflictmap.viewLoads")
            slowest.clear()
            t0 = time.perf_counter()
            page.evaluate(f"() => {{ const m = conflictmap.map; {_FORM_JS} {js}; }}")
            page.wait_for_function(f"conflictmap.viewLoads > {loads}", timeout=60_000)
            page.evaluate(IDLE_JS)
            took = time.perf_counter() - t0
            shown = page.evaluate("conflictmap.visibleTotal()")
            if "month" in label or "year" in label or "type" in label:
                # The panel counts exactly what the tiles show when every event is in view.
                counted = page.evaluate("conflictmap.count()")
                label += f" ({counted:,} counted)"
            print(
                f"  {name}: {label}: {took * 1000:.0f} ms to a drawn view (zoom"
                f" {page.evaluate('conflictmap.map.getZoom()')}, {shown:,} events in view; {len(slowest)} tiles,"
                f" slowest {max(slowest, default=0):.0f} ms)"
                f" (load avg {os.getloadavg()[0]:.1f})",
                flush=True,
            )
        assert page.evaluate("conflictmap.errors") == []
        browser.close()
        print(f"  {name}: server peak RSS {peak_rss_mb(base.pid):.0f} MB", flush=True)


def http_report(name: str, database_url: str, data_dir: Path) -> None:
    """The Donbas first page through the real server (OGC items and /api/events), median of 15."""
    sys.path.insert(0, str(ROOT / "tests" / "map"))
    import httpx
    from map_live import live_server, map_settings

    env = {"CONFLICTMAP_DATABASE_URL": database_url}
    with live_server(map_settings(data_dir), env_extra=env) as base, httpx.Client(timeout=60) as client:
        for label, path in (
            (
                "OGC items, Donbas bbox, limit 100",
                "/ogc/collections/events/items?bbox=36.5,47.0,40.3,49.7&limit=100",
            ),
            ("/api/events, Donbas bbox, limit 100", "/api/events?bbox=36.5,47.0,40.3,49.7&limit=100"),
        ):
            for _ in range(3):  # warm: the first requests open the store and its connections
                client.get(base + path)
            times = []
            for _ in range(15):
                t0 = time.perf_counter()
                r = client.get(base + path)  # one kept-alive connection, as a GIS client pages
                times.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
            print(
                f"  {name}: HTTP {label}: median {statistics.median(times):.1f} ms"
                f" (load avg {os.getloadavg()[0]:.1f})",
                flush=True,
            )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--postgis", default=os.environ.get("CONFLICTMAP_TEST_DATABASE_URL"))
    ap.add_argument("--keep", type=Path, help="reuse/keep the SQLite file in this directory")
    ap.add_argument("--keep-postgis", action="store_true", help="use and keep the URL's own schema")
    ap.add_argument("--map", action="store_true", help="also time the map in Chromium and HTTP first pages")
    ap.add_argument("--skip-sqlite", action="store_true")
    args = ap.parse_args()

    from app.store.sqlite import SQLiteStore

    folder = args.keep or Path(tempfile.mkdtemp(prefix="cm-scale-"))
    if not args.skip_sqlite:
        path = folder / f"scale-{args.events}.sqlite"
        fresh = not path.exists()
        store = SQLiteStore(path)
        if fresh:
            fill(store, args.events)
        report("SQLite", store)
        store.close()
        if args.map:
            with tempfile.TemporaryDirectory(prefix="cm-scale-srv-") as srv:
                http_report("SQLite", f"sqlite:///{path}", Path(srv))
                map_report("SQLite", f"sqlite:///{path}", Path(srv), args.events)
        if not args.keep:
            path.unlink()
    if args.postgis:
        from app.store.postgis import PostgisStore

        schema = None if args.keep_postgis else f"scale_{uuid.uuid4().hex[:8]}"
        pg = PostgisStore(args.postgis, schema=schema)
        try:
            if pg.count() == 0:
                fill(pg, args.events)
                with pg._pool.connection() as conn:
                    # VACUUM sets the visibility map the index-only counts rely on (autovacuum does it in time).
                    conn.autocommit = True
                    conn.execute("VACUUM ANALYZE events")
            report("PostGIS", pg)
            if args.map and schema is None:
                with tempfile.TemporaryDirectory(prefix="cm-scale-srv-") as srv:
                    http_report("PostGIS", args.postgis, Path(srv))
                    map_report("PostGIS", args.postgis, Path(srv), args.events)
        finally:
            if schema is not None:
                pg.drop_schema()
            pg.close()


if __name__ == "__main__":
    main()
