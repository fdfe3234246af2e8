"""Reverse geocoding: a point to the nearest populated place, via the grid (not a scan)."""

from __future__ import annotations

import pytest

from app.errors import InvalidQuery


def test_point_in_bakhmut_is_bakhmut(geocoder):
    c = geocoder.reverse(48.595, 37.999)[0]
    assert c.name == "Bakhmut"
    assert c.kind == "settlement"
    assert "nearest populated place" in c.why[0]


def test_point_in_open_country_gives_the_closest_village(geocoder, gazetteer):
    import numpy as np

    from app.gazetteer.gazetteer import _haversine_km

    lat, lon = 48.8123, 37.4321
    got = geocoder.reverse(lat, lon)[0]
    settlements = np.flatnonzero(gazetteer.kind == "settlement")
    d = _haversine_km(lat, lon, gazetteer.lat[settlements], gazetteer.lon[settlements])
    assert got.place_id == int(settlements[np.argmin(d)])


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(64.1466, -21.9426), (-41.29, 174.78), (65.0, -179.9), (65.0, 179.9), (-54.8, -68.3), (78.22, 15.65)],
)
def test_reverse_matches_a_linear_scan_everywhere(geocoder, gazetteer, lat, lon):
    import numpy as np

    from app.gazetteer.gazetteer import _haversine_km

    got = geocoder.reverse(lat, lon)[0]
    settlements = np.flatnonzero(gazetteer.kind == "settlement")
    d = _haversine_km(lat, lon, gazetteer.lat[settlements], gazetteer.lon[settlements])
    assert got.place_id == int(settlements[np.argmin(d)])


def test_reverse_limit_gives_nearest_first(geocoder):
    found = geocoder.reverse(50.45, 30.52, limit=5)
    assert len(found) == 5
    dists = [float(c.why[0].split(", ")[1].split()[0]) for c in found]
    assert dists == sorted(dists)


def test_reverse_never_returns_a_facility_or_region(geocoder):
    # The ZNPP's own coordinates: the answer is a town (Enerhodar or a village), not the plant.
    assert geocoder.reverse(47.5119, 34.5858)[0].kind == "settlement"


def test_reverse_rejects_out_of_range(geocoder):
    with pytest.raises(InvalidQuery):
        geocoder.reverse(91.0, 0.0)
