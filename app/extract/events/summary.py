"""app.extract.events.summary: a region's toll that sums up towns the article then tells one by one ('three
people had been killed by Ukrainian attacks in the Belgorod region', then two men killed outside Valuyki and a
woman killed in Grayvoron) is those towns' events, not one more at the region."""

from __future__ import annotations

from app.extract.events.draft import Draft
from app.extract.events.trigger import EXPLOSIONS

_SLOTS = ("fatalities", "injured")


def _parts(d: Draft, drafts: list[Draft]) -> list[Draft]:
    """Strikes at places inside d's region, by the same side, within a day of it, told by the same side."""
    c = d.res.cand
    return [
        p for p in drafts
        if p is not d and p.event_type == EXPLOSIONS
        and p.res.cand.kind not in ("region", "country")
        and p.res.cand.country_code == c.country_code and p.res.cand.admin1 == c.admin1
        and p.actor1 == d.actor1
        and (p.source_side is None or d.source_side is None or p.source_side == d.source_side)
        and abs((p.date - d.date).days) <= 1
    ]  # fmt: skip


def region_summed_up(d: Draft, drafts: list[Draft]) -> bool:
    """d is a region-level strike with a toll that the strikes told at places inside the region account for
    exactly: each figure d gives equals the sum of theirs."""
    c = d.res.cand
    if c.kind != "region" or d.event_type != EXPLOSIONS or c.stands_in:
        return False
    told = {s: getattr(d, s) for s in _SLOTS if getattr(d, s)}
    if not told:
        return False  # no toll: _finer_inside's (merge.py)
    parts = _parts(d, drafts)
    if not parts:
        return False
    return all(sum(getattr(p, s) or 0 for p in parts) == n for s, n in told.items())
