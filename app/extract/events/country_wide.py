"""app.extract.events.country_wide: stage 2's fallback for acts told of a whole country, with no town of their
own — an air force's overnight statement ('the enemy attacked with 3 ballistic missiles and 118 drones', 'hits
were recorded at 8 locations'), a ministry's 'massive strike' on the other side's energy facilities, and the count
of drones downed told in the sentence of the launch ('...; 86 of the drones were shot down').

The seed gold codes these at country level (geo_precision 3, the country's area): the strike at the country
attacked (a 'massive attack on Ukraine' that names no town) and the shoot-down as a disrupted weapons use at the
country that defends, claimed by the side that downed them ('F-16 pilots shot down 621 of 673 aerial targets').
When the article also tells the strike town by town, merge drops the country-wide strike (summary.country_summed_up), and
a country-wide shoot-down goes when the same source tells shoot-downs region by region (_downed_region_by_region):
the country-level event never doubles the places the statement lists."""

from __future__ import annotations

import re

from app.extract.events.trigger import EXPLOSIONS, STRATEGIC, Trigger, find_trigger
from app.extract.events.unnamed import defended_country
from app.extract.resolve import Resolved

_I = re.I
_AERIAL = (
    r"(?:(?:ballistic|cruise|guided|hypersonic|air-launched|attack|strike|kamikaze|long-range|enemy|\w+-type)\s+)*"
    r"(?:missiles?|drones?|uavs?|unmanned\s+aerial\s+vehicles|shaheds?|rockets?|aerial\s+targets)"
)
_NUM = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|nearly\s+\d[\d,]*|"
    r"about\s+\d[\d,]*|more\s+than\s+\d[\d,]*|over\s+\d[\d,]*|some\s+\d[\d,]*)"
)
# the weapons of a whole night's attack counted ('110 attack drones', '3 Iskander-M ballistic missiles')
# (a name, "Shahed-type and decoy", may stand between: "137 Shahed-type and decoy drones", "3 Iskander-M missiles")
_COUNTED_WEAPONS = re.compile(rf"\b{_NUM}\s+(?:(?:(?-i:[A-Z])[\w\-]*|and|or|decoy)\s+){{0,3}}{_AERIAL}\b", _I)
_WIDE_WORDS = re.compile(
    r"\b(?:massive|large-scale|combined|mass)\s+(?:\w+\s+){0,6}?(?:strike|attack|bombardment|assault)\b", _I
)
# "Hits by 2 ballistic missiles were recorded at 8 locations": the defender's count of the places hit
_HITS_RECORDED = re.compile(
    r"\bhits?\b[^.;]{0,80}\brecorded\s+(?:at|in)\s+\d+\s+(?:locations|sites|places)\b", _I
)
# the whole night's or day's attack ('overnight', 'on the night of January 6', 'over the past day')
_NIGHT = re.compile(
    r"\b(?:overnight|on\s+the\s+night\s+of|during\s+the\s+night|over(?:\s+the)?\s+(?:past|last)\s+(?:day|night|24\s+hours)|"
    r"in\s+the\s+(?:past|last)\s+24\s+hours)\b",
    _I,
)
_ENEMY_ATTACKED = re.compile(r"\b(?:the\s+)?enemy\s+(?:\w+\s+)?(?:attacked|struck|launched|hit)\b", _I)
# the attacker named only as the enemy: the speaker's side is the one attacked
# "struck ... temporary deployment points of Ukrainian formations in 152 areas": a bulletin's count of the areas
# its side hit over a day
_AREAS_HIT = re.compile(
    r"\b(?:in|at)\s+(?:more\s+than\s+|over\s+)?\d[\d,]*\s+(?:areas|locations|sites)\b", _I
)
_ENEMY = re.compile(r"\b(?:the\s+)?enemy\b|\bhits?\b[^.;]{0,80}\brecorded\b", _I)
# "86 of the drones were shot down", "adding that 14 of the missiles and 219 drones had been neutralised"
_DOWNED_VERB = r"(?:shot\s+down|downed|neutrali[sz]ed|intercepted|destroyed|suppressed)"
_OF_THOSE = rf"{_NUM}\s+of\s+(?:them|the\s+(?:\w+\s+)?{_AERIAL}|those|these)\b"
# (or told actively: "and that Ukrainian forces downed 108 of them")
_DOWNED_PART = re.compile(
    rf"\b{_OF_THOSE}[^.;]{{0,80}}?\b{_DOWNED_VERB}\b|\b{_DOWNED_VERB}\s+(?:or\s+\w+\s+)?{_OF_THOSE}", _I
)


def wide_strike(sentence: str, trig: Trigger) -> bool:
    """A strike told of the whole night over the whole country: a 'massive' attack, or the hits counted by
    location, or 'the enemy attacked with' its weapons counted in the bulletin of the side attacked. A count of
    what one side launched alone is no strike (the seed codes none for 'Russia had launched
    nearly 500 drones and 40 missiles'): its places, or the count of those downed, tell what became of it."""
    if trig.event_type != EXPLOSIONS:
        return False
    if _HITS_RECORDED.search(sentence) or _AREAS_HIT.search(sentence):
        return True
    # "the enemy attacked with 3 ballistic missiles and 118 drones overnight": the side attacked tells it
    night_attack = _WIDE_WORDS.search(sentence) or (
        _ENEMY_ATTACKED.search(sentence) and _COUNTED_WEAPONS.search(sentence)
    )
    return bool(night_attack and _NIGHT.search(sentence))


def attacked_country(sent, trig: Trigger, speaker, block_sentences, geocoder) -> list[Resolved]:
    """The country a wide strike that names no town of its own hit: the one opponent of the side that struck
    ('Russia fired 18 missiles at Ukraine', 'the Russian Armed Forces delivered a massive strike'), else the
    speaker's own country when the attacker is only 'the enemy' (an air force's overnight statement)."""
    from app.extract.events.actors import last_side_before, opponents, side_of_text

    if not wide_strike(sent.text, trig):
        return []
    side = speaker[1]
    at = trig.spans[0][0]
    striker = last_side_before(sent.text, at, window=120)
    if striker is not None:  # its own strike or the enemy's: the country of the side struck
        rivals = opponents(striker)
        defender = rivals[0] if len(rivals) == 1 else None
    elif striker is None and side is not None and _ENEMY.search(sent.text):
        defender = side
    elif striker is None and side is not None and (hit := side_of_text(sent.text[at:])) not in (None, side):
        defender = hit  # "aviation and artillery struck facilities used by the Ukrainian armed forces"
    else:
        defender = None
    if defender is None:
        return []
    return defended_country(sent, trig, [sent], defender, geocoder)


def _downed_part(sentence: str) -> Trigger | None:
    m = _DOWNED_PART.search(sentence)
    if m is None:
        return None
    return Trigger("shootdown", STRATEGIC, "Disrupted weapons use", ((m.start(), m.end()),))


def _launch_before(sentence: str, downed: Trigger) -> Trigger | None:
    head = sentence[: downed.spans[0][0]]
    own = find_trigger(head)
    if own is None or own.event_type != EXPLOSIONS or not _COUNTED_WEAPONS.search(head):
        return None
    return own


def downed_of_a_launch(sentence: str) -> bool:
    """'Russia fired 18 missiles and 240 drones at Ukraine overnight, ..., adding that 14 of the missiles had been
    neutralised': a launch counted, then the part of it downed."""
    downed = _downed_part(sentence)
    return downed is not None and _launch_before(sentence, downed) is not None


def downed_over_defender(sent, trig: Trigger, speaker, block_sentences, geocoder) -> list[Resolved]:
    """The defending country, for the part of a counted launch downed that the sentence tells, else []."""
    if not downed_of_a_launch(sent.text):
        return []
    return defended_country(sent, trig, block_sentences, speaker[1], geocoder)


def second_act(sent, made: list, speaker, block_sentences, geocoder, context) -> list:
    """A sentence that tells a launch and the count of those downed ('Russia launched 110 drones overnight
    ...; 86 of the drones were shot down', 'Russia fired 240 drones at Ukraine ..., adding that 219 had been
    neutralised') tells two acts: the draft of the act the sentence's places did not give, at country level, on
    the day of the other ([] when there is none). The shoot-down is claimed by the side that defends.
    `context` is (published, the article's sentences, its bullets) for make_draft."""
    from app.extract.events.draft import make_draft

    downed = _downed_part(sent.text)
    launch = _launch_before(sent.text, downed) if downed is not None else None
    if launch is None:
        return []
    if not any(d.event_type == STRATEGIC for d in made):
        found = defended_country(sent, downed, block_sentences, speaker[1], geocoder)
        trig, speaker = downed, (speaker[0] or "air defence", found[0].cand.country_code if found else None)
    elif not any(d.event_type == EXPLOSIONS for d in made):
        trig, found = launch, attacked_country(sent, launch, speaker, block_sentences, geocoder)
    else:
        return []
    if not found:
        return []
    published, sentences, bullets = context
    d = make_draft(found[0], trig, sent, published, (None, None), speaker, sentences, bullets)
    if made:
        d.date, d.precision, d.dated = made[0].date, made[0].precision, made[0].dated
    return [d]
