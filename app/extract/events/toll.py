"""app.extract.events.toll: stage 4, how many were killed and injured — each casualty figure of a sentence
(app.extract.numbers finds them) goes to the place it is about; figures in a follow-up sentence that names
no new attack go to the event already told."""

from __future__ import annotations

import re
from itertools import islice, takewhile

from app.extract.numbers import find_counts
from app.extract.resolve import Resolved, _km

_ANAPHORA = re.compile(
    r"^\s*(?:(?:The|That|This)\s+(?:attacks?|strikes?|assault|bombardment|shelling)\b|"
    r"(?:He|She|It|They|The\s+(?:ministry|military|governor|mayor|official))\s+(?:also\s+)?(?:added|said)|"
    r"Another\s)|\b(?:in|during|by)\s+the\s+(?:same\s+)?(?:attacks?|strikes?|shelling|bombardment|raid)\b"
)


def counts_for(
    text: str, offset: int, targets: list[Resolved], violent=None
) -> dict[int, tuple[int | None, int | None]]:
    """Assign each casualty figure to the target it is about: the place right after it ('another person in the
    nearby town of X'), else the nearest place before it. When `violent(t)` says which targets are strikes
    rather than advances, only those take figures (if there are any). Keyed by id() of the target."""
    out: dict[int, list[int | None]] = {id(t): [None, None] for t in targets}
    if not targets:
        return {}
    hit = [t for t in targets if violent is None or violent(t)]
    if hit and len(hit) < len(targets):
        targets = hit
    for c in find_counts(text):
        a, b = offset + c.start, offset + c.end
        follow = [t for t in targets if 0 <= t.spot.start - b <= 45]
        if follow and len(targets) > 1:
            t = min(follow, key=lambda t: t.spot.start - b)
        else:
            before = [t for t in targets if t.spot.end <= a]
            t = (
                max(before, key=lambda t: t.spot.end)
                if before
                else min(targets, key=lambda t: abs(t.spot.start - a))
            )
        slot = 0 if c.what == "killed" else 1
        cur = out[id(t)][slot]
        out[id(t)][slot] = c.n if cur is None else max(cur, c.n)
    return {k: (v[0], v[1]) for k, v in out.items()}


MAX_LOOKBACK = 256


def carry_counts(sentence: str, block_drafts: list, items: list[Resolved], drafts: list) -> None:
    """Figures in a sentence that names no new attack: '... damaged the port. No injuries were reported.'
    or 'At least 32 others were wounded in Kyiv.' They belong to the event already told about that place."""
    # the latest event at that place, looking back at most MAX_LOOKBACK events: every sentence scanning every
    # earlier event of the article would make a long article quadratic
    points = [r for r in items if r.cand.kind != "country"]
    last = next(
        (
            d for d in islice(reversed(drafts), MAX_LOOKBACK)
            if any(_km(d.res.cand.lat, d.res.cand.lon, r.cand.lat, r.cand.lon) < 15 for r in points)
        ),
        None,
    )  # fmt: skip
    if last is not None:
        for c in find_counts(sentence):
            if c.what == "killed" and (last.fatalities is None or c.n > last.fatalities):
                last.fatalities = c.n
            elif c.what == "injured" and (last.injured is None or c.n > last.injured):
                last.injured = c.n
        return
    if any(r.cand.kind != "country" for r in items):
        return
    if not block_drafts:
        # "The attack also wounded at least 46 people": the attack told about just before
        if drafts and _ANAPHORA.search(sentence):
            block_drafts = drafts
        else:
            return
    counts = find_counts(sentence)
    if not counts:
        return
    # every place of the sentence told just before (one attack, several places named)
    told = block_drafts[-1].sentence
    for last in reversed(list(takewhile(lambda d: d.sentence == told, reversed(block_drafts)))):
        for c in counts:
            if c.what == "killed" and last.fatalities is None:
                last.fatalities = c.n
            elif c.what == "injured" and last.injured is None:
                last.injured = c.n
