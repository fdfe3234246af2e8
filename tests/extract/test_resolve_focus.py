"""Resolution by what the article is about: a name nothing in its sentence qualifies goes to the countries the
rest of the article names before it goes to the most populous namesake; an alternate or historical name of a
big city abroad loses to a place whose own name it is at home; a bare ocean is the ocean."""

from __future__ import annotations

from wire import extractor_in_both_modes, mentions  # noqa: F401 (the extractor fixture, both modes)


def _one(extractor, text: str, surface: str):
    found = [m for m in mentions(extractor, text) if m.text == surface]
    assert found, f"{surface!r} not found in {text!r}"
    return found[0]


def test_a_historical_name_loses_to_the_co_mentioned_countrys_own_town(extractor):
    # Salisbury was Harare's name until 1982; in an English story it is the Wiltshire city
    text = (
        "Flood warnings were issued for Salisbury, Southampton and Winchester on Tuesday as heavy rain swept "
        "across southern England, the Environment Agency said."
    )
    m = _one(extractor, text, "Salisbury")
    assert m.country_code == "GB", (m.name, m.country_code)


def test_an_alternate_name_of_a_big_city_abroad_loses_to_the_american_town(extractor):
    # "Garden City" is also a name of Singapore (5.6 million people); here it is the South Carolina town
    text = (
        "Police closed roads in Garden City and Myrtle Beach, South Carolina, on Sunday after the storm "
        "flooded coastal Horry County."
    )
    m = _one(extractor, text, "Garden City")
    assert m.country_code == "US" and m.admin1 == "South Carolina", (m.name, m.country_code, m.admin1)


def test_a_namesake_abroad_yields_to_one_in_the_articles_country(extractor):
    text = (
        "Thousands marched in Chicago, Kansas City and St. Louis on Saturday. Organisers in the United States "
        "said more protests were planned."
    )
    # resolved as a span handed in (the rules-only recogniser does not spot "St." names on its own)
    from wire import article

    a, b = text.index("St. Louis"), text.index("St. Louis") + len("St. Louis")
    spans = [(a, b)] + [
        (text.index(n), text.index(n) + len(n)) for n in ("Chicago", "Kansas City", "United States")
    ]
    c = extractor.resolve_spans(article(text), spans)[(a, b)]
    assert c.country_code == "US" and c.admin1 == "Missouri", (c.name, c.country_code)


def test_a_bare_ocean_is_the_ocean_not_a_town_named_after_it(extractor):
    text = (
        "The freighter sank in the Atlantic about 300 miles off Virginia, the US Coast Guard said, and the "
        "crew of 12 was rescued by a passing tanker bound for Houston."
    )
    m = _one(extractor, text, "Atlantic")
    assert m.kind == "water" and m.country_code is None, (m.name, m.kind, m.country_code)


def test_a_county_is_the_most_populous_one_of_that_name_unless_the_text_says_otherwise(extractor):
    text = "Wildfire evacuation orders were lifted in Orange County on Thursday as crews contained the blaze."
    m = _one(extractor, text, "Orange County")
    assert m.country_code == "US" and m.admin1 == "California", (m.name, m.admin1)
    text = "Sheriff's deputies in Orange County, New York, arrested two men after the robbery, police said."
    m = _one(extractor, text, "Orange County")
    assert m.admin1 == "New York", (m.name, m.admin1)


def test_towns_named_together_are_the_namesakes_near_each_other(extractor):
    # Burlington, Ontario and Rutland, British Columbia outrank the Vermont towns alone; named with Montpelier
    # they are the Vermont ones
    text = "Snow closed schools in Burlington, Rutland and Montpelier on Monday, officials said."
    found = {m.text: m for m in mentions(extractor, text)}
    for town in ("Burlington", "Rutland", "Montpelier"):
        assert found[town].admin1 == "Vermont", (town, found[town].name, found[town].admin1)


def test_an_old_name_of_a_city_abroad_loses_to_the_kentucky_town_named_with_its_neighbours(extractor):
    # Berea was a name of Aleppo; beside Richmond and Lexington it is the Kentucky town
    text = "Deputies searched homes in Richmond and Berea after the robbery in Lexington, the sheriff said."
    found = {m.text: m for m in mentions(extractor, text)}
    assert found["Berea"].country_code == "US" and found["Berea"].admin1 == "Kentucky", found["Berea"].name
    assert found["Richmond"].admin1 == "Kentucky", found["Richmond"].admin1


def test_a_capital_is_not_moved_by_a_namesake_near_the_other_places(extractor):
    text = "Flights from Paris landed in Dallas and Houston on Friday after the storm passed, airlines said."
    found = {m.text: m for m in mentions(extractor, text)}
    assert found["Paris"].country_code == "FR"


def test_an_old_name_of_a_town_in_a_named_region_does_not_take_a_town_that_bears_it_today(extractor):
    # Engels (Saratov region) was called Pokrovsk until 1931; naming the Saratov region elsewhere in the
    # story must not pull today's Pokrovsk, in Donetsk, over to it
    text = (
        "Drones struck an oil depot in Saratov and a power plant in Balakovo overnight, the Saratov region's "
        "governor said. In Ukraine, Russian troops kept up assaults near Pokrovsk, the Ukrainian army said."
    )
    m = _one(extractor, text, "Pokrovsk")
    assert (m.country_code, m.admin1) == ("UA", "Donetsk Oblast"), (m.name, m.country_code, m.admin1)


def test_a_big_city_keeps_its_name_against_a_small_towns_other_name_beside_its_neighbours(extractor):
    # GeoNames also files Mykolaivka (Donetsk, 14,000 people) as "Mykolaiv"; two Donetsk towns told before
    # must not pull the city of 470,000 that bears the name over to it
    text = (
        "Russian glide bombs hit Kramatorsk and Sloviansk on Monday, officials said. Later, drones struck "
        "Mykolaiv, wounding three people."
    )
    m = _one(extractor, text, "Mykolaiv")
    assert (m.country_code, m.admin1) == ("UA", "Mykolaiv Oblast"), (m.name, m.country_code, m.admin1)


def test_a_possessive_owner_does_not_reach_past_a_preposition(extractor):
    """ "Ukraine's allies met in Paris" says nothing of where Paris is: the French capital, not a Ukrainian
    village once called so."""
    text = (
        "Russian drones struck Kharkiv on Thursday as Ukraine’s allies gathered in Paris to discuss security "
        "guarantees, officials said."
    )
    m = _one(extractor, text, "Paris")
    assert m.country_code == "FR", (m.name, m.country_code)
