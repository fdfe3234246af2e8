"""app.extract.cohere.choose keeps its context as counts and finds the nearest place by a scan or, past
SCAN_MAX points, a k-d tree; it must choose exactly what the plain scan over every other mention chooses (the
scan is written out here as the reference). Its speed on thousands of namesakes is a benchmark
(tests/benchmarks/bench_hostile.py, the place chain)."""

from __future__ import annotations

import math
import random
from collections import Counter

from app.extract import cohere
from app.geocode import Candidate


def _scan_choose(chosen, free):
    """The definition: each free mention against every other mention's current place, two rounds."""
    current = list(chosen)
    moved = {}
    for _ in range(cohere.ROUNDS):
        changed = False
        for k, pool in free:
            key = current[k][0]
            ctx = [c for other, c in current if other != key]
            if len({c.place_id for c in ctx}) < cohere.MIN_OTHERS:
                continue
            countries = Counter(c.country_code for c in ctx if c.country_code)
            total = sum(countries.values()) or 1
            regions = {(c.country_code, c.admin1_code) for c in ctx if c.admin1_code and c.kind != "country"}
            points = [(c.lat, c.lon) for c in ctx if c.kind not in ("country", "water") and c.country_code]

            def fit(c, countries=countries, total=total, regions=regions, points=points):
                f = c.score + 0.15 * countries.get(c.country_code or "", 0) / total
                if c.admin1_code and (c.country_code, c.admin1_code) in regions:
                    f += 0.12
                if points:
                    f += 0.25 * math.exp(-min(cohere.rank_km(c.lat, c.lon, a, b) for a, b in points) / 120.0)
                return f

            best = max(pool, key=fit)
            if best.place_id != current[k][1].place_id:
                current[k] = (key, best)
                moved[k] = best
                changed = True
        if not changed:
            break
    return moved


def _place(rng, pid, *, kind="settlement", near=None):
    lat, lon = near if near else (rng.uniform(44, 52), rng.uniform(22, 40))
    if near:
        lat, lon = lat + rng.uniform(-0.5, 0.5), lon + rng.uniform(-0.5, 0.5)
    cc = rng.choice(["UA", "UA", "RU", "PL", None]) if kind != "water" else None
    return Candidate(
        name=f"P{pid}", lat=round(lat, 4), lon=round(lon, 4), kind=kind, country_code=cc, admin1=None,
        geonameid=pid, population=1000, score=round(rng.uniform(0.5, 0.7), 3), geo_precision=1,
        place_id=pid, admin1_code=rng.choice(["01", "02", "03", None]),
    )  # fmt: skip


def _article(seed, names=12, mentions=200):
    """Names with namesakes (some of them sharing places), mentioned in random order, some mentions free."""
    rng = random.Random(seed)
    pid = 0
    pools = {}
    for n in range(names):
        pool = []
        for _ in range(rng.randint(1, 5)):
            pid += 1
            kind = rng.choice(["settlement"] * 6 + ["country", "water", "region"])
            pool.append(_place(rng, pid, kind=kind, near=(49.0, 32.0) if rng.random() < 0.3 else None))
        pools[f"name{n}"] = pool
    keys = list(pools)
    chosen, free = [], []
    for k in range(mentions):
        key = rng.choice(keys)
        pool = pools[key]
        chosen.append((key, rng.choice(pool)))
        if len(pool) > 1 and rng.random() < 0.6:
            free.append((k, pool))
    return chosen, free


def test_choose_is_the_scan_over_every_other_mention():
    for seed in range(25):
        chosen, free = _article(seed)
        assert cohere.choose(chosen, free) == _scan_choose(chosen, free), seed


def test_choose_with_few_other_places_moves_nothing():
    rng = random.Random(7)
    a, b = _place(rng, 1), _place(rng, 2)
    chosen = [("x", a), ("x", a), ("y", b)]  # one other place only: too little to move a town
    assert cohere.choose(chosen, [(0, [a, b])]) == {}


def test_many_names_sharing_places_still_choose_as_the_scan():
    chosen, free = _article(3, names=40, mentions=500)
    assert cohere.choose(chosen, free) == _scan_choose(chosen, free)


def test_the_k_d_tree_of_a_large_context_chooses_as_the_scan(monkeypatch):
    # articles name tens of places, so the tree only serves hostile inputs: force it here
    monkeypatch.setattr(cohere, "SCAN_MAX", 0)
    for seed in range(5):
        chosen, free = _article(seed)
        assert cohere.choose(chosen, free) == _scan_choose(chosen, free), seed
