"""In-process timing of the OGC items hot path (`make bench`); bench_ogc_wrk.py is the over-the-wire version."""

from __future__ import annotations

import pytest
from bench_ogc_wrk import synthetic_events
from fastapi.testclient import TestClient

from app.api import create_app
from app.store import open_store

N_EVENTS = 10_000


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from app.settings import Settings

    base = Settings()
    settings = base.model_copy(
        update={
            "data_dir": tmp_path_factory.mktemp("bench"),
            "load_demo": False,
            "gazetteer_dir": base.index_dir,
        }
    )
    store = open_store(settings)
    store.add_events([e.to_record() for e in synthetic_events(N_EVENTS)], origin="demo")
    store.close()
    with TestClient(create_app(settings)) as c:
        yield c


def test_items_page_of_100_over_10000_events(benchmark, client):
    resp = benchmark(client.get, "/ogc/collections/events/items?limit=100&offset=5000")
    body = resp.json()
    assert (body["numberMatched"], body["numberReturned"]) == (N_EVENTS, 100)


def test_items_bbox_and_datetime_filter(benchmark, client):
    url = "/ogc/collections/events/items?bbox=35.5,49.5,37,50.5&datetime=2025-06-01/2025-08-31&limit=100"
    resp = benchmark(client.get, url)
    assert resp.status_code == 200 and 0 < resp.json()["numberMatched"] < N_EVENTS
