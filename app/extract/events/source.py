"""app.extract.events.source: who tells it — the source a sentence attributes its report to ('Russia's Ministry
of Defence said', 'according to the governor', 'It also said' for the source told before) and which side that
source speaks for. Claim status (status.py) weighs that side against the side that acted."""

from __future__ import annotations

import re
from functools import lru_cache

from app.extract.events.actors import opponents, side_of_text
from app.extract.events.descriptors import GENERIC_ARMY, STATE_MEDIA, same_source, state_army_of
from app.extract.events.lexicons import alternation, load, word_pattern

_I = re.I
_VERBS = alternation(load("attribution")["attribution_verbs"])
ATTRIB = re.compile(
    # who starts at a word start and its words are possessive (*+, ++): no backtracking inside a word, so a
    # long unbroken token costs linear time, not quadratic (the matches are the same: a word is only ever
    # followed by whitespace here).
    r"(?:according\s+to\s+(?P<acc>[^,.;]{3,80})|(?P<who>(?<![\w’'\-])(?:[A-Z][\w’'\-]*+\s+){0,6}(?:[A-Za-z’'\-]++\s+){0,4}?)"
    rf"(?:{_VERBS})\b|(?:said|says|claimed|reported)\s+(?P<post>[^,.;]{{3,60}}))"
)
OFFICIAL = word_pattern("attribution", "officials")
# "It also said", "the group said", "he added": the source told just before speaks again
_ANAPHORIC_SOURCE = re.compile(
    r"^(?:it|he|she|they|(?:the|that|this)\s+(?:ministry|military|army|air\s+force|navy|group|movement|militia|governor|mayor|"
    r"official|agency|statement|spokes(?:man|woman|person)|source|rebels|militants|command|administration))(?:\s+(?:also|later|further|earlier|then))?$",
    _I,
)


# "07:30 GMT - Russia says ...": a live blog entry's time stamp is not part of who speaks
_TIMESTAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|CET|EET|MSK|local\s+time)?\s*[-–—:|]\s*", _I)
# "Tula regional governor, Dmitry Milyaev, said": the name in commas between the title and the verb
_APPOSED_NAME = re.compile(rf",\s*(?:[A-Z][\w’'\-.]*\s+){{0,3}}[A-Z][\w’'\-]*,\s+(?=(?:{_VERBS})\b)")


# "The Rapid Support Forces (RSF) claimed": the acronym in brackets is no word of the source's name
_ACRONYM = re.compile(r"\s\([A-Z][A-Za-z\-]{1,9}\)(?=\s)")
# the acronym of the source, right before its verb
_SOURCE_ACRONYM = re.compile(rf"\(([A-Z][A-Za-z\-]{{1,9}})\)\s+(?:{_VERBS})\b")
# "Syrskyi, speaking at a briefing in Kyiv on 16 December, said": an aside between the source and its verb
_ASIDE = re.compile(
    rf",\s*(?:speaking|writing|addressing|talking|responding|commenting|briefing)\b[^,;]{{0,90}},\s+(?=(?:{_VERBS})\b)"
)


# "Moscow also said", "the army later claimed": an adverb before the verb is no word of the source's name
_TRAILING_ADVERB = re.compile(
    r"(?<=\S)\s+(?:also|again|later|further|earlier|then|now|too|repeatedly|separately|previously|subsequently|"
    r"meanwhile|swiftly|quickly|immediately|initially|officially|publicly|formally)$"
)
_CLAUSE_OPENER = re.compile(r"^(?:where|when|while|whereas|as|after|and|but)\s+", re.I)
# "of Ukraine's Kherson region said", "in the occupied town said": the seat of a source, not the source
_TAIL_OF_SOURCE = re.compile(r"^(?:of|in|at|from|for)\s", _I)
# the officials before their seat, with up to two words that say whose they are ("Russian-installed officials")
_HEAD_OF_SOURCE = re.compile(
    rf"((?:[\w’'\-]+\s+){{0,2}}?(?:{alternation(load('attribution')['officials'])}))\s+(?:in|of|at|from|for)\s[^.;]*$",
    _I,
)


# "the governor of ...": the official whose title the words before the verb end
_TITLE_RIGHT_BEFORE = re.compile(
    r"\b((?:the\s+)?(?:regional\s+|city\s+|provincial\s+)?(?:governor|mayor|head|chief))\s+$", _I
)


@lru_cache(maxsize=1024)  # bulletins repeat their lines word for word
def speaker(
    sentence: str, previous: tuple[str | None, str | None] = (None, None)
) -> tuple[str | None, str | None]:
    """Who the sentence attributes the report to, and which side that is (None when not one side). A pronoun
    or 'the ministry' as the source is the `previous` source of the story, when there is one."""
    clean = _ASIDE.sub(" ", _APPOSED_NAME.sub(" ", _ACRONYM.sub("", _TIMESTAMP.sub("", sentence))))
    m = ATTRIB.search(clean)
    if not m:
        return None, None
    who = (m.group("acc") or m.group("who") or m.group("post") or "").strip(" ,")
    who = _CLAUSE_OPENER.sub("", who)  # "..., where Governor X said": the governor, not "where Governor X"
    who = _TRAILING_ADVERB.sub("", who)  # "Moscow also said": Moscow
    # "Russian-installed officials in the occupied part of Ukraine's Kherson region said": the words before the
    # verb are the tail of the source's seat; the officials and whose they are stand before it
    if (
        m.group("who")
        and _TAIL_OF_SOURCE.match(who)
        and (head := _HEAD_OF_SOURCE.search(clean, 0, m.start("who")))
        and side_of_text(head.group(1))
    ):
        return clean[head.start(1) : m.end("who")].strip()[:80], side_of_text(head.group(1))
    if (
        m.group("who")
        and _TAIL_OF_SOURCE.match(who)
        and (title := _TITLE_RIGHT_BEFORE.search(clean, 0, m.start("who")))
    ):
        # "the governor of the Leningrad region said": the official is the source, not the tail of his title
        return clean[title.start(1) : m.end("who")].strip()[:80], side_of_text(who)
    if _ANAPHORIC_SOURCE.match(who) and previous[0] and same_source(who, previous[0]):
        return previous
    if not who or not (re.search(r"[A-Z]", who) or OFFICIAL.search(who)):
        return None, None  # "but no injuries were reported" names no one
    side = side_of_text(who)
    if side is None and (acr := _SOURCE_ACRONYM.search(sentence)) and side_of_text(acr.group(1)):
        # "The Group for the Support of Islam and Muslims (JNIM) said": a long name cut short, its acronym known
        who, side = f"{who} ({acr.group(1)})", side_of_text(acr.group(1))
    if side is None and (GENERIC_ARMY.search(who) or STATE_MEDIA.search(who)):
        # "The army said ... RSF drones": Sudan's army; "state media reported" in a war with one state army
        side = state_army_of(sentence)
    return who[:80], side


def other_side(actor: str | None) -> str | None:
    """The one opponent of `actor` (Russia <-> Ukraine, SAF <-> RSF), or None when there are several or none."""
    others = opponents(actor)
    return others[0] if len(others) == 1 else None
