"""A name the article itself says is a first-level region (app.extract.stated): listed among states, it is the
state; named bare in an article that also writes the state another way (an AP abbreviation in the dateline), it
is that state, not the capital of the same name. A qualifier after it still decides ("Washington, D.C.")."""

from __future__ import annotations

from wire import extractor_in_both_modes, mentions  # noqa: F401 (the extractor fixture, both modes)


def _all(extractor, text, surface):
    found = [m for m in mentions(extractor, text) if m.text == surface]
    assert found, (surface, [m.text for m in mentions(extractor, text)])
    return found


def test_a_name_listed_among_states_is_the_state(extractor):
    text = "Tech firms are leaving western states such as California or Washington for cheaper ones, the economist said."
    (m,) = _all(extractor, text, "Washington")
    assert m.kind == "region" and m.admin1 == "Washington", (m.name, m.kind, m.admin1)


def test_the_bare_name_of_the_state_in_the_dateline_is_that_state(extractor):
    text = (
        "TACOMA PARK, Wash. - The state's emergency team has trained responders across Washington this year, "
        "its commander said. It also flew to Guam and to Washington, D.C., for exercises."
    )
    found = _all(extractor, text, "Washington")
    assert found[0].kind == "region" and found[0].admin1 == "Washington", (found[0].name, found[0].kind)
    # the capital its qualifier names stays the capital
    assert found[-1].admin1 == "District of Columbia", (found[-1].name, found[-1].admin1)


def test_a_country_listed_with_states_stays_the_country(extractor):
    # México is also a Mexican state; listed beside two US states the country is meant
    text = "Cattle shipments from Texas, Arizona and Mexico were halted after the outbreak, officials said."
    (m,) = _all(extractor, text, "Mexico")
    assert m.kind == "country" and m.country_code == "MX", (m.name, m.kind)


def test_a_region_named_in_the_paragraph_places_its_towns_over_the_articles_other_regions(extractor):
    """A daily round-up, one oblast per paragraph: Nikopol in the Dnipropetrovsk paragraph is the city there,
    not a hamlet of the name near the towns of the Donetsk paragraph before it."""
    text = (
        "Glide bombs hit Kramatorsk and Sloviansk on Monday, wounding five people, Donetsk Oblast Governor Vadym "
        "Filashkin said. Drones also struck Druzhkivka.\n\n"
        "In Dnipropetrovsk Oblast, Russian artillery pounded Nikopol, damaging a school."
    )
    (m,) = _all(extractor, text, "Nikopol")
    assert m.admin1 == "Dnipropetrovsk Oblast" and abs(m.lat - 47.57) < 0.1, (m.admin1, m.lat)
