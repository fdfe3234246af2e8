"""app.api.ogc_schemas: the JSON Schemas of what /ogc answers — a link, an event's properties, a GeoJSON
feature and feature collection, the collection's metadata, an RFC 7807 problem — as app.api.ogc_openapi puts
them in its OpenAPI 3.0 components, and the stand-alone schema of /collections/events/schema."""

from __future__ import annotations

from typing import Any

from app.extract.model import EVENT_TYPES


def ref(kind: str, name: str) -> dict[str, str]:
    return {"$ref": f"#/components/{kind}/{name}"}


def nullable(type_: str, **extra: Any) -> dict[str, Any]:
    return {"type": type_, "nullable": True, **extra}


LINK = {
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
EVENT_PROPERTIES = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "event_date": {"type": "string", "format": "date"},
        "time_precision": {"type": "integer", "enum": [1, 2, 3]},
        "event_type": {"type": "string", "enum": list(EVENT_TYPES)},
        "sub_event_type": {"type": "string"},
        "actor1": nullable("string"),
        "actor2": nullable("string"),
        "location": {"type": "string"},
        "admin1": nullable("string"),
        "country": nullable("string"),
        "country_code": nullable("string"),
        "geo_precision": {"type": "integer", "enum": [1, 2, 3]},
        "fatalities": nullable("integer", minimum=0),
        "injured": nullable("integer", minimum=0),
        "claim_status": {"type": "string", "enum": ["reported", "claimed", "disputed"]},
        "claimed_by": nullable("string"),
        "disputed_by": nullable("string"),
        "source": nullable("object"),
        "notes": nullable("string"),
        "article": nullable("string"),
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "region": nullable("object"),
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
        for name, spec in EVENT_PROPERTIES["properties"].items()
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


FEATURE = {
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
        "properties": ref("schemas", "eventProperties"),
        "links": {"type": "array", "items": ref("schemas", "link")},
    },
}

FEATURE_COLLECTION = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"type": "string", "enum": ["FeatureCollection"]},
        "features": {"type": "array", "items": ref("schemas", "featureGeoJSON")},
        "links": {"type": "array", "items": ref("schemas", "link")},
        "timeStamp": {"type": "string", "format": "date-time"},
        "numberMatched": {"type": "integer", "minimum": 0},
        "numberReturned": {"type": "integer", "minimum": 0},
    },
}

COLLECTION = {
    "type": "object",
    "required": ["id", "links"],
    "properties": {
        "id": {"type": "string"},
        "title": {"type": "string"},
        "description": {"type": "string"},
        "itemType": {"type": "string"},
        "crs": {"type": "array", "items": {"type": "string"}},
        "links": {"type": "array", "items": ref("schemas", "link")},
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
                                "items": nullable("string", format="date-time"),
                            },
                        },
                        "trs": {"type": "string"},
                    },
                },
            },
        },
    },
}

PROBLEM_SCHEMA = {
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
