"""`conflictmap review` as an editor runs it (subprocesses on a real SQLite store): queue, verify, reject,
edit, history, and exit 2 on bad input."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from test_ingest_cli import env_for

from app.extract.model import Event
from app.store.sqlite import SQLiteStore


def _event(i: int, date: str, lat: float, lon: float, place: str, fatalities: int | None) -> dict:
    ev = Event(
        id=f"cm-cli-{i}", event_date=date, time_precision=1, event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", lat=lat, lon=lon, location=place, fatalities=fatalities,
        notes=f"Drones struck {place} overnight, the regional governor said.",
    )  # fmt: skip
    return {**ev.to_record(), "source": {"outlet": "Test Wire"}}


@pytest.fixture
def env(tmp_path):
    data = tmp_path / "d"
    store = SQLiteStore(data / "conflictmap.sqlite")
    try:
        store.add_events(
            [
                _event(1, "2025-11-03", 49.9935, 36.2304, "Kharkiv", 2),
                _event(2, "2025-11-05", 46.6354, 32.6169, "Kherson", None),
                _event(3, "2025-11-07", 46.4825, 30.7233, "Odesa", 1),
            ],
            origin="demo",
        )
    finally:
        store.close()
    return env_for(data)


ROOT = Path(__file__).resolve().parents[2]
# This checkout's CLI (the venv's console script may point at another checkout).
_CLI = "import sys; from app.cli.main import main; sys.argv[0] = 'conflictmap'; main()"


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _CLI, *args], env=env, cwd=ROOT, capture_output=True, timeout=300, check=False
    )


def lines(out: bytes) -> list[dict]:
    return [orjson.loads(x) for x in out.splitlines() if x.strip()]


def test_the_queue_verify_reject_and_history(env):
    r = run(["review", "list", "--json"], env)
    assert r.returncode == 0, r.stderr.decode()
    assert [e["id"] for e in lines(r.stdout)] == ["cm-cli-3", "cm-cli-2", "cm-cli-1"]  # newest first
    assert b"3 of 3 unreviewed" in r.stderr

    r = run(["review", "verify", "cm-cli-1", "--by", "alice", "--note", "governor's post", "--json"], env)
    assert r.returncode == 0, r.stderr.decode()
    assert (lines(r.stdout)[0]["review_status"], lines(r.stdout)[0]["reviewed_by"]) == ("verified", "alice")
    assert run(["review", "reject", "cm-cli-2", "--by", "bob", "--note", "duplicate"], env).returncode == 0

    queue = lines(run(["review", "list", "--json"], env).stdout)
    assert [e["id"] for e in queue] == ["cm-cli-3"]
    verified = lines(run(["review", "list", "--status", "verified", "--json"], env).stdout)
    assert [e["id"] for e in verified] == ["cm-cli-1"]
    history = lines(run(["review", "history", "cm-cli-2", "--json"], env).stdout)
    assert [(h["by"], h["field"], h["old"], h["new"], h["note"]) for h in history] == [
        ("bob", "review_status", "unreviewed", "rejected", "duplicate")
    ]


def test_edit_sets_fields_with_json_values(env):
    r = run(["review", "edit", "cm-cli-3", "--set", "fatalities=3", "--set", "injured=null",
             "--set", "actor1=Military Forces of Russia", "--by", "alice", "--json"], env)  # fmt: skip
    assert r.returncode == 0, r.stderr.decode()
    rec = lines(r.stdout)[0]
    assert (rec["fatalities"], rec["injured"], rec["actor1"]) == (3, None, "Military Forces of Russia")
    assert rec["corrections"] == {"fatalities": 3, "actor1": "Military Forces of Russia"}
    assert rec["review_status"] == "unreviewed"  # a correction is not a verdict


@pytest.mark.parametrize(
    "args",
    [
        ["review", "edit", "cm-cli-1", "--set", "fatalities=-2"],
        ["review", "edit", "cm-cli-1", "--set", "notes=rewritten"],
        ["review", "edit", "cm-cli-1", "--set", "fatalities"],
        ["review", "verify", "cm-missing"],
        ["review", "list", "--status", "approved"],
    ],
)
def test_bad_input_exits_2_and_changes_nothing(env, args):
    r = run(args, env)
    assert r.returncode == 2, r.stderr.decode()
    assert r.stderr.startswith(b"conflictmap: error:")
    assert run(["review", "history", "cm-cli-1", "--json"], env).stdout == b""


def test_exports_carry_the_review_state(env, tmp_path):
    assert run(["review", "verify", "cm-cli-1", "--by", "alice"], env).returncode == 0
    out = tmp_path / "events.geojson"
    r = run(["export", "--format", "geojson", "--out", str(out)], env)
    assert r.returncode == 0, r.stderr.decode()
    props = {f["id"]: f["properties"] for f in orjson.loads(out.read_bytes())["features"]}
    assert (props["cm-cli-1"]["review_status"], props["cm-cli-1"]["reviewed_by"]) == ("verified", "alice")
    assert props["cm-cli-2"]["review_status"] == "unreviewed"
