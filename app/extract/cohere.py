"""app.extract.cohere: local news names towns near each other. A town whose name other towns share is chosen,
among its namesakes ranking close to the best (POOL), for how well it fits the places the rest of the article
names: the same country, the same first-level region, the distance to the nearest of them. Two rounds, so that
two towns that settle each other ("Burlington, Rutland and Montpelier") both move."""

from __future__ import annotations

import math
from collections import Counter

from rapidfuzz import fuzz

from app.gazetteer.normalize import normalize
from app.geocode import Candidate

# How far below the best-ranked namesake a town may rank and still be chosen for fitting the article: about a
# town 50 times smaller (0.15 = 0.45 * log10(50) / 6.5, the geocoder's population weight).
POOL = 0.15
ROUNDS = 2
# One other place is too little to move a town: "Novoselivka, 10 km northwest of Lyman" would pick the pair that
# fits the stated distance, and the claim checker would then confirm what the choice assumed.
MIN_OTHERS = 2
# How close (rapidfuzz ratio, 0-100) a town's other name must be to its own name to count as a spelling of it
# ("Bara"/"Barah", "Kostiantynivka"/"Konstantinovka"), rather than a different name ("Pokrovsk"/"Engels").
SAME_NAME_RATIO = 60


def namesakes(cands: list[Candidate]) -> list[Candidate]:
    """The towns among `cands` close enough to the best to be chosen by context: town against town (a region,
    an ocean or a country is not a namesake of a town)."""
    top = cands[0].score
    pool = [c for c in cands if c.score >= top - POOL and c.kind == "settlement"]
    if any(_stage(c) == "exact" for c in pool):
        # another name of a town (an old one, or one in another language) does not move the name away from a
        # town that bears it today: the article's Saratov does not make "Pokrovsk" Engels (Pokrovsk until
        # 1931) when a Pokrovsk exists. A spelling of the town's own name ("Bara" for Barah) still may.
        pool = [c for c in pool if _stage(c) != "alias" or same_name_or_spelling(c)]
    return pool


def _stage(c: Candidate) -> str:
    return c.why[0].split(" ", 1)[0] if c.why else ""


def same_name_or_spelling(c: Candidate) -> bool:
    """The name matched is the town's own name or a spelling of it ("Bara" for Barah), not another name."""
    return fuzz.ratio(normalize(c.name), normalize(c.matched)) >= SAME_NAME_RATIO


def choose(
    chosen: list[tuple[str, Candidate]], free: list[tuple[int, list[Candidate]]]
) -> dict[int, Candidate]:
    """`chosen`: (name key, current place) of every resolved mention; `free`: (index, namesakes) of those that
    may move. Returns the new place of each index that moved."""
    current = list(chosen)
    moved: dict[int, Candidate] = {}
    for _ in range(ROUNDS):
        changed = False
        for k, pool in free:
            key = current[k][0]
            # the same name elsewhere is no evidence for itself
            ctx = [c for other, c in current if other != key]
            if len({c.place_id for c in ctx}) < MIN_OTHERS:
                continue
            best = max(pool, key=_fitness(ctx))
            if best.place_id != current[k][1].place_id:
                current[k] = (key, best)
                moved[k] = best
                changed = True
        if not changed:
            break
    return moved


def _fitness(ctx: list[Candidate]):
    countries = Counter(c.country_code for c in ctx if c.country_code)
    total = sum(countries.values()) or 1
    regions = {(c.country_code, c.admin1_code) for c in ctx if c.admin1_code and c.kind != "country"}
    points = [(c.lat, c.lon) for c in ctx if c.kind not in ("country", "water") and c.country_code]

    def fit(c: Candidate) -> float:
        f = c.score + 0.15 * countries.get(c.country_code or "", 0) / total
        if c.admin1_code and (c.country_code, c.admin1_code) in regions:
            f += 0.12
        if points:
            f += 0.25 * math.exp(-min(rank_km(c.lat, c.lon, la, lo) for la, lo in points) / 120.0)
        return f

    return fit


def rank_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    # ranking only; reported distances come from app.geo on the ellipsoid
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b_lon - a_lon) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
