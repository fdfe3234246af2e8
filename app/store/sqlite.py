"""app.store.sqlite: the default store, one SQLite file in WAL mode with an R*Tree over event points.

Several processes may write at once: every write is one `BEGIN IMMEDIATE` transaction, so writers queue on
SQLite's lock (busy_timeout) instead of failing, and readers never block in WAL mode.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from app.errors import StoreError
from app.extract.model import Article, Event
from app.store._records import (
    DEDUP_KM,
    ORIGINS,
    SCALAR_FIELDS,
    article_digest,
    check_record,
    column_value,
    distances_km,
    dumps,
    loads,
    record_from_event,
    search_boxes,
    source_entry,
)
from app.store.cql import sqlite_spatial
from app.store.feeds import FeedState
from app.store.fulltext import SQLITE_FTS
from app.store.review import apply_corrections, review_writes
from app.store.sqlite_map import SQLiteMapReads
from app.store.sqlite_reads import SQLiteEventReads
from app.store.sqlite_schema import SCHEMA_VERSION, create_schema, statements
from app.store.sqlite_sql import (
    SELECT,
    UPSERT,
    box_sql,
    row_to_record,
)

__all__ = ["SQLiteStore"]


class SQLiteStore(SQLiteEventReads, SQLiteMapReads):
    """Events in one SQLite file.

    >>> store = SQLiteStore(tmp_path / "events.sqlite")
    >>> store.add_events([record], origin="demo")
    1
    >>> store.query(EventFilter(bbox=(22, 44, 41, 53)))[1]
    1
    """

    def __init__(self, path: Path | str, *, busy_timeout_s: float = 60.0) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._busy_ms = int(busy_timeout_s * 1000)
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._conns_lock = threading.Lock()
        self._closed = False
        self.feeds = FeedState(self._feed_run)
        conn = self._conn()
        # Opening a store that has its schema takes no write lock, so readers (the API, check-store)
        # start at once even while a bulk ingest holds it.
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            with self._write(conn):
                create_schema(conn)
        self._ensure_fulltext(conn)

    def _ensure_fulltext(self, conn: sqlite3.Connection) -> None:
        """The FTS5 index behind q=; stores made before it get it (filled from their rows) on first open."""
        present = "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'events_fts_au'"
        if conn.execute(present).fetchone():
            return
        with self._write(conn):
            if conn.execute(present).fetchone():
                return
            for statement in statements(SQLITE_FTS):
                conn.execute(statement)

    # -- connections ---------------------------------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        """One connection per thread: sqlite3 connections must not be used by two threads at once."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        if self._closed:
            raise StoreError("the store is closed")
        # isolation_level=None: we issue BEGIN IMMEDIATE / COMMIT ourselves.
        conn = sqlite3.connect(
            self.path, timeout=self._busy_ms / 1000, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {self._busy_ms}")
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode loses nothing on a process crash (kill -9), only possibly the last commits
        # on power loss; FULL would fsync on every article.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.create_function("cm_spatial", 4, sqlite_spatial, deterministic=True)
        self._local.conn = conn
        with self._conns_lock:
            self._conns.append(conn)
        return conn

    @contextmanager
    def _write(self, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock up front, so two writers never both read-then-upgrade and deadlock.
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def close(self) -> None:
        self._closed = True
        with self._conns_lock:
            conns, self._conns = self._conns, []
        for conn in conns:
            with suppress(sqlite3.ProgrammingError):
                conn.close()
        self._local = threading.local()

    # -- writes --------------------------------------------------------------------------------------------

    def ingest(self, article: Article, events: Iterable[Event]) -> list[str]:
        records = [record_from_event(ev, article) for ev in events]
        digest = article_digest(article, records)
        conn = self._conn()
        with self._write(conn):
            row = conn.execute("SELECT hash FROM articles WHERE id = ?", (article.id,)).fetchone()
            if row is not None and row[0] == digest:
                return self._article_event_ids(conn, article.id)
            if row is not None:
                self._remove_article(conn, article.id)
            ids = [self._place(conn, rec, article, position) for position, rec in enumerate(records)]
            conn.execute(
                "INSERT INTO articles (id, hash, ingested_at) VALUES (?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, ingested_at = excluded.ingested_at",
                (article.id, digest, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        return ids

    def add_events(self, records: Iterable[dict[str, Any]], *, origin: str) -> int:
        if origin not in ORIGINS:
            raise StoreError(f"origin must be one of {ORIGINS}, not {origin!r}")
        checked = [check_record(r) for r in records]
        conn = self._conn()
        n = 0
        with self._write(conn):
            for rec in checked:
                sources = rec["sources"]
                if sources is None:
                    sources = [source_entry(rec["article"], rec["source"])] if rec["source"] else []
                self._write_record(conn, rec, origin, sources)
                n += 1
        return n

    def _write_record(
        self, conn: sqlite3.Connection, rec: dict[str, Any], origin: str, sources: list
    ) -> None:
        """Upsert one record and its R*Tree entry; an editor's corrections stay over the incoming values."""
        row = conn.execute("SELECT corrections FROM events WHERE id = ?", (rec["id"],)).fetchone()
        if row is not None and row[0] != "{}":
            rec = apply_corrections({**rec, "corrections": loads(row[0])})
        rid = self._upsert(conn, rec, origin, sources)
        self._index(conn, rid, rec)

    def _upsert(self, conn: sqlite3.Connection, rec: dict[str, Any], origin: str, sources: list) -> int:
        values = [column_value(rec, c) for c in SCALAR_FIELDS]
        values += [
            dumps(rec["source"]) if rec["source"] is not None else None,
            rec["lat"],
            rec["lon"],
            origin,
        ]
        values += [dumps(rec["acled"]) if rec["acled"] is not None else None, dumps(sources)]
        conn.execute(UPSERT, values)
        return conn.execute("SELECT rid FROM events WHERE id = ?", (rec["id"],)).fetchone()[0]

    @staticmethod
    def _index(conn: sqlite3.Connection, rid: int, rec: dict[str, Any]) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO events_rtree (rid, minlon, maxlon, minlat, maxlat) VALUES (?, ?, ?, ?, ?)",
            (rid, rec["lon"], rec["lon"], rec["lat"], rec["lat"]),
        )

    def _place(self, conn: sqlite3.Connection, rec: dict[str, Any], article: Article, position: int) -> str:
        """Store one extracted record: as itself, or as one more source of an event already reported."""
        exists = conn.execute("SELECT 1 FROM events WHERE id = ?", (rec["id"],)).fetchone()
        target = rec["id"] if exists else self._find_duplicate(conn, rec, article.id)
        if target is None or target == rec["id"]:
            self._write_record(conn, rec, "extracted", [])
            target = rec["id"]
        src = rec["source"] or {}
        conn.execute(
            "INSERT OR IGNORE INTO event_sources (event_id, article_id, local_id, position, title, outlet, url,"
            " published) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (target, article.id, rec["id"], position, src.get("title"), src.get("outlet"), src.get("url"),
             src.get("published")),
        )  # fmt: skip
        self._refresh_sources(conn, target)
        return target

    def _find_duplicate(self, conn: sqlite3.Connection, rec: dict[str, Any], article_id: str) -> str | None:
        """The nearest extracted event of the same type and day within DEDUP_KM not already from this article."""
        in_box, params = box_sql(search_boxes(rec["lat"], rec["lon"], DEDUP_KM), exact=False)
        rows = conn.execute(
            f"SELECT e.id, e.lat, e.lon FROM events e WHERE {in_box} AND e.event_type = ? AND e.event_date = ?"
            " AND e.origin = 'extracted' AND NOT EXISTS (SELECT 1 FROM event_sources s"
            " WHERE s.event_id = e.id AND s.article_id = ?) ORDER BY e.id",
            [*params, rec["event_type"], rec["event_date"], article_id],
        ).fetchall()
        if not rows:
            return None
        d = distances_km(
            rec["lat"], rec["lon"], np.array([r[1] for r in rows]), np.array([r[2] for r in rows])
        )
        best = int(np.argmin(d))
        return rows[best][0] if d[best] <= DEDUP_KM else None

    def _refresh_sources(self, conn: sqlite3.Connection, event_id: str) -> None:
        """Rewrite an extracted event's `sources` from event_sources; drop it when no article reports it."""
        rows = conn.execute(
            "SELECT article_id, title, outlet, url, published FROM event_sources WHERE event_id = ? ORDER BY rowid",
            (event_id,),
        ).fetchall()
        if not rows:
            # An event an editor has touched stays (with its last sources): deleting it would let the next
            # ingest bring it back unreviewed, and a rejected report would reappear.
            rid = conn.execute(
                "SELECT rid FROM events WHERE id = ? AND origin = 'extracted'"
                " AND review_status = 'unreviewed' AND corrections = '{}'",
                (event_id,),
            ).fetchone()
            if rid is not None:
                conn.execute("DELETE FROM events_rtree WHERE rid = ?", rid)
                conn.execute("DELETE FROM events WHERE rid = ?", rid)
            return
        sources = [
            {"article": r[0], "title": r[1], "outlet": r[2], "url": r[3], "published": r[4]} for r in rows
        ]
        articles = [r[0] for r in rows]
        first = sources[0]
        primary = {k: first[k] for k in ("title", "outlet", "url", "published")}
        # The event's own `article`/`source` stay with its first reporter while that report remains.
        conn.execute(
            "UPDATE events SET sources = ?,"
            f" source = CASE WHEN article IN ({', '.join('?' * len(articles))}) THEN source ELSE ? END,"
            f" article = CASE WHEN article IN ({', '.join('?' * len(articles))}) THEN article ELSE ? END"
            " WHERE id = ?",
            [dumps(sources), *articles, dumps(primary), *articles, first["article"], event_id],
        )

    def _remove_article(self, conn: sqlite3.Connection, article_id: str) -> None:
        event_ids = [
            r[0]
            for r in conn.execute("SELECT event_id FROM event_sources WHERE article_id = ?", (article_id,))
        ]
        conn.execute("DELETE FROM event_sources WHERE article_id = ?", (article_id,))
        for event_id in event_ids:
            self._refresh_sources(conn, event_id)

    @staticmethod
    def _article_event_ids(conn: sqlite3.Connection, article_id: str) -> list[str]:
        rows = conn.execute(
            "SELECT event_id FROM event_sources WHERE article_id = ? ORDER BY position", (article_id,)
        )
        return [r[0] for r in rows]

    # -- review --------------------------------------------------------------------------------------------

    def update_event(
        self, event_id: str, changes: dict[str, Any], *, by: str, note: str | None = None
    ) -> dict[str, Any] | None:
        conn = self._conn()
        with self._write(conn):
            row = conn.execute(SELECT + " WHERE e.id = ?", (event_id,)).fetchone()
            if row is None:
                return None
            entries, sets = review_writes(event_id, row_to_record(row), changes, by=by, note=note)
            conn.executemany(
                "INSERT INTO event_history (event_id, at, by, field, old, new, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                entries,
            )
            if sets:
                assignments = ", ".join(f"{f} = ?" for f in sets)
                conn.execute(f"UPDATE events SET {assignments} WHERE id = ?", [*sets.values(), event_id])
            if "lat" in sets or "lon" in sets:
                rid, lat, lon = conn.execute(
                    "SELECT rid, lat, lon FROM events WHERE id = ?", (event_id,)
                ).fetchone()
                self._index(conn, rid, {"lat": lat, "lon": lon})
            return row_to_record(conn.execute(SELECT + " WHERE e.id = ?", (event_id,)).fetchone())

    def _feed_run(self, sql: str, params: tuple = (), *, write: bool = False) -> list[tuple]:
        conn = self._conn()
        sql = sql.replace("%s", "?")
        if not write:
            return conn.execute(sql, params).fetchall()
        with self._write(conn):
            return conn.execute(sql, params).fetchall()

    def check(self) -> bool:
        conn = self._conn()
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ok = ok and conn.execute("SELECT rtreecheck('events_rtree')").fetchone()[0] == "ok"
        n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        n_tree = conn.execute("SELECT count(*) FROM events_rtree").fetchone()[0]
        return ok and n_events == n_tree
