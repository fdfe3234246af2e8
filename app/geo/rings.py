"""app.geo.rings: geodesic circles and min–max "donuts" on WGS84 as RFC 7946 polygons."""

from __future__ import annotations

import math

import numpy as np
from shapely.geometry import MultiPolygon, Polygon

from app.geo.dateline import WORLD, orient, region_polygon
from app.geo.geodesic import WGS84

__all__ = ["MAX_RADIUS_KM", "circle_vertices", "ring_polygon", "validate_radii"]

MAX_RADIUS_KM = 20_000.0  # half a meridian is 20,003.93 km: nothing on Earth is farther than that

# Edge midpoints (straight in lon/lat, as a GeoJSON renderer draws them) are kept within this fraction of the
# radius from the true circle; half the 0.1 % the contract allows, so clipping at ±180 can't push it over.
_TOLERANCE = 0.0005
_START_VERTICES = 128
_MAX_REFINEMENTS = 16
_MAX_VERTICES = 50_000  # a hard stop: no real circle needs more (the Krichev-6 5,500 km ring needs 142)
_TOLERANCE_FLOOR_M = 0.001  # below a millimetre, Geod's own round-off would drive the bisection forever


def validate_radii(max_km: float, min_km: float = 0.0) -> None:
    """Raise ValueError (with .param) for radii that make no sense."""
    for name, value in (("max_km", max_km), ("min_km", min_km)):
        if not math.isfinite(value) or value < 0:
            raise RadiusError(f"{name} must be a non-negative number of km, got {value}", param=name)
        if value > MAX_RADIUS_KM:
            raise RadiusError(
                f"{name} must be at most {MAX_RADIUS_KM:,.0f} km (nowhere on Earth is farther), got {value:,}",
                param=name,
            )
    if max_km <= 0:
        raise RadiusError("max_km must be greater than 0", param="max_km")
    if min_km >= max_km:
        raise RadiusError(f"min_km ({min_km:,}) must be smaller than max_km ({max_km:,})", param="min_km")


class RadiusError(ValueError):
    """A radius that makes no sense (or none given); `param` names the parameter to fix."""

    def __init__(self, message: str, *, param: str) -> None:
        super().__init__(message)
        self.param = param


def _midpoints(lons: np.ndarray, lats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    nxt_lon = np.roll(lons, -1)
    nxt_lat = np.roll(lats, -1)
    step = (nxt_lon - lons + 180.0) % 360.0 - 180.0
    mid_lon = (lons + step / 2.0 + 180.0) % 360.0 - 180.0
    return mid_lon, (lats + nxt_lat) / 2.0


def circle_vertices(lat: float, lon: float, radius_km: float) -> tuple[np.ndarray, np.ndarray]:
    """Vertices of the geodesic circle, counter-clockwise round the centre, dense enough for _TOLERANCE."""
    lons, lats, _ = _trace_circle(lat, lon, radius_km)
    return lons, lats


def _trace_circle(lat: float, lon: float, radius_km: float) -> tuple[np.ndarray, np.ndarray, bool]:
    """Circle vertices, and whether some geodesic of that length has passed its cut locus.

    Starts from evenly spaced azimuths and bisects only the edges whose lon/lat midpoint strays too far from
    the true circle (checked with Geod.inv), so a circle passing near a pole gets vertices where it needs them.
    Near the antipode a geodesic can stop being the shortest path before it reaches the radius; its end is
    then nearer than the radius, which the same Geod.inv call shows, and the tracing stops there.
    """
    r_m = radius_km * 1000.0
    tol_m = max(_TOLERANCE * r_m, _TOLERANCE_FLOOR_M)
    az = np.linspace(0.0, 360.0, _START_VERTICES, endpoint=False)
    for _ in range(_MAX_REFINEMENTS):
        n = az.size
        lons, lats, _ = WGS84.fwd(np.full(n, lon), np.full(n, lat), az, np.full(n, r_m))
        lons, lats = np.asarray(lons), np.asarray(lats)
        mid_lon, mid_lat = _midpoints(lons, lats)
        _, _, d = WGS84.inv(
            np.full(2 * n, lon),
            np.full(2 * n, lat),
            np.concatenate([lons, mid_lon]),
            np.concatenate([lats, mid_lat]),
            return_back_azimuth=False,
        )
        d = np.asarray(d)
        if np.any(d[:n] < r_m - tol_m):
            return lons[::-1].copy(), lats[::-1].copy(), True
        bad = np.abs(d[n:] - r_m) > tol_m
        if not bad.any() or n + int(bad.sum()) > _MAX_VERTICES:
            break
        nxt = np.roll(az, -1)
        nxt[-1] += 360.0
        az = np.sort(np.concatenate([az, ((az + nxt) / 2.0)[bad] % 360.0]))
    # Azimuths grow clockwise (from north through east), so reverse for a counter-clockwise curve.
    return lons[::-1].copy(), lats[::-1].copy(), False


def _is_within(lat: float, lon: float, plat: float, plon: float, radius_km: float) -> bool:
    _, _, d = WGS84.inv(lon, lat, plon, plat)
    return d / 1000.0 <= radius_km


def _disc(lat: float, lon: float, radius_km: float) -> Polygon | MultiPolygon:
    lons, lats, past_cut_locus = _trace_circle(lat, lon, radius_km)
    if past_cut_locus:
        # Within a few tens of km of the farthest possible distance: the disc is the whole globe but a sliver
        # round the antipode narrower than the drawing tolerance. Target queries stay exact regardless.
        return orient(WORLD)
    return region_polygon(
        lons,
        lats,
        contains_north_pole=_is_within(lat, lon, 90.0, 0.0, radius_km),
        contains_south_pole=_is_within(lat, lon, -90.0, 0.0, radius_km),
    )


def ring_polygon(lat: float, lon: float, max_km: float, min_km: float = 0.0) -> Polygon | MultiPolygon:
    """Everything within max_km (and, for a donut, beyond min_km) of a point, by geodesic distance.

    Split at ±180°, poles kept inside when they are in range, exterior rings counter-clockwise (RFC 7946).

    >>> ring = ring_polygon(53.7, 31.8, 5500)  # around Krichev-6; reaches over the North Pole
    >>> ring.is_valid, ring.bounds[3]
    (True, 90.0)
    """
    validate_radii(max_km, min_km)
    outer = _disc(lat, lon, max_km)
    if min_km > 0:
        outer = outer.difference(_disc(lat, lon, min_km))
    result = orient(outer)
    if not result.is_valid:  # pragma: no cover - a guard: geometry ops on dense rings should stay valid
        import shapely

        result = orient(shapely.make_valid(result))
    return result
