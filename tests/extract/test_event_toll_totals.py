"""Toll stage: a figure told as the new total of a toll ('had risen to', 'now stands at', 'bringing the toll
to') replaces the first figure; the 'more' victims told beside it are what the rise is made of."""

from __future__ import annotations

import pytest
from wire import only_event

from app.extract import Extractor
from app.extract.events.toll import event_counts
from app.extract.numbers import find_counts


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def test_a_risen_toll_with_more_bodies_is_the_new_total(extractor):
    e = only_event(
        extractor,
        "A Russian glide bomb hit a supermarket in Sloviansk on Monday, killing at least three shoppers, the "
        "mayor said.\n"
        "By evening the death toll had climbed to seven, he said, after rescuers found four more bodies under "
        "the collapsed roof.",
    )
    assert e.fatalities == 7


def test_more_bodies_bringing_the_toll_to_a_figure_count_once():
    counts = event_counts("Two more bodies were pulled out overnight, bringing the death toll to eleven.")
    assert [(c.what, c.n, c.extra) for c in counts] == [("killed", 11, False)]


def test_a_figure_that_now_stands_at_is_no_addition():
    counts = event_counts("The number of dead now stands at 6 after two more people died in hospital.")
    assert [(c.what, c.n, c.extra) for c in counts] == [("killed", 6, False)]


def test_more_victims_of_the_other_kind_still_add():
    counts = event_counts("The toll rose to nine, and three more people were injured.")
    assert [(c.what, c.n, c.extra) for c in counts] == [("killed", 9, False), ("injured", 3, True)]


def test_more_bodies_without_a_new_total_still_add(extractor):
    e = only_event(
        extractor,
        "Russian shelling hit a bus stop in Kherson on Sunday, killing two men. Two more bodies were found "
        "nearby later in the day, police said.",
    )
    assert e.fatalities == 4


def test_the_driver_and_a_passenger_are_two(extractor):
    e = only_event(
        extractor,
        "A Russian drone hit a delivery van near the village of Velyka Pysarivka on Tuesday, killing the "
        "driver and an elderly passenger, the regional administration said.",
    )
    assert e.fatalities == 2


def test_one_person_then_more_victims_add_up():
    counts = find_counts("The shell hit the yard, wounding the farmer and two children playing nearby.")
    assert [(c.what, c.n) for c in counts] == [("injured", 1), ("injured", 2)]


def test_a_named_victim_of_a_regional_total_is_one_at_their_place():
    counts = event_counts(
        "Six people were hurt across the province on Sunday, including a nurse who was driving to work in the "
        "village of Kozatske, the governor said."
    )
    assert [(c.what, c.n, c.subset) for c in counts] == [("injured", 1, True)]


def test_a_relative_clause_without_a_victim_noun_is_no_share():
    counts = find_counts("Five people were injured, and the drone that hit them came in from Oleshky.")
    assert [(c.what, c.n) for c in counts] == [("injured", 5)]
