"""A name the gazetteer does not have is unknown: a romanisation variant of some far-away place's alternate
name is not a match (the DR Congo town 'Minova' is not Kinoshita, Japan), while the variants the stage
exists for (Ukrainian and Russian romanisations) still match."""

from __future__ import annotations


def test_a_variant_of_a_far_away_alternate_name_is_not_a_match(geocoder):
    found = geocoder.search("Minova", limit=5, fuzzy=False)
    assert all(c.country_code != "JP" for c in found), [(c.name, c.why) for c in found]
    assert found == []


def test_ukrainian_romanisation_variants_still_match(geocoder):
    found = geocoder.search("Kostiantynivka", limit=1, fuzzy=False)
    assert found and found[0].country_code == "UA"
    found = geocoder.search("Gulyaipole", limit=1, fuzzy=False)
    assert found and found[0].country_code == "UA"


def test_an_unknown_town_in_a_report_is_not_mapped_anywhere(geocoder):
    from app.extract import Article, Extractor
    from app.settings import Settings

    for mode in ("none", None):
        ex = Extractor(geocoder, settings=Settings(ner_model=mode))
        text = "Rebels said they had taken Minova, a lakeside town, after two days of fighting."
        assert [m.country_code for m in ex.geoparse(Article(id="a", text=text))] in ([], ["CD"])


def test_an_unknown_name_is_not_fuzzy_matched_onto_a_small_town_elsewhere(geocoder):
    # one letter from "Minova" lies Minoa, New York (3,500 people): a spelling that close is no evidence
    assert geocoder.search("Minova", limit=5) == []
    assert geocoder.search("Minova, Democratic Republic of the Congo", limit=5) == []


def test_the_geocode_verb_says_not_found_for_an_unknown_village(geocoder):
    from app.errors import NotFound

    try:
        geocoder.locate("Minova")
    except NotFound as exc:
        assert "Minova" in str(exc)
    else:
        raise AssertionError("an unknown village was mapped")


def test_a_misspelt_town_that_matters_is_still_found(geocoder):
    c = geocoder.best("Kramatorks")
    assert c is not None and c.name == "Kramatorsk" and c.why[0].startswith("fuzzy")


def test_a_misspelt_small_town_is_found_when_its_country_is_given(geocoder):
    # a village too small to guess at alone; its country, given with it, is the evidence
    assert geocoder.search("Sviatohirks", limit=5) == []
    c = geocoder.best("Sviatohirks", country="UA")
    assert c is not None and c.admin1 == "Donetsk Oblast" and c.why[0].startswith("fuzzy")
    assert geocoder.best("Sviatohirks, Donetsk region").admin1 == "Donetsk Oblast"
