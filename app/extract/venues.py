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

A town's name read as a word of a venue's name ("Eglinton" in "Eglinton Avenue West", "Rue" in "Rue Casa
Calvo", "Windsor" in "Windsor Castle") gives way to the venue once the venue is placed: a street is never
placed by the words of its own name (Atlantic Avenue is not on the ocean), a building may be, at the town
its name begins with.
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

# "St." before a name is a saint ("Church St. Gregory"), after one a street ("22nd St. North")
_STREET = r"Street|St\.(?!\s+(?!(?:North|South|East|West)\b)[A-Z])|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Lane|Boulevard|Blvd\.|Parade|Place|Square"
_BUILDING = (
    r"Hospital|Infirmary|Cathedral|Church|Chapel|Basilica|Mosque|Synagogue|Temple|Stadium|Arena|Centre|Center|"
    r"Hall|Library|Museum|Theatre|Theater|Prison|Jail|Penitentiary|Mall|Park|Racecourse|Raceway|Airport|"
    r"Palace|Tower|Campus|Estate|Plantation|Canal|Inn|Hotel|Bridge|Cemetery|Zoo|Pier|Wharf|Lagoon|Gardens|Castle|Abbey"
)
_HEAD = re.compile(rf"\b(?:{_STREET}|{_BUILDING})(?![\w’'])")
_STREET_HEAD = re.compile(rf"(?:{_STREET})$")
# a name handed in as a place ends in its head word, maybe lowercase ("Third street") or with a direction
# after it ("Eglinton Avenue West")
_HEAD_LAST = re.compile(
    rf"\S\s+(?:{_STREET}|{_BUILDING}|{_STREET.lower()}|{_BUILDING.lower()})(?:\s+(?:North|South|East|West))?$"
)
# Generic words written before the name: a French street or quarter ("Rue Casa Calvo", "the Faubourg
# Marigny"), a hotel, a headland ("Cape Peron"). The name is up to three capitalised words after it.
_PREFIX = re.compile(
    r"\b(?P<head>Rue|Faubourg|Hotel|Point|Cape)\s+(?:(?:de|du|des|la|le)\s+|d[’'])?"
    r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}"
)
_SAINT = ("St.", "St", "Saint")
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
    # an adjective or a government inside a name ("the British Museum") is no town the venue could replace
    flagged = [(s.start, s.end) for s in spots if s.adjectival or s.metonymic]
    # the model names it (as a facility, a place, or an organisation: "Royal Street" is ORG as often as FAC)
    labelled = sorted((e.start, e.end) for e in entities or () if e.label in _NAMED_LABELS)
    out: list[Spot] = []
    for block in doc.blocks:
        if block.kind == "boilerplate":
            continue
        for sent in block.sentences:
            found = []
            for m in _HEAD.finditer(sent.text):
                span = _name_before(sent.text, m.start(), m.end())
                if span is not None:
                    found.append((sent.start + span[0], sent.start + span[1], sent.start + m.start(), False))
            for m in _PREFIX.finditer(sent.text):
                a, b = sent.start + m.start(), sent.start + m.end()
                found.append((a, b, sent.start + m.end("head"), True))
            for a, b, name_end, prefixed in sorted(found):
                inside = [(x, y) for x, y in taken if x < b and a < y]
                if any(text[x:a] in ("The ", "the ") for x, _y in inside):
                    a -= 4  # "The Colony Theatre": the spotted town "The Colony" begins the name
                if (out and out[-1].end > a) or not _only_parts(inside, a, b, name_end, prefixed):
                    continue
                if any(x < b and a < y for x, y in flagged):
                    continue
                name = text[a:b]
                if {w.lower().strip(".’'") for w in name.split()} & _ORG_WORDS:
                    continue
                before = text[max(sent.start, a - 40) : a]
                # a spotted town inside the name ("Eglinton" in "Eglinton Avenue") was taken for a place
                # already: the head word after it says which place it is part of
                if not (inside or _cue_before(before) or any(x < b and a < y for x, y in labelled)):
                    continue
                out.append(
                    Spot(a, b, name, normalize(name), sent, typed="facility", unknown=True, locative=True)
                )
    return out


def is_venue_name(name: str) -> bool:
    """Whether a name is a street's or a building's by its form: a generic head word last ("Royal Street",
    "Anfield Stadium") or a generic word first ("Rue Royale", "Cape Peron")."""
    name = name.strip()
    return bool(_HEAD_LAST.search(name) or _PREFIX.fullmatch(name))


def venue_spot(s: Spot) -> Spot:
    """The same span as a venue to be placed (typed facility, not in the gazetteer)."""
    return Spot(s.start, s.end, s.surface, s.key, s.sentence, typed="facility", unknown=True, locative=True)


def _only_parts(inside: list[tuple[int, int]], a: int, b: int, name_end: int, prefixed: bool) -> bool:
    """Whether the spots overlapping a venue name are all parts of it: inside the words before its head
    ("Windsor" in "Windsor Castle"), or the generic word or the words after it ("Rue" or "Casa Calvo" in
    "Rue Casa Calvo"), but never a gazetteer name that itself begins with the generic word ("Cape Town")."""
    for x, y in inside:
        if x < a or y > b or (x, y) == (a, b):
            return False
        if not prefixed and y > name_end:
            return False
        if prefixed and x == a and y != name_end:
            return False
    return True


def settle_parts(venues: list[Resolved], resolved: list[Resolved]) -> tuple[list[Resolved], list[Resolved]]:
    """(venues, places) once the words of each placed venue's name are settled: "Eglinton" in "Eglinton Avenue
    West" is the street, not Eglinton in Northern Ireland, so the town reading goes. A building whose name
    holds its own town or country ("Windsor Castle" placed at Windsor, "the Vatican Gardens") says no more than
    that place: the place stays and the venue goes, as when the venue overlaps a place it does not name."""
    parts: set[int] = set()
    redundant: set[int] = set()
    for v in venues:
        street = bool(_STREET_HEAD.search(v.spot.surface) or _PREFIX.match(v.spot.surface))
        for r in resolved:
            s = r.spot
            if not (
                v.spot.start <= s.start
                and s.end <= v.spot.end
                and (s.start, s.end) != (v.spot.start, v.spot.end)
            ):
                continue
            if not street and (r.cand.kind == "country" or r.cand.place_id == v.cand.place_id):
                redundant.add(id(v.spot))
            else:
                parts.add(id(s))
    return (
        [v for v in venues if id(v.spot) not in redundant],
        [r for r in resolved if id(r.spot) not in parts],
    )


def _name_before(sent: str, head_start: int, head_end: int) -> tuple[int, int] | None:
    """(start, end) in the sentence of the name ending in the head word, or None when nothing names it."""
    lo = max(0, head_start - 80)
    toks: list[tuple[int, str]] = []
    pos = head_start
    for w in reversed(list(re.finditer(r"\S+", sent[lo:head_start]))):
        token, start = w.group(0), lo + w.start()
        if len(toks) >= MAX_VENUE_WORDS or sent[start + len(token) : pos].strip() or not _WORD.match(token):
            break
        if (
            token.endswith(("’s", "'s"))
            and not token.endswith(("ren’s", "ren's"))
            and not sent[lo:start].rstrip().endswith(_SAINT)
        ):
            break  # an owner ("Seoul's Jamsil Stadium"), not part of the name; "Children's", "St Peter's" are
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
    # the words of a venue's own name are not where the article is ("Eglinton" in "Eglinton Avenue")
    own = [r for r in resolved if not any(v.start <= r.spot.start < v.end for v in venues)]
    places = [r for r in resolved if r.cand.kind not in ("country", "region")]
    focus = _focus(own)
    out: list[Resolved] = []
    anchored: dict[str, Candidate] = {}
    for v in venues:  # a venue named twice is in one place: the first stated anchor holds for both
        cand = _anchor(text, v, places, geocoder, resolved)
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
    town named most often there; on a tie the bigger town (a local story names the city and its suburbs
    and streets once each: "Chicago", not the suburb named first)."""
    countries = Counter(r.cand.country_code for r in resolved if r.cand.country_code)
    towns = [r.cand for r in resolved if r.cand.kind == "settlement" and r.cand.country_code]
    if not towns:
        return None
    count = Counter(c.place_id for c in towns)
    return max(towns, key=lambda c: (countries[c.country_code], count[c.place_id], c.population))


def _anchor(
    text: str, v: Spot, places: list[Resolved], geocoder: Geocoder, resolved: list[Resolved]
) -> Candidate | None:
    owner = _OWNER.search(
        text[max(v.sentence.start, v.start - 40) : v.start].rstrip().removesuffix("the").rstrip()
    )
    for r in places:
        s = r.spot
        if owner and s.end <= v.start and normalize(owner.group(1)) == s.key:
            return r.cand  # "Seoul's Jamsil Stadium"
        if v.end <= s.start <= v.end + 40 and _AFTER_ANCHOR.match(text[v.end : s.start]):
            return r.cand  # "the Palais des Nations in Geneva", "the Convention Centre, Dublin"
    if _STREET_HEAD.search(v.surface) or _PREFIX.match(v.surface):
        return None  # a street's or a quarter's name is not where it is ("Atlantic Avenue", "Rue Royale")
    words = v.surface.split()
    for k in range(min(3, len(words) - 1), 0, -1):  # "Manila Cathedral", "Dubai World Trade Centre"
        if words[k - 1].endswith(("’s", "'s")):
            continue  # a saint's or a founder's name ("St. Peter's Basilica"), not a town's
        key = normalize(" ".join(words[:k]))
        # a town, or the country a building is named after ("the Vatican Gardens")
        known = [r.cand for r in resolved if r.spot.key == key and r.cand.kind != "region"]
        if known:
            return known[0]
        found = geocoder.search(" ".join(words[:k]), limit=1, fuzzy=False)
        if (
            found
            and found[0].kind == "settlement"
            and found[0].population >= 100_000
            and found[0].stage == "exact"
        ):
            return found[0]
    return None
