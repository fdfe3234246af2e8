"""app.extract.article_hints: passes over all the hints of an article at once, after qualifiers.hints_for has
read each name's own words: a region told for a whole list ("Kharkiv, Sumy and Chernihiv regions"), a region
carried from one sentence to the names of the next, the region a story's scene is set in."""

from __future__ import annotations

import re

from app.extract.qualifiers import AREA_WORD, DIVISION_TYPES, IDENTIFIED, a_state
from app.extract.spotting.spans import Spot
from app.geocode import Geocoder, Hints


def spread_list_hints(spots: list[Spot], hints: list[Hints], geo: Geocoder | None = None) -> list[Hints]:
    """'Myrnohrad, Rodynske and Artemivka in Ukraine's Donetsk region': the region covers the list; so does the
    type of its last name ("the Kharkiv and Sumy regions", "Clarke, Madison and Oconee counties")."""
    out = list(hints)
    changed = True
    while changed:
        changed = False
        for k, s in enumerate(spots):
            for j in s.listed_with:
                if out[j].admin1 and not out[k].admin1 and spots[k].typed != "region":
                    out[k] = out[k].merged(
                        Hints(country=out[j].country, admin1=out[j].admin1, admin1_name=out[j].admin1_name)
                    )
                    changed = True
                if spots[j].typed == "region" and not spots[k].typed:
                    spots[k].typed = "region"  # "the Kharkiv and Sumy regions"
                    changed = True
                if (
                    spots[j].typed in DIVISION_TYPES
                    and spots[k].typed in (None, "region")
                    and not (
                        geo is not None and a_state(geo, spots[k].surface)
                    )  # "... in Georgia and X counties"
                ):
                    spots[k].typed = spots[j].typed  # "Clarke, Madison and Oconee counties"
                    changed = True
    return out


def carry_over(geo: Geocoder, text: str, spots: list[Spot], hints: list[Hints]) -> list[Hints]:
    """'...four settlements in the Donetsk region. It identified them as A, B and C.'"""
    out = list(hints)
    for k, s in enumerate(spots):
        if out[k].admin1 or not IDENTIFIED.match(s.sentence.text):
            continue
        prev = []
        for j in range(k - 1, -1, -1):  # backwards, stopping at the block's start: linear, not k per spot
            if spots[j].sentence.block != s.sentence.block:
                break
            if spots[j].sentence.end <= s.sentence.start:
                prev.append(j)
        for j in prev:
            if spots[j].typed == "region":
                h = geo.parse_hint(f"{spots[j].key} region")
                if h is not None and h.admin1:
                    out[k] = out[k].merged(h)
                break
    return out


_AREA_END = re.compile(rf"\s(?:{AREA_WORD})$", re.IGNORECASE)


def scene_regions(geo: Geocoder, spots: list[Spot], hints: list[Hints]) -> list[Hints]:
    """'In Dnipropetrovsk Oblast, Russian drones attacked Nikopol ...', 'Russian forces struck Kramatorsk,
    Donetsk Oblast Governor Vadym Filashkin said. Another resident was killed in Dobropillia.': a region named as
    such in a paragraph is where the paragraph's towns are, when exactly one of its regions holds a town of
    the name. A daily round-up tells one oblast per paragraph: the article's other oblasts (a namesake near
    the towns of the paragraph before) do not place it."""
    by_block: dict[int, list[Hints]] = {}
    for s in spots:
        area_word = _AREA_END.search(s.surface) is not None
        if s.adjectival or not (s.typed == "region" or area_word):
            continue
        h = geo.parse_hint(s.surface if area_word else f"{s.surface} region")
        if h is not None and h.admin1:
            seen = by_block.setdefault(s.sentence.block, [])
            if all(o.admin1 != h.admin1 for o in seen):
                seen.append(h)
    if not by_block:
        return hints
    out = list(hints)
    for k, s in enumerate(spots):
        regions = by_block.get(s.sentence.block)
        if not regions or out[k].admin1 or out[k].near or s.typed is not None or s.adjectival:
            continue
        if not _a_towns_name(geo, s):
            continue
        holding = [h for h in regions if _bears_it_today(geo, s, h)]
        if len(holding) == 1:
            out[k] = out[k].merged(holding[0])
    return out


def _a_towns_name(geo: Geocoder, spot: Spot) -> bool:
    """The name is no region's or country's (its best match is a town): asked once per name, not per region."""
    top = geo.search(spot.surface, limit=1, fuzzy=False)
    return bool(top) and top[0].kind not in ("region", "country")


def _bears_it_today(geo: Geocoder, spot: Spot, h: Hints) -> bool:
    """A town of the region `h` has the name as its own (not an old name: Engels, Saratov region, was Pokrovsk
    until 1931)."""
    return any(
        c.stage == "exact"
        and c.kind not in ("region", "country")
        and (c.country_code, c.admin1_code) == h.admin1
        for c in geo.search(spot.surface, limit=5, hints=h, fuzzy=False)
    )
