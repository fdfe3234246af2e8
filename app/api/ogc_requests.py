"""app.api.ogc_requests: what every /ogc endpoint checks and answers with — the one collection id, the
query parameters each resource accepts (unknown ones are a 400), CRS84 as the only CRS, the documented
responses, the store behind the app, JSON or HTML by `f=` / Accept, and self links."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, Request
from fastapi.responses import Response

from app.api.ogc_features import GEOJSON, HTML, JSON
from app.api.ogc_html import render_html, wants_html
from app.api.ogc_part3 import PART3_CONFORMANCE
from app.api.params import MAX_CHARS, reject_unknown
from app.api.responses import GeoJSONResponse, ORJSONResponse
from app.errors import InvalidQuery, NotFound, StoreError
from app.store.base import Store

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
ONLY_F = frozenset({"f", *_CARRIED})
ITEM_PARAMS = frozenset({"f", "crs", *_CARRIED})
_SEARCH_PARAMS = ("filter", "filter-lang", "filter-crs", "q", "sortby", "properties")
ITEMS_PARAMS = frozenset(
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
FILTER_PARAMS = ("bbox", "bbox-crs", "crs", "datetime", "event_type", "review_status", *_SEARCH_PARAMS)
# Part 2 (CRS by reference) clients may name the CRS explicitly; CRS84 is the only one served.
_CRS84_NAMES = frozenset({CRS84, CRS84.replace("http://", "https://"), "[OGC:CRS84]", "OGC:CRS84"})

_PROBLEM = {"content": {"application/problem+json": {}}}
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Unknown or invalid query parameter", **_PROBLEM},
    404: {"description": "No such collection or feature", **_PROBLEM},
    # Declaring a 4XX keeps FastAPI from documenting the 422 this app never sends (errors.py answers 400).
    "4XX": {"description": "Other client errors", **_PROBLEM},
}


def ok_responses(*media_types: str, description: str = "OK") -> dict[int | str, dict[str, Any]]:
    """The 200 of an OGC page in every media type it is served as (`f=json|html` or Accept), plus the errors."""
    return {200: {"description": description, "content": {m: {} for m in media_types}}, **_ERRORS}


F = Annotated[str | None, Query(description="Response format, overriding Accept.", pattern="^(json|html)$")]


def check_crs(value: str | None, param: str) -> None:
    if value is not None and value.strip() not in _CRS84_NAMES:
        raise InvalidQuery(f"only {CRS84} is supported", param=param)


def with_content_crs(resp: Response, crs: str | None) -> Response:
    if crs is not None and resp.media_type != HTML:
        resp.headers["Content-Crs"] = f"<{CRS84}>"
    return resp


Crs = Annotated[str | None, Query(max_length=MAX_CHARS["crs"], description=f"Output CRS; only {CRS84}")]


def check_params(request: Request, allowed: frozenset[str]) -> None:
    # multi_items, not keys(): a repeated parameter must be seen twice to be refused.
    reject_unknown([k for k, _ in request.query_params.multi_items()], allowed)


def store_of(request: Request) -> Store:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreError("no event store is configured")
    return store


def root_url(request: Request) -> str:
    # Absolute links: GDAL resolves a leading "/" against the /ogc URL it was given, not the host.
    return str(request.base_url).rstrip("/") + "/ogc"


def check_collection(collection_id: str) -> None:
    if collection_id != COLLECTION_ID:
        raise NotFound(
            f"no collection {collection_id!r}; there is only {COLLECTION_ID!r}", param="collectionId"
        )


def json_or_html(
    request: Request, body: dict[str, Any], template: str, *, media_type: str = JSON
) -> Response:
    if wants_html(request):
        return render_html(template, doc=body, root=root_url(request))
    if media_type == GEOJSON:
        return GeoJSONResponse(body)
    return ORJSONResponse(body)


def self_links(url: str, title: str, media_type: str = JSON) -> list[dict[str, str]]:
    return [
        {"rel": "self", "type": media_type, "title": title, "href": url},
        {"rel": "alternate", "type": HTML, "title": f"{title} as HTML", "href": f"{url}?f=html"},
    ]
