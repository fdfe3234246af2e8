"""Shared fixtures. Tests that need Chromium, GDAL or PostGIS skip on a laptop without them,
but fail when CI=true: CI must exercise the real parts."""

from __future__ import annotations

import os

import pytest

from app.settings import Settings

IN_CI = os.environ.get("CI", "").lower() == "true"


def require(condition: bool, what: str) -> None:
    """Skip locally, fail in CI, when a real dependency is missing."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{what} is required when CI=true")
    pytest.skip(f"{what} not available")


@pytest.fixture(scope="session")
def shared_settings() -> Settings:
    """Settings pointing at the project's built index (built once by `make index`)."""
    return Settings()


@pytest.fixture(scope="session")
def gazetteer(shared_settings):
    from app.gazetteer import load_gazetteer

    return load_gazetteer(shared_settings)


@pytest.fixture(scope="session")
def geocoder(gazetteer):
    from app.geocode import Geocoder

    return Geocoder(gazetteer)


@pytest.fixture
def tmp_settings(tmp_path) -> Settings:
    """Settings with a private data dir for stores, sharing the built gazetteer index."""
    base = Settings()
    return base.model_copy(update={"data_dir": tmp_path, "load_demo": False, "gazetteer_dir": base.index_dir})


@pytest.fixture(params=["sqlite", "postgis"])
def store(request, tmp_path):
    """An empty store on each backend: a SQLite file, and PostGIS in a private schema (the module imports
    pg_schema_url from pgtest; skips locally without PostgreSQL, fails in CI)."""
    from app.store.postgis import PostgisStore
    from app.store.sqlite import SQLiteStore

    if request.param == "sqlite":
        s = SQLiteStore(tmp_path / "events.sqlite")
    else:
        s = PostgisStore(request.getfixturevalue("pg_schema_url"))
    try:
        yield s
    finally:
        s.close()
