"""The rules that tell a person or an organisation from a place: a first name or a title before a name
("Mark Rutte", "Governor of Kharkiv"), a head word after it ("... Council", "... Times"), "said" after it."""

from __future__ import annotations

import re

from app.extract import lexicon as lx
from app.extract.segment import Sentence
from app.extract.spotting.cues import _SAID_BEFORE, _SAID_END, _SPEECH_AFTER, _end
from app.extract.spotting.spans import Spot
from app.extract.spotting.tokens import _POSS, _is_cap, _Tok
from app.gazetteer import Gazetteer, normalize

_MEDIA_HEADS = {
    "news", "times", "post", "independent", "journal", "review", "herald", "tribune", "gazette", "telegraph",
    "monitor", "press", "daily", "weekly", "magazine", "tv", "radio", "channel", "media", "network", "telegram",
}  # fmt: skip


# A run the text types as a settlement right after it is a place's name, whatever given names it holds
_TYPED_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|hamlet)\b(?!\s+(?:of|council|head|chief|elders?)\b)")
# "Deir al Balah", "Ras el Ain": the lower-case articles of Arabic place names, never a given name there
_ARABIC_ARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "an", "ed", "er", "es", "et"}
)


class PeopleRules:
    """People and organisations, for the Spotter (spot.py): reads the gazetteer facts of PlaceFacts."""

    gaz: Gazetteer
    given: frozenset[str]
    zipf: dict[str, float]

    def _person_run(self, text: str, run: list[_Tok], before: str) -> bool:
        words = [t.text for t in run]
        lows = [w.lower().rstrip(".") for w in words]
        if (
            len(run) == 1
            and lows[0] in lx.RANKS
            and re.match(r"\.\s+[A-Z]", text[run[0].end : run[0].end + 3])
        ):
            return True  # "Maj. Gen. Zaw Min Tun": an abbreviated rank, not a town called Maj
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
                # (a lower-case Arabic article is no given name: the "al" of "Deir al Balah" is not Al)
                if (
                    k > 0
                    and w in self.given
                    and not (w in _ARABIC_ARTICLES and run[k].text.islower())
                    and k + 1 < len(run)
                    and lows[k + 1] not in lx.REGION_WORDS
                ):
                    if (
                        self._name_across(text, run, k)
                        or self._place_after_preposition(text, run, k)
                        or _TYPED_SETTLEMENT_AFTER.match(text, run[-1].end)  # "Kyauk Ni Maw village"
                    ):
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

    def _place_after_preposition(self, text: str, run: list[_Tok], k: int) -> bool:
        """'In El Obeid, ...': a sentence's capitalised first word is a place preposition and the given name
        after it starts a place's name of two words or more."""
        if k != 1 or run[0].text.lower() not in lx.LOCATIVE_BEFORE:
            return False
        return any(
            self.gaz.has_name(normalize(text[run[1].start : run[j - 1].end])) for j in range(len(run), 2, -1)
        )

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
