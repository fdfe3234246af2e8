"""US second-level divisions as local news writes them (app.extract.qualifiers, app.extract.resolve): bare names
before a plural generic word ("Tangipahoa and Livingston parishes") are the divisions, not towns of that name."""

from __future__ import annotations

from wire import article, extractor_in_both_modes, resolve_names  # noqa: F401 (the extractor fixture, both modes)

TEXT = (
    "Flooding closed roads in Tangipahoa and Livingston parishes on Monday, and two Ohio counties reported damage "
    "from the same storm, forecasters said."
)


def test_names_before_a_plural_division_word_are_the_divisions(extractor):
    got = resolve_names(extractor, TEXT, ["Tangipahoa", "Livingston", "Ohio"])
    for name in ("Tangipahoa", "Livingston"):
        c = got[name]
        assert c is not None and c.name == f"{name} Parish" and c.admin1 == "Louisiana", (name, c)


def test_a_state_before_the_plural_is_the_state_whose_divisions_they_are(extractor):
    c = resolve_names(extractor, TEXT, ["Tangipahoa", "Livingston", "Ohio"])["Ohio"]
    assert (c.kind, c.admin1) == ("region", "Ohio"), (c.name, c.kind, c.admin1)


def test_counties_of_a_list_take_the_state_they_share(extractor):
    # Forsyth and Dawson counties exist in several states; only Georgia has all three
    text = "School boards in Forsyth, Dawson and Lumpkin counties will vote on the new calendar in May."
    got = resolve_names(extractor, text, ["Forsyth", "Dawson", "Lumpkin"])
    for name, c in got.items():
        assert c is not None and c.kind == "other" and c.admin1 == "Georgia", (name, c)


HAMLET = (
    "A barn fire destroyed a dairy farm near Possum Hollow in Tioga County on Sunday, a Pennsylvania fire marshal "
    "said. Crews from Wellsboro and Mansfield helped."
)


def test_a_hamlet_the_gazetteer_lacks_is_answered_with_the_county_named_with_it(extractor):
    got = resolve_names(extractor, HAMLET, ["Possum Hollow", "Tioga County", "Pennsylvania", "Wellsboro"])
    c, county = got["Possum Hollow"], got["Tioga County"]
    assert c is not None and c.kind == "other" and c.geo_precision == 2, c
    assert (c.lat, c.lon, c.admin1) == (county.lat, county.lon, "Pennsylvania"), (c, county)
    assert "no place 'Possum Hollow'" in c.why[0] and "Tioga County" in c.why[0], c.why


def test_without_a_county_in_the_story_a_hamlet_keeps_the_region_answer(extractor):
    text = (
        "A barn fire destroyed a dairy farm near Possum Hollow on Sunday, a Pennsylvania fire marshal said. Crews "
        "from Wellsboro and Coudersport helped."
    )
    c = resolve_names(extractor, text, ["Possum Hollow", "Pennsylvania", "Wellsboro", "Coudersport"])[
        "Possum Hollow"
    ]
    assert c is not None and c.kind == "region" and c.geo_precision == 3, c


def test_ordinary_extraction_does_not_place_a_name_the_gazetteer_lacks(extractor):
    found = extractor.geoparse(article(HAMLET))
    assert not [m for m in found if m.text == "Possum Hollow"], found


def test_a_village_the_text_names_with_its_county_is_mapped_at_the_county(extractor):
    text = (
        "A barn fire destroyed a dairy farm in the village of Possum Hollow in Tioga County on Sunday, a "
        "Pennsylvania fire marshal said."
    )
    found = {m.text: m for m in extractor.geoparse(article(text))}
    m = found.get("Possum Hollow")
    assert m is not None and m.name == "Tioga County" and m.geo_precision == 2, found


def test_a_name_the_gazetteer_has_only_with_its_generic_word_is_that_division(extractor):
    # no town is called Pottawattamie; the Iowa county is
    text = "Residents of Pottawattamie were told to boil their water on Monday."
    c = resolve_names(extractor, text, ["Pottawattamie"])["Pottawattamie"]
    assert c is not None and c.name == "Pottawattamie County" and c.admin1 == "Iowa", c
