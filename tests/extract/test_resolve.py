"""Resolution in context: a stated region, a country, the other places in the sentence, then population,
decide which of several same-name places a mention is; a village missing from the gazetteer falls back to
its stated region, never to a namesake elsewhere. Mentions carry alternatives and a 0..1 score."""

from __future__ import annotations

import pytest
from wire import KHARKIV, LYMAN_DONETSK, LYMAN_KHARKIV, POKROVSK_DONETSK, is_at, mentions

from app.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def mention(extractor, text: str, surface: str):
    found = [m for m in mentions(extractor, text) if m.text == surface]
    assert found, f"{surface!r} not found in {text!r}"
    return found[0]


def test_stated_region_picks_the_donetsk_lyman(extractor):
    m = mention(extractor, "Russian forces attacked Lyman in the Donetsk region on Monday.", "Lyman")
    assert m.admin1 == "Donetsk Oblast" and is_at(m, *LYMAN_DONETSK)


def test_stated_region_picks_the_kharkiv_lyman(extractor):
    m = mention(extractor, "Russian forces attacked Lyman in the Kharkiv region on Monday.", "Lyman")
    assert m.admin1 == "Kharkiv Oblast" and is_at(m, *LYMAN_KHARKIV)


def test_stated_region_after_near_picks_the_donetsk_lyman(extractor):
    m = mention(extractor, "Fighting continued near Lyman in the Donetsk region on Monday.", "Lyman")
    assert m.admin1 == "Donetsk Oblast" and is_at(m, *LYMAN_DONETSK)


def test_stated_region_after_near_picks_the_kharkiv_lyman(extractor):
    m = mention(extractor, "Fighting raged near Lyman in the Kharkiv region on Monday.", "Lyman")
    assert m.admin1 == "Kharkiv Oblast" and is_at(m, *LYMAN_KHARKIV)


def test_stated_region_picks_the_chernihiv_semenivka(extractor):
    m = mention(extractor, "A drone hit a house in Semenivka in the Chernihiv region.", "Semenivka")
    assert m.admin1 == "Chernihiv Oblast" and m.kind == "settlement" and m.geo_precision == 1


def test_stated_region_picks_the_poltava_semenivka(extractor):
    m = mention(extractor, "A drone hit a house in Semenivka in the Poltava region.", "Semenivka")
    assert m.admin1 == "Poltava Oblast" and m.kind == "settlement"


def test_region_after_a_comma_places_the_town(extractor):
    m = mention(
        extractor, "Shelling damaged a school in Semenivka, Chernihiv region, on Sunday.", "Semenivka"
    )
    assert m.admin1 == "Chernihiv Oblast"


def test_region_stated_for_a_list_covers_every_town_in_it(extractor):
    found = mentions(
        extractor,
        "Russian troops attacked Novoselivka, Zelenyi Hai and Rodynske in Ukraine's Donetsk region.",
    )
    towns = [m for m in found if m.kind == "settlement"]
    assert [m.text for m in towns] == ["Novoselivka", "Zelenyi Hai", "Rodynske"]
    assert {m.admin1 for m in towns} == {"Donetsk Oblast"}


def test_countrys_region_is_the_oblast_itself(extractor):
    m = mention(extractor, "Drones attacked Russia's Bryansk region overnight, the governor said.", "Bryansk")
    assert (m.kind, m.name, m.country_code, m.geo_precision) == ("region", "Bryansk Oblast", "RU", 3)


def test_the_region_phrase_is_the_oblast_not_its_capital(extractor):
    m = mention(
        extractor, "Air defences downed drones over the Belgorod region, the governor said.", "Belgorod"
    )
    assert (m.kind, m.name, m.country_code) == ("region", "Belgorod Oblast", "RU")


def test_city_named_like_its_region_is_the_city(extractor):
    found = mentions(extractor, "A missile hit Bryansk in Russia's Bryansk region.")
    city, region = [m for m in found if m.text == "Bryansk"]
    assert (city.kind, city.admin1) == ("settlement", "Bryansk Oblast")
    assert region.kind == "region"


def test_village_missing_from_the_gazetteer_falls_back_to_its_stated_region(extractor):
    text = "A drone hit the village of Xyzivske in the Zaporizhzhia region overnight, officials said."
    m = mention(extractor, text, "Xyzivske")
    assert (m.kind, m.admin1, m.country_code, m.geo_precision) == ("region", "Zaporizhzhia Oblast", "UA", 3)
    assert text[m.start : m.end] == "Xyzivske"


def test_a_town_missing_from_the_gazetteer_never_takes_the_country_where_a_deal_was_signed(extractor):
    """The only other place is where the diplomacy happened: no country stands for the story, so the town
    gets none (a marker in Qatar for a battle in Congo would look like a fact)."""
    text = (
        "Rebel fighters overran the town of Xyzivske on Monday, weeks after a ceasefire signed in Doha, "
        "residents said."
    )
    assert not [m for m in mentions(extractor, text) if m.text == "Xyzivske"]


def test_a_town_missing_from_the_gazetteer_takes_the_country_the_story_is_about(extractor):
    text = (
        "An Israeli drone struck a car in the village of Xyzivske in southern Lebanon on Monday, weeks after a "
        "truce brokered in Doha, a security source in Tyre said."
    )
    found = [m for m in mentions(extractor, text) if m.text == "Xyzivske"]
    assert found and found[0].country_code == "LB" and found[0].geo_precision == 3


def test_a_town_missing_from_the_gazetteer_is_in_the_province_the_story_last_named(extractor):
    """Two provinces in one story, so neither is the article's; the town the gazetteer lacks is told after
    South Kivu and before North Kivu, with no region of its own sentence."""
    text = (
        "Rebels said they held Uvira, the largest city in South Kivu province, on Thursday. "
        "Army drones struck the town of Xyzivske on Wednesday, the rebels said. "
        "In North Kivu province, clashes near Goma killed five people."
    )
    m = mention(extractor, text, "Xyzivske")
    assert (m.kind, m.country_code, m.admin1, m.geo_precision) == ("region", "CD", "South Kivu", 3)


def test_a_town_whose_sentence_names_its_region_does_not_take_the_region_told_before(extractor):
    text = (
        "Military jets bombed Kyauktaw in Rakhine state on Monday, residents said. "
        "State television said troops had retaken the town of Xyzivske in northern Shan state from rebels. "
        "Fighting also flared in Sagaing region."
    )
    found = [m for m in mentions(extractor, text) if m.text == "Xyzivske"]
    assert not found or found[0].admin1 != "Rakhine"


def test_village_absent_from_the_stated_region_is_never_a_namesake_elsewhere(extractor):
    # The gazetteer has a Pishchane in the Poltava, Cherkasy and Sumy regions, none in the Kharkiv region.
    m = mention(extractor, "Moscow said its forces took Pishchane in the Kharkiv region.", "Pishchane")
    assert m.admin1 == "Kharkiv Oblast" and m.geo_precision == 3
    assert m.kind == "region"


def test_unknown_word_without_place_context_is_not_mapped(extractor):
    found = mentions(extractor, "Xyzivske said the talks would continue next week.")
    assert found == []


def test_same_name_village_is_settled_by_donetsk_neighbours(extractor):
    # Alone, the largest Novoselivka is in the Odesa region; beside Yampil and Siversk it is the Donetsk one.
    m = mention(extractor, "Russian troops shelled Novoselivka, Yampil and Siversk overnight.", "Novoselivka")
    assert m.admin1 == "Donetsk Oblast"


def test_same_name_village_is_settled_by_odesa_neighbours(extractor):
    m = mention(
        extractor, "Drones hit Novoselivka, Izmail and Bilhorod-Dnistrovskyi overnight.", "Novoselivka"
    )
    assert m.admin1 == "Odesa Oblast"


def test_same_name_village_is_settled_by_zaporizhzhia_neighbours(extractor):
    text = "Russian drones struck Ivanivka near Vasylivka and Kamianka-Dniprovska on Sunday."
    m = mention(extractor, text, "Ivanivka")
    assert m.admin1 == "Zaporizhzhia Oblast"


def test_us_town_with_its_state(extractor):
    found = mentions(extractor, "Zelensky will travel to Palm Beach, Florida, to meet Trump.")
    town = next(m for m in found if m.text == "Palm Beach")
    assert (town.country_code, town.admin1, town.kind) == ("US", "Florida", "settlement")
    assert is_at(town, 26.70, -80.04)


def test_ambiguous_mention_lists_alternatives(extractor):
    m = mention(extractor, "Russian troops shelled Novoselivka, Yampil and Siversk overnight.", "Novoselivka")
    assert m.alternatives
    for alt in m.alternatives:
        assert set(alt) == {"name", "lat", "lon", "country_code", "admin1", "score"}
        assert 0.0 <= alt["score"] <= 1.0
        assert (alt["lat"], alt["lon"]) != (m.lat, m.lon)


def test_every_mention_has_a_score_between_zero_and_one(extractor):
    text = (
        "Russian drones struck Kharkiv, Novoselivka and Palm Beach, and a village called Xyzivske in the "
        "Zaporizhzhia region, Ukraine's air force said."
    )
    found = mentions(extractor, text)
    assert len(found) >= 5
    for m in found:
        assert 0.0 < m.score <= 1.0, m


def test_context_settled_mention_scores_lower_than_a_unique_city(extractor):
    found = mentions(extractor, "Russian troops shelled Novoselivka, Yampil and Kharkiv overnight.")
    by = {m.text: m for m in found}
    assert by["Novoselivka"].score < by["Kharkiv"].score
    assert is_at(by["Kharkiv"], *KHARKIV)


def test_mention_record_has_the_contract_fields(extractor):
    m = mention(extractor, "A drone hit a house in Semenivka in the Chernihiv region.", "Semenivka")
    rec = m.to_record()
    assert set(rec) == {
        "article", "text", "start", "end", "name", "lat", "lon", "kind", "country_code", "admin1",
        "geonameid", "geo_precision", "score", "alternatives", "metonymic", "adjectival",
    }  # fmt: skip
    assert rec["article"] == "wire-1" and isinstance(rec["alternatives"], list)
    assert rec["metonymic"] is False and rec["adjectival"] is False


def test_todays_name_beats_another_towns_former_name(extractor):
    m = mention(
        extractor,
        "Shelling killed two civilians in Pokrovsk on Monday, Ukrainian officials said.",
        "Pokrovsk",
    )
    assert m.admin1 == "Donetsk Oblast" and is_at(m, *POKROVSK_DONETSK)


def test_a_city_keeps_its_own_name_beside_a_region_whose_town_has_it_as_another(extractor):
    """GeoNames files "Sloviansk" among the other names of Nikopol, a Dnipropetrovsk town of the same size: a
    bullet on that region before does not make the Donetsk city of 105,000 Nikopol."""
    text = (
        "Key events\n\n"
        "  • Drones hit a depot in the Dnipropetrovsk region town of Pavlohrad, the regional head said.\n"
        "  • Two people were hurt when a glide bomb struck a market in Sloviansk, the mayor said.\n"
    )
    m = mention(extractor, text, "Sloviansk")
    assert m.admin1 == "Donetsk Oblast" and is_at(m, 48.85, 37.60, within_km=10)
