"""app.geocode.matching: which gazetteer places a written name can be, in stages that stop at the first that
finds anything — exact or alias name (the whole written form, then without leading phrases; then with
abbreviations spelled out), romanisation variant, and (strictly) a misspelling — each match with its stage
and the key it matched on. The geocoder ranks what this finds."""

from __future__ import annotations

import math

from app.gazetteer import Gazetteer, normalize, strip_phrase, variant_key
from app.gazetteer.normalize import ROMANISED_COUNTRIES
from app.geocode.abbreviations import expansions
from app.geocode.candidate import Hints

FUZZY_CUTOFF = 88.0
# A misspelling is read as a place only on strong evidence: a long enough name close to a town that matters
# (a reader means Kramatorsk by "Kramatorks"), or close to a place inside the country or region the query
# names. A name that is simply unknown ("Minova", a DR Congo town absent from cities500) is not found: one
# letter away lies some village of 3,000 people on another continent (Minoa, New York).
FUZZY_MIN_LENGTH = 6
FUZZY_MIN_POPULATION = 15_000
FUZZY_QUALIFIED_MIN_POPULATION = 1_000
_TIER_STAGE = ("exact", "alias", "generated")
_ROMANISED = ROMANISED_COUNTRIES  # a variant of these countries' places is a spelling, not a coincidence


def fuzzy_hits(gaz: Gazetteer, key: str, cutoff: float, limit: int) -> list[tuple[str, float]]:
    """Names within `cutoff` (rapidfuzz ratio, 0-100) of `key`, compared only with names of compatible length.

    ratio = 1 - indel_distance / (len_a + len_b) >= c  bounds the other length to [n·c/(2-c), n·(2-c)/c].
    """
    from rapidfuzz import fuzz, process

    c = cutoff / 100.0
    n = len(key)
    pool = gaz.fuzzy_keys_between(math.floor(n * c / (2 - c)), math.ceil(n * (2 - c) / c))
    hits = process.extract(key, pool, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
    return [(h[0], float(h[1])) for h in hits]


def match(gaz: Gazetteer, name: str, *, fuzzy: bool = True) -> list[tuple[int, str, str]]:
    """(place index, stage, matched key) from the first stage that finds anything.

    The whole written form is tried before the form with leading phrases and possessives stripped,
    so a name that itself contains them ("St. John's", "Port of Pivdennyi") is not cut short.
    """
    raw = name.strip()
    keys = [normalize(raw)]
    stripped = normalize(strip_phrase(raw))
    if stripped and stripped != keys[0]:
        keys.append(stripped)
    out: list[tuple[int, str, str]] = []
    for key in keys:
        for i, tier in gaz.lookup(key):
            out.append((i, _TIER_STAGE[tier], key))
        if out:
            return out
    for key in (x for k in keys for x in expansions(k)):  # "Loudon Co.", "Ft. Myers": the spelled-out name
        for i, tier in gaz.lookup(key):
            out.append((i, _TIER_STAGE[tier], key))
        if out:
            return out
    for key in keys:
        vk = variant_key(key)
        if len(vk) >= 4:
            out.extend((i, "variant", key) for i in gaz.lookup_variant(vk) if variant_ok(gaz, i, vk))
        if out:
            return out
    key = keys[-1]
    if fuzzy and len(key) >= 5:
        for hit_key, score in fuzzy_hits(gaz, key, FUZZY_CUTOFF, 5):
            for i, _tier in gaz.lookup(hit_key):
                out.append((i, f"fuzzy:{score:.0f}", hit_key))
    return out


def with_evidence(
    gaz: Gazetteer, matches: list[tuple[int, str, str]], hints: Hints
) -> list[tuple[int, str, str]]:
    """Fuzzy matches kept only on strong evidence (see FUZZY_MIN_POPULATION); other stages as they are."""
    if not matches or not matches[0][1].startswith("fuzzy"):
        return matches
    qualified = bool(hints.country or hints.admin1)
    floor = FUZZY_QUALIFIED_MIN_POPULATION if qualified else FUZZY_MIN_POPULATION
    out = []
    for i, stage, key in matches:
        if len(key) < FUZZY_MIN_LENGTH and not qualified:
            continue
        kind = gaz.kind_of(i)
        if kind == "settlement" and int(gaz.population[i]) < floor and not gaz.is_capital[i]:
            continue
        if kind == "other" and not qualified:  # districts and landmarks are told by their full name
            continue
        out.append((i, stage, key))
    return out


def variant_ok(gaz: Gazetteer, i: int, vk: str) -> bool:
    """A romanisation variant is a spelling of a Cyrillic-script country's place, or of a place's own
    name; of some other alternate name it is a coincidence ('Minova' is not Kinoshita, Japan)."""
    if str(gaz.country_code[i]) in _ROMANISED or gaz.kind_of(i) in ("facility", "region", "water"):
        return True
    return variant_key(normalize(gaz.names[i])) == vk
