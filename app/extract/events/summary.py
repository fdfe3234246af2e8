"""app.extract.events.summary: a region's toll that sums up towns the article then tells one by one ('three
people had been killed by Ukrainian attacks in the Belgorod region', then two men killed outside Valuyki and a
woman killed in Grayvoron) is those towns' events, not one more at the region.

Two ways to tell it is a summary: the towns' tolls add up to it exactly; or it is told before them and they make
up part of it ('killed at least five in the Gaza Strip', then three killed in Gaza City and the rest never
placed), each figure it gives partly accounted for by them and none exceeded."""

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


def _per_place(parts: list[Draft]) -> dict[str, int]:
    """What the parts add up to, a place told twice (before its drafts are merged) counted once, by its
    largest figure."""
    best: dict[tuple, dict[str, int]] = {}
    for p in parts:
        c = p.res.cand
        key = (c.place_id, round(c.lat, 3), round(c.lon, 3))
        slots = best.setdefault(key, dict.fromkeys(_SLOTS, 0))
        for s in _SLOTS:
            slots[s] = max(slots[s], getattr(p, s) or 0)
    return {s: sum(v[s] for v in best.values()) for s in _SLOTS}


def region_summed_up(d: Draft, drafts: list[Draft]) -> bool:
    """d is a region-level strike with a toll that the strikes told at places inside the region account for:
    exactly, or (d told ahead of them) in part in each figure d gives and beyond none."""
    c = d.res.cand
    if c.kind != "region" or d.event_type != EXPLOSIONS or c.stands_in:
        return False
    told = {s: getattr(d, s) for s in _SLOTS if getattr(d, s)}
    if not told:
        return False  # no toll: _finer_inside's (merge.py)
    parts = _parts(d, drafts)
    if not parts:
        return False
    sums = _per_place(parts)
    if all(sums[s] == n for s, n in told.items()):
        return True
    # in part: only towns told after it on its very day ('three killed in the region on Monday', then
    # 'another attack in Belgorod on Tuesday killed one' is one more event, not a share of the three)
    later = [p for p in parts if p.sent_no > d.sent_no and p.date == d.date]
    sums = _per_place(later)
    return bool(later) and all(0 < sums[s] <= n for s, n in told.items())
