"""app.extract.events.summary: a region's toll that sums up towns the article then tells one by one ('three
people had been killed by Ukrainian attacks in the Belgorod region', then two men killed outside Valuyki and a
woman killed in Grayvoron) is those towns' events, not one more at the region; a country-wide attack told
region by region likewise (country_summed_up).

Two ways to tell it is a summary: the towns' tolls add up to it exactly; or it is told before them and they make
up part of it ('killed at least five in the Gaza Strip', then three killed in Gaza City and the rest never
placed), each figure it gives partly accounted for by them and none exceeded."""

from __future__ import annotations

from app.extract.events.draft import Draft
from app.extract.events.trigger import EXPLOSIONS

_SLOTS = ("fatalities", "injured")


def _strikes_inside(d: Draft, drafts: list[Draft], coarse: tuple[str, ...]) -> list[Draft]:
    """Strikes by d's side within a day of it, at places in d's country of no kind in `coarse`."""
    c = d.res.cand
    return [
        p for p in drafts
        if p is not d and p.event_type == EXPLOSIONS
        and p.res.cand.kind not in coarse
        and p.res.cand.country_code == c.country_code
        and p.actor1 == d.actor1
        and abs((p.date - d.date).days) <= 1
    ]  # fmt: skip


def _parts(d: Draft, drafts: list[Draft]) -> list[Draft]:
    """Strikes at places inside d's region, by the same side, within a day of it, told by the same side."""
    return [
        p for p in _strikes_inside(d, drafts, ("region", "country"))
        if p.res.cand.admin1 == d.res.cand.admin1
        and (p.source_side is None or d.source_side is None or p.source_side == d.source_side)
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


def country_summed_up(d: Draft, drafts: list[Draft]) -> bool:
    """'A massive attack on Ukraine on Monday night killed three people', then the article tells it region by
    region ('a girl in the Zhytomyr region', 'a woman in the Vyshhorod district', ...): the country-wide attack
    is those events, not one more. So a country-level strike goes when at least two strikes inside that
    country by the same side, within a day of it, account for all of its dead and injured, or, when it has no
    toll, when one is told in its own paragraph."""
    if d.res.cand.kind != "country" or d.event_type != EXPLOSIONS:
        return False
    parts = _strikes_inside(d, drafts, ("country",))
    if len(parts) < 2 and not (
        # "a combined strike against Ukraine overnight ... 26 drones struck 11 locations, including energy
        # infrastructure in Odesa Oblast": with no toll of its own, the one part its paragraph names is it
        parts and d.fatalities is None and d.injured is None and any(p.block_no == d.block_no for p in parts)
    ):
        return False
    return all(sum(getattr(p, slot) or 0 for p in parts) >= (getattr(d, slot) or 0) for slot in _SLOTS)
