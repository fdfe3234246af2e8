"""app.store.postgis_sql: SQL for the PostGIS store: WHERE clauses from an EventFilter, the page order, the
upsert, and stored rows back to records.
"""

from __future__ import annotations

import re
from typing import Any

from app.extract.model import JSON_FIELDS
from app.store._records import RECORD_COLUMNS, SCALAR_FIELDS, split_bbox
from app.store.base import EventFilter
from app.store.cql import POSTGIS, to_sql
from app.store.fulltext import postgis_query
from app.store.keyset import keyset_sql
from app.store.map_grid import gx_sql, gy_sql

SELECT = "SELECT " + ", ".join(f"e.{c}" for c in RECORD_COLUMNS) + " FROM events e"
_UPSERT_COLS = (*SCALAR_FIELDS, "source", "lat", "lon", "origin", "acled", "sources")
UPSERT = (
    f"INSERT INTO events ({', '.join(_UPSERT_COLS)}, geom) VALUES ("
    + ", ".join(
        "%s::jsonb" if c in ("source", "acled", "sources", *JSON_FIELDS) else "%s" for c in _UPSERT_COLS
    )
    + ", ST_SetSRID(ST_MakePoint(%s, %s), 4326)) ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _UPSERT_COLS if c not in ("id", "sources"))
    + ", geom = excluded.geom"
    + ", sources = CASE WHEN excluded.origin = 'extracted' THEN events.sources ELSE excluded.sources END"
)
POINT = "ST_SetSRID(ST_MakePoint(%s, %s), 4326)::geography"
SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def row_to_record(row: tuple) -> dict[str, Any]:
    rec = dict(zip(RECORD_COLUMNS, row, strict=True))
    if rec["acled"] is None:
        del rec["acled"]
    return rec


def where_sql(flt: EventFilter, *, by_columns: bool = False) -> tuple[str, list[Any]]:
    """WHERE for `flt`. `by_columns` tests a bbox on lon/lat (the events_map B-tree, index-only: counts and
    map grids) instead of the geometry (GiST: pages, which then read the rows anyway); same points either way."""
    clauses: list[str] = []
    params: list[Any] = []
    if flt.event_types:
        clauses.append("e.event_type = ANY(%s)")
        params.append(list(flt.event_types))
    if flt.start:
        clauses.append("e.event_date >= %s")
        params.append(flt.start)
    if flt.end:
        clauses.append("e.event_date <= %s")
        params.append(flt.end)
    if flt.origin:
        clauses.append("e.origin = %s")
        params.append(flt.origin)
    if flt.ids is not None:
        clauses.append("e.id = ANY(%s)")
        params.append(list(flt.ids))
    if flt.in_cells is not None:
        shift, keys = flt.in_cells
        key = f"(({gx_sql('e', postgis=True)} >> {int(shift)}) * 65536 + ({gy_sql('e', postgis=True)} >> {int(shift)}))"
        clauses.append(f"{key} = ANY(%s)")
        params.append(list(keys))
    if flt.review_status is not None:
        clauses.append("e.review_status = ANY(%s)")
        params.append(list(flt.review_status))
    if flt.bbox is not None:
        boxes = []
        for minlon, minlat, maxlon, maxlat in split_bbox(flt.bbox):
            if by_columns:
                boxes.append("(e.lon BETWEEN %s AND %s AND e.lat BETWEEN %s AND %s)")
                params += [minlon, maxlon, minlat, maxlat]
            else:
                boxes.append("e.geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)")
                params += [minlon, minlat, maxlon, maxlat]
        clauses.append(f"({' OR '.join(boxes)})")
    if flt.near is not None and flt.within_km is not None:
        clauses.append(f"ST_DWithin(e.geom::geography, {POINT}, %s)")
        params += [flt.near[1], flt.near[0], flt.within_km * 1000.0]
    if flt.text:
        clauses.append("e.search @@ to_tsquery('simple', %s)")
        params.append(postgis_query(flt.text))
    if flt.cql is not None:
        sql, p = to_sql(flt.cql, POSTGIS)
        clauses.append(sql)
        params += p
    if flt.after is not None:
        sql, p = keyset_sql(flt.sortby, flt.after, mark="%s", same="IS NOT DISTINCT FROM")
        clauses.append(sql)
        params += p
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def order_sql(flt: EventFilter) -> str:
    """Same order as the SQLite store: the client's keys with NULLs last, then newest first, then id."""
    keys = [f"e.{name} {'DESC' if desc else 'ASC'} NULLS LAST" for name, desc in flt.sortby]
    keys += ["e.event_date DESC", "e.id"]
    return " ORDER BY " + ", ".join(keys)
