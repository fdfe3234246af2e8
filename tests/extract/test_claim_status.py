"""Claim status: 'claimed' when one side's official statement is the only source, 'disputed' when the other
side denies or contradicts it in the same article, 'reported' otherwise (e.g. the victim side's officials)."""

from __future__ import annotations

import pytest
from wire import events, only_event

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
