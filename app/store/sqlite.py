"""app.store.sqlite: the default store, one SQLite file in WAL mode with an R*Tree over event points.

Several processes may write at once: every write is one `BEGIN IMMEDIATE` transaction, so writers queue on
SQLite's lock (busy_timeout) instead of failing, and readers never block in WAL mode.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from app.errors import StoreError
from app.extract.model import Article, Event
from app.store._records import (
    DEDUP_KM,
    ORIGINS,
    RECORD_COLUMNS,
    REVIEW_STATUSES,
    SCALAR_FIELDS,
    Box,
    article_digest,
    check_record,
    column_value,
    distances_km,
    dumps,
    loads,
    record_from_event,
    search_boxes,
    source_entry,
    split_bbox,
)
from app.store.base import EventFilter
from app.store.cql import SQLITE, sqlite_spatial, to_sql
from app.store.feeds import FEEDS_SCHEMA, FeedState
from app.store.fulltext import SQLITE_FTS, sqlite_match
from app.store.keyset import keyset_sql
from app.store.map_grid import SQLITE_SCHEMA as MAP_GRID_SCHEMA
from app.store.map_grid import grid_sql, gx_sql, gy_sql
from app.store.review import apply_corrections, review_writes

__all__ = ["SQLiteStore"]

SCHEMA_VERSION = 7

# `rid` is the R*Tree's integer key; as an INTEGER PRIMARY KEY alias it survives VACUUM, which a bare rowid
# would not. `id` is the event's public key (UNIQUE), the one every caller uses.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  event_date TEXT NOT NULL,
  time_precision INTEGER,
  event_type TEXT NOT NULL,
  sub_event_type TEXT,
  actor1 TEXT,
  actor2 TEXT,
  location TEXT,
  admin1 TEXT,
  country TEXT,
  country_code TEXT,
  geo_precision INTEGER,
  fatalities INTEGER,
  injured INTEGER,
  claim_status TEXT,
  claimed_by TEXT,
  disputed_by TEXT,
  source TEXT,
  notes TEXT,
  article TEXT,
  confidence REAL,
  region TEXT,
  notes_highlight TEXT,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('extracted', 'acled', 'demo')),
  sources TEXT NOT NULL DEFAULT '[]',
  acled TEXT
);
CREATE INDEX IF NOT EXISTS events_date_id ON events (event_date DESC, id);
CREATE INDEX IF NOT EXISTS events_type_date ON events (event_type, event_date);
CREATE VIRTUAL TABLE IF NOT EXISTS events_rtree USING rtree (rid, minlon, maxlon, minlat, maxlat);
CREATE TABLE IF NOT EXISTS event_sources (
  event_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  local_id TEXT,
  position INTEGER NOT NULL,
  title TEXT,
  outlet TEXT,
  url TEXT,
  published TEXT,
  PRIMARY KEY (event_id, article_id)
);
CREATE INDEX IF NOT EXISTS event_sources_article ON event_sources (article_id, position);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
"""

# Version 3: the editor's loop. Columns are added when missing (so a file another process upgraded, or a
# fresh one, is left alone); their defaults make older rows read as unreviewed and uncorrected.
_REVIEW_COLUMNS = (
    (
        "review_status",
        "TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review_status IN ('unreviewed', 'verified', 'rejected'))",
    ),
    ("reviewed_by", "TEXT"),
    ("reviewed_at", "TEXT"),
    ("corrections", "TEXT NOT NULL DEFAULT '{}'"),
)
_REVIEW_SCHEMA = """
CREATE INDEX IF NOT EXISTS events_review_date ON events (review_status, event_date DESC, id);
CREATE TABLE IF NOT EXISTS event_history (
  seq INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  field TEXT,
  old TEXT,
  new TEXT,
  note TEXT
);
CREATE INDEX IF NOT EXISTS event_history_event ON event_history (event_id, seq);
"""
# Version 5: the map at any size. Narrow covering indexes, so a view's grid of counts (a bbox range on lon,
# then lat, dates, types and review states from the index alone) and the timeline's counts per day, type and
# review state never read the wide event rows: 135,000 events of a million group in ~80 ms instead of ~3 s.
_MAP_SCHEMA = """
CREATE INDEX IF NOT EXISTS events_map ON events (lon, lat, event_date, event_type, review_status, id);
CREATE INDEX IF NOT EXISTS events_day ON events (event_date, event_type, review_status);
CREATE INDEX IF NOT EXISTS events_actor1 ON events (actor1, review_status);
CREATE INDEX IF NOT EXISTS events_day_map ON events (event_date, lon, lat, event_type, review_status, id);
"""

_COLUMNS = "SELECT " + ", ".join(f"e.{c}" for c in RECORD_COLUMNS)
_SELECT = _COLUMNS + " FROM events e"
_UPSERT_COLS = (*SCALAR_FIELDS, "source", "lat", "lon", "origin", "acled")
_UPSERT = (
    f"INSERT INTO events ({', '.join(_UPSERT_COLS)}, sources) VALUES ({', '.join('?' * (len(_UPSERT_COLS) + 1))}) "
    "ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _UPSERT_COLS if c != "id")
    + ", sources = CASE WHEN excluded.origin = 'extracted' THEN events.sources ELSE excluded.sources END"
)


def _row_to_record(row: tuple) -> dict[str, Any]:
    rec = dict(zip(RECORD_COLUMNS, row, strict=True))
    rec["source"] = loads(rec["source"])
    rec["sources"] = loads(rec["sources"])
    rec["region"] = loads(rec["region"])
    rec["notes_highlight"] = loads(rec["notes_highlight"])
    rec["corrections"] = loads(rec["corrections"])
    acled = rec.pop("acled")
    if acled is not None:
        rec["acled"] = loads(acled)
    return rec


def _box_sql(boxes: list[Box], exact: bool, tree: bool = True) -> tuple[str, list[float]]:
    """R*Tree prefilter (its 32-bit bounds are rounded outward, so it is a superset) plus, if `exact`,
    the same test on the stored float64 coordinates. `tree=False` keeps only the exact test: for a walk
    along the date index, where each row is checked as it comes."""
    parts_tree, params = [], []
    for minlon, minlat, maxlon, maxlat in boxes:
        parts_tree.append("(maxlon >= ? AND minlon <= ? AND maxlat >= ? AND minlat <= ?)")
        params += [minlon, maxlon, minlat, maxlat]
    sql = f"e.rid IN (SELECT rid FROM events_rtree WHERE {' OR '.join(parts_tree)})"
    if exact and not tree:
        sql, params = "1", []
    if exact:
        parts = []
        for minlon, minlat, maxlon, maxlat in boxes:
            parts.append("(e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?)")
            params += [minlon, maxlon, minlat, maxlat]
        sql += f" AND ({' OR '.join(parts)})"
    return sql, params


def _where(flt: EventFilter, *, tree: bool = True) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.event_types:
        clauses.append(f"e.event_type IN ({', '.join('?' * len(flt.event_types))})")
        params += list(flt.event_types)
    if flt.start:
        clauses.append("e.event_date >= ?")
        params.append(flt.start)
    if flt.end:
        clauses.append("e.event_date <= ?")
        params.append(flt.end)
    if flt.origin:
        clauses.append("e.origin = ?")
        params.append(flt.origin)
    if flt.ids is not None:
        clauses.append(f"e.id IN ({', '.join('?' * len(flt.ids))})" if flt.ids else "0")
        params += list(flt.ids)
    if flt.in_cells is not None:
        shift, keys = flt.in_cells
        key = f"(({gx_sql('e', postgis=False)} >> {int(shift)}) * 65536 + ({gy_sql('e', postgis=False)} >> {int(shift)}))"
        clauses.append(f"{key} IN (SELECT value FROM json_each(?))")
        params.append(dumps(list(keys)))
    if flt.review_status is not None:
        clauses.append(
            f"e.review_status IN ({', '.join('?' * len(flt.review_status))})" if flt.review_status else "0"
        )
        params += list(flt.review_status)
    if flt.bbox is not None:
        sql, p = _box_sql(split_bbox(flt.bbox), exact=True, tree=tree)
        clauses.append(sql)
        params += p
    if flt.near is not None and flt.within_km is not None:
        sql, p = _box_sql(search_boxes(flt.near[0], flt.near[1], flt.within_km), exact=False)
        clauses.append(sql)
        params += p
    if flt.text:
        clauses.append("e.rid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
        params.append(sqlite_match(flt.text))
    if flt.cql is not None:
        sql, p = to_sql(flt.cql, SQLITE)
        clauses.append(sql)
        params += p
    if flt.after is not None:
        sql, p = keyset_sql(flt.sortby, flt.after, mark="?", same="IS")
        clauses.append(sql)
        params += p
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _source(flt: EventFilter) -> tuple[str, str, list[Any]]:
    """FROM and WHERE for a read. A bbox that does not cross 180° drives the query from the R*Tree as a
    join, so a capped count stops after count_limit rows; `rid IN (SELECT ... rtree)` would first list
    every rid in the box (70,000 of a million events for the Donbas: four times slower)."""
    boxes = split_bbox(flt.bbox) if flt.bbox is not None else []
    if len(boxes) != 1:
        where, params = _where(flt)
        return " FROM events e", where, params
    where, params = _where(flt, tree=False)  # keeps the exact float64 test on e.lon/e.lat
    minlon, minlat, maxlon, maxlat = boxes[0]
    where += " AND r.maxlon >= ? AND r.minlon <= ? AND r.maxlat >= ? AND r.minlat <= ?"
    # CROSS JOIN keeps the R*Tree the outer loop: without ANALYZE statistics SQLite would rather walk the
    # review-state index over every row and probe the R*Tree for each (10 s for a town's 24 events of a million).
    return (
        " FROM events_rtree r CROSS JOIN events e ON e.rid = r.rid",
        where,
        [*params, minlon, maxlon, minlat, maxlat],
    )


def _bbox_only(flt: EventFilter) -> bool:
    """Only a bbox (and the review states the caller may see) constrains the query."""
    return flt.bbox is not None and flt == EventFilter(
        bbox=flt.bbox, limit=flt.limit, offset=flt.offset, count_limit=flt.count_limit,
        review_status=flt.review_status,
    )  # fmt: skip


def _count_box(
    conn: sqlite3.Connection, box: Box, cap: int, statuses: tuple[str, ...] | None = None
) -> int | None:
    """Events in `box`, exact up to `cap` (None beyond) without reading event rows where the R*Tree alone
    is sure: an entry whose (outward-rounded, 32-bit) bounds lie inside the box is inside; only entries
    straddling an edge are checked against the stored float64 coordinates. Events in review states not in
    `statuses` (rejected ones, for the public) are few and found through the review index, then taken off."""
    minlon, minlat, maxlon, maxlat = box
    hidden = 0
    if statuses is not None:
        others = [s for s in REVIEW_STATUSES if s not in statuses]
        if others:
            hidden = conn.execute(
                f"SELECT count(*) FROM events e WHERE e.review_status IN ({', '.join('?' * len(others))})"
                " AND e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?",
                (*others, minlon, maxlon, minlat, maxlat),
            ).fetchone()[0]
    inside = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM events_rtree WHERE minlon >= ? AND maxlon <= ? AND minlat >= ?"
        " AND maxlat <= ? LIMIT ?)",
        (minlon, maxlon, minlat, maxlat, cap + hidden + 1),
    ).fetchone()[0]
    if inside - hidden > cap:
        return None
    edge = conn.execute(
        "SELECT count(*) FROM events_rtree r JOIN events e ON e.rid = r.rid WHERE r.maxlon >= ? AND r.minlon <= ?"
        " AND r.maxlat >= ? AND r.minlat <= ? AND NOT (r.minlon >= ? AND r.maxlon <= ? AND r.minlat >= ?"
        " AND r.maxlat <= ?) AND e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?",
        (minlon, maxlon, minlat, maxlat) * 3,
    ).fetchone()[0]
    total = inside + edge - hidden
    return None if total > cap else total


SHORT_DATES_DAYS = 183


def _short_dates(flt: EventFilter) -> bool:
    """Both ends of a date range given, at most SHORT_DATES_DAYS apart."""
    if not (flt.start and flt.end):
        return False
    from datetime import date

    try:
        return (date.fromisoformat(flt.end) - date.fromisoformat(flt.start)).days <= SHORT_DATES_DAYS
    except ValueError:
        return False


def _only_review(flt: EventFilter, *, dates_and_types: bool = False) -> bool:
    """Nothing but review states (and, if allowed, dates and types) filters: a narrow index covers it."""
    plain = EventFilter(review_status=flt.review_status)
    if dates_and_types:
        plain = replace(plain, start=flt.start, end=flt.end, event_types=flt.event_types)
    return replace(flt, after=None, limit=None, offset=0, count_limit=None) == plain


def _order(flt: EventFilter) -> str:
    """ORDER BY for a page: the client's sort keys (NULLs last either way, as on PostGIS), then the
    default newest-first, then id, so every page boundary is stable."""
    keys = [f"e.{name} {'DESC' if desc else 'ASC'} NULLS LAST" for name, desc in flt.sortby]
    keys += ["e.event_date DESC", "e.id"]
    return " ORDER BY " + ", ".join(keys)


def _statements(script: str) -> list[str]:
    """Split an SQL script on the semicolons that end statements (not those inside a trigger body)."""
    out, buf = [], ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                out.append(buf.strip())
            buf = ""
    return out


class SQLiteStore:
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
            self._create_schema(conn)
        self._ensure_fulltext(conn)

    def _ensure_fulltext(self, conn: sqlite3.Connection) -> None:
        """The FTS5 index behind q=; stores made before it get it (filled from their rows) on first open."""
        present = "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'events_fts_au'"
        if conn.execute(present).fetchone():
            return
        with self._write(conn):
            if conn.execute(present).fetchone():
                return
            for statement in _statements(SQLITE_FTS):
                conn.execute(statement)

    def _create_schema(self, conn: sqlite3.Connection) -> None:
        with self._write(conn):
            # version 2 added the region an event is known at and the place's span in its notes; another
            # process may have upgraded the file meanwhile, so look at the table itself under the lock
            have = {row[1] for row in conn.execute("PRAGMA table_info(events)")}
            for column in ("region", "notes_highlight"):
                if have and column not in have:
                    conn.execute(f"ALTER TABLE events ADD COLUMN {column} TEXT")
            # executescript() would COMMIT first; run the statements inside our own transaction instead.
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            have = {row[1] for row in conn.execute("PRAGMA table_info(events)")}
            for column, decl in _REVIEW_COLUMNS:
                if column not in have:
                    conn.execute(f"ALTER TABLE events ADD COLUMN {column} {decl}")
            # version 4: the feed watcher's tables (CREATE ... IF NOT EXISTS, so any older file gets them)
            for statement in (_REVIEW_SCHEMA + ";" + FEEDS_SCHEMA + ";" + _MAP_SCHEMA).split(";"):
                if statement.strip():
                    conn.execute(statement)
            # version 6: the map grid's kept counts (triggers: split where statements end, not at every ;)
            for statement in _statements(MAP_GRID_SCHEMA):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

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
        conn.execute(_UPSERT, values)
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
        box_sql, params = _box_sql(search_boxes(rec["lat"], rec["lon"], DEDUP_KM), exact=False)
        rows = conn.execute(
            f"SELECT e.id, e.lat, e.lon FROM events e WHERE {box_sql} AND e.event_type = ? AND e.event_date = ?"
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

    # -- reads ---------------------------------------------------------------------------------------------

    def query(self, flt: EventFilter) -> tuple[list[dict[str, Any]], int | None]:
        conn = self._conn()
        order = _order(flt)
        # The total is the whole query's: a cursor (flt.after) only says where this page starts.
        whole = replace(flt, after=None)
        if flt.near is not None and flt.within_km is not None:
            where, params = _where(whole)
            return self._query_near(conn, flt, where, params, order)
        page = " LIMIT ? OFFSET ?"
        limit = -1 if flt.limit is None else flt.limit
        source, where, params = _source(whole)
        if flt.count_limit is None:
            total = conn.execute(f"SELECT count(*){source}{where}", params).fetchone()[0]
        elif _bbox_only(whole) and len(split_bbox(flt.bbox)) == 1:
            total = _count_box(conn, split_bbox(flt.bbox)[0], flt.count_limit, flt.review_status)
        else:
            total = conn.execute(
                f"SELECT count(*) FROM (SELECT 1{source}{where} LIMIT ?)", [*params, flt.count_limit + 1]
            ).fetchone()[0]
            if total > flt.count_limit:
                total = None
        if total is None and not flt.sortby:
            # Many matches: walk the (event_date DESC, id) index and test each row as it comes; a page
            # of 100 then reads a few hundred rows instead of sorting every match (and a cursor's page
            # starts with a seek to its date).
            seek_where, seek_params = _where(flt, tree=False)
            sql = _SELECT + " INDEXED BY events_date_id" + seek_where + order + page
            rows = conn.execute(sql, [*seek_params, limit, flt.offset]).fetchall()
        else:
            source, where, params = _source(flt)
            rows = conn.execute(
                _COLUMNS + source + where + order + page, [*params, limit, flt.offset]
            ).fetchall()
        return [_row_to_record(r) for r in rows], total

    def _query_near(self, conn, flt: EventFilter, where: str, params: list, order: str):
        """R*Tree prefilter by the circle's box, then the exact geodesic distance on the candidates; the
        survivors go back to SQLite as one JSON array for ordering and paging (after the cursor, if any)."""
        cand = conn.execute(f"SELECT e.rid, e.lat, e.lon FROM events e{where}", params).fetchall()
        if not cand:
            return [], 0
        arr = np.array(cand, dtype=float)
        lat, lon = flt.near
        keep = distances_km(lat, lon, arr[:, 1], arr[:, 2]) <= flt.within_km
        rids = arr[keep, 0].astype(np.int64).tolist()
        total = len(rids)
        if not total or (flt.limit is not None and flt.limit <= 0) or flt.offset >= total:
            return [], total
        limit = -1 if flt.limit is None else flt.limit
        seek, seek_params = "", []
        if flt.after is not None:
            sql, seek_params = keyset_sql(flt.sortby, flt.after, mark="?", same="IS")
            seek = f" AND {sql}"
        rows = conn.execute(
            f"{_SELECT} WHERE e.rid IN (SELECT value FROM json_each(?)){seek}{order} LIMIT ? OFFSET ?",
            (dumps(rids), *seek_params, limit, flt.offset),
        ).fetchall()
        return [_row_to_record(r) for r in rows], total

    def clusters(
        self, flt: EventFilter, origin: tuple[float, float], cell: tuple[float, float]
    ) -> list[tuple[int, float, float, int]]:
        """Matching events grouped in a grid of `cell` (dlon, dlat) degrees from `origin` (minlon, minlat):
        (count, mean lon, mean lat, fatalities) per non-empty cell, counted exactly in SQL."""
        source, where, params, fatalities = self._grid_source(flt)
        # lon - minlon >= 0 inside the box, so CAST's truncation is floor.
        sql = (
            f"SELECT count(*), avg(e.lon), avg(e.lat), {fatalities}{source}"
            f"{where} GROUP BY CAST((e.lon - ?) / ? AS INTEGER), CAST((e.lat - ?) / ? AS INTEGER)"
        )
        rows = self._conn().execute(sql, [*params, origin[0], cell[0], origin[1], cell[1]]).fetchall()
        return [(int(r[0]), float(r[1]), float(r[2]), int(r[3])) for r in rows]

    def map_cells(
        self, flt: EventFilter, origin: tuple[float, float], cell: tuple[float, float]
    ) -> list[tuple[int, float, float, int, int, str]]:
        """As clusters(), for the map: (count, mean lon, mean lat, cell column, cell row, smallest id) without
        the fatalities, so the grouping reads only the narrow events_map index. A cell of one event names it."""
        source, where, params, _ = self._grid_source(flt, with_fatalities=False)
        sql = (
            f"SELECT count(*), avg(e.lon), avg(e.lat), CAST((e.lon - ?) / ? AS INTEGER) AS cx,"
            f" CAST((e.lat - ?) / ? AS INTEGER) AS cy, min(e.id){source}{where} GROUP BY cx, cy"
        )
        rows = self._conn().execute(sql, [origin[0], cell[0], origin[1], cell[1], *params]).fetchall()
        return [(int(r[0]), float(r[1]), float(r[2]), int(r[3]), int(r[4]), r[5]) for r in rows]

    @staticmethod
    def _grid_source(flt: EventFilter, *, with_fatalities: bool = True) -> tuple[str, str, list, str]:
        """FROM/WHERE for a grouping over one bbox. With only the filters the map index holds (bbox, dates,
        types, review states), the rows come from a range of events_map alone; else as any read."""
        fatalities = "coalesce(sum(e.fatalities), 0)" if with_fatalities else "0"
        narrow = (
            not with_fatalities
            and flt.bbox is not None
            and len(split_bbox(flt.bbox)) == 1
            and flt.cql is None
            and not flt.text
            and flt.near is None
            and flt.origin is None
            and flt.ids is None
            and flt.in_cells is None
        )
        if narrow:
            where, params = _where(replace(flt, after=None), tree=False)
            # A short date range (the timeline's brush, its play steps) holds far fewer rows than the tile's
            # band of longitudes: read that range of days (events_day_map) and test the box in the index.
            index = "events_day_map" if _short_dates(flt) else "events_map"
            return f" FROM events e INDEXED BY {index}", where, params, fatalities
        source, where, params = _source(replace(flt, after=None))
        return source, where, params, fatalities

    def histogram(self, flt: EventFilter) -> list[tuple[str, str, str, int]]:
        """(event_date, event_type, review_status, count) of the matching events: the map's timeline and
        filter counts, exact, from the events_day index when only review states constrain it."""
        where, params = _where(replace(flt, after=None, limit=None, offset=0))
        # Without ANALYZE statistics SQLite would walk the review index and read a million rows instead.
        hint = " INDEXED BY events_day" if _only_review(flt, dates_and_types=True) else ""
        sql = (
            f"SELECT e.event_date, e.event_type, e.review_status, count(*) FROM events e{hint}"
            f"{where} GROUP BY e.event_date, e.event_type, e.review_status"
        )
        return [(r[0], r[1], r[2], int(r[3])) for r in self._conn().execute(sql, params).fetchall()]

    def top_values(self, flt: EventFilter, column: str, n: int) -> list[tuple[str, int]]:
        """The `n` most frequent non-empty values of `column` among the matching events (the map's side colours)."""
        if column not in ("actor1",):
            raise StoreError(f"no top values for {column!r}")
        where, params = _where(replace(flt, after=None))
        where += (" AND " if where else " WHERE ") + f"e.{column} IS NOT NULL AND e.{column} <> ''"
        hint = " INDEXED BY events_actor1" if _only_review(flt) else ""
        sql = f"SELECT e.{column}, count(*) FROM events e{hint}{where} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?"
        return [(r[0], int(r[1])) for r in self._conn().execute(sql, [*params, n]).fetchall()]

    def grid_cells(
        self, flt: EventFilter, shift: int, box: tuple[int, int, int, int]
    ) -> list[tuple[int, float, float, int, int]]:
        sql, params = grid_sql(flt, shift, box, "?")
        return [(int(r[0]), r[1], r[2], r[3], r[4]) for r in self._conn().execute(sql, params).fetchall()]

    def view_extent(self) -> tuple[float, float, float, float] | None:
        """The events' bbox to within ~10 m, for fitting a map's first view: the union of the R*Tree root's
        children (one page read) instead of extent()'s scan of every row."""
        row = (
            self._conn()
            .execute("SELECT rtreenode(2, data) FROM events_rtree_node WHERE nodeno = 1")
            .fetchone()
        )
        boxes = [
            [float(v) for v in cell.split()[1:]] for cell in (row[0] if row else "").strip("{} ").split("} {")
        ]
        boxes = [b for b in boxes if len(b) == 4]
        if not boxes:
            return self.extent()[0]
        return (
            min(b[0] for b in boxes),
            min(b[2] for b in boxes),
            max(b[1] for b in boxes),
            max(b[3] for b in boxes),
        )

    def get(self, event_id: str) -> dict[str, Any] | None:
        row = self._conn().execute(_SELECT + " WHERE e.id = ?", (event_id,)).fetchone()
        return None if row is None else _row_to_record(row)

    def count(self) -> int:
        return self._conn().execute("SELECT count(*) FROM events").fetchone()[0]

    def extent(self) -> tuple[tuple[float, float, float, float] | None, tuple[str | None, str | None]]:
        row = (
            self._conn()
            .execute(
                "SELECT min(lon), min(lat), max(lon), max(lat), min(event_date), max(event_date) FROM events"
            )
            .fetchone()
        )
        if row[0] is None:
            return None, (None, None)
        return (row[0], row[1], row[2], row[3]), (row[4], row[5])

    # -- review --------------------------------------------------------------------------------------------

    def update_event(
        self, event_id: str, changes: dict[str, Any], *, by: str, note: str | None = None
    ) -> dict[str, Any] | None:
        conn = self._conn()
        with self._write(conn):
            row = conn.execute(_SELECT + " WHERE e.id = ?", (event_id,)).fetchone()
            if row is None:
                return None
            entries, sets = review_writes(event_id, _row_to_record(row), changes, by=by, note=note)
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
            return _row_to_record(conn.execute(_SELECT + " WHERE e.id = ?", (event_id,)).fetchone())

    def _feed_run(self, sql: str, params: tuple = (), *, write: bool = False) -> list[tuple]:
        conn = self._conn()
        sql = sql.replace("%s", "?")
        if not write:
            return conn.execute(sql, params).fetchall()
        with self._write(conn):
            return conn.execute(sql, params).fetchall()

    def history(self, event_id: str) -> list[dict[str, Any]]:
        rows = (
            self._conn()
            .execute(
                "SELECT at, by, field, old, new, note FROM event_history WHERE event_id = ? ORDER BY seq",
                (event_id,),
            )
            .fetchall()
        )
        return [
            {"at": r[0], "by": r[1], "field": r[2], "old": loads(r[3]), "new": loads(r[4]), "note": r[5]}
            for r in rows
        ]

    def check(self) -> bool:
        conn = self._conn()
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ok = ok and conn.execute("SELECT rtreecheck('events_rtree')").fetchone()[0] == "ok"
        n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        n_tree = conn.execute("SELECT count(*) FROM events_rtree").fetchone()[0]
        return ok and n_events == n_tree
