"""Merge stage: one attack the article tells twice, in other words, is one event — a plant told as its city's."""

from __future__ import annotations

import pytest
from wire import events, is_at

from app.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


RYAZAN = (54.63, 39.74)  # the city's centre; its refinery lies some 6 km to the south-east


def test_a_refinery_named_after_the_city_whose_refinery_was_hit_is_that_strike(extractor):
    text = (
        "Ukrainian drones attacked an oil refinery in the Russian city of Ryazan on Monday, "
        "starting a fire, the regional governor said.\n\n"
        "Ukraine's General Staff said its drones had struck the Ryazan refinery, one of the largest in the country.\n"
    )
    found = events(extractor, text, published="2025-12-23")
    assert len(found) == 1 and is_at(found[0], *RYAZAN, within_km=10)
    assert found[0].claim_status == "reported"  # the governor tells it too


def test_the_same_refinery_hit_again_another_day_is_another_event(extractor):
    text = (
        "Ukrainian drones attacked an oil refinery in the Russian city of Ryazan on Monday, "
        "starting a fire, the regional governor said.\n\n"
        "On Thursday, Ukraine's General Staff said its drones had struck the Ryazan refinery again.\n"
    )
    found = events(extractor, text, published="2025-12-26")
    assert sorted(e.event_date for e in found) == ["2025-12-22", "2025-12-25"]
