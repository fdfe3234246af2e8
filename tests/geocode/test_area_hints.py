"""Area hints: what a query's qualifier may name, most likely first, and the combinations of several."""

from __future__ import annotations

import pytest

from app.errors import InvalidQuery
from app.geocode.area_hints import AreaHints
from app.geocode.candidate import Hints


@pytest.fixture(scope="module")
def hints(gazetteer) -> AreaHints:
    return AreaHints(gazetteer)


def test_georgia_is_the_country_before_the_us_state(hints):
    found = hints.parse("Georgia")
    assert found[0] == Hints(country="GE")
    assert any(h.country == "US" and h.admin1 for h in found[1:])


def test_a_region_qualifier_names_the_region(hints):
    found = hints.parse("Donetsk region")
    assert found and found[0].country == "UA" and found[0].admin1_name == "Donetsk Oblast"


def test_country_codes_from_a_code_or_a_name(hints):
    assert hints.country_code("ua") == "UA"
    assert hints.country_code("Ukraine") == "UA"
    with pytest.raises(InvalidQuery):
        hints.country_code("Atlantis")


def test_an_unknown_qualifier_is_noted_and_ignored(hints):
    readings = hints.readings(["Zzyzxland"], Hints(), None)
    assert len(readings) == 1
    assert readings[0][0] == Hints()
    assert "unknown qualifier" in readings[0][1][0]


def test_a_qualifier_outside_the_asked_country_is_ignored(hints):
    readings = hints.readings(["Georgia"], Hints(), "US")
    assert readings and all(h.country == "US" for h, _why in readings)
