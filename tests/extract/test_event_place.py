"""Event place stage: places a sentence names for another reason — a distance reference, a speaker's seat or
route, a launch site, a qualifying region, a government speaking, a continent — never become event places."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from wire import KHARKIV, KYIV, at, events, is_at, km, only_event

from app.extract import Extractor
from app.extract.events.not_the_place import flag as _flag
from app.settings import Settings


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def locations(extractor, text):
    return [e.location for e in events(extractor, text)]


def test_a_distance_reference_is_not_the_place_struck(extractor):
    text = "Russian forces struck a village some 100 km south of the city of Sumy on Monday, killing one man."
    assert "Sumy" not in locations(extractor, text)


def test_a_compass_reference_with_city_of_is_not_the_place(extractor):
    text = "Drones hit a farm north of the town of Kupiansk on Tuesday, wounding two workers."
    assert "Kupiansk" not in locations(extractor, text)


def test_a_far_namesake_located_by_a_nearby_town_becomes_near_that_town(extractor):
    e = only_event(
        extractor,
        "Fighting raged near the village of Paris, south of Toretsk, on Wednesday, Ukraine said.",
    )
    assert e.location == "Toretsk" and e.geo_precision == 2
    assert e.country_code == "UA"
    assert e.notes[slice(*e.notes_highlight)] == "Paris"  # the name as written


def test_a_village_located_by_a_nearby_town_is_its_namesake_there(extractor):
    """'the village of New York, south of Toretsk': the direction after the name hints the namesake near
    Toretsk (qualifiers._near_told), the Donetsk village GeoNames holds as Niu-York, not New York City."""
    e = only_event(
        extractor,
        "Fighting raged near the village of New York, south of Toretsk, on Wednesday, Ukraine said.",
    )
    assert is_at(e, 48.33, 37.84) and e.country_code == "UA", (e.location, e.geo_precision)


def test_a_near_namesake_keeps_its_own_place(extractor):
    e = only_event(extractor, "Shelling hit Druzhkivka, south of Kramatorsk, on Monday, killing a woman.")
    assert e.location == "Druzhkivka" and e.geo_precision == 1


def test_where_the_speaker_travels_is_not_the_event(extractor):
    text = (
        "Zelenskyy, who was on his way to talks in Berlin, said Russian drones struck Odesa overnight, "
        "injuring three people."
    )
    assert locations(extractor, text) == ["Odesa"]


def test_officials_seat_is_not_the_place_when_the_place_is_named(extractor):
    text = (
        "Officials in Russia's Kursk region said a Ukrainian drone struck a power line near Rylsk on Sunday."
    )
    assert "Kursk Oblast" not in locations(extractor, text)


def test_a_capital_as_subject_of_a_verb_is_the_government(extractor):
    text = "Moscow has intensified strikes on the southern port city of Odesa, killing two dock workers."
    assert locations(extractor, text) == ["Odesa"]


def test_a_capitals_bombardment_is_the_governments(extractor):
    text = "Officials denounced Moscow's latest bombardment of Kharkiv, which killed four people on Friday."
    assert locations(extractor, text) == ["Kharkiv"]


def test_a_continent_is_never_an_event_place(extractor):
    text = "The new missiles give Moscow the ability to strike targets across Europe within minutes."
    assert events(extractor, text) == []


def test_a_region_after_a_facility_only_qualifies_it(extractor):
    text = (
        "Ukraine's military said it had struck an oil refinery in Syzran in Russia's Samara region overnight."
    )
    found = locations(extractor, text)
    assert len(found) == 1 and found[0].startswith("Syzran")


def test_a_region_alone_is_a_region_level_event(extractor):
    e = only_event(extractor, "Ukrainian drones attacked the Belgorod region on Monday, killing a man.")
    assert e.geo_precision == 3 and e.region["name"] == "Belgorod Oblast"


def test_the_metonymic_flag_of_the_recogniser_is_honoured():
    spot = SimpleNamespace(metonymic=True)
    assert _flag(SimpleNamespace(spot=spot), "metonymic")
    assert not _flag(SimpleNamespace(spot=SimpleNamespace()), "metonymic")


def test_speaking_in_a_capital_is_not_the_event(extractor):
    text = "Speaking in Moscow on Tuesday, the defence minister said Russian drones struck Kharkiv, killing two people."
    assert locations(extractor, text) == ["Kharkiv"]


def test_dropped_guided_bombs_on_a_town_is_an_air_strike(extractor):
    e = only_event(
        extractor, "Russian aircraft dropped guided bombs on Kostiantynivka on Monday, wounding four people."
    )
    assert (e.sub_event_type, e.injured) == ("Air/drone strike", 4)


def test_town_comma_region_keeps_the_region_cue(extractor):
    e = only_event(extractor, "Shelling hit Bilozerka, Kherson region, on Sunday, killing one man.")
    assert e.admin1 == "Kherson Oblast" and e.country_code == "UA"


def test_a_dateline_with_its_country_is_no_event_place(extractor):
    assert locations(
        extractor,
        "KHARKIV, Ukraine (AP) — A Russian glide bomb hit a warehouse in Lozova, wounding two workers.",
    ) == ["Lozova"]


def test_an_axis_of_the_front_is_no_event_place(extractor):
    assert (
        locations(extractor, "Russian forces recently advanced in the Kostiantynivka direction, ISW said.")
        == []
    )


def test_an_apposition_only_places_the_town(extractor):
    found = locations(
        extractor,
        "The RSF said it had seized Babanusa, the army’s last garrison in West Kordofan, on Thursday.",
    )
    assert len(found) == 1 and found[0].startswith("Baban")


def test_an_unknown_place_west_of_a_town_is_near_that_town(extractor):
    e = only_event(
        extractor,
        "An airstrike hit a tent camp east of Khan Younis, killing four people on Monday.",
    )
    assert e.location.startswith("Kh") and e.geo_precision == 2


def test_a_far_reference_is_never_the_place(extractor):
    assert (
        locations(extractor, "Shelling hit a village some 60 km north of Kherson, killing a man on Monday.")
        == []
    )


def test_the_outskirts_of_a_city_are_near_it(extractor):
    e = only_event(
        extractor, "A missile struck a depot on the outskirts of Kryvyi Rih, injuring three people."
    )
    assert e.location.startswith("Kryv") and e.geo_precision == 2


def test_a_place_in_a_speakers_title_is_not_the_event(extractor):
    found = locations(
        extractor,
        "A drone hit a bus in the village of Tyotkino, killing one man, Kursk Governor Alexander Khinshtein said.",
    )
    assert len(found) == 1 and "Kursk" not in found[0]


def test_a_sea_naming_a_port_is_not_the_event(extractor):
    assert "Black Sea" not in locations(
        extractor, "Russian missiles hit the Black Sea port of Izmail on Monday, wounding five people."
    )


KUTUM = (14.20, 24.67)
KHAN_YOUNIS = (31.34, 34.31)
JABALIA = (31.53, 34.48)
POLTAVA = (49.59, 34.55)


def test_launch_sites_named_as_directions_are_no_event_places(extractor):
    text = (
        "Russia launched 50 drones from the directions of Bryansk, Kursk and Millerovo overnight, and one of "
        "them hit a warehouse in Poltava."
    )
    e = only_event(extractor, text)
    assert is_at(e, *POLTAVA)


def test_a_region_that_opens_the_sentence_only_sets_the_scene(extractor):
    e = only_event(
        extractor, "In North Darfur, drones struck a fuel depot in the town of Kutum, killing two guards."
    )
    assert is_at(e, *KUTUM) and e.fatalities == 2


def test_a_district_heading_in_a_governors_summary_only_sets_the_scene(extractor):
    found = events(
        extractor,
        "Russian forces attacked the region 31 times over the past day, the governor said on Telegram.\n\n"
        "Nikopol district: in Marhanets, a drone wounded a 48-year-old man.\n\n"
        "Synelnykove district: an attack drone hit a farm building in Mezhova; nobody was hurt.",
    )
    assert sorted(e.location for e in found) == ["Marhanets", "Mezhova"]
    assert [e.injured for e in found if e.location == "Marhanets"] == [1]


def test_a_name_the_text_calls_a_province_is_not_a_village_abroad(extractor):
    e = only_event(
        extractor,
        "Two drones targeted the Ain al-Asad air base in the province of Anbar on Friday, causing no casualties.",
    )
    assert e.country_code == "IQ" and (e.fatalities, e.injured) == (0, 0)


def test_a_place_in_an_organisation_name_is_not_where_it_happened(extractor):
    found = events(
        extractor,
        "A drone strike on a market in El Obeid killed four traders, the Kordofan Lawyers Network said.",
    )
    assert [e.location for e in found] == ["El Obeid"]


def test_the_place_a_war_is_named_after_is_no_event(extractor):
    assert (
        events(
            extractor, "The Houthis have fired more than 100 drones at Israel since the war in Gaza began."
        )
        == []
    )


def test_a_bare_compass_reference_places_the_act_near_the_town(extractor):
    e = only_event(
        extractor,
        "Hamas said its fighters fired an anti-tank missile at an Israeli tank east of Khan Younis.",
    )
    assert is_at(e, *KHAN_YOUNIS, within_km=10) and e.geo_precision == 2


def test_a_compass_reference_at_a_stated_distance_is_not_the_place(extractor):
    text = "Its fighters took control of a village some 40 km east of Khan Younis, the group said."
    assert at(events(extractor, text), *KHAN_YOUNIS, within_km=10) == []


def test_a_placeless_act_happens_in_the_scene_the_sentence_before_set(extractor):
    text = (
        "Troops operating near Jabalia spotted two gunmen approaching their position. An aircraft struck and "
        "killed them, the military said."
    )
    e = only_event(extractor, text)
    assert is_at(e, *JABALIA, within_km=10)


def test_a_meeting_place_is_no_scene_for_a_placeless_attack(extractor):
    text = "European leaders met in Berlin on Monday. Russian drones struck overnight, killing two people."
    assert at(events(extractor, text), 52.52, 13.40, within_km=30) == []


def test_a_region_counted_over_its_settlements_is_no_event(extractor):
    text = (
        "Russian forces shelled 14 settlements in Zaporizhzhia Oblast over the past day, the governor said."
    )
    assert events(extractor, text) == []


def test_a_place_that_dates_the_story_after_since_is_no_event(extractor):
    text = "The RSF, which has not commented on the attacks, has relied on drones since losing Wad Madani in January."
    assert events(extractor, text) == []


def test_an_evacuation_ordered_over_settlements_is_no_event_of_the_region(extractor):
    """No evacuation order is an event, and 'as Russian shelling intensified' tells no one attack."""
    text = (
        "Authorities ordered the evacuation of 200 people from 12 villages in the Sumy region as Russian "
        "shelling intensified."
    )
    assert events(extractor, text) == []


def test_a_capital_in_an_installed_officials_title_is_not_the_place(extractor):
    text = (
        "Ukrainian artillery hit a market in the Russian-held city of Donetsk, killing two people, the "
        "Moscow-appointed mayor, Alexei Kulemzin, said."
    )
    found = events(extractor, text)
    assert [e.location for e in found] == ["Donetsk"]
    assert found[0].fatalities == 2


def test_a_ministry_seat_does_not_place_an_act_told_by_a_compass_reference(extractor):
    e = only_event(
        extractor,
        "On Tuesday an Israeli strike hit a tent camp west of Khan Younis, killing four people, according to the "
        "Ministry of Health in Gaza.",
    )
    assert is_at(e, 31.34, 34.31, within_km=5) and e.geo_precision == 2


def test_the_region_of_a_launch_site_apposition_is_no_place(extractor):
    text = "A drone launched from Nyala, the RSF’s base in South Darfur, hit a fuel depot in Kosti on Friday."
    assert locations(extractor, text) == ["Kosti"]


def test_a_ship_hit_at_a_stated_distance_and_bearing_is_placed_at_sea(extractor):
    """The point 60 nautical miles (111 km) east of Aden on the ellipsoid, not Aden itself."""
    e = only_event(
        extractor,
        "A tanker was struck by a missile about 60 nautical miles east of Aden on Monday, the agency said.",
    )
    assert 105 < km(e.lat, e.lon, 12.78, 45.04) < 117 and e.lon > 45.9 and e.geo_precision == 2
    assert e.location.endswith("Aden")


def test_a_place_at_a_distance_without_a_ship_is_not_placed_at_sea(extractor):
    found = events(extractor, "A drone struck a school 30 km east of Kharkiv on Monday, the governor said.")
    assert not any(e.location.startswith("30 km") for e in found)


def test_a_district_told_by_its_city_is_that_citys_not_a_namesake_elsewhere(extractor):
    text = (
        "Russian missiles hit an office block in Kharkiv’s Shevchenkivskyi district on Tuesday, wounding six "
        "people, the mayor said."
    )
    found = events(extractor, text)
    assert [(e.location, e.injured) for e in found] == [("Kharkiv", 6)]
    assert is_at(found[0], *KHARKIV, within_km=25)


def test_a_body_found_in_the_citys_district_adds_to_the_citys_event(extractor):
    text = (
        "• Russian drones struck a market in Dnipro on Friday, wounding nine people, the governor said.\n"
        "• Emergency workers recovered the body of a woman from a collapsed kiosk in the city’s "
        "Shevchenkivskyi district on Saturday morning."
    )
    found = events(extractor, text)
    assert [(e.location, e.fatalities, e.injured) for e in found] == [("Dnipro", 1, 9)]


def test_a_strike_on_the_road_between_two_towns_is_near_the_first(extractor):
    e = only_event(
        extractor,
        "Two people were killed when a drone struck a car on the road between Tyre and Naqoura, the ministry said.",
    )
    assert is_at(e, 33.27, 35.19, within_km=5) and e.geo_precision == 2


def test_a_road_between_the_villages_of_x_and_y_is_one_event_near_x(extractor):
    text = (
        "A Russian drone struck a van on a road between the villages of Udy and Kozacha Lopan on Sunday, "
        "wounding two men, the regional prosecutor's office said."
    )
    found = events(extractor, text)
    assert [(e.location, e.geo_precision, e.injured) for e in found] == [("Udy", 2, 2)]


def test_a_village_the_gazetteer_answers_with_a_far_city_is_the_governors_region(extractor):
    # the Belgorod village is missing; its name is also a city of 127,000 in the Vladimir region
    text = (
        "The governor of Russia’s Belgorod region said a Ukrainian drone hit a tractor in the village of "
        "Murom on Sunday, wounding its driver."
    )
    e = only_event(extractor, text)
    assert (e.location, e.geo_precision, e.injured) == ("Belgorod Oblast", 3, 1)


def test_a_city_that_only_locates_a_named_facility_is_no_second_event(extractor):
    found = events(
        extractor,
        "A Russian missile struck the Okhmatdyt children’s hospital in Kyiv on Monday, killing two people.",
    )
    assert [(e.location, e.fatalities) for e in found] == [("Okhmatdyt children's hospital", 2)]


def test_where_sirens_sounded_is_no_place_of_an_interception(extractor):
    """Warnings sound over a wide area; the cities listed after 'sirens in' are not where the missile was
    brought down, so the interception is one event, placed no finer than the country."""
    found = events(
        extractor,
        "Israel's air force said it had shot down a drone launched from Yemen, after it set off air raid sirens "
        "in Eilat and Beersheba on Friday.",
    )
    assert [e.location for e in found] == ["Israel"]
    assert found[0].geo_precision == 3 and found[0].sub_event_type == "Disrupted weapons use"


def test_cities_where_sirens_blared_are_not_places_of_the_strike(extractor):
    e = only_event(
        extractor,
        "A missile struck Pryluky on Thursday, damaging a school, as air raid sirens blared in Chernihiv and "
        "Sumy.",
    )
    assert e.location == "Pryluky"


def test_a_strike_told_only_where_sirens_sounded_is_still_placed_there(extractor):
    e = only_event(
        extractor,
        "Air raid sirens wailed over Odesa before Russian drones hit the port overnight, wounding four.",
    )
    assert e.location == "Odesa"


def test_a_distance_from_the_regional_capital_named_without_of(extractor):
    found = events(
        extractor,
        "Russian troops stormed the outskirts of Balakliia, which lies some 80 km (50 miles) southeast of the "
        "regional capital Kharkiv, Ukraine's military said.",
    )
    assert not at(found, *KHARKIV, within_km=25)


def test_a_distance_from_the_capital_named_in_apposition_after_a_comma(extractor):
    found = events(
        extractor,
        "Shelling hit the central market in Kupiansk, about 120 km (75 miles) east of the regional capital, "
        "Kharkiv, on Tuesday, wounding six people, the governor said.",
    )
    assert not at(found, *KHARKIV, within_km=25)
    assert [e.injured for e in found] == [6]


@pytest.mark.parametrize("ner", ["none", None], ids=["rules", "model"])
def test_a_distance_given_with_its_conversion_is_no_bare_compass_reference(geocoder, ner):
    found = events(
        Extractor(geocoder, settings=Settings(ner_model=ner)),
        "Ukrainian troops still held the southern part of the town, which lies some 60 km (37 miles) east of the "
        "regional capital Zaporizhzhia, and street fighting was going on, the army said.",
    )
    assert not at(found, 47.84, 35.14, within_km=25)


def test_the_town_across_the_river_is_a_reference(extractor):
    found = events(
        extractor,
        "Russia's Defence Ministry said its troops had taken Kurylivka, a village on the left bank of the "
        "Oskil River opposite Kupiansk.",
    )
    assert at(found, 49.66, 37.70, within_km=3)
    assert not at(found, 49.71, 37.62, within_km=3)


def test_a_capital_whose_revenue_is_meant_is_no_place(extractor):
    found = events(
        extractor,
        "Ukrainian drones hit the Ryazan refinery overnight, part of a push to squeeze Moscow's oil revenues, "
        "the General Staff said.",
    )
    assert at(found, 54.63, 39.70, within_km=25)
    assert not at(found, 55.75, 37.62, within_km=50)


def test_a_plant_that_only_locates_the_town_is_no_second_place(extractor):
    e = only_event(
        extractor,
        "Russian officials said a Ukrainian drone hit a car in Kurchatov, where the Kursk nuclear power plant "
        "is located, wounding two people.",
    )
    assert is_at(e, 51.65, 35.69, within_km=5) and e.injured == 2


def test_part_of_the_drones_told_before_is_downed_over_the_defender(extractor):
    found = events(
        extractor,
        "Russia fired 48 drones at Ukraine overnight from the Kursk and Oryol regions, the air force said. Air "
        "defences downed 39 of the drones, it said.",
    )
    assert [(e.country_code, e.event_type, e.geo_precision, e.claim_status) for e in found] == [
        ("UA", "Strategic developments", 3, "claimed")
    ]


def test_a_part_of_gaza_named_by_its_town_is_the_strip(extractor):
    e = only_event(
        extractor,
        "In northern Gaza, an Israeli drone strike on a tent killed a woman and her son, medics said.",
    )
    assert (e.location, e.geo_precision, e.fatalities) == ("Gaza Strip", 3, 2)


def test_the_centre_of_a_city_is_still_the_city(extractor):
    e = only_event(
        extractor, "In central Kharkiv, a Russian missile hit an office building, injuring nine people."
    )
    assert is_at(e, *KHARKIV) and e.geo_precision == 1


def test_the_region_qualifies_the_town_on_whose_outskirts_it_happened(extractor):
    e = only_event(
        extractor,
        "In Russia's Kursk region, a Ukrainian drone hit a lorry on the outskirts of Rylsk, wounding its "
        "driver, the governor said.",
    )
    assert is_at(e, 51.57, 34.68, within_km=10)


def test_a_formation_named_for_a_compass_point_is_no_place(extractor):
    """Russia's groups of forces are called North, South, East, West, Centre (Sever, Yug, Vostok, Zapad,
    Tsentr): what they destroyed happened at the places named, not at a village called Vostok."""
    found = events(
        extractor,
        "Units of the Vostok group of forces struck an ammunition depot near Huliaipole on Monday. The "
        "Tsentr battlegroup repelled a counterattack near Rodynske on Monday.",
    )
    assert {e.location for e in found} == {"Hulyaypole", "Rodynske"}


def test_regions_listed_with_commas_are_each_a_place_not_each_others_address(extractor):
    text = "Air defence units downed 40 drones over the Voronezh, Lipetsk and Tambov regions overnight."
    assert {"Voronezh Oblast", "Lipetsk Oblast", "Tambov Oblast"} <= set(locations(extractor, text))


def test_the_regime_a_capital_names_is_no_place_of_the_strike(extractor):
    text = "Missiles hit a depot in Nikolayev where the Kiev regime stored drones, the ministry said."
    assert locations(extractor, text) == ["Mykolayiv"]


def test_the_outlet_a_witness_told_is_no_place(extractor):
    text = (
        "A junta aircraft dropped two bombs on a village at around 2 pm on Monday, killing four people, a member "
        "of the local militia told The Irrawaddy."
    )
    assert "Irrawaddy" not in " ".join(locations(extractor, text))


def test_a_region_level_lead_moves_to_the_town_the_next_paragraph_names_as_its_scene(extractor):
    text = (
        "Military jets bombed a crowded market in western Rakhine state on Tuesday, killing 12 people, the "
        "Arakan Army said.\n\n"
        "The strike hit the town of Kyauktaw shortly after dawn, a rescue worker said."
    )
    e = only_event(extractor, text)
    assert is_at(e, 20.84, 92.98, within_km=10) and e.fatalities == 12


def test_a_later_town_not_told_as_the_scene_leaves_the_region_event(extractor):
    text = (
        "Military jets bombed a crowded market in western Rakhine state on Tuesday, killing 12 people, the "
        "Arakan Army said.\n\n"
        "Aid workers in Kyauktaw said they were short of medicine."
    )
    e = only_event(extractor, text)
    assert e.location == "Rakhine"


def test_a_small_namesake_far_from_the_region_named_is_the_region(extractor):
    text = (
        "In Mandalay Region, resistance fighters said they overran an army outpost near Singu town on "
        "Sunday, killing 15 soldiers."
    )
    e = only_event(extractor, text)
    assert e.country_code == "MM" and e.location == "Mandalay Region"


def test_the_raion_after_a_village_is_its_address_not_a_second_place(extractor):
    found = events(
        extractor,
        "A guided bomb hit a farm in the village of Borova in the Izium district on Friday, wounding three "
        "workers, the governor said.",
    )
    assert [(e.location, e.injured) for e in found] == [("Borova", 3)]


def test_a_district_after_the_one_city_told_is_that_citys_not_a_namesake_in_another_region(extractor):
    found = events(
        extractor,
        "In Zaporizhzhia, a missile hit the Shevchenkivskyi district on Monday, wounding two people.",
    )
    assert [(e.location, e.injured) for e in found] == [("Zaporizhzhya", 2)]


def test_a_raion_of_the_citys_own_region_stays_a_place_of_its_own(extractor):
    found = locations(extractor, "Russian forces shelled Nikopol and the Synelnykove district on Monday.")
    assert sorted(found) == ["Nikopol", "Synelnykove district"]


def test_a_capital_named_by_its_country_and_the_act_recalled_after_a_day_after(extractor):
    text = (
        "Israeli jets struck Yemen's rebel-held capital on Monday, killing five people and wounding 30, the "
        "Houthi-run Health Ministry said, two days after a Houthi drone hit a hotel in Eilat."
    )
    e = only_event(extractor, text)
    assert is_at(e, 15.35, 44.21, within_km=25) and (e.fatalities, e.injured) == (5, 30)


def test_an_act_recalled_after_a_day_after_with_its_own_toll_is_its_own_event(extractor):
    text = (
        "The shelling of Nikopol came a day after a drone attack in Marhanets killed two women, the regional "
        "governor said on Tuesday."
    )
    found = {e.location: e for e in events(extractor, text)}
    assert found["Marhanets"].fatalities == 2


def test_the_place_a_sentence_opens_with_is_where_its_clash_was(extractor):
    text = (
        "In Tulkarm, in the north of the West Bank, the army said soldiers on a night raid had been shot at by "
        "gunmen hiding in an alley and that the troops returned fire."
    )
    e = only_event(extractor, text)
    assert e.event_type == "Battles" and is_at(e, 32.31, 35.03, within_km=10)


def test_a_datelined_lead_summing_up_a_later_paragraph_is_not_a_second_event(extractor):
    text = (
        "NABLUS, West Bank (AP) — Israeli strikes killed two men in Tubas on Monday, while the army said a "
        "soldier had been wounded by gunfire in Jenin.\n\n"
        "In Jenin, the army said gunmen opened fire at a patrol near the camp and soldiers returned fire."
    )
    found = [
        (e.location, e.event_type) for e in events(extractor, text) if is_at(e, 32.46, 35.30, within_km=10)
    ]
    assert found and all(t == "Battles" for _, t in found)


def test_a_town_the_text_puts_in_a_country_is_not_a_namesake_abroad(extractor):
    # the gazetteer knows only the Algerian Blida; the text says this one is in south Lebanon
    e = only_event(
        extractor,
        "An Israeli drone struck a car on the road between Yaroun and Blida in south Lebanon on Friday, killing "
        "one person.",
    )
    assert (e.country_code, e.geo_precision, e.fatalities) == ("LB", 3, 1)


def test_a_neighbourhood_of_a_city_resolved_far_away_is_the_citys(extractor):
    text = (
        "A drone strike hit a tent in the Qizan Abu Rashwan neighbourhood of Khan Younis on Friday, killing "
        "two brothers, medics said."
    )
    found = events(extractor, text)
    assert found and all(is_at(e, 31.34, 34.31, within_km=10) for e in found)


def test_a_military_seat_that_speaks_is_not_where_its_strike_was(extractor):
    """'The General Staff in Kyiv said its drones hit X': Kyiv is where the staff sits."""
    text = (
        "The General Staff in Kyiv said on Friday its drones had struck an oil depot in the port of Feodosia "
        "overnight."
    )
    assert locations(extractor, text) and "Kyiv" not in locations(extractor, text)


def test_a_spokesman_on_television_from_the_capital_sets_no_scene(extractor):
    """A quote told 'on national television from Kyiv' is no scene for the placeless act told next."""
    text = (
        "“Our units are holding the line,” a spokesman for the eastern forces said on national television from "
        "Kyiv. He said Russian assault groups had pushed into the outskirts overnight."
    )
    assert not at(events(extractor, text), *KYIV, within_km=30)


def test_a_town_as_far_from_the_reference_as_the_text_says_is_read_right(extractor):
    """'In Lipetsk, about 300 km northeast of Belgorod': the distance confirms the reading; no namesake."""
    e = only_event(
        extractor,
        "In Lipetsk, about 300 km northeast of Belgorod, a drone hit an apartment block, injuring three people, "
        "the governor said.",
    )
    assert is_at(e, 52.61, 39.57, within_km=25) and e.geo_precision == 1


def test_the_axis_of_an_attack_fought_near_another_place_is_no_event_place(extractor):
    found = events(
        extractor,
        "Russian forces attacked seven times near Kupiansk and toward Kivsharivka in the Kharkiv region on "
        "Monday, the General Staff said.",
    )
    assert [e.location for e in found] == ["Kupyansk"]


def test_a_distance_after_a_named_port_locates_the_port_not_a_ship_at_sea(extractor):
    """'a cargo ship moored in Izmail, about 190 km southwest of Odesa': the port is named; the figure says where
    it lies, so the event is at the port (precision 1), not a computed point 'about 190 km southwest of Odesa'."""
    e = only_event(
        extractor,
        "Drones struck a cargo ship moored in Izmail, about 190 km southwest of Odesa, wounding two sailors.",
    )
    assert is_at(e, 45.35, 28.84, within_km=5) and e.geo_precision == 1


def test_a_capital_denying_with_an_adverb_is_the_government_not_a_place(extractor):
    text = (
        "Russia's defence ministry said on Monday its forces had taken the village of Stepnohirsk in the "
        "Zaporizhzhia region, a claim Kyiv promptly denied."
    )
    places = locations(extractor, text)
    assert "Stepnohirsk" in places and "Kyiv" not in places


def test_where_drones_were_heading_is_not_where_they_were_downed(extractor):
    """'drones heading for X were shot down over the Y region': the shoot-down is over Y; X is their goal."""
    e = only_event(
        extractor,
        "Nine drones heading for Moscow were destroyed over the Moscow region before dawn, the city's mayor said.",
    )
    assert e.location == "Moscow Oblast", e.location


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said it had accused Kyiv of a drone attack on an oil depot in the Bryansk region overnight.",
        "Russia’s Foreign Ministry said it had handed Washington evidence that Ukrainian drones struck an oil "
        "depot in the Bryansk region on Monday.",
    ],
)
def test_a_government_given_told_or_blamed_is_no_event_place(extractor, text):
    """'accused Kyiv of', 'give Washington proof': the capital stands for the government addressed; the act
    happened in the region the sentence names."""
    found = events(extractor, text, published="2025-12-17")
    assert found and not at(found, *KYIV, within_km=50)
    assert all(km(e.lat, e.lon, 38.9, -77.04) > 500 for e in found)  # never Washington, DC
    assert all(is_at(e, 53.27, 34.32, within_km=150) for e in found)  # the Bryansk region


def test_a_capital_struck_is_still_the_place(extractor):
    e = only_event(extractor, "Russian missiles hit Kyiv overnight, wounding three people, the mayor said.")
    assert is_at(e, *KYIV, within_km=25) and e.injured == 3


def test_a_list_of_launch_sites_running_on_past_cities_and_occupied_is_no_event_place(extractor):
    """'from the directions of Kursk, Oryol and Millerovo cities and occupied Donetsk': every name of the list is
    where the drones came from; only the city hit is an event place."""
    text = (
        "Russian forces launched 140 drones from the directions of Kursk, Oryol and Millerovo cities and occupied "
        "Donetsk overnight, and a drone hit an apartment block in Kharkiv, injuring five people."
    )
    found = events(extractor, text)
    assert found and all(is_at(e, *KHARKIV, within_km=25) for e in found), [e.location for e in found]


def test_a_force_grouping_named_after_a_river_or_city_is_no_event_place(extractor):
    """'units of the Dnepr group liberated X': the grouping's name is no place of the capture."""
    text = "Units of the Dnepr group liberated Stepnohirsk, the Russian Defence Ministry said on Monday."
    e = only_event(extractor, text)
    assert is_at(e, 47.59, 35.36)


def test_the_ends_of_a_highway_that_places_a_town_are_no_event_places(extractor):
    """'Nawnghkio, a town on the highway between Mandalay and Lashio': the town is the place; a sentence that
    names only the route's ends keeps them."""
    text = "Resistance fighters said they had captured Kyaukme, a town on the highway between Mandalay and Lashio."
    e = only_event(extractor, text)
    assert is_at(e, 22.54, 97.03)


def test_every_origin_of_a_list_after_launched_from_is_no_event_place(extractor):
    """'launched ..., mostly from Kursk and Bryansk in Russia and Cape Chauda in occupied Crimea': each origin
    with its region or country stays an origin; the shoot-down is the defender's, over its country."""
    found = events(
        extractor,
        "Ukraine’s air force said it had shot down 71 of the 90 drones Russia launched overnight, mostly from "
        "Oryol and Kursk in Russia and Cape Chauda in occupied Crimea.",
        published="2026-01-20",
    )
    assert [(e.location, e.event_type) for e in found] == [("Ukraine", "Strategic developments")]


def test_the_edge_of_a_city_named_with_its_country_is_near_that_city(extractor):
    """'on the southern edge of the Russian city of Ryazan': the adjective before 'city of' is capitalised; the
    strike is near Ryazan (geo_precision 2), not lost."""
    e = only_event(
        extractor,
        "Ukrainian drones attacked an oil refinery on the southern edge of the Russian city of Ryazan on Monday, "
        "starting a fire, the regional governor said.",
    )
    assert e.geo_precision == 2 and abs(e.lat - 54.63) < 0.15 and abs(e.lon - 39.74) < 0.2


def test_an_airport_where_flights_stopped_is_not_where_drones_were_downed(extractor):
    text = (
        "Tatarstan's leader Rustam Minnikhanov said air defences shot down two drones over Yelabuga on Tuesday, "
        "and flights to and from Kazan airport were suspended for three hours."
    )
    found = events(extractor, text)
    assert [e.location for e in found if "Kazan" in e.location] == []
    assert any(km(e.lat, e.lon, 55.7568, 52.0543) < 15 for e in found), [e.location for e in found]


def test_a_capital_phrase_places_a_shoot_down_when_only_closed_airports_are_named(extractor):
    text = (
        "The mayor said air defence units destroyed nine drones approaching the Russian capital overnight, and "
        "restrictions were imposed at Domodedovo and Zhukovsky airports."
    )
    e = only_event(extractor, text)
    assert e.event_type == "Strategic developments"
    assert km(e.lat, e.lon, 55.7520, 37.6178) < 25, e.location


def test_towns_where_the_power_went_out_are_not_places_of_the_strike(extractor):
    """'hit a substation in the Kharkiv region, causing power outages in Kupiansk and Balakliia': the two towns
    are where the lights went out (aftermath.outage_place), the strike is the region's."""
    text = (
        "Russian drones hit a substation in the Kharkiv region overnight, causing power outages in Kupiansk and "
        "Balakliia, the regional governor said."
    )
    e = only_event(extractor, text)
    assert e.location == "Kharkiv Oblast", e.location


def test_a_strike_told_only_by_the_blackout_it_caused_keeps_its_town(extractor):
    """With no other place in the sentence, the town of the blackout is where the missile hit."""
    e = only_event(extractor, "A Russian missile strike caused blackouts in Sumy on Monday, the mayor said.")
    assert is_at(e, 50.91, 34.80), e.location


def test_the_struck_vehicle_named_again_with_its_town_moves_a_region_level_lead(extractor):
    text = (
        "A Russian drone hit an ambulance in Ukraine's Kharkiv region on Monday, wounding two medics, the "
        "regional governor said.\n\n"
        "The ambulance was hit as it drove into Balakliia to collect a wounded man, he said."
    )
    e = only_event(extractor, text)
    assert is_at(e, 49.4627, 36.8590, within_km=10), e.location
    assert e.injured == 2


def test_a_region_counted_over_its_settlements_with_victims_is_the_regions_event(extractor):
    text = "Russian strikes on 12 villages in Kherson Oblast wounded six people on Sunday, the governor said."
    e = only_event(extractor, text)
    assert e.location == "Kherson Oblast" and e.injured == 6


def test_a_compass_reference_to_the_regional_capital_set_off_by_a_comma_is_no_place(extractor):
    text = (
        "A Russian drone hit a farm in the village of Stepanivka, west of the regional capital, Sumy, on Monday, "
        "wounding a tractor driver."
    )
    assert not [e for e in events(extractor, text) if is_at(e, 50.9077, 34.7981, within_km=5)]


def test_outskirts_shelled_as_the_object_of_the_act_place_it_near_the_town(extractor):
    """'Artillery shelled the northern outskirts of Kramatorsk': the outskirts are what was hit, so the act is
    near the town (geo_precision 2), as 'on the outskirts of' is; no town, no event would be worse."""
    e = only_event(
        extractor, "Artillery shelled the northern outskirts of Kramatorsk overnight, the mayor said."
    )
    assert is_at(e, 48.73, 37.57) and e.geo_precision == 2, (e.location, e.geo_precision)


def test_drones_counted_over_a_sea_at_the_end_of_a_long_tally_are_downed_there(extractor):
    """'..., and three over the waters of the Sea of Azov': a count's place in a shoot-down tally, however far
    after the verb (place_cues.COUNT_OVER_BEFORE), and the sea is a place of the shoot-down (not only the sea of a
    port); no side's ground, so the side telling its count claims it."""
    text = (
        "Air defence units intercepted and destroyed 61 Ukrainian fixed-wing drones overnight: 25 over the Rostov "
        "region, 18 over the Krasnodar region, 12 over the Voronezh region, including three flying towards "
        "Voronezh, and six over the waters of the Sea of Azov, Russia's defence ministry said."
    )
    sea = [e for e in events(extractor, text) if is_at(e, 46.0, 36.5, within_km=50)]
    assert len(sea) == 1 and sea[0].claim_status == "claimed", [(e.location, e.claim_status) for e in sea]


def test_towns_left_without_power_are_not_places_of_the_strike(extractor):
    """'struck energy facilities in the Chernihiv region, leaving parts of Nizhyn and Pryluky without power': the
    towns are where the power went (aftermath.outage_place), the strike is the region's."""
    text = (
        "Russian drones struck energy facilities in the Chernihiv region overnight, leaving parts of Nizhyn and "
        "Pryluky without power, the regional governor said."
    )
    e = only_event(extractor, text)
    assert e.location == "Chernihiv Oblast", e.location


@pytest.mark.parametrize(
    "text, elsewhere",
    [
        (
            "Israeli strikes killed four people in Khan Younis on Sunday, despite a truce brokered last month in "
            "Cairo, medics said.",
            (30.06, 31.25),
        ),
        (
            "M23 rebels said they had captured Butembo on Sunday, despite a truce brokered in Doha last month.",
            (25.29, 51.53),
        ),
    ],
    ids=["strike", "capture"],
)
def test_where_a_deal_was_made_is_no_place_of_the_act(extractor, text, elsewhere):
    found = events(extractor, text, published="2025-12-20")
    assert found and not at(found, *elsewhere, within_km=50)


def test_where_drones_are_launched_from_is_no_place_of_a_capture_told_beside_it(extractor):
    """The act of the sentence is a recapture, but the launch verb governs 'from near the village of X'."""
    found = events(
        extractor,
        "Ukrainian forces recaptured Kupiansk, yet Russian units still fire glide bombs and drones at it from "
        "the east, including from near the village of Petropavlivka.",
        published="2025-12-20",
    )
    assert [e.location for e in found] == ["Kupyansk"]


def test_a_river_named_like_a_city_after_a_bare_the_is_the_river(extractor):
    found = events(
        extractor,
        "Russian artillery shelled Kherson from across the Dnipro on Monday, killing a man, the governor said. "
        "Drones also hit an energy site in the Dnipro region.",
        published="2025-12-20",
    )
    assert sorted((e.location, e.geo_precision) for e in found) == [
        ("Dnipropetrovsk Oblast", 3),
        ("Kherson", 1),
    ]


def test_the_city_after_a_distance_apposition_is_the_city_described_not_the_reference(extractor):
    """'Kharkiv, a city ... about 410 km east of Kyiv': Kyiv only measures where the city is
    (not_the_place.a_distance_reference), so 'the city' of the next sentence is Kharkiv, never Kyiv."""
    found = events(
        extractor,
        "Kharkiv, a city of 1.3 million people about 410 km east of Kyiv, is a frequent target of Russian "
        "missiles. A Russian glide bomb attack on the city killed two people.",
    )
    assert found and all(is_at(e, *KHARKIV, within_km=25) for e in found), [
        (e.location, e.lat, e.lon) for e in found
    ]
