"""Follow-up sentences: a sentence that goes on about the attack just told (its missiles intercepted, its toll
told later, more victims at one more place) adds to that attack instead of making an event of its own."""

from __future__ import annotations

import pytest
from wire import events

from app.extract import Extractor
from app.extract.events.follow_up import PART_OF_TOLD, answers_the_attack


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said both missiles were intercepted over the sea.",
        "Air defences said most of the drones had been brought down before they reached the city.",
        "Officials said 40 of them were destroyed by mobile fire groups.",
        "The military said it had intercepted the missile fired from the north.",
    ],
)
def test_a_shootdown_counting_the_objects_just_told_answers_the_attack(sentence):
    assert answers_the_attack(sentence)


def test_a_shootdown_with_a_count_of_its_own_does_not_answer_the_attack():
    assert not answers_the_attack("Ukrainian forces downed 87 drones over eight regions, the air force said.")


def test_part_of_the_objects_told_before():
    assert PART_OF_TOLD.search("Air defences shot down 52 of the drones, the air force said.")
    assert not PART_OF_TOLD.search("Air defences shot down 52 drones over the Sumy region.")


def test_a_wholly_intercepted_attack_is_one_disrupted_event(extractor):
    text = (
        "The Houthis said on Tuesday they had launched a ballistic missile at the port of Eilat. "
        "The Israeli military said the missile was intercepted before it reached the city."
    )
    found = events(extractor, text)
    assert len(found) == 1, found
    assert found[0].sub_event_type == "Disrupted weapons use"


def test_a_toll_told_a_sentence_later_belongs_to_the_attack(extractor):
    text = (
        "A Russian missile struck an apartment block in Zaporizhzhia early on Wednesday, the regional governor "
        "said. Three people were killed and 12 were wounded, he said."
    )
    found = events(extractor, text)
    assert len(found) == 1, found
    assert (found[0].fatalities, found[0].injured) == (3, 12)


def test_the_other_side_downing_a_drone_after_the_hits_were_told_is_a_shoot_down_of_its_own(extractor):
    """The attacker tells what its strikes destroyed; the side attacked tells of one drone it downed: two acts at
    one place (a strike, a shoot-down), each its teller's claim. Told with no hit, the interception is the
    attack disrupted (one event)."""
    two = events(
        extractor,
        "Israel's military said its jets had struck Hezbollah positions around Nabatieh, destroying several rocket "
        "launchers. Hezbollah said its air defences had shot down an Israeli drone over the town.",
    )
    kinds = sorted((e.location, e.event_type, e.claim_status) for e in two)
    assert [k[1] for k in kinds] == ["Explosions/Remote violence", "Strategic developments"], kinds
    assert len({k[0] for k in kinds}) == 1 and {k[2] for k in kinds} == {"claimed"}, kinds
    one = events(
        extractor,
        "The Houthis said they had fired a ballistic missile at Eilat. Israel's military said it had intercepted "
        "the missile.",
    )
    assert [(e.event_type, e.sub_event_type) for e in one] == [
        ("Strategic developments", "Disrupted weapons use")
    ]


def test_deaths_a_day_later_bringing_the_toll_from_the_act_to_n_update_that_act(extractor):
    """'Two of the wounded died in hospital in Nikopol on Tuesday, bringing the death toll from the shelling to
    five': the toll of Monday's shelling told the next day (events/toll_update.py), not a second shelling."""
    found = events(
        extractor,
        "Russian artillery shelled Nikopol on Monday, killing three people and wounding eight. Two of the wounded "
        "died in hospital in Nikopol on Tuesday, bringing the death toll from the shelling to five.",
        published="2025-12-17",
    )
    assert len(found) == 1, [(e.location, e.event_date, e.fatalities) for e in found]
    assert (found[0].event_date, found[0].fatalities) == ("2025-12-15", 5), (
        found[0].event_date,
        found[0].fatalities,
    )


def test_part_of_a_countrywide_attack_downed_is_the_air_forces_own_count(extractor):
    """'Russia launched a combined attack on Ukraine overnight. The Ukrainian Air Force said ... air defences shot
    down 80 of them.': after an attack told of the whole country, the part downed is the defender's claimed
    shoot-down over it (follow_up.own_count_after_countrywide), as the seed gold codes the air force's tallies."""
    found = events(
        extractor,
        "Russia launched a combined attack on Ukraine overnight. The Ukrainian Air Force said Russian forces "
        "launched 95 drones and four missiles and that air defences shot down 80 of them.",
    )
    downed = [e for e in found if e.event_type == "Strategic developments"]
    assert len(downed) == 1 and downed[0].country_code == "UA" and downed[0].claim_status == "claimed", [
        (e.location, e.event_type, e.claim_status) for e in found
    ]
