"""Sentences with the words of war that tell no act at a place: a strike planned or plotted, and a capital whose
state of mind is told ('showed Kyiv was not interested in peace')."""

from __future__ import annotations

import pytest
from wire import events, is_at

from app.extract import Extractor

KYIV = (50.45, 30.52)


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "text",
    [
        "The SBU said it had detained a man in Mykolaiv suspected of helping Russia plan missile strikes on "
        "the port.",
        "Police in Kharkiv arrested two men accused of plotting bomb attacks on railway lines, prosecutors said.",
    ],
)
def test_strikes_planned_or_plotted_are_no_event(extractor, text):
    assert events(extractor, text) == []


def test_a_capital_said_to_be_unwilling_is_no_event_place(extractor):
    text = (
        "The Kremlin said on Monday that a Ukrainian drone attack on an apartment block in Moscow last week "
        "showed Kyiv was not interested in peace."
    )
    assert not [e for e in events(extractor, text) if is_at(e, *KYIV)]


def test_a_strike_planned_and_then_carried_out_is_an_event(extractor):
    found = events(
        extractor,
        "Russian forces, which had planned the assault for weeks, shelled Kherson on Tuesday, killing a man.",
    )
    assert [e.fatalities for e in found] == [1]
