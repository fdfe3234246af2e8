"""app.extract.events.offshore: a ship hit at sea, placed by a stated distance and bearing from a coastal town
('the vessel was hit about 50 nautical miles southwest of Hodeidah'). The town is only a reference, and a ship
that far out is nowhere near it: the event is the point that distance and bearing away on the WGS84
ellipsoid (one geodesic), geo_precision 2 — known only as a stated figure, not as a place."""

from __future__ import annotations

import re
from dataclasses import replace

from app.extract.claims.figure import _CLAIM, _stated
from app.extract.resolve import Resolved
from app.geo.geodesic import WGS84

# What was hit is a ship: the sentence, or the one before it in the paragraph, names one.
VESSEL = re.compile(
    r"\b(?:ships?|vessels?|tankers?|carriers?|freighters?|cargo\s+ships?|container\s+ships?|merchant\s+ships?|"
    r"boats?|dhows?|warships?|destroyers?|frigates?)\b",
    re.I,
)
# Words between "of"/"from" and the reference's name: "southwest of the port city of Hodeidah"
_TO_NAME = re.compile(r"^(?:the\s+)?(?:(?:Red\s+Sea\s+|Yemeni\s+|[a-z\-]+\s+){0,3}(?:of\s+(?:the\s+)?)?)?$")


_APPOSITION_GAP = re.compile(
    r"^\s*,\s*(?:(?:some|about|around|roughly|just|nearly|approximately)\s+)?$", re.I
)


def offshore_point(text: str, sent, items: list[Resolved], context: str = "") -> Resolved | None:
    """The point at sea of a ship hit 'N nautical miles/km <bearing> of X', when the sentence (or `context`,
    the sentence before) names a vessel and X is a town the sentence names; else None."""
    if not (VESSEL.search(sent.text) or VESSEL.search(context)):
        return None
    for m in _CLAIM.finditer(sent.text):
        stated = _stated(m)
        if stated is None or stated.get("_bearing") is None:
            continue  # a bearing is what places the point; "50 km from X" alone does not
        if any(
            r.cand.kind in ("settlement", "facility")
            and _APPOSITION_GAP.match(text[r.spot.end : sent.start + m.start()])
            for r in items
            if r.spot.end <= sent.start + m.start()
        ):
            continue  # "the port of Chornomorsk, some 20 km south of Odesa": the distance locates a named port
        ref_at = sent.start + m.end()
        ref = next(
            (
                r
                for r in items
                if r.spot.start >= ref_at
                and r.cand.kind in ("settlement", "facility")
                and _TO_NAME.match(text[ref_at : r.spot.start])
            ),
            None,
        )
        if ref is None:
            continue
        lon, lat, _back = WGS84.fwd(ref.cand.lon, ref.cand.lat, stated["_bearing"], stated["km"] * 1000.0)
        where = text[
            sent.start + m.start() : ref.spot.end
        ]  # "about 50 nautical miles southwest of ... Hodeidah"
        cand = replace(ref.cand, name=where, lat=lat, lon=lon, kind="water", geo_precision=2, population=0)
        return Resolved(ref.spot, cand, [], False)
    return None
