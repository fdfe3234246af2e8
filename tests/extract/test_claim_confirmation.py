"""Claim status across the bullets of a key-events digest: a strike claimed by one side and confirmed or
denied by officials of the side hit in the next bullet, a denial that answers only one of two villages, and the
agencies that speak for a side (tests/extract/wire_set11.py drove these)."""

from __future__ import annotations

import pytest
from wire import events, only_event

from app.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def _digest(*bullets: str) -> str:
    return "Key events\n\n" + "".join(f"  • {b}\n" for b in bullets)


def test_the_sbu_claiming_its_own_strike_is_claimed(extractor):
    e = only_event(
        extractor,
        "The SBU said its long-range drones had struck an oil depot in Russia's Bryansk region. Moscow did not "
        "comment.",
    )
    assert e.claim_status == "claimed"


def test_officials_of_the_side_hit_confirming_the_facility_make_it_reported(extractor):
    found = events(
        extractor,
        _digest(
            "Ukraine's General Staff said its drones had struck the Ryazan oil refinery overnight.",
            "The Ryazan regional governor's office confirmed that a fire had broken out at the refinery.",
        ),
    )
    assert [(e.location, e.claim_status) for e in found if e.event_type != "Strategic developments"] == [
        (found[0].location, "reported")
    ]
    assert len(found) == 1


def test_a_denial_in_the_next_bullet_beside_a_governors_title_disputes_the_strike(extractor):
    found = events(
        extractor,
        _digest(
            "Ukraine's General Staff said it had hit the Millerovo air base in Russia's Rostov region.",
            "Russia's defence ministry denied that the air base had been hit, and Rostov Governor Yuri Slyusar "
            "said there was no damage.",
        ),
    )
    assert [(e.claim_status, e.disputed_by) for e in found] == [("disputed", "Russia")]


def test_a_village_left_unanswered_stays_claimed_while_the_one_denied_is_disputed(extractor):
    found = events(
        extractor,
        _digest(
            "Russia's defence ministry said its forces had captured Torske in the Donetsk region and Pishchane "
            "in the Kharkiv region.",
            "Ukraine's army did not comment on Pishchane but said the report about Torske was false, adding "
            "that its troops were still holding the village.",
        ),
    )
    by_place = {e.location: e.claim_status for e in found}
    assert sorted(by_place.values()) == ["claimed", "disputed"], by_place


def test_officials_of_the_town_hit_counting_its_injured_confirm_the_attackers_claim(extractor):
    e = only_event(
        extractor,
        "Ukraine's navy said its sea drones had struck an oil terminal in Tuapse. Officials in the Black Sea "
        "resort town said three people were injured.",
    )
    assert (e.claim_status, e.injured) == ("reported", 3)


@pytest.mark.parametrize(
    "confirmation",
    [
        # the governor named with his seat before his title
        "Lipetsk Governor Igor Artamonov confirmed that an industrial site in the city had been damaged.",
        # a governor who names no place: the official of the place just told
        "Governor Igor Artamonov confirmed that an industrial site had been damaged and that nobody was hurt.",
    ],
)
def test_a_governor_confirming_a_damaged_site_makes_the_claimed_strike_reported(extractor, confirmation):
    found = events(
        extractor,
        "Ukraine's General Staff said its drones had hit a steel plant in the Russian city of Lipetsk overnight. "
        + confirmation,
    )
    strikes = [e for e in found if e.event_type == "Explosions/Remote violence"]
    assert [(e.location, e.claim_status) for e in strikes] == [("Lipetsk", "reported")]


def test_a_governor_confirming_only_that_drones_were_downed_leaves_the_claim(extractor):
    found = events(
        extractor,
        "Ukraine's General Staff said its drones had hit a steel plant in the Russian city of Lipetsk overnight. "
        "Governor Igor Artamonov confirmed that several drones had been shot down over the region.",
    )
    strikes = [e for e in found if e.event_type == "Explosions/Remote violence"]
    assert [e.claim_status for e in strikes] == ["claimed"]


def test_officials_who_have_not_confirmed_any_damage_leave_the_claim(extractor):
    found = events(
        extractor,
        "Ukraine's General Staff said its drones had hit a steel plant in the Russian city of Lipetsk overnight. "
        "Lipetsk regional authorities have not confirmed any damage.",
    )
    strikes = [e for e in found if e.event_type == "Explosions/Remote violence"]
    assert [e.claim_status for e in strikes] == ["claimed"]


def test_a_regions_operational_headquarters_confirming_the_fire_makes_the_claim_a_report(extractor):
    text = (
        "Ukraine's General Staff said on Friday its drones had hit the oil refinery in Saratov. The regional "
        "operational headquarters said falling debris had set fire to storage tanks at the plant and that no one "
        "was hurt."
    )
    e = only_event(extractor, text)
    assert (e.claim_status, e.disputed_by) == ("reported", None)


def test_a_governor_telling_debris_set_the_refinery_on_fire_confirms_that_refinery(extractor):
    """The governor of the region hit says debris of a downed drone started a fire at 'the refinery' told two
    paragraphs before: that strike is reported, his 'no one was hurt' is its toll, and his title's region makes
    no shoot-down of its own; the other refinery, in another region, stays the attacker's claim."""
    text = (
        "Ukraine's General Staff said its drones struck the Saratov oil refinery and the Afipsky refinery in "
        "Krasnodar Krai overnight.\n\n"
        "The Saratov plant processes about 7 million tons of crude a year, the General Staff said.\n\n"
        "Saratov Oblast Governor Roman Busargin said debris from a downed drone had caused a fire at the "
        "refinery. No one was injured, he said.\n"
    )
    found = {e.location: e for e in events(extractor, text)}
    assert set(found) == {"Saratov refinery", "Afipsky refinery"}
    saratov, afipsky = found["Saratov refinery"], found["Afipsky refinery"]
    assert (saratov.claim_status, saratov.fatalities, saratov.injured) == ("reported", 0, 0)
    assert afipsky.claim_status == "claimed"


def test_debris_at_an_unnamed_site_confirms_nothing(extractor):
    """'a fire at an industrial site' points back at no facility told before (the seed's Tula bullet)."""
    found = events(
        extractor,
        _digest(
            "Ukraine's General Staff said its drones struck the Saratov oil refinery overnight.",
            "Saratov Oblast Governor Roman Busargin said debris from a downed drone had caused a fire at an "
            "industrial site.",
        ),
    )
    assert {e.claim_status for e in found if e.location == "Saratov refinery"} == {"claimed"}
