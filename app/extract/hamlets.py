"""app.extract.hamlets: a place handed in as a place (a benchmark's gold span) that the gazetteer lacks, in a
story that names its county, is answered with the county rather than the whole state: a hamlet of Cooke County
is within 30 km of the county's middle, and Texas's reference point may be 500 km from it.

The county is the one named in the same sentence (the nearest before or after the name), else the only county
the whole article names, when it lies in the region the answer would otherwise have been. It is reported at
geo_precision 2 with a `why` that says so; a name that resolved to a place is never touched, and a span with no
county in its sentence or article keeps the region answer (or none)."""

from __future__ import annotations

import re
from dataclasses import replace

from app.extract.focus import Resolved
from app.extract.spotting.spans import Spot
from app.geocode import Candidate

_DIVISION_NAME = re.compile(r"\b(?:County|Parish|Borough|Township)$")
_CAPITALS_ABBREVIATION = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")


def _county(c: Candidate) -> bool:
    return c.kind == "other" and bool(c.country_code) and bool(_DIVISION_NAME.search(c.name))


def to_counties(spots: list[Spot], resolved: list[Resolved]) -> list[Resolved]:
    """`resolved` with region answers, and spans left unresolved, replaced by the county named with them."""
    counties = [r for r in resolved if _county(r.cand)]
    if not counties:
        return resolved
    only = counties[0].cand if len({r.cand.place_id for r in counties}) == 1 else None
    by_spot = {id(r.spot): k for k, r in enumerate(resolved)}
    out = list(resolved)
    for s in spots:
        if s.adjectival or _CAPITALS_ABBREVIATION.fullmatch(s.surface.strip()):
            continue
        k = by_spot.get(id(s))
        cur = out[k].cand if k is not None else None
        if cur is not None and not (cur.kind == "region" and cur.stands_in):
            continue
        near = [r for r in counties if r.spot.sentence.start == s.sentence.start and r.spot is not s]
        if near:
            county = min(near, key=lambda r: abs(r.spot.start - s.start)).cand
        elif (
            cur is not None
            and only is not None
            and (only.country_code, only.admin1_code)
            == (
                cur.country_code,
                cur.admin1_code,
            )
        ):
            county = only
        else:
            continue
        why = (f"no place {s.surface!r} in the gazetteer; returning {county.name}, the county named with it "
               "(geo_precision 2)",)  # fmt: skip
        answer = Resolved(s, replace(county, why=why + county.why, score=0.5, geo_precision=2), [], False)
        if k is None:
            out.append(answer)
        else:
            out[k] = answer
    return out
