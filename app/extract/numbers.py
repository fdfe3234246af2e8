"""app.extract.numbers: how many were killed or injured, from 'killing two people and wounding nine',
'an 81-year-old man was killed', 'at least 32 wounded', 'no injuries were reported'."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile

from app.extract.toll_words import (
    _ADJ,
    _AGED,
    _APPOS,
    _BARE,
    _IN_HOSPITAL,
    _INJ_V,
    _KILL_V,
    _KIN_PAIR,
    _NUM,
    _OF_WHOM,
    _ONE,
    _ONE_SUBJECT,
    _ORDINAL_PATTERNS,
    _QUAL,
    _VICTIM,
    _WORDS,
    ORDINALS,
    _after_both_verbs,
)

_PATTERNS = (
    *_ORDINAL_PATTERNS,
    ("killed", re.compile(_KIN_PAIR + r"(?:killed|dead)\b", re.I)),
    ("injured", re.compile(_KIN_PAIR + rf"(?:{_INJ_V}|{_IN_HOSPITAL})\b", re.I)),
    ("killed", re.compile(rf"\b{_KILL_V}\s+{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\b", re.I)),
    (
        "killed",
        re.compile(
            rf"\b{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}{_AGED}{_OF_WHOM}{_APPOS}(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)?(?:also\s+|reportedly\s+|later\s+|all\s+)?(?:killed|dead|died)\b",
            re.I,
        ),
    ),
    # "... left one martyr and two wounded": the dead as the side hit names them
    ("killed", re.compile(rf"\b{_QUAL}(?P<n>{_NUM})\s+(?:people\s+)?(?:dead|killed|martyrs?)\b", re.I)),
    (
        "killed",
        re.compile(
            rf"\b(?:killed|dead)\b[^.]{{0,60}}?\binclud(?:ed|e)\s+(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\b", re.I
        ),
    ),
    ("killed", re.compile(rf"\b{_KILL_V}\s+{_QUAL}(?P<n>\d+|{_BARE})\b(?=\s*(?:and|in|on|,|\.|$))", re.I)),
    (
        "killed",
        re.compile(rf"\bdeath\s+toll\s+(?:\w+\s+){{0,3}}(?:to|of|at|reached)\s+{_QUAL}(?P<n>{_NUM})\b", re.I),
    ),
    # "the death toll from last week's air strike on a market in Mogok had risen to thirty-one"; the attack told
    # whole between them ("from a Russian missile and drone attack on the southeastern Ukrainian city of X")
    (
        "killed",
        re.compile(
            rf"\b(?:death\s+)?toll\b[^.;]{{0,150}}?\b(?:(?:rose|risen|climbed|increased|jumped|grew)\s+to|reached|"
            rf"(?:stood|stands)\s+at)\s+{_QUAL}(?P<n>{_NUM})\b",
            re.I,
        ),
    ),
    # "..., bringing the toll from Tuesday's strike to 33"
    (
        "killed",
        re.compile(
            rf"\bbringing\s+the\s+(?:death\s+)?toll\b[^.;]{{0,80}}?\bto\s+{_QUAL}(?P<n>{_NUM})\b(?!\s+{_INJ_V})",
            re.I,
        ),
    ),
    # "Four more bodies were recovered from the rubble"
    (
        "killed",
        re.compile(
            rf"\b{_QUAL}(?P<n>{_NUM})\s+(?:more\s+|other\s+|additional\s+|further\s+)?bodies\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?"
            rf"(?:also\s+|later\s+)?(?:recovered|retrieved|pulled|found|removed)\b",
            re.I,
        ),
    ),
    ("injured", re.compile(rf"\b{_INJ_V}\s+{_QUAL}(?P<n>{_NUM})(?:\s+{_ADJ}{_VICTIM})?\b", re.I)),
    (
        "injured",
        re.compile(
            rf"\b{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}{_AGED}{_OF_WHOM}{_APPOS}(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+)?(?:also\s+|reportedly\s+|later\s+|all\s+)?(?:{_INJ_V}|{_IN_HOSPITAL})\b",
            re.I,
        ),
    ),
    (
        "injured",
        re.compile(rf"\bleft\s+{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\s+(?:injured|wounded|hurt)\b", re.I),
    ),
    ("injured", re.compile(rf"\b{_QUAL}(?P<n>\d{{1,3}}(?:,\d{{3}})*)\s+(?:injured|wounded)\b", re.I)),
    ("injured", re.compile(rf"\b(?:and|,)\s+{_QUAL}(?P<n>{_NUM})\s+(?:injured|wounded|hurt)\b", re.I)),
    (
        "injured",
        re.compile(
            rf"\b(?:and|,)\s+{_QUAL}(?P<n>{_NUM})\s+(?:others?\s+|more\s+)?(?:were|was|have\s+been|had\s+been)\s+"
            rf"(?:also\s+|reportedly\s+)?(?:injured|wounded|hurt)\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            rf"\b(?:and|,)\s+{_QUAL}(?P<n>{_NUM})\s+(?:others?\s+|more\s+)?(?:were|was|have\s+been|had\s+been)\s+"
            rf"(?:also\s+|reportedly\s+)?(?:killed|dead)\b",
            re.I,
        ),
    ),
    # "Three more were wounded in the clashes": more victims, the sentence's subject
    (
        "injured",
        re.compile(
            rf"^\s*{_QUAL}(?P<n>{_NUM})\s+(?:others?|more)\s+(?:people\s+)?(?:were|was|have\s+been|had\s+been)\s+"
            rf"(?:also\s+|reportedly\s+)?(?:injured|wounded|hurt)\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            rf"^\s*{_QUAL}(?P<n>{_NUM})\s+(?:others?|more)\s+(?:people\s+)?(?:were|was|have\s+been|had\s+been)\s+"
            rf"(?:also\s+|reportedly\s+)?(?:killed|dead)\b",
            re.I,
        ),
    ),
    # "the number of injured had risen to 35"
    (
        "injured",
        re.compile(
            rf"\bnumber\s+of\s+(?:people\s+)?(?:injured|wounded|injuries)\b[^.;]{{0,100}}?\b(?:(?:rose|risen|climbed|"
            rf"increased|jumped|grew)\s+to|reached|(?:stood|stands)\s+at)\s+{_QUAL}(?P<n>{_NUM})\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            rf"\bnumber\s+of\s+(?:people\s+)?(?:dead|killed|deaths|fatalities)\b[^.;]{{0,100}}?\b(?:(?:rose|risen|"
            rf"climbed|increased|jumped|grew)\s+to|reached|(?:stood|stands)\s+at)\s+{_QUAL}(?P<n>{_NUM})\b",
            re.I,
        ),
    ),
    # "The 37-year-old driver was wounded": one person, told by age (the age is read as one below)
    (
        "killed",
        re.compile(
            rf"\bthe\s+(?P<n>\d{{1,3}})-year-old\s+(?:[\w\-]+\s+){{0,2}}?{_VICTIM}\s+(?:was|had\s+been|has\s+been)\s+"
            rf"(?:also\s+|later\s+)?(?:killed|dead|died)\b",
            re.I,
        ),
    ),
    (
        "injured",
        re.compile(
            rf"\bthe\s+(?P<n>\d{{1,3}})-year-old\s+(?:[\w\-]+\s+){{0,2}}?{_VICTIM}\s+(?:was|had\s+been|has\s+been)\s+"
            rf"(?:also\s+)?{_INJ_V}\b",
            re.I,
        ),
    ),
    # "A woman hit in the same attack died of her wounds that night": a victim told, then how she died
    (
        "killed",
        re.compile(
            rf"\b(?P<n>a|an|one|two|three|four|five|{_NUM})\s+{_ADJ}{_VICTIM}\s+(?:[\w\-]+\s+){{1,6}}?(?:later\s+)?"
            rf"(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?(?:wounds|injuries)\b",
            re.I,
        ),
    ),
    # "killed a couple and their three children"
    ("killed", re.compile(rf"\b{_KILL_V}\s+(?P<n>a)\s+(?:[\w\-]+\s+)?couple\b", re.I)),
    (
        "and",
        re.compile(rf"\band\s+(?:their\s+|his\s+|her\s+)?{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\b", re.I),
    ),
    # "killing a 15-year-old": a victim told by age alone
    ("killed", re.compile(rf"\b{_KILL_V}\s+(?P<n>an?)\s+(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)-year-old\b", re.I)),
    *_after_both_verbs(rf"{_QUAL}(?P<n>{_NUM})\s+(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)-year-olds\b"),
    # "killing the driver", "injuring his wife", "a man and his daughter": one person, no number written
    *_after_both_verbs(rf"(?P<n>the|his|her|their|its)\s+(?:[\w\-]+\s+){{0,2}}?{_ONE}\b(?![’'\-])"),
    ("and", re.compile(rf"\band\s+(?P<n>his|her|their)\s+(?:[\w\-]+\s+)?{_ONE}\b(?![’'\-])", re.I)),
    # "Her husband was wounded by shrapnel", "A woman living next door was also injured", "The driver, a
    # 42-year-old man, received shrapnel wounds": one person, the subject, told by who they are
    *(
        (
            what,
            re.compile(rf"{_ONE_SUBJECT}(?:was|had\s+been|has\s+been)\s+(?:also\s+|later\s+)?{verb}\b", re.I),
        )
        for what, verb in (("killed", r"(?:killed|shot\s+dead)"), ("injured", _INJ_V))
    ),
    (
        "injured",
        re.compile(
            rf"{_ONE_SUBJECT}(?:also\s+)?(?:received|suffered|sustained)\s+(?:[\w\-]+\s+){{0,3}}?"
            r"(?:injur(?:y|ies)|wounds?|burns|concussion)\b",
            re.I,
        ),
    ),
    # "Rescuers pulled the body of a man from the rubble", "the body of a woman was later found"
    (
        "killed",
        re.compile(
            rf"\b(?:recovered|retrieved|pulled|found|removed|pulled\s+out)\s+the\s+bod(?:y|ies)\s+of\s+{_QUAL}"
            rf"(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\b",
            re.I,
        ),
    ),
    (
        "killed",
        re.compile(
            rf"\bbod(?:y|ies)\s+of\s+{_QUAL}(?P<n>{_NUM})\s+{_ADJ}{_VICTIM}\s+(?:was|were|had\s+been|have\s+been)\s+"
            rf"(?:also\s+|later\s+)?(?:recovered|retrieved|pulled|found|removed)\b",
            re.I,
        ),
    ),
    # "killed three civilians, two in Kostiantynivka and one in Druzhkivka": the toll told place by place
    (
        "part",
        re.compile(
            rf"(?:[,;:]|\band)\s+(?P<subset>(?:including|among\s+them|of\s+whom)\s+)?{_QUAL}(?P<n>{_NUM})\s+"
            # "two in Sloviansk and one more in nearby Kramatorsk"
            rf"(?:more\s+)?(?:(?:(?P<of>of\s+them)|{_VICTIM})\s+)?in\s+(?:nearby\s+|neighbou?ring\s+)?"
            rf"(?:the\s+(?:\w+\s+)?(?:town|city|village|region|district|settlement)\s+of\s+)?(?=(?-i:[A-Z]))",
            re.I,
        ),
    ),
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


def to_int(word: str) -> int | None:
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in _WORDS and parts[1] in _WORDS:
        return _WORDS[parts[0]] + _WORDS[parts[1]]  # "twenty-one"
    return _WORDS.get(w)


def find_counts(text: str) -> list[Count]:
    """Casualty figures in a sentence, each with its span (overlapping matches keep the first)."""
    return list(_find_counts(text))


# Every pattern above needs one of these words: a sentence without any has no figure (most sentences)
_ANY_TOLL_WORD = re.compile(
    r"kill|dead|died|wound|injur|hurt|maim|toll|bod(?:y|ies)|casualt|lives|victim|fatalit|death|hospital",
    re.I,
)


_SUBSET = re.compile(r"\b(?:including|among\s+(?:them|whom|those))\b", re.I)
# who tells the figure, between it and a victim joined by "and": that one is a source too, no victim
_SOURCE_BETWEEN = re.compile(r"\b(?:according\s+to|said|says|told|reported)\b", re.I)


@lru_cache(maxsize=1024)  # fourteen patterns per sentence; bulletins repeat their lines word for word
def _find_counts(text: str) -> tuple[Count, ...]:
    if not _ANY_TOLL_WORD.search(text):
        return ()
    out: list[Count] = []
    taken: list[tuple[int, int]] = []
    for what, pat in _PATTERNS:
        for m in pat.finditer(text):
            a, b = m.start("n"), m.end()
            if any(x < b and a < y for x, y in taken):
                continue
            word = m.group("n").lower()
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
            out.append(Count(what, n, a, b, extra))
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
