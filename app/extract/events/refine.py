"""app.extract.events.refine: an event first told at region level ("an air strike on a market in western
Rakhine state killed 17") whose scene the next sentences name ("The attack hit the town of Kyauktaw", "Dozens
of settlers descended on Turmus Ayya"): the event is the town's, not a marker on the region's centre."""

from __future__ import annotations

import re

from app.extract.events.draft import Draft
from app.extract.events.place import event_places
from app.extract.events.trigger import Trigger

# The act just told, named again with where it happened: "the attack hit", "the strike targeted", "settlers
# descended on", "gunmen stormed", "the bus was hit". Without such words a later town is a new story, or only the speaker's.
_SCENE = re.compile(
    r"\b(?:(?:the|that|this)\s+(?:[\w\-]+\s+)?(?:attack|strike|raid|assault|bombing|blast|explosion|shelling|"
    r"rampage)\s+(?:hit|struck|targeted|happened|took\s+place|occurred|was\s+in)|descended\s+on|"
    # "The bus was hit as it entered the town of X": what the lede said was struck, struck again in its scene
    r"^(?:the|that|this)\s+(?:[\w\-]+\s+){1,2}?(?:was|were)\s+(?:hit|struck|targeted)\b|"
    r"(?:stormed|raided|overran|swept\s+into)\s+(?=(?-i:[A-Z])|the\s+(?:town|village|city)\s+of\b))",
    re.I,
)
REACH = 2  # paragraphs after the region-level one in which its scene may still be told


def scene_of_told(text: str, sent, items: list, drafts: list[Draft], block_no: int) -> bool:
    """Move the last event, told at a region, to the one town of that region this sentence names as its
    scene. True when it did (the sentence has told all it had to tell)."""
    if not items or not drafts:
        return False
    last = drafts[-1]
    region = last.res.cand
    if region.kind != "region" or not 0 <= block_no - last.block_no <= REACH:
        return False
    m = _SCENE.search(sent.text)
    if m is None:
        return False
    trig = Trigger(last.trigger, last.event_type, last.sub_event_type, (m.span(),))
    towns = [
        r
        for r in event_places(text, sent, items, trig, trig.spans)
        if r.cand.kind not in ("country", "region")
        and r.cand.country_code == region.country_code
        and (region.admin1_code is None or r.cand.admin1_code == region.admin1_code)
    ]
    if len(towns) != 1:
        return False
    for d in drafts:
        if d.res is last.res or (d.res.cand == region and d.sentence == last.sentence):
            d.res, d.highlight = towns[0], None
    return True
