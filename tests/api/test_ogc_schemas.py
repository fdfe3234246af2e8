"""The JSON Schemas /ogc publishes: the stand-alone feature schema names every event type the coder emits,
and the OpenAPI document refers only to schemas it defines."""

from __future__ import annotations

import re

from app.api.ogc_openapi import openapi_document
from app.api.ogc_schemas import LINK, feature_schema
from app.extract.model import EVENT_TYPES


def test_the_feature_schema_lists_every_event_type():
    schema = feature_schema("https://example.org/ogc/collections/events/schema")
    found = re.findall(r"'enum': \[([^\]]*)\]", str(schema))
    assert any(all(repr(t) in block for t in EVENT_TYPES) for block in found)


def test_a_link_needs_its_href_and_rel():
    assert set(LINK["required"]) == {"href", "rel"}


def test_every_schema_reference_of_the_openapi_document_is_defined():
    doc = openapi_document("https://example.org/ogc")
    refs = set(re.findall(r"#/components/(\w+)/(\w+)", str(doc)))
    assert refs
    for kind, name in refs:
        assert name in doc["components"][kind], (kind, name)
