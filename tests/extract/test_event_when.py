"""When stage: dates of events from the words around them."""

from __future__ import annotations

import datetime as dt

import pytest
from wire import events, is_at, only_event

from app.extract import Extractor
from app.extract.dates import find_cues, parse_published


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def test_a_capitalised_month_at_the_start_of_a_sentence_is_a_month_cue():
    cues = find_cues("In September, drones hit the city.", parse_published("2025-12-18"))
    assert [(c.date.isoformat(), c.precision) for c in cues] == [("2025-09-15", 3)]


def test_a_background_event_in_an_earlier_month(extractor):
    e = only_event(
        extractor,
        "In September, the Ukrainian military said a Russian drone attack damaged a school in Sumy.",
    )
    assert e.event_date.startswith("2025-09") and e.time_precision == 3


@pytest.mark.parametrize(
    "text, place, day, killed",
    [
        (
            # a city of more than 500,000 before "has risen": the toll's verb, not the city speaking
            "The death toll from Monday's Russian drone attack on Odesa has risen to 14, the regional governor "
            "said on Thursday.",
            (46.48, 30.73),  # Odesa
            "2025-12-15",
            14,
        ),
        (
            "Russian drones hit Sumy on Thursday, wounding three. Meanwhile, the death toll from last Friday's "
            "missile attack on Kyiv climbed to 28.",
            (50.45, 30.52),  # Kyiv
            "2025-12-12",
            28,
        ),
        (
            "Rescuers pulled two more bodies from a Russian-bombed building in Ternopil, bringing the toll from "
            "Tuesday's missile strike to 33.",
            (49.55, 25.59),  # Ternopil
            "2025-12-16",
            33,
        ),
    ],
)
def test_a_toll_update_of_an_earlier_strike_carries_that_strikes_day(extractor, text, place, day, killed):
    """Published on Thursday 18 December: the strike whose toll rose happened on the day the update names
    ('Monday's', 'last Friday's'), not on the day of the report."""
    found = [e for e in events(extractor, text) if is_at(e, *place)]
    assert [(e.event_date, e.fatalities) for e in found] == [(day, killed)]


_AT = {
    "Bilozerka": (46.63, 32.44),
    "Izmail": (45.35, 28.84),
    "Chornomorsk": (46.30, 30.66),
    "Kostiantynivka": (48.53, 37.71),
    "Kramatorsk": (48.72, 37.56),
    "Odesa": (46.48, 30.73),
    "Kharkiv": (49.99, 36.23),
    "Sumy": (50.91, 34.80),
    "Chernihiv": (51.50, 31.29),
}


def _dated(extractor, text: str) -> dict[str, str]:
    """Published on Thursday 18 December: the event date at each of the towns above the text names."""
    found = events(extractor, text)
    return {
        name: e.event_date
        for name, (lat, lon) in _AT.items()
        for e in found
        if is_at(e, lat, lon, within_km=10)
    }


def test_a_background_day_does_not_date_the_next_paragraph(extractor):
    """The invasion's start dates its own sentence; the shelling told after it is the report's news (the
    Wednesday the lede names), not February 2022."""
    text = (
        "Russian drones hit a power substation in Sumy on Wednesday, cutting electricity to 20,000 homes, the "
        "governor said.\n\n"
        "The full-scale invasion, launched on Feb. 24, 2022, has displaced millions of people, according to "
        "the United Nations.\n\n"
        "In the Kherson region, Russian artillery shelled the village of Bilozerka, wounding two women, local "
        "officials said."
    )
    found = _dated(extractor, text)
    assert found.get("Bilozerka") == "2025-12-17", found


def test_a_background_day_dates_the_rest_of_its_paragraph(extractor):
    text = (
        "On Nov. 3, a Russian missile hit the port of Izmail, the governor said at the time. Drones also "
        "struck a grain terminal in Chornomorsk, damaging two silos."
    )
    found = _dated(extractor, text)
    assert found.get("Chornomorsk") == "2025-11-03", found


def test_the_next_day_counts_from_the_day_told(extractor):
    text = (
        "On Dec. 9, a guided bomb hit the centre of Kostiantynivka, killing a man, regional officials said.\n\n"
        "The next day, Russian drones struck a bus in Kramatorsk, wounding four passengers."
    )
    found = _dated(extractor, text)
    assert (found.get("Kostiantynivka"), found.get("Kramatorsk")) == ("2025-12-09", "2025-12-10"), found


def test_a_day_earlier_counts_back_from_the_day_told(extractor):
    text = (
        "On Dec. 12, Russian missiles struck Odesa, killing two dock workers. A day earlier, drones had hit a "
        "grain silo in Izmail, officials said."
    )
    found = _dated(extractor, text)
    assert (found.get("Odesa"), found.get("Izmail")) == ("2025-12-12", "2025-12-11"), found


def test_meanwhile_turns_from_a_background_day_to_the_news(extractor):
    text = (
        "Talks between the two sides in Istanbul broke down on Oct. 2. Meanwhile, Russian drones hit a bus "
        "station in Kharkiv, injuring three people, the mayor said."
    )
    found = _dated(extractor, text)
    assert found.get("Kharkiv") == "2025-12-17", found


def test_overnight_is_the_night_before_the_report_not_a_day_told_earlier(extractor):
    text = (
        "On Monday, a Russian missile hit a school in Sumy, the regional administration said.\n\n"
        "Russian drones attacked Chernihiv overnight, damaging power lines, the governor said."
    )
    found = _dated(extractor, text)
    assert (found.get("Sumy"), found.get("Chernihiv")) == ("2025-12-15", "2025-12-17"), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Health officials say more than 420 people have been killed since the truce took effect on Oct. 10.",
        "The war, triggered by the militia's assault on the capital on April 15, 2023, has killed more than "
        "40,000 people.",
    ],
)
def test_the_start_of_a_tallys_period_is_no_day_of_the_story(sentence):
    """The date a war's or a truce's count starts from does not date the sentences after it."""
    from app.extract.events.when import StoryDate

    cues, day_cues = StoryDate().cues(sentence, dt.date(2026, 1, 9))
    assert cues and day_cues == []


def test_a_day_told_beside_a_tally_still_dates_the_story():
    from app.extract.events.when import StoryDate

    sentence = (
        "On Tuesday, strikes killed 12 people in Gaza City, bringing the toll since the war began to 70,000."
    )
    _cues, day_cues = StoryDate().cues(sentence, dt.date(2026, 1, 9))
    assert [c.text for c in day_cues] == ["Tuesday"]


def test_hours_earlier_is_the_day_told_not_the_night_before_the_report(extractor):
    text = (
        "On Dec. 10, a Russian missile hit a hospital in Kramatorsk, wounding six people.\n\n"
        "Hours earlier, drones had struck a power station near Kostiantynivka, officials said."
    )
    found = _dated(extractor, text)
    assert (found.get("Kramatorsk"), found.get("Kostiantynivka")) == ("2025-12-10", "2025-12-10"), found


@pytest.mark.parametrize(
    "follow_up, place, day",
    [
        ("Two days later, drones hit a fuel depot in Odesa, wounding two workers.", "Odesa", "2025-12-07"),
        (
            "A week earlier, a glide bomb had hit a school in Kramatorsk, officials said.",
            "Kramatorsk",
            "2025-11-28",
        ),
    ],
)
def test_days_later_and_a_week_earlier_count_from_the_day_told(extractor, follow_up, place, day):
    text = "On Dec. 5, a Russian missile struck Kryvyi Rih, killing four people.\n\n" + follow_up
    found = _dated(extractor, text)
    assert found.get(place) == day, found


@pytest.mark.parametrize(
    "recall",
    [
        # its own date, months before the strike just told
        "The city was also hit by a missile attack that killed 23 people in June.",
        # an earlier attack, told without its day
        "In a previous attack on the city, a glide bomb hit a bus stop, wounding eight.",
    ],
)
def test_an_earlier_attack_recalled_after_a_strike_adds_nothing_to_its_toll(extractor, recall):
    text = "Russian drones hit an apartment block in Kharkiv on Wednesday, wounding five people. " + recall
    e = only_event(extractor, text)
    assert (e.event_date, e.fatalities, e.injured) == ("2025-12-17", None, 5)


def test_a_strike_recalled_from_earlier_in_the_war_is_no_event_of_the_day(extractor):
    text = (
        "Israeli strikes killed four people in Khan Younis on Wednesday, medics said. Earlier in the war, an "
        "Israeli strike on a school in Nuseirat killed 27 people."
    )
    e = only_event(extractor, text)
    assert is_at(e, 31.34, 34.30) and e.fatalities == 4


def test_a_day_earlier_than_the_day_a_source_spoke(extractor):
    """Published on Thursday: the strike was the day before the Wednesday the military spoke, even after a
    sentence that told another day."""
    text = (
        "On Monday, Israeli shelling hit Beit Lahia, medics said. The Israeli military said on Wednesday it had "
        "killed a Hamas commander in a strike in Khan Younis a day earlier."
    )
    found = [e for e in events(extractor, text) if is_at(e, 31.34, 34.30)]
    assert [e.event_date for e in found] == ["2025-12-16"]


def test_a_place_takes_the_date_of_its_own_clause_not_the_nearer_one_before_a_coordinated_verb(extractor):
    """'seized Avdiivka in February 2024 and took Ocheretyne, a village ..., in late April': February is
    nearer to Ocheretyne, but it belongs to the clause before 'and took'."""
    found = events(
        extractor,
        "Russian troops seized Avdiivka in February 2024 and took Ocheretyne, a village north-west of the town, "
        "in late April.",
        published="2025-12-20",
    )
    month = {e.location: e.event_date[5:7] for e in found}
    assert month == {"Avdiyivka": "02", "Ocheretyne": "04"}


def test_two_places_of_one_clause_share_its_date(extractor):
    found = events(
        extractor,
        "Russian drones hit Kharkiv and Sumy on December 14 and the governor said on Monday repairs had begun.",
        published="2025-12-16",
    )
    assert {e.event_date for e in found} == {"2025-12-14"}
