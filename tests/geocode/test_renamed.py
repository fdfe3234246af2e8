"""Renamed towns: the old name in an archive or a Russian statement must land on today's town."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("old", "today", "admin1", "lat", "lon"),
    [
        ("Artemovsk", "Bakhmut", "Donetsk Oblast", 48.6, 38.0),
        ("Artemivsk", "Bakhmut", "Donetsk Oblast", 48.6, 38.0),
        ("Dimitrov", "Myrnohrad", "Donetsk Oblast", 48.3, 37.26),
        ("Krasnoarmiisk", "Pokrovsk", "Donetsk Oblast", 48.28, 37.18),
        ("Krasnoarmeysk, Donetsk region", "Pokrovsk", "Donetsk Oblast", 48.28, 37.18),
        ("Dnepropetrovsk", "Dnipro", "Dnipropetrovsk Oblast", 48.45, 35.04),
        ("Dzerzhinsk, Donetsk region", "Toretsk", "Donetsk Oblast", 48.4, 37.85),
    ],
)
def test_old_name_finds_the_renamed_town(geocoder, old, today, admin1, lat, lon):
    c = geocoder.best(old)
    assert c.name == today
    assert c.admin1 == admin1
    assert abs(c.lat - lat) < 0.1 and abs(c.lon - lon) < 0.1


def test_renamed_match_says_which_name_matched(geocoder):
    c = geocoder.best("Artemovsk")
    assert c.name == "Bakhmut"
    assert c.matched == "artemovsk"
    assert "match on 'artemovsk'" in c.why[0]


def test_the_old_name_scores_below_the_current_name(geocoder):
    assert geocoder.best("Artemivsk").score <= geocoder.best("Bakhmut").score
