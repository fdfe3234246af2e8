"""Regions and countries as places, and the fallback to a region when its town is unknown."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("written", "name", "country"),
    [
        ("the Belgorod region", "Belgorod Oblast", "RU"),
        ("Belgorod oblast", "Belgorod Oblast", "RU"),
        ("Donetsk oblast", "Donetsk Oblast", "UA"),
        ("the Donetsk region", "Donetsk Oblast", "UA"),
        ("Zaporozhye region", "Zaporizhzhia Oblast", "UA"),
        ("Zaporizhzhia oblast", "Zaporizhzhia Oblast", "UA"),
        ("Mogilev region", "Mogilev Region", "BY"),
        ("Mahilyow voblast", "Mogilev Region", "BY"),
        ("Krasnodar Krai", "Krasnodar Krai", "RU"),
        ("Krasnodar region", "Krasnodar Krai", "RU"),
        ("Kursk region", "Kursk Oblast", "RU"),
        ("Kharkov oblast", "Kharkiv Oblast", "UA"),
        ("Nikolaev region", "Mykolaiv Oblast", "UA"),
        ("Gomel region", "Gomel Region", "BY"),
    ],
)
def test_region_names_resolve_to_the_region(geocoder, written, name, country):
    c = geocoder.best(written)
    assert c.kind == "region"
    assert c.name == name
    assert c.country_code == country
    assert c.geo_precision == 3


def test_region_point_is_its_administrative_centre(geocoder):
    region, city = geocoder.best("Belgorod region"), geocoder.best("Belgorod")
    assert city.kind == "settlement"
    assert abs(region.lat - city.lat) < 0.05 and abs(region.lon - city.lon) < 0.05


def test_bare_oblast_centre_name_is_the_city(geocoder):
    for name in ("Donetsk", "Kharkiv", "Belgorod", "Kursk", "Sumy"):
        assert geocoder.best(name).kind == "settlement", name


def test_region_fallback_when_the_town_is_not_in_the_gazetteer(geocoder):
    c = geocoder.best("Vilne, Donetsk region")
    assert c.kind == "region"
    assert c.name == "Donetsk Oblast"
    assert c.geo_precision == 3
    assert any("returning the region" in w and "Vilne" in w for w in c.why)


def test_region_fallback_never_uses_a_namesake_elsewhere(geocoder):
    # Vilne exists in other oblasts; the qualifier rules those out.
    elsewhere = geocoder.search("Vilne", country="UA", limit=20)
    assert elsewhere and all(c.admin1 != "Donetsk Oblast" for c in elsewhere)
    found = geocoder.search("Vilne, Donetsk region", limit=20)
    assert [c.kind for c in found] == ["region"]


def test_region_fallback_scores_lower_than_a_real_match(geocoder):
    assert geocoder.best("Vilne, Donetsk region").score < geocoder.best("Lyman, Donetsk region").score


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Ukraine", "UA"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Belarus", "BY"),
        ("USA", "US"),
        ("United States", "US"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("the Netherlands", "NL"),
        ("Holland", "NL"),
        ("Czechia", "CZ"),
        ("Czech Republic", "CZ"),
        ("Turkiye", "TR"),
        ("T\u00fcrkiye", "TR"),
        ("Ivory Coast", "CI"),
        ("DRC", "CD"),
        ("North Korea", "KP"),
        ("Moldova", "MD"),
    ],
)
def test_country_names_and_aliases(geocoder, written, code):
    c = geocoder.best(written)
    assert c.kind == "country"
    assert c.country_code == code
    assert c.geo_precision == 3
    assert c.admin1 is None


def test_country_alias_beats_a_town_of_that_name(geocoder):
    # There is a Holland in Michigan and a Russia in Ohio; the bare word in the news means the country.
    assert geocoder.best("Holland").kind == "country"
    assert geocoder.best("Russia").kind == "country"


def test_country_list_contains_every_alias_country(gazetteer):
    from app.gazetteer.sources import country_aliases

    for code in country_aliases():
        assert gazetteer.country_place(code) is not None, code
