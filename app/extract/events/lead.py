"""app.extract.events.lead: a wire story's datelined lead sums up what its paragraphs then tell one by one
('GAZA (Reuters) - Israeli strikes killed nine ..., while Israel said a soldier had been wounded by militant
fire in Rafah'). A place the lead names that a later paragraph tells as another kind of event on the same day
('In Rafah, ... gunmen opened fire at troops ... and soldiers returned fire') is that later event, summed up: not
a second one of the lead's kind. The lead's figures go to the later event when it has none of its own."""

from __future__ import annotations

import re

from app.extract.events.draft import Draft

# the dateline of wire copy: "GAZA/CAIRO, Jan 8 (Reuters) -", "BEIRUT (AFP) –", "GOMA, Congo (AP) —"
_DATELINE = re.compile(r"\((?:Reuters|AP|AFP)\)\s*[-–—]")


def _told_again(d: Draft, drafts: list[Draft]) -> Draft | None:
    for e in drafts:
        if (
            e is not d
            and e.block_no > d.block_no
            and e.res.cand.place_id == d.res.cand.place_id
            and e.date == d.date
            and e.event_type != d.event_type
        ):
            return e
    return None


def lead_summary(d: Draft, drafts: list[Draft]) -> bool:
    """d is told only in the datelined lead and a later paragraph tells another kind of event at its place that
    day (which takes the lead's figures when it has none)."""
    if not _DATELINE.search(d.sentence):
        return False
    e = _told_again(d, drafts)
    if e is None:
        return False
    has_toll = d.fatalities is not None or d.injured is not None
    if has_toll and (e.fatalities is not None or e.injured is not None):
        return False  # both counted: two events
    if has_toll:
        e.fatalities, e.injured = d.fatalities, d.injured
    return True
