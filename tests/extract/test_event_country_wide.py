"""Acts told of a whole country with no town of their own (events/country_wide.py), coded as the seed gold codes
them: the strike at the country attacked and the shoot-down as a disrupted weapons use claimed by the side that
downed them, both at country level (geo_precision 3), and never beside the town events that make them up."""

from __future__ import annotations

from wire import events, extractor_in_both_modes, is_at  # noqa: F401 (the extractor fixture)

from app.extract.events.country_wide import downed_of_a_launch, wide_strike
from app.extract.events.trigger import find_trigger

STRIKE, DOWNED = "Explosions/Remote violence", "Disrupted weapons use"


def _kinds(found, cc: str = "UA") -> list[tuple[str, str, str]]:
    return sorted(
        (e.event_type if e.event_type == STRIKE else e.sub_event_type, e.claim_status, str(e.geo_precision))
        for e in found
        if e.country_code == cc and e.location in ("Ukraine", "Russia")
    )


def test_an_air_force_bulletin_codes_the_attack_and_the_shoot_down_at_country_level(extractor):
    text = (
        "Air Force of Ukraine: results of the night, December 3\n\n"
        "During the night of December 3, the enemy attacked with 2 Kh-101 cruise missiles and 64 attack UAVs "
        "launched from the Bryansk and Kursk directions.\n\n"
        "Our air defence shot down 1 missile and 51 drones over the central and western regions.\n\n"
        "Hits by 1 missile and 13 UAVs were recorded at 6 locations."
    )
    found = events(extractor, text, title=text.split("\n", 1)[0], published="2025-12-03")
    assert _kinds(found) == [(DOWNED, "claimed", "3"), (STRIKE, "reported", "3")], [
        (e.location, e.event_type, e.claim_status, e.event_date) for e in found
    ]
    assert not [e for e in found if e.country_code == "RU"]  # the launch directions are no event places


def test_the_count_of_those_downed_in_the_sentence_of_the_launch_is_its_own_shoot_down(extractor):
    found = events(
        extractor,
        "Ukraine's air force said Russia had sent 140 drones and six missiles overnight from the Kursk region "
        "and occupied Crimea; 122 of the drones were shot down or jammed.",
    )
    assert (DOWNED, "claimed", "3") in _kinds(found), [(e.location, e.sub_event_type) for e in found]


def test_a_launch_at_a_country_with_those_neutralised_named_after_it_is_a_shoot_down_there(extractor):
    found = events(
        extractor,
        "Russia fired 22 missiles and some 300 drones at Ukraine overnight, the air force said, adding that 19 "
        "of the missiles and 270 drones had been neutralised.",
    )
    assert (DOWNED, "claimed", "3") in _kinds(found), [(e.location, e.sub_event_type) for e in found]


def test_a_ministry_claiming_its_own_massive_strike_on_the_enemy_is_a_claimed_strike_there(extractor):
    text = (
        "Russian Defence Ministry report on the special military operation, 5 March\n\n"
        "Over the past night, the Russian Armed Forces carried out a massive missile strike on military "
        "airfields of Ukraine. All assigned targets were hit."
    )
    found = events(extractor, text, title=text.split("\n", 1)[0])
    assert _kinds(found) == [(STRIKE, "claimed", "3")], [(e.location, e.event_type, e.actor1) for e in found]
    assert found[0].actor1 == "Military Forces of Russia"


def test_the_country_wide_strike_goes_when_the_article_tells_it_town_by_town(extractor):
    found = events(
        extractor,
        "Russia carried out a massive combined attack on Ukraine overnight, officials said. A missile hit a "
        "warehouse in Lutsk, injuring two workers. In Rivne, drones damaged a power substation and injured a "
        "woman.",
    )
    assert not _kinds(found), [(e.location, e.event_type) for e in found]


def test_a_count_of_what_was_launched_is_no_strike_and_not_every_shoot_down_is_a_part():
    launch = "Russia launched 95 drones overnight from the Oryol region, the air force said."
    assert not wide_strike(launch, find_trigger(launch))
    alleged = "Lavrov said Ukraine had launched 40 drones towards the dacha and all were shot down."
    assert not downed_of_a_launch(alleged)  # all of them downed: the attack told was a disrupted one


def test_a_ministrys_count_of_areas_hit_is_its_claimed_strike_on_the_other_country(extractor):
    text = (
        "Russian Defence Ministry briefing, 9 February\n\n"
        "Over the past day, army aviation, drones and rocket artillery struck fuel depots serving the Ukrainian "
        "military and troop concentrations in 117 areas, the ministry said."
    )
    found = events(extractor, text, title=text.split("\n", 1)[0], published="2026-02-09")
    assert _kinds(found) == [(STRIKE, "claimed", "3")], [(e.location, e.event_type, e.actor1) for e in found]
    assert found[0].actor1 == "Military Forces of Russia"  # the side named after the act is the one hit


def test_the_part_downed_of_a_launch_is_its_own_shoot_down_even_after_the_attack_was_told(extractor):
    found = events(
        extractor,
        "Russia carried out a combined missile and drone attack on Ukraine overnight into Sunday. The air force "
        "said Russian forces fired 12 missiles and 160 drones and that air defences shot down 141 of them. A "
        "drone hit a grain terminal in Izmail, officials said.",
    )
    kinds = _kinds(found)
    # the attack told by its one place (Izmail) is that place's event; the part downed is the shoot-down
    assert kinds == [(DOWNED, "claimed", "3")], [(e.location, e.event_type) for e in found]
    assert any(is_at(e, 45.35, 28.84) for e in found), [e.location for e in found]  # Izmail


def test_a_bulletin_titled_by_a_body_with_a_long_owner_name_speaks_for_that_side(extractor):
    # the body's owner told in full ("... of the Armed Forces of Ukraine") before the title's colon
    text = (
        "Air Force of the Armed Forces of Ukraine: results of the night, March 9\n"
        "As of 09:00, air defence shot down or suppressed 57 enemy drones in the north, centre and west of the "
        "country."
    )
    found = events(extractor, text, title=text.split("\n", 1)[0], published="2025-03-09")
    assert _kinds(found) == [(DOWNED, "claimed", "3")], [(e.location, e.sub_event_type) for e in found]
