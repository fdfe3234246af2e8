"""Importance: the prior weight of a place before any query, by population and kind; the per-place table the
geocoder ranks with agrees with the formula for one place."""

from __future__ import annotations

import pytest

from app.geocode.importance import importance, place_importance, region_importance


def test_a_capital_outweighs_everything():
    assert importance(50_000, "settlement", capital=True) == 1.0


def test_a_bigger_town_matters_more_up_to_the_cap():
    assert importance(2_000, "settlement") < importance(200_000, "settlement") < 1.0
    assert importance(50_000_000, "settlement") == 1.0


def test_regions_lie_between_a_big_town_and_a_city_of_millions():
    small, big = float(region_importance(300_000)), float(region_importance(20_000_000))
    assert small == pytest.approx(0.85) and big == pytest.approx(0.9)
    assert importance(200_000, "settlement") < small
    assert big < importance(5_000_000, "settlement")


def test_the_table_agrees_with_the_formula(gazetteer):
    table = place_importance(gazetteer)
    assert len(table) == len(gazetteer.names)
    step = max(1, len(table) // 2000)
    for i in range(0, len(table), step):
        kind = gazetteer.kind_of(i)
        if kind not in ("settlement", "region", "country"):
            continue
        want = importance(int(gazetteer.population[i]), kind, capital=bool(gazetteer.is_capital[i]))
        assert table[i] == pytest.approx(want), (gazetteer.names[i], kind)
