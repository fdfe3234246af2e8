"""When stage: dates of events from the words around them."""

from __future__ import annotations

import pytest
from wire import only_event

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
