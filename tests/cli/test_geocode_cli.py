"""`conflictmap geocode` and `conflictmap index build`: table or JSON Lines, exit 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["conflictmap", *args])
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code or 0
    out, err = capsys.readouterr()
    return code, out, err


def test_geocode_json_lines(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, "geocode", "Lyman, Donetsk region", "--json", "--limit", "1")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1
    c = json.loads(lines[0])
    assert c["name"] == "Lyman" and c["admin1"] == "Donetsk Oblast" and c["geo_precision"] == 1
    assert c["why"]


def test_geocode_table_shows_the_reasons(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, "geocode", "Artemovsk", "--limit", "2")
    assert code == 0
    assert "Bakhmut" in out and "alias match" in out


def test_geocode_country_option(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, "geocode", "Odessa", "--country", "US", "--json", "--limit", "1")
    assert code == 0 and json.loads(out)["admin1"] == "Texas"


def test_geocode_near_option(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, "geocode", "Novoselivka", "--near", "Lyman, Donetsk region", "--json",
                       "--limit", "1")  # fmt: skip
    assert code == 0 and json.loads(out)["admin1"] == "Donetsk Oblast"


def test_geocode_limit_gives_that_many_lines(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, "geocode", "Ivanivka", "--json", "--limit", "7")
    assert code == 0 and len(out.strip().splitlines()) == 7


def test_unknown_place_exits_2_with_a_message(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, "geocode", "Kramatorksk Zavod")
    assert code == 2
    assert out == ""
    assert "no place called" in err
    assert "did you mean" in err


@pytest.mark.parametrize("limit", ["0", "1000", "lots"])
def test_bad_limit_exits_2(monkeypatch, capsys, limit):
    code, out, err = run(monkeypatch, capsys, "geocode", "Kyiv", "--limit", limit)
    assert code == 2
    assert out == ""
    assert "limit" in err.lower()


def test_bad_country_exits_2(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, "geocode", "Kyiv", "--country", "Narnia")
    assert code == 2 and out == "" and "country" in err


def test_blank_name_exits_2(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, "geocode", "  ")
    assert code == 2 and out == "" and "empty" in err


def test_index_build_when_current_is_quiet(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, "index", "build", "--quiet")
    assert code == 0 and out == "" and err == ""


def test_console_script_end_to_end():
    exe = Path(sys.executable).with_name("conflictmap")
    proc = subprocess.run([str(exe), "geocode", "Dimitrov", "--json", "--limit", "1"], capture_output=True,
                          text=True, timeout=600)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["name"] == "Myrnohrad"
    proc = subprocess.run([str(exe), "geocode", "Zzyzzyxqq"], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 2 and "no place called" in proc.stderr
