"""Toll stage: killed and injured from follow-up sentences, 'were also injured', numbers in words, and
figures split across bullets."""

from __future__ import annotations

import pytest
from wire import events, is_at, only_event

from app.extract import Extractor
from app.extract.numbers import find_counts


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def test_were_also_injured_in_the_next_sentence(extractor):
    e = only_event(
        extractor, "Russian artillery shelled Nikopol overnight, killing a man. Two women were also injured."
    )
    assert (e.fatalities, e.injured) == (1, 2)


def test_numbers_in_words_with_hyphens(extractor):
    e = only_event(
        extractor,
        "A Russian missile hit Odesa on Thursday, killing twelve people and wounding twenty-one others.",
    )
    assert (e.fatalities, e.injured) == (12, 21)


def test_a_follow_up_sentence_with_bare_numbers(extractor):
    e = only_event(
        extractor, "Russian drones hit Dnipro on Sunday. Three people were killed and seven were injured."
    )
    assert (e.fatalities, e.injured) == (3, 7)


def test_a_toll_split_across_bullets(extractor):
    text = (
        "• A drone attack on Sumy killed two people on Friday.\n"
        "• Another four people were wounded in the same attack, the regional administration said."
    )
    e = only_event(extractor, text)
    assert (e.fatalities, e.injured) == (2, 4)


def test_another_followed_by_a_number_is_that_number():
    counts = find_counts("Another four people were wounded.")
    assert [(c.what, c.n) for c in counts] == [("injured", 4)]


def test_another_alone_is_one():
    counts = find_counts("Another person was killed in the village.")
    assert [(c.what, c.n) for c in counts] == [("killed", 1)]


def test_others_also_injured_add_to_the_toll_told_before(extractor):
    e = only_event(
        extractor,
        "A drone attack on Sumy overnight wounded four people, the mayor said. Three other people were also "
        "injured, he added.",
    )
    assert e.injured == 7


def test_a_later_toll_update_in_a_placeless_paragraph_replaces_the_first(extractor):
    found = events(
        extractor,
        "A Russian missile struck an apartment block in Poltava on Tuesday, killing at least nine people.\n\n"
        "“There was fire everywhere,” said a neighbour.\n\n"
        "By Wednesday morning the death toll had risen to fourteen, emergency services said.",
    )
    assert [(e.location, e.fatalities) for e in found] == [("Poltava", 14)]


def test_more_bodies_recovered_add_to_the_dead(extractor):
    e = only_event(
        extractor,
        "• On 4 June, an airstrike hit a house in Jabalia, killing seven people. Two more bodies were pulled "
        "from the rubble the next day, according to rescuers.",
    )
    assert e.fatalities == 9


def test_two_victim_groups_sharing_one_verb_add_up(extractor):
    e = only_event(
        extractor,
        "Shelling of the city of Kherson on Friday killed two police officers and three civilians, officials said.",
    )
    assert e.fatalities == 5


def test_a_cumulative_toll_goes_to_no_event(extractor):
    found = events(
        extractor,
        "• An Israeli strike on a car in Tyre killed two men on Monday, the health ministry said.\n"
        "• Since the ceasefire, Israeli strikes in southern Lebanon have killed more than 300 people, "
        "according to the ministry.",
    )
    assert [(e.location, e.fatalities) for e in found] == [("Tyre", 2)]


def test_a_campaign_since_a_date_is_no_country_wide_event(extractor):
    found = events(
        extractor,
        "Russia has kept up near-daily drone attacks on Ukraine since the summer, killing more than 400 "
        "civilians, the United Nations said.",
    )
    assert found == []


def test_a_toll_across_the_territory_is_not_one_places(extractor):
    found = events(
        extractor,
        "• Israeli strikes killed 40 people across the Gaza Strip on Sunday, the health ministry said.\n"
        "• A strike on a school in Nuseirat killed six people on Sunday.",
    )
    assert [e.fatalities for e in found if e.location != "Gaza Strip"] == [6]
    assert all(e.fatalities != 40 for e in found)


def test_the_number_of_injured_rising_updates_the_event(extractor):
    e = only_event(
        extractor,
        "Russian drones hit Kharkiv overnight, injuring 12 people. Later, the number of injured rose to 19.",
    )
    assert e.injured == 19


def test_killed_a_couple_is_two(extractor):
    e = only_event(extractor, "An Israeli strike on a home in Rafah killed a couple and their two children.")
    assert e.fatalities == 4


def test_a_toll_told_before_the_place_waits_for_its_event(extractor):
    found = events(
        extractor,
        "Israel said on Sunday that 35 rockets had been fired at it from Lebanon, with no one hurt.\n\n"
        "Talks on the border resumed on Monday.\n\n"
        "The army later said the 35 rockets had been aimed at the port of Haifa and were all intercepted.",
    )
    haifa = [e for e in found if e.location == "Haifa"]
    assert [(e.fatalities, e.injured) for e in haifa] == [(0, 0)]


def test_the_side_hit_giving_the_toll_of_the_strikes_just_told_in_a_paragraph_of_its_own(extractor):
    text = (
        "Russian missiles struck an energy facility in Kryvyi Rih on Tuesday, Russia's Defence Ministry said.\n\n"
        "Ukraine's emergency service said the strikes killed four workers. Eleven others were wounded, it said."
    )
    e = only_event(extractor, text)
    # the toll goes to the strike, the paragraph goes on about it, and the side hit confirms the claim
    assert (e.fatalities, e.injured, e.claim_status) == (4, 11, "reported")


def test_a_paragraph_that_is_only_a_toll_belongs_to_the_attack_of_the_paragraph_before(extractor):
    text = (
        "Drones hit a hospital in Sumy on Friday, the regional administration said.\n\n"
        "Nine people were killed, among them two nurses, and fourteen others were injured, officials said."
    )
    e = only_event(extractor, text)
    assert (e.fatalities, e.injured) == (9, 14)


def test_a_bare_toll_two_paragraphs_later_is_not_given_to_the_attack(extractor):
    text = (
        "Drones hit a hospital in Sumy on Friday, the regional administration said.\n\n"
        "The mayor asked Western partners for more air defence systems.\n\n"
        "Nine people were killed, officials said."
    )
    e = only_event(extractor, text)
    assert e.fatalities is None


def test_the_placed_share_of_a_days_total_is_that_places_toll(extractor):
    """'killed 31 across the territory since daybreak, among them 12 in Khan Younis': the day's total is no
    one event's, its share told with a place is the toll of the event there."""
    found = events(
        extractor,
        "Israeli air strikes killed 31 people across the Gaza Strip since daybreak, among them 12 in Khan Younis, "
        "medics at Nasser Hospital said.",
    )
    at_khan_younis = [e for e in found if is_at(e, 31.34, 34.31, within_km=8)]
    assert [e.fatalities for e in at_khan_younis] == [12], [(e.location, e.fatalities) for e in found]
    assert all(e.fatalities != 31 for e in found)


def test_the_share_of_a_wars_total_is_no_events_toll(extractor):
    found = events(
        extractor,
        "Since April 2023, the fighting has killed at least 40,000 people in Sudan, including 8,000 in El Fasher, "
        "aid groups estimate.",
    )
    assert all(e.fatalities in (None, 0) for e in found), [(e.location, e.fatalities) for e in found]


def test_a_subset_of_a_total_is_not_added_to_it():
    counts = find_counts(
        "A strike on the market killed nine people, including four in the nearby town of Izium."
    )
    assert [c.n for c in counts if not c.subset] == [9]
    assert all(c.part for c in counts if c.subset)


def test_one_more_in_a_nearby_town_is_that_towns_toll(extractor):
    found = events(
        extractor,
        "Three people were killed in Kostiantynivka and one more in nearby Druzhkivka as Russian jets dropped "
        "glide bombs, officials said.",
    )
    kostiantynivka = [e.fatalities for e in found if is_at(e, 48.53, 37.71, within_km=10)]
    druzhkivka = [e.fatalities for e in found if is_at(e, 48.62, 37.53, within_km=10)]
    assert (kostiantynivka, druzhkivka) == ([3], [1])


@pytest.mark.parametrize(
    "text, place, share",
    [
        (
            "Russian shelling and drones killed seven civilians in Ukraine in the last 24 hours, among them two "
            "in Nikopol, regional governors said on Thursday.",
            (47.57, 34.39),  # Nikopol
            2,
        ),
        (
            "Russian strikes killed 11 people overnight, including three in Kryvyi Rih, officials said.",
            (47.91, 33.39),  # Kryvyi Rih
            3,
        ),
        (
            "At least nine people died in Russian attacks across the Ukrainian front over the past day, "
            "five of them in Kostiantynivka.",
            (48.53, 37.71),  # Kostiantynivka
            5,
        ),
    ],
)
def test_the_placed_share_of_a_days_tally_is_that_places_toll(extractor, text, place, share):
    """A day's count over many places ('over the past day', 'overnight', 'in the last 24 hours') with one
    place's share named: that place's event takes its share, never the whole day's figure."""
    found = [e for e in events(extractor, text) if is_at(e, *place)]
    assert [e.fatalities for e in found] == [share]


def test_an_overnight_strike_with_a_subset_of_victims_keeps_its_whole_toll(extractor):
    """'overnight' with a subset that names no other place ('including three children') is one strike's
    toll: the marker of a day's span only makes a tally of a figure shared out among places."""
    e = only_event(
        extractor,
        "A Russian missile struck Chernihiv overnight, killing eight people, including three children.",
    )
    assert e.fatalities == 8


def test_herders_shot_dead_in_a_raid_are_its_toll(extractor):
    e = only_event(
        extractor,
        "Gunmen of the RSF raided a village near Um Ruwaba on Thursday, shooting dead six herders, witnesses said.",
    )
    assert (e.fatalities, e.injured) == (6, None)


@pytest.mark.parametrize(
    "text, toll",
    [
        (
            "A Russian drone hit a minibus in Kherson on Tuesday, killing two passengers. A third passenger "
            "later died in hospital, the regional administration said.",
            (3, None),
        ),
        (
            "An Israeli strike on a house in Khan Younis killed four people, medics said.\n\n"
            "The body of a fifth victim was pulled from the rubble hours later, the civil defence said.",
            (5, None),
        ),
        (
            "Russian shelling wounded three farmers in a field near Nikopol on Tuesday. A fourth farmer was "
            "injured when he went to help them, officials said.",
            (None, 4),
        ),
    ],
)
def test_a_victim_told_by_ordinal_brings_the_toll_to_that_number(extractor, text, toll):
    """'A third passenger later died': the ordinal counts the victims so far, whatever the toll told before
    it said (the victims told before plus this one)."""
    e = only_event(extractor, text)
    assert (e.fatalities, e.injured) == toll


def test_an_ordinal_of_an_attack_is_no_victim():
    """'a second wave of drones', 'for the third time this week': ordinals of acts, not of victims."""
    counts = find_counts(
        "A second wave of drones hit the city for the third time this week, killing two people."
    )
    assert [(c.what, c.n) for c in counts] == [("killed", 2)]


def test_a_figure_does_not_follow_past_the_next_figure_to_its_place(extractor):
    found = events(
        extractor,
        "A missile hit a warehouse in Odesa, injuring three workers, and a woman was hurt by debris in nearby "
        "Chornomorsk.",
    )
    assert sorted((e.location, e.injured) for e in found) == [("Chornomors’k", 1), ("Odesa", 3)]


def test_a_total_over_places_listed_together_is_no_one_place_s_toll(extractor):
    """'six killed in attacks on Kharkiv and Odesa': the sum of two cities; each city's own figures come from
    where the text tells them apart."""
    text = "Russian drones struck Kharkiv and Odesa on Monday, killing six people and injuring 35."
    found = events(extractor, text)
    assert sorted((e.location, e.fatalities, e.injured) for e in found) == [
        ("Kharkiv", None, None),
        ("Odesa", None, None),
    ]


def test_a_body_recovered_by_ordinal_counts_the_dead_so_far(extractor):
    text = (
        "A Russian missile struck an apartment block in Dnipro on Monday, killing four people. Rescuers "
        "recovered a fifth body from the rubble in the afternoon."
    )
    assert [(e.fatalities) for e in events(extractor, text)] == [5]


def test_a_martyr_counted_by_the_side_hit_is_a_death(extractor):
    e = only_event(
        extractor,
        "An Israeli drone strike hit a motorcycle in Bint Jbeil on Saturday. The Health Ministry said the raid "
        "left one martyr and one wounded.",
    )
    assert (e.fatalities, e.injured) == (1, 1)


def test_victims_named_one_by_one_after_their_number_are_that_number(extractor):
    e = only_event(
        extractor,
        "A Russian drone struck a garage in Brovary on Sunday, killing two people, a father and a son, the "
        "regional police said.",
    )
    assert e.fatalities == 2


def test_n_more_people_injured_in_the_next_paragraph_is_the_same_attack(extractor):
    text = (
        "A missile attack on Kursk on Saturday night killed one man, the acting governor said.\n\n"
        "Four more people were injured, two of them children, he said, adding that a boiler house in the city "
        "had been hit."
    )
    e = only_event(extractor, text)
    assert (e.fatalities, e.injured) == (1, 4)


def test_a_toll_update_with_the_whole_attack_told_before_its_figure(extractor):
    text = (
        "The death toll from a combined Russian missile and drone attack on the northeastern Ukrainian city of "
        "Kharkiv on Wednesday night climbed to eleven as rescue teams recovered three more bodies, the regional "
        "governor said."
    )
    e = only_event(extractor, text)
    assert e.fatalities == 11


TETKINO = (51.27, 34.29)  # a border village of the Kursk region, some 180 km from Kursk


def test_the_town_the_wounded_were_taken_to_is_not_where_they_were_hurt(extractor):
    """'... taken to hospital in Kursk': where the wounded went, so their figure stays with the village just
    told, not with an earlier event near that city (here the region's, whose centre is the city)."""
    found = events(
        extractor,
        "Ukrainian drones attacked the Kursk region on Monday, the governor said.\n\n"
        "Later that day, artillery fire on the village of Tetkino killed a man. Four others were also wounded "
        "there and taken to hospital in Kursk.",
    )
    assert [(e.fatalities, e.injured) for e in found if is_at(e, *TETKINO)] == [(1, 4)]
    assert all(e.injured is None for e in found if not is_at(e, *TETKINO))


def test_a_toll_told_of_a_citys_districts_is_the_citys(extractor):
    e = only_event(
        extractor,
        "Russian drones hit Kharkiv overnight, killing two people and wounding seven in the Saltivskyi and "
        "Slobidskyi districts, Mayor Ihor Terekhov said.",
    )
    assert (e.location, e.fatalities, e.injured) == ("Kharkiv", 2, 7)


def test_a_figure_revised_later_in_the_sentence_is_the_revised_one(extractor):
    e = only_event(
        extractor,
        "A ballistic missile struck a warehouse in Kyiv on Monday, the city administration said. The mayor first "
        "put the number of injured at eight, then raised it to 13 by midday.",
    )
    assert e.injured == 13
    assert [
        c.n for c in find_counts("Officials put the number of dead at 12 but later revised it down to 10.")
    ] == [10]


def test_a_nearby_town_named_as_such_has_its_own_event_however_close(extractor):
    """Vyshneve lies some 13 km from central Kyiv: 'the nearby town of' says it is a place of its own."""
    found = events(
        extractor,
        "A drone hit an apartment block in Kyiv, wounding three people, the city's military administration said. "
        "A man was also hurt by falling debris in the nearby town of Vyshneve.",
    )
    by = {e.location: e for e in found}
    assert by["Kyiv"].injured == 3 and by["Vyshneve"].injured == 1, {k: e.injured for k, e in by.items()}


def test_a_war_wide_toll_with_a_dated_aside_is_no_event(extractor):
    """'The conflict, which erupted when ... on April 15, 2023, has killed more than 40,000': the war's count,
    its aside (commas and all) telling how it began; neither the toll nor the recalled attack is an event."""
    text = (
        "The conflict, which erupted when the RSF attacked army bases in Khartoum on April 15, 2023, has killed "
        "more than 40,000 people, according to United Nations estimates."
    )
    assert events(extractor, text, published="2026-01-09") == []


def test_a_later_toll_goes_on_with_the_place_that_had_victims_not_the_one_only_damaged(extractor):
    """'... damaged a substation in Sumy and a drone hit a house in Okhtyrka, killing one. Six more were
    injured.': the six are Okhtyrka's, not Sumy's too."""
    text = (
        "Officials said the attack damaged a substation in Sumy and that a drone hit a house in Okhtyrka, "
        "killing one man. Six more people were injured, the regional governor said."
    )
    found = events(extractor, text)
    sumy = next(e for e in found if is_at(e, 50.91, 34.80))
    okhtyrka = next(e for e in found if is_at(e, 50.31, 34.90))
    assert (okhtyrka.fatalities, okhtyrka.injured) == (1, 6)
    assert (sumy.fatalities, sumy.injured) == (None, None)


def test_a_victim_told_by_ordinal_at_a_new_place_is_one_there(extractor):
    """'A third person was killed ... in Y' after two killed in X: the third died in Y, the two in X."""
    found = events(
        extractor,
        "An Israeli drone strike on a car near Nabatieh killed two men on Monday, the health ministry said. "
        "A third person was killed when a strike hit a house in Tyre.",
    )
    by = {e.location.split()[0]: e.fatalities for e in found}
    assert sorted(by.values()) == [1, 2], by


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The cyclist, 62, and his grandson were injured.", ("injured", 2)),
        ("A farmer and his two sons were killed.", ("killed", 3)),
        ("Three medics and a soldier were wounded.", ("injured", 4)),
        ("An elderly couple and their neighbour were killed.", ("killed", 3)),
        ("A teacher, a nurse and two pupils were hurt.", ("injured", 4)),
    ],
)
def test_victims_listed_one_by_one_each_count(sentence, expected):
    """Victims told as a list, the subject of one verb: each phrase counts (its number, or one for a person
    told by an article or a possessive), not just the last one the pattern of one figure would read."""
    assert [(c.what, c.n) for c in find_counts(sentence)] == [expected]


def test_a_list_of_victims_after_a_strike_is_its_toll(extractor):
    e = only_event(
        extractor,
        "A Russian drone hit a minibus in Kherson on Tuesday. The driver, 51, and two passengers were wounded.",
    )
    assert (e.fatalities, e.injured) == (None, 3)


def test_a_list_that_is_the_object_of_a_verb_before_it_is_no_subject_list():
    """'killed three people and two children were wounded': the first phrase is the victims of 'killed'."""
    counts = [
        (c.what, c.n) for c in find_counts("The shelling killed three people and two children were wounded.")
    ]
    assert ("injured", 5) not in counts and ("killed", 3) in counts


def test_a_list_with_a_vague_phrase_gives_no_number():
    assert find_counts("Two soldiers and several civilians were killed.") == []


@pytest.mark.parametrize("victims", ["traders", "vendors", "shopkeepers", "pilgrims"])
def test_market_and_road_victims_are_counted(extractor, victims):
    """A strike on a market or a road kills traders, vendors, shopkeepers or pilgrims: victim nouns like
    people (lexicons/victims.yaml), so the figure before them is the toll."""
    e = only_event(
        extractor,
        f"A drone struck the main market in Kosti on Saturday, killing eleven {victims} and wounding 30.",
    )
    assert (e.fatalities, e.injured) == (11, 30)


def test_a_pair_of_figures_joined_before_the_second_town_is_that_towns(extractor):
    text = (
        "Russian shelling on Sunday hit the Sumy region. Three people were killed and one injured in Khotin, and "
        "one person was killed and five injured in Yunakivka, the governor said."
    )
    found = events(extractor, text)
    khotin = [e for e in found if is_at(e, 51.080, 34.773)]
    yunakivka = [e for e in found if is_at(e, 51.123, 35.039)]
    assert khotin and (khotin[0].fatalities, khotin[0].injured) == (3, 1)
    assert yunakivka and (yunakivka[0].fatalities, yunakivka[0].injured) == (1, 5)


def test_the_attackers_the_troops_killed_are_the_clash_toll(extractor):
    e = only_event(
        extractor,
        "The army said gunmen had opened fire on a patrol near the village of Qabatiya, north of Jenin, and that "
        "soldiers returned fire and killed three of them.",
    )
    assert (e.event_type, e.fatalities) == ("Battles", 3), (e.location, e.event_type, e.fatalities)
