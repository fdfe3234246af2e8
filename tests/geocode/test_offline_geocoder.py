"""OfflineGeocoder speaks geopy: Location results, RateLimiter, geopandas' geocoding helpers."""

from __future__ import annotations

import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder as GeopyGeocoder
from geopy.location import Location
from geopy.point import Point

from app.geocode import OfflineGeocoder


@pytest.fixture(scope="module")
def offline(geocoder):
    return OfflineGeocoder(geocoder)


def test_is_a_geopy_geocoder(offline):
    assert isinstance(offline, GeopyGeocoder)


def test_geocode_returns_a_location_with_the_candidate_in_raw(offline):
    loc = offline.geocode("Kharkov")
    assert isinstance(loc, Location)
    assert loc.raw["name"] == "Kharkiv"
    assert loc.raw["country_code"] == "UA"
    assert loc.raw["geo_precision"] == 1
    assert abs(loc.latitude - 50.0) < 0.1 and abs(loc.longitude - 36.23) < 0.1
    assert "Kharkiv" in loc.address


def test_geocode_exactly_one_false_is_a_list(offline):
    found = offline.geocode("Lyman", exactly_one=False)
    assert isinstance(found, list) and len(found) > 1
    assert all(isinstance(x, Location) for x in found)


def test_geocode_country_keyword(offline):
    assert offline.geocode("Odessa", country="US").raw["admin1"] == "Texas"
    assert offline.geocode("Odessa", country=["US"]).raw["admin1"] == "Texas"


def test_geocode_unknown_is_none(offline):
    assert offline.geocode("Zzyzzyxqq") is None


def test_reverse_accepts_tuple_string_and_point(offline):
    for q in ((48.595, 37.999), "48.595, 37.999", Point(48.595, 37.999)):
        loc = offline.reverse(q)
        assert isinstance(loc, Location)
        assert loc.raw["name"] == "Bakhmut"


def test_reverse_exactly_one_false(offline):
    assert len(offline.reverse((50.45, 30.52), exactly_one=False, limit=3)) == 3


def test_works_through_geopy_rate_limiter(offline):
    geocode = RateLimiter(offline.geocode, min_delay_seconds=0, max_retries=0)
    assert geocode("Dnepropetrovsk").raw["name"] == "Dnipro"
    reverse = RateLimiter(offline.reverse, min_delay_seconds=0, max_retries=0)
    assert reverse((48.595, 37.999)).raw["name"] == "Bakhmut"


def test_constructs_from_settings(tmp_settings):
    g = OfflineGeocoder(settings=tmp_settings)
    assert g.geocode("Siversk").raw["admin1"] == "Donetsk Oblast"


def test_geopandas_geocode_with_the_class(gazetteer):
    from geopandas.tools import geocode

    df = geocode(["Kharkov", "Zzyzzyxqq", "Krichev-6"], provider=OfflineGeocoder, gazetteer=gazetteer)
    assert list(df["address"].isna()) == [False, True, False]
    assert abs(df.geometry.iloc[0].y - 50.0) < 0.1 and abs(df.geometry.iloc[0].x - 36.23) < 0.1
    assert df.geometry.iloc[1].is_empty
    assert df.crs.to_epsg() == 4326


def test_geopandas_geocode_with_an_instance(offline):
    from geopandas.tools import geocode

    df = geocode(["Odessa, Texas"], provider=offline)
    assert abs(df.geometry.iloc[0].y - 31.85) < 0.2


def test_geopandas_reverse_geocode(offline):
    from geopandas.tools import reverse_geocode
    from shapely.geometry import Point as ShapelyPoint

    df = reverse_geocode([ShapelyPoint(37.999, 48.595)], provider=offline)
    assert df["address"].iloc[0].startswith("Bakhmut")


def test_bad_query_is_a_value_error_geopandas_tolerates(offline):
    from geopandas.tools import geocode

    df = geocode(["   "], provider=offline)
    assert df["address"].isna().all()
