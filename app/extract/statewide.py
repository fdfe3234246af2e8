"""app.extract.statewide: local news names its towns bare, because its readers know the state ("Columbus police
said", "a Greenville man"). The state is still in the article, spread over it: an AP abbreviation anywhere
("Jasper, Ala.", "R-Tenn."), a postal code ("Jasper, AL 35501"), a state named, and above all the other places
it names, which may each have namesakes in many states but share one. This stage reads that state and moves
the bare names to their namesake in it.

The article's state is the first-level region that covers the most of its names: each distinct name counts one
for every state in which it has a namesake of the same kind (among its ranked candidates, within COVER_POOL of
the best), a state stated in the text (named, abbreviated, a postal code) counts STATED more. It must cover at
least MIN_COVER and lead every other region by LEAD: a story of Columbus, Norfolk and Platte County is in
Nebraska, the one state with all three; a story of Columbus alone has no state to read.

A name then moves to its namesake in that state when nothing in its sentence says where it is (a stated region,
a country, a nearby place), its current place is in the same country but another state that the text never
states, it is not a city of a million or a national capital, and the namesake ranks within MOVE_MARGIN of it.
Another name of a town (an old one) never beats a town's own name, as in app.extract.cohere."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from app.extract.cohere import own_names_first
from app.extract.focus import Resolved
from app.extract.qualifiers import DIVISION_TYPES
from app.gazetteer.sources import state_abbreviations
from app.geo.geodesic import measure
from app.geocode import Candidate, Geocoder, Hints

# Where news names towns bare for readers who know the state. War news names oblasts and raions to place
# villages ("Komyshuvakha in the Zaporizhzhia region"), which would read as the state of the whole story.
COUNTRIES = ("US",)
STATED = 2.0
COVER_POOL = 0.3
MIN_COVER = 2.0
# A place abroad this close to a country of the state's name keeps that country ("Georgia" beside Armenia); the
# South Caucasus fits inside it, the United States (the states' side) lies 9,000 km away.
NEIGHBOURHOOD_KM = 1500.0
LEAD = 1.0
MOVE_MARGIN = 0.2
PRIMARY_POPULATION = 100_000
PRIMARY_RATIO = 20
# a town moves to a town, a county to a county ("other": second-level divisions and districts)
_GROUP = {"settlement": "place", "capital": "place", "other": "division"}
_STAGES = ("exact", "alias", "generated", "variant")
_TRUNCATED = 10  # a name with this many candidates may have more than the ranked list holds
_ASKED = 25  # at most this many leading states (within LEAD of the first) in which such a name is looked up


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """AP abbreviations where news writes them for a state: after a comma ("Jasper, Ala."), in brackets
    ("Walker County (Ga.)") or after a party letter ("R-Tenn."); the dots of a two-part one may have a space
    ("W. Va."). A title ("Del. Smith") or a sentence's word ("Miss.") elsewhere is not read."""
    of: dict[str, tuple[str, str]] = {}
    forms = []
    for abbr, cc, code in state_abbreviations():
        of[abbr.replace(" ", "")] = (cc, code)
        forms.append(r"\.\s?".join(re.escape(p) for p in abbr.rstrip(".").split(".")) + r"\.")
    forms.sort(key=len, reverse=True)
    pat = re.compile(r"(?:(?<=,\s)|(?<=\()|(?<=\b[RDI]-))(" + "|".join(forms) + r")(?!\w)")
    return pat, of


_POSTAL = re.compile(r"(?<=,\s)([A-Z]{2})(?=\s+\d{5}(?:-\d{4})?\b)")


def stated_states(geo: Geocoder, text: str) -> Counter[tuple[str, str]]:
    """First-level regions the text states by an AP abbreviation or a US postal code, each occurrence once."""
    pat, of = _abbreviation_pattern()
    out: Counter[tuple[str, str]] = Counter()
    for m in pat.finditer(text):
        area = of.get(m.group(1).replace(" ", ""))
        if area is not None:
            out[area] += 1
    for m in _POSTAL.finditer(text):
        if geo.gaz.region_place("US", m.group(1)) is not None:
            out[("US", m.group(1))] += 1
    return out


def _query(s) -> str:
    """What the name is looked up as: "Oconee" in "Clarke and Oconee counties" as Oconee County."""
    return f"{s.surface} {s.typed}" if s.typed in DIVISION_TYPES else s.surface


def _group(c: Candidate) -> str | None:
    return _GROUP.get(c.kind)


def article_state(
    geo: Geocoder, text: str, resolved: list[Resolved], cands_of: dict
) -> tuple[tuple[str, str] | None, Counter]:
    """(the state the article is about or None, the states the text states with their weight)."""
    stated: Counter[tuple[str, str]] = Counter()
    for area, n in stated_states(geo, text).items():
        stated[area] += STATED * n
    seen_regions: set[str] = set()
    for r in resolved:
        c = r.cand
        if c.kind == "region" and c.admin1_code and c.country_code and r.spot.key not in seen_regions:
            if c.stands_in:
                continue  # a region standing in for a name the gazetteer lacks is no evidence
            seen_regions.add(r.spot.key)
            stated[(c.country_code, c.admin1_code)] += STATED
    # each distinct name: the states it has a namesake in, among its ranked candidates
    names: dict[str, tuple[Resolved, set[tuple[str, str]], bool]] = {}
    for r in resolved:
        key = r.spot.key
        if key in names or _group(r.cand) is None or r.spot.adjectival:
            continue
        cs = cands_of.get(id(r.spot)) or [r.cand]
        top = max(c.score for c in cs)
        group = _group(r.cand)
        areas = {
            (c.country_code, c.admin1_code)
            for c in cs
            if c.country_code and c.admin1_code and _group(c) == group and c.score >= top - COVER_POOL
        }
        if _big(r.cand, cs) and r.cand.admin1_code:
            # a city the name means whatever the article (it will not move) is evidence for its own state only
            areas, cut = {(r.cand.country_code, r.cand.admin1_code)}, False
        else:
            cut = len(cs) >= _TRUNCATED
        names[key] = (r, areas, cut)
    cover = _cover(stated, names)
    # the ranked list stops at a dozen Clintons: a name cut short is looked up by name in the leading states
    lead = max(cover.values(), default=0.0)
    for area, _n in [(a, n) for a, n in cover.most_common() if n >= lead - LEAD][:_ASKED]:
        hint = Hints(country=area[0], admin1=area)
        for r, areas, cut in names.values():
            if cut and area not in areas:
                group = _group(r.cand)
                if any(
                    (c.country_code, c.admin1_code) == area and _group(c) == group and c.stage in _STAGES
                    for c in geo.search(_query(r.spot), limit=3, hints=hint, fuzzy=False)
                ):
                    areas.add(area)
    cover = _cover(stated, names)
    if not cover:
        return None, stated
    ranked = cover.most_common(2)
    best, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if n >= MIN_COVER and n >= second + LEAD:
        return best, stated
    return None, stated


def _cover(stated: Counter, names: dict) -> Counter:
    cover: Counter[tuple[str, str]] = Counter({a: n for a, n in stated.items() if a[0] in COUNTRIES})
    for _r, areas, _cut in names.values():
        for area in areas:
            if area[0] in COUNTRIES:
                cover[area] += 1.0
    return cover


def _big(c: Candidate, cands: list[Candidate]) -> bool:
    """A national capital, a city of a million, or the one city the name means: of PRIMARY_POPULATION people,
    PRIMARY_RATIO times as many as any namesake in its country or in the US ("Atlanta" is Georgia's, "Boston"
    Massachusetts' unless the text says otherwise; Florence, Italy, is not ten times Florence, Alabama)."""
    if "national capital" in c.why or c.population >= 1_000_000:
        return True
    if c.population < PRIMARY_POPULATION or _group(c) != "place":
        return False  # a county's people are counted from the towns the index has in it: no measure of fame
    rest = max(
        (
            x.population
            for x in cands
            if x.place_id != c.place_id and _group(x) and x.country_code in (c.country_code, *COUNTRIES)
        ),
        default=0,
    )
    return c.population >= PRIMARY_RATIO * rest


def settle_states(
    geo: Geocoder, text: str, resolved: list[Resolved], cands_of: dict, hints_of: dict, settled: set[int]
) -> list[Resolved]:
    """Move each bare name to its namesake in the article's state (module docstring); the spots moved join
    `settled`, so the later stages that re-choose free names leave them."""
    resolved = countries_as_states(resolved, cands_of, hints_of, settled)
    area, stated = article_state(geo, text, resolved, cands_of)
    if area is None:
        return resolved
    cc, code = area
    names_in: Counter[str] = Counter()
    for c in {(r.spot.key, r.cand.place_id): r.cand for r in resolved}.values():
        names_in[c.country_code or ""] += 1
    # a country other names of the article lie in (or that it names as such) is not a mistake to undo
    backed = {x for x, n in names_in.items() if n > 1}
    out = list(resolved)
    found: dict[str, Candidate | None] = {}
    for k, r in enumerate(resolved):
        s, c = r.spot, r.cand
        group = _group(c)
        if group is None or s.adjectival or s.typed not in (None, *DIVISION_TYPES):
            continue
        if c.country_code != cc and not (stated.get(area) and c.country_code not in backed):
            continue  # abroad only when the text states the state and names nothing else in that country
        cs = cands_of.get(id(s), [])
        if c.admin1_code == code or stated.get((cc, c.admin1_code or "")) or _big(c, cs):
            continue
        h = hints_of.get(id(s))
        if h is not None and (h.admin1 or h.near):
            continue  # the text said where it is
        if s.key not in found:
            found[s.key] = _namesake_in(geo, r, cands_of.get(id(s), []), area, group)
        best = found[s.key]
        if best is None or best.score < c.score - MOVE_MARGIN:
            continue
        out[k] = Resolved(s, best, [x for x in cs if x.place_id != best.place_id][:3], False)
        settled.add(id(s))
    return out


def countries_as_states(
    resolved: list[Resolved], cands_of: dict, hints_of: dict, settled: set[int]
) -> list[Resolved]:
    """A country's name that is also a first-level region of another country ("Georgia") is that region when
    the article names at least MIN_COVER other places in the region's country and none in the country (no
    town, no "Georgian"): a story of Gainesville, Hall County and Georgia is in the state."""
    in_country: dict[str, set[str]] = {}
    for r in resolved:
        if r.cand.country_code:
            in_country.setdefault(r.cand.country_code, set()).add(r.spot.key)
    out = resolved
    for k, r in enumerate(resolved):
        s, c = r.spot, r.cand
        if c.kind != "country" or s.typed is not None or s.adjectival or s.metonymic:
            continue
        h = hints_of.get(id(s))
        if h is not None and (h.country or h.admin1):
            continue
        if in_country.get(c.country_code or "", set()) - {s.key}:
            continue  # the article names the country's places (or the country by an adjective)
        if _neighbours_named(c, resolved, s.key):
            continue  # Armenia and Azerbaijan beside "Georgia" are the country's neighbourhood, not the state's
        region = next(
            (
                x
                for x in cands_of.get(id(s), [])
                if x.kind == "region"
                and x.stage == "exact"
                and x.country_code
                and x.country_code in COUNTRIES
                and x.country_code != c.country_code
                and len(in_country.get(x.country_code, set()) - {s.key}) >= MIN_COVER
            ),
            None,
        )
        if region is None:
            continue
        if out is resolved:
            out = list(resolved)
        out[k] = Resolved(s, region, [c], False)
        settled.add(id(s))
    return out


def _neighbours_named(country: Candidate, resolved: list[Resolved], key: str) -> bool:
    """The article names a place abroad (outside COUNTRIES) within NEIGHBOURHOOD_KM of the country's point."""
    for r in resolved:
        x = r.cand
        if (
            r.spot.key == key
            or x.country_code in (None, "", *COUNTRIES)
            or x.country_code == country.country_code
        ):
            continue
        if measure(country.lat, country.lon, x.lat, x.lon).distance_km <= NEIGHBOURHOOD_KM:
            return True
    return False


def _namesake_in(
    geo: Geocoder, r: Resolved, cands: list[Candidate], area: tuple[str, str], group: str
) -> Candidate | None:
    """The name's best namesake of the same kind in `area`: among its candidates, else looked up there by name
    (never by a typo)."""
    pool = [c for c in cands if (c.country_code, c.admin1_code) == area and _group(c) == group]
    if not pool:
        hint = Hints(country=area[0], admin1=area)
        pool = [
            c
            for c in geo.search(_query(r.spot), limit=3, hints=hint, fuzzy=False)
            if (c.country_code, c.admin1_code) == area and _group(c) == group
        ]
    pool = own_names_first([c for c in pool if c.stage in _STAGES] + ([r.cand] if r.cand.stage else []))
    pool = [c for c in pool if c is not r.cand]
    return max(pool, key=lambda c: c.score) if pool else None
