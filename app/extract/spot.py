"""app.extract.spot: find the spans of an article that name places, and throw out the ones that name
people, organisations, weapons or plain words.

Every capitalised run of words is matched, longest first, against the gazetteer's names; what
survives the filters carries the cues around it ("... region", "the port of ...", "in Ukraine's X
region") that resolution needs.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from app.extract import lexicon as lx
from app.extract.segment import Document, Sentence
from app.gazetteer import Gazetteer, normalize, variant_key
from app.gazetteer.normalize import ROMANISED_COUNTRIES, is_latin
from app.gazetteer.sources import state_abbreviations

# "St. Louis", "Mt. Hood", "Ft. Worth": the abbreviated generic word keeps its dot, so the name is one run
# A town of another romanisation must matter this much to be spotted by a variant spelling (the geocoder's
# fuzzy rule asks the same of a misspelling).
VARIANT_MIN_POPULATION = 15_000
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|(?:S[Tt]e?|M[Tt]|F[Tt])\.(?=\s+[A-Z])|[^\W\d_](?:[\w]|[’'\-](?=\w))*", re.UNICODE
)
_POSS = re.compile(r"[’']s?$")
_HYPHEN_SUFFIX = re.compile(
    r"^(.+?)-(based|led|backed|flagged|allied|born|occupied|held|controlled|era|bound|made|built|registered|"
    r"linked|friendly|leaning|style|type|class|area)$",
    re.I,
)
# Lower-case words inside a place name: "Frankfurt am Main", "Castel del Monte", "Newcastle upon Tyne".
_CONNECTORS = {
    "of",
    "upon",
    "de",
    "del",
    "da",
    "do",
    "di",
    "la",
    "le",
    "al",
    "el",
    "am",
    "an",
    "der",
    "den",
    "du",
}
_MEDIA_HEADS = {
    "news", "times", "post", "independent", "journal", "review", "herald", "tribune", "gazette", "telegraph",
    "monitor", "press", "daily", "weekly", "magazine", "tv", "radio", "channel", "media", "network", "telegram",
}  # fmt: skip
_SHOUTED = re.compile(r"^[A-Z]{3,}$")
_GAP_OK = re.compile(r"^[ \t\u00a0]*$")
_REGION_AFTER = re.compile(
    r"^(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?)*"
    r"\s+(regions?|oblasts?|provinces?|krais?|kray|voblasts?|governorates?|states?|counties|county)\b"
)
_DISTRICT_AFTER = re.compile(r"^\s+(districts?|raions?)\b")
_REGION_BEFORE = re.compile(r"\b(?:region|province|oblast)s?\s+of\s+(?:the\s+)?$", re.I)
_FACILITY_AFTER = re.compile(
    r"^\s+((?:[a-z\-]+\s+){0,3}?(?:air\s?base|airfield|airport|airports|sea\s?port|ports?|refinery|refineries|"
    r"nuclear power plant|power plant|power station|plant|factory|naval base|military base|base|oil depot|depot|"
    r"terminal|bridge|residence|arsenal|shipyard|substation|dam|reservoir|cemetery|memorial))\b"
)
_FACILITY_BEFORE = re.compile(
    r"\b(?:air\s?base|airfield|airport|ports?|refinery|plant|terminal)s?\s+(?:of|at|in)\s+(?:the\s+)?$", re.I
)
_FACILITY_HEAD = re.compile(r"(air\s?base|airfield|airport|port|refinery|plant|terminal|base|depot|bridge|dam|"
                            r"residence|shipyard|factory|station|cemetery|memorial|reservoir|arsenal|substation)s?$")  # fmt: skip
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:village|villages|town|towns|city|cities|settlement|settlements|hamlet|community|communities|"
    r"capital|port city|port|outskirts|suburb|district|region|oblast|province)\s+of\s+(?:the\s+)?$",
    re.I,
)
_ACT_BEFORE = {
    "attacked", "shelled", "struck", "hit", "bombed", "pounded", "targeted", "captured", "seized", "took", "taken",
    "liberated", "recaptured", "entered", "occupied", "stormed", "encircled", "evacuated", "reached", "toward",
    "towards", "outside", "around", "defending", "defend", "besieged",
}  # fmt: skip
_IN_REGION_AFTER = re.compile(
    r"^\s*(?:,\s*)?in\s+(?:the\s+)?(?:[A-Z][\w’'\-]*[’']s\s+)?(?:[a-z\-]+\s+){0,2}[A-Z][\w’'\-]+\s+(?:region|oblast|province)\b"
)
_APPOSITIVE_AFTER = re.compile(
    r"^\s*,\s*(?:a|an|another)\s+(?:small\s+|frontline\s+|border\s+|nearby\s+)?(?:village|town|settlement|hamlet)\b"
)
_DATELINE_AFTER = re.compile(
    r"^(?:\s*,\s*(?:[A-Z][A-Za-z.]{1,14}\s*){0,3}(?:,\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z]|\([^)]{2,30}\)|[—–-]\s)"
    r"|\s*\([A-Za-z .]{2,30}\)\s*[—–-]|\s+[—–-]\s)"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told)\s+$")
_SAID_ACCORDING_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+$")
# The patterns above that end in `$` are searched over up to 60 characters before every candidate name
# (hundreds of thousands of times in a hostile megabyte). Each can only match when the text before the
# name, trailing blanks stripped, ends in one of these letters ("of"/"the", "at"/"in", "said"/"says"/"told"/
# "to"): a one-character test skips the search otherwise. re.I maps none of these letters to non-ASCII ones.
_OF_THE_END = frozenset("fFeE")
_FACILITY_BEFORE_END = frozenset("fFtTnNeE")
_SAID_END = frozenset("ds")
_SAID_ACCORDING_END = frozenset("dso")


def _names_an_area(after: str) -> bool:
    """_REGION_AFTER needs one of its area words after the name (a list of names alone cannot match it)."""
    return (
        "region" in after or "oblast" in after or "province" in after or "kra" in after
        or "governorate" in after or "state" in after or "count" in after
    )  # fmt: skip


def _end(before: str) -> str:
    """The last character before a name, blanks skipped."""
    return before.rstrip()[-1:]


# What may stand before a dateline in its sentence: nothing, or a byline ("By Jane Roe.", "Associated Press").
_BYLINE_BEFORE = re.compile(r"(?:^|[.:;|]|\b(?:Press|Reuters|AFP|AP|CNN|Staff|Writer))\s*$")
# Prepositions after which a name is a place even when the same name was a person elsewhere in the article.
_STRONG_LOCATIVE = {
    "in",
    "near",
    "outside",
    "inside",
    "around",
    "across",
    "within",
    "into",
    "toward",
    "towards",
}
# "Benue state", "Cuyahoga county": the generic word written in lower case after the name.
_CUE_WORDS = _STRONG_LOCATIVE | {"at", "from", "to", "via", "through", "beyond"}
_ATTACK_ON_BEFORE = re.compile(
    r"\b(?:attacks?|strikes?|assaults?|offensive|raids?|shelling|bombing|bombardment|siege|capture|liberation|"
    r"occupation|defen[cs]e|evacuation|encirclement|fall|march|advance|control)\s+(?:on|against|of)\s+$",
    re.I,  # "Shelling of Kherson ..." opens a sentence
)
_ATTACKED_AFTER = re.compile(
    r"^\s+(?:came|comes|has\s+come|was|were|is|has\s+been|had\s+been)\s+(?:again\s+|repeatedly\s+|heavily\s+)?"
    r"(?:under\s+(?:fire|attack|shelling)|shelled|struck|hit|attacked|bombed|targeted|captured|encircled|liberated)\b"
)
_ADMIN_ADJ_AFTER = re.compile(r"^\s+(?:regional|provincial|municipal|city|oblast|county|district)\s+[a-z]")
_LOWER_REGION_AFTER = re.compile(r"^\s+(state|province|region|county|governorate|district|parish)\b")
# "Croft, Yorkshire", "Corbin, Ky.": the name of the area a place lies in, after a comma.
_AREA_AFTER = re.compile(
    r"^\s*[,(]\s*((?:[A-Z]\.){2,}|[A-Z][a-z]{1,4}\.|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)"
)
_SPEECH_AFTER = re.compile(r"^\s*(?:,\s*)?(?:said|says|told|added|wrote|argued|warned|noted|stressed|insisted|"
                           r"tweeted|posted|explained|replied|asked|urged|vowed)\b")  # fmt: skip


@dataclass(slots=True)
class Spot:
    """A span that names a place, before it is resolved."""

    start: int
    end: int
    surface: str
    key: str  # normalized lookup key
    sentence: Sentence
    typed: str | None = None  # "region" | "district" | "facility" when the text says so
    facility_key: str | None = None  # e.g. "pivdennyi port": curated name to try first
    locative: bool = False  # after "in", "near", "the village of"...
    listed_with: list[int] = field(default_factory=list)  # indices of spots coordinated with this one
    unknown: bool = False  # not in the gazetteer; kept only because the text says it is a place
    source: str = "rules"  # "rules" | "model": which recogniser found it
    adjectival: bool = False  # "Turkish": the country named by its adjective
    metonymic: bool = False  # "Moscow said": the government, not the place
    country: str | None = None  # for an adjectival spot, the country it names
    qualifier: bool = False  # "Ky." in "Corbin, Ky.": names the state of the place before it


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str


def _tokens(sent: Sentence, gaz: Gazetteer | None = None) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(sent.text):
        a, b = sent.start + m.start(), sent.start + m.end()
        t = m.group(0)
        hs = _HYPHEN_SUFFIX.match(t)
        if hs and hs.group(1)[:1].isupper():
            # "Panama-flagged", "Kyiv-based": the place is the part before the hyphen
            out.append(_Tok(a, a + len(hs.group(1)), hs.group(1)))
            out.append(_Tok(a + len(hs.group(1)) + 1, b, hs.group(2)))
            continue
        parts = t.split("-")
        if len(parts) == 2 and all(p[:1].isupper() for p in parts) and _two_names(gaz, t, parts):
            # "Russia-Ukraine war", "Trump-Zelenskyy talks": two names joined, not one name
            out.append(_Tok(a, a + len(parts[0]), parts[0]))
            out.append(_Tok(a + len(parts[0]) + 1, b, parts[1]))
            continue
        out.append(_Tok(a, b, t))
    return out


def _two_names(gaz: Gazetteer | None, token: str, parts: list[str]) -> bool:
    if gaz is None:
        return False
    return not gaz.has_name(normalize(token)) and all(
        len(p) >= 3 and gaz.has_name(normalize(p)) for p in parts
    )


def _cue_before(before: str) -> bool:
    """The words just before a name say a place follows: a locative preposition or a verb of movement or attack
    ("in", "near", "struck"), "the town of", "an attack on"."""
    prev = before.rstrip().split()[-1:]
    word = prev[0].lower().strip("\"“‘'(") if prev else ""
    return (
        word in _CUE_WORDS
        or word in _ACT_BEFORE
        or _PLACE_NOUN_BEFORE.search(before) is not None
        or _ATTACK_ON_BEFORE.search(before) is not None
    )


def _is_cap(t: str) -> bool:
    return t[:1].isupper() or _ARTICLE_NAME.match(t) is not None


# An Arabic article joined to a capitalised name is part of it: "Deir al-Balah", "Deir ez-Zor", "el-Arish"
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ez|an|ed|er|es|et)-[A-Z]")


def _runs(text: str, toks: list[_Tok]) -> list[list[_Tok]]:
    """Maximal runs of capitalised tokens joined only by spaces (and lowercase name connectors)."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for i, tok in enumerate(toks):
        if cur:
            gap = text[cur[-1].end : tok.start]
            joined = _GAP_OK.match(gap) is not None and not _POSS.search(cur[-1].text)
            if joined and _SHOUTED.match(tok.text) and not cur[-1].text.isupper():
                joined = False  # "Associated Press BOSTON (AP) -": a byline, then the dateline
        else:
            joined = False
        if _is_cap(tok.text):
            if not joined and cur:
                runs.append(_trim(cur))
                cur = []
            cur.append(tok)
        elif (
            tok.text.lower() in _CONNECTORS
            and cur
            and joined
            and i + 1 < len(toks)
            and _is_cap(toks[i + 1].text)
        ):
            cur.append(tok)
        else:
            if cur:
                runs.append(_trim(cur))
            cur = []
    if cur:
        runs.append(_trim(cur))
    return [r for r in runs if r]


def _trim(run: list[_Tok]) -> list[_Tok]:
    while run and not _is_cap(run[-1].text):
        run = run[:-1]
    return run


class Spotter:
    """Finds place-name spans in a segmented document."""

    def __init__(self, gazetteer: Gazetteer, lexicon: dict) -> None:
        self.gaz = gazetteer
        self.given: frozenset[str] = lexicon["given"]
        self.zipf: dict[str, float] = lexicon["zipf"]
        self.abbreviations = frozenset(normalize(a) for a, _cc, _code in state_abbreviations())
        self._facts_of: dict[str, tuple[bool, bool, bool, int, int]] = {}
        self._variant_spellings: dict[str, bool] = {}
        # "Ga." is looked up as Georgia: the short form alone also reads as other regions' variants ("Haa")
        self._abbreviated: dict[str, str] = {}
        for abbr, cc, code in state_abbreviations():
            ri = gazetteer.region_place(cc, code)
            if ri is not None:
                self._abbreviated.setdefault(normalize(abbr), normalize(gazetteer.names[ri]))

    # -- people and organisations --------------------------------------------------------------
    def _person_run(self, text: str, run: list[_Tok], before: str) -> bool:
        words = [t.text for t in run]
        lows = [w.lower().rstrip(".") for w in words]
        if len(run) >= 2 and lows[0] in self.given and _is_cap(words[1]) and lows[1] not in lx.REGION_WORDS:
            whole = normalize(_POSS.sub("", text[run[0].start : run[-1].end]))
            after = text[run[-1].end : run[-1].end + 60]
            personish = re.match(r"^\s*(?:,\s*(?:a|an|the|who)\b|\s+(?:said|says|told|added|wrote))", after)
            if not self._big_place(whole) and not (
                len(run) == 2 and self.gaz.has_name(whole) and not personish
            ):
                return True  # "Mala Tokmachka" is a village; "Mark Rutte", "Lin Jian, a spokesperson" are not
        prev = before.rstrip().split()[-1:] if before.strip() else []
        if prev and prev[0].lower().rstrip(".,") in lx.TITLES and prev[0][:1].isupper():
            return True
        return lows[0] in lx.TITLES and len(run) >= 2

    def _split_of(self, text: str, runs: list[list[_Tok]]) -> list[list[_Tok]]:
        """'Jodi Mahler of Bellmore', 'Governor of Kharkiv': a person (a first name or a title first) of a
        place is two runs, the person and the place, unless the whole is a name ('Isle of Man')."""
        out: list[list[_Tok]] = []
        for run in runs:
            k = next((k for k, t in enumerate(run) if t.text == "of"), None)
            if k is None or k == 0 or k + 1 >= len(run):
                out.append(run)
                continue
            first = run[0].text.lower().rstrip(".")
            if (first in self.given or first in lx.TITLES) and not self.gaz.has_name(
                normalize(text[run[0].start : run[-1].end])
            ):
                out.extend([run[:k], run[k + 1 :]])
            else:
                out.append(run)
        return out

    def _split_people(self, text: str, runs: list[list[_Tok]], people: set[str]) -> list[list[_Tok]]:
        """'Ukrainian Deputy Prime Minister Oleksii Kuleba' -> keep 'Ukrainian', record the person."""
        out: list[list[_Tok]] = []
        for run in runs:
            lows = [t.text.lower().rstrip(".") for t in run]
            cut = None
            for k, w in enumerate(lows):
                if w in lx.TITLES and k + 1 < len(run) and k > 0:
                    cut = k
                    break
                if k > 0 and w in self.given and k + 1 < len(run) and lows[k + 1] not in lx.REGION_WORDS:
                    if self._name_across(text, run, k):
                        continue  # "New York City": York is a given name, but inside a big place's name
                    cut = k
                    break
            if cut is None:
                out.append(run)
                continue
            head, tail = run[:cut], run[cut:]
            names = [t for t in tail if t.text.lower().rstrip(".") not in lx.TITLES]
            for n, t in enumerate(names):
                k2 = normalize(_POSS.sub("", t.text))
                if k2 not in self.given or n == len(names) - 1:
                    people.add(k2)
            if len(names) >= 2:
                people.add(normalize(_POSS.sub("", " ".join(t.text for t in names))))
            if head:
                out.append(head)
        return out

    def _name_across(self, text: str, run: list[_Tok], k: int) -> bool:
        """A big place's name that starts the run and runs past token k."""
        for j in range(len(run), k, -1):
            key = normalize(text[run[0].start : run[j - 1].end])
            if self.gaz.has_name(key) and self._big_place(key):
                return True
        return False

    def _org_run(self, text: str, run: list[_Tok]) -> bool:
        whole = normalize(text[run[0].start : run[-1].end])
        if whole in lx.PLACE_HEADS_OK:
            return False
        if whole in lx.ORGANISATIONS:
            return True
        lows = [t.text.lower() for t in run]
        return len(run) >= 2 and any(w in lx.ORG_HEADS for w in lows[1:])

    def _org_owner(self, text: str, sent: Sentence, run: list[_Tok]) -> list[Spot]:
        """'United States House of Representatives', 'Cuyahoga County Board': the place an organisation is
        named after, when it is a country, a region or the own name of a place in two words or more (an
        embedded toponym; a one-word town before 'Police' or 'Council' is left out: too often a surname)."""
        lows = [t.text.lower() for t in run]
        cut = next((k for k in range(1, len(run)) if lows[k] in lx.ORG_HEADS), 0)
        first = 1 if lows[0] == "the" else 0
        whole = normalize(text[run[first].start : run[-1].end])
        if cut <= first or whole in lx.ORGANISATIONS or lows[cut] in _MEDIA_HEADS:
            return []  # "The Kyiv Independent", "the New York Times": a newspaper is an organisation
        for j in range(cut, first, -1):
            a, b = run[first].start, run[j - 1].end
            key = normalize(text[a:b])
            if not self.gaz.has_name(key) or key in lx.ORGANISATIONS or key in lx.NEVER_ALONE:
                continue
            if j - first >= 2 and min(t for _i, t in self.gaz.lookup(key)) == 0 or self._is_area(key):
                return [Spot(a, b, text[a:b], key, sent)]
        return []

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

    # -- the main pass ---------------------------------------------------------------------------
    def spot(self, doc: Document) -> list[Spot]:
        return self.spot_with_people(doc)[0]

    def spot_with_people(self, doc: Document) -> tuple[list[Spot], set[str]]:
        """The spots, and the names the text showed to be people (for the merge with the model)."""
        text = doc.text
        people: set[str] = set()
        spots: list[Spot] = []
        common: list[Spot] = []  # names dropped only for reading like common words
        for block in doc.blocks:
            if block.kind == "boilerplate":
                continue
            for sent in block.sentences:
                toks = _tokens(sent, self.gaz)
                for run in self._split_people(text, self._split_of(text, _runs(text, toks)), people):
                    before = text[max(sent.start, run[0].start - 40) : run[0].start]
                    if self._person_run(text, run, before):
                        names = [t.text for t in run if t.text.lower().rstrip(".") not in lx.TITLES]
                        for n, t in enumerate(names):
                            k = normalize(_POSS.sub("", t))
                            if k not in self.given or n == len(names) - 1:
                                people.add(k)  # surnames, and any word that is not a first name
                        if len(names) >= 2:
                            people.add(normalize(_POSS.sub("", " ".join(names))))
                        continue
                    if self._org_run(text, run):
                        spots.extend(self._org_owner(text, sent, run))
                        continue
                    spots.extend(self._match_run(text, sent, run, people, common))
        spots = self._one_sense(spots, common, people)
        spots = [
            s for s in spots if s.key not in people or self._big_place(s.key) or _strong_locative(text, s)
        ]
        link_lists(text, spots)
        return spots, people

    def _romanised_spelling(self, key: str) -> bool:
        """Another romanisation of a town of some size in a country whose names reach English in several
        ("Hodeidah" for the gazetteer's Hodeida, "Deir al-Balah" for Deir el Balah); the geocoder's variant
        stage then finds it. Small places and other countries' names stay exact: a variant there is more often
        a coincidence than a spelling."""
        hit = self._variant_spellings.get(key)
        if hit is None:
            hit = (
                len(key) >= 5
                and is_latin(key)
                and any(
                    str(self.gaz.country_code[i]) in ROMANISED_COUNTRIES
                    and self.gaz.kind_of(i) == "settlement"
                    and int(self.gaz.population[i]) >= VARIANT_MIN_POPULATION
                    for i in self.gaz.lookup_variant(variant_key(key))
                )
            )
            self._variant_spellings[key] = hit
        return hit

    def _cued(self, text: str, sent: Sentence, a: int, b: int, surface: str) -> bool:
        """A place cue right before the span ('in', 'near', 'struck', 'the port of', 'an attack on') or a
        dateline: a variant spelling is read as a place only where the text says it is one ('Syrian' is
        one romanisation away from Sirjan, Iran)."""
        return _cue_before(text[max(sent.start, a - 60) : a]) or (
            surface.isupper() and _DATELINE_AFTER.match(text[b : b + 80]) is not None
        )

    def evidence_spot(self, text: str, sent: Sentence, a: int, b: int, people: set[str]) -> Spot | None:
        """A span the model calls a place: the gazetteer must know it and the person/organisation and
        acronym rules still apply, but the word-frequency rules (Boston, Oxford) do not: the model's label
        is the evidence they stand in for."""
        surface = text[a:b]
        key = normalize(surface)
        if not key or not surface[:1].isupper() or not self.gaz.has_name(key):
            return None
        ntok = len(_TOKEN.findall(surface))
        if ntok == 1 and not self._big_place(key):
            # one word, a small place: only under its own name (not "MoD" as an alias of Modesto), and a
            # first name (Harvey, Irma: storms and people) only after a place preposition
            if min(t for _i, t in self.gaz.lookup(key)) > 0:
                return None
            before = text[max(sent.start, a - 30) : a].rstrip().split()[-1:]
            if key in self.given and not (before and before[0].lower() in lx.LOCATIVE_BEFORE):
                return None
        return self._accept(text, sent, a, b, surface, key, ntok, people, first=False, trusted=True)

    def _one_sense(self, spots: list[Spot], common: list[Spot], people: set[str]) -> list[Spot]:
        """'Oxford police said ...' after 'in Oxford': a name the article uses as a place elsewhere is a place
        here too, though alone it reads like a common word (never a name the article shows to be a person)."""
        if not common or not spots:
            return spots
        placed = {s.key for s in spots}
        back = [c for c in common if c.key in placed and c.key not in people]
        if not back:
            return spots
        taken = {(s.start, s.end) for s in spots}
        ends = sorted(taken)
        out = list(spots)
        for c in back:
            k = bisect.bisect_left(ends, (c.end, c.end))
            if any(x < c.end and c.start < y for x, y in ends[max(0, k - 3) : k + 1]):
                continue
            out.append(c)
        out.sort(key=lambda s: s.start)
        return out

    def _match_run(
        self, text: str, sent: Sentence, run: list[_Tok], people: set[str], common: list[Spot] | None = None
    ) -> list[Spot]:
        whole = self._facility_run(text, sent, run) or self._lower_region_run(text, sent, run)
        if whole is not None:
            return [whole]
        out: list[Spot] = []
        i = 0
        n = len(run)
        while i < n:
            matched = False
            for j in range(min(n, i + 6), i, -1):
                a, b = run[i].start, run[j - 1].end
                surface = text[a:b]
                if surface.endswith(("’s", "'s", "’", "'")):
                    surface = surface[: _POSS.search(surface).start()]
                    b = a + len(surface)
                key = normalize(surface)
                if not key or not (
                    self.gaz.has_name(key)
                    or (self._romanised_spelling(key) and self._cued(text, sent, a, b, surface))
                ):
                    continue
                if i > 0 and j == n and self._looks_like_surname(run[i - 1].text, key):
                    people.add(key)
                    people.add(normalize(text[run[i - 1].start : b]))
                    break
                spot = self._accept(
                    text,
                    sent,
                    a,
                    b,
                    surface,
                    key,
                    j - i,
                    people,
                    first=(run[i].start == sent.start),
                    common=common,
                )
                if spot is not None:
                    out.append(spot)
                    i = j
                    matched = True
                    break
            if not matched:
                spot = self._unknown_place(text, sent, run, i, people)
                if spot is not None:
                    out.append(spot)
                    i = n
                    continue
                i += 1
        return out

    def _unknown_place(
        self, text: str, sent: Sentence, run: list[_Tok], i: int, people: set[str]
    ) -> Spot | None:
        """A name missing from the gazetteer ('the village of Lukianivske in the Zaporizhia region'),
        or known only with its generic word ('the Pivdenny port', 'Kyiv's Sviatoshynskyi district')."""
        if i == 1 and run[0].text in ("The", "the"):
            run = run[1:]
        elif i != 0:
            return None
        if len(run) > 2:
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
        placey = (_end(before) in _OF_THE_END and bool(_PLACE_NOUN_BEFORE.search(before))) or bool(
            _APPOSITIVE_AFTER.match(after)
        )
        if not placey:
            return None
        return Spot(a, b, surface, key, sent, locative=True, unknown=True)

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

    def _person_cue(self, before: str, after: str, rank: int, pop: int, locative: bool) -> bool:
        """'Carney said', 'Gov. Kent': the words around a small place name say it is a person."""
        if rank >= 3 or pop >= 100_000 or locative:
            return False
        prev = before.rstrip().split()[-1:] if before.strip() else []
        if prev and prev[0].lower().rstrip(".,") in lx.TITLES:
            return True
        return bool(_SPEECH_AFTER.match(after)) or (
            _end(before) in _SAID_END and bool(_SAID_BEFORE.search(before))
        )

    def _looks_like_surname(self, prev: str, key: str) -> bool:
        """'Decker Eveleth': an unknown capitalised word before a small place name is a first name."""
        prev_key = normalize(_POSS.sub("", prev))
        if prev_key in self.given:
            return self._place_strength(key)[1] < 100_000 and self._place_strength(key)[0] <= 1
        if self.gaz.has_name(prev_key) or prev_key in lx.NEVER_ALONE or prev.isupper():
            return False
        if self.zipf.get(prev_key, 0.0) >= 3.5 and prev_key not in self.given:
            return False
        rank, pop = self._place_strength(key)
        return rank <= 1 and pop < 100_000

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
        before = text[max(sent.start, a - 60) : a]
        end = _end(before)
        rank, pop = self._place_strength(key)
        spot = Spot(a, b, surface, key, sent)
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
        prev_word = before.rstrip().split()[-1].lower() if before.strip() else ""
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
                return None
            if rank <= 1 and end in _SAID_ACCORDING_END and _SAID_ACCORDING_BEFORE.search(before):
                return None  # '..., said Aris.': a speaker
            if z >= 2.5 and rank <= 1 and pop < 20_000 and not spot.locative:
                return None
            if z >= 2.5 and rank <= 1 and not spot.locative and min(t for _i, t in self.gaz.lookup(key)) >= 1:
                return None  # "Since Chávez, ...": only an alternate name of some town, and a word or surname too
        return spot


def _strong_locative(text: str, s: Spot) -> bool:
    prev = text[max(s.sentence.start, s.start - 15) : s.start].split()[-1:]
    return bool(prev) and prev[0].lower() in _STRONG_LOCATIVE


def link_lists(text: str, spots: list[Spot]) -> None:
    """Spots joined by ', ' / ' and ' in one sentence are a list: they share cues."""
    for k in range(1, len(spots)):
        a, b = spots[k - 1], spots[k]
        if a.sentence is not b.sentence or b.qualifier:
            continue
        gap = text[a.end : b.start]
        if re.fullmatch(
            r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*,\s*as well as\s+)(?:the\s+)?", gap
        ):
            a.listed_with.append(k)
            b.listed_with.append(k - 1)
