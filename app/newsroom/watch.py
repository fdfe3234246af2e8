"""app.newsroom.watch: poll RSS/Atom feeds, fetch each new item's page, ingest it.

Never stops on a bad feed or page: the failure is logged with its reason, remembered in the store, and the
feed (or item) is tried again on a later poll (an item at most MAX_ATTEMPTS times). What was ingested is
remembered by item key (GUID, else link) and by the hash of the article text, so a restart, even after
kill -9 in the middle of a poll, ingests nothing twice (and store.ingest is idempotent besides).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any

from app.errors import FetchError
from app.extract.model import Article
from app.newsroom.fetch import Fetcher
from app.newsroom.page import fetch_article
from app.store.base import Store

__all__ = ["MAX_ATTEMPTS", "PollResult", "Watcher", "parse_every"]

log = logging.getLogger("conflictmap.watch")

MAX_ATTEMPTS = 5  # a page that failed this often is left alone (it stays listed as failed)

Ingest = Callable[[Article], list[str]]


@dataclass
class PollResult:
    feed: str
    status: str  # ok | not-modified | error
    items: int = 0  # entries in the feed
    new: int = 0  # items not ingested before
    ingested: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    error: str | None = None

    def line(self) -> str:
        if self.status == "error":
            return f"{self.feed}: ERROR {self.error}"
        if self.status == "not-modified":
            return f"{self.feed}: not modified"
        return (
            f"{self.feed}: {self.items} items, {self.new} new, {self.ingested} ingested ({self.events} events), "
            f"{self.duplicates} duplicates, {self.failed} failed"
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def text_hash(article: Article) -> str:
    """The same story under another GUID or URL: same words, whitespace aside."""
    return hashlib.sha256(" ".join(article.text.split()).encode("utf-8")).hexdigest()


def parse_every(text: str) -> float:
    """`15m`, `30s`, `1h`, `90` (seconds) -> seconds; ValueError otherwise."""
    t = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600}
    mult = units.get(t[-1:])
    number = t[:-1] if mult else t
    seconds = float(number) * (mult or 1)
    if not seconds > 0 or seconds != seconds:
        raise ValueError(text)
    return seconds


class Watcher:
    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        ingest: Ingest,
        *,
        on_item: Callable[[str, str, str], None] | None = None,
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.ingest = ingest
        self.on_item = on_item or (lambda feed, link, what: None)

    def poll(self, feed_url: str) -> PollResult:
        """One poll of one feed; never raises for a network or content problem."""
        import feedparser

        state = self.store.feeds.get_feed(feed_url) or self.store.feeds.add_feed(feed_url)
        result = PollResult(feed_url, "ok")
        try:
            resp = self.fetcher.get(feed_url, etag=state["etag"], last_modified=state["last_modified"])
        except FetchError as exc:
            return self._failed(result, str(exc))
        if resp.status == 304:
            result.status = "not-modified"
            self.store.feeds.record_poll(feed_url, status="not-modified")
            return result
        parsed = feedparser.parse(resp.body)
        entries = [e for e in parsed.entries if e.get("link")]
        warning = None
        if not parsed.get("version") and not entries:  # a web page, JSON, an empty body...
            return self._failed(result, f"{feed_url}: not an RSS/Atom feed")
        if parsed.get("bozo"):
            # Real feeds are often slightly broken; what can be read is used, and the flaw is reported.
            why = f"{feed_url}: not an RSS/Atom feed ({parsed.get('bozo_exception')})"
            if not entries:
                return self._failed(result, why)
            warning = f"{why}; {len(entries)} items read anyway"
            log.warning("%s", warning)
        result.items = len(entries)
        for entry in entries:
            self._item(feed_url, entry, result)
        self.store.feeds.record_poll(
            feed_url,
            status="ok",
            error=warning,
            etag=resp.etag,
            last_modified=resp.last_modified,
            seen=result.new,
            ingested=result.ingested,
            failed=result.failed,
        )
        log.info("%s", result.line())
        return result

    def _failed(self, result: PollResult, reason: str) -> PollResult:
        result.status, result.error = "error", reason
        self.store.feeds.record_poll(result.feed, status="error", error=reason)
        log.warning("feed failed, will retry: %s", reason)
        return result

    def _item(self, feed_url: str, entry: Any, result: PollResult) -> None:
        link = entry.get("link")
        key = entry.get("id") or link
        if not key or not link:
            return
        feeds = self.store.feeds
        seen = feeds.item(feed_url, key)
        if seen is not None and (seen["state"] != "failed" or seen["attempts"] >= MAX_ATTEMPTS):
            return
        result.new += 1
        try:
            article = fetch_article(self.fetcher, link)
        except FetchError as exc:
            result.failed += 1
            feeds.record_item(feed_url, key, link=link, state="failed", error=str(exc))
            log.warning("item failed, will retry: %s", exc)
            self.on_item(feed_url, link, f"failed: {exc}")
            return
        digest = text_hash(article)
        earlier = feeds.article_with_hash(digest)
        if earlier is not None and earlier != article.id:
            result.duplicates += 1
            feeds.record_item(
                feed_url, key, link=link, state="duplicate", article_id=earlier, content_hash=digest
            )
            self.on_item(feed_url, link, f"duplicate of {earlier}")
            return
        ids = self.ingest(article)
        result.ingested += 1
        result.events += len(ids)
        feeds.record_item(
            feed_url, key, link=link, state="ingested", article_id=article.id, content_hash=digest
        )
        self.on_item(feed_url, link, f"ingested: {len(ids)} events")

    def run(
        self,
        feed_urls: Callable[[], Iterable[str]],
        *,
        every_s: float,
        once: bool = False,
        stop: threading.Event | None = None,
        on_cycle: Callable[[list[PollResult]], None] | None = None,
    ) -> list[PollResult]:
        """Poll every feed, then wait `every_s`, until `stop` is set (or after one round with `once`)."""
        stop = stop or threading.Event()
        results: list[PollResult] = []
        while not stop.is_set():
            results = []
            for url in feed_urls():
                if stop.is_set():
                    break
                try:
                    results.append(self.poll(url))
                except Exception as exc:  # noqa: BLE001 - the loop must outlive any one feed's surprise
                    log.exception("feed %s: unexpected error", url)
                    results.append(PollResult(url, "error", error=f"{type(exc).__name__}: {exc}"))
            if on_cycle is not None:
                on_cycle(results)
            if once:
                break
            stop.wait(every_s)
        return results
