"""app.extract.events.draft: one event as the stages build it, before events at the same place, day and type
are merged (merge.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from app.extract.events import actors, source, status
from app.extract.events.lexicons import word_pattern
from app.extract.events.own_losses import own_losses, repelled_with_success
from app.extract.events.seats import PLACE_OFFICIALS
from app.extract.events.trigger import BATTLES, EXPLOSIONS, STRATEGIC, Trigger
from app.extract.events.when import place_date
from app.extract.resolve import Resolved

_ALLEGED = re.compile(
    r"\b(?:(?:alleged(?:ly)?|attempted|purported)\s+(?:\w+\s+){0,2}(?:drone\s+)?(?:attack|strike)|"
    r"alleged\s+that\b[^.]{0,60}\battack)",
    re.I,
)
_CIVILIAN_TARGET = word_pattern("victims", "civilian_targets")
# officials of an armed group, not of the state that holds the place ("a local resistance official")
_NON_STATE = word_pattern("attribution", "non_state_officials")
# acts a town's officials may tell of their own side: what its air defence downed, ground it held or took
_OWN_SIDE_ACTS = ("shootdown", "capture", "fighting")


@dataclass(slots=True)
class Draft:
    res: Resolved
    event_type: str
    sub_event_type: str
    trigger: str
    date: dt.date
    precision: int
    sentence: str
    fatalities: int | None
    injured: int | None
    claim_status: str
    claimed_by: str | None
    disputed_by: str | None
    actor1: str | None
    actor2: str | None
    confidence: float
    highlight: list[int] | None = None  # the place's span inside `sentence`
    sent_no: int = -1  # index of the sentence in the article
    block_no: int = -1  # index of its paragraph or bullet
    dated: bool = True  # the date comes from the text, not the day-before-publication default
    source_side: str | None = None  # the side of the war the source speaks for, when it is one


def _norm(s: str) -> str:
    from app.gazetteer import normalize

    return normalize(s)


def make_draft(
    t: Resolved, trig: Trigger, sent, published, counts, speaker, sentences, bullets: frozenset = frozenset()
) -> Draft:
    """The stages after the place: date, actors and claim status of the event at `t`."""
    kind, etype, stype, spans = trig.kind, trig.event_type, trig.sub_event_type, trig.spans
    d, precision = place_date(sent.text, t.spot.start - sent.start, published)
    cc = t.cand.country_code
    who, side = speaker
    local = (
        who
        and side is None
        and source.OFFICIAL.search(who)
        and not _NON_STATE.search(who)  # "a local resistance official" speaks for no state
        and cc in actors.sides()
    )
    if local:
        side = (
            cc  # "the city's mayor", "regional authorities": officials of the place itself (a state at war)
        )
    actor = actors.perpetrator(sent.text, cc, kind, spans, side)
    if t.cand.kind == "country" and etype == EXPLOSIONS and actor == cc and (foe := source.other_side(actor)):
        actor = foe  # a strike at a whole country ("struck facilities used by the Ukrainian forces") is its enemy's
    if local and actor == side and kind not in _OWN_SIDE_ACTS and PLACE_OFFICIALS.search(who):
        # "Ukrainian forces shelled Horlivka, the city's head said": officials of a town the strike hit speak
        # for the side it hit (the one holding the town), never for the side that struck it
        side = None
    if side is not None and actor == side and kind != "capture" and own_losses(sent.text, side):
        # "an Israeli soldier was lightly wounded when a device went off near troops, the military said": the side
        # telling its own losses did not act, and claims nothing (a capture is ground claimed, whatever it cost)
        actor = source.other_side(side)
    if kind in ("air", "generic") and _alleged(sent.text):
        etype, stype = STRATEGIC, "Disrupted weapons use"
    claim, disputed_by = status.claim_status(
        sent, sentences, t.spot.key, kind, actor, side, cc, _norm, bullets
    )
    if (
        claim == "reported"
        and kind == "fighting"
        and side
        and actor != side
        and repelled_with_success(sent.text)
    ):
        claim = "claimed"  # the defender's own account of what it did to the attackers
    other = source.other_side(actor) or next(
        (c for c in actors.opponents(actor) if c in actors.side_mentions(sent.text)), None
    )  # several opponents (Israel: Hamas, Hezbollah): the one the sentence names
    victims_civil = bool(counts[0] or counts[1]) or _civilian_target(sent.text)
    if etype == BATTLES:
        actor2 = actors.side_actor(other) if other in actors.sides() else actors.forces(other)
    elif etype == EXPLOSIONS and victims_civil:
        actor2 = actors.civilians(cc) or "Civilians"
    else:
        actor2 = None
    conf = (
        0.5
        + 0.3 * t.cand.score
        + (0.1 if kind != "generic" else 0.0)
        + (0.1 if any(v is not None for v in counts) else 0.0)
    )
    return Draft(
        res=t, event_type=etype, sub_event_type=stype, trigger=kind, date=d, precision=precision,
        sentence=sent.text, fatalities=counts[0], injured=counts[1], claim_status=claim,
        claimed_by=who, disputed_by=disputed_by,
        actor1=_actor1(sent.text, spans, actor),
        actor2=actor2, confidence=round(min(1.0, conf), 3), highlight=_highlight(t, sent), source_side=side,
    )  # fmt: skip


@lru_cache(maxsize=256)  # once per sentence, not once per place of it
def _alleged(sentence: str) -> bool:
    return _ALLEGED.search(sentence) is not None


@lru_cache(maxsize=256)
def _civilian_target(sentence: str) -> bool:
    return _CIVILIAN_TARGET.search(sentence) is not None


def _actor1(sentence: str, spans, actor: str | None) -> str | None:
    if actor in actors.sides() and actor not in ("RU", "UA"):
        return actors.side_actor(actor)  # a side of another war, with its lexicon label
    return actors.group_before(sentence, spans) or actors.forces(actor)


def _highlight(t: Resolved, sent) -> list[int] | None:
    a, b = t.spot.start - sent.start, t.spot.end - sent.start
    return [a, b] if 0 <= a < b <= len(sent.text) else None
