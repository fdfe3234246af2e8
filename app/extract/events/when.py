"""app.extract.events.when: stage 3, when it happened — the date cue nearest the place in the sentence
(app.extract.dates), else the day a running story is about, else the day before publication."""

from __future__ import annotations

import datetime as dt
import re

from app.extract.dates import event_date, find_cues
from app.extract.events.toll import bounds_a_period

_I = re.I
_EARLIER = re.compile(
    r"\b(?:just\s+|only\s+)?(?P<n>a|an|one|two|three|four|five|several|a\s+few|few)?\s*(?P<unit>days?|hours?|weeks?)\s+after\b",
    _I,
)
_FEW = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def place_date(sentence: str, anchor: int, published: dt.date) -> tuple[dt.date, int]:
    """(date, time_precision) of an event named at offset `anchor` of the sentence."""
    d, precision, _cue = event_date(sentence, anchor, published)
    return d, precision


# how many days before publication a day may lie and still be the news of the report, not its background
NEWS_WINDOW = 3
# the story goes on the same day ('Later the same day, drones hit ...'), or a day after or before the day told
_SAME_DAY = re.compile(
    r"\b(?:(?:later|earlier)\s+(?:on\s+)?(?:that|the\s+same)\s+(?:day|night|evening|morning)|the\s+same\s+day|"
    r"(?:later|earlier)\s+that\s+day|hours\s+(?:later|earlier|before)|that\s+(?:night|evening))\b",
    _I,
)
# counted from the day told: "the next day", "two days later", "a week earlier", "the previous day"
_COUNTED = re.compile(
    r"\b(?:the\s+(?P<next>next|following)\s+day|the\s+(?P<prev>previous)\s+day|the\s+day\s+(?P<rel>after|before)|"
    r"(?P<n>an?|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+(?P<dir>later|earlier))\b",
    _I,
)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# a sentence that turns to another strand of the news: not the background day just told
_TURN = re.compile(
    r"^\W*(?:meanwhile|elsewhere|separately|in\s+(?:other|separate)\s+(?:developments|news|incidents?)|"
    r"on\s+the\s+ground)\b",
    _I,
)
# "overnight" alone, not an adjective ("an overnight attack", "Saturday's overnight strikes")
_OVERNIGHT = re.compile(r"(?<!\ban\s)(?<!\bthe\s)(?<!'s\s)(?<!\u2019s\s)\bovernight\b", _I)


class StoryDate:
    """The day a running story is about, once a sentence names one: later sentences without a date of their
    own are about that day ('On Tuesday, drones hit X. A fire broke out at Y.'). A new bullet starts afresh.

    A day carries on through its paragraph; into a later paragraph only when it is news (within NEWS_WINDOW
    days of publication). A paragraph after a background day ('The war, triggered by the attack of Oct. 7,
    2023, ...') is about the report's news day (the first recent day the article names), or, with none, the
    day before publication. 'Later the same day' carries the day told across paragraphs, 'the next day' and
    'two days later' / 'a week earlier' count from it;
    'Meanwhile', 'Elsewhere' and an adverbial 'overnight' do not take a background day."""

    def __init__(self, published: dt.date | None = None) -> None:
        self.published = published
        self.day: tuple[dt.date, int] | None = None
        self.block = -1  # the paragraph the day was told in
        self.news: tuple[dt.date, int] | None = None  # the first recent day the article names

    def reset(self) -> None:
        self.day = None

    def cues(self, sentence: str, published: dt.date):
        cues = find_cues(sentence, published)
        # "... have been killed since the ceasefire took effect on Oct. 10": the start of a tally's period is
        # no day the story goes on about
        return cues, [c for c in cues if c.precision == 1 and not bounds_a_period(sentence, c.start)]

    def note(self, day_cues, block: int = -1) -> None:
        if day_cues:
            self.day, self.block = (day_cues[0].date, 1), block
            if self.news is None and self._recent(day_cues[0].date):
                self.news = self.day

    def _recent(self, day: dt.date) -> bool:
        return self.published is None or -1 <= (self.published - day).days <= NEWS_WINDOW

    def carried(self, sentence: str, cues, block: int = -1) -> tuple[dt.date, int] | None:
        """The day a sentence without a date of its own (or with only 'the day before') is about, or None for
        the default (the day before publication)."""
        if self.day is None:
            return None
        counted = _COUNTED.search(sentence)
        if cues and (
            any(c.spoken for c in cues) or not (counted and all(_COUNTED.fullmatch(c.text) for c in cues))
        ):
            return None  # a date of its own ('a day earlier' is one only as the find_cues default)
        if counted:
            return _count_from(self.day[0], counted)
        if _SAME_DAY.search(sentence):
            return self.day
        if self._recent(self.day[0]):
            if _OVERNIGHT.search(sentence) and self.published is not None:
                # the night before the report: the day told only when that is the night's own day
                return self.day if (self.published - self.day[0]).days <= 1 else None
            return self.day
        # a background day: only the rest of its own paragraph, and not a turn to other news
        if block == self.block and not _TURN.search(sentence) and not _OVERNIGHT.search(sentence):
            return self.day
        return self.news


# how far a date of each precision may lie from a day and still be that day (day, week, month)
_SLACK = {1: 1, 2: 7, 3: 31}


def told_before(cues, day: dt.date) -> bool:
    """Every date a sentence names lies well before `day` ('The city was also struck in a missile attack that
    killed 35 people in April', told after Wednesday's strike): an earlier act, not more of that day's."""
    return bool(cues) and all(c.date + dt.timedelta(days=_SLACK.get(c.precision, 1)) < day for c in cues)


def _count_from(day: dt.date, m: re.Match) -> tuple[dt.date, int]:
    """'Two days later' (day + 2), 'a week earlier' (day - 7, week precision), 'the previous day' (day - 1)."""
    if m.group("next") or m.group("rel") == "after":
        return day + dt.timedelta(days=1), 1
    if m.group("prev") or m.group("rel"):
        return day - dt.timedelta(days=1), 1
    n = _COUNT.get(m.group("n").lower()) or int(m.group("n"))
    week = m.group("unit").lower().startswith("week")
    back = -1 if m.group("dir").lower() == "earlier" else 1
    return day + dt.timedelta(days=back * n * (7 if week else 1)), 2 if week else 1


def earlier_by(sentence: str) -> tuple[int, int] | None:
    """'..., days after a car bomb killed a general there': (offset where the earlier event is told, days back)."""
    m = _EARLIER.search(sentence)
    if not m:
        return None
    n = _FEW.get((m.group("n") or "").lower().replace("a few", "few"), 3)
    unit = m.group("unit").lower()
    days = 0 if unit.startswith("hour") else n * (7 if unit.startswith("week") else 1)
    return m.end(), days
