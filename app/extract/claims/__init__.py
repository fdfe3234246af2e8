"""app.extract.claims: distance statements in an article ("some 300 km east of Minsk", "less than 60 miles
from the border with Belarus"), measured on the WGS84 ellipsoid between the places they name, with a verdict.

A claim has a subject (the place the sentence is about) and a reference (the place after "of"/"from").
`from` in the output is the reference and `to` the subject: a stated direction ("east of Minsk") is the
initial bearing from the reference to the subject, and that is the bearing reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from app.extract.claims.figure import (
    _APART,
    _BETWEEN_BEFORE,
    _CLAIM,
    _NOT_A_LOCATION,
    _SEPARATE,
    CONSISTENT_PCT,
    INCONSISTENT_PCT,
    MOVEMENT_WORD,
    _is_area_unit,
    _stated,
)
from app.extract.claims.judge import _judge
from app.extract.claims.points import (
    _AWAY,
    _POINT_KINDS,
    _look_up,
    _Place,
    _place_of,
    _reference,
    _subject,
    _unmapped_subject,
)
from app.extract.model import Mention
from app.extract.resolve import Resolved
from app.extract.segment import Sentence
from app.geocode import Geocoder

__all__ = ["distance_claims", "CONSISTENT_PCT", "INCONSISTENT_PCT"]


def distance_claims(parsed, geocoder: Geocoder) -> list[dict[str, Any]]:
    """Every distance statement in the article, measured and judged, in text order.

    >>> # "Krichev, some 300 km east of Minsk" -> from Minsk to Krichev, 274 km, bearing ~93°: consistent
    """
    text = parsed.article.text
    sentences = parsed.doc.sentences
    pairs = sorted(zip(parsed.resolved, parsed.mentions, strict=True), key=lambda p: p[0].spot.start)
    starts = [r.spot.start for r, _m in pairs]

    def places_in(s: Sentence) -> list[tuple[Resolved, Mention]]:
        return pairs[bisect_left(starts, s.start) : bisect_left(starts, s.end)]

    found: list[dict[str, Any]] = []
    for si, sent in enumerate(sentences):
        # the sentence's places by bisection: a scan of every place for every sentence is quadratic
        in_sent = places_in(sent)
        used_refs: list[tuple[int, int]] = []
        taken: list[tuple[int, int]] = []
        parsed_claims = []
        movement = MOVEMENT_WORD.search(text, sent.start, sent.end)
        for m in _CLAIM.finditer(text, sent.start, sent.end):
            if _is_area_unit(text, m.start()) or (
                movement is not None
                and movement.start() < m.start()
                and _NOT_A_LOCATION.search(text[sent.start : m.start()])
            ):
                continue
            stated = _stated(m)
            if stated is None:
                continue
            ref = _reference(text, m, sent, in_sent, geocoder)
            if ref is None:
                continue
            parsed_claims.append((m, stated, ref))
            taken.append((m.start(), m.end()))
            if ref.start >= 0:
                used_refs.append((ref.start, ref.end))
        for m in _AWAY.finditer(text, sent.start, sent.end):
            if any(m.start() < e and s0 < m.end() for s0, e in taken):
                continue
            stated = _stated(m)
            if stated is None:
                continue
            ref = _named_reference(text, m, in_sent)
            parsed_claims.append((m, stated, ref))
            taken.append((m.start(), m.end()))
            used_refs.append((ref.start, ref.end))
        used = set(used_refs)  # asked for every place before every statement of the sentence
        speakers: dict[int, bool] = {}
        for m, stated, ref in parsed_claims:
            subj = _subject(text, m, ref, sent, si, sentences, places_in, in_sent, used, geocoder, speakers)
            if subj is None:
                subj = _unmapped_subject(text, m, sent, geocoder)
            if ref.lookup:
                _look_up(ref, geocoder, near=subj)
            end = max(ref.end, m.end())
            found.append(_judge(parsed.article.id, text, m.start(), end, stated, ref, subj, geocoder))
        for start, end, stated, a_place, b_place in _pair_claims(text, sent, in_sent, taken):
            found.append(_judge(parsed.article.id, text, start, end, stated, a_place, b_place, geocoder))
    found.sort(key=lambda c: c["start"])
    return found


def _named_reference(text: str, m: re.Match, in_sent) -> _Place:
    a, b = m.span("ref")
    hits = [(r, mm) for r, mm in in_sent if a <= r.spot.start < b]
    if not hits:
        return _Place(None, None, None, text[a:b], a, b, lookup=m["ref"])
    r, mention = hits[0]
    place = _place_of(r, mention, text)
    if mention.kind == "country":
        place.border_of = mention.country_code
    return place


def _pair_claims(text: str, sent: Sentence, in_sent, taken):
    """'A and B are 470 km apart', 'the distance between A and B is 470 km', '470 km separate A and B'."""
    points = [(r, mm) for r, mm in in_sent if mm.kind in (*_POINT_KINDS, "country", "region")]

    def joined(x, y) -> bool:
        return bool(
            re.fullmatch(
                r"\s*(?:,\s*)?and\s+(?:the\s+)?(?:[a-z]+\s+){0,3}", text[x[0].spot.end : y[0].spot.start]
            )
        )

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    # Each pattern below needs its word in the sentence ("apart"; "between" or "separat-"), and the letters
    # tested have no other case under re.I: a substring test skips the scan of a sentence without them.
    low = text[sent.start : sent.end].lower()
    apart = _APART.finditer(text, sent.start, sent.end) if "apart" in low else ()
    separate = _SEPARATE.finditer(text, sent.start, sent.end) if "between" in low or "eparat" in low else ()
    for m in apart:
        before = [p for p in points if p[0].spot.end <= m.start()]
        if len(before) >= 2 and joined(before[-2], before[-1]) and free(m.start(), m.end()):
            (ra, ma), (rb, mb) = before[-2], before[-1]
            yield ra.spot.start, m.end(), _stated(m), _pair_place(ra, ma, text), _pair_place(rb, mb, text)
    for m in separate:
        after = [p for p in points if p[0].spot.start >= m.end()]
        if len(after) >= 2 and joined(after[0], after[1]) and free(m.start(), m.end()):
            (ra, ma), (rb, mb) = after[0], after[1]
            yield m.start(), rb.spot.end, _stated(m), _pair_place(ra, ma, text), _pair_place(rb, mb, text)
    for i in range(len(points) - 1 if "between" in low else 0):
        x, y = points[i], points[i + 1]
        if not re.search(
            r"\bbetween\s+(?:the\s+)?(?:[a-z]+\s+){0,3}$",
            text[max(sent.start, x[0].spot.start - 40) : x[0].spot.start],
        ):
            continue
        if not joined(x, y):
            continue
        m = _BETWEEN_BEFORE.match(text, y[0].spot.end, sent.end)
        if m and free(m.start(), m.end()):
            head = text.rfind("between", sent.start, x[0].spot.start)
            yield head, m.end(), _stated(m), _pair_place(*x, text), _pair_place(*y, text)


def _pair_place(r: Resolved, mention: Mention, text: str) -> _Place:
    place = _place_of(r, mention, text)
    if mention.kind in ("country", "region"):
        place.problem = f"'{place.text}' is an area ({mention.kind}), not a point"
    return place
