"""Shooting from close by (lexicons/triggers.yaml `shooting`): fire opened on people is an attack on civilians,
fire aimed at armed men or answered is a clash; a settlers' mob setting homes on fire is an attack on civilians;
and a war's tally told with a dated aside is no event."""

from __future__ import annotations

from wire import events, extractor_in_both_modes, is_at, only_event  # noqa: F401 (the extractor fixture)

from app.extract.events.trigger import find_trigger

VIOLENCE = "Violence against civilians"
KHAN_YOUNIS = (31.34, 34.31)
JENIN = (32.46, 35.30)
SINJIL = (32.03, 35.27)


def test_troops_opening_fire_on_people_is_an_attack_on_civilians_with_its_toll(extractor):
    e = only_event(
        extractor,
        "Israeli troops opened fire on a group of men near the border fence east of Khan Younis on Tuesday, "
        "killing two, the territory's health ministry said.",
    )
    assert e.event_type == VIOLENCE and e.fatalities == 2, (e.event_type, e.fatalities)
    assert is_at(e, *KHAN_YOUNIS), e.location


def test_fire_aimed_at_soldiers_and_answered_is_a_clash(extractor):
    e = only_event(
        extractor,
        "Militants fired at soldiers near Jenin on Monday, and the troops shot back, the military said.",
    )
    assert e.event_type == "Battles" and is_at(e, *JENIN), (e.event_type, e.location)


def test_what_was_fired_at_decides_the_type():
    assert (
        find_trigger("Gunmen shot dead a farmer on the road to the market, relatives said.").event_type
        == VIOLENCE
    )
    assert find_trigger("Soldiers shot dead two gunmen at a checkpoint overnight.").event_type == "Battles"
    assert find_trigger("He was shot in the leg.") is None  # no act of shooting at anyone told


def test_settlers_setting_cars_and_a_house_on_fire_attack_civilians(extractor):
    found = events(
        extractor,
        "In the occupied West Bank, Israeli settlers attacked the village of Sinjil on Friday, setting three cars "
        "and a barn on fire, the Palestinian Red Crescent said. Two Palestinians were injured.",
    )
    (e,) = [e for e in found if is_at(e, *SINJIL)]
    assert e.event_type == VIOLENCE and e.injured == 2, (e.event_type, e.injured)


def test_a_wars_tally_with_a_dated_aside_is_no_event(extractor):
    found = events(
        extractor,
        "The conflict, set off by a rocket attack on northern Israel on Oct. 8, 2023, has killed more than "
        "4,000 people in Lebanon, according to the health ministry.",
    )
    assert not found, [(e.location, e.fatalities) for e in found]


def test_armed_men_named_as_who_shot_in_a_passive_are_not_the_target():
    """'A shepherd was shot dead by army soldiers': the soldiers did the shooting; an attack on civilians."""
    t = find_trigger("A shepherd was shot dead by army soldiers near the village on Sunday, relatives said.")
    assert t.event_type == VIOLENCE, t
    t = find_trigger("Two police officers were gunned down by unknown assailants outside the station.")
    assert t.event_type == VIOLENCE, t  # the officers are victims here, named before the words, not after


def test_armed_men_killed_after_they_opened_fire_is_a_clash(extractor):
    """'Soldiers killed three militants who opened fire on them': the shooting and the deaths of armed men
    are one exchange, a clash, not an attack on civilians."""
    e = only_event(
        extractor,
        "The army said soldiers near Jenin had killed three militants who opened fire on them during a raid on "
        "Monday.",
    )
    assert e.event_type == "Battles" and e.fatalities == 3 and is_at(e, *JENIN), (e.event_type, e.fatalities)
