"""app.store.sqlite_sql: SQL for the SQLite store's reads: WHERE clauses from an EventFilter, R*Tree box tests,
the bounded bbox count, the page order, and stored rows back to records.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from typing import Any

from app.store._records import (
    RECORD_COLUMNS,
    REVIEW_STATUSES,
    SCALAR_FIELDS,
    Box,
    dumps,
    loads,
    search_boxes,
    split_bbox,
)
from app.store.base import EventFilter
from app.store.cql import SQLITE, to_sql
from app.store.fulltext import sqlite_match
from app.store.keyset import keyset_sql
from app.store.map_grid import gx_sql, gy_sql

COLUMNS = "SELECT " + ", ".join(f"e.{c}" for c in RECORD_COLUMNS)
SELECT = COLUMNS + " FROM events e"
_UPSERT_COLS = (*SCALAR_FIELDS, "source", "lat", "lon", "origin", "acled")
UPSERT = (
    f"INSERT INTO events ({', '.join(_UPSERT_COLS)}, sources) VALUES ({', '.join('?' * (len(_UPSERT_COLS) + 1))}) "
    "ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _UPSERT_COLS if c != "id")
    + ", sources = CASE WHEN excluded.origin = 'extracted' THEN events.sources ELSE excluded.sources END"
)


def row_to_record(row: tuple) -> dict[str, Any]:
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


def box_sql(boxes: list[Box], exact: bool, tree: bool = True) -> tuple[str, list[float]]:
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


def where_sql(flt: EventFilter, *, tree: bool = True) -> tuple[str, list[Any]]:
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
        sql, p = box_sql(split_bbox(flt.bbox), exact=True, tree=tree)
        clauses.append(sql)
        params += p
    if flt.near is not None and flt.within_km is not None:
        sql, p = box_sql(search_boxes(flt.near[0], flt.near[1], flt.within_km), exact=False)
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


def source_sql(flt: EventFilter) -> tuple[str, str, list[Any]]:
    """FROM and WHERE for a read. A bbox that does not cross 180° drives the query from the R*Tree as a
    join, so a capped count stops after count_limit rows; `rid IN (SELECT ... rtree)` would first list
    every rid in the box (70,000 of a million events for the Donbas: four times slower)."""
    boxes = split_bbox(flt.bbox) if flt.bbox is not None else []
    if len(boxes) != 1:
        where, params = where_sql(flt)
        return " FROM events e", where, params
    where, params = where_sql(flt, tree=False)  # keeps the exact float64 test on e.lon/e.lat
    minlon, minlat, maxlon, maxlat = boxes[0]
    where += " AND r.maxlon >= ? AND r.minlon <= ? AND r.maxlat >= ? AND r.minlat <= ?"
    # CROSS JOIN keeps the R*Tree the outer loop: without ANALYZE statistics SQLite would rather walk the
    # review-state index over every row and probe the R*Tree for each (10 s for a town's 24 events of a million).
    return (
        " FROM events_rtree r CROSS JOIN events e ON e.rid = r.rid",
        where,
        [*params, minlon, maxlon, minlat, maxlat],
    )


def bbox_only(flt: EventFilter) -> bool:
    """Only a bbox (and the review states the caller may see) constrains the query."""
    return flt.bbox is not None and flt == EventFilter(
        bbox=flt.bbox, limit=flt.limit, offset=flt.offset, count_limit=flt.count_limit,
        review_status=flt.review_status,
    )  # fmt: skip


def count_box(
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


def short_dates(flt: EventFilter) -> bool:
    """Both ends of a date range given, at most SHORT_DATES_DAYS apart."""
    if not (flt.start and flt.end):
        return False
    try:
        return (date.fromisoformat(flt.end) - date.fromisoformat(flt.start)).days <= SHORT_DATES_DAYS
    except ValueError:
        return False


def only_review(flt: EventFilter, *, dates_and_types: bool = False) -> bool:
    """Nothing but review states (and, if allowed, dates and types) filters: a narrow index covers it."""
    plain = EventFilter(review_status=flt.review_status)
    if dates_and_types:
        plain = replace(plain, start=flt.start, end=flt.end, event_types=flt.event_types)
    return replace(flt, after=None, limit=None, offset=0, count_limit=None) == plain


def order_sql(flt: EventFilter) -> str:
    """ORDER BY for a page: the client's sort keys (NULLs last either way, as on PostGIS), then the
    default newest-first, then id, so every page boundary is stable."""
    keys = [f"e.{name} {'DESC' if desc else 'ASC'} NULLS LAST" for name, desc in flt.sortby]
    keys += ["e.event_date DESC", "e.id"]
    return " ORDER BY " + ", ".join(keys)
