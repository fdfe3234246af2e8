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
