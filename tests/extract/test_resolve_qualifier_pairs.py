"""'Columbus, Ohio': two names joined by a comma look like a list, but when the second is a state (or a county)
that holds a namesake of the first, it says where the first is, whatever the rest of the article names. A list
stays a list: no town takes its neighbour's region, and a qualifier at the end of a list is not spread over it."""

from __future__ import annotations

import pytest
from wire import extractor_in_both_modes, mentions  # noqa: F401 (the extractor fixture, both modes)


def _by_text(extractor, text):
    return {m.text: m for m in mentions(extractor, text)}


def test_a_state_after_a_comma_places_the_town_before_it(extractor):
    # Starkville, Louisville and Mississippi all back Columbus, Mississippi; the text says Ohio
    text = (
        "Fans who drove up from Starkville and Louisville, Mississippi, filled the arena in Columbus, Ohio, "
        "where the home side won by three points."
    )
    got = _by_text(extractor, text)
    c = got["Columbus"]
    assert c.country_code == "US" and c.admin1 == "Ohio", (c.name, c.admin1)


def test_a_list_of_cities_stays_a_list(extractor):
    got = _by_text(extractor, "Drone debris fell on Kharkiv, Sumy and Poltava overnight, officials said.")
    assert got["Kharkiv"].admin1 == "Kharkiv Oblast" and got["Sumy"].admin1 == "Sumy Oblast"


def test_a_qualifier_at_the_end_of_a_list_is_not_spread_over_it(extractor):
    text = "Training trips to Alaska, Florida and Washington, D.C., kept the response team busy this year."
    got = _by_text(extractor, text)
    assert got["Alaska"].admin1 == "Alaska" and got["Florida"].admin1 == "Florida", (
        got["Alaska"].name,
        got["Florida"].name,
    )
    assert got["Washington"].admin1 == "District of Columbia"


@pytest.mark.parametrize(
    "text, surface, country",
    [
        # Pale (Bosnia) and Kani (Japan) are the gazetteer's only towns of these names; the Myanmar townships
        # are missing from it: the stated region must win over a namesake abroad
        (
            "Junta jets bombed Pale in Sagaing Region on Monday, killing four civilians, a resistance group said.",
            "Pale",
            "MM",
        ),
        ("Fighting flared around Kani in Sagaing Region, the People's Defence Force said.", "Kani", "MM"),
        # the generic word between the name and its region ("X township in Y Region")
        (
            "Army shelling hit Pale township in Sagaing Region, killing two farmers, residents said.",
            "Pale",
            "MM",
        ),
        # a town of that name in the region stated, its word capitalised
        ("Artillery fire hit Falam in Chin State overnight, residents said.", "Falam", "MM"),
        ("A glide bomb hit Lyman in Donetsk Oblast on Monday, the governor said.", "Lyman", "UA"),
    ],
)
def test_a_name_with_its_capitalised_region_is_looked_up_in_that_region_first(
    extractor, text, surface, country
):
    """'X in Sagaing Region', 'X in Chin State', 'X in Donetsk Oblast': the region's word written as part of
    its name still qualifies the place; a name the gazetteer has only abroad is the stated region instead."""
    (m,) = [m for m in mentions(extractor, text) if m.text == surface]
    assert m.country_code == country, (m.name, m.country_code, m.admin1)
