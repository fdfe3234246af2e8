"""app.extract.events.listed: places a sentence names in a list ("launched from Kursk and Bryansk regions") and
the ends of a route named to say where another place lies ("a town on the highway between Mandalay and the
Chinese border"): a list shares the role of its first name; a route's ends are no places of the act."""

from __future__ import annotations

import re

from app.extract.resolve import Resolved

_I = re.I

# "Kursk and Bryansk regions", "Oryol, Millerovo and Primorsko-Akhtarsk cities and occupied Hvardiiske"
_LIST_GAP = re.compile(
    r"(?:\s+(?:regions|oblasts|provinces|cities|towns))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?"
    r"(?:(?:occupied|russian-occupied|annexed)\s+)?",
    re.I,
)


def list_indices(items: list[Resolved], r: Resolved) -> list[int]:
    """Indices (in `items`) of the places listed just before r: 'Kursk and Bryansk regions'."""
    k = next(n for n, it in enumerate(items) if it is r)
    out = []
    while k > 0:
        prev, cur = items[k - 1], items[k]
        if prev.spot.sentence is not cur.spot.sentence:
            break
        s0 = cur.spot.sentence.start
        if not _LIST_GAP.fullmatch(cur.spot.sentence.text[prev.spot.end - s0 : cur.spot.start - s0]):
            break
        out.append(k - 1)
        k -= 1
    return out


# "on the highway between Mandalay and Lashio", "the road linking X and Y": the ends of a route that places another
_ROUTE_BEFORE = re.compile(
    r"\b(?:highway|road|railway|rail\s+line|route|motorway|corridor|supply\s+line)\s+"
    r"(?:between|linking|connecting)\s+(?:the\s+)?(?:cities\s+of\s+|towns\s+of\s+)?$",
    _I,
)


def on_a_route(text: str, sent, items: list[Resolved], k: int) -> bool:
    """The place is an end of a route named to say where another place of the sentence lies (that place is
    the event's); a sentence that names only the route's ends keeps them."""

    def route_end(j: int) -> bool:
        return any(
            _ROUTE_BEFORE.search(text[max(sent.start, items[i].spot.start - 60) : items[i].spot.start])
            for i in (j, *list_indices(items, items[j]))
        )

    if not route_end(k):
        return False
    return any(
        j != k and o.cand.kind not in ("country", "region") and not route_end(j) for j, o in enumerate(items)
    )
