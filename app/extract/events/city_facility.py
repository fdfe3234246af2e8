"""app.extract.events.city_facility: a plant told as the city's ('Ukrainian drones attacked an oil refinery in
the southern Russian city of Saratov', then 'the General Staff said its drones had hit the Saratov refinery') is
the strike the article told at that city that day, not a second one beside it."""

from __future__ import annotations

import re

from app.extract.events.draft import Draft
from app.extract.resolve import _km

# how far from the city's point a plant may lie and still be the city's: one on its edge, or (bearing the city's
# name, "the Volgograd refinery" in the Krasnoarmeysky district) one in its outer districts
CITY_REACH_KM = 15.0
NAMESAKE_REACH_KM = 30.0


def _generic(name: str) -> str | None:
    """The generic word a facility's name ends with ('Saratov refinery' -> 'refinery')."""
    words = name.split()
    return words[-1].lower() if len(words) > 1 else None


def city_of_facility(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The city event d, a facility's, restates: told before it, the same day and type, within reach, and either
    the facility bears the city's name ('the Saratov refinery') or the city's sentence tells a plant of its kind
    ('an oil refinery in ... Saratov')."""
    c = d.res.cand
    if c.kind != "facility":
        return None
    generic = _generic(c.name)
    for m in drafts:
        mc = m.res.cand
        if m is d or mc.kind not in ("settlement", "capital") or m.event_type != d.event_type:
            continue
        km = _km(mc.lat, mc.lon, c.lat, c.lon)
        named_after = c.name.lower().startswith(mc.name.lower() + " ") and km <= NAMESAKE_REACH_KM
        # "struck the Saratov refinery on the night of December 16 to 17", then the governor's "debris damaged
        # infrastructure in Saratov": a plant bearing the city's name is the city's strike told again even
        # when the city comes after it, a night apart (a night spans two dates)
        if (m.sent_no > d.sent_no or m.date != d.date) and not (
            named_after and abs((m.date - d.date).days) <= 1
        ):
            continue
        of_its_kind = (
            generic is not None
            and km <= CITY_REACH_KM
            and re.search(rf"\b{re.escape(generic)}", m.sentence, re.I) is not None
        )
        if named_after or of_its_kind:
            return m
    return None
