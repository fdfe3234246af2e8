"""Event place stage: a place named only to say where another lies — the region after a facility or a town,
the region or city after '<name> district of' — qualifies that place and is no event place of its own."""

from __future__ import annotations

import pytest
from wire import events, extractor_in_both_modes, is_at, only_event  # noqa: F401 (the extractor fixture, both modes)

KHARKIV_CITY = (49.99, 36.23)
IZIUM = (49.21, 37.27)  # the town and its raion's point lie within a few km
KUPIANSK = (49.71, 37.61)


@pytest.mark.parametrize(
    "text, raion",
    [
        (
            "A glide bomb hit a farm in the Izium district of Kharkiv on Tuesday, killing a tractor driver, "
            "the regional governor said.",
            IZIUM,
        ),
        (
            "Two civilians were wounded when Russian artillery shelled the Kupiansk raion of the Kharkiv region "
            "on Tuesday, officials said.",
            KUPIANSK,
        ),
        (
            "Russian drones attacked the Izium district of Kharkiv region overnight, damaging a school.",
            IZIUM,
        ),
    ],
)
def test_a_raion_told_by_its_region_is_the_raion_not_the_regional_capital(extractor, text, raion):
    found = events(extractor, text)
    assert found, text
    assert all(is_at(e, *raion, within_km=25) for e in found), [(e.location, e.lat, e.lon) for e in found]
    assert not any(is_at(e, *KHARKIV_CITY, within_km=30) for e in found)


@pytest.mark.parametrize(
    "text, facility",
    [
        (
            "Ukrainian naval drones struck the Saky air base in Crimea on Monday night, the navy said.",
            (45.09, 33.59),  # Saky
        ),
        (
            # the gazetteer files the airfield under Sevastopol, a region of its own: only the words say
            # that Crimea here is where the airfield lies
            "Ukrainian drones hit a radar station at the Kacha airfield in Crimea on Monday night, the navy "
            "said.",
            (44.78, 33.56),  # Kacha
        ),
        (
            "Drones set fire to the Novoshakhtinsk oil refinery in Russia's Rostov region early on Tuesday, "
            "the regional governor said.",
            (47.76, 39.93),  # Novoshakhtinsk
        ),
    ],
)
def test_the_region_after_a_named_facility_only_qualifies_it(extractor, text, facility):
    found = events(extractor, text)
    assert [e.geo_precision < 3 for e in found] == [True], [(e.location, e.geo_precision) for e in found]
    assert is_at(found[0], *facility, within_km=25)


def test_a_region_struck_beside_a_town_is_still_a_place(extractor):
    """'and a village in the' is no qualifying gap: the region after it is a place struck of its own."""
    found = events(
        extractor,
        "Russian drones hit a school in Kherson and a village in the Sumy region on Tuesday, wounding four "
        "people.",
    )
    assert sorted(e.geo_precision for e in found) == [1, 3], [(e.location, e.geo_precision) for e in found]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Ukraine's navy said it had struck a Russian air-defence system near Enerhodar in occupied "
            "Zaporizhzhia on Sunday.",
            (47.50, 34.66),
        ),
        (
            "Ukrainian drones hit a Russian fuel depot outside Nova Kakhovka in occupied Kherson, the General "
            "Staff said on Sunday.",
            (46.75, 33.35),
        ),
    ],
)
def test_a_region_written_like_its_capital_after_a_town_only_qualifies_it(extractor, text, town):
    """'in occupied Zaporizhzhia' names the region the town lies in, not a second strike on the city."""
    found = events(extractor, text)
    assert len(found) == 1 and is_at(found[0], *town), [(e.location, e.lat, e.lon) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck the airport in El Fasher, the North Darfur capital, on Friday, killing three people.",
        "Artillery shelled El Fasher, capital of North Darfur state, on Friday, killing three people.",
    ],
)
def test_a_region_the_town_is_told_as_the_capital_of_only_qualifies_it(extractor, text):
    """'El Fasher, the North Darfur capital': the region says which capital the town is; one event, at the
    town (qualified._capital_of)."""
    e = only_event(extractor, text)
    assert is_at(e, 13.63, 25.35), e.location
