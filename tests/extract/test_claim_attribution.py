"""Claim status from who tells it, on copy the coder has not seen: the side hit telling of damage in the
paragraph of the attacker's claim, a generic "the army" or "the military" read as the state army of the
article's war, denials in words other than "denied", and a source told in the sentence after the act.
The sentences are written for these tests, in wire style, in several wars."""

from __future__ import annotations

from wire import events, extractor_in_both_modes  # noqa: F401 (the fixture, in both recogniser modes)


def _digest(*bullets: str) -> str:
    return "Key events\n\n" + "".join(f"  • {b}\n" for b in bullets)


def _strikes(found):
    return [e for e in found if e.event_type == "Explosions/Remote violence"]


def test_a_fire_the_side_hit_tells_in_the_claims_own_paragraph_makes_it_reported(extractor):
    found = events(
        extractor,
        "Ukraine's General Staff said its drones had struck an oil refinery in the city of Syzran overnight. "
        "Samara Governor Vyacheslav Fedorishchev said falling debris had caused a fire at an industrial site in "
        "the city and that nobody was hurt.",
    )
    assert [e.claim_status for e in _strikes(found)] == ["reported"]


def test_a_fire_set_by_drone_debris_told_by_the_region_confirms_the_port_strike(extractor):
    found = events(
        extractor,
        _digest(
            "Ukraine's navy said its sea drones had hit the oil terminal at the port of Novorossiysk. Officials "
            "in Russia's Krasnodar region said drone debris had set fire to a storage tank at the port and that "
            "no one was injured."
        ),
    )
    assert [e.claim_status for e in _strikes(found)] == ["reported"]


def test_a_governors_debris_fire_in_a_bullet_of_its_own_leaves_the_strike_claimed(extractor):
    """The seed's convention (Tula): the governor's debris in the next bullet is his own account of what his
    air defences downed, not an answer to the plant the other side names."""
    found = events(
        extractor,
        _digest(
            "Ukraine's General Staff said its drones had struck the Novokuibyshevsk refinery in Russia's Samara "
            "region.",
            "Samara Governor Vyacheslav Fedorishchev said debris from a downed drone had started a fire at an "
            "industrial site, and that air defences destroyed nine drones over the region.",
        ),
    )
    assert [e.claim_status for e in _strikes(found)] == ["claimed"]


def test_the_regular_army_with_no_side_in_its_sentence_is_the_state_army_of_the_war_told(extractor):
    found = events(
        extractor,
        "A Rapid Support Forces drone struck a fuel depot in the city of Kosti on Monday, killing three "
        "workers, a local official said.\n\n"
        "The regular army said its air defences had shot down five drones over the city of Sennar.",
    )
    downed = [e for e in found if e.event_type == "Strategic developments"]
    assert [(e.claim_status, e.actor1) for e in downed] == [("claimed", "Military Forces of Sudan")]


def test_the_army_also_said_continues_the_state_army_of_the_war_told(extractor):
    found = events(
        extractor,
        "The Arakan Army said its fighters had shelled a navy base near the town of Kyaukphyu.\n\n"
        "The national army said it had retaken the town of Pauktaw. The army also said its jets had shot down "
        "two drones over the town of Ponnagyun.",
    )
    mine = {e.event_type: e for e in found if e.event_type in ("Strategic developments", "Battles")}
    assert mine["Battles"].claim_status == "claimed"
    assert mine["Strategic developments"].claim_status == "claimed"


def test_the_military_is_none_of_two_state_armies(extractor):
    """In a war of two states "the military said" names neither: the strike stays a plain report."""
    found = events(
        extractor,
        "Russian drones hit an apartment block in Kharkiv overnight, Ukraine's emergency service said.\n\n"
        "The military said a missile had struck a warehouse in the town of Balakliia, injuring two people.",
    )
    assert [e.claim_status for e in found if "Balakliia" in e.notes] == ["reported"]


def test_a_side_with_no_knowledge_of_the_clash_its_enemy_tells_disputes_it(extractor):
    found = events(
        extractor,
        "An Israeli strike on a house in Jabalia killed three people, medics said.\n\n"
        "The military said gunmen had opened fire on troops near Beit Hanoun on Tuesday, and the troops returned "
        "fire. Hamas said it had no knowledge of any incident in Beit Hanoun.",
    )
    clash = [e for e in found if e.event_type == "Battles"]
    assert [(e.claim_status, e.disputed_by) for e in clash] == [("disputed", "Hamas")]


def test_a_claim_called_false_in_the_next_bullet_by_a_side_with_no_denial_verb_is_disputed(extractor):
    found = events(
        extractor,
        _digest(
            "Russia's Defence Ministry said its forces had captured the village of Zelenyi Hai in the Donetsk "
            "region.",
            "Ukraine's military said the Russian claim was false and that its troops still held Zelenyi Hai.",
        ),
    )
    assert [(e.claim_status, e.disputed_by) for e in found if e.event_type == "Battles"] == [
        ("disputed", "Ukraine")
    ]


def test_a_quoted_denial_naming_the_town_disputes_its_capture(extractor):
    found = events(
        extractor,
        "Russia's defence ministry said on Monday its troops had taken control of the town of Siversk.\n\n"
        '"The claims about the capture of Siversk are false," a spokesman for Ukraine\'s eastern group of forces '
        "told reporters.",
    )
    assert [(e.claim_status, e.disputed_by) for e in found if e.event_type == "Battles"] == [
        ("disputed", "Ukraine")
    ]


def test_a_denial_from_a_spokesman_in_the_dateline_city_answers_the_capture_not_that_city(extractor):
    # the dateline city comes back as where the denier sits: it is no place the denial is about
    found = events(
        extractor,
        "Rebels say they hold Myanmar town near the Chinese border\n\n"
        "MANDALAY, Jan 12 - The Ta'ang National Liberation Army said on Sunday its fighters had taken full "
        "control of the town of Kyaukme in northern Shan state after a week-long offensive.\n\n"
        "A military spokesman in Mandalay denied that the town had fallen, saying troops were still holding "
        "the army's base there.",
    )
    assert [(e.claim_status, e.disputed_by) for e in found if e.event_type == "Battles"] == [
        ("disputed", "Myanmar military")
    ]


def test_officials_installed_by_a_side_speak_for_it_not_for_the_country_of_their_seat(extractor):
    found = events(
        extractor,
        "Moscow-installed officials in the occupied part of Ukraine's Zaporizhzhia region said a Ukrainian drone "
        "had hit a bus in the town of Vasylivka on Friday, killing two passengers. Ukraine's military denied "
        "targeting civilians, saying its drones had struck a Russian command post in the town.",
    )
    strikes = _strikes(found)
    assert [(e.claim_status, e.disputed_by) for e in strikes] == [("disputed", "Ukraine")]
    assert strikes[0].claimed_by.startswith("Moscow-installed officials")


def test_the_attackers_own_account_denied_by_the_defender_disputes_the_fight(extractor):
    found = events(
        extractor,
        "Sudan's army said on Tuesday it had repelled an RSF attack on its base in the town of En Nahud, killing "
        "scores of attackers. The RSF said its fighters had seized the base in the town, a claim the army denied.",
    )
    assert [(e.claim_status, e.disputed_by) for e in found if e.event_type == "Battles"] == [
        ("disputed", "Sudanese army")
    ]


def test_the_army_denying_a_loss_of_its_own_does_not_dispute_its_own_claim(extractor):
    found = events(
        extractor,
        "Fighting between the army and the Rapid Support Forces spread across Kordofan this week.\n\n"
        "The army said its air defences shot down three drones over the city of Kosti on Sunday. The RSF said "
        "on Monday its fighters had shot down an army helicopter in the area; the army denied losing any "
        "aircraft.",
    )
    kosti = [e for e in found if e.event_type == "Strategic developments" and "Kosti" in e.notes]
    assert [(e.claim_status, e.disputed_by) for e in kosti] == [("claimed", None)]


def test_a_town_the_article_resolved_counts_as_named_where_a_sentence_repeats_it():
    from app.extract.events import named_places
    from app.gazetteer import normalize

    class _Cand:
        kind = "settlement"

    class _Spot:
        key = "prymorske"

    class _Res:
        cand, spot = _Cand(), _Spot()

    texts = {0: "Russia said it took Prymorske.", 40: "Kyiv said Prymorske remained under its control."}
    named_places.note_places({0: [_Res()]}, texts, normalize)
    assert named_places.PLACES_NAMED.get(40) == frozenset({"prymorske"})
    named_places.note_places({0: [_Res()]})
    assert 40 not in named_places.PLACES_NAMED


def test_the_actor_saying_it_struck_and_denying_only_the_victims_leaves_the_strike_reported(extractor):
    found = events(
        extractor,
        "Junta jets bombed a village in Kanbalu township in the Sagaing region on Friday, killing nine people, a "
        "local resistance official said. The military said it had struck a rebel base and denied that any "
        "civilians had been killed.",
    )
    assert [(e.claim_status, e.disputed_by) for e in _strikes(found)] == [("reported", None)]


def test_its_after_the_side_that_attacked_is_that_sides_not_the_speakers(extractor):
    found = events(
        extractor,
        "Russia launched one of its heaviest drone attacks of the month on Ukraine overnight, killing three people "
        "in the city of Poltava, regional officials said.",
    )
    assert [(e.actor1, e.claim_status) for e in _strikes(found)] == [
        ("Military Forces of Russia", "reported")
    ]


def test_its_after_the_side_that_struck_in_another_war_is_that_sides(extractor):
    found = events(
        extractor,
        "Israel carried out its heaviest air strikes in weeks on the town of Khan Younis on Sunday, killing nine "
        "people, the Hamas-run health ministry said.",
    )
    assert [(e.actor1, e.claim_status) for e in _strikes(found)] == [
        ("Military Forces of Israel", "reported")
    ]


def test_a_rocket_the_army_reports_and_a_group_denies_firing_is_disputed_and_not_the_armys_act(extractor):
    found = events(
        extractor,
        "Israel's strikes on southern Lebanon continued this week.\n\n"
        "On Saturday, the military said a rocket launched from southern Lebanon landed in an open field near the "
        "town of Kiryat Shmona, causing no injuries. Hezbollah denied firing the rocket.",
    )
    rocket = [e for e in found if "Kiryat" in e.location or "Qiryat" in e.location]
    assert [(e.claim_status, e.disputed_by) for e in rocket] == [("disputed", "Hezbollah")]
    assert rocket[0].actor1 != "Military Forces of Israel"


def test_a_governor_who_confirmed_the_hit_is_its_source_and_makes_the_claim_a_report(extractor):
    found = events(
        extractor,
        _digest(
            "Ukraine's General Staff said its drones had struck an oil depot in the Russian city of Kursk "
            "overnight. Kursk Governor Alexander Khinshtein confirmed that a fuel facility had been hit and said "
            "no one was hurt."
        ),
    )
    assert [(e.claim_status, e.claimed_by) for e in _strikes(found)] == [
        ("reported", "Kursk Governor Alexander Khinshtein")
    ]
