"""Latency under load: /ogc/collections/events/items?limit=100 over 10,000 events, beside tipg and pygeoapi.

A script, not a pytest module (it runs servers and wrk for a few minutes):

    .venv/bin/python tests/benchmarks/bench_ogc_wrk.py [--events 10000] [--connections 8,64] [--workers 2]
        [--postgis postgresql://...]  [--skip-tipg] [--skip-pygeoapi] [--json out.json]

Servers, each started alone, warmed up, then measured with the same `wrk --latency` at every connection count:
conflictmap on a private SQLite store; conflictmap on PostGIS (a private schema, loaded by conflictmap's own
store) and tipg on that same table (bench_tipg.py: its own venv, skipped with a message when it cannot be
made); pygeoapi on a GeoJSON file and a GeoPackage of the same events (bench_pygeoapi.py; skipped when its
venv is missing). Every server gets the same uvicorn worker count. PostGIS is --postgis, else
CONFLICTMAP_BENCH_DATABASE_URL or CONFLICTMAP_TEST_DATABASE_URL; without one the PostGIS rows are skipped.

Beside each run: the 1-minute load average when it started (the box is shared: read figures with it), and each
server's RSS per worker process after start-up and after the runs. Needs `wrk` (apt-get install -y wrk) and,
for pygeoapi, GDAL's `ogr2ogr`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_tipg as tipg  # noqa: E402
from bench_pygeoapi import pygeoapi_server  # noqa: E402

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
            raise RuntimeError(f"server exited early:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"server not up after {timeout_s:.0f} s:\n{log.read_text()[-3000:]}")


def start(cmd: list[str], env: dict[str, str], log: Path, probe: str, cwd: Path = ROOT) -> subprocess.Popen:
    # Its own session, so stop() can end the server and every worker it spawned, and nothing else.
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=cwd, start_new_session=True
        )
    try:
        wait_up(probe, proc, log)
    except BaseException:
        stop(proc)
        raise
    return proc


def stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass


def server_pids(pid: int) -> list[int]:
    """The processes that answer requests: uvicorn's workers when it spawned some, else the process itself."""
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    workers = [k for k in kids if b"spawn_main" in _cmdline(k)]
    return workers or [pid]


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def cpu_seconds(pids: list[int]) -> dict[int, float]:
    """User + system CPU each process has used so far (processes gone meanwhile are left out)."""
    out = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[pid] = (int(fields[11]) + int(fields[12])) / _TICKS
    return out


_TICKS = os.sysconf("SC_CLK_TCK")


def backend_pids(admin_url: str | None, application_name: str | None) -> list[int]:
    """PostgreSQL backend processes serving connections that named themselves `application_name`."""
    if not admin_url or not application_name:
        return []
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE application_name = %s", (application_name,)
        ).fetchall()
    return [r[0] for r in rows]


def run_wrk(url: str, *, duration: str, threads: int, connections: int) -> dict[str, float | str]:
    # --timeout 10s: wrk's default (2 s) would drop slow answers from its latency figures.
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}", "--timeout", "10s", "--latency", url]
    load = load_average()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    p50 = re.search(r"^\s+50%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"timeout (\d+)", out)
    return {
        "command": " ".join(cmd),
        "connections": connections,
        "load": load,
        "rps": rps,
        "requests": requests,
        "p50_ms": float(p50.group(1)) * _UNITS[p50.group(2)],
        "p99_ms": float(p99.group(1)) * _UNITS[p99.group(2)],
        "non_2xx": int(errors.group(1)) if errors else 0,
        # Requests wrk gave up on count in neither req/s nor latency.
        "timeouts": int(timeouts.group(1)) if timeouts else 0,
    }


def check_page(url: str, expect: int) -> int:
    """Fails unless `url` answers `expect` features; returns the page's size in bytes."""
    with urllib.request.urlopen(url, timeout=60) as r:
        raw = r.read()
    got = len(json.loads(raw)["features"])
    if got != expect:
        raise RuntimeError(f"{url} returned {got} features, expected {expect}")
    return len(raw)


def measure(
    label: str,
    server: tuple,
    urls: list[tuple[str, str]],
    args,
    log: Path,
    cwd: Path = ROOT,
    pg_name: str | None = None,
) -> list[dict]:
    """Start one server, wrk each of its URLs at every connection count, stop it; one row per run.

    Besides wrk's figures each row has the CPU the server's workers (and, for `pg_name`, the PostgreSQL
    backends of its connections) spent per request: unlike req/s, that hardly moves with the box's load."""
    cmd, env, probe = server
    print(f"{label}: {' '.join(cmd[1:])}", flush=True)
    proc = start(cmd, env, log, probe, cwd)
    rows = []
    try:
        pids = server_pids(proc.pid)
        rss_start = [round(rss_mb(p)) for p in pids]
        for name, url in urls:
            size = check_page(url, 100)
            for conns in args.connections:
                # A warm-up at this concurrency (imports, caches, pool connections), not measured.
                subprocess.run(["wrk", "-t1", f"-c{conns}", "-d2s", url], capture_output=True, check=True)
                watched = pids + backend_pids(args.postgis, pg_name)
                before = cpu_seconds(watched)
                res = run_wrk(url, duration=args.duration, threads=args.threads, connections=conns)
                after = cpu_seconds(watched)
                cpu = {k: after[k] - before[k] for k in after if k in before}
                server_cpu = sum(v for k, v in cpu.items() if k in pids)
                res.update(
                    server=name,
                    page_bytes=size,
                    rss_start_mb=rss_start,
                    cpu_ms_per_request=1000 * server_cpu / max(res["requests"], 1),
                    db_cpu_ms_per_request=1000 * (sum(cpu.values()) - server_cpu) / max(res["requests"], 1)
                    if pg_name
                    else None,
                )
                rows.append(res)
                print(f"  {name} c={conns}: {res['rps']:.1f} req/s, p50 {res['p50_ms']:.1f} ms, "
                      f"p99 {res['p99_ms']:.1f} ms, {res['cpu_ms_per_request']:.2f} ms CPU/request "
                      f"(load {res['load']:.1f})", flush=True)  # fmt: skip
        rss_end = [round(rss_mb(p)) for p in pids]
        for r in rows:
            r["rss_end_mb"] = rss_end
        print(f"  RSS per worker: {rss_start} MB after start, {rss_end} MB after the runs", flush=True)
    finally:
        stop(proc)
    return rows


def uvicorn_cmd(port: int, workers: int) -> list[str]:
    return [sys.executable, "-m", "uvicorn", "--factory", "app.api:create_app", "--host", "127.0.0.1",
            "--port", str(port), "--workers", str(workers), "--no-access-log", "--log-level", "warning"]  # fmt: skip


def conflictmap_env(work: Path, database_url: str) -> dict[str, str]:
    base = Settings()
    return {**os.environ, "CONFLICTMAP_DATA_DIR": str(work), "CONFLICTMAP_LOAD_DEMO": "false",
            "CONFLICTMAP_GAZETTEER_DIR": str(base.index_dir), "CONFLICTMAP_DATABASE_URL": database_url}  # fmt: skip


def load_store(settings: Settings, records: list[dict]) -> None:
    store = open_store(settings)
    t0 = time.perf_counter()
    store.add_events(records, origin="demo")
    n = store.count()
    store.close()
    print(f"loaded {n} events in {time.perf_counter() - t0:.1f} s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--duration", default="10s")
    ap.add_argument("--threads", type=int, default=2, help="wrk threads")
    ap.add_argument("--connections", type=lambda v: [int(c) for c in v.split(",")], default=[8, 64])
    ap.add_argument("--workers", type=int, default=2, help="uvicorn workers, the same for every server")
    ap.add_argument("--postgis", default=os.environ.get("CONFLICTMAP_BENCH_DATABASE_URL")
                    or os.environ.get("CONFLICTMAP_TEST_DATABASE_URL"))  # fmt: skip
    ap.add_argument("--tipg-venv", type=Path, default=tipg.DEFAULT_VENV)
    ap.add_argument("--pygeoapi-venv", type=Path, default=Path("/tmp/pygeoapi-venv"))
    ap.add_argument("--skip-tipg", action="store_true")
    ap.add_argument("--skip-pygeoapi", action="store_true")
    ap.add_argument("--skip-sqlite", action="store_true")
    ap.add_argument("--json", type=Path, help="also write every row here")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk not found: apt-get install -y wrk")

    work = Path(tempfile.mkdtemp(prefix="conflictmap-bench-"))
    events = synthetic_events(args.events)
    records = [e.to_record() for e in events]
    rows: list[dict] = []
    skipped: list[str] = []
    base = Settings()
    try:
        if not args.skip_sqlite:
            load_store(
                base.model_copy(update={"data_dir": work, "load_demo": False, "database_url": None}), records
            )
            port = free_port()
            url = f"http://127.0.0.1:{port}/ogc/collections/events/items?limit=100"
            server = (
                uvicorn_cmd(port, args.workers),
                conflictmap_env(work, ""),
                f"http://127.0.0.1:{port}/healthz",
            )
            rows += measure(
                "conflictmap, SQLite", server, [("conflictmap (SQLite)", url)], args, work / "cm-sqlite.log"
            )
        rows += postgis_side(args, work, records, skipped)
        rows += pygeoapi_side(args, work, events, skipped)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(rows, skipped, args)


def postgis_side(args, work: Path, records: list[dict], skipped: list[str]) -> list[dict]:
    """conflictmap on PostGIS, then tipg on the very same table; both skipped (with why) without PostGIS."""
    if not args.postgis:
        skipped.append("PostGIS (conflictmap and tipg): no --postgis / CONFLICTMAP_TEST_DATABASE_URL given")
        return []
    try:
        schema, url = tipg.private_schema(args.postgis)
    except tipg.Skip as why:
        skipped.append(f"PostGIS (conflictmap and tipg): {why}")
        return []
    rows: list[dict] = []
    try:
        load_store(
            Settings().model_copy(update={"data_dir": work, "load_demo": False, "database_url": url}), records
        )
        tipg.analyze(args.postgis, schema)
        port = free_port()
        items = f"http://127.0.0.1:{port}/ogc/collections/events/items?limit=100"
        server = (
            uvicorn_cmd(port, args.workers),
            conflictmap_env(work, f"{url}&application_name=cm-{schema}"),
            f"http://127.0.0.1:{port}/healthz",
        )
        rows += measure(
            "conflictmap, PostGIS",
            server,
            [("conflictmap (PostGIS)", items)],
            args,
            work / "cm-pg.log",
            pg_name=f"cm-{schema}",
        )
        if args.skip_tipg:
            skipped.append("tipg: --skip-tipg")
            return rows
        try:
            py = tipg.tipg_python(args.tipg_venv)
        except tipg.Skip as why:
            skipped.append(f"tipg: {why}")
            return rows
        version = tipg.tipg_version(py)
        port = free_port()
        tdir = work / "tipg"
        tdir.mkdir()
        cmd, env, probe, items = tipg.tipg_server(
            py, url=args.postgis, schema=schema, port=port, workers=args.workers, cwd=tdir
        )
        rows += measure(f"tipg {version}", (cmd, env, probe), [(f"tipg {version} (PostGIS, same table)", items)],
                        args, work / "tipg.log", cwd=tdir, pg_name=f"tipg-{schema}")  # fmt: skip
    finally:
        tipg.drop_schema(args.postgis, schema)
    return rows


def pygeoapi_side(args, work: Path, events: list[Event], skipped: list[str]) -> list[dict]:
    if args.skip_pygeoapi:
        return []
    if not (args.pygeoapi_venv / "bin" / "python").exists():
        skipped.append(f"pygeoapi: no venv at {args.pygeoapi_venv} (see bench_pygeoapi.py)")
        return []
    if not shutil.which("ogr2ogr"):
        skipped.append("pygeoapi: ogr2ogr not found (apt-get install -y gdal-bin)")
        return []
    port = free_port()
    version, cmd, env, probe, urls = pygeoapi_server(
        args.pygeoapi_venv,
        work=work,
        features=[e.to_feature() for e in events],
        port=port,
        workers=args.workers,
    )
    return measure(f"pygeoapi {version}", (cmd, env, probe), urls, args, work / "pygeoapi.log")


def report(rows: list[dict], skipped: list[str], args) -> None:
    print()
    print(
        f"{args.events} events, limit=100, uvicorn --workers {args.workers}, wrk -t{args.threads} -d{args.duration}"
    )
    print(f"{'server':38} {'conns':>5} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>8} {'err':>4} {'load':>5} "
          f"{'CPU ms/req':>10} {'DB CPU ms/req':>13}  RSS MB/worker")  # fmt: skip
    for r in rows:
        db = "" if r["db_cpu_ms_per_request"] is None else f"{r['db_cpu_ms_per_request']:.2f}"
        print(f"{r['server']:38} {r['connections']:5d} {r['rps']:7.1f} {r['p50_ms']:7.1f} {r['p99_ms']:8.1f} "
              f"{r['non_2xx'] + r['timeouts']:4d} {r['load']:5.1f} {r['cpu_ms_per_request']:10.2f} {db:>13}  "
              f"{r['rss_start_mb']} -> {r['rss_end_mb']}")  # fmt: skip
    for why in skipped:
        print(f"SKIPPED {why}")
    ours = {r["connections"]: r for r in rows if r["server"] == "conflictmap (PostGIS)"}
    theirs = {r["connections"]: r for r in rows if r["server"].startswith("tipg")}
    for conns in args.connections:
        if conns in ours and conns in theirs:
            a, b = ours[conns], theirs[conns]
            total = (b["cpu_ms_per_request"] + b["db_cpu_ms_per_request"]) / (
                a["cpu_ms_per_request"] + a["db_cpu_ms_per_request"]
            )
            print(f"c={conns}: conflictmap (PostGIS) / tipg = {a['rps'] / b['rps']:.2f}x req/s (goal >= 5x at 8), "
                  f"{total:.2f}x fewer CPU ms per request (server + PostgreSQL); "
                  f"p99 {a['p99_ms']:.0f} ms vs {b['p99_ms']:.0f} ms")  # fmt: skip
    for r in rows:
        if r["connections"] == 64 and r["server"].startswith("conflictmap"):
            print(f"{r['server']} p99 at 64 connections: {r['p99_ms']:.0f} ms (goal <= 250 ms)")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "skipped": skipped}, indent=1))


if __name__ == "__main__":
    main()
