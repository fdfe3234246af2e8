"""Dates: when an event happened, from the words next to it, resolved against the article's publication
date; with no date words, the day before publication; time_precision 1 day, 2 week, 3 month."""

from __future__ import annotations

import datetime as dt

import pytest
from wire import only_event

from app.extract import Extractor
from app.extract.dates import event_date, find_cues


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


THURSDAY = "2025-12-18"


def date_of(extractor, text: str, published: str = THURSDAY) -> tuple[str, int]:
    e = only_event(extractor, text, published=published)
    return e.event_date, e.time_precision


def test_on_weekday_is_that_day_of_the_publication_week(extractor):
    assert date_of(extractor, "A Russian drone hit a school in Sumy on Tuesday, officials said.") == (
        "2025-12-16",
        1,
    )


def test_weekday_of_publication_is_the_publication_day(extractor):
    assert date_of(extractor, "A Russian drone hit a school in Sumy on Thursday, officials said.") == (
        "2025-12-18",
        1,
    )


def test_overnight_is_the_night_before_publication(extractor):
    assert date_of(extractor, "Russian drones attacked Chernihiv overnight, damaging power lines.") == (
        "2025-12-17",
        1,
    )


def test_saturday_night_is_that_saturday(extractor):
    text = "Russian missiles struck Zaporizhzhia on Saturday night, killing one man."
    assert date_of(extractor, text) == ("2025-12-13", 1)


def test_month_and_day_is_that_date(extractor):
    text = "A drone hit a fuel depot in Novorossiysk on December 15, the governor said."
    assert date_of(extractor, text) == ("2025-12-15", 1)


def test_abbreviated_month_with_a_dot(extractor):
    text = "A drone hit a fuel depot in Novorossiysk on Dec. 15, the governor said."
    assert date_of(extractor, text) == ("2025-12-15", 1)


def test_day_before_month_order(extractor):
    text = "A drone hit a fuel depot in Novorossiysk on 15 December, the governor said."
    assert date_of(extractor, text) == ("2025-12-15", 1)


def test_late_december_date_in_a_january_article_is_last_year(extractor):
    text = "A drone hit a fuel depot in Novorossiysk on December 27, the governor said."
    assert date_of(extractor, text, published="2026-01-03") == ("2025-12-27", 1)


def test_without_date_words_the_event_is_the_day_before_publication(extractor):
    text = "Russian artillery shelled Nikopol, the regional governor said."
    assert date_of(extractor, text, published="2025-03-01") == ("2025-02-28", 1)


def test_yesterday_is_the_day_before_publication(extractor):
    text = "Ukrainian drones hit a refinery in Syzran yesterday, the governor said."
    assert date_of(extractor, text, published="2025-12-30") == ("2025-12-29", 1)


def test_last_week_has_week_precision(extractor):
    event_date_, precision = date_of(
        extractor, "Russian drones struck Kryvyi Rih last week, killing three people."
    )
    assert precision == 2
    assert dt.date(2025, 12, 8) <= dt.date.fromisoformat(event_date_) <= dt.date(2025, 12, 14)


def test_in_a_month_has_month_precision(extractor):
    text = "Russian artillery shelled Kherson in September, killing 12 people."
    event_date_, precision = date_of(extractor, text, published="2025-10-20")
    assert precision == 3 and event_date_.startswith("2025-09-")


def test_month_later_than_publication_is_last_years(extractor):
    text = "Russian artillery shelled Kherson in November, killing 12 people."
    event_date_, precision = date_of(extractor, text, published="2025-03-20")
    assert precision == 3 and event_date_.startswith("2024-11-")


def test_each_bullet_keeps_its_own_day(extractor):
    text = (
        "Key events\n\n"
        "• A Russian drone hit a school in Sumy on Tuesday.\n"
        "• Russian missiles struck Odesa on Monday, killing one man.\n"
    )
    from wire import events

    found = {e.location: e.event_date for e in events(extractor, text)}
    assert found == {"Sumy": "2025-12-16", "Odesa": "2025-12-15"}


def test_date_cue_nearest_the_place_wins():
    text = "Talks ended on Monday; on Wednesday a drone hit Sumy."
    d, precision, cue = event_date(text, text.index("Sumy"), dt.date(2025, 12, 18))
    assert (d, precision, cue) == (dt.date(2025, 12, 17), 1, "on Wednesday")


def test_every_cue_in_a_sentence_is_found_with_its_offset():
    text = "On December 12 and again last week, drones hit the port."
    cues = find_cues(text, dt.date(2025, 12, 18))
    assert [(c.text, c.date, c.precision) for c in cues] == [
        ("December 12", dt.date(2025, 12, 12), 1),
        ("last week", dt.date(2025, 12, 11), 2),
    ]
    for c in cues:
        assert text[c.start : c.start + len(c.text)] == c.text


def test_a_date_after_a_clause_break_belongs_to_the_next_clause():
    text = "In October, drones hit the refinery at Afipsky, and on December 9 the army said it struck Tuapse."
    published = dt.date(2025, 12, 18)
    d, precision, _ = event_date(text, text.index("Afipsky"), published)
    assert (d.month, precision) == (10, 3)
    d, precision, _ = event_date(text, text.index("Tuapse"), published)
    assert (d, precision) == (dt.date(2025, 12, 9), 1)


def test_last_year_is_a_year_back():
    (cue,) = find_cues("The plant was damaged last year.", dt.date(2025, 12, 18))
    assert (cue.date.year, cue.precision) == (2024, 3)


def test_the_day_a_source_spoke_is_not_the_day_of_the_attack():
    # published on a Thursday: "said on Wednesday morning" is when the governor spoke, so no cue
    text = "Two people were wounded in the attack, Mykolaiv Governor Vitalii Kim said on Wednesday morning."
    assert find_cues(text, dt.date.fromisoformat(THURSDAY)) == []


def test_said_last_month_still_bounds_what_was_said():
    text = "Moscow said last month that its troops had taken the town."
    assert [c.precision for c in find_cues(text, dt.date.fromisoformat(THURSDAY))] == [3]


def test_the_third_time_this_month_counts_strikes_and_dates_none():
    text = "Drones hit the Novokuibyshevsk refinery overnight, for the third time this month."
    assert find_cues(text, dt.date.fromisoformat(THURSDAY)) == []


def test_since_a_month_is_when_a_state_began_not_the_day_of_the_act(extractor):
    assert date_of(
        extractor,
        "Russian troops captured Kurakhove, a town they had been attacking since October, the ministry said "
        "on Wednesday.",
    ) == ("2025-12-17", 1)


def _cue(text: str, published: str = THURSDAY) -> tuple[str, int]:
    (cue,) = find_cues(text, dt.date.fromisoformat(published))
    return cue.date.isoformat(), cue.precision


@pytest.mark.parametrize(
    "text, want",
    [
        # the part of a month: about the middle of its ten days, known to the week
        ("Militia fighters overran the garrison at Kutum in late August.", ("2025-08-26", 2)),
        ("The army retook the airport in early September after weeks of fighting.", ("2025-09-05", 2)),
        ("Shelling of the market resumed in mid-November.", ("2025-11-15", 2)),
        ("Shelling of the market resumed in mid November.", ("2025-11-15", 2)),
        ("Troops pulled out of the town at the end of July.", ("2025-07-28", 2)),
        # a month of last year, said so
        ("Drones set the terminal ablaze in October last year.", ("2024-10-15", 3)),
        ("Troops left the bridgehead in late March of last year.", ("2024-03-26", 2)),
        # a part of this month still to come is no later than the report
        ("Drones struck the depot in late December.", ("2025-12-18", 2)),
    ],
)
def test_early_mid_and_late_in_a_month_are_that_part_of_it(text, want):
    assert _cue(text) == want


@pytest.mark.parametrize(
    "text, published, want",
    [
        # the month before publication, not fifteen days back (6 January is still this month)
        (
            "Kyiv said last month that its forces had withdrawn from the village.",
            "2026-01-21",
            ("2025-12-15", 3),
        ),
        (
            "Moscow claimed late last month that its troops had taken the town.",
            "2026-02-10",
            ("2026-01-26", 2),
        ),
        # the days of this week before the report: published on a Friday, Monday to Thursday
        ("A drone struck a bus depot earlier this week.", "2025-12-19", ("2025-12-16", 2)),
        # the last Saturday and Sunday, from a Monday's report
        ("Shelling over the weekend killed three people in the town.", "2025-12-22", ("2025-12-20", 2)),
        ("Shelling at the weekend killed three people in the town.", "2025-12-22", ("2025-12-20", 2)),
        # a week back, known to the week; late last week, the end of the calendar week before this one
        ("Artillery hit the bridge last week.", "2025-12-23", ("2025-12-16", 2)),
        ("Artillery hit the bridge late last week.", "2025-12-23", ("2025-12-20", 2)),
        ("Artillery hit the bridge four days ago.", "2025-12-23", ("2025-12-19", 1)),
        ("Artillery hit the bridge a few days ago.", "2025-12-23", ("2025-12-20", 2)),
        ("Artillery hit the bridge two weeks ago.", "2025-12-23", ("2025-12-09", 2)),
    ],
)
def test_spans_of_the_calendar_are_counted_from_the_report(text, published, want):
    assert _cue(text, published) == want


def test_a_cue_inside_a_longer_one_is_not_a_second_cue():
    # "earlier this month" holds "this month"; "last weekend" is no weekday
    cues = find_cues("Drones hit the port earlier this month and again last weekend.", dt.date(2025, 12, 18))
    assert [c.text for c in cues] == ["earlier this month", "last weekend"]


def test_a_capture_claimed_last_month_is_dated_in_that_month(extractor):
    e = only_event(
        extractor,
        "Russia's Defence Ministry said last month that its forces had captured the village of Kupiansk-Vuzlovyi.",
        published="2026-01-14",
    )
    assert e.event_date.startswith("2025-12") and e.time_precision == 3


def test_since_a_month_when_an_act_happened_dates_that_act(extractor):
    """'since June 2024' alone starts a period; followed by 'when' it tells an act of that month."""
    e = only_event(
        extractor,
        "It was the deadliest attack on the region since June 2024, when a Russian missile strike on Kryvyi Rih "
        "killed 11 people.",
        published="2025-12-20",
    )
    assert e.event_date.startswith("2024-06") and e.time_precision == 3


@pytest.mark.parametrize(
    "text, published, want",
    [
        (
            "Russian drones hit a bakery in Kherson on Christmas Day, the governor said.",
            "2025-12-27",
            "2025-12-25",
        ),
        ("A drone struck a cafe in Khorly in the early hours of New Year’s Day.", "2026-01-03", "2026-01-01"),
        ("Missiles hit Odesa's port on New Year's Eve.", "2026-01-02", "2025-12-31"),
        ("Shelling hit Nikopol on Christmas Eve.", "2025-12-30", "2025-12-24"),
    ],
)
def test_a_holiday_is_its_day(text, published, want):
    assert _cue(text, published) == (want, 1)


def test_the_holidays_around_a_day_are_known_to_the_week():
    text = "Russian drones pounded Kyiv over the Christmas holidays, officials said."
    assert _cue(text, "2025-12-29") == ("2025-12-25", 2)
