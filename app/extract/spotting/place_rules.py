"""Whether a name the gazetteer knows is meant as a place here (typed region, district or facility, a
dateline, a word-like name under a place cue), and the names known only with their generic word ("the
village of Lukianivske", "Benue state", "the Pivdenny port") or written short ("Corbin, Ky.")."""

from __future__ import annotations

import re

from app.extract import lexicon as lx
from app.extract.segment import Sentence
from app.extract.spotting.cues import (
    _ACT_BEFORE,
    _ADMIN_ADJ_AFTER,
    _APPOSITIVE_AFTER,
    _ATTACKED_AFTER,
    _BYLINE_BEFORE,
    _DATELINE_AFTER,
    _DISTRICT_AFTER,
    _FACILITY_AFTER,
    _FACILITY_BEFORE,
    _FACILITY_BEFORE_END,
    _FACILITY_HEAD,
    _IN_REGION_AFTER,
    _LOWER_REGION_AFTER,
    _OF_THE_END,
    _PLACE_NOUN_BEFORE,
    _REGION_AFTER,
    _REGION_BEFORE,
    _SAID_ACCORDING_BEFORE,
    _SAID_ACCORDING_END,
    _SPEECH_AFTER,
    _STRONG_LOCATIVE,
    _cue_before,
    _end,
    _names_an_area,
    _without_part,
    in_company_of_people,
)
from app.extract.spotting.spans import Spot
from app.extract.spotting.tokens import _Tok
from app.gazetteer import Gazetteer, normalize, variant_key

# "the town of X", "the village of X" right before a name; "X village" right after it
_SETTLEMENT_OF_BEFORE = re.compile(r"\b(?:town|village|city|hamlet|settlement)\s+of\s+$", re.I)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|town)\b")
_VILLAGE_OF_BEFORE = re.compile(r"\b(?:village|hamlet|town|settlement)\s+of\s+$", re.I)
# "the villages of Ternuvate and Kosivtseve": a later name of a list the text types as villages
_LISTED_VILLAGE_BEFORE = re.compile(
    r"\b(?:villages|hamlets|settlements|towns)\s+of\s+(?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?\s*,\s*){0,4}"
    r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?\s*,?\s+(?:and|or)\s+$"
)
_VILLAGE_AFTER = re.compile(r"\s+(?:village|hamlet)\b(?!\s+(?:of|council|head|chief|elders?)\b)")
# a ship or weapon class named after its lead vessel: "a Kilo-class submarine", "Admiral Grigorovich-class frigates"
_CLASS_AFTER = re.compile(r"^[-\u2010\u2011\u2013]class\b", re.I)
# a river named like a town on its banks ("across the Dnipro river", "the Oskil River", "the Vovcha river"): the
# water, not the town, so no event happens there (Spot.river); "the Kherson river port" is still the city's port
_RIVER_AFTER = re.compile(r"^\s+river\b(?!\s+(?:port|station|terminal)\b)", re.I)
# "the right bank of the Dnipro", "the eastern bank of the Oskil": a bank's river (a water body the gazetteer
# knows by the name stays)
_RIVER_BEFORE = re.compile(r"\bbanks?\s+of\s+the\s+$", re.I)
# "across the Dnipro", "crossed the Dnipro on rafts": a town's name after a bare "the" is the river the gazetteer
# knows as "<name> River" (towns take no article) when what follows continues the sentence, not the name
# ("the Dnipro region", "the Dnipro city council" stay the city's)
_BARE_THE_BEFORE = re.compile(r"(?<![Oo]f\s)\bthe\s+$")
_RIVER_CONTINUES = re.compile(
    r"^(?:[’']s\s+(?:(?:left|right|eastern|western|northern|southern|east|west)\s+)?banks?\b|\s*[,.;:)]|\s*$|"
    r"\s+(?:and|in|at|near|on|to|from|into|before|after|as|but|which|where|while|since|until|by|for|with|"
    r"towards?|under|over|again)\b)"
)
# A town of another romanisation named as a town or village by the text: the smallest spotted so
SMALL_VARIANT_POPULATION = 1_000


# "MoD", "DoD", "MoH", "MoI": an acronym written in mixed case
_MIXED_ACRONYM = re.compile(r"[A-Z][a-z][A-Z][a-z]?")


class PlaceRules:
    """The acceptance rules of the Spotter (spot.py); they read PlaceFacts and PeopleRules."""

    gaz: Gazetteer
    given: frozenset[str]
    zipf: dict[str, float]
    _abbreviated: dict[str, str]

    def _cued(self, text: str, sent: Sentence, a: int, b: int, surface: str) -> bool:
        """A place cue right before the span ('in', 'near', 'struck', 'the port of', 'an attack on') or a
        dateline: a variant spelling is read as a place only where the text says it is one ('Syrian' is
        one romanisation away from Sirjan, Iran)."""
        return _cue_before(text[max(sent.start, a - 60) : a]) or (
            surface.isupper() and _DATELINE_AFTER.match(text[b : b + 80]) is not None
        )

    def _named_as_settlement(self, text: str, sent: Sentence, a: int, b: int) -> bool:
        """'the town of Um Kadada', 'Kyauk Ni Maw village': the text itself calls the name a settlement, so a
        variant spelling may be read as a smaller town than a bare name would need (SMALL_VARIANT_POPULATION)."""
        return bool(
            _SETTLEMENT_OF_BEFORE.search(text, max(sent.start, a - 30), a) or _SETTLEMENT_AFTER.match(text, b)
        )

    def _typed_village_run(self, text: str, run: list[_Tok]) -> bool:
        """The text calls the whole run a village ('Ohe Htein Twin village') and the gazetteer knows no place
        of that whole name (nor in another spelling)."""
        if _VILLAGE_AFTER.match(text, run[-1].end) is None:
            return False
        whole = normalize(text[run[0].start : run[-1].end])
        return not (self.gaz.has_name(whole) or self.gaz.lookup_variant(variant_key(whole)))

    def _unknown_place(
        self, text: str, sent: Sentence, run: list[_Tok], i: int, people: set[str]
    ) -> Spot | None:
        """A name missing from the gazetteer ('the village of Lukianivske in the Zaporizhia region'),
        or known only with its generic word ('the Pivdenny port', 'Kyiv's Sviatoshynskyi district')."""
        if i == 1 and run[0].text in ("The", "the"):
            run = run[1:]
        elif i != 0:
            return None
        # "Kyauk Ni Maw village": a name the text types by its generic word may run to three words
        typed_village = _VILLAGE_AFTER.match(text, run[-1].end) is not None
        if len(run) > (3 if typed_village else 2):
            return None
        a, b = run[0].start, run[-1].end
        surface = text[a:b]
        key = normalize(surface)
        after = text[b : min(len(text), b + 80)]
        before = text[max(sent.start, a - 60) : a]
        fm = _FACILITY_AFTER.match(after) or _DISTRICT_AFTER.match(after)
        if fm:
            words = fm.group(1)
            full = normalize(f"{surface} {words}")
            head = words.split()[-1] if words.split() else ""
            for cand in (full, normalize(f"{surface} {head}")):
                if self.gaz.has_name(cand) or self.gaz.lookup_variant(variant_key(cand)):
                    typed = "district" if _DISTRICT_AFTER.match(after) else "facility"
                    return Spot(a, b, surface, key, sent, typed=typed, facility_key=cand, locative=True)
        if key in people or key in self.given or self.zipf.get(key, 0.0) >= 2.5 or key in lx.NEVER_ALONE:
            return None
        if key in lx.ORGANISATIONS or key in lx.WEAPONS or surface.isupper() or len(key) < 4:
            return None
        placey = (
            (_end(before) in _OF_THE_END and bool(_PLACE_NOUN_BEFORE.search(before)))
            or bool(_APPOSITIVE_AFTER.match(after))
            or typed_village
            or bool(_LISTED_VILLAGE_BEFORE.search(before))
        )
        if not placey:
            return None
        spot = Spot(a, b, surface, key, sent, locative=True, unknown=True)
        if typed_village or _VILLAGE_OF_BEFORE.search(before) or _LISTED_VILLAGE_BEFORE.search(before):
            spot.typed = "village"  # the text says what it is: a village the article's region may hold
        return spot

    def _lower_region_run(self, text: str, sent: Sentence, run: list[_Tok]) -> Spot | None:
        """'Benue state', 'Cuyahoga county': known only with its generic word, written in lower case."""
        first = 1 if len(run) > 1 and run[0].text in ("The", "the") else 0
        a, b = run[first].start, run[-1].end
        m = _LOWER_REGION_AFTER.match(text[b : b + 20])
        if m is None:
            return None
        name = normalize(text[a:b])
        full = normalize(f"{text[a:b]} {m.group(1)}")
        if self.gaz.has_name(name) or not self.gaz.has_name(full):
            return None
        b += m.end()
        return Spot(a, b, text[a:b], full, sent, typed="region", locative=True)

    def _facility_run(self, text: str, sent: Sentence, run: list[_Tok]) -> Spot | None:
        """'the Caspian Pipeline Consortium terminal', 'the Pivdenny port': the run and its generic word are one name."""
        first = 1 if len(run) > 1 and run[0].text in ("The", "the") else 0
        a, b = run[first].start, run[-1].end
        fm = _FACILITY_AFTER.match(text[b : min(len(text), b + 80)])
        if not fm:
            return None
        surface = text[a:b]
        full = normalize(f"{surface} {fm.group(1)}")
        if self.gaz.has_name(full) or (len(run) - first <= 2 and self.gaz.lookup_variant(variant_key(full))):
            return Spot(
                a, b, surface, normalize(surface), sent, typed="facility", facility_key=full, locative=True
            )
        return None

    def _abbreviation(self, text: str, sent: Sentence, a: int, b: int, key: str) -> Spot | None:
        """'Corbin, Ky.', 'LAS CRUCES, N.M. -': a state written short, only after a comma and with its dot."""
        end = b if text[b - 1 : b] == "." else (b + 1 if text[b : b + 1] == "." else -1)
        if end < 0:
            return None
        key = self._abbreviated.get(key, key)
        if re.search(r"[,(]\s*$", text[max(sent.start, a - 3) : a]):  # "Corbin, Ky.", "Walker County (Ga.)"
            return Spot(a, end, text[a:end], key, sent, typed="region", locative=True, qualifier=True)
        prev = text[max(sent.start, a - 12) : a].split()[-1:]
        if (
            re.fullmatch(r"(?:[A-Z]\.){2,}", text[a:end])
            and prev
            and prev[0].lower().strip("\"“‘'(")
            in (
                *lx.LOCATIVE_BEFORE,
                "the",
            )
        ):
            return Spot(
                a, end, text[a:end], key, sent, typed="region", locative=True
            )  # "in D.C.", "the B.C. border"
        return None

    def place_cue(self, text: str, s: Spot) -> bool:
        """The words around this mention say it is a place: a locative preposition or a verb of movement or
        attack before it, 'the town of' before it, 'in the X region' or 'X, Yorkshire' after it, a stated
        generic word, a dateline. (The spotter's `locative` also counts 'and', 'of', 'by', 'to': too weak to
        outweigh a recogniser that reads the name as a person.)"""
        if s.typed is not None or s.qualifier:
            return True
        before = text[max(s.sentence.start, s.start - 60) : s.start]
        after = text[s.end : s.end + 80]
        if _cue_before(before):
            return True
        if re.search(r",\s+of\s+$", before) or _ADMIN_ADJ_AFTER.match(after) or _ATTACKED_AFTER.match(after):
            return True  # "Miss Roe, of Hayes,"; "Tula regional governor"; "Mykolaiv was hit"
        if _IN_REGION_AFTER.match(after) or _APPOSITIVE_AFTER.match(after) or self._area_after(s.key, after):
            return True
        return s.surface.isupper() and _DATELINE_AFTER.match(after) is not None

    def _accept(
        self, text, sent, a, b, surface, key, ntok, people, *, first, trusted=False, common=None
    ) -> Spot | None:
        if key in self.abbreviations:
            return self._abbreviation(text, sent, a, b, key)
        if key in lx.ORGANISATIONS or key in lx.WEAPONS or key in lx.MONTHS or key in lx.WEEKDAYS:
            return None
        if key in lx.HOLIDAYS or key in lx.NEVER_ALONE:
            return None
        if len(key.replace(" ", "")) <= 2 and not (
            surface.replace(".", "").isupper() and self._is_country(key)
        ):
            return None  # "Ok," is not Oklahoma; only "US", "UK", "U.S." stand alone
        after = text[b : min(len(text), b + 80)]
        if _CLASS_AFTER.match(after):
            return None  # "a Kilo-class submarine", "an Arleigh Burke-class destroyer": a ship's class, not a place
        before = text[max(sent.start, a - 60) : a]
        river = (
            bool(_RIVER_AFTER.match(after))
            or bool(_RIVER_BEFORE.search(before) and not self._is_area(key))
            # "across the Dnipro": the river the gazetteer knows as "Dnipro River"
            or bool(
                _BARE_THE_BEFORE.search(before)
                and _RIVER_CONTINUES.match(after)
                and not self._is_area(key)
                and self.gaz.has_name(normalize(f"{surface} river"))
            )
        )
        end = _end(before)
        rank, pop = self._place_strength(key)
        spot = Spot(a, b, surface, key, sent)
        spot.river = river  # still a toponym (benchmarks count "the Naugatuck River"), never an event place
        m = _REGION_AFTER.match(after) if _names_an_area(after) else None
        if m and (
            m.group(1).endswith("s")
            and m.group(1) not in ("kray",)
            or m.start(1) - m.start() <= 1
            or " and " in after[: m.start(1)]
        ):
            spot.typed = "region"  # "the Kharkiv and Sumy regions"; not "Semenivka, Chernihiv region"
        elif _DISTRICT_AFTER.match(after):
            spot.typed = "district"
        elif end in _OF_THE_END and _REGION_BEFORE.search(before):
            spot.typed = "region"
        fm = _FACILITY_AFTER.match(after)
        natural = rank >= 3 and self._is_area(key)
        if natural:
            fm = None
        if fm and spot.typed is None:
            words = fm.group(1)
            head = _FACILITY_HEAD.search(words)
            if head:
                spot.typed = "facility"
                spot.facility_key = normalize(f"{surface} {words}")
                # keep the whole "Saky airbase" as the surface when the gazetteer knows it as such
                full = text[a : b + fm.end()]
                if self.gaz.has_name(normalize(full)):
                    spot.end = b + fm.end()
                    spot.surface = full
                    spot.key = normalize(full)
        elif (
            end in _FACILITY_BEFORE_END
            and _FACILITY_BEFORE.search(before)
            and spot.typed is None
            and not natural
        ):
            spot.typed = "facility"
            kind_word = _FACILITY_BEFORE.search(before).group(0).split()[0].lower().rstrip("s")
            spot.facility_key = normalize(f"{surface} {kind_word}")
        # "into northern Lyman": the part of the place stands between the preposition and the name
        cue_before = _without_part(before)
        prev_word = cue_before.rstrip().split()[-1].lower() if cue_before.strip() else ""
        spot.locative = (
            prev_word in lx.LOCATIVE_BEFORE
            or prev_word in _ACT_BEFORE
            or (end in _OF_THE_END and bool(_PLACE_NOUN_BEFORE.search(before)))
            or bool(_IN_REGION_AFTER.match(after))
        )
        if not spot.locative and self._area_after(key, after):
            spot.locative = True  # "Croft, Yorkshire": a place of that name lies in the area named after it
        if key in people and not self._big_place(key) and prev_word not in _STRONG_LOCATIVE:
            return None  # a person elsewhere in the article, unless this mention is "in Samos"
        if ntok == 1 and rank < 4 and pop < 1_000_000 and in_company_of_people(before, after):
            return (
                None  # "flanked by Ann and two bodyguards": a person, though a town of 120,000 bears the name
            )
        if key in ("kremlin", "the kremlin") and prev_word not in (
            "in",
            "at",
            "inside",
            "into",
            "to",
            "from",
            "near",
            "outside",
        ):
            return None  # "the Kremlin said": the presidency, not the fortress
        dateline_start = surface.isupper() and (
            a == sent.start or (a - sent.start <= 160 and _BYLINE_BEFORE.search(text[sent.start : a]))
        )
        if (
            surface.isupper()
            and dateline_start
            and _DATELINE_AFTER.match(after)
            and (rank >= 2 or pop >= 10_000)
        ):
            return spot  # "BOSTON —", "CAIRO (Reuters) -", "KYIV, March 3 -": a dateline
        if ntok == 1 and _MIXED_ACRONYM.fullmatch(surface):
            return None  # "the Ministry of Defense (MoD)", "DoD", "MoH": an organisation's acronym, never Modesto
        if ntok == 1 and surface.replace(".", "").isupper() and len(surface.replace(".", "")) <= 5:
            # acronyms are organisations or numerals unless they are a country ("US", "UK", "U.S."),
            # or a dateline ("KYIV, March 3 -")
            dateline = dateline_start and re.match(
                r"^\s*,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z])", after
            )
            return spot if self._is_country(key) or (dateline and len(key) >= 4 and rank >= 2) else None
        if spot.typed in ("region", "district") or (spot.typed == "facility" and ntok >= 2):
            return spot
        if trusted:
            return None if self._person_cue(before, after, rank, pop, spot.locative) else spot
        if rank >= 3 and ntok >= 2:
            return spot
        low = key
        z = self.zipf.get(low, 0.0)
        if ntok == 1:
            if low in self.given and rank < 3 and pop < 100_000 and not spot.locative:
                return None  # "Lyman said" is a person; "near Lyman" is the town
            if _SPEECH_AFTER.match(after) and rank < 4 and pop < 100_000 and not spot.locative:
                return None  # "Carney said": a person; "who was from Dewsbury said": the town
            if re.match(r"^\s+\d", after) and rank <= 1:
                return None  # "Mach 10", "Patriot 3": a unit or a model, not a place
            if not first and _IN_REGION_AFTER.match(after):
                return spot  # "bombed Pale in Sagaing Region": the text says where it lies, so a place
            # "in Boston", "near Oxford": a word-like name after a place preposition, of a town big enough
            # to be meant, is the town; so is any city of a million
            well_known = pop >= 1_000_000 or (spot.locative and pop >= 20_000 and not first)
            if not well_known and (
                (z >= 4.5 and rank < 3)
                or (z >= 5.2 and rank < 4)
                or (z >= 3.6 and rank < 3 and pop < 200_000)
                or (first and z >= 3.0 and rank < 3 and pop < 100_000)
            ):
                if common is not None and z < 5.2 and pop >= 1_000:
                    common.append(spot)  # a place if the article names it as one elsewhere
                return None
            if rank <= 1 and pop < 1_000 and not spot.locative:
                if common is not None:
                    common.append(spot)  # "... and that Zvanivka remained contested": a hamlet named before
                return None
            if rank <= 1 and end in _SAID_ACCORDING_END and _SAID_ACCORDING_BEFORE.search(before):
                if common is not None and re.match(r"^\s+[a-z]", after):
                    # "Kyiv said Prymorske remained ...": a clause's subject, a place if the article names it
                    # as one elsewhere; '..., said Aris.' stays a speaker
                    common.append(spot)
                return None  # '..., said Aris.': a speaker
            if z >= 2.5 and rank <= 1 and pop < 20_000 and not spot.locative:
                return None
            if z >= 2.5 and rank <= 1 and not spot.locative and min(t for _i, t in self.gaz.lookup(key)) >= 1:
                return None  # "Since Chávez, ...": only an alternate name of some town, and a word or surname too
        return spot
