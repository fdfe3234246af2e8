"""Countries and first-level regions sit at the GeoNames point convention (the country's or region's own
point near its middle), not at a label point or at the region's largest city: a marker for "Russia" in
European Russia, or for "Louisiana" on New Orleans, is hundreds of kilometres from where gazetteers and
the public geoparsing benchmarks put them."""

from __future__ import annotations

import numpy as np

from app.geo.geodesic import distances_km


def _km(c, lat, lon) -> float:
    return float(distances_km(c.lat, c.lon, np.array([lat]), np.array([lon]))[0])


def _one(geocoder, name, **kw):
    found = geocoder.search(name, limit=1, fuzzy=False, **kw)
    assert found, name
    return found[0]


def test_countries_are_at_their_geonames_point_not_a_label_point(geocoder):
    russia = _one(geocoder, "Russia")
    assert russia.kind == "country" and _km(russia, 60.0, 100.0) < 1
    canada = _one(geocoder, "Canada")
    assert _km(canada, 60.10867, -113.64258) < 1


def test_a_us_state_is_near_its_middle_not_on_its_largest_city(geocoder):
    louisiana = _one(geocoder, "Louisiana")
    new_orleans = _one(geocoder, "New Orleans")
    assert louisiana.kind == "region" and new_orleans.kind in ("settlement", "capital")
    assert _km(louisiana, new_orleans.lat, new_orleans.lon) > 150
    # inside the state, well away from the coast: between Alexandria and Baton Rouge
    assert 30.3 < louisiana.lat < 32.0 and -93.5 < louisiana.lon < -91.0
    texas = _one(geocoder, "Texas")
    houston = _one(geocoder, "Houston", country="US")
    assert _km(texas, houston.lat, houston.lon) > 250


def test_the_regions_centre_city_is_kept_in_its_source_note(gazetteer):
    i = next(i for i, _t in gazetteer.lookup("louisiana") if gazetteer.kind_of(i) == "region")
    assert "New Orleans" in gazetteer.sources[i]
