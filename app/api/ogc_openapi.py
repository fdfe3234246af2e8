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
from app.api.params import DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET
from app.extract.model import EVENT_TYPES
from app.store.keyset import MAX_CURSOR_CHARS

__all__ = ["OPENAPI_30", "SCHEMA_JSON", "openapi_document", "feature_schema"]

OPENAPI_30 = "application/vnd.oai.openapi+json;version=3.0"
_GEOJSON = "application/geo+json"
_JSON = "application/json"
_HTML = "text/html"
_PROBLEM = "application/problem+json"
SCHEMA_JSON = "application/schema+json"


def _ref(kind: str, name: str) -> dict[str, str]:
    return {"$ref": f"#/components/{kind}/{name}"}


def _nullable(type_: str, **extra: Any) -> dict[str, Any]:
    return {"type": type_, "nullable": True, **extra}


_LINK = {
    "type": "object",
    "required": ["href", "rel"],
    "properties": {
        "href": {"type": "string"},
        "rel": {"type": "string"},
        "type": {"type": "string"},
        "title": {"type": "string"},
    },
}

# No `required`: `properties=` may select any subset of them.
_EVENT_PROPERTIES = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "event_date": {"type": "string", "format": "date"},
        "time_precision": {"type": "integer", "enum": [1, 2, 3]},
        "event_type": {"type": "string", "enum": list(EVENT_TYPES)},
        "sub_event_type": {"type": "string"},
        "actor1": _nullable("string"),
        "actor2": _nullable("string"),
        "location": {"type": "string"},
        "admin1": _nullable("string"),
        "country": _nullable("string"),
        "country_code": _nullable("string"),
        "geo_precision": {"type": "integer", "enum": [1, 2, 3]},
        "fatalities": _nullable("integer", minimum=0),
        "injured": _nullable("integer", minimum=0),
        "claim_status": {"type": "string", "enum": ["reported", "claimed", "disputed"]},
        "claimed_by": _nullable("string"),
        "disputed_by": _nullable("string"),
        "source": _nullable("object"),
        "notes": _nullable("string"),
        "article": _nullable("string"),
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "region": _nullable("object"),
        "notes_highlight": {"type": "array", "items": {"type": "integer"}, "nullable": True},
        "sources": {"type": "array", "items": {"type": "object"}},
        "origin": {"type": "string", "enum": ["extracted", "acled", "demo"]},
    },
}


def feature_schema(schema_id: str) -> dict[str, Any]:
    """JSON Schema of one event Feature, for the collection's `describedBy` link.

    GDAL takes field types from it instead of guessing from the first page (where a column that happens
    to be all null would become a string). Each property has one `type`, because GDAL reads only a string
    there; `id` is left out because GDAL already makes a field of the feature id.
    """
    props = {
        name: {k: v for k, v in spec.items() if k != "nullable"}
        for name, spec in _EVENT_PROPERTIES["properties"].items()
        if name != "id"
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id,
        "title": "Conflict event",
        "type": "object",
        "required": ["type", "geometry", "properties"],
        "properties": {
            "type": {"type": "string", "enum": ["Feature"]},
            "id": {"type": "string"},
            "geometry": {"$ref": "https://geojson.org/schema/Point.json"},
            "properties": {"type": "object", "properties": props},
        },
    }


_FEATURE = {
    "type": "object",
    "required": ["type", "geometry", "properties"],
    "properties": {
        "type": {"type": "string", "enum": ["Feature"]},
        "id": {"type": "string"},
        "geometry": {
            "type": "object",
            "required": ["type", "coordinates"],
            "properties": {
                "type": {"type": "string", "enum": ["Point"]},
                "coordinates": {"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "number"}},
            },
        },
        "properties": _ref("schemas", "eventProperties"),
        "links": {"type": "array", "items": _ref("schemas", "link")},
    },
}

_FEATURE_COLLECTION = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"type": "string", "enum": ["FeatureCollection"]},
        "features": {"type": "array", "items": _ref("schemas", "featureGeoJSON")},
        "links": {"type": "array", "items": _ref("schemas", "link")},
        "timeStamp": {"type": "string", "format": "date-time"},
        "numberMatched": {"type": "integer", "minimum": 0},
        "numberReturned": {"type": "integer", "minimum": 0},
    },
}

_COLLECTION = {
    "type": "object",
    "required": ["id", "links"],
    "properties": {
        "id": {"type": "string"},
        "title": {"type": "string"},
        "description": {"type": "string"},
        "itemType": {"type": "string"},
        "crs": {"type": "array", "items": {"type": "string"}},
        "links": {"type": "array", "items": _ref("schemas", "link")},
        "extent": {
            "type": "object",
            "properties": {
                "spatial": {
                    "type": "object",
                    "properties": {
                        "bbox": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "array",
                                "minItems": 4,
                                "maxItems": 6,
                                "items": {"type": "number"},
                            },
                        },
                        "crs": {"type": "string"},
                    },
                },
                "temporal": {
                    "type": "object",
                    "properties": {
                        "interval": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "type": "array",
                                "minItems": 2,
                                "maxItems": 2,
                                "items": _nullable("string", format="date-time"),
                            },
                        },
                        "trs": {"type": "string"},
                    },
                },
            },
        },
    },
}

_PROBLEM_SCHEMA = {
    "type": "object",
    "required": ["title", "status"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "invalid_params": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "reason": {"type": "string"}},
            },
        },
    },
}

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
            media_type: {"schema": _ref("schemas", schema_name)},
            _HTML: {"schema": {"type": "string"}},
        },
    }


def _get(op_id: str, summary: str, params: list[str], responses: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "operationId": op_id,
            "summary": summary,
            "tags": ["OGC API Features"],
            "parameters": [_ref("parameters", p) for p in params],
            "responses": {
                **responses,
                "400": _ref("responses", "InvalidParameter"),
            },
        }
    }


def openapi_document(server_url: str) -> dict[str, Any]:
    """The 3.0 document; `server_url` is the absolute URL of /ogc as the client reached it."""
    not_found = {"404": _ref("responses", "NotFound")}
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
                "link": _LINK,
                "landingPage": {
                    "type": "object",
                    "required": ["links"],
                    "properties": {
                        "title": {"type": "string"},
                        "description": {"type": "string"},
                        "links": {"type": "array", "items": _ref("schemas", "link")},
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
                        "links": {"type": "array", "items": _ref("schemas", "link")},
                        "collections": {"type": "array", "items": _ref("schemas", "collection")},
                    },
                },
                "collection": _COLLECTION,
                "eventProperties": _EVENT_PROPERTIES,
                "featureGeoJSON": _FEATURE,
                "featureCollectionGeoJSON": _FEATURE_COLLECTION,
                "exception": _PROBLEM_SCHEMA,
            },
            "responses": {
                "InvalidParameter": {
                    "description": "A query parameter is unknown or invalid",
                    "content": {_PROBLEM: {"schema": _ref("schemas", "exception")}},
                },
                "NotFound": {
                    "description": "No such collection or feature",
                    "content": {_PROBLEM: {"schema": _ref("schemas", "exception")}},
                },
            },
        },
    }
