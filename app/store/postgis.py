"""app.store.postgis: the store on PostgreSQL + PostGIS (psycopg 3 with a connection pool).

Same semantics as the SQLite store. Points live in a geometry(Point, 4326) column with a GIST index; radius
tests cast to geography so ST_DWithin measures on the WGS84 spheroid. Ingest transactions take one advisory
lock, the PostgreSQL twin of SQLite's BEGIN IMMEDIATE: duplicate detection reads then writes, and two
articles reporting the same strike must not both miss each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import orjson
import psycopg
from psycopg.types.json import set_json_loads
from psycopg_pool import ConnectionPool

from app.errors import StoreError
from app.extract.model import Article, Event
from app.store import generation
from app.store._records import (
    DEDUP_KM,
    ORIGINS,
    SCALAR_FIELDS,
    article_digest,
    check_record,
    column_value,
    dumps,
    record_from_event,
    source_entry,
)
from app.store.base import EventFilter
from app.store.feeds import FeedState
from app.store.fulltext import POSTGIS_FTS
from app.store.postgis_map import PostgisMapReads
from app.store.postgis_schema import MIGRATIONS
from app.store.postgis_sql import POINT, SCHEMA_NAME, SELECT, UPSERT, order_sql, row_to_record, where_sql
from app.store.review import apply_corrections, review_writes

__all__ = ["PostgisStore"]

# Advisory lock keys (arbitrary constants): one for schema migrations, one serialising ingest writes.
_MIGRATE_LOCK = 7_313_001
_INGEST_LOCK = 7_313_002


class PostgisStore(PostgisMapReads):
    """Events in PostgreSQL + PostGIS.

    `schema` puts the tables in their own schema (tests use one per run; PostGIS stays in `public`).

    >>> store = PostgisStore("postgresql://conflictmap:conflictmap@127.0.0.1/conflictmap")
    >>> store.count()
    0
    """

    def __init__(self, url: str, *, schema: str | None = None, max_size: int = 10) -> None:
        if schema is not None and not SCHEMA_NAME.match(schema):
            raise StoreError(f"bad schema name {schema!r}")
        self.schema = schema
        kwargs: dict[str, Any] = {}
        if schema:
            kwargs["options"] = f"-c search_path={schema},public"
        try:
            if schema:
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            self._pool = ConnectionPool(
                url, min_size=1, max_size=max_size, kwargs=kwargs, configure=self._configure, open=True
            )
            self._pool.wait(timeout=30)
        except (psycopg.Error, Exception) as exc:  # pool errors are not psycopg.Error subclasses
            raise StoreError(f"cannot connect to PostgreSQL: {exc}") from exc
        self._migrate()
        self.feeds = FeedState(self._feed_run)

    @staticmethod
    def _configure(conn: psycopg.Connection) -> None:
        set_json_loads(orjson.loads, conn)

    @contextmanager
    def _reading(self) -> Iterator[psycopg.Connection]:
        """A pooled connection in autocommit for plain reads: no BEGIN/COMMIT, so a page costs its queries'
        round trips and no third one (under READ COMMITTED each statement had its own snapshot anyway)."""
        with self._pool.connection() as conn:
            conn.autocommit = True
            try:
                yield conn
            finally:
                # Back to the pool as writers expect it (idle: nothing to commit). A broken connection
                # refuses; the pool discards those on return anyway.
                with suppress(psycopg.Error):
                    conn.autocommit = False

    def _migrate(self) -> None:
        with self._pool.connection() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))
            conn.execute("CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY,"
                " applied_at timestamptz NOT NULL DEFAULT now())"
            )
            current = conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
            for version, sql in enumerate(MIGRATIONS, start=1):
                if version > current:
                    conn.execute(sql)
                    conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
            # Additive and idempotent, outside the numbered migrations: the tsvector behind q=.
            has_search = conn.execute(
                "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND table_name = 'events' AND column_name = 'search'"
            ).fetchone()
            if not has_search:
                conn.execute(POSTGIS_FTS)

    def close(self) -> None:
        self._pool.close()

    def drop_schema(self) -> None:
        """Drop this store's private schema (tests); refuses on the default schema."""
        if not self.schema:
            raise StoreError("refusing to drop the default schema")
        with self._pool.connection() as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")

    # -- writes --------------------------------------------------------------------------------------------

    def ingest(self, article: Article, events: Iterable[Event]) -> list[str]:
        records = [record_from_event(ev, article) for ev in events]
        digest = article_digest(article, records)
        with self._pool.connection() as conn, conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (_INGEST_LOCK,))
            cur.execute(generation.LOCK_FIRST)
            row = cur.execute("SELECT hash FROM articles WHERE id = %s", (article.id,)).fetchone()
            if row is not None and row[0] == digest:
                return self._article_event_ids(cur, article.id)
            if row is not None:
                self._remove_article(cur, article.id)
            ids = [self._place(cur, rec, article, position) for position, rec in enumerate(records)]
            cur.execute(
                "INSERT INTO articles (id, hash, ingested_at) VALUES (%s, %s, %s) "
                "ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, ingested_at = excluded.ingested_at",
                (article.id, digest, datetime.now(UTC)),
            )
        return ids

    def add_events(self, records: Iterable[dict[str, Any]], *, origin: str) -> int:
        if origin not in ORIGINS:
            raise StoreError(f"origin must be one of {ORIGINS}, not {origin!r}")
        checked = [check_record(r) for r in records]
        with self._pool.connection() as conn, conn.cursor() as cur:
            cur.execute(generation.LOCK_FIRST)
            # One lookup for the whole batch: the few events an editor corrected keep the corrections.
            corrected = dict(
                cur.execute(
                    "SELECT id, corrections FROM events WHERE id = ANY(%s) AND corrections <> '{}'::jsonb",
                    ([r["id"] for r in checked],),
                ).fetchall()
            )
            rows = []
            for rec in checked:
                sources = rec["sources"]
                if sources is None:
                    sources = [source_entry(rec["article"], rec["source"])] if rec["source"] else []
                if rec["id"] in corrected:
                    rec = apply_corrections({**rec, "corrections": corrected[rec["id"]]})
                rows.append(self._upsert_values(rec, origin, sources))
            cur.executemany(UPSERT, rows)
        return len(rows)

    @staticmethod
    def _upsert_values(rec: dict[str, Any], origin: str, sources: list) -> list[Any]:
        values = [column_value(rec, c) for c in SCALAR_FIELDS]
        values += [
            dumps(rec["source"]) if rec["source"] is not None else None,
            rec["lat"],
            rec["lon"],
            origin,
        ]
        values += [dumps(rec["acled"]) if rec["acled"] is not None else None, dumps(sources)]
        values += [rec["lon"], rec["lat"]]
        return values

    def _place(self, cur: psycopg.Cursor, rec: dict[str, Any], article: Article, position: int) -> str:
        """Store one extracted record: as itself, or as one more source of an event already reported."""
        exists = cur.execute("SELECT 1 FROM events WHERE id = %s", (rec["id"],)).fetchone()
        target = rec["id"] if exists else self._find_duplicate(cur, rec, article.id)
        if target is None or target == rec["id"]:
            row = cur.execute(
                "SELECT corrections FROM events WHERE id = %s AND corrections <> '{}'::jsonb", (rec["id"],)
            ).fetchone()
            if row is not None:
                rec = apply_corrections({**rec, "corrections": row[0]})
            cur.execute(UPSERT, self._upsert_values(rec, "extracted", []))
            target = rec["id"]
        src = rec["source"] or {}
        cur.execute(
            "INSERT INTO event_sources (event_id, article_id, local_id, position, title, outlet, url, published)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            (target, article.id, rec["id"], position, src.get("title"), src.get("outlet"), src.get("url"),
             src.get("published")),
        )  # fmt: skip
        self._refresh_sources(cur, target)
        return target

    @staticmethod
    def _find_duplicate(cur: psycopg.Cursor, rec: dict[str, Any], article_id: str) -> str | None:
        row = cur.execute(
            f"SELECT e.id FROM events e WHERE e.event_type = %s AND e.event_date = %s AND e.origin = 'extracted'"
            f" AND ST_DWithin(e.geom::geography, {POINT}, %s)"
            " AND NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND s.article_id = %s)"
            f" ORDER BY ST_Distance(e.geom::geography, {POINT}), e.id LIMIT 1",
            (rec["event_type"], rec["event_date"], rec["lon"], rec["lat"], DEDUP_KM * 1000.0, article_id,
             rec["lon"], rec["lat"]),
        ).fetchone()  # fmt: skip
        return None if row is None else row[0]

    @staticmethod
    def _refresh_sources(cur: psycopg.Cursor, event_id: str) -> None:
        """Rewrite an extracted event's `sources` from event_sources; drop it when no article reports it."""
        rows = cur.execute(
            "SELECT article_id, title, outlet, url, published FROM event_sources WHERE event_id = %s ORDER BY seq",
            (event_id,),
        ).fetchall()
        if not rows:
            # An event an editor has touched stays (with its last sources): deleting it would let the next
            # ingest bring it back unreviewed, and a rejected report would reappear.
            cur.execute(
                "DELETE FROM events WHERE id = %s AND origin = 'extracted'"
                " AND review_status = 'unreviewed' AND corrections = '{}'::jsonb",
                (event_id,),
            )
            return
        sources = [
            {"article": r[0], "title": r[1], "outlet": r[2], "url": r[3], "published": r[4]} for r in rows
        ]
        articles = [r[0] for r in rows]
        first = sources[0]
        primary = {k: first[k] for k in ("title", "outlet", "url", "published")}
        # The event's own `article`/`source` stay with its first reporter while that report remains.
        cur.execute(
            "UPDATE events SET sources = %s::jsonb,"
            " source = CASE WHEN article = ANY(%s) THEN source ELSE %s::jsonb END,"
            " article = CASE WHEN article = ANY(%s) THEN article ELSE %s END WHERE id = %s",
            (dumps(sources), articles, dumps(primary), articles, first["article"], event_id),
        )

    def _remove_article(self, cur: psycopg.Cursor, article_id: str) -> None:
        event_ids = [
            r[0]
            for r in cur.execute(
                "SELECT event_id FROM event_sources WHERE article_id = %s", (article_id,)
            ).fetchall()
        ]
        cur.execute("DELETE FROM event_sources WHERE article_id = %s", (article_id,))
        for event_id in event_ids:
            self._refresh_sources(cur, event_id)

    @staticmethod
    def _article_event_ids(cur: psycopg.Cursor, article_id: str) -> list[str]:
        rows = cur.execute(
            "SELECT event_id FROM event_sources WHERE article_id = %s ORDER BY position", (article_id,)
        ).fetchall()
        return [r[0] for r in rows]

    # -- reads ---------------------------------------------------------------------------------------------

    def query(
        self, flt: EventFilter, *, known_total: tuple[int | None] | None = None
    ) -> tuple[list[dict[str, Any]], int | None]:
        # The total is the whole query's: a cursor (flt.after) only says where this page starts.
        count_where, count_params = where_sql(replace(flt, after=None), by_columns=True)
        where, params = where_sql(flt)
        order = order_sql(flt)
        with self._reading() as conn, conn.cursor() as cur:
            if known_total is not None:
                total = known_total[0]
            elif flt.count_limit is None:
                total = cur.execute(f"SELECT count(*) FROM events e{count_where}", count_params).fetchone()[0]
            else:
                total = cur.execute(
                    f"SELECT count(*) FROM (SELECT 1 FROM events e{count_where} LIMIT %s) AS capped",
                    [*count_params, flt.count_limit + 1],
                ).fetchone()[0]
                if total > flt.count_limit:
                    total = None
            rows = cur.execute(
                f"{SELECT}{where}{order} LIMIT %s OFFSET %s", [*params, flt.limit, flt.offset]
            ).fetchall()
        return [row_to_record(r) for r in rows], total

    def get(self, event_id: str) -> dict[str, Any] | None:
        if "\x00" in event_id:  # PostgreSQL text cannot hold NUL (it would raise); no stored id has one
            return None
        with self._reading() as conn:
            row = conn.execute(SELECT + " WHERE e.id = %s", (event_id,)).fetchone()
        return None if row is None else row_to_record(row)

    def generation(self) -> int:
        """The write generation (app.store.generation): changes with every committed write to events."""
        with self._reading() as conn:
            return conn.execute(generation.READ).fetchone()[0]

    def count(self) -> int:
        with self._pool.connection() as conn:
            return conn.execute("SELECT count(*) FROM events").fetchone()[0]

    def extent(self) -> tuple[tuple[float, float, float, float] | None, tuple[str | None, str | None]]:
        with self._pool.connection() as conn:
            row = conn.execute(
                "SELECT min(lon), min(lat), max(lon), max(lat), min(event_date), max(event_date) FROM events"
            ).fetchone()
        if row[0] is None:
            return None, (None, None)
        return (row[0], row[1], row[2], row[3]), (row[4], row[5])

    # -- review --------------------------------------------------------------------------------------------

    def update_event(
        self, event_id: str, changes: dict[str, Any], *, by: str, note: str | None = None
    ) -> dict[str, Any] | None:
        with self._pool.connection() as conn, conn.cursor() as cur:
            cur.execute(generation.LOCK_FIRST)
            row = cur.execute(SELECT + " WHERE e.id = %s FOR UPDATE", (event_id,)).fetchone()
            if row is None:
                return None
            current = row_to_record(row)
            entries, sets = review_writes(event_id, current, changes, by=by, note=note)
            cur.executemany(
                "INSERT INTO event_history (event_id, at, by, field, old, new, note)"
                " VALUES (%s, %s, %s, %s, %s::jsonb, %s::jsonb, %s)",
                entries,
            )
            if sets:
                assignments = ", ".join(
                    f"{f} = %s::jsonb" if f == "corrections" else f"{f} = %s" for f in sets
                )
                if "lat" in sets or "lon" in sets:
                    assignments += ", geom = ST_SetSRID(ST_MakePoint(%s, %s), 4326)"
                    extra = [sets.get("lon", current["lon"]), sets.get("lat", current["lat"])]
                else:
                    extra = []
                cur.execute(
                    f"UPDATE events SET {assignments} WHERE id = %s", [*sets.values(), *extra, event_id]
                )
            return row_to_record(cur.execute(SELECT + " WHERE e.id = %s", (event_id,)).fetchone())

    def _feed_run(self, sql: str, params: tuple = (), *, write: bool = False) -> list[tuple]:
        with self._pool.connection() as conn:
            cur = conn.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def history(self, event_id: str) -> list[dict[str, Any]]:
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT at, by, field, old, new, note FROM event_history WHERE event_id = %s ORDER BY seq",
                (event_id,),
            ).fetchall()
        return [dict(zip(("at", "by", "field", "old", "new", "note"), r, strict=True)) for r in rows]

    def check(self) -> bool:
        with self._pool.connection() as conn:
            bad = conn.execute(
                "SELECT count(*) FROM events WHERE NOT ST_IsValid(geom) OR ST_SRID(geom) <> 4326"
                " OR abs(ST_X(geom) - lon) > 1e-9 OR abs(ST_Y(geom) - lat) > 1e-9"
            ).fetchone()[0]
            orphans = conn.execute(
                "SELECT count(*) FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.event_id)"
            ).fetchone()[0]
        return bad == 0 and orphans == 0
