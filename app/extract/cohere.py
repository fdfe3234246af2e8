"""app.extract.cohere: local news names towns near each other. A town whose name other towns share is chosen,
among its namesakes ranking close to the best (POOL), for how well it fits the places the rest of the article
names: the same country, the same first-level region, the distance to the nearest of them. Two rounds, so that
two towns that settle each other ("Burlington, Rutland and Montpelier") both move."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
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
# A town reached by another name of it gives way to a town ten times bigger that bears the name itself.
ALIAS_SMALLER = 10
# Up to this many points a plain scan finds the nearest faster than building a k-d tree, and spares a fresh
# process scipy.spatial's import (0.2 s, a sixth of extracting the whole seed); an article has tens of places.
SCAN_MAX = 2000


def namesakes(cands: list[Candidate]) -> list[Candidate]:
    """The towns among `cands` close enough to the best to be chosen by context: town against town (a region,
    an ocean or a country is not a namesake of a town)."""
    top = cands[0].score
    return own_names_first([c for c in cands if c.score >= top - POOL and c.kind == "settlement"])


def own_names_first(pool: list[Candidate]) -> list[Candidate]:
    """Another name of a town (an old one, or one in another language) does not move the name away from a
    town that bears it today: the article's Saratov does not make "Pokrovsk" Engels (Pokrovsk until 1931)
    when a Pokrovsk exists. A spelling of the town's own name ("Bara" for Barah) still may, unless the town
    that bears the name is ALIAS_SMALLER times bigger: "Mykolaiv" (a city of 470,000) does not become
    Mykolaivka (14,000, which GeoNames also files as "Mykolaiv") for the Donetsk towns beside it."""
    if any(c.stage == "exact" for c in pool):
        big: dict[str | None, int] = {}
        for c in pool:
            if c.stage == "exact":
                big[c.country_code] = max(big.get(c.country_code, 0), c.population)
        return [
            c
            for c in pool
            if c.stage != "alias"
            or (
                same_name_or_spelling(c)
                and (_own_name(c) or c.population * ALIAS_SMALLER >= big.get(c.country_code, 0))
            )
        ]
    return pool


def _own_name(c: Candidate) -> bool:
    return normalize(c.name) == normalize(c.matched)


def same_name_or_spelling(c: Candidate) -> bool:
    """The name matched is the town's own name or a spelling of it ("Bara" for Barah), not another name."""
    return fuzz.ratio(normalize(c.name), normalize(c.matched)) >= SAME_NAME_RATIO


def choose(
    chosen: list[tuple[str, Candidate]], free: list[tuple[int, list[Candidate]]]
) -> dict[int, Candidate]:
    """`chosen`: (name key, current place) of every resolved mention; `free`: (index, namesakes) of those that
    may move. Returns the new place of each index that moved.

    Each free mention takes, among its namesakes, the one that best fits the context of the others: every
    other mention's current place except those of the same name (the same name elsewhere is no evidence for
    itself). The context is kept as counts that a move updates (_Context), and the distance to its nearest
    place comes from a k-d tree, so the cost grows with the mentions, not with their square."""
    current = list(chosen)
    ctx = _Context(current, free)
    moved: dict[int, Candidate] = {}
    for _ in range(ROUNDS):
        changed = False
        for k, pool in free:
            key, cur = current[k]
            if ctx.places.count_for(key) < MIN_OTHERS:
                continue
            best = max(pool, key=ctx.fitness(key))
            if best.place_id != cur.place_id:
                ctx.move(key, cur, best)
                current[k] = (key, best)
                moved[k] = best
                changed = True
        if not changed:
            break
    return moved


def _is_point(c: Candidate) -> bool:
    return c.kind not in ("country", "water") and bool(c.country_code)


def _has_region(c: Candidate) -> bool:
    return bool(c.admin1_code) and c.kind != "country"


class _Presence:
    """Which items (places, points, regions) the mentions of each name hold, counted so that "present in the
    context of name K" (held by a mention of another name) is answered in constant time. `epoch` changes
    whenever that answer may change for some name: an item comes to be held by no name, one name or two."""

    def __init__(self) -> None:
        self.holders: dict[object, dict[str, int]] = {}  # item -> {name key: mentions}
        self.sole: Counter[str] = Counter()  # name key -> items held by that name alone
        self.held = 0  # items held by any name
        self.epoch = 0

    def add(self, item: object, key: str, n: int = 1) -> None:
        holders = self.holders.setdefault(item, {})
        was = len(holders)
        if was == 1:
            self.sole[next(iter(holders))] -= 1
        holders[key] = holders.get(key, 0) + n
        self._settle(holders, was)

    def remove(self, item: object, key: str) -> None:
        holders = self.holders[item]
        was = len(holders)
        if was == 1:
            self.sole[next(iter(holders))] -= 1
        left = holders[key] - 1
        if left:
            holders[key] = left
        else:
            del holders[key]
        self._settle(holders, was)

    def _settle(self, holders: dict[str, int], was: int) -> None:
        now = len(holders)
        if now == 1:
            self.sole[next(iter(holders))] += 1
        self.held += (now > 0) - (was > 0)
        if was != now and min(was, now) <= 1:
            self.epoch += 1

    def present_for(self, item: object, key: str) -> bool:
        holders = self.holders.get(item)
        if not holders:
            return False
        return len(holders) > 1 or key not in holders

    def count_for(self, key: str) -> int:
        """Items held by mentions of other names than `key`."""
        return self.held - self.sole[key]


class _Context:
    """The context each free mention is judged in, kept up to date as mentions move (see choose)."""

    def __init__(self, current: list[tuple[str, Candidate]], free: list[tuple[int, list[Candidate]]]) -> None:
        self.places, self.points, self.regions = _Presence(), _Presence(), _Presence()
        self.countries: Counter[str] = Counter()  # mentions per country code
        self.countries_of: dict[str, Counter[str]] = {}  # the same, of the mentions of one name
        self.counted = 0  # mentions with a country code
        self.counted_of: Counter[str] = Counter()
        for key, c in current:
            self._count(key, c, 1)
        # every place a mention can hold: its current one or one of its namesakes
        where = {(c.lat, c.lon) for _k, c in current if _is_point(c)}
        where.update((c.lat, c.lon) for _k, pool in free for c in pool if _is_point(c))
        self.where = sorted(where)
        self.units = np.array([_unit(la, lo) for la, lo in self.where]).reshape(-1, 3)
        self.tree = None
        if len(self.where) > SCAN_MAX:
            from scipy.spatial import cKDTree

            self.tree = cKDTree(self.units)
        self.nearest_of: dict[tuple[str, int], tuple[int, float | None]] = {}

    def _count(self, key: str, c: Candidate, n: int) -> None:
        if n > 0:
            self.places.add(c.place_id, key)
            if _is_point(c):
                self.points.add((c.lat, c.lon), key)
            if _has_region(c):
                self.regions.add((c.country_code, c.admin1_code), key)
        else:
            self.places.remove(c.place_id, key)
            if _is_point(c):
                self.points.remove((c.lat, c.lon), key)
            if _has_region(c):
                self.regions.remove((c.country_code, c.admin1_code), key)
        if c.country_code:
            self.countries[c.country_code] += n
            self.countries_of.setdefault(key, Counter())[c.country_code] += n
            self.counted += n
            self.counted_of[key] += n

    def move(self, key: str, old: Candidate, new: Candidate) -> None:
        self._count(key, old, -1)
        self._count(key, new, 1)

    def fitness(self, key: str):
        mine = self.countries_of.get(key) or Counter()
        total = (self.counted - self.counted_of[key]) or 1
        countries, regions, points = self.countries, self.regions, self.points
        any_point = points.count_for(key) > 0

        def fit(c: Candidate) -> float:
            cc = c.country_code
            f = c.score + 0.15 * ((countries[cc] - mine[cc]) if cc else 0) / total
            if c.admin1_code and regions.present_for((cc, c.admin1_code), key):
                f += 0.12
            if any_point:
                f += 0.25 * math.exp(-self.nearest_km(c, key) / 120.0)
            return f

        return fit

    def _nearest(self, x: tuple[float, float, float], want: int) -> tuple[np.ndarray, np.ndarray]:
        """The `want` points nearest to `x` by chord, nearest first, as the k-d tree answers."""
        if self.tree is not None:
            dist, idx = self.tree.query(x, k=want)
            return np.atleast_1d(dist), np.atleast_1d(idx)
        dist = np.sqrt(((self.units - np.asarray(x)) ** 2).sum(axis=1))
        idx = np.argsort(dist, kind="stable")[:want]
        return dist[idx], idx

    def nearest_km(self, c: Candidate, key: str) -> float:
        """The distance from `c` to the nearest point of the context of `key`: the k-d tree's nearest by chord
        that the context holds, then the same rank_km the whole scan took the minimum of, over every point as
        near as that one (to the last bits), so that the result is the very minimum of the scan."""
        memo = self.nearest_of.get((key, id(c)))
        if memo is not None and memo[0] == self.points.epoch:
            return memo[1]
        x = _unit(c.lat, c.lon)
        n = len(self.where)
        want = min(n, 8)
        while True:
            dist, idx = self._nearest(x, want)
            near: list[int] = []
            limit = math.inf
            done = False
            for d, i in zip(dist.tolist(), idx.tolist(), strict=True):
                if d > limit:
                    done = True
                    break
                if self.points.present_for(self.where[i], key):
                    if not near:
                        limit = d * (1 + 1e-9) + 1e-12
                    near.append(i)
            if done or want >= n:
                break
            want = min(n, want * 4)
        km = min(rank_km(c.lat, c.lon, *self.where[i]) for i in near)
        self.nearest_of[(key, id(c))] = (self.points.epoch, km)
        return km


def _unit(lat: float, lon: float) -> tuple[float, float, float]:
    p, q = math.radians(lat), math.radians(lon)
    return (math.cos(p) * math.cos(q), math.cos(p) * math.sin(q), math.sin(p))


def rank_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    # ranking only; reported distances come from app.geo on the ellipsoid
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b_lon - a_lon) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
