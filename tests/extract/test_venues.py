"""Streets and buildings the gazetteer does not list, in both recogniser modes: found by their head word
and a place cue, placed at the town the text gives them, never invented and never event places."""

from __future__ import annotations

from wire import events, extractor_in_both_modes, km, mentions  # noqa: F401 (the extractor fixture)


def _venue(extractor, text: str, surface: str):
    found = [m for m in mentions(extractor, text) if m.text == surface]
    assert len(found) == 1, [(m.text, m.name, m.kind) for m in mentions(extractor, text)]
    return found[0]


def test_a_street_with_its_town_after_it(extractor):
    text = "A new ice cream museum opens on Collins Avenue in Miami Beach this spring."
    v = _venue(extractor, text, "Collins Avenue")
    assert v.kind == "facility" and v.geo_precision == 2
    assert v.name == "Miami Beach" and v.country_code == "US"


def test_a_stadium_with_its_owner_before_it(extractor):
    text = "Smog hung over Seoul's Jamsil Stadium, where Sunday's game was called off."
    v = _venue(extractor, text, "Jamsil Stadium")
    assert v.country_code == "KR" and v.name == "Seoul"


def test_a_hall_placed_at_the_town_the_article_is_about(extractor):
    text = (
        "Winnipeg firefighters were called to the 400 block of Assiniboine Avenue just after 11 p.m. "
        "Two people were taken to hospital in Winnipeg."
    )
    v = _venue(extractor, text, "Assiniboine Avenue")
    assert v.country_code == "CA" and km(v.lat, v.lon, 49.90, -97.14) < 20


def test_no_town_no_venue(extractor):
    # nothing in the text says where the avenue is: it is not reported rather than put anywhere
    text = "Crews were called to River Avenue on Saturday after smoke was seen from the roof."
    assert [m.text for m in mentions(extractor, text)] == []


def test_an_organisation_named_like_a_building_is_no_venue(extractor):
    text = "Analysts at the Pew Research Center in Washington published the survey on Tuesday."
    assert "Pew Research Center" not in [m.text for m in mentions(extractor, text)]


def test_a_venue_is_never_an_event_place(extractor):
    text = "A Russian missile hit the Kovalenko Children's Hospital in Kyiv on Monday, killing two people."
    v = _venue(extractor, text, "Kovalenko Children's Hospital")
    assert v.name == "Kyiv" and v.kind == "facility"
    found = events(extractor, text)
    assert [e.location for e in found] == ["Kyiv"]
