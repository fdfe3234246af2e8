"""Numbers: fatalities and injured from the words of the report, in words or digits; null when the text
gives no figure, zero when it says nobody was hurt."""

from __future__ import annotations

import pytest
from wire import only_event

from app.extract import Extractor
from app.extract.numbers import find_counts


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def toll(extractor, text: str) -> tuple[int | None, int | None]:
    e = only_event(extractor, text)
    return e.fatalities, e.injured


def test_killing_and_wounding_in_words(extractor):
    text = "A Russian missile struck Kharkiv, killing two people and wounding nine, the mayor said."
    assert toll(extractor, text) == (2, 9)


def test_killed_a_woman_is_one_death(extractor):
    assert toll(extractor, "A Russian drone killed a woman in Nikopol, the governor said.") == (1, None)


def test_age_is_not_a_count(extractor):
    text = "An 81-year-old man was killed when shells hit his house in Kherson."
    assert toll(extractor, text) == (1, None)


def test_at_least_n_wounded(extractor):
    assert toll(extractor, "Russian missiles hit Dnipro overnight, leaving at least 32 wounded.") == (
        None,
        32,
    )


def test_people_were_wounded_in_a_clause_after_a_semicolon(extractor):
    assert toll(extractor, "Russian drones struck Dnipro overnight; at least 32 people were wounded.") == (
        None,
        32,
    )


def test_including_names_a_subset_not_more_victims(extractor):
    text = "A drone attack on Sumy injured three people, including two police officers."
    assert toll(extractor, text) == (None, 3)


def test_digits_for_both_figures(extractor):
    assert toll(extractor, "Russian shelling of Kherson killed 3 people and injured 11 others.") == (3, 11)


def test_wounding_n_people(extractor):
    assert toll(extractor, "Russian drones hit an apartment block in Odesa, wounding seven people.") == (
        None,
        7,
    )


def test_figure_with_a_thousands_comma(extractor):
    assert toll(extractor, "Russian missiles struck Odesa on Monday, and 1,200 people were injured.") == (
        None,
        1200,
    )


def test_no_figure_gives_nulls(extractor):
    assert toll(extractor, "A Russian drone hit a warehouse in Izmail overnight.") == (None, None)


def test_no_injuries_reported_is_zero(extractor):
    text = "A Russian drone hit a warehouse in Izmail overnight. No injuries were reported."
    assert toll(extractor, text)[1] == 0


def test_no_one_was_injured_is_zero(extractor):
    text = "A Russian drone hit a warehouse in Izmail overnight. No one was injured, the governor said."
    assert toll(extractor, text)[1] == 0


def test_nobody_was_hurt_is_zero(extractor):
    text = "A Russian drone hit a warehouse in Izmail overnight. Nobody was hurt, the governor said."
    assert toll(extractor, text)[1] == 0


def test_figures_in_the_next_sentence_join_the_attack(extractor):
    text = "Russian missiles struck Zaporizhzhia on Monday. The attack killed four people and wounded 17."
    assert toll(extractor, text) == (4, 17)


def test_hyphenated_number_words(extractor):
    assert toll(extractor, "Russian glide bombs killed twenty-one people in Zaporizhzhia.") == (21, None)


def test_figures_go_to_the_place_they_are_about(extractor):
    from wire import events

    text = "A Russian drone killed a man in Nikopol and injured three people in Marhanets, the governor said."
    found = {e.location: (e.fatalities, e.injured) for e in events(extractor, text)}
    assert found == {"Nikopol": (1, None), "Marhanets": (None, 3)}


def test_counts_carry_their_spans():
    text = "The strike killed 14 civilians and wounded 40."
    counts = find_counts(text)
    assert [(c.what, c.n) for c in counts] == [("killed", 14), ("injured", 40)]
    for c in counts:
        assert str(c.n) in text[c.start : c.end]


def test_a_victim_and_kin_counted_in_words(extractor):
    e = only_event(extractor, "An air strike on a house in Mykolaiv killed a woman and her three daughters.")
    assert e.fatalities == 4


def test_a_victim_told_by_age_and_a_passenger_in_the_next_sentence(extractor):
    text = "A drone hit a minibus in Izium on Monday. The 52-year-old driver was wounded, and a passenger was killed."
    e = only_event(extractor, text)
    assert (e.fatalities, e.injured) == (1, 1)


def test_no_immediate_reports_of_casualties_is_a_toll_of_none():
    counts = {(c.what, c.n) for c in find_counts("There were no immediate reports of casualties.")}
    assert counts == {("killed", 0), ("injured", 0)}


def test_killing_the_driver_is_one_death(extractor):
    text = "A Russian drone struck a van on the road outside Nikopol on Sunday, killing the driver."
    assert toll(extractor, text) == (1, None)


def test_a_victim_and_his_kin_without_a_number(extractor):
    text = "Shelling hit a house in Kherson on Friday, wounding a pensioner and his wife, officials said."
    assert toll(extractor, text) == (None, 2)


def test_a_body_pulled_from_the_rubble_in_the_next_sentence_is_a_death(extractor):
    text = (
        "Russian missiles hit a dormitory in Sumy overnight, injuring eight students. Emergency workers "
        "recovered the body of a woman from the ruins on Sunday morning."
    )
    assert toll(extractor, text) == (1, 8)


def test_the_body_of_someone_was_found_is_a_death():
    counts = [(c.what, c.n) for c in find_counts("The body of a 70-year-old man was found under the debris.")]
    assert counts == [("killed", 1)]


def test_bodies_handed_over_are_no_toll():
    assert find_counts("Kyiv received the bodies of 500 soldiers in a repatriation, officials said.") == []


def test_an_aside_between_the_victims_and_the_verb():
    counts = find_counts("Three workers, two of them women, were also wounded, the mayor said.")
    assert [(c.what, c.n, c.extra) for c in counts] == [("injured", 3, True)]


def test_a_total_told_place_by_place_goes_to_each_place(extractor):
    text = (
        "Russian shelling killed four civilians in the Kherson region on Thursday, three in Kherson and one "
        "in Beryslav, the regional administration said."
    )
    tolls = {e.location: e.fatalities for e in extractor.events(article_of(text))}
    assert tolls.get("Kherson") == 3
    assert tolls.get("Beryslav") == 1


def test_parts_that_do_not_add_up_leave_the_total():
    counts = find_counts("The strikes killed six people, two in Sumy, officials said.")
    assert [(c.what, c.n) for c in counts] == [("killed", 6)]


def article_of(text: str):
    from wire import article

    return article(text)


def test_family_members_are_victims(extractor):
    text = "An Israeli drone strike on a house in Jabalia killed a mother and her three sons, the civil defence said."
    assert toll(extractor, text) == (4, None)


def test_members_of_the_household_are_counted_on_top():
    (c,) = find_counts("Two other members of the household were also wounded.")
    assert (c.what, c.n, c.extra) == ("injured", 2, True)


def test_a_victim_told_then_how_he_died():
    (c,) = find_counts("A man hit by the shrapnel later died of his injuries in hospital.")
    assert (c.what, c.n) == ("killed", 1)


def test_killed_them_counts_the_people_told_before_in_the_sentence():
    counts = find_counts("Troops spotted three gunmen approaching the fence and opened fire, killing them.")
    assert [(c.what, c.n) for c in counts] == [("killed", 3)]


def test_shot_dead_and_a_singular_soldier():
    assert [(c.what, c.n) for c in find_counts("Gunmen shot dead 11 villagers.")] == [("killed", 11)]
    assert [(c.what, c.n) for c in find_counts("A drone killed a soldier near the front.")] == [("killed", 1)]


def test_more_victims_opening_a_sentence():
    (c,) = find_counts("Five more were wounded, medics said.")
    assert (c.what, c.n, c.extra) == ("injured", 5, True)


def test_the_number_killed_in_a_strike_told_at_length_has_risen_to():
    text = (
        "The number of people killed in a Russian missile strike on an apartment block in Dnipro last month "
        "has risen to 41, officials said."
    )
    assert [(c.what, c.n) for c in find_counts(text)] == [("killed", 41)]


def test_one_victim_here_and_another_there_goes_to_each_place(extractor):
    text = "Russian shelling killed a man in Beryslav and another in Kherson on Friday, officials said."
    tolls = {e.location: e.fatalities for e in extractor.events(article_of(text))}
    assert tolls.get("Beryslav") == 1
    assert tolls.get("Kherson") == 1


def test_kin_with_a_verb_of_its_own_counts_under_that_verb(extractor):
    text = "A woman was killed and her husband was wounded when shells hit their house in Nikopol on Monday."
    assert toll(extractor, text) == (1, 1)


def test_a_singular_victim_with_its_determiner_is_one():
    counts = {(c.what, c.n) for c in find_counts("A drone hit a tractor near Kupiansk, wounding its driver.")}
    assert counts == {("injured", 1)}
    counts = {(c.what, c.n) for c in find_counts("A missile hit the lorry, killing its driver.")}
    assert counts == {("killed", 1)}


def test_plural_victims_with_a_determiner_say_no_number():
    assert find_counts("The shelling wounded the residents of two streets.") == []


def test_a_victim_told_by_age_alone(extractor):
    text = (
        "Shelling hit a playground in Kherson on Sunday, killing a 12-year-old and wounding an 80-year-old."
    )
    assert toll(extractor, text) == (1, 1)


def test_victims_told_by_age_alone_in_the_plural():
    counts = find_counts("The strike killed two 16-year-olds and injured three 9-year-olds, police said.")
    assert [(c.what, c.n) for c in counts] == [("killed", 2), ("injured", 3)]


def test_no_one_had_been_hurt_is_zero():
    counts = {(c.what, c.n) for c in find_counts("The governor said no one had been hurt in the attack.")}
    assert counts == {("killed", 0), ("injured", 0)}


def test_the_day_of_a_date_is_no_toll():
    counts = {
        (c.what, c.n) for c in find_counts("A drone attack overnight on Jan. 9 killed a 70-year-old woman.")
    }
    assert counts == {("killed", 1)}


def test_victims_named_among_a_toll_are_not_more_victims():
    # the 27 wounded include the newborn and the boy: one figure, not 27 + 1
    counts = find_counts("The number of wounded rose to 27, among them a newborn and a 7-year-old boy.")
    assert [(c.what, c.n) for c in counts] == [("injured", 27)]


def test_a_victim_with_the_age_after_the_noun(extractor):
    text = "A woman aged 64 was killed when a Russian drone hit her house in Marhanets, the governor said."
    assert toll(extractor, text) == (1, None)


def test_a_victim_and_kin_before_one_verb_are_two(extractor):
    text = "Russian missiles struck Bila Tserkva overnight. A 52-year-old man and his daughter were killed."
    assert toll(extractor, text) == (2, None)


def test_the_wounded_told_as_in_hospital(extractor):
    text = "A Russian drone hit a bus in Nikopol. The bodies of three people were found and five others were in hospital."
    assert toll(extractor, text) == (3, 5)


def test_passers_by_and_an_employee_are_victims(extractor):
    assert toll(extractor, "Shelling hit a bakery in Kherson. Three passers-by were also wounded.") == (
        None,
        3,
    )
    text = "Ukrainian drones struck a plant in Novoshakhtinsk and one employee was injured, officials said."
    assert toll(extractor, text) == (None, 1)


@pytest.mark.parametrize(
    "sentence, what",
    [
        ("Her son was wounded by shrapnel and taken to hospital.", "injured"),
        ("A pensioner living across the street was also injured.", "injured"),
        ("The driver, a 51-year-old man, suffered shrapnel wounds to his arms.", "injured"),
        ("His wife was killed when the roof collapsed.", "killed"),
    ],
)
def test_one_person_told_by_who_they_are_is_one_victim(sentence, what):
    assert [(c.what, c.n) for c in find_counts(sentence)] == [(what, 1)]


def test_a_governor_s_post_counts_each_victim_told_in_turn(extractor):
    text = (
        "In the village of Tetkino, a drone struck a private house on Sunday. A woman died on the spot. Her "
        "husband was wounded by shrapnel. A neighbour living next door was also injured."
    )
    assert toll(extractor, text) == (1, 2)


def test_one_of_a_nationality_is_one_victim():
    counts = find_counts("Troops raided the camp, and one Palestinian was killed and three others were hurt.")
    assert [(c.what, c.n) for c in counts] == [("killed", 1), ("injured", 3)]


def test_a_source_joined_by_and_after_the_figure_is_no_victim():
    text = (
        "The shelling killed six people and wounded about 20, according to the health office and a local "
        "aid worker."
    )
    assert [(c.what, c.n) for c in find_counts(text)] == [("killed", 6), ("injured", 20)]


def test_a_victim_told_by_whose_kin_they_are_is_one():
    counts = find_counts("The driver's wife was also injured, the hospital said.")
    assert [(c.what, c.n) for c in counts] == [("injured", 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Militia commanders said their men beat back the raid near Kutum, killing dozens of fighters.",
        "Several firefighters were hurt when the roof of the depot collapsed.",
        "A few passers-by were wounded by flying glass, police said.",
        "Dozens of civilians were killed in the shelling, according to a local monitor.",
    ],
)
def test_a_vague_quantity_is_a_toll_of_no_number(sentence):
    """'Dozens', 'several', 'a few' give no figure (the seed gold and every wire set code them None): a guess
    such as 24 or 3 would draw a wrong number on the map, and 'a few people' is not one person."""
    assert find_counts(sentence) == []


def test_a_vague_quantity_beside_an_exact_one_leaves_the_exact_one(extractor):
    text = "A guided bomb hit a market in Kostiantynivka on Monday, killing four people and wounding several."
    assert toll(extractor, text) == (4, None)


def test_a_dozen_is_twelve():
    assert [(c.what, c.n) for c in find_counts("The blast killed a dozen workers at the plant.")] == [
        ("killed", 12)
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Two rescuers were seriously injured when the second drone struck.", ("injured", 2)),
        ("A Ukrainian serviceman was lightly wounded by shrapnel.", ("injured", 1)),
        ("The blast left three workers badly hurt.", ("injured", 3)),
        ("One nurse was critically wounded, the hospital said.", ("injured", 1)),
    ],
)
def test_how_badly_the_wounded_were_hurt_stands_between_was_and_the_verb(sentence, expected):
    """'lightly', 'seriously', 'critically' (injury_degrees in lexicons/tolls.yaml) keep the figure."""
    assert [(c.what, c.n) for c in find_counts(sentence)] == [expected]


def test_a_crowd_after_and_is_no_extra_victim():
    """'killed 30 people when a drone hit a school and a crowd of shoppers': the crowd is among the 30, not one
    more (numbers._COLLECTIVE); 'killed a man and a boy' still adds."""
    counts = find_counts(
        "At least 30 people were killed when a drone hit a school and a crowd of shoppers in Kosti."
    )
    assert sum(c.n for c in counts if c.what == "killed") == 30
    counts = find_counts("Shelling killed a man and a boy in Kosti on Monday.")
    assert sum(c.n for c in counts if c.what == "killed") == 2
