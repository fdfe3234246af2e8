"""Geo precision is honest: an event known only at region level says so and names the region; every event
points at the place as written in its source sentence."""

from __future__ import annotations

import pytest
from wire import events, only_event

from app.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def test_a_village_the_gazetteer_lacks_is_a_region_level_event(extractor):
    e = only_event(
        extractor,
        "Russian shelling hit the village of Zorianivka in the Kharkiv region on Tuesday, killing two people.",
    )
    assert e.geo_precision == 3
    assert e.region is not None and e.region["country_code"] == "UA"
    assert "Kharkiv" in e.region["name"] and e.region["admin1"] == e.admin1
    a, b = e.notes_highlight
    assert e.notes[a:b] == "Zorianivka"  # the village as written, though the point is the region's


def test_a_town_event_has_no_region_and_highlights_the_town(extractor):
    e = only_event(
        extractor, "A Russian drone struck an apartment block in Kharkiv on Monday, injuring five people."
    )
    assert e.geo_precision == 1 and e.region is None
    a, b = e.notes_highlight
    assert e.notes[a:b] == "Kharkiv"


def test_the_record_carries_both_properties(extractor):
    rec = only_event(extractor, "Shelling hit Kherson on Wednesday, killing one man.").to_record()
    assert rec["region"] is None
    assert rec["notes"][slice(*rec["notes_highlight"])] == "Kherson"


def test_a_village_typed_by_its_generic_word_is_placed_in_the_region_the_article_is_about(extractor):
    """'Thit Tone Nar village' is in no gazetteer and its sentence names no region; the article's region
    (Rakhine State, named a sentence before) is the honest place, at region precision."""
    found = [
        e
        for e in events(
            extractor,
            "The Arakan Army said its fighters had surrounded Ann in Rakhine State. A day later, navy shelling of "
            "Thit Tone Nar village killed six fishermen, residents said.",
        )
        if e.fatalities == 6
    ]
    assert len(found) == 1 and found[0].geo_precision == 3 and found[0].country_code == "MM"


def test_a_town_the_gazetteer_lacks_located_by_a_reference_after_it_is_in_the_reference_s_region(extractor):
    """'Luvungi, a town some 55 km north of Uvira': no gazetteer has Luvungi, and the article's other places
    lie in two countries, so no region is the article's; the reference told in the apposition places it in
    its own region (South Kivu), at region precision, and the reference 55 km off is never the place."""
    found = events(
        extractor,
        "Burundi said on Monday its troops remained in Bujumbura and Cibitoke. Officials in Kinshasa and Kigali "
        "traded accusations.\n\n"
        "Shells landed on a market in Luvungi, a town some 55 km north of Uvira, on Sunday, killing three "
        "people, a civil society leader said.\n",
        published="2026-01-13",
    )
    (e,) = [e for e in found if e.fatalities == 3]
    assert (e.geo_precision, e.country_code, e.location) == (3, "CD", "South Kivu")


def test_a_town_the_gazetteer_lacks_is_placed_in_the_region_of_the_article(extractor):
    """'the town of Luvungi' (not in the gazetteer), at a distance from Bukavu that is only a reference: the
    region of the article's other places (South Kivu), at region precision; never Bukavu itself."""
    found = events(
        extractor,
        "M23 fighters seized the town of Luvungi, some 60 km south of Bukavu, on Sunday, local sources said. "
        "Fighting was also reported near Kabare.",
    )
    first = [e for e in found if "Luvungi" in e.notes and e.geo_precision == 3]
    assert len(first) == 1 and first[0].country_code == "CD" and "Bukavu" not in first[0].location
