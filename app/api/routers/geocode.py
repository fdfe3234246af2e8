"""app.api.routers.geocode: GET /api/geocode."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from app.api.resources import get_gazetteer, get_settings
from app.api.responses import GeoJSONResponse
from app.errors import NotFound
from app.geocode import Geocoder
from app.geocode.nominatim import online_geocoder

router = APIRouter(tags=["places"])


def get_geocoder(request: Request) -> Geocoder:
    # Its own instance: only this endpoint may fall back to an online service (off unless configured).
    g = getattr(request.app.state, "lookup_geocoder", None)
    if g is None:
        online = online_geocoder(get_settings(request))
        g = request.app.state.lookup_geocoder = Geocoder(get_gazetteer(request), online=online)
    return g


@router.get(
    "/api/geocode",
    response_class=GeoJSONResponse,
    summary="Candidates for a place name, best first",
    responses={
        404: {
            "description": "No place matches `q` (or `near` names no place); suggestions when close names exist",
            "content": {"application/problem+json": {}},
        }
    },
)
def geocode(
    request: Request,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            pattern=r"\S",  # not only whitespace: that names nothing (400)
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
