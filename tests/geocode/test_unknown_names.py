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
