"""Acts the coder used to miss: a vessel hit ("hit a patrol boat anchored off X"), homes blown up by troops
(Strategic developments, property destruction), raids "carried out on" a place, and a village the gazetteer
lacks, which stands for the article's country only where that country's point lies near the story (Lebanon),
never as a far-off marker in a large one (Ukraine)."""

from __future__ import annotations

from wire import events, extractor_in_both_modes, is_at, only_event  # noqa: F401 (the extractor fixture)

from app.extract.events.trigger import find_trigger

KFAR_KILA = (33.28, 35.55)
JEZZINE = (33.54, 35.58)


def test_a_vessel_hit_off_a_village_is_a_strike_there(extractor):
    e = only_event(
        extractor,
        "Ukraine's military said its sea drones had hit a Russian patrol boat anchored off the village of "
        "Mizhvodne in western Crimea.",
    )
    assert e.event_type == "Explosions/Remote violence" and is_at(e, 45.59, 32.85), (e.event_type, e.location)


def test_homes_blown_up_by_troops_are_property_destruction(extractor):
    e = only_event(
        extractor,
        "Israeli troops blew up several homes in the border village of Kfar Kila on Sunday, the state news agency "
        "said.",
    )
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Looting/property destruction")
    assert is_at(e, *KFAR_KILA), e.location
    assert find_trigger("Protesters demolished a statue in the square.") is None  # no homes, no buildings


def test_raids_carried_out_on_a_place_are_an_attack(extractor):
    e = only_event(
        extractor,
        "Israeli warplanes carried out a series of raids on the outskirts of Jezzine on Monday, the agency said.",
    )
    assert e.event_type == "Explosions/Remote violence" and is_at(e, *JEZZINE), (e.event_type, e.location)


def test_an_unknown_border_village_stands_for_a_small_country_at_region_precision(extractor):
    found = events(
        extractor,
        "Israeli troops blew up several houses in the border village of Markaba on Sunday, the National News "
        "Agency said. Separately, an Israeli drone strike on a motorcycle in Tyre killed one man.",
    )
    (e,) = [e for e in found if e.event_type == "Strategic developments"]
    assert e.geo_precision == 3 and e.location == "Lebanon", (e.location, e.geo_precision)


def test_an_unknown_village_in_a_large_country_is_no_marker_at_its_middle(extractor):
    found = events(
        extractor,
        "Russian drones struck Lviv overnight, wounding two people. In the east, Russian troops blew up several "
        "houses in the village of Ptyche, the governor said.",
    )
    assert all(e.location != "Ukraine" for e in found), [(e.location, e.event_type) for e in found]


def test_a_region_in_the_possessive_places_the_township_after_it(extractor):
    """'Sagaing Region's Kani Township': the Kani of that region (which the gazetteer lacks, so the region
    itself), never Kani in Japan; and an ambush is a clash."""
    e = only_event(
        extractor,
        "Resistance fighters ambushed an army supply column in Sagaing Region's Kani Township on Tuesday, killing "
        "three soldiers, a local group said.",
    )
    assert e.event_type == "Battles" and e.fatalities == 3, (e.event_type, e.fatalities)
    assert e.location == "Sagaing Region" and e.geo_precision == 3, (e.location, e.geo_precision)
    assert find_trigger(
        "Gunmen ambushed a police patrol near the market, killing two officers."
    ).event_type == ("Battles")


def test_a_village_answered_with_a_far_namesake_of_another_spelling_is_the_articles_region(extractor):
    """Zhuravlevka, a Belgorod border village the gazetteer lacks, is answered by the spelling of a Ukrainian
    hamlet 900 km away: in a Belgorod story the event is the region's, at region precision."""
    found = events(
        extractor,
        "Ukrainian drones attacked the Belgorod region overnight, Governor Vyacheslav Gladkov said. In Shebekino, a "
        "drone struck a private house, injuring a man. In the village of Zhuravlevka, a drone hit a tractor, "
        "wounding its driver.",
    )
    assert sorted(e.location for e in found) == ["Belgorod Oblast", "Shebekino"], [e.location for e in found]
    (e,) = [e for e in found if e.location == "Belgorod Oblast"]
    assert e.geo_precision == 3 and e.injured == 1


def test_a_village_unknown_in_a_state_news_names_its_own_way_is_that_state(extractor):
    """'in the village of Umm Dafasu in South Kordofan': the village is missing from the gazetteer; the state,
    which GeoNames calls 'Southern Kordofan', is where the strike is coded, at region precision."""
    e = only_event(
        extractor, "A drone struck the village of Umm Dafasu in South Kordofan on Friday, killing six people."
    )
    assert e.country_code == "SD" and e.geo_precision == 3 and e.fatalities == 6, (
        e.location,
        e.geo_precision,
    )


def test_a_capture_claimed_as_control_of_all_of_a_town_is_a_disputed_battle(extractor):
    found = events(
        extractor,
        # (the capital that repeats the claim is its government, no place of the battle)
        "Moscow again repeated its claim to control all of Siversk in the Donetsk region, but Ukraine's army "
        "denied it, saying its troops still held the western part of the town.",
    )
    assert [(e.location, e.event_type, e.claim_status, e.disputed_by) for e in found] == [
        ("Siversk", "Battles", "disputed", "Ukraine")
    ]


def test_control_of_a_whole_region_or_most_of_a_town_stays_a_tally(extractor):
    for text in (
        "Russia claims to control all of Luhansk region and about 80 percent of Donetsk region.",
        "Russia now controls most of Siversk, officials in Kyiv conceded.",
    ):
        assert not [e for e in events(extractor, text) if e.event_type == "Battles"], text
