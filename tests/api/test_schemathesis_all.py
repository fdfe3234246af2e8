"""Schemathesis over the whole /openapi.json with all its checks (positive and negative data, status codes,
media types, headers, response schemas, auth, unsupported methods...), a bounded number of examples per
operation, on SQLite and on PostGIS: the documented API and the served one must agree, with no exclusions.

Configured: the API key header is sent (so write endpoints are reached; `ignored_auth` still probes them
without it), and the rate limits are raised for these apps only (hundreds of requests from one test client
would otherwise be answered 429: documented, but then nothing else would be tested)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
import schemathesis
from conftest import require
from event_seed import SEED_RECORDS
from hypothesis import HealthCheck, settings
from pgtest import PG_ENV, _reachable, with_search_path
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import positive_data_acceptance

from app.api import create_app
from app.settings import Settings
from app.store import open_store

pytestmark = pytest.mark.slow
KEY = "schemathesis-key"
EXAMPLES = 12
# The first extraction loads the NER model; on a loaded 2-core box that alone can pass schemathesis' 10 s.
REQUEST_TIMEOUT_S = 120


def _app(database_url: str | None = None):
    """Built at import (schemathesis needs the schema when tests are collected): a private store with the
    seed events."""
    base = Settings()
    data_dir = Path(tempfile.mkdtemp(prefix="conflictmap-st-all-"))
    atexit.register(shutil.rmtree, data_dir, ignore_errors=True)
    cfg = base.model_copy(
        update={
            "data_dir": data_dir,
            "load_demo": False,
            "gazetteer_dir": base.index_dir,
            "database_url": database_url,
            "api_key": KEY,
            "rate_limit_anonymous": "100000/minute",
            "rate_limit_authenticated": "100000/minute",
        }
    )
    store = open_store(cfg)
    store.add_events(SEED_RECORDS, origin="demo")
    store.close()
    return create_app(cfg)


def _postgis_url() -> str | None:
    """A private schema on the test server, dropped at exit; None when there is no server."""
    url = os.environ.get(PG_ENV, "")
    if not url or not _reachable(url):
        return None
    import psycopg

    name = f"t_st_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")

    def drop() -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")

    atexit.register(drop)
    return with_search_path(url, name)


# positive_data_acceptance, configured: these parameters have constraints a schema cannot state (a bbox's
# minlat <= maxlat and its ranges, a real calendar date, an interval's start before its end, a country or
# place the gazetteer knows, one parameter of two required, a tile inside its zoom's grid). A schema-valid request may get 400 there, but only as problem+json naming one
# of these parameters; every other refusal of schema-valid data still fails.
SEMANTIC = {
    "/api/events": {
        "cursor",  # opaque: only a `next` link's cursor is one
        "bbox",
        "datetime",
        "within_km",
        "near",
        "filter",
        "filter-lang",
        "sortby",
        "q",
        "event_type",
    },
    "/map/places": {"bbox"},
    "/api/range": {"max_km", "weapon", "min_km"},  # a weapon or max_km; min_km below the outer radius
    "/api/geocode": {"country", "near"},
    # A tile's column and row must lie inside its zoom's grid (0..2^z - 1): a bound that depends on another
    # parameter, which a schema cannot state.
    "/tiles/events/{z}/{x}/{y}.mvt": {"x", "y"},
    "/map/cells/{z}/{x}/{y}": {"x", "y"},
    "/ogc/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}": {
        "tileRow",
        "tileCol",
    },
    "/ogc/collections/{collectionId}/items": {
        "cursor",
        "bbox",
        "datetime",
        "filter",
        "sortby",
        "properties",
        "event_type",
    },
}


def _check(case) -> None:
    semantic = SEMANTIC.get(case.operation.path)
    if semantic is None:
        case.call_and_validate(headers={"Authorization": f"Bearer {KEY}"}, timeout=REQUEST_TIMEOUT_S)
        return
    response = case.call_and_validate(
        headers={"Authorization": f"Bearer {KEY}"},
        excluded_checks=[positive_data_acceptance],
        timeout=REQUEST_TIMEOUT_S,
    )
    if case.meta is not None and case.meta.generation.mode.is_positive and not response.status_code < 300:
        assert response.status_code in (400, 404, 429), response.text[:300]
        if response.status_code == 400:
            ctype = response.headers.get("content-type") or [""]
            assert (ctype[0] if isinstance(ctype, list) else ctype).startswith("application/problem+json")
            assert response.json()["invalid_params"][0]["name"] in semantic, response.text[:300]


BOUNDED = settings(
    max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
# negative_data_rejection: a text longer than the maximum article size is refused with 413 (by design: the
# size limit, not a malformed request), which the check's default list of refusals does not include.
CONFIG = SchemathesisConfig.from_dict(
    {
        "checks": {
            "negative_data_rejection": {
                "expected-statuses": [
                    "400",
                    "401",
                    "403",
                    "404",
                    "405",
                    "406",
                    "409",
                    "413",
                    "414",
                    "415",
                    "422",
                    "429",
                ]
            }
        }
    }
)
SQLITE = schemathesis.openapi.from_asgi("/openapi.json", _app(), config=CONFIG)
_PG_URL = _postgis_url()
POSTGIS = schemathesis.openapi.from_asgi("/openapi.json", _app(_PG_URL), config=CONFIG) if _PG_URL else SQLITE


@SQLITE.parametrize()
@BOUNDED
def test_whole_api_contract_on_sqlite(case):
    _check(case)


@POSTGIS.parametrize()
@BOUNDED
def test_whole_api_contract_on_postgis(case):
    require(_PG_URL is not None, f"PostGIS at {PG_ENV}")
    _check(case)
