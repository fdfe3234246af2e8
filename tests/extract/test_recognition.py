"""Recognition in both recogniser modes: which spans are places. Each test is one mechanism of the spotter
or of the merge with the model, in sentences written for it."""

from __future__ import annotations

import pytest
from wire import extractor_in_both_modes, mentions, surfaces  # noqa: F401 (the extractor fixture)


def _one(extractor, text: str, surface: str):
    found = [m for m in mentions(extractor, text) if m.text == surface]
    assert len(found) == 1, [(m.text, m.name) for m in mentions(extractor, text, flagged=True)]
    return found[0]


def test_a_dateline_after_a_byline(extractor):
    text = "By Jane Roe, Associated Press BOSTON (AP) — A bakery owner was arrested on Thursday after a fire."
    m = _one(extractor, text, "BOSTON")
    assert m.country_code == "US" and m.admin1 == "Massachusetts"


def test_a_dateline_with_its_country(extractor):
    m = _one(extractor, "SEOUL, South Korea (Wire) - A court jailed a former minister on Friday.", "SEOUL")
    assert m.country_code == "KR"


def test_saint_written_short_is_one_name(extractor):
    assert "St. Louis" in surfaces(
        extractor, "Police in St. Louis said two men were arrested after the raid."
    )


def test_a_dotted_state_after_a_preposition(extractor):
    m = _one(
        extractor, "Murals in D.C. are painted over faster than they can be listed, the group said.", "D.C."
    )
    assert m.country_code == "US" and m.kind == "region"


def test_a_state_abbreviation_in_brackets_is_that_state(extractor):
    m = _one(
        extractor,
        "The Walker County (Ga.) sheriff asked residents to look out for two escaped inmates.",
        "Ga.",
    )
    assert (m.country_code, m.admin1) == ("US", "Georgia")  # not a region whose variant reads "ga"


def test_a_state_written_with_its_generic_word_in_lower_case(extractor):
    text = "Measles spread through a camp for displaced families outside Makurdi in Benue state this week."
    m = _one(extractor, text, "Benue state")
    assert m.country_code == "NG" and m.kind == "region"


def test_a_person_of_a_place(extractor):
    text = "In 2016, Jodi Kramer of Bellmore sailed with the crew for a week."
    m = _one(extractor, text, "Bellmore")
    assert m.country_code == "US"
    assert "Kramer" not in surfaces(extractor, text)


def test_said_after_a_place_of_origin(extractor):
    text = "Barry, who was from Dewsbury said the couple met on a coach trip."
    assert _one(extractor, text, "Dewsbury").country_code == "GB"


def test_a_town_named_like_a_person_elsewhere_in_the_article(extractor):
    text = "Ruth Nelson, a nurse, said the ward was full. The clinic in Nelson reopened on Monday."
    found = [m for m in mentions(extractor, text) if m.text == "Nelson"]
    assert [m.start for m in found] == [text.index("in Nelson") + 3]  # the town, not the nurse


def test_a_small_place_with_its_area_after_a_comma(extractor):
    # "Croft" is also an English word; with its area after a comma it is the village
    m = _one(extractor, "The touring cars race at Croft, England, on Sunday afternoon.", "Croft")
    assert m.country_code == "GB"


def test_a_town_the_model_calls_a_person_keeps_its_place_cue(extractor):
    text = "An attack on Kharkiv on Friday killed two people, and drones struck Sumy and Okhtyrka overnight."
    assert surfaces(extractor, text) == ["Kharkiv", "Sumy", "Okhtyrka"]
    text = "Tula regional governor Dmitry Milyaev said debris started a fire at an industrial site."
    assert surfaces(extractor, text) == ["Tula"]
    assert surfaces(extractor, "Mykolaiv came under fire again on Sunday night.") == ["Mykolaiv"]
    assert surfaces(extractor, "The shelling of Kherson went on all night.") == ["Kherson"]
    # the cue opens the sentence, or names who holds the town
    assert surfaces(extractor, "Shelling of Kherson on Friday killed three civilians.") == ["Kherson"]
    text = "Rebels said on Sunday they had taken control of Bukavu after a week of fighting."
    assert surfaces(extractor, text) == ["Bukavu"]


def test_a_name_the_model_reads_as_a_person_without_any_place_cue(extractor):
    if extractor.ner is None:
        pytest.skip("the model's PERSON label is the evidence here")
    text = "Levi, his yellow lab, sleeps beside him on the pavement. Levi is a trained service dog."
    assert surfaces(extractor, text) == []  # the model says PERSON and nothing around it says place


def test_a_word_like_name_is_a_place_throughout_once_the_article_places_it(extractor):
    alone = "Reading police said nine people were held after the match."
    assert surfaces(extractor, alone) == []  # alone, "Reading" reads as the word
    text = "The march began in Reading on Saturday. " + alone
    assert surfaces(extractor, text) == ["Reading", "Reading"]


def test_the_place_an_organisation_is_named_after(extractor):
    text = "The Cuyahoga County Board of Health met on Monday to discuss the levy."
    assert surfaces(extractor, text) == ["Cuyahoga County"]
    # a one-word town before an organisation word stays out: too often a surname ("Nash Police")
    assert surfaces(extractor, "The Nenagh Council met on Monday.") == []


def test_another_romanisation_of_an_arab_town_is_spotted(extractor):
    # the gazetteer spells them Hodeida / Al Hudaydah and Deir el Balah / Dayr al Balah
    text = "Airstrikes hit fuel depots near Hodeidah overnight, and shelling in Deir al-Balah wounded four people."
    found = {m.text: m for m in mentions(extractor, text)}
    assert set(found) >= {"Hodeidah", "Deir al-Balah"}, list(found)
    assert found["Hodeidah"].country_code == "YE" and found["Deir al-Balah"].country_code == "PS"


def test_a_variant_spelling_needs_a_place_cue(extractor):
    # "Syrian" folds to the same key as Sirjan, a city in Iran: without a place cue it is no place
    text = "The two sides discussed “training and equipment”, Syrian state television reported on Monday."
    assert not [m for m in mentions(extractor, text) if m.country_code == "IR" and m.text == "Syrian"]
