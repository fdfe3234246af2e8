"""app.extract.claims.points: the two ends of a distance statement — the reference (after "of"/"from")
and the subject (the place the sentence is about) — as points, with why one could not be fixed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app.extract.claims.figure import (
    _BORDER,
    _CAPITAL,
    _COMPASS,
    _FIGURE,
    _FILLER,
    _FRONT,
    _REF_END,
    _SUBJECT_VERB,
)
from app.extract.model import Mention
from app.extract.resolve import DEMONYMS, Resolved
from app.extract.segment import Sentence
from app.geo import measure
from app.geocode import Geocoder

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


def _speaker_after(text: str, end: int, speakers: dict | None) -> bool:
    """'Kyiv said': a verb of saying right after a place (`speakers`, one per sentence, keeps the answer for the
    sentence's other distance statements)."""
    if speakers is None:
        return _SPEAKER_AFTER.match(text, end) is not None
    hit = speakers.get(end)
    if hit is None:
        hit = speakers[end] = _SPEAKER_AFTER.match(text, end) is not None
    return hit


def _subject(
    text, m, ref: _Place, sent, si, sentences, places_in, in_sent, used_refs, geocoder, speakers=None
) -> _Place | None:
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
        if r.spot.end <= m.start() and eligible(r, mm) and not _speaker_after(text, r.spot.end, speakers)
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
        cands = [(r, mm) for r, mm in places_in(prev) if mm.kind in _POINT_KINDS and eligible(r, mm)]
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


@cache
def _countries():
    from app.geo import load_countries

    return load_countries()


@cache
def _capitals() -> dict[str, Any]:
    from app.geo import load_capitals

    return {c.country_code: c for c in load_capitals()}
