"""app.geocode: names to places. `Geocoder` is the typed core; `OfflineGeocoder` its geopy face."""

from app.geocode.candidate import Candidate, Hints
from app.geocode.geocoder import Geocoder, parse_latlon
from app.geocode.geopy_adapter import OfflineGeocoder

__all__ = ["Candidate", "Geocoder", "Hints", "OfflineGeocoder", "parse_latlon"]
