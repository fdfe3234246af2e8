"""app.extract.spot: find the spans of an article that name places, and throw out the ones that name
people, organisations, weapons or plain words.

Every capitalised run of words is matched, longest first, against the gazetteer's names; what
survives the filters carries the cues around it ("... region", "the port of ...", "in Ukraine's X
region") that resolution needs.

The rules live in app.extract.spotting (tokens, cues, people, gazetteer facts, place rules); this module
runs them over a document.
"""

from __future__ import annotations

import bisect

from app.extract import lexicon as lx
from app.extract.segment import Document, Sentence
from app.extract.spotting.cues import _strong_locative
from app.extract.spotting.divisions import division_spots
from app.extract.spotting.facts import PlaceFacts
from app.extract.spotting.people import PeopleRules
from app.extract.spotting.place_rules import SMALL_VARIANT_POPULATION, PlaceRules
from app.extract.spotting.spans import Spot, link_lists, moved_spot
from app.extract.spotting.tokens import _POSS, _TOKEN, _is_cap, _runs, _Tok, _tokens
from app.gazetteer import Gazetteer, normalize
from app.gazetteer.sources import state_abbreviations

__all__ = ["Spot", "Spotter", "link_lists"]

# How far past a name the rules read (the 80 characters of `after` in place_rules.py): the text a sentence's
# spots can depend on ends this far past the sentence.
AFTER_REACH = 80
# Sentences remembered per article for verbatim repetitions (cleared when full: a bound on memory).
MEMO_SENTENCES = 4096


# the last word of a plant's name that reads like a company's ("the Afipsky Oil Refinery")
_PLANT_HEADS = frozenset({"refinery", "plant", "terminal", "depot", "factory", "works"})


class _People(set):
    """The names an article shows to be people, in the order they were found (only ever added to)."""

    __slots__ = ("order",)

    def __init__(self) -> None:
        super().__init__()
        self.order: list[str] = []

    def add(self, name: str) -> None:
        if name not in self:
            self.order.append(name)
            set.add(self, name)


class Spotter(PlaceRules, PeopleRules, PlaceFacts):
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

    # -- the main pass ---------------------------------------------------------------------------
    def spot(self, doc: Document) -> list[Spot]:
        return self.spot_with_people(doc)[0]

    def spot_with_people(self, doc: Document) -> tuple[list[Spot], set[str]]:
        """The spots, and the names the text showed to be people (for the merge with the model)."""
        text = doc.text
        people = _People()
        spots: list[Spot] = []
        common: list[Spot] = []  # names dropped only for reading like common words
        # A sentence repeated verbatim (with the same text after it, and no new person named since) is spotted
        # once: its spots are copied, moved to the repetition, and the people it named are named again.
        seen: dict[tuple[str, str, int], tuple[int, list[Spot], list[Spot], list[str]]] = {}
        for block in doc.blocks:
            if block.kind == "boilerplate":
                continue
            for sent in block.sentences:
                key = (sent.text, text[sent.end : sent.end + AFTER_REACH], len(people))
                hit = seen.get(key)
                if hit is not None:
                    start, found, dropped, named = hit
                    shift = sent.start - start
                    spots.extend(moved_spot(s, shift, sent) for s in found)
                    common.extend(moved_spot(s, shift, sent) for s in dropped)
                    for name in named:
                        people.add(name)
                    continue
                n_spots, n_common, n_people = len(spots), len(common), len(people.order)
                self._spot_sentence(text, sent, people, spots, common)
                if len(seen) >= MEMO_SENTENCES:
                    seen.clear()
                seen[key] = (sent.start, spots[n_spots:], common[n_common:], people.order[n_people:])
        spots = self._one_sense(spots, common, people)
        spots = [
            s for s in spots if s.key not in people or self._big_place(s.key) or _strong_locative(text, s)
        ]
        extra = division_spots(doc, self.gaz, spots)  # "Clarke and Oconee counties", "Loudon Co."
        if extra:
            spots = sorted([*spots, *extra], key=lambda s: s.start)
        link_lists(text, spots)
        return spots, people

    def _spot_sentence(
        self, text: str, sent: Sentence, people: set[str], spots: list[Spot], common: list[Spot]
    ) -> None:
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
                plant = self._named_facility(text, sent, run)
                spots.extend([plant] if plant is not None else self._org_owner(text, sent, run))
                continue
            spots.extend(self._match_run(text, sent, run, people, common))

    def _named_facility(self, text: str, sent: Sentence, run: list[_Tok]) -> Spot | None:
        """'the Afipsky Oil Refinery', 'the Saratov Oil Refinery': a run that reads like a company's name (its
        'Oil') but is the curated name of a facility in the gazetteer (geodata/facilities.csv)."""
        if run[-1].text.lower() not in _PLANT_HEADS:
            return None  # "Nasser Hospital" is where the wounded were taken, told as an organisation's name
        first = 1 if len(run) > 1 and run[0].text in ("The", "the") else 0
        a, b = run[first].start, run[-1].end
        key = normalize(text[a:b])
        if not self.gaz.has_name(key) or all(
            self.gaz.kind_of(i) != "facility" for i, _t in self.gaz.lookup(key)
        ):
            return None
        return Spot(a, b, text[a:b], key, sent, typed="facility", facility_key=key, locative=True)

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
        if n >= 2 and self._typed_village_run(text, run):
            # "Ohe Htein Twin village": the whole run names the village, not its first word a town abroad
            spot = self._unknown_place(text, sent, run, 0, people)
            if spot is not None:
                return [spot]
        while i < n:
            matched = False
            # a span opens on a capitalised word: "al Ain" inside "Ras al Ain" is no name of its own
            for j in range(min(n, i + 6), i, -1) if _is_cap(run[i].text) else ():
                a, b = run[i].start, run[j - 1].end
                surface = text[a:b]
                if surface.endswith(("’s", "'s", "’", "'")):
                    surface = surface[: _POSS.search(surface).start()]
                    b = a + len(surface)
                key = normalize(surface)
                if not key or not (
                    self.gaz.has_name(key)
                    or (self._romanised_spelling(key) and self._cued(text, sent, a, b, surface))
                    or (
                        self._named_as_settlement(text, sent, a, b)
                        and self._romanised_spelling(key, SMALL_VARIANT_POPULATION)
                    )
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
