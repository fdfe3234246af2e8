"""app.extract.events.actors: stage 5, who acted and against whom — the sides a text names (from the
belligerents lexicon), the perpetrator of an act, and ACLED's actor labels."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from app.extract.events.lexicons import alternation, fragment, load, word_pattern

_I = re.I


@cache
def sides() -> dict[str, dict]:
    """Side code -> {"actor", "label", "names", "theatre", "theatres"} over every theatre of belligerents.yaml;
    "theatre" is where the side is defined, "theatres" every war it fights in (an empty entry joins a side
    defined in another theatre to this one)."""
    out: dict[str, dict] = {}
    joins: list[tuple[str, str]] = []
    for theatre, members in load("belligerents")["theatres"].items():
        for code, spec in members.items():
            if spec:
                out[str(code)] = {**spec, "theatre": theatre, "theatres": {theatre}}
            else:
                joins.append((str(code), theatre))
    for code, theatre in joins:
        out[code]["theatres"].add(theatre)
    return out


@cache
def _side_patterns() -> dict[str, re.Pattern[str]]:
    """Side code -> the proper names that name it."""
    return {code: re.compile(rf"\b({alternation(s['names'])})\b") for code, s in sides().items()}


@cache
def _any_side() -> re.Pattern[str]:
    """The names of every side in one alternation: one scan of a text instead of one per side."""
    return re.compile(rf"\b(?:{'|'.join(alternation(s['names']) for s in sides().values())})\b")


def names_a_side(text: str) -> bool:
    """Whether `text` names any side (side_mentions(text) is not empty)."""
    return _any_side().search(text) is not None


def opponents(code: str | None) -> list[str]:
    """The other sides of the theatre `code` fights in."""
    s = sides().get(code or "")
    if s is None:
        return []
    return [c for c, o in sides().items() if o["theatres"] & s["theatres"] and c != code]


def side_label(code: str | None) -> str | None:
    s = sides().get(code or "")
    return s["label"] if s else None


def side_actor(code: str | None) -> str | None:
    s = sides().get(code or "")
    return s["actor"] if s else forces(code)


_UKRAINE_WAR = ("RU", "UA")


@lru_cache(maxsize=64)  # asked once per place of the sentence
def _other_theatre(sentence: str) -> bool:
    """The sentence names a side of a war other than Russia-Ukraine."""
    return any(code not in _UKRAINE_WAR for code in side_mentions(sentence))


_OBJECT_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|struck|striking|hit|hitting|targeted|targeting|attacked|attacking|shelled|bombed|"
    r"blew\s+up|destroyed|destroying|ambushed|downed|shot\s+down|intercepted|against|on|at)\s+(?:[\w\-]+\s+){0,2}$",
    _I,
)
_SAID = word_pattern("attribution", "attribution_verbs")  # who tells it, between the side and "its"
_PRONOUN_ACT = re.compile(r"\b(?:it|they|its|their)\b[^,;.]{0,40}$", _I)
_BY_SIDE = re.compile(r"[^,;.]{0,80}?\bby\s+(?:the\s+)?", _I)


def _named_actor(sentence: str, start: int, speaker_side: str | None) -> str | None:
    """Any theatre: the side named last before the act ('Israeli strikes', 'the RSF shelled'), the speaker's
    own side for 'it'/'its' ('the army said it struck'), or the side after 'by' ('shelled by the RSF')."""
    best: tuple[int, str] | None = None
    for code, pat in _side_patterns().items():
        for m in pat.finditer(sentence, max(0, start - 80), start + 30):
            if _OBJECT_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
                continue  # "killed three Hezbollah fighters": the side hit, not the side acting
            if m.start() <= start and (best is None or m.start() > best[0]):
                best = (m.start(), code)
    pron = _PRONOUN_ACT.search(sentence, max(0, start - 60), start)
    if speaker_side and pron and (best is None or pron.start() > best[0]):
        if best is not None and not _SAID.search(sentence, best[0], pron.start()):
            return best[1]  # "Israel launched its heaviest strikes ..., the health ministry said": Israel's
        return speaker_side
    if best is not None and _SOURCE_THEN_STATE_FORCE.search(sentence, best[0], start + 30):
        # "the Arakan Army said navy vessels shelled ...": the side named is the source; unnamed state forces
        # acted, the one state army among its opponents
        states = [c for c in opponents(best[1]) if (side_actor(c) or "").startswith("Military Forces of")]
        if len(states) == 1:
            return states[0]
    if best is not None:
        return best[1]
    by = _BY_SIDE.match(sentence, start)
    if by:
        for code, pat in _side_patterns().items():
            if pat.match(sentence, by.end()):
                return code
    return None


# "<side> said navy vessels / military jets / warships ...": a source, then state forces it does not name
_SOURCE_THEN_STATE_FORCE = re.compile(
    r"\b(?:said|says|reported|claimed|accused)\s+(?:that\s+)?(?:the\s+)?(?:[\w\-]+\s+)?"
    r"(?:navy|naval|warships?|gunboats?|fighter\s+jets|air\s+force|junta|"
    r"(?:military|junta[’']s)\s+(?:jets?|aircraft|helicopters?|drones?|air\s*strikes?|airstrikes?|bombing|"
    r"shelling|artillery))\b",
    _I,
)


@lru_cache(maxsize=512)  # asked for each place of a sentence; the answer is only read
def side_mentions(text: str) -> dict[str, int]:
    """How often each side is named in `text` (sides not named are left out)."""
    out = {}
    for code, pat in _side_patterns().items():
        n = len(pat.findall(text))
        if n:
            out[code] = n
    return out


def last_side_before(text: str, pos: int, window: int = 80) -> str | None:
    """The side named last in the `window` characters before `pos`."""
    hits = [
        (m.start(), code)
        for code, pat in _side_patterns().items()
        for m in pat.finditer(text, max(0, pos - window), pos)
        if not _OBJECT_BEFORE.search(text, max(0, m.start() - 30), m.start())  # "downed 14 Ukrainian drones"
    ]
    return max(hits)[1] if hits else None


def side_of_text(text: str) -> str | None:
    """The one side a text names, or None when it names none or several."""
    named = side_mentions(text)
    return next(iter(named)) if len(named) == 1 else None


def _demonyms() -> dict[str, str]:
    from app.extract.resolve import DEMONYMS

    return DEMONYMS


@cache
def _side_word() -> re.Pattern[str]:
    dems = "|".join(sorted((d.capitalize() for d in _demonyms()), key=len, reverse=True))
    return re.compile(
        rf"\b(Russian|Russia[’']s|Moscow[’']s|Russia|Ukrainian|Ukraine[’']s|Kyiv[’']s|Ukraine|its|their|{dems})\s+"
        r"(?:[\w\-]+\s+){0,3}?"
        # "the Russian Armed Forces": a body's capitalised name too
        r"((?i:forces|troops|army|military|drones?|missiles?|strikes?|air\s?strikes?|attacks?|shelling|units|"
        r"air\s+defen[cs]es?|navy|artillery|jets|aircraft|warplanes|pilots|soldiers|servicemen|fighters))\b"
    )


@cache
def _group() -> re.Pattern[str]:
    groups = load("belligerents")["armed_groups"]
    return re.compile(rf"\b({'|'.join(fragment(g) for g in groups)})\b")


_AERIAL_NOUN = re.compile(r"\b(?:drones?|missiles?|rockets?|jets|aircraft|warplanes|uavs?)\b", _I)
_WITHDRAW = re.compile(r"\b(withdr(?:ew|awn)|retreat(?:ed)?|pulled\s+out)\b", _I)


def perpetrator(sentence: str, cc: str | None, kind: str, spans, speaker_side: str | None) -> str | None:
    """Which side acted: the side named next to the act ('Russian forces had occupied', 'its drones had
    struck' = the speaker's side), else the side named anywhere, else by where it happened."""
    defend = _DEFEND.search(sentence) if kind in ("fighting", "capture") else None
    if defend is not None:
        attacker = _side_right_after(sentence, defend.end())
        if attacker is not None:
            return (
                attacker  # "repelled 12 Russian assaults", "repelled an M23 attack": the side that attacked
            )
    actor = _acting_side(sentence, cc, kind, spans, speaker_side, by_place=defend is None)
    if defend is not None and actor is not None and _one_opponent(actor):
        return _one_opponent(actor)  # "the army said it had repelled an attack": the other side attacked
    if defend is not None:
        # "our defenders repelled six attacks near Kupiansk": no side named, so the place says who attacked
        return _acting_side(sentence, cc, kind, spans, speaker_side)
    return actor


_DEFEND = re.compile(
    r"\b(?:repelled|repulsed|repel(?:s|ling)?|beat(?:en)?\s+back|fought\s+off|held\s+off|thwarted)\b", _I
)


def _side_right_after(sentence: str, pos: int) -> str | None:
    """The side named within a few words after `pos` ('... 12 Russian assaults')."""
    hits = [
        (m.start(), code)
        for code, pat in _side_patterns().items()
        for m in pat.finditer(sentence, pos, min(len(sentence), pos + 30))
    ]
    return min(hits)[1] if hits else None


def _one_opponent(code: str) -> str | None:
    others = opponents(code)
    return others[0] if len(others) == 1 else None


def _acting_side(
    sentence: str, cc: str | None, kind: str, spans, speaker_side: str | None, *, by_place: bool = True
) -> str | None:
    start = spans[0][0] if spans else len(sentence)
    if _other_theatre(sentence):
        named = _named_actor(sentence, start, speaker_side)
        if named is not None:
            if kind == "capture" and _WITHDRAW.search(sentence) and _one_opponent(named):
                return _one_opponent(named)  # "the army said its troops had withdrawn from X"
            return named
    dem = _demonyms()

    def side_of(word: str, at: int = -1) -> str | None:
        w = word.lower()
        if w in ("its", "their"):
            # "Russia launched one of its largest air attacks, officials in Kyiv said": the side the clause
            # names before "its" owns it; with none named, the speaker's ("the army said its drones")
            return (last_side_before(sentence, at, 60) if at >= 0 else None) or speaker_side
        if w in dem and w not in ("russian", "ukrainian"):
            return dem[w]
        return "RU" if w.startswith(("russia", "moscow")) else "UA"

    every = _acting_side_words(sentence)
    if kind == "capture":
        # "pushed Russian troops out of X": the side inside the phrase is the one driven out, not the actor
        out_of = [(a, b) for a, b in spans if _OUT_OF_END.search(sentence, a, b)]
        every = tuple(w for w in every if not any(a <= w[0] and w[1] <= b for a, b in out_of))
    if kind == "shootdown":
        # "downed 16 Ukrainian drones": the side whose drones fell is the target, not the side that downed them
        every = tuple(w for w in every if not _AERIAL_NOUN.search(sentence, w[0], w[1]))
    near = [(a, w) for a, b, w in every if b <= start + 30 and a >= start - 70]
    actor = side_of(near[-1][1], near[-1][0]) if near else None
    if actor is None and every:
        actor = side_of(every[0][2], every[0][0])
    if actor is None and speaker_side and _SPEAKER_PRONOUN_BEFORE.search(sentence, max(0, start - 30), start):
        actor = speaker_side  # "Ukraine's General Staff said it had struck ...": the speaker acted
    if actor is None and kind != "shootdown":
        # "Special forces hit a Russian Pantsir system near X": the side whose hardware was hit names no actor,
        # but in a war of two sides the other one struck
        hit = {
            code
            for code, pat in _side_patterns().items()
            for m in pat.finditer(sentence)
            if _HIT_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
        }
        if len(hit) == 1 and (one := _one_opponent(next(iter(hit)))):
            actor = one
    if kind == "capture" and _WITHDRAW.search(sentence) and actor and _one_opponent(actor):
        actor = _one_opponent(actor)  # "its forces withdrew from X": the other side took it
    if actor:
        return actor
    if kind == "shootdown" and by_place:
        if speaker_side in sides():
            return speaker_side  # "air defence means destroyed 63 UAVs ... over Crimea": whoever tells it downed them
        return cc if cc in ("RU", "UA") else None
    # the other side of the place's country attacked it (by_place=False: "repelled" leaves that to the caller)
    if cc == "UA" and by_place:
        return "RU"
    if cc in ("RU", "BY") and by_place:
        return "UA"
    if cc in sides() and _STATE_ACT.search(sentence, max(0, start - 50), start + 5):
        return cc  # "an army drone strike near Dori": the army of the country it happened in
    return None


_SPEAKER_PRONOUN_BEFORE = re.compile(
    r"\b(?:said|says|claimed|reported|added)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?$",
    _I,
)
_OUT_OF_END = re.compile(r"\b(?:out|back)\s+(?:of|from)$", _I)  # "pushed Russian troops back from X" too
_HIT_BEFORE = re.compile(
    r"\b(?:hit|hitting|struck|striking|targeted|targeting|attacked|attacking|shelled|bombed|blew\s+up|destroyed|"
    r"destroying|ambushed)\s+(?:a|an|the|two|several|\d+)\s+$",
    _I,
)
# "an army drone strike near Dori" (not "the military said a rocket fell near X": the army speaking)
_STATE_ACT = re.compile(
    r"\b(?:army|military|air\s+force|government\s+forces|junta)\b"
    r"(?!(?:[’']s)?\s+(?:\w+\s+){0,2}?(?:said|says|reported|claimed|announced|added|stated|told)\b)",
    _I,
)


def group_before(sentence: str, spans) -> str | None:
    """'the Rapid Support Forces shelled El Fasher': a named armed group right before the act."""
    start = spans[0][0] if spans else len(sentence)
    hits = [m for m in _group().finditer(sentence) if start - 70 <= m.start() <= start]
    return " ".join(hits[-1].group(1).split()) if hits else None


def demonym_codes(text: str) -> list[str]:
    dem = _demonyms()
    return [
        dem[m.group(0).lower()] for m in re.finditer(r"\b[A-Z][a-z]+\b", text) if m.group(0).lower() in dem
    ]


# Country code -> name, filled from the gazetteer as articles name countries.
COUNTRY_NAMES: dict[str, str] = {"RU": "Russia", "UA": "Ukraine"}


def learn_country_names(parsed, gaz) -> None:
    """Remember the names of the countries an article's places and demonyms belong to."""
    codes = {r.cand.country_code for r in parsed.resolved} | set(demonym_codes(parsed.article.text))
    for cc in codes:
        if cc and cc not in COUNTRY_NAMES:
            ci = gaz.country_place(cc)
            if ci is not None:
                COUNTRY_NAMES[cc] = gaz.names[ci]


def continue_story(d, drafts) -> None:
    """An act whose sentence names no side ('Seven more people were killed when a strike hit a school in
    Rafah') continues the story told just before in the article: the same kind of act in the same country
    was by the side named there."""
    for prev in reversed(drafts):
        if (
            prev.actor1
            and prev.event_type == d.event_type
            and prev.res.cand.country_code == d.res.cand.country_code
        ):
            d.actor1 = prev.actor1
            return


def forces(cc: str | None) -> str | None:
    name = COUNTRY_NAMES.get(cc or "")
    return f"Military Forces of {name}" if name else None


def civilians(cc: str | None) -> str | None:
    name = COUNTRY_NAMES.get(cc or "")
    return f"Civilians ({name})" if name else None


@lru_cache(maxsize=256)
def _acting_side_words(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """The side words of the sentence that do not name the side hit ("its forces had hit a Russian air
    defence system": the side named as the object is the one hit); once per sentence, for all its places."""
    return tuple(
        w
        for w in _side_words(sentence)
        if not _HIT_BEFORE.search(sentence, max(0, w[0] - 30), w[0])
        and not _ATTACK_ON_BEFORE.search(sentence, max(0, w[0] - 40), w[0])
    )


# "a massive attack on Ukraine", "strikes against Russian refineries": the side after it is the one hit
_ATTACK_ON_BEFORE = re.compile(
    r"\b(?:attacks?|strikes?|assaults?|offensive|invasion|war|barrage|bombardment|raids?)[”\"’]?\s+"
    r"(?:on|against|of)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$",
    _I,
)


@lru_cache(maxsize=256)
def _side_words(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of every side word in the sentence, scanned once for all its places."""
    return tuple((m.start(), m.end(), m.group(1)) for m in _side_word().finditer(sentence))
