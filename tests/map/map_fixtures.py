"""Fixtures for the map tests (imported by each test module: a second conftest.py would shadow the
root one's `require`): a real store with hand-made events, the real app, uvicorn and Chromium."""

from __future__ import annotations

import pytest
from conftest import require
from fastapi.testclient import TestClient
from map_live import (
    CHROMIUM,
    CHROMIUM_ARGS,
    SEED_RECORDS,
    has_chromium,
    live_server,
    map_settings,
    seed_store,
)

from app.map.assets import install, is_installed


@pytest.fixture(scope="session")
def map_assets() -> None:
    """The vendor assets `make assets` installs; installed here too if a run skipped that step."""
    if not is_installed():
        install(quiet=True)


@pytest.fixture(scope="module")
def seeded_settings(tmp_path_factory, map_assets):
    settings = map_settings(tmp_path_factory.mktemp("map"))
    seed_store(settings, SEED_RECORDS)
    return settings


@pytest.fixture(scope="module")
def client(seeded_settings):
    from app.api import create_app

    with TestClient(create_app(seeded_settings)) as c:
        yield c


@pytest.fixture(scope="module")
def server(seeded_settings):
    with live_server(seeded_settings) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    require(has_chromium(), "Debian chromium (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
