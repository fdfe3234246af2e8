"""Quiet news carries no events: sport, crime, business and politics use the words of war ("hit", "captured",
"shot down", "taken", "Rockets") without any armed conflict."""

from __future__ import annotations

import pytest
from wire import events, is_at

from app.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "text",
    [
        "Smith hit a late three-pointer in Memphis on Saturday to force overtime.",
        "The jackpot was hit in Ohio for the first time since March.",
        "Two escaped inmates were captured in Knoxville on Friday, the sheriff's office said.",
        "The carmaker's chief shot down rumours of a new plant in Detroit at the show on Tuesday.",
        "The next round of trade talks had been due to have taken place in Geneva in May.",
        "A man attacked a woman's car in Pasadena on Sunday, injuring her son, police said.",
        "The Denver Nuggets beat the Houston Rockets 102-99 in Denver after a late hit by Jokic.",
    ],
)
def test_quiet_news_gives_no_events(extractor, text):
    assert events(extractor, text) == []


def test_a_war_report_still_gives_its_event(extractor):
    found = events(
        extractor, "Russian drones hit an apartment block in Kharkiv on Saturday, injuring six people."
    )
    assert [(e.location, e.injured) for e in found] == [("Kharkiv", 6)]


def test_a_rocket_strike_is_not_taken_for_a_team_name(extractor):
    found = events(extractor, "Rockets hit a residential area of Sderot on Monday, wounding two people.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers from across the county joined the flood fighting effort in Fargo as the river rose.",
        "Prosecutors said the man planned to kill a soldier and then to attack a police station in Dayton.",
    ],
)
def test_war_words_used_otherwise_give_no_events(extractor, text):
    assert events(extractor, text) == []


def test_a_politicians_state_is_not_where_the_war_is(extractor):
    text = (
        "'What about the bombing of hospitals by Russian aircraft in Aleppo?' the Ohio Republican asked on "
        "Tuesday, as Russian warplanes struck the city again."
    )
    assert [e.location for e in events(extractor, text)] == ["Aleppo"]


def test_an_attack_named_only_to_date_a_meeting_is_background(extractor):
    text = "The summit came three days after a Russian missile strike on Dnipro killed 12 people."
    assert events(extractor, text) == []


def test_a_daily_tally_across_the_country_is_no_event(extractor):
    assert (
        events(
            extractor, "Russian strikes across Ukraine killed nine people over the past day, officials said."
        )
        == []
    )


def test_an_attack_recalled_months_or_years_back_is_no_new_event(extractor):
    for text in (
        "Six months after the Russian missile strike on a shopping centre in Kremenchuk, survivors gathered "
        "at a memorial on Sunday.",
        "On the anniversary of the attack on the Kramatorsk railway station, officials laid flowers there.",
    ):
        assert events(extractor, text) == [], text


def test_an_attack_today_beside_a_recalled_one_is_still_an_event(extractor):
    text = "Russian drones struck Kremenchuk on Sunday, a year after the attack on its shopping centre."
    assert [e.location for e in events(extractor, text)] == ["Kremenchuk"]


def test_a_campaign_tally_since_a_truce_is_no_event(extractor):
    text = (
        "Since the truce took effect in November, Israeli attacks have killed more than 300 people, according "
        "to the health ministry in Beirut."
    )
    assert events(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies said Tawila, which has taken in 400,000 people since the paramilitaries seized El Fasher "
        "in October, was running short of clean water.",
        "The camp near Adre has sheltered tens of thousands since the militia attacked Geneina two years ago, "
        "the UN refugee agency said in Geneva.",
    ],
)
def test_a_since_clause_dates_a_state_and_tells_no_event(extractor, text):
    assert [e for e in events(extractor, text) if e.event_type != "Strategic developments"] == []


def test_aid_to_families_whose_homes_were_damaged_is_no_attack(extractor):
    text = (
        "Russian forces shelled Kherson on Monday, the regional governor said.\n\n"
        "Partners delivered generators to families in Mykolaiv whose homes were damaged, the UN said.\n"
    )
    assert [e.location for e in events(extractor, text)] == ["Kherson"]


@pytest.mark.parametrize(
    "text",
    [
        "Air raid alerts sounded three times over Odesa overnight, but regional officials said there had been "
        "no attacks on the city.",
        "The governor of the Belgorod region said there were no new strikes on Shebekino on Tuesday.",
    ],
)
def test_an_act_word_denied_where_it_stands_gives_no_event(extractor, text):
    assert events(extractor, text) == []


def test_an_attack_told_beside_a_quiet_town_is_still_coded(extractor):
    text = (
        "Russian drones struck Izmail overnight, injuring two dock workers, while there were no attacks on "
        "Odesa, regional officials said."
    )
    found = events(extractor, text)
    assert len(found) == 1 and is_at(found[0], 45.35, 28.84)  # Izmail


@pytest.mark.parametrize(
    "text",
    [
        "The president rejected a demand that Kyiv pull its troops out of the parts of the Kherson region it "
        'holds. "Fighting for every kilometre of our land is our duty," he said.',
        'The minister refused to cede any of the Kherson region. "Fighting for our freedom is what we do," '
        "she said.",
    ],
)
def test_fighting_for_a_cause_or_every_metre_is_no_battle(extractor, text):
    """'fighting for every kilometre', 'fighting for their freedom': a purpose a speaker states, no clash
    ('fighting for Pokrovsk' stays one: test_event_trigger)."""
    assert not [e for e in events(extractor, text) if e.event_type == "Battles"]


def test_repeated_strikes_told_as_the_cause_of_a_shortage_are_no_event(extractor):
    text = (
        "Diesel shortages spread across southern Russia in October after repeated Ukrainian drone attacks on "
        "refineries in the Volgograd and Saratov regions, fuel traders said."
    )
    assert events(extractor, text) == []
