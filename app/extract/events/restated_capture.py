"""app.extract.events.restated_capture: a capture the article tells again, in a quote or a follow-up, with a day
of its own ('M23 said Wednesday they had taken Uvira', then '"Uvira is now liberated," ... the fighters had
entered the city on Tuesday evening') is the one capture: a place changes hands once in a story, so the same
side taking it again a day apart is the first telling restated, not a second event."""

from __future__ import annotations

from app.extract.events.draft import Draft
from app.extract.events.trigger import BATTLES
from app.extract.resolve import _km

# the same place: its point (or, read by two surfaces, two points of it) within this distance
SAME_PLACE_KM = 1.0
# a day apart at most: the day a side said it took the place and the evening it entered it
DAYS_APART = 1


def _capture(d: Draft) -> bool:
    return d.event_type == BATTLES and d.trigger == "capture"


def first_telling(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The capture told before d, of the same place by the same side within a day of it, that d restates."""
    if not _capture(d) or d.actor1 is None:
        return None
    c = d.res.cand
    for m in drafts:
        if m is d:
            return None  # only one told before d
        mc = m.res.cand
        if (
            _capture(m)
            and m.actor1 == d.actor1
            and abs((m.date - d.date).days) <= DAYS_APART
            and _km(mc.lat, mc.lon, c.lat, c.lon) <= SAME_PLACE_KM
        ):
            return m
    return None
