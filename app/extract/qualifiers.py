"""app.extract.qualifiers: what the text says around a spotted name to narrow where it is: a stated region
("Lyman in the Donetsk region"), a country ("Russia's Bryansk region", "the Russian port of Tuapse"), a nearby
city ("the Kherson suburb of Antonivka"). The passes over a whole article's hints (a region that covers a list
of names, a region carried to the next sentence) are article_hints'."""

from __future__ import annotations

import functools
import re

from app.extract.cohere import rank_km
from app.extract.spotting.spans import Spot
from app.geo.geodesic import measure
from app.geocode import Geocoder, Hints

DEMONYMS = {
    "russian": "RU", "ukrainian": "UA", "belarusian": "BY", "polish": "PL", "syrian": "SY", "venezuelan": "VE",
    "american": "US", "israeli": "IL", "iranian": "IR", "georgian": "GE", "moldovan": "MD", "lithuanian": "LT",
    "latvian": "LV", "estonian": "EE", "finnish": "FI", "romanian": "RO", "german": "DE", "french": "FR",
    "british": "GB", "turkish": "TR", "chinese": "CN", "japanese": "JP", "indian": "IN", "pakistani": "PK",
    "hungarian": "HU", "slovak": "SK", "czech": "CZ", "italian": "IT", "spanish": "ES", "canadian": "CA",
    "lebanese": "LB", "iraqi": "IQ", "yemeni": "YE", "saudi": "SA", "egyptian": "EG", "sudanese": "SD",
    "kazakh": "KZ", "armenian": "AM", "azerbaijani": "AZ", "norwegian": "NO", "swedish": "SE", "danish": "DK",
    "dutch": "NL", "belgian": "BE", "austrian": "AT", "swiss": "CH", "greek": "GR", "bulgarian": "BG",
    "serbian": "RS", "croatian": "HR", "colombian": "CO", "chilean": "CL", "cuban": "CU", "mexican": "MX",
}  # fmt: skip
# The place a people's or a place's word is formed from, by the regular English endings, for the names DEMONYMS
# does not list: "Sri Lankan", "South Ossetians", "Palestinian", "Dagestani", "Maltese", "Texan", "Londoner".
_DEMONYM_ENDINGS = (
    ("ian", ("ia", "e", "")),  # South Ossetia, Palestine, Brazil
    ("an", ("a", "as", "o")),  # Sri Lanka, Texas, Mexico
    ("ese", ("a", "")),  # Malta, Sudan
    ("er", ("",)),  # London, New York
    ("i", ("",)),  # Dagestan, Israel
)


def demonym_bases(key: str) -> list[str]:
    """Names a normalised people's or place's word may be formed from, most likely first ("sri lankans" ->
    "sri lanka"); [] for a word without such an ending."""
    forms = [key[:-1], key] if key.endswith("s") and not key.endswith("ss") else [key]
    out: list[str] = []
    for form in forms:
        for ending, stems in _DEMONYM_ENDINGS:
            if form.endswith(ending) and len(form) > len(ending) + 2:
                out.extend(form[: -len(ending)] + stem for stem in stems)
                break
    return list(dict.fromkeys(out))


_NAME = r"[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?"
AREA_WORD = r"regions?|oblasts?|provinces?|krais?|kray|districts?|raions?|voblasts?|governorates?|states?"
_REGION_AFTER = re.compile(
    rf"^\s*(?:,\s*(?:a|an|the|another)\s+(?:[a-z\-]+\s+){{0,3}}(?:village|town|city|settlement|hamlet|port|community|"
    rf"area|suburb)s?\s+)?(?:\s(?:township|village|town)\s+)?(?:,\s*)?(?:in|of|near)\s+(?:the\s+)?(?:(?P<owner>[A-Z][a-z]+)[’']s\s+)?"
    rf"(?:[a-z\-]+\s+){{0,2}}(?P<name>{_NAME})\s+(?P<word>(?i:{AREA_WORD}))\b"
)
_REGION_OF_AFTER = re.compile(
    rf"^\s*(?:,\s*)?in\s+the\s+(?:[a-z\-]+\s+){{0,2}}(?:region|province|oblast)\s+of\s+(?P<name>{_NAME})"
)
# "the Kharkiv region's Kupiansk", "In Sagaing Region's Kani Township", "Shan State's Hsipaw"
_REGION_BEFORE = re.compile(
    rf"(?P<name>{_NAME})\s+(?P<word>[Rr]egion|[Oo]blast|[Pp]rovince|[Ss]tate|[Gg]overnorate)[’']s\s+(?:[a-z\-]+\s+){{0,2}}$"
)
# "Ukraine's southern port of Odesa", not "Ukraine's allies gathered in Paris": a preposition other than "of"
# between the owner and the name ends the phrase the owner governs
_OWNER_BEFORE = re.compile(
    r"(?P<owner>[A-Z][a-z]+)[’']s\s+(?:(?!(?:in|at|to|from|for|with|by|on|into|near|over)\s)[a-z\-]+\s+){0,3}$"
)
_DEMONYM_BEFORE = re.compile(
    r"\b(?P<dem>[A-Z][a-z]+)\s+(?:[A-Za-z\-]+\s+){0,3}(?:port|city|town|village|region|capital|air\s?base|base|"
    r"oblast|province|settlement|border town|industrial city|hub)s?\s+of\s+$"
)
_DEMONYM_ADJ_BEFORE = re.compile(r"\b(?P<dem>[A-Z][a-z]+)(?:-(?:occupied|held|controlled|annexed))?\s+$")
_APPOSITION = re.compile(
    rf"^\s*,\s*(?:a|an|the)\s+(?:[a-z\-]+\s+){{0,3}}(?P<what>region|city|town|village|port|province|settlement)\s+"
    rf"(?:in|of)\s+(?:the\s+)?(?:[a-z\-]+\s+){{0,2}}(?P<name>{_NAME})"
)
IDENTIFIED = re.compile(
    r"^\s*(?:It|They|The ministry|The military)\s+(?:identified|named|listed)\s+them\s+as\b"
)
_SUBURB_BEFORE = re.compile(
    rf"(?P<city>{_NAME})\s+(?:suburbs?|outskirts|districts?|neighbou?rhoods?|area)\s+of\s+(?:the\s+)?(?:\w+\s+)?$"
)
# "Clarke and Oconee counties", "Orleans and Jefferson parishes": names of US second-level divisions written
# bare before their plural; the singular is the generic word the gazetteer files them under ("Clarke County").
DIVISIONS = {"counties": "County", "parishes": "Parish", "townships": "Township", "boroughs": "Borough"}
DIVISION_TYPES = tuple(w.lower() for w in DIVISIONS.values())
_DIVISIONS_AFTER = re.compile(r"^\s+(?P<word>counties|parishes|townships|boroughs)\b", re.IGNORECASE)
_COMMA_REGION_AFTER = re.compile(rf"^\s*,\s*(?P<name>{_NAME})\s+(?:region|oblast|province)\b")
_COMMA_AFTER = re.compile(
    rf"^\s*,\s*(?P<name>(?:[A-Z]\.){{2,}}|[A-Z][a-z]{{1,4}}\.|{_NAME}\b)(?!\s+(?:{AREA_WORD}))"
)

# The cues above that end in `$` are searched before every spotted name; these necessary conditions (a
# possessive for _REGION_BEFORE and _OWNER_BEFORE, "of" and a suburb word for _SUBURB_BEFORE, a final "of" for
# _DEMONYM_BEFORE) skip the search when it cannot match. _DEMONYM_ADJ_BEFORE only counts when its word is a
# demonym: with an optional "-controlled", that fits in the last _DEMONYM_ADJ_SPAN characters.
_DEMONYM_ADJ_SPAN = max(map(len, DEMONYMS)) + len("-controlled") + 1


def _suburb_words(before: str) -> bool:
    return "of" in before and (
        "suburb" in before
        or "outskirts" in before
        or "district" in before
        or "neighbo" in before
        or "area" in before
    )


def _possessive(before: str) -> bool:
    return "’s" in before or "'s" in before


def hints_for(geo: Geocoder, text: str, spot: Spot, memo: dict | None = None) -> Hints:
    """The hints the words around `spot` give (and its type, when an apposition says it is a region). They
    depend only on those words, its type and whether it is in a list: `memo` keeps them per article, so a
    phrase repeated thousands of times is read once."""
    after = text[spot.end : min(spot.sentence.end, spot.end + 160)]
    before = text[max(spot.sentence.start, spot.start - 80) : spot.start]
    axis = _AXIS_HEAD.match(text, spot.sentence.start, spot.start)
    axis_city = axis.group("city") if axis and axis.end() < spot.start else None
    if memo is None:
        return _near_told(geo, _hints_around(geo, before, after, spot), after, axis_city, spot)
    key = (before, after, spot.typed, not spot.listed_with, axis_city)
    hit = memo.get(key)
    if hit is None:
        hints = _near_told(geo, _hints_around(geo, before, after, spot), after, axis_city, spot)
        hit = memo[key] = (hints, spot.typed)
    else:
        spot.typed = hit[1]
    return hit[0]


# "Uspenivka (northeast of Huliaipole)", "Hryshyne, west of Pokrovsk": how front reports and assessments place a
# village: near the town named. Not a stated distance ("about 10 km northwest of Lyman"): that is a claim the
# distance checker (app/extract/claims) weighs against every namesake pair, so it must not choose the namesake.
_DIRECTION_AFTER = re.compile(
    r"^\s*(?:\(\s*|,\s*)(?:(?:just|about|some|roughly|around|approximately)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|from)|near|outside)\s+"
    rf"(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?P<city>{_NAME})"
)
# "In the Kupiansk direction, our defenders repelled six attacks near Kupiansk and Petropavlivka": a front
# report's heading places every village of its sentence near the town the direction is named after
_AXIS_HEAD = re.compile(rf"\s*(?:In|On)\s+the\s+(?P<city>{_NAME})\s+(?:direction|axis|sector|front)\b")
_AXIS_KM = 60.0
_DIRECTION_KM = 40.0
_TOLD_KM = 2.0  # the namesake a stated distance and bearing chose: its own point


# "Pokrovske, a village some 100 km south-east of Dnipro": an apposition that gives both a distance and a compass
# direction from a town is the writer telling WHICH namesake; the point it names chooses among them. A distance
# without a direction stays a claim for the checker (app/extract/claims) to weigh, as above.
# (compiled on first use: app.extract.claims imports the resolver, which imports this module)
@functools.cache
def _bearing_apposition() -> re.Pattern:
    from app.extract.claims.figure import _FIGURE

    return re.compile(
        rf"^\s*,\s*(?:a|an|the)\s+(?:[a-z\-]+\s+){{0,3}}(?:village|town|city|settlement|hamlet|port|community)\s+"
        rf"(?:(?:located|situated|lying)\s+)?{_FIGURE}\s+(?:to\s+the\s+)?"
        r"(?P<dir>(?:north|south|east|west)(?:[\s\-]?(?:north|south|east|west))?)\s+(?:of|from)\s+"
        rf"(?:the\s+)?(?:(?:town|city|regional\s+centre|regional\s+capital)\s+of\s+)?(?P<city>{_NAME})",
        re.IGNORECASE,
    )


def _bearing_told(geo: Geocoder, after: str, spot: Spot) -> Hints | None:
    """The namesake whose geodesic distance and initial bearing from the reference town fit the stated ones
    best (judged as app/extract/claims judges a claim), as a tight near-hint; None when none fits."""
    from app.extract.claims.figure import _stated
    from app.extract.claims.judge import misfit

    m = _bearing_apposition().match(after)
    if m is None or m.group("city") == spot.surface or not m.group("city")[0].isupper():
        return None
    stated = _stated(m)
    if stated is None or stated["_bearing"] is None:
        return None
    found = geo.search(m.group("city"), limit=1, fuzzy=False)
    if not found or found[0].kind != "settlement":
        return None
    ref = found[0]
    fits = []
    for c in geo.search(spot.surface, limit=40, fuzzy=False):
        if c.kind not in ("settlement", "facility") or (c.lat, c.lon) == (ref.lat, ref.lon):
            continue
        way = measure(ref.lat, ref.lon, c.lat, c.lon)
        if (off := misfit(stated, way.distance_km, way.initial_bearing_deg)) is not None:
            fits.append((off, c))
    if not fits:
        return None
    best = min(fits, key=lambda f: f[0])[1]
    return Hints(near=(best.lat, best.lon), near_km=_TOLD_KM, country=best.country_code)


def _near_told(geo: Geocoder, hints: Hints, after: str, axis_city: str | None, spot: Spot) -> Hints:
    """A near-hint from a distance and direction, or a direction alone, told right after the name, or else
    from the sentence's direction heading, when the words before gave no region and no nearby city."""
    if hints.admin1 is not None or hints.near is not None:
        return hints
    told = _bearing_told(geo, after, spot)
    if told is not None:
        return hints.merged(told)
    m = _DIRECTION_AFTER.match(after)
    city, km = (m.group("city"), _DIRECTION_KM) if m else (axis_city, _AXIS_KM)
    if city is None or city == spot.surface:
        return hints
    found = geo.search(city, limit=1, fuzzy=False)
    if not found or found[0].kind != "settlement":
        return hints
    return hints.merged(Hints(near=(found[0].lat, found[0].lon), near_km=km, country=found[0].country_code))


def _hints_around(geo: Geocoder, before: str, after: str, spot: Spot) -> Hints:
    hints = Hints()
    if spot.typed in (
        None,
        "region",
    ):  # the spotter reads "Kharkiv and Sumy regions" and "... counties" alike
        m = _DIVISIONS_AFTER.match(after)
        if m and not a_state(geo, spot.surface):  # "Georgia counties" are counties of the state
            spot.typed = DIVISIONS[m.group("word").lower()].lower()
    m = _REGION_AFTER.match(after) or _REGION_OF_AFTER.match(after)
    if m and spot.typed not in ("region",):
        h = geo.parse_hint(f"{m.group('name')} region")
        if h is not None and h.admin1:
            hints = hints.merged(h)
    if hints.admin1 is None:
        m = _COMMA_REGION_AFTER.match(after)  # "Semenivka, Chernihiv region"
        if m and spot.typed != "region":
            h = geo.parse_hint(f"{m.group('name')} region")
            if h is not None and h.admin1:
                hints = hints.merged(h)
    if hints.admin1 is None:
        m = _REGION_BEFORE.search(before) if _possessive(before) else None
        if m:
            # the name may have taken the capitalised word before it ("In Sagaing Region's"): then its last word
            names = (m.group("name"), m.group("name").split()[-1])
            word = m.group("word").lower()
            h = next(
                (
                    h
                    for n in names
                    for q in (f"{n} {word}", f"{n} region")
                    if (h := geo.parse_hint(q)) is not None
                ),
                None,
            )
            if h is not None and h.admin1:
                hints = hints.merged(h)
    if hints.admin1 is None:
        m = _APPOSITION.match(after)
        if m:
            h = geo.parse_hint(m.group("name"))
            if h is not None:
                hints = hints.merged(h)
            if m.group("what") == "region" and spot.typed is None:
                spot.typed = "region"
    if hints.admin1 is None:
        m = _COMMA_AFTER.match(after)
        if m and not spot.listed_with:
            h = geo.parse_hint(m.group("name")) or _county_hint(geo, m.group("name"))
            if h is not None:
                hints = hints.merged(h)
        elif (
            m
            and len(spot.listed_with) == 1
            and not _LIST_GOES_ON.match(after, m.end())
            and not _LIST_BEFORE.search(before)
        ):
            # "in Columbus, Ohio", "Rockingham, Northamptonshire": two names joined by a comma read as a list,
            # but when the second is a state or a county that holds a namesake of the first, it says where
            # the first is ("Kharkiv, Sumy" stays a list: no Kharkiv lies in Sumy oblast)
            h = geo.parse_hint(m.group("name")) or _county_hint(geo, m.group("name"))
            if h is not None and (h.admin1 or h.near) and _holds(geo, spot, h):
                hints = hints.merged(h)
    m = _SUBURB_BEFORE.search(before) if _suburb_words(before) else None
    if m:
        # "the Kherson suburb of Antonivka": the Antonivka near Kherson
        city = geo.search(m.group("city"), limit=1, fuzzy=False)
        if city:
            hints = hints.merged(
                Hints(near=(city[0].lat, city[0].lon), near_km=40.0, country=city[0].country_code)
            )
    if hints.country is None:
        m = _OWNER_BEFORE.search(before) if _possessive(before) else None
        cc = None
        if m:
            h = geo.parse_hint(m.group("owner"))
            cc = h.country if h is not None and h.admin1 is None else None
        if cc is None:
            tail = before.rstrip()
            m = (tail.endswith("of") and _DEMONYM_BEFORE.search(before)) or _DEMONYM_ADJ_BEFORE.search(
                before, max(0, len(tail) - _DEMONYM_ADJ_SPAN)
            )
            if m:
                cc = DEMONYMS.get(m.group("dem").lower())
        if cc:
            hints = hints.merged(Hints(country=cc))
    return hints


# after "A, B": a third name ("Kyiv, Kharkiv, Sumy", "Kyiv, Kharkiv and Sumy") makes it a list, not a qualifier
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?[A-Z]|(?:and|or)\s+(?:the\s+)?[A-Z])")
_LIST_BEFORE = re.compile(
    r"(?:,|\band|\bor)\s*(?:the\s+)?$"
)  # ... or a name before it ("Florida and Washington, D.C.")
COUNTY_KM = 40.0  # the proximity scale of a county named as a qualifier ("Croft, Yorkshire")


def _county_hint(geo: Geocoder, name: str) -> Hints | None:
    """A second-level division named as a qualifier ("Rockingham, Northamptonshire"): a hint to its country
    and near its point (the gazetteer's counties sit at the middle of their towns)."""
    for c in geo.search(name, limit=3, fuzzy=False):
        if c.kind == "other" and c.population and c.country_code and c.stage in ("exact", "alias"):
            return Hints(country=c.country_code, near=(c.lat, c.lon), near_km=COUNTY_KM)
    return None


def _holds(geo: Geocoder, spot: Spot, h: Hints) -> bool:
    """Whether the area of `h` holds a town of `spot`'s name (and the name is not itself a region: "Texas,
    Ohio" is a list of states)."""
    top = geo.search(spot.surface, limit=1, fuzzy=False)
    if not top or top[0].kind in ("region", "country") or spot.typed is not None:
        return False
    for c in geo.search(spot.surface, limit=5, hints=h, fuzzy=False):
        if c.kind in ("region", "country") or c.stage not in ("exact", "alias"):
            continue
        if h.admin1 and (c.country_code, c.admin1_code) == h.admin1:
            return True
        if h.near and c.country_code == h.country and rank_km(c.lat, c.lon, *h.near) <= 2.5 * COUNTY_KM:
            return True
    return False


def a_state(geo: Geocoder, name: str) -> bool:
    found = geo.search(name, limit=1, fuzzy=False)
    return bool(found) and found[0].kind in ("region", "country") and found[0].stage == "exact"
