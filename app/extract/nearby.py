"""app.extract.nearby: local news names places near each other. A name nothing in its sentence qualifies goes to
the namesake that the article's other places surround, before population: "London" in a story of Laurel County
and Williamsburg is London, Kentucky; "Paris" beside Clarksville and Lamar County is Paris, Texas; "Georgia" beside
Atlanta and Macon is the state; "Lebanon" beside Harrisburg and Hershey is the Pennsylvania town.

Support for a namesake, counted over the article's other names (each distinct name once, never the name itself):
one for a place within NEAR_KM of it; CONTAINED (two) for what holds it: its first-level region named as such
("Texas", "Ky.") or a county of that region within COUNTY_KM ("London" beside Laurel County); half for a place
elsewhere in the same first-level region; for a country, one per place in it. A country becomes a town or a region
only on two places, not on one named state ("China" in a Texas company's story stays the country). A name moves when a
namesake has at least MIN_SUPPORT and a whole name more than the place it has; a national capital, a city of a
million or a country moves only when nothing in the article backs it (a story of Paris and Lyon keeps Paris,
France, whatever Texas towns it names). Namesakes in the article's regions are looked up there (the ranked list
stops at a dozen Springfields), and another name of a town (an old one, or one in another language) never moves a
name away from a town that bears it today (as in cohere); the other way round, a name matched as another name of a
town (Southold is also a name of South Bend, 1,100 km away) yields to a town whose own name it is on one backing
place."""

from __future__ import annotations

from collections import Counter

from app.extract.cohere import own_names_first
from app.extract.cohere import rank_km as _km
from app.extract.focus import Resolved
from app.geocode import Candidate, Geocoder, Hints

NEAR_KM = 100.0
# settle() weighs each name against every other: an article naming more distinct places than this (real news
# names a few dozen: at most 40 in the seed and GeoWebNews) is left as the other stages resolved it, so that a
# hostile list of thousands of village names costs linear time (2,000 distinct names took 4 s of CPU, 8,000 13 s).
MAX_NAMES = 400
COUNTY_KM = 40.0
CONTAINED = 2.0
MIN_SUPPORT = 2.0
ROUNDS = 2
REGION_MIN_NAMES = 2
SMALL_TOWN = 15_000
_REGIONS_ASKED = 3  # the article's regions whose namesakes are looked up by name
# A town moves to a town (or a county), a region to a region, a country only to a region of its name ("Georgia");
# a city never becomes the region named after it ("New York"), nor a region a town ("Florida").
_SAME_KIND = {
    "settlement": ("settlement", "other"),
    "other": ("settlement", "other"),
    "region": ("region",),
    "country": ("country", "region", "settlement"),
}
_MOVABLE = tuple(_SAME_KIND)


def support(
    x: Candidate, places: list[Candidate], held: float = CONTAINED, qualifying: frozenset = frozenset()
) -> float:
    """How much the other places of an article back `x` (see the module docstring); `held`: the weight of a
    named region or a county that holds it; `qualifying`: regions named to place another name ("Komyshuvakha in
    the Zaporizhzhia region"), which say where that place is, not what the article is about: they weigh one."""
    s = 0.0
    in_region = x.admin1_code and x.kind != "country"
    for p in places:
        if p.kind == "water" or p.place_id == x.place_id:
            continue
        if x.kind == "country":  # a country is backed by the places in it
            s += 1.0 if p.country_code == x.country_code and p.kind != "country" else 0.0
            continue
        if p.kind == "country":
            continue
        same_region = in_region and p.country_code == x.country_code and p.admin1_code == x.admin1_code
        if p.kind == "region":
            if same_region and x.kind != "region":
                s += 1.0 if (p.country_code, p.admin1_code) in qualifying else held
        elif x.kind == "region":
            s += 1.0 if same_region else 0.0
        elif (d := _km(x.lat, x.lon, p.lat, p.lon)) <= NEAR_KM:
            # a county of the same state around it holds it ("Jackson" beside Madison County)
            s += held if p.kind == "other" and p.population and same_region and d <= COUNTY_KM else 1.0
        elif same_region:
            s += 0.5
    return s


def article_region(places: list[Candidate]) -> tuple[str, str] | None:
    """The first-level region an article is about: the one that holds most of the places it names (a region
    named as such counts twice), at least REGION_MIN_NAMES of them and at least half of those that lie in any."""
    tally: Counter[tuple[str, str]] = Counter()
    seen: set[int] = set()
    for c in places:
        if c.place_id in seen or not c.admin1_code or c.kind in ("country", "water") or not c.country_code:
            continue
        seen.add(c.place_id)
        tally[(c.country_code, c.admin1_code)] += 2 if c.kind == "region" else 1
    if not tally:
        return None
    (area, n), total = tally.most_common(1)[0], sum(tally.values())
    return area if n >= REGION_MIN_NAMES and 2 * n >= total else None


def _big(c: Candidate) -> bool:
    return c.kind == "country" or "national capital" in c.why or c.population >= 1_000_000


def settle(geo: Geocoder, resolved: list[Resolved], cands_of: dict, hints_of: dict) -> list[Resolved]:
    """Move each free name to the namesake the article's other places back (module docstring)."""
    free: dict[str, list[int]] = {}
    for k, r in enumerate(resolved):
        s, h = r.spot, hints_of.get(id(r.spot))
        if s.typed is not None or s.adjectival or r.cand.kind not in _MOVABLE:
            continue
        if h is not None and (h.admin1 or h.country or h.near):
            continue  # the text said where it is
        free.setdefault(s.key, []).append(k)
    if not free:
        return resolved
    # each name once in each sense ("Donetsk" the region and "Donetsk" the city are two): its first mention's place
    place_of: dict[tuple[str, str | None], Candidate] = {}
    for r in resolved:
        place_of.setdefault((r.spot.key, r.spot.typed), r.cand)
    for key, idxs in free.items():
        place_of[(key, None)] = resolved[idxs[0]].cand
    if len(place_of) > MAX_NAMES:
        return resolved  # weighing every name against every other is quadratic: past news-article sizes, skip
    regions = Counter(
        (c.country_code, c.admin1_code) for c in place_of.values() if c.admin1_code and c.kind != "country"
    )
    asked = [Hints(country=cc, admin1=(cc, a1)) for (cc, a1), _n in regions.most_common(_REGIONS_ASKED)]
    qualifying = frozenset(h.admin1 for h in hints_of.values() if h is not None and h.admin1)
    moved: dict[str, Candidate] = {}
    for _ in range(ROUNDS):
        changed = False
        for key, idxs in free.items():
            r = resolved[idxs[0]]
            cur = place_of[(key, None)]
            others = [c for kt, c in place_of.items() if kt != (key, None)]
            pool = _namesakes(geo, r, cands_of.get(id(r.spot), []), asked)
            if len(pool) < 2:
                continue
            have = support(cur, others, qualifying=qualifying)
            best, most = cur, have
            for c in pool:
                sc = support(c, others, qualifying=qualifying)
                if sc > most or (sc == most and c.score > best.score and best is not cur):
                    best, most = c, sc
            if _big(cur) and have > 0:
                continue
            # another name of a town yields to a co-mentioned town's own name on one supporting place
            need = 1.0 if cur.stage == "alias" and best.stage == "exact" else MIN_SUPPORT
            if cur.kind == "country" and best.kind != "country":
                # two places, not one named state, make "China" a town: counted without the holding weight
                most = support(best, others, held=1.0)
            if best.place_id != cur.place_id and most >= need and most >= have + 1.0:
                place_of[(key, None)] = moved[key] = best
                changed = True
        if not changed:
            break
    if not moved:
        return resolved
    out = list(resolved)
    for key, best in moved.items():
        for k in free[key]:
            cs = cands_of.get(id(out[k].spot), [])
            out[k] = Resolved(out[k].spot, best, [c for c in cs if c.place_id != best.place_id][:3], False)
    return out


def _namesakes(geo: Geocoder, r: Resolved, cands: list[Candidate], asked: list[Hints]) -> list[Candidate]:
    """The places the name may mean: the ranked candidates and its namesakes in the article's regions, matched
    by name (never by a typo); another name of a town counts only where no town bears the name itself."""
    pool = {c.place_id: c for c in cands}
    for h in asked:
        for c in geo.search(r.spot.surface, limit=3, hints=h, fuzzy=False):
            pool.setdefault(c.place_id, c)
    kinds = _SAME_KIND[r.cand.kind]
    return own_names_first([c for c in pool.values() if c.kind in kinds and c.stage in _STAGES])


_STAGES = ("exact", "alias", "generated", "variant")


def unbacked_to_region(geo: Geocoder, resolved: list[Resolved], hints_of: dict) -> list[Resolved]:
    """For spans handed in as places: a small town (under SMALL_TOWN people) that nothing in the article backs,
    lying outside the one region the article is about, is most likely a hamlet of that region the gazetteer
    lacks, named like the far town. The region answers, at region precision and saying so; the far town is
    kept as the first alternative."""
    places = [r.cand for r in resolved]
    area = article_region(places)
    ri = geo.gaz.region_place(*area) if area is not None else None
    if ri is None:
        return resolved
    hint = Hints(country=area[0], admin1=area, admin1_name=geo.gaz.names[ri])
    out = list(resolved)
    for k, r in enumerate(resolved):
        c, h = r.cand, hints_of.get(id(r.spot))
        if r.spot.typed is not None or c.kind != "settlement" or c.population >= SMALL_TOWN:
            continue
        if (c.country_code, c.admin1_code) == area or (h is not None and (h.admin1 or h.country or h.near)):
            continue
        others = [p for p in places if p is not c and p.place_id != c.place_id]
        if support(c, others) > 0:
            continue
        found = geo.region_fallback(r.spot.surface, hint)
        if found:
            out[k] = Resolved(r.spot, found[0], [c, *r.alts[:2]], False)
    return out
