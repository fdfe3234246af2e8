"""app.extract.numbers: how many were killed or injured, from 'killing two people and wounding nine',
'an 81-year-old man was killed', 'at least 32 wounded', 'no injuries were reported'."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile

from app.extract.toll_lists import listed_victims
from app.extract.toll_patterns import ANY_TOLL_WORD, PATTERNS
from app.extract.toll_words import (
    _ADJ,
    _BARE,
    _KILL_V,
    _NUM,
    _VICTIM,
    ORDINALS,
    VAGUE,
    to_int,
)

_NONE_INJURED = re.compile(
    r"\bno\s*(?:one|body)\s+(?:was\s+|had\s+been\s+|has\s+been\s+|were\s+)?(?:hurt|injured|wounded)|"
    r"\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:injuries|casualties|victims)\b|\bwithout\s+casualties\b",
    re.I,
)
_NONE_KILLED = re.compile(
    r"\bno\s+(?:casualties|deaths|fatalities|victims)\b|\bno\s+(?:one|body)\s+was\s+killed\b", re.I
)


_ANOTHER_N = re.compile(rf"\s+({_NUM})\b(?!-year)", re.I)


_DATE_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")


# "Two other people were also injured", "four more bodies", "another three": victims on top of those told
_EXTRA = re.compile(r"\b(?:also|more|others?|another|additional|further)\b", re.I)


# "struck and killed them": the victims are the people counted before in the sentence
_KILLED_THEM = re.compile(rf"\b{_KILL_V}\s+(?:them|(?:both|all)\s+of\s+them)\b", re.I)
_TOLD_VICTIMS = re.compile(rf"\b(?P<n>{_BARE}|\d{{1,4}})\s+{_ADJ}{_VICTIM}\b", re.I)


@dataclass(frozen=True, slots=True)
class Count:
    what: str  # "killed" | "injured"
    n: int
    start: int
    end: int
    extra: bool = False  # told as more victims on top of a figure given before ("two others were also hurt")
    part: bool = False  # one place's share of a total told just before ("two in X and one in Y")
    # told as some of the total ("..., including 10 in Gaza City"): not on top of the others, and the share of a
    # total over a territory or a time that is the toll of its own place's event
    subset: bool = False
    # told by ordinal ("a third person was killed"): the story's victims so far, this one the last of them
    ordinal: bool = False


def find_counts(text: str) -> list[Count]:
    """Casualty figures in a sentence, each with its span (overlapping matches keep the first)."""
    return list(_find_counts(text))


# "a gathering of mourners", "a group of soldiers": a collective noun before the victims counts no one by itself
_COLLECTIVE = re.compile(
    r"\s+(?:[\w\-]+\s+)?(?:gathering|group|crowd|queue|line|column|convoy|busload|carload|handful|number|team|"
    r"unit|congregation|procession|camp|shelter)s?\s+of\b",
    re.I,
)
_SUBSET = re.compile(r"\b(?:including|among\s+(?:them|whom|those))\b", re.I)
# who tells the figure, between it and a victim joined by "and": that one is a source too, no victim
_SOURCE_BETWEEN = re.compile(r"\b(?:according\s+to|said|says|told|reported)\b", re.I)


@lru_cache(maxsize=1024)  # fourteen patterns per sentence; bulletins repeat their lines word for word
def _find_counts(text: str) -> tuple[Count, ...]:
    if not ANY_TOLL_WORD.search(text):
        return ()
    out: list[Count] = []
    taken: list[tuple[int, int]] = []
    # "The driver and his passenger were injured": every victim of the list, before the patterns take the last
    for what, n, a, b, also in listed_victims(text):
        taken.append((a, b))
        if n is not None:
            out.append(Count(what, n, a, b, extra=also))
    for what, pat in PATTERNS:
        for m in pat.finditer(text):
            a, b = m.start("n"), m.end()
            if any(x < b and a < y for x, y in taken):
                continue
            word = m.group("n").lower()
            if VAGUE.fullmatch(word):
                taken.append((a, b))  # "killing dozens of fighters": a toll of no number, and no one's figure
                continue
            n = 1 if word in ("the", "his", "her", "their", "its") else ORDINALS.get(word) or to_int(word)
            more = (
                _ANOTHER_N.match(text, m.end("n")) if m.group("n").lower() in ("another", "a", "an") else None
            )
            if more is not None and to_int(more.group(1)) is not None:
                n = to_int(more.group(1))  # "another four people": four more, not one
            if n is None or n > 100_000:
                continue
            if _DATE_BEFORE.search(text, max(0, a - 12), a):
                continue  # "overnight on Jan. 12 killed a man": the day of the month, not a toll
            if what != "part" and re.search(r"\bincluding\s+$", text[max(0, a - 12) : a], re.I):
                continue  # "three people, including two police officers": a subset, not more victims
            if re.match(r"-year-old", text[m.end("n") : m.end("n") + 9]):
                n = 1
            if m.groupdict().get("kin"):
                n += 1  # "a woman and her son were killed"
            if text[m.end("n") : m.end()].lower().rstrip().endswith("couple"):
                n = 2
            if what == "part":
                prev = [c for c in out if c.end <= a]
                if not prev:
                    continue
                last = max(prev, key=lambda c: c.end)
                # "including four in X", "five of them in X": a share of the total, not more victims
                share = m.group("subset") is not None or m.group("of") is not None
                out.append(Count(last.what, n, a, b, part=True, subset=share))
                taken.append((a, b))
                continue
            if what == "and":
                # "killed a man in X and another person in Y": the figure shares the verb before it
                prev = [c for c in out if c.end <= a]
                if not prev:
                    continue
                if word in ("a", "an") and _COLLECTIVE.match(text, m.end("n")):
                    continue  # "struck a kindergarten and a gathering of mourners": a crowd, not one more victim
                if _SUBSET.search(text, max(c.end for c in prev), a):
                    continue  # "rose to 19, among them a baby and a 10-year-old girl": the 19 named, not more
                if _SOURCE_BETWEEN.search(text, max(c.end for c in prev), a):
                    continue  # "wounded 30, according to the army and a local rescue worker": a source
                last_n = max(prev, key=lambda c: c.end)
                if last_n.n >= 2 and _NAMED_ONE_BY_ONE.match(text[last_n.end : a]):
                    continue  # "killing two people, a man and a woman in their seventies": the two, named
                what = max(prev, key=lambda c: c.end).what
                own = _OWN_VERB.match(text, m.end())
                if own:  # "A man was killed and his wife was injured": the kin has a verb of its own
                    what = "killed" if own.group(1).lower() in ("killed", "dead") else "injured"
                extra = True  # "killing two soldiers and three civilians": five in all
            else:
                extra = bool(_EXTRA.search(text, m.start(), b))
            out.append(Count(what, n, a, b, extra, ordinal=word in ORDINALS))
            taken.append((a, b))
    if not any(c.what == "killed" for c in out):
        them = _KILLED_THEM.search(text)
        told = [m for m in _TOLD_VICTIMS.finditer(text, 0, them.start())] if them else []
        if told and to_int(told[-1].group("n")) is not None:
            # "identified two militants who crossed the line ... and an aircraft struck and killed them"
            out.append(Count("killed", to_int(told[-1].group("n")), them.start(), them.end()))
    if _NONE_INJURED.search(text) and not any(c.what == "injured" for c in out):
        m = _NONE_INJURED.search(text)
        out.append(Count("injured", 0, m.start(), m.end()))
        if not any(c.what == "killed" for c in out):
            out.append(Count("killed", 0, m.start(), m.end()))
    elif _NONE_KILLED.search(text) and not any(c.what == "killed" for c in out):
        m = _NONE_KILLED.search(text)
        out.append(Count("killed", 0, m.start(), m.end()))
    return _split_totals(text, sorted(out, key=lambda c: c.start))


def _split_totals(text: str, counts: list[Count]) -> tuple[Count, ...]:
    """A total told place by place ('three civilians, two in X and one in Y') gives way to its parts when they
    add up to it; a figure told with its own place ('one person in Nikopol and another in Marhanets') keeps
    its parts beside it; other parts are dropped and the total stands."""
    out: list[Count] = []
    k = 0
    while k < len(counts):
        c = counts[k]
        parts = list(takewhile(lambda p, w=c.what: p.part and p.what == w, counts[k + 1 :]))
        if c.part:
            k += 1
            continue
        if parts and all(p.subset for p in parts):
            out.append(c)
            out.extend(parts)  # "25 across Gaza, including 10 in Gaza City": the total and its placed share
        elif len(parts) >= 2 and sum(p.n for p in parts) == c.n:
            out.extend(parts)
        elif parts and _PLACED_AFTER.match(text, c.end):
            out.append(c)
            out.extend(replace(p, extra=True) for p in parts)
        else:
            out.append(c)
        k += 1 + len(parts)
    return tuple(out)


# ", a man and" between a figure and "a woman": the figure's victims told one by one, in apposition
_NAMED_ONE_BY_ONE = re.compile(rf"^,\s+(?:an?|one)\s+{_ADJ}{_VICTIM}\s+and\s+$", re.I)
_OWN_VERB = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|seriously\s+|critically\s+|slightly\s+)?"
    r"(killed|dead|injured|wounded|hurt)\b",
    re.I,
)
# "one person in Nikopol": a figure that names its own place right after it
_PLACED_AFTER = re.compile(
    r"\s+in\s+(?:the\s+(?:\w+\s+)?(?:town|city|village|region|district|settlement)\s+of\s+)?(?-i:[A-Z])"
)
