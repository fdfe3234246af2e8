"""app.extract.venues: named streets, buildings and grounds the gazetteer does not list ("on Collins Avenue
in Miami Beach", "taken to Colchester General Hospital", "Brooklyn's Barclays Center"), placed at the town
the text puts them in.

A venue is a run of capitalised words ending in a generic head word (Street, Hospital, Stadium, ...). It
is kept when the words around it say it is a place (a preposition such as "at", "on", "to"; an owner such
as "Seoul's") or the model calls it a facility or a place, and only when the text gives the town it lies in:
its owner, a place right after it ("..., Dublin", "... in Geneva"), a known city in its own name ("Manila
Cathedral"), or else the one town the article is about. It is reported as a facility at that town
(geo_precision 2), never as an event place (an event is placed by the town itself), and it is never made up:
no anchor, no venue.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from app.extract.ner import Entity
from app.extract.resolve import Resolved
from app.extract.segment import Document
from app.extract.spot import Spot
from app.gazetteer import normalize
from app.geocode import Candidate, Geocoder

_STREET = r"Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Lane|Boulevard|Blvd\.|Parade|Place|Square"
_BUILDING = (
    r"Hospital|Infirmary|Cathedral|Church|Chapel|Basilica|Mosque|Synagogue|Temple|Stadium|Arena|Centre|Center|"
    r"Hall|Library|Museum|Theatre|Theater|Prison|Jail|Penitentiary|Mall|Park|Racecourse|Raceway|Airport|"
    r"Palace|Tower|Campus|Estate|Plantation|Canal|Inn|Hotel|Bridge|Cemetery|Zoo|Pier|Wharf|Lagoon|Gardens"
)
_HEAD = re.compile(rf"\b(?:{_STREET}|{_BUILDING})(?![\w’'])")
# The words of the name before its head: capitalised words, ordinals ("Third", "14th"), numbers of a
# street address, and the small words inside names ("Mall of Asia", "Palais des Nations").
_WORD = re.compile(r"(?:[A-Z][\w’'\-]*\.?|\d+(?:st|nd|rd|th)?|of|de|des|du|la|le|del|&)$")
_OWNER = re.compile(r"([A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)[’']s$")
_CUE = {
    "at", "in", "on", "to", "into", "from", "near", "outside", "inside", "along", "across", "opposite",
    "behind", "past", "toward", "towards", "through", "via", "off", "down", "up", "onto", "reach", "reached",
    "visit", "visited", "entered", "leaving", "left", "hit", "struck", "shelled", "attacked", "targeted", "bombed",
    "damaged", "destroyed", "stormed", "seized", "captured", "evacuated", "raided",
}  # fmt: skip
_OF_CUE = {"corner", "block", "stretch", "foot", "end", "side", "lot", "grounds", "steps", "gates", "front"}
_NOT_A_NAME = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "From",
    "At",
    "In",
    "On",
    "To",
    "Into",
    "Near",
    "Along",
    "Via",
    "By",
}
# Names with these words are organisations, however their last word reads ("the Pew Research Center").
_ORG_WORDS = {
    "research", "policy", "studies", "study", "strategic", "institute", "university", "college", "school",
    "council", "foundation", "bank", "company", "group", "association", "society", "media", "news", "party",
    "department", "ministry", "agency", "committee", "commission", "law", "legal", "justice", "health",
    "services", "service", "data", "national", "international", "federal", "press", "club", "team", "fc",
}  # fmt: skip
_AFTER_ANCHOR = re.compile(
    r"^\s*(?:\([^()]{1,24}\)\s*)?(?:,\s*(?:in\s+)?(?:the\s+)?|\s+(?:in|near|outside)\s+(?:the\s+)?)$"
)
_NAMED_LABELS = ("FAC", "GPE", "LOC", "ORG")
MAX_VENUE_WORDS = 6


def find_venues(doc: Document, spots: list[Spot], entities: list[Entity] | None) -> list[Spot]:
    """Venue spots (typed "facility", `unknown`) of the document that no other spot overlaps."""
    text = doc.text
    taken = sorted((s.start, s.end) for s in spots)
    # the model names it (as a facility, a place, or an organisation: "Royal Street" is ORG as often as FAC)
    labelled = sorted((e.start, e.end) for e in entities or () if e.label in _NAMED_LABELS)
    out: list[Spot] = []
    for block in doc.blocks:
        if block.kind == "boilerplate":
            continue
        for sent in block.sentences:
            for m in _HEAD.finditer(sent.text):
                span = _name_before(sent.text, m.start(), m.end())
                if span is None:
                    continue
                a, b = sent.start + span[0], sent.start + span[1]
                if any(x < b and a < y for x, y in taken) or (out and out[-1].end > a):
                    continue
                name = text[a:b]
                if {w.lower().strip(".’'") for w in name.split()} & _ORG_WORDS:
                    continue
                before = text[max(sent.start, a - 40) : a]
                if not (_cue_before(before) or any(x < b and a < y for x, y in labelled)):
                    continue
                out.append(
                    Spot(a, b, name, normalize(name), sent, typed="facility", unknown=True, locative=True)
                )
    return out


def _name_before(sent: str, head_start: int, head_end: int) -> tuple[int, int] | None:
    """(start, end) in the sentence of the name ending in the head word, or None when nothing names it."""
    lo = max(0, head_start - 80)
    toks: list[tuple[int, str]] = []
    pos = head_start
    for w in reversed(list(re.finditer(r"\S+", sent[lo:head_start]))):
        token, start = w.group(0), lo + w.start()
        if len(toks) >= MAX_VENUE_WORDS or sent[start + len(token) : pos].strip() or not _WORD.match(token):
            break
        if token.endswith(("’s", "'s")) and not token.endswith(("ren’s", "ren's")):
            break  # an owner ("Seoul's Jamsil Stadium"), not part of the name; "Children's" is
        toks.append((start, token))
        pos = start
    while toks and (toks[-1][1][:1].islower() or toks[-1][1] in _NOT_A_NAME):
        toks.pop()  # a name starts with a capital, and not with the article
    if not toks:
        return None
    return toks[-1][0], head_end


def _cue_before(before: str) -> bool:
    if _OWNER.search(before.rstrip().removesuffix("the").rstrip()):
        return True
    words = before.lower().split()
    words = words[:-1] if words and words[-1] == "the" else words
    if len(words) >= 2 and words[-1] == "of" and words[-2] in _OF_CUE:
        return True  # "the corner of Frenchmen Street", "the 400 block of Assiniboine Avenue"
    return bool(words) and words[-1].strip('"“(') in _CUE


def anchor_venues(
    text: str, venues: list[Spot], resolved: list[Resolved], geocoder: Geocoder
) -> list[Resolved]:
    """Each venue placed at the town the text gives it, as Resolved facility mentions; venues without one
    are left out."""
    if not venues:
        return []
    places = [r for r in resolved if r.cand.kind not in ("country", "region")]
    focus = _focus(resolved)
    out: list[Resolved] = []
    anchored: dict[str, Candidate] = {}
    for v in venues:  # a venue named twice is in one place: the first stated anchor holds for both
        cand = _anchor(text, v, places, geocoder)
        if cand is not None:
            anchored.setdefault(v.key, cand)
    for v in venues:
        cand = anchored.get(v.key) or focus
        if cand is None:
            continue
        why = (f"{v.surface!r} is not in the gazetteer; placed at {cand.name}, where the text puts it",)
        c = replace(cand, kind="facility", geo_precision=2, matched=v.key, why=why)
        out.append(Resolved(v, c, [], False))
    return out


def _focus(resolved: list[Resolved]) -> Candidate | None:
    """The town the article is about: in the country it names most (countries and regions count too), the
    town named most often there, the first named on a tie."""
    countries = Counter(r.cand.country_code for r in resolved if r.cand.country_code)
    if not countries:
        return None
    cc = countries.most_common(1)[0][0]
    towns = [r.cand for r in resolved if r.cand.kind == "settlement" and r.cand.country_code == cc]
    if not towns:
        return None
    count = Counter(c.place_id for c in towns)
    most = max(count.values())
    return next(c for c in towns if count[c.place_id] == most)


def _anchor(text: str, v: Spot, places: list[Resolved], geocoder: Geocoder) -> Candidate | None:
    owner = _OWNER.search(
        text[max(v.sentence.start, v.start - 40) : v.start].rstrip().removesuffix("the").rstrip()
    )
    for r in places:
        s = r.spot
        if owner and s.end <= v.start and normalize(owner.group(1)) == s.key:
            return r.cand  # "Seoul's Jamsil Stadium"
        if v.end <= s.start <= v.end + 40 and _AFTER_ANCHOR.match(text[v.end : s.start]):
            return r.cand  # "the Palais des Nations in Geneva", "the Convention Centre, Dublin"
    words = v.surface.split()
    for k in range(min(3, len(words) - 1), 0, -1):  # "Manila Cathedral", "Dubai World Trade Centre"
        key = normalize(" ".join(words[:k]))
        known = [r.cand for r in places if r.spot.key == key]
        if known:
            return known[0]
        found = geocoder.search(" ".join(words[:k]), limit=1, fuzzy=False)
        if (
            found
            and found[0].kind == "settlement"
            and found[0].population >= 100_000
            and found[0].why[0].startswith("exact")
        ):
            return found[0]
    return None
