"""app.api.tiles: events as Mapbox Vector Tiles on the Web Mercator XYZ grid (OGC WebMercatorQuad).

A tile holds either every matching event in it (layer `events`, when there are at most POINT_BUDGET) or
exact counts per cell of a GRID x GRID grid (layer `clusters`, each placed at its members' mean position).
Both come from one grouped SQL query per tile on either store, so a client never downloads more than one
tile's worth, whatever the store holds, and cluster counts add up to exactly what /api/events counts for
the same filter. Encoding is mapbox-vector-tile for both stores, so SQLite and PostGIS give the same tiles.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import mapbox_vector_tile
import numpy as np
import shapely
from pyproj import Transformer

from app.errors import InvalidQuery
from app.store.base import EventFilter, Store

__all__ = ["MAX_ZOOM", "MVT", "POINT_BUDGET", "GRID", "tile_lonlat_bounds", "render_tile"]

MVT = "application/vnd.mapbox-vector-tile"
MAX_ZOOM = 22
POINT_BUDGET = 3000  # events drawn one by one in a tile; past it the tile carries clusters
GRID = 32  # cluster cells per tile side
EXTENT = 4096
_HALF = 20037508.342789244  # half the Web Mercator world, metres
_TO_3857 = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
POINT_PROPERTIES = (
    "id", "event_date", "event_type", "sub_event_type", "location", "fatalities", "injured", "claim_status", "origin",
)  # fmt: skip


def check_tile(z: int, x: int, y: int, names: tuple[str, str, str] = ("z", "x", "y")) -> None:
    """`names` are the caller's parameter names (XYZ z/x/y, OGC tileMatrix/tileCol/tileRow), so the
    problem names the parameter the client actually sent."""
    if not 0 <= z <= MAX_ZOOM:
        raise InvalidQuery(f"zoom must be within 0..{MAX_ZOOM}", param=names[0])
    n = 1 << z
    for name, v in ((names[1], x), (names[2], y)):
        if not 0 <= v < n:
            raise InvalidQuery(f"must be within 0..{n - 1} at zoom {z}", param=name)


def tile_mercator_bounds(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    size = 2 * _HALF / (1 << z)
    minx = -_HALF + x * size
    maxy = _HALF - y * size
    return (minx, maxy - size, minx + size, maxy)


def _lat(y_fraction: float) -> float:
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y_fraction))))


def tile_lonlat_bounds(z: int, x: int, y: int) -> tuple[float, float, float, float]:
    """(minlon, minlat, maxlon, maxlat) of XYZ tile z/x/y (y counted from the north, as XYZ and OGC do)."""
    n = 1 << z
    return (x / n * 360.0 - 180.0, _lat((y + 1) / n), (x + 1) / n * 360.0 - 180.0, _lat(y / n))


def render_tile(store: Store, flt: EventFilter, z: int, x: int, y: int) -> bytes:
    check_tile(z, x, y)
    minlon, minlat, maxlon, maxlat = tile_lonlat_bounds(z, x, y)
    if y == (1 << z) - 1:
        minlat = -90.0  # the bottom row also holds what lies south of Mercator's edge (and the top row north)
    if y == 0:
        maxlat = 90.0
    in_tile = replace(flt, bbox=(minlon, minlat, maxlon, maxlat), limit=None, offset=0, count_limit=None)
    cells = store.clusters(in_tile, (minlon, minlat), ((maxlon - minlon) / GRID, (maxlat - minlat) / GRID))
    total = sum(c[0] for c in cells)
    bounds = tile_mercator_bounds(z, x, y)
    layers: list[dict[str, Any]] = []
    if 0 < total <= POINT_BUDGET:
        records, _ = store.query(replace(in_tile, limit=POINT_BUDGET))
        features = [
            {
                "geometry": geom,
                "properties": {k: v for k in POINT_PROPERTIES if (v := rec.get(k)) is not None},
            }
            for rec, geom in zip(
                records, _points([r["lon"] for r in records], [r["lat"] for r in records]), strict=True
            )
        ]
        layers.append({"name": "events", "features": features})
    elif total:
        geoms = _points([c[1] for c in cells], [c[2] for c in cells])
        features = [
            {"geometry": geom, "properties": {"count": c[0], "fatalities": c[3]}}
            for c, geom in zip(cells, geoms, strict=True)
        ]
        layers.append({"name": "clusters", "features": features})
    if not layers:
        return b""
    return mapbox_vector_tile.encode(layers, default_options={"quantize_bounds": bounds, "extents": EXTENT})


def _points(lons: list[float], lats: list[float]) -> list[shapely.Point]:
    if not lons:
        return []
    # Mercator has no y at the poles: clamp to its edge so a polar event still lands in its tile.
    lat = np.clip(np.asarray(lats, float), -85.05112878, 85.05112878)
    xs, ys = _TO_3857.transform(np.asarray(lons, float), lat)
    return list(shapely.points(xs, ys))
