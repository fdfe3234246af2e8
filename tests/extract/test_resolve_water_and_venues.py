"""Names that say what they are: a name ending in a water word ("Red Sea", "Gulf of Aden") is the water body,
not the province named after it; a curated landmark's own name ("White House") is not a city's translated
alternate name (Casablanca, "Dar el Beida")."""

from __future__ import annotations

from wire import events, extractor_in_both_modes, km, mentions  # noqa: F401 (the extractor fixture, both modes)


def _one(extractor, text: str, surface: str):
    found = [m for m in mentions(extractor, text) if m.text == surface]
    assert found, f"{surface!r} not found in {text!r}: {[m.text for m in mentions(extractor, text)]}"
    return found[0]


def test_a_sea_is_the_sea_not_the_province_named_after_it(extractor):
    text = "Two container ships turned back in the Red Sea on Tuesday after a drone was sighted nearby."
    sea = _one(extractor, text, "Red Sea")
    assert sea.kind == "water" and sea.country_code is None


def test_the_province_keeps_its_name_when_the_text_says_province(extractor):
    text = "Floods cut the road to Port Sudan, the capital of Red Sea State, officials said on Sunday."
    found = [m for m in mentions(extractor, text) if m.text.startswith("Red Sea")]
    assert found and found[0].kind == "region" and found[0].country_code == "SD"


def test_a_landmark_is_not_a_city_whose_old_name_translates_to_it(extractor):
    text = "Officials at the White House said on Monday that the talks would resume next week."
    house = _one(extractor, text, "White House")
    assert house.country_code == "US" and km(house.lat, house.lon, 38.8977, -77.0365) < 5


def test_a_river_named_like_a_town_on_its_banks_is_no_event_place(extractor):
    text = (
        "The regional governor said Russian artillery also shelled the town of Chervonohryhorivka, across the "
        "Dnipro river from occupied Kamianka-Dniprovska, wounding a woman."
    )
    found = events(extractor, text)
    assert [e.location for e in found if e.location == "Dnipro"] == []
    assert [e.injured for e in found] == [1], [(e.location, e.injured) for e in found]


def test_a_river_port_is_still_the_city_s_port(extractor):
    text = "A Russian drone hit a warehouse at the Kherson river port overnight, the city's military administration said."
    kherson = _one(extractor, text, "Kherson")
    assert kherson.country_code == "UA"
    assert [e.location for e in events(extractor, text)] == ["Kherson"]


def test_the_bank_of_a_river_named_like_a_city_is_no_event_place(extractor):
    text = (
        "Ukrainian marines crossed to the left bank of the Dnipro and captured positions near Krynky, the navy "
        "said."
    )
    assert "Dnipro" not in [e.location for e in events(extractor, text)]
