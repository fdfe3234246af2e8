"""PostGIS for tests: the server from CONFLICTMAP_TEST_DATABASE_URL, one private schema per test.

A private schema keeps parallel test runs (and other suites on the same database) from seeing each other's
rows. `require` skips on a laptop without PostgreSQL and fails when CI=true.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from conftest import require

PG_ENV = "CONFLICTMAP_TEST_DATABASE_URL"


def _reachable(url: str) -> bool:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=3) as conn:
            conn.execute("SELECT postgis_version()")
        return True
    except psycopg.Error:
        return False


def postgis_url() -> str:
    url = os.environ.get(PG_ENV, "")
    require(bool(url) and _reachable(url), f"PostGIS at {PG_ENV}")
    return url


def with_search_path(url: str, schema: str) -> str:
    """The URL with libpq `options` setting search_path, so code that only sees a URL uses `schema`."""
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-c search_path={schema},public')}"


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A database URL whose tables land in a fresh schema, dropped afterwards."""
    yield from private_schema_url()


@pytest.fixture(scope="module")
def pg_module_schema_url() -> Iterator[str]:
    """As pg_schema_url, shared by one test module (for apps that are slow to start)."""
    yield from private_schema_url()


def private_schema_url() -> Iterator[str]:
    import psycopg

    url = postgis_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_search_path(url, schema)
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
