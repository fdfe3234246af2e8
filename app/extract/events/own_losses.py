"""app.extract.events.own_losses: what a side tells of itself. Its own losses — "an Israeli soldier was lightly wounded when an
explosive device went off near troops in Rafah, the military said", "two of our fighters were killed", "one
soldier died of his wounds, the army said". No side boasts of its dead: the report is no claim (reported), and
the side whose soldiers were hurt is not the one that acted.

The losses are armed people of the speaker's side (lexicons/victims.yaml `own_side_nouns`), marked as its own
by "its", "our", "their", a name of that side ("Israeli", "Ukrainian"), or, for a state army speaking, the bare
words a bulletin uses for its own men (`state_army_nouns`), hurt in the passive or after a verb of killing."""

from __future__ import annotations

import re
from functools import lru_cache

from app.extract.events.actors import _side_word, side_of_text, sides
from app.extract.events.lexicons import alternation, load
from app.extract.toll_words import _DEGREE, _NUM

_I = re.I
_ARMED = alternation(load("victims")["own_side_nouns"])
_STATE_ARMED = alternation(load("victims")["state_army_nouns"])
_HURT = (
    rf"(?:,[^,.;]{{1,40}},)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|later\s+)?{_DEGREE}"
    r"(?:killed|wounded|injured|hurt|shot\s+dead)\b|\s+(?:later\s+)?died\b"
)
_HURTING = r"\b(?:killed|killing|wounded|wounding|injured|injuring|hurt|hurting)\s+"
# "two of its soldiers", "our fighters", "their own troops"
_POSSESSED = rf"(?:(?:{_NUM})\s+of\s+)?(?P<whose>its|our|their)\s+(?:own\s+)?(?:[\w\-]+\s+)?(?:{_ARMED})\b"
# "an Israeli soldier", "two Ukrainian servicemen": the side's name right before the noun
_NAMED = rf"(?:{_NUM})\s+(?P<name>(?-i:[A-Z])[\w’'\-]+)\s+(?:[\w\-]+\s+)?(?:{_ARMED})\b"
_BARE = rf"(?:{_NUM})\s+(?:[\w\-]+\s+)?(?:{_STATE_ARMED})\b(?!\s+of\b)"
# "The Israeli military said": the source, no side acting
_SAYS = re.compile(rf"\s+(?:[\w\-]+\s+)?(?:{alternation(load('attribution')['attribution_verbs'])})\b", _I)
_LOSSES = (
    re.compile(rf"(?:(?<=\s)|^)(?:{_POSSESSED}|{_NAMED}|(?P<bare>{_BARE}))(?={_HURT})", _I),
    re.compile(rf"{_HURTING}(?:{_POSSESSED}|{_NAMED})(?P<bare>(?!))?", _I),  # "killing two of its soldiers"
)


def _state(side: str) -> bool:
    """A state's armed forces (ACLED's 'Military Forces of ...'), not a group's."""
    return str(sides().get(side, {}).get("actor", "")).startswith("Military Forces of")


@lru_cache(maxsize=256)
def own_losses(sentence: str, side: str | None) -> bool:
    """Whether the sentence tells losses of `side`, the side of its source, and names no act of that side ("its
    aircraft struck a Hamas site, and one soldier was lightly wounded" stays the side's claim)."""
    if side is None:
        return False
    losses = [
        m.span() for m in (m for pat in _LOSSES for m in pat.finditer(sentence)) if _of(m, sentence, side)
    ]
    if not losses:
        return False
    return not any(
        (w.group(1).lower() in ("its", "their") or side_of_text(w.group(1)) == side)
        and not any(a < w.end() and w.start() < b for a, b in losses)
        and not _SAYS.match(sentence, w.end())
        for w in _side_word().finditer(sentence)
    )


def _of(m: re.Match, sentence: str, side: str) -> bool:
    """The losses matched are the side's: 'its', 'our', its name, or a state army's bare 'one soldier'."""
    if m.group("whose") or (m.group("name") and side_of_text(m.group("name")) == side):
        return True
    return bool(m.group("bare")) and _state(side) and side_of_text(sentence[: m.start()]) in (None, side)


_REPELLED = re.compile(
    r"\b(?:repelled|repulsed|beat(?:en)?\s+back|fought\s+off)\b[^.;]{0,120}?,?\s+(?:"
    + alternation(load("acts")["defender_success"])
    + r")\b",
    _I,
)


@lru_cache(maxsize=256)
def repelled_with_success(sentence: str) -> bool:
    """'The army said it had repelled an RSF assault on Dilling, inflicting heavy losses on the attackers': the
    defender tells its own success, a claim; 'our defenders repelled six attacks' alone tells the attacker's act."""
    return _REPELLED.search(sentence) is not None
