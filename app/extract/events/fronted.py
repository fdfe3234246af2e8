"""app.extract.events.fronted: 'In Rafah, in the far south, the military said gunmen opened fire at troops ...
and that soldiers returned fire': a place the sentence opens with, set off by a comma, is where all of it
happened, however far the act words stand from it."""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"^\s*(?:(?:Also|Meanwhile|Elsewhere|Separately|Later|Earlier),?\s+)?(?:In|At|Near|Outside|Around)\s+"
    r"(?:the\s+(?:[\w\-]+\s+)?(?:town|city|village|camp|district|area)\s+of\s+)?$"
)


def fronted(sentence: str, start: int, end: int) -> bool:
    """The place at [start, end) of the sentence is its opening locative ('In X,')."""
    return bool(_OPENING.match(sentence[:start])) and sentence[end : end + 1] == ","
