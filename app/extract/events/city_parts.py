"""app.extract.events.city_parts: a district told by the city it belongs to. City districts share their names
from one city to the next (a Shevchenkivskyi district in Kyiv, Kharkiv, Lviv ...), so the gazetteer's one may
be another city's: 'the city's Kyivskyi district' is part of the city the story is about, and 'Kharkiv's
Shevchenkivskyi district' resolved far from Kharkiv is Kharkiv's own, not the namesake."""

from __future__ import annotations

import re

from app.extract.neighbourhoods import PART_KM
from app.extract.resolve import Resolved, _km

_I = re.I
_CITY_PART_AFTER = re.compile(r"^\s+(?:district|raion|neighbou?rhood|quarter|microdistrict)\b", _I)
_THE_CITYS_BEFORE = re.compile(r"\bthe\s+(?:city|capital|town|port\s+city)[’']s\s+$", _I)
_POSSESSIVE_BEFORE = re.compile(r"[’']s\s+$")
# (the rest of a name the spotter cut short may stand between: "Qizan an-Najjar neighbourhood of"; not "the Izium
# district of Kharkiv", a district of a region named like its capital)
_OF_CITY_AFTER = re.compile(
    r"^(?:\s+[\w’'\-]+){0,2}?\s+(?:neighbou?rhood|quarter)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?",
    _I,
)


def part_of_another_city(before: str, after: str, items: list[Resolved], r: Resolved) -> bool:
    """Whether r is a district named by its city ('the city's X district', 'Kharkiv's X district') that is
    not a place of its own: the city told before, or the named city when r resolved far from it."""
    of = _OF_CITY_AFTER.match(after)
    if of:
        # "the Qizan an-Najjar neighbourhood of Khan Younis": the city is named after it
        owner = next((o for o in items if o.spot.start == r.spot.end + of.end() and o is not r), None)
        return (
            owner is not None
            and owner.cand.kind in ("settlement", "capital")
            and _km(owner.cand.lat, owner.cand.lon, r.cand.lat, r.cand.lon) > PART_KM
        )
    if not _CITY_PART_AFTER.match(after):
        return False
    if _THE_CITYS_BEFORE.search(before):
        return True
    m = _POSSESSIVE_BEFORE.search(before)
    if not m:
        return _district_of_the_city_told(items, r)
    owner_end = r.spot.start - (len(before) - m.start())
    owner = next((o for o in items if o.spot.end == owner_end and o is not r), None)
    return (
        owner is not None
        and owner.cand.kind in ("settlement", "capital")
        and _km(owner.cand.lat, owner.cand.lon, r.cand.lat, r.cand.lon) > PART_KM
    )


def without_city_parts(text: str, sent, items: list[Resolved]) -> list[Resolved]:
    """The places of a sentence less the districts told by their city: a follow-up 'the body of a man was
    pulled from a house in the city's Kyivskyi district' adds to the city's event, not a district elsewhere."""
    return [
        r
        for r in items
        if not part_of_another_city(
            text[max(sent.start, r.spot.start - 60) : r.spot.start],
            text[r.spot.end : r.spot.end + 40],
            items,
            r,
        )
    ]


CITY_POP = 50_000  # a place with districts of its own


def _district_of_the_city_told(items: list[Resolved], r: Resolved) -> bool:
    """'In Kherson itself, artillery hit the Dniprovskyi district': the district of the one city the sentence
    named before it, when the gazetteer's district of that name lies in another region (Kyiv's); a raion of the
    city's own region ('Nikopol and the Synelnykove district') stays a place of its own."""
    cities = [
        o
        for o in items
        if o is not r
        and o.spot.end <= r.spot.start
        and o.cand.kind in ("settlement", "capital")
        and o.cand.population >= CITY_POP
    ]
    if len(cities) != 1:
        return False
    city = cities[0].cand
    return (city.country_code, city.admin1_code) != (r.cand.country_code, r.cand.admin1_code) and _km(
        city.lat, city.lon, r.cand.lat, r.cand.lon
    ) > PART_KM
