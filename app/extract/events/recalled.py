"""app.extract.events.recalled: an act a sentence recalls at another place to date its own ('A missile struck
the port of Odesa on Wednesday, killing two workers, days after a strike on a ferry in Izmail killed eight') is
an event of its own: its type, its toll and its day come from its own words, counted back from the sentence's.
The places told after 'a day after' belong to that earlier act (not_recalled), and an earlier act 'in the same
area' is a second event at the place just told (earlier_at_same_place)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.extract.dates import find_cues
from app.extract.events.draft import Draft, make_draft
from app.extract.events.toll import counts_for, event_counts
from app.extract.events.trigger import Trigger, find_trigger
from app.extract.events.when import earlier_by
from app.extract.numbers import find_counts
from app.extract.resolve import Resolved


@dataclass(frozen=True, slots=True)
class Recall:
    at: int  # offset in the sentence where the recalled act is told
    days: int  # how many days before the sentence's own act
    head: Trigger  # what the sentence's own part tells
    tail: Trigger  # what the recalled part tells (spans in sentence offsets)
    dated: bool  # the recalled part names its own date


def recall_in(sentence: str, offset: int, targets: list[Resolved], published: dt.date) -> Recall | None:
    """The recalled act of the sentence when places of the act stand on both sides of 'days after' and both
    sides tell an act."""
    found = earlier_by(sentence)
    if found is None:
        return None
    at, days = found
    if not any(t.spot.start - offset < at for t in targets) or not any(
        t.spot.start - offset >= at for t in targets
    ):
        return None
    head, tail = find_trigger(sentence[:at]), find_trigger(sentence[at:])
    if head is None or tail is None:
        return None
    tail = Trigger(
        tail.kind, tail.event_type, tail.sub_event_type, tuple((a + at, b + at) for a, b in tail.spans)
    )
    dated = any(c.start >= at for c in find_cues(sentence, published))
    return Recall(at, days, head, tail, dated)


def is_recalled(r: Recall, t: Resolved, offset: int) -> bool:
    return t.spot.start - offset >= r.at


def date_back(r: Recall, drafts: list, offset: int) -> None:
    """The recalled places' drafts take the day of the sentence's own act less the days told, unless their part
    names its own date."""
    own = [d for d in drafts if not is_recalled(r, d.res, offset)]
    if r.dated or not own:
        return
    for d in drafts:
        if is_recalled(r, d.res, offset):
            d.date = own[0].date - dt.timedelta(days=r.days)
            d.precision = 1 if r.days <= 2 else 2


def counts_by_part(r: Recall, sentence: str, offset: int, targets: list[Resolved], violent) -> dict:
    """counts_for (toll.py) over each part on its own: 'killing two workers, days after ... killed eight' gives
    the two to the sentence's own place and the eight to the recalled one."""
    head = [t for t in targets if not is_recalled(r, t, offset)]
    tail = [t for t in targets if is_recalled(r, t, offset)]
    return {
        **counts_for(sentence[: r.at], offset, head, violent),
        **counts_for(sentence[r.at :], offset + r.at, tail, violent),
    }


_SAME_PLACE = re.compile(
    r"\b(?:the\s+same\s+(?:area|place|city|district|street|neighbou?rhood)|there|the\s+capital)\b", re.I
)


def not_recalled(sent, targets: list[Resolved], spans) -> list[Resolved]:
    """'Israeli jets struck Yemen's capital, killing eight, a day after a Houthi drone slammed into Eilat': the
    places of the act told after 'a day after' belong to that earlier act, not to the one the sentence opens
    with (an earlier act at the same place is earlier_at_same_place's)."""
    recalled = earlier_by(sent.text)
    if recalled is None or spans[0][0] >= recalled[0]:
        return targets
    counts = event_counts(sent.text)
    if not counts or any(c.start >= recalled[0] for c in counts):
        return targets  # "The attack came a day after an attack in X killed two": X's own toll, X's own event
    return [t for t in targets if t.spot.start - sent.start < recalled[0]]


def earlier_at_same_place(sent, made: list[Draft], speaker, sentences, published) -> list[Draft]:
    """'An explosion in Moscow killed three people, days after a car bomb killed a general in the same
    area of the capital': a second, earlier event at the same place, with its own type, date and toll."""
    earlier = earlier_by(sent.text)
    if earlier is None or not made:
        return []
    at, days = earlier
    tail = sent.text[at:]
    trig = find_trigger(tail)
    counts = find_counts(tail)
    if trig is None or not counts or not _SAME_PLACE.search(tail):
        return []
    if any(d.res.spot.start - sent.start >= at for d in made):
        return []  # the earlier event names its own place: the ordinary path handles it
    base = made[0]
    killed = next((c.n for c in counts if c.what == "killed"), None)
    injured = next((c.n for c in counts if c.what == "injured"), None)
    d = make_draft(base.res, trig, sent, published, (killed, injured), speaker, sentences)
    d.date = base.date - dt.timedelta(days=days)
    d.precision = 1 if days <= 1 else 2
    return [d]
