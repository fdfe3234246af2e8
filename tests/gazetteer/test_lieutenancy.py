"""England's ceremonial counties that GeoNames files only as their councils (Berkshire is six unitary
authorities, Northamptonshire two, Greater Manchester ten boroughs) and historic Yorkshire with its ridings
are places of their own, at the middle of their member councils' towns."""

from __future__ import annotations

import numpy as np
import pytest

from app.geo.geodesic import distances_km


def _first(geocoder, name):
    found = geocoder.search(name, limit=3, fuzzy=False)
    assert found, name
    return found[0]


def _km(c, lat, lon) -> float:
    return float(distances_km(c.lat, c.lon, np.array([lat]), np.array([lon]))[0])


@pytest.mark.parametrize(
    ("name", "town", "within"),
    [
        ("Berkshire", "Reading", 40),
        ("Northamptonshire", "Northampton", 40),
        ("Greater Manchester", "Manchester", 30),
        ("Merseyside", "Liverpool", 30),
        ("West Midlands", "Birmingham", 40),
        ("Tyne and Wear", "Newcastle upon Tyne", 30),
        ("South Yorkshire", "Sheffield", 40),
        ("West Yorkshire", "Leeds", 40),
        ("Bedfordshire", "Bedford", 40),
        ("Yorkshire", "York", 100),
        ("West Riding", "Leeds", 60),
    ],
)
def test_a_ceremonial_county_is_an_english_place_near_its_towns(geocoder, name, town, within):
    county = _first(geocoder, name)
    assert county.country_code == "GB" and county.kind == "other", (county.name, county.country_code)
    seat = geocoder.search(town, limit=1, fuzzy=False, hints=None)[0]
    assert seat.country_code == "GB"
    assert _km(county, seat.lat, seat.lon) < within, (name, county.lat, county.lon)


def test_a_bare_county_name_outranks_a_small_american_namesake(geocoder):
    # Cheshire is also a Connecticut town of 29,000; the county holds a million people
    cheshire = _first(geocoder, "Cheshire")
    assert cheshire.country_code == "GB", (cheshire.name, cheshire.country_code)
