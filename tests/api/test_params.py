"""The shared query-parameter parsers: each bad value is an InvalidQuery naming its parameter."""

from __future__ import annotations

import pytest

from app.api.params import (
    MAX_LIMIT,
    build_filter,
    parse_bbox,
    parse_datetime,
    parse_event_types,
    parse_limit,
    parse_near,
    parse_offset,
    parse_within_km,
    reject_unknown,
)
from app.errors import InvalidQuery


def test_bbox_four_numbers():
    assert parse_bbox("22.1,44.3,40.2,52.4") == (22.1, 44.3, 40.2, 52.4)


def test_bbox_six_numbers_drop_heights():
    assert parse_bbox("22,44,-100,40,52,900") == (22.0, 44.0, 40.0, 52.0)


def test_bbox_across_antimeridian_is_kept_as_given():
    assert parse_bbox("170,-20,-170,-10") == (170.0, -20.0, -170.0, -10.0)


@pytest.mark.parametrize(
    "text",
    ["1,2,3", "a,b,c,d", "0,0,1,nan", "0,-91,1,1", "-181,0,1,1", "0,10,1,5", "1,2,3,4,5", "inf,0,1,1"],
)
def test_bad_bbox_names_bbox(text):
    with pytest.raises(InvalidQuery) as err:
        parse_bbox(text)
    assert err.value.param == "bbox"


def test_datetime_single_date_is_that_day():
    assert parse_datetime("2025-11-03") == ("2025-11-03", "2025-11-03")


def test_datetime_instant_is_its_utc_day():
    assert parse_datetime("2025-11-03T23:30:00-02:00") == ("2025-11-04", "2025-11-04")


def test_datetime_closed_interval_of_datetimes():
    assert parse_datetime("2025-11-01T00:00:00Z/2025-11-10T12:00:00.5Z") == ("2025-11-01", "2025-11-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("../2025-11-05", (None, "2025-11-05")),
        ("2025-11-05/..", ("2025-11-05", None)),
        ("/2025-11-05", (None, "2025-11-05")),
        ("../..", (None, None)),
    ],
)
def test_datetime_open_ends(text, expected):
    assert parse_datetime(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "yesterday",
        "2025-13-01",
        "2025-02-30",
        "2025-11-03T10:00",
        "2025-11-03T10:00:00",
        "2025-11-10/2025-11-01",
        "a/b/c",
        "..",
        "/",
        "0001-01-01T00:00:00+01:00",
    ],
)
def test_bad_datetime_names_datetime(text):
    with pytest.raises(InvalidQuery) as err:
        parse_datetime(text)
    assert err.value.param == "datetime"


def test_limit_default_and_clamp():
    assert parse_limit(None) == 100
    assert parse_limit("25") == 25
    assert parse_limit(MAX_LIMIT * 5) == MAX_LIMIT


@pytest.mark.parametrize("value", ["0", "-3", "ten", "1.5", 0])
def test_bad_limit_names_limit(value):
    with pytest.raises(InvalidQuery) as err:
        parse_limit(value)
    assert err.value.param == "limit"


@pytest.mark.parametrize("value", ["-1", "x", str(2**63)])
def test_bad_offset_names_offset(value):
    with pytest.raises(InvalidQuery) as err:
        parse_offset(value)
    assert err.value.param == "offset"


def test_event_types_are_canonicalised_and_deduplicated():
    assert parse_event_types("battles, BATTLES,Explosions/Remote violence") == (
        "Battles",
        "Explosions/Remote violence",
    )


def test_unknown_event_type_names_event_type():
    with pytest.raises(InvalidQuery) as err:
        parse_event_types("Battles,Skirmish")
    assert err.value.param == "event_type"
    assert "Skirmish" in str(err.value)


@pytest.mark.parametrize("value", ["0", "-5", "20000.5", "nan", "inf", "far"])
def test_bad_within_km_names_within_km(value):
    with pytest.raises(InvalidQuery) as err:
        parse_within_km(value)
    assert err.value.param == "within_km"


def test_within_km_upper_bound_is_allowed():
    assert parse_within_km("20000") == 20000.0


def test_near_coordinates_without_geocoder():
    assert parse_near(" 49.99 , 36.23 ") == (49.99, 36.23)


def test_near_coordinates_out_of_range():
    with pytest.raises(InvalidQuery) as err:
        parse_near("95,10")
    assert err.value.param == "near"


def test_near_place_name_uses_the_geocoder(geocoder):
    lat, lon = parse_near("Kharkiv", locate=geocoder.locate)
    assert abs(lat - 49.99) < 0.1 and abs(lon - 36.23) < 0.1


def test_near_unknown_place_names_near(geocoder):
    with pytest.raises(InvalidQuery) as err:
        parse_near("Qqqzzzxxv", locate=geocoder.locate)
    assert err.value.param == "near"


def test_within_km_without_near_is_refused():
    with pytest.raises(InvalidQuery) as err:
        build_filter({"within_km": "10"})
    assert err.value.param == "within_km"


def test_near_without_within_km_gets_default_radius():
    flt = build_filter({"near": "49.99,36.23"})
    assert flt.near == (49.99, 36.23) and flt.within_km == 50.0


def test_unknown_parameter_is_named():
    with pytest.raises(InvalidQuery) as err:
        reject_unknown(["limit", "colour"], frozenset({"limit", "f"}))
    assert err.value.param == "colour"


def test_repeated_parameter_is_refused():
    with pytest.raises(InvalidQuery) as err:
        reject_unknown(["limit", "limit"], frozenset({"limit"}))
    assert err.value.param == "limit"
