"""Trigger stage: the type each place gets, and words that tell of acts that did not happen."""

from __future__ import annotations

import pytest
from wire import KOSTIANTYNIVKA, events, is_at, only_event

from app.extract import Extractor
from app.extract.events.trigger import clause_of, find_trigger, realis

EXPLOSIONS = "Explosions/Remote violence"


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def by_place(extractor, text):
    return {e.location: e for e in events(extractor, text)}


def test_a_strike_sentence_that_mentions_an_advance_codes_each_clause(extractor):
    found = by_place(
        extractor,
        "Russian drones struck an apartment block in Kramatorsk on Tuesday as Russian troops advanced on "
        "nearby Kostiantynivka, killing three people.",
    )
    assert found["Kramatorsk"].event_type == EXPLOSIONS
    assert found["Kramatorsk"].fatalities == 3  # the toll goes to the strike, not to the advance
    kost = next(e for name, e in found.items() if name.startswith("Kost"))
    assert kost.event_type == "Battles" and kost.fatalities is None


def test_shelled_next_to_a_capture_claim_is_shelling(extractor):
    e = only_event(
        extractor,
        "Russian forces shelled Kherson on Monday after claiming to have captured an island upstream, "
        "injuring two people.",
    )
    assert (e.event_type, e.sub_event_type) == (EXPLOSIONS, "Shelling/artillery/missile attack")
    assert e.injured == 2


def test_clashes_are_battles(extractor):
    e = only_event(
        extractor, "Heavy clashes continued around Pokrovsk on Wednesday, the Ukrainian army said."
    )
    assert e.event_type == "Battles"


@pytest.mark.parametrize(
    "sentence",
    [
        "The new missiles give Moscow the ability to strike targets across Europe within minutes.",
        "Its range is enough to hit every capital on the continent from Russian soil.",
        "Kyiv wants fighting halted along the current front line near Pokrovsk.",
        "Hezbollah denied that any of its sites had been hit near Tyre, calling the report false.",
        "An AK-style assault rifle will be produced at the plant near Minsk, officials said.",
    ],
)
def test_possible_wanted_or_denied_acts_are_no_events(extractor, sentence):
    assert events(extractor, sentence) == []


def test_realis_looks_at_the_words_right_before():
    text = "Moscow has the ability to strike Kyiv, and its drones struck Odesa."
    assert not realis(text, text.index("strike Kyiv"))
    assert realis(text, text.index("struck Odesa"))


def test_jets_striking_depots_is_an_air_strike():
    t = find_trigger("Israeli jets struck Hezbollah weapons depots near Tyre overnight.")
    assert t is not None and t.sub_event_type == "Air/drone strike"


def test_retaken_is_a_capture():
    t = find_trigger("The army said it had retaken Lashio after weeks of fighting.")
    assert t is not None and t.kind == "capture"


def test_clause_of_splits_at_as_but_not_as_well_as():
    text = "Drones hit Sumy as well as Kharkiv as troops advanced on Lyman."
    a, b = clause_of(text, text.index("Kharkiv"))
    assert text[a:b] == "Drones hit Sumy as well as Kharkiv"


def test_armed_men_attacking_an_army_post_is_a_battle(extractor):
    e = only_event(
        extractor,
        "Gunmen attacked an army checkpoint near Dori on Friday, killing eight soldiers, officials said.",
    )
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")


def test_gunmen_killing_villagers_is_violence_against_civilians(extractor):
    e = only_event(
        extractor,
        "Gunmen attacked the village of Tessit on Friday, killing 14 villagers, a local official said.",
    )
    assert (e.event_type, e.sub_event_type, e.fatalities) == ("Violence against civilians", "Attack", 14)


def test_hitting_an_air_defence_system_is_a_strike(extractor):
    e = only_event(
        extractor, "Ukraine’s military said its forces had hit a Russian radar system near Nova Kakhovka."
    )
    assert (e.event_type, e.actor1, e.claim_status) == (
        "Explosions/Remote violence",
        "Military Forces of Ukraine",
        "claimed",
    )


def test_a_single_military_jet_that_bombed_is_an_air_strike(extractor):
    e = only_event(extractor, "A military jet bombed a market in Lashio on Sunday, killing five people.")
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_shooting_down_them_after_a_launch_is_the_defenders_claim_over_its_country(extractor):
    text = (
        "Russia launched 60 drones and four missiles overnight, the air force said. Air defences shot down 52 "
        "of them."
    )
    e = only_event(extractor, text)
    assert (e.event_type, e.country_code, e.geo_precision) == ("Strategic developments", "UA", 3)
    assert e.claim_status == "claimed"


def test_gunmen_storming_a_village_and_shooting_villagers_is_violence_against_civilians(extractor):
    e = only_event(
        extractor, "Gunmen stormed the village of Bara on Sunday and shot dead 12 villagers, officials said."
    )
    assert (e.event_type, e.sub_event_type, e.fatalities) == ("Violence against civilians", "Attack", 12)


def test_fighters_killing_people_in_an_attack_on_a_town_is_violence_against_civilians(extractor):
    e = only_event(
        extractor, "Militia fighters killed 19 people in a night attack on Beni, local officials said."
    )
    assert e.event_type == "Violence against civilians" and e.fatalities == 19


def test_rebels_who_entered_a_town_is_a_battle(extractor):
    e = only_event(extractor, "Rebel fighters said they had entered Bunia on Sunday.")
    assert e.event_type == "Battles"


def test_a_trend_dated_by_a_past_capture_is_no_event(extractor):
    text = "Fears of famine have grown since the paramilitaries seized Nyala last year, aid groups said."
    assert events(extractor, text) == []


def test_forces_hitting_an_air_base_is_a_strike_not_a_clash(extractor):
    e = only_event(
        extractor,
        "Ukraine’s navy said its forces had hit the Morozovsk air base in Russia’s Rostov region overnight.",
    )
    assert e.event_type == "Explosions/Remote violence"
    assert e.claim_status == "claimed"


def test_of_which_were_shot_down_after_a_list_of_launch_sites_is_a_shootdown(extractor):
    text = (
        "Ukraine’s air force said Russia had launched 88 attack drones overnight from the Bryansk and Oryol "
        "regions and from the Hvardiiske area in occupied Crimea, of which 64 were shot down."
    )
    e = only_event(extractor, text)
    assert (e.event_type, e.country_code, e.claim_status) == ("Strategic developments", "UA", "claimed")


def test_the_occupied_town_of_is_where_not_a_capture(extractor):
    e = only_event(
        extractor,
        "Ukrainian drones hit a fuel depot in the occupied town of Oleshky on Sunday, killing two people, "
        "Russian-installed officials said.",
    )
    assert (e.event_type, e.fatalities) == ("Explosions/Remote violence", 2)


def test_forces_that_occupied_a_village_still_capture_it(extractor):
    e = only_event(
        extractor, "Russian forces occupied the village of Bohuslavka on Monday, the governor said."
    )
    assert e.event_type == "Battles"


def test_pushing_the_enemy_out_of_a_town_is_the_pushers_claim(extractor):
    e = only_event(
        extractor,
        "Ukraine’s General Staff said its units had driven Russian assault groups out of the village of "
        "Kindrashivka.",
    )
    assert (e.event_type, e.actor1, e.claim_status) == ("Battles", "Military Forces of Ukraine", "claimed")


def test_pushing_the_enemy_back_from_a_town_is_the_pushers_claim(extractor):
    e = only_event(
        extractor,
        "Ukraine’s army said on Tuesday its brigades had driven Russian infantry back from the edge of "
        "Kostiantynivka.",
    )
    assert (e.event_type, e.actor1, e.claim_status) == ("Battles", "Military Forces of Ukraine", "claimed")
    assert is_at(e, *KOSTIANTYNIVKA)


def test_an_army_named_in_the_attribution_is_no_military_target(extractor):
    """', the army-aligned government said' tells who speaks, not that soldiers were attacked."""
    e = only_event(
        extractor,
        "Gunmen killed at least 40 people in attacks on the village of Bara on Sunday, the army-aligned "
        "government said.",
    )
    assert e.event_type == "Violence against civilians"


def test_strikes_that_cut_power_to_a_region_are_an_attack_there(extractor):
    e = only_event(
        extractor,
        "Russian strikes cut power to 200,000 homes in the Chernihiv region on Sunday, officials said.",
    )
    assert (e.event_type, e.geo_precision) == ("Explosions/Remote violence", 3)


def test_had_also_taken_is_a_capture(extractor):
    text = "Russia’s Defence Ministry said its troops had also taken the village of Bohuslavka in the Kharkiv region."
    e = only_event(extractor, text, published="2025-12-16")
    assert (e.event_type, e.claim_status) == ("Battles", "claimed")


def test_near_occupied_town_is_where_and_a_five_word_target_is_struck(extractor):
    e = only_event(
        extractor,
        "Ukraine’s navy said it had struck a Russian S-300 air defence system near occupied Skadovsk.",
    )
    assert (e.event_type, e.claim_status) == ("Explosions/Remote violence", "claimed")


def test_pulling_out_of_a_deal_is_no_withdrawal(extractor):
    text = (
        "Kherson has been shelled since Russia pulled out of a UN-brokered grain deal in July 2023, the "
        "governor said."
    )
    assert [e for e in events(extractor, text, published="2025-12-16") if e.event_type == "Battles"] == []


def test_a_second_act_verb_with_its_own_auxiliary_is_its_own_clause(extractor):
    found = by_place(
        extractor,
        "Russia's Defence Ministry said its troops had taken the town of Siversk and had hit an ammunition "
        "depot in Druzhkivka with drones.",
    )
    assert found["Siversk"].event_type == "Battles"
    assert found["Druzhkivka"].event_type == EXPLOSIONS


def test_slammed_into_and_setting_ablaze_are_acts(extractor):
    e = only_event(
        extractor, "Russian drones slammed into a warehouse in Brovary overnight, setting two hangars ablaze."
    )
    assert e.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the past day, the enemy attacked four times near Vovchansk.",
        "The occupiers stormed Ukrainian positions near Vovchansk on Thursday.",
        "Russian units attacked 11 times near Vovchansk on Thursday, the General Staff said.",
    ],
)
def test_a_front_report_s_count_of_assaults_is_fighting_there(extractor, sentence):
    e = only_event(extractor, sentence)
    assert (e.location, e.event_type) == ("Vovchansk", "Battles")


def test_an_advance_on_one_side_of_a_town_is_an_advance_there(extractor):
    e = only_event(
        extractor, "Geolocated footage shows Russian forces advanced southwest of Vovchansk on Monday."
    )
    assert (e.location, e.event_type) == ("Vovchansk", "Battles")


VAC = "Violence against civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Nablus said troops exchanged fire with gunmen in the Balata camp on Tuesday.",
        "Gunmen opened fire on a checkpoint near Hebron and soldiers returned fire, the army said.",
        "A gun battle broke out between soldiers and militants in Tulkarm overnight, residents said.",
    ],
)
def test_two_armed_sides_shooting_is_a_clash(extractor, text):
    assert only_event(extractor, text).event_type == "Battles"


def test_armed_men_killed_with_no_weapon_named_is_a_clash(extractor):
    e = only_event(
        extractor,
        "The insurgents said they had ambushed a supply column and killed nine soldiers near Gao on Monday.",
    )
    assert e.event_type == "Battles"
    assert find_trigger(
        "The army said it had neutralised 14 militants in an operation near Mopti."
    ).event_type == ("Battles")


def test_a_bomb_that_killed_soldiers_stays_the_bombs(extractor):
    text = (
        "An explosive device hit an army truck near Menaka on Sunday, killing three soldiers, officials said."
    )
    assert only_event(extractor, text).event_type == EXPLOSIONS


@pytest.mark.parametrize(
    "text",
    [
        "Settlers set fire to three cars and a barn in the village of Sinjil on Sunday, the Red Crescent said.",
        "A mob of settlers hurled stones at homes in Huwara late on Tuesday, injuring a woman, medics said.",
        "Dozens of settlers beat two farmers picking olives near Turmus Ayya, according to the village council.",
    ],
)
def test_settlers_burning_stoning_or_beating_are_violence_against_civilians(extractor, text):
    assert only_event(extractor, text).event_type == VAC


def test_stones_thrown_with_no_attacker_of_that_kind_are_no_attack(extractor):
    text = (
        "Fans threw stones at the referee after the match in Ramallah on Saturday, and the game was stopped."
    )
    assert not [e for e in events(extractor, text) if e.event_type == VAC]


@pytest.mark.parametrize(
    "text, town",
    [
        (
            "Ukraine's military intelligence said explosions at an airfield near Millerovo had destroyed two "
            "Su-30 fighters on Tuesday.",
            (48.92, 40.40),  # Millerovo
        ),
        (
            "Blasts at a military air base outside Morozovsk damaged three Su-34 bombers on Tuesday, satellite "
            "images showed.",
            (48.35, 41.83),  # Morozovsk
        ),
        (
            "Satellite images showed that explosions at a Russian air base close to Saky had wrecked a radar "
            "and two helicopters.",
            (45.13, 33.60),  # Saky
        ),
    ],
)
def test_damage_done_by_explosions_at_a_site_near_a_town_is_a_strike_near_that_town(extractor, text, town):
    """No weapon named, no one hurt: the equipment destroyed at an unnamed site is the event, placed near the
    town the site lies by (geo_precision 2, not a marker in the town)."""
    e = only_event(extractor, text)
    assert e.event_type == EXPLOSIONS
    assert is_at(e, *town, within_km=10) and e.geo_precision == 2


def test_explosions_only_heard_are_no_event(extractor):
    text = "Loud explosions were heard in Yeysk on Tuesday night, residents said, as the war dragged on."
    assert events(extractor, text) == []


def test_a_raid_by_armed_men_named_a_long_clause_before_it_kills_civilians(extractor):
    text = (
        "Suspected fighters of the Allied Democratic Forces killed 11 villagers with machetes and guns in a "
        "night raid on the outskirts of Beni, the mayor said on Friday."
    )
    e = only_event(extractor, text)
    assert (e.event_type, e.fatalities) == (VAC, 11)


def test_drones_destroyed_in_the_passive_are_shot_down(extractor):
    e = only_event(
        extractor,
        "Russia's defence ministry said 41 Ukrainian drones had been destroyed over the Kursk region overnight.",
    )
    assert (e.location, e.event_type, e.claim_status) == ("Kursk Oblast", "Strategic developments", "claimed")


def test_an_air_force_s_shoot_down_after_the_attack_it_answers_is_over_its_country(extractor):
    """'downed 112 drones' after the attack on Ukraine was told: not the whole attack intercepted, so a
    shoot-down of its own, over the country of the air force that speaks."""
    text = (
        "Russian forces launched a combined strike against Ukraine overnight. The Ukrainian Air Force reported "
        "that Ukrainian forces downed 112 drones and that 24 drones struck nine locations."
    )
    found = {(e.location, e.event_type) for e in events(extractor, text)}
    assert ("Ukraine", "Strategic developments") in found


@pytest.mark.parametrize(
    "text, region",
    [
        (
            "All 41 Ukrainian drones sent towards the Bryansk region overnight were destroyed by air defences, "
            "the regional governor said.",
            (53.25, 34.37),  # Bryansk, the regional centre
        ),
        (
            "Twelve Russian missiles fired at the Lviv region had been neutralised before dawn, the air force "
            "said on Thursday.",
            (49.84, 24.03),  # Lviv
        ),
    ],
)
def test_aerial_objects_told_as_destroyed_in_the_passive_are_a_shootdown(extractor, text, region):
    e = only_event(extractor, text)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    assert is_at(e, *region, within_km=150)


def test_buildings_destroyed_after_drones_hit_are_no_shootdown():
    """'were destroyed' says the drones were shot down only when the drones are its subject."""
    trig = find_trigger(
        "Russian drones hit Kharkiv overnight, and several cars were destroyed by the blasts."
    )
    assert trig is not None and trig.kind != "shootdown"


def test_a_ministry_striking_manpower_and_hardware_near_a_town_is_an_attack_there(extractor):
    e = only_event(
        extractor, "Russian units struck manpower and hardware of a Ukrainian brigade near Lyman on Thursday."
    )
    assert (e.location, e.event_type) == ("Lyman", "Explosions/Remote violence")


def test_clearing_part_of_a_town_is_fighting_there(extractor):
    e = only_event(
        extractor,
        "Russian assault units continued to clear the eastern part of Siversk, the ministry said.",
    )
    assert (e.location, e.event_type) == ("Siversk", "Battles")


def test_a_bomb_that_exploded_hurting_no_one_is_still_an_explosion(extractor):
    e = only_event(
        extractor, "A homemade bomb exploded outside a police station in Lashio on Sunday. No one was hurt."
    )
    assert (e.event_type, e.fatalities, e.injured) == ("Explosions/Remote violence", 0, 0)


def test_an_attempt_to_advance_near_a_town_is_fighting_there(extractor):
    e = only_event(
        extractor, "Russian troops tried to advance near Vovchansk on Monday, the General Staff said."
    )
    assert (e.location, e.event_type) == ("Vovchansk", "Battles")


@pytest.mark.parametrize(
    "text",
    [
        "Moscow’s Defence Ministry said it had completed the seizure of the town of Siversk in the Donetsk region.",
        "The Russian army announced the liberation of Rodynske, a town north of Myrnohrad.",
    ],
)
def test_a_capture_told_as_a_noun_is_a_capture(extractor, text):
    found = [e for e in events(extractor, text, published="2025-12-20") if e.event_type == "Battles"]
    assert len(found) == 1 and found[0].claim_status == "claimed"
    assert found[0].location in ("Siversk", "Rodynske")


def test_a_past_capture_told_as_a_noun_is_no_event(extractor):
    text = (
        "Aid agencies said the town had lost half its people since the capture of Avdiivka in February 2024."
    )
    assert events(extractor, text, published="2025-12-20") == []


def test_residents_urged_to_evacuate_frontline_villages_is_no_event(extractor):
    text = (
        "Regional officials have told residents of frontline villages in the Kharkiv and Sumy oblasts to "
        "evacuate, and ordered the compulsory evacuation of children from several settlements in the "
        "Bohodukhiv district."
    )
    assert events(extractor, text) == []


def test_overran_a_position_is_a_capture(extractor):
    e = only_event(
        extractor,
        "The Arakan Army said on Monday its fighters overran a navy outpost outside the town of Sittwe.",
    )
    assert e.event_type == "Battles" and is_at(e, 20.15, 92.90)


def test_weeks_of_attacks_given_as_the_cause_of_blackouts_are_no_event(extractor):
    """The day is the blackouts' ('through Friday'); the attacks are a campaign told as their cause."""
    text = (
        "The national grid operator said blackouts would last through Friday in the Sumy and Poltava regions "
        "because of damage from weeks of Russian strikes on substations."
    )
    assert events(extractor, text) == []


def test_an_act_that_ends_days_of_fighting_is_still_an_event(extractor):
    found = events(
        extractor,
        "Russian troops captured the village of Novomykolaivka on Tuesday after weeks of fighting, the Defence "
        "Ministry said.",
    )
    assert [e.event_type for e in found] == ["Battles"]


def test_settlers_setting_homes_on_fire_attack_civilians(extractor):
    e = only_event(
        extractor,
        "Israeli settlers raided the village of Sinjil on Tuesday, setting three homes and a barn on fire, the "
        "Palestinian Red Crescent said.",
    )
    assert e.event_type == "Violence against civilians"


def test_unmanned_aerial_vehicles_written_out_are_a_drone_strike(extractor):
    text = "Ukraine's navy said it had struck a Russian fuel depot in Feodosia with unmanned aerial vehicles overnight."
    e = only_event(extractor, text)
    assert e.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army bombed the town of Kalay on Tuesday, killing nine people, a resistance group said.",
        "The bombing of a market in Mogok on Tuesday killed 14 people, residents said.",
    ],
)
def test_bombed_with_no_aircraft_named_is_an_air_strike(extractor, sentence):
    e = only_event(extractor, sentence)
    assert (e.event_type, e.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")


def test_destroying_military_hardware_is_a_strike(extractor):
    e = only_event(
        extractor,
        "Ukraine’s special forces said they had destroyed a Buk missile launcher near occupied Tokmak.",
        published="2026-01-20",
    )
    assert (e.location, e.event_type, e.claim_status) == ("Tokmak", EXPLOSIONS, "claimed")


def test_destroyed_homes_or_bridges_alone_are_no_attack(extractor):
    assert events(extractor, "Spring floods destroyed two bridges and dozens of homes near Kremenchuk.") == []


def test_tank_fire_is_shelling(extractor):
    e = only_event(
        extractor, "Israeli tank fire killed two fishermen near Deir al-Balah on Tuesday, medics said."
    )
    assert (e.event_type, e.sub_event_type) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert e.fatalities == 2


@pytest.mark.parametrize(
    "text", ["Fighting for Kostiantynivka went on all day.", "Heavy fighting for control of Lyman continued."]
)
def test_fighting_for_a_town_stays_a_battle(text):
    """Only a purpose after 'fighting for' ('every metre', 'freedom') is no battle; a town fought for is."""
    assert find_trigger(text).event_type == "Battles"


def test_a_vehicle_hit_as_it_entered_a_town_is_a_strike_not_an_advance(extractor):
    text = "A Russian drone struck a minibus as it entered the village of Velykyi Burluk on Tuesday, killing two."
    e = only_event(extractor, text)
    assert e.event_type == "Explosions/Remote violence"
    text = "A guided bomb hit the train as the train entered the city of Kupiansk, wounding four passengers."
    e = only_event(extractor, text)
    assert e.event_type == "Explosions/Remote violence"


def test_a_capture_told_as_full_control_is_a_claimed_capture_and_disputed_when_rejected(extractor):
    """'its troops were in full control of X' tells a capture by the control it gives; a side that stays in
    control of what it held ('remained in full control') tells none."""
    found = by_place(
        extractor,
        "Russia's defence ministry said on Tuesday its troops were now in full control of Siversk in the Donetsk "
        "region. Ukraine's General Staff rejected the claim, saying fighting continued in the town.",
    )
    siversk = found.get("Siversk")
    assert siversk is not None, list(found)
    assert (siversk.event_type, siversk.claim_status) == ("Battles", "disputed")
    assert find_trigger("The garrison remained in full control of the airport throughout the day.") is None
    assert find_trigger("Officials said the council was in control of the budget.") is None


def test_an_air_force_that_struck_is_an_air_strike():
    """'its air force had destroyed a rebel convoy': the air force as who struck is the weapon, an air strike;
    the Air Force only telling of missiles is no air strike of its own."""
    t = find_trigger("The army said its air force had destroyed a rebel convoy near Kutum on Sunday.")
    assert (t.event_type, t.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    t = find_trigger("The Air Force said Russia had struck Poltava with four missiles overnight.")
    assert t.sub_event_type == "Shelling/artillery/missile attack"


def test_ground_consolidated_is_a_capture_even_over_most_of_a_town(extractor):
    """'Russian forces have consolidated their hold over most of Lyman': an assessment telling ground taken and
    held is a battle there; 'most of' after it is no tally (place_cues.CONSOLIDATED_MOST), unlike 'controls most of'."""
    e = only_event(
        extractor,
        "Russian forces have consolidated their hold over most of Lyman in the Donetsk region, British defence "
        "intelligence said on Saturday.",
    )
    assert e.event_type == "Battles" and is_at(e, 48.99, 37.81), (e.event_type, e.location)
    assert events(extractor, "Russia controls most of the Luhansk region, officials said.") == []


def test_a_town_that_came_under_attack_is_attacked(extractor):
    e = only_event(
        extractor,
        "Sloviansk came under heavy fire on Monday evening as Russian forces pressed on toward the Donetsk "
        "region's last cities, the mayor said.",
    )
    assert e.event_type == "Explosions/Remote violence" and is_at(e, 48.85, 37.61)


def test_a_town_that_has_come_under_frequent_attack_is_no_event(extractor):
    text = "Kherson lies on the Dnipro river and has come under frequent Russian attack since the war began."
    assert events(extractor, text) == []
