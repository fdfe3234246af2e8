"""Claim status: 'claimed' when one side's official statement is the only source, 'disputed' when the other
side denies or contradicts it in the same article, 'reported' otherwise (e.g. the victim side's officials)."""

from __future__ import annotations

import pytest
from wire import events, is_at, only_event

from app.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def status(e) -> tuple[str, str | None, str | None]:
    return e.claim_status, e.claimed_by, e.disputed_by


def test_defence_ministry_saying_its_troops_captured_a_village_is_claimed(extractor):
    text = (
        "Russia's Ministry of Defence said on Wednesday its troops captured Bilytske in the Donetsk region."
    )
    e = only_event(extractor, text)
    assert e.claim_status == "claimed"
    assert "Ministry of Defence" in e.claimed_by
    assert e.disputed_by is None


def test_claim_put_after_the_fact_is_claimed(extractor):
    e = only_event(extractor, "Russian forces took control of Stepnohirsk, the Russian military said.")
    assert e.claim_status == "claimed" and "Russian military" in e.claimed_by


def test_ukrainian_claim_of_its_own_strike_is_claimed(extractor):
    text = (
        "Ukraine's General Staff said its drones struck an oil depot in Russia's Belgorod region overnight."
    )
    e = only_event(extractor, text)
    assert e.claim_status == "claimed" and "General Staff" in e.claimed_by


def test_other_side_denying_the_capture_makes_it_disputed(extractor):
    text = (
        "Russia's Ministry of Defence said on Wednesday its troops captured Bilytske in the Donetsk region.\n"
        "Ukraine's General Staff denied the claim, saying fighting for Bilytske was still under way."
    )
    e = only_event(extractor, text)
    assert e.claim_status == "disputed"
    assert "Ministry of Defence" in e.claimed_by and e.disputed_by == "Ukraine"


def test_other_side_saying_it_still_holds_the_town_makes_it_disputed(extractor):
    text = (
        "Russia's Defence Ministry said its forces captured Kurakhove on Wednesday.\n"
        "A Ukrainian army spokesman rejected the claim and said Ukrainian units still held Kurakhove."
    )
    e = only_event(extractor, text)
    assert (e.claim_status, e.disputed_by) == ("disputed", "Ukraine")


def test_moscow_denying_a_ukrainian_claim_makes_it_disputed_by_russia(extractor):
    text = (
        "Ukraine's military said its forces recaptured Kupiansk.\n"
        "Moscow denied that Ukrainian troops had recaptured Kupiansk."
    )
    e = only_event(extractor, text)
    assert (e.claim_status, e.disputed_by) == ("disputed", "Russia")


def test_denial_of_the_only_claim_in_the_article_makes_it_disputed(extractor):
    text = "Ukraine's military said its forces recaptured Kupiansk.\nMoscow dismissed the claim as fake."
    e = only_event(extractor, text)
    assert (e.claim_status, e.disputed_by) == ("disputed", "Russia")


def test_attack_reported_by_the_victim_sides_officials_is_reported(extractor):
    text = "Russian drones struck Kryvyi Rih overnight, killing two people, Ukrainian officials said."
    e = only_event(extractor, text)
    assert e.claim_status == "reported" and e.disputed_by is None


def test_attack_reported_by_the_citys_mayor_is_reported(extractor):
    e = only_event(extractor, "A Russian missile hit Kharkiv on Wednesday, the city's mayor said.")
    assert e.claim_status == "reported"


def test_attack_on_russia_reported_by_its_governor_is_reported(extractor):
    e = only_event(
        extractor, "Ukrainian drones hit a power plant in Belgorod overnight, the regional governor said."
    )
    assert e.claim_status == "reported"


def test_unattributed_report_is_reported(extractor):
    e = only_event(extractor, "Russian artillery shelled Nikopol on Monday, wounding a woman.")
    assert status(e) == ("reported", None, None)


def test_denial_about_another_place_does_not_dispute_this_claim(extractor):
    text = (
        "Russia's Defence Ministry said its troops captured Bilytske in the Donetsk region.\n"
        "Separately, Ukraine denied that Russian forces had entered Huliaipole."
    )
    found = {e.location: e.claim_status for e in events(extractor, text)}
    assert found["Bilytske"] == "claimed"


def test_no_injuries_were_reported_names_no_source(extractor):
    e = only_event(
        extractor, "A Russian drone hit a warehouse in Izmail overnight, but no injuries were reported."
    )
    assert e.claimed_by is None


def test_a_victim_sides_report_denied_right_after_by_the_actor_is_disputed(extractor):
    e = only_event(
        extractor,
        "The junta’s jets bombed a school in Lashio on Friday, killing nine pupils, the Ta’ang National "
        "Liberation Army said. A military spokesman dismissed the account as lies.",
    )
    assert (e.claim_status, e.disputed_by) == ("disputed", "Myanmar military")


def test_a_claimant_denying_something_else_keeps_its_claim(extractor):
    found = events(
        extractor,
        "Kursk governor Alexander Khinshtein said air defences shot down 14 Ukrainian drones over the Kursk "
        "region and denied reports that a power plant had been hit.",
    )
    assert [(e.event_type, e.claim_status) for e in found] == [("Strategic developments", "claimed")]


def test_a_capture_denied_in_the_next_paragraph_by_the_city_is_disputed(extractor):
    found = events(
        extractor,
        "M23 rebels said on Sunday they had taken control of the city of Bukavu.\n\n"
        "Congo’s army denied that the city had fallen, saying its troops were still fighting there.",
    )
    assert [(e.location, e.claim_status, e.disputed_by) for e in found] == [
        ("Bukavu", "disputed", "Congolese army")
    ]


def test_a_denial_in_another_bullet_about_another_town_does_not_dispute(extractor):
    found = events(
        extractor,
        "• Ukraine’s military said it had struck an oil depot in Bryansk overnight.\n"
        "• The military also said that only part of the town of Kupiansk was under Russian control, "
        "contradicting an earlier claim by Moscow.",
    )
    bryansk = [e for e in found if e.location.startswith("Bryansk")]
    assert [e.claim_status for e in bryansk] == ["claimed"]


def test_a_repelled_attack_is_the_attackers_and_its_toll_of_attackers_the_defenders_claim(extractor):
    """The attack is JNIM's (actor1); the army alone tells that it killed 15 of the attackers, its own success:
    claimed (session 8: wire sets 15 and 17 code the defender's account so; before, reported)."""
    e = only_event(
        extractor,
        "The Malian army said it had repelled a JNIM attack on its base in Tessit on Tuesday, killing 15 "
        "militants.",
    )
    assert (e.event_type, e.actor1, e.claim_status) == ("Battles", "JNIM", "claimed")


def test_it_said_is_the_source_told_before(extractor):
    found = events(
        extractor,
        "Russia’s Defence Ministry said its forces had taken the village of Pishchane. It also said air "
        "defences had destroyed 30 Ukrainian drones over the Belgorod region.",
    )
    assert sorted(e.claim_status for e in found) == ["claimed", "claimed"]


def test_a_governor_named_with_commas_is_the_source(extractor):
    e = only_event(
        extractor,
        "Belgorod regional governor, Vyacheslav Gladkov, said air defences destroyed 9 Ukrainian drones over "
        "the region.",
    )
    assert e.claim_status == "claimed" and "governor" in e.claimed_by


def test_an_attack_reported_then_wholly_intercepted_is_disrupted_and_claimed(extractor):
    e = only_event(
        extractor,
        "Hezbollah said it had launched a drone at an army base near Safed. The Israeli military said the drone "
        "was intercepted.",
    )
    assert (e.event_type, e.sub_event_type, e.claim_status) == (
        "Strategic developments",
        "Disrupted weapons use",
        "claimed",
    )


def test_a_shootdown_with_no_place_is_over_the_defenders_country(extractor):
    e = only_event(
        extractor, "Ukraine’s air force said on Sunday that it had shot down 84 of 100 Russian drones."
    )
    assert (e.country_code, e.geo_precision, e.event_type, e.claim_status) == (
        "UA",
        3,
        "Strategic developments",
        "claimed",
    )


def test_the_other_side_still_fighting_in_the_town_disputes_its_capture(extractor):
    found = events(
        extractor,
        "Russia’s Defence Ministry said its troops had captured the village of Bilohorivka in the Luhansk "
        "region. Ukraine’s military said its forces were still fighting in Bilohorivka.",
    )
    assert [(e.claim_status, e.disputed_by) for e in found] == [("disputed", "Ukraine")]


def test_the_army_as_source_is_the_state_army_of_the_war_named(extractor):
    found = events(
        extractor,
        "A drone hit a market in the city of El Obeid, killing 12 people, medics said.\n\n"
        "The army said its air defences had downed three RSF drones over the city of Kadugli.",
    )
    kadugli = [e for e in found if e.event_type == "Strategic developments"]
    assert [(e.claim_status, e.actor1) for e in kadugli] == [("claimed", "Military Forces of Sudan")]


def test_a_side_fights_in_several_wars_and_allies_do_not_oppose():
    from app.extract.events.actors import opponents

    assert {"Hamas", "Hezbollah", "Houthis"} <= set(opponents("IL")) and "US" not in opponents("IL")
    assert set(opponents("Houthis")) == {"IL", "US"}


def test_a_houthi_claim_denied_by_the_pentagon_is_disputed_by_the_united_states(extractor):
    text = (
        "Houthi spokesman Yahya Saree said the group had shot down a U.S. drone over Saada province. The "
        "Pentagon denied the claim."
    )
    e = only_event(extractor, text)
    assert (e.claim_status, e.disputed_by) == ("disputed", "United States")


def test_a_houthi_missile_intercepted_by_israel_is_israels_claim(extractor):
    text = (
        "The Houthis said they had fired a ballistic missile at Tel Aviv. The Israeli military said it had "
        "intercepted a missile launched from Yemen."
    )
    e = only_event(extractor, text)
    assert (e.event_type, e.claim_status) == ("Strategic developments", "claimed")


def test_a_denial_that_names_another_place_does_not_dispute_this_one(extractor):
    text = (
        "Russia's Defence Ministry said its troops had captured Kurakhove. Air defences shot down 30 Ukrainian "
        "drones over the Kursk region overnight, it added.\n\n"
        "Ukraine's military denied that Kurakhove had fallen."
    )
    found = events(extractor, text)
    by_type = {e.event_type: e for e in found}
    assert (by_type["Battles"].claim_status, by_type["Battles"].disputed_by) == ("disputed", "Ukraine")
    assert by_type["Strategic developments"].claim_status == "claimed"


def test_the_side_hit_confirming_the_attack_makes_the_claim_a_report(extractor):
    text = (
        "Russian forces struck a drone workshop in Kharkiv overnight, Russia's Defence Ministry said. Kharkiv "
        "regional governor Oleh Syniehubov said a Russian strike had hit a residential area of the city, injuring "
        "two people."
    )
    e = only_event(extractor, text)
    assert (e.injured, e.claim_status) == (2, "reported")


def test_shelling_by_a_group_denied_by_it_after_a_toll_paragraph_is_disputed_by_it(extractor):
    text = (
        "Shells fired by the Rapid Support Forces hit a hospital in Kadugli on Monday, the health ministry said.\n\n"
        "Six people were killed, the ministry said.\n\n"
        "The RSF denied shelling the hospital."
    )
    e = only_event(extractor, text)
    assert (e.fatalities, e.claim_status, e.disputed_by) == (6, "disputed", "Rapid Support Forces")


def test_the_paramilitary_group_denying_is_the_side_that_acted(extractor):
    """A non-state side named again by what it is ('the paramilitary group') denies the act told by medics."""
    e = only_event(
        extractor,
        "RSF drones struck a market in Kosti on Tuesday, killing eight people, local medics said. The "
        "paramilitary group denied attacking civilians.",
    )
    assert (e.claim_status, e.disputed_by) == ("disputed", "Rapid Support Forces")


def test_a_placeless_denial_opening_the_next_bullet_disputes_the_claim(extractor):
    found = events(
        extractor,
        "• Russia’s Defence Ministry said its forces had seized the village of Bohuslavka in the Kharkiv "
        "region.\n"
        "• Ukraine’s Khortytsia group of forces dismissed the claim, saying its soldiers still held the "
        "village.\n"
        "• Russian shelling killed a man in Kherson, the regional administration said.",
    )
    by_place = {e.location: (e.claim_status, e.disputed_by) for e in found}
    assert by_place["Bohuslavka"] == ("disputed", "Ukraine")
    assert by_place["Kherson"] == ("reported", None)


def test_a_denial_two_bullets_later_does_not_dispute(extractor):
    found = events(
        extractor,
        "• Russia’s Defence Ministry said its forces had seized the village of Bohuslavka in the Kharkiv "
        "region.\n"
        "• Zelenskyy met European leaders in Brussels on Monday.\n"
        "• Ukraine’s foreign ministry dismissed the claim as propaganda.",
    )
    assert [(e.location, e.claim_status) for e in found] == [("Bohuslavka", "claimed")]


def test_the_paramilitary_group_claiming_is_the_non_state_side_named_before(extractor):
    found = events(
        extractor,
        "RSF drones hit a fuel depot in Kosti on Monday, the army said. The paramilitary group said separately "
        "that its fighters had captured the town of Bara.",
    )
    bara = [e for e in found if e.event_type == "Battles"]
    assert len(bara) == 1 and bara[0].claim_status == "claimed"


def test_state_media_in_a_war_with_one_state_army_speak_for_that_army(extractor):
    e = only_event(
        extractor,
        "The Myanmar military retook the town of Lashio from the MNDAA, state media reported on Friday.",
    )
    assert e.claim_status == "claimed"


def test_a_town_that_lies_somewhere_denies_nothing(extractor):
    text = (
        "A Russian drone hit a bus in the town of Marhanets, wounding two passengers, the governor said.\n\n"
        "Marhanets lies across the reservoir from Russian-held Enerhodar, whose power plant was damaged in the "
        "summer."
    )
    (e,) = [e for e in events(extractor, text, published="2025-12-16") if e.location == "Marhanets"]
    assert (e.claim_status, e.disputed_by) == ("reported", None)


def test_reports_called_lies_are_denied(extractor):
    text = (
        "Ukraine’s General Staff said its drones struck an ammunition depot near Valuyki in Russia’s Belgorod "
        "region. Russia’s Defence Ministry said the reports were lies."
    )
    e = only_event(extractor, text, published="2025-12-16")
    assert (e.claim_status, e.disputed_by) == ("disputed", "Russia")


def test_the_side_after_attack_on_is_the_side_hit_not_the_claimant(extractor):
    text = (
        "Russia launched a massive attack on Ukraine overnight with 300 drones, killing four people, "
        "Ukrainian President Volodymyr Zelenskyy said."
    )
    e = only_event(extractor, text, published="2025-12-16")
    assert (e.actor1, e.claim_status) == ("Military Forces of Russia", "reported")


def test_fighting_still_going_on_in_the_town_disputes_its_capture(extractor):
    found = events(
        extractor,
        "Russia’s Defence Ministry said its troops had captured the town of Kupiansk. Ukraine’s military said "
        "fighting was still going on in Kupiansk.",
    )
    assert [(e.location, e.claim_status, e.disputed_by) for e in found] == [
        ("Kupyansk", "disputed", "Ukraine")
    ]


def test_a_village_the_defender_calls_contested_is_disputed(extractor):
    text = (
        "Russia’s Defence Ministry said its troops had captured the village of Bohuslavka in the Kharkiv region. "
        "Ukraine’s General Staff said Bohuslavka remained contested."
    )
    e = only_event(extractor, text, published="2025-12-16")
    assert (e.claim_status, e.disputed_by) == ("disputed", "Ukraine")


def test_a_side_s_own_bulletin_claims_what_it_tells_in_its_own_voice(extractor):
    """The title names the author (a defence ministry's report): no sentence says "it said", yet its capture
    and its shoot-downs, over occupied Crimea as over its own regions, are its claims."""
    text = (
        "Units of the Zapad group of forces liberated the settlement of Kurylivka in Kharkov region.\n\n"
        "On-duty air defence means destroyed 41 Ukrainian fixed-wing UAVs overnight: 30 over Kursk region and "
        "11 over the Republic of Crimea.\n"
    )
    found = events(extractor, text, title="Russian Defence Ministry report on the special military operation")
    assert found and {(e.claim_status, e.claimed_by) for e in found} == {
        ("claimed", "Russian Defence Ministry")
    }
    assert "Zapad" not in {e.location for e in found}  # a formation's name, no place


def test_a_bulletin_in_the_first_person_is_its_side_s(extractor):
    """'our defenders' outside quotation marks: the author is the side the enemy it names is at war with, so
    its own strike is claimed and the attacks it repelled are reported."""
    text = (
        "Over the past day, the enemy attacked nine times near Kupiansk; our defenders repelled all the "
        "attacks.\n\n"
        "Last night units of the Defence Forces struck an oil depot in the Russian city of Bryansk.\n"
    )
    found = {e.location: e for e in events(extractor, text, title="Operational update as of 08:00")}
    assert (found["Kupyansk"].event_type, found["Kupyansk"].claim_status) == ("Battles", "reported")
    assert found["Bryansk"].claim_status == "claimed"


def test_our_troops_in_a_quote_make_no_bulletin(extractor):
    text = (
        "Russian drones struck an oil depot in the Russian-held city of Donetsk overnight, local officials "
        "said. “Our troops are holding,” a Ukrainian commander told reporters.\n\n"
        "Separately, Ukrainian drones hit an oil depot in the Russian city of Bryansk.\n"
    )
    assert {e.claim_status for e in events(extractor, text)} == {"reported"}


def test_defenders_who_repelled_attacks_near_a_town_of_their_own_are_not_the_attackers(extractor):
    e = only_event(extractor, "The General Staff said defenders repelled nine attacks near Lyman on Tuesday.")
    assert (e.event_type, e.actor1, e.claim_status) == ("Battles", "Military Forces of Russia", "reported")


def test_a_strike_told_by_the_hit_towns_own_head_is_reported_whoever_holds_it(extractor):
    # an occupied town's installed head reports the side whose country the town is in: still the side hit
    e = only_event(
        extractor,
        "Ukrainian forces shelled Yenakiieve with rockets on Sunday, wounding three people, the town's mayor said.",
    )
    assert (e.claim_status, e.disputed_by) == ("reported", None)


def test_drones_downed_over_a_region_with_no_source_named_are_the_defenders_claim(extractor):
    e = only_event(
        extractor, "Air defences intercepted 22 Ukrainian drones over the Voronezh region overnight."
    )
    assert (e.event_type, e.claim_status) == ("Strategic developments", "claimed")


def test_a_garrison_the_army_says_it_still_defends_disputes_the_rebels_capture(extractor):
    text = (
        "The Rapid Support Forces said on Monday they had taken control of the army's base in Dilling after a "
        "long siege. The army said its soldiers were still defending the garrison and had repulsed the attack."
    )
    e = only_event(extractor, text)
    assert (e.claim_status, e.disputed_by) == ("disputed", "Sudanese army")


def test_an_accusation_rejected_is_disputed_by_the_accused_not_the_accuser(extractor):
    text = (
        "The M23 accused Congo's army on Sunday of killing four civilians in a drone strike on a market in Uvira, an "
        "accusation the government rejected."
    )
    e = only_event(extractor, text)
    assert (e.claim_status, e.disputed_by) == ("disputed", "Congolese army")


def test_a_battle_whose_toll_only_one_side_gives_is_claimed_by_it(extractor):
    text = (
        "Fighting went on around Lashio in Shan state on Sunday, where the Ta'ang National Liberation Army has "
        "encircled an army base. A TNLA spokesman said 12 soldiers had been killed in the clashes."
    )
    e = only_event(extractor, text)
    assert (e.event_type, e.fatalities, e.claim_status) == ("Battles", 12, "claimed")
    assert "TNLA" in e.claimed_by


def test_a_source_with_an_aside_before_its_verb_is_still_the_source(extractor):
    e = only_event(
        extractor,
        "General Staff spokesman Dmytro Lykhovii, speaking on national television on Monday, said Ukrainian units "
        "had recaptured Kupiansk-Vuzlovyi.",
    )
    assert (e.claim_status, e.disputed_by) == ("claimed", None)


def test_a_source_with_its_acronym_in_brackets_is_still_the_source(extractor):
    e = only_event(
        extractor,
        "The Sudanese Armed Forces (SAF) said on Tuesday that their troops had recaptured the town of Bara.",
    )
    assert (e.claim_status, e.disputed_by) == ("claimed", None)


def test_a_denial_after_a_placeless_paragraph_of_the_claimant_still_disputes(extractor):
    text = (
        "The Rapid Support Forces said on Friday that they had seized the army garrison in the town of Bara.\n\n"
        "A spokesman for the paramilitary group said dozens of soldiers had surrendered. He gave no figures for "
        "losses.\n\n"
        "The Sudanese army denied the claim.\n"
    )
    (e,) = [e for e in events(extractor, text) if e.event_type == "Battles"]
    assert (e.claim_status, e.disputed_by) == ("disputed", "Sudanese army")


def test_a_strike_on_one_sides_hardware_told_by_the_other_is_its_claim(extractor):
    e = only_event(
        extractor, "Drone operators hit a Russian ammunition depot near Tokmak overnight, the SSO said."
    )
    assert (e.claim_status, e.actor1) == ("claimed", "Military Forces of Ukraine")


def test_the_other_side_insisting_it_holds_the_town_disputes_the_claim(extractor):
    text = (
        "Ukraine's army said on Sunday that its troops had pushed Russian forces out of Kupiansk. Moscow insists "
        "its forces control the city."
    )
    (e,) = [e for e in events(extractor, text) if e.event_type == "Battles"]
    assert (e.claim_status, e.disputed_by) == ("disputed", "Russia")


def test_the_source_told_after_the_fact_without_the_place_is_the_event_s(extractor):
    """An assessment states the strike, then who reported it, naming the target again without its place: the
    acting side's own report, so claimed."""
    text = (
        "Ukrainian forces conducted a drone strike against the Novokuibyshevsk refinery in Samara Oblast "
        "overnight on January 6 to 7. The Ukrainian General Staff reported that Ukrainian drones hit the "
        "refinery and caused a fire."
    )
    e = only_event(extractor, text, published="2026-01-08")
    assert (e.claim_status, e.claimed_by) == ("claimed", "The Ukrainian General Staff")


def test_a_denial_that_the_town_has_fallen_does_not_dispute_a_strike_told_before_it(extractor):
    """A live blog, newest entry first: the denial of a capture sits just below a strike on a Russian town."""
    text = (
        "11:10 GMT - A Ukrainian drone struck a car near the town of Sudzha in Russia's Kursk region, killing "
        "the driver, the regional governor said.\n\n"
        "10:45 GMT - Ukraine's military denied the Russian claim, saying its units still hold positions in the "
        "town and fighting continues.\n\n"
        "10:15 GMT - Russia's defence ministry said its troops had captured Siversk.\n"
    )
    found = {e.location: e for e in events(extractor, text, published="2026-01-05")}
    assert found["Sudzha"].claim_status == "reported" and found["Sudzha"].disputed_by is None


def test_a_hit_claimed_by_the_attacker_after_an_interception_disputes_it(extractor):
    text = (
        "Sirens sounded in Haifa on Tuesday after a missile was fired from Yemen. The Israeli military said "
        "the missile was intercepted. The Houthis said they had fired a ballistic missile at Haifa and that it "
        'had "hit its target."'
    )
    e = only_event(extractor, text)
    assert (e.event_type, e.claim_status, e.disputed_by) == ("Strategic developments", "disputed", "Houthis")


def test_a_long_group_name_cut_short_is_known_by_its_acronym(extractor):
    text = (
        "The Group for the Support of Islam and Muslims (JNIM) said on Tuesday its fighters had killed nine "
        "soldiers near Douentza. The Malian army said it had repelled the attack on its convoy."
    )
    e = only_event(extractor, text)
    assert "JNIM" in e.claimed_by
    assert (e.claim_status, e.disputed_by) == ("disputed", "Malian army")


def test_n_of_them_downed_counts_the_attack_told_before_even_beside_a_clause_about_the_rest(extractor):
    e = only_event(
        extractor,
        "Russia fired 45 drones and three missiles at Ukraine overnight, the air force said. Air defence units "
        "shot down 38 of them, while the rest of the drones hit targets in three regions.",
    )
    assert (e.country_code, e.event_type, e.claim_status) == ("UA", "Strategic developments", "claimed")


def test_a_side_denying_any_part_in_an_attack_by_unnamed_gunmen_disputes_it(extractor):
    text = (
        "In Khan Younis, the military said gunmen fired at troops overnight and soldiers returned fire. Hamas "
        "denied that any of its members were involved in the area."
    )
    e = only_event(extractor, text)
    assert (e.claim_status, e.disputed_by) == ("disputed", "Hamas")


def test_a_live_blog_time_stamp_is_not_part_of_the_source(extractor):
    text = "10:15 GMT - Russia says its forces captured the village of Bohuslavka in the Kharkiv region\n"
    e = only_event(extractor, text, published="2026-01-03")
    assert (e.claim_status, e.claimed_by) == ("claimed", "Russia")


def _by_place(found, lat, lon):
    return next(e for e in found if is_at(e, lat, lon, within_km=10))


def test_a_denial_answers_the_claim_told_just_before_it_not_an_earlier_strike(extractor):
    text = (
        "An Israeli drone strike on a motorcycle near Tyre killed two men on Tuesday, the Lebanese health ministry "
        "said.\n\n"
        "The Israeli army said its jets had hit a Hezbollah weapons depot in Bint Jbeil. Hezbollah denied the "
        "claim, saying the house belonged to a farmer and calling the strike a breach of the truce."
    )
    found = events(extractor, text)
    assert _by_place(found, 33.27, 35.19).claim_status == "reported"  # Tyre
    assert (_by_place(found, 33.12, 35.43).claim_status, _by_place(found, 33.12, 35.43).disputed_by) == (
        "disputed",
        "Hezbollah",
    )


def test_a_denial_does_not_answer_a_claim_told_after_it(extractor):
    text = (
        "The Israeli army said its jets had hit a Hezbollah weapons depot in Bint Jbeil on Tuesday. Hezbollah "
        "denied the claim, calling the strike a breach of the truce.\n\n"
        "In a separate statement, the Israeli military said its aircraft had struck a Hezbollah rocket launcher in "
        "the Nabatieh area overnight."
    )
    found = events(extractor, text)
    assert _by_place(found, 33.38, 35.48).claim_status == "claimed"  # Nabatieh


def test_a_placeless_hold_after_a_denial_naming_one_town_leaves_the_other_claimed(extractor):
    text = (
        "Russia's defence ministry said on Saturday its forces had captured the village of Stepnohirsk in the "
        "Zaporizhzhia region.\n"
        "The ministry also said its troops had taken the town of Siversk in the Donetsk region.\n"
        '"The claims about the capture of Stepnohirsk are false. Our units continue to hold positions in the '
        'northern part of the village," a spokesman told reporters.'
    )
    siversk = [e for e in events(extractor, text) if is_at(e, 48.87, 38.10)]
    assert len(siversk) == 1 and siversk[0].claim_status == "claimed"


@pytest.mark.parametrize(
    "answer",
    [
        "Ukraine's army said Bilytske remained under Ukrainian control and called the claim a lie.",
        "Ukraine's army said Bilytske was not captured and called the report disinformation.",
    ],
)
def test_denial_of_one_capture_naming_it_after_said_leaves_the_shoot_downs_claimed(extractor, answer):
    """The defender's answer names the village ('the army said Bilytske ...'): it disputes that capture only,
    not the drones the same ministry says it downed over its own regions."""
    text = (
        "Russia's Defence Ministry said on Monday its troops had captured Bilytske in the Donetsk region.\n"
        "Its air defences downed 40 drones over the Rostov region overnight, the ministry added.\n"
        f"{answer}\n"
    )
    found = {e.location: e for e in events(extractor, text)}
    bilytske = next(e for loc, e in found.items() if "Bilytske" in loc)
    rostov = next(e for loc, e in found.items() if "Rostov" in loc)
    assert (bilytske.claim_status, bilytske.disputed_by) == ("disputed", "Ukraine")
    assert (rostov.claim_status, rostov.disputed_by) == ("claimed", None)


def test_denial_by_a_spokesman_with_an_abbreviated_rank_disputes_the_rebels_capture(extractor):
    """'Military spokesman Maj. Gen. ... denied the claim, telling reporters in the capital ...': the
    military denies the resistance group's capture; the rank is no place that the denial would be about."""
    text = (
        "The Karen National Union said on Friday its fighters had overrun an army camp near Myawaddy.\n"
        "Military spokesman Maj. Gen. Aung Lin denied the claim, telling reporters in Naypyitaw that troops "
        "still held the camp.\n"
    )
    e = next(e for e in events(extractor, text) if is_at(e, 16.69, 98.51))
    assert (e.claim_status, e.disputed_by) == ("disputed", "Myanmar military")


def test_the_army_speaking_in_a_war_with_one_state_army_claims_its_own_shoot_down(extractor):
    """'The army said its air defences shot down ...' in a Sudan story: the Sudanese army's own account."""
    text = (
        "The Rapid Support Forces shelled Dilling on Thursday, medics said.\n"
        "The army said its air defences shot down three drones over El Obeid on Friday.\n"
    )
    e = next(e for e in events(extractor, text) if is_at(e, 13.18, 30.22))
    assert e.event_type == "Strategic developments"
    assert (e.claim_status, e.disputed_by) == ("claimed", None)


def test_a_claim_the_army_denied_is_disputed_by_the_army_not_the_claimant(extractor):
    """'The RSF said it took the army base in the town, a claim the army denied': Sudan's army denies."""
    text = (
        "Sudan's army said it had beaten back a Rapid Support Forces assault on its garrison in Dilling on "
        "Tuesday.\n"
        "The RSF said its fighters had seized the army base in the town, a claim the army denied.\n"
    )
    e = next(e for e in events(extractor, text) if is_at(e, 12.05, 29.65))
    assert (e.claim_status, e.disputed_by) == ("disputed", "Sudanese army")


def test_a_group_denying_firing_the_rocket_disputes_the_rocket_told_by_the_side_hit(extractor):
    """'The military said a rocket fired from Lebanon hit an open area near Kiryat Shmona. Hezbollah denied
    firing it.': the accused side denies the rocket, whatever weapon word it uses."""
    text = (
        "The Israeli military said a rocket fired from southern Lebanon landed in an open area near Kiryat Shmona "
        "on Tuesday. Hezbollah denied firing the rocket.\n"
    )
    e = next(e for e in events(extractor, text) if is_at(e, 33.21, 35.57))
    assert (e.claim_status, e.disputed_by) == ("disputed", "Hezbollah")


def test_a_rebel_group_telling_of_unnamed_state_forces_striking_reports_it(extractor):
    """'The Karen National Union said military jets bombed ...': the group is the source, the junta's jets
    acted; the side hit telling it makes a report, not the group's own claim."""
    text = "The Karen National Union said military jets bombed a village near Myawaddy on Sunday, killing four people."
    e = next(e for e in events(extractor, text) if is_at(e, 16.69, 98.51))
    assert (e.claim_status, e.disputed_by) == ("reported", None)


def test_the_air_force_speaking_again_is_the_air_force_named_before(extractor):
    """'The Ukrainian Air Force said ... The Air Force said its units downed 98 drones': the same source, so
    the placeless shoot-down is Ukraine's own claim, over Ukraine."""
    text = (
        "The Ukrainian Air Force said Russia had attacked overnight with 120 drones and four missiles. The Air "
        "Force said Ukrainian units shot down 98 drones."
    )
    e = next(e for e in events(extractor, text) if e.event_type == "Strategic developments")
    assert e.country_code == "UA" and e.claim_status == "claimed"


def test_the_defender_giving_up_the_place_just_claimed_makes_the_capture_reported(extractor):
    found = events(
        extractor,
        "Russia’s Defence Ministry said its troops had taken the village of Bilytske in the Donetsk region. "
        "Ukraine’s army confirmed that its soldiers had pulled out of the village to save lives.",
        published="2026-01-20",
    )
    assert [(e.location, e.claim_status) for e in found] == [("Bilytske", "reported")]


def test_the_attacker_saying_the_defenders_withdrew_leaves_the_capture_claimed(extractor):
    found = events(
        extractor,
        "Russia’s Defence Ministry said its troops had taken the village of Bilytske in the Donetsk region. "
        "The ministry said Ukrainian units had retreated from the village in disarray.",
        published="2026-01-20",
    )
    assert [(e.location, e.claim_status) for e in found] == [("Bilytske", "claimed")]


def test_the_source_told_in_a_where_clause_is_named_without_it():
    from app.extract.events.source import speaker

    who, _side = speaker(
        "Drones attacked the Russian region of Kursk overnight, where Governor Alexander Khinshtein said a man "
        "was injured in the town of Rylsk."
    )
    assert who == "Governor Alexander Khinshtein"


def test_a_resistance_alliance_taking_a_town_itself_is_its_claim(extractor):
    """'The Chin National Front said its fighters had seized ...': a resistance group's own capture, told only
    by it, is claimed (Chin groups are the resistance side of the Myanmar theatre in belligerents.yaml)."""
    text = "The Chin National Front said on Sunday its fighters had seized the town of Falam after days of fighting."
    e = next(e for e in events(extractor, text) if is_at(e, 22.91, 93.68))
    assert e.claim_status == "claimed"


def test_a_group_telling_of_a_military_air_strike_on_it_reports_it(extractor):
    """'The Arakan Army said a military air strike hit ...': the junta's strike told by the side it hit is a
    report, not the group's own claim (actors._SOURCE_THEN_STATE_FORCE reads 'military air strike')."""
    text = (
        "The Arakan Army said a military air strike hit a market in Kyauktaw on Monday, killing six people."
    )
    e = next(e for e in events(extractor, text) if is_at(e, 20.85, 92.98))
    assert (e.claim_status, e.disputed_by) == ("reported", None)


def test_a_denial_that_one_of_two_villages_had_fallen_leaves_the_other_claimed(extractor):
    text = (
        "Russia's Defence Ministry said on Tuesday its units had seized Kurylivka in the Kharkiv region and the "
        "village of Rivne in the Donetsk region. A Ukrainian army spokesman denied that Rivne had fallen, saying "
        "its soldiers still held the village."
    )
    by_place = {e.location: e for e in events(extractor, text)}
    # Rivne (Donetsk) is no cities500 village: coded at its region, while the denial's 'Rivne' reads as the city
    fallen = [e for name, e in by_place.items() if not name.startswith("Kurylivka")]
    other = [e for name, e in by_place.items() if name.startswith("Kurylivka")]
    assert fallen and fallen[0].claim_status == "disputed", by_place
    assert other and all(e.claim_status == "claimed" for e in other), by_place


def test_a_side_telling_its_own_losses_reports_them(extractor):
    """No side boasts of its dead: an army telling of its own soldiers hurt is a report, with its toll, and the
    side hurt is not the side that acted (app/extract/events/own_losses.py)."""
    e = only_event(
        extractor,
        "The Israeli military said two of its soldiers were seriously wounded when an explosive device went off "
        "near troops in Jenin on Tuesday.",
    )
    assert (e.claim_status, e.injured) == ("reported", 2)
    assert e.actor1 != "Military Forces of Israel"


def test_a_state_army_s_bare_soldier_is_its_own(extractor):
    e = only_event(
        extractor,
        "One soldier was lightly wounded when a roadside bomb exploded near an army patrol outside Jenin on "
        "Monday, the Israeli military said.",
    )
    assert (e.claim_status, e.injured) == ("reported", 1)


def test_a_side_s_own_act_with_its_losses_stays_its_claim(extractor):
    e = only_event(
        extractor,
        "The Israeli military said its aircraft struck a Hamas command post in Khan Younis on Monday and that one "
        "soldier was lightly wounded.",
    )
    assert e.claim_status == "claimed"


def test_the_side_hit_saying_the_attack_was_repelled_disputes_the_claimed_hit(extractor):
    text = (
        "Ukraine's military intelligence said its sea drones had hit a Russian landing ship at the port of "
        "Feodosia. Russia's Defence Ministry said the attack had been repelled and that no vessel was hit."
    )
    e = only_event(extractor, text)
    assert (e.claim_status, e.disputed_by) == ("disputed", "Russia")


def test_a_side_telling_its_own_strike_did_no_damage_keeps_it_reported(extractor):
    text = (
        "Ukrainian drones attacked an oil depot in Bryansk overnight, Governor Alexander Bogomaz said. The "
        "depot's tanks were not damaged, he said."
    )
    e = only_event(extractor, text)
    assert e.claim_status == "reported"


def test_a_part_still_held_does_not_dispute_an_advance_but_does_a_capture(extractor):
    """'advanced in central X' and 'still hold positions in the northern part of X' can both be true
    (partial_gain / part_held in lexicons/denial.yaml); the same answer to 'captured X' disputes it."""
    advance = (
        "Geolocated footage published on Monday indicates that Russian forces recently advanced in central "
        "Pokrovsk. Ukrainian officials said Ukrainian forces still hold positions in the northern part of the city."
    )
    e = next(e for e in events(extractor, advance) if is_at(e, 48.28, 37.18))
    assert e.claim_status != "disputed", (e.claim_status, e.disputed_by)
    capture = (
        "Russia's defence ministry said on Monday its troops had captured Pokrovsk. Ukraine's army said its forces "
        "still hold positions in the northern part of the city."
    )
    e = next(e for e in events(extractor, capture) if is_at(e, 48.28, 37.18))
    assert (e.claim_status, e.disputed_by) == ("disputed", "Ukraine")


def test_a_defender_telling_what_it_did_to_the_attackers_claims_it(extractor):
    """'repelled an RSF attack on Bara, inflicting heavy losses on the attackers': the army's own success, told
    only by the army (defender_success in lexicons/acts.yaml); 'repelled six attacks' alone stays reported."""
    e = only_event(
        extractor,
        "The Sudanese army said on Monday it had repelled an RSF attack on the town of Bara in North Kordofan, "
        "inflicting heavy losses on the attackers.",
    )
    assert (e.event_type, e.claim_status) == ("Battles", "claimed")
    e = only_event(
        extractor,
        "The Sudanese army said on Monday it had repelled an RSF attack on the town of Bara in North Kordofan.",
    )
    assert e.claim_status == "reported"


def test_a_capital_s_staff_denying_the_town_fell_disputes_the_capture_and_is_no_battle(extractor):
    """'Kyiv's General Staff denied ...': the capital names who speaks, so the denial answers the capture told
    just before it ('the town'), and is no battle of its own at the capital."""
    text = (
        "Moscow also said its forces had taken Kupiansk, a town on the Oskil river in the Kharkiv region.\n"
        "Kyiv's General Staff denied the town had fallen, saying clashes were going on in its eastern outskirts."
    )
    e = only_event(extractor, text)
    assert e.event_type == "Battles" and is_at(e, 49.71, 37.62, within_km=10)
    assert (e.claim_status, e.disputed_by) == ("disputed", "Ukraine")


def test_a_side_saying_no_strike_hit_its_positions_disputes_the_claimed_strike(extractor):
    text = (
        "Sudan's army said its aircraft had bombed an RSF ammunition store near Kutum in North Darfur. "
        "The RSF said no strike had hit its bases in the area."
    )
    e = only_event(extractor, text)
    assert (e.claim_status, e.disputed_by) == ("disputed", "Rapid Support Forces")


def test_the_accused_side_saying_no_attack_took_place_disputes_a_third_party_report(extractor):
    text = (
        "Armed men raided a market in Kabkabiya, west of El Fasher, killing seven traders, a local rights group "
        "said, blaming the RSF. An RSF commander said no attack had taken place in Kabkabiya."
    )
    e = only_event(extractor, text)
    assert (e.claim_status, e.disputed_by) == ("disputed", "Rapid Support Forces")


def test_a_report_naming_no_culprit_stays_reported_when_a_side_says_nothing_happened(extractor):
    """The denying side was never blamed: its word is no dispute of a report that names no actor."""
    text = (
        "Armed men raided a market in Kabkabiya, west of El Fasher, killing seven traders, a local rights group "
        "said. An RSF commander said no attack had taken place in Kabkabiya."
    )
    e = only_event(extractor, text)
    assert e.claim_status == "reported"


@pytest.mark.parametrize("adverb", ["also", "again"])
def test_an_adverb_before_the_verb_is_no_part_of_the_claimant(extractor, adverb):
    text = f"Kyiv {adverb} said its troops had recaptured Kupiansk in the Kharkiv region."
    e = only_event(extractor, text)
    assert (e.claim_status, e.claimed_by) == ("claimed", "Kyiv")


def test_an_official_titled_after_the_place_is_the_source_not_the_tail_of_the_title(extractor):
    text = (
        "A drone attack set fire to an oil depot in the port of Primorsk, the governor of the Leningrad region "
        "said on Sunday."
    )
    e = only_event(extractor, text)
    assert e.claimed_by == "the governor of the Leningrad region"
