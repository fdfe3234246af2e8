"""Rules written for Ukraine must not be Ukraine-only: three wire-style articles of other wars (written for
these tests), each with its gold events — place, type, toll, claim status and who disputes — plus single
sentences for actors, victims and addresses."""

from __future__ import annotations

import math

import pytest

from app.extract import Extractor
from app.extract.model import Article


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def _events(extractor: Extractor, text: str):
    """A single sentence under a neutral headline, or a whole article whose first line is its headline."""
    title = text.split("\n", 1)[0] if "\n\n" in text else "Wire report"
    body = text if "\n\n" in text else f"{title}\n\n{text}"
    article = Article(id="theatre-test", text=body, title=title, published="2025-11-12")
    return extractor.events(article)


def _km(a, b) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))


GAZA_LEBANON = (
    "Israeli strikes kill 18 in Gaza as Hezbollah fires rockets at northern Israel\n"
    "\n"
    "An Israeli air strike on a house in Khan Younis killed 11 people, including five children, on Tuesday, the Gaza civil defence agency said.\n"
    "\n"
    "Seven more people were killed and 15 were wounded when a strike hit a school sheltering displaced families in Rafah, according to the Hamas-run health ministry.\n"
    "\n"
    "The Israeli military said its aircraft struck a Hamas command centre in Rafah and that it was reviewing reports of civilian casualties.\n"
    "\n"
    "In Lebanon, Hezbollah said it fired a barrage of rockets at an army base near Safed on Tuesday. Israel's military said most of the rockets were intercepted and no injuries were reported.\n"
    "\n"
    "The Israeli army said on Wednesday its troops had killed three Hezbollah fighters in clashes near the town of Bint Jbeil. Hezbollah denied losing any fighters near Bint Jbeil, calling the claim a fabrication.\n"
    "\n"
    "Talks on a ceasefire are expected to resume in Cairo next week, Egyptian officials said.\n"
)
SUDAN = (
    "RSF shelling kills dozens in El Fasher as army claims gains in Kordofan\n"
    "\n"
    "Shelling by the Rapid Support Forces killed 27 civilians and injured 40 others in El Fasher on Sunday, a local resistance committee said.\n"
    "\n"
    "A drone struck a market in Omdurman on Monday, killing nine people, the health ministry said. The army-backed government blamed the RSF, which did not comment.\n"
    "\n"
    "The Sudanese army said on Monday it had recaptured the town of Bara in North Kordofan after fierce fighting. The RSF denied the claim, saying its fighters still controlled Bara.\n"
    "\n"
    "The RSF said its forces had seized Babanusa, a town in West Kordofan, on Tuesday.\n"
    "\n"
    "The United Nations warned that famine was spreading in Darfur and called for humanitarian access.\n"
)
MYANMAR = (
    "Junta air strike kills 22 at Sagaing monastery, resistance says\n"
    "\n"
    "A military air strike on a monastery in the village of Lin Ta Lu in Sagaing region killed 22 people, including three children, on Friday, a local resistance group said.\n"
    "\n"
    "The junta said its forces had retaken the town of Kyaukme in Shan State. The Ta'ang National Liberation Army denied the claim, saying fighting for Kyaukme was still under way.\n"
    "\n"
    "The Arakan Army said it had captured a military base near Kyauktaw in Rakhine State on Saturday.\n"
    "\n"
    "Two people were killed and eight wounded when artillery shells hit a market in Myawaddy, residents said.\n"
    "\n"
    "The military government announced that elections would be held in December despite the fighting.\n"
)

EXP, BAT = "Explosions/Remote violence", "Battles"
# (lat, lon, tolerance km, event_type, fatalities, injured, claim_status, disputed_by)
GOLD = {
    "gaza-lebanon": (
        GAZA_LEBANON,
        [
            (31.34, 34.31, 4, EXP, 11, None, "reported", None),  # Khan Younis, told by the civil defence
            (31.30, 34.24, 4, EXP, 7, 15, "reported", None),  # Rafah: ministry's toll; the army's claim too
            (32.96, 35.50, 10, EXP, 0, 0, "claimed", None),  # Safed: Hezbollah claims its own rockets
            (
                33.12,
                35.43,
                10,
                BAT,
                3,
                None,
                "disputed",
                "Hezbollah",
            ),  # Bint Jbeil: Israel claims, Hezbollah denies
        ],
    ),
    "sudan": (
        SUDAN,
        [
            (13.63, 25.35, 15, EXP, 27, 40, "reported", None),  # El Fasher
            (15.64, 32.48, 15, EXP, 9, None, "reported", None),  # Omdurman
            (13.70, 30.37, 15, BAT, None, None, "disputed", "Rapid Support Forces"),  # Bara
            (11.33, 27.80, 15, BAT, None, None, "claimed", None),  # Babanusa, the RSF's own word only
        ],
    ),
    "myanmar": (
        MYANMAR,
        [
            # a village missing from the gazetteer: the Sagaing region, at region level
            (23.8, 94.9, 200, EXP, 22, None, "reported", None),
            (22.54, 97.03, 10, BAT, None, None, "disputed", "resistance forces"),  # Kyaukme
            (20.85, 92.98, 15, BAT, None, None, "claimed", None),  # near Kyauktaw, the Arakan Army's word
            (16.69, 98.51, 10, EXP, 2, 8, "reported", None),  # Myawaddy
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(GOLD))
def test_other_theatre_article_matches_its_gold(extractor, name):
    text, gold = GOLD[name]
    found = _events(extractor, text)
    assert len(found) == len(gold), [(e.location, e.event_type) for e in found]  # nothing invented
    for lat, lon, tol, etype, killed, injured, claim, disputed_by in gold:
        near = [e for e in found if _km((e.lat, e.lon), (lat, lon)) <= tol]
        assert len(near) == 1, (lat, lon, [(e.location, e.lat, e.lon) for e in found])
        e = near[0]
        assert (e.event_type, e.fatalities, e.injured) == (etype, killed, injured), e.location
        assert (e.claim_status, e.disputed_by) == (claim, disputed_by), e.location


def test_the_region_level_event_says_so(extractor):
    sagaing = [e for e in _events(extractor, MYANMAR) if e.geo_precision == 3]
    assert len(sagaing) == 1 and sagaing[0].region["country_code"] == "MM"


def test_a_demonym_names_the_attacking_state(extractor):
    events = _events(
        extractor, "Israeli air strikes killed at least 12 Palestinians in Khan Younis on Wednesday."
    )
    assert [e.actor1 for e in events] == ["Military Forces of Israel"]
    assert events[0].fatalities == 12


def test_a_named_armed_group_is_the_actor(extractor):
    events = _events(
        extractor, "The Rapid Support Forces shelled El Fasher on Tuesday, killing 23 civilians."
    )
    assert [(e.location, e.actor1, e.fatalities) for e in events] == [
        ("El Fasher", "Rapid Support Forces", 23)
    ]


def test_the_side_hit_is_not_the_side_acting(extractor):
    events = _events(
        extractor,
        "The Israeli army said its troops had killed three Hezbollah fighters in clashes near Bint Jbeil on Tuesday.",
    )
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Military Forces of Israel", "Hezbollah", 3)
    ]


def test_a_claim_by_the_acting_group_is_claimed(extractor):
    (e,) = _events(
        extractor, "The Rapid Support Forces said on Tuesday they had seized Babanusa in West Kordofan."
    )
    assert e.claim_status == "claimed" and "Rapid Support Forces" in e.claimed_by


def test_a_victim_sides_source_is_reported(extractor):
    (e,) = _events(
        extractor,
        "An Israeli air strike hit a house in Rafah on Monday, killing six people, the Hamas-run health ministry said.",
    )
    assert e.claim_status == "reported" and e.fatalities == 6


def test_a_region_after_a_town_is_its_address_not_a_second_event(extractor):
    events = _events(
        extractor, "Drones struck a market in El Fasher in North Darfur on Monday, killing four people."
    )
    assert [e.location for e in events] == ["El Fasher"]


@pytest.mark.xfail(
    strict=True,
    reason="'the village of Khiam' is spotted as a village the gazetteer lacks, but neither the sentence nor the "
    "article names a region or another place to put it in (a country read from 'Hezbollah' would be a guess)",
)
def test_known_gap_a_village_missing_from_the_gazetteer_in_lebanon(extractor):
    events = _events(
        extractor, "Israeli troops clashed with Hezbollah fighters near the village of Khiam on Monday."
    )
    assert len(events) == 1 and events[0].country_code == "LB"


def test_a_town_named_like_a_person(extractor):
    events = _events(
        extractor, "The Arakan Army said it had captured a base near Ann in Rakhine State on Saturday."
    )
    assert [e.location for e in events] == ["Ann"]
