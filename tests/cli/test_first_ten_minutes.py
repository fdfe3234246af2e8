"""What a newcomer meets first: the example files README names exist and work, `serve` says where to
look and how to post, and tables fit the terminal they are printed in."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

from app.cli.serve import banner
from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "docs" / "examples"


def test_every_example_file_the_readme_names_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"docs/examples/[\w.-]+", readme))
    assert {
        "docs/examples/articles.jsonl",
        "docs/examples/story.txt",
        "docs/examples/acled_export.csv",
    } <= named
    for rel in named:
        assert (ROOT / rel).is_file(), rel


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from app.cli.main import main; main()", *args],
        capture_output=True, text=True, cwd=ROOT, env=env, check=False, timeout=300,
    )  # fmt: skip


def test_the_example_articles_give_events_and_a_checked_claim():
    done = _cli("extract", "--input", str(EXAMPLES / "articles.jsonl"))
    assert done.returncode == 0, done.stderr
    places = [line.split('"location":"')[1].split('"')[0] for line in done.stdout.splitlines()]
    assert "Kharkiv" in places and "Kherson" in places
    claims = _cli("claims", "--input", str(EXAMPLES / "articles.jsonl"))
    assert claims.returncode == 0, claims.stderr
    assert '"verdict":"consistent"' in claims.stdout
    story = _cli("extract", str(EXAMPLES / "story.txt"), "--published", "2025-11-18")
    assert story.returncode == 0, story.stderr
    assert '"location":"Dnipro"' in story.stdout


def test_the_example_acled_export_imports_every_row(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTMAP_")}
    env.update(CONFLICTMAP_DATA_DIR=str(tmp_path), CONFLICTMAP_GAZETTEER_DIR=str(Settings().index_dir))
    done = _cli("import-acled", str(EXAMPLES / "acled_export.csv"), env=env)
    assert done.returncode == 0, done.stderr
    assert "imported 3 of 3 rows" in done.stderr


def test_serve_banner_says_where_to_look_and_how_to_post(tmp_path):
    off = banner(Settings(data_dir=tmp_path, api_key=None), "0.0.0.0", 8123)
    assert "http://127.0.0.1:8123/" in off and "/docs" in off
    assert "no CONFLICTMAP_API_KEY is set" in off and "CONFLICTMAP_API_KEY=change-me make run" in off
    assert "--data-binary @docs/examples/articles.jsonl http://127.0.0.1:8123/api/articles" in off
    on = banner(Settings(data_dir=tmp_path, api_key="s3cret"), "127.0.0.1", 8000)
    assert "s3cret" not in on, "the key itself is never printed"
    assert "Bearer $CONFLICTMAP_API_KEY" in on


def test_serve_banner_names_the_store_it_will_open(tmp_path):
    default = banner(Settings(data_dir=tmp_path), "127.0.0.1", 8000)
    assert f"events in {tmp_path / 'conflictmap.sqlite'} (SQLite)" in default
    elsewhere = tmp_path / "other" / "events.sqlite"
    named = banner(Settings(data_dir=tmp_path, database_url=f"sqlite:///{elsewhere}"), "127.0.0.1", 8000)
    assert f"events in {elsewhere} (SQLite" in named and "conflictmap.sqlite" not in named
    pg = banner(
        Settings(data_dir=tmp_path, database_url="postgresql://editor:hunter2@db.example:5433/newsroom"),
        "127.0.0.1",
        8000,
    )
    assert "PostGIS database newsroom on db.example:5433" in pg
    assert "hunter2" not in pg, "a password in the URL is never printed"


def _in_terminal(columns: int, *args: str) -> str:
    """Run the CLI with its stdout on a pseudo-terminal `columns` wide; return what it printed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from app.cli.main import main; main()", *args],
        stdout=follower, stderr=subprocess.DEVNULL, cwd=ROOT, env=env,
    )  # fmt: skip
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(leader)
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8", "replace"))


def test_tables_fit_the_terminal_and_pipes_get_whole_rows():
    for args in (
        ("geocode", "Lyman", "--limit", "3"),
        ("range", "--from", "Kyiv", "--max-km", "500", "--targets", "capitals"),
    ):
        shown = _in_terminal(90, *args)
        lines = [ln for ln in shown.splitlines() if ln.strip()]
        assert len(lines) > 3, shown
        assert max(len(ln) for ln in lines) <= 90, max(lines, key=len)
    piped = _cli("geocode", "Lyman", "--limit", "3")
    assert piped.returncode == 0
    assert max(len(ln) for ln in piped.stdout.splitlines()) > 90  # the "why" column stays on one line
