"""`conflictmap watch` as a newsroom runs it (subprocesses, real SQLite store, feed and pages on loopback):
a 50-item feed end to end, and kill -9 in the middle of a poll followed by a restart that ingests nothing
twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import orjson
import pytest
from newsroom_server import Route, article_page, rss, serve

from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
_CLI = "import sys; from app.cli.main import main; sys.argv[0] = 'conflictmap'; main()"
N_ITEMS = 50


def env_for(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTMAP_")}
    env.update(
        CONFLICTMAP_DATA_DIR=str(data_dir),
        CONFLICTMAP_GAZETTEER_DIR=str(Settings().index_dir),
        CONFLICTMAP_HOST_DELAY_S="0",
        CONFLICTMAP_FETCH_PRIVATE="true",
        CONFLICTMAP_FETCH_TIMEOUT_S="5",
    )
    return env


def cli(args: list[str], data_dir: Path, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _CLI, *args], env=env_for(data_dir), cwd=ROOT, capture_output=True,
        timeout=600, check=False, **kw,
    )  # fmt: skip


def query(data_dir: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(data_dir / "conflictmap.sqlite", timeout=30)) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def site():
    with serve() as s:
        items = []
        for n in range(N_ITEMS):
            s.routes[f"/news/{n}"] = Route(article_page(n, s.base), delay_s=0.05)
            items.append((f"urn:wire:{n}", s.url(f"/news/{n}"), f"Story {n}"))
        s.routes["/feed.xml"] = Route(rss(items), content_type="application/rss+xml", etag='"one"')
        yield s


@pytest.mark.slow
def test_a_50_item_feed_end_to_end_and_a_restart_after_kill_9(site, tmp_path):
    feed = site.url("/feed.xml")
    # 1. An uninterrupted run: the reference, and the end-to-end time of a 50-item feed.
    started = time.monotonic()
    clean = cli(["watch", feed, "--once", "--json", "-q"], tmp_path / "clean")
    took = time.monotonic() - started
    assert clean.returncode == 0, clean.stderr.decode()
    [summary] = [orjson.loads(line) for line in clean.stdout.splitlines()]
    assert (summary["status"], summary["items"], summary["ingested"], summary["failed"]) == ("ok", 50, 50, 0)
    assert b"polled 1 feeds" in clean.stderr
    clean_events = query(tmp_path / "clean", "SELECT count(*) FROM events")[0][0]
    assert clean_events >= N_ITEMS
    print(
        f"\n50-item feed end to end: {took:.1f} s wall (process start, gazetteer load, fetch, extract, store)"
    )

    # 2. The same feed, killed with SIGKILL in the middle of its first poll.
    data = tmp_path / "killed"
    proc = subprocess.Popen(
        [sys.executable, "-c", _CLI, "watch", feed, "--every", "1h", "-q"],
        env=env_for(data), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 300
        done = 0
        while done < 15:
            assert proc.poll() is None and time.monotonic() < deadline, "watch never got going"
            time.sleep(0.1)
            try:
                done = query(data, "SELECT count(*) FROM feed_items")[0][0]
            except sqlite3.OperationalError:  # the file or its tables are not there yet
                done = 0
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    before = dict(query(data, "SELECT id, ingested_at FROM articles"))
    recorded = query(data, "SELECT count(*) FROM feed_items WHERE state = 'ingested'")[0][0]
    assert 15 <= recorded < N_ITEMS

    # 3. Restart: only what was not recorded is fetched again; nothing stored before is ingested again.
    hits_before = {n: site.hits[f"/news/{n}"] for n in range(N_ITEMS)}
    again = cli(["watch", "--once", "--json", "-q"], data)  # no URL: the registered feeds
    assert again.returncode == 0, again.stderr.decode()
    [second] = [orjson.loads(line) for line in again.stdout.splitlines()]
    refetched = sum(site.hits[f"/news/{n}"] - hits_before[n] for n in range(N_ITEMS))
    print(
        f"kill -9 after {recorded} items recorded ({len(before)} articles stored); restart: "
        f"{second['new']} new, {second['ingested']} ingested, {refetched} pages fetched again"
    )
    assert second["new"] == second["ingested"] == N_ITEMS - recorded == refetched
    after = dict(query(data, "SELECT id, ingested_at FROM articles"))
    assert len(after) == N_ITEMS
    assert {k: after[k] for k in before} == before  # no article stored before the kill was written again
    assert query(data, "SELECT count(*) FROM events")[0][0] == clean_events
    assert query(data, "SELECT count(*) FROM feed_items WHERE state = 'ingested'")[0][0] == N_ITEMS
    assert cli(["check-store"], data).returncode == 0

    # 4. And once more: the feed is unchanged (ETag), nothing is fetched.
    third = cli(["watch", "--once", "--json", "-q"], data)
    assert orjson.loads(third.stdout)["status"] == "not-modified"


def test_watch_bad_usage_exits_2(tmp_path):
    r = cli(["watch", "ftp://example.org/feed"], tmp_path / "d")
    assert r.returncode == 2 and b"FEED_URL" in r.stderr
    r = cli(["watch", "http://127.0.0.1:9/feed.xml", "--every", "soon"], tmp_path / "d")
    assert r.returncode == 2 and b"--every" in r.stderr
    r = cli(["watch", "--once"], tmp_path / "d")
    assert r.returncode == 2 and b"no feeds" in r.stderr
