"""app.extract.claims.judge: measure a distance statement on the WGS84 ellipsoid and give the verdict."""

from __future__ import annotations

import math
from typing import Any

from app.extract.claims.figure import (
    CONSISTENT_PCT,
    DIRECTION_OK_DEG,
    DIRECTION_WRONG_DEG,
    INCONSISTENT_PCT,
    SLACK_KM,
    _to_km,
)
from app.extract.claims.points import _POINT_KINDS, _countries, _Place
from app.geo import measure
from app.geocode import Geocoder

# ---------------------------------------------------------------- measuring and judging


def _judge(
    article_id: str,
    text: str,
    start: int,
    end: int,
    stated: dict,
    ref: _Place,
    subj: _Place | None,
    geocoder: Geocoder,
) -> dict:
    bearing_stated = stated.pop("_bearing")
    rec: dict[str, Any] = {
        "article": article_id,
        "text": text[start:end],
        "start": start,
        "end": end,
        "stated": stated,
        "from": ref.record(),
        "to": subj.record() if subj else {"name": None, "lat": None, "lon": None, "text": None},
        "computed_km": None,
        "computed_bearing_deg": None,
        "difference_pct": None,
        "verdict": "unclear",
        "explanation": "",
    }
    rec["text"] = rec["text"].rstrip()
    rec["end"] = rec["start"] + len(rec["text"])
    problems = [p.problem for p in (ref, subj) if p is not None and p.problem]
    if subj is None:
        problems.append("no place in this or the previous sentence to measure from")
    for p in (ref, subj):
        if p is None or p.problem or p.border_of is not None:
            continue
        if p.kind == "water":
            problems.append(f"'{p.name}' is a body of water, not a point")
        elif p.precision >= 3:
            problems.append(f"'{p.name}' is only known as a whole region")
    if problems:
        rec["explanation"] = "Not measured: " + "; ".join(problems) + "."
        return rec

    geodesic = None  # measured once, for the distance and the bearing
    if ref.border_of is not None:
        bd = _countries().border_distance(subj.lat, subj.lon, ref.border_of)
        ref.lat, ref.lon = round(bd.border_lat, 6), round(bd.border_lon, 6)
        if ref.name is None or not ref.name.startswith("border of"):
            ref.name = f"border of {bd.country}"
        rec["from"] = ref.record()
        km = bd.distance_km
        how = (
            f"from {subj.name} ({subj.lat:.4f}, {subj.lon:.4f}) to the nearest point of the {bd.country} border "
            f"({bd.border_lat:.4f}, {bd.border_lon:.4f}; Natural Earth 1:10m, coastline included)"
        )
        if bd.inside:
            how += f"; {subj.name} lies inside {bd.country}"
    else:
        geodesic = measure(ref.lat, ref.lon, subj.lat, subj.lon)
        km = geodesic.distance_km
        how = f"between {ref.name} ({ref.lat:.4f}, {ref.lon:.4f}) and {subj.name} ({subj.lat:.4f}, {subj.lon:.4f})"
    # the bearing is only reported (and checked) when the text states a direction
    bearing = None
    if bearing_stated is not None and km > 0:
        if geodesic is None:
            geodesic = measure(ref.lat, ref.lon, subj.lat, subj.lon)
        bearing = geodesic.initial_bearing_deg
    check = _Check(stated, bearing_stated)
    diff, distance_verdict = check.distance(km)
    rec["computed_km"] = round(km, 1)
    rec["computed_bearing_deg"] = round(bearing, 1) if bearing is not None else None
    rec["difference_pct"] = round(diff, 1)
    notes = [
        f"Measured the geodesic (WGS84) {how}: {km:.1f} km against the stated {check.figure} ({diff:+.1f} %)."
    ]
    direction_verdict = "consistent"
    if bearing is not None:
        off, direction_verdict = check.direction(bearing)
        notes.append(
            f"Bearing from {ref.name} to {subj.name} is {bearing:.0f}°; '{stated['direction']}' is "
            f"{bearing_stated:g}°, {off:.0f}° apart."
        )
    notes += [p.note[0].upper() + p.note[1:] + "." for p in (ref, subj) if p.note]
    cautions = [p.caution for p in (ref, subj) if p.caution]
    if cautions:
        notes.append("Caution: " + "; ".join(cautions) + ".")
    other = None
    if "inconsistent" in (distance_verdict, direction_verdict) and ref.border_of is None:
        other = _other_reading(check, ref, subj, geocoder)
        if other:
            notes.append(other)
    if "inconsistent" in (distance_verdict, direction_verdict) and (cautions or other):
        rec["verdict"] = "unclear"
    elif "inconsistent" in (distance_verdict, direction_verdict):
        rec["verdict"] = "inconsistent"
    elif distance_verdict == direction_verdict == "consistent":
        rec["verdict"] = "consistent"
    else:
        rec["verdict"] = "unclear"
    rec["explanation"] = " ".join(notes)
    return rec


class _Check:
    """The stated figure as an interval the true distance should fall in, and the stated compass bearing."""

    def __init__(self, stated: dict, bearing: float | None) -> None:
        km = _to_km(float(stated["value"]), stated["unit"])
        self.km = km
        self.bearing = bearing
        bound = stated["bound"]
        if bound == "max":
            self.lo, self.hi, self.figure = 0.0, km, f"at most {stated['km']} km"
        elif bound == "min":
            self.lo, self.hi, self.figure = km, math.inf, f"at least {stated['km']} km"
        elif bound == "range":
            hi = _to_km(float(stated["value_max"]), stated["unit"])
            self.lo, self.hi, self.figure = km, hi, f"{stated['km']}-{stated['km_max']} km"
        else:
            self.lo, self.hi, self.figure = km, km, f"about {stated['km']} km"
        self.ranged = bound == "range"

    def distance(self, km: float) -> tuple[float, str]:
        """(difference in %, verdict); for a range the difference is from its nearest end."""
        off_km = km - self.lo if km < self.lo else km - self.hi if km > self.hi else 0.0
        off_pct = 0.0 if off_km == 0 else abs(off_km) / (self.lo if km < self.lo else self.hi) * 100.0
        diff = math.copysign(off_pct, off_km) if self.ranged else (km - self.km) / self.km * 100.0
        if off_pct <= CONSISTENT_PCT or abs(off_km) <= SLACK_KM:
            return diff, "consistent"
        if off_pct > INCONSISTENT_PCT:
            return diff, "inconsistent"
        return diff, "unclear"

    def direction(self, bearing: float) -> tuple[float, str]:
        off = abs(((bearing - self.bearing + 180.0) % 360.0) - 180.0)
        if off <= DIRECTION_OK_DEG:
            return off, "consistent"
        return off, "inconsistent" if off > DIRECTION_WRONG_DEG else "unclear"


def misfit(stated: dict, km: float, bearing_deg: float) -> float | None:
    """How far a measured distance and initial bearing lie from a stated figure and direction, each in units of
    the tolerance beyond which this checker calls it inconsistent (0 is an exact fit); None when it would call
    either inconsistent. Resolution uses it to choose the namesake a statement means."""
    check = _Check(stated, stated["_bearing"])
    (pct, dv), (off, bv) = check.distance(km), check.direction(bearing_deg)
    if "inconsistent" in (dv, bv):
        return None
    return abs(pct) / INCONSISTENT_PCT + off / DIRECTION_WRONG_DEG


def _other_reading(check: _Check, ref: _Place, subj: _Place, geocoder: Geocoder) -> str | None:
    """When a name has namesakes, say if another reading of the two places fits the statement: the text
    may mean that one, so the statement is then unclear rather than wrong. Readings: the resolver's
    alternatives, and for each reading of one place the namesake of the other nearest to it."""
    if ref.settled and subj.settled:
        return None
    refs = [(ref.name, None, ref.lat, ref.lon), *([] if ref.settled else ref.alts)]
    subjs = [(subj.name, None, subj.lat, subj.lon), *([] if subj.settled else subj.alts)]
    if not subj.settled and subj.surface:
        subjs += [n for n in (_nearest_namesake(geocoder, subj.surface, (r[2], r[3])) for r in refs) if n]
    if not ref.settled and ref.surface:
        refs += [n for n in (_nearest_namesake(geocoder, ref.surface, (x[2], x[3])) for x in subjs) if n]
    best = None
    for rn, ra, rlat, rlon in refs:
        for sn, sa, slat, slon in subjs:
            if (rlat, rlon) == (ref.lat, ref.lon) and (slat, slon) == (subj.lat, subj.lon):
                continue
            g = measure(rlat, rlon, slat, slon)
            fit = check.distance(g.distance_km)[1]
            if check.bearing is not None and fit != "inconsistent":
                towards = check.direction(g.initial_bearing_deg)[1]
                fit = towards if towards != "consistent" else fit
            if fit == "inconsistent" or (
                best is not None and (best[0] == "consistent" or fit != "consistent")
            ):
                continue
            which = []
            if (rlat, rlon) != (ref.lat, ref.lon):
                which.append(
                    f"{ref.text!r} as {rn}" + (f" ({ra})" if ra else "") + f" ({rlat:.4f}, {rlon:.4f})"
                )
            if (slat, slon) != (subj.lat, subj.lon):
                which.append(
                    f"{subj.text!r} as {sn}" + (f" ({sa})" if sa else "") + f" ({slat:.4f}, {slon:.4f})"
                )
            best = (fit, which, g)
    if best is None:
        return None
    fit, which, g = best
    return (
        f"The names are ambiguous: reading {' and '.join(which)} gives {g.distance_km:.1f} km"
        + (f", bearing {g.initial_bearing_deg:.0f}°" if check.bearing is not None else "")
        + (", which fits." if fit == "consistent" else ", which comes close.")
    )


def _nearest_namesake(geocoder: Geocoder, name: str, pt: tuple[float, float]):
    hits = [c for c in geocoder.search(name, near=pt, limit=1) if c.kind in _POINT_KINDS]
    return (hits[0].name, hits[0].admin1, hits[0].lat, hits[0].lon) if hits else None
