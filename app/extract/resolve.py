"""app.extract.resolve: choose the place each spotted name refers to, using what the article says
around it: a stated region ("Lyman in the Donetsk region"), a country ("Russia's Bryansk region",
"the Russian port of Tuapse"), the other places in the same bullet, the countries the article is
about, and only then population."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cached_property

from app.extract import hamlets, nearby, neighbourhoods, stated, statewide
from app.extract.article_hints import carry_over, scene_regions, spread_list_hints
from app.extract.cohere import rank_km as _km
from app.extract.cohere import same_name_or_spelling
from app.extract.focus import (
    FOCUS_MARGIN,
    Resolved,
    article_countries,
    cohere_free,
    context_score,
    in_focus,
    one_sense,
)
from app.extract.model import Mention
from app.extract.qualifiers import DEMONYMS, DIVISION_TYPES, demonym_bases, hints_for
from app.extract.segment import Document, Sentence
from app.extract.spot import Spot, link_lists
from app.extract.unknown_places import in_article_area, in_reference_region
from app.gazetteer import normalize
from app.gazetteer.sources import state_abbreviations
from app.geocode import Candidate, Geocoder, Hints

__all__ = ["DEMONYMS", "FOCUS_MARGIN", "Resolved", "Resolver", "spots_for_spans", "to_mention", "_km"]
DEMONYM_CITY = 300_000  # a city whose people have a word of their own ("Londoners", "New Yorkers")
_ABBREVIATION = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
_GENERIC_AFTER = re.compile(
    r"\s+(state|province|governorate|krai|kray|republic|voivodeship|territory)\b", re.I
)


class Resolver:
    def __init__(self, geocoder: Geocoder) -> None:
        self.geo = geocoder
        self.gaz = geocoder.gaz

    # -- candidates ------------------------------------------------------------------------------
    def _candidates_memo(self, memo: dict, spot: Spot, hints: Hints) -> list[Candidate]:
        """_candidates, once per article for a spot of the same name, cues and hints (a fresh list each time:
        resolve reorders it)."""
        key = (spot.surface, spot.key, spot.typed, spot.facility_key, spot.unknown, spot.adjectival,
               spot.country, hints)  # fmt: skip
        hit = memo.get(key)
        if hit is None:
            hit = memo[key] = self._candidates(spot, hints)
        return list(hit)

    def _candidates(self, spot: Spot, hints: Hints) -> list[Candidate]:
        geo = self.geo
        if spot.adjectival:
            if spot.country:
                c = geo.country(spot.country, spot.key)
                return [c] if c is not None else []
            return geo.search(spot.key, limit=1, hints=Hints(kinds=("region",)), fuzzy=False)
        if spot.typed == "facility" and spot.facility_key:
            found = geo.search(spot.facility_key, limit=5, hints=hints, fuzzy=False)
            found = [
                c
                for c in found
                if c.kind in ("facility", "other") and c.why and not c.stage.startswith("fuzzy")
            ]
            if found:
                return found
        if spot.typed == "region":
            # "northern Shan state", "Kaduna province": the generic word written after the name first, for a
            # region filed only with it (bare "Shan" is a town in China)
            written = _GENERIC_AFTER.match(spot.sentence.text, spot.end - spot.sentence.start)
            for q in (
                *((f"{spot.key} {written.group(1).lower()}",) if written else ()),
                f"{spot.key} region",
                f"{spot.key} oblast",
                spot.key,
            ):
                found = geo.search(q, limit=5, hints=hints.merged(Hints(kinds=("region",))), fuzzy=False)
                if found and all(not c.stage.startswith("fuzzy") for c in found):
                    return found
        if spot.unknown:
            return geo.region_fallback(spot.surface, hints)
        if spot.typed in DIVISION_TYPES:
            # "Oconee" in "Clarke and Oconee counties" is Oconee County
            found = geo.search(f"{spot.surface} {spot.typed}", limit=8, hints=hints, fuzzy=False)
            found = [c for c in found if c.kind in ("other", "region") and "fuzzy" not in c.stage]
            if found:
                return found
        if spot.typed == "district":
            found = geo.search(f"{spot.key} district", limit=5, hints=hints, fuzzy=False)
            found = [c for c in found if c.kind in ("other", "region") and not c.stage.startswith("fuzzy")]
            if found:
                return found
        found = (
            geo.search(spot.surface, limit=12, hints=hints, fuzzy=False)
            or self._short_form(spot)
            or self._division_of(spot, hints)
        )
        if _ABBREVIATION.fullmatch(spot.surface.strip()):
            # "SA", "WA", "EU": written in capitals, two or three letters are a country's or a region's short
            # form, never a town that happens to be spelled so (Wa, Ghana) or to have it as an old name (Siá)
            found = [
                c for c in found if c.kind in ("country", "region", "facility")
            ]  # ... or an airport (JFK)
        return found

    def _short_form(self, spot: Spot) -> list[Candidate]:
        """A span handed in that names no place by itself but stands for one: a state written short ("W.Va.",
        AP style) is the state; a people ("Russians", "American") is its country, as an adjective is."""
        key = spot.key
        region = self._abbreviated.get(key)
        if region is not None:
            return self.geo.search(region, limit=1, hints=Hints(kinds=("region",)), fuzzy=False)
        cc = DEMONYMS.get(key) or (DEMONYMS.get(key[:-1]) if key.endswith("s") else None)
        if cc:
            c = self.geo.country(cc, key)
            return [c] if c is not None else []
        for base in demonym_bases(key):
            # a country, a region, or a city everyone forms a word from ("Londoner"), under its own name
            found = self.geo.search(base, limit=1, fuzzy=False)
            c = found[0] if found else None
            if (
                c is not None
                and c.stage in ("exact", "generated")
                and (
                    c.kind in ("country", "region")
                    or (c.kind == "settlement" and c.population >= DEMONYM_CITY)
                )
            ):
                return [c]
        return []

    def _division_of(self, spot: Spot, hints: Hints) -> list[Candidate]:
        """A name nothing else matches that the gazetteer has only with its generic word ("Monongalia",
        "Miami-Dade", "Pointe Coupee": Monongalia County, Miami-Dade County, Pointe Coupee Parish)."""
        if not spot.surface[:1].isupper() or spot.adjectival:
            return []
        for word in ("County", "Parish"):
            found = self.geo.search(f"{spot.surface} {word}", limit=5, hints=hints, fuzzy=False)
            found = [c for c in found if c.kind == "other" and c.stage == "exact"]
            if found:
                return found
        return []

    @cached_property
    def _abbreviated(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for abbr, cc, code in state_abbreviations():
            i = self.gaz.region_place(cc, code)
            if i is not None:
                out.setdefault(normalize(abbr), self.gaz.names[i])
        return out

    # -- main ------------------------------------------------------------------------------------
    def resolve(self, text: str, spots: list[Spot], *, spans_given: bool = False) -> list[Resolved]:
        """`spans_given`: the spots are spans handed in as places (a benchmark's gold toponyms); one the
        gazetteer lacks is answered with the first-level region the article is about, at region precision."""
        memo: dict = {}
        hints = spread_list_hints(spots, [hints_for(self.geo, text, s, memo) for s in spots], self.geo)
        hints = carry_over(self.geo, text, spots, hints)
        hints = scene_regions(self.geo, spots, hints)
        cands = []
        found: dict[tuple, list[Candidate]] = {}  # a name repeated with the same cues is looked up once
        for k, (s, h) in enumerate(zip(spots, hints, strict=True)):
            cs = self._candidates_memo(found, s, h)
            if not cs and (h.country and not h.admin1):
                hints[k] = Hints()  # a country cue that fits nothing was a misreading: drop it
                cs = self._candidates_memo(found, s, hints[k])
            cands.append(cs)
        first: list[Resolved | None] = []
        for s, cs in zip(spots, cands, strict=True):
            if not cs:
                first.append(None)
                continue
            # A stated region or country has already narrowed the candidates; what remains (two
            # Artemivkas in one oblast) is still settled by the neighbours, so it is not "confident".
            if s.typed is None and cs[0].kind == "region":
                # "Geneva", "Istanbul": a region named after its capital; the bare name means the city
                city = next(
                    (c for c in cs[1:] if c.kind in ("settlement", "capital") and c.country_code == cs[0].country_code
                     and (_km(c.lat, c.lon, cs[0].lat, cs[0].lon) < 30
                          or (c.admin1_code == cs[0].admin1_code and c.population >= 100_000))),
                    None,
                )  # fmt: skip
                if city is not None:
                    cs.remove(city)
                    cs.insert(0, city)
                    first.append(Resolved(s, city, cs[1:4], True))
                    continue
            gap = cs[0].score - (cs[1].score if len(cs) > 1 else 0.0)
            confident = (
                (s.typed is not None and s.typed not in DIVISION_TYPES)  # a county's state is still open
                or len(cs) == 1
                or gap >= 0.06
                or cs[0].kind in ("country", "region")
                # an ocean or an international sea: "the Atlantic" is not Atlantic, Iowa, in an American story
                or (cs[0].kind == "water" and not cs[0].country_code)
            )
            first.append(Resolved(s, cs[0], cs[1:4], confident))

        # Context from what is certain: countries and regions the article is about, places per block.
        countries: Counter[str] = Counter()
        by_name: dict[str, Counter[str]] = defaultdict(
            Counter
        )  # the votes each name cast, to discount its own
        admin1s: Counter[tuple[str, str]] = Counter()
        # per block, each distinct point once with how often it occurs: the nearest-neighbour distance is the
        # same, and a paragraph naming the same towns hundreds of times costs no more than naming them once
        by_block: dict[int, dict[tuple[float, float], list]] = defaultdict(dict)
        for r in first:
            if r is None or not r.confident:
                continue
            c = r.cand
            if c.country_code:
                vote = 2 if c.kind == "country" else 1
                countries[c.country_code] += vote
                by_name[r.spot.key][c.country_code] += vote
            if c.kind in ("region", "settlement", "facility") and c.admin1_code:
                admin1s[(c.country_code or "", c.admin1_code)] += 1
            if c.kind != "country":
                seen = by_block[r.spot.sentence.block].setdefault((c.lat, c.lon), [c, 0])
                seen[1] += 1
        total = sum(countries.values()) or 1
        if None in first:
            in_reference_region(self.geo, spots, first, cands)
        if None in first and (spans_given or any(s.typed == "village" for s in spots)):
            # a place handed in, or one the text calls a village ("Kyauk Ni Maw village"), that the gazetteer
            # lacks and whose sentence names no region: the region the article is about
            in_article_area(self.geo, spots, first, cands, only_villages=not spans_given)

        out: list[Resolved] = []
        settled: set[int] = set()  # spots the article's focus already decided
        # per article, as the names and places repeat: a block's neighbours of a place, the votes of the rest
        # of the article for a name, and a candidate's context score among given neighbours
        neighbours_of: dict[tuple[int, int], list[Candidate]] = {}
        others_of: dict[str, tuple] = {}
        score_of: dict[tuple[int, int], float] = {}
        for r, cs in zip(first, cands, strict=True):
            if r is None:
                continue
            nkey = (r.spot.sentence.block, id(r.cand))
            neighbours = neighbours_of.get(nkey)
            if neighbours is None:
                block = by_block.get(r.spot.sentence.block, {})
                neighbours = neighbours_of[nkey] = [c for c, n in block.values() if c is not r.cand or n > 1]
            # what the rest of the article says: the votes this very name cast do not count for it
            voted = others_of.get(r.spot.key)
            if voted is None:
                others = countries - by_name.get(r.spot.key, Counter())
                voted = others_of[r.spot.key] = (
                    others,
                    sum(others.values()) or 1,
                    *article_countries(others),
                )
            ctx = (voted[0], voted[1], admin1s, neighbours, voted[2], voted[3])
            moved = in_focus(r, cs, ctx)
            if moved is not None:
                out.append(moved)
                settled.add(id(r.spot))
                continue
            if r.confident or len(cs) < 2:
                out.append(r)
                continue
            pool = _a_city_keeps_its_name([c for c in cs if c.score >= cs[0].score - 0.12])
            if cs[0].stage == "exact" and "national capital" in cs[0].why:
                # the article's countries do not make a capital a town abroad ("In Washington, ..." in a British
                # story is not Washington, Tyne and Wear); a namesake at home (the state) may still win
                pool = [c for c in pool if c.country_code == cs[0].country_code]
            best = max(pool, key=lambda c: _scored(score_of, c, countries, total, admin1s, neighbours))
            alts = [c for c in cs if c is not best][:3]
            out.append(Resolved(r.spot, best, alts, False))
        cands_of = {id(r.spot): cs for r, cs in zip(first, cands, strict=True) if r}
        hints_of = {id(s): h for s, h in zip(spots, hints, strict=True)}
        out = statewide.settle_states(self.geo, text, out, cands_of, hints_of, settled)
        out = cohere_free(out, cands_of, hints_of, settled)
        out = nearby.settle(self.geo, out, cands_of, hints_of)
        out = stated.settle(text, spots, out, cands_of, hints_of)
        out = nearby.unbacked_to_region(self.geo, out, hints_of, villages_only=not spans_given)
        # a place the gazetteer lacks (handed in, or one the text calls a village) named with its county
        out = hamlets.to_counties(spots if spans_given else [s for s in spots if s.typed == "village"], out)
        out = neighbourhoods.settle(self.geo, text, spots, out, cands_of)
        return one_sense(out)


# a town this big is known by its own name: another town's other name does not take the name from it
CITY_KEEPS_NAME = 50_000


def _a_city_keeps_its_name(pool: list[Candidate]) -> list[Candidate]:
    """'Sloviansk' beside a Dnipropetrovsk town is still the city of 105,000 that bears the name, not Nikopol
    (which GeoNames also files as "Sloviansk") for being in the article's region. A village's former name
    still competes with the villages that bear it now (renamed villages: "Artemivka" near Kostiantynivka)."""
    big = {c.country_code for c in pool if c.stage == "exact" and c.population >= CITY_KEEPS_NAME}
    if not big:
        return pool
    return [c for c in pool if c.stage != "alias" or c.country_code not in big or same_name_or_spelling(c)]


def _scored(memo: dict, c: Candidate, countries, total, admin1s, neighbours) -> float:
    """context_score, once per candidate and list of neighbours (the other arguments are the article's)."""
    key = (id(c), id(neighbours))
    score = memo.get(key)
    if score is None:
        score = memo[key] = context_score(c, countries, total, admin1s, neighbours)
    return score


def spots_for_spans(doc: Document, spans: list[tuple[int, int]], spotted: list[Spot]) -> list[Spot]:
    """Spots for given spans: the spotter's own spot where it found the same span (with its cues), else a
    bare one in the sentence holding it."""
    by_span = {(s.start, s.end): s for s in spotted}
    sentences = doc.sentences
    out: list[Spot] = []
    for a, b in sorted(spans):
        spot = by_span.get((a, b))
        if spot is None:
            sent = next((s for s in sentences if s.start <= a and b <= s.end), None)
            if sent is None:
                sent = Sentence(a, b, doc.text[a:b], -1)
            surface = doc.text[a:b]
            spot = Spot(a, b, surface, normalize(surface), sent)
        spot.listed_with = []
        out.append(spot)
    link_lists(doc.text, out)
    return out


def to_mention(article_id: str, r: Resolved, alts_memo: dict | None = None) -> Mention:
    """The mention of a resolved spot. `alts_memo` (one per article) shares the alternatives of mentions with the
    same candidate alternatives (a record copies them: Mention.to_record)."""
    c, s = r.cand, r.spot
    kind = c.kind if c.kind in ("settlement", "facility", "region", "country", "water", "other") else "other"
    precision = c.geo_precision
    if s.typed == "facility" and c.kind == "settlement":
        kind, precision = "facility", 2  # "the Yefremov rubber plant": at the town, not the town
    if s.typed == "district" and c.kind == "settlement":
        precision = 2
    alts_key = tuple(map(id, r.alts)) if alts_memo is not None else None
    alts = alts_memo.get(alts_key) if alts_memo is not None else None
    if alts is None:
        alts = tuple(
            {
                "name": a.name,
                "lat": a.lat,
                "lon": a.lon,
                "country_code": a.country_code,
                "admin1": a.admin1,
                "score": a.score,
            }
            for a in r.alts
        )
        if alts_memo is not None:
            alts_memo[alts_key] = alts
    score = c.score if r.confident else c.score * 0.85
    return Mention(
        article=article_id, text=s.surface, start=s.start, end=s.end, name=c.name, lat=c.lat, lon=c.lon,
        kind=kind, country_code=c.country_code, admin1=c.admin1, geonameid=c.geonameid, geo_precision=precision,
        score=round(min(1.0, score), 3), alternatives=alts, metonymic=s.metonymic, adjectival=s.adjectival,
    )  # fmt: skip
