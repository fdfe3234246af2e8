"""When stage: dates of events from the words around them."""

from __future__ import annotations

import pytest
from wire import events, is_at, only_event

from app.extract import Extractor
from app.extract.dates import find_cues, parse_published


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def test_a_capitalised_month_at_the_start_of_a_sentence_is_a_month_cue():
    cues = find_cues("In September, drones hit the city.", parse_published("2025-12-18"))
    assert [(c.date.isoformat(), c.precision) for c in cues] == [("2025-09-15", 3)]


def test_a_background_event_in_an_earlier_month(extractor):
    e = only_event(
        extractor,
        "In September, the Ukrainian military said a Russian drone attack damaged a school in Sumy.",
    )
    assert e.event_date.startswith("2025-09") and e.time_precision == 3


@pytest.mark.parametrize(
    "text, place, day, killed",
    [
        (
            # a city of more than 500,000 before "has risen": the toll's verb, not the city speaking
            "The death toll from Monday's Russian drone attack on Odesa has risen to 14, the regional governor "
            "said on Thursday.",
            (46.48, 30.73),  # Odesa
            "2025-12-15",
            14,
        ),
        (
            "Russian drones hit Sumy on Thursday, wounding three. Meanwhile, the death toll from last Friday's "
            "missile attack on Kyiv climbed to 28.",
            (50.45, 30.52),  # Kyiv
            "2025-12-12",
            28,
        ),
        (
            "Rescuers pulled two more bodies from a Russian-bombed building in Ternopil, bringing the toll from "
            "Tuesday's missile strike to 33.",
            (49.55, 25.59),  # Ternopil
            "2025-12-16",
            33,
        ),
    ],
)
def test_a_toll_update_of_an_earlier_strike_carries_that_strikes_day(extractor, text, place, day, killed):
    """Published on Thursday 18 December: the strike whose toll rose happened on the day the update names
    ('Monday's', 'last Friday's'), not on the day of the report."""
    found = [e for e in events(extractor, text) if is_at(e, *place)]
    assert [(e.event_date, e.fatalities) for e in found] == [(day, killed)]
