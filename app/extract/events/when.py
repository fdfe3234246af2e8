"""app.extract.events.when: stage 3, when it happened — the date cue nearest the place in the sentence
(app.extract.dates), else the day a running story is about, else the day before publication."""

from __future__ import annotations

import datetime as dt
import re

from app.extract.dates import event_date, find_cues

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


class StoryDate:
    """The day a running story is about, once a sentence names one: later sentences without a date of their
    own are about that day ('On Tuesday, drones hit X. A fire broke out at Y.'). A new bullet starts afresh."""

    def __init__(self) -> None:
        self.day: tuple[dt.date, int] | None = None

    def reset(self) -> None:
        self.day = None

    def cues(self, sentence: str, published: dt.date):
        cues = find_cues(sentence, published)
        return cues, [c for c in cues if c.precision == 1]

    def note(self, day_cues) -> None:
        if day_cues:
            self.day = (day_cues[0].date, 1)


def earlier_by(sentence: str) -> tuple[int, int] | None:
    """'..., days after a car bomb killed a general there': (offset where the earlier event is told, days back)."""
    m = _EARLIER.search(sentence)
    if not m:
        return None
    n = _FEW.get((m.group("n") or "").lower().replace("a few", "few"), 3)
    unit = m.group("unit").lower()
    days = 0 if unit.startswith("hour") else n * (7 if unit.startswith("week") else 1)
    return m.end(), days
