"""Narrative copy (news stories, explainers, weapons pieces) names far more places than it has events: habits of
the war, threatened strikes, meetings in other capitals, launch sites and their regions. None of those is an
event; a follow-up victim at one more place is, and a country-wide attack told region by region is its regions."""

from __future__ import annotations

import pytest
from wire import at, events, is_at, only_event

from app.extract import Extractor
from app.settings import Settings


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def test_a_town_shelled_as_a_habit_is_no_event(extractor):
    text = (
        "Russian artillery hit a school in Kherson on Monday, wounding a teacher, the governor said.\n\n"
        "Marhanets sits across the river from Russian positions and is shelled nearly every day."
    )
    found = events(extractor, text, published="2025-12-16")
    assert len(found) == 1 and at(found, 46.64, 32.61)


def test_a_base_struck_repeatedly_is_no_event(extractor):
    text = (
        "The bombers take off from Morozovsk air base in the Rostov region, which Ukrainian drones have hit "
        "repeatedly since the spring."
    )
    assert events(extractor, text, published="2025-12-16") == []


def test_a_habit_word_far_from_the_act_does_not_undo_it(extractor):
    e = only_event(
        extractor,
        "Drones struck a fuel depot in Sumy on Tuesday, regularly updated figures from the governor showed.",
        published="2025-12-18",
    )
    assert e.event_type == "Explosions/Remote violence"


def test_a_strike_someone_warns_of_is_no_event(extractor):
    text = (
        "The Ukrainian leader, speaking to reporters in Vilnius, warned that Russia was preparing a new "
        "missile strike on Odesa."
    )
    assert events(extractor, text, published="2025-12-16") == []


def test_a_meeting_in_a_later_clause_is_not_where_the_strike_was(extractor):
    text = (
        "Russian missiles slammed into the port of Izmail overnight, injuring four dock workers, officials "
        "said, as European ministers met in Brussels to talk about air defence for Kyiv."
    )
    e = only_event(extractor, text, published="2025-12-16")
    assert e.location.startswith("Izma") and e.injured == 4


def test_both_clauses_that_tell_an_act_keep_their_places(extractor):
    text = "Drones hit an energy facility in Poltava on Sunday as Russian shelling killed a man in Kherson."
    found = events(extractor, text, published="2025-12-16")
    assert at(found, 49.59, 34.55, within_km=20) and at(found, 46.64, 32.61)


def test_the_region_of_a_launch_site_is_no_event(extractor):
    text = (
        "The ballistic missiles that hit Kharkiv on Monday were launched from a range near Kapustin Yar in the "
        "Astrakhan region, some 600 km away, the air force said."
    )
    found = events(extractor, text, published="2025-12-16")
    assert len(found) == 1 and at(found, 49.99, 36.23, within_km=20)


def test_a_war_toll_after_an_aside_is_no_events_toll(extractor):
    text = (
        "Russia’s Defence Ministry said its air defences shot down 19 Ukrainian drones over the Oryol region "
        "overnight.\n\n"
        "The conflict, which began in February 2022, has killed more than 12,000 civilians, the UN says."
    )
    e = only_event(extractor, text, published="2025-12-16")
    assert e.fatalities is None


def test_a_victim_at_one_more_place_is_that_attack_there(extractor):
    text = (
        "Russian drones hit a warehouse in Sumy overnight, injuring two people, the mayor said. A man was "
        "also wounded in the village of Nyzhnia Syrovatka south of the city, regional officials said."
    )
    found = events(extractor, text, published="2025-12-16")
    assert len(found) == 2
    (sumy,) = at(found, 50.91, 34.80)
    (village,) = at(found, 50.77, 34.83, within_km=5)
    assert sumy.injured == 2 and village.injured == 1
    assert village.event_type == "Explosions/Remote violence"


def test_victims_at_a_place_after_a_capture_are_no_new_strike(extractor):
    text = (
        "Russia’s Defence Ministry said its forces had captured the village of Kurylivka. Two soldiers were "
        "also wounded in Kupiansk, a Ukrainian commander said."
    )
    found = events(extractor, text, published="2025-12-16")
    assert not [e for e in found if e.event_type == "Explosions/Remote violence"]


def test_a_country_wide_attack_told_region_by_region_is_its_regions(extractor):
    text = (
        "• Russia launched a massive attack on Ukraine with 400 drones and 20 missiles overnight into Tuesday, "
        "killing two people, "
        "President Volodymyr Zelenskyy said.\n"
        "• A man was killed in a drone strike in the Chernihiv region, the governor said.\n"
        "• In the Odesa region, a missile killed a woman and wounded three people, officials said.\n"
    )
    found = events(extractor, text, published="2025-12-17")
    assert not [e for e in found if e.geo_precision == 3 and e.location == "Ukraine"]
    assert len(found) == 2


def test_a_country_wide_attack_with_more_victims_than_its_parts_stays(extractor):
    text = (
        "• Russia launched a massive attack on Ukraine with 400 drones and 20 missiles overnight into Tuesday, "
        "killing nine people, "
        "President Volodymyr Zelenskyy said.\n"
        "• A man was killed in a drone strike in the Chernihiv region, the governor said.\n"
        "• In the Odesa region, a missile killed a woman and wounded three people, officials said.\n"
    )
    found = events(extractor, text, published="2025-12-17")
    assert [e for e in found if e.location == "Ukraine"]


def test_a_frequent_target_hit_dozens_of_times_is_no_event(extractor):
    text = (
        "Mykolaiv has been a frequent target of Russian missiles, and its shipyard has been hit dozens of "
        "times since 2022."
    )
    assert events(extractor, text, published="2025-12-16") == []


def test_where_jets_usually_fly_from_is_no_event(geocoder):
    rules = Extractor(geocoder, settings=Settings(ner_model="none"))
    text = (
        "The Kh-22 is an air-launched cruise missile carried by Tu-22M3 jets, usually flying from the "
        "Shaykovka air base in Russia's Kaluga region or from Soltsy in the Novgorod region."
    )
    assert events(rules, text, published="2025-12-16") == []


def test_two_acts_joined_by_and_keep_their_own_types(extractor):
    text = (
        "Russia’s Defence Ministry said its forces had destroyed a Ukrainian Neptune missile launcher near "
        "Kramatorsk, and shot down 30 drones over the Bryansk region."
    )
    by_type = {e.event_type for e in events(extractor, text, published="2025-12-16")}
    assert by_type == {"Explosions/Remote violence", "Strategic developments"}


def test_a_town_qualified_by_the_moscow_region_is_in_the_oblast(extractor):
    text = (
        "Ukrainian drones struck an arsenal near Noginsk in the Moscow region overnight, Ukraine’s army said."
    )
    e = only_event(extractor, text, published="2025-12-16")
    assert (e.location, e.admin1) == ("Noginsk", "Moscow Oblast")


def test_a_strike_after_a_warning_is_still_a_strike(extractor):
    text = (
        "Putin warned that Moscow would retaliate after Ukrainian drones struck an oil depot in Bryansk, the "
        "Kremlin said."
    )
    e = only_event(extractor, text, published="2025-12-16")
    assert e.location == "Bryansk" and e.event_type == "Explosions/Remote violence"


def test_a_side_that_keeps_killing_civilians_is_no_event(extractor):
    text = (
        "Kyiv will keep hitting military targets in Russia as long as Russia keeps killing civilians in "
        "Kherson and Sumy, the foreign minister said."
    )
    assert events(extractor, text, published="2025-12-16") == []


def test_a_war_toll_after_an_aside_with_a_full_date_is_no_event(extractor):
    """The war's cumulative toll, its start told in an aside with day, month and year, is neither a toll nor
    an event at the country attacked then; the strike of the day before is the only event."""
    text = (
        "An Israeli air strike on a house in Jabalia killed three people, medics said.\n\n"
        "The war, sparked by the Hamas-led raid on southern Israel on Oct. 7, 2023, has killed more than "
        "70,000 Palestinians, according to the territory's health ministry."
    )
    e = only_event(extractor, text, published="2026-01-10")
    assert is_at(e, 31.53, 34.48) and e.fatalities == 3
