"""Throughput of /ogc/collections/events/items?limit=100 over 10,000 events, against pygeoapi on the same data.

A script, not a pytest module (it runs servers and wrk for about a minute):

    .venv/bin/python tests/benchmarks/bench_ogc_wrk.py [--events 10000] [--duration 10s] [--workers 1]

Needs `wrk` and GDAL's `ogr2ogr` (apt-get install -y wrk gdal-bin). pygeoapi lives in its own venv so
it never touches the project's: by default /tmp/pygeoapi-venv, made from Debian's python3 (its sqlite3
can load mod_spatialite, which pygeoapi's SQLite/GeoPackage provider needs):

    /usr/bin/python3 -m venv /tmp/pygeoapi-venv
    /tmp/pygeoapi-venv/bin/pip install pygeoapi==0.21.0 uvicorn starlette
    apt-get install -y libsqlite3-mod-spatialite

(pygeoapi 0.22 and later need Python >= 3.12; this machine has 3.11.) Every server gets the same
uvicorn, the same worker count and the same wrk command; only the application differs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.extract.model import EVENT_TYPES, Event  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store import open_store  # noqa: E402

PLACES = [
    ("Kharkiv", 49.99, 36.23), ("Kherson", 46.64, 32.62), ("Pokrovsk", 48.28, 37.18), ("Odesa", 46.48, 30.72),
    ("Zaporizhzhia", 47.84, 35.14), ("Sumy", 50.91, 34.80), ("Dnipro", 48.46, 35.05), ("Kramatorsk", 48.72, 37.56),
]  # fmt: skip
OUTLETS = ["Test Wire", "Example Daily", "Sample Radio"]


def synthetic_events(n: int, *, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    types = list(EVENT_TYPES.items())
    out = []
    for i in range(n):
        place, lat, lon = rng.choice(PLACES)
        etype, subs = rng.choice(types)
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append(
            Event(
                id=f"cm-bench-{i:05d}",
                event_date=day,
                time_precision=1,
                event_type=etype,
                sub_event_type=rng.choice(subs),
                lat=round(lat + rng.uniform(-0.3, 0.3), 5),
                lon=round(lon + rng.uniform(-0.3, 0.3), 5),
                location=place,
                country="Ukraine",
                country_code="UA",
                geo_precision=rng.choice((1, 2)),
                fatalities=rng.choice((None, 0, 1, 2, 5)),
                injured=rng.choice((None, 0, 3, 7)),
                source={
                    "title": f"Bench report {i}",
                    "outlet": rng.choice(OUTLETS),
                    "url": None,
                    "published": day,
                },
                notes=f"Synthetic benchmark event {i} near {place}; no real incident.",
                article=f"bench-article-{i // 3:05d}",
                confidence=round(rng.uniform(0.3, 0.95), 2),
            )
        )
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, proc: subprocess.Popen, log: Path, timeout_s: float = 300.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited early:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"server not up after {timeout_s:.0f} s:\n{log.read_text()[-3000:]}")


def start(cmd: list[str], env: dict[str, str], log: Path, probe: str) -> subprocess.Popen:
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    wait_up(probe, proc, log)
    return proc


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def run_wrk(url: str, *, duration: str, threads: int, connections: int) -> dict[str, float | str]:
    # --timeout 10s: wrk's default (2 s) would drop pygeoapi's slow answers from its latency figures.
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}", "--timeout", "10s", "--latency", url]
    # A short warm-up so first-request costs (imports, caches, page cache) are not measured.
    subprocess.run([*cmd[:3], "-d2s", url], capture_output=True, check=True)
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"^\s+50%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"timeout (\d+)", out)
    return {
        "command": " ".join(cmd),
        "rps": rps,
        "p50_ms": float(p50.group(1)) * _UNITS[p50.group(2)],
        "p99_ms": float(p99.group(1)) * _UNITS[p99.group(2)],
        "non_2xx": int(errors.group(1)) if errors else 0,
        # Requests wrk gave up on count in neither req/s nor latency.
        "timeouts": int(timeouts.group(1)) if timeouts else 0,
    }


def check_page(url: str, expect: int) -> None:
    with urllib.request.urlopen(url, timeout=60) as r:
        body = json.loads(r.read())
    got = len(body["features"])
    if got != expect:
        sys.exit(f"{url} returned {got} features, expected {expect}")


PYGEOAPI_CONFIG = """\
server:
  bind: {{host: 127.0.0.1, port: {port}}}
  url: http://127.0.0.1:{port}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  language: en-US
  cors: false
  pretty_print: false
  limits: {{default_items: 10, max_items: 10000}}
  map: {{url: "https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png", attribution: OSM}}
logging:
  level: ERROR
metadata:
  identification:
    title: bench
    description: bench
    keywords: [bench]
    keywords_type: theme
    terms_of_service: https://example.org
    url: https://example.org
  license: {{name: CC-BY 4.0, url: https://creativecommons.org/licenses/by/4.0/}}
  provider: {{name: bench, url: https://example.org}}
  contact: {{name: bench, position: bench, address: x, city: x, stateorprovince: x, postalcode: x, country: x, phone: x, fax: x, email: x@example.org, url: https://example.org, hours: x, instructions: x, role: pointOfContact}}
resources:
  events_geojson:
    type: collection
    title: events (GeoJSON file)
    description: the same 10,000 events
    keywords: [events]
    extents:
      spatial: {{bbox: [-180, -90, 180, 90], crs: http://www.opengis.net/def/crs/OGC/1.3/CRS84}}
    providers:
      - type: feature
        name: GeoJSON
        data: {geojson}
        id_field: id
  events_gpkg:
    type: collection
    title: events (GeoPackage)
    description: the same 10,000 events
    keywords: [events]
    extents:
      spatial: {{bbox: [-180, -90, 180, 90], crs: http://www.opengis.net/def/crs/OGC/1.3/CRS84}}
    providers:
      - type: feature
        name: SQLiteGPKG
        data: {gpkg}
        id_field: id
        table: events
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--duration", default="10s")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--workers", type=int, default=1, help="uvicorn workers, the same for every server")
    ap.add_argument("--pygeoapi-venv", type=Path, default=Path("/tmp/pygeoapi-venv"))
    ap.add_argument("--skip-pygeoapi", action="store_true")
    args = ap.parse_args()
    for tool in ("wrk", "ogr2ogr"):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found: apt-get install -y wrk gdal-bin")

    work = Path(tempfile.mkdtemp(prefix="conflictmap-bench-"))
    events = synthetic_events(args.events)
    records = [e.to_record() for e in events]

    # conflictmap: a private SQLite store.
    base = Settings()
    settings = base.model_copy(update={"data_dir": work, "load_demo": False, "gazetteer_dir": base.index_dir})
    store = open_store(settings)
    t0 = time.perf_counter()
    store.add_events(records, origin="demo")
    n = store.count()
    store.close()
    print(f"loaded {n} events into {settings.sqlite_path} in {time.perf_counter() - t0:.1f} s")

    # pygeoapi: the same events as a GeoJSON file and as a GeoPackage made from it by GDAL.
    geojson = work / "events.geojson"
    geojson.write_text(
        json.dumps({"type": "FeatureCollection", "features": [e.to_feature() for e in events]})
    )
    gpkg = work / "events.gpkg"
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(gpkg), str(geojson), "-nln", "events"], check=True)

    results: list[tuple[str, dict]] = []
    port = free_port()
    env = {**os.environ, "CONFLICTMAP_DATA_DIR": str(work), "CONFLICTMAP_LOAD_DEMO": "false",
           "CONFLICTMAP_GAZETTEER_DIR": str(base.index_dir), "CONFLICTMAP_DATABASE_URL": ""}  # fmt: skip
    cmd = [sys.executable, "-m", "uvicorn", "--factory", "app.api:create_app", "--host", "127.0.0.1",
           "--port", str(port), "--workers", str(args.workers), "--no-access-log", "--log-level", "warning"]  # fmt: skip
    print("conflictmap:", " ".join(cmd[1:]))
    proc = start(cmd, env, work / "conflictmap.log", f"http://127.0.0.1:{port}/healthz")
    try:
        url = f"http://127.0.0.1:{port}/ogc/collections/events/items?limit=100"
        check_page(url, 100)
        results.append(("conflictmap (SQLite store)", run_wrk(url, duration=args.duration, threads=args.threads,
                                                              connections=args.connections)))  # fmt: skip
        print(f"  {results[-1][1]['rps']:.1f} req/s, p99 {results[-1][1]['p99_ms']:.1f} ms", flush=True)
    finally:
        stop(proc)

    py = args.pygeoapi_venv / "bin" / "python"
    if not args.skip_pygeoapi:
        if not py.exists():
            sys.exit(f"no pygeoapi venv at {args.pygeoapi_venv} (see this script's docstring)")
        port = free_port()
        cfg = work / "pygeoapi.yml"
        cfg.write_text(PYGEOAPI_CONFIG.format(port=port, geojson=geojson, gpkg=gpkg))
        oas = work / "pygeoapi-openapi.yml"
        penv = {**os.environ, "PYGEOAPI_CONFIG": str(cfg), "PYGEOAPI_OPENAPI": str(oas)}
        subprocess.run([str(args.pygeoapi_venv / "bin" / "pygeoapi"), "openapi", "generate", str(cfg),
                        "--output-file", str(oas)], env=penv, check=True, capture_output=True)  # fmt: skip
        version = subprocess.run([str(py), "-c", "import pygeoapi; print(pygeoapi.__version__)"],
                                 capture_output=True, text=True).stdout.strip()  # fmt: skip
        pcmd = [str(py), "-m", "uvicorn", "pygeoapi.starlette_app:APP", "--host", "127.0.0.1", "--port", str(port),
                "--workers", str(args.workers), "--no-access-log", "--log-level", "warning"]  # fmt: skip
        print(f"pygeoapi {version}:", " ".join(pcmd[1:]))
        proc = start(pcmd, penv, work / "pygeoapi.log", f"http://127.0.0.1:{port}/conformance?f=json")
        try:
            for coll, label in (
                ("events_geojson", "GeoJSON provider"),
                ("events_gpkg", "SQLiteGPKG provider"),
            ):
                url = f"http://127.0.0.1:{port}/collections/{coll}/items?limit=100"
                check_page(url, 100)
                res = run_wrk(url, duration=args.duration, threads=args.threads, connections=args.connections)
                results.append((f"pygeoapi {version} ({label})", res))
                print(f"  {label}: {res['rps']:.1f} req/s, p99 {res['p99_ms']:.1f} ms", flush=True)
        finally:
            stop(proc)
        errors = sorted(
            {ln.strip() for ln in (work / "pygeoapi.log").read_text().splitlines() if "Error" in ln}
        )
        for line in errors[:3]:
            print(f"  pygeoapi log: {line[:200]}")

    print()
    print(f"{'server':42} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'non-2xx':>8} {'timeouts':>8}")
    for name, r in results:
        print(
            f"{name:42} {r['rps']:9.1f} {r['p50_ms']:9.2f} {r['p99_ms']:9.2f} {r['non_2xx']:8d} {r['timeouts']:8d}"
        )
    print()
    for name, r in results:
        print(f"{name}: {r['command']}")
    ours = results[0][1]
    for name, r in results[1:]:
        print(f"conflictmap / {name}: {ours['rps'] / r['rps']:.1f}x requests/s")
    print(f"conflictmap p99 {ours['p99_ms']:.1f} ms (goal <= 50 ms)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
