"""Events: sentences that report hostile acts or territorial claims become ACLED-coded events, one per place
where it happened (not where it was announced), with actors and stable ids; talk is not violence."""

from __future__ import annotations

import pytest
from wire import (
    CHERNIHIV,
    KHARKIV,
    KHERSON,
    KOSTIANTYNIVKA,
    KYIV,
    MALA_TOKMACHKA,
    MOSCOW,
    STEPNOHIRSK,
    article,
    at,
    events,
    is_at,
    only_event,
)

from app.extract import Extractor
from app.extract.model import EVENT_FIELDS, EVENT_TYPES


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


EXPLOSIONS = "Explosions/Remote violence"
AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
RU_FORCES = "Military Forces of Russia"
UA_FORCES = "Military Forces of Ukraine"


def types(e) -> tuple[str, str]:
    return e.event_type, e.sub_event_type


# -- what happened -----------------------------------------------------------------------------------


def test_drone_attack_is_an_air_drone_strike(extractor):
    e = only_event(extractor, "A Russian drone struck a bus in Kherson on Tuesday, injuring four passengers.")
    assert types(e) == (EXPLOSIONS, AIR) and is_at(e, *KHERSON)


def test_guided_bombs_are_an_air_drone_strike(extractor):
    e = only_event(extractor, "Guided bombs struck Kostiantynivka overnight, damaging homes.")
    assert types(e) == (EXPLOSIONS, AIR) and is_at(e, *KOSTIANTYNIVKA)


def test_aircraft_dropping_guided_bombs_is_an_air_drone_strike(extractor):
    e = only_event(extractor, "Russian aircraft dropped guided bombs on Kostiantynivka overnight.")
    assert types(e) == (EXPLOSIONS, AIR) and is_at(e, *KOSTIANTYNIVKA)


def test_missile_strike_is_shelling_artillery_missile_attack(extractor):
    e = only_event(extractor, "Russian missiles hit an energy facility in Odesa on Saturday night.")
    assert types(e) == (EXPLOSIONS, SHELLING)


def test_artillery_shelling_is_shelling_artillery_missile_attack(extractor):
    e = only_event(extractor, "Russian artillery shelled Nikopol on Monday, the regional governor said.")
    assert types(e) == (EXPLOSIONS, SHELLING) and e.admin1 == "Dnipropetrovsk Oblast"


def test_capture_is_a_battle(extractor):
    e = only_event(
        extractor, "Russia's Defence Ministry said its troops captured Bilytske in the Donetsk region."
    )
    assert types(e) == ("Battles", "Armed clash") and e.location == "Bilytske"


def test_taking_control_is_a_battle(extractor):
    e = only_event(
        extractor, "Russian forces took control of Stepnohirsk, the Russian military said on Wednesday."
    )
    assert types(e) == ("Battles", "Armed clash") and is_at(e, *STEPNOHIRSK)


def test_repelled_assault_is_a_battle(extractor):
    e = only_event(extractor, "Ukrainian forces repelled an assault on Dobropillia, the army said.")
    assert types(e) == ("Battles", "Armed clash") and e.admin1 == "Donetsk Oblast"


def test_drones_shot_down_are_disrupted_weapons_use(extractor):
    found = events(
        extractor, "Air defences shot down 41 Ukrainian drones over the Kursk and Bryansk regions overnight."
    )
    assert {types(e) for e in found} == {("Strategic developments", "Disrupted weapons use")}
    assert {e.location for e in found} == {"Kursk Oblast", "Bryansk Oblast"}


def test_an_evacuation_order_is_no_event(extractor):
    """ACLED codes no evacuation order, and the seed gold codes none of its two: a consequence of the war, not an
    act of it (even with the advance that prompted it told beside it)."""
    text = "The regional governor issued a mandatory evacuation order for Kupiansk on Wednesday as Russian forces advanced."
    assert events(extractor, text) == []


def test_an_evacuation_from_a_town_is_no_event(extractor):
    text = "Authorities ordered the evacuation of families with children from Druzhkivka as the front line drew closer."
    assert events(extractor, text) == []


def test_an_evacuation_told_beside_a_deadly_attack_leaves_the_attack_alone(extractor):
    found = events(
        extractor,
        "Russian drones struck Bilopillia on Monday, killing two people, and officials ordered the evacuation of "
        "families with children from the town.",
    )
    assert [(e.event_type, e.fatalities, e.admin1) for e in found] == [
        ("Explosions/Remote violence", 2, "Sumy Oblast")
    ]


def test_event_types_are_acled_names(extractor):
    text = (
        "Russian drones struck Sumy overnight. Artillery shelled Kherson on Monday. "
        "Russian troops captured Bilytske in the Donetsk region. Air defences shot down drones over the Kursk region."
    )
    found = events(extractor, text)
    assert len(found) == 4
    for e in found:
        assert e.sub_event_type in EVENT_TYPES[e.event_type]


# -- talk is not violence ----------------------------------------------------------------------------


def test_summit_produces_no_event(extractor):
    assert events(extractor, "Zelensky met Trump in Palm Beach, Florida, to discuss a peace plan.") == []


def test_talks_between_capitals_produce_no_event(extractor):
    assert (
        events(extractor, "Envoys from Kyiv and Moscow met in Geneva on Monday for a second round of talks.")
        == []
    )


def test_opinion_poll_produces_no_event(extractor):
    text = "A poll by an independent pollster showed most residents of Moscow and St Petersburg want talks."
    assert events(extractor, text) == []


def test_sanctions_produce_no_event(extractor):
    assert events(extractor, "The EU agreed new sanctions against Russia in Brussels on Thursday.") == []


def test_weapon_talk_without_an_attack_produces_no_event(extractor):
    assert (
        events(extractor, "Kyiv has asked Washington for long-range missiles and more air defence systems.")
        == []
    )


def test_threat_of_an_attack_produces_no_event(extractor):
    assert events(extractor, "Moscow threatened to strike Kyiv with missiles if the talks failed.") == []


# -- where it happened -------------------------------------------------------------------------------


def test_capture_announced_by_moscow_happens_at_the_village(extractor):
    found = events(extractor, "Moscow said its forces took Stepnohirsk in the Zaporizhzhia region.")
    assert len(found) == 1 and is_at(found[0], *STEPNOHIRSK)
    assert at(found, *MOSCOW, within_km=50) == []


def test_capture_of_mala_tokmachka_announced_by_moscow(extractor):
    found = events(extractor, "Moscow said on Wednesday its forces had taken Mala Tokmachka.")
    assert len(found) == 1 and is_at(found[0], *MALA_TOKMACHKA)


def test_briefing_venue_is_not_an_event_place(extractor):
    text = (
        "Speaking in Moscow, Russian Defence Minister Andrei Belousov said his troops had seized Stepnohirsk."
    )
    found = events(extractor, text)
    assert at(found, *MOSCOW, within_km=50) == []
    assert len(found) == 1 and is_at(found[0], *STEPNOHIRSK)


def test_where_a_speaker_spoke_is_not_an_event_place(extractor):
    found = events(extractor, "Zelensky said in Kyiv that Russian forces shelled Kherson overnight.")
    assert at(found, *KYIV, within_km=30) == []
    assert len(found) == 1 and is_at(found[0], *KHERSON)


def test_capital_speaking_for_its_government_is_not_an_event_place(extractor):
    found = events(
        extractor, "Kyiv said Russian drones hit an apartment block in Kharkiv, killing one person."
    )
    assert len(found) == 1 and is_at(found[0], *KHARKIV)


def test_launch_site_is_not_the_event_place(extractor):
    found = events(extractor, "Drones launched from Kursk struck a substation in Sumy overnight.")
    assert [e.location for e in found] == ["Sumy"]


def test_region_that_only_qualifies_a_town_is_not_a_second_event(extractor):
    found = events(
        extractor, "A drone hit a house in Semenivka in the Chernihiv region, injuring two people."
    )
    assert [e.location for e in found] == ["Semenivka"]
    assert found[0].admin1 == "Chernihiv Oblast"


def test_region_wide_attack_is_placed_at_the_region(extractor):
    e = only_event(extractor, "Drones attacked the Bryansk region overnight, the governor said.")
    assert (e.location, e.geo_precision, e.country_code) == ("Bryansk Oblast", 3, "RU")


def test_unknown_village_event_is_placed_at_its_region(extractor):
    e = only_event(
        extractor, "A drone hit the village of Xyzivske in the Zaporizhzhia region, wounding a man."
    )
    assert (e.location, e.geo_precision) == ("Zaporizhzhia Oblast", 3)


# -- one event per place -----------------------------------------------------------------------------


def test_one_event_per_place_in_an_article(extractor):
    text = (
        "Russian drones struck Chernihiv twice overnight, killing one person. "
        "A second wave of drones hit Chernihiv before dawn, injuring five people."
    )
    e = only_event(extractor, text)
    assert is_at(e, *CHERNIHIV) and (e.fatalities, e.injured) == (1, 5)


def test_each_listed_town_is_its_own_event(extractor):
    found = events(extractor, "Russian troops shelled Novoselivka, Yampil and Siversk overnight.")
    assert len(found) == 3
    assert len({e.id for e in found}) == 3 and len({(e.lat, e.lon) for e in found}) == 3


# -- stable ids --------------------------------------------------------------------------------------

STORY = (
    "Russian missiles struck Kharkiv overnight, killing two people. Drones hit a depot in Sumy on Tuesday."
)


def test_same_article_twice_gives_the_same_ids(extractor):
    first = [e.id for e in extractor.events(article(STORY))]
    again = [e.id for e in extractor.events(article(STORY))]
    assert len(first) == 2 and first == again


def test_different_article_gives_different_ids(extractor):
    one = {e.id for e in extractor.events(article(STORY, id="wire-1"))}
    other = {e.id for e in extractor.events(article(STORY, id="wire-2"))}
    assert len(one) == 2 and one.isdisjoint(other)


def test_ids_survive_a_fresh_extractor(extractor, geocoder):
    from app.extract import Extractor

    assert [e.id for e in Extractor(geocoder).events(article(STORY))] == [
        e.id for e in extractor.events(article(STORY))
    ]


# -- actors ------------------------------------------------------------------------------------------


def test_russian_strike_on_a_ukrainian_city_kills_ukrainian_civilians(extractor):
    e = only_event(
        extractor, "A Russian missile struck Kharkiv, killing two people and wounding nine, the mayor said."
    )
    assert (e.actor1, e.actor2) == (RU_FORCES, "Civilians (Ukraine)")


def test_ukrainian_drones_on_a_russian_town_are_ukraines_forces(extractor):
    e = only_event(
        extractor, "Ukrainian drones hit a power plant in Belgorod overnight, the regional governor said."
    )
    assert e.actor1 == UA_FORCES and e.country_code == "RU"


def test_russian_capture_is_fought_against_ukraines_forces(extractor):
    e = only_event(extractor, "Russian troops captured Bilytske in the Donetsk region, Moscow said.")
    assert (e.actor1, e.actor2) == (RU_FORCES, UA_FORCES)


def test_ukrainian_counterattack_is_led_by_ukraines_forces(extractor):
    e = only_event(extractor, "Ukrainian forces recaptured Kupiansk, the army said on Wednesday.")
    assert (e.actor1, e.actor2) == (UA_FORCES, RU_FORCES)


# -- the record --------------------------------------------------------------------------------------


def test_event_record_has_every_contract_field_and_coordinates(extractor):
    e = only_event(extractor, "A Russian drone struck a bus in Kherson on Tuesday, injuring four passengers.")
    rec = e.to_record()
    assert list(rec)[: len(EVENT_FIELDS)] == list(EVENT_FIELDS)
    assert set(rec) == {*EVENT_FIELDS, "lat", "lon"}
    assert rec["source"] == {
        "title": "Wire report",
        "outlet": "Test Wire",
        "url": None,
        "published": "2025-12-18",
    }
    assert rec["article"] == "wire-1" and "bus in Kherson" in rec["notes"]
    assert 0.0 <= rec["confidence"] <= 1.0
    assert (rec["country"], rec["country_code"], rec["admin1"]) == ("Ukraine", "UA", "Kherson Oblast")


def test_event_feature_is_a_geojson_point(extractor):
    e = only_event(extractor, "A Russian drone struck a bus in Kherson on Tuesday, injuring four passengers.")
    f = e.to_feature()
    assert f["type"] == "Feature" and f["id"] == e.id
    assert f["geometry"] == {"type": "Point", "coordinates": [e.lon, e.lat]}
    assert f["properties"]["sub_event_type"] == AIR
