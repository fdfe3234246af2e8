"""Merge stage: one event per place, day and type, and no invented duplicates."""

from __future__ import annotations

import pytest
from wire import events

from app.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def test_an_undated_lead_and_a_dated_detail_are_one_event(extractor):
    text = (
        "Russia has carried out drone and missile attacks on Kharkiv, local officials said.\n\n"
        "Russian drones struck Kharkiv from the early hours of Wednesday, wounding 11 people."
    )
    found = events(extractor, text, published="2025-12-18")
    assert len(found) == 1
    assert found[0].event_date == "2025-12-17" and found[0].injured == 11


def test_a_district_told_beside_its_city_is_the_city(extractor):
    text = "Russian drone attacks on Kyiv's Sviatoshynskyi district left five people injured on Tuesday."
    found = events(extractor, text)
    assert [(e.location, e.injured) for e in found] == [("Kyiv", 5)]


def test_a_qualifying_region_gives_its_claim_to_the_town(extractor):
    text = (
        "Ukraine's General Staff said its drones struck an oil depot in Novoshakhtinsk in Russia's Rostov "
        "region on Thursday."
    )
    found = events(extractor, text)
    assert [e.location for e in found] == ["Novoshakhtinsk"]
    assert found[0].claim_status == "claimed"


def test_a_village_the_gazetteer_lacks_listed_beside_a_known_one_keeps_its_region_level_event(extractor):
    found = events(
        extractor,
        "Russia’s Defence Ministry said its troops had captured the villages of Dachne and Novoivanivka in the "
        "Donetsk region.",
    )
    assert sorted((e.geo_precision, e.location) for e in found) == [
        (1, "Novoivanivka"),
        (3, "Donetsk Oblast"),
    ]
