"""`conflictmap serve` with CONFLICTMAP_WORKERS: several worker processes, each a read-only server that
answers OGC pages without the spaCy model or the gazetteer's name pickle, within 400 MB."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import orjson

from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
RSS_LIMIT_MB = 400  # issue 14: server RSS after start per worker


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _workers(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (stat.parent / "cmdline").read_bytes()
        except (OSError, ValueError):
            continue
        if ppid == pid and b"spawn_main" in cmdline:
            kids.append(int(stat.parent.name))
    return kids


def _rss_mb(pid: int) -> float:
    line = next(ln for ln in Path(f"/proc/{pid}/status").read_text().splitlines() if ln.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as r:
        return orjson.loads(r.read())


def test_serve_runs_the_workers_the_setting_asks_for_each_lean(tmp_path):
    port = _port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTMAP_")}
    env.update(
        CONFLICTMAP_DATA_DIR=str(tmp_path),
        CONFLICTMAP_GAZETTEER_DIR=str(Settings().index_dir),
        CONFLICTMAP_WORKERS="2",
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", "from app.cli.main import main; main()", "serve", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:]
            workers = _workers(proc.pid)
            try:
                if len(workers) == 2 and _get(f"{base}/healthz"):
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "server not up in 180 s"
            time.sleep(0.5)
        # Every worker answers (the demo events, loaded by whichever worker started first, are seen by all).
        for _ in range(10):
            page = _get(f"{base}/ogc/collections/events/items?limit=100")
            assert page["numberReturned"] == page["numberMatched"] > 0
        for pid in workers:
            maps = Path(f"/proc/{pid}/maps").read_text()
            assert "spacy" not in maps and "thinc" not in maps, "a read-only worker loaded the NER model"
            assert _rss_mb(pid) <= RSS_LIMIT_MB, f"worker {pid}: {_rss_mb(pid):.0f} MB"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    banner = proc.stderr.read().decode()
    assert "2 worker processes" in banner


def test_serve_builds_a_stale_index_once_before_starting_workers(tmp_path, monkeypatch):
    import uvicorn

    from app.cli import serve as serve_cli
    from app.gazetteer import index

    calls: list[tuple] = []
    monkeypatch.setattr(index, "is_current", lambda d: bool(calls))  # stale until built once
    monkeypatch.setattr(index, "build_index", lambda d, **kw: calls.append(("build", Path(d))))
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: calls.append(("run", kw["workers"])))
    for name in [k for k in os.environ if k.startswith("CONFLICTMAP_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CONFLICTMAP_WORKERS", "3")
    serve_cli.serve(host="127.0.0.1", port=8123, workers=None)
    assert calls == [("build", tmp_path / "index"), ("run", 3)]
