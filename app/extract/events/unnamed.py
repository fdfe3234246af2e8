"""app.extract.events.unnamed: stage 2's fallbacks, where an act happened when its sentence names no place
of it — the capital a phrase means ('the Ukrainian capital'), the country whose air defence speaks, the
country that defends against drones another side launched."""

from __future__ import annotations

import re

from app.extract.events.place import PLACE_ROLE_KINDS
from app.extract.events.trigger import Trigger
from app.extract.resolve import DEMONYMS, Resolved
from app.extract.spot import Spot

_I = re.I


def defender_country(items: list[Resolved], side: str | None) -> list[Resolved]:
    """A shoot-down that names no place ('Ukraine's air force said 98 drones were shot down'): over the country
    of the side whose air defence speaks, known at country level (geo_precision 3)."""
    if side is None:
        return []
    return [r for r in items if r.cand.kind == "country" and r.cand.country_code == side][:1]


_LAUNCHED = re.compile(r"\b(?:launched|fired|sent)\b", _I)


def defended_country(sent, trig: Trigger, block_sentences, side: str | None, geocoder) -> list[Resolved]:
    """A shoot-down told with no place and no attack just before it in the paragraph ('Russia launched 84
    drones ..., the Air Force said. Air defence units shot down 61 of them.'): over the country of the side
    that defends — the speaker's, else the one opponent of the side that launched them — at country level."""
    from app.extract.events.actors import last_side_before, opponents

    if side is None:
        for s in reversed([s for s in block_sentences if s.start <= sent.start]):
            m = _LAUNCHED.search(s.text)
            if m is not None:
                rivals = opponents(last_side_before(s.text, m.start(), window=120))
                side = rivals[0] if len(rivals) == 1 else None
                break
    if side is None:
        return []
    gaz = geocoder.gaz
    ci = gaz.country_place(side)
    if ci is None:
        return []
    found = [c for c in geocoder.search(gaz.names[ci], country=side, limit=3) if c.kind == "country"]
    if not found:
        return []
    at = sent.start + trig.spans[0][0]
    spot = Spot(at, at, "", found[0].name.lower(), sent)  # no name in the text: nothing to highlight
    return [Resolved(spot, found[0], [], True)]


# "the Ukrainian capital", "Yemen's rebel-held capital" (one lower-case word may qualify it)
_CAPITAL = re.compile(
    r"\b(?:the\s+)?(?P<dem>[A-Z][a-z]+)(?:[’']s)?\s+(?:[a-z][\w\-]*\s+)?capital\b(?!,\s+[A-Z])"
)


def capital_phrase(sent, trig: Trigger, geocoder) -> Resolved | None:
    """'a massive bombardment of the Ukrainian capital': the capital is the place, though it goes unnamed."""
    if trig.kind in PLACE_ROLE_KINDS:
        return None
    m = _CAPITAL.search(sent.text)
    if not m:
        return None
    word = m.group("dem")
    cc = DEMONYMS.get(word.lower())
    if cc is None:
        h = geocoder.parse_hint(word)
        cc = h.country if h is not None and h.admin1 is None else None
    if cc is None:
        return None
    gaz = geocoder.gaz
    caps = [int(i) for i in gaz.capitals if str(gaz.country_code[i]) == cc]
    if not caps:
        return None
    found = geocoder.search(gaz.names[caps[0]], country=cc, limit=1)
    if not found:
        return None
    a, b = sent.start + m.start(), sent.start + m.end()
    spot = Spot(a, b, m.group(0), found[0].name.lower(), sent)
    return Resolved(spot, found[0], [], True)


_PART_BEFORE = re.compile(
    r"\b(?:northern|southern|eastern|western|central|north-?eastern|north-?western|"
    r"south-?eastern|south-?western)\s+$",
    _I,
)
# a region named as its town plus one of these words is an administrative unit ("Kharkiv Oblast"): "central
# Kharkiv" is the city's centre; "central Gaza" is the middle of the Gaza Strip
_ADMIN_WORDS = re.compile(
    r"\b(?:oblast|region|province|governorate|state|krai|kray|county|district|raion|prefecture|division)\b",
    _I,
)


def territory_of_part(text: str, r: Resolved, geocoder) -> Resolved:
    """'In central Gaza, an air strike on a house in the Maghazi camp ...': a part of a territory called by its
    town's name (the Gaza Strip) is that territory, at region level, not the town."""
    c = r.cand
    if c.kind != "settlement" or not c.admin1 or not r.spot.surface:
        return r
    if not _PART_BEFORE.search(text, max(0, r.spot.start - 20), r.spot.start):
        return r
    name = c.admin1
    if not name.lower().startswith(r.spot.surface.lower() + " ") or _ADMIN_WORDS.search(name):
        return r
    found = [x for x in geocoder.search(name, country=c.country_code, limit=3) if x.kind == "region"]
    return Resolved(r.spot, found[0], [], False) if found else r
