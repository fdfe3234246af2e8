"""app.geo.ranges: "what lies within range" — rings, targets inside them by geodesic distance, and the GeoJSON.

The CLI verbs and the HTTP endpoints both build their answers here, so `conflictmap range --json` and
`GET /api/range` print the same FeatureCollection. Places arrive already resolved (`Place`); this module
knows nothing of gazetteers, stores or the web.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from shapely.geometry import mapping

from app.geo.catalogue import Weapon, find_weapon, load_capitals
from app.geo.geodesic import distances_km, geodesic_line, measure, spherical_upper_bound_filter
from app.geo.rings import RadiusError, ring_polygon, validate_radii

__all__ = [
    "Place",
    "RingSpec",
    "Targets",
    "within",
    "plan_rings",
    "distance_feature",
    "distance_answer",
    "ring_feature",
    "range_collection",
    "capital_targets",
    "settlement_targets",
    "record_targets",
    "TARGET_SETS",
]

TARGET_SETS = ("capitals", "cities", "events")
_PREFILTER_ABOVE = 5000  # below this many points the exact Geod.inv is cheaper than filtering first


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved point: what a name or "lat,lon" turned into."""

    name: str
    lat: float
    lon: float
    country_code: str | None = None
    kind: str | None = None  # "country" makes a distance end at that country's nearest border point

    def to_dict(self, *, with_country: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "lat": self.lat, "lon": self.lon}
        if with_country:
            d["country_code"] = self.country_code
        return d


@dataclass(frozen=True, slots=True)
class RingSpec:
    """One ring to draw: a weapon's default range, or radii given by hand (weapon None)."""

    max_km: float
    min_km: float = 0.0
    weapon: Weapon | None = None

    @classmethod
    def for_weapon(cls, weapon: Weapon, *, min_km: float | None = None) -> RingSpec:
        return cls(max_km=weapon.max_km, min_km=weapon.min_km if min_km is None else min_km, weapon=weapon)


@dataclass(frozen=True, slots=True)
class Targets:
    """Candidate points as arrays, and how to describe a batch of them (by index) as GeoJSON properties."""

    lat: np.ndarray
    lon: np.ndarray
    describe: Callable[[np.ndarray], list[dict[str, Any]]]


def plan_rings(weapons: Sequence[str], max_km: float | None, min_km: float | None) -> list[RingSpec]:
    """The rings a range question asks for: one per weapon named, or one from radii given by hand.

    Raises RadiusError (naming the parameter) or UnknownWeapon (with suggestions).
    """
    if weapons and max_km is not None:
        raise RadiusError("give either a weapon or max_km, not both", param="max_km")
    if not weapons and max_km is None:
        raise RadiusError("give a weapon name or max_km", param="max_km")
    if weapons:
        specs = [RingSpec.for_weapon(find_weapon(w), min_km=min_km) for w in weapons]
    else:
        specs = [RingSpec(max_km=float(max_km), min_km=float(min_km or 0.0))]  # type: ignore[arg-type]
    for s in specs:
        validate_radii(s.max_km, s.min_km)
    return specs


def within(
    lat: float, lon: float, lats: np.ndarray, lons: np.ndarray, *, max_km: float, min_km: float = 0.0
) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the points whose geodesic distance lies in [min_km, max_km], nearest first, and those distances.

    Always decided by the WGS84 geodesic distance (vectorised Geod.inv), never by testing points against the
    ring polygon: the polygon is a drawing, the distance is the fact.
    """
    lats = np.asarray(lats, dtype=np.float64)
    lons = np.asarray(lons, dtype=np.float64)
    idx = np.arange(lats.size)
    if lats.size > _PREFILTER_ABOVE:
        idx = idx[spherical_upper_bound_filter(lat, lon, lats, lons, max_km=max_km)]
    d = distances_km(lat, lon, lats[idx], lons[idx])
    keep = (d <= max_km) & (d >= min_km)
    idx, d = idx[keep], d[keep]
    order = np.argsort(d, kind="stable")
    return idx[order], d[order]


def distance_feature(a: Place, b: Place) -> dict[str, Any]:
    """GeoJSON Feature: the geodesic from a to b (LineString, or MultiLineString split at ±180°)."""
    m = measure(a.lat, a.lon, b.lat, b.lon)
    return {
        "type": "Feature",
        "geometry": mapping(geodesic_line(a.lat, a.lon, b.lat, b.lon)),
        "properties": {
            "distance_km": round(m.distance_km, 3),
            "distance_mi": round(m.distance_mi, 3),
            "distance_nmi": round(m.distance_nmi, 3),
            "initial_bearing_deg": round(m.initial_bearing_deg, 3),
            "final_bearing_deg": round(m.final_bearing_deg, 3),
            "from": a.to_dict(),
            "to": b.to_dict(),
        },
    }


def distance_answer(a: Place, b: Place) -> dict[str, Any]:
    """The distance Feature between two resolved places; a country end means its nearest border point.

    "How far is Kyiv from Belarus?" asks for the border, not the country's label point, so when exactly one
    end is a country (and Natural Earth knows its code) the line runs to the closest point of its border.
    """
    if (a.kind == "country") != (b.kind == "country"):
        point, country = (b, a) if a.kind == "country" else (a, b)
        from app.geo.countries import load_countries

        try:
            border = load_countries().border_distance(point.lat, point.lon, country.country_code or "")
        except KeyError:
            return distance_feature(a, b)
        edge = Place(f"{country.name} border", border.border_lat, border.border_lon, country.country_code)
        f = distance_feature(point, edge) if point is a else distance_feature(edge, point)
        f["properties"]["border"] = {
            "end": "to" if point is a else "from",
            "country_code": border.country_code,
            "country": country.name,
            "point_inside": border.inside,
        }
        return f
    return distance_feature(a, b)


def ring_feature(center: Place, spec: RingSpec, *, countries: bool = True) -> dict[str, Any]:
    """GeoJSON Feature: the area within range of the centre (Polygon/MultiPolygon, RFC 7946)."""
    geom = ring_polygon(center.lat, center.lon, spec.max_km, spec.min_km)
    props: dict[str, Any] = {
        "kind": "ring",
        "center": center.to_dict(with_country=False),
        "min_km": spec.min_km,
        "max_km": spec.max_km,
        "weapon": spec.weapon.name if spec.weapon else None,
    }
    if spec.weapon is not None:
        props["weapon_class"] = spec.weapon.weapon_class
        props["range_spread_km"] = list(spec.weapon.max_km_spread) if spec.weapon.max_km_spread else None
    if countries:
        from app.geo.countries import load_countries

        full, partial = load_countries().covered_by(geom)
        props["countries_full"] = full
        props["countries_partial"] = partial
    return {"type": "Feature", "geometry": mapping(geom), "properties": props}


def range_collection(
    center: Place,
    specs: Sequence[RingSpec],
    targets: Targets | None = None,
    *,
    countries: bool = True,
    limit: int | None = None,
) -> dict[str, Any]:
    """FeatureCollection: one ring per spec, then the targets inside the largest ring, nearest first.

    `limit` keeps only the nearest targets; `numberMatched`/`numberReturned` then say how many there were.
    """
    if not specs:
        raise ValueError("at least one ring is needed")
    for s in specs:
        validate_radii(s.max_km, s.min_km)
    features = [ring_feature(center, s, countries=countries) for s in specs]
    if targets is not None:
        largest = max(specs, key=lambda s: s.max_km)
        idx, dist = within(
            center.lat, center.lon, targets.lat, targets.lon, max_km=largest.max_km, min_km=largest.min_km
        )
        matched = int(idx.size)
        if limit is not None:
            idx, dist = idx[:limit], dist[:limit]
        # Built in bulk from plain lists: per-item numpy indexing would cost more than the geodesy.
        props = targets.describe(idx)
        lons, lats = targets.lon[idx].tolist(), targets.lat[idx].tolist()
        for p, x, y, d in zip(props, lons, lats, np.round(dist, 3).tolist(), strict=True):
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [x, y]},
                    "properties": {"kind": "target", **p, "distance_km": d},
                }
            )
        return {
            "type": "FeatureCollection",
            "features": features,
            "numberMatched": matched,
            "numberReturned": int(idx.size),
        }
    return {"type": "FeatureCollection", "features": features}


def capital_targets() -> Targets:
    caps = load_capitals()
    lat = np.array([c.lat for c in caps])
    lon = np.array([c.lon for c in caps])

    def describe(idx: np.ndarray) -> list[dict[str, Any]]:
        return [
            {
                "name": c.capital,
                "country": c.country,
                "country_code": c.country_code,
                "geonameid": c.geonameid,
                "nato": c.nato,
                "nato_since": c.nato_since,
            }
            for c in (caps[i] for i in idx.tolist())
        ]

    return Targets(lat, lon, describe)


def settlement_targets(
    *,
    lat: np.ndarray,
    lon: np.ndarray,
    kind: np.ndarray,
    population: np.ndarray,
    names: Sequence[str],
    country_code: np.ndarray,
    geonameid: np.ndarray,
    min_population: int,
) -> Targets:
    """Settlements of at least min_population out of whole gazetteer arrays (filtered before any geodesy)."""
    # The integer test first: comparing 200,000 strings costs more than everything after it.
    sel = np.flatnonzero(population >= min_population)
    sel = sel[kind[sel] == "settlement"]

    def describe(idx: np.ndarray) -> list[dict[str, Any]]:
        rows = sel[idx]
        return [
            {"name": names[i], "country_code": cc or None, "population": pop, "geonameid": gid or None}
            for i, cc, pop, gid in zip(
                rows.tolist(),
                country_code[rows].tolist(),
                population[rows].tolist(),
                geonameid[rows].tolist(),
                strict=True,
            )
        ]

    return Targets(lat[sel], lon[sel], describe)


def record_targets(records: Sequence[dict[str, Any]]) -> Targets:
    """Stored event records (contract properties + lat/lon) as targets."""
    recs = [r for r in records if r.get("lat") is not None and r.get("lon") is not None]
    lat = np.array([float(r["lat"]) for r in recs], dtype=np.float64)
    lon = np.array([float(r["lon"]) for r in recs], dtype=np.float64)

    def describe(idx: np.ndarray) -> list[dict[str, Any]]:
        return [
            {
                "name": r.get("location"),
                "country_code": r.get("country_code"),
                "event_id": r.get("id"),
                "event_date": r.get("event_date"),
                "event_type": r.get("event_type"),
                "sub_event_type": r.get("sub_event_type"),
            }
            for r in (recs[i] for i in idx.tolist())
        ]

    return Targets(lat, lon, describe)
