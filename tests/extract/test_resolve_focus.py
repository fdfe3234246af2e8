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
