"""How a server process spends itself: the thread pool the blocking handlers share, and what a worker that
only serves stored events loads (not the gazetteer's names: they are read on first use)."""

from __future__ import annotations

import anyio.to_thread
from fastapi.testclient import TestClient

from app.api import create_app
from app.gazetteer import Gazetteer


def test_the_thread_pool_has_the_threads_the_setting_gives(tmp_settings):
    for threads in (3, 8):
        with TestClient(create_app(tmp_settings.model_copy(update={"threads": threads}))) as c:
            assert (
                c.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens)
                == threads
            )
            assert c.get("/ogc/collections/events/items?limit=5").status_code == 200


def test_serving_stored_events_does_not_load_the_place_names(tmp_settings):
    app = create_app(tmp_settings.model_copy(update={"load_demo": True}))
    with TestClient(app) as c:
        # A gazetteer of its own: the process-wide one may have had its names read by other tests.
        gaz = app.state.gazetteer = Gazetteer(tmp_settings.index_dir)
        for path in (
            "/ogc/collections/events/items?limit=100",
            "/ogc/collections/events/items?bbox=30,45,40,52&limit=10",
            "/ogc/collections/events",
            "/api/events?limit=10",
            "/tiles/events/5/18/10.mvt",
        ):
            assert c.get(path).status_code in (200, 204), path
        assert "names" not in vars(gaz) and "sources" not in vars(gaz)  # cached properties, opened on use
        # ... and a request that resolves a place name reads them.
        assert c.get("/api/distance", params={"from": "Kyiv", "to": "Lviv"}).status_code == 200
        assert "names" in vars(gaz)
