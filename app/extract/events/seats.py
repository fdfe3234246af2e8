"""app.extract.events.seats: where who speaks sits or spoke from ("officials in X said", "Belgorod Governor ...
said", "said on national television from Kyiv"), which is no place of the act they tell; and the facility a
confirming sentence points back to ("the refinery")."""

from __future__ import annotations

import re

from app.extract.events.lexicons import word_pattern
from app.extract.resolve import Resolved, _km

_I = re.I
# the civil officials of a town or region (attribution.yaml place_officials): who speaks for the place hit
PLACE_OFFICIALS = word_pattern("attribution", "place_officials")
# "said on national television from Kyiv", "speaking by video link from Lviv": where the speaker was
_SPOKE_FROM = (
    r"\b(?:speaking|spoke|television|TV|broadcast|video(?:\s+(?:address|link))?|briefing|interview)\s+"
    r"(?:\w+\s+){0,3}?from\s+(?:the\s+)?$"
)
SPEAKER_PLACE_BEFORE = re.compile(
    r"\b(?:speaking|spoke|briefing|reporters|said|says|told|conference|interview|visit|visiting|summit|meeting|talks)\s+"
    r"(?:\w+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$|"
    r"\b(?:claims?|statement|announcement|accusations?|allegations?)\s+by\s+$|"
    # "a resistance member told The Irrawaddy", "a source told Sudan Tribune": whom it was told (an outlet)
    r"\btold\s+(?:the\s+)?$|"
    r"(?:" + _SPOKE_FROM + r")|"
    r"\b(?:head(?:ed|ing)?|travel(?:l)?(?:ed|ing)?|flew|flying|arrived|arriving|on\s+(?:his|her|their)\s+way)\s+(?:to|in|for)\s+(?:the\s+)?$",
    _I,
)
# "officials in X said": where the speaker sits, when the sentence names where it happened too
SPEAKER_SEAT_BEFORE = re.compile(
    r"\b(?:officials?|authorities|governor|mayor|administration|police|sources?|spokes(?:man|woman|person)|"
    # "residents in X said", not the victims counted ("killed two residents in X", "three other residents of X")
    r"(?<!\d\s)(?<!\b(?:two|six|ten|few)\s)(?<!\b(?:four|five|nine|more)\s)(?<!\b(?:three|seven|eight|other)\s)"
    r"(?<!\bseveral\s)residents|"
    # "the General Staff in Kyiv said", "the southern command in Odesa": a military seat
    r"general\s+staff|command|headquarters|prosecutors?|"
    # "according to the Ministry of Health in Gaza": the ministry's seat
    r"minist(?:ry|er)(?:\s+of\s+[A-Z][a-z]+)?)\s+"
    r"(?:in|of|from)\s+(?:the\s+)?(?:[\w’'\-]+[’']s\s+)?(?:[a-z\-]+\s+){0,2}$",
    _I,
)
# "Belgorod Governor Vyacheslav Gladkov said": a place in a speaker's title is the speaker's seat
TITLE_AFTER = re.compile(
    # "the Sumy regional military administration said", "Krasnodar's regional operational headquarters"
    # "Donetsk regional Gov. Vadym Filashkin": AP's abbreviation ends in a full stop, so no word boundary after it
    r"(?:[’']s)?\s+(?:(?:regional|city|military|operational|emergency|civil|state)\s+){0,2}(?:(?:governor|mayor|police|"
    r"officials?|authorities|administration|council|head|spokes(?:man|woman|person)|headquarters|prosecutor)\b|"
    r"gov\.(?=\s))",
    _I,
)


_SAME_PLACE_KM = 25


def not_only_a_title(text: str, targets: list[Resolved], block_drafts: list) -> list[Resolved]:
    """'Kramatorsk itself came under attack. Two people were killed when bombs struck a neighborhood, Donetsk
    regional Gov. X said.': when the only places of the sentence are in a speaker's title and its paragraph has
    told an act, the title names who speaks and the act is the one told (at the title's own place, 'Kursk
    Governor X confirmed ...' after a strike on Kursk, it is that event again)."""
    if not block_drafts or not targets or not all(TITLE_AFTER.match(text, t.spot.end) for t in targets):
        return targets
    return [
        t
        for t in targets
        if any(
            _km(t.cand.lat, t.cand.lon, d.res.cand.lat, d.res.cand.lon) < _SAME_PLACE_KM for d in block_drafts
        )
    ]


def speaker_before(before: str) -> bool:
    """`before` ends where a speaker sits or spoke: 'officials in', 'the General Staff in', 'speaking in',
    'said in', 'speaking from'."""
    return bool(SPEAKER_SEAT_BEFORE.search(before) or SPEAKER_PLACE_BEFORE.search(before))


def seat_only(text: str, r: Resolved) -> bool:
    """The place names only the seat of who speaks: 'the Dnipropetrovsk regional administration said',
    "Krasnodar's regional operational headquarters", 'officials in X said'."""
    before = text[max(r.spot.sentence.start, r.spot.start - 60) : r.spot.start]
    return bool(TITLE_AFTER.match(text, r.spot.end) or SPEAKER_SEAT_BEFORE.search(before))


# "confirmed that a fire had broken out at the refinery": what the sentence before named, pointed back to
THE_FACILITY = re.compile(
    r"\bthe\s+(?:[\w\-]+\s+)?(?:refinery|airbase|air\s+base|airfield|terminal|depot|plant|facility|port|base|"
    r"substation|factory|enterprise|oil\s+depot)\b",
    _I,
)


# "debris from a downed drone had started a fire": the shoot-down only says where the debris came from
_DEBRIS_OF_DOWNED = re.compile(
    r"\b(?:debris|fragments?|wreckage|parts)\s+(?:from|of)\s+(?:a|an|the|one)?\s*(?:[\w\-]+\s+){0,2}?"
    r"(?:downed|intercepted|destroyed|shot-down)\s+(?:[\w\-]+\s+)?(?:drones?|uavs?|missiles?|rockets?)\b",
    _I,
)


def damage_at_the_facility(sentence: str) -> bool:
    """The sentence tells what debris of a downed drone did to the facility told before ('debris from a downed
    drone had started a fire on the grounds of the refinery'): the strike there, in the words of the side hit,
    not a shoot-down of its own over the region its speaker governs. Debris at an unnamed site ('ignited a fire
    at an industrial site', the seed's Tula) points back at nothing."""
    return bool(_DEBRIS_OF_DOWNED.search(sentence) and THE_FACILITY.search(sentence))


def about_the_facility(sentence: str, kind: str) -> bool:
    """The sentence of a speaker's seat is about the facility told before ('confirmed a fire at the refinery'),
    not a shoot-down over the region he governs (unless only its debris did the damage there)."""
    return THE_FACILITY.search(sentence) is not None and (
        kind != "shootdown" or damage_at_the_facility(sentence)
    )


def where_the_speaker_was(text: str, r: Resolved) -> bool:
    """'... said on national television from Kyiv', 'officials in X said': the place of who speaks, no scene
    for an act told after it."""
    before = text[max(r.spot.sentence.start, r.spot.start - 60) : r.spot.start]
    return bool(_SPOKE_FROM_BEFORE.search(before) or SPEAKER_SEAT_BEFORE.search(before))


_SPOKE_FROM_BEFORE = re.compile(_SPOKE_FROM, _I)
