"""Same names everywhere: defaults follow importance, hints and context points pick the namesake meant."""

from __future__ import annotations

import pytest

from app.geo import WGS84


def distance_km(a, b) -> float:
    return WGS84.inv(a.lon, a.lat, b.lon, b.lat)[2] / 1000.0


def test_lyman_donetsk_region(geocoder):
    c = geocoder.best("Lyman, Donetsk region")
    assert c.admin1 == "Donetsk Oblast"
    assert 48.9 < c.lat < 49.1 and 37.7 < c.lon < 37.9


def test_lyman_kharkiv_region_with_a_qualifier(geocoder):
    c = geocoder.best("Lyman, Kharkiv region")
    assert c.admin1 == "Kharkiv Oblast"


def test_lyman_kharkiv_oblast_with_hints_object(geocoder):
    hint = geocoder.parse_hint("Kharkiv oblast")
    c = geocoder.best("Lyman", hints=hint)
    assert c.admin1 == "Kharkiv Oblast"


def test_bare_lyman_defaults_to_the_largest(geocoder):
    found = geocoder.search("Lyman", country="UA", limit=5)
    assert found[0].admin1 == "Donetsk Oblast"
    assert len({c.admin1 for c in found}) >= 2  # the namesakes stay visible as alternatives


def test_kostiantynivka_has_namesakes_in_other_oblasts(geocoder):
    oblasts = {c.admin1 for c in geocoder.search("Kostiantynivka", country="UA", limit=10)}
    assert {"Donetsk Oblast", "Zaporizhzhia Oblast", "Mykolaiv Oblast"} <= oblasts


def test_kostiantynivka_zaporizhzhia_region(geocoder):
    assert geocoder.best("Kostiantynivka, Zaporizhzhia region").admin1 == "Zaporizhzhia Oblast"


def test_palm_beach_florida(geocoder):
    c = geocoder.best("Palm Beach, Florida")
    assert c.country_code == "US" and c.admin1 == "Florida"


def test_palm_beach_australia(geocoder):
    assert geocoder.best("Palm Beach, Australia").country_code == "AU"


def test_palm_beach_with_country_option(geocoder):
    assert geocoder.best("Palm Beach", country="US").admin1 == "Florida"


def test_halifax_defaults_to_canada(geocoder):
    c = geocoder.best("Halifax")
    assert c.country_code == "CA"
    assert 44.5 < c.lat < 44.8


@pytest.mark.parametrize(
    "written", ["Halifax, England", "Halifax, UK", "Halifax, United Kingdom", "Halifax, Britain"]
)
def test_halifax_in_england(geocoder, written):
    c = geocoder.best(written)
    assert c.country_code == "GB"
    assert 53.6 < c.lat < 53.8


def test_washington_defaults_to_the_capital(geocoder):
    c = geocoder.best("Washington")
    assert c.country_code == "US"
    assert 38.8 < c.lat < 39.0 and -77.1 < c.lon < -76.9


def test_washington_state_is_a_region(geocoder):
    c = geocoder.best("Washington state")
    assert c.kind == "region" and c.country_code == "US"


def test_odessa_defaults_to_ukraine(geocoder):
    c = geocoder.best("Odessa")
    assert c.country_code == "UA" and c.population > 900_000


def test_odessa_texas(geocoder):
    c = geocoder.best("Odessa, Texas")
    assert c.country_code == "US" and c.admin1 == "Texas"


def test_odessa_with_country_option_us(geocoder):
    assert geocoder.best("Odessa", country="US").admin1 == "Texas"


def test_new_york_defaults_to_the_city(geocoder):
    c = geocoder.best("New York")
    assert c.country_code == "US" and c.population > 5_000_000


def test_new_york_donetsk_region_is_the_village(geocoder):
    c = geocoder.best("New York, Donetsk region")
    assert c.country_code == "UA" and c.admin1 == "Donetsk Oblast"
    assert 48.2 < c.lat < 48.4 and 37.7 < c.lon < 38.0


def test_new_york_with_country_ua(geocoder):
    assert geocoder.best("New York", country="UA").admin1 == "Donetsk Oblast"


def test_nikolaev_ukraine_qualifier(geocoder):
    c = geocoder.best("Nikolaev, Ukraine")
    assert c.admin1 == "Mykolaiv Oblast" and c.population > 400_000


def test_near_picks_the_novoselivka_by_lyman(geocoder):
    lyman = geocoder.best("Lyman, Donetsk region")
    c = geocoder.best("Novoselivka", near="Lyman, Donetsk region")
    assert c.admin1 == "Donetsk Oblast"
    assert distance_km(c, lyman) < 25
    assert any("context point" in w for w in c.why)


def test_near_accepts_coordinates(geocoder):
    lyman = geocoder.best("Lyman, Donetsk region")
    c = geocoder.best("Novoselivka", near=(lyman.lat, lyman.lon))
    assert distance_km(c, lyman) < 25


def test_without_near_novoselivka_is_somewhere_else(geocoder):
    lyman = geocoder.best("Lyman, Donetsk region")
    assert distance_km(geocoder.best("Novoselivka"), lyman) > 25


def test_ivanivka_near_a_point_in_kherson_oblast(geocoder):
    kherson = geocoder.best("Kherson")
    c = geocoder.best("Ivanivka", near="Kherson")
    assert distance_km(c, kherson) < 120


@pytest.mark.parametrize(("name", "at_least"), [("Ivanivka", 22), ("Novoselivka", 17)])
def test_every_namesake_in_ukraine_is_a_candidate(geocoder, name, at_least):
    found = geocoder.search(name, country="UA", limit=100)
    assert len([c for c in found if c.kind == "settlement"]) >= at_least


def test_lyman_in_three_oblasts(geocoder):
    oblasts = {c.admin1 for c in geocoder.search("Lyman", country="UA", limit=20) if c.name == "Lyman"}
    assert oblasts >= {"Donetsk Oblast", "Kharkiv Oblast", "Odesa Oblast"}


def test_lyman_odesa_region(geocoder):
    assert geocoder.best("Lyman, Odesa region").admin1 == "Odesa Oblast"


def test_kostiantynivka_in_four_oblasts(geocoder):
    found = geocoder.search("Kostiantynivka", country="UA", limit=20)
    assert len({c.admin1 for c in found if c.kind == "settlement"}) >= 4


def test_admin1_hint_never_returns_a_namesake_from_another_region(geocoder):
    for c in geocoder.search("Ivanivka, Kharkiv region", limit=20):
        assert c.admin1 == "Kharkiv Oblast"


def test_country_hint_never_returns_another_country(geocoder):
    for c in geocoder.search("Odessa", country="US", limit=10):
        assert c.country_code == "US"


def test_country_option_accepts_a_country_name(geocoder):
    assert geocoder.best("Odessa", country="Ukraine").country_code == "UA"


def test_unknown_qualifier_is_reported_not_fatal(geocoder):
    c = geocoder.best("Siversk, Qwxzvbnm")
    assert c.admin1 == "Donetsk Oblast"
    assert any("ignored unknown qualifier" in w for w in c.why)


def test_qualifier_is_explained(geocoder):
    c = geocoder.best("Lyman, Donetsk region")
    assert any("Donetsk Oblast" in w for w in c.why)


def test_georgia_qualifier_means_the_us_state_when_the_town_is_there(geocoder):
    c = geocoder.best("Atlanta, Georgia")
    assert c.country_code == "US" and c.admin1 == "Georgia"


def test_georgia_qualifier_means_the_country_when_the_town_is_there(geocoder):
    assert geocoder.best("Batumi, Georgia").country_code == "GE"


def test_qualifier_in_another_country_than_asked_is_ignored_and_said(geocoder):
    c = geocoder.best("Odessa, Texas", country="UA")
    assert c.country_code == "UA"
    assert any("not in UA as asked" in w for w in c.why)


def test_custom_near_scale_survives_a_qualifier(geocoder):
    from app.geocode import Hints

    lyman = geocoder.best("Lyman, Donetsk region")
    h = Hints(near=(lyman.lat, lyman.lon), near_km=30.0)
    assert h.merged(geocoder.parse_hint("Donetsk region")).near_km == 30.0
    assert geocoder.best("Novoselivka, Donetsk region", hints=h).admin1 == "Donetsk Oblast"


def test_todays_name_beats_another_towns_former_name(geocoder):
    # Engels (Saratov oblast) was called Pokrovsk until 1931 and is three times bigger; the news means Donetsk's.
    c = geocoder.best("Pokrovsk")
    assert c.admin1 == "Donetsk Oblast"
    assert c.why[0].startswith("exact")


def test_a_common_exonym_of_a_much_bigger_city_still_wins(geocoder):
    # The same rule, the other way: Odesa is nine times Odessa, Texas; Lviv a hundred and fifty times Lemberg, Germany.
    assert geocoder.best("Odessa").country_code == "UA"
    assert geocoder.best("Lemberg").country_code == "UA"


def test_the_moscow_region_is_the_oblast_not_the_city(geocoder):
    """'the Moscow region' is Moscow Oblast; bare 'Moscow' as a qualifier stays the city's own subject first."""
    assert geocoder.parse_hint("Moscow region").admin1_name == "Moscow Oblast"
    assert geocoder.parse_hint("Moscow").admin1_name == "Moscow"
