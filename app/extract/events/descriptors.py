"""app.extract.events.descriptors: sides a sentence names by what they are, not by name — "the army said",
"the paramilitary group said", "state media reported", "a military spokesman dismissed the report" — and the
side of the war each one means, read from the story told so far."""

from __future__ import annotations

import re

from app.extract.events.actors import _side_patterns, last_side_before, side_actor, side_mentions, sides

_I = re.I

# "The paramilitary group said", "the rebel group claimed": a non-state side named by what it is
_GROUP_SOURCE = re.compile(
    r"^(?:the|that|this)\s+(?:(?:paramilitary|rebel|militant|armed|jihadist|insurgent|islamist)\s+)?"
    r"(?:group|paramilitar(?:y|ies)|militia|rebels|insurgents|militants|movement)$",
    _I,
)
GROUP_LOOKBACK = 2000  # characters of the article read back for the side a descriptor means


def group_side(who: str, before: str) -> str | None:
    """'The paramilitary group said ...': the non-state side the article named last before the sentence
    (read from `before`, the text before it), or None when `who` is no such descriptor. 'The army said ...'
    in a story of a war with one state army (Sudan's, Myanmar's): that army."""
    if GENERIC_ARMY.match(who.strip()):
        return _state_army_told(before[-GROUP_LOOKBACK:])
    if not _GROUP_SOURCE.match(who.strip()):
        return None
    before = before[-GROUP_LOOKBACK:]
    hits = [
        (m.start(), code)
        for code, pat in _side_patterns().items()
        if not (side_actor(code) or "").startswith("Military Forces of")
        for m in pat.finditer(before)
    ]
    return max(hits)[1] if hits else None


def same_source(anaphor: str, before: str) -> bool:
    """'the ministry' after 'Russia's Defence Ministry', 'the group' after any named source, 'it' after any:
    but not 'the army' after 'the Sudan Doctors Network'."""
    words = anaphor.lower().split()
    if words[0] not in ("the", "that", "this"):
        return True
    return words[1] in ("group", "statement", "source", "movement") or words[1] in before.lower()


STATE_MEDIA = re.compile(
    r"^(?:the\s+)?state(?:-run|-controlled)?\s+(?:media|television|TV|radio|news\s+agency)$", _I
)
# "the army", "the military's spokesman", "the regular army", "the national army": a state army by what it is
GENERIC_ARMY = re.compile(
    r"^(?:the\s+)?(?:(?:regular|national|government|country[’']s|state)\s+)?(?:army|military|armed\s+forces)"
    r"(?:[’']s)?(?:\s+\w+){0,2}$",
    _I,
)


def _state_army_told(before: str) -> str | None:
    """The one state army of the war whose side the story named last (`before`, the text before the
    sentence), or None: in Russia-Ukraine, two state armies fight, and 'the army' says neither."""
    last = last_side_before(before, len(before), window=len(before))
    if last is None:
        return None
    armies = {
        c
        for c, s in sides().items()
        if s["theatres"] & sides()[last]["theatres"] and s["actor"].startswith("Military Forces of")
    }
    return next(iter(armies)) if len(armies) == 1 else None


def state_army_of(sentence: str) -> str | None:
    """The one state army of the war whose sides the sentence names, or None."""
    named = [sides()[c]["theatres"] for c in side_mentions(sentence)]
    common = set.intersection(*named) if named else set()
    armies = {
        c
        for c, s in sides().items()
        if common & s["theatres"] and s["actor"].startswith("Military Forces of")
    }
    return next(iter(armies)) if len(armies) == 1 else None


_STATE_FORCES = re.compile(r"\b(?:the|a|an)\s+(?:military|army|armed\s+forces)\b(?!\s+of\b)", _I)


def state_forces(text: str, actor: str | None, others: list[str]) -> str | None:
    """'A military spokesman dismissed the report': in a war with one state army among its sides, the army."""
    if actor is None or not _STATE_FORCES.search(text):
        return None
    states = [c for c in (actor, *others) if (side_actor(c) or "").startswith("Military Forces of")]
    return states[0] if len(states) == 1 else None


# "The paramilitary group denied targeting civilians": a non-state side told before, by what it is
_GROUP_ANAPHOR = re.compile(
    r"^\s*The\s+(?:(?:paramilitary|rebel|militant|armed|jihadist|insurgent|Islamist)\s+)?"
    r"(?:group|paramilitar(?:y|ies)|militia|rebels|insurgents|movement)\b"
)


def group_anaphor(text: str, actor: str | None) -> str | None:
    """'The paramilitary group denied ...' right after an act of a non-state side: that side."""
    if actor is None or (side_actor(actor) or "").startswith("Military Forces of"):
        return None
    return actor if _GROUP_ANAPHOR.match(text) else None
