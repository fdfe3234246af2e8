"""app.geocode.area_hints: what the qualifiers of a query may name — "Donetsk region" a region, "Ukraine" a
country, "Georgia" the country and then the US state — and every combination of their meanings, each with the
words that explain it."""

from __future__ import annotations

import re

from app.errors import InvalidQuery
from app.gazetteer import Gazetteer, normalize, strip_phrase
from app.geocode.candidate import Hints

_MAX_READINGS = 8  # combinations of qualifier meanings tried per query
_AREA_WORD = re.compile(r"\b(?:region|oblast|province|krai|kray)\b", re.I)


class AreaHints:
    """The areas qualifiers name in one gazetteer, with a memo of each qualifier's meanings (a pure function
    of the immutable gazetteer: qualifiers are a small vocabulary of regions and countries)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self._memo: dict[str, tuple[Hints, ...]] = {}

    def parse(self, text: str) -> list[Hints]:
        """Every area a qualifier may name, most likely first: 'Georgia' is the country, then the US state.

        Countries come before regions; regions of the same name tier go by how many people live in them
        (Florida, USA before Florida, Puerto Rico).
        """
        key = normalize(strip_phrase(text))
        if not key:
            return []
        found = self._memo.get(key)
        if found is None:
            found = self._parse(key)
            if len(self._memo) < 20_000:  # qualifiers are a small vocabulary: regions and countries
                self._memo[key] = found
        if _AREA_WORD.search(text) and len(found) > 1:
            # "the Moscow region" is Moscow Oblast, not the city of Moscow as a federal subject: when the text
            # says region, a region named with an area word comes before one that bears the bare city name
            city = " ".join(_AREA_WORD.sub(" ", key).split())
            bare = [h for h in found if h.admin1 and normalize(h.admin1_name or "") == city]
            if bare and len(bare) < sum(1 for h in found if h.admin1):
                rest = [h for h in found if h not in bare]
                return (
                    rest + bare
                    if not any(h.admin1 is None for h in found)
                    else [*(h for h in found if h.admin1 is None), *(h for h in rest if h.admin1), *bare]
                )
        return list(found)

    def _parse(self, key: str) -> tuple[Hints, ...]:
        gaz = self.gaz
        countries: list[tuple[int, int]] = []
        regions: list[tuple[int, int, int]] = []
        for i, tier in gaz.lookup(key):
            kind = gaz.kind_of(i)
            if kind == "country":
                countries.append((tier, i))
            elif kind == "region" and str(gaz.admin1_code[i]):
                regions.append((tier, -int(gaz.population[i]), i))
        out = [Hints(country=str(gaz.country_code[i])) for _t, i in sorted(countries)]
        for _t, _p, i in sorted(regions):
            cc, code = str(gaz.country_code[i]), str(gaz.admin1_code[i])
            out.append(Hints(country=cc, admin1=(cc, code), admin1_name=gaz.names[i]))
        if not out and len(key) == 2 and key.isalpha() and gaz.country_place(key.upper()) is not None:
            out.append(Hints(country=key.upper()))
        seen: set[tuple] = set()
        unique = []
        for h in out:  # one country can carry several aliases that all normalise alike
            k = (h.country, h.admin1)
            if k not in seen:
                seen.add(k)
                unique.append(h)
        return tuple(unique)

    def country_code(self, country: str) -> str:
        """An ISO code or a country's name to its ISO code; InvalidQuery (param country) when unknown."""
        cc = country.strip().upper()
        if len(cc) == 2 and cc.isalpha() and self.gaz.country_place(cc) is not None:
            return cc
        for h in self.parse(country):
            if h.country and not h.admin1:
                return h.country
        raise InvalidQuery(
            f"unknown country {country!r}; use an ISO code like UA or a country name", param="country"
        )

    def readings(
        self, qualifiers: list[str], base: Hints, country: str | None
    ) -> list[tuple[Hints, list[str]]]:
        """Every combination of the qualifiers' meanings (capped), each with the words that explain it."""
        readings: list[tuple[Hints, list[str]]] = [(base, [])]
        if not qualifiers and not country:
            return readings
        for extra in qualifiers:
            alts = self.parse(extra)
            note = f"ignored unknown qualifier {extra!r}"
            if country and alts:
                alts = [a for a in alts if a.country == country]
                note = f"ignored qualifier {extra!r}: not in {country} as asked"
            if not alts:
                readings = [(h, why + [note]) for h, why in readings]
                continue
            readings = [
                (h.merged(a), why + [f"qualifier {extra!r} read as " + (f"region {a.admin1_name}" if a.admin1 else f"country {a.country}")])
                for h, why in readings
                for a in alts
            ][:_MAX_READINGS]  # fmt: skip
        if country:
            readings = [(h.merged(Hints(country=country)), why) for h, why in readings]
        return readings
