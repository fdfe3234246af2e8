"""app.geocode: names to places. `Geocoder` is the typed core; `OfflineGeocoder` its geopy face."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.geocode.candidate import Candidate, Hints
from app.geocode.geocoder import Geocoder, parse_latlon
from app.settings import Settings

if TYPE_CHECKING:
    from app.geocode.geopy_adapter import OfflineGeocoder

__all__ = ["Candidate", "Geocoder", "Hints", "OfflineGeocoder", "open_geocoder", "parse_latlon"]


def open_geocoder(settings: Settings | None = None) -> Geocoder:
    """The geocoder for user-facing lookups: the offline gazetteer, plus the online fallback if configured.

    Off by default (fully offline); `CONFLICTMAP_ONLINE_GEOCODER=nominatim` adds geopy's Nominatim behind a
    1 request/s RateLimiter and an on-disk cache, asked only when the gazetteer has nothing.
    """
    from app.gazetteer import load_gazetteer
    from app.geocode.nominatim import online_geocoder

    settings = settings or Settings()
    return Geocoder(load_gazetteer(settings), online=online_geocoder(settings))


def __getattr__(name: str) -> Any:
    # geopy (and requests/urllib3 under it) costs a third of a second to import; only the geopy face needs it.
    if name == "OfflineGeocoder":
        from app.geocode.geopy_adapter import OfflineGeocoder

        return OfflineGeocoder
    raise AttributeError(f"module 'app.geocode' has no attribute {name!r}")
