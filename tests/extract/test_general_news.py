"""Places in general English news that the war-news rules used to drop, in both recogniser modes: a dateline
in capitals, AP-style state abbreviations, a big city whose name is also a common word or a first name,
and a place inside a sentence that starts with a contraction."""

from __future__ import annotations

from wire import extractor_in_both_modes, mentions, surfaces  # noqa: F401 (the extractor fixture)


def test_a_dateline_in_capitals_is_a_place(extractor):
    text = "BOSTON — Crews worked through the night to clear the snow from the main roads."
    found = mentions(extractor, text)
    assert [m.text for m in found][:1] == ["BOSTON"]
    assert found[0].country_code == "US" and found[0].admin1 == "Massachusetts"
    text = "CAIRO (Reuters) - The crossing reopened for aid lorries on Sunday."
    assert surfaces(extractor, text)[:1] == ["CAIRO"]


def test_state_abbreviations_after_a_comma_are_the_state(extractor):
    text = "The fire started in a barn outside Corbin, Ky., and spread to two houses."
    found = {m.text: m for m in mentions(extractor, text)}
    assert found["Ky."].name == "Kentucky" and found["Ky."].kind == "region"
    assert found["Corbin"].admin1 == "Kentucky"
    text = "LAS CRUCES, N.M. — The county approved the new budget on Thursday."
    assert "N.M." in surfaces(extractor, text)


def test_an_abbreviation_without_its_comma_is_not_a_place(extractor):
    text = "Miss Harper said the choir would sing at Mass on Sunday."
    assert surfaces(extractor, text) == []


def test_a_big_city_named_like_a_word_is_kept_after_a_place_preposition(extractor):
    found = mentions(extractor, "The company moved its offices to Boston last spring.")
    assert [m.text for m in found] == ["Boston"] and found[0].country_code == "US"
    assert surfaces(extractor, "Flooding closed two bridges in Springfield on Monday.") == ["Springfield"]


def test_a_first_name_that_is_also_a_town_is_a_place_in_a_place_context(extractor):
    assert surfaces(extractor, "Heavy rain hit Nelson before the storm reached the coast.") == ["Nelson"]
    assert surfaces(extractor, "Nelson said he would run again next year.") == []


def test_a_contraction_at_the_start_does_not_hide_the_city(extractor):
    found = mentions(extractor, "We're living in New York City.")
    assert [m.text for m in found] == ["New York City"] and found[0].country_code == "US"


def test_a_county_is_mapped_in_its_state(extractor):
    text = "Deputies in Laurel County said the missing hiker was found near a creek on Sunday."
    found = mentions(extractor, text)
    assert [m.text for m in found] == ["Laurel County"]
    assert found[0].admin1 == "Kentucky" and found[0].country_code == "US"


def test_an_english_county_is_a_place(extractor):
    found = mentions(extractor, "Flood warnings were issued across Hampshire after two days of rain.")
    assert [m.text for m in found] == ["Hampshire"] and found[0].country_code == "GB"


def test_a_historical_name_loses_to_the_town_of_that_name_in_the_storys_country(extractor):
    text = "Crowds filled the market square in Salisbury on Saturday, and trains from London and Bristol were full."
    found = {m.text: m for m in mentions(extractor, text)}
    assert found["Salisbury"].country_code == "GB"  # not Harare, called Salisbury until 1982
    text = "Zimbabwe's capital, then called Salisbury, hosted the talks."
    found = {m.text: m for m in mentions(extractor, text)}
    assert found["Salisbury"].name == "Harare"


def test_a_city_abbreviation_pair_keeps_the_city(extractor):
    found = {
        m.text: m
        for m in mentions(extractor, "The march ended outside the Capitol in Washington, D.C., at noon.")
    }
    assert found["Washington"].admin1 == "District of Columbia"


def test_a_state_named_like_its_big_city_means_the_city(extractor):
    found = mentions(extractor, "Rents in New York rose again last year, the report found.")
    assert found[0].name == "New York City"
