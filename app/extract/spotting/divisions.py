"""app.extract.spotting.divisions: US second-level divisions written bare in a list before their plural generic
word ("Clarke, Madison and Oconee counties", "Tangipahoa and Livingston parishes") or with the generic word
abbreviated ("Loudon Co.", "West Chester Twp."). The gazetteer files them only with the word ("Oconee County"),
so the name-by-name spotter cannot see them; each name is spotted when the gazetteer has it with the word."""

from __future__ import annotations

import bisect
import re
from itertools import islice

from app.extract.segment import Document
from app.extract.spotting.spans import Spot
from app.gazetteer import Gazetteer, normalize

_NAME = r"[A-Z][\w'’\-]*\.?(?:\s(?:[A-Z][\w'’\-]*|of|de|du|la))?"
_SEP = r"(?:,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)"
_PLURAL = re.compile(r"\s(?P<word>counties|parishes|boroughs|townships)\b")
# the list that ends right before the plural word is read backwards, name by name, each in a short window:
# a bounded cost per plural word, whatever the text
_NAME_AT_END = re.compile(rf"(?<![\w'’\-]){_NAME}$")
_SEP_AT_END = re.compile(rf"{_SEP}$")
_MAX_NAMES = 12
MAX_LISTS = 200  # per article: real news has a few; a hostile text of thousands costs no more
_SHORT = re.compile(rf"\b(?P<name>{_NAME})\s(?P<word>Co|Twp)\.")
_SINGULAR = {"counties": "county", "parishes": "parish", "boroughs": "borough", "townships": "township"}
_SPELLED = {"Co": "county", "Twp": "township"}


def _list_before(text: str, end: int) -> list[tuple[int, int]]:
    """The spans of the names of the list ending at `end` ("Becker, Clay and Otter Tail"), last first."""
    out: list[tuple[int, int]] = []
    pos = end
    for _ in range(_MAX_NAMES):
        m = _NAME_AT_END.search(text, max(0, pos - 40), pos)
        if m is None:
            break
        out.append((m.start(), m.end()))
        sep = _SEP_AT_END.search(text, max(0, m.start() - 8), m.start())
        if sep is None:
            break
        pos = sep.start()
    return out


def division_spots(doc: Document, gaz: Gazetteer, spots: list[Spot]) -> list[Spot]:
    """New spots for the divisions named so, that no spot of `spots` overlaps (sorted by start)."""
    text = doc.text
    found: list[tuple[int, int, str]] = []
    lists = any(w in text for w in _SINGULAR)  # most articles name none: skip the scans
    for m in islice(_PLURAL.finditer(text), MAX_LISTS) if lists else ():
        word = _SINGULAR[m.group("word")]
        found.extend((a, b, word) for a, b in _list_before(text, m.start()))
    for m in _SHORT.finditer(text) if (" Co." in text or " Twp." in text) else ():
        found.append((m.start("name"), m.end(), _SPELLED[m.group("word")]))
    if not found:
        return []
    taken = sorted((s.start, s.end) for s in spots)
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    out: list[Spot] = []
    for a, b, word in found:
        name = text[a:b]
        bare = re.sub(r"\s(?:Co|Twp)\.$", "", name)
        if not gaz.has_name(normalize(f"{bare} {word}")):
            continue
        k = bisect.bisect_left(taken, (b, b))
        if any(x < b and a < y for x, y in taken[max(0, k - 2) : k + 1]):
            continue
        i = bisect.bisect_right(starts, a) - 1
        if i < 0 or sentences[i].end < b:
            continue
        out.append(Spot(a, b, name, normalize(name), sentences[i], typed=word, locative=True))
    return out
