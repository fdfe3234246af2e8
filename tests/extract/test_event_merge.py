"""Merge stage: one event per place, day and type, and no invented duplicates."""

from __future__ import annotations

import pytest
from wire import events, km

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


def test_a_region_in_a_headline_is_the_town_the_entry_tells(extractor):
    """A live blog's entry: the headline names the region, the text the town inside it, no toll in the
    headline. One event, at the town."""
    text = (
        "10:40 GMT - Drone hits lorry in Russia's Bryansk region\n\n"
        "A Ukrainian drone hit a lorry near the town of Klintsy in Russia's Bryansk region, wounding its driver, "
        "the regional governor said.\n"
    )
    found = events(extractor, text, published="2026-01-05")
    assert [(e.location, e.injured) for e in found] == [("Klintsy", 1)]


def test_a_summary_s_region_is_the_district_told_later_that_day(extractor):
    text = (
        "Russian forces struck energy infrastructure in Kharkiv Oblast overnight on January 4 to 5.\n\n"
        "Kharkiv Oblast Head Oleh Syniehubov reported that a Russian drone strike injured three people in "
        "Chuhuiv overnight on January 4 to 5.\n"
    )
    found = events(extractor, text, published="2026-01-06")
    assert [(e.location, e.injured) for e in found] == [("Chuhuyiv", 3)]


def test_a_region_with_its_own_toll_stays_beside_a_town_in_it(extractor):
    text = (
        "Ukrainian drone attacks on Russia's Belgorod region killed two people on Monday, local officials "
        "said.\n\nSeparately, a drone struck a car in Shebekino on Monday, injuring a woman.\n"
    )
    found = {e.location for e in events(extractor, text, published="2025-12-23")}
    assert found == {"Belgorod Oblast", "Shebekino"}


def test_a_country_s_shoot_downs_told_region_by_region_are_the_regions(extractor):
    text = (
        "07:30 GMT - Russia says it downed 63 Ukrainian drones overnight\n\n"
        "Russia's defence ministry said air defences destroyed 63 Ukrainian drones overnight, including 25 over "
        "the Kursk region and 12 over the Voronezh region.\n"
    )
    found = events(extractor, text, published="2026-01-05")
    assert sorted(e.location for e in found) == ["Kursk Oblast", "Voronezh Oblast"]
    assert {e.claim_status for e in found} == {"claimed"}


def test_a_lede_s_regional_toll_made_up_by_the_towns_told_below_is_those_towns(extractor):
    """The region's 'four people' are Orikhiv's three and Huliaipole's one, told paragraph by paragraph: no
    third event at the region."""
    text = (
        "Russian attacks killed four people in Ukraine's Zaporizhzhia region on Tuesday, the regional governor "
        "said.\n\n"
        "A Russian glide bomb struck a residential street in Orikhiv, killing three men, he said.\n\n"
        "In Huliaipole, artillery fire killed an elderly woman on Tuesday afternoon.\n"
    )
    found = events(extractor, text, published="2025-12-17")
    assert sorted((e.location, e.fatalities) for e in found) == [("Hulyaypole", 1), ("Orikhiv", 3)]


def test_a_lede_s_regional_toll_partly_placed_below_is_still_a_summary(extractor):
    """Six killed in the region, of whom the article places only three: the lede sums up the day's attacks, it
    is no attack of its own (a region event carrying all six would count three twice)."""
    text = (
        "Russian attacks killed six people in Ukraine's Zaporizhzhia region on Tuesday, the regional governor "
        "said.\n\n"
        "A Russian glide bomb struck a residential street in Orikhiv, killing three men, he said.\n"
    )
    found = events(extractor, text, published="2025-12-17")
    assert sorted((e.location, e.fatalities) for e in found) == [("Orikhiv", 3)]


def test_a_territory_s_toll_in_a_lede_is_the_strikes_told_below(extractor):
    text = (
        "Israeli air strikes killed at least seven Palestinians in the Gaza Strip on Sunday, civil defence "
        "officials said.\n\n"
        "Four members of one family were killed when a strike hit their tent in Deir al-Balah, the officials "
        "said.\n"
    )
    found = events(extractor, text, published="2026-01-12")
    assert [(e.location, e.fatalities) for e in found] == [("Dayr al Balaḩ", 4)]


def test_a_summary_does_not_swallow_the_capital_its_point_sits_on(extractor):
    """The region's point is its capital's: the summary goes before places merge, or the city's own victim
    would be told as the region's two."""
    text = (
        "Russian shelling killed two civilians in Ukraine's Mykolaiv region on Friday, the governor said.\n\n"
        "A man was killed when a shell hit a bus stop in Mykolaiv. In Ochakiv, a drone killed a 70-year-old "
        "woman in her garden.\n"
    )
    found = events(extractor, text, published="2026-01-10")
    assert sorted((e.location, e.geo_precision, e.fatalities) for e in found) == [
        ("Mykolayiv", 1, 1),
        ("Ochakiv", 1, 1),
    ]


def test_a_region_s_toll_on_another_day_than_the_town_s_stays_its_own_event(extractor):
    text = (
        "Ukrainian drones killed two men in Russia's Kursk region on Saturday, the governor said.\n\n"
        "Another drone attack in Rylsk on Sunday killed one woman, he said.\n"
    )
    found = events(extractor, text, published="2026-01-12")
    assert sorted(e.location for e in found) == ["Kursk Oblast", "Ryl’sk"]


def test_a_tollless_countrywide_strike_is_the_one_part_its_paragraph_names(extractor):
    """'a combined strike against Ukraine overnight. Drones hit energy facilities in the Poltava region': the
    country-wide strike with no toll of its own is the strike its paragraph places (merge._sum_of_its_parts)."""
    found = events(
        extractor,
        "Russian forces launched a combined strike against Ukraine overnight. Drones hit energy facilities in the "
        "Poltava region, the regional governor said.",
    )
    assert [e.location for e in found] == ["Poltava Oblast"], [(e.location, e.event_type) for e in found]


def test_a_plant_named_after_a_city_told_before_the_city_is_one_strike(extractor):
    """'struck the Volgograd refinery on the night of December 3 to 4', then the governor's debris in Volgograd:
    the plant bears the city's name, so the city's report is the same strike told again (city_facility)."""
    found = events(
        extractor,
        "Ukraine's General Staff said its drones struck the Volgograd refinery on the night of December 3 to 4, "
        "causing a fire.\n\nVolgograd Governor Andrei Bocharov said falling drone debris damaged a warehouse "
        "in Volgograd on Thursday. Nobody was hurt, he said.",
        published="2025-12-04",
    )
    near = [e for e in found if km(e.lat, e.lon, 48.71, 44.50) <= 40]
    assert len(near) == 1, [(e.location, e.lat, e.lon, e.event_date) for e in found]
