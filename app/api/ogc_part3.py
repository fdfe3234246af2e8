"""app.api.ogc_part3: OGC API - Features Part 3 (Filtering) pieces of /ogc: the queryables document, the
conformance classes it earns, the OpenAPI 3.0 entries of filter/q/sortby/properties, and `properties=`.
"""

from __future__ import annotations

from typing import Any

from app.errors import InvalidQuery
from app.extract.model import EVENT_FIELDS
from app.store.queryables import GEOMETRY, QUERYABLES, SORTABLES

__all__ = ["PART3_CONFORMANCE", "PART3_PARAMETERS", "QUERYABLES_REL", "parse_properties", "queryables_schema"]

QUERYABLES_REL = "http://www.opengis.net/def/rel/ogc/1.0/queryables"
# Only classes whose every requirement the SQL translation meets on both stores (tests/api/test_ogc_filter.py).
PART3_CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
    "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
    "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
    "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
    "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
    "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
    "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus",
    "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
]

# What `properties=` may name: the contract's fields and the two the API adds.
FEATURE_PROPERTIES = (*EVENT_FIELDS, "origin", "sources")


def _param(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    # explode: true, so QGIS does not take these scalars for property filters (see ogc_openapi).
    return {
        "name": name,
        "in": "query",
        "description": description,
        "required": False,
        "style": "form",
        "explode": True,
        "schema": schema,
    }


PART3_PARAMETERS = {
    "filter": _param(
        "filter",
        "CQL2 filter over the queryables (/collections/events/queryables), e.g. "
        "claim_status = 'disputed' AND fatalities > 0.",
        {"type": "string"},
    ),
    "filter-lang": _param(
        "filter-lang",
        "cql2-text (default) or cql2-json.",
        {"type": "string", "enum": ["cql2-text", "cql2-json"]},
    ),
    "filter-crs": _param(
        "filter-crs",
        "CRS of geometries in the filter; only CRS84.",
        {"type": "string", "enum": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"]},
    ),
    "q": _param(
        "q",
        "Full-text search over notes, location and actors: words in one term must all occur, "
        "comma-separated terms are alternatives.",
        {"type": "string"},
    ),
    "sortby": _param(
        "sortby",
        f"Sort keys, comma-separated, '-' for descending; one of {', '.join(SORTABLES)}.",
        {"type": "string"},
    ),
    "properties": _param(
        "properties", "Only these properties in each feature, comma-separated.", {"type": "string"}
    ),
}


def parse_properties(text: str | None, *, param: str = "properties") -> tuple[str, ...] | None:
    """`properties=location,fatalities` -> the names to keep in each feature (None = all).

    >>> parse_properties("location, fatalities")
    ('location', 'fatalities')
    """
    if text is None:
        return None
    names = tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))
    for name in names:
        if name not in FEATURE_PROPERTIES:
            raise InvalidQuery(f"no property {name!r}; known: {', '.join(FEATURE_PROPERTIES)}", param=param)
    return names


def queryables_schema(schema_id: str) -> dict[str, Any]:
    """The collection's queryables as the JSON Schema OGC API - Features Part 3 asks for."""
    props: dict[str, Any] = {
        GEOMETRY: {"title": "Event location (CRS84)", "format": "geometry-point"},
    }
    for q in QUERYABLES.values():
        entry: dict[str, Any] = {"title": q.title}
        if q.kind == "date":
            entry.update(type="string", format="date")
        else:
            entry["type"] = q.kind
        if q.enum:
            entry["enum"] = list(q.enum)
        props[q.name] = entry
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id,
        "type": "object",
        "title": "Conflict events",
        "description": "Properties usable in filter (CQL2) and sortby. Full text: q=.",
        "properties": props,
        "additionalProperties": False,
    }
