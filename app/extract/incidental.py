"""app.extract.incidental: places a sentence names in passing, whatever its act: where a deal was signed
or talks held ('despite a peace deal signed in Washington last week'), and where the guns or drones fire from
when a launch verb says so ('launch drones at it from the left bank, including from around the town of X'),
which stays an origin even in a sentence whose act is a capture or a withdrawal."""

from __future__ import annotations

import re

_I = re.I
# "a deal signed in Washington", "the truce brokered last month in Doha", "talks held in Geneva": the place of
# the diplomacy, never of the fighting the sentence tells
_SIGNED_IN = re.compile(
    r"\b(?:signed|brokered|negotiated|mediated|initialled|initialed|hosted|talks|negotiations|"
    r"conference|summit)\s+(?:[\w\-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$",
    _I,
)
# "Qatari-brokered", "a Washington-mediated deal": the mediator's name
_BROKERED_AFTER = re.compile(r"^-(?:brokered|mediated|hosted|sponsored)\b", _I)
# a launch verb, then (within its clause) "from ..." ending right at the place: "launch drones at it from the
# occupied left bank, including from around the town of"; "fired from positions near"
_LAUNCHED_FROM = re.compile(
    r"\b(?:launch(?:es|ed|ing)?|fir(?:e|es|ed|ing)|took\s+off|take\s+off)\b[^.;:!?]{0,80}?\bfrom\s+"
    r"(?:around|near|outside|close\s+to)?\s*(?:the\s+)?(?:(?:town|city|village|settlement|area|port)\s+of\s+)?$",
    _I,
)


def incidental(text: str, sent_start: int, start: int, end: int) -> bool:
    """The place at text[start:end] is named only as where a deal was made or where a launch came from."""
    before = text[max(sent_start, start - 60) : start]
    if _SIGNED_IN.search(before) or _BROKERED_AFTER.match(text, end):
        return True
    return _LAUNCHED_FROM.search(text[max(sent_start, start - 160) : start]) is not None
