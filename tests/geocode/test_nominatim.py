"""The optional online fallback: off by default; when enabled, rate-limited and cached. Never calls the network:
a fake geopy-compatible geocoder stands in for Nominatim."""

from __future__ import annotations

import pytest
from geopy.exc import GeocoderServiceError
from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location
from geopy.point import Point

from app.errors import GeocoderError
from app.geocode import Geocoder, open_geocoder
from app.geocode.nominatim import (
    CACHE_FILE,
    MIN_DELAY_SECONDS,
    NominatimGeocoder,
    candidate_from_raw,
    online_geocoder,
)
from app.settings import Settings

# One answer in Nominatim's jsonv2 shape (addressdetails=1), for an invented hamlet.
HAMLET = {
    "place_id": 1,
    "osm_type": "node",
    "osm_id": 123456789,
    "lat": "48.70110",
    "lon": "37.61220",
    "class": "place",
    "type": "hamlet",
    "addresstype": "hamlet",
    "name": "Testove",
    "display_name": "Testove, Kramatorsk Raion, Donetsk Oblast, Ukraine",
    "importance": 0.21,
    "address": {"hamlet": "Testove", "state": "Donetsk Oblast", "country": "Ukraine", "country_code": "ua"},
}


class FakeNominatim:
    """geopy-compatible: `geocode(query, exactly_one=..., **kw)` -> Location | list[Location] | None."""

    def __init__(self, answers: dict[str, list[dict]] | None = None, fail: bool = False) -> None:
        self.answers = answers or {}
        self.fail = fail
        self.calls: list[tuple[str, dict]] = []

    def geocode(self, query, exactly_one=True, **kwargs):
        self.calls.append((query, kwargs))
        if self.fail:
            raise GeocoderServiceError("service down")
        locs = [
            Location(r["display_name"], Point(float(r["lat"]), float(r["lon"])), r)
            for r in self.answers.get(query, [])
        ]
        if not locs:
            return None
        return locs[0] if exactly_one else locs


@pytest.fixture
def online_settings(tmp_settings) -> Settings:
    return tmp_settings.model_copy(update={"online_geocoder": "nominatim"})


def fast(settings, backend, **kw) -> NominatimGeocoder:
    return NominatimGeocoder(settings, backend=backend, min_delay_seconds=0, error_wait_seconds=0, **kw)


def test_off_by_default():
    assert Settings.model_fields["online_geocoder"].default is None


def test_default_settings_give_no_online_backend(tmp_settings):
    assert online_geocoder(tmp_settings.model_copy(update={"online_geocoder": None})) is None
    assert open_geocoder(tmp_settings.model_copy(update={"online_geocoder": None})).online is None


def test_enabling_wires_a_one_per_second_rate_limiter_and_a_disk_cache(online_settings):
    fake = FakeNominatim()
    g = online_geocoder(online_settings, backend=fake)
    assert isinstance(g, NominatimGeocoder)
    assert isinstance(g.geocode, RateLimiter)
    assert g.geocode.min_delay_seconds == MIN_DELAY_SECONDS == 1.0
    assert g.cache.path == online_settings.data_dir / CACHE_FILE
    assert g.cache.path.exists()
    assert fake.calls == []  # wiring alone never asks the service


def test_default_backend_is_geopy_nominatim_with_our_user_agent(online_settings):
    from geopy.geocoders import Nominatim

    g = NominatimGeocoder(online_settings)  # constructing does not touch the network
    assert isinstance(g.backend, Nominatim)
    assert g.backend.headers["User-Agent"] == online_settings.nominatim_user_agent


def test_open_geocoder_wires_the_fallback_when_enabled(online_settings):
    assert isinstance(open_geocoder(online_settings).online, NominatimGeocoder)


def test_unknown_backend_name_is_an_error(tmp_settings):
    with pytest.raises(GeocoderError):
        online_geocoder(tmp_settings.model_copy(update={"online_geocoder": "bing"}))


def test_known_places_never_go_online(gazetteer, online_settings):
    fake = FakeNominatim()
    g = Geocoder(gazetteer, online=fast(online_settings, fake))
    assert g.best("Siversk").admin1 == "Donetsk Oblast"
    assert g.best("Vilne, Donetsk region").kind == "region"  # the offline region fallback still answers
    assert fake.calls == []


def test_unknown_place_goes_online_once_then_comes_from_the_cache(gazetteer, online_settings):
    fake = FakeNominatim({"Testove": [HAMLET]})
    g = Geocoder(gazetteer, online=fast(online_settings, fake))
    c = g.best("Testove")
    assert c.name == "Testove" and c.kind == "settlement" and c.country_code == "UA"
    assert c.admin1 == "Donetsk Oblast" and c.geo_precision == 1
    assert any("Nominatim" in w for w in c.why)
    assert len(fake.calls) == 1
    assert fake.calls[0][1]["addressdetails"] is True
    # a new process (new objects, same data dir) reads the answer from disk
    again = FakeNominatim()
    g2 = Geocoder(gazetteer, online=fast(online_settings, again))
    assert g2.best("Testove").lat == pytest.approx(48.7011)
    assert again.calls == []


def test_country_hint_is_passed_on(gazetteer, online_settings):
    fake = FakeNominatim()
    Geocoder(gazetteer, online=fast(online_settings, fake)).search("Zzyzzyxqq", country="UA")
    assert fake.calls[0][1]["country_codes"] == "ua"


def test_no_answer_is_cached_too(gazetteer, online_settings):
    fake = FakeNominatim()
    online = fast(online_settings, fake)
    assert Geocoder(gazetteer, online=online).search("Zzyzzyxqq") == []
    assert Geocoder(gazetteer, online=online).search("Zzyzzyxqq") == []
    assert len(fake.calls) == 1


def test_a_failure_is_not_cached(gazetteer, online_settings):
    down = FakeNominatim(fail=True)
    assert Geocoder(gazetteer, online=fast(online_settings, down)).search("Testove") == []
    up = FakeNominatim({"Testove": [HAMLET]})
    assert Geocoder(gazetteer, online=fast(online_settings, up)).best("Testove").name == "Testove"


def test_rate_limiter_spaces_calls(online_settings):
    import time

    fake = FakeNominatim()
    g = NominatimGeocoder(online_settings, backend=fake, min_delay_seconds=0.3)
    t0 = time.monotonic()
    g.search("first unknown")
    g.search("second unknown")
    assert time.monotonic() - t0 >= 0.3
    assert len(fake.calls) == 2


@pytest.mark.parametrize(
    ("cls", "typ", "kind", "precision"),
    [
        ("place", "town", "settlement", 1),
        ("boundary", "administrative", "region", 3),
        ("aeroway", "aerodrome", "facility", 1),
    ],
)
def test_candidate_from_raw_kinds(cls, typ, kind, precision):
    raw = dict(HAMLET, **{"class": cls, "type": typ, "addresstype": typ})
    c = candidate_from_raw(raw)
    assert (c.kind, c.geo_precision) == (kind, precision)
