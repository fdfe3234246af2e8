"""app.extract.events.status: stage 6, claim status — who says it (the attribution of the sentence), and
whether the acting side's own officials claim it or the other side denies it.

"claimed" when the source is the side that acted ("Russia's Ministry of Defence said its troops captured X"),
"disputed" when the other side denies or contradicts it (here or elsewhere in the article), else "reported".
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.extract.events.actors import (
    forces,
    last_side_before,
    opponents,
    side_actor,
    side_label,
    side_mentions,
    side_of_text,
    sides,
)
from app.extract.events.descriptors import (  # noqa: F401 (group_side: the coder asks it here)
    GENERIC_ARMY,
    STATE_MEDIA,
    group_anaphor,
    group_side,
    same_source,
    state_army_of,
    state_forces,
)
from app.extract.events.lexicons import word_pattern
from app.extract.events.named_places import PLACES_NAMED, answers, answers_another, no_place_between
from app.extract.events.source import speaker
from app.extract.events.trigger import ACT

_I = re.I
DENIAL = word_pattern("denial", "denial")
CONTRA = word_pattern("denial", "contradiction")
# "the attack had been repelled and the ship was not damaged": a claimed strike answered by the side hit
_STRIKE_DENIED = word_pattern("denial", "strike_denied")
_ABOUT_ATTACK = re.compile(r"\b(drone|attack|strike|rocket|missile|shell(?:s|ing))", _I)
_ABOUT_CLAIM = re.compile(r"\b(claims?|reports?|statement|assertion)\b", _I)


# Sentences that deny or contradict anything, found once per article rather than once per claimed event;
# at most this many are weighed against each claim, so an article of nothing but claims and denials stays
# linear (real articles have a handful).
MAX_DENIALS_WEIGHED = 64
_denials_cache: dict[int, tuple[list, list, dict[int, int]]] = {}


def _denying(sentences: list) -> tuple[list, dict[int, int]]:
    """The article's denying sentences, and each sentence's number by its start offset."""
    hit = _denials_cache.get(id(sentences))
    if hit is not None and hit[0] is sentences:
        return hit[1], hit[2]
    found = [
        s2 for s2 in sentences if _denies(s2.text) or CONTRA.search(s2.text) or _STRIKE_DENIED.search(s2.text)
    ][:MAX_DENIALS_WEIGHED]
    order = {s2.start: n for n, s2 in enumerate(sentences)}
    _denials_cache.clear()  # one article at a time; holding the list keeps its id from being reused
    _denials_cache[id(sentences)] = (sentences, found, order)
    return found, order


@lru_cache(maxsize=256)
def _denies(text: str) -> bool:
    """Whether the sentence denies something; asked once per place of the sentence, scanned once."""
    return DENIAL.search(text) is not None


_DENIAL_VERB = re.compile(
    r"\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects|refuted|contradict(?:ing|ed|s)?)\b",
    _I,
)
# "the whole city", "the refinery", "the army's account": a denial that points back at the event just told
_POINTS_BACK = re.compile(
    r"\b(?:the|that|this)\s+(?:[\w’'\-]+\s+)?(?:city|town|village|settlement|area|base|refinery|plant|port|"
    r"airport|depot|facility|building|tanks?|hospital|market|camp|garrison|headquarters|barracks|outposts?|"
    r"positions|convoy|reports?|claims?|account|statement|attack|"
    r"strike|raid|accusations?|allegations?|rockets?|missiles?|drones?|shells?|projectiles?)\b(?!\s+of\s+[A-Z])",
    _I,
)
# A denial that the defender still holds the ground or still fights there answers a capture, never a strike
_HOLDS_GROUND = word_pattern("denial", "holds_ground")
_PARTIAL_GAIN = word_pattern("denial", "partial_gain")
_PART_HELD = word_pattern("denial", "part_held")
# The actor denying the victims only, in a sentence where it says it struck: the act stands, told by both sides
_VICTIMS_ONLY = word_pattern("denial", "victims_only")
_OWN_ACT = word_pattern("denial", "own_act")
# "... said air defences downed 14 drones and denied that a plant was hit": the speaker denies, not the other side
_AND_DENIED = re.compile(r"\band\s+(?:also\s+)?(?:denied|dismissed|rejected)\b", _I)
ADJACENT = 2  # a denial in one of the next two sentences answers the report
# "denied that any of its fighters were involved", "denied responsibility", "denied being behind it"
_INVOLVED = re.compile(r"\b(?:involved|involvement|responsib\w+|behind\s+(?:it|the))\b", _I)


# "..., a claim the army denied": the war's state army, named by what it is, right before its denial
_GENERIC_ARMY_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:army|military|armed\s+forces)\s+(?:\w+ly\s+)?$", _I)


def _denial_subject(text: str, actor: str | None = None, others: tuple = ()) -> str | None:
    """The side that denies: the side named last before the denial verb ('Congo's government denied',
    'Russian air defences ... and denied'), or None. 'The army denied', in a war with one state army among
    the act's sides, is that army."""
    m = _DENIAL_VERB.search(text)
    if m is None:
        return None
    if _GENERIC_ARMY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        state = state_forces(text[max(0, m.start() - 40) : m.start()], actor, list(others))
        if state is not None:
            return state
    return last_side_before(text, m.start())


def _voice_of_denial(text: str) -> str | None:
    """The side whose words the denial is, when no denial verb has the denier before it: the source of the
    clause that holds the denial ("Russia claims X, Ukraine says fighting continues": Ukraine)."""
    m = CONTRA.search(text) or DENIAL.search(text)
    if m is None:
        return None
    start = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start())) + 1
    return speaker(text[start:])[1]


def claim_status(
    sent,
    sentences,
    key: str,
    kind: str,
    actor: str | None,
    side: str | None,
    cc: str | None,
    normalize,
    bullets: frozenset = frozenset(),
) -> tuple[str, str | None]:
    """(claim_status, disputed_by) of an event told in `sent` at the place whose name key is `key`.

    Works for any theatre of lexicons/belligerents.yaml: the sides are read from the text's attribution (who
    says it) and the act (who did it), not from a fixed pair of countries."""
    others = opponents(actor)
    status = "claimed" if side and actor and side == actor else "reported"
    if kind == "shootdown" and cc and (side == cc or (side is None and actor == cc)):
        # air defences of the place itself report what they downed: only the side that downs them counts the
        # drones it downed, so an unattributed "68 UAVs were destroyed over the Kursk region" is its claim too
        status = "claimed"
    elif kind == "shootdown" and cc is None and side is not None:
        status = "claimed"  # "five over the waters of the Black Sea, the ministry said": no side's ground, its count
    if _denies(sent.text):
        subject = _denial_subject(sent.text, actor, tuple(others))
        # "the governor said air defences downed 18 drones and denied that the refinery was damaged": the
        # claimant denying something else does not dispute its own claim
        own = subject == side if subject is not None else bool(_AND_DENIED.search(sent.text))
        if not (status == "claimed" and own):
            denier = (
                subject
                if subject in (*others, actor) and subject != side
                # "The M23 accused Congo's army of a drone strike, an accusation the government rejected": the
                # accused side denies, never the side that tells it
                else actor
                if side is not None and actor is not None and side != actor
                else _denier(sent.text, actor, others)
            )
            return "disputed", side_label(denier) or _only_label(others)
    found, order = _denying(sentences)
    here = order.get(sent.start, -1)
    for s2 in found:
        if s2.start == sent.start:
            continue
        # the next sentences of the paragraph, or the next paragraph; never another bullet of a list of events
        there = order.get(s2.start, -99)
        # a placeless paragraph between (the claimant's spokesman quoted) still tells the same story
        close = there - here <= ADJACENT or (
            there - here <= 2 * ADJACENT and no_place_between(sentences, here, there)
        )
        adjacent = (
            there > here
            and close
            and (
                s2.block == sent.block
                or (s2.block == sent.block + 1 and not {s2.block, sent.block} & bullets)
                # a paragraph between that names no place (the toll, a quote) still tells the same story
                or (
                    not set(range(sent.block, s2.block + 1)) & bullets
                    and no_place_between(sentences, here, there)
                )
                # the next bullet opens with a placeless answer to this one ("Ukraine's General Staff denied the
                # claim, saying its units still held the village"): a key-events list tells one story in two bullets
                or (
                    s2.block == sent.block + 1
                    and sentences[there - 1].block == sent.block
                    and s2.start not in PLACES_NAMED
                )
            )
        )
        if (
            kind not in ("capture", "fighting")
            and _VICTIMS_ONLY.search(s2.text)
            and _OWN_ACT.search(s2.text)
            and status != "claimed"
        ):
            continue  # "said it had struck a camp and denied that any civilians had been killed": the act stands
        if kind not in ("capture", "fighting") and _HOLDS_GROUND.search(s2.text):
            continue  # "denied the Russian claim, saying its units still hold positions in the town": about ground
        elsewhere = PLACES_NAMED.get(s2.start)
        if elsewhere and key not in elsewhere:
            continue  # "Ukraine denied that Siversk had been captured": about the place it names, not this one
        if not elsewhere and answers_another(sentences, here, there, key):
            # "Israel said it struck a Hamas site in Deir el-Balah. Hamas denied the claim": the denial answers the
            # act told just before it, not a strike told before that one or after it; so does a placeless "our
            # units still hold the town" right after a sentence of its own paragraph naming the town claimed
            continue
        who = (
            _denial_subject(s2.text, actor, tuple(others))
            # "Hamas said it had no knowledge of any clash", "Ukraine's military said the Russian claim was
            # false": no denial verb to stand after the denier; the source of the sentence is it
            or _voice_of_denial(s2.text)
            or side_of_text(s2.text[:120])
            or state_forces(s2.text, actor, others)
            or group_anaphor(s2.text, actor)
        )
        if kind in ("capture", "fighting") and _PARTIAL_GAIN.search(sent.text) and _PART_HELD.search(s2.text):
            continue  # "advanced in central X" and "still hold positions in the northern part of X": both can be true
        if kind in ("capture", "fighting"):
            linked = CONTRA.search(s2.text) and (
                answers(key, s2.text, normalize) or (adjacent and _POINTS_BACK.search(s2.text))
            )
        else:
            linked = (
                DENIAL.search(s2.text) or (status == "claimed" and _STRIKE_DENIED.search(s2.text))
            ) and (
                _ABOUT_ATTACK.search(s2.text)
                or (adjacent and (ACT.search(s2.text) or _POINTS_BACK.search(s2.text)))
            )
        if status == "claimed":
            if linked and (who in others or who is None):
                return "disputed", side_label(who if who in others else None) or _only_label(others)
            # "... said its forces recaptured X. Moscow dismissed the claim as fake."
            if (
                s2.start > sent.start
                and s2.start - sent.end < 3
                and DENIAL.search(s2.text)
                and _ABOUT_CLAIM.search(s2.text)
                and side_of_text(s2.text[:60]) in others
            ):
                return "disputed", side_label(side_of_text(s2.text[:60]))
        elif (
            linked
            and adjacent
            and who is not None
            # "The RSF said it took the base in the town, a claim the army denied": the side that told the
            # event denies the other side's account of it
            and (who != side or (_CLAIM_DENIED.search(s2.text) and speaker(s2.text)[1] not in (None, who)))
            and (
                who in (*others, actor)
                or (actor is None and _INVOLVED.search(s2.text))
                # "The military said militants fired at troops in X. Hamas said it had no knowledge of any clash
                # in X": a side's account with no side named as the actor, denied by its opponent
                or (actor is None and side is not None and who in opponents(side))
                # "gunmen attacked a camp in X, a rights group said, accusing the RSF. An RSF adviser said no
                # attack had taken place in X": the side the report blames denies it
                or (actor is None and who == _accused(sent.text))
            )
        ):
            # a report by a third party or the victim side, denied by a side of that war right after it; or,
            # when the report names no side as the actor ("gunmen opened fire"), a side that denies any part in it
            return "disputed", side_label(who)
    return status, None


# "The RSF said it took the base in the town, a claim the army denied": the other side's account, denied in the
# same sentence by the side that told the event
_CLAIM_DENIED = re.compile(
    r",\s+(?:a|an)\s+(?:claim|assertion|account|report)\s+(?:\w+\s+){0,3}?(?:denied|rejected|dismissed|disputed)\b",
    _I,
)


# "..., accusing the RSF", "blaming Hamas": the side a report holds responsible without naming it the actor
_ACCUSING = re.compile(r"\b(?:accusing|accused|blaming|blamed)\s+", _I)


def _accused(text: str) -> str | None:
    m = _ACCUSING.search(text)
    return side_of_text(text[m.end() : m.end() + 60]) if m else None


def _denier(text: str, actor: str | None, others: list[str]) -> str | None:
    """The side that denies, in a sentence that both tells and denies: an opponent named in it."""
    named = [c for c in others if side_of_text(text) == c]
    return named[0] if named else None


def _only_label(others: list[str]) -> str | None:
    return side_label(others[0]) if len(others) == 1 else None


def confirmed_by(d, speaker: tuple[str | None, str | None]) -> None:
    """An event the acting side claims ('U.S. Central Command said') whose toll a source of another side gives
    ('the Houthi-run health ministry said the strikes killed seven'): both sides tell it, so it is reported."""
    who, side = speaker
    if d.claim_status != "claimed" or not who or side is None:
        return
    claimant = d.source_side or side_of_text(d.claimed_by or "")
    if claimant is not None and claimant != side:
        d.claim_status, d.claimed_by, d.disputed_by, d.source_side = "reported", who, None, side


def told_by(d, speaker: tuple[str | None, str | None]) -> None:
    """A battle told with no source ('fighting continued around Bhamo, where the KIA has besieged the garrison')
    whose toll one of its sides gives next ('A KIA spokesman said seven soldiers had been killed'): that side's
    account, so claimed."""
    who, side = speaker
    if d.claimed_by or not who or side is None or d.event_type != "Battles" or d.claim_status != "reported":
        return
    if side in side_mentions(d.sentence):
        d.claim_status, d.claimed_by, d.source_side = "claimed", who, side


# "the refinery", "the site", "the plant": the act just told, named again without its place
_THE_TARGET_AGAIN = re.compile(
    r"\b(?:the|that)\s+(?:[\w\-]+\s+){0,2}?(?:refinery|plant|site|facility|depot|terminal|base|airfield|"
    r"port|factory|warehouse|substation|station|bridge)\b",
    _I,
)


def source_told_after(
    sentence: str, trig, block_drafts: list, speaker: tuple[str | None, str | None]
) -> None:
    """'Ukrainian forces struck the Saratov refinery overnight. The Ukrainian General Staff reported that
    Ukrainian forces struck the refinery.': the act told first with no source, then by its source without the
    place; that source is the event's, so the acting side's own word makes it claimed."""
    who, side = speaker
    if not block_drafts or not who or side is None or not _THE_TARGET_AGAIN.search(sentence):
        return
    d = block_drafts[-1]
    if d.claimed_by is not None or d.claim_status != "reported" or d.event_type != trig.event_type:
        return
    acting = next((c for c in sides() if d.actor1 and d.actor1 in (side_actor(c), forces(c))), None)
    d.claimed_by, d.source_side = who, side
    if acting == side:
        d.claim_status = "claimed"
