"""app.api.routers.events: GET /api/events, stored events as GeoJSON or ACLED-column CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.api.ogc_features import feature_collection, paging_links
from app.api.page_cache import cached_page
from app.api.paging import read_page
from app.api.params import (
    MAX_CHARS,
    MAX_OFFSET,
    MAX_WITHIN_KM,
    build_filter,
    reject_unknown,
    search_filter,
)
from app.api.query import (
    CursorQuery,
    EventTypeQuery,
    FilterLangQuery,
    LimitQuery,
    SortbyQuery,
    TextSearchQuery,
)
from app.api.resources import get_offline_geocoder
from app.api.responses import GeoJSONResponse
from app.api.visibility import parse_review_status, visible_statuses
from app.errors import StoreError
from app.store.base import Store

router = APIRouter(prefix="/api", tags=["events"])

_FILTER_PARAMS = (
    "bbox", "datetime", "event_type", "near", "within_km", "origin", "review_status", "filter", "filter-lang", "q", "sortby", "format",
)  # fmt: skip
_ALLOWED = frozenset({*_FILTER_PARAMS, "limit", "offset", "cursor"})
_PROBLEM = {"content": {"application/problem+json": {}}}
_POINT_FEATURE = {
    "type": "object",
    "required": ["type", "id", "geometry", "properties"],
    "properties": {
        "type": {"const": "Feature"},
        "id": {"type": "string"},
        "geometry": {
            "type": "object",
            "required": ["type", "coordinates"],
            "properties": {
                "type": {"const": "Point"},
                "coordinates": {"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "number"}},
            },
        },
        "properties": {
            "type": "object",
            "required": ["id", "event_date", "event_type", "sub_event_type"],
            "properties": {
                "event_date": {"type": "string", "format": "date"},
                "fatalities": {"type": ["integer", "null"]},
                "injured": {"type": ["integer", "null"]},
                "confidence": {"type": ["number", "null"]},
            },
        },
    },
}
_FEATURE_COLLECTION = {
    "type": "object",
    # numberMatched is left out past COUNT_LIMIT matches (app.api.paging).
    "required": ["type", "features", "numberReturned"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": _POINT_FEATURE},
        "numberMatched": {"type": "integer", "minimum": 0},
        "numberReturned": {"type": "integer", "minimum": 0},
        "links": {"type": "array", "items": {"type": "object", "required": ["rel", "href"]}},
    },
}
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "A FeatureCollection of events (or ACLED-column CSV with format=csv)",
        "content": {
            "application/geo+json": {"schema": _FEATURE_COLLECTION},
            "text/csv": {"schema": {"type": "string"}},
        },
    },
    400: {"description": "Invalid parameter (named in the problem)", **_PROBLEM},
    # Declaring a 4XX keeps FastAPI from documenting the 422 this app never sends (errors.py answers 400).
    "4XX": {"description": "Other client errors", **_PROBLEM},
}


def _store(request: Request) -> Store:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreError("no event store is configured")
    return store


@router.get(
    "/events",
    summary="Stored events, filtered and paged",
    response_class=GeoJSONResponse,
    responses=_RESPONSES,
)
def events(
    request: Request,
    bbox: Annotated[
        str | None,
        Query(
            max_length=MAX_CHARS["bbox"],
            description="minlon,minlat,maxlon,maxlat (WGS84; minlon > maxlon crosses 180°)",
        ),
    ] = None,
    datetime: Annotated[
        str | None,
        Query(
            max_length=MAX_CHARS["datetime"],
            description="RFC 3339 date/date-time or interval a/b; '..' for an open end",
        ),
    ] = None,
    event_type: EventTypeQuery = None,
    near: Annotated[
        str | None, Query(max_length=MAX_CHARS["near"], description="A place name or 'lat,lon'")
    ] = None,
    within_km: Annotated[
        float | None, Query(gt=0, le=MAX_WITHIN_KM, description="Radius around `near` (default 50 km)")
    ] = None,
    limit: LimitQuery = None,
    offset: Annotated[int | None, Query(ge=0, le=MAX_OFFSET)] = None,
    cursor: CursorQuery = None,
    origin: Annotated[
        Literal["extracted", "acled", "demo"] | None,
        Query(description="Only events from article extraction, ACLED imports or the demo set"),
    ] = None,
    filter: Annotated[
        str | None,
        Query(
            max_length=MAX_CHARS["filter"],
            description="CQL2 filter over /ogc/collections/events/queryables (text or JSON)",
        ),
    ] = None,
    filter_lang: FilterLangQuery = None,
    q: TextSearchQuery = None,
    sortby: SortbyQuery = None,
    review_status: Annotated[
        str | None,
        Query(
            max_length=100,
            pattern=r"^\s*(unreviewed|verified|rejected)\s*(,\s*(unreviewed|verified|rejected)\s*)*$",
            description="unreviewed, verified and/or rejected, comma-separated. Without a review key only "
            "unreviewed and verified events are visible (only verified with CONFLICTMAP_PUBLISH=verified)",
        ),
    ] = None,
    format: Annotated[
        Literal["geojson", "csv"], Query(description="geojson (default) or csv (ACLED columns)")
    ] = "geojson",
) -> Response:
    # A misspelt filter must not quietly return everything.
    reject_unknown([k for k, _ in request.query_params.multi_items()], _ALLOWED)
    store = _store(request)
    lookup, kept = cached_page(request, store)
    if kept is not None:
        return kept
    query = {
        "bbox": bbox,
        "datetime": datetime,
        "event_type": event_type,
        "near": near,
        "within_km": within_km,
        "limit": limit,
        "offset": offset,
    }
    flt = replace(
        build_filter(query, locate=get_offline_geocoder(request).locate if near else None),
        origin=origin,
        review_status=visible_statuses(request, parse_review_status(review_status)),
    )
    flt = search_filter(flt, {"filter": filter, "filter-lang": filter_lang, "q": q, "sortby": sortby})
    page = read_page(store, flt, cursor, lookup)
    records, matched = page.records, page.matched
    if format == "csv":
        return lookup.finish(_csv_response(records))
    qp = request.query_params
    given = {k: qp[k] for k in _FILTER_PARAMS if k in qp}
    base = str(request.url.replace(query=""))
    links = paging_links(
        base,
        given,
        limit=page.limit,
        offset=page.offset,
        returned=len(records),
        matched=matched,
        cursor=page.cursor,
        next_cursor=page.next_cursor,
        more=page.more,
    )
    # This endpoint has no HTML rendering; its alternate is the OGC items page.
    links = [link for link in links if link["rel"] != "alternate"]
    return lookup.finish(GeoJSONResponse(feature_collection(records, matched=matched, links=links)))


def _csv_response(records: list[dict[str, Any]]) -> Response:
    from app.store.acled import ACLED_COLUMNS, record_to_acled_row

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(ACLED_COLUMNS), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for rec in records:
        writer.writerow(record_to_acled_row(rec))
    return Response(
        buf.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="events.csv"'},
    )
