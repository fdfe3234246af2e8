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
from app.extract.incidental import incidental
from app.extract.spot import Spot
from app.geocode import Geocoder, Hints

COUNTRY_STANDS_KM = (
    150.0  # how far from a country's point the article's places in it may lie for it to stand in
)
_ABBREVIATION = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")


# "Sange, a town about 30 kilometers (19 miles) north of Uvira": the apposition locates the place by a
# reference told right after it (a distance, a bearing or "near"), so it lies in the reference's region
_LOCATED_BY_REFERENCE = re.compile(
    r"\s*,\s*(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:village|town|settlement|hamlet|city)\s+"
    r"(?:(?:some|about|around|roughly|just|nearly|almost)\s+)?"
    r"(?:\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\([^)]*\)\s+)?)?"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|near|outside|from)\s+"
    r"(?:the\s+(?:city|town|provincial\s+capital|regional\s+capital|state\s+capital)\s+of\s+)?"
)


def _region_hint(geo: Geocoder, area: tuple[str, str]) -> Hints | None:
    """A hint to the first-level region `area` (country, admin-1 code), or None when the gazetteer has no point
    for it."""
    ri = geo.gaz.region_place(*area)
    return None if ri is None else Hints(country=area[0], admin1=area, admin1_name=geo.gaz.names[ri])


def _answer_with_region(
    geo: Geocoder, spots: list[Spot], first: list, cands: list, k: int, hint: Hints
) -> None:
    """The region itself stands for the name at k, at region precision, saying why (Geocoder.region_fallback)."""
    cs = geo.region_fallback(spots[k].surface, hint)
    if cs:
        first[k], cands[k] = Resolved(spots[k], cs[0], [], False), cs


def in_reference_region(geo: Geocoder, spots: list[Spot], first: list, cands: list) -> None:
    """A place the gazetteer lacks that the text locates by a reference right after it ("Sange, a town about
    30 km north of Uvira") is somewhere in the reference's first-level region: that region, at region
    precision, says so. (A short distance would place it near the reference; a region is what any distance
    told this way still leaves certain.)"""
    starts = {sp.start: k for k, sp in enumerate(spots)}
    for k, r in enumerate(first):
        sp = spots[k]
        if r is not None or sp.adjectival or not sp.unknown:
            continue
        text = sp.sentence.text
        m = _LOCATED_BY_REFERENCE.match(text, sp.end - sp.sentence.start)
        ref_k = starts.get(sp.sentence.start + m.end()) if m else None
        ref = first[ref_k] if ref_k is not None else None
        if ref is None or ref.cand.kind not in ("settlement", "capital") or not ref.cand.admin1_code:
            continue
        hint = _region_hint(geo, (ref.cand.country_code or "", ref.cand.admin1_code))
        if hint is not None:
            _answer_with_region(geo, spots, first, cands, k, hint)


def in_article_area(
    geo: Geocoder, spots: list[Spot], first: list, cands: list, *, only_villages: bool
) -> None:
    """A place handed in that the gazetteer lacks ("a hamlet of 200 people") is somewhere in the region the
    article's other places are in: that region, at region precision, says so ("no place ... in the
    gazetteer; returning the region"); with no such region it stays unresolved, unless the text calls it a
    village or town ("the border town of X"): then the country the article is about, when one country has
    most of the article's places and its point lies near all of them."""
    area = nearby.article_region([r.cand for r in first if r is not None])
    hint = _region_hint(geo, area) if area is not None else None
    if hint is None:
        if only_villages:
            _in_region_told_before(geo, spots, first, cands)
            _in_article_country(geo, spots, first, cands)
        return
    for k, r in enumerate(first):
        # a short form in capitals ("SA") is a country's or a region's, never "somewhere around here"
        if (
            r is None
            and (spots[k].typed == "village" or not only_villages)
            and not spots[k].adjectival
            and not _ABBREVIATION.fullmatch(spots[k].surface.strip())
        ):
            _answer_with_region(geo, spots, first, cands, k, hint)


def _in_region_told_before(geo: Geocoder, spots: list[Spot], first: list, cands: list) -> None:
    """An article about two provinces ("... Uvira, in South Kivu province ...", later "In North Kivu, ..."):
    a town the gazetteer lacks that the text calls a town is in the province the story last named as a region
    before it, at region precision; with none named before, the country is tried next."""
    # a sentence naming its own region ("the town of Hsipaw in northern Shan state") places the town by it
    told_here = {r.spot.sentence.start for r in first if r is not None and r.cand.kind == "region"}
    last = None
    for k, r in enumerate(first):
        if (
            r is not None
            and r.confident
            and r.cand.kind == "region"
            and r.cand.admin1_code
            and not r.spot.adjectival
        ):
            last = r.cand
            continue
        if r is not None or last is None or spots[k].typed != "village" or spots[k].adjectival:
            continue
        if spots[k].sentence.start in told_here:
            continue
        hint = _region_hint(geo, (last.country_code or "", last.admin1_code))
        if hint is not None:
            _answer_with_region(geo, spots, first, cands, k, hint)


def _in_article_country(geo: Geocoder, spots: list[Spot], first: list, cands: list) -> None:
    # the country of the places the article names as places: not its adjectives ("Israeli drones"), the
    # governments speaking, which name who acts rather than where, nor where a deal was signed or a launch
    # came from
    countries: Counter[str] = Counter(
        r.cand.country_code
        for r in first
        if r is not None
        and r.confident
        and r.cand.country_code
        and not (r.spot.adjectival or r.spot.metonymic)
        # "despite a ceasefire signed in Doha": where the diplomacy was says nothing of where the story is
        and not incidental(
            r.spot.sentence.text, 0, r.spot.start - r.spot.sentence.start, r.spot.end - r.spot.sentence.start
        )
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
