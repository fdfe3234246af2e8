"""app.api.routers.geocode: GET /api/geocode."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from app.api.resources import get_gazetteer
from app.api.responses import GeoJSONResponse
from app.errors import NotFound
from app.geocode import Geocoder

router = APIRouter(tags=["places"])


def get_geocoder(request: Request) -> Geocoder:
    g = getattr(request.app.state, "geocoder", None)
    if g is None:
        g = request.app.state.geocoder = Geocoder(get_gazetteer(request))
    return g


@router.get("/api/geocode", response_class=GeoJSONResponse, summary="Candidates for a place name, best first")
def geocode(
    request: Request,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="Place name; may carry qualifiers: 'Lyman, Donetsk region'",
        ),
    ],
    country: Annotated[
        str | None, Query(max_length=60, description="ISO 3166 alpha-2 code or country name")
    ] = None,
    near: Annotated[
        str | None, Query(max_length=200, description="Prefer places near this place or 'lat,lon'")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 5,
) -> GeoJSONResponse:
    g = get_geocoder(request)
    found = g.search(q, country=country, near=near, limit=limit)
    if not found:
        raise NotFound(f"no place called {q!r}", param="q", suggestions=g.suggest(q))
    return GeoJSONResponse({"type": "FeatureCollection", "features": [c.to_feature() for c in found]})
