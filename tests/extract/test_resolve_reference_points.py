"""Which point a recognised place gets: a US state at its own point (not its largest city), a region named like
a region abroad by the people in it, an airport rather than the small town of its name, and an abbreviation in
capitals never a town spelled the same."""

from __future__ import annotations

from wire import (
    article,
    extractor_in_both_modes,  # noqa: F401 (the extractor fixture, both modes)
    km,
    mentions,
)


def _one(extractor, text: str, surface: str):
    found = [m for m in mentions(extractor, text) if m.text == surface]
    assert found, f"{surface!r} not found in {text!r}: {[m.text for m in mentions(extractor, text)]}"
    return found[0]


def test_a_us_state_is_at_its_own_point_not_on_its_largest_city(extractor):
    text = (
        "Wildfires spread across Montana on Thursday, forcing hundreds of ranchers to leave, officials said."
    )
    m = _one(extractor, text, "Montana")
    assert m.kind == "region" and m.country_code == "US" and m.geo_precision == 3
    assert km(m.lat, m.lon, 47.0, -109.6) < 120  # the middle of the state
    assert km(m.lat, m.lon, 45.78, -108.50) > 120  # not Billings


def test_a_state_abbreviation_is_the_american_state_not_a_bulgarian_province(extractor):
    text = "A tornado struck BILLINGS, Mont. on Sunday, flattening two farms east of the city."
    m = _one(extractor, text, "Mont.")
    assert m.country_code == "US" and m.admin1 == "Montana"


def test_an_airport_is_the_airport_not_a_town_of_its_name(extractor):
    # Heathrow, Florida is a town of 6,000; in a British story the name is the London airport
    text = "Hundreds of flights were cancelled at Heathrow on Friday as the storm crossed southern England."
    m = _one(extractor, text, "Heathrow")
    assert m.kind == "facility" and m.country_code == "GB" and km(m.lat, m.lon, 51.47, -0.45) < 5


def test_a_capitalised_abbreviation_is_never_a_town_spelled_so(extractor):
    text = "Bushfires burned across WA and SA on Monday as temperatures passed 45C in Perth and Adelaide."
    spans = [(text.index(s), text.index(s) + len(s)) for s in ("WA", "SA", "Perth", "Adelaide")]
    got = extractor.resolve_spans(article(text), spans)
    for span in spans[:2]:
        c = got.get(span)
        assert c is None or c.kind in ("country", "region"), (text[span[0] : span[1]], c.name, c.kind)


def test_a_span_handed_in_for_a_people_or_a_short_state_is_its_country_or_state(extractor):
    text = "Russians and Georgians crossed at the border post, while in Wheeling, W.Va., volunteers collected aid."
    spans = [(text.index(s), text.index(s) + len(s)) for s in ("Russians", "W.Va.", "Wheeling")]
    got = extractor.resolve_spans(article(text), spans)
    assert got[spans[0]].kind == "country" and got[spans[0]].country_code == "RU"
    assert got[spans[1]].kind == "region" and got[spans[1]].admin1 == "West Virginia"


def test_a_territory_written_with_its_owners_abbreviation_is_the_territory(extractor):
    # "U.S." alone is the United States; "the U.S. Virgin Islands" is the Caribbean territory
    text = "The storm knocked out power across Puerto Rico and the U.S. Virgin Islands on Wednesday."
    found = [m for m in mentions(extractor, text) if m.start >= text.index("U.S.")]
    assert found and found[0].text == "U.S. Virgin Islands" and found[0].country_code == "VI"
