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

import math
import re
from collections import Counter

from app.extract.cohere import own_names_first
from app.extract.cohere import rank_km as _km
from app.extract.focus import Resolved
from app.gazetteer import normalize
from app.geocode import Candidate, Geocoder, Hints

NEAR_KM = 100.0
_EARTH_KM = 6371.0088  # the sphere of rank_km
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
    the Zaporizhzhia region"), which say where that place is, not what the article is about: they weigh one.
    Pairwise, for a few places; Backing answers the same for a whole article at once."""
    return sum(_weight(x, p, held, qualifying) for p in places)


def _weight(x: Candidate, p: Candidate, held: float, qualifying: frozenset) -> float:
    """What one other place `p` adds to the backing of `x`."""
    if p.kind == "water" or p.place_id == x.place_id:
        return 0.0
    if x.kind == "country":  # a country is backed by the places in it
        return 1.0 if p.country_code == x.country_code and p.kind != "country" else 0.0
    if p.kind == "country":
        return 0.0
    same_region = bool(x.admin1_code) and p.country_code == x.country_code and p.admin1_code == x.admin1_code
    if p.kind == "region":
        if same_region and x.kind != "region":
            return 1.0 if (p.country_code, p.admin1_code) in qualifying else held
        return 0.0
    if x.kind == "region":
        return 1.0 if same_region else 0.0
    d = _km(x.lat, x.lon, p.lat, p.lon)
    if d <= NEAR_KM:
        # a county of the same state around it holds it ("Jackson" beside Madison County)
        return held if p.kind == "other" and p.population and same_region and d <= COUNTY_KM else 1.0
    return 0.5 if same_region else 0.0


# the latitude band NEAR_KM spans, in degrees (a hair wider: the exact distance decides)
_NEAR_DEG = math.degrees(NEAR_KM / _EARTH_KM) * 1.001


class Backing:
    """support() for every name of an article at once, in near-linear time: the places are counted by country
    and by first-level region, and the towns filed in a grid of one-degree cells, so backing `x` reads its
    country's or region's counts and the towns of the cells within NEAR_KM, never the whole list. (Weighing
    each name against every other was quadratic: 2,000 distinct names took 4 s of CPU, 8,000 13 s.)
    `add` and `remove` keep it current as names move."""

    def __init__(self, places, qualifying: frozenset = frozenset()) -> None:
        self.qualifying = qualifying
        self.in_country: Counter[str | None] = Counter()  # places other than countries and water, per country
        self.countries: Counter[str | None] = Counter()  # countries named
        self.regions: Counter[tuple] = Counter()  # regions named, per (country, admin1)
        self.qualified: Counter[tuple] = Counter()  # ... of those, the ones named to qualify another name
        self.towns: Counter[tuple] = Counter()  # places that are not regions, per (country, admin1)
        self.by_id: Counter[tuple] = (
            Counter()
        )  # ... and per (country, admin1, place id): a place never backs itself
        self.grid: dict[int, dict[int, list[Candidate]]] = {}
        for p in places:
            self.add(p)

    def add(self, p: Candidate, n: int = 1) -> None:
        if p.kind == "country":
            self.countries[p.country_code] += n
        if p.kind in ("water", "country"):
            return
        self.in_country[p.country_code] += n
        area = (p.country_code, p.admin1_code)
        if p.kind == "region":
            self.regions[area] += n
            self.qualified[area] += n if area in self.qualifying else 0
            return
        self.towns[area] += n
        self.by_id[(*area, p.place_id)] += n
        cell = self.grid.setdefault(math.floor(p.lat), {}).setdefault(math.floor(p.lon), [])
        if n > 0:
            cell.append(p)
        else:
            cell.remove(p)

    def remove(self, p: Candidate) -> None:
        self.add(p, -1)

    def support(self, x: Candidate, held: float = CONTAINED, without: Candidate | None = None) -> float:
        """support(x, places) over the places held, less `without` (one of them: the name's own place)."""
        s = -_weight(x, without, held, self.qualifying) if without is not None else 0.0
        if x.kind == "country":
            return s + self.in_country[x.country_code]
        if (
            not x.admin1_code
        ):  # a macro-region is backed by nothing; a town outside any region by its neighbours
            return s if x.kind == "region" else s + self._near(x, held, None)
        area = (x.country_code, x.admin1_code)
        if x.kind == "region":
            return s + self.towns[area] - self.by_id[(*area, x.place_id)]
        named = self.regions[area]
        if named:
            qualified = self.qualified[area]
            s += (named - qualified) * held + qualified * 1.0
        # elsewhere in its region: a half each; the near ones are counted at their own weight instead
        s += 0.5 * (self.towns[area] - self.by_id[(*area, x.place_id)])
        return s + self._near(x, held, area)

    def _near(self, x: Candidate, held: float, area: tuple | None) -> float:
        s = 0.0
        for p in self._around(x.lat, x.lon):
            if p.place_id == x.place_id:
                continue
            d = _km(x.lat, x.lon, p.lat, p.lon)
            if d > NEAR_KM:
                continue
            same_region = area is not None and (p.country_code, p.admin1_code) == area
            w = held if p.kind == "other" and p.population and same_region and d <= COUNTY_KM else 1.0
            s += w - (0.5 if same_region else 0.0)
        return s

    def _around(self, lat: float, lon: float):
        """The places of the cells that can hold a point within NEAR_KM of (lat, lon)."""
        for row in range(math.floor(lat - _NEAR_DEG), math.floor(lat + _NEAR_DEG) + 1):
            cells = self.grid.get(row)
            if not cells:
                continue
            # haversine: cos(lat1) cos(lat2) sin^2(dlon/2) <= sin^2(d/2R), so the widest longitude span is set by
            # the most poleward latitude of the two
            top = min(90.0, max(abs(lat), abs(row), abs(row + 1)))
            c = math.cos(math.radians(top))
            reach = math.sin(math.radians(_NEAR_DEG) / 2)
            if c <= reach:  # near a pole: every longitude
                cols = cells.keys()
            else:
                half = math.degrees(2 * math.asin(reach / c))
                lo, hi = math.floor(lon - half), math.floor(lon + half)
                cols = {((k + 180) % 360) - 180 for k in range(lo, hi + 1)} if hi - lo < 360 else cells.keys()
            for k in cols:
                yield from cells.get(k, ())


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
    regions = Counter(
        (c.country_code, c.admin1_code) for c in place_of.values() if c.admin1_code and c.kind != "country"
    )
    asked = [Hints(country=cc, admin1=(cc, a1)) for (cc, a1), _n in regions.most_common(_REGIONS_ASKED)]
    qualifying = frozenset(h.admin1 for h in hints_of.values() if h is not None and h.admin1)
    backing = Backing(place_of.values(), qualifying)  # every name's place; each name's own is taken off
    moved: dict[str, Candidate] = {}
    for _ in range(ROUNDS):
        changed = False
        for key, idxs in free.items():
            r = resolved[idxs[0]]
            cur = place_of[(key, None)]
            # a state or province whose country nothing else in the article names ("Virginia" in a story of
            # County Cavan) may be a town there, as a country may
            alone = (
                cur.kind == "region"
                and backing.in_country[cur.country_code] <= 1
                and not backing.countries[cur.country_code]
            )
            pool = _namesakes(geo, r, cands_of.get(id(r.spot), []), asked, alone)
            if len(pool) < 2:
                continue
            have = backing.support(cur, without=cur)
            best, most = cur, have
            for c in pool:
                sc = backing.support(c, without=cur)
                if sc > most or (sc == most and c.score > best.score and best is not cur):
                    best, most = c, sc
            if _big(cur) and (
                have > 0
                or (
                    best.country_code != cur.country_code
                    and backing.countries[cur.country_code] > (cur.kind == "country")  # not its own name
                )
            ):
                # a capital, a city of millions or a country stays when the article backs it, and never goes
                # abroad when the article names its country ("In Washington" in a British story that also
                # names the United States is not Washington, West Sussex)
                continue
            # another name of a town yields to a co-mentioned town's own name on one supporting place
            need = 1.0 if cur.stage == "alias" and best.stage == "exact" else MIN_SUPPORT
            if cur.kind in ("country", "region") and best.kind not in ("country", "region"):
                # two places, not one named state, make "China" a town: counted without the holding weight
                most = backing.support(best, held=1.0, without=cur)
            if best.place_id != cur.place_id and most >= need and most >= have + 1.0:
                backing.remove(cur)
                backing.add(best)
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


def _namesakes(
    geo: Geocoder, r: Resolved, cands: list[Candidate], asked: list[Hints], alone: bool = False
) -> list[Candidate]:
    """The places the name may mean: the ranked candidates and its namesakes in the article's regions, matched
    by name (never by a typo); another name of a town counts only where no town bears the name itself."""
    pool = {c.place_id: c for c in cands}
    for h in asked:
        for c in geo.search(r.spot.surface, limit=3, hints=h, fuzzy=False):
            pool.setdefault(c.place_id, c)
    kinds = _SAME_KIND[r.cand.kind] + (("settlement",) if alone else ())
    return own_names_first([c for c in pool.values() if c.kind in kinds and c.stage in _STAGES])


_STAGES = ("exact", "alias", "generated", "variant")


_VILLAGE_OF = re.compile(r"\b(?:village|hamlet)s?\s+of\s+(?:the\s+)?$", re.I)


def _called_a_village(spot, c: Candidate) -> bool:
    """The text calls the name a village and the gazetteer answered with a place of another name (an alias or
    an old name of it: "Dubovoye" as Spaske), not a village of that very name (Flumeri, Italy stays)."""
    if normalize(c.name) == spot.key:
        return False
    s = spot.sentence
    return spot.typed == "village" or bool(
        _VILLAGE_OF.search(s.text, max(0, spot.start - s.start - 30), spot.start - s.start)
    )


def unbacked_to_region(
    geo: Geocoder, resolved: list[Resolved], hints_of: dict, *, villages_only: bool = False
) -> list[Resolved]:
    """For spans handed in as places: a small town (under SMALL_TOWN people) that nothing in the article backs,
    lying outside the one region the article is about, is most likely a hamlet of that region the gazetteer
    lacks, named like the far town. The region answers, at region precision and saying so; the far town is
    kept as the first alternative. With `villages_only`, the same for the names the text itself calls villages
    ("In the village of Dubovoye" in a Belgorod story, answered with a Ukrainian hamlet of another spelling)."""
    places = [r.cand for r in resolved]
    area = article_region(places)
    ri = geo.gaz.region_place(*area) if area is not None else None
    if ri is None:
        return resolved
    hint = Hints(country=area[0], admin1=area, admin1_name=geo.gaz.names[ri])
    out = list(resolved)
    backing = None
    for k, r in enumerate(resolved):
        c, h = r.cand, hints_of.get(id(r.spot))
        if (not _called_a_village(r.spot, c) if villages_only else r.spot.typed is not None) or (
            c.kind != "settlement" or c.population >= SMALL_TOWN
        ):
            continue
        if (c.country_code, c.admin1_code) == area or (h is not None and (h.admin1 or h.country or h.near)):
            continue
        backing = backing or Backing(places)  # a place never backs itself: all of them, itself included
        if backing.support(c) > 0:
            continue
        found = geo.region_fallback(r.spot.surface, hint)
        if found:
            out[k] = Resolved(r.spot, found[0], [c, *r.alts[:2]], False)
    return out
