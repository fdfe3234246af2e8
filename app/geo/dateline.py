"""app.geo.dateline: cut lon/lat lines and closed curves at the antimeridian (±180°) for RFC 7946 output.

A geodesic line or circle is computed as a sequence of vertices on the ellipsoid. GeoJSON wants them as
lon/lat in [-180, 180] and split where they cross ±180 (RFC 7946 §3.1.9). The closed-curve case also has to
know which side is "inside": a curve around the North Pole is a band of longitudes 360° wide, which only
closes into a polygon along the pole's latitude line.
"""

from __future__ import annotations

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry

__all__ = ["split_line", "region_polygon", "WORLD"]

WORLD = box(-180.0, -90.0, 180.0, 90.0)


def _wrap180(x: np.ndarray) -> np.ndarray:
    return (x + 180.0) % 360.0 - 180.0


def split_line(lons: np.ndarray, lats: np.ndarray) -> LineString | MultiLineString:
    """Split a polyline wherever a step crosses the antimeridian (the shorter way round is taken as the step)."""
    parts: list[list[tuple[float, float]]] = [[(float(lons[0]), float(lats[0]))]]
    for i in range(1, len(lons)):
        lo0, la0, lo1, la1 = float(lons[i - 1]), float(lats[i - 1]), float(lons[i]), float(lats[i])
        step = float(_wrap180(np.array(lo1 - lo0)))
        unwrapped = lo0 + step
        if unwrapped > 180.0 or unwrapped < -180.0:
            edge = 180.0 if unwrapped > 180.0 else -180.0
            t = (edge - lo0) / step
            la_cut = la0 + t * (la1 - la0)
            parts[-1].append((edge, la_cut))
            parts.append([(-edge, la_cut)])
        parts[-1].append((lo1, la1))
    # A line starting or ending exactly on ±180 leaves a zero-length stub on the far side; drop it.
    lines = [p for p in parts if len(set(p)) >= 2]
    if not lines:  # both ends the same point
        return LineString([parts[0][0], parts[-1][-1]])
    if len(lines) == 1:
        return LineString(lines[0])
    return MultiLineString(lines)


def _fold_into_world(planar: BaseGeometry, lon_min: float, lon_max: float) -> BaseGeometry:
    """Cut a polygon drawn on unwrapped longitudes into [-180, 180] copies and move each home."""
    pieces = []
    k_lo = int(np.floor((lon_min + 180.0) / 360.0))
    k_hi = int(np.floor((lon_max + 180.0) / 360.0))
    for k in range(k_lo, k_hi + 1):
        window = box(-180.0 + 360.0 * k, -90.0, 180.0 + 360.0 * k, 90.0)
        piece = planar.intersection(window)
        if not piece.is_empty:
            pieces.append(shapely.affinity.translate(piece, xoff=-360.0 * k))
    return shapely.union_all(pieces)


def _start_on_antimeridian(lons: np.ndarray, lats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rotate a closed curve to begin (and end) exactly on ±180 at its first crossing, if it has one."""
    nxt = np.roll(lons, -1)
    crossing = np.flatnonzero(np.abs(nxt - lons) > 180.0)
    if crossing.size == 0:
        return lons, lats
    i = int(crossing[0])
    j = (i + 1) % lons.size
    step = float(_wrap180(np.array(lons[j] - lons[i])))
    edge = 180.0 if lons[i] + step > 180.0 else -180.0
    lat_cut = float(lats[i] + (edge - lons[i]) / step * (lats[j] - lats[i]))
    order = np.roll(np.arange(lons.size), -j)
    return np.concatenate([[-edge], lons[order], [edge]]), np.concatenate([[lat_cut], lats[order], [lat_cut]])


def region_polygon(
    lons: np.ndarray, lats: np.ndarray, *, contains_north_pole: bool, contains_south_pole: bool
) -> Polygon | MultiPolygon:
    """The region bounded by a closed curve, as (Multi)Polygon in [-180, 180], exterior rings counter-clockwise.

    `lons`/`lats` are the curve's vertices in order (not repeated at the end). Which side of a closed curve on
    the globe is meant cannot be told from the vertices alone, so the caller says which poles the region holds:
    - neither: the region is the curve's planar interior on unwrapped longitudes;
    - one: the curve winds once round that pole; it is closed along the pole's latitude line;
    - both: the region is the globe minus the curve's planar interior.
    """
    lons, lats = _start_on_antimeridian(
        np.asarray(lons, dtype=np.float64), np.asarray(lats, dtype=np.float64)
    )
    lon_u = np.rad2deg(np.unwrap(np.deg2rad(lons)))
    lon_u[0] = lons[0]  # keep an exact ±180 start: copies folded by 360° then meet exactly and merge
    closing = float(_wrap180(np.array(lons[0] - lons[-1])))
    # Net change of longitude round the curve: 0, or ±360 when it winds round a pole.
    turn = 360.0 * round((lon_u[-1] + closing - lon_u[0]) / 360.0)
    if abs(lons[0]) == 180.0 and lons[0] == -lons[-1]:
        lon_u[-1] = lon_u[0] + turn  # the end is the same cut point as the start, one turn later (or not)

    if contains_north_pole != contains_south_pole:
        if abs(turn) != 360.0:
            raise ValueError("a curve round exactly one pole must wind once in longitude")
        pole = 90.0 if contains_north_pole else -90.0
        end = lon_u[0] + turn
        coords = list(zip(lon_u, lats, strict=True))
        coords += [(end, float(lats[0])), (end, pole), (float(lon_u[0]), pole)]
        planar = Polygon(coords)
        if not planar.is_valid:
            planar = shapely.make_valid(planar)
        lo, hi = min(lon_u.min(), end), max(lon_u.max(), end)
        region = _fold_into_world(planar, lo, hi)
    else:
        if turn != 0.0:
            raise ValueError(
                "a curve that winds round a pole cannot bound a region holding neither or both poles"
            )
        planar = Polygon(list(zip(lon_u, lats, strict=True)))
        if not planar.is_valid:
            planar = shapely.make_valid(planar)
        inner = _fold_into_world(planar, float(lon_u.min()), float(lon_u.max()))
        region = WORLD.difference(inner) if contains_north_pole else inner
    return orient(region)


def orient(geom: BaseGeometry) -> Polygon | MultiPolygon:
    """Keep only the areal parts and give them RFC 7946 winding (exterior counter-clockwise, holes clockwise)."""
    polys = [
        g for g in getattr(geom, "geoms", [geom]) if isinstance(g, (Polygon, MultiPolygon)) and not g.is_empty
    ]
    flat: list[Polygon] = []
    for g in polys:
        flat.extend(g.geoms if isinstance(g, MultiPolygon) else [g])
    if not flat:
        return Polygon()
    out = flat[0] if len(flat) == 1 else MultiPolygon(flat)
    return shapely.orient_polygons(out, exterior_cw=False)
