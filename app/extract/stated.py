"""app.extract.stated: a name the article itself says is a first-level region.

- Listed among states: "western states such as California or Washington", "Idaho, Utah and Washington": a name
  listed only with first-level regions of one country, that has a region of that country as a namesake, is
  that region, not the capital or a town of the name (a name a qualifier follows, "Florida and Washington,
  D.C.", is left as the qualifier says).
- Named in another form: an article datelined "CAMP MURRAY, Wash." or writing "Washington state" names the
  state; the same name bare elsewhere in it ("at home in Washington") is that state, not the capital."""

from __future__ import annotations

import re

from app.extract.focus import Resolved
from app.gazetteer import normalize
from app.geocode import Candidate

_COMMA = re.compile(r"\s*,\s*")


def _free(r: Resolved, hints_of: dict) -> bool:
    """A town or a capital nothing in its sentence places (a country is left to app.extract.nearby)."""
    h = hints_of.get(id(r.spot))
    return (
        r.spot.typed is None
        and not r.spot.adjectival
        and not r.spot.metonymic
        and r.cand.kind not in ("region", "country")
        and not (h is not None and (h.admin1 or h.country or h.near))
    )


def _region_namesake(cands: list[Candidate], cc: str | None, key: str) -> Candidate | None:
    for c in cands:
        if (
            c.kind == "region"
            and c.country_code == cc
            and c.admin1_code
            and c.stage == "exact"
            and normalize(c.name) == key
        ):
            return c
    return None


def qualified(text: str, spots: list) -> dict[int, object]:
    """The spots a place name right after a comma qualifies ("Washington, D.C."), and not as a list, with
    that qualifier's spot: the qualifier decides where they are."""
    out = {}
    for k in range(len(spots) - 1):
        s, nxt = spots[k], spots[k + 1]
        if (k + 1) not in s.listed_with and _COMMA.fullmatch(text[s.end : nxt.start]) is not None:
            out[id(s)] = nxt
    return out


def settle(
    text: str, spots: list, resolved: list[Resolved], cands_of: dict, hints_of: dict
) -> list[Resolved]:
    """Both rules of the module docstring, listed states first. A name its qualifier agrees with ("Washington,
    D.C." at the capital) is as sure as a stated one: the same name bare elsewhere does not move it."""
    asked = qualified(text, spots)
    of_spot = {id(r.spot): r for r in resolved}
    free = {id(r.spot) for r in resolved if id(r.spot) not in asked and _free(r, hints_of)}
    out = []
    for r in named_states(listed_states(spots, resolved, cands_of, free), cands_of, free):
        q = of_spot.get(id(asked.get(id(r.spot))))
        agrees = (
            q is not None
            and q.cand.kind == "region"
            and q.cand.admin1_code
            and (q.cand.country_code, q.cand.admin1_code) == (r.cand.country_code, r.cand.admin1_code)
        )
        if agrees and not r.confident:
            r = Resolved(r.spot, r.cand, r.alts, True)
        out.append(r)
    return out


def listed_states(spots: list, resolved: list[Resolved], cands_of: dict, free: set[int]) -> list[Resolved]:
    """A name listed only with first-level regions of one country is that country's region of the name."""
    of_spot = {id(r.spot): r for r in resolved}
    out = []
    for r in resolved:
        s = r.spot
        if s.listed_with and id(s) in free:
            partners = [of_spot.get(id(spots[j])) for j in s.listed_with]
            if partners and all(
                p is not None and p.cand.kind == "region" and p.cand.admin1_code for p in partners
            ):
                ccs = {p.cand.country_code for p in partners}
                region = (
                    _region_namesake(cands_of.get(id(s), []), next(iter(ccs)), s.key)
                    if len(ccs) == 1
                    else None
                )
                if region is not None:
                    # the text says so: as sure as a stated region (one sense does not undo it)
                    r = Resolved(s, region, [c for c in cands_of.get(id(s), []) if c is not region][:3], True)
        out.append(r)
    return out


def named_states(resolved: list[Resolved], cands_of: dict, free: set[int]) -> list[Resolved]:
    """A bare name is the first-level region the article names in another form (an abbreviation, "X state")."""
    stated: dict[str, Candidate] = {}
    for r in resolved:
        c = r.cand
        # "Wash.", "Washington state": the region written in another form than its name
        if (
            r.spot.typed == "region"
            and c.kind == "region"
            and c.admin1_code
            and normalize(r.spot.surface) != normalize(c.name)
        ):
            stated.setdefault(normalize(c.name), c)
    if not stated:
        return resolved
    out = []
    for r in resolved:
        region = stated.get(r.spot.key)
        if region is not None and id(r.spot) in free and r.cand.kind != "region":
            cands = cands_of.get(id(r.spot), [])
            if any(c.place_id == region.place_id for c in cands):
                r = Resolved(r.spot, region, [c for c in cands if c.place_id != region.place_id][:3], True)
        out.append(r)
    return out
