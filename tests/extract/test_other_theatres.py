"""Rules written for Ukraine must not be Ukraine-only: actors, victims and places elsewhere."""

from __future__ import annotations

import pytest

from app.extract import Extractor
from app.extract.model import Article


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def _events(extractor: Extractor, text: str):
    article = Article(
        id="theatre-test", text="Wire report\n\n" + text, title="Wire report", published="2025-11-12"
    )
    return extractor.events(article)


def test_a_demonym_names_the_attacking_state(extractor):
    events = _events(
        extractor, "Israeli air strikes killed at least 12 Palestinians in Khan Younis on Wednesday."
    )
    assert [e.actor1 for e in events] == ["Military Forces of Israel"]
    assert events[0].fatalities == 12


def test_a_named_armed_group_is_the_actor(extractor):
    events = _events(
        extractor, "The Rapid Support Forces shelled El Fasher on Tuesday, killing 23 civilians."
    )
    assert [(e.location, e.actor1, e.fatalities) for e in events] == [
        ("El Fasher", "Rapid Support Forces", 23)
    ]


def test_a_region_after_a_town_is_its_address_not_a_second_event(extractor):
    events = _events(
        extractor, "Drones struck a market in El Fasher in North Darfur on Monday, killing four people."
    )
    assert [e.location for e in events] == ["El Fasher"]
