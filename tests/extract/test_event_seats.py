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


def test_residents_counted_as_victims_in_a_town_are_no_speakers_seat(extractor):
    text = (
        "Russian glide bombs killed three residents in Sviatohirsk and wounded four people in Lyman, the regional "
        "administration said."
    )
    found = events(extractor, text)
    sviatohirsk = [e for e in found if is_at(e, 49.0337, 37.5656)]
    assert sviatohirsk and sviatohirsk[0].fatalities == 3, [(e.location, e.fatalities) for e in found]


def test_residents_who_speak_from_a_town_are_its_seat(extractor):
    text = "Russian drones struck Kupiansk overnight, residents in Izium said."
    assert [e.location for e in events(extractor, text) if is_at(e, 49.207, 37.277)] == []


def test_a_toll_whose_only_place_is_the_speakers_title_goes_to_the_attack_just_told(extractor):
    """'Dnipropetrovsk regional Gov.' names who speaks: the act is the one the paragraph told, at Pavlohrad."""
    text = (
        "Pavlohrad came under attack on Sunday night. A woman was killed and four people were wounded when a "
        "missile hit an apartment block, Dnipropetrovsk regional Gov. Serhiy Lysak said.\n"
    )
    found = events(extractor, text)
    assert [(e.location, e.fatalities, e.injured) for e in found] == [("Pavlohrad", 1, 4)]
