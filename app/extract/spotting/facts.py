"""What the gazetteer says of a name, read once per name: a big place, a country, an area itself, its best
kind and population; another romanisation of a known town; the area named after a comma."""

from __future__ import annotations

from app.extract.spotting.cues import _AREA_AFTER
from app.gazetteer import Gazetteer, normalize, variant_key
from app.gazetteer.normalize import ROMANISED_COUNTRIES, is_latin

# A town of another romanisation must matter this much to be spotted by a variant spelling (the geocoder's
# fuzzy rule asks the same of a misspelling).
VARIANT_MIN_POPULATION = 15_000


class PlaceFacts:
    """The gazetteer's facts about names, cached, for the Spotter (spot.py)."""

    gaz: Gazetteer
    abbreviations: frozenset[str]
    _facts_of: dict[str, tuple[bool, bool, bool, int, int]]
    _variant_spellings: dict[str, bool]

    def is_area(self, key: str) -> bool:
        """Named as a country, region or water body itself."""
        return self._is_area(key)

    def _facts(self, key: str) -> tuple[bool, bool, bool, int, int]:
        """What the gazetteer says of a name, read once per name (a long article repeats its places):
        (big place, a country, an area itself, best kind rank, max population)."""
        facts = self._facts_of.get(key)
        if facts is None:
            if len(self._facts_of) >= 100_000:
                self._facts_of.clear()
            facts = self._facts_of[key] = self._read_facts(key)
        return facts

    def _read_facts(self, key: str) -> tuple[bool, bool, bool, int, int]:
        big = country = area = False
        rank, pop = 0, 0
        for i, tier in self.gaz.lookup(key):
            kind = self.gaz.kind_of(i)
            capital = bool(self.gaz.is_capital[i])
            population = int(self.gaz.population[i])
            # a big place: a country, region, facility or water body, a capital, or a city of 100,000
            big = (
                big or kind in ("country", "region", "facility", "water") or capital or population >= 100_000
            )
            country = country or kind == "country"
            # an area named as itself (not merely sharing a bare region name)
            area = area or (kind in ("country", "water", "region") and tier < 2)
            r = (
                4
                if capital
                else {"country": 4, "region": 3, "facility": 3, "water": 3, "other": 2}.get(kind, 1)
            )
            rank = max(rank, r)
            pop = max(pop, population)
        return big, country, area, rank, pop

    def _big_place(self, key: str) -> bool:
        return self._facts(key)[0]

    def _is_country(self, key: str) -> bool:
        return self._facts(key)[1]

    def _is_area(self, key: str) -> bool:
        """Named as a country, region or water body itself (not merely sharing a bare region name)."""
        return self._facts(key)[2]

    def _place_strength(self, key: str) -> tuple[int, int]:
        """(best kind rank, max population) among the places with this name."""
        return self._facts(key)[3:]

    def _romanised_spelling(self, key: str, min_population: int = VARIANT_MIN_POPULATION) -> bool:
        """Another romanisation of a town of some size in a country whose names reach English in several
        ("Hodeidah" for the gazetteer's Hodeida, "Deir al-Balah" for Deir el Balah); the geocoder's variant
        stage then finds it. Small places and other countries' names stay exact: a variant there is more often
        a coincidence than a spelling."""
        memo = key if min_population == VARIANT_MIN_POPULATION else f"{key}\x00{min_population}"
        hit = self._variant_spellings.get(memo)
        if hit is None:
            hit = (
                len(key) >= 5
                and is_latin(key)
                and any(
                    str(self.gaz.country_code[i]) in ROMANISED_COUNTRIES
                    and self.gaz.kind_of(i) == "settlement"
                    and int(self.gaz.population[i]) >= min_population
                    for i in self.gaz.lookup_variant(variant_key(key))
                )
            )
            self._variant_spellings[memo] = hit
        return hit

    def _area_after(self, key: str, after: str) -> bool:
        """'Croft, Yorkshire', 'Bellmore, N.Y.': the words after the comma name a country or region that holds a
        place of this name (a name alone could be a person or a word; with its area it is the place)."""
        m = _AREA_AFTER.match(after)
        if m is None:
            return False
        area = normalize(m.group(1))
        if area == key or not area:
            return False
        areas = {
            (
                str(self.gaz.country_code[i]),
                str(self.gaz.admin1_code[i]) if self.gaz.kind_of(i) == "region" else "",
            )
            for i, t in self.gaz.lookup(area)
            if (t < 2 or area in self.abbreviations) and self.gaz.kind_of(i) in ("country", "region")
        }
        if not areas:
            return False
        for i, _t in self.gaz.lookup(key):
            cc, a1 = str(self.gaz.country_code[i]), str(self.gaz.admin1_code[i])
            if (cc, "") in areas or (cc, a1) in areas:
                return True
        return False
