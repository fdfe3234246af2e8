"""app.extract.events.toll_update: a sentence that tells only the new toll of an act told before at its place
("Two more people died of their wounds the next day in Dilling hospital, bringing the death toll from the
shelling to seven") updates that act's toll instead of coding a second event on the day of the deaths."""

from __future__ import annotations

import re

from app.extract.events.draft import Draft

# "the death toll from the shelling", "the toll from Tuesday's strike": the act named only as what the toll is from
_TOLL_FROM_THE = re.compile(
    r"\b(?:death\s+)?toll\s+(?:from|of|in)\s+(?:the|that|this|[\w\-]+[’']s)\s+(?:[\w\-]+\s+){0,2}?$", re.I
)


def toll_of_the_act_told(sentence: str, spans, made: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """'Two more people died of their wounds the next day in Dilling hospital, bringing the death toll from the
    shelling to seven': every act word stands after 'the toll from the', so the sentence tells the toll of an act
    told before at that place, not an act of its own (the day is the deaths', not the attack's). That act takes
    the figures as its new toll; the sentence adds no event."""
    if not made or not all(_TOLL_FROM_THE.search(sentence, max(0, a - 40), a) for a, _b in spans):
        return made
    out = []
    for d in made:
        told = [
            e for e in drafts if e.res.cand.place_id == d.res.cand.place_id and e.event_type == d.event_type
        ]
        if not told:
            out.append(d)
            continue
        act = told[-1]
        for field in ("fatalities", "injured"):
            new = getattr(d, field)
            if new is not None and (getattr(act, field) is None or new > getattr(act, field)):
                setattr(act, field, new)
    return out
