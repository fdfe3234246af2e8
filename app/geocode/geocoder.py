"""app.geocode.geocoder: rank gazetteer matches for a name, with hints and explanations.

Matching goes in stages and stops at the first that finds anything: exact or alias name, then
romanisation variant, then (strictly) fuzzy. Ranking then mixes how well the name matched with how
important the place is (population, kind) and what the hints say (country, region, proximity).
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict

import numpy as np

from app.errors import InvalidQuery, NotFound
from app.gazetteer import Gazetteer, normalize, strip_phrase, variant_key
from app.geocode.candidate import Candidate, Hints

STAGE_SCORE = {"exact": 1.0, "alias": 0.95, "generated": 0.85, "variant": 0.82, "fuzzy": 0.70}
_KIND_IMPORTANCE = {"country": 1.0, "region": 0.9, "facility": 0.85, "water": 0.8, "other": 0.6}
_PRECISION = {"settlement": 1, "facility": 1, "region": 3, "country": 3, "water": 2, "other": 2}
FUZZY_CUTOFF = 88.0
_LATLON = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")
_R_KM = 6371.0088


def parse_latlon(text: str) -> tuple[float, float] | None:
    """'48.5,37.7' -> (48.5, 37.7); None if the text is not a coordinate pair. Range-checked."""
    m = _LATLON.match(text or "")
    if not m:
        return None
    lat, lon = float(m.group(1)), float(m.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InvalidQuery(f"coordinates out of range: {text!r} (lat -90..90, lon -180..180)")
    return lat, lon


def importance(population: int, kind: str, *, capital: bool = False) -> float:
    if capital:
        return 1.0
    if kind == "settlement":
        return min(1.0, math.log10(population + 1) / 6.5)
    return _KIND_IMPORTANCE.get(kind, 0.6)


class Geocoder:
    """Offline geocoder over a Gazetteer.

    >>> g = Geocoder(load_gazetteer())                   # doctest: +SKIP
    >>> g.best("Lyman, Donetsk region").admin1           # doctest: +SKIP
    'Donetsk Oblast'
    """

    def __init__(self, gazetteer: Gazetteer, *, cache_size: int = 50_000) -> None:
        self.gaz = gazetteer
        self._cache: OrderedDict[tuple, tuple[Candidate, ...]] = OrderedDict()
        self._cache_size = cache_size

    # --- public -----------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        country: str | None = None,
        near: str | tuple[float, float] | None = None,
        limit: int = 5,
        hints: Hints | None = None,
    ) -> list[Candidate]:
        """Candidates for `query`, best first. `query` may carry hints: "Lyman, Donetsk region"."""
        if not query or not query.strip():
            raise InvalidQuery("empty place name", param="q")
        if limit < 1 or limit > 100:
            raise InvalidQuery("limit must be between 1 and 100", param="limit")
        near_pt = self._near_point(near) if near is not None and not isinstance(near, tuple) else near
        key = (query, country, near_pt, limit, hints)
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return list(hit)
        result = self._search(query, country=country, near=near_pt, limit=limit, hints=hints)
        self._cache[key] = tuple(result)
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return result

    def best(self, query: str, **kwargs) -> Candidate | None:
        found = self.search(query, limit=1, **kwargs)
        return found[0] if found else None

    def locate(self, text: str, *, param: str | None = None) -> Candidate:
        """A place name or "lat,lon" to one point; NotFound (with suggestions) if nothing matches."""
        try:
            pt = parse_latlon(text)
        except InvalidQuery as exc:
            raise InvalidQuery(str(exc), param=param) from None
        if pt is not None:
            return self.point(*pt)
        if not text or not text.strip():
            raise InvalidQuery("empty place name", param=param)
        found = self.search(text, limit=1)
        if not found:
            raise NotFound(f"no place called {text!r}", param=param, suggestions=self.suggest(text))
        return found[0]

    def point(self, lat: float, lon: float) -> Candidate:
        """A raw coordinate as a candidate; its country is that of the nearest populated place."""
        near = self.gaz.nearest(lat, lon, k=1)
        cc = str(self.gaz.country_code[near[0][0]]) if near and near[0][1] < 200 else None
        return Candidate(
            name=f"{lat:.5f},{lon:.5f}", lat=lat, lon=lon, kind="other", country_code=cc, admin1=None,
            geonameid=None, population=0, score=1.0, geo_precision=1, matched="", why=("coordinates given",),
        )  # fmt: skip

    def reverse(self, lat: float, lon: float, *, limit: int = 1) -> list[Candidate]:
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InvalidQuery("coordinates out of range", param="point")
        out = []
        for i, d in self.gaz.nearest(lat, lon, k=limit):
            out.append(self._candidate(i, 1.0, "", (f"nearest populated place, {d:.1f} km away",)))
        return out

    def suggest(self, text: str, *, limit: int = 5) -> list[str]:
        from rapidfuzz import fuzz, process

        key = normalize(strip_phrase(text.split(",")[0]))
        if len(key) < 3:
            return []
        hits = process.extract(key, self.gaz.fuzzy_keys, scorer=fuzz.WRatio, limit=limit, score_cutoff=70)
        return [h[0] for h in hits]

    # --- hints ------------------------------------------------------------------------------
    def _near_point(self, near: str) -> tuple[float, float]:
        c = self.locate(near, param="near")
        return (c.lat, c.lon)

    def parse_hint(self, text: str) -> Hints | None:
        """'Donetsk region' -> admin1 hint; 'Ukraine' -> country hint; None if not a known area."""
        key = normalize(strip_phrase(text))
        if not key:
            return None
        regions, countries = [], []
        for i, tier in self.gaz.lookup(key):
            kind = self.gaz.kind_of(i)
            if kind == "country":
                countries.append(i)
            elif kind == "region" and str(self.gaz.admin1_code[i]):
                regions.append((tier, i))
        if countries:
            return Hints(country=str(self.gaz.country_code[countries[0]]))
        if regions:
            regions.sort()
            i = regions[0][1]
            cc, code = str(self.gaz.country_code[i]), str(self.gaz.admin1_code[i])
            return Hints(country=cc, admin1=(cc, code), admin1_name=self.gaz.names[i])
        if len(key) == 2 and key.isalpha() and self.gaz.country_place(key.upper()) is not None:
            return Hints(country=key.upper())
        return None

    # --- core -------------------------------------------------------------------------------
    def _search(self, query, *, country, near, limit, hints) -> list[Candidate]:
        hints = hints or Hints()
        parts = [p.strip() for p in query.split(",") if p.strip()]
        name = parts[0] if parts else query
        why_hint: list[str] = []
        for extra in parts[1:]:
            h = self.parse_hint(extra)
            if h is None:
                why_hint.append(f"ignored unknown qualifier {extra!r}")
                continue
            hints = hints.merged(h)
            why_hint.append(
                f"qualifier {extra!r} read as {'region ' + h.admin1_name if h.admin1 else 'country ' + str(h.country)}"
            )
        if country:
            cc = country.strip().upper()
            if len(cc) != 2 or not cc.isalpha():
                ch = self.parse_hint(country)
                if ch is None or not ch.country:
                    raise InvalidQuery(
                        f"unknown country {country!r}; use an ISO code like UA", param="country"
                    )
                cc = ch.country
            hints = hints.merged(Hints(country=cc))
        if near is not None:
            hints = hints.merged(Hints(near=near, near_km=hints.near_km))

        matches = self._match(name)
        if not matches:
            return self._fallback_region(name, hints, why_hint)
        ranked = self._rank(matches, hints, why_hint)
        if not ranked:
            return self._fallback_region(name, hints, why_hint)
        return ranked[:limit]

    def _match(self, name: str) -> list[tuple[int, str, str]]:
        """(place index, stage, matched key) from the first stage that finds anything."""
        raw = name.strip()
        stripped = strip_phrase(raw)
        keys = [normalize(stripped)]
        if normalize(raw) != keys[0]:
            keys.append(normalize(raw))
        out: list[tuple[int, str, str]] = []
        for key in keys:
            for i, tier in self.gaz.lookup(key):
                out.append((i, ("exact", "alias", "generated")[tier], key))
            if out:
                return out
        for key in keys:
            vk = variant_key(key)
            if len(vk) >= 4:
                out.extend((i, "variant", key) for i in self.gaz.lookup_variant(vk))
            if out:
                return out
        key = keys[0]
        if len(key) >= 5:
            from rapidfuzz import fuzz, process

            hits = process.extract(
                key, self.gaz.fuzzy_keys, scorer=fuzz.ratio, limit=5, score_cutoff=FUZZY_CUTOFF
            )
            for hit_key, score, _ in hits:
                for i, _tier in self.gaz.lookup(hit_key):
                    out.append((i, f"fuzzy:{score:.0f}", hit_key))
        return out

    def _rank(self, matches, hints: Hints, why_hint: list[str]) -> list[Candidate]:
        gaz = self.gaz
        best: dict[int, tuple[float, str, str]] = {}
        for i, stage, key in matches:
            if stage.startswith("fuzzy:"):
                s = STAGE_SCORE["fuzzy"] * float(stage[6:]) / 100.0
                stage = "fuzzy"
            else:
                s = STAGE_SCORE[stage]
            if i not in best or best[i][0] < s:
                best[i] = (s, stage, key)
        idx = np.fromiter(best.keys(), dtype=np.int64, count=len(best))
        if hints.country:
            idx = idx[gaz.country_code[idx] == hints.country]
        if hints.admin1:
            cc, code = hints.admin1
            keep = (gaz.country_code[idx] == cc) & (gaz.admin1_code[idx] == code)
            # the region itself also matches a query for its own name
            idx = idx[keep]
        if hints.kinds:
            idx = idx[np.isin(gaz.kind[idx], list(hints.kinds))]
        if len(idx) == 0:
            return []
        near_d = None
        if hints.near is not None:
            from app.gazetteer.gazetteer import _haversine_km

            near_d = _haversine_km(hints.near[0], hints.near[1], gaz.lat[idx], gaz.lon[idx])
        out = []
        for n, i in enumerate(idx.tolist()):
            s_stage, stage, key = best[i]
            kind = gaz.kind_of(i)
            imp = importance(int(gaz.population[i]), kind, capital=bool(gaz.is_capital[i]))
            score = 0.55 * s_stage + 0.45 * imp
            why = [f"{stage} match on {key!r}"]
            if kind == "settlement":
                why.append(f"population {int(gaz.population[i]):,}")
            else:
                why.append(f"{kind} entry")
            if near_d is not None:
                d = float(near_d[n])
                bonus = 0.4 * math.exp(-d / hints.near_km)
                score += bonus
                why.append(f"{d:.0f} km from the context point")
            if hints.country:
                why.append(f"in {hints.country} as asked")
            if hints.admin1:
                why.append(f"in {hints.admin1_name} as asked")
            out.append((score, i, stage, key, why + why_hint))
        out.sort(key=lambda t: (-t[0], -int(gaz.population[t[1]]), t[1]))
        top = out[0][0] if out else 1.0
        scale = 1.0 / max(1.0, top)
        return [self._candidate(i, min(1.0, s * scale), key, tuple(w)) for s, i, stage, key, w in out]

    def _fallback_region(self, name: str, hints: Hints, why_hint: list[str]) -> list[Candidate]:
        """A region was named but has no such place: answer the region itself, at region precision."""
        if not hints.admin1:
            return []
        ri = self.gaz.region_place(*hints.admin1)
        if ri is None:
            return []
        why = (
            f"no place {name!r} in {hints.admin1_name} in the gazetteer; returning the region (geo_precision 3)",
        )
        c = self._candidate(ri, 0.5, normalize(name), why + tuple(why_hint))
        return [c]

    def _candidate(self, i: int, score: float, matched: str, why: tuple[str, ...]) -> Candidate:
        gaz = self.gaz
        kind = gaz.kind_of(i)
        gid = int(gaz.geonameid[i])
        return Candidate(
            name=gaz.names[i],
            lat=float(gaz.lat[i]),
            lon=float(gaz.lon[i]),
            kind=kind,
            country_code=str(gaz.country_code[i]) or None,
            admin1=gaz.admin1_name(i) if kind != "country" else None,
            geonameid=gid or None,
            population=int(gaz.population[i]),
            score=round(float(score), 4),
            geo_precision=_PRECISION.get(kind, 2),
            matched=matched,
            why=why,
            place_id=i,
            admin1_code=str(gaz.admin1_code[i]) or None,
        )
