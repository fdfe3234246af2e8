"""Kept answers and counts (app.api.page_cache) on both stores: served while nothing changed, never after a
write by another process (the CLI, a script), another worker (a second app on the same store) or the API;
ETag / If-None-Match; a reviewer's answer never reaches the public."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from event_seed import BACKENDS, EXPLOSIONS, backend_settings, seed
from fastapi.testclient import TestClient
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.api import create_app
from app.api.page_cache import CountCache, PageCache, _Entry

ROOT = Path(__file__).resolve().parents[2]
REVIEW_KEY = "review-c4c4e1d2"
REVIEWER = {"Authorization": f"Bearer {REVIEW_KEY}"}
ITEMS = "/ogc/collections/events/items?limit=5"
MERGE = {"Content-Type": "application/merge-patch+json"}


@pytest.fixture(params=BACKENDS)
def settings(request, tmp_settings):
    return backend_settings(request, tmp_settings).model_copy(update={"review_keys": [f"alice:{REVIEW_KEY}"]})


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings)) as c:
        seed(c.app.state.store)
        yield c


def other_process(settings, *args: str) -> None:
    """Run this checkout's CLI (or, with "-c", a Python snippet) in a separate process on the same store."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTMAP_")}
    env.update(
        CONFLICTMAP_DATA_DIR=str(settings.data_dir),
        CONFLICTMAP_GAZETTEER_DIR=str(settings.index_dir),
        CONFLICTMAP_LOAD_DEMO="false",
        CONFLICTMAP_DATABASE_URL=settings.database_url or "",
    )
    if args[0] == "-c":
        cmd = [sys.executable, "-c", args[1]]
    else:
        cli = "import sys; from app.cli.main import main; sys.argv[0] = 'conflictmap'; main()"
        cmd = [sys.executable, "-c", cli, *args]
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr.decode()[-2000:]


# A newer explosion than every seeded event, written by a plain script through the store.
ADD_NEWEST = """
from app.extract.model import Event
from app.settings import Settings
from app.store import open_store
store = open_store(Settings())
store.add_events([Event(id="cm-cache-new", event_date="2025-12-01", time_precision=1,
    event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", lat=49.58, lon=34.55,
    location="Poltava", country="Ukraine", country_code="UA", notes="Cache test: a drone hit a depot.",
    article="cache-test-article", confidence=0.7).to_record()], origin="demo")
store.close()
"""


def ids(resp) -> list[str]:
    return [f["id"] for f in resp.json()["features"]]


def next_href(resp) -> str:
    return next(link["href"] for link in resp.json()["links"] if link["rel"] == "next")


def test_a_kept_answer_is_served_until_a_script_in_another_process_writes(client, settings):
    first = client.get(ITEMS)
    assert first.status_code == 200 and first.json()["numberMatched"] == 12
    again = client.get(ITEMS)
    assert again.headers["etag"] == first.headers["etag"]
    assert again.content == first.content  # the kept bytes, timeStamp included
    other_process(settings, "-c", ADD_NEWEST)
    after = client.get(ITEMS)
    assert after.json()["numberMatched"] == 13
    assert ids(after)[0] == "cm-cache-new"
    assert after.headers["etag"] != first.headers["etag"]


def test_a_rejection_through_the_cli_withdraws_the_event_from_the_next_public_read(client, settings):
    url = "/ogc/collections/events/items?limit=100"
    before = client.get(url)
    assert "cm-test-03" in ids(before)
    other_process(settings, "review", "reject", "cm-test-03", "--by", "bob", "--note", "duplicate")
    after = client.get(url)
    assert "cm-test-03" not in ids(after)
    assert after.json()["numberMatched"] == 11
    # the old tag no longer validates: the client gets the new answer, not a 304
    stale = client.get(url, headers={"If-None-Match": before.headers["etag"]})
    assert stale.status_code == 200 and "cm-test-03" not in ids(stale)


def test_a_second_worker_sees_the_first_workers_write(settings):
    with TestClient(create_app(settings)) as one, TestClient(create_app(settings)) as two:
        seed(one.app.state.store)
        url = "/api/events?limit=100"
        assert len(ids(two.get(url))) == 12
        assert len(ids(one.get(url))) == 12
        r = one.patch(
            "/api/events/cm-test-07", json={"review_status": "rejected"}, headers={**REVIEWER, **MERGE}
        )
        assert r.status_code == 200, r.text
        assert "cm-test-07" not in ids(two.get(url))
        assert "cm-test-07" not in ids(one.get(url))


def test_if_none_match_with_the_current_tag_is_a_304_until_a_write(client):
    tag = client.get(ITEMS).headers["etag"]
    assert client.get(ITEMS).headers["cache-control"] == "no-cache"
    not_modified = client.get(ITEMS, headers={"If-None-Match": tag})
    assert not_modified.status_code == 304 and not_modified.content == b""
    assert not_modified.headers["etag"] == tag
    assert client.get(ITEMS, headers={"If-None-Match": f"W/{tag}"}).status_code == 304
    assert client.get(ITEMS, headers={"If-None-Match": '"1-0000"'}).status_code == 200
    # another query's tag does not validate this one
    other = client.get("/ogc/collections/events/items?limit=6").headers["etag"]
    assert client.get(ITEMS, headers={"If-None-Match": other}).status_code == 200
    r = client.patch("/api/events/cm-test-01", json={"fatalities": 3}, headers={**REVIEWER, **MERGE})
    assert r.status_code == 200, r.text
    assert client.get(ITEMS, headers={"If-None-Match": tag}).status_code == 200


def test_a_reviewers_kept_answer_never_reaches_the_public(client):
    r = client.patch(
        "/api/events/cm-test-05", json={"review_status": "rejected"}, headers={**REVIEWER, **MERGE}
    )
    assert r.status_code == 200, r.text
    url = "/ogc/collections/events/items?limit=100"
    reviewer = client.get(url, headers=REVIEWER)
    assert "cm-test-05" in ids(reviewer)
    public = client.get(url)
    assert "cm-test-05" not in ids(public)
    assert public.headers["etag"] != reviewer.headers["etag"]
    assert "cm-test-05" in ids(client.get(url, headers=REVIEWER))
    assert "Authorization" in public.headers["vary"]


def test_a_count_kept_for_a_filter_follows_a_write_between_its_pages(client, settings):
    url = f"/api/events?limit=3&event_type={EXPLOSIONS}"
    first = client.get(url)
    matched = first.json()["numberMatched"]
    assert matched == 7
    second = client.get(next_href(first))
    assert second.json()["numberMatched"] == matched  # the count kept for this filter
    other_process(settings, "-c", ADD_NEWEST)
    third = client.get(next_href(second))
    assert third.json()["numberMatched"] == matched + 1
    # a page size the store has not counted for yet agrees
    assert client.get(f"/api/events?limit=50&event_type={EXPLOSIONS}").json()["numberMatched"] == matched + 1


def test_a_kept_csv_answer_keeps_its_headers(client):
    first = client.get("/api/events?format=csv&limit=4")
    again = client.get("/api/events?format=csv&limit=4")
    assert again.content == first.content
    assert again.headers["content-disposition"] == first.headers["content-disposition"]
    assert again.headers["content-type"].startswith("text/csv")


def test_html_is_not_kept_nor_tagged(client):
    r = client.get(ITEMS + "&f=html")
    assert r.status_code == 200 and "etag" not in r.headers


def test_the_page_cache_evicts_least_recent_and_keeps_the_newest_generation():
    cache = PageCache(max_bytes=400)
    for i in range(5):
        cache.put(f"k{i}", _Entry(7, b"x" * 100, "application/geo+json", ()))
    assert len(cache) == 4 and cache.get("k0", 7) is None and cache.get("k4", 7) is not None
    assert cache.get("k4", 8) is None  # another generation: gone
    cache.put("k1", _Entry(9, b"new", "application/json", ()))
    cache.put("k1", _Entry(8, b"old", "application/json", ()))  # made from older data: refused
    assert cache.get("k1", 9).body == b"new"
    cache.put("big", _Entry(9, b"y" * 101, "application/json", ()))  # over a quarter of the cache
    assert cache.get("big", 9) is None
    counts = CountCache(max_entries=2)
    counts.put("a", 3, None)
    assert counts.get("a", 3) == (True, None) and counts.get("a", 4) == (False, None)
