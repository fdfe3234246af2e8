"""Seas, lakes, rivers, mountains and deserts: GeoNames cities500 has none of them, so geodata/natural_features.csv
supplies a point for each (a river at its mouth, as GeoNames places streams); a report naming one is mapped to
it, not to a same-named town or to nothing."""

from __future__ import annotations

from wire import extractor_in_both_modes, km, mentions  # noqa: F401 (the extractor fixture, both modes)


def _one(extractor, text: str, surface: str):
    found = [m for m in mentions(extractor, text) if m.text == surface]
    assert found, f"{surface!r} not found in {text!r}: {[m.text for m in mentions(extractor, text)]}"
    return found[0]


def test_a_lake_on_a_front_line_is_mapped_to_the_lake(extractor):
    text = "Rebel boats crossed Lake Kivu overnight and landed north of Goma, the army said on Friday."
    m = _one(extractor, text, "Lake Kivu")
    assert m.kind == "water" and km(m.lat, m.lon, -2.0, 29.2) < 60


def test_a_river_is_the_river_at_its_mouth(extractor):
    text = "Barges were stranded on the Mississippi River near Memphis as water levels fell to record lows."
    m = _one(extractor, text, "Mississippi River")
    assert m.kind == "water" and m.country_code == "US"
    assert km(m.lat, m.lon, 29.15, -89.25) < 50  # the delta below New Orleans, not the state's middle


def test_a_sea_and_a_mountain_range(extractor):
    text = (
        "The destroyer sailed from the Irish Sea to the Bay of Biscay, while troops trained in the Pyrenees."
    )
    sea = _one(extractor, text, "Bay of Biscay")
    assert sea.kind == "water" and km(sea.lat, sea.lon, 45.0, -4.0) < 150
    hills = _one(extractor, text, "Pyrenees")
    assert hills.kind == "region" and km(hills.lat, hills.lon, 42.7, 0.8) < 150


def test_a_suburb_area_of_a_war_is_found(extractor):
    text = "Government aircraft struck Eastern Ghouta again on Monday, a monitoring group said."
    m = _one(extractor, text, "Eastern Ghouta")
    assert m.country_code == "SY" and km(m.lat, m.lon, 33.51, 36.29) < 40  # beside Damascus
