"""Toponym spotting: every place a sentence names is found with exact offsets; people, organisations,
plain capitalised words and weapons are never mapped, even when a village somewhere bears that name."""

from __future__ import annotations

import pytest
from wire import mentions, surfaces

from app.extract import Extractor
from app.settings import Settings


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def test_places_are_found_with_exact_offsets(extractor):
    text = "Drones struck Kharkiv and Sumy overnight, and a missile hit an apartment block in Odesa."
    found = mentions(extractor, text)
    assert [m.text for m in found] == ["Kharkiv", "Sumy", "Odesa"]
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.country_code == "UA" and m.kind == "settlement"


def test_offsets_count_code_points_after_non_ascii_text(extractor):
    text = "Officials in Kyiv – citing “heavy” losses – said a drone struck Chernihiv."
    found = mentions(extractor, text)
    assert [m.text for m in found] == ["Kyiv", "Chernihiv"]


def test_prime_minister_and_his_surname_later_are_not_places(extractor):
    text = (
        "Polish Prime Minister Donald Tusk told reporters in Warsaw that the border would stay shut. "
        "Tusk added that Poland would not send troops."
    )
    names = surfaces(extractor, text)
    assert "Tusk" not in names and "Donald" not in names
    assert names == ["Warsaw", "Poland"]


def test_titled_person_with_a_village_surname_is_not_a_place(extractor):
    # Carney and Mark are both place names in the gazetteer
    names = surfaces(extractor, "Prime Minister Mark Carney said Canada would send more aid to Ukraine.")
    assert "Mark" not in names and "Carney" not in names and "Mark Carney" not in names
    assert names == ["Canada", "Ukraine"]


def test_pope_leo_is_not_a_place(extractor):
    names = surfaces(extractor, "Pope Leo called for a Christmas truce in Ukraine on Sunday.")
    assert names == ["Ukraine"]


def test_given_name_and_surname_without_a_title_are_not_places(extractor):
    names = surfaces(extractor, "Antonio Costa, who chairs EU summits, spoke to officials in Kyiv.")
    assert "Costa" not in names and "Antonio" not in names and "Antonio Costa" not in names
    assert names == ["Kyiv"]


def test_surname_before_said_is_not_a_place(extractor):
    names = surfaces(extractor, "Mark Rutte said allies in Brussels must spend more on air defence.")
    assert names == ["Brussels"]


def test_village_named_again_after_said_is_still_a_place(extractor):
    """'... said Zvanivka was still contested': the subject of what was said, the village told before; a name
    closing the sentence after 'said' stays a speaker."""
    text = (
        "Russian troops entered Bilytske in the Donetsk region. The Ukrainian army said Bilytske was still "
        'contested. "We will hold," said Hanna.'
    )
    names = surfaces(extractor, text)
    assert names.count("Bilytske") == 2 and "Hanna" not in names


def test_abbreviated_military_rank_is_not_a_place(extractor):
    """'Maj. Gen.', 'Brig. Gen.': ranks before a name (Maj and Brig are also towns), not places."""
    text = "Army spokesman Brig. Gen. Musa Idris and Maj. Gen. Aung Lin spoke to reporters in Kassala."
    assert surfaces(extractor, text) == ["Kassala"]


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("In Kachin state, rebels attacked a convoy on Tuesday.", 25.76, 96.86),  # not Kachyn in Volyn
        ("Shelling was reported across northern Shan state.", 21.98, 98.42),  # not Shan in Shandong
    ],
)
def test_name_with_lower_case_state_is_the_region_not_a_town_abroad(extractor, text, lat, lon):
    (m,) = mentions(extractor, text)
    assert m.country_code == "MM" and abs(m.lat - lat) < 0.5 and abs(m.lon - lon) < 0.5


def test_given_name_of_a_governor_is_not_a_place(extractor):
    names = surfaces(
        extractor, "Ivan Fedorov, the regional governor, said a drone hit a shop in Zaporizhzhia."
    )
    assert "Ivan" not in names and "Ivan Fedorov" not in names
    assert names == ["Zaporizhzhia"]


def test_agency_acronyms_are_not_places(extractor):
    names = surfaces(extractor, "NATO said its jets scrambled, while TASS reported that talks would resume.")
    assert names == []


def test_think_tank_name_is_not_a_place(extractor):
    names = surfaces(
        extractor, "The Institute for the Study of War said Russian forces advanced near Siversk."
    )
    assert names == ["Siversk"]


def test_newspaper_named_after_a_city_is_an_organisation(extractor):
    names = surfaces(extractor, "The Kyiv Independent reported that a drone hit a depot in Kremenchuk.")
    assert names == ["Kremenchuk"]


def test_sentence_initial_the_is_not_a_place(extractor):
    names = surfaces(extractor, "The strike damaged homes in Kharkiv, the mayor said.")
    assert names == ["Kharkiv"]


def test_month_name_at_sentence_start_is_not_a_place(extractor):
    names = surfaces(extractor, "March brought the heaviest bombardment of Odesa in a year.")
    assert names == ["Odesa"]


def test_ordinary_capitalised_word_is_not_a_place(extractor):
    names = surfaces(extractor, "Energy facilities in Poltava were hit by drones on Friday.")
    assert names == ["Poltava"]


def test_oreshnik_missile_is_not_a_place(extractor):
    names = surfaces(extractor, "Moscow said the Oreshnik missile had been deployed in Belarus.")
    assert "Oreshnik" not in names
    assert "Belarus" in names


def test_tomahawk_is_a_missile_not_a_town(extractor):
    # Tomahawk is also a town name in the gazetteer
    names = surfaces(extractor, "Kyiv has asked Washington for Tomahawk missiles.")
    assert "Tomahawk" not in names
    assert names == ["Kyiv", "Washington"]


def test_storm_shadow_is_a_missile_not_a_place(extractor):
    names = surfaces(extractor, "Ukraine fired British Storm Shadow missiles at a depot in Bryansk.")
    assert "Storm Shadow" not in names and "Storm" not in names and "Shadow" not in names
    assert "Bryansk" in names


def test_flagged_prefix_names_the_country(extractor):
    text = "A Panama-flagged tanker was struck by a sea drone near the coast."
    found = mentions(extractor, text)
    assert [(m.text, m.country_code, m.kind) for m in found] == [("Panama", "PA", "country")]
    assert (found[0].start, found[0].end) == (2, 8)


def test_based_prefix_names_the_city(extractor):
    text = "Analysts at a Kyiv-based think tank said losses were rising."
    found = mentions(extractor, text)
    assert [(m.text, m.name, m.country_code) for m in found] == [("Kyiv", "Kyiv", "UA")]
    assert text[found[0].start : found[0].end + 6] == "Kyiv-based"


def test_multiword_place_is_one_mention(extractor):
    found = mentions(extractor, "Russian drones struck Kryvyi Rih and Bilhorod-Dnistrovskyi overnight.")
    assert [m.text for m in found] == ["Kryvyi Rih", "Bilhorod-Dnistrovskyi"]


def test_possessive_is_not_part_of_the_place(extractor):
    found = mentions(extractor, "Kharkiv’s mayor said a drone hit a school.")
    assert [m.text for m in found] == ["Kharkiv"]


def test_place_starting_with_a_given_name_is_still_a_place(extractor):
    names = surfaces(extractor, "Russian forces shelled Mala Tokmachka in the Zaporizhzhia region overnight.")
    assert "Mala Tokmachka" in names


def test_news_agency_and_union_acronyms_are_not_places(extractor):
    names = surfaces(extractor, "SANA reported that the EU would send envoys to Damascus.")
    assert names == ["Damascus"]


def test_president_with_first_and_last_name_is_not_a_place(extractor):
    names = surfaces(extractor, "President Emmanuel Macron said France would host the talks in Paris.")
    assert names == ["France", "Paris"]


def test_kremlin_speaking_as_an_institution_is_not_a_place(extractor):
    names = surfaces(extractor, "The Kremlin said the talks in Abu Dhabi had been useful.")
    assert names == ["Abu Dhabi"]


def test_a_place_preposition_opening_the_sentence_before_a_name_that_starts_with_a_given_name(extractor):
    """'In El Fasher, ...': 'El' is also a given name, but the words after 'In' name a town."""
    assert "El Fasher" in surfaces(extractor, "In El Fasher, shelling hit a market on Monday.")


def test_a_region_inside_an_agency_name_is_not_a_place(extractor):
    found = surfaces(
        extractor,
        "The United Kingdom Maritime Trade Operations agency said a vessel reported an explosion nearby.",
    )
    assert "Maritime" not in found


def test_the_town_of_lets_a_small_town_be_found_by_another_romanisation(extractor):
    """'the town of Um Kadada': Umm Kaddadah (some 11,000 people) in another spelling; the text calls it a town,
    so the variant is read though the town is under the size a bare variant needs."""
    found = [
        m
        for m in mentions(extractor, "Army drones struck the town of Um Kadada on Friday.")
        if m.text == "Um Kadada"
    ]
    assert found and found[0].country_code == "SD"


def test_a_compass_reference_is_a_place_cue_for_another_romanisation(extractor):
    """'east of Deir al-Balah': the gazetteer spells it Dayr al Balah; a compass reference says a place follows."""
    found = mentions(extractor, "An Israeli strike hit a house east of Deir al-Balah, killing two people.")
    assert [m.country_code for m in found if m.text == "Deir al-Balah"] == ["PS"]


def test_a_run_typed_as_a_village_is_not_its_first_word_abroad(extractor):
    """'Ohe Htein Twin village' is one unknown village in Sagaing, not Ohey in Belgium (its first word)."""
    found = mentions(
        extractor, "In Myanmar's Sagaing region, a junta air strike hit a school in Ohe Htein Twin village."
    )
    assert [m.country_code for m in found if m.text.startswith("Ohe")] == ["MM"]


def test_a_hamlet_named_again_without_its_cue_is_still_a_place(geocoder):
    """One sense per article: a hamlet spotted by 'the village of' is the same place when named bare later."""
    text = (
        "Russia said its troops had seized the village of Zvanivka in Donetsk Oblast. Kyiv said its forces "
        "beat back attacks near Siversk and that Zvanivka remained contested."
    )
    rules = Extractor(geocoder, settings=Settings(ner_model="none"))  # the model finds it either way
    assert surfaces(rules, text).count("Zvanivka") == 2


@pytest.mark.parametrize(
    "text",
    [
        "Arakan Army fighters overran Ann in Rakhine State last week, a spokesman said.",
        "Rebels had surrounded Ann in Rakhine State by Tuesday, according to residents who fled.",
    ],
)
@pytest.mark.parametrize("ner", ["none", None], ids=["rules", "model"])
def test_a_short_town_name_after_a_military_act_and_before_its_state_is_spotted(geocoder, text, ner):
    """'Ann' is also a first name: after an act on a place and before 'in <X> State' it is the town."""
    ex = Extractor(geocoder, settings=Settings(ner_model=ner))
    found = [m for m in mentions(ex, text) if m.text == "Ann"]
    assert len(found) == 1 and found[0].country_code == "MM"


def test_an_unknown_village_listed_after_a_known_one_keeps_its_region(extractor):
    found = mentions(
        extractor,
        "Russia said its forces had captured the villages of Ternuvate and Sukhyi Yar in the Zaporizhzhia region.",
    )
    unknown = [m for m in found if m.text == "Sukhyi Yar"]
    assert unknown and unknown[0].geo_precision == 3 and unknown[0].admin1 == "Zaporizhzhia Oblast"


@pytest.fixture(scope="module")
def rules_extractor(geocoder) -> Extractor:
    return Extractor(geocoder, settings=Settings(ner_model="none"))


@pytest.mark.parametrize(
    "text, name",
    [
        # Ann (Rakhine), Mindat (Chin), Kale (Sagaing): towns whose names are also people's
        ("The colonel left the building flanked by Ann and two bodyguards before the shelling began.", "Ann"),
        ("Soldiers searched the house while Kale and her two sons waited outside, residents said.", "Kale"),
        ("The envoy was accompanied by Paul on the visit to the front line, officials said.", "Paul"),
    ],
)
def test_a_name_in_company_of_people_is_a_person(rules_extractor, text, name):
    """Told with people beside it ('X and two bodyguards', 'X and her sons') or as the agent of a verb of
    company ('flanked by X', 'accompanied by X'), a name is a person, whatever town bears it."""
    assert name not in surfaces(rules_extractor, text)


def test_a_town_and_its_people_after_a_place_word_stay_a_town(rules_extractor):
    text = "Drones hit homes in Kharkiv and two nearby villages, the governor said."
    assert "Kharkiv" in surfaces(rules_extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces advanced into northern Lyman on Monday, milbloggers claimed.",
        "Fighting continued in south-western Lyman, the General Staff said.",
    ],
)
def test_a_name_after_a_preposition_and_the_part_of_the_place_is_a_place(rules_extractor, text):
    """'into northern Lyman': the part of the town between the preposition and a name that is also a first name
    still makes it the town."""
    assert "Lyman" in surfaces(rules_extractor, text)


def test_a_first_name_after_a_compass_word_with_no_preposition_stays_a_person(rules_extractor):
    assert "Lyman" not in surfaces(rules_extractor, "The northern director Lyman said the plan was sound.")


@pytest.mark.parametrize("mode", ["none", None], ids=["rules", "model"])
def test_a_ship_class_named_after_its_lead_vessel_is_not_a_place(geocoder, mode):
    """'Kilo-class', 'Kirov-class': the class of a submarine or cruiser, though a town (or a namesake the fuzzy
    matcher reaches) bears the name; the port it lies in is the place."""
    ex = Extractor(geocoder, settings=Settings(ner_model=mode))
    text = (
        "Sea drones damaged two Kilo-class submarines and a Grigorovich-class frigate berthed at Sevastopol, "
        "the Ukrainian navy said."
    )
    assert surfaces(ex, text) == ["Sevastopol"]


def test_a_refinery_named_like_a_company_is_the_curated_facility(extractor):
    """'the Novoshakhtinsk Oil Refinery' reads like a company's name (its 'Oil'), but it is the plant."""
    found = mentions(extractor, "Drones struck the Novoshakhtinsk Oil Refinery overnight.")
    assert [m.text for m in found] == ["Novoshakhtinsk Oil Refinery"]
    assert abs(found[0].lat - 47.83) < 0.2 and abs(found[0].lon - 40.02) < 0.2


def test_el_nahud_is_en_nahud_in_west_kordofan(extractor):
    (m,) = mentions(extractor, "A drone was shot down near El Nahud on Monday.")
    assert m.country_code == "SD" and abs(m.lat - 12.70) < 0.2


def test_an_arabic_name_with_a_lower_case_article_is_one_place(extractor):
    """'Deir al Balah' written without hyphens: the lower-case 'al' is no given name (Al) that would cut the
    run into a person, and 'al Ain' inside 'Ras al Ain' opens no name of its own (Al Ain is in the Emirates)."""
    assert surfaces(extractor, "A drone strike hit a tent camp in Deir al Balah on Monday, medics said.") == [
        "Deir al Balah"
    ]
    assert "al Ain" not in surfaces(extractor, "Shelling was reported near Ras al Ain on Monday.")


def test_a_mixed_case_acronym_is_an_organisation_not_a_town(extractor):
    """'the Ministry of Defense (MoD)': the model may tag MoD as a place; it is no alias of Modesto."""
    text = (
        "The Russian Ministry of Defense (MoD) claimed on Friday that Russian forces seized Bilytske (northeast of "
        "Dobropillia)."
    )
    names = [m.text for m in mentions(extractor, text, flagged=True)]
    assert "MoD" not in names and "Bilytske" in names


@pytest.mark.parametrize(
    "before",
    ["shelled the state capital ", "fighting near the regional capital, ", "in the provincial capital "],
)
def test_a_title_of_capital_right_before_a_name_is_a_place_cue(before):
    """'shelled the state capital Kadugli': the title is evidence for the place, enough to outweigh the model
    reading the name as a person (merge._weigh asks place_cue, which asks this)."""
    from app.extract.spotting.cues import _cue_before

    assert _cue_before(before)
