"""Settings from CONFLICTMAP_* variables: list settings in the comma form README documents or as JSON, and a
bad value reported as one line naming the variable (exit 2 on the command line, no traceback)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import InvalidSetting
from app.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "value, expected",
    [
        (
            "https://maps.example.org,https://news.example.net",
            ["https://maps.example.org", "https://news.example.net"],
        ),
        (" https://maps.example.org , ", ["https://maps.example.org"]),
        (
            '["https://maps.example.org", "https://news.example.net"]',
            ["https://maps.example.org", "https://news.example.net"],
        ),
        ("", []),
    ],
)
def test_cors_origins_accept_commas_and_json(monkeypatch, value, expected):
    monkeypatch.setenv("CONFLICTMAP_CORS_ORIGINS", value)
    assert Settings().cors_origins == expected


@pytest.mark.parametrize(
    "var, value",
    [
        ("CONFLICTMAP_CORS_ORIGINS", '["https://maps.example.org"'),
        ("CONFLICTMAP_MAX_BODY_BYTES", "two megabytes"),
    ],
)
def test_a_bad_setting_names_its_variable(monkeypatch, var, value):
    monkeypatch.setenv(var, value)
    with pytest.raises(InvalidSetting) as caught:
        Settings()
    assert str(caught.value).startswith(f"{var}: ")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("field", ["rate_limit_anonymous", "rate_limit_authenticated"])
def test_the_default_rates_parse_as_limits_notation(field):
    # Settings trusts its defaults without importing `limits`: they must be valid in its notation
    from limits import parse

    default = Settings.model_fields[field].default
    assert parse(default).amount > 0
    assert getattr(Settings(), field) == default


@pytest.mark.parametrize("var", ["CONFLICTMAP_RATE_LIMIT_ANONYMOUS", "CONFLICTMAP_RATE_LIMIT_AUTHENTICATED"])
def test_a_rate_that_is_not_limits_notation_is_refused(monkeypatch, var):
    monkeypatch.setenv(var, "thirty a minute")
    with pytest.raises(InvalidSetting) as caught:
        Settings()
    assert str(caught.value).startswith(f"{var}: ")


@pytest.mark.parametrize("verb", [["geocode", "Kharkiv"], ["serve", "--port", "8999"]])
def test_the_cli_exits_2_with_one_line_on_a_bad_setting(verb):
    env = {**os.environ, "CONFLICTMAP_CORS_ORIGINS": "[not json"}
    done = subprocess.run(
        [sys.executable, "-c", "from app.cli.main import main; main()", *verb],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "CONFLICTMAP_CORS_ORIGINS" in done.stderr
