"""app.geocode.geocoder: rank gazetteer matches for a name, with hints and explanations.

Matching goes in stages and stops at the first that finds anything: exact or alias name, then
romanisation variant, then (strictly) fuzzy (app.geocode.matching). Ranking then mixes how well the name
matched with how important the place is (population, kind: app.geocode.importance) and what the hints say
(country and region, read from the query's qualifiers by app.geocode.area_hints; proximity).
"""

from __future__ import annotations

import heapq
import math
import re
from collections import OrderedDict
from functools import cached_property
from typing import Protocol

import numpy as np

from app.errors import InvalidQuery, NotFound
from app.gazetteer import Gazetteer, normalize, strip_phrase
from app.geocode.area_hints import AreaHints
from app.geocode.candidate import Candidate, Hints
from app.geocode.importance import WaterFirst, place_importance
from app.geocode.matching import fuzzy_hits, match, with_evidence

# An alias must belong to a place about five times as populous to beat a place whose own name it is:
# "Odessa" stays Odesa, Ukraine (9x Odessa, Texas) but "Pokrovsk" is Pokrovsk, not Engels (Pokrovsk until
# 1931, only 3x bigger). 0.55 * (1 - 0.91) = 0.45 * log10(5) / 6.5.
STAGE_SCORE = {"exact": 1.0, "alias": 0.91, "generated": 0.85, "variant": 0.82, "fuzzy": 0.70}
_PRECISION = {"settlement": 1, "facility": 1, "region": 3, "country": 3, "water": 2, "other": 2}
_SUGGEST_CUTOFF = 75.0  # looser: suggestions are only shown, never used
_NO_HINTS = Hints()
_LATLON = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")
_R_KM = 6371.0088
_WATER_WORD = re.compile(r"\b(?:sea|ocean|gulf|bay|strait|straits|channel|lake|river|canal|lagoon)\b")


def parse_latlon(text: str) -> tuple[float, float] | None:
    """'48.5,37.7' -> (48.5, 37.7); None if the text is not a coordinate pair. Range-checked."""
    m = _LATLON.match(text or "")
    if not m:
        return None
    lat, lon = float(m.group(1)), float(m.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InvalidQuery(f"coordinates out of range: {text!r} (lat -90..90, lon -180..180)")
    return lat, lon


class OnlineBackend(Protocol):
    def search(self, query: str, *, country: str | None = None, limit: int = 5) -> list[Candidate]: ...


class Geocoder:
    """Offline geocoder over a Gazetteer.

    >>> g = Geocoder(load_gazetteer())                   # doctest: +SKIP
    >>> g.best("Lyman, Donetsk region").admin1           # doctest: +SKIP
    'Donetsk Oblast'
    """

    def __init__(
        self, gazetteer: Gazetteer, *, cache_size: int = 50_000, online: OnlineBackend | None = None
    ) -> None:
        self.gaz = gazetteer
        # An online fallback (app.geocode.nominatim) is asked only when the gazetteer has nothing at all.
        self.online = online
        self._cache: OrderedDict[tuple, tuple[Candidate, ...]] = OrderedDict()
        self._cache_size = cache_size
        # Memos of pure functions of the (immutable) gazetteer, not of queries: static facts per place,
        # and what each qualifier word can mean.
        self._place_facts: dict[int, tuple] = {}
        self._hints = AreaHints(gazetteer)

    # --- public -----------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        country: str | None = None,
        near: str | tuple[float, float] | None = None,
        limit: int = 5,
        hints: Hints | None = None,
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """Candidates for `query`, best first. `query` may carry hints: "Lyman, Donetsk region".

        `fuzzy=False` skips typo matching: text extraction asks only for names actually written.
        """
        if not query or not query.strip():
            raise InvalidQuery("empty place name", param="q")
        if limit < 1 or limit > 100:
            raise InvalidQuery("limit must be between 1 and 100", param="limit")
        near_pt = self._near_point(near) if near is not None and not isinstance(near, tuple) else near
        key = (query, country, near_pt, limit, hints, fuzzy)
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return list(hit)
        result = self._search(query, country=country, near=near_pt, limit=limit, hints=hints, fuzzy=fuzzy)
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
        """Display names of important places spelled like `text` (or like one of its words), for 'did you mean'."""
        key = normalize(strip_phrase(text.split(",")[0]))
        if len(key) < 3:
            return []
        probes = [key] + [w for w in key.split() if len(w) >= 4 and w != key]
        scored: dict[str, float] = {}
        for probe in probes:
            for hit_key, score in fuzzy_hits(self.gaz, probe, _SUGGEST_CUTOFF, limit * 3):
                scored[hit_key] = max(score, scored.get(hit_key, 0.0))
        out: list[str] = []
        imp = self._importance
        for hit_key, _score in sorted(scored.items(), key=lambda kv: -kv[1]):
            # only a place's own name: "Pokrovsk" suggests Pokrovsk, not Engels (Pokrovsk until 1931)
            places = [i for i, tier in self.gaz.lookup(hit_key) if tier == 0]
            if not places:
                continue
            name = self.gaz.names[max(places, key=lambda i: imp[i])]
            if name not in out:
                out.append(name)
            if len(out) == limit:
                break
        return out

    # --- hints ------------------------------------------------------------------------------
    def _near_point(self, near: str) -> tuple[float, float]:
        c = self.locate(near, param="near")
        return (c.lat, c.lon)

    def parse_hint(self, text: str) -> Hints | None:
        """'Donetsk region' -> admin1 hint; 'Ukraine' -> country hint; None if not a known area."""
        readings = self.parse_hints(text)
        return readings[0] if readings else None

    def parse_hints(self, text: str) -> list[Hints]:
        """Every area a qualifier may name, most likely first (app.geocode.area_hints)."""
        return self._hints.parse(text)

    # --- core -------------------------------------------------------------------------------
    def _search(self, query, *, country, near, limit, hints, fuzzy=True) -> list[Candidate]:
        parts = [p.strip() for p in query.split(",") if p.strip()]
        name = parts[0] if parts else query
        cc = self._hints.country_code(country) if country else None
        base = hints or _NO_HINTS
        if near is not None:
            base = base.merged(Hints(near=near, near_km=base.near_km))
        readings = self._hints.readings(parts[1:], base, cc)
        matches = match(self.gaz, name, fuzzy=fuzzy)
        if matches:
            # The first reading of the qualifiers under which the name exists wins: "Atlanta, Georgia".
            for h, why in readings:
                ranked = self._rank(with_evidence(self.gaz, matches, h), h, why, limit)
                if ranked:
                    return ranked
        for h, why in readings:
            found = self._fallback_region(name, h, why)
            if found:
                return found
        if self.online is not None:
            return self.online.search(query, country=cc, limit=limit)
        return []

    @cached_property
    def _importance(self) -> list[float]:
        """Prior importance of every place (app.geocode.importance), computed once."""
        return place_importance(self.gaz)

    def _rank(self, matches, hints: Hints, why_hint: list[str], limit: int) -> list[Candidate]:
        gaz = self.gaz
        best: dict[int, tuple[float, str, str]] = {}
        stage_score = STAGE_SCORE.get
        for i, stage, key in matches:
            s = stage_score(stage)
            if s is None:  # "fuzzy:93": scaled by how close the spelling is
                s = STAGE_SCORE["fuzzy"] * float(stage[6:]) / 100.0
                stage = "fuzzy"
            prev = best.get(i)
            if prev is None or prev[0] < s:
                best[i] = (s, stage, key)
        self._curated_first(best)
        ids = list(best)
        if hints.country or hints.admin1 or hints.kinds:
            arr = np.fromiter(ids, dtype=np.int64, count=len(ids))
            keep = np.ones(len(ids), dtype=bool)
            if hints.country:
                keep &= gaz.country_code[arr] == hints.country
            if hints.admin1:
                keep &= (gaz.country_code[arr] == hints.admin1[0]) & (gaz.admin1_code[arr] == hints.admin1[1])
            if hints.kinds:
                keep &= np.isin(gaz.kind[arr], list(hints.kinds))
            ids = arr[keep].tolist()
        if not ids:
            return []
        imp = self._importance
        if _WATER_WORD.search(next(iter(best.values()))[2]):
            # "Red Sea", "Gulf of Aden": a name that says it is water means the water body, not the
            # governorate or the state named after it ("Red Sea Governorate" says so itself)
            imp = WaterFirst(imp, gaz)
        near_d: dict[int, float] = {}
        if hints.near is not None:
            from app.gazetteer.gazetteer import _haversine_km

            arr = np.asarray(ids, dtype=np.int64)
            near_d = dict(
                zip(
                    ids,
                    _haversine_km(hints.near[0], hints.near[1], gaz.lat[arr], gaz.lon[arr]).tolist(),
                    strict=True,
                )
            )
        # Score = how well the name matched, how much the place matters, how close it is to the context.
        if near_d:
            near_km = hints.near_km
            scored = [
                (-(0.55 * best[i][0] + 0.45 * imp[i] + 0.4 * math.exp(-near_d[i] / near_km)), i) for i in ids
            ]
        else:
            scored = [(-(0.55 * best[i][0] + 0.45 * imp[i]), i) for i in ids]
        top = heapq.nsmallest(limit, scored) if len(scored) > limit else sorted(scored)
        scale = 1.0 / max(1.0, -top[0][0])
        out = []
        for neg_score, i in top:
            s_stage, stage, key = best[i]
            _n, _la, _lo, kind, _cc, _a1, _g, population, _p, _a1c, capital = self._facts(i)
            why = [f"{stage} match on {key!r}"]
            if capital:
                why.append("national capital")
            why.append(f"population {population:,}" if kind == "settlement" else f"{kind} entry")
            if near_d:
                why.append(f"{near_d[i]:.0f} km from the context point")
            if hints.country:
                why.append(f"in {hints.country} as asked")
            if hints.admin1:
                why.append(f"in {hints.admin1_name} as asked")
            out.append(self._candidate(i, min(1.0, -neg_score * scale), key, tuple(why + why_hint)))
        return out

    def _curated_first(self, best: dict[int, tuple[float, str, str]]) -> None:
        """A curated facility's or water body's own name is not taken by a town's alternate name: "White
        House" is the White House, not Casablanca (Dar el Beida, "the white house", in GeoNames' alternates).
        Such an alternate then ranks as a romanisation variant does."""
        gaz = self.gaz
        if not any(
            st == "exact" and gaz.kind_of(i) in ("facility", "water") for i, (_s, st, _k) in best.items()
        ):
            return
        for i, (_s, st, key) in list(best.items()):
            if st == "alias" and gaz.kind_of(i) in ("settlement", "capital"):
                best[i] = (STAGE_SCORE["variant"], st, key)

    def country(self, country_code: str, matched: str = "") -> Candidate | None:
        """The country's own entry, for a name that can only mean it ('Turkish')."""
        i = self.gaz.country_place(country_code)
        if i is None:
            return None
        return self._candidate(i, 1.0, matched or country_code.lower(), (f"country {country_code}",))

    def region_fallback(self, name: str, hints: Hints) -> list[Candidate]:
        """The stated region itself (geo_precision 3) for a name the gazetteer lacks there; [] without one."""
        return self._fallback_region(name, hints, [])

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

    def _facts(self, i: int) -> tuple:
        """The static fields of place `i` as plain Python values, converted from the numpy columns once."""
        facts = self._place_facts.get(i)
        if facts is None:
            gaz = self.gaz
            kind = gaz.kind_of(i)
            facts = self._place_facts[i] = (
                gaz.names[i],
                float(gaz.lat[i]),
                float(gaz.lon[i]),
                kind,
                str(gaz.country_code[i]) or None,
                gaz.admin1_name(i) if kind != "country" else None,
                int(gaz.geonameid[i]) or None,
                int(gaz.population[i]),
                _PRECISION.get(kind, 2),
                str(gaz.admin1_code[i]) or None,
                bool(gaz.is_capital[i]),
            )
        return facts

    def _candidate(self, i: int, score: float, matched: str, why: tuple[str, ...]) -> Candidate:
        name, lat, lon, kind, cc, admin1, gid, pop, precision, admin1_code, _capital = self._facts(i)
        return Candidate(
            name=name,
            lat=lat,
            lon=lon,
            kind=kind,
            country_code=cc,
            admin1=admin1,
            geonameid=gid,
            population=pop,
            score=round(float(score), 4),
            geo_precision=precision,
            matched=matched,
            why=why,
            place_id=i,
            admin1_code=admin1_code,
        )
