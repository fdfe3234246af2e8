"""`conflictmap ingest` as a user runs it (a subprocess): inputs, idempotency, exit 2 on bad input, kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.settings import Settings
from app.store import EventFilter
from app.store.postgis import PostgisStore
from app.store.sqlite import SQLiteStore

CONFLICTMAP = str(Path(sys.executable).with_name("conflictmap"))
CITIES = (
    "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Sumy", "Poltava", "Mykolaiv", "Chernihiv",
    "Kramatorsk", "Sloviansk", "Pokrovsk", "Kostiantynivka", "Druzhkivka", "Nikopol", "Kryvyi Rih", "Kupiansk",
    "Izium", "Konotop", "Shostka", "Okhtyrka", "Pavlohrad", "Marhanets", "Orikhiv", "Huliaipole", "Vovchansk",
    "Lozova", "Kremenchuk", "Bila Tserkva", "Uman",
)  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
TOLLS = ("one person", "two people", "three people", "five people")


def report(n: int) -> dict:
    """Wire-style report n of one strike. Each block of 360 reports covers 180 strikes (30 cities x 6 days)
    twice, from different desks; each block is a week earlier than the one before."""
    city, day = CITIES[n % len(CITIES)], DAYS[(n // len(CITIES)) % len(DAYS)]
    published = date(2025, 12, 28) - timedelta(weeks=n // 360)  # a Sunday
    return {
        "id": f"bulk-{n:05d}",
        "title": f"Overnight attack on {city}",
        "text": f"Russian drones struck the city of {city} on {day}, killing {TOLLS[n % 4]}, officials said. "
        f"Rescue teams searched damaged buildings until morning.",
        "published": published.isoformat(),
        "outlet": f"Desk {(n // 180) % 2}",
    }


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return path


def env_for(data_dir: Path, database_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTMAP_")}
    env["CONFLICTMAP_DATA_DIR"] = str(data_dir)
    env["CONFLICTMAP_GAZETTEER_DIR"] = str(Settings().index_dir)
    if database_url:
        env["CONFLICTMAP_DATABASE_URL"] = database_url
    return env


def run(args: list[str], env: dict[str, str], stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CONFLICTMAP, *args], env=env, input=stdin, capture_output=True, timeout=600, check=False
    )


def stored(data_dir: Path) -> tuple[list[dict], int]:
    store = SQLiteStore(data_dir / "conflictmap.sqlite")
    try:
        return store.query(EventFilter())
    finally:
        store.close()


def test_ingest_jsonl_stores_the_events(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [report(n) for n in range(6)])
    r = run(["ingest", "--input", str(src), "--json", "--quiet"], env_for(tmp_path / "d"))
    assert r.returncode == 0, r.stderr.decode()
    summary = orjson.loads(r.stdout)
    assert summary["articles"] == 6
    rows, total = stored(tmp_path / "d")
    assert total == summary["store_events"] > 0
    assert {row["article"] for row in rows} <= {f"bulk-{n:05d}" for n in range(6)}


def test_ingesting_twice_changes_nothing(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [report(n) for n in range(12)])
    env = env_for(tmp_path / "d")
    assert run(["ingest", "-i", str(src), "-q"], env).returncode == 0
    first = stored(tmp_path / "d")
    assert run(["ingest", "-i", str(src), "-q"], env).returncode == 0
    assert stored(tmp_path / "d") == first


def test_ingest_reads_stdin(tmp_path):
    body = b"".join(orjson.dumps(report(n)) + b"\n" for n in range(3))
    r = run(["ingest", "--input", "-", "--json", "-q"], env_for(tmp_path / "d"), stdin=body)
    assert r.returncode == 0, r.stderr.decode()
    assert orjson.loads(r.stdout)["articles"] == 3


def test_ingest_txt_file_with_published(tmp_path):
    txt = tmp_path / "kharkiv-strike.txt"
    txt.write_text(
        "Drones hit Kharkiv\n\nRussian drones struck the city of Kharkiv on Friday, killing two people, officials said.\n",
        encoding="utf-8",
    )
    r = run(["ingest", str(txt), "--published", "2025-12-28", "--json", "-q"], env_for(tmp_path / "d"))
    assert r.returncode == 0, r.stderr.decode()
    rows, total = stored(tmp_path / "d")
    assert total >= 1
    assert all(row["source"]["title"] == "Drones hit Kharkiv" for row in rows)
    assert all(row["source"]["published"] == "2025-12-28" for row in rows)


def test_progress_bar_goes_to_stderr(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [report(n) for n in range(2)])
    r = run(["ingest", "-i", str(src), "--json"], env_for(tmp_path / "d"))
    assert r.returncode == 0
    assert b"ingest" in r.stderr
    orjson.loads(r.stdout)  # stdout stays clean JSON


def test_a_bad_line_exits_2_and_writes_nothing(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(orjson.dumps(report(0)) + b"\n" + orjson.dumps(report(1)) + b"\n{not json\n")
    r = run(["ingest", "-i", str(src), "-q"], env_for(tmp_path / "d"))
    assert r.returncode == 2
    assert b"line 3" in r.stderr
    assert not (tmp_path / "d" / "conflictmap.sqlite").exists()


def test_a_record_without_id_exits_2(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", [{"text": "Russian drones struck the city of Sumy on Monday."}])
    r = run(["ingest", "-i", str(src), "-q"], env_for(tmp_path / "d"))
    assert r.returncode == 2
    assert b"id" in r.stderr


def test_a_bad_published_date_exits_2(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text("Title\nRussian drones struck the city of Sumy on Monday.\n", encoding="utf-8")
    r = run(["ingest", str(txt), "--published", "28/12/2025", "-q"], env_for(tmp_path / "d"))
    assert r.returncode == 2
    assert b"--published" in r.stderr


def test_no_input_exits_2(tmp_path):
    r = run(["ingest", "-q"], env_for(tmp_path / "d"))
    assert r.returncode == 2


def test_missing_input_file_exits_2(tmp_path):
    r = run(["ingest", "-i", str(tmp_path / "nope.jsonl"), "-q"], env_for(tmp_path / "d"))
    assert r.returncode == 2
    assert b"nope.jsonl" in r.stderr


# -- kill -9 in the middle of a bulk ingest ----------------------------------------------------------------


def _open(backend: str, data_dir: Path, url: str | None):
    return SQLiteStore(data_dir / "conflictmap.sqlite") if backend == "sqlite" else PostgisStore(url)


def _articles_done(backend: str, data_dir: Path, url: str | None) -> int:
    """Articles committed so far, read without taking any lock the writer needs (0 before the schema exists)."""
    if backend == "sqlite":
        path = data_dir / "conflictmap.sqlite"
        if not path.exists():
            return 0
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as conn:
                return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            return 0
    import psycopg

    try:
        with psycopg.connect(url) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except psycopg.errors.UndefinedTable:
        return 0


BULK_ARTICLES = 1200


@pytest.fixture(scope="module")
def bulk(tmp_path_factory) -> tuple[Path, list[dict]]:
    """A bulk input and what an uninterrupted ingest of it stores (SQLite): the reference for crash runs."""
    tmp = tmp_path_factory.mktemp("bulk")
    src = write_jsonl(tmp / "bulk.jsonl", [report(n) for n in range(BULK_ARTICLES)])
    r = run(["ingest", "-i", str(src), "-q"], env_for(tmp / "clean"))
    assert r.returncode == 0, r.stderr.decode()
    rows, total = stored(tmp / "clean")
    assert total > 0
    return src, rows


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgis"])
def test_kill_9_during_bulk_ingest_then_rerun_reaches_the_clean_count(backend, bulk, tmp_path, request):
    url = request.getfixturevalue("pg_schema_url") if backend == "postgis" else None
    src, clean_rows = bulk
    clean_total = len(clean_rows)

    crash_dir = tmp_path / "crash"
    env = env_for(crash_dir, url)
    proc = subprocess.Popen([CONFLICTMAP, "ingest", "-i", str(src), "-q"], env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while _articles_done(backend, crash_dir, url) < BULK_ARTICLES // 4:
            assert proc.poll() is None, "ingest ended before it could be killed: make the input larger"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert proc.poll() is None, "ingest ended before it could be killed: make the input larger"
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()

    store = _open(backend, crash_dir, url)
    try:
        assert store.check()
        partial = store.count()
    finally:
        store.close()
    assert 0 < partial < clean_total
    assert BULK_ARTICLES // 4 <= _articles_done(backend, crash_dir, url) < BULK_ARTICLES

    r = run(["ingest", "-i", str(src), "-q"], env)
    assert r.returncode == 0, r.stderr.decode()
    store = _open(backend, crash_dir, url)
    try:
        assert store.check()
        rows, total = store.query(EventFilter())
    finally:
        store.close()
    assert total == clean_total
    assert sorted(r["id"] for r in rows) == sorted(r["id"] for r in clean_rows)
    assert sum(len(r["sources"]) for r in rows) == sum(len(r["sources"]) for r in clean_rows)
