"""app.extract.focus: choose among a name's namesakes by what the rest of the article says: the countries and
first-level regions it is about, the places it names near each other, and one sense per name."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from app.extract import cohere
from app.extract.cohere import rank_km as _km
from app.extract.spotting.spans import Spot
from app.geocode import Candidate

# How far below the best-ranked namesake abroad a namesake in the article's own countries may rank and still be
# taken: a town of 10,000 at home beats a city of 100,000 abroad, never one of a million.
FOCUS_MARGIN = 0.1


@dataclass(slots=True)
class Resolved:
    spot: Spot
    cand: Candidate
    alts: list[Candidate]
    confident: bool


def cohere_free(
    resolved: list[Resolved], cands_of: dict, hints_of: dict, settled: set[int]
) -> list[Resolved]:
    """Re-choose, among close-ranking namesakes, the towns nothing in their sentence qualifies (app.extract.cohere)."""
    free = []
    pools: dict[tuple[int, ...], list[Candidate]] = {}
    for k, r in enumerate(resolved):
        h = hints_of.get(id(r.spot))
        cs = cands_of.get(id(r.spot), [])
        if r.spot.typed is not None or len(cs) < 2 or id(r.spot) in settled or r.cand.kind != "settlement":
            continue
        if h is not None and (h.admin1 or h.country or h.near):
            continue  # the text said where it is
        if r.cand.stage == "exact" and ("national capital" in r.cand.why or r.cand.population >= 1e6):
            continue  # a capital or a city of millions is what its own name means (not what an old name meant)
        ids = tuple(map(id, cs))  # the same candidates (a repeated name): the same pool, computed once
        pool = pools.get(ids)
        if pool is None:
            pool = pools[ids] = cohere.namesakes(cs)
        if len(pool) > 1:
            free.append((k, pool))
    if not free:
        return resolved
    out = list(resolved)
    for k, best in cohere.choose([(r.spot.key, r.cand) for r in resolved], free).items():
        cs = cands_of[id(out[k].spot)]
        out[k] = Resolved(out[k].spot, best, [c for c in cs if c is not best][:3], False)
    return out


def in_focus(r: Resolved, cs: list[Candidate], ctx) -> Resolved | None:
    """The article's own countries before population, for a name nothing else in the text qualifies.

    - 'Salisbury' in a British story is Salisbury, not Harare (Salisbury until 1982): a town's alternate or
      historical name yields to any place whose own name it is in a country the article is about;
    - 'St. Louis' in an American story is the Missouri city, not the Senegalese region: a namesake abroad
      yields to one in the article's countries that ranks about as high (FOCUS_MARGIN).
    Among several there, the article's regions and nearby places decide. Stated regions and countries
    (`typed`, hints) are not second-guessed, nor is a place the article names as a country."""
    c = r.cand
    if r.spot.typed is not None or c.kind == "country" or not c.why:
        return None
    others, total, admin1s, neighbours, named, focus = ctx
    if c.country_code in named:
        return None
    if c.kind == "settlement" and c.stage == "alias":
        own = [x for x in cs if x.stage == "exact" and x.country_code in named]
    elif not focus:
        return None
    elif c.country_code and "national capital" not in c.why:
        # a namesake at home wins only where home is clearly what the article is about ("Manchester" in a
        # story of Syria, Texas and Colchester stays English)
        own = [x for x in cs if x.country_code in focus and x.score >= c.score - FOCUS_MARGIN
               and others[x.country_code] >= 2 * max(1, others[c.country_code or ""])
               and x.why and x.stage == c.stage]  # fmt: skip
    else:
        return None  # an ocean, a macro-region: no country to be wrong about; a capital is the capital
    if not own:
        return None
    best = max(own, key=lambda x: context_score(x, others, total, admin1s, neighbours))
    return Resolved(r.spot, best, [x for x in cs if x is not best][:3], False)


def article_countries(others: Counter[str]) -> tuple[set[str], set[str]]:
    """The countries other places of the article are in (the two most named), and those the article is about:
    named at least twice by other places, a quarter of what they name. (`in_focus` reads them from its ctx.)"""
    total = sum(others.values()) or 1
    named = {cc for cc, n in others.most_common(2) if n > 0}
    return named, {cc for cc in named if others[cc] >= 2 and others[cc] >= 0.25 * total}


def context_score(c: Candidate, countries, total, admin1s, neighbours) -> float:
    s = c.score
    s += 0.15 * countries.get(c.country_code or "", 0) / total
    if c.admin1_code and admin1s.get((c.country_code or "", c.admin1_code)):
        s += 0.12
    if neighbours:
        d = min(_km(c.lat, c.lon, n.lat, n.lon) for n in neighbours)
        s += 0.25 * math.exp(-d / 120.0)
    return s


def one_sense(resolved: list[Resolved]) -> list[Resolved]:
    """One name, one place per article, unless the text itself says otherwise (a stated region)."""
    chosen: dict[tuple[str, str | None], Resolved] = {}
    for r in resolved:
        k = (r.spot.key, r.spot.typed)
        cur = chosen.get(k)
        if cur is None or (r.confident and not cur.confident):
            chosen[k] = r
    out = []
    for r in resolved:
        best = chosen[(r.spot.key, r.spot.typed)]
        if not r.confident and best.confident and best.cand.place_id != r.cand.place_id:
            r = Resolved(r.spot, best.cand, best.alts, False)
        out.append(r)
    return out
