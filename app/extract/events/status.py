"""app.extract.events.status: stage 6, claim status — who says it (the attribution of the sentence), and
whether the acting side's own officials claim it or the other side denies it.

"claimed" when the source is the side that acted ("Russia's Ministry of Defence said its troops captured X"),
"disputed" when the other side denies or contradicts it (here or elsewhere in the article), else "reported".
"""

from __future__ import annotations

import re

from app.extract.events.actors import side_of_text
from app.extract.events.lexicons import alternation, load, word_pattern

_I = re.I
_VERBS = alternation(load("attribution")["attribution_verbs"])
ATTRIB = re.compile(
    r"(?:according\s+to\s+(?P<acc>[^,.;]{3,80})|(?P<who>(?:[A-Z][\w’'\-]*\s+){0,6}(?:[A-Za-z’'\-]+\s+){0,4}?)"
    rf"(?:{_VERBS})\b|(?:said|says|claimed|reported)\s+(?P<post>[^,.;]{{3,60}}))"
)
OFFICIAL = word_pattern("attribution", "officials")
DENIAL = word_pattern("denial", "denial")
CONTRA = word_pattern("denial", "contradiction")
_ABOUT_ATTACK = re.compile(r"\b(drone|attack|strike)", _I)
_ABOUT_CLAIM = re.compile(r"\b(claims?|reports?|statement|assertion)\b", _I)
_SIDE_NAMES = {"UA": "Ukraine", "RU": "Russia"}


def speaker(sentence: str) -> tuple[str | None, str | None]:
    """Who the sentence attributes the report to, and which side that is (None when not one side)."""
    m = ATTRIB.search(sentence)
    if not m:
        return None, None
    who = (m.group("acc") or m.group("who") or m.group("post") or "").strip(" ,")
    if not who or not (re.search(r"[A-Z]", who) or OFFICIAL.search(who)):
        return None, None  # "but no injuries were reported" names no one
    return who[:80], side_of_text(who)


def other_side(actor: str | None) -> str | None:
    return {"RU": "UA", "UA": "RU"}.get(actor or "")


def claim_status(
    sent, sentences, key: str, kind: str, actor: str | None, side: str | None, cc: str | None, normalize
) -> tuple[str, str | None]:
    """(claim_status, disputed_by) of an event told in `sent` at the place whose name key is `key`."""
    other = other_side(actor)
    status = "claimed" if side and actor and side == actor else "reported"
    if kind == "shootdown" and side and cc and side == cc:
        status = "claimed"  # air defences of the place itself report what they downed
    deny_here = bool(DENIAL.search(sent.text))
    deny_elsewhere = False
    if status == "claimed":
        for s2 in sentences:
            if s2.start == sent.start:
                continue
            if kind in ("capture", "fighting"):
                hit = key in normalize(s2.text) and CONTRA.search(s2.text)
            else:
                hit = DENIAL.search(s2.text) and _ABOUT_ATTACK.search(s2.text)
            if hit and side_of_text(s2.text[:120]) in (other, None):
                deny_elsewhere = True
                break
            # "... said its forces recaptured X. Moscow dismissed the claim as fake."
            if (
                s2.start > sent.start
                and s2.start - sent.end < 3
                and DENIAL.search(s2.text)
                and _ABOUT_CLAIM.search(s2.text)
                and side_of_text(s2.text[:60]) == other
            ):
                deny_elsewhere = True
                break
    if deny_here or deny_elsewhere:
        return "disputed", _SIDE_NAMES.get(other or "")
    return status, None
