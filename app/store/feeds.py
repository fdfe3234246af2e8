"""app.store.feeds: what the feed watcher remembers, in the same store as the events (both backends).

`feeds`: every registered RSS/Atom feed with its conditional-GET validators (ETag, Last-Modified), the last
poll's time, status and error, and running counts. `feed_items`: every item seen, by feed and item key
(its GUID, else its link), with the article it became and the hash of that article's text, so a restart
(even after kill -9) never ingests an item twice and the same story under a second GUID is a duplicate.

The SQL is written once with %s placeholders; the SQLite backend swaps them for ?.
"""

from __future__ import annotations

from typing import Any, Protocol

from app.store.review import now_iso

FEEDS_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
  url TEXT PRIMARY KEY,
  added_at TEXT NOT NULL,
  added_by TEXT,
  etag TEXT,
  last_modified TEXT,
  last_polled_at TEXT,
  last_status TEXT NOT NULL DEFAULT 'never',
  last_error TEXT,
  polls INTEGER NOT NULL DEFAULT 0,
  items_seen INTEGER NOT NULL DEFAULT 0,
  items_ingested INTEGER NOT NULL DEFAULT 0,
  items_failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS feed_items (
  feed_url TEXT NOT NULL,
  item_key TEXT NOT NULL,
  link TEXT,
  state TEXT NOT NULL,
  article_id TEXT,
  content_hash TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  first_seen_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (feed_url, item_key)
);
CREATE INDEX IF NOT EXISTS feed_items_hash ON feed_items (content_hash)
"""

FEED_COLUMNS = (
    "url", "added_at", "added_by", "etag", "last_modified", "last_polled_at", "last_status", "last_error",
    "polls", "items_seen", "items_ingested", "items_failed",
)  # fmt: skip
ITEM_COLUMNS = (
    "feed_url",
    "item_key",
    "link",
    "state",
    "article_id",
    "content_hash",
    "attempts",
    "last_error",
)
ITEM_STATES = ("ingested", "duplicate", "failed")


class Exec(Protocol):
    def __call__(self, sql: str, params: tuple = (), *, write: bool = False) -> list[tuple]: ...


class FeedState:
    """The feed tables through one `run(sql, params, write=)` of the backend."""

    def __init__(self, run: Exec) -> None:
        self._run = run

    def add_feed(self, url: str, *, by: str | None = None) -> dict[str, Any]:
        self._run(
            "INSERT INTO feeds (url, added_at, added_by) VALUES (%s, %s, %s) ON CONFLICT (url) DO NOTHING",
            (url, now_iso(), by),
            write=True,
        )
        return self.get_feed(url)  # type: ignore[return-value]

    def get_feed(self, url: str) -> dict[str, Any] | None:
        rows = self._run(f"SELECT {', '.join(FEED_COLUMNS)} FROM feeds WHERE url = %s", (url,))
        return dict(zip(FEED_COLUMNS, rows[0], strict=True)) if rows else None

    def feeds(self) -> list[dict[str, Any]]:
        rows = self._run(f"SELECT {', '.join(FEED_COLUMNS)} FROM feeds ORDER BY added_at, url")
        return [dict(zip(FEED_COLUMNS, r, strict=True)) for r in rows]

    def record_poll(
        self,
        url: str,
        *,
        status: str,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        seen: int = 0,
        ingested: int = 0,
        failed: int = 0,
    ) -> None:
        """One poll's outcome. Validators are replaced only by a successful poll: after a failure the next
        poll must fetch the feed whole."""
        keep = status != "ok"
        self._run(
            "UPDATE feeds SET last_polled_at = %s, last_status = %s, last_error = %s, polls = polls + 1,"
            " etag = CASE WHEN %s THEN etag ELSE %s END,"
            " last_modified = CASE WHEN %s THEN last_modified ELSE %s END,"
            " items_seen = items_seen + %s, items_ingested = items_ingested + %s, items_failed = items_failed + %s"
            " WHERE url = %s",
            (now_iso(), status, error, keep, etag, keep, last_modified, seen, ingested, failed, url),
            write=True,
        )

    def item(self, feed_url: str, key: str) -> dict[str, Any] | None:
        rows = self._run(
            f"SELECT {', '.join(ITEM_COLUMNS)} FROM feed_items WHERE feed_url = %s AND item_key = %s",
            (feed_url, key),
        )
        return dict(zip(ITEM_COLUMNS, rows[0], strict=True)) if rows else None

    def article_with_hash(self, content_hash: str) -> str | None:
        """The article an earlier item with this text became, from any feed."""
        rows = self._run(
            "SELECT article_id FROM feed_items WHERE content_hash = %s AND state = 'ingested' LIMIT 1",
            (content_hash,),
        )
        return rows[0][0] if rows else None

    def record_item(
        self,
        feed_url: str,
        key: str,
        *,
        link: str | None,
        state: str,
        article_id: str | None = None,
        content_hash: str | None = None,
        error: str | None = None,
    ) -> None:
        now = now_iso()
        self._run(
            "INSERT INTO feed_items (feed_url, item_key, link, state, article_id, content_hash, attempts,"
            " last_error, first_seen_at, updated_at) VALUES (%s, %s, %s, %s, %s, %s, 1, %s, %s, %s)"
            " ON CONFLICT (feed_url, item_key) DO UPDATE SET link = excluded.link, state = excluded.state,"
            " article_id = excluded.article_id, content_hash = excluded.content_hash,"
            " attempts = feed_items.attempts + 1, last_error = excluded.last_error, updated_at = excluded.updated_at",
            (feed_url, key, link, state, article_id, content_hash, error, now, now),
            write=True,
        )

    def item_counts(self, feed_url: str) -> dict[str, int]:
        rows = self._run(
            "SELECT state, count(*) FROM feed_items WHERE feed_url = %s GROUP BY state", (feed_url,)
        )
        return {state: int(n) for state, n in rows}
