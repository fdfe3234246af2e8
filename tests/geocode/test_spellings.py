"""Spellings: national transliteration, older Russian-derived forms, GeoNames' forms, apostrophes, typos."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "written", ["Kostiantynivka", "Konstantinovka", "Kostyantynivka", "Kostiantynivka\u2019s"]
)
def test_kostiantynivka_spellings_all_find_the_donetsk_town(geocoder, written):
    c = geocoder.best(written)
    assert c.admin1 == "Donetsk Oblast"
    assert c.country_code == "UA"
    assert 48.4 < c.lat < 48.7 and 37.6 < c.lon < 37.8


@pytest.mark.parametrize("written", ["Huliaipole", "Gulyaipole", "Hulyaypole", "Gulyaypole"])
def test_huliaipole_spellings_find_the_zaporizhzhia_town(geocoder, written):
    c = geocoder.best(written)
    assert c.admin1 == "Zaporizhzhia Oblast"
    assert c.kind == "settlement"
    assert 47.5 < c.lat < 47.8 and 36.1 < c.lon < 36.4


@pytest.mark.parametrize(
    "written", ["Zaporizhzhia", "Zaporozhye", "Zaporizhzhya", "Zaporozhe", "ZAPORIZHZHIA"]
)
def test_zaporizhzhia_is_the_city_not_the_village_of_656(geocoder, written):
    c = geocoder.best(written)
    assert c.kind == "settlement"
    assert c.population > 500_000
    assert 47.7 < c.lat < 47.9 and 35.0 < c.lon < 35.3


def test_the_village_called_zaporizhzhia_is_still_a_candidate(geocoder):
    found = geocoder.search("Zaporizhzhia", country="UA", limit=10)
    assert any(c.kind == "settlement" and c.population < 5_000 for c in found)
    assert found[0].population > 500_000


@pytest.mark.parametrize(
    ("written", "admin1", "lat", "lon"),
    [
        ("Kharkov", "Kharkiv Oblast", 50.0, 36.23),
        ("Nikolaev", "Mykolaiv Oblast", 46.97, 32.0),
        ("Odessa", "Odesa Oblast", 46.48, 30.73),
        ("Dnepr", "Dnipropetrovsk Oblast", 48.45, 35.04),
        ("Gorlovka", "Donetsk Oblast", 48.3, 38.05),
        ("Kupyansk", "Kharkiv Oblast", 49.71, 37.61),
        ("Avdeyevka", "Donetsk Oblast", 48.14, 37.74),
        ("Ugledar", "Donetsk Oblast", 47.78, 37.25),
    ],
)
def test_russian_derived_forms_find_the_ukrainian_city(geocoder, written, admin1, lat, lon):
    c = geocoder.best(written)
    assert c.country_code == "UA"
    assert c.admin1 == admin1
    assert abs(c.lat - lat) < 0.15 and abs(c.lon - lon) < 0.15


@pytest.mark.parametrize(
    "written", ["Chornomors'k", "Chornomors\u2019k", "Chornomors\u02bck", "Chornomors\u02b9k", "Chornomorsk"]
)
def test_chornomorsk_with_any_apostrophe(geocoder, written):
    c = geocoder.best(written)
    assert c.admin1 == "Odesa Oblast"
    assert 46.2 < c.lat < 46.4 and 30.6 < c.lon < 30.7


def test_bila_tserka_typo_finds_bila_tserkva(geocoder):
    c = geocoder.best("Bila Tserka")
    assert c.admin1 == "Kyiv Oblast"
    assert c.population > 150_000


@pytest.mark.parametrize(
    ("typo", "admin1"),
    [("Bila Tserkba", "Kyiv Oblast"), ("Kramatorks", "Donetsk Oblast"), ("Melitopl", "Zaporizhzhia Oblast")],
)
def test_typos_resolve_by_fuzzy_matching_and_say_so(geocoder, typo, admin1):
    c = geocoder.best(typo)
    assert c is not None
    assert c.admin1 == admin1
    assert c.why[0].startswith("fuzzy")


def test_fuzzy_scores_below_an_exact_match(geocoder):
    assert geocoder.best("Kramatorks").score < geocoder.best("Kramatorsk").score


def test_fuzzy_is_not_used_when_an_exact_name_exists(geocoder):
    # "Lyman" exists; fuzzy would also reach "Lymany" or "Liman" - exact must win outright.
    found = geocoder.search("Lyman", limit=10)
    assert not any(c.why[0].startswith("fuzzy") for c in found)


def test_fuzzy_has_a_strict_threshold(geocoder):
    assert geocoder.search("Qwxzvbnm Jklhg") == []


def test_cyrillic_name_finds_the_city(geocoder):
    c = geocoder.best("\u0425\u0430\u0440\u043a\u0456\u0432")  # Харків
    assert c.admin1 == "Kharkiv Oblast" and c.population > 1_000_000


def test_possessive_is_read_as_the_place(geocoder):
    c = geocoder.best("Kharkiv's")
    assert c.admin1 == "Kharkiv Oblast" and c.kind == "settlement"


def test_the_village_of_prefix_is_ignored(geocoder):
    assert geocoder.best("the village of Siversk").admin1 == "Donetsk Oblast"


def test_fuzzy_can_be_switched_off_for_text_extraction(geocoder):
    assert geocoder.search("Kramatorks", fuzzy=False) == []
    assert geocoder.best("Kramatorsk", fuzzy=False).admin1 == "Donetsk Oblast"
