"""app.geocode.geopy_adapter: OfflineGeocoder, the gazetteer behind geopy's Geocoder interface,
so geopy's RateLimiter and geopandas.tools.geocode accept it like any online service."""

from __future__ import annotations

from geopy.geocoders.base import Geocoder as GeopyGeocoder
from geopy.location import Location
from geopy.point import Point

from app.geocode.candidate import Candidate
from app.geocode.geocoder import Geocoder


def _location(c: Candidate) -> Location:
    parts = [c.name]
    if c.admin1 and c.admin1 != c.name:
        parts.append(c.admin1)
    if c.country_code and c.kind != "country":
        parts.append(c.country_code)
    return Location(", ".join(parts), Point(c.lat, c.lon), c.to_dict())


class OfflineGeocoder(GeopyGeocoder):
    """geopy Geocoder answering from the offline gazetteer; no network, ever.

    >>> from geopy.extra.rate_limiter import RateLimiter
    >>> geocode = RateLimiter(OfflineGeocoder().geocode, min_delay_seconds=0)   # doctest: +SKIP
    >>> geocode("Kharkov").raw["name"]                                             # doctest: +SKIP
    'Kharkiv'
    """

    def __init__(self, gazetteer=None, *, settings=None, **kwargs) -> None:
        # geopandas instantiates the provider class with its **kwargs; accept and ignore network options.
        super().__init__(user_agent="conflictmap-offline")
        if gazetteer is None:
            from app.gazetteer import load_gazetteer

            gazetteer = load_gazetteer(settings)
        self._core = gazetteer if isinstance(gazetteer, Geocoder) else Geocoder(gazetteer)

    def __call__(self, **kwargs) -> OfflineGeocoder:
        # geopandas.tools.geocode calls `provider(**kwargs)`, expecting a class; a ready instance
        # answers with itself, so both `provider=OfflineGeocoder` and `provider=OfflineGeocoder()` work.
        return self

    def geocode(
        self, query, *, exactly_one=True, country=None, limit=None, near=None, timeout=None, **kwargs
    ):
        if isinstance(country, list | tuple):
            country = country[0] if country else None
        n = 1 if exactly_one else (limit or 10)
        found = self._core.search(str(query), country=country, near=near, limit=n)
        if not found:
            return None
        return _location(found[0]) if exactly_one else [_location(c) for c in found]

    def reverse(self, query, *, exactly_one=True, limit=None, timeout=None, **kwargs):
        pt = query if isinstance(query, Point) else Point(query)
        found = self._core.reverse(pt.latitude, pt.longitude, limit=1 if exactly_one else (limit or 5))
        if not found:
            return None
        return _location(found[0]) if exactly_one else [_location(c) for c in found]
