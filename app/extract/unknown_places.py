"""app.extract.unknown_places: where a place the gazetteer lacks is said to be when its sentence names no region
— the region the article is about, or, for a place the text calls a village or town, the country the article is
about when that country's point stands for the places it names (Lebanon, not Ukraine). Either answer is at
region precision (geo_precision 3) and says why, never a precise point."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from app.extract import nearby
from app.extract.cohere import rank_km as _km
from app.extract.focus import Resolved
from app.extract.spot import Spot
from app.geocode import Geocoder, Hints

COUNTRY_STANDS_KM = (
    150.0  # how far from a country's point the article's places in it may lie for it to stand in
)
_ABBREVIATION = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")


def in_article_area(
    geo: Geocoder, spots: list[Spot], first: list, cands: list, *, only_villages: bool
) -> None:
    """A place handed in that the gazetteer lacks ("a hamlet of 200 people") is somewhere in the region the
    article's other places are in: that region, at region precision, says so ("no place ... in the
    gazetteer; returning the region"); with no such region it stays unresolved, unless the text calls it a
    village or town ("the border town of X"): then the country the article is about, when one country has
    most of the article's places and its point lies near all of them."""
    area = nearby.article_region([r.cand for r in first if r is not None])
    ri = geo.gaz.region_place(*area) if area is not None else None
    if ri is None:
        if only_villages:
            _in_article_country(geo, spots, first, cands)
        return
    hint = Hints(country=area[0], admin1=area, admin1_name=geo.gaz.names[ri])
    for k, r in enumerate(first):
        # a short form in capitals ("SA") is a country's or a region's, never "somewhere around here"
        if (
            r is None
            and (spots[k].typed == "village" or not only_villages)
            and not spots[k].adjectival
            and not _ABBREVIATION.fullmatch(spots[k].surface.strip())
        ):
            cs = geo.region_fallback(spots[k].surface, hint)
            if cs:
                first[k], cands[k] = Resolved(spots[k], cs[0], [], False), cs


def _in_article_country(geo: Geocoder, spots: list[Spot], first: list, cands: list) -> None:
    # the country of the places the article names as places: not its adjectives ("Israeli drones") nor the
    # governments speaking, which name who acts rather than where
    countries: Counter[str] = Counter(
        r.cand.country_code
        for r in first
        if r is not None
        and r.confident
        and r.cand.country_code
        and not (r.spot.adjectival or r.spot.metonymic)
    )
    if not countries:
        return
    (cc, n), total = countries.most_common(1)[0], sum(countries.values())
    if 2 * n <= total:
        return  # no one country the article is about
    c = geo.country(cc)
    if c is None:
        return
    # a point hundreds of kilometres from the story would look like a place of its own
    if any(
        _km(c.lat, c.lon, r.cand.lat, r.cand.lon) > COUNTRY_STANDS_KM
        for r in first
        if r is not None and r.cand.country_code == cc and r.cand.kind != "country"
    ):
        return
    for k, r in enumerate(first):
        if r is None and spots[k].typed == "village" and not spots[k].adjectival:
            why = (
                f"no place {spots[k].surface!r} in the gazetteer; returning the country (geo_precision 3)",
            )
            cs = [replace(c, why=why + c.why)]
            first[k], cands[k] = Resolved(spots[k], cs[0], [], False), cs
