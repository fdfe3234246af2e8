"""Short forms in place names as US local news writes them (app.geocode.abbreviations)."""

from __future__ import annotations

import pytest

from app.geocode.abbreviations import expansions


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Loudon Co.", "Loudon County"),
        ("Ft. Myers", "Fort Myers"),
        ("Mt. Airy", "Mount Airy"),
        ("W. Va.", "West Virginia"),
    ],
)
def test_a_short_form_finds_the_place_spelled_out(geocoder, written, meant):
    found = geocoder.search(written, limit=3, fuzzy=False)
    assert found and found[0].name == meant, [(c.name, c.admin1) for c in found]


def test_a_name_found_as_written_is_not_spelled_out(geocoder):
    # "Mt Pleasant" is itself a name in the gazetteer: the written form wins, the expansion is never tried
    found = geocoder.search("Mt. Pleasant", limit=1, fuzzy=False)
    assert found and found[0].matched == "mt pleasant", found


def test_only_whole_words_are_spelled_out():
    assert expansions("costa mesa") == []  # "co" inside a word is not County
    assert expansions("scott co") == ["scott county"]
    assert expansions("w va") == ["wva"]
    assert expansions("n y c") == ["nyc"]
    assert expansions("cairo") == []
