"""Natural Earth countries: country of a point, distance to a border, countries a ring covers."""

from __future__ import annotations

import pytest

from app.geo import load_countries, ring_polygon


@pytest.fixture(scope="module")
def countries():
    return load_countries()


@pytest.mark.parametrize(
    ("lat", "lon", "code"),
    [(50.4547, 30.5238, "UA"), (53.9, 27.5667, "BY"), (53.7, 31.8, "BY"), (52.2298, 21.0118, "PL"),
     (48.8534, 2.3488, "FR"), (59.9127, 10.7461, "NO"), (44.95, 34.1, "UA"), (0.0, -30.0, None)],
)  # fmt: skip
def test_country_of_a_point(countries, lat, lon, code):
    assert countries.country_at(lat, lon) == code


def test_kyiv_to_the_belarus_border_is_80_to_95_km(countries):
    b = countries.border_distance(50.4547, 30.5238, "BY")
    assert 80.0 <= b.distance_km <= 95.0
    assert not b.inside
    assert b.border_lat > 51.0  # the border lies north of Kyiv
    assert countries.country_at(b.border_lat - 0.05, b.border_lon) == "UA"


def test_distance_to_own_border_from_inside(countries):
    b = countries.border_distance(53.9, 27.5667, "BY")  # Minsk to the edge of Belarus
    assert b.inside
    assert 100.0 < b.distance_km < 250.0


def test_unknown_country_code_raises(countries):
    with pytest.raises(KeyError):
        countries.border_distance(0.0, 0.0, "QQ")


def test_ring_covers_countries_fully_and_partly(countries):
    full, partial = countries.covered_by(ring_polygon(53.7, 31.8, 1000.0))
    assert "BY" in full and "LT" in full
    assert {"RU", "UA", "PL"} <= set(partial)
    assert not set(full) & set(partial)
    assert "FR" not in full + partial


def test_donut_hole_makes_the_centre_country_partial(countries):
    full, partial = countries.covered_by(ring_polygon(53.7, 31.8, 5500.0, 500.0))
    assert "BY" in partial and "BY" not in full
    assert "DE" in full and "GB" in full
    assert "US" not in full + partial
