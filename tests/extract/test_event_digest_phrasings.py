"""Phrasings of key-events digests that set 11 (tests/extract/wire_set11.py) found the coder missing: shoot-downs
told in the passive, a town 'fully under Russian control', troops that 'pushed into' a town, launch sites listed
after a plural region word, guns firing 'from positions' around another town, a far namesake placed by the town
it lies near, and soldiers 'captured' (taken prisoner, not ground taken)."""

from __future__ import annotations

import pytest
from wire import events, is_at, only_event

from app.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def test_drones_that_had_been_destroyed_over_regions_are_shoot_downs(extractor):
    found = events(
        extractor,
        "Russia's defence ministry said 57 Ukrainian drones had been destroyed overnight, most of them over the "
        "Voronezh and Lipetsk regions.",
    )
    assert found and {(e.event_type, e.claim_status) for e in found} == {
        ("Strategic developments", "claimed")
    }


def test_a_town_fully_under_one_sides_control_is_a_capture(extractor):
    e = only_event(
        extractor,
        "Russia's defence ministry said the town of Myrnohrad was now completely under Russian control.",
    )
    assert e.event_type == "Battles" and is_at(e, 48.30, 37.26, within_km=10)


def test_troops_that_pushed_into_a_town_are_fighting_there(extractor):
    e = only_event(
        extractor,
        "Ukraine's army said Russian units had pushed into the outskirts of Kostiantynivka on Sunday.",
    )
    assert e.event_type == "Battles" and is_at(e, 48.53, 37.71, within_km=10)


def test_launch_sites_after_a_plural_region_word_are_no_event_places(extractor):
    found = events(
        extractor,
        "Russia launched 90 drones at Kharkiv overnight from the Bryansk and Kursk regions, Millerovo and "
        "Primorsko-Akhtarsk, the air force said.",
    )
    assert [e.location for e in found if not is_at(e, 49.99, 36.23, within_km=25)] == []


def test_where_the_guns_fire_from_is_not_where_the_shells_fell(extractor):
    found = events(
        extractor,
        "Russian forces shelled Marhanets from positions on the far bank of the reservoir near the occupied "
        "town of Kamianka-Dniprovska, wounding a man.",
    )
    assert [is_at(e, 47.65, 34.62, within_km=10) for e in found] == [True]


def test_a_far_namesake_told_as_a_village_near_a_town_is_near_that_town(extractor):
    e = only_event(
        extractor,
        "Russia's defence ministry said its troops had captured Rivne, a village just east of Pokrovsk.",
    )
    assert is_at(e, 48.28, 37.18, within_km=15)


def test_soldiers_captured_in_a_town_years_ago_are_prisoners_not_a_battle(extractor):
    text = (
        "A court in Moscow sentenced nine marines, captured in Mariupol in 2022, to long prison terms. Some of "
        "those freed in Friday's exchange had been captured near Bakhmut."
    )
    assert events(extractor, text) == []


def test_a_years_civilian_toll_is_no_events_toll(extractor):
    found = events(
        extractor,
        "Key events\n\n  • Russian drones struck a fuel depot in Kremenchuk overnight, the governor said.\n"
        "  • The UN said at least 1,900 civilians were killed in Ukraine in 2024, the deadliest year since "
        "2022.\n",
    )
    assert [e.fatalities for e in found] == [None]


def test_a_facility_that_was_struck_is_an_attack_and_the_workers_there_its_toll(extractor):
    found = events(
        extractor,
        "Key events\n\n  • Russia fired missiles at western Ukraine overnight. A power substation near Kovel was "
        "also hit. Two workers there were injured, the regional governor said.\n",
    )
    kovel = [(e.event_type, e.injured) for e in found if is_at(e, 51.21, 24.71, within_km=15)]
    assert kovel == [("Explosions/Remote violence", 2)]


def test_the_centre_of_a_city_names_the_city(extractor):
    e = only_event(
        extractor,
        "A Russian ballistic missile struck the centre of Zaporizhzhia on Wednesday, killing three people.",
    )
    assert is_at(e, 47.84, 35.14, within_km=25) and e.fatalities == 3
