"""The generic word written after a region's name decides which region it is: "northern Shan state" is the
Myanmar state (bare "Shan" is also a town in China), "the Moscow region" is the oblast around the capital, never
the federal city itself; and a town spelled as the local press spells it (Kyaukphyu) is the town GeoNames files
under another spelling (geodata/aliases.csv)."""

from __future__ import annotations

from wire import extractor_in_both_modes, mentions  # noqa: F401 (the extractor fixture, both modes)


def _one(extractor, text, surface):
    found = [m for m in mentions(extractor, text) if m.text.startswith(surface)]
    assert found, (surface, [m.text for m in mentions(extractor, text)])
    return found[0]


def test_a_state_written_with_its_lower_case_generic_word_is_that_state(extractor):
    text = (
        "Resistance fighters overran an army outpost in northern Shan state on Tuesday, a local monitor said."
    )
    m = _one(extractor, text, "Shan")
    assert m.country_code == "MM" and m.kind == "region", (m.name, m.country_code, m.kind)


def test_the_moscow_region_is_the_oblast_not_the_federal_city(extractor):
    text = (
        "Air defences downed 14 drones over the Moscow region overnight, the governor said. "
        "Flights at airports in Moscow were briefly halted."
    )
    found = [m for m in mentions(extractor, text) if m.text.startswith("Moscow")]
    assert found[0].name == "Moscow Oblast", found[0].name
    assert found[-1].name == "Moscow" and found[-1].kind != "region", (found[-1].name, found[-1].kind)


def test_the_minsk_region_is_the_voblast_around_the_capital(extractor):
    text = "Belarusian troops held drills in the Minsk region on Monday, the defence ministry said."
    m = _one(extractor, text, "Minsk")
    assert m.name == "Minsk Region", m.name


def test_a_myanmar_town_in_the_spelling_of_the_local_press(extractor):
    text = "Junta warships shelled fishing villages near Kyaukphyu on Saturday, residents said."
    m = _one(extractor, text, "Kyaukphyu")
    assert m.country_code == "MM" and abs(m.lat - 19.43) < 0.05 and abs(m.lon - 93.55) < 0.05, (m.name, m.lat)
