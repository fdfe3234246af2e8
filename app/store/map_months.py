"""app.store.map_months: the map grid's counts per calendar month, so a long date range zoomed out sums months
instead of grouping every event in a tile's band of longitudes.

`map_months` holds, per (month, cx, cy, event_type, review_status), the count and the sums of longitudes and
latitudes, where (cx, cy) is the fine cell of app.store.map_grid shifted by MONTH_SHIFT: 4 x 4 fine cells, the
map's own cells at zoom MONTH_ZOOM (6). Triggers on every insert, update and delete of an event keep it exact,
as map_cells is kept. A tile at zoom <= MONTH_ZOOM under a date range is then
- the whole months inside the range, summed from map_months (a few thousand rows whatever the store holds), plus
- the one or two partial months at its ends (under 31 days each), grouped from the events of those days
  through the (event_date, lon, lat, ...) index, by the same fine-cell expressions,
so its counts are exactly what the events in it count. Deeper zooms group the events as before.

Finer month cells would approach one row per event (a million events over five years fill most of
fine cell x month x type x review state), so the month grid stops at zoom 6.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from app.store.base import EventFilter
from app.store.map_grid import FINE, FINE_ZOOM, gx_sql, gy_sql

__all__ = [
    "MONTH_SHIFT",
    "MONTH_ZOOM",
    "month_split",
    "grid_queries",
    "merge_cells",
    "SQLITE_SCHEMA",
    "POSTGIS_SCHEMA",
]

MONTH_SHIFT = 2
MONTH_ZOOM = FINE_ZOOM - MONTH_SHIFT


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _last_day(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _month(d: date, step: int = 0) -> str:
    index = d.year * 12 + d.month - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_split(
    start: str | None, end: str | None
) -> tuple[tuple[str | None, str | None] | None, list[tuple[str, str]]]:
    """Whole months inside [start, end] as (first, last) 'YYYY-MM' (None: open end), or None when there is no
    whole month; and the day ranges (inclusive 'YYYY-MM-DD' pairs) of the range outside those months.
    Raises ValueError for a date that is not YYYY-MM-DD."""
    s, e = _day(start), _day(end)
    first = None if s is None else (_month(s) if s.day == 1 else _month(s, 1))
    last = None if e is None else (_month(e) if e == _last_day(e) else _month(e, -1))
    if first is not None and last is not None and first > last:
        return None, [(start, end)]  # under two months: the days themselves
    # The partial months' bounds are textual ('-00', '-99'): a stored date need only look like YYYY-MM-DD
    # ('2025-02-30' passes), and the events' date range compares text.
    edges = []
    if s is not None and s.day != 1:
        edges.append((start, f"{start[:7]}-99"))
    if e is not None and e != _last_day(e):
        edges.append((f"{end[:7]}-00", end))
    return (first, last), edges


def _kind_clauses(flt: EventFilter, prefix: str) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.event_types:
        clauses.append(f"{prefix}event_type IN ({', '.join(['{m}'] * len(flt.event_types))})")
        params += list(flt.event_types)
    if flt.review_status is not None:
        if flt.review_status:
            clauses.append(f"{prefix}review_status IN ({', '.join(['{m}'] * len(flt.review_status))})")
            params += list(flt.review_status)
        else:
            clauses.append("0 = 1")
    return clauses, params


def grid_queries(
    flt: EventFilter, shift: int, box: tuple[int, int, int, int], mark: str, *, postgis: bool
) -> list[tuple[str, list[Any]]]:
    """The statements whose rows (count, sum lon, sum lat, gx >> shift, gy >> shift), added up per cell
    (merge_cells), are the dated tile's cells: whole months from map_months, partial ones from the events.
    `shift` >= MONTH_SHIFT (zoom <= MONTH_ZOOM); `box` is in fine cells, aligned to the month cells."""
    months, edges = month_split(flt.start, flt.end)
    s = int(shift)
    out: list[tuple[str, list[Any]]] = []
    if months is not None:
        clauses = ["cx BETWEEN {m} AND {m}", "cy BETWEEN {m} AND {m}", "n > 0"]
        params: list[Any] = [box[0] >> MONTH_SHIFT, box[1] >> MONTH_SHIFT, box[2] >> MONTH_SHIFT]
        params.append(box[3] >> MONTH_SHIFT)
        if months[0] is not None:
            clauses.append("month >= {m}")
            params.append(months[0])
        if months[1] is not None:
            clauses.append("month <= {m}")
            params.append(months[1])
        more, p = _kind_clauses(flt, "")
        ms = s - MONTH_SHIFT
        sql = (
            f"SELECT sum(n), sum(slon), sum(slat), cx >> {ms} AS ccx, cy >> {ms} AS ccy FROM map_months"
            f" WHERE {' AND '.join(clauses + more)} GROUP BY ccx, ccy"
        )
        out.append((sql.replace("{m}", mark), params + p))
    spans = [(first, last, "") for first, last in edges]
    if months is not None:
        # The month grid counts a stored date outside the calendar ('2025-02-30') in its month; a range that
        # starts on a month's first day or ends on its last leaves such days out: take them off again.
        if months[0] is not None and flt.start is not None and flt.start == f"{months[0]}-01":
            spans.append((f"{months[0]}-00", f"{months[0]}-00", "-"))
        if months[1] is not None and flt.end is not None and flt.end[:7] == months[1]:
            spans.append((f"{months[1]}-{int(flt.end[8:]) + 1:02d}", f"{months[1]}-99", "-"))
    gx, gy = gx_sql("e", postgis=postgis), gy_sql("e", postgis=postgis)
    # The band of longitudes the box spans (a hair wider): narrows the index range; membership is gx/gy.
    minlon = box[0] / FINE * 360.0 - 180.0 - 1e-6
    maxlon = (box[1] + 1) / FINE * 360.0 - 180.0 + 1e-6
    hint = "" if postgis else " INDEXED BY events_day_map"
    for first, last, sign in spans:
        clauses = [
            "e.event_date BETWEEN {m} AND {m}",
            "e.lon BETWEEN {m} AND {m}",
            f"{gx} BETWEEN {{m}} AND {{m}}",
            f"{gy} BETWEEN {{m}} AND {{m}}",
        ]
        params = [first, last, minlon, maxlon, box[0], box[1], box[2], box[3]]
        more, p = _kind_clauses(flt, "e.")
        sql = (
            f"SELECT {sign}count(*), {sign}sum(e.lon), {sign}sum(e.lat), ({gx}) >> {s} AS cx, ({gy}) >> {s} AS cy"
            f" FROM events e{hint} WHERE {' AND '.join(clauses + more)} GROUP BY cx, cy"
        )
        out.append((sql.replace("{m}", mark), params + p))
    return out


def merge_cells(results: list[list[tuple]]) -> list[tuple[int, float, float, int, int]]:
    """Rows of several grid_queries added up per cell."""
    cells: dict[tuple[int, int], list[float]] = {}
    for rows in results:
        for n, slon, slat, cx, cy in rows:
            acc = cells.setdefault((int(cx), int(cy)), [0, 0.0, 0.0])
            acc[0] += int(n)
            acc[1] += float(slon)
            acc[2] += float(slat)
    return [(int(v[0]), v[1], v[2], k[0], k[1]) for k, v in cells.items() if v[0] > 0]


_MONTH_UPSERT = (
    "INSERT INTO map_months (month, cx, cy, event_type, review_status, n, slon, slat)"
    " VALUES (substr({r}.event_date, 1, 7), ({gx}) >> {ms}, ({gy}) >> {ms}, {r}.event_type, {r}.review_status,"
    " {sign}1, {sign}{r}.lon, {sign}{r}.lat)"
    " ON CONFLICT (month, cx, cy, event_type, review_status) DO UPDATE SET n = map_months.n + excluded.n,"
    " slon = map_months.slon + excluded.slon, slat = map_months.slat + excluded.slat"
)


def _add(row: str, sign: str, *, postgis: bool) -> str:
    return _MONTH_UPSERT.format(
        r=row, sign=sign, ms=MONTH_SHIFT, gx=gx_sql(row, postgis=postgis), gy=gy_sql(row, postgis=postgis)
    )


def _backfill(postgis: bool) -> str:
    gx, gy = gx_sql("e", postgis=postgis), gy_sql("e", postgis=postgis)
    return (
        "INSERT INTO map_months (month, cx, cy, event_type, review_status, n, slon, slat)"
        f" SELECT substr(e.event_date, 1, 7), ({gx}) >> {MONTH_SHIFT}, ({gy}) >> {MONTH_SHIFT}, e.event_type,"
        " e.review_status, count(*), sum(e.lon), sum(e.lat) FROM events e"
        " WHERE NOT EXISTS (SELECT 1 FROM map_months) GROUP BY 1, 2, 3, 4, 5"
    )


_WATCHED = "lon, lat, event_type, review_status, event_date"

SQLITE_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS map_months (
  month TEXT NOT NULL,
  cx INTEGER NOT NULL,
  cy INTEGER NOT NULL,
  event_type TEXT NOT NULL,
  review_status TEXT NOT NULL,
  n INTEGER NOT NULL,
  slon REAL NOT NULL,
  slat REAL NOT NULL,
  PRIMARY KEY (month, cx, cy, event_type, review_status)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS map_months_ai AFTER INSERT ON events BEGIN
  {_add("new", "", postgis=False)};
END;
CREATE TRIGGER IF NOT EXISTS map_months_ad AFTER DELETE ON events BEGIN
  {_add("old", "-", postgis=False)};
END;
CREATE TRIGGER IF NOT EXISTS map_months_au AFTER UPDATE OF {_WATCHED} ON events BEGIN
  {_add("old", "-", postgis=False)};
  {_add("new", "", postgis=False)};
END;
{_backfill(False)}
"""

POSTGIS_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS map_months (
  month text NOT NULL,
  cx integer NOT NULL,
  cy integer NOT NULL,
  event_type text NOT NULL,
  review_status text NOT NULL,
  n bigint NOT NULL,
  slon double precision NOT NULL,
  slat double precision NOT NULL,
  PRIMARY KEY (month, cx, cy, event_type, review_status)
);
CREATE OR REPLACE FUNCTION map_months_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    {_add("OLD", "-", postgis=True)};
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    {_add("NEW", "", postgis=True)};
  END IF;
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS map_months_keep ON events;
CREATE TRIGGER map_months_keep AFTER INSERT OR DELETE OR UPDATE OF {_WATCHED}
  ON events FOR EACH ROW EXECUTE FUNCTION map_months_keep();
{_backfill(True)};
"""
