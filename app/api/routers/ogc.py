"""app.api.routers.ogc: OGC API - Features Part 1 under /ogc, shaped the way GDAL and QGIS read it.

One collection, `events`. JSON (GeoJSON for features) or HTML by `f=` / Accept. Unknown query
parameters are a 400 problem+json, as the standard asks, never FastAPI's 422.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from app.api.ogc_features import (
    GEOJSON,
    HTML,
    JSON,
    feature_collection,
    paging_links,
    to_feature,
)
from app.api.ogc_openapi import OPENAPI_30, SCHEMA_JSON, feature_schema, openapi_document
from app.api.ogc_part3 import QUERYABLES_REL, parse_properties, queryables_schema
from app.api.ogc_requests import (
    COLLECTION_ID,
    CONFORMANCE,
    CRS84,
    FILTER_PARAMS,
    GREGORIAN,
    ITEM_PARAMS,
    ITEMS_PARAMS,
    ONLY_F,
    Crs,
    F,
    check_collection,
    check_crs,
    check_params,
    json_or_html,
    ok_responses,
    root_url,
    self_links,
    store_of,
    with_content_crs,
)
from app.api.page_cache import cached_page
from app.api.paging import read_page
from app.api.params import (
    MAX_CHARS,
    MAX_OFFSET,
    parse_bbox,
    parse_datetime,
    parse_event_types,
    parse_limit,
    parse_offset,
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
from app.api.responses import GeoJSONResponse, ORJSONResponse
from app.api.visibility import may_see, parse_review_status, visible_statuses
from app.errors import NotFound
from app.store.base import EventFilter

router = APIRouter(prefix="/ogc", tags=["OGC API Features"])


@router.get("", summary="Landing page", responses=ok_responses(JSON, HTML))
@router.get("/", include_in_schema=False)
def landing_page(request: Request, f: F = None) -> Response:
    check_params(request, ONLY_F)
    root = root_url(request)
    body = {
        "title": "conflictmap",
        "description": "Conflict events coded from war reporting (ACLED categories), as OGC API - Features.",
        "links": [
            *self_links(root, "Landing page"),
            {
                "rel": "service-desc",
                "type": OPENAPI_30,
                "title": "OpenAPI 3.0 definition",
                "href": f"{root}/api",
            },
            {"rel": "service-doc", "type": HTML, "title": "API documentation", "href": f"{root[:-4]}/docs"},
            {
                "rel": "conformance",
                "type": JSON,
                "title": "Conformance classes",
                "href": f"{root}/conformance",
            },
            {"rel": "data", "type": JSON, "title": "Collections", "href": f"{root}/collections"},
        ],
    }
    return json_or_html(request, body, "ogc_landing.html")


@router.get("/api", summary="OpenAPI 3.0 definition of /ogc", responses=ok_responses(OPENAPI_30))
def api_definition(request: Request, f: F = None) -> Response:
    check_params(request, ONLY_F)
    # Always JSON: the HTML rendering of the API is /docs (the landing page's service-doc).
    return ORJSONResponse(openapi_document(root_url(request)), media_type=OPENAPI_30)


@router.get("/conformance", summary="Conformance classes", responses=ok_responses(JSON, HTML))
def conformance(request: Request, f: F = None) -> Response:
    check_params(request, ONLY_F)
    body = {"conformsTo": CONFORMANCE, "links": self_links(f"{root_url(request)}/conformance", "Conformance")}
    return json_or_html(request, body, "ogc_conformance.html")


def _collection(request: Request) -> dict[str, Any]:
    root = root_url(request)
    bbox, (first, last) = store_of(request).extent()
    url = f"{root}/collections/{COLLECTION_ID}"
    return {
        "id": COLLECTION_ID,
        "title": "Conflict events",
        "description": (
            "One point per coded event (ACLED event and sub-event types), with the source article, "
            "fatalities and injured when reported, and whether the claim is disputed."
        ),
        "itemType": "feature",
        "crs": [CRS84],
        "extent": {
            "spatial": {"bbox": [list(bbox) if bbox else [-180.0, -90.0, 180.0, 90.0]], "crs": CRS84},
            "temporal": {
                "interval": [
                    [f"{first}T00:00:00Z" if first else None, f"{last}T23:59:59Z" if last else None]
                ],
                "trs": GREGORIAN,
            },
        },
        "links": [
            *self_links(url, "Events collection"),
            {"rel": "items", "type": GEOJSON, "title": "Events as GeoJSON", "href": f"{url}/items"},
            {"rel": "items", "type": HTML, "title": "Events as HTML", "href": f"{url}/items?f=html"},
            # RFC 8288 compares relation types case-insensitively; GDAL 3.6 looks for this spelling.
            {
                "rel": "describedBy",
                "type": SCHEMA_JSON,
                "title": "Schema of an event",
                "href": f"{url}/schema",
            },
            {
                "rel": QUERYABLES_REL,
                "type": SCHEMA_JSON,
                "title": "Properties usable in filter and sortby",
                "href": f"{url}/queryables",
            },
        ],
    }


@router.get("/collections", summary="Collections", responses=ok_responses(JSON, HTML))
def collections(request: Request, f: F = None) -> Response:
    check_params(request, ONLY_F)
    body = {
        "links": self_links(f"{root_url(request)}/collections", "Collections"),
        "collections": [_collection(request)],
    }
    return json_or_html(request, body, "ogc_collections.html")


CollectionId = Annotated[str, Path(max_length=100, description="Collection id; the only one is `events`.")]


@router.get("/collections/{collectionId}", summary="Collection metadata", responses=ok_responses(JSON, HTML))
def collection(request: Request, collectionId: CollectionId, f: F = None) -> Response:  # noqa: N803
    check_params(request, ONLY_F)
    check_collection(collectionId)
    return json_or_html(request, _collection(request), "ogc_collection.html")


@router.get(
    "/collections/{collectionId}/schema",
    summary="JSON Schema of an event Feature",
    responses=ok_responses(SCHEMA_JSON),
)
def schema(request: Request, collectionId: CollectionId, f: F = None) -> Response:  # noqa: N803
    check_params(request, ONLY_F)
    check_collection(collectionId)
    url = f"{root_url(request)}/collections/{COLLECTION_ID}/schema"
    return ORJSONResponse(feature_schema(url), media_type=SCHEMA_JSON)


@router.get(
    "/collections/{collectionId}/queryables",
    summary="Properties a CQL2 filter may use (JSON Schema)",
    responses=ok_responses(SCHEMA_JSON),
)
def queryables(request: Request, collectionId: CollectionId, f: F = None) -> Response:  # noqa: N803
    check_params(request, ONLY_F)
    check_collection(collectionId)
    url = f"{root_url(request)}/collections/{COLLECTION_ID}/queryables"
    return ORJSONResponse(queryables_schema(url), media_type=SCHEMA_JSON)


@router.get(
    "/collections/{collectionId}/items",
    summary="Events, filtered and paged",
    response_class=GeoJSONResponse,
    responses=ok_responses(GEOJSON, HTML),
)
def items(
    request: Request,
    collectionId: CollectionId,  # noqa: N803
    bbox: Annotated[
        str | None, Query(max_length=MAX_CHARS["bbox"], description="minlon,minlat,maxlon,maxlat (CRS84)")
    ] = None,
    datetime: Annotated[
        str | None,
        Query(max_length=MAX_CHARS["datetime"], description="RFC 3339 instant or interval; '..' = open end"),
    ] = None,
    limit: LimitQuery = None,
    offset: Annotated[int | None, Query(ge=0, le=MAX_OFFSET, description="Features to skip")] = None,
    cursor: CursorQuery = None,
    event_type: EventTypeQuery = None,
    bbox_crs: Annotated[
        str | None,
        Query(alias="bbox-crs", max_length=MAX_CHARS["bbox-crs"], description=f"CRS of bbox; only {CRS84}"),
    ] = None,
    filter: Annotated[
        str | None,
        Query(
            max_length=MAX_CHARS["filter"],
            description="CQL2 filter over the queryables (text, or JSON with filter-lang)",
        ),
    ] = None,
    filter_lang: FilterLangQuery = None,
    filter_crs: Annotated[
        str | None, Query(alias="filter-crs", max_length=MAX_CHARS["filter-crs"], description=f"Only {CRS84}")
    ] = None,
    q: TextSearchQuery = None,
    sortby: SortbyQuery = None,
    properties: Annotated[
        str | None,
        Query(
            max_length=MAX_CHARS["properties"],
            description="Only these properties in each feature, comma-separated",
        ),
    ] = None,
    review_status: Annotated[
        str | None, Query(description="unreviewed, verified and/or rejected (rejected needs a review key)")
    ] = None,
    crs: Crs = None,
    f: F = None,
) -> Response:
    check_params(request, ITEMS_PARAMS)
    check_collection(collectionId)
    check_crs(bbox_crs, "bbox-crs")
    check_crs(crs, "crs")
    store = store_of(request)
    lookup, kept = cached_page(request, store)
    if kept is not None:
        return kept
    start, end = parse_datetime(datetime)
    flt = EventFilter(
        bbox=parse_bbox(bbox),
        start=start,
        end=end,
        event_types=parse_event_types(event_type),
        limit=parse_limit(limit),
        offset=parse_offset(offset),
        review_status=visible_statuses(request, parse_review_status(review_status)),
    )
    flt = search_filter(
        flt,
        {"filter": filter, "filter-lang": filter_lang, "filter-crs": filter_crs, "q": q, "sortby": sortby},
    )
    keep = parse_properties(properties)
    page = read_page(store, flt, cursor, lookup)
    records, matched = page.records, page.matched
    qp = request.query_params
    given = {k: qp[k] for k in FILTER_PARAMS if k in qp}
    base = f"{root_url(request)}/collections/{COLLECTION_ID}/items"
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
    links.append(
        {"rel": "collection", "type": JSON, "title": "Events collection", "href": base[: -len("/items")]}
    )
    body = feature_collection(records, matched=matched, links=links, properties=keep)
    resp = with_content_crs(json_or_html(request, body, "ogc_items.html", media_type=GEOJSON), crs)
    return lookup.finish(resp)


@router.get(
    "/collections/{collectionId}/items/{featureId}",
    summary="One event",
    response_class=GeoJSONResponse,
    responses=ok_responses(GEOJSON, HTML),
)
def item(
    request: Request,
    collectionId: CollectionId,  # noqa: N803
    featureId: Annotated[str, Path(max_length=256, description="Event id")],  # noqa: N803
    crs: Crs = None,
    f: F = None,
) -> Response:
    check_params(request, ITEM_PARAMS)
    check_collection(collectionId)
    check_crs(crs, "crs")
    rec = store_of(request).get(featureId)
    if rec is None or not may_see(request, rec):
        raise NotFound(f"no event {featureId!r}", param="featureId")
    url = f"{root_url(request)}/collections/{COLLECTION_ID}/items/{featureId}"
    body = to_feature(rec)
    body["links"] = [
        *self_links(url, "This event", GEOJSON),
        {
            "rel": "collection",
            "type": JSON,
            "title": "Events collection",
            "href": url.rsplit("/items/", 1)[0],
        },
    ]
    return with_content_crs(json_or_html(request, body, "ogc_item.html", media_type=GEOJSON), crs)
