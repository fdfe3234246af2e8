"""app.extract.events.follow_up: sentences that go on about the attack just told rather than tell one of their
own: its toll given a sentence later, more victims at one more place, its missiles intercepted, and its
confirmation by the side it hit (which turns the attacker's claim into a report)."""

from __future__ import annotations

import re

from app.extract.events import status
from app.extract.events.draft import Draft, make_draft
from app.extract.events.place import event_places
from app.extract.events.seats import PLACE_OFFICIALS, THE_FACILITY, seat_only
from app.extract.events.toll import counts_for, event_counts
from app.extract.events.trigger import BATTLES, CASUALTY, EXPLOSIONS, STRATEGIC, Trigger, find_trigger


def victims_elsewhere(text, sent, items, last: Draft, published, speaker, sentences) -> list[Draft]:
    """A sentence with no act word of its own that counts victims at a place the paragraph has not told yet,
    right after an attack ('A woman was also injured in the village of X'): that attack, at that place. Only
    after a strike (a capture or a shoot-down has no victims elsewhere), and only for figures above zero."""
    counts = event_counts(sent.text)
    if last.event_type != EXPLOSIONS or not any(c.n > 0 for c in counts):
        return []
    # "a woman was also hurt by falling debris in X": the figure's own words when no casualty word says it
    spans = tuple(m.span() for m in CASUALTY.finditer(sent.text)) or tuple((c.start, c.end) for c in counts)
    if not spans:
        return []
    trig = Trigger(last.trigger, last.event_type, last.sub_event_type, spans)
    targets = [t for t in event_places(text, sent, items, trig, spans) if t.cand.kind != "country"]
    if not targets:
        return []
    counts = counts_for(sent.text, sent.start, targets)
    return [
        make_draft(t, trig, sent, published, counts.get(id(t), (None, None)), speaker, sentences)
        for t in targets
    ]


# "74 of the drones", "31 of the missiles", "78 of them": a part of the aerial objects the sentence before counted
PART_OF_TOLD = re.compile(
    r"\b\d[\d,]*\s+of\s+(?:them\b|(?:the|those|these)\s+(?:drones|missiles|rockets|uavs|shaheds|projectiles)\b)",
    re.I,
)


def attack_just_told(block_drafts: list[Draft]) -> bool:
    return bool(block_drafts) and block_drafts[-1].event_type == EXPLOSIONS


def own_count_after_countrywide(sentence: str, block_drafts: list[Draft]) -> bool:
    """'Russian forces conducted a combined strike against Ukraine overnight. The Air Force reported that
    Ukrainian forces downed 108 of them.': after an attack told of the whole country, a part of it downed is the
    defender's own count over that country (as the seed gold codes the air force's tallies), not the attack
    disrupted (all of it downed still is)."""
    return (
        attack_just_told(block_drafts)
        and block_drafts[-1].res.cand.kind == "country"
        and not _ALL_DOWNED.search(sentence)
    )


# officials of the place itself, told without a side: "Officials in the port city", "local authorities"
_OFFICIALS_THERE = re.compile(
    r"\b(?:(?:officials|authorities)\s+(?:in|of)\s+(?:the\s+)?[^,.;]{1,40}?|local\s+(?:officials|authorities))\s+"
    r"(?:said|say|reported)\b",
    re.I,
)


def continue_with(took: list[Draft], block_drafts: list[Draft], speaker, sentence: str) -> None:
    """A paragraph that gives the toll of an attack told before ('The Houthi-run health ministry said the
    strikes killed seven people. Twenty-nine others were wounded, it said.') goes on about that attack; and
    when the side the attack hit counts its victims, the attacker's claim is confirmed: a report. ('No
    injuries were reported' from the side hit confirms nothing: the claim stays the attacker's.)"""
    if took and not block_drafts:
        block_drafts.extend(took)
    if any(c.n > 0 for c in event_counts(sentence)):
        who, side = speaker
        for d in took:
            if side is None and _OFFICIALS_THERE.search(sentence):
                # "Officials in the Black Sea port city said two people were injured": the place's own officials
                status.confirmed_by(d, (who, d.res.cand.country_code))
                continue
            status.confirmed_by(d, speaker)
            status.told_by(d, speaker)


# "The missile was intercepted", "all the drones were shot down": nothing of the attack just told got through
_ALL_DOWNED = re.compile(
    r"(?<!of\s)\b(?:(?:the|both|all(?:\s+(?:of\s+)?the)?|each\s+of\s+the)\s+(?:[\w\-]+\s+){0,2}(?:missiles?|rockets?|drones?|"
    r"projectiles?|uavs?|shaheds?)|it)\s+(?:was|were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:intercepted|shot\s+down|"
    r"downed|destroyed|neutrali[sz]ed)"
    # "the Israeli military said it had intercepted a missile fired from Yemen": the same, told actively
    r"|\b(?:it|they|air\s+defen[cs]es?|(?:the\s+)?air\s+force)\s+(?:had\s+|has\s+|have\s+)?(?:successfully\s+)?"
    r"(?:intercepted|shot\s+down|downed)\s+(?:the|a|an|both|all(?:\s+of)?(?:\s+the)?)\s+(?:[\w\-]+\s+){0,2}"
    r"(?:missiles?|rockets?|drones?|projectiles?|uavs?)\b",
    re.I,
)


# "most of the rockets were intercepted", "31 of them", "the drones were shot down": the attack just told
_BACK_AT_THE_ATTACK = re.compile(
    r"\b(?:most|some|many|all|several|part|none|\d[\d,]*)\s+of\s+(?:the|them|those|these)\b"
    r"|\b(?:the|those|these)\s+(?:[\w\-]+\s+){0,2}(?:missiles?|rockets?|drones?|projectiles?|uavs?|shaheds?)\s+"
    r"(?:was|were|had|have)\b",
    re.I,
)


def answers_the_attack(sentence: str) -> bool:
    """A shoot-down that counts the aerial objects of the attack just told, not a count of its own ('Ukrainian
    forces downed 112 drones' is the air force's own event)."""
    return bool(_ALL_DOWNED.search(sentence) or _BACK_AT_THE_ATTACK.search(sentence))


# what the attack did, told in its own sentence: "destroying dozens of combat vehicles", "killing two"
_HIT_RESULT = re.compile(
    r"\b(?:destroy(?:ed|ing)|kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|damag(?:ed|ing)|hitting|set(?:ting)?\s+"
    r"(?:\w+\s+){0,3}?(?:on\s+fire|ablaze))\b",
    re.I,
)


def downed_beside_a_hit(sent, block_drafts: list[Draft], speaker, trig: Trigger, published, sentences):
    """'The army said its air force had carried out strikes around Nyala, destroying dozens of combat vehicles.
    The RSF said its air defences had shot down an army drone over the city.': the other side downing one of the
    attacking side's weapons, after that attack's hits were told, is not all of the attack intercepted — two acts
    at one place, the strike (the attacker's claim) and the shoot-down (the defender's), as one Draft for the
    shoot-down, or None (then intercepted_after decides)."""
    if not block_drafts or not _ALL_DOWNED.search(sent.text):
        return None
    last = block_drafts[-1]
    side = speaker[1]
    if last.event_type != EXPLOSIONS or side is None or last.source_side in (None, side):
        return None
    if not _HIT_RESULT.search(last.sentence):
        return None
    d = make_draft(last.res, trig, sent, published, (None, None), speaker, sentences)
    d.date, d.precision, d.dated = last.date, last.precision, last.dated
    return d


def intercepted_after(sentence: str, block_drafts: list[Draft], speaker) -> None:
    """'The Houthis said they fired a missile at Ben Gurion Airport. Israel said the missile was intercepted.':
    the attack just told was a disrupted one (ACLED's Disrupted weapons use), claimed when the air defence of
    the place itself says so."""
    if not block_drafts or not _ALL_DOWNED.search(sentence):
        return
    told = block_drafts[-1].sentence
    for d in block_drafts:
        if d.sentence != told or d.event_type != EXPLOSIONS:
            continue
        d.event_type, d.sub_event_type, d.trigger = STRATEGIC, "Disrupted weapons use", "shootdown"
        who, side = speaker
        if side is not None and side == d.res.cand.country_code:
            d.claim_status, d.claimed_by, d.disputed_by = "claimed", who, None


# how many of the last events a confirmation by the side hit may be about
_CONFIRM_BACK = 4
# the civil officials of a town or region (attribution.yaml place_officials), and the verb by which they bear out
# what the other side claimed
_CONFIRM = r"\b(?:confirm(?:ed|s|ing)|acknowledg(?:ed|es))\b"
CONFIRM_VERB = re.compile(_CONFIRM, re.I)
_NOT_CONFIRMED = re.compile(
    r"\b(?:not|never|n[o’']t|yet\s+to|declined\s+to|refused\s+to|without|unable\s+to)\s+(?:\w+\s+)?"
    r"(?:confirm|acknowledg)",
    re.I,
)
# "confirmed that a fire had broken out", "said drones had damaged": the side hit tells the attack happened
_CONFIRMS = re.compile(
    _CONFIRM + r"|\bfire\s+(?:had\s+)?broke(?:n)?\s+out\b|\b(?:was|were|had\s+been)\s+"
    r"(?:\w+\s+)?(?:damaged|hit|struck|set\s+ablaze)\b",
    re.I,
)


# "falling debris had caused a fire", "drone debris set fire to an installation": the side hit tells of damage
# in its own words, without naming the attack it answers
_FIRE_CAUSED = re.compile(
    r"\b(?:set|sets|setting|sparked|started|starting|caused|causing|ignited|igniting)\s+(?:a\s+|an\s+)?"
    r"(?:[\w\-]+\s+)?fires?\b|\bset\s+fire\s+to\b",
    re.I,
)


def damage_told(sentence: str) -> bool:
    """Whether the sentence tells damage the way the side hit confirms an attack (see confirmed_by_the_side_hit)."""
    return bool(_CONFIRMS.search(sentence) or _FIRE_CAUSED.search(sentence))


def confirmed_by_the_side_hit(
    text: str,
    sentence: str,
    items,
    drafts: list[Draft],
    block_no: int,
    speaker: str | None = None,
    block_drafts: list[Draft] | None = None,
) -> list[Draft]:
    """'Ukraine's General Staff said its drones hit the Afipsky refinery. Krasnodar's regional headquarters
    confirmed that a fire had broken out at the refinery.': officials of the side hit, speaking from their
    seat about the facility just told, confirm the attacker's claim: a report. A governor or mayor who names no
    seat ('Governor X confirmed that a fuel facility had been hit') is the official of the place just told.
    A fire they tell in their own words ('falling debris had caused a fire at an industrial site') confirms
    only the claim of its own paragraph: a bullet of its own about debris is the governor's account, not an
    answer (the seed's Tula). Returns the facilities pointed back at ('the refinery' of the region he governs):
    what follows in the paragraph ('No one was hurt, he said.') goes on about them (they become the paragraph's
    `block_drafts` when it told none)."""
    if _NOT_CONFIRMED.search(sentence):
        return []  # "Russian authorities have not confirmed any damage": the claim stays the attacker's
    if not damage_told(sentence) or status.DENIAL.search(sentence):
        return []
    own_words = not _CONFIRMS.search(sentence)
    back = 0 if own_words else 1  # paragraphs back a confirmation reaches
    seats = [r for r in items if seat_only(text, r)]
    sides = {r.cand.country_code for r in seats}
    if (
        not sides
        and speaker
        and PLACE_OFFICIALS.search(speaker)
        and (CONFIRM_VERB.search(sentence) or own_words)
        and getattr(find_trigger(sentence), "kind", None)
        != "shootdown"  # "confirmed drones were downed": no hit
    ):
        told = [d for d in drafts[-_CONFIRM_BACK:] if d.block_no >= block_no - back]
        if told and told[-1].res.cand.country_code and told[-1].source_side != told[-1].res.cand.country_code:
            sides = {told[-1].res.cand.country_code}
    if not sides:
        return []
    # "Volgograd Oblast Governor X said debris ... had started a fire on the grounds of the refinery": the
    # refinery told before in the region he governs, however many paragraphs back (among the last few events)
    facility = THE_FACILITY.search(sentence)
    noun = facility.group().split()[-1].lower() if facility else None
    regions = {(r.cand.country_code, r.cand.admin1) for r in seats if r.cand.kind == "region"}
    pointed: list[Draft] = []
    for d in drafts[-_CONFIRM_BACK:]:
        if (
            noun is not None
            and noun in _place_words(d)
            and (d.res.cand.country_code, d.res.cand.admin1) in regions
        ):
            pointed.append(d)
        elif d.block_no < block_no - back:
            continue  # else the attack told in this paragraph or the one before (its town and the region it names)
        if d.event_type == EXPLOSIONS and d.claim_status == "claimed" and d.res.cand.country_code in sides:
            d.claim_status, d.disputed_by = "reported", None
    if pointed and block_drafts is not None and not block_drafts:
        block_drafts.extend(pointed)
    return pointed


def _place_words(d: Draft) -> str:
    """The event's place as the text and the gazetteer name it, lower-cased ('volgograd refinery')."""
    return f"{d.res.spot.surface} {d.res.cand.name}".lower()


# "its troops had withdrawn from the village", "our units pulled out of the town": the place just told, given up
_GAVE_UP_THE_PLACE = re.compile(
    r"\b(?:withdr(?:ew|awn)|pulled\s+out|retreated|fell\s+back)\s+(?:from|of)\s+(?:the|that)\s+"
    r"(?:village|town|city|settlement|area)\b",
    re.I,
)


def loss_confirmed(sentence: str, trig, block_drafts: list[Draft], speaker) -> None:
    """'Russia said it had captured X. Ukraine's army confirmed that its troops had withdrawn from the village.':
    the side that held the place gives it up in the next sentence, naming it no more: both sides tell the
    capture, a report."""
    who, side = speaker
    if trig is None or trig.kind != "capture" or not who or side is None or not block_drafts:
        return
    d = block_drafts[-1]
    if (
        d.event_type == BATTLES
        and d.claim_status == "claimed"
        and d.source_side not in (None, side)
        and _GAVE_UP_THE_PLACE.search(sentence)
        and not status.DENIAL.search(sentence)
    ):
        d.claim_status, d.disputed_by = "reported", None
