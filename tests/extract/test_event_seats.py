"""Where it happened is not where who speaks sits: 'the X regional military administration said', "X's
regional headquarters", and a region that only qualifies the town on whose outskirts it happened."""

from __future__ import annotations

import pytest
from wire import events, is_at

from app.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def test_the_seat_of_a_regional_administration_is_not_where_victims_were(extractor):
    found = events(
        extractor,
        "Russian shelling hit Marhanets overnight. Two men were wounded, the Dnipropetrovsk regional military "
        "administration said.",
    )
    assert [(e.injured, is_at(e, 47.65, 34.62, within_km=10)) for e in found] == [(2, True)]


def test_a_place_in_an_abbreviated_title_is_the_speakers_seat(extractor):
    found = events(
        extractor,
        "A Russian glide bomb hit a school in Sloviansk on Friday, killing a teacher, Donetsk regional Gov. "
        "Vadym Filashkin said.",
    )
    assert [(e.fatalities, is_at(e, 48.87, 37.62, within_km=10)) for e in found] == [(1, True)]
