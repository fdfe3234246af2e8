"""app.store.sqlite_reads: the event reads of the SQLite store — a filtered, sorted, paged query with its
total (an R*Tree box first, then the exact geodesic distance for a circle), one event, the write generation,
the count, the extent, and an event's review history."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

import numpy as np

from app.store import generation
from app.store._records import distances_km, dumps, loads, split_bbox
from app.store.base import EventFilter
from app.store.keyset import keyset_sql
from app.store.sqlite_sql import (
    COLUMNS,
    SELECT,
    bbox_only,
    count_box,
    order_sql,
    row_to_record,
    source_sql,
    where_sql,
)


class SQLiteEventReads:
    """Mixed into SQLiteStore: needs its per-thread connection (`_conn`)."""

    def _conn(self) -> sqlite3.Connection:
        raise NotImplementedError

    # -- reads ---------------------------------------------------------------------------------------------

    def query(
        self, flt: EventFilter, *, known_total: tuple[int | None] | None = None
    ) -> tuple[list[dict[str, Any]], int | None]:
        conn = self._conn()
        order = order_sql(flt)
        # The total is the whole query's: a cursor (flt.after) only says where this page starts.
        whole = replace(flt, after=None)
        if flt.near is not None and flt.within_km is not None:
            where, params = where_sql(whole)
            return self._query_near(conn, flt, where, params, order)
        page = " LIMIT ? OFFSET ?"
        limit = -1 if flt.limit is None else flt.limit
        source, where, params = source_sql(whole)
        if known_total is not None:
            total = known_total[0]
        elif flt.count_limit is None:
            total = conn.execute(f"SELECT count(*){source}{where}", params).fetchone()[0]
        elif bbox_only(whole) and len(split_bbox(flt.bbox)) == 1:
            total = count_box(conn, split_bbox(flt.bbox)[0], flt.count_limit, flt.review_status)
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
            seek_where, seek_params = where_sql(flt, tree=False)
            sql = SELECT + " INDEXED BY events_date_id" + seek_where + order + page
            rows = conn.execute(sql, [*seek_params, limit, flt.offset]).fetchall()
        else:
            source, where, params = source_sql(flt)
            rows = conn.execute(
                COLUMNS + source + where + order + page, [*params, limit, flt.offset]
            ).fetchall()
        return [row_to_record(r) for r in rows], total

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
            f"{SELECT} WHERE e.rid IN (SELECT value FROM json_each(?)){seek}{order} LIMIT ? OFFSET ?",
            (dumps(rids), *seek_params, limit, flt.offset),
        ).fetchall()
        return [row_to_record(r) for r in rows], total

    def get(self, event_id: str) -> dict[str, Any] | None:
        row = self._conn().execute(SELECT + " WHERE e.id = ?", (event_id,)).fetchone()
        return None if row is None else row_to_record(row)

    def generation(self) -> int:
        """The write generation (app.store.generation): changes with every committed write to events."""
        return self._conn().execute(generation.READ).fetchone()[0]

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
