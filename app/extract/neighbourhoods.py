"""app.extract.neighbourhoods: a name told as a part of a city — "the Zeitoun neighbourhood of Gaza City", "the
Shejaiya district of Gaza", "a suburb of Khartoum called ..." — is in that city. Neighbourhood names repeat from
one country to the next (a Zeitoun in Cairo, a Żejtun in Malta), and the gazetteer rarely lists the part itself:
the namesake near the city when there is one, else the city itself at geo_precision 2 (somewhere in it), never
a far namesake."""

from __future__ import annotations

import re
from dataclasses import replace

from app.extract.cohere import rank_km as _km
from app.extract.focus import Resolved
from app.geocode import Candidate, Geocoder

PART_KM = 30.0  # a part of a city lies within this of the city's point
_CITY = r"[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){0,2}"
_PART_OF_AFTER = re.compile(
    rf"\s+(?P<word>neighbou?rhood|district|quarter|suburb|area)\s+(?:of|in)\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?"
    rf"(?P<city>{_CITY})\b(?!\s+(?:region|oblast|province|state|governorate|county|district|raion|municipality)\b)"
)
# "the Kupiansk district of Kharkiv" is a raion of the Kharkiv region, 100 km from the city: a district or an
# area may be a region's, so a name so told keeps a namesake at home and only a namesake abroad is replaced,
# and a name the gazetteer lacks goes to the city only when the word says it is a part of a city
_CITY_ONLY = ("neighbourhood", "neighborhood", "quarter", "suburb")


def _city(geo: Geocoder, name: str, memo: dict) -> Candidate | None:
    if name not in memo:
        found = geo.search(name, limit=1, fuzzy=False)
        memo[name] = found[0] if found and found[0].kind in ("settlement", "capital") else None
    return memo[name]


def settle(geo: Geocoder, text: str, spots: list, out: list[Resolved], cands_of: dict) -> list[Resolved]:
    """Each spotted name followed by '<part word> of <city>' placed in that city (see the module)."""
    by_spot = {id(r.spot): k for k, r in enumerate(out)}
    memo: dict = {}
    added: list[Resolved] = []
    for s in spots:
        m = _PART_OF_AFTER.match(text, s.end, min(len(text), s.end + 80))
        if m is None:
            continue
        city = _city(geo, m.group("city"), memo)
        if city is None:
            continue
        k = by_spot.get(id(s))
        r = out[k] if k is not None else None
        if (
            r is not None
            and r.cand is not city
            and _km(r.cand.lat, r.cand.lon, city.lat, city.lon) <= PART_KM
        ):
            continue  # already the part near the city
        near = next(
            (
                c
                for c in cands_of.get(id(s), [])
                if c.kind not in ("region", "country") and _km(c.lat, c.lon, city.lat, city.lon) <= PART_KM
            ),
            None,
        )
        if near is None and r is not None and r.cand.country_code == city.country_code:
            continue  # a namesake at home may be the region's district (see _CITY_ONLY)
        placed = Resolved(s, near or replace(city, geo_precision=2), [], near is not None)
        if k is None:
            added.append(placed)
        else:
            out[k] = placed
    if added:
        out = sorted([*out, *added], key=lambda r: r.spot.start)
    return out
