"""app.geo.geodesic: distances, bearings and geodesic lines on the WGS84 ellipsoid (pyproj.Geod = GeographicLib)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from pyproj import Geod

if TYPE_CHECKING:
    from shapely.geometry import LineString, MultiLineString

__all__ = [
    "WGS84",
    "Measurement",
    "measure",
    "distances_km",
    "geodesic_line",
    "KM_PER_MILE",
    "KM_PER_NAUTICAL_MILE",
]

# pyproj's Geod runs Karney's geodesic algorithms from GeographicLib (via PROJ): round-off accurate (~15 nm).
WGS84 = Geod(ellps="WGS84")

KM_PER_MILE = 1.609344  # international mile, exact by definition
KM_PER_NAUTICAL_MILE = 1.852  # international nautical mile, exact by definition
_EARTH_MEAN_RADIUS_KM = 6371.0088  # IUGG mean radius R1, only for the conservative spherical pre-filter

# Spacing of the vertices on a drawn geodesic line. The vertices lie exactly on the geodesic; 20 km keeps the
# straight lon/lat chords between them within a few hundred metres of it at map scales that can show them.
_LINE_SPACING_KM = 20.0
_LINE_MAX_POINTS = 1000


@dataclass(frozen=True, slots=True)
class Measurement:
    """The geodesic between two points.

    >>> m = measure(50.45, 30.52, 53.90, 27.57)  # Kyiv -> Minsk
    >>> round(m.distance_km)
    434
    """

    distance_km: float
    initial_bearing_deg: float  # clockwise from true north at the start, [0, 360)
    final_bearing_deg: float  # direction of travel on arrival, [0, 360)

    @property
    def distance_mi(self) -> float:
        return self.distance_km / KM_PER_MILE

    @property
    def distance_nmi(self) -> float:
        return self.distance_km / KM_PER_NAUTICAL_MILE


def _check_lat_lon(lat: float, lon: float) -> None:
    if (
        not (math.isfinite(lat) and math.isfinite(lon))
        or not -90.0 <= lat <= 90.0
        or not -180.0 <= lon <= 180.0
    ):
        raise ValueError(f"coordinates out of range: lat={lat}, lon={lon}")


def measure(lat1: float, lon1: float, lat2: float, lon2: float) -> Measurement:
    """Distance and bearings of the shortest geodesic from point 1 to point 2."""
    _check_lat_lon(lat1, lon1)
    _check_lat_lon(lat2, lon2)
    az12, az21, metres = WGS84.inv(lon1, lat1, lon2, lat2)
    # az21 is the azimuth at point 2 pointing back to point 1; the direction of travel there is its reverse.
    return Measurement(
        distance_km=metres / 1000.0,
        initial_bearing_deg=float(az12) % 360.0,
        final_bearing_deg=(float(az21) + 180.0) % 360.0,
    )


def distances_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Geodesic distance in km from one point to each of many (vectorised Geod.inv)."""
    lats = np.asarray(lats, dtype=np.float64)
    lons = np.asarray(lons, dtype=np.float64)
    if lats.size == 0:
        return np.empty(0, dtype=np.float64)
    _, _, metres = WGS84.inv(
        np.full(lons.shape, lon, dtype=np.float64),
        np.full(lats.shape, lat, dtype=np.float64),
        lons,
        lats,
        return_back_azimuth=False,
    )
    return np.asarray(metres) / 1000.0


def spherical_upper_bound_filter(
    lat: float, lon: float, lats: np.ndarray, lons: np.ndarray, *, max_km: float
) -> np.ndarray:
    """Boolean mask that keeps every point whose *geodesic* distance may be <= max_km.

    Great-circle distance on the mean sphere differs from the WGS84 geodesic distance by less than 0.6 %
    (the ellipsoid's flattening is 0.34 %), so a 1 % + 1 km margin can drop only points that are certainly
    out of range. It is a speed-up for large arrays; the exact test is always `distances_km` afterwards.
    """
    p1 = math.radians(lat)
    p2 = np.radians(lats)
    dl = np.radians(lons - lon)
    h = np.sin((p2 - p1) / 2.0) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dl / 2.0) ** 2
    great_circle_km = 2.0 * _EARTH_MEAN_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    return great_circle_km <= max_km * 1.01 + 1.0


def geodesic_line(lat1: float, lon1: float, lat2: float, lon2: float) -> LineString | MultiLineString:
    """The geodesic from point 1 to point 2 as lon/lat vertices, split where it crosses ±180°."""
    # shapely only here: the distances and bearings (event coding's only use of app.geo) need none of it
    from app.geo.dateline import split_line

    _check_lat_lon(lat1, lon1)
    _check_lat_lon(lat2, lon2)
    _, _, metres = WGS84.inv(lon1, lat1, lon2, lat2)
    n_inner = min(_LINE_MAX_POINTS, int(metres / 1000.0 / _LINE_SPACING_KM))
    pts = WGS84.npts(lon1, lat1, lon2, lat2, n_inner) if n_inner > 0 else []
    lons = np.array([lon1, *[p[0] for p in pts], lon2], dtype=np.float64)
    lats = np.array([lat1, *[p[1] for p in pts], lat2], dtype=np.float64)
    return split_line(lons, lats)
