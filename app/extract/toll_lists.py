"""app.extract.toll_lists: victims told one by one as the subject of one verb — "The driver, 45, and his
passenger were injured", "a woman and her two children were killed", "two police officers and a firefighter were
wounded". Each noun phrase counts: its number, or one for a person told by an article or a possessive. The
patterns of app.extract.toll_patterns read one figure each and so would take only the last phrase."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.extract.toll_words import _IN_HOSPITAL, _INJ_V, _NUM, _ONE, _QUAL, _VICTIM, VAGUE, to_int

# one phrase: "two police officers", "a firefighter", "his passenger", "the boy's mother"; after the first, a
# bare noun shares its determiner ("his wife and son")
_COUNTED = rf"(?:(?:his|her|their|its)\s+)?{_QUAL}(?P<n>{_NUM})\s+(?:[\w\-]+\s+){{0,3}}?{_VICTIM}\b"
_ONE_TOLD = (
    rf"(?:the|his|her|their|its|an?|one)\s+(?:[\w\-]+[’']s\s+)?(?:[\w\-]+\s+){{0,2}}?{_ONE}\b(?![’'\-])"
)
_BARE_ONE = rf"{_ONE}\b(?![’'\-])"
_COUPLE = r"(?:an?|the)\s+(?:[\w\-]+\s+)?couple\b"
# "The driver, 45,", "a man, aged 71,": an age beside the phrase
_AGE = r"(?:,\s+(?:aged\s+)?\d{1,3}(?:,|(?=\s+and\b)))?"
_PHRASE = re.compile(rf"(?:{_COUPLE}|{_COUNTED}|{_ONE_TOLD}){_AGE}", re.I)
_LATER_PHRASE = re.compile(rf"(?:{_COUPLE}|{_COUNTED}|{_ONE_TOLD}|{_BARE_ONE}){_AGE}", re.I)
_JOIN = re.compile(r"\s*,\s+(?:and\s+)?|\s+and\s+", re.I)
_VERB = re.compile(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:(?:also|all|both|reportedly|later)\s+)*"
    rf"(?:(?P<killed>killed|dead|shot\s+dead)|{_INJ_V}|{_IN_HOSPITAL})\b"
    r"|\s+(?:(?:also|all|both|later)\s+)?(?P<died>died)\b",
    re.I,
)
# the first phrase is the object of a verb before it ("killed three people and two children were wounded"), or a
# share of a figure told before ("including a boy and his mother"): no list of its own
_NOT_SUBJECT = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?|hurt(?:ing)?|left|including|among\s+(?:them|"
    r"whom|those)|of\s+whom|with|by|from|to|at|on|for)\s+$",
    re.I,
)
_MAX_PHRASES = 6


def _value(m: re.Match) -> int | None:
    """One phrase's count: its number, two for a couple, one for a person told by an article or possessive."""
    word = m.groupdict().get("n")
    if word is None:
        return 2 if re.search(r"couple\b", m.group(), re.I) else 1
    if VAGUE.fullmatch(word):
        return None
    low = word.lower()
    return 1 if low in ("a", "an", "one") else to_int(low)


def listed_victims(text: str) -> Iterator[tuple[str, int | None, int, int, bool]]:
    """(what, how many, start, end, also) for each list of two or more victims told as the subject of one verb
    of killing or wounding; how many is None when a phrase is vague ("two soldiers and several civilians")."""
    pos = 0
    while True:
        first = _PHRASE.search(text, pos)
        if first is None:
            return
        pos = first.start() + 1
        if _NOT_SUBJECT.search(text, max(0, first.start() - 30), first.start()):
            continue
        values = [_value(first)]
        end = first.end()
        while len(values) < _MAX_PHRASES:
            join = _JOIN.match(text, end)
            nxt = _LATER_PHRASE.match(text, join.end()) if join else None
            if nxt is None:
                break
            values.append(_value(nxt))
            end = nxt.end()
        verb = _VERB.match(text, end) if len(values) >= 2 else None
        if verb is None:
            continue
        what = "killed" if verb.group("killed") or verb.group("died") else "injured"
        total = None if None in values else sum(values)
        also = re.search(r"\balso\b", verb.group(), re.I) is not None
        yield what, total, first.start(), verb.end(), also
        pos = verb.end()
