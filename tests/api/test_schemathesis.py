"""Property-based checks of the documented API (schemathesis, bounded): no 5xx anywhere, and the read
endpoints answer with the status codes, media types and bodies their OpenAPI documents promise."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from event_seed import SEED_RECORDS
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.api import create_app
from app.settings import Settings
from app.store import open_store

pytestmark = pytest.mark.slow

CONFORMANCE = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


# Deterministic and small: the whole module stays well under a minute (geocoding a random `near`
# string is the slow part), and a CI failure replays the same way locally.
def bounded(n: int) -> settings:
    return settings(max_examples=n, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


def _seeded_app():
    """An app over a private SQLite store already holding the seed events (schemathesis runs its lifespan).

    Built at import: schemathesis' pytest loader needs the schema when the tests are collected.
    """
    base = Settings()
    data_dir = Path(tempfile.mkdtemp(prefix="conflictmap-schemathesis-"))
    atexit.register(shutil.rmtree, data_dir, ignore_errors=True)
    cfg = base.model_copy(update={"data_dir": data_dir, "load_demo": False, "gazetteer_dir": base.index_dir})
    store = open_store(cfg)
    store.add_events(SEED_RECORDS, origin="demo")
    store.close()
    return create_app(cfg)


APP = _seeded_app()
ogc_schema = schemathesis.openapi.from_asgi("/ogc/api", APP)


# The whole /openapi.json, with all checks and on both backends, is tests/api/test_schemathesis_all.py;
# this module keeps the OGC OpenAPI 3.0 document that GDAL and QGIS read.


@ogc_schema.parametrize()
@bounded(15)
def test_ogc_endpoints_conform_to_their_openapi_30(case):
    case.call_and_validate(checks=CONFORMANCE)
