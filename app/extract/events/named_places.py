"""app.extract.events.named_places: which places each sentence of the article being coded names, so that a
denial is read as answering the places it names (or, when it names none, the claim told right before it)."""

from __future__ import annotations

import re

from app.extract.events.seats import speaker_before

# "made no comment on Kurylivka but called the claim about Yampil fiction": a place left unanswered
_UNANSWERED = re.compile(
    r"\b(?:no|not|without)\s+(?:immediate\s+)?(?:comment(?:ed)?|respon(?:d|se))\s+(?:on|to)\s+(?:the\s+claim\s+(?:about|on)\s+)?$",
    re.I,
)


def answers(key: str, text: str, normalize) -> bool:
    """The denial names the place, and not as one it leaves unanswered."""
    norm = normalize(text)
    at = norm.find(key)
    return at >= 0 and not _UNANSWERED.search(norm[:at])


# The keys of the places each sentence of the article being coded names (by the sentence's start offset), set
# once per article by the coder (note_places): a denial that names places speaks about those.
PLACES_NAMED: dict[int, frozenset[str]] = {}


def answers_another(sentences: list, here: int, there: int, key: str) -> bool:
    """A placeless denial told before the act, or right after a sentence of its own paragraph that names another
    place (the claim it answers)."""
    if there < here:
        return True
    return any(
        sentences[n].block == sentences[there].block
        and key not in PLACES_NAMED.get(sentences[n].start, {key})
        for n in range(here + 1, there)
    )


def no_place_between(sentences: list, here: int, there: int) -> bool:
    return not any(sentences[n].start in PLACES_NAMED for n in range(here + 1, there))


# towns and sites, not capitals or regions: their names are not used for a government that speaks
_NAMED_AGAIN_KINDS = ("settlement", "facility")


def note_places(by_sentence: dict[int, list], texts: dict[int, str] | None = None, normalize=None) -> None:
    """Remember which places each sentence of the article names (countries left out: 'Ukraine denied'). With
    `texts` (each sentence's text by its start), a town the article resolved elsewhere counts as named where a
    sentence repeats its name unspotted ('... said Prymorske remained under Ukrainian control')."""
    PLACES_NAMED.clear()
    for start, items in by_sentence.items():
        keys = frozenset(r.spot.key for r in items if r.cand.kind != "country")
        if keys:
            PLACES_NAMED[start] = keys
    if not texts or normalize is None:
        return
    towns = {r.spot.key for items in by_sentence.values() for r in items if r.cand.kind in _NAMED_AGAIN_KINDS}
    if not towns:
        return
    again = re.compile(rf"\b(?:{'|'.join(re.escape(k) for k in sorted(towns, key=len, reverse=True))})\b")
    for start, text in texts.items():
        norm = normalize(text)
        # "an army spokesman in Port Sudan denied ...": where the denier sits is no place the denial answers
        found = frozenset(
            m.group(0)
            for m in again.finditer(norm)
            if not speaker_before(norm[max(0, m.start() - 80) : m.start()])
        )
        if found - PLACES_NAMED.get(start, frozenset()):
            PLACES_NAMED[start] = PLACES_NAMED.get(start, frozenset()) | found
