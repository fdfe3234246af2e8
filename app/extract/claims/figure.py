"""app.extract.claims.figure: the stated figure of a distance statement ("some 307km (190 miles)",
"30-40 km", "five kilometres east of"), its unit, qualifier and compass direction."""

from __future__ import annotations

import re
from typing import Any

from app.geo.geodesic import KM_PER_MILE, KM_PER_NAUTICAL_MILE

# Verdict thresholds on the relative difference |computed - stated| / stated.
CONSISTENT_PCT = 15.0
INCONSISTENT_PCT = 25.0
# Gazetteer points are town centres and facility markers: a town's edge can be a few km from its centre, so a
# short stated distance ("about 5 km from the border") also counts as consistent within this many km.
SLACK_KM = 2.0
DIRECTION_OK_DEG = 45.0  # a compass point covers ±45° (a 90° sector either side of the named direction)
DIRECTION_WRONG_DEG = 67.5  # beyond this the stated direction is wrong, not just loose

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100,
}  # fmt: skip
# What a qualifier says about the true distance: about it, at most it, or at least it.
_QUALIFIERS = {
    "some": "approx", "about": "approx", "roughly": "approx", "around": "approx", "approximately": "approx",
    "approx.": "approx", "nearly": "approx", "almost": "approx", "close to": "approx", "an estimated": "approx",
    "just": "approx", "only": "approx", "barely": "approx", "just over": "approx", "just under": "approx",
    "less than": "max", "fewer than": "max", "under": "max", "within": "max", "up to": "max",
    "no more than": "max", "at most": "max", "not more than": "max",
    "more than": "min", "over": "min", "at least": "min", "no less than": "min", "beyond": "min",
}  # fmt: skip
_POINTS = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(
    sorted((w for w, v in _WORD_NUMBERS.items() if v), key=len, reverse=True)
)
_UNIT = r"km|kms|kilomet(?:re|er)s?|nautical\s+miles?|nmi|miles?|mi\b"
_QUAL = "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
_COMPASS = r"(?:north|south|east|west)(?:[\s\-]?(?:north|south|east|west)){0,2}"
# "some 307km (190 miles)", "30-40 km", "five kilometres": the stated figure, with an optional conversion.
_FIGURE = (
    rf"\b(?:(?P<qual>{_QUAL})\s+)?(?<![\w.,])(?P<num>{_NUM})(?:\s*(?:-|–|to)\s*(?P<hi>{_NUM}))?[\s\-]?(?P<unit>{_UNIT})"
    rf"(?![/\w²])(?:\s*\(\s*(?:about\s+|some\s+|roughly\s+|around\s+|approximately\s+|~\s*)?"
    rf"(?P<num2>{_NUM})\s*(?P<unit2>{_UNIT})\s*\))?"
)
# ... [direction] of/from REFERENCE
_CLAIM = re.compile(
    rf"{_FIGURE}(?:\s+away)?(?:\s+(?:to\s+the\s+)?(?P<dir>{_COMPASS})(?:ward|wards|erly)?)?"
    rf"\s+(?P<prep>(?:away\s+)?from|of|outside(?:\s+of)?)\s+",
    re.IGNORECASE,
)
# "A and B are 470 km apart", "the distance between A and B is 470 km", "470 km separate A and B"
_APART = re.compile(rf"{_FIGURE}\s+apart\b", re.IGNORECASE)
_SEPARATE = re.compile(rf"{_FIGURE}\s+(?:separates?|separating|lies?\s+between|between)\s+", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(rf"\s*(?:is|was|of|stands\s+at|measures|:|,|—|–)?\s*{_FIGURE}", re.IGNORECASE)
# A figure that is a journey or a weapon's reach, not where a place is ("flew 1,000 km from Ukraine").
_MOVEMENT = (
    r"(?:range|reach|reaching|reaches|fly|flew|flown|flying|travel(?:l)?ed|travel(?:l)?ing|advanced?|advancing|"
    r"drove|driven|walked|marched|pushed|penetrated|covered|journey(?:ed)?|strike\s+targets|hit\s+targets)"
)
_NOT_A_LOCATION = re.compile(rf"\b{_MOVEMENT}(?:\s+\w+){{0,3}}\s*$", re.IGNORECASE)
# Where a sentence first has one of those words: _NOT_A_LOCATION cannot match a prefix ending before it, so a
# sentence without them (a chain of "5 km north of X") is not searched once per figure.
MOVEMENT_WORD = re.compile(_MOVEMENT, re.IGNORECASE)
# The reference phrase ends at the clause's punctuation or at a conjunction that starts the next clause.
_REF_END = re.compile(r"[,.;:!?)\]\"“”]|\s(?:and|but|while|where|which|after|before|on|in|as)\s")
_BORDER = re.compile(r"\b(?:border|frontier|boundary)\b", re.IGNORECASE)
_FRONT = re.compile(r"\b(?:front\s?lines?|front|contact\s+line|line\s+of\s+contact)\b", re.IGNORECASE)
_CAPITAL = re.compile(r"^the\s+(?P<dem>[A-Z][a-z]+)\s+capital\b")
# Words allowed between "of"/"from" and the place they lead to ("the capital of Minsk", "the city of Kherson").
_FILLER = re.compile(
    r"^(?:(?:the|a|an|its|their|capital|city|town|village|port|regional|centre|center|border|frontline|"
    r"front-line|industrial|southern|northern|eastern|western|central|[A-Z][a-z]+(?:an|ian|ish|ese|i|ic))"
    r"\s*(?:,|of)?\s*)*$"
)
# A subject right before "is/lies/located": "Kyiv lies less than 60 miles from ..."
_SUBJECT_VERB = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:which\s+|that\s+)?(?:is|lies|sits|was|are|lay|stands|remains|located|situated|"
    r"is\s+located|is\s+situated|lies\s+just|is\s+just)\b"
)

# ---------------------------------------------------------------- the stated figure


def _is_area_unit(text: str, at: int) -> bool:
    return bool(re.search(r"(?:square|sq\.?)\s*$", text[max(0, at - 8) : at], re.IGNORECASE))


def _number(raw: str) -> float | None:
    low = raw.lower()
    if low in _WORD_NUMBERS:
        return _WORD_NUMBERS[low]
    return float(raw.replace(",", ""))


def _unit(raw: str) -> str:
    low = raw.lower()
    if low.startswith("nautical") or low == "nmi":
        return "nmi"
    if low.startswith("mi"):
        return "mi"
    return "km"


def _to_km(value: float, unit: str) -> float:
    return value * {"km": 1.0, "mi": KM_PER_MILE, "nmi": KM_PER_NAUTICAL_MILE}[unit]


def _direction(raw: str | None) -> tuple[str, float] | None:
    """'south-east' -> ('southeast', 135.0); 'north-northwest' -> ('northnorthwest', 337.5)."""
    if not raw:
        return None
    parts = re.findall(r"north|south|east|west", raw.lower())
    if len(parts) == 1:
        return parts[0], _POINTS[parts[0]]
    if len(parts) == 2 and parts[0] in ("north", "south") and parts[1] in ("east", "west"):
        return "".join(parts), _mean_bearing(_POINTS[parts[0]], _POINTS[parts[1]])
    if len(parts) == 3 and parts[1] in ("north", "south") and parts[2] in ("east", "west"):
        inter = _mean_bearing(_POINTS[parts[1]], _POINTS[parts[2]])
        return "".join(parts), _mean_bearing(_POINTS[parts[0]], inter)
    return None


def _mean_bearing(a: float, b: float) -> float:
    d = ((b - a + 180.0) % 360.0) - 180.0
    return (a + d / 2.0) % 360.0


def _stated(m: re.Match) -> dict[str, Any] | None:
    g = m.groupdict()
    value = _number(g["num"])
    if not value:
        return None
    unit = _unit(g["unit"])
    qual = (g["qual"] or "").lower() or None
    direction = _direction(g.get("dir"))
    if g.get("dir") and direction is None:
        return None
    bound = _QUALIFIERS.get(qual, "approx") if qual else "approx"
    out: dict[str, Any] = {
        "value": _plain(value),
        "unit": unit,
        "km": round(_to_km(value, unit), 1),
        "qualifier": qual,
        "direction": direction[0] if direction else None,
        "bound": bound,
    }
    hi = _number(g["hi"]) if g.get("hi") else None
    if hi and hi > value:
        out["value_max"] = _plain(hi)
        out["km_max"] = round(_to_km(hi, unit), 1)
        out["bound"] = "range"
    if g.get("num2"):
        v2 = _number(g["num2"])
        if v2:
            out["also_stated"] = {"value": _plain(v2), "unit": _unit(g["unit2"])}
    out["_bearing"] = direction[1] if direction else None
    return out


def _plain(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v
