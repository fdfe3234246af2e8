"""app.api.ogc_openapi: the OpenAPI 3.0 description of /ogc that GDAL and QGIS read.

FastAPI generates OpenAPI 3.1 for /docs; OGC API Features clients look for
`application/vnd.oai.openapi+json;version=3.0` and QGIS takes its page size from
`components.parameters.limit.schema` (maximum, default). So /ogc gets its own 3.0 document,
written here to say exactly what the endpoints do.
"""

from __future__ import annotations

from typing import Any

from app import __version__
from app.api.ogc_part3 import PART3_PARAMETERS
from app.api.ogc_schemas import (
    COLLECTION,
    EVENT_PROPERTIES,
    FEATURE,
    FEATURE_COLLECTION,
    LINK,
    PROBLEM_SCHEMA,
    feature_schema,
    ref,
)
from app.api.params import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET
from app.store.keyset import MAX_CURSOR_CHARS

__all__ = ["OPENAPI_30", "SCHEMA_JSON", "openapi_document", "feature_schema"]

OPENAPI_30 = "application/vnd.oai.openapi+json;version=3.0"
_GEOJSON = "application/geo+json"
_JSON = "application/json"
_HTML = "text/html"
_PROBLEM = "application/problem+json"
SCHEMA_JSON = "application/schema+json"


# Form-style query parameters. `explode: false` on a scalar means nothing to a server, but QGIS
# reads such parameters (other than bbox, datetime, limit) as property filters, so it is set only on
# event_type, which is one.
_PARAMETERS = {
    "limit": {
        "name": "limit",
        "in": "query",
        "description": f"Page size. Values above {MAX_LIMIT} are clamped to {MAX_LIMIT}.",
        "required": False,
        "style": "form",
        "explode": False,
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
    },
    "offset": {
        "name": "offset",
        "in": "query",
        "description": "Number of matching features to skip (follow the `next` link rather than computing it).",
        "required": False,
        "style": "form",
        "explode": True,
        "schema": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0},
    },
    "cursor": {
        "name": "cursor",
        "in": "query",
        "description": "Where the page starts, as the `next` link gives it: an opaque key of the last feature"
        " of the previous page (a seek on the sort order, not an offset). Not together with offset.",
        "required": False,
        "style": "form",
        "explode": True,
        "schema": {"type": "string", "maxLength": MAX_CURSOR_CHARS},
    },
    "bbox": {
        "name": "bbox",
        "in": "query",
        "description": "minlon,minlat,maxlon,maxlat in CRS84 (minlon > maxlon crosses the antimeridian).",
        "required": False,
        "style": "form",
        "explode": False,
        "schema": {"type": "array", "minItems": 4, "maxItems": 6, "items": {"type": "number"}},
    },
    "datetime": {
        "name": "datetime",
        "in": "query",
        "description": "RFC 3339 date or date-time, or an interval a/b with '..' for an open end.",
        "required": False,
        "style": "form",
        "explode": False,
        "schema": {"type": "string"},
    },
    "event_type": {
        "name": "event_type",
        "in": "query",
        "description": "ACLED event type(s), comma-separated.",
        "required": False,
        "style": "form",
        "explode": False,
        "schema": {"type": "string"},
    },
    "f": {
        "name": "f",
        "in": "query",
        "description": "Response format; overrides the Accept header.",
        "required": False,
        "style": "form",
        "explode": True,
        "schema": {"type": "string", "enum": ["json", "html"]},
    },
    "crs": {
        "name": "crs",
        "in": "query",
        "description": "Output CRS (OGC API Features Part 2); only CRS84 is served.",
        "required": False,
        "style": "form",
        "explode": False,
        "schema": {"type": "string", "enum": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"]},
    },
    "bbox-crs": {
        "name": "bbox-crs",
        "in": "query",
        "description": "CRS of bbox (OGC API Features Part 2); only CRS84.",
        "required": False,
        "style": "form",
        "explode": False,
        "schema": {"type": "string", "enum": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"]},
    },
    "featureId": {
        "name": "featureId",
        "in": "path",
        "required": True,
        "description": "Event id.",
        "schema": {"type": "string"},
    },
}


def _ok(schema_name: str, media_type: str, description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {
            media_type: {"schema": ref("schemas", schema_name)},
            _HTML: {"schema": {"type": "string"}},
        },
    }


def _get(op_id: str, summary: str, params: list[str], responses: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "operationId": op_id,
            "summary": summary,
            "tags": ["OGC API Features"],
            "parameters": [ref("parameters", p) for p in params],
            "responses": {
                **responses,
                "400": ref("responses", "InvalidParameter"),
            },
        }
    }


def openapi_document(server_url: str) -> dict[str, Any]:
    """The 3.0 document; `server_url` is the absolute URL of /ogc as the client reached it."""
    not_found = {"404": ref("responses", "NotFound")}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "conflictmap OGC API Features",
            "version": __version__,
            "description": "Conflict events (ACLED-coded, from war reporting) as OGC API - Features Part 1.",
            "contact": {"name": "conflictmap"},
            "license": {"name": "MIT"},
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/": _get(
                "getLandingPage",
                "Landing page",
                ["f"],
                {"200": _ok("landingPage", _JSON, "Links to the API")},
            ),
            "/conformance": _get(
                "getConformance",
                "Conformance classes",
                ["f"],
                {"200": _ok("confClasses", _JSON, "Conformance classes implemented")},
            ),
            "/collections": _get(
                "getCollections", "Collections", ["f"], {"200": _ok("collections", _JSON, "The collections")}
            ),
            "/collections/events": _get(
                "describeEvents",
                "The events collection",
                ["f"],
                {"200": _ok("collection", _JSON, "Collection metadata"), **not_found},
            ),
            "/collections/events/schema": _get(
                "getEventsSchema",
                "JSON Schema of an event Feature",
                ["f"],
                {
                    "200": {
                        "description": "JSON Schema",
                        "content": {SCHEMA_JSON: {"schema": {"type": "object"}}},
                    }
                },
            ),
            "/collections/events/items": _get(
                "getEvents",
                "Events",
                [
                    "bbox",
                    "bbox-crs",
                    "datetime",
                    "limit",
                    "offset",
                    "cursor",
                    "event_type",
                    *PART3_PARAMETERS,
                    "crs",
                    "f",
                ],
                {"200": _ok("featureCollectionGeoJSON", _GEOJSON, "One page of matching events")},
            ),
            "/collections/events/queryables": _get(
                "getEventsQueryables",
                "Properties usable in filter and sortby",
                ["f"],
                {
                    "200": {
                        "description": "JSON Schema of the queryables",
                        "content": {SCHEMA_JSON: {"schema": {"type": "object"}}},
                    }
                },
            ),
            "/collections/events/items/{featureId}": _get(
                "getEvent",
                "One event",
                ["featureId", "crs", "f"],
                {"200": _ok("featureGeoJSON", _GEOJSON, "The event"), **not_found},
            ),
        },
        "components": {
            "parameters": {**_PARAMETERS, **PART3_PARAMETERS},
            "schemas": {
                "link": LINK,
                "landingPage": {
                    "type": "object",
                    "required": ["links"],
                    "properties": {
                        "title": {"type": "string"},
                        "description": {"type": "string"},
                        "links": {"type": "array", "items": ref("schemas", "link")},
                    },
                },
                "confClasses": {
                    "type": "object",
                    "required": ["conformsTo"],
                    "properties": {"conformsTo": {"type": "array", "items": {"type": "string"}}},
                },
                "collections": {
                    "type": "object",
                    "required": ["links", "collections"],
                    "properties": {
                        "links": {"type": "array", "items": ref("schemas", "link")},
                        "collections": {"type": "array", "items": ref("schemas", "collection")},
                    },
                },
                "collection": COLLECTION,
                "eventProperties": EVENT_PROPERTIES,
                "featureGeoJSON": FEATURE,
                "featureCollectionGeoJSON": FEATURE_COLLECTION,
                "exception": PROBLEM_SCHEMA,
            },
            "responses": {
                "InvalidParameter": {
                    "description": "A query parameter is unknown or invalid",
                    "content": {_PROBLEM: {"schema": ref("schemas", "exception")}},
                },
                "NotFound": {
                    "description": "No such collection or feature",
                    "content": {_PROBLEM: {"schema": ref("schemas", "exception")}},
                },
            },
        },
    }
