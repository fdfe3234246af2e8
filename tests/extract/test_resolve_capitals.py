"""A national capital keeps its name against weak evidence: the countries an article is about do not make it a
town abroad when the article also names the capital's own country; a namesake the article backs at home still
wins (London, Kentucky beside Laurel County: test_resolve_nearby)."""

from __future__ import annotations

from wire import extractor_in_both_modes, mentions  # noqa: F401 (the extractor fixture, both modes)


def _one(extractor, text, surface):
    found = [m for m in mentions(extractor, text) if m.text == surface]
    assert found, (surface, [m.text for m in mentions(extractor, text)])
    return found[0]


def test_a_capital_abroad_is_not_made_a_town_of_the_countries_the_story_is_about(extractor):
    # Washington is also a town in Tyne and Wear and a village in West Sussex
    text = (
        "Talks resumed in Washington on Tuesday, the British foreign secretary said in London after meeting "
        "officials from Salisbury and Winchester, as the United States expelled two diplomats."
    )
    m = _one(extractor, text, "Washington")
    assert m.country_code == "US" and m.admin1 == "District of Columbia", (m.name, m.country_code, m.admin1)
