"""Flags on mentions, in both recogniser modes: country adjectives are reported as the country with
`adjectival`, governments speaking through their capital with `metonymic`, and neither is an event place."""

from __future__ import annotations

import pytest
from wire import extractor_in_both_modes, mentions  # noqa: F401 (the extractor fixture)


def test_a_country_adjective_is_the_country_with_a_flag(extractor):
    text = "Turkish engineers began rebuilding the bridge near Antakya on Friday."
    found = mentions(extractor, text, flagged=True)
    adj = [m for m in found if m.adjectival]
    assert [m.text for m in adj] == ["Turkish"]
    assert adj[0].country_code == "TR" and adj[0].kind == "country" and not adj[0].metonymic
    assert [m.text for m in mentions(extractor, text)] == ["Antakya"]  # literal places only


def test_a_capital_that_speaks_is_metonymic(extractor):
    text = "Moscow warned on Tuesday that new sanctions would be answered, while Paris urged calm."
    found = {m.text: m for m in mentions(extractor, text, flagged=True)}
    assert found["Moscow"].metonymic and found["Moscow"].country_code == "RU"
    assert found["Paris"].metonymic


def test_a_capital_as_a_place_is_not_metonymic(extractor):
    text = "Two people were hurt when debris fell on a street in Moscow, and a drone was downed near Kyiv."
    found = {m.text: m for m in mentions(extractor, text, flagged=True)}
    assert not found["Moscow"].metonymic and not found["Kyiv"].metonymic


def test_a_metonymic_capital_is_never_an_event_place(extractor):
    from wire import events

    text = "Kyiv denied on Monday that its drones had attacked the refinery in Tuapse overnight."
    places = {e.location for e in events(extractor, text)}
    assert "Kyiv" not in places


def test_a_seat_of_government_with_its_staff_is_metonymic(extractor):
    text = "White House aides said the visit was off. The Pentagon said two soldiers were hurt in the drill."
    found = [m for m in mentions(extractor, text, flagged=True) if "House" in m.text or "Pentagon" in m.text]
    assert len(found) == 2 and all(m.metonymic for m in found)
    assert not [m for m in mentions(extractor, text) if "House" in m.text or "Pentagon" in m.text]


def test_a_seat_of_government_as_a_building_is_not_metonymic(extractor):
    text = "Protesters gathered outside the White House on Saturday."
    found = [m for m in mentions(extractor, text, flagged=True) if "House" in m.text]
    assert found and not any(m.metonymic for m in found)


@pytest.mark.parametrize(
    "text, town",
    [
        (
            "A Russian missile struck an industrial area of Zaporizhzhia on Monday, killing two workers.",
            "Zaporizhzhia",
        ),
        (
            "Drones hit several parts of Kharkiv overnight, injuring six people, Mayor Ihor Terekhov said.",
            "Kharkiv",
        ),
    ],
)
def test_a_part_of_a_town_before_its_name_is_a_place_cue(extractor, text, town):
    """'an industrial area of X', 'parts of X', 'a residential neighbourhood of X': the words say a place
    follows, so the recogniser reading X as a person does not drop it (cues._PLACE_NOUN_BEFORE)."""
    assert town in [m.text for m in mentions(extractor, text)]
