"""Spot, a span of an article that names a place before it is resolved, and the lists such spans form."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from operator import attrgetter

from app.extract.segment import Sentence


@dataclass(slots=True)
class Spot:
    """A span that names a place, before it is resolved."""

    start: int
    end: int
    surface: str
    key: str  # normalized lookup key
    sentence: Sentence
    typed: str | None = None  # "region" | "district" | "facility" | "village" when the text says so
    facility_key: str | None = None  # e.g. "pivdennyi port": curated name to try first
    locative: bool = False  # after "in", "near", "the village of"...
    listed_with: list[int] = field(default_factory=list)  # indices of spots coordinated with this one
    unknown: bool = False  # not in the gazetteer; kept only because the text says it is a place
    source: str = "rules"  # "rules" | "model": which recogniser found it
    adjectival: bool = False  # "Turkish": the country named by its adjective
    metonymic: bool = False  # "Moscow said": the government, not the place
    country: str | None = None  # for an adjectival spot, the country it names
    qualifier: bool = False  # "Ky." in "Corbin, Ky.": names the state of the place before it
    river: bool = False  # "across the Dnipro river": a river named like a town, never the place of an act


_VALUES = attrgetter(*(f.name for f in fields(Spot)))


def moved_spot(s: Spot, shift: int, sentence: Sentence) -> Spot:
    """The same spot in a verbatim repetition of its sentence, `shift` characters further on."""
    t = Spot(*_VALUES(s))
    t.start += shift
    t.end += shift
    t.sentence = sentence
    t.listed_with = list(s.listed_with)
    return t


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
