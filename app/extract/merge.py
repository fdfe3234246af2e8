"""app.extract.merge: the gazetteer spotter's spans and the model's entities become one list of spots.

The rules keep priority: a span they found stays, whatever the model calls it (the small model reads
"shelled Kherson" as a PERSON). A span only the model found is added when it names a place the
gazetteer knows and the words around it do not say it is a person (a title before it, "said" after a
small place). Adjectives of countries ("Turkish", "British") become spots of the country, flagged
`adjectival`; capitals and countries that speak ("Moscow said", "Washington warned") are flagged
`metonymic` after resolution, and neither ever becomes an event place.
"""

from __future__ import annotations

import bisect
import re

from app.extract.ner import Entity
from app.extract.resolve import DEMONYMS
from app.extract.segment import Document, Sentence
from app.extract.spot import Spot, Spotter, link_lists

PLACE_LABELS = ("GPE", "LOC", "FAC")
_MULTIWORD = re.compile(r"\w[\s\-]+\w")
_WORD_BEFORE = re.compile(r"\w\.?\s+(?:of\s+)?$")
_AFTER_NAME_COMMA = re.compile(r"[A-Z][\w.’']*,\s*$")
_WORD_AFTER = re.compile(r"^(?:\s+of)?\s+\w")
AGAINST_LABELS = ("PERSON",)
_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_TAIL = re.compile(r"(?:[’']s?|[,;:])$")
# Country adjectives the merge reads as the country (the NORP label, or a capitalised word in rules mode):
# resolve's demonyms plus the ones only the merge needs.
ADJECTIVES = {
    **DEMONYMS,
    "irish": "IE", "scottish": "GB", "welsh": "GB", "australian": "AU", "brazilian": "BR",
    "argentine": "AR", "argentinian": "AR", "peruvian": "PE", "nigerian": "NG", "kenyan": "KE", "ethiopian": "ET",
    "somali": "SO", "libyan": "LY", "tunisian": "TN", "algerian": "DZ", "moroccan": "MA", "afghan": "AF",
    "korean": "KR", "vietnamese": "VN", "thai": "TH", "filipino": "PH", "indonesian": "ID", "malaysian": "MY",
    "portuguese": "PT", "jordanian": "JO", "qatari": "QA", "emirati": "AE", "palestinian": "PS",
    "congolese": "CD", "malian": "ML", "nepalese": "NP", "bangladeshi": "BD", "sri lankan": "LK",
    "zimbabwean": "ZW", "ugandan": "UG", "rwandan": "RW", "ghanaian": "GH", "icelandic": "IS",
    "new zealand": "NZ", "south african": "ZA", "north korean": "KP", "south korean": "KR",
    "kuwaiti": "KW", "omani": "OM", "bahraini": "BH", "ecuadorian": "EC", "bolivian": "BO",
}  # fmt: skip
# Continents by their adjective: resolved by name, not by a country code.
CONTINENTS = {"european": "Europe", "african": "Africa", "asian": "Asia"}
_ADJ_WORD = re.compile(r"\b(?:(?:North|South|Sri|New)\s+)?[A-Z][a-z]+\b")
_SPEAKS = re.compile(
    r"^\s*(?:(?:has|have|had|also|again|now|then|on\s+\w+day)\s+)*(?:said|says|warned|warns|denied|denies|"
    r"accused|accuses|announced|claimed|insisted|rejected|condemned|demanded|responded|vowed|threatened|"
    r"urged|called\s+on|protested|retaliated|refused|agreed|signed|sanctioned|recognized|recognised|"
    r"expelled|summoned|blamed|welcomed|hopes|wants|says|believes|decided|approved|imposed|"
    # "Moscow also repeated its claim to control all of X": the government restating its position
    r"(?:repeated|repeats|reiterated|reiterates|restated)\s+(?:its|their)\s+(?:claims?|demands?|position|call))\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|inside|to|into|across|around)\s+(?:the\s+)?$", re.I)
# "would hand Washington evidence", "accused Kyiv of", "urged Moscow to": a capital as the one given, told or
# blamed is its government (never "hit Kyiv", "struck Moscow": acts on the place)
_RECIPIENT_BEFORE = re.compile(
    r"\b(?:hand(?:ed|s|ing)?|g[ai]ve|gives|given|giving|tell|tells|told|telling|urg(?:e|ed|es|ing)|"
    r"warn(?:ed|s|ing)?|offer(?:ed|s|ing)?|provid(?:e|ed|es|ing)|suppl(?:y|ied|ies|ying)|assur(?:e|ed|es|ing)|"
    r"promis(?:e|ed|es|ing)|press(?:ed|es|ing)|accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|"
    r"lend(?:s|ing)?|lent|grant(?:ed|s|ing)?|(?:call(?:ed|s|ing)?|prevail(?:ed|s|ing)?)\s+(?:up)?on)\s+$",
    re.I,
)
# Buildings that stand for a government: "White House press secretary", "the Pentagon said".
SEATS = {
    "white house", "the white house", "pentagon", "the pentagon", "kremlin", "the kremlin", "downing street",
    "elysee", "elysee palace", "the elysee", "blue house", "zhongnanhai", "capitol hill", "bankova",
}  # fmt: skip
_ROLE_AFTER = re.compile(
    r"^\s+(?:press\s+secretary|chief\s+of\s+staff|communications\s+director|deputy|aides?|staff(?:ers?)?|officials?|"
    r"spokes(?:man|woman|person)|counsel|advis[eo]rs?|lawyers?|press\s+office|budget\s+office|correspondents?|"
    r"press\s+corps|briefing|policy|position|statement|officials)\b"
)
_POSS_OFFICIAL = re.compile(
    r"^[’']s\s+(?:(?:top|chief|foreign|defen[cs]e|own)\s+)*(?:envoy|ambassador|government|foreign\s+ministry|"
    r"position|stance|response|demands?|officials?|diplomats?|leadership|decision|move|policy)\b"
)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    m = _LEAD.match(text[a:b])
    if m:
        a += m.end()
    while b > a:
        m = _TAIL.search(text[a:b])
        if not m:
            break
        b = a + m.start()
    return a, b


class Merger:
    def __init__(self, spotter: Spotter) -> None:
        self.spotter = spotter

    def merge(
        self, doc: Document, spots: list[Spot], people: set[str], entities: list[Entity] | None
    ) -> list[Spot]:
        text = doc.text
        sentences = [s for s in doc.sentences]
        starts = [s.start for s in sentences]
        if entities is not None:
            spots = self._weigh(text, spots, entities)
        taken = _Spans((s.start, s.end) for s in spots)
        added: list[Spot] = []
        for e in entities or ():
            if e.label not in PLACE_LABELS:
                continue
            a, b = _trim(text, e.start, e.end)
            if b <= a or _overlaps(taken, a, b):
                continue
            sent = _sentence(sentences, starts, a, b)
            if sent is None:
                continue
            spot = self.spotter.evidence_spot(text, sent, a, b, people)
            if spot is None:
                continue
            spot.source = "model"
            added.append(spot)
            taken.append((spot.start, spot.end))
        norp = [(e.start, e.end) for e in entities or () if e.label == "NORP"]
        for spot in self._adjectives(text, sentences, starts, taken, norp if entities is not None else None):
            added.append(spot)
            taken.append((spot.start, spot.end))
        if not added:
            return spots
        out = sorted([*spots, *added], key=lambda s: s.start)
        for s in out:
            s.listed_with = []
        link_lists(text, out)
        return out

    def _weigh(self, text: str, spots: list[Spot], entities: list[Entity]) -> list[Spot]:
        """A one-word name the rules found and the model reads as a person ('Levi', a dog; 'Paul scored 27
        points') stays only with evidence for the place: a place cue around it ('in', 'shelled', 'the village
        of'), a list with places the model does not doubt, a country or region's own name, or the place after
        '<Name>, ' ('Brands Hatch, Kent'), or any of these for the same name elsewhere in the article. The model reads war news badly ('shelled Kherson' as a PERSON), so
        its label never outweighs a cue. A name inside a longer person or organisation name ('Washington
        Post', 'University of California') is kept: it is still a toponym, only not a literal one; an ORG label
        alone says too little (the model calls half the small towns of general news ORG)."""
        ents = sorted((e for e in entities if e.label in AGAINST_LABELS), key=lambda e: e.start)
        if not ents:
            return spots
        ent_starts = [e.start for e in ents]
        doubted: dict[int, bool] = {}  # spot index -> the model's label covers more than the name
        for k, s in enumerate(spots):
            if s.source != "rules" or s.adjectival or _MULTIWORD.search(s.surface):
                continue  # a name of several words in the gazetteer is rarely a person's or a word by chance
            j = bisect.bisect_left(ent_starts, s.end) - 1  # entities starting before the spot ends
            while j >= 0 and ents[j].start > s.start - 200:
                e = ents[j]
                if e.end > s.start:
                    # inside a longer name ("Bank of Valletta", "Nash Riad"), not only beside it
                    # ("Chartres/Franklin", "Harare's Third Street")
                    doubted[k] = bool(
                        _WORD_BEFORE.search(text[max(e.start, s.start - 40) : s.start])
                        or _WORD_AFTER.match(text[s.end : min(e.end, s.end + 40)])
                    )
                    break
                j -= 1
        if not doubted:
            return spots
        ok = [
            k not in doubted
            or doubted[k]
            or self.spotter.place_cue(text, s)
            or self.spotter.is_area(s.key)  # a country or region's own name ("Azerbaijan")
            or _AFTER_NAME_COMMA.search(text[max(0, s.start - 40) : s.start])
            is not None  # "Brands Hatch, Kent"
            for k, s in enumerate(spots)
        ]
        todo = [k for k in range(len(spots)) if ok[k]]
        while todo:  # "struck Kharkiv and Sumy": a list shares the cue of any of its places
            for j in spots[todo.pop()].listed_with:
                if not ok[j]:
                    ok[j] = True
                    todo.append(j)
        # one name, one reading per article: a name with evidence anywhere is a place everywhere
        placed = {s.key for k, s in enumerate(spots) if ok[k]}
        keep = [s for k, s in enumerate(spots) if ok[k] or s.key in placed]
        if len(keep) == len(spots):
            return spots
        for s in keep:
            s.listed_with = []
        link_lists(text, keep)
        return keep

    def _adjectives(self, text, sentences, starts, taken, norp) -> list[Spot]:
        """'Turkish', 'British': the country, flagged. With the model only its NORP spans count."""
        out: list[Spot] = []
        norp = sorted(norp) if norp is not None else None  # the model's spans do not overlap
        norp_starts = [x for x, _y in norp or ()]
        for m in _ADJ_WORD.finditer(text):
            a, b = m.span()
            word = m.group(0).lower()
            cc = ADJECTIVES.get(word)
            if (cc is None and word not in CONTINENTS) or _overlaps(taken, a, b):
                continue
            if norp is not None:
                k = bisect.bisect_right(norp_starts, a) - 1  # the NORP span starting last at or before a
                if k < 0 or b > norp[k][1]:
                    continue
            sent = _sentence(sentences, starts, a, b)
            if sent is None:
                continue
            key = CONTINENTS[word].lower() if cc is None else word
            out.append(Spot(a, b, m.group(0), key, sent, adjectival=True, country=cc))
        return out


def flag_metonymy(text: str, resolved) -> None:
    """'Moscow said', 'Washington's envoy': a country or capital standing for its government."""
    for r in resolved:
        c, s = r.cand, r.spot
        if s.key in SEATS and not s.adjectival:
            after = text[s.end : s.end + 60]
            if _PLACE_BEFORE.search(text[max(0, s.start - 30) : s.start]):
                continue  # "a dinner at the White House": the building
            if _SPEAKS.match(after) or _POSS_OFFICIAL.match(after) or _ROLE_AFTER.match(after):
                s.metonymic = True  # "White House aides", "the Pentagon said": the administration
            continue
        if s.adjectival or s.typed is not None or not (c.kind == "country" or _is_capital(r)):
            continue
        after = text[s.end : s.end + 60]
        if s.locative or _PLACE_BEFORE.search(text[max(0, s.start - 30) : s.start]):
            continue  # "police in Kyiv said": the place where the speakers are
        # only a capital: "accused Ukraine of" still names the country (gazetteers and the seed gold count it)
        addressed = _is_capital(r) and _RECIPIENT_BEFORE.search(text[max(0, s.start - 30) : s.start])
        if _SPEAKS.match(after) or _POSS_OFFICIAL.match(after) or addressed:
            s.metonymic = True


def _is_capital(r) -> bool:
    return any(w == "national capital" for w in r.cand.why)


class _Spans:
    """Taken character spans, kept sorted: an overlap test is a bisection, not a scan of every span (which
    made the merge quadratic on a text naming thousands of places). Spans may overlap one another; the
    running maximum of ends makes the test exact anyway."""

    def __init__(self, spans) -> None:
        self._spans = sorted(spans)
        self._reindex()

    def _reindex(self) -> None:
        self._starts = [x for x, _y in self._spans]
        self._max_end, top = [], -1
        for _x, y in self._spans:
            top = max(top, y)
            self._max_end.append(top)

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self._starts, b) - 1  # spans starting before b
        return k >= 0 and self._max_end[k] > a

    def append(self, span: tuple[int, int]) -> None:
        k = bisect.bisect_left(self._spans, span)
        self._spans.insert(k, span)
        self._starts.insert(k, span[0])
        prev = self._max_end[k - 1] if k else -1
        self._max_end.insert(k, max(prev, span[1]))
        for i in range(k + 1, len(self._max_end)):  # only until the running maximum stops changing
            if self._max_end[i] >= self._max_end[i - 1]:
                break
            self._max_end[i] = self._max_end[i - 1]


def _overlaps(spans: _Spans, a: int, b: int) -> bool:
    return spans.overlaps(a, b)


def _sentence(sentences: list[Sentence], starts: list[int], a: int, b: int) -> Sentence | None:
    k = bisect.bisect_right(starts, a) - 1
    if k >= 0 and sentences[k].start <= a and b <= sentences[k].end:
        return sentences[k]
    return None
