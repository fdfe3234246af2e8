"""Toll stage: killed and injured from follow-up sentences, 'were also injured', numbers in words, and
figures split across bullets."""

from __future__ import annotations

import pytest
from wire import only_event

from app.extract import Extractor
from app.extract.numbers import find_counts


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def test_were_also_injured_in_the_next_sentence(extractor):
    e = only_event(
        extractor, "Russian artillery shelled Nikopol overnight, killing a man. Two women were also injured."
    )
    assert (e.fatalities, e.injured) == (1, 2)


def test_numbers_in_words_with_hyphens(extractor):
    e = only_event(
        extractor,
        "A Russian missile hit Odesa on Thursday, killing twelve people and wounding twenty-one others.",
    )
    assert (e.fatalities, e.injured) == (12, 21)


def test_a_follow_up_sentence_with_bare_numbers(extractor):
    e = only_event(
        extractor, "Russian drones hit Dnipro on Sunday. Three people were killed and seven were injured."
    )
    assert (e.fatalities, e.injured) == (3, 7)


def test_a_toll_split_across_bullets(extractor):
    text = (
        "• A drone attack on Sumy killed two people on Friday.\n"
        "• Another four people were wounded in the same attack, the regional administration said."
    )
    e = only_event(extractor, text)
    assert (e.fatalities, e.injured) == (2, 4)


def test_another_followed_by_a_number_is_that_number():
    counts = find_counts("Another four people were wounded.")
    assert [(c.what, c.n) for c in counts] == [("injured", 4)]


def test_another_alone_is_one():
    counts = find_counts("Another person was killed in the village.")
    assert [(c.what, c.n) for c in counts] == [("killed", 1)]
