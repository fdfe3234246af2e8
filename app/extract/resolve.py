"""app.extract.resolve: choose the place each spotted name refers to, using what the article says
around it: a stated region ("Lyman in the Donetsk region"), a country ("Russia's Bryansk region",
"the Russian port of Tuapse"), the other places in the same bullet, the countries the article is
about, and only then population."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property

from app.extract import cohere
from app.extract.cohere import rank_km as _km
from app.extract.model import Mention
from app.extract.segment import Document, Sentence
from app.extract.spot import Spot, link_lists
from app.gazetteer import normalize
from app.gazetteer.sources import state_abbreviations
from app.geocode import Candidate, Geocoder, Hints

DEMONYMS = {
    "russian": "RU", "ukrainian": "UA", "belarusian": "BY", "polish": "PL", "syrian": "SY", "venezuelan": "VE",
    "american": "US", "israeli": "IL", "iranian": "IR", "georgian": "GE", "moldovan": "MD", "lithuanian": "LT",
    "latvian": "LV", "estonian": "EE", "finnish": "FI", "romanian": "RO", "german": "DE", "french": "FR",
    "british": "GB", "turkish": "TR", "chinese": "CN", "japanese": "JP", "indian": "IN", "pakistani": "PK",
    "hungarian": "HU", "slovak": "SK", "czech": "CZ", "italian": "IT", "spanish": "ES", "canadian": "CA",
    "lebanese": "LB", "iraqi": "IQ", "yemeni": "YE", "saudi": "SA", "egyptian": "EG", "sudanese": "SD",
    "kazakh": "KZ", "armenian": "AM", "azerbaijani": "AZ", "norwegian": "NO", "swedish": "SE", "danish": "DK",
    "dutch": "NL", "belgian": "BE", "austrian": "AT", "swiss": "CH", "greek": "GR", "bulgarian": "BG",
    "serbian": "RS", "croatian": "HR", "colombian": "CO", "chilean": "CL", "cuban": "CU", "mexican": "MX",
}  # fmt: skip
_NAME = r"[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?"
_AREA_WORD = r"regions?|oblasts?|provinces?|krais?|kray|districts?|raions?|voblasts?|governorates?|states?"
_REGION_AFTER = re.compile(
    rf"^\s*(?:,\s*(?:a|an|the|another)\s+(?:[a-z\-]+\s+){{0,3}}(?:village|town|city|settlement|hamlet|port|community|"
    rf"area|suburb)s?\s+)?(?:,\s*)?(?:in|of|near)\s+(?:the\s+)?(?:(?P<owner>[A-Z][a-z]+)[’']s\s+)?"
    rf"(?:[a-z\-]+\s+){{0,2}}(?P<name>{_NAME})\s+(?P<word>{_AREA_WORD})\b"
)
_REGION_OF_AFTER = re.compile(
    rf"^\s*(?:,\s*)?in\s+the\s+(?:[a-z\-]+\s+){{0,2}}(?:region|province|oblast)\s+of\s+(?P<name>{_NAME})"
)
_REGION_BEFORE = re.compile(rf"(?P<name>{_NAME})\s+(?:region|oblast|province)[’']s\s+(?:[a-z\-]+\s+){{0,2}}$")
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][a-z]+)[’']s\s+(?:[a-z\-]+\s+){0,3}$")
_DEMONYM_BEFORE = re.compile(
    r"\b(?P<dem>[A-Z][a-z]+)\s+(?:[A-Za-z\-]+\s+){0,3}(?:port|city|town|village|region|capital|air\s?base|base|"
    r"oblast|province|settlement|border town|industrial city|hub)s?\s+of\s+$"
)
_DEMONYM_ADJ_BEFORE = re.compile(r"\b(?P<dem>[A-Z][a-z]+)(?:-(?:occupied|held|controlled|annexed))?\s+$")
_APPOSITION = re.compile(
    rf"^\s*,\s*(?:a|an|the)\s+(?:[a-z\-]+\s+){{0,3}}(?P<what>region|city|town|village|port|province|settlement)\s+"
    rf"(?:in|of)\s+(?:the\s+)?(?:[a-z\-]+\s+){{0,2}}(?P<name>{_NAME})"
)
_IDENTIFIED = re.compile(
    r"^\s*(?:It|They|The ministry|The military)\s+(?:identified|named|listed)\s+them\s+as\b"
)
_SUBURB_BEFORE = re.compile(
    rf"(?P<city>{_NAME})\s+(?:suburbs?|outskirts|districts?|neighbou?rhoods?|area)\s+of\s+(?:the\s+)?(?:\w+\s+)?$"
)
_ABBREVIATION = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
_COMMA_REGION_AFTER = re.compile(rf"^\s*,\s*(?P<name>{_NAME})\s+(?:region|oblast|province)\b")
_COMMA_AFTER = re.compile(
    rf"^\s*,\s*(?P<name>(?:[A-Z]\.){{2,}}|[A-Z][a-z]{{1,4}}\.|{_NAME}\b)(?!\s+(?:{_AREA_WORD}))"
)

# The cues above that end in `$` are searched before every spotted name; these necessary conditions (a
# possessive for _REGION_BEFORE and _OWNER_BEFORE, "of" and a suburb word for _SUBURB_BEFORE, a final "of" for
# _DEMONYM_BEFORE) skip the search when it cannot match. _DEMONYM_ADJ_BEFORE only counts when its word is a
# demonym: with an optional "-controlled", that fits in the last _DEMONYM_ADJ_SPAN characters.
_DEMONYM_ADJ_SPAN = max(map(len, DEMONYMS)) + len("-controlled") + 1


def _suburb_words(before: str) -> bool:
    return "of" in before and (
        "suburb" in before
        or "outskirts" in before
        or "district" in before
        or "neighbo" in before
        or "area" in before
    )


def _possessive(before: str) -> bool:
    return "’s" in before or "'s" in before


# How far below the best-ranked namesake abroad a namesake in the article's own countries may rank and still be
# taken: a town of 10,000 at home beats a city of 100,000 abroad, never one of a million.
FOCUS_MARGIN = 0.1


@dataclass(slots=True)
class Resolved:
    spot: Spot
    cand: Candidate
    alts: list[Candidate]
    confident: bool


class Resolver:
    def __init__(self, geocoder: Geocoder) -> None:
        self.geo = geocoder
        self.gaz = geocoder.gaz

    # -- cues ------------------------------------------------------------------------------------
    def _hints_for(self, text: str, spot: Spot) -> Hints:
        sent_end = spot.sentence.end
        after = text[spot.end : min(sent_end, spot.end + 160)]
        before = text[max(spot.sentence.start, spot.start - 80) : spot.start]
        hints = Hints()
        m = _REGION_AFTER.match(after) or _REGION_OF_AFTER.match(after)
        if m and spot.typed not in ("region",):
            h = self.geo.parse_hint(f"{m.group('name')} region")
            if h is not None and h.admin1:
                hints = hints.merged(h)
        if hints.admin1 is None:
            m = _COMMA_REGION_AFTER.match(after)  # "Semenivka, Chernihiv region"
            if m and spot.typed != "region":
                h = self.geo.parse_hint(f"{m.group('name')} region")
                if h is not None and h.admin1:
                    hints = hints.merged(h)
        if hints.admin1 is None:
            m = _REGION_BEFORE.search(before) if _possessive(before) else None
            if m:
                h = self.geo.parse_hint(f"{m.group('name')} region")
                if h is not None and h.admin1:
                    hints = hints.merged(h)
        if hints.admin1 is None:
            m = _APPOSITION.match(after)
            if m:
                h = self.geo.parse_hint(m.group("name"))
                if h is not None:
                    hints = hints.merged(h)
                if m.group("what") == "region" and spot.typed is None:
                    spot.typed = "region"
        if hints.admin1 is None and not spot.listed_with:
            m = _COMMA_AFTER.match(after)
            if m:
                h = self.geo.parse_hint(m.group("name"))
                if h is not None:
                    hints = hints.merged(h)
        m = _SUBURB_BEFORE.search(before) if _suburb_words(before) else None
        if m:
            # "the Kherson suburb of Antonivka": the Antonivka near Kherson
            city = self.geo.search(m.group("city"), limit=1, fuzzy=False)
            if city:
                hints = hints.merged(
                    Hints(near=(city[0].lat, city[0].lon), near_km=40.0, country=city[0].country_code)
                )
        if hints.country is None:
            m = _OWNER_BEFORE.search(before) if _possessive(before) else None
            cc = None
            if m:
                h = self.geo.parse_hint(m.group("owner"))
                cc = h.country if h is not None and h.admin1 is None else None
            if cc is None:
                tail = before.rstrip()
                m = (tail.endswith("of") and _DEMONYM_BEFORE.search(before)) or _DEMONYM_ADJ_BEFORE.search(
                    before, max(0, len(tail) - _DEMONYM_ADJ_SPAN)
                )
                if m:
                    cc = DEMONYMS.get(m.group("dem").lower())
            if cc:
                hints = hints.merged(Hints(country=cc))
        return hints

    def _spread_list_hints(self, spots: list[Spot], hints: list[Hints]) -> list[Hints]:
        """'Myrnohrad, Rodynske and Artemivka in Ukraine's Donetsk region': the region covers the list."""
        out = list(hints)
        changed = True
        while changed:
            changed = False
            for k, s in enumerate(spots):
                for j in s.listed_with:
                    if out[j].admin1 and not out[k].admin1 and spots[k].typed != "region":
                        out[k] = out[k].merged(
                            Hints(
                                country=out[j].country, admin1=out[j].admin1, admin1_name=out[j].admin1_name
                            )
                        )
                        changed = True
                    if spots[j].typed and not spots[k].typed and spots[j].typed == "region":
                        spots[k].typed = "region"
                        changed = True
        return out

    def _carry_over(self, text: str, spots: list[Spot], hints: list[Hints]) -> list[Hints]:
        """'...four settlements in the Donetsk region. It identified them as A, B and C.'"""
        out = list(hints)
        for k, s in enumerate(spots):
            if out[k].admin1 or not _IDENTIFIED.match(s.sentence.text):
                continue
            prev = []
            for j in range(k - 1, -1, -1):  # backwards, stopping at the block's start: linear, not k per spot
                if spots[j].sentence.block != s.sentence.block:
                    break
                if spots[j].sentence.end <= s.sentence.start:
                    prev.append(j)
            for j in prev:
                if spots[j].typed == "region":
                    h = self.geo.parse_hint(f"{spots[j].key} region")
                    if h is not None and h.admin1:
                        out[k] = out[k].merged(h)
                    break
        return out

    # -- candidates ------------------------------------------------------------------------------
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
                c for c in found if c.kind in ("facility", "other") and c.why and "fuzzy" not in c.why[0]
            ]
            if found:
                return found
        if spot.typed == "region":
            for q in (f"{spot.key} region", f"{spot.key} oblast", spot.key):
                found = geo.search(q, limit=5, hints=hints.merged(Hints(kinds=("region",))), fuzzy=False)
                if found and all("fuzzy" not in c.why[0] for c in found):
                    return found
        if spot.unknown:
            return geo.region_fallback(spot.surface, hints)
        if spot.typed == "district":
            found = geo.search(f"{spot.key} district", limit=5, hints=hints, fuzzy=False)
            found = [c for c in found if c.kind in ("other", "region") and "fuzzy" not in c.why[0]]
            if found:
                return found
        found = geo.search(spot.surface, limit=12, hints=hints, fuzzy=False) or self._short_form(spot)
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
    def resolve(self, text: str, spots: list[Spot]) -> list[Resolved]:
        hints = self._spread_list_hints(spots, [self._hints_for(text, s) for s in spots])
        hints = self._carry_over(text, spots, hints)
        cands = []
        for k, (s, h) in enumerate(zip(spots, hints, strict=True)):
            cs = self._candidates(s, h)
            if not cs and (h.country and not h.admin1):
                hints[k] = Hints()  # a country cue that fits nothing was a misreading: drop it
                cs = self._candidates(s, hints[k])
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
                s.typed is not None
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

        out: list[Resolved] = []
        settled: set[int] = set()  # spots the article's focus already decided
        for r, cs in zip(first, cands, strict=True):
            if r is None:
                continue
            block = by_block.get(r.spot.sentence.block, {})
            neighbours = [c for c, n in block.values() if c is not r.cand or n > 1]
            # what the rest of the article says: the votes this very name cast do not count for it
            others = countries - by_name.get(r.spot.key, Counter())
            ctx = (others, sum(others.values()) or 1, admin1s, neighbours)
            moved = self._in_focus(r, cs, ctx)
            if moved is not None:
                out.append(moved)
                settled.add(id(r.spot))
                continue
            if r.confident or len(cs) < 2:
                out.append(r)
                continue
            pool = [c for c in cs if c.score >= cs[0].score - 0.12]
            best = max(pool, key=lambda c: self._context_score(c, countries, total, admin1s, neighbours))
            alts = [c for c in cs if c is not best][:3]
            out.append(Resolved(r.spot, best, alts, False))
        return self._one_sense(
            self._cohere(
                out,
                {id(r.spot): cs for r, cs in zip(first, cands, strict=True) if r},
                {id(s): h for s, h in zip(spots, hints, strict=True)},
                settled,
            )
        )

    def _cohere(
        self, resolved: list[Resolved], cands_of: dict, hints_of: dict, settled: set[int]
    ) -> list[Resolved]:
        """Re-choose, among close-ranking namesakes, the towns nothing in their sentence qualifies (app.extract.cohere)."""
        free = []
        for k, r in enumerate(resolved):
            h = hints_of.get(id(r.spot))
            cs = cands_of.get(id(r.spot), [])
            if (
                r.spot.typed is not None
                or len(cs) < 2
                or id(r.spot) in settled
                or r.cand.kind != "settlement"
            ):
                continue
            if h is not None and (h.admin1 or h.country or h.near):
                continue  # the text said where it is
            if r.cand.why[0].startswith("exact") and (
                "national capital" in r.cand.why or r.cand.population >= 1e6
            ):
                continue  # a capital or a city of millions is what its own name means (not what an old name meant)
            pool = cohere.namesakes(cs)
            if len(pool) > 1:
                free.append((k, pool))
        if not free:
            return resolved
        out = list(resolved)
        for k, best in cohere.choose([(r.spot.key, r.cand) for r in resolved], free).items():
            cs = cands_of[id(out[k].spot)]
            out[k] = Resolved(out[k].spot, best, [c for c in cs if c is not best][:3], False)
        return out

    def _in_focus(self, r: Resolved, cs: list[Candidate], ctx) -> Resolved | None:
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
        others, total, admin1s, neighbours = ctx
        named = {
            cc for cc, n in others.most_common(2) if n > 0
        }  # countries other places of the article are in
        # a country the article is about: named at least twice by other places, a quarter of what they name
        focus = {cc for cc in named if others[cc] >= 2 and others[cc] >= 0.25 * total}
        if c.country_code in named:
            return None
        if c.kind == "settlement" and c.why[0].startswith("alias match"):
            own = [x for x in cs if x.why and x.why[0].startswith("exact match") and x.country_code in named]
        elif not focus:
            return None
        elif c.country_code and "national capital" not in c.why:
            # a namesake at home wins only where home is clearly what the article is about ("Manchester" in a
            # story of Syria, Texas and Colchester stays English)
            own = [x for x in cs if x.country_code in focus and x.score >= c.score - FOCUS_MARGIN
                   and others[x.country_code] >= 2 * max(1, others[c.country_code or ""])
                   and x.why and x.why[0].split()[0] == c.why[0].split()[0]]  # fmt: skip
        else:
            return None  # an ocean, a macro-region: no country to be wrong about; a capital is the capital
        if not own:
            return None
        best = max(own, key=lambda x: self._context_score(x, others, total, admin1s, neighbours))
        return Resolved(r.spot, best, [x for x in cs if x is not best][:3], False)

    def _context_score(self, c: Candidate, countries, total, admin1s, neighbours) -> float:
        s = c.score
        s += 0.15 * countries.get(c.country_code or "", 0) / total
        if c.admin1_code and admin1s.get((c.country_code or "", c.admin1_code)):
            s += 0.12
        if neighbours:
            d = min(_km(c.lat, c.lon, n.lat, n.lon) for n in neighbours)
            s += 0.25 * math.exp(-d / 120.0)
        return s

    def _one_sense(self, resolved: list[Resolved]) -> list[Resolved]:
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


def to_mention(article_id: str, r: Resolved) -> Mention:
    c, s = r.cand, r.spot
    kind = c.kind if c.kind in ("settlement", "facility", "region", "country", "water", "other") else "other"
    precision = c.geo_precision
    if s.typed == "facility" and c.kind == "settlement":
        kind, precision = "facility", 2  # "the Yefremov rubber plant": at the town, not the town
    if s.typed == "district" and c.kind == "settlement":
        precision = 2
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
    score = c.score if r.confident else c.score * 0.85
    return Mention(
        article=article_id, text=s.surface, start=s.start, end=s.end, name=c.name, lat=c.lat, lon=c.lon,
        kind=kind, country_code=c.country_code, admin1=c.admin1, geonameid=c.geonameid, geo_precision=precision,
        score=round(min(1.0, score), 3), alternatives=alts, metonymic=s.metonymic, adjectival=s.adjectival,
    )  # fmt: skip
