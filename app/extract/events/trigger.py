"""app.extract.events.trigger: stage 1, what happened — the trigger words of a sentence and the ACLED type
they code (drone strike, shelling, capture, fighting, drones shot down, evacuation, explosive device)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

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
    spans: tuple[tuple[int, int], ...]  # where in the sentence the words that say so are


def _load_triggers() -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    out = []
    for name, spec in load("triggers").items():
        pat = re.compile(rf"\b({alternation(spec['words'])})\b", _I)
        out.append((name, spec["event_type"], spec["sub_event_type"], pat))
    return tuple(out)


# (name, event_type, sub_event_type, pattern), read from lexicons/triggers.yaml
TRIGGERS = _load_triggers()
# who makes a "mob" trigger word (torched, threw stones) an attack on civilians (lexicons/triggers.yaml)
_MOB_ATTACKER = re.compile(rf"\b(?:{alternation(load('triggers')['mob']['attackers'])})\b", _I)
ACT = word_pattern("acts", "act_verbs")
CASUALTY = word_pattern("acts", "casualty_words")
NOT_NOW = re.compile(rf"\b({alternation(load('acts')['not_now'])})\b[^.]{{0,40}}$", _I)
_A = load("acts")
# "had destroyed a Russian Tor-M2 air defence system": destroying military hardware is an attack verb too
_UNDER_ATTACK = re.compile(rf"\b(?:{alternation(_A['under_attack'])})\b", _I)
_GENERIC = re.compile(
    _UNDER_ATTACK.pattern  # "came under heavy fire": the whole phrase is the act
    + "|"
    + word_pattern("acts", "generic_attack_verbs").pattern
    + rf"|\bdestroy(?:ed|ing)(?=\s+(?:[\w’'\-]+\s+){{0,5}}?(?:{alternation(_A['destroyed_objects'])})\b)",
    _I,
)
BACKGROUND = re.compile(rf"\b(?:{alternation(_A['background_frames'])})\b", _I)
# The act word after one of these is not an act that happened (lexicons/acts.yaml).
_IRREALIS_BEFORE = re.compile(
    rf"(?:\b(?:{alternation(_A['modal_verbs'])})\s+(?:not\s+)?(?:\w+ly\s+)?(?:have\s+)?(?:be\s+)?"
    rf"|\b(?:{alternation(_A['capability_words'])})\s+(?:to|of)\s+(?:\w+ly\s+)?"
    # "suspected of helping Russia plan missile strikes on the city": planned, not done
    rf"|\b(?:{alternation(_A['planning_verbs'])})\s+(?:(?:an?|the|more|further|new|[\w\-]+)\s+){{0,2}}"
    rf"|\b(?:{alternation(_A['desire_verbs'])})\b[^,;:.()–—]{{0,70}}?)$",
    _I,
)
_HABITUAL = re.compile(rf"\b(?:{alternation(_A['habitual'])})\b", _I)
# how far (in characters, within one stretch between commas) a habit word reaches from a trigger word
_HABIT_REACH = 40
_AERIAL = re.compile(rf"\b(?:{alternation(_A['aerial_objects'])})\b", _I)
_WEAPON_WORDS = [
    w for name, spec in load("triggers").items() if name in ("air", "shelling", "ied") for w in spec["words"]
]
# any armed actor, war word or weapon (lexicons/acts.yaml armed_context, and the weapon triggers)
ARMED_CONTEXT = re.compile(rf"\b(?:{alternation(_A['armed_context'])}|{alternation(_WEAPON_WORDS)})\b", _I)
_TO_BEFORE = re.compile(r"\bto\s+$", _I)
# "launched 139 drones from ..., of which 121 were shot down": the downed are the aerial objects told before
_OF_WHICH = re.compile(r"\b(?:of|among)\s+(?:which|them|these|those)\b", _I)
_SHELLED = re.compile(r"\bshell(?:ed|ing)\b", _I)
# Damage words that make a bare attack verb an attack ("hit" itself is the verb, so it does not count here:
# "hit a jumper", "the jackpot was hit")
_DAMAGE = re.compile(
    r"\b(damag(?:ed|ing|e)|destroy(?:ed|ing)|wreck(?:ed|ing)|fire|blaze|debris|craters?|"
    r"(?:cut|cutting|knocked\s+out)\s+(?:off\s+)?(?:the\s+)?(?:power|electricity|heating|water))\b",
    _I,
)
# "jets struck weapons depots": a simple-past attack verb on a target noun (not "has attacked ..." in general,
# not "to attack targets" as a purpose)
_STRUCK_OBJECT = re.compile(
    r"(?<!has\s)(?<!have\s)\b(?:struck|hit|attacked|shelled|bombed|targeted|pounded)\s+(?:[\w’'\-]+\s+){0,5}?"
    rf"(?:{alternation(load('acts')['struck_objects'])})\b"
    # the same in the passive: "A substation on the outskirts of Lviv was also struck", "An energy facility in
    # the Odesa region was hit during the night"
    rf"|\b(?:{alternation(load('acts')['struck_objects'])})\b[^.;]{{0,60}}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:also\s+)?(?:struck|hit|attacked|shelled|bombed|targeted|pounded)\b"
    # "said it had destroyed a Russian Tor-M2 air defence system near X": the hardware's destruction is the strike
    rf"|\bdestroy(?:ed|ing)\s+(?:[\w’'\-]+\s+){{0,5}}?(?:{alternation(_A['destroyed_objects'])})\b",
    _I,
)
_FORCES = re.compile(r"\b(Russian|Ukrainian)\s+(?:forces|troops|army|military)\b")
_MOUNTED = re.compile(
    r"\b(?:launched|carried\s+out|staged|mounted|attempted)\b[^.]{0,40}\b(?:attacks?|raids?|strikes?)\s+on\b",
    _I,
)


def realis(text: str, start: int) -> bool:
    """The word at `start` tells something that happened, not something possible, planned or wanted."""
    return not _IRREALIS_BEFORE.search(text, max(0, start - 90), start)


# Any irrealis word at all: most sentences have none, and then every act in them is realis.
_ANY_IRREALIS = re.compile(
    rf"\b(?:{alternation(_A['modal_verbs'])}|{alternation(_A['capability_words'])}|{alternation(_A['planning_verbs'])}|"
    rf"{alternation(_A['desire_verbs'])})\b",
    _I,
)


# "12 fighters of the Azov brigade, captured in Mariupol", "those released had been captured": people taken
# prisoner, not ground taken (people nouns from victims.yaml)
_TAKEN_PRISONER = re.compile(
    rf"\b(?:{alternation(load('victims')['victim_nouns'])}|those\s+(?:released|freed|returned|exchanged)|POWs)\b"
    r"(?:\s+(?:of|from|in|during|at)\s+[^,.;]{1,40}?)?(?:,\s*|\s+(?:who\s+)?(?:were|was|had\s+been|have\s+been|being)\s+)$",
    _I,
)
_NAME_BEFORE = re.compile(r"[A-Z][\w’'\-]*\s+$")


def _in_a_name(text: str, start: int) -> bool:
    """'the Houston Rockets': a capitalised trigger word inside a run of capitalised words is a name."""
    return text[start].isupper() and bool(_NAME_BEFORE.search(text, max(0, start - 30), start))


# "reported no attacks", "there were no new strikes": the act word is denied where it stands
_NEGATED_BEFORE = re.compile(
    r"\b(?:no|not\s+any|without\s+any)\s+(?:(?:new|further|more|other|fresh|major|enemy|hostile)\s+)?$", _I
)


@lru_cache(maxsize=4096)
def _has_irrealis(text: str) -> bool:
    # asked once per trigger pattern of the same sentence: the long alternation ran a dozen times per sentence
    return _ANY_IRREALIS.search(text) is not None


def _realis_spans(pat: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    if not _has_irrealis(text):
        spans = [m.span() for m in pat.finditer(text)]
    else:
        spans = [m.span() for m in pat.finditer(text) if realis(text, m.start())]
    return [(a, b) for a, b in spans if not _NEGATED_BEFORE.search(text, max(0, a - 30), a)]


@lru_cache(maxsize=4096)
def find_trigger(text: str) -> Trigger | None:
    """What happened in `text`, by priority: a shoot-down, a capture, a weapon used (when an act verb says it
    was used), fighting, an evacuation, else a plain attack. Words in an irrealis frame do not count."""
    hits: dict[str, Trigger] = {}
    for name, et, st, pat in TRIGGERS:
        spans = (
            _realis_spans(pat, text)
            if name not in ("air", "shelling", "ied")
            else [m.span() for m in pat.finditer(text) if not _in_a_name(text, m.start())]
        )
        if spans:
            hits[name] = Trigger(name, et, st, tuple(spans))
    # the last resort: armed men killed, with no act or weapon word of another kind
    last = hits.pop("armed_killed", None)
    if last is not None:
        last = replace(last, kind="fighting")  # coded as fighting is
    if not hits:
        return _generic_attack(text) or last
    if "shootdown" in hits and any(
        _AERIAL.search(text, max(0, a - 80), b + 80)
        or (_OF_WHICH.search(text, max(0, a - 40), a) and _AERIAL.search(text, 0, a))
        for a, b in hits["shootdown"].spans
    ):
        return hits["shootdown"]  # drones shot down, missiles intercepted — not "shot down rumours"
    hits.pop("shootdown", None)
    if not hits:
        return _generic_attack(text) or last
    if "capture" in hits:
        spans = tuple(
            (a, b) for a, b in hits["capture"].spans if not _TAKEN_PRISONER.search(text, max(0, a - 80), a)
        )
        if spans:
            return replace(hits["capture"], spans=spans)
        hits.pop("capture")
        if not hits:
            return _generic_attack(text) or last
    acts = bool(_realis_spans(ACT, text) or CASUALTY.search(text))
    for name in ("ied", "air", "shelling"):
        if name in hits and acts:
            if name == "air" and "shelling" in hits and _SHELLED.search(text):
                return hits["shelling"]
            return hits[name]
    if "mob" in hits and _MOB_ATTACKER.search(text):
        return hits["mob"]
    if "fighting" in hits:
        return hits["fighting"]
    if "shooting" in hits:
        return _aimed(text, hits["shooting"], armed_killed=last is not None)
    if "demolition" in hits:
        return hits["demolition"]
    if "evacuation" in hits:
        # an evacuation order codes no event (coder.py): an attack with victims told beside it is one ("ordered
        # the evacuation after attacks on the town killed two")
        return (CASUALTY.search(text) and (_generic_attack(text) or last)) or hits["evacuation"]
    return _generic_attack(text) or last


# what shooting is aimed at when it is a clash rather than an attack on civilians (lexicons/triggers.yaml)
_ARMED_TARGET = re.compile(rf"\b(?:{alternation(load('triggers')['shooting']['armed_targets'])})\b", _I)
_AIM_REACH = 50  # characters after the shooting words in which what they were aimed at is named
# "a boy was shot dead by Israeli troops": armed men named as the agent of a passive are who shot, not the target
_BY_AGENT = re.compile(r"\s+by\s+(?:[\w’'\-]+\s+){0,3}", _I)


def _aimed(text: str, shooting: Trigger, *, armed_killed: bool = False) -> Trigger:
    """'Gunmen opened fire on a bus' is an attack on civilians; 'militants opened fire at troops' and 'soldiers
    shot dead two gunmen' are clashes: what was fired at, named in the clause right after the words (not the
    agent of a passive). Armed men killed in the same sentence ('troops killed two militants who opened fire at
    them') make it a clash too."""
    clash = replace(shooting, kind="fighting", event_type=BATTLES, sub_event_type="Armed clash")
    a, b = shooting.spans[0]
    if armed_killed or _ARMED_TARGET.search(text[a:b]):
        return clash
    stop = re.compile(r"[,;.]").search(text, b)
    aimed = _ARMED_TARGET.search(text, b, min(b + _AIM_REACH, stop.start() if stop else len(text)))
    if aimed and not _BY_AGENT.fullmatch(text, b, aimed.start()):
        return clash
    return shooting


def downed_of_those_told(text: str, before: str) -> Trigger | None:
    """'Russia launched 84 drones overnight. Air defence units shot down 61 of them.': a shoot-down whose
    aerial objects were named in the sentence before."""
    name, et, st, pat = next(t for t in TRIGGERS if t[0] == "shootdown")
    spans = _realis_spans(pat, text)
    if not spans or not _AERIAL.search(before) or _AERIAL.search(text):
        return None
    return Trigger(name, et, st, tuple(spans))


GROUND_REACH = 140  # characters before an attack word in which the armed men who made it are named


def _generic_attack(text: str) -> Trigger | None:
    """'An attack in X killed two people': violence with no weapon named -> shelling/missile by default."""
    # "planned ... to attack a police station": an infinitive of purpose is no attack that happened
    done = [(a, b) for a, b in _realis_spans(_GENERIC, text) if not _TO_BEFORE.search(text, max(0, a - 4), a)]
    if done and (
        CASUALTY.search(text)
        or _DAMAGE.search(text)
        or _STRUCK_OBJECT.search(text)
        or _FORCES.search(text)
        or _MOUNTED.search(text)
        or _UNDER_ATTACK.search(text)
    ):
        spans = tuple(m.span() for m in _GENERIC.finditer(text))
        # "fighters of the Allied Democratic Forces killed 18 people ... in an overnight raid": the attackers
        # may stand a long clause before the attack noun
        ground = _GROUND_ATTACKER.search(text, max(0, done[0][0] - GROUND_REACH), done[0][0])
        assault = _ASSAULT_VERB.match(text, done[0][0]) is not None
        # what was attacked is told before the attribution (", the army-aligned government said" is no target)
        told = _SOURCE_TAIL.search(text, done[0][1])
        if (
            ground
            and assault
            and _MILITARY_TARGET.search(text, done[0][1], told.start() if told else len(text))
        ):
            # "jihadist fighters attacked an army post": armed men on the ground against soldiers
            return Trigger("fighting", BATTLES, "Armed clash", spans)
        if ground and not ground.group("state") and _CIVILIAN_VICTIMS.search(text, ground.end()):
            # "gunmen attacked a village, killing 20 villagers", "ADF fighters killed 38 people in an attack on
            # X": no weapon from afar, no armed opponent
            return Trigger("generic", VIOLENCE, "Attack", spans)
        return Trigger("generic", EXPLOSIONS, "Shelling/artillery/missile attack", spans)
    return None


VIOLENCE = "Violence against civilians"
_SOURCE_TAIL = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'\-]+\s+){0,5}?(?:said|says|told|reported|claimed)\b"
)
# Only an assault verb makes armed men against a military target a clash: "forces hit the Saky air base" is a
# strike from afar, "fighters attacked an army post" a battle.
_ASSAULT_VERB = re.compile(r"attack|storm|raid", _I)
_GROUND_ATTACKER = re.compile(
    r"\b(?:(?P<state>troops|soldiers|forces)|fighters|gunmen|militants|jihadists?|rebels|insurgents|assailants|"
    r"attackers|armed\s+men|bandits)\b",
    _I,
)
_MILITARY_TARGET = re.compile(
    r"\b(?:army|military|post|outpost|base|checkpoint|soldiers|troops|patrol|convoy|barracks|garrison|positions?)\b",
    _I,
)
_CIVILIAN_VICTIMS = re.compile(
    r"\b(?:villagers|civilians|worshippers|residents|farmers|herders|displaced|mourners|passengers|women|children|"
    r"people)\b",
    _I,
)


# Where one clause of a sentence ends and the next begins: "drones struck X as troops advanced on Y".
_CLAUSE_BREAK = re.compile(
    r"[;–—]|\s(?:(?<!well\s)(?<!such\s)as(?!\s+(?:well|part|a\s+result))|after|while|amid|whereas|but|before|when)\s"
    # "its forces had destroyed a launcher near X, and shot down 45 drones over Y": a second act, a second clause
    r"|,\s+and\s+(?=(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:shot|downed|intercepted|destroyed|struck|hit|"
    r"captured|seized|took|repelled|killed|wounded|injured)\b)"
    # "had seized the town of X and had struck a workshop in Y": no comma, but the auxiliary again
    r"|\s(?=and\s+(?:also\s+)?(?:had|has|have)\s+(?:also\s+)?(?:shot|downed|intercepted|destroyed|struck|hit|shelled|"
    r"bombed|attacked|targeted|captured|seized|taken|repelled|killed)\b)",
    _I,
)


def clause_of(text: str, pos: int) -> tuple[int, int]:
    """The clause of `text` that holds offset `pos`."""
    start, end = 0, len(text)
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def trigger_at(text: str, pos: int, sentence_trigger: Trigger) -> Trigger:
    """What happened at the place at `pos`: the clause's own trigger when the clause codes another event type
    than the sentence as a whole (a strike in one clause, an advance in the next), else the sentence's."""
    a, b = clause_of(text, pos)
    if (a, b) == (0, len(text)):
        return sentence_trigger
    own = find_trigger(text[a:b])
    if own is None or own.event_type == sentence_trigger.event_type:
        return sentence_trigger
    return Trigger(own.kind, own.event_type, own.sub_event_type, tuple((x + a, y + a) for x, y in own.spans))


_CAMPAIGN_BEFORE = re.compile(rf"\b(?:{alternation(_A['campaign'])})$", _I)


def over_a_campaign(text: str, spans) -> bool:
    """Every act word of the sentence is told as weeks or months of it ('power cuts would continue on Thursday
    ... because of damage from weeks of Russian attacks'): a campaign the sentence gives as a cause, no event."""
    return bool(spans) and all(_CAMPAIGN_BEFORE.search(text[max(0, a - 60) : a]) for a, _b in spans)


def habitual(text: str, spans=None) -> bool:
    """Every trigger word of the sentence is told as a habit ('is shelled almost daily', 'which drones have
    struck repeatedly'): a habit word near it, with no comma or semicolon between them."""
    if not _HABITUAL.search(text):
        return False
    spans = all_spans(text) or list(spans or ())  # a generic attack ("keep hitting targets") has its own
    if not spans:
        return False
    for a, b in spans:
        lo, hi = max(0, a - _HABIT_REACH), min(len(text), b + _HABIT_REACH)
        left = text[lo:a]
        cut = max(left.rfind(","), left.rfind(";"))
        lo = lo + cut + 1 if cut >= 0 else lo
        right = text[b:hi]
        stops = [i for i in (right.find(","), right.find(";")) if i >= 0]
        hi = b + min(stops) if stops else hi
        if not _HABITUAL.search(text, lo, hi):
            return False
    return True


def all_spans(text: str) -> list[tuple[int, int]]:
    """Every trigger word of every kind in the sentence, in text order."""
    return list(_all_spans(text))


@lru_cache(maxsize=1024)  # bulletins repeat their lines word for word
def _all_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sorted(m.span() for _n, _e, _s, pat in TRIGGERS for m in pat.finditer(text)))
