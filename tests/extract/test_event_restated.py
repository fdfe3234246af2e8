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


def test_a_capture_restated_in_the_captor_s_quote_with_its_own_day_is_the_one_capture(extractor):
    """The side said Sunday it had taken the town; its spokesman's quote has the troops entering on Saturday
    evening: a town changes hands once in a story, so this is the first telling restated."""
    text = (
        "Sudan's army said Sunday its troops had taken full control of Babanusa, a railway town in West "
        "Kordofan.\n\n"
        '"Babanusa is now liberated," army spokesman Nabil Abdallah said in a statement, adding that troops had '
        "entered the town on Saturday evening.\n"
    )
    found = [e for e in events(extractor, text, published="2026-01-12") if e.event_type == "Battles"]
    assert [(e.location, e.event_date) for e in found] == [("Babanūsah", "2026-01-11")]


def test_a_town_retaken_by_the_other_side_the_next_day_is_a_second_event(extractor):
    text = (
        "Russian troops captured the village of Bilohorivka on January 11, Russia's Defence Ministry said.\n\n"
        "Ukrainian troops retook Bilohorivka in a counterattack on January 12, Ukraine's army said.\n"
    )
    found = [e for e in events(extractor, text, published="2026-01-14") if e.event_type == "Battles"]
    assert sorted(e.event_date for e in found) == ["2026-01-11", "2026-01-12"]
