"""app.store.map_grid: exact event counts kept per cell of a fixed Web Mercator grid, so the zoomed-out map never
groups a million rows.

Every event belongs to one cell of a 1024 x 1024 grid over the Web Mercator square (zoom 8 tiles cut 4 x 4,
the map's own cells, app.api.map_scale): `gx` from its longitude, `gy` from its latitude (from the north,
clamped to Mercator's ±85.05°). The table `map_cells` holds, per (gx, gy, event_type, review_status), the
count and the sums of longitudes and latitudes (for each cluster's mean position), kept by triggers on every
insert, update and delete of an event, so it is always exact. A tile at zoom z <= 8 is the sum of whole
fine cells (shift them by 8 - z), read from a few thousand rows however many events there are. Dates, CQL2 or
full-text filters are not in the table: those views are grouped from the events themselves.

Membership is the SQL expression below on both reads and writes, never a bound computed elsewhere, so a tile's
count, its cells and the events it lists always agree.
"""

from __future__ import annotations

import math
from typing import Any

from app.store.base import EventFilter

__all__ = [
    "FINE_ZOOM",
    "FINE",
    "gx_sql",
    "gy_sql",
    "grid_sql",
    "cell_bounds",
    "SQLITE_SCHEMA",
    "POSTGIS_SCHEMA",
]

FINE_ZOOM = 8
FINE = 1 << (FINE_ZOOM + 2)  # cells per side: 4 per tile at zoom 8
_MAX_LAT = 85.0511287798066


def gx_sql(row: str, *, postgis: bool) -> str:
    """The fine column of `row` (an alias or NEW/OLD) as SQL."""
    raw = f"floor(({row}.lon + 180.0) / 360.0 * {FINE})"
    return (
        f"GREATEST(0, LEAST({FINE - 1}, {raw}::int))"
        if postgis
        else f"max(0, min({FINE - 1}, CAST({raw} AS INTEGER)))"
    )


def gy_sql(row: str, *, postgis: bool) -> str:
    """The fine row of `row` (from the north) as SQL: Web Mercator's y of its clamped latitude."""
    if postgis:
        lat = f"radians(GREATEST(-{_MAX_LAT}, LEAST({_MAX_LAT}, {row}.lat)))"
        raw = f"floor((1.0 - ln(tan({lat}) + 1.0 / cos({lat})) / pi()) / 2.0 * {FINE})"
        return f"GREATEST(0, LEAST({FINE - 1}, {raw}::int))"
    lat = f"radians(max(-{_MAX_LAT}, min({_MAX_LAT}, {row}.lat)))"
    raw = f"floor((1.0 - ln(tan({lat}) + 1.0 / cos({lat})) / pi()) / 2.0 * {FINE})"
    return f"max(0, min({FINE - 1}, CAST({raw} AS INTEGER)))"


def grid_sql(flt: EventFilter, shift: int, box: tuple[int, int, int, int], mark: str) -> tuple[str, list]:
    """The kept grid's coarse cells (app.store.map_grid) for both stores: types and review states only."""
    clauses = ["gx BETWEEN {m} AND {m}", "gy BETWEEN {m} AND {m}", "n > 0"]
    params: list[Any] = [box[0], box[1], box[2], box[3]]
    if flt.event_types:
        clauses.append(f"event_type IN ({', '.join(['{m}'] * len(flt.event_types))})")
        params += list(flt.event_types)
    if flt.review_status is not None:
        clauses.append(
            f"review_status IN ({', '.join(['{m}'] * len(flt.review_status))})"
            if flt.review_status
            else "0 = 1"
        )
        params += list(flt.review_status)
    s = int(shift)
    sql = (
        f"SELECT sum(n), sum(slon), sum(slat), gx >> {s} AS cx, gy >> {s} AS cy FROM map_cells"
        f" WHERE {' AND '.join(clauses)} GROUP BY cx, cy"
    )
    return sql.replace("{m}", mark), params


def _lat_of_row(gy: float) -> float:
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * gy / FINE))))


def cell_bounds(gx: int, gy: int, shift: int) -> tuple[float, float, float, float]:
    """(minlon, minlat, maxlon, maxlat) of cell (gx, gy) of the grid `shift` levels coarser than the fine one."""
    size = 1 << shift
    minlon = gx * size / FINE * 360.0 - 180.0
    maxlon = (gx + 1) * size / FINE * 360.0 - 180.0
    return (minlon, _lat_of_row((gy + 1) * size), maxlon, _lat_of_row(gy * size))


# One event added to (sign "") or taken from (sign "-") its cell, by the trigger of either store. The target
# table is named in DO UPDATE because PostgreSQL requires it (SQLite accepts it).
_CELL_UPSERT = (
    "INSERT INTO map_cells (gx, gy, event_type, review_status, n, slon, slat)"
    " VALUES ({gx}, {gy}, {r}.event_type, {r}.review_status, {sign}1, {sign}{r}.lon, {sign}{r}.lat)"
    " ON CONFLICT (gx, gy, event_type, review_status) DO UPDATE SET n = map_cells.n + excluded.n,"
    " slon = map_cells.slon + excluded.slon, slat = map_cells.slat + excluded.slat"
)


def _cell_add(row: str, sign: str, *, postgis: bool) -> str:
    return _CELL_UPSERT.format(
        gx=gx_sql(row, postgis=postgis), gy=gy_sql(row, postgis=postgis), r=row, sign=sign
    )


def _sqlite_add(row: str, sign: str) -> str:
    return _cell_add(row, sign, postgis=False)


SQLITE_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS map_cells (
  gx INTEGER NOT NULL,
  gy INTEGER NOT NULL,
  event_type TEXT NOT NULL,
  review_status TEXT NOT NULL,
  n INTEGER NOT NULL,
  slon REAL NOT NULL,
  slat REAL NOT NULL,
  PRIMARY KEY (gx, gy, event_type, review_status)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS map_cells_ai AFTER INSERT ON events BEGIN
  {_sqlite_add("new", "")};
END;
CREATE TRIGGER IF NOT EXISTS map_cells_ad AFTER DELETE ON events BEGIN
  {_sqlite_add("old", "-")};
END;
CREATE TRIGGER IF NOT EXISTS map_cells_au AFTER UPDATE OF lon, lat, event_type, review_status ON events BEGIN
  {_sqlite_add("old", "-")};
  {_sqlite_add("new", "")};
END;
INSERT INTO map_cells (gx, gy, event_type, review_status, n, slon, slat)
  SELECT {gx_sql("e", postgis=False)}, {gy_sql("e", postgis=False)}, e.event_type, e.review_status, count(*),
  sum(e.lon), sum(e.lat) FROM events e WHERE NOT EXISTS (SELECT 1 FROM map_cells) GROUP BY 1, 2, 3, 4
"""


def _pg_add(row: str, sign: str) -> str:
    return _cell_add(row, sign, postgis=True) + ";"


POSTGIS_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS map_cells (
  gx integer NOT NULL,
  gy integer NOT NULL,
  event_type text NOT NULL,
  review_status text NOT NULL,
  n bigint NOT NULL,
  slon double precision NOT NULL,
  slat double precision NOT NULL,
  PRIMARY KEY (gx, gy, event_type, review_status)
);
CREATE OR REPLACE FUNCTION map_cells_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    {_pg_add("OLD", "-")}
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    {_pg_add("NEW", "")}
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS map_cells_keep ON events;
CREATE TRIGGER map_cells_keep AFTER INSERT OR DELETE OR UPDATE OF lon, lat, event_type, review_status
  ON events FOR EACH ROW EXECUTE FUNCTION map_cells_keep();
INSERT INTO map_cells (gx, gy, event_type, review_status, n, slon, slat)
  SELECT {gx_sql("e", postgis=True)}, {gy_sql("e", postgis=True)}, e.event_type, e.review_status, count(*),
  sum(e.lon), sum(e.lat) FROM events e WHERE NOT EXISTS (SELECT 1 FROM map_cells) GROUP BY 1, 2, 3, 4;
"""
