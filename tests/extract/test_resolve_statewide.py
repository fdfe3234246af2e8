"""The state a local story is in, read from the whole article (app.extract.statewide): an AP abbreviation or a
postal code anywhere, and the state the article's names share, move a bare town name to its namesake there."""

from __future__ import annotations

from wire import article, extractor_in_both_modes, resolve_names  # noqa: F401 (the extractor fixture, both modes)

from app.extract.statewide import stated_states


def test_an_abbreviation_elsewhere_in_the_story_places_a_lone_town(extractor):
    # the abbreviation is not handed in as a place and qualifies another town, 300 km away
    text = (
        "The Anderson school board voted on Tuesday to close two elementary schools. The new superintendent "
        "led a district in Beaufort, S.C., until June."
    )
    c = resolve_names(extractor, text, ["Anderson"])["Anderson"]
    assert (c.country_code, c.admin1) == ("US", "South Carolina"), (c.name, c.admin1)


def test_a_dateline_state_brings_a_town_home_from_abroad(extractor):
    text = (
        "FLORENCE, Ala. (AP) — The city council voted on Monday to sell its old water plant. Florence "
        "officials said the money would pay for new pipes."
    )
    a = text.index("Florence officials")
    c = extractor.resolve_spans(article(text), [(a, a + len("Florence"))])[(a, a + len("Florence"))]
    assert (c.country_code, c.admin1) == ("US", "Alabama"), (c.name, c.admin1)


def test_a_lone_name_with_no_state_in_the_story_keeps_its_ranking(extractor, geocoder):
    text = "Greenville police said on Sunday that two people were hurt in a shooting outside a restaurant."
    c = resolve_names(extractor, text, ["Greenville"])["Greenville"]
    top = geocoder.search("Greenville", limit=1, fuzzy=False)[0]
    assert c.place_id == top.place_id, (c.name, c.admin1, top.admin1)


def test_a_foreign_city_the_story_also_names_its_country_stays(extractor):
    # a US state stated in the story does not pull a city of a country the story also names
    text = (
        "A choir from Anderson, S.C., sang in Florence on Sunday, the last stop of a tour of Italy that began "
        "in Rome."
    )
    c = resolve_names(extractor, text, ["Anderson", "Florence", "Italy", "Rome"])["Florence"]
    assert c.country_code == "IT", (c.name, c.country_code, c.admin1)


def test_states_are_read_from_abbreviations_and_postal_codes_not_titles(geocoder):
    text = (
        "Del. Ann Roe of Ridgely said she would vote no. Write to the committee at 10 Main St., Dover, DE 19901, "
        "or to its office in Salisbury, Md. Its chairman, Sen. Bo Doe, R-Va., did not comment. Miss. Roe "
        "agreed."
    )
    got = stated_states(geocoder, text)
    assert got == {("US", "DE"): 1, ("US", "MD"): 1, ("US", "VA"): 1}, got


def test_a_two_part_abbreviation_is_read_with_a_space(geocoder):
    got = stated_states(geocoder, "He was held in a jail in Greenwood, W. Va., on Monday.")
    assert got == {("US", "WV"): 1}, got


def test_a_country_that_is_also_a_state_is_the_state_in_a_story_of_that_country(extractor):
    # neither Dayton nor Akron is in Georgia: the state is read from the country the story is in
    text = "The new coach, who grew up in Georgia, will lead the team in Dayton, officials at the school in Akron said."
    c = resolve_names(extractor, text, ["Georgia", "Dayton", "Akron"])["Georgia"]
    assert (c.country_code, c.kind) == ("US", "region"), (c.name, c.country_code, c.kind)


def test_a_country_whose_places_the_story_names_stays_the_country(extractor):
    text = (
        "Police in Tbilisi detained 40 protesters on Sunday, and the opposition said it would march again across "
        "Georgia; a delegation from Boston and New York called for calm."
    )
    c = resolve_names(extractor, text, ["Tbilisi", "Georgia", "Boston", "New York"])["Georgia"]
    assert (c.country_code, c.kind) == ("GE", "country"), (c.name, c.country_code, c.kind)


def test_a_country_whose_neighbours_the_story_names_stays_the_country(extractor):
    # two US places (the talks' venue, the speaker) and no Georgian one, but Georgia's neighbours are named
    text = (
        "Armenia and Azerbaijan sent their foreign ministers to Washington for a second day of talks, a State "
        "Department spokesman said in New York. Georgia offered to host the next round."
    )
    c = resolve_names(extractor, text, ["Armenia", "Azerbaijan", "Washington", "New York", "Georgia"])[
        "Georgia"
    ]
    assert (c.country_code, c.kind) == ("GE", "country"), (c.name, c.country_code, c.kind)


def test_a_region_named_to_place_a_village_is_not_the_state_of_a_war_story(extractor):
    # Kostiantynivka has a namesake village in the Zaporizhzhia region; the city in Donetsk is meant
    text = (
        "Russian troops captured the village of Komyshuvakha in the Zaporizhzhia region, Moscow said. A glide "
        "bomb killed two people in Kostiantynivka on Saturday, officials said."
    )
    c = resolve_names(extractor, text, ["Komyshuvakha", "Kostiantynivka"])["Kostiantynivka"]
    assert c.admin1 == "Donetsk Oblast", (c.name, c.admin1)
