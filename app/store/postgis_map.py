"""app.store.postgis_map: the PostGIS store's reads for the map: counts per grid cell (index-only on events_map,
or from the kept map grid and its months), the timeline's counts per day, the top actors, and a cheap view extent.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace

import psycopg
from psycopg_pool import ConnectionPool

from app.errors import StoreError
from app.store.base import EventFilter
from app.store.map_grid import grid_sql
from app.store.map_months import grid_queries, merge_cells
from app.store.postgis_sql import where_sql


class PostgisMapReads:
    """Mixed into PostgisStore: needs its pool, `_reading` and `extent`."""

    _pool: ConnectionPool

    def _reading(self) -> AbstractContextManager[psycopg.Connection]:
        raise NotImplementedError

    def clusters(
        self, flt: EventFilter, origin: tuple[float, float], cell: tuple[float, float]
    ) -> list[tuple[int, float, float, int]]:
        """As SQLiteStore.clusters: exact counts per grid cell, grouped in SQL."""
        where, params = where_sql(replace(flt, after=None), by_columns=True)
        sql = (
            "SELECT count(*), avg(e.lon), avg(e.lat), coalesce(sum(e.fatalities), 0) FROM events e"
            f"{where} GROUP BY floor((e.lon - %s) / %s), floor((e.lat - %s) / %s)"
        )
        with self._pool.connection() as conn:
            rows = conn.execute(sql, [*params, origin[0], cell[0], origin[1], cell[1]]).fetchall()
        return [(int(r[0]), float(r[1]), float(r[2]), int(r[3])) for r in rows]

    def map_cells(
        self, flt: EventFilter, origin: tuple[float, float], cell: tuple[float, float]
    ) -> list[tuple[int, float, float, int, int, str]]:
        """As SQLiteStore.map_cells: (count, mean lon, mean lat, column, row, smallest id), index-only on
        events_map."""
        where, params = where_sql(replace(flt, after=None), by_columns=True)
        sql = (
            "SELECT count(*), avg(e.lon), avg(e.lat), floor((e.lon - %s) / %s)::int AS cx,"
            f" floor((e.lat - %s) / %s)::int AS cy, min(e.id) FROM events e{where} GROUP BY cx, cy"
        )
        with self._pool.connection() as conn:
            rows = conn.execute(sql, [origin[0], cell[0], origin[1], cell[1], *params]).fetchall()
        return [(int(r[0]), float(r[1]), float(r[2]), int(r[3]), int(r[4]), r[5]) for r in rows]

    def grid_cells(
        self, flt: EventFilter, shift: int, box: tuple[int, int, int, int]
    ) -> list[tuple[int, float, float, int, int]]:
        if flt.start or flt.end:
            queries = grid_queries(flt, shift, box, "%s", postgis=True)
            with self._reading() as conn:
                return merge_cells([conn.execute(sql, params).fetchall() for sql, params in queries])
        sql, params = grid_sql(flt, shift, box, "%s")
        with self._pool.connection() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [(int(r[0]), float(r[1]), float(r[2]), int(r[3]), int(r[4])) for r in rows]

    def view_extent(self) -> tuple[float, float, float, float] | None:
        """The events' bbox from the planner's statistics (ANALYZE, kept by autovacuum), for fitting a map's
        first view without a scan; the exact extent() when there are no statistics yet."""
        with self._pool.connection() as conn:
            try:
                row = conn.execute(
                    "SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM"
                    " (SELECT ST_EstimatedExtent(current_schema(), 'events', 'geom') AS b) AS x"
                ).fetchone()
            except psycopg.Error:
                row = None
        if row is None or row[0] is None:
            return self.extent()[0]
        return (float(row[0]), float(row[1]), float(row[2]), float(row[3]))

    def histogram(self, flt: EventFilter) -> list[tuple[str, str, str, int]]:
        """As SQLiteStore.histogram: counts per (day, type, review state), index-only on events_day."""
        where, params = where_sql(replace(flt, after=None), by_columns=True)
        sql = (
            "SELECT e.event_date, e.event_type, e.review_status, count(*) FROM events e"
            f"{where} GROUP BY e.event_date, e.event_type, e.review_status"
        )
        with self._pool.connection() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [(r[0], r[1], r[2], int(r[3])) for r in rows]

    def top_values(self, flt: EventFilter, column: str, n: int) -> list[tuple[str, int]]:
        """As SQLiteStore.top_values."""
        if column not in ("actor1",):
            raise StoreError(f"no top values for {column!r}")
        where, params = where_sql(replace(flt, after=None), by_columns=True)
        where += (" AND " if where else " WHERE ") + f"e.{column} IS NOT NULL AND e.{column} <> ''"
        sql = f"SELECT e.{column}, count(*) FROM events e{where} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT %s"
        with self._pool.connection() as conn:
            rows = conn.execute(sql, [*params, n]).fetchall()
        return [(r[0], int(r[1])) for r in rows]
