"""app.api.routers.geodesy: GET /api/distance, GET /api/range, GET /api/weapons."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request

from app.api.resources import get_gazetteer, get_offline_geocoder
from app.api.responses import GeoJSONResponse, ORJSONResponse
from app.errors import InvalidQuery, geo_errors
from app.geo import (
    TARGET_SETS,
    Place,
    RingSpec,
    capital_targets,
    distance_answer,
    load_weapons,
    plan_rings,
    range_collection,
    record_targets,
    settlement_targets,
)

router = APIRouter(tags=["geodesy"])

# Every city of >= 100k within 5,500 km of Krichev-6 is ~2,100 points; 5,000 keeps such answers whole while
# "every hamlet on Earth" (235,000 points, 50 MB) is cut to the nearest and counted in numberMatched.
DEFAULT_TARGETS = 5_000
MAX_TARGETS = 50_000

# Documented shapes, so /docs shows them and schema checks (schemathesis) can hold the answers to them.
_PROBLEM = {"content": {"application/problem+json": {"schema": {"type": "object", "required": ["status"]}}}}
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Invalid parameter (named in the problem)", **_PROBLEM},
    404: {"description": "Unknown place or weapon (with suggestions)", **_PROBLEM},
}
_PLACE = {"type": "object", "required": ["name", "lat", "lon"]}
_DISTANCE = {
    "type": "object",
    "required": ["type", "geometry", "properties"],
    "properties": {
        "type": {"const": "Feature"},
        "geometry": {"type": "object", "properties": {"type": {"enum": ["LineString", "MultiLineString"]}}},
        "properties": {
            "type": "object",
            "required": ["distance_km", "distance_mi", "distance_nmi", "initial_bearing_deg", "from", "to"],
            "properties": {
                "distance_km": {"type": "number", "minimum": 0},
                "distance_mi": {"type": "number", "minimum": 0},
                "distance_nmi": {"type": "number", "minimum": 0},
                "initial_bearing_deg": {"type": "number", "minimum": 0, "maximum": 360},
                "final_bearing_deg": {"type": "number", "minimum": 0, "maximum": 360},
                "from": _PLACE,
                "to": _PLACE,
            },
        },
    },
}
_RANGE = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "numberMatched": {"type": "integer", "minimum": 0},
        "numberReturned": {"type": "integer", "minimum": 0},
        "features": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "geometry": {
                        "type": "object",
                        "properties": {"type": {"enum": ["Polygon", "MultiPolygon", "Point"]}},
                    },
                    "properties": {
                        "type": "object",
                        "required": ["kind"],
                        "properties": {"kind": {"enum": ["ring", "target"]}},
                    },
                },
            },
        },
    },
}
_WEAPONS = {
    "type": "array",
    "items": {"type": "object", "required": ["name", "aliases", "class", "min_km", "max_km", "sources"]},
}


def _place(request: Request, text: str, param: str) -> Place:
    c = get_offline_geocoder(request).locate(text, param=param)
    return Place(name=c.name, lat=float(c.lat), lon=float(c.lon), country_code=c.country_code, kind=c.kind)


def _targets(request: Request, kind: str | None, center: Place, specs: list[RingSpec], min_population: int):
    if kind is None:
        return None
    if kind == "capitals":
        return capital_targets()
    if kind == "cities":
        gaz = get_gazetteer(request)
        return settlement_targets(
            lat=gaz.lat, lon=gaz.lon, kind=gaz.kind, population=gaz.population, names=gaz.names,
            country_code=gaz.country_code, geonameid=gaz.geonameid, min_population=min_population,
        )  # fmt: skip
    store = getattr(request.app.state, "store", None)
    if store is None:
        return record_targets([])
    from app.store.base import EventFilter

    largest = max(s.max_km for s in specs)
    records, _ = store.query(EventFilter(near=(center.lat, center.lon), within_km=largest))
    return record_targets(records)


@router.get(
    "/api/distance",
    response_class=GeoJSONResponse,
    summary="Geodesic distance and bearings between two places (WGS84); the line split at ±180°",
    responses={200: {"content": {"application/geo+json": {"schema": _DISTANCE}}}, **_ERRORS},
)
def distance(
    request: Request,
    from_: Annotated[
        str, Query(alias="from", min_length=1, max_length=200, description="Place name or 'lat,lon'")
    ],
    to: Annotated[str, Query(min_length=1, max_length=200, description="Place name or 'lat,lon'")],
) -> GeoJSONResponse:
    a = _place(request, from_, "from")
    b = _place(request, to, "to")
    return GeoJSONResponse(distance_answer(a, b))


@router.get(
    "/api/range",
    response_class=GeoJSONResponse,
    summary="What lies within range: geodesic ring(s) and the targets inside, nearest first",
    responses={200: {"content": {"application/geo+json": {"schema": _RANGE}}}, **_ERRORS},
)
def range_(
    request: Request,
    from_: Annotated[
        str, Query(alias="from", min_length=1, max_length=200, description="Centre: name or 'lat,lon'")
    ],
    weapon: Annotated[
        list[str] | None, Query(max_length=100, description="Catalogue weapon; repeat for one ring each")
    ] = None,
    max_km: Annotated[
        float | None, Query(gt=0, le=20000, description="Outer radius in km, 0 < max_km <= 20000")
    ] = None,
    min_km: Annotated[
        float | None, Query(ge=0, le=20000, description="Inner radius in km (a donut); default the weapon's")
    ] = None,
    targets: Annotated[
        Literal["capitals", "cities", "events"] | None, Query(description="capitals | cities | events")
    ] = None,
    min_population: Annotated[int, Query(ge=0, description="For targets=cities")] = 100_000,
    limit: Annotated[
        int,
        Query(ge=1, le=MAX_TARGETS, description="Keep only the nearest targets (numberMatched tells all)"),
    ] = DEFAULT_TARGETS,
) -> GeoJSONResponse:
    if targets is not None and targets not in TARGET_SETS:
        raise InvalidQuery(
            f"targets must be one of {', '.join(TARGET_SETS)}, got {targets!r}", param="targets"
        )
    with geo_errors():
        specs = plan_rings(list(weapon or []), max_km, min_km)
    center = _place(request, from_, "from")
    with geo_errors():
        fc = range_collection(
            center, specs, _targets(request, targets, center, specs, min_population), limit=limit
        )
    return GeoJSONResponse(fc)


@router.get(
    "/api/weapons",
    response_class=ORJSONResponse,
    summary="The cited weapon range catalogue",
    responses={200: {"content": {"application/json": {"schema": _WEAPONS}}}},
)
def weapons() -> ORJSONResponse:
    return ORJSONResponse([w.to_dict() for w in load_weapons()])
