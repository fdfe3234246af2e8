"""app.api.map_scale: the map past a few tens of thousands of events, served per view instead of whole.

The page then never holds the store. It asks for
- one **summary** (`/map/summary`): exact counts per day × event type × review state (the timeline, the
  panel's counts and total are sums of these, for any dates and types the reader picks, with no further
  request), the most frequent acting sides and the events' extent;
- **cells** per Web Mercator tile in view (`/map/cells/{z}/{x}/{y}`): every matching event of the tile when
  there are few, else exact counts on a CELLS × CELLS grid (about 64 px a cell), with a cell of one event
  drawn as that event. Leaflet's grid layer asks only for tiles in view and drops them as they leave it;
- the newest events (`/map/events?limit=`) for the latest list and a crowded cell's list.

Counts are grouped in SQL from narrow covering indexes on both stores (app.store), so their cost follows the
events in the tile, never the rows' width, and they add up to what /api/events counts for the same filter.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.api.tiles import check_tile, tile_lonlat_bounds
from app.map.payload import CLAIM_STATUSES, TYPES, events_payload
from app.store.base import EventFilter, Store
from app.store.map_grid import FINE_ZOOM, cell_bounds
from app.store.map_months import MONTH_ZOOM, month_split

__all__ = ["CELLS", "TILE_EVENTS", "SIDES", "cells_json", "summary_json"]

CELLS = 4  # cells per tile side: 64 px at 256 px tiles, about markercluster's radius
TILE_EVENTS = 24  # a tile with at most this many events shows each of them
SIDES = 8  # acting sides with a colour of their own (as the page's SIDE_COLOURS)


def cells_json(store: Store, flt: EventFilter, z: int, x: int, y: int) -> dict[str, Any]:
    """One tile: {"n": events in it, "cells": [[count, lon, lat, minlon, minlat, maxlon, maxlat], ...],
    "events": compact columns (app.map.payload) of the tile's lone events, or all of them when few}.

    Zoomed out with no filter the kept grid (app.store.map_grid) cannot answer (dates, CQL2, text), the
    counts come from it; otherwise they are grouped from the events in the tile."""
    check_tile(z, x, y)
    minlon, minlat, maxlon, maxlat = tile_lonlat_bounds(z, x, y)
    # The bottom row also holds what lies south of Mercator's edge, the top row what lies north of it.
    if y == (1 << z) - 1:
        minlat = -90.0
    if y == 0:
        maxlat = 90.0
    in_tile = replace(flt, bbox=(minlon, minlat, maxlon, maxlat), limit=None, offset=0, count_limit=None)
    if z <= FINE_ZOOM and _grid_answers(flt, z):
        return _from_grid(store, in_tile, z, x, y)
    dlon, dlat = (maxlon - minlon) / CELLS, (maxlat - minlat) / CELLS
    rows = store.map_cells(in_tile, (minlon, minlat), (dlon, dlat))
    total = sum(r[0] for r in rows)
    if total <= TILE_EVENTS:
        lone, crowded = rows, []
    else:
        lone = [r for r in rows if r[0] == 1]
        crowded = [r for r in rows if r[0] > 1]
    records: list[dict[str, Any]] = []
    if lone:
        ids = None if total <= TILE_EVENTS else tuple(r[5] for r in lone)
        records, _ = store.query(replace(in_tile, ids=ids))
    cells = [
        [
            r[0], round(r[1], 5), round(r[2], 5),
            round(minlon + r[3] * dlon, 6), round(max(-90.0, minlat + r[4] * dlat), 6),
            round(minlon + (r[3] + 1) * dlon, 6), round(min(90.0, minlat + (r[4] + 1) * dlat), 6),
        ]
        for r in crowded
    ]  # fmt: skip
    return {"n": total, "cells": cells, "events": events_payload(records) if records else None}


def _grid_answers(flt: EventFilter, z: int) -> bool:
    """Only types and review states filter (what the kept grid counts by), and, up to MONTH_ZOOM, dates: whole
    months from the grid's months (app.store.map_months), the partial ones at the ends from their events."""
    plain = EventFilter(event_types=flt.event_types, review_status=flt.review_status)
    if flt == plain:
        return True
    if z > MONTH_ZOOM or flt != replace(plain, start=flt.start, end=flt.end):
        return False
    try:
        month_split(flt.start, flt.end)
    except ValueError:
        return False
    return True


def _from_grid(store: Store, in_tile: EventFilter, z: int, x: int, y: int) -> dict[str, Any]:
    shift = FINE_ZOOM - z
    span = CELLS << shift  # fine cells per tile side
    box = (x * span, (x + 1) * span - 1, y * span, (y + 1) * span - 1)
    rows = store.grid_cells(in_tile, shift, box)
    total = sum(r[0] for r in rows)
    lone = rows if total <= TILE_EVENTS else [r for r in rows if r[0] == 1]
    crowded = [] if total <= TILE_EVENTS else [r for r in rows if r[0] > 1]
    records: list[dict[str, Any]] = []
    if lone:
        # The grid's own membership test picks the events; the tile's box (a hair wider) only narrows the search.
        minlon, minlat, maxlon, maxlat = in_tile.bbox
        pad = 1e-6
        box_pad = (
            max(-180.0, minlon - pad),
            max(-90.0, minlat - pad),
            min(180.0, maxlon + pad),
            min(90.0, maxlat + pad),
        )
        keys = tuple(r[3] * 65536 + r[4] for r in lone)
        records, _ = store.query(replace(in_tile, bbox=box_pad, in_cells=(shift, keys)))
    cells = [
        [
            r[0],
            round(r[1] / r[0], 5),
            round(r[2] / r[0], 5),
            *(round(v, 6) for v in cell_bounds(r[3], r[4], shift)),
        ]
        for r in crowded
    ]
    return {"n": total, "cells": cells, "events": events_payload(records) if records else None}


def summary_json(store: Store, flt: EventFilter) -> dict[str, Any]:
    """Counts per (day, type, review state) as columns, the top acting sides and the extent."""
    rows = store.histogram(flt)
    strings: list[str] = [""]
    index: dict[str, int] = {"": 0}

    def intern(text: str | None) -> int:
        if not text:
            return 0
        i = index.get(text)
        if i is None:
            i = index[text] = len(strings)
            strings.append(text)
        return i

    type_index = {t: i for i, t in enumerate(TYPES)}
    for r in rows:
        type_index.setdefault(r[1], len(type_index))
    sides = store.top_values(flt, "actor1", SIDES + 1)
    bbox = store.view_extent()
    return {
        "n": len(rows),
        "total": sum(r[3] for r in rows),
        "types": list(type_index),
        "statuses": list(CLAIM_STATUSES),
        "date": [intern(r[0]) for r in rows],
        "type": [type_index[r[1]] for r in rows],
        "review": [intern(r[2]) for r in rows],
        "w": [r[3] for r in rows],
        "strings": strings,
        "sides": [s[0] for s in sides[:SIDES]],
        "more_sides": len(sides) > SIDES,
        "bounds": None if bbox is None else [[bbox[1], bbox[0]], [bbox[3], bbox[2]]],
    }
