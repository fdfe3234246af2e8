"""app.extract.events.trigger: stage 1, what happened — the trigger words of a sentence and the ACLED type
they code (drone strike, shelling, capture, fighting, drones shot down, evacuation, explosive device)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.events.lexicons import alternation, load, word_pattern

EXPLOSIONS = "Explosions/Remote violence"
BATTLES = "Battles"
STRATEGIC = "Strategic developments"

_I = re.I


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str  # the trigger's name in triggers.yaml ("air", "capture", ...) or "generic"
    event_type: str
    sub_event_type: str
    spans: list[tuple[int, int]]  # where in the sentence the words that say so are


def _load_triggers() -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    out = []
    for name, spec in load("triggers").items():
        pat = re.compile(rf"\b({alternation(spec['words'])})\b", _I)
        out.append((name, spec["event_type"], spec["sub_event_type"], pat))
    return tuple(out)


# (name, event_type, sub_event_type, pattern), read from lexicons/triggers.yaml
TRIGGERS = _load_triggers()
ACT = word_pattern("acts", "act_verbs")
CASUALTY = word_pattern("acts", "casualty_words")
_GENERIC = word_pattern("acts", "generic_attack_verbs")
NOT_NOW = re.compile(rf"\b({alternation(load('acts')['not_now'])})\b[^.]{{0,40}}$", _I)
_SHELLED = re.compile(r"\bshell(?:ed|ing)\b", _I)
_DAMAGE = re.compile(r"\b(damag(?:ed|ing)|destroy(?:ed|ing)|fire|hitting|hit)\b", _I)
_FORCES = re.compile(r"\b(Russian|Ukrainian)\s+(?:forces|troops|army|military)\b")
_MOUNTED = re.compile(
    r"\b(?:launched|carried\s+out|staged|mounted|attempted)\b[^.]{0,40}\battacks?\s+on\b", _I
)


def find_trigger(text: str) -> Trigger | None:
    """What happened in `text`, by priority: a shoot-down, a capture, a weapon used (when an act verb says it
    was used), fighting, an evacuation, else a plain attack."""
    hits = {
        name: Trigger(name, et, st, [m.span() for m in pat.finditer(text)])
        for name, et, st, pat in TRIGGERS
        if pat.search(text)
    }
    if not hits:
        return _generic_attack(text)
    if "shootdown" in hits:
        return hits["shootdown"]
    if "capture" in hits:
        return hits["capture"]
    acts = bool(ACT.search(text) or CASUALTY.search(text))
    for name in ("ied", "air", "shelling"):
        if name in hits and acts:
            if name == "air" and "shelling" in hits and _SHELLED.search(text):
                return hits["shelling"]
            return hits[name]
    if "fighting" in hits:
        return hits["fighting"]
    if "evacuation" in hits:
        return hits["evacuation"]
    return _generic_attack(text)


def _generic_attack(text: str) -> Trigger | None:
    """'An attack in X killed two people': violence with no weapon named -> shelling/missile by default."""
    if _GENERIC.search(text) and (
        CASUALTY.search(text) or _DAMAGE.search(text) or _FORCES.search(text) or _MOUNTED.search(text)
    ):
        return Trigger(
            "generic",
            EXPLOSIONS,
            "Shelling/artillery/missile attack",
            [m.span() for m in _GENERIC.finditer(text)],
        )
    return None


def all_spans(text: str) -> list[tuple[int, int]]:
    """Every trigger word of every kind in the sentence, in text order."""
    return sorted(m.span() for _n, _e, _s, pat in TRIGGERS for m in pat.finditer(text))
