"""Places an attack's aftermath is told at, not where it hit: "struck energy infrastructure in Odesa Oblast,
causing power outages in Odesa city and in the Danube ports of Izmail and Reni". The outage words are data
(lexicons/acts.yaml `outage_words`)."""

from __future__ import annotations

import re

from app.extract.events.lexicons import alternation, load
from app.extract.events.listed import list_indices
from app.extract.resolve import Resolved

_OUTAGE = alternation(load("acts")["outage_words"])
# "causing power and water outages in", "left blackouts across", "power outages were reported in": from these
# words to the clause's end every place is where the power went out
_OUTAGE_BEFORE = re.compile(
    rf"(?:\b(?:caus(?:ed|es|ing)|leav(?:es|ing)|left|trigger(?:ed|s|ing)|result(?:ed|s|ing)\s+in|"
    rf"prompt(?:ed|s|ing)|led\s+to|bringing)\s+(?:[\w’'\-]+\s+){{0,4}}?(?:{_OUTAGE})\b"
    rf"|\b(?:{_OUTAGE})\s+(?:were\s+|was\s+)?(?:also\s+)?(?:reported\s+)?(?:in|across|throughout)\b)"
    r"[^.;:—–]{0,140}$",
    re.I,
)


# "leaving parts of Dnipro and Kryvyi Rih without power": the places between the verb and what they lost
_LEFT_BEFORE = re.compile(r"\b(?:leav(?:es|ing)|left)\s+(?:[\w’'\-]+\s+){0,6}$", re.I)
_WITHOUT_AFTER = re.compile(
    r"[^.;:—–]{0,60}?\bwithout\s+(?:power|electricity|heating|heat|water|gas|light|internet)\b", re.I
)


def outage_place(text: str, sent, items: list[Resolved], k: int) -> bool:
    """The place (or the list it ends) is told after outage words in the clause, or between 'leaving' and
    'without power': where the lights went out."""
    return any(
        _OUTAGE_BEFORE.search(text, max(sent.start, items[j].spot.start - 200), items[j].spot.start)
        or (
            _LEFT_BEFORE.search(text, max(sent.start, items[j].spot.start - 60), items[j].spot.start)
            and _WITHOUT_AFTER.match(text, items[j].spot.end, sent.end)
        )
        for j in (k, *list_indices(items, items[k]))
    )
