"""app.extract.events.qualified: a place named only to say where the place before it lies. 'The Kacha airfield
in Crimea', 'Klintsy in the Bryansk region': the region qualifies the facility or the town. 'The Kupiansk
district of Kharkiv': the raion is the Kharkiv region's, 100 km from the city, and Kharkiv only names the
region it belongs to. The place before keeps the event; the qualifier makes none of its own — whatever
administrative unit the gazetteer files each under (it files Crimea's airfields under Sevastopol). Also a
region that opens the sentence to set the scene ('In South Darfur, ... in Nyala'), a region whose capital the
town before is ('Nyala, the South Darfur capital'), and a name the text calls a
province read as a town ('the air base in the western province of Anbar')."""

from __future__ import annotations

import re

from app.extract.neighbourhoods import PART_KM
from app.extract.resolve import Resolved, _km

_I = re.I
# kinds of place a name may stand before ("the Belbek air base in", "the Novoshakhtinsk refinery in")
_PLACE_NOUN = (
    r"air\s?base|airbase|airfield|airport|base|port|seaport|harbou?r|refinery|plant|factory|depot|terminal|"
    r"station|substation|bridge|dam|arsenal|facility|complex|hub|village|town|city|settlement|hamlet|"
    r"community|hromada|municipality"
)
_DIVISION = r"district|raion|rayon|county|municipality|hromada|community|township"
# the words between the qualified place and its qualifier: at most a place noun, then "in"/"of" and what may
# stand before a region's name ("in Russia's", "in the occupied", "of the southern"); no "and", no verb
_GAP = re.compile(
    rf"^(?:\s+(?:{_PLACE_NOUN}))?,?\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w\-]*[’']s\s+)?"
    r"(?:(?:occupied|annexed|russian-occupied|[a-z]+ern|central|frontline|front-line|border)\s+){0,2}$"
)
_DIVISION_GAP = re.compile(rf"^\s+(?:{_DIVISION})\s+of\s+(?:the\s+)?$", _I)
_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?$", _I)  # after a name spotted with its word ("Izium district")
_ENDS_IN_DIVISION = re.compile(rf"\b(?:{_DIVISION})$", _I)


def only_qualifies(text: str, items: list[Resolved], k: int) -> bool:
    """Whether items[k] only says where items[k-1] lies: a region right after a place ('X air base in
    Crimea'), or any place after '<X> district of' when X is not a part of that city (a raion of its
    region). Countries are left to the country rules."""
    if k == 0:
        return False
    prev, r = items[k - 1], items[k]
    if "country" in (prev.cand.kind, r.cand.kind):
        return False
    gap = text[prev.spot.end : r.spot.start]
    if len(gap) > 60:
        return False
    if _DIVISION_GAP.match(gap) or (_OF_GAP.match(gap) and _ENDS_IN_DIVISION.search(prev.spot.surface)):
        # "the Shejaiya district of Gaza" is the city's own part (at the city): the city stays the place
        return r.cand.kind == "region" or _km(prev.cand.lat, prev.cand.lon, r.cand.lat, r.cand.lon) > PART_KM
    if prev.cand.kind != "region" and r.cand.kind in ("region", "other") and _capital_of(text, gap, r):
        return True  # "Nyala, the South Darfur capital", "Kadugli, capital of South Kordofan state"
    if prev.cand.kind == "region" or _GAP.match(gap) is None:
        return False
    # "near Polohy in occupied Zaporizhzhia": the region named like its capital, read as the city
    return r.cand.kind == "region" or _names_the_region_of(r, prev)


# "South Darfur" may be spotted as "Darfur": its compass word then stands in the gap
_COMPASS = r"(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral|[A-Za-z]+ern)\s+)?"
# a town told as the capital of the region named next: "Nyala, the South Darfur capital", "Kadugli, capital of
# South Kordofan", "Sittwe, the Rakhine state capital"
_CAPITAL_OF_GAP = re.compile(
    r"^,\s+(?:the\s+)?(?:(?:state|regional|provincial|administrative)\s+)?(?:capital|main\s+city|largest\s+city)\s+"
    rf"of\s+(?:the\s+)?{_COMPASS}$"
)
_THE_GAP = re.compile(rf"^,\s+the\s+{_COMPASS}$")
_CAPITAL_AFTER = re.compile(r"\s+(?:(?:state|region|regional|province|provincial|oblast)\s+)?capital\b")


def _capital_of(text: str, gap: str, r: Resolved) -> bool:
    return bool(_CAPITAL_OF_GAP.match(gap)) or (
        bool(_THE_GAP.match(gap)) and bool(_CAPITAL_AFTER.match(text, r.spot.end))
    )


def _names_the_region_of(r: Resolved, prev: Resolved) -> bool:
    """r, resolved to a town, is written as the name of the region prev lies in (the region named after its
    centre), and prev is no part of that town."""
    region = (prev.cand.admin1 or "").lower()
    written = r.spot.surface.lower()
    return (
        bool(region)
        and bool(written)
        and prev.cand.admin1 == r.cand.admin1
        and region.split()[0] == written
        and _km(prev.cand.lat, prev.cand.lon, r.cand.lat, r.cand.lon) > PART_KM
    )


def names_a_division(r: Resolved, after: str) -> bool:
    """'the Izium district of Kharkiv': the name before 'district of' is the district's own when the gazetteer
    has a division of that name (a raion), unlike 'the Kherson suburb of Antonivka', where it names the city."""
    return re.match(rf"\s+(?:{_DIVISION})\b", after, _I) is not None and r.cand.kind in ("other", "region")


# "In South Darfur, ...", "Kherson Oblast: ...": a region that opens the sentence and sets the scene
_INTRO = re.compile(
    r"^\s*(?:(?:In|Across|Over\s+in)\s+(?:the\s+)?)?"
    r"(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)\s+)?$"
)
# "Kupiansk district: in the village of X ...": a governor's summary heads each item with its district, a
# division the gazetteer holds as an area of kind "other" rather than "region"
_INTRO_AFTER = re.compile(
    r"^\s*(?:region|oblast|province|state|governorate|(?P<division>(?i:districts?|raions?|county|township)))?\s*[,:]"
)


def intro_region(text: str, sent, items: list[Resolved], k: int) -> bool:
    """'In South Darfur, an army drone strike ... in the city of Nyala killed five': a region that opens the
    sentence only sets the scene when the sentence names a town of the same country after it."""
    r = items[k]
    if r.cand.kind not in ("region", "other") or not _INTRO.match(text[sent.start : r.spot.start]):
        return False
    after = _INTRO_AFTER.match(text[r.spot.end : r.spot.end + 20])
    if after is None or (r.cand.kind == "other" and not after.group("division")):
        return False
    return any(
        o.spot.start > r.spot.end
        and o.cand.kind in ("settlement", "facility")
        and o.cand.country_code == r.cand.country_code
        for o in items
    )


def typed_region_misread(text: str, items: list[Resolved], k: int) -> bool:
    """'the air base in the western province of Anbar': the text calls the name a province, so a town found
    for it (a village in another country) is a misreading; after a place it only qualifies that place."""
    r = items[k]
    if getattr(r.spot, "typed", None) != "region" or r.cand.kind in ("region", "country") or k == 0:
        return False
    gap = text[items[k - 1].spot.end : r.spot.start]
    return len(gap) < 60 and _TYPED_REGION_GAP.search(gap) is not None


_TYPED_REGION_GAP = re.compile(r"\b(?:in|of)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}$", _I)
