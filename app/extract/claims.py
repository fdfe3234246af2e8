"""app.extract.claims: distance statements in an article ("some 300 km east of Minsk", "less than 60 miles
from the border with Belarus"), measured on the WGS84 ellipsoid between the places they name, with a verdict.

A claim has a subject (the place the sentence is about) and a reference (the place after "of"/"from").
`from` in the output is the reference and `to` the subject: a stated direction ("east of Minsk") is the
initial bearing from the reference to the subject, and that is the bearing reported.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app.extract.model import Mention
from app.extract.resolve import DEMONYMS, Resolved
from app.extract.segment import Sentence
from app.geo import measure
from app.geo.geodesic import KM_PER_MILE, KM_PER_NAUTICAL_MILE
from app.geocode import Geocoder

__all__ = ["distance_claims", "CONSISTENT_PCT", "INCONSISTENT_PCT"]

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
_NOT_A_LOCATION = re.compile(
    r"\b(?:range|reach|reaching|reaches|fly|flew|flown|flying|travel(?:l)?ed|travel(?:l)?ing|advanced?|advancing|"
    r"drove|driven|walked|marched|pushed|penetrated|covered|journey(?:ed)?|strike\s+targets|hit\s+targets)"
    r"(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)
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
_POINT_KINDS = ("settlement", "facility", "other")


@dataclass(slots=True)
class _Place:
    name: str | None
    lat: float | None
    lon: float | None
    text: str
    start: int = -1
    end: int = -1
    kind: str | None = None
    precision: int = 1
    border_of: str | None = None  # country code when the point is the nearest point of that border
    problem: str | None = None  # why this end of the measurement could not be fixed
    note: str | None = None  # how the point was chosen, when that is not obvious
    caution: str | None = None  # a stand-in point: an "inconsistent" measured there is only "unclear"
    lookup: str | None = None  # a name the geoparser did not map, to look up in the gazetteer
    alts: list[tuple[str, str | None, float, float]] = field(default_factory=list)  # other namesakes
    surface: str | None = None  # the name as written, to look namesakes up by
    settled: bool = True  # the resolver was sure of it (context decided), so its namesakes are not readings

    def record(self) -> dict[str, Any]:
        return {"name": self.name, "lat": self.lat, "lon": self.lon, "text": self.text}


def distance_claims(parsed, geocoder: Geocoder) -> list[dict[str, Any]]:
    """Every distance statement in the article, measured and judged, in text order.

    >>> # "Krichev, some 300 km east of Minsk" -> from Minsk to Krichev, 274 km, bearing ~93°: consistent
    """
    text = parsed.article.text
    sentences = parsed.doc.sentences
    pairs = list(zip(parsed.resolved, parsed.mentions, strict=True))
    found: list[dict[str, Any]] = []
    for si, sent in enumerate(sentences):
        in_sent = [(r, m) for r, m in pairs if sent.start <= r.spot.start < sent.end]
        used_refs: list[tuple[int, int]] = []
        taken: list[tuple[int, int]] = []
        parsed_claims = []
        for m in _CLAIM.finditer(text, sent.start, sent.end):
            if _is_area_unit(text, m.start()) or _NOT_A_LOCATION.search(text[sent.start : m.start()]):
                continue
            stated = _stated(m)
            if stated is None:
                continue
            ref = _reference(text, m, sent, in_sent, geocoder)
            if ref is None:
                continue
            parsed_claims.append((m, stated, ref))
            taken.append((m.start(), m.end()))
            if ref.start >= 0:
                used_refs.append((ref.start, ref.end))
        for m in _AWAY.finditer(text, sent.start, sent.end):
            if any(m.start() < e and s0 < m.end() for s0, e in taken):
                continue
            stated = _stated(m)
            if stated is None:
                continue
            ref = _named_reference(text, m, in_sent)
            parsed_claims.append((m, stated, ref))
            taken.append((m.start(), m.end()))
            used_refs.append((ref.start, ref.end))
        for m, stated, ref in parsed_claims:
            subj = _subject(text, m, ref, sent, si, sentences, pairs, in_sent, used_refs, geocoder)
            if subj is None:
                subj = _unmapped_subject(text, m, sent, geocoder)
            if ref.lookup:
                _look_up(ref, geocoder, near=subj)
            end = max(ref.end, m.end())
            found.append(_judge(parsed.article.id, text, m.start(), end, stated, ref, subj, geocoder))
        for start, end, stated, a_place, b_place in _pair_claims(text, sent, in_sent, taken):
            found.append(_judge(parsed.article.id, text, start, end, stated, a_place, b_place, geocoder))
    found.sort(key=lambda c: c["start"])
    return found


def _named_reference(text: str, m: re.Match, in_sent) -> _Place:
    a, b = m.span("ref")
    hits = [(r, mm) for r, mm in in_sent if a <= r.spot.start < b]
    if not hits:
        return _Place(None, None, None, text[a:b], a, b, lookup=m["ref"])
    r, mention = hits[0]
    place = _place_of(r, mention, text)
    if mention.kind == "country":
        place.border_of = mention.country_code
    return place


def _pair_claims(text: str, sent: Sentence, in_sent, taken):
    """'A and B are 470 km apart', 'the distance between A and B is 470 km', '470 km separate A and B'."""
    points = [(r, mm) for r, mm in in_sent if mm.kind in (*_POINT_KINDS, "country", "region")]

    def joined(x, y) -> bool:
        return bool(
            re.fullmatch(
                r"\s*(?:,\s*)?and\s+(?:the\s+)?(?:[a-z]+\s+){0,3}", text[x[0].spot.end : y[0].spot.start]
            )
        )

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _APART.finditer(text, sent.start, sent.end):
        before = [p for p in points if p[0].spot.end <= m.start()]
        if len(before) >= 2 and joined(before[-2], before[-1]) and free(m.start(), m.end()):
            (ra, ma), (rb, mb) = before[-2], before[-1]
            yield ra.spot.start, m.end(), _stated(m), _pair_place(ra, ma, text), _pair_place(rb, mb, text)
    for m in _SEPARATE.finditer(text, sent.start, sent.end):
        after = [p for p in points if p[0].spot.start >= m.end()]
        if len(after) >= 2 and joined(after[0], after[1]) and free(m.start(), m.end()):
            (ra, ma), (rb, mb) = after[0], after[1]
            yield m.start(), rb.spot.end, _stated(m), _pair_place(ra, ma, text), _pair_place(rb, mb, text)
    for i in range(len(points) - 1):
        x, y = points[i], points[i + 1]
        if not re.search(
            r"\bbetween\s+(?:the\s+)?(?:[a-z]+\s+){0,3}$",
            text[max(sent.start, x[0].spot.start - 40) : x[0].spot.start],
        ):
            continue
        if not joined(x, y):
            continue
        m = _BETWEEN_BEFORE.match(text, y[0].spot.end, sent.end)
        if m and free(m.start(), m.end()):
            head = text.rfind("between", sent.start, x[0].spot.start)
            yield head, m.end(), _stated(m), _pair_place(*x, text), _pair_place(*y, text)


def _pair_place(r: Resolved, mention: Mention, text: str) -> _Place:
    place = _place_of(r, mention, text)
    if mention.kind in ("country", "region"):
        place.problem = f"'{place.text}' is an area ({mention.kind}), not a point"
    return place


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


# ---------------------------------------------------------------- the two points


def _place_of(r: Resolved, mention: Mention, text: str) -> _Place:
    alts = [(c.name, c.admin1, c.lat, c.lon) for c in r.alts[:4] if c.kind in _POINT_KINDS]
    return _Place(
        alts=alts,
        surface=r.spot.surface,
        settled=r.confident,
        name=mention.name,
        lat=mention.lat,
        lon=mention.lon,
        text=text[r.spot.start : r.spot.end],
        start=r.spot.start,
        end=r.spot.end,
        kind=mention.kind,
        precision=mention.geo_precision,
    )


_FACILITY_AFTER = re.compile(
    r"\s+(?P<noun>residence|air\s?base|airfield|air\s?field|military\s+base|base|nuclear\s+power\s+plant|"
    r"power\s+plant|refinery|oil\s+depot|depot|port|airport)\b",
    re.IGNORECASE,
)
_FACILITY_BEFORE = re.compile(
    r"\b(?P<noun>residence|air\s?base|airfield|military\s+base|base|power\s+plant|refinery|depot|airport)\s+"
    r"(?:near|outside|at|in)\s+$",
    re.IGNORECASE,
)
_FACILITY_RADIUS_KM = 30.0
# Capitalised words; a possessive ("Tusk's motorcade") is not a place name, so 's ends no token.
_NAME_TOKEN = r"[A-Z][\w\-]*(?:[’'][a-rt-z]\w*)*"
_NAME_RUN = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}"
# "Brovary is east-northeast of Kyiv, about 25 km away": the reference comes before the figure
_AWAY = re.compile(
    rf"\b(?:(?P<dir>{_COMPASS})\s+)?(?:of|from)\s+(?:the\s+)?(?P<ref>{_NAME_RUN}),?\s+{_FIGURE}\s+away\b"
)
# "The Kremlin said ...": a speaker named by its seat is not what the distance is about
_SPEAKER_AFTER = re.compile(r"\s+(?:said|says|told|announced|claimed|reported|stated|added|warned)\b")
_UNMAPPED_NAME = re.compile(
    rf"^(?:the\s+(?:(?:city|town|village|port)\s+of\s+)?)?(?P<name>{_NAME_RUN})(?![\w’'])"
)
# "The Zaporizhzhia nuclear power plant sits ...", "Lyman, ...": an unmapped name as the sentence's subject
_UNMAPPED_SUBJECT = re.compile(
    rf"(?P<name>{_NAME_RUN}(?:\s+(?:nuclear\s+power\s+plant|power\s+plant|air\s?base|airfield|port|refinery|"
    rf"residence|dam|bridge))?)\s*(?:,|\s(?:is|lies|sits|stands|was|located|situated)\b)"
)


def _subject_place(geocoder: Geocoder, r: Resolved, mention: Mention, text: str) -> _Place:
    """The subject as a point; when the text names a facility by a town ("Putin's Novgorod residence",
    "the airbase near Krichev") and the gazetteer knows that facility near the town, the facility."""
    place = _place_of(r, mention, text)
    if r.cand.kind != "settlement":  # a "facility" mention may still be its namesake town's point
        return place
    after = _FACILITY_AFTER.match(text, r.spot.end)
    before = _FACILITY_BEFORE.search(text[max(0, r.spot.start - 40) : r.spot.start])
    hit = after or before
    if hit is None:
        return place
    noun = re.sub(r"\s+", " ", hit["noun"].lower())
    for c in geocoder.search(f"{r.spot.surface} {noun}", limit=3):
        if (
            c.kind == "facility"
            and measure(mention.lat, mention.lon, c.lat, c.lon).distance_km <= _FACILITY_RADIUS_KM
        ):
            place.name, place.lat, place.lon, place.kind = c.name, c.lat, c.lon, "facility"
            place.note = f"the text names the {noun} by {r.spot.surface}; measured at {c.name}"
            return place
    if after is None:
        return place  # "the depot near Kremenchuk": near the town, so the town's point stands in fairly
    # "Putin's Novgorod residence": the name may be a region's, so the town is not a fair stand-in
    place.caution = (
        f"the text names the {noun} by '{r.spot.surface}', which the gazetteer does not place; measured at the "
        f"town of {mention.name} instead"
    )
    return place


def _reference(text: str, m: re.Match, sent: Sentence, in_sent, geocoder: Geocoder) -> _Place | None:
    """The place after "of"/"from", a country's border, a capital named by its country, or an unplaceable
    phrase ("the front line"). None when the words after the preposition are not a place at all."""
    a = m.end()
    stop = _REF_END.search(text, a, sent.end)
    b = stop.start() if stop else sent.end
    phrase = text[a:b].strip()
    after = [(r, mm) for r, mm in in_sent if a <= r.spot.start < b]
    if _BORDER.search(phrase[:60]) and re.match(r"^(?:the|its|their|[A-Z][a-z]+[’']s)\b", phrase):
        return _border_reference(text, a, b, phrase, after)
    if after:
        r, mention = after[0]
        if _FILLER.match(text[a : r.spot.start].strip()):
            end = r.spot.end
            capital = None
            if mention.kind == "country":
                # "the Belarus capital of Minsk", "Russia's Belgorod region": the country is a cue, the place
                # is the next name; "Ukraine's capital" alone is that country's capital
                nxt = after[1] if len(after) > 1 else None
                between = (
                    re.sub(r"^[’']s\b", "", text[r.spot.end : nxt[0].spot.start]).strip() if nxt else None
                )
                owned_capital = re.match(r"^(?:[’']s)?\s+capital\b", text[r.spot.end : b])
                if nxt and _FILLER.match(between):
                    r, mention = nxt
                    end = r.spot.end
                elif owned_capital:
                    capital = _capitals().get(mention.country_code or "")
                    end = r.spot.end + owned_capital.end()
            if capital is not None:
                return _Place(capital.capital, capital.lat, capital.lon, text[a:end], a, end, "settlement")
            if mention.kind == "facility" and (noun := _FACILITY_AFTER.match(text, end)) and noun.end() <= b:
                end = noun.end()
            place = _place_of(r, mention, text)
            place.text = text[a:end]
            place.end = end
            if mention.kind == "country":
                # "40 km from Russia" means from Russia's border
                place.border_of = mention.country_code
            return place
    cap = _CAPITAL.match(phrase)
    if cap and cap["dem"].lower() in DEMONYMS:
        capital = _capitals().get(DEMONYMS[cap["dem"].lower()])
        end = a + cap.end()
        if capital is not None:
            return _Place(capital.capital, capital.lat, capital.lon, text[a:end], a, end, "settlement")
    words = phrase.split()
    front = _FRONT.search(phrase)
    if front and front.start() <= 12:
        phrase = phrase[: front.end()]
        end = a + len(phrase)
        return _Place(None, None, None, phrase, a, end, problem="the front line is not a fixed point")
    name = _UNMAPPED_NAME.match(phrase)
    if name and name["name"].lower() not in DEMONYMS:
        # a name the geoparser left unmapped ("10 km northeast of Lyman"): looked up once the subject is known
        end = a + name.end("name")
        return _Place(None, None, None, text[a:end], a, end, lookup=name["name"])
    # "within 100 km of the capital" or "30 km from the town": a distance, but to something the text does
    # not place. Kept (unclear) only when the qualifier/direction make it unmistakably a distance statement.
    distance_words = m["dir"] or (m["qual"] or "").lower() == "within" or m["prep"].lower().endswith("from")
    if distance_words and re.match(r"^(?:the|a|an|its|their|his|her)\b", phrase) and 0 < len(words) <= 6:
        end = a + len(phrase)
        return _Place(None, None, None, phrase, a, end, problem=f"'{phrase}' is not a place in the gazetteer")
    return None


def _border_reference(text: str, a: int, b: int, phrase: str, after) -> _Place:
    code = None
    countries = [(r, mm) for r, mm in after if mm.kind == "country"]
    with_country = re.search(r"\bwith\s+", phrase)
    if with_country and countries:
        # "Ukraine's border with Russia": the border with the country named after "with"
        after_with = a + (len(text[a:b]) - len(text[a:b].lstrip())) + with_country.end()
        later = [c for c in countries if c[0].spot.start >= after_with - 1]
        code = (later or countries)[-1][1].country_code
    elif countries:
        code = countries[0][1].country_code
    else:
        dem = re.match(r"^the\s+(?P<dem>[A-Z][a-z]+)\s+(?:state\s+)?(?:border|frontier)", phrase)
        if dem and dem["dem"].lower() in DEMONYMS:
            code = DEMONYMS[dem["dem"].lower()]
    # the phrase as written ends after the country's name (or after "border")
    ends = [r.spot.end for r, _ in countries] or []
    border_word = _BORDER.search(text, a, b)
    end = max([*ends, border_word.end() if border_word else b])
    written = text[a:end]
    if code is None:
        return _Place(None, None, None, written, a, end, problem="the text does not say whose border")
    countries_db = _countries()
    try:
        name = countries_db.name_of(code)
    except Exception:  # noqa: BLE001 - an unknown code is simply not measurable
        name = None
    if name is None:
        return _Place(None, None, None, written, a, end, problem=f"no border shape for country {code}")
    return _Place(f"border of {name}", None, None, written, a, end, "border", border_of=code)


def _subject(text, m, ref: _Place, sent, si, sentences, pairs, in_sent, used_refs, geocoder) -> _Place | None:
    """The place the distance is stated for: the name just before "is/lies", else the nearest place earlier
    in the sentence, else one after the statement ("Some 30 km from the border, Sumy ..."), else the first
    place of the previous sentence ("The town lies ...")."""

    def eligible(r: Resolved, mm: Mention) -> bool:
        if (r.spot.start, r.spot.end) in used_refs or (
            ref.start <= r.spot.start < max(ref.end, ref.start + 1)
        ):
            return False
        return not (ref.name and mm.name == ref.name and mm.lat == ref.lat)

    before = [
        (r, mm)
        for r, mm in in_sent
        if r.spot.end <= m.start() and eligible(r, mm) and not _SPEAKER_AFTER.match(text, r.spot.end)
    ]
    points = [(r, mm) for r, mm in before if mm.kind in _POINT_KINDS]
    for r, mm in reversed(points):
        if _SUBJECT_VERB.match(text[r.spot.end : m.start()]):
            return _subject_place(geocoder, r, mm, text)
    if points:
        return _subject_place(geocoder, *points[-1], text)
    after = [
        (r, mm)
        for r, mm in in_sent
        if r.spot.start >= max(ref.end, m.end()) and mm.kind in _POINT_KINDS and eligible(r, mm)
    ]
    if after:
        return _subject_place(geocoder, *after[0], text)
    if before:
        # only an area ("Belarus lies ..."): measuring from its centroid would mean nothing
        r, mm = before[-1]
        place = _subject_place(geocoder, r, mm, text)
        place.problem = f"the subject '{place.text}' is an area ({mm.kind}), not a point"
        return place
    for back in (1, 2):
        if si - back < 0:
            break
        prev = sentences[si - back]
        if prev.block != sent.block and back > 1:
            break
        cands = [
            (r, mm)
            for r, mm in pairs
            if prev.start <= r.spot.start < prev.end and mm.kind in _POINT_KINDS and eligible(r, mm)
        ]
        if cands:
            return _subject_place(geocoder, *cands[0], text)
    return None


def _look_up(place: _Place, geocoder: Geocoder, *, near: _Place | None) -> None:
    """Fill a place the geoparser left unmapped from the gazetteer, preferring the namesake nearest `near`."""
    near_pt = (near.lat, near.lon) if near is not None and near.lat is not None else None
    hits = [
        c
        for c in geocoder.search(place.lookup, near=near_pt, limit=3)
        if c.kind in (*_POINT_KINDS, "country")
    ]
    if not hits:
        place.problem = f"'{place.lookup}' is not a place in the gazetteer"
        return
    c = hits[0]
    place.surface = place.lookup
    place.settled = False
    place.name, place.lat, place.lon, place.kind = c.name, c.lat, c.lon, c.kind
    # other readings: the rest of the near-subject hits and the best-known namesakes anywhere
    others = hits[1:] + (geocoder.search(place.lookup, limit=3) if near_pt else [])
    place.alts = list(
        dict.fromkeys((h.name, h.admin1, h.lat, h.lon) for h in others if h.kind in _POINT_KINDS and h != c)
    )
    place.precision = c.geo_precision
    if c.kind == "country":
        place.border_of = c.country_code
    where = " (the namesake nearest the subject)" if near_pt and len(hits) > 1 else ""
    place.note = (
        f"'{place.lookup}' was not mapped by the geoparser; taken from the gazetteer as {c.name}{where}"
    )


def _unmapped_subject(text: str, m: re.Match, sent: Sentence, geocoder: Geocoder) -> _Place | None:
    """A subject the geoparser did not map: a name just before "is/lies" or an apposition comma."""
    head = text[sent.start : m.start()]
    hits = list(_UNMAPPED_SUBJECT.finditer(head))
    if not hits:
        return None
    h = hits[-1]
    name = re.sub(r"^The\s+", "", h["name"])
    if name.lower() in DEMONYMS or not name:
        return None
    start = sent.start + h.start("name") + (len(h["name"]) - len(name))
    place = _Place(None, None, None, name, start, start + len(name), lookup=name)
    _look_up(place, geocoder, near=None)
    return None if place.problem else place


# ---------------------------------------------------------------- measuring and judging


@cache
def _countries():
    from app.geo import load_countries

    return load_countries()


@cache
def _capitals() -> dict[str, Any]:
    from app.geo import load_capitals

    return {c.country_code: c for c in load_capitals()}


def _judge(
    article_id: str,
    text: str,
    start: int,
    end: int,
    stated: dict,
    ref: _Place,
    subj: _Place | None,
    geocoder: Geocoder,
) -> dict:
    bearing_stated = stated.pop("_bearing")
    rec: dict[str, Any] = {
        "article": article_id,
        "text": text[start:end],
        "start": start,
        "end": end,
        "stated": stated,
        "from": ref.record(),
        "to": subj.record() if subj else {"name": None, "lat": None, "lon": None, "text": None},
        "computed_km": None,
        "computed_bearing_deg": None,
        "difference_pct": None,
        "verdict": "unclear",
        "explanation": "",
    }
    rec["text"] = rec["text"].rstrip()
    rec["end"] = rec["start"] + len(rec["text"])
    problems = [p.problem for p in (ref, subj) if p is not None and p.problem]
    if subj is None:
        problems.append("no place in this or the previous sentence to measure from")
    for p in (ref, subj):
        if p is None or p.problem or p.border_of is not None:
            continue
        if p.kind == "water":
            problems.append(f"'{p.name}' is a body of water, not a point")
        elif p.precision >= 3:
            problems.append(f"'{p.name}' is only known as a whole region")
    if problems:
        rec["explanation"] = "Not measured: " + "; ".join(problems) + "."
        return rec

    if ref.border_of is not None:
        bd = _countries().border_distance(subj.lat, subj.lon, ref.border_of)
        ref.lat, ref.lon = round(bd.border_lat, 6), round(bd.border_lon, 6)
        if ref.name is None or not ref.name.startswith("border of"):
            ref.name = f"border of {bd.country}"
        rec["from"] = ref.record()
        km = bd.distance_km
        how = (
            f"from {subj.name} ({subj.lat:.4f}, {subj.lon:.4f}) to the nearest point of the {bd.country} border "
            f"({bd.border_lat:.4f}, {bd.border_lon:.4f}; Natural Earth 1:10m, coastline included)"
        )
        if bd.inside:
            how += f"; {subj.name} lies inside {bd.country}"
    else:
        km = measure(ref.lat, ref.lon, subj.lat, subj.lon).distance_km
        how = f"between {ref.name} ({ref.lat:.4f}, {ref.lon:.4f}) and {subj.name} ({subj.lat:.4f}, {subj.lon:.4f})"
    # the bearing is only reported (and checked) when the text states a direction
    bearing = None
    if bearing_stated is not None and km > 0:
        bearing = measure(ref.lat, ref.lon, subj.lat, subj.lon).initial_bearing_deg
    check = _Check(stated, bearing_stated)
    diff, distance_verdict = check.distance(km)
    rec["computed_km"] = round(km, 1)
    rec["computed_bearing_deg"] = round(bearing, 1) if bearing is not None else None
    rec["difference_pct"] = round(diff, 1)
    notes = [
        f"Measured the geodesic (WGS84) {how}: {km:.1f} km against the stated {check.figure} ({diff:+.1f} %)."
    ]
    direction_verdict = "consistent"
    if bearing is not None:
        off, direction_verdict = check.direction(bearing)
        notes.append(
            f"Bearing from {ref.name} to {subj.name} is {bearing:.0f}°; '{stated['direction']}' is "
            f"{bearing_stated:g}°, {off:.0f}° apart."
        )
    notes += [p.note[0].upper() + p.note[1:] + "." for p in (ref, subj) if p.note]
    cautions = [p.caution for p in (ref, subj) if p.caution]
    if cautions:
        notes.append("Caution: " + "; ".join(cautions) + ".")
    other = None
    if "inconsistent" in (distance_verdict, direction_verdict) and ref.border_of is None:
        other = _other_reading(check, ref, subj, geocoder)
        if other:
            notes.append(other)
    if "inconsistent" in (distance_verdict, direction_verdict) and (cautions or other):
        rec["verdict"] = "unclear"
    elif "inconsistent" in (distance_verdict, direction_verdict):
        rec["verdict"] = "inconsistent"
    elif distance_verdict == direction_verdict == "consistent":
        rec["verdict"] = "consistent"
    else:
        rec["verdict"] = "unclear"
    rec["explanation"] = " ".join(notes)
    return rec


class _Check:
    """The stated figure as an interval the true distance should fall in, and the stated compass bearing."""

    def __init__(self, stated: dict, bearing: float | None) -> None:
        km = _to_km(float(stated["value"]), stated["unit"])
        self.km = km
        self.bearing = bearing
        bound = stated["bound"]
        if bound == "max":
            self.lo, self.hi, self.figure = 0.0, km, f"at most {stated['km']} km"
        elif bound == "min":
            self.lo, self.hi, self.figure = km, math.inf, f"at least {stated['km']} km"
        elif bound == "range":
            hi = _to_km(float(stated["value_max"]), stated["unit"])
            self.lo, self.hi, self.figure = km, hi, f"{stated['km']}-{stated['km_max']} km"
        else:
            self.lo, self.hi, self.figure = km, km, f"about {stated['km']} km"
        self.ranged = bound == "range"

    def distance(self, km: float) -> tuple[float, str]:
        """(difference in %, verdict); for a range the difference is from its nearest end."""
        off_km = km - self.lo if km < self.lo else km - self.hi if km > self.hi else 0.0
        off_pct = 0.0 if off_km == 0 else abs(off_km) / (self.lo if km < self.lo else self.hi) * 100.0
        diff = math.copysign(off_pct, off_km) if self.ranged else (km - self.km) / self.km * 100.0
        if off_pct <= CONSISTENT_PCT or abs(off_km) <= SLACK_KM:
            return diff, "consistent"
        if off_pct > INCONSISTENT_PCT:
            return diff, "inconsistent"
        return diff, "unclear"

    def direction(self, bearing: float) -> tuple[float, str]:
        off = abs(((bearing - self.bearing + 180.0) % 360.0) - 180.0)
        if off <= DIRECTION_OK_DEG:
            return off, "consistent"
        return off, "inconsistent" if off > DIRECTION_WRONG_DEG else "unclear"


def _other_reading(check: _Check, ref: _Place, subj: _Place, geocoder: Geocoder) -> str | None:
    """When a name has namesakes, say if another reading of the two places fits the statement: the text
    may mean that one, so the statement is then unclear rather than wrong. Readings: the resolver's
    alternatives, and for each reading of one place the namesake of the other nearest to it."""
    if ref.settled and subj.settled:
        return None
    refs = [(ref.name, None, ref.lat, ref.lon), *([] if ref.settled else ref.alts)]
    subjs = [(subj.name, None, subj.lat, subj.lon), *([] if subj.settled else subj.alts)]
    if not subj.settled and subj.surface:
        subjs += [n for n in (_nearest_namesake(geocoder, subj.surface, (r[2], r[3])) for r in refs) if n]
    if not ref.settled and ref.surface:
        refs += [n for n in (_nearest_namesake(geocoder, ref.surface, (x[2], x[3])) for x in subjs) if n]
    best = None
    for rn, ra, rlat, rlon in refs:
        for sn, sa, slat, slon in subjs:
            if (rlat, rlon) == (ref.lat, ref.lon) and (slat, slon) == (subj.lat, subj.lon):
                continue
            g = measure(rlat, rlon, slat, slon)
            fit = check.distance(g.distance_km)[1]
            if check.bearing is not None and fit != "inconsistent":
                towards = check.direction(g.initial_bearing_deg)[1]
                fit = towards if towards != "consistent" else fit
            if fit == "inconsistent" or (
                best is not None and (best[0] == "consistent" or fit != "consistent")
            ):
                continue
            which = []
            if (rlat, rlon) != (ref.lat, ref.lon):
                which.append(
                    f"{ref.text!r} as {rn}" + (f" ({ra})" if ra else "") + f" ({rlat:.4f}, {rlon:.4f})"
                )
            if (slat, slon) != (subj.lat, subj.lon):
                which.append(
                    f"{subj.text!r} as {sn}" + (f" ({sa})" if sa else "") + f" ({slat:.4f}, {slon:.4f})"
                )
            best = (fit, which, g)
    if best is None:
        return None
    fit, which, g = best
    return (
        f"The names are ambiguous: reading {' and '.join(which)} gives {g.distance_km:.1f} km"
        + (f", bearing {g.initial_bearing_deg:.0f}°" if check.bearing is not None else "")
        + (", which fits." if fit == "consistent" else ", which comes close.")
    )


def _nearest_namesake(geocoder: Geocoder, name: str, pt: tuple[float, float]):
    hits = [c for c in geocoder.search(name, near=pt, limit=1) if c.kind in _POINT_KINDS]
    return (hits[0].name, hits[0].admin1, hits[0].lat, hits[0].lon) if hits else None
