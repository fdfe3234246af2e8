"""app.geocode.candidate: what a lookup returns, and the hints a query may carry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may refer to, with the score and the reasons behind it."""

    name: str
    lat: float
    lon: float
    kind: str
    country_code: str | None
    admin1: str | None
    geonameid: int | None
    population: int
    score: float
    geo_precision: int
    matched: str = ""
    why: tuple[str, ...] = ()
    place_id: int = -1
    admin1_code: str | None = None

    @property
    def stage(self) -> str:
        """How the name matched: the lookup stage that opens the first reason ("exact", "alias", "generated",
        "variant", "fuzzy:93", as app.geocode.geocoder writes "<stage> match on 'key'"); "" without reasons."""
        return self.why[0].split(" ", 1)[0] if self.why else ""

    @property
    def stands_in(self) -> bool:
        """Whether this is an area standing in for a name the gazetteer lacks (the region the article is about,
        the county named with a hamlet), as the geocoder and app.extract.hamlets open its first reason: "no
        place 'X' in ... in the gazetteer; returning ..."."""
        return bool(self.why) and self.why[0].startswith("no place")

    def to_dict(self) -> dict[str, Any]:
        # Spelled out rather than dataclasses.asdict, which deep-copies field by field and was the
        # single largest cost of a cached OfflineGeocoder.geocode call.
        return {
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "kind": self.kind,
            "country_code": self.country_code,
            "admin1": self.admin1,
            "geonameid": self.geonameid,
            "population": self.population,
            "score": self.score,
            "geo_precision": self.geo_precision,
            "matched": self.matched,
            "why": list(self.why),
            "place_id": self.place_id,
            "admin1_code": self.admin1_code,
        }

    def to_feature(self) -> dict[str, Any]:
        props = self.to_dict()
        props.pop("place_id", None)
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [self.lon, self.lat]},
            "properties": props,
        }


@dataclass(frozen=True, slots=True)
class Hints:
    """Context that narrows a lookup: a country, a region, a point the place should be near."""

    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: tuple[str, str] | None = None  # (country_code, GeoNames admin1 code)
    admin1_name: str | None = None
    near: tuple[float, float] | None = None  # (lat, lon)
    near_km: float = 150.0  # scale of the proximity bonus
    kinds: tuple[str, ...] = field(default=())

    def merged(self, other: Hints) -> Hints:
        return Hints(
            country=other.country or self.country,
            admin1=other.admin1 or self.admin1,
            admin1_name=other.admin1_name or self.admin1_name,
            near=other.near or self.near,
            near_km=other.near_km if other.near else self.near_km,
            kinds=other.kinds or self.kinds,
        )
