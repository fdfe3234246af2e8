"""app.extract.events.toll: stage 4, how many were killed and injured — each casualty figure of a sentence
(app.extract.numbers finds them) goes to the place it is about; figures in a follow-up sentence that names
no new attack go to the event already told."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import islice, takewhile

from app.extract.events.lexicons import alternation, load
from app.extract.neighbourhoods import PART_KM
from app.extract.numbers import Count, find_counts
from app.extract.resolve import Resolved, _km

_ANAPHORA = re.compile(
    r"^\s*(?:(?:The|That|This)\s+(?:attacks?|strikes?|assault|bombardment|shelling)\b|"
    r"(?:He|She|It|They|The\s+(?:ministry|military|governor|mayor|official))\s+(?:also\s+)?(?:added|said)|"
    r"Another\s)|\b(?:in|during|by)\s+the\s+(?:same\s+|ensuing\s+|latest\s+)?(?:attacks?|strikes?|shelling|"
    r"bombardment|raid|fighting|clashes|battle|assault|explosion|blast|violence)\b|"
    # "the Houthi-run health ministry said the strikes killed seven people": the strikes just told
    r"\b(?:the|that|this|those)\s+(?:air\s?strikes?|attacks?|strikes?|assault|bombardment|shelling|raids?|blasts?|"
    r"explosions?)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?(?:killed|wounded|injured|left)\b|"
    # "Three more people were injured, including a teenager, ...": more victims of the attack just told
    r"^\s*(?:At\s+least\s+)?[\w\-]+\s+(?:more|other)\s+(?:people\s+|civilians\s+|residents\s+)?"
    r"(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:killed|wounded|injured|hurt)\b"
)
_OVER_TIME = re.compile(rf"\b(?:{alternation(load('tolls')['over_time'])})", re.I)
_AGGREGATE = re.compile(
    rf"\b(?:{alternation([*load('tolls')['over_time'], *load('tolls')['over_space']])})", re.I
)
_DAY_TALLY = re.compile(rf"\b(?:{alternation(load('tolls')['day_tally'])})", re.I)
_TOLL_UPDATE = re.compile(rf"\b(?:{alternation(load('tolls')['toll_updates'])})\b", re.I)
_NEW_TOTAL = re.compile(
    rf"\b(?:{alternation(load('tolls')['new_totals'])})\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?$", re.I
)
_CLAUSE_STOP = re.compile(r"[,;:()]")
_TAKEN_TO = re.compile(
    rf"\b(?:{alternation(load('tolls')['destinations'])})\s+(?:the\s+)?(?:(?:city|town|regional\s+capital)\s+of\s+)?$",
    re.I,
)


def taken_there(r: Resolved) -> bool:
    """The place is where victims were taken ('... and taken to hospital in Belgorod', 'evacuated to Dnipro'),
    not where they were hurt."""
    sent = r.spot.sentence
    at = r.spot.start - sent.start
    return _TAKEN_TO.search(sent.text, max(0, at - 80), at) is not None


def aggregate(text: str, c: Count) -> bool:
    """The figure counts a war, a campaign or a territory ('since 7 October', 'across the Gaza Strip'): a marker
    before it in the sentence, or after it in its clause."""
    if _AGGREGATE.search(text, 0, c.start):
        return True
    stop = _CLAUSE_STOP.search(text, c.end)
    return _AGGREGATE.search(text, c.end, stop.start() if stop else len(text)) is not None


def aggregate_sentence(text: str) -> bool:
    """A marker of a campaign over time ('near-daily strikes ... since the truce'): such a sentence codes no
    country-wide event."""
    return _OVER_TIME.search(text) is not None


def bounds_a_period(text: str, pos: int) -> bool:
    """The date at `pos` bounds the period a tally counts ('killed since the ceasefire took effect on Oct. 10',
    'The war, triggered by the attack on Oct. 7, 2023, has killed ...'): no day of the story."""
    head = _DAY_TALLY.sub(lambda m: " " * len(m.group()), text)
    for m in _OVER_TIME.finditer(head):
        if m.start() <= pos < m.end():
            return True
        if (
            m.group().lower().startswith("since")
            and 0 <= pos - m.end() <= 60
            and not re.search(r"[.;]\s", head[m.end() : pos])
        ):
            return True
    return False


def _long_tally(text: str, end: int) -> bool:
    """A marker of a war's or a campaign's count before `end`, once those of a single day are set aside."""
    head = _DAY_TALLY.sub(lambda m: " " * len(m.group()), text[:end])
    return _OVER_TIME.search(head) is not None


@lru_cache(maxsize=1024)  # asked again for each place of the sentence; bulletins repeat lines word for word
def event_counts(text: str) -> tuple[Count, ...]:
    """The casualty figures of a sentence that may belong to one event. The placed share of a total
    ('killed 25 people across Gaza since dawn, including 10 in Gaza City') is its place's toll when the total
    counts a territory or a time, and nothing more when the total is one event's."""
    out: list[Count] = []
    total_aggregate = False
    counts = find_counts(text)
    for k, c in enumerate(counts):
        if c.subset:
            if total_aggregate and not _long_tally(text, c.start):
                out.append(c)
            continue
        # "killed 12 people over the past day, including four in Kherson": a day's figure shared out among
        # places is a tally of that day, whatever the word for the day; with no placed share ("overnight,
        # killing eight, including three children") it stays one strike's toll
        shared = k + 1 < len(counts) and counts[k + 1].subset and counts[k + 1].what == c.what
        total_aggregate = aggregate(text, c) or (shared and _DAY_TALLY.search(text) is not None)
        if not total_aggregate:
            out.append(c)
    return _new_totals(text, out)


def _new_totals(text: str, counts: list[Count]) -> tuple[Count, ...]:
    """A figure told as the new total ('the toll had risen to five after three more bodies were recovered') is
    the whole toll, not more on top; the 'more' victims of its sentence are the rise, so they count no more."""
    new = {c.what for c in counts if _NEW_TOTAL.search(text[max(0, c.start - 80) : c.start])}
    if not new:
        return tuple(counts)
    return tuple(
        replace(c, extra=False) if _NEW_TOTAL.search(text[max(0, c.start - 80) : c.start]) else c
        for c in counts
        if not (c.extra and c.what in new and not _NEW_TOTAL.search(text[max(0, c.start - 80) : c.start]))
    )


def _add(d, c: Count) -> None:
    """One more figure for an event told before: more victims on top ('two others were also injured') add to
    it; a restated or updated toll ('the death toll rose to 26') keeps the larger."""
    slot = "fatalities" if c.what == "killed" else "injured"
    cur = getattr(d, slot)
    if cur is None:
        setattr(d, slot, c.n)
    elif c.extra and c.n > 0:
        setattr(d, slot, cur + c.n)
    else:
        setattr(d, slot, max(cur, c.n))


def counts_for(
    text: str, offset: int, targets: list[Resolved], violent=None, told=None
) -> dict[int, tuple[int | None, int | None]]:
    """Assign each casualty figure to the target it is about: the place right after it ('another person in the
    nearby town of X'), else the nearest place before it. When `violent(t)` says which targets are strikes
    rather than advances, only those take figures (if there are any). Keyed by id() of the target.

    A victim told by ordinal ('A third person was killed when a strike hit X') is one, at a place none of the
    events `told` before lies near: the two before died elsewhere."""
    out: dict[int, list[int | None]] = {id(t): [None, None] for t in targets}
    if not targets:
        return {}
    hit = [t for t in targets if violent is None or violent(t)]
    if hit and len(hit) < len(targets):
        targets = hit
    counts = event_counts(text)
    for c in counts:
        a, b = offset + c.start, offset + c.end
        # "injuring four people, and a man was wounded by shelling in Orikhiv": the place after the next
        # figure is that figure's, not this one's
        follow = [
            t
            for t in targets
            if 0 <= t.spot.start - b <= 45 and not any(b <= offset + o.start < t.spot.start for o in counts)
        ] or [
            # "and one person was killed and two injured in Mykolaivka": the pair of figures joined before the
            # place is that place's, though the other one stands between
            t
            for t in targets
            if 0 <= t.spot.start - b <= 60
            and (between := [o for o in counts if b <= offset + o.start < t.spot.start])
            and all(o.what != c.what and _PAIRED.fullmatch(text[c.end : o.start]) for o in between[:1])
            and len(between) == 1
            and not any(b <= o.spot.start < t.spot.start for o in targets)
        ]
        if follow and len(targets) > 1:
            t = min(follow, key=lambda t: t.spot.start - b)
        else:
            before = [t for t in targets if t.spot.end <= a]
            t = (
                max(before, key=lambda t: t.spot.end)
                if before
                else min(targets, key=lambda t: abs(t.spot.start - a))
            )
        if _listed_with_another(t, targets):
            # "killing one and wounding five in the Darnytskyi and Dniprovskyi districts" of the city told before:
            # the city's toll; "six killed in attacks on Kharkiv and Odesa": a total over the places, no one's
            t = _city_of_the_parts(t, targets)
            if t is None:
                continue
        slot = 0 if c.what == "killed" else 1
        cur = out[id(t)][slot]
        n = 1 if c.ordinal and told is not None and not _told_near(t, told) else c.n
        # "killing two soldiers and three civilians" adds up; a figure told twice counts once
        out[id(t)][slot] = n if cur is None else (cur + n if c.extra else max(cur, n))
    return {k: (v[0], v[1]) for k, v in out.items()}


# "one person was killed and two injured": two figures of one place joined by 'and'
_PAIRED = re.compile(r"(?:\s+(?:was|were|had\s+been|have\s+been))?,?\s+and\s+(?:another\s+)?", re.I)


def _told_near(t: Resolved, told: list) -> bool:
    """An event told before lies at (within 15 km of) the place."""
    return any(
        _km(d.res.cand.lat, d.res.cand.lon, t.cand.lat, t.cand.lon) < 15
        for d in islice(reversed(told), MAX_LOOKBACK)
    )


def _city_of_the_parts(t: Resolved, targets: list[Resolved]) -> Resolved | None:
    """The town named before a list of places that all lie within it (its districts), if there is one."""
    listed = [
        o for o in targets if o is t or _listed_with_another(o, targets) and o.spot.start >= t.spot.start
    ]
    towns = [
        o
        for o in targets
        if o.spot.end <= t.spot.start
        and o.cand.kind in ("settlement", "capital")
        and all(_km(o.cand.lat, o.cand.lon, p.cand.lat, p.cand.lon) < PART_KM for p in listed)
        and all(p.cand.kind not in ("settlement", "capital") for p in listed)
    ]
    return max(towns, key=lambda o: o.spot.end) if towns else None


_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _listed_with_another(t: Resolved, targets: list[Resolved]) -> bool:
    """The place is one of a list of event places of the sentence ('the ports of Pivdennyi and Chornomorsk')."""
    text, s0 = t.spot.sentence.text, t.spot.sentence.start
    for o in targets:
        if o is t or o.spot.sentence is not t.spot.sentence:
            continue
        a, b = (t, o) if t.spot.end <= o.spot.start else (o, t)
        if _JOINED.fullmatch(text[a.spot.end - s0 : b.spot.start - s0]):
            return True
    return False


MAX_LOOKBACK = 256
# "A woman was also hurt in the nearby town of X": a town the text calls a town of its own is another place than
# the city told before, however close; its victims are an event there (coder._victims_elsewhere)
_A_TOWN_OF = re.compile(
    r"\b(?:town|village|settlement|hamlet|community)\s+of\s+(?:the\s+)?$|\b(?:neighbou?ring|nearby)\s+$", re.I
)


def _reach(r: Resolved) -> float:
    """How far from an event told before a place of a follow-up sentence may lie and still be that event's."""
    s = r.spot.sentence
    before = s.text[max(0, r.spot.start - s.start - 40) : r.spot.start - s.start]
    return 1.0 if r.cand.kind in ("settlement", "capital") and _A_TOWN_OF.search(before) else 15.0


def carry_counts(
    sentence: str,
    block_drafts: list,
    items: list[Resolved],
    drafts: list,
    *,
    block_no: int | None = None,
    new_attack: bool = True,
) -> list:
    """Figures in a sentence that names no new attack: '... damaged the port. No injuries were reported.'
    or 'At least 32 others were wounded in Kyiv.' They belong to the event already told about that place.
    Returns the drafts that took them (the rest of the paragraph continues with those).

    A paragraph that opens with a toll alone ('Thirteen people were killed ... and twenty-two others were
    injured, the ministry said.'), right after the paragraph that told an attack with no toll yet, is that
    attack's toll (`block_no` is the paragraph's number, `new_attack` whether the sentence has a trigger)."""
    # the latest event at that place, looking back at most MAX_LOOKBACK events: every sentence scanning every
    # earlier event of the article would make a long article quadratic
    items = [r for r in items if not taken_there(r)]
    points = [r for r in items if r.cand.kind != "country"]
    last = next(
        (
            d for d in islice(reversed(drafts), MAX_LOOKBACK)
            if any(_km(d.res.cand.lat, d.res.cand.lon, r.cand.lat, r.cand.lon) < _reach(r) for r in points)
        ),
        None,
    )  # fmt: skip
    if last is not None:
        counts = event_counts(sentence)
        for c in counts:
            _add(last, c)
        return [last] if counts else []
    if any(r.cand.kind != "country" for r in items):
        return []
    if not block_drafts:
        if drafts and _ANAPHORA.search(sentence):
            block_drafts = drafts  # "The attack also wounded at least 46 people": the attack told just before
        elif drafts and _TOLL_UPDATE.search(sentence):
            # "By Thursday the death toll had risen to 26": the latest event that has a toll
            block_drafts = [
                next(
                    (d for d in islice(reversed(drafts), MAX_LOOKBACK) if d.fatalities is not None),
                    drafts[-1],
                )
            ]
        elif drafts and not new_attack and _opens_with_toll_of(drafts, block_no, sentence):
            block_drafts = drafts
        else:
            return []
    counts = event_counts(sentence)
    if not counts:
        return []
    # every place of the sentence told just before (one attack, several places named)
    told = block_drafts[-1].sentence
    took = list(reversed(list(takewhile(lambda d: d.sentence == told, reversed(block_drafts)))))
    # "... damaged power lines in Kharkiv and a drone hit a building in Pavlohrad, killing two. Eleven more were
    # injured.": the toll goes on with the place that had victims, not the one only damaged beside it
    with_toll = [d for d in took if d.fatalities is not None or d.injured is not None]
    if with_toll and len(with_toll) < len(took):
        took = with_toll
    for last in took:
        for c in counts:
            _add(last, c)
    return took


def _opens_with_toll_of(drafts: list, block_no: int | None, sentence: str) -> bool:
    """The sentence is a bare toll in the paragraph right after the one that told the latest attack, and that
    attack has no figure of these kinds yet (a figure told twice is the same toll; a new one is news)."""
    last = drafts[-1]
    if block_no is None or last.block_no != block_no - 1:
        return False
    counts = event_counts(sentence)
    slots = {"fatalities" if c.what == "killed" else "injured" for c in counts}
    return bool(counts) and all(getattr(last, s) is None for s in slots)


# "91 long-range drones", "12 Ukrainian drones": a figure of weapons that names one attack across sentences
_WEAPON_FIGURE = re.compile(
    r"\b(\d[\d,]*)\s+(?:[\w\-’']+\s+){0,2}?(drones?|missiles?|rockets?|shells?|bombs?|uavs?|shaheds?)\b", re.I
)


def _figures(sentence: str) -> set[tuple[str, str]]:
    return {(n.replace(",", ""), w.lower().rstrip("s")) for n, w in _WEAPON_FIGURE.findall(sentence)}


class PendingTolls:
    """Figures told before the article names the place of their event: 'Russia said the residence had been
    targeted with 91 drones ... with no one injured' then, paragraphs later, '91 drones had been shot down
    while heading to Putin's Novgorod residence'. A placeless sentence's figures wait for the first later
    event told with the same figure of weapons."""

    MAX = 16  # a handful per article; an article of nothing but placeless tolls stays linear

    def __init__(self) -> None:
        self.waiting: list[tuple[set, list[Count]]] = []

    def note(self, sentence: str) -> None:
        figures = _figures(sentence)
        if not figures or len(self.waiting) >= self.MAX:
            return
        counts = event_counts(sentence)
        if counts:
            self.waiting.append((figures, counts))

    def settle(self, d) -> None:
        if not self.waiting or d.fatalities is not None or d.injured is not None:
            return
        figures = _figures(d.sentence)
        for k, (told, counts) in enumerate(self.waiting):
            if told & figures:  # the same figure of the same weapons: the same attack, whatever its coding
                for c in counts:
                    _add(d, c)
                del self.waiting[k]
                return
