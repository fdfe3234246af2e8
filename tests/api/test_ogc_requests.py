"""What every /ogc endpoint checks: CRS84 only (by any of its names), the one collection, and errors
documented as problem+json 400/404 beside the 200 in each media type served."""

from __future__ import annotations

import pytest

from app.api.ogc_requests import CRS84, check_collection, check_crs, ok_responses
from app.errors import InvalidQuery, NotFound


@pytest.mark.parametrize("name", [CRS84, CRS84.replace("http://", "https://"), "[OGC:CRS84]", " OGC:CRS84 "])
def test_crs84_by_any_of_its_names_is_accepted(name):
    check_crs(name, "crs")
    check_crs(None, "crs")


def test_another_crs_is_a_bad_parameter_named_as_given():
    with pytest.raises(InvalidQuery) as err:
        check_crs("http://www.opengis.net/def/crs/EPSG/0/4326", "bbox-crs")
    assert err.value.param == "bbox-crs"


def test_only_the_events_collection_exists():
    check_collection("events")
    with pytest.raises(NotFound) as err:
        check_collection("places")
    assert err.value.param == "collectionId"


def test_documented_responses_carry_each_media_type_and_the_errors():
    responses = ok_responses("application/json", "text/html")
    assert set(responses[200]["content"]) == {"application/json", "text/html"}
    assert {400, 404, "4XX"} <= set(responses)
    assert "application/problem+json" in responses[400]["content"]
