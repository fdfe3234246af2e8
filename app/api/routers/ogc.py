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
from app.api.ogc_html import render_html, wants_html
from app.api.ogc_openapi import OPENAPI_30, SCHEMA_JSON, feature_schema, openapi_document
from app.api.ogc_part3 import PART3_CONFORMANCE, QUERYABLES_REL, parse_properties, queryables_schema
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
from app.api.responses import GeoJSONResponse, ORJSONResponse
from app.api.visibility import may_see, parse_review_status, visible_statuses
from app.errors import InvalidQuery, NotFound, StoreError
from app.store.base import EventFilter, Store

router = APIRouter(prefix="/ogc", tags=["OGC API Features"])

COLLECTION_ID = "events"
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"
CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    *PART3_CONFORMANCE,
]
# GDAL's OAPIF driver appends the query of the URL it was opened with (OAPIF:.../events?filter=...) to
# every request it makes, so the metadata resources accept the filter parameters and ignore them: that is
# how GDAL (3.6, which does not write CQL2 itself) reads a CQL2-filtered collection.
_CARRIED = frozenset({"filter", "filter-lang", "filter-crs", "q"})
_ONLY_F = frozenset({"f", *_CARRIED})
_ITEM_PARAMS = frozenset({"f", "crs", *_CARRIED})
_SEARCH_PARAMS = ("filter", "filter-lang", "filter-crs", "q", "sortby", "properties")
_ITEMS_PARAMS = frozenset(
    {
        "f",
        "bbox",
        "bbox-crs",
        "crs",
        "datetime",
        "limit",
        "offset",
        "cursor",
        "event_type",
        "review_status",
        *_SEARCH_PARAMS,
    }
)
_FILTER_PARAMS = ("bbox", "bbox-crs", "crs", "datetime", "event_type", "review_status", *_SEARCH_PARAMS)
# Part 2 (CRS by reference) clients may name the CRS explicitly; CRS84 is the only one served.
_CRS84_NAMES = frozenset({CRS84, CRS84.replace("http://", "https://"), "[OGC:CRS84]", "OGC:CRS84"})

_PROBLEM = {"content": {"application/problem+json": {}}}
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Unknown or invalid query parameter", **_PROBLEM},
    404: {"description": "No such collection or feature", **_PROBLEM},
    # Declaring a 4XX keeps FastAPI from documenting the 422 this app never sends (errors.py answers 400).
    "4XX": {"description": "Other client errors", **_PROBLEM},
}


def _ok(*media_types: str, description: str = "OK") -> dict[int | str, dict[str, Any]]:
    """The 200 of an OGC page in every media type it is served as (`f=json|html` or Accept), plus the errors."""
    return {200: {"description": description, "content": {m: {} for m in media_types}}, **_ERRORS}


F = Annotated[str | None, Query(description="Response format, overriding Accept.", pattern="^(json|html)$")]


def _check_crs(value: str | None, param: str) -> None:
    if value is not None and value.strip() not in _CRS84_NAMES:
        raise InvalidQuery(f"only {CRS84} is supported", param=param)


def _with_content_crs(resp: Response, crs: str | None) -> Response:
    if crs is not None and resp.media_type != HTML:
        resp.headers["Content-Crs"] = f"<{CRS84}>"
    return resp


Crs = Annotated[str | None, Query(max_length=MAX_CHARS["crs"], description=f"Output CRS; only {CRS84}")]


def _check_params(request: Request, allowed: frozenset[str]) -> None:
    # multi_items, not keys(): a repeated parameter must be seen twice to be refused.
    reject_unknown([k for k, _ in request.query_params.multi_items()], allowed)


def _store(request: Request) -> Store:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreError("no event store is configured")
    return store


def _root(request: Request) -> str:
    # Absolute links: GDAL resolves a leading "/" against the /ogc URL it was given, not the host.
    return str(request.base_url).rstrip("/") + "/ogc"


def _check_collection(collection_id: str) -> None:
    if collection_id != COLLECTION_ID:
        raise NotFound(
            f"no collection {collection_id!r}; there is only {COLLECTION_ID!r}", param="collectionId"
        )


def _json_or_html(
    request: Request, body: dict[str, Any], template: str, *, media_type: str = JSON
) -> Response:
    if wants_html(request):
        return render_html(template, doc=body, root=_root(request))
    if media_type == GEOJSON:
        return GeoJSONResponse(body)
    return ORJSONResponse(body)


def _self_links(url: str, title: str, media_type: str = JSON) -> list[dict[str, str]]:
    return [
        {"rel": "self", "type": media_type, "title": title, "href": url},
        {"rel": "alternate", "type": HTML, "title": f"{title} as HTML", "href": f"{url}?f=html"},
    ]


@router.get("", summary="Landing page", responses=_ok(JSON, HTML))
@router.get("/", include_in_schema=False)
def landing_page(request: Request, f: F = None) -> Response:
    _check_params(request, _ONLY_F)
    root = _root(request)
    body = {
        "title": "conflictmap",
        "description": "Conflict events coded from war reporting (ACLED categories), as OGC API - Features.",
        "links": [
            *_self_links(root, "Landing page"),
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
    return _json_or_html(request, body, "ogc_landing.html")


@router.get("/api", summary="OpenAPI 3.0 definition of /ogc", responses=_ok(OPENAPI_30))
def api_definition(request: Request, f: F = None) -> Response:
    _check_params(request, _ONLY_F)
    # Always JSON: the HTML rendering of the API is /docs (the landing page's service-doc).
    return ORJSONResponse(openapi_document(_root(request)), media_type=OPENAPI_30)


@router.get("/conformance", summary="Conformance classes", responses=_ok(JSON, HTML))
def conformance(request: Request, f: F = None) -> Response:
    _check_params(request, _ONLY_F)
    body = {"conformsTo": CONFORMANCE, "links": _self_links(f"{_root(request)}/conformance", "Conformance")}
    return _json_or_html(request, body, "ogc_conformance.html")


def _collection(request: Request) -> dict[str, Any]:
    root = _root(request)
    bbox, (first, last) = _store(request).extent()
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
            *_self_links(url, "Events collection"),
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


@router.get("/collections", summary="Collections", responses=_ok(JSON, HTML))
def collections(request: Request, f: F = None) -> Response:
    _check_params(request, _ONLY_F)
    body = {
        "links": _self_links(f"{_root(request)}/collections", "Collections"),
        "collections": [_collection(request)],
    }
    return _json_or_html(request, body, "ogc_collections.html")


CollectionId = Annotated[str, Path(max_length=100, description="Collection id; the only one is `events`.")]


@router.get("/collections/{collectionId}", summary="Collection metadata", responses=_ok(JSON, HTML))
def collection(request: Request, collectionId: CollectionId, f: F = None) -> Response:  # noqa: N803
    _check_params(request, _ONLY_F)
    _check_collection(collectionId)
    return _json_or_html(request, _collection(request), "ogc_collection.html")


@router.get(
    "/collections/{collectionId}/schema",
    summary="JSON Schema of an event Feature",
    responses=_ok(SCHEMA_JSON),
)
def schema(request: Request, collectionId: CollectionId, f: F = None) -> Response:  # noqa: N803
    _check_params(request, _ONLY_F)
    _check_collection(collectionId)
    url = f"{_root(request)}/collections/{COLLECTION_ID}/schema"
    return ORJSONResponse(feature_schema(url), media_type=SCHEMA_JSON)


@router.get(
    "/collections/{collectionId}/queryables",
    summary="Properties a CQL2 filter may use (JSON Schema)",
    responses=_ok(SCHEMA_JSON),
)
def queryables(request: Request, collectionId: CollectionId, f: F = None) -> Response:  # noqa: N803
    _check_params(request, _ONLY_F)
    _check_collection(collectionId)
    url = f"{_root(request)}/collections/{COLLECTION_ID}/queryables"
    return ORJSONResponse(queryables_schema(url), media_type=SCHEMA_JSON)


@router.get(
    "/collections/{collectionId}/items",
    summary="Events, filtered and paged",
    response_class=GeoJSONResponse,
    responses=_ok(GEOJSON, HTML),
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
    _check_params(request, _ITEMS_PARAMS)
    _check_collection(collectionId)
    _check_crs(bbox_crs, "bbox-crs")
    _check_crs(crs, "crs")
    store = _store(request)
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
    given = {k: qp[k] for k in _FILTER_PARAMS if k in qp}
    base = f"{_root(request)}/collections/{COLLECTION_ID}/items"
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
    resp = _with_content_crs(_json_or_html(request, body, "ogc_items.html", media_type=GEOJSON), crs)
    return lookup.finish(resp)


@router.get(
    "/collections/{collectionId}/items/{featureId}",
    summary="One event",
    response_class=GeoJSONResponse,
    responses=_ok(GEOJSON, HTML),
)
def item(
    request: Request,
    collectionId: CollectionId,  # noqa: N803
    featureId: Annotated[str, Path(max_length=256, description="Event id")],  # noqa: N803
    crs: Crs = None,
    f: F = None,
) -> Response:
    _check_params(request, _ITEM_PARAMS)
    _check_collection(collectionId)
    _check_crs(crs, "crs")
    rec = _store(request).get(featureId)
    if rec is None or not may_see(request, rec):
        raise NotFound(f"no event {featureId!r}", param="featureId")
    url = f"{_root(request)}/collections/{COLLECTION_ID}/items/{featureId}"
    body = to_feature(rec)
    body["links"] = [
        *_self_links(url, "This event", GEOJSON),
        {
            "rel": "collection",
            "type": JSON,
            "title": "Events collection",
            "href": url.rsplit("/items/", 1)[0],
        },
    ]
    return _with_content_crs(_json_or_html(request, body, "ogc_item.html", media_type=GEOJSON), crs)
