"""POST/GET /api/sources, and the server polling its feeds itself with CONFLICTMAP_WATCH=true (feed and
pages on loopback)."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient
from newsroom_server import Route, article_page, rss, serve
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.api import create_app

INGEST = {"Authorization": "Bearer ingest-77aa"}
REVIEW = {"Authorization": "Bearer review-88bb"}


def keyed(settings, **more):
    return settings.model_copy(
        update={"ingest_keys": ["desk:ingest-77aa"], "review_keys": ["alice:review-88bb"], "host_delay_s": 0.0, "fetch_private": True,
                "fetch_timeout_s": 2.0, **more}
    )  # fmt: skip


@pytest.fixture
def site():
    with serve() as s:
        items = []
        for n in range(4):
            s.routes[f"/news/{n}"] = Route(article_page(n, s.base))
            items.append((f"urn:s:{n}", s.url(f"/news/{n}"), f"Story {n}"))
        s.routes["/feed.xml"] = Route(rss(items), content_type="application/rss+xml")
        yield s


def test_register_and_list_sources(tmp_settings):
    with TestClient(create_app(keyed(tmp_settings))) as c:
        assert c.get("/api/sources").json() == {"watching": False, "every_s": 900.0, "sources": []}
        r = c.post("/api/sources", json={"url": "https://wire.example/ukraine.rss"}, headers=INGEST)
        assert r.status_code == 201, r.text
        assert (r.json()["added_by"], r.json()["last_status"], r.json()["polls"]) == ("desk", "never", 0)
        again = c.post("/api/sources", json={"url": "https://wire.example/ukraine.rss"}, headers=INGEST)
        assert again.status_code == 200
        assert [s["url"] for s in c.get("/api/sources").json()["sources"]] == [
            "https://wire.example/ukraine.rss"
        ]
        assert "etag" not in c.get("/api/sources").json()["sources"][0]


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        ({"url": "https://wire.example/rss"}, {}, 401),
        ({"url": "https://wire.example/rss"}, REVIEW, 403),
        ({"url": "file:///etc/passwd"}, INGEST, 400),
        ({"url": "https://wire.example/rss", "every": 5}, INGEST, 400),
        (["https://wire.example/rss"], INGEST, 400),
    ],
)
def test_bad_registrations(tmp_settings, body, headers, status):
    with TestClient(create_app(keyed(tmp_settings))) as c:
        r = c.post("/api/sources", json=body, headers=headers)
        assert r.status_code == status, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert c.get("/api/sources").json()["sources"] == []


@pytest.mark.parametrize("backend", ["sqlite", "postgis"])
def test_the_server_polls_registered_feeds_when_watch_is_on(request, tmp_settings, site, backend):
    url = request.getfixturevalue("pg_schema_url") if backend == "postgis" else None
    settings = keyed(tmp_settings, database_url=url, watch=True, watch_every_s=0.3)
    with TestClient(create_app(settings)) as c:
        assert c.post("/api/sources", json={"url": site.url("/feed.xml")}, headers=INGEST).status_code == 201
        deadline = time.monotonic() + 120
        while True:
            [src] = c.get("/api/sources").json()["sources"]
            if src["items_ingested"] == 4 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert (src["last_status"], src["items_ingested"], src["items_failed"]) == ("ok", 4, 0)
        assert src["polls"] >= 1 and src["last_polled_at"]
        articles = {f["properties"]["article"] for f in c.get("/api/events").json()["features"]}
        assert articles == {site.url(f"/news/{n}") for n in range(4)}
    assert all(site.hits[f"/news/{n}"] == 1 for n in range(4))
