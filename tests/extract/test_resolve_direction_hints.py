"""Where front reports and assessments place a village: 'Novoselivka (northwest of Lyman)', and a General Staff
heading 'In the Lyman direction, ... near Novoselivka' (qualifiers._near_told): the namesake near that town,
not a bigger one elsewhere in the country."""

from __future__ import annotations

from wire import events, extractor_in_both_modes, is_at  # noqa: F401 (the extractor fixture, both modes)

NOVOSELIVKA_BY_LYMAN = (49.07, 37.70)


def test_a_village_placed_in_parentheses_by_a_direction_is_the_one_near_that_town(extractor):
    found = events(
        extractor,
        "The Russian Ministry of Defense claimed on Tuesday that Russian forces seized Novoselivka (northwest of "
        "Lyman). ISW has not observed confirmation of this claim.",
    )
    assert any(is_at(e, *NOVOSELIVKA_BY_LYMAN) for e in found), [(e.location, e.lat, e.lon) for e in found]


def test_a_direction_heading_places_the_villages_of_its_sentence(extractor):
    found = events(
        extractor,
        "In the Lyman direction, Ukrainian defenders repelled five enemy assaults near Lyman and Novoselivka.",
    )
    assert any(is_at(e, *NOVOSELIVKA_BY_LYMAN) for e in found), [(e.location, e.lat, e.lon) for e in found]


def test_a_stated_distance_gives_no_hint_the_distance_checker_would_then_confirm(extractor):
    """'Novoselivka, about 10 km northwest of Lyman': a distance claim that app/extract/claims checks against
    every namesake pair; letting it choose the namesake would make the check confirm itself."""
    from app.extract.qualifiers import _DIRECTION_AFTER

    assert _DIRECTION_AFTER.match(", about 10 km northwest of Lyman, was captured.") is None
    assert _DIRECTION_AFTER.match(" (northwest of Lyman).") is not None


IVANIVKA_EAST_OF_DNIPRO = (48.10, 36.63)
NOVOSELIVKA_BY_POLTAVA = (49.63, 34.69)


def test_an_apposition_with_distance_and_bearing_chooses_the_namesake_at_that_point(extractor):
    """'Ivanivka, a village about 125 km east of Dnipro': a figure and a compass point from a town name one
    spot (qualifiers._bearing_told); of the country's twenty-odd Ivanivkas the one there is meant."""
    found = events(
        extractor,
        "Russian artillery shelled Ivanivka, a village about 125 km east of Dnipro, on Monday, damaging a "
        "school and two houses, the regional governor said.",
    )
    assert any(is_at(e, *IVANIVKA_EAST_OF_DNIPRO) for e in found), [(e.location, e.lat, e.lon) for e in found]


def test_a_short_distance_and_bearing_in_miles_also_chooses(extractor):
    found = events(
        extractor,
        "A drone hit a grain store in Novoselivka, a village some 7 miles east of Poltava, overnight, officials "
        "said. Nobody was hurt.",
    )
    assert any(is_at(e, *NOVOSELIVKA_BY_POLTAVA) for e in found), [(e.location, e.lat, e.lon) for e in found]


def test_a_distance_with_a_bearing_is_read_but_one_without_is_left_to_the_checker():
    from app.extract.qualifiers import _bearing_apposition

    assert _bearing_apposition().match(", a village some 100 km south-east of Dnipro, was hit") is not None
    assert _bearing_apposition().match(", a village some 100 km from Dnipro, was hit") is None
