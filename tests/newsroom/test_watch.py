"""The feed watcher on both stores, against feeds and pages served on loopback: new items ingested once,
conditional GET, duplicates by GUID and by text, failures remembered and retried, the loop never stops."""

from __future__ import annotations

import logging

import pytest
from newsroom_server import Route, article_page, atom, rss, serve
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.extract import extract_events
from app.newsroom.fetch import Fetcher
from app.newsroom.watch import MAX_ATTEMPTS, Watcher, parse_every
from app.store import EventFilter
from app.store.sqlite import SQLiteStore


@pytest.fixture
def site():
    with serve() as s:
        yield s


@pytest.fixture
def watcher(store, geocoder, tmp_settings):
    settings = tmp_settings.model_copy(
        update={
            "host_delay_s": 0.0,
            "fetch_timeout_s": 1.0,
            "fetch_max_bytes": 300_000,
            "fetch_private": True,
        }
    )
    with Fetcher(settings) as fetcher:
        yield Watcher(store, fetcher, lambda a: store.ingest(a, extract_events(a, geocoder)))


def publish(site, numbers, *, path="/feed.xml", etag=None, last_modified=None, kind=rss):
    items = []
    for n in numbers:
        site.routes.setdefault(f"/news/{n}", Route(article_page(n, site.base)))
        items.append((f"urn:test:{n}", site.url(f"/news/{n}"), f"Story {n}"))
    ctype = "application/rss+xml" if kind is rss else "application/atom+xml"
    site.routes[path] = Route(kind(items), content_type=ctype, etag=etag, last_modified=last_modified)
    return site.url(path)


def test_new_items_are_ingested_once_and_an_unchanged_feed_is_not_refetched(site, watcher, store):
    feed = publish(site, range(5), etag='"v1"')
    first = watcher.poll(feed)
    assert (first.status, first.items, first.new, first.ingested, first.failed) == ("ok", 5, 5, 5, 0)
    assert first.events >= 5
    events_after_first = store.count()
    again = watcher.poll(feed)
    assert again.status == "not-modified"
    assert site.conditional_hits["/feed.xml"] == 1
    publish(site, range(7), etag='"v2"')  # two new stories
    third = watcher.poll(feed)
    assert (third.new, third.ingested) == (2, 2)
    assert all(site.hits[f"/news/{n}"] == 1 for n in range(7))  # no page fetched twice
    assert store.count() > events_after_first
    state = store.feeds.get_feed(feed)
    assert (state["last_status"], state["items_ingested"], state["polls"], state["etag"]) == (
        "ok",
        7,
        3,
        '"v2"',
    )
    articles = {r["article"] for r in store.query(EventFilter())[0]}
    assert articles == {site.url(f"/news/{n}") for n in range(7)}


def test_last_modified_is_used_when_there_is_no_etag(site, watcher):
    feed = publish(site, range(2), kind=atom, last_modified="Sun, 28 Dec 2025 07:00:00 GMT")
    assert watcher.poll(feed).ingested == 2
    assert watcher.poll(feed).status == "not-modified"
    assert site.conditional_hits["/feed.xml"] == 1


def test_duplicate_guids_and_the_same_story_under_another_link(site, watcher, store):
    site.routes["/news/1"] = Route(article_page(1, site.base))
    site.routes["/mirror/1"] = Route(article_page(1, site.base, canonical="https://syndication.example/x"))
    items = [
        ("urn:a", site.url("/news/1"), "Story"),
        ("urn:a", site.url("/news/1"), "Story (again)"),  # the same GUID twice in one feed
        ("urn:b", site.url("/mirror/1"), "Story, syndicated"),  # another GUID and URL, the same text
    ]
    site.routes["/feed.xml"] = Route(rss(items), content_type="application/rss+xml")
    result = watcher.poll(site.url("/feed.xml"))
    assert (result.ingested, result.duplicates) == (1, 1)
    assert store.feeds.item_counts(site.url("/feed.xml")) == {"ingested": 1, "duplicate": 1}
    assert {r["article"] for r in store.query(EventFilter())[0]} == {site.url("/news/1")}


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (Route(b"gone", status=404), "HTTP 404"),
        (Route(b"late", delay_s=2.0), "timed out"),
        (Route(b"", chunked_bytes=2_000_000), "larger than"),
    ],
)
def test_a_failing_page_is_remembered_and_retried_until_it_works(site, watcher, store, route, reason, caplog):
    feed = publish(site, [1, 2])
    site.routes["/news/2"] = route
    with caplog.at_level(logging.WARNING, logger="conflictmap.watch"):
        first = watcher.poll(feed)
    assert (first.ingested, first.failed) == (1, 1)
    assert reason in caplog.text
    item = store.feeds.item(feed, "urn:test:2")
    assert (item["state"], item["attempts"]) == ("failed", 1) and reason in item["last_error"]
    site.routes["/news/2"] = Route(article_page(2, site.base))  # the page comes back
    second = watcher.poll(feed)
    assert (second.new, second.ingested, second.failed) == (1, 1, 0)
    assert store.feeds.item(feed, "urn:test:2")["state"] == "ingested"


def test_a_page_that_keeps_failing_is_given_up_after_max_attempts(site, watcher, store):
    feed = publish(site, [1])
    site.routes["/news/1"] = Route(b"gone", status=404)
    for _ in range(MAX_ATTEMPTS + 2):
        watcher.poll(feed)
    assert site.hits["/news/1"] == MAX_ATTEMPTS
    assert store.feeds.get_feed(feed)["items_failed"] == MAX_ATTEMPTS


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (
            Route(b"<rss><channel><item><title>broken", content_type="application/rss+xml"),
            "not an RSS/Atom feed",
        ),
        (Route(b"nothing", status=404), "HTTP 404"),
        (Route(b"<html><body>a web page</body></html>"), "not an RSS/Atom feed"),
    ],
)
def test_a_bad_feed_is_an_error_and_the_loop_goes_on(site, watcher, store, route, reason):
    site.routes["/bad.xml"] = route
    good = publish(site, [3])
    results = watcher.run(lambda: [site.url("/bad.xml"), good], every_s=0, once=True)
    assert [r.status for r in results] == ["error", "ok"]
    assert reason in results[0].error
    assert results[1].ingested == 1
    state = store.feeds.get_feed(site.url("/bad.xml"))
    assert state["last_status"] == "error" and reason in state["last_error"]
    assert state["etag"] is None


def test_the_feed_list_is_remembered(store):
    store.feeds.add_feed("https://wire.example/rss", by="alice")
    store.feeds.add_feed("https://wire.example/rss", by="bob")  # idempotent: the first registration stays
    [feed] = store.feeds.feeds()
    assert (feed["url"], feed["added_by"], feed["last_status"], feed["polls"]) == (
        "https://wire.example/rss", "alice", "never", 0,
    )  # fmt: skip


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("30s", 30), ("1h", 3600), ("90", 90)])
def test_parse_every(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "-5m", "soon", "0"])
def test_parse_every_refuses_nonsense(text):
    with pytest.raises(ValueError):
        parse_every(text)


def test_a_version_3_sqlite_file_gets_the_feed_tables(tmp_path):
    import sqlite3

    path = tmp_path / "v3.sqlite"
    SQLiteStore(path).close()
    with sqlite3.connect(path) as conn:  # what a store of schema version 3 (before feeds) looked like
        conn.execute("DROP TABLE feed_items")
        conn.execute("DROP TABLE feeds")
        conn.execute("PRAGMA user_version = 3")
    store = SQLiteStore(path)
    try:
        store.feeds.add_feed("https://wire.example/rss")
        assert [f["url"] for f in store.feeds.feeds()] == ["https://wire.example/rss"]
    finally:
        store.close()
