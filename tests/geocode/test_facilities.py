"""Facilities named in the news that GeoNames does not hold as such: curated in geodata/facilities.csv."""

from __future__ import annotations

import pytest

from app.geo import WGS84


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return WGS84.inv(a[1], a[0], b[1], b[0])[2] / 1000.0


@pytest.mark.parametrize(
    ("written", "lat", "lon", "country", "within_km"),
    [
        ("Krichev-6", 53.70, 31.80, "BY", 10),
        ("the Krichev-6 airbase", 53.70, 31.80, "BY", 10),
        ("ZNPP", 47.51, 34.59, "UA", 5),
        ("Zaporizhzhia nuclear power plant", 47.51, 34.59, "UA", 5),
        ("the Pivdennyi port", 46.60, 31.02, "UA", 8),
        ("Yuzhny port", 46.60, 31.02, "UA", 8),
        ("Valdai residence", 57.95, 33.26, "RU", 40),
        ("Engels airbase", 51.48, 46.21, "RU", 10),
        ("Saky airbase", 45.09, 33.60, "UA", 10),
        ("Kerch bridge", 45.31, 36.51, "UA", 15),
        ("Syzran refinery", 53.16, 48.47, "RU", 15),
        ("Novoshakhtinsk refinery", 47.78, 39.93, "RU", 20),
        ("Tuapse refinery", 44.10, 39.08, "RU", 10),
        ("Vnukovo airport", 55.59, 37.27, "RU", 8),
        ("Sheremetyevo", 55.97, 37.41, "RU", 8),
    ],
)
def test_facility_resolves_to_its_own_point(geocoder, written, lat, lon, country, within_km):
    c = geocoder.best(written)
    assert c is not None
    assert c.kind == "facility"
    assert c.country_code == country
    assert c.geo_precision == 1
    assert distance_km((c.lat, c.lon), (lat, lon)) < within_km


def test_znpp_is_next_to_enerhodar(geocoder):
    plant, town = geocoder.best("ZNPP"), geocoder.best("Enerhodar")
    assert distance_km((plant.lat, plant.lon), (town.lat, town.lon)) < 8


def test_krichev6_is_near_krychaw_and_the_russian_border(geocoder):
    base, town = geocoder.best("Krichev-6"), geocoder.best("Krychaw")
    assert base.admin1 == town.admin1 == "Mogilev Region"
    assert distance_km((base.lat, base.lon), (town.lat, town.lon)) < 15


def test_pivdennyi_port_is_not_a_village_called_pivdennyi(geocoder):
    c = geocoder.best("the Pivdennyi port")
    assert c.kind == "facility"
    assert c.admin1 == "Odesa Oblast"


def test_bare_engels_is_the_town_and_the_airbase_is_close(geocoder):
    town, base = geocoder.best("Engels"), geocoder.best("Engels air base")
    assert town.kind == "settlement" and base.kind == "facility"
    assert distance_km((town.lat, town.lon), (base.lat, base.lon)) < 20


def test_facility_says_where_it_came_from(geocoder):
    c = geocoder.best("ZNPP")
    assert any("facility" in w for w in c.why)
    assert c.geonameid is None


def test_krichev6_is_in_belarus_a_few_km_from_russia(geocoder):
    from app.geo import load_countries

    base = geocoder.best("Krichev-6")
    countries = load_countries()
    assert countries.country_at(base.lat, base.lon) == "BY"
    assert countries.border_distance(base.lat, base.lon, "RU").distance_km < 15
