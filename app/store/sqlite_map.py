"""app.store.sqlite_map: the SQLite store's reads for the map: counts per grid cell (from the narrow covering
indexes or the kept map grid), the timeline's counts per day, the top actors, and a cheap view extent.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from app.errors import StoreError
from app.store._records import split_bbox
from app.store.base import EventFilter
from app.store.map_grid import grid_sql
from app.store.map_months import grid_queries, merge_cells
from app.store.sqlite_sql import only_review, short_dates, source_sql, where_sql


class SQLiteMapReads:
    """Mixed into SQLiteStore: needs its per-thread connection (`_conn`) and `extent`."""

    def _conn(self) -> sqlite3.Connection:
        raise NotImplementedError

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
            where, params = where_sql(replace(flt, after=None), tree=False)
            # A short date range (the timeline's brush, its play steps) holds far fewer rows than the tile's
            # band of longitudes: read that range of days (events_day_map) and test the box in the index.
            index = "events_day_map" if short_dates(flt) else "events_map"
            return f" FROM events e INDEXED BY {index}", where, params, fatalities
        source, where, params = source_sql(replace(flt, after=None))
        return source, where, params, fatalities

    def histogram(self, flt: EventFilter) -> list[tuple[str, str, str, int]]:
        """(event_date, event_type, review_status, count) of the matching events: the map's timeline and
        filter counts, exact, from the events_day index when only review states constrain it."""
        where, params = where_sql(replace(flt, after=None, limit=None, offset=0))
        # Without ANALYZE statistics SQLite would walk the review index and read a million rows instead.
        hint = " INDEXED BY events_day" if only_review(flt, dates_and_types=True) else ""
        sql = (
            f"SELECT e.event_date, e.event_type, e.review_status, count(*) FROM events e{hint}"
            f"{where} GROUP BY e.event_date, e.event_type, e.review_status"
        )
        return [(r[0], r[1], r[2], int(r[3])) for r in self._conn().execute(sql, params).fetchall()]

    def top_values(self, flt: EventFilter, column: str, n: int) -> list[tuple[str, int]]:
        """The `n` most frequent non-empty values of `column` among the matching events (the map's side colours)."""
        if column not in ("actor1",):
            raise StoreError(f"no top values for {column!r}")
        where, params = where_sql(replace(flt, after=None))
        where += (" AND " if where else " WHERE ") + f"e.{column} IS NOT NULL AND e.{column} <> ''"
        hint = " INDEXED BY events_actor1" if only_review(flt) else ""
        sql = f"SELECT e.{column}, count(*) FROM events e{hint}{where} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?"
        return [(r[0], int(r[1])) for r in self._conn().execute(sql, [*params, n]).fetchall()]

    def grid_cells(
        self, flt: EventFilter, shift: int, box: tuple[int, int, int, int]
    ) -> list[tuple[int, float, float, int, int]]:
        if flt.start or flt.end:
            conn = self._conn()
            queries = grid_queries(flt, shift, box, "?", postgis=False)
            return merge_cells([conn.execute(sql, params).fetchall() for sql, params in queries])
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
