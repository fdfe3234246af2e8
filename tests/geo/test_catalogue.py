"""The curated facts: weapon catalogue with sources, NATO membership, capitals."""

from __future__ import annotations

import re

import pytest

from app.geo import UnknownWeapon, find_weapon, load_capitals, load_nato, load_weapons, measure

REQUIRED = [
    "Oreshnik", "RS-26 Rubezh", "Iskander-M", "Kinzhal", "Kalibr", "Kh-101", "Shahed-136", "Geran-2",
    "Tomahawk", "Typhon", "SM-6", "Dark Eagle", "LRHW", "Storm Shadow", "SCALP", "ATACMS", "Taurus KEPD 350",
    "Neptune", "Flamingo", "FP-5",
]  # fmt: skip
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@pytest.mark.parametrize("name", REQUIRED)
def test_required_weapons_are_in_the_catalogue(name):
    assert find_weapon(name).max_km > 0


def test_every_figure_has_sources_with_outlet_and_date():
    for w in load_weapons():
        figures = {s["figure"] for s in w.sources}
        assert "max_km" in figures, w.name
        if w.min_km > 0:
            assert "min_km" in figures, w.name
        for s in w.sources:
            assert s["outlet"].strip(), w.name
            assert DATE.match(s["date"]), (w.name, s["date"])
            assert s["value"] > 0


def test_spreads_hold_their_defaults_and_say_why():
    for w in load_weapons():
        assert 0 <= w.min_km < w.max_km <= 20_000, w.name
        if w.max_km_spread:
            lo, hi = w.max_km_spread
            assert lo <= w.max_km <= hi, w.name
            assert lo < hi
            assert "max_km" in w.why, w.name
            values = {s["value"] for s in w.sources if s["figure"] == "max_km"}
            assert lo in values and hi in values, w.name


def test_aliases_resolve_regardless_of_case_and_punctuation():
    assert find_weapon("shahed 136").name == find_weapon("Герань-2").name == "Shahed-136 / Geran-2"
    assert find_weapon("KEPD-350").name == "Taurus KEPD 350"
    assert find_weapon("орешник").name == "Oreshnik"


def test_unknown_weapon_offers_suggestions():
    with pytest.raises(UnknownWeapon) as err:
        find_weapon("Oreshnic")
    assert "Oreshnik" in err.value.suggestions


def test_oreshnik_figures():
    w = find_weapon("Oreshnik")
    assert (w.min_km, w.max_km) == (500.0, 5500.0)
    assert w.to_dict()["class"] == "intermediate-range ballistic missile"


def test_nato_has_32_members_with_accession_dates():
    nato = load_nato()
    assert len(nato) == 32
    assert nato["FI"] == "2023-04-04" and nato["SE"] == "2024-03-07" and nato["US"] == "1949-04-04"
    assert "UA" not in nato and "AT" not in nato


def test_capitals_are_where_they_should_be():
    caps = {c.country_code: c for c in load_capitals()}
    assert len(caps) > 200
    assert caps["UA"].capital == "Kyiv" and caps["UA"].nato is False
    assert caps["PL"].capital == "Warsaw" and caps["PL"].nato and caps["PL"].nato_since == "1999-03-12"
    assert caps["KZ"].capital == "Astana"
    # Hand checks: within a few km of well-known coordinates.
    assert measure(caps["GB"].lat, caps["GB"].lon, 51.5074, -0.1278).distance_km < 5
    assert measure(caps["BY"].lat, caps["BY"].lon, 53.9045, 27.5615).distance_km < 5
