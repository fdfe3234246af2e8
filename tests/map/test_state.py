"""MapState: the map URL's view, filters and overlays, read with /api/events' rules."""

from __future__ import annotations

import pytest

from app.errors import InvalidQuery
from app.map.state import MapState


def q(**kw: str | list[str]) -> dict[str, list[str]]:
    return {k: v if isinstance(v, list) else [v] for k, v in kw.items()}


def test_open_ended_interval_keeps_one_end():
    s = MapState.from_query(q(datetime="2025-11-01/.."))
    assert (s.start, s.end) == ("2025-11-01", None)


def test_single_day_is_start_and_end():
    s = MapState.from_query(q(datetime="2025-11-03"))
    assert (s.start, s.end) == ("2025-11-03", "2025-11-03")


def test_event_types_are_canonical_and_comma_separated():
    s = MapState.from_query(q(event_type="battles,Explosions/Remote violence"))
    assert s.event_types == ("Battles", "Explosions/Remote violence")


def test_several_weapons_give_one_ring_query_each():
    s = MapState.from_query(q(**{"from": "Krichev-6", "weapon": ["oreshnik", "Iskander-M"]}))
    assert [r["weapon"] for r in s.range_queries()] == ["oreshnik", "Iskander-M"]
    assert all(r["from"] == "Krichev-6" for r in s.range_queries())


def test_from_and_to_ask_for_a_distance():
    s = MapState.from_query(q(**{"from": "Kyiv", "to": "Minsk"}))
    assert s.distance_query() == {"from": "Kyiv", "to": "Minsk"}
    assert s.range_queries() == []


def test_view_needs_both_center_and_zoom():
    assert MapState.from_query(q(center="50.45,30.52", zoom="7")).has_view
    assert not MapState.from_query(q(zoom="7")).has_view


@pytest.mark.parametrize(
    ("query", "param"),
    [
        (q(datetime="2025-13-01"), "datetime"),
        (q(datetime="2025-11-05/2025-11-01"), "datetime"),
        (q(event_type="Picnics"), "event_type"),
        (q(center="fifty,thirty"), "center"),
        (q(center="95,30"), "center"),
        (q(zoom="19"), "zoom"),
        (q(zoom="seven"), "zoom"),
        (q(weapon="oreshnik"), "from"),
        (q(**{"from": "Kyiv", "max_km": "-4"}), "max_km"),
        (q(**{"from": "Kyiv", "targets": "villages"}), "targets"),
        (q(zoom=["5", "6"]), "zoom"),
    ],
)
def test_bad_values_name_their_parameter(query, param):
    with pytest.raises(InvalidQuery) as exc:
        MapState.from_query(query)
    assert exc.value.param == param
