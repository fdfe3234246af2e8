"""The words around a name that say what it is: a place after "in" or "the town of", a region before
"region", a facility before "airbase", a dateline, a speaker before "said"."""

from __future__ import annotations

import re

from app.extract.spotting.spans import Spot

_REGION_AFTER = re.compile(
    r"^(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?)*"
    r"\s+(regions?|oblasts?|provinces?|krais?|kray|voblasts?|governorates?|states?|counties|county)\b"
)
_DISTRICT_AFTER = re.compile(r"^\s+(districts?|raions?)\b")
_REGION_BEFORE = re.compile(r"\b(?:region|province|oblast)s?\s+of\s+(?:the\s+)?$", re.I)
_FACILITY_AFTER = re.compile(
    r"^\s+((?:[a-z\-]+\s+){0,3}?(?:air\s?base|airfield|airport|airports|sea\s?port|ports?|refinery|refineries|"
    r"nuclear power plant|power plant|power station|plant|factory|naval base|military base|base|oil depot|depot|"
    r"terminal|bridge|residence|arsenal|shipyard|substation|dam|reservoir|cemetery|memorial))\b"
)
_FACILITY_BEFORE = re.compile(
    r"\b(?:air\s?base|airfield|airport|ports?|refinery|plant|terminal)s?\s+(?:of|at|in)\s+(?:the\s+)?$", re.I
)
_FACILITY_HEAD = re.compile(r"(air\s?base|airfield|airport|port|refinery|plant|terminal|base|depot|bridge|dam|"
                            r"residence|shipyard|factory|station|cemetery|memorial|reservoir|arsenal|substation)s?$")  # fmt: skip
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:village|villages|town|towns|city|cities|settlement|settlements|hamlet|community|communities|"
    r"capital|port city|port|outskirts|suburbs?|districts?|region|oblast|province|(?-i:centre|center|heart)|"
    # "a residential neighbourhood of Zaporizhzhia", "parts of Kupiansk", "residents of Kramatorsk"
    r"neighbou?rhoods?|areas?|parts?|quarters?|residents)\s+of\s+(?:the\s+)?$"
    # "the state capital Kadugli", "the regional capital Kherson": the title stands right before the name
    r"|\b(?:state|regional|provincial|district|departmental)\s+capital,?\s+$",
    re.I,
)
_ACT_BEFORE = {
    "attacked", "shelled", "struck", "hit", "bombed", "pounded", "targeted", "captured", "seized", "took", "taken",
    "liberated", "recaptured", "entered", "occupied", "stormed", "encircled", "evacuated", "reached", "toward",
    "towards", "outside", "around", "defending", "defend", "besieged", "surrounded", "overran", "overrun",
}  # fmt: skip
_IN_REGION_AFTER = re.compile(
    r"^\s*(?:\s(?:township|village|town)\s+)?(?:,\s*)?in\s+(?:the\s+)?(?:[A-Z][\w’'\-]*[’']s\s+)?(?:[a-z\-]+\s+){0,2}[A-Z][\w’'\-]+\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Ss]tate|[Gg]overnorate|[Dd]ivision)\b"
)
_APPOSITIVE_AFTER = re.compile(
    r"^\s*,\s*(?:a|an|another)\s+(?:small\s+|frontline\s+|border\s+|nearby\s+)?(?:village|town|settlement|hamlet)\b"
)
_DATELINE_AFTER = re.compile(
    r"^(?:\s*,\s*(?:[A-Z][A-Za-z.]{1,14}\s*){0,3}(?:,\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z]|\([^)]{2,30}\)|[—–-]\s)"
    r"|\s*\([A-Za-z .]{2,30}\)\s*[—–-]|\s+[—–-]\s)"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told)\s+$")
_SAID_ACCORDING_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+$")
# The patterns above that end in `$` are searched over up to 60 characters before every candidate name
# (hundreds of thousands of times in a hostile megabyte). Each can only match when the text before the
# name, trailing blanks stripped, ends in one of these letters ("of"/"the", "at"/"in", "said"/"says"/"told"/
# "to"): a one-character test skips the search otherwise. re.I maps none of these letters to non-ASCII ones.
_OF_THE_END = frozenset("fFeE")
_FACILITY_BEFORE_END = frozenset("fFtTnNeE")
_SAID_END = frozenset("ds")
_SAID_ACCORDING_END = frozenset("dso")


def _names_an_area(after: str) -> bool:
    """_REGION_AFTER needs one of its area words after the name (a list of names alone cannot match it)."""
    return (
        "region" in after or "oblast" in after or "province" in after or "kra" in after
        or "governorate" in after or "state" in after or "count" in after
    )  # fmt: skip


def _end(before: str) -> str:
    """The last character before a name, blanks skipped."""
    return before.rstrip()[-1:]


# What may stand before a dateline in its sentence: nothing, or a byline ("By Jane Roe.", "Associated Press").
_BYLINE_BEFORE = re.compile(r"(?:^|[.:;|]|\b(?:Press|Reuters|AFP|AP|CNN|Staff|Writer))\s*$")
# Prepositions after which a name is a place even when the same name was a person elsewhere in the article.
_STRONG_LOCATIVE = {
    "in",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "within",
    "into",
    "toward",
    "towards",
}
# "Benue state", "Cuyahoga county": the generic word written in lower case after the name.
_CUE_WORDS = _STRONG_LOCATIVE | {"at", "from", "to", "via", "through", "beyond"}
_ATTACK_ON_BEFORE = re.compile(
    r"\b(?:attacks?|strikes?|assaults?|offensive|raids?|shelling|bombing|bombardment|siege|capture|liberation|"
    r"occupation|defen[cs]e|evacuation|encirclement|fall|march|advance|control)\s+(?:on|against|of)\s+$",
    re.I,  # "Shelling of Kherson ..." opens a sentence
)
# "east of Deir al-Balah", "30 km north-west of X": a compass reference names a place after it
_COMPASS_OF_BEFORE = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$", re.I
)
_ATTACKED_AFTER = re.compile(
    r"^\s+(?:came|comes|has\s+come|was|were|is|has\s+been|had\s+been)\s+(?:again\s+|repeatedly\s+|heavily\s+)?"
    r"(?:under\s+(?:fire|attack|shelling)|shelled|struck|hit|attacked|bombed|targeted|captured|encircled|liberated)\b"
)
_ADMIN_ADJ_AFTER = re.compile(r"^\s+(?:regional|provincial|municipal|city|oblast|county|district)\s+[a-z]")
_LOWER_REGION_AFTER = re.compile(r"^\s+(state|province|region|county|governorate|district|parish)\b")
# "Croft, Yorkshire", "Corbin, Ky.": the name of the area a place lies in, after a comma.
_AREA_AFTER = re.compile(
    r"^\s*[,(]\s*((?:[A-Z]\.){2,}|[A-Z][a-z]{1,4}\.|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
)
_SPEECH_AFTER = re.compile(r"^\s*(?:,\s*)?(?:said|says|told|added|wrote|argued|warned|noted|stressed|insisted|"
                           r"tweeted|posted|explained|replied|asked|urged|vowed)\b")  # fmt: skip


# "into northern Lyman", "in central Kharkiv": the part of the place, between the cue and the name
_PART_OF_PLACE = re.compile(
    r"\s+(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|outer|downtown)\s*$", re.I
)


def _without_part(before: str) -> str:
    """`before` with a part-of-place adjective at its end taken off, so the cue before it counts."""
    m = _PART_OF_PLACE.search(before)
    return before[: m.start()] + " " if m else before


def _cue_before(before: str) -> bool:
    """The words just before a name say a place follows: a locative preposition or a verb of movement or attack
    ("in", "near", "struck"), "the town of", "an attack on"."""
    before = _without_part(before)
    prev = before.rstrip().split()[-1:]
    word = prev[0].lower().strip("\"“‘'(") if prev else ""
    return (
        word in _CUE_WORDS
        or word in _ACT_BEFORE
        or _PLACE_NOUN_BEFORE.search(before) is not None
        or _ATTACK_ON_BEFORE.search(before) is not None
        or _COMPASS_OF_BEFORE.search(before) is not None
    )


def _strong_locative(text: str, s: Spot) -> bool:
    prev = _without_part(text[max(s.sentence.start, s.start - 30) : s.start]).split()[-1:]
    return bool(prev) and prev[0].lower() in _STRONG_LOCATIVE


# "flanked by Ann and two bodyguards", "Kale and her two sons waited": a name told beside people, or as the agent
# of a verb of company, is a person; towns are not surrounded by aides
_WITH_PEOPLE_AFTER = re.compile(
    r"^\s+and\s+(?:his|her|their|two|three|four|five|several|a\s+few|some|\d+)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:aides?|bodyguards?|guards?|wife|husband|sons?|daughters?|children|kids|colleagues?|friends?|associates?|"
    r"staff(?:ers)?|advisers?|advisors?|companions?|brothers?|sisters?|relatives?|assistants?|deputies|deputy|"
    r"lawyers?|escorts?|supporters?)\b"
)
_COMPANY_BY_BEFORE = re.compile(
    r"\b(?:surrounded|accompanied|joined|flanked|escorted|greeted|met|followed|interviewed|hosted|guarded)\s+by\s+$",
    re.I,
)


def in_company_of_people(before: str, after: str) -> bool:
    """The words around a name tell a person: people coordinated with it, or 'accompanied by' before it."""
    return _WITH_PEOPLE_AFTER.match(after) is not None or _COMPANY_BY_BEFORE.search(before) is not None
