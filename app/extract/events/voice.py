"""app.extract.events.voice: whose document it is, for the sentences that name no source.

A belligerent's own bulletin tells its acts in its own voice, with no "it said" in any sentence: Russia's
defence ministry report ("Units of the Yug group of forces liberated ..."), Ukraine's General Staff morning
report ("our defenders repelled six attacks"). A news story's unattributed sentence is the reporter's; these
are the side's. Two signs say so: the title names the side's official body as the author ("Russian Defence
Ministry report on ...", "Belgorod governor ... on Telegram"), or the text speaks of the side's forces in the
first person outside quotation marks ("our defenders", "our troops"): the side of the enemy it names most,
opposed.
"""

from __future__ import annotations

import re

from app.extract.events.actors import opponents, side_mentions, side_of_text
from app.extract.events.descriptors import same_source
from app.extract.events.lexicons import alternation, load

_I = re.I
_BODIES = alternation(load("attribution")["document_authors"])
# "Russian Defence Ministry report on ...", "Ukraine's General Staff: operational update", "... on Telegram"
_TITLE = re.compile(
    rf"^\s*(?P<who>(?:[\w’'\-]+\s+){{0,4}}?(?:{_BODIES})(?:\s+[A-Z][\w’'\-]*){{0,3}})\s*[:,\-–—]?\s+"
    r"(?:daily\s+|morning\s+|evening\s+)?(?:report|briefing|bulletin|statement|update|summary|communiqu[eé]|"
    r"operational\s+(?:information|update)|on\s+Telegram)\b",
    _I,
)
# "Ukrainian Air Force: the enemy's overnight air attack, January 6": the body that speaks, then a colon (its
# owner may be a long name: "Air Force of the Armed Forces of Ukraine: the night of December 16")
_OWNER = r"[A-Z][\w’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'\-]*){0,3}"
_TITLE_COLON = re.compile(
    rf"^\s*(?P<who>(?:[\w’'\-]+\s+){{0,2}}?(?:{_BODIES})(?:\s+of\s+(?:the\s+)?(?-i:{_OWNER}))?)\s*:\s+\S", _I
)
_OUR_FORCES = re.compile(
    r"\bour\s+(?:defenders|troops|forces|units|soldiers|warriors|servicemen|air\s+defen[cs]es?|"
    r"brigades?|positions)\b",
    _I,
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def document_voice(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    """(who, side) when the article is a belligerent's own bulletin, else (None, None). The title is the
    article's, or else the first line of `text`."""
    first = text.split("\n", 1)[0]
    m = next((m for pat in (_TITLE, _TITLE_COLON) for t in (title or "", first) if (m := pat.match(t))), None)
    if m:  # a governor or a mayor: the side is the place's, known at each event (draft.make_draft)
        return m["who"].strip(), side_of_text(m["who"])
    own = _QUOTED.sub(" ", text)
    if not _OUR_FORCES.search(own):
        return None, None
    named = side_mentions(own)
    if not named:
        return None, None
    enemy = max(named, key=named.get)
    others = opponents(enemy)
    if len(others) != 1 or named.get(others[0], 0) >= named[enemy]:
        return None, None
    return "the document's author", others[0]


def in_voice(speaker: tuple[str | None, str | None], author: tuple[str | None, str | None]):
    """The sentence's source, or the bulletin's author when the sentence names none or only points back at it
    ('..., the ministry said' in the ministry's own briefing, 'it said')."""
    who, side = speaker
    if author[0] is None or (who is not None and side is not None):
        return speaker
    if who is None or who.lower() in ("it", "they"):
        return author
    if who.lower().startswith("the ") and same_source(who, author[0]):
        return author
    return speaker
