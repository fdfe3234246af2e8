"""app.extract.events.place: stage 2, where it happened — which of the places a sentence names are the
places of the act. Not the region that only qualifies a town, not the capital that speaks for a government,
not the country an attack came from, not a distance reference, a speaker's location or a launch site."""

from __future__ import annotations

import re
from dataclasses import replace

from app.extract.events.described import not_described_only
from app.extract.events.fronted import fronted
from app.extract.events.lexicons import alternation, load
from app.extract.events.not_the_place import METONYM_AFTER, PLACE_ROLE_KINDS, flag, not_a_place_of_the_act
from app.extract.events.offshore import offshore_point
from app.extract.events.place_cues import COUNT_OVER_BEFORE
from app.extract.events.reference_place import located, near_reference
from app.extract.events.seats import (
    SPEAKER_SEAT_BEFORE,
    TITLE_AFTER,
    about_the_facility,
    speaker_before,
)
from app.extract.events.toll import aggregate_sentence
from app.extract.events.trigger import CASUALTY, Trigger, clause_of
from app.extract.resolve import Resolved

_I = re.I

_BETWEEN_OF = r"(?:the\s+)?(?:(?:villages|towns|cities|settlements|communities)\s+of\s+)?"
_BETWEEN_BEFORE = re.compile(rf"\bbetween\s+{_BETWEEN_OF}(?:[\w’'\-]+\s+){{0,3}}?(?:and\s+)?$", _I)
_ROAD_BETWEEN_BEFORE = re.compile(
    rf"\b(?:road|highway|route|motorway)\s+(?:\w+\s+)?between\s+{_BETWEEN_OF}$", _I
)
# "the road between Aitaroun and Blida": the first end a name the gazetteer lacks
_ROAD_FROM_NAME_BEFORE = re.compile(
    rf"\b(?:road|highway|route|motorway)\s+(?:\w+\s+)?between\s+{_BETWEEN_OF}"
    r"(?-i:[A-Z][\w’'\-]+)(?:\s+(?-i:[A-Z][\w’'\-]+))?\s+and\s+(?:the\s+)?$",
    _I,
)


def _road_from_an_unknown_place(before: str, items: list[Resolved], r: Resolved) -> bool:
    """'a drone targeted a car on the road between Aitaroun and Blida': with no place found for the first end,
    the road is placed by the second."""
    m = _ROAD_FROM_NAME_BEFORE.search(before)
    if m is None:
        return False
    first = r.spot.start - len(before) + m.start()
    return not any(o is not r and first <= o.spot.start < r.spot.start for o in items)


_OVER_PLACES = re.compile(rf"\b(?:{alternation(load('tolls')['over_places'])})\b", _I)
_COUNTRY_TARGET = re.compile(r"\b(?:on|across|against|throughout|over|in)\s+(?:\w+\s+)?$", _I)
_TOWARD_BEFORE = re.compile(
    r"\b(?:towards?|in\s+the\s+direction\s+of|heading\s+(?:for|to))\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$", _I
)
_ACROSS_BEFORE = re.compile(r"\b(?:across|throughout)\s+(?:the\s+)?$", _I)
_MASSIVE = re.compile(r"\bmassive|\blarge-scale|\bcombined", _I)
_CLAUSE_END = re.compile(
    r",\s+(?:the\s+|an?\s+)?(?:[\w’'\-]+\s+){0,6}?(?:said|says|told|reported|added|claimed)\b|;|\b(?:which|who|while|but|and\s+has|and\s+have|insist\w*)\b"
)


def clause_end(sentence: str, pos: int) -> int:
    m = _CLAUSE_END.search(sentence, pos)
    return m.start() if m else len(sentence)


# "denied that Rivne had fallen": a town that falls or changes hands is the ground, not a government speaking
_FALLEN_AFTER = re.compile(r"^\s+(?:had|has|have)\s+(?:\w+ly\s+)?(?:fallen|changed\s+hands)\b", _I)


def named_as_place(text: str, r: Resolved) -> bool:
    """The sentence names r as a place, not as a state speaking ('Moscow dismissed', "Congo's army denied"),
    not as where someone speaks ('speaking to state media in Naypyitaw'), not as a country."""
    if r.cand.kind == "country" or r.cand.country_code is None or flag(r, "metonymic") or flag(r, "river"):
        return False
    sent = r.spot.sentence
    before = text[max(sent.start, r.spot.start - 60) : r.spot.start]
    after = text[r.spot.end : r.spot.end + 40]
    return not (
        (METONYM_AFTER.match(after) and not _FALLEN_AFTER.match(after))
        or speaker_before(before)
        or TITLE_AFTER.match(text, r.spot.end)  # "Rostov Governor Yuri Slyusar reported no damage"
    )


def event_places(text: str, sent, items: list[Resolved], trig: Trigger, spans) -> list[Resolved]:
    """The places where it happened, among those a sentence names."""
    kind = trig.kind
    if kind not in PLACE_ROLE_KINDS and (at_sea := offshore_point(text, sent, items)) is not None:
        return [at_sea]  # "the ship was hit about 50 nautical miles southwest of Hodeidah": the point at sea
    keep: list[Resolved] = []
    if kind not in ("capture", "fighting"):
        spans = sorted([*spans, *(m.span() for m in CASUALTY.finditer(sent.text))])
    for k, r in enumerate(items):
        if not_a_place_of_the_act(text, sent, items, k, kind):
            continue
        before = text[max(sent.start, r.spot.start - 60) : r.spot.start]
        # the place must sit near the words that say what happened
        rel = r.spot.start - sent.start
        if kind in ("capture", "fighting"):
            # the object of "captured ...": up to the end of that clause (lists run long), or just before it
            near = any(a - 70 <= rel <= min(b + 260, clause_end(sent.text, b)) for a, b in spans)
        else:
            near = any(a - 90 <= rel <= b + 160 for a, b in spans)
        near = near or fronted(sent.text, r.spot.start - sent.start, r.spot.end - sent.start)
        # "94 drones: 41 over the Bryansk region, ..., and five over the Black Sea": each count's place, however
        # long the tally runs after the verb
        near = near or (kind == "shootdown" and COUNT_OVER_BEFORE.search(before) is not None)
        if _ROAD_BETWEEN_BEFORE.search(before) or _road_from_an_unknown_place(before, items, r):
            r = Resolved(
                r.spot, replace(r.cand, geo_precision=2), [], False
            )  # "the road between X and Y": near X (near Y when X is no place the gazetteer knows)
        elif _BETWEEN_BEFORE.search(before):
            continue  # "talks between Kyiv and Moscow"
        if not near and not (len(items) == 1 and kind not in ("capture", "fighting")):
            continue
        keep.append(r)
    keep = not_described_only(
        sent.text, sent.start, _in_clauses_of_the_act(sent.text, sent.start, keep, spans), spans
    )
    if kind in ("capture", "fighting", "shootdown"):
        # "attacked seven times near Zarichne and toward Novoselivka": the place after "toward" is the axis of
        # the attack when another place is where it was fought ("advanced toward Pokrovsk" alone stays); "drones
        # flying toward Moscow were shot down over the Moscow region": where they were downed, not their goal
        heading = [
            r for r in keep if _TOWARD_BEFORE.search(text, max(sent.start, r.spot.start - 40), r.spot.start)
        ]
        if heading and len(heading) < len(keep):
            keep = [r for r in keep if r not in heading]
    seats = [
        r
        for r in keep
        if SPEAKER_SEAT_BEFORE.search(text[max(sent.start, r.spot.start - 60) : r.spot.start])
        or TITLE_AFTER.match(text, r.spot.end)
    ]
    if seats and len(seats) < len(keep):
        keep = [r for r in keep if r not in seats]  # "officials in X said ... struck Y": Y is the place
    elif seats and len(seats) == len(keep) and about_the_facility(sent.text, kind):
        # "Krasnodar's regional headquarters confirmed a fire at the refinery": the refinery told before, not
        # the seat of who speaks (drones a governor says were downed are downed over the region he governs)
        return []
    elif seats and (near := near_reference(text, sent, items, spans)) is not None:
        # "hit a tent in Al Mawasi, west of Khan Younis, ..., according to the Ministry of Health in Gaza": the
        # act is placed by the reference; the ministry's seat only says who speaks
        return [near]
    keep = [located(text, r, items) for r in keep]
    if _OVER_PLACES.search(sent.text) and not CASUALTY.search(sent.text):
        # "attacked 11 settlements in X": a tally of the region; "strikes on 14 settlements in X injured ten
        # people" still has victims the region is the only place of (town shares told after are merge's concern)
        keep = [r for r in keep if r.cand.kind not in ("region", "country")]
    # a village the gazetteer lacks, answered with its country ("the border town of X"), is still a specific place
    specific = [r for r in keep if r.cand.kind != "country" or r.spot.typed == "village"]
    if specific and all(r.cand.kind == "region" for r in specific):
        # "In Russia's Belgorod region, a drone struck a minibus on the outskirts of Shebekino": the region
        # only qualifies the town the act is placed by
        near = near_reference(text, sent, items, spans)
        if near is not None and near.cand.country_code in {r.cand.country_code for r in specific}:
            return [near]
    if specific:
        return specific
    near = near_reference(text, sent, items, spans)
    if near is not None:
        return [near]
    countries = [
        r for r in keep
        if _COUNTRY_TARGET.search(text[max(sent.start, r.spot.start - 30) : r.spot.start])
        and kind not in PLACE_ROLE_KINDS
        and (CASUALTY.search(sent.text) or _MASSIVE.search(sent.text))
        and not aggregate_sentence(sent.text)  # "near-daily strikes in Lebanon since the truce": a campaign
        # "Russian attacks across Ukraine killed four people over the past day": a tally over the country
        and not (_ACROSS_BEFORE.search(text, max(sent.start, r.spot.start - 12), r.spot.start)
                 and not _MASSIVE.search(sent.text))
    ]  # fmt: skip
    return countries[:1]


def _in_clauses_of_the_act(sentence: str, offset: int, keep: list[Resolved], spans) -> list[Resolved]:
    """'Drones pounded Zaporizhzhia, killing two, as Ukraine's allies gathered in Paris': a place in a clause
    that tells no act of its own (no trigger or casualty word) is not where the act of another clause was,
    when some place stands in a clause that tells it."""
    if len(keep) < 2:
        return keep
    inside = []
    for r in keep:
        a, b = clause_of(sentence, r.spot.start - offset)
        if any(a <= x < b for x, _y in spans):
            inside.append(r)
    return inside if inside else keep
