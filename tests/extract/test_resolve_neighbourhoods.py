"""A name told as a part of a city (app.extract.neighbourhoods) is in that city: a namesake near the city, else
the city itself at geo_precision 2, never a namesake in another country."""

from __future__ import annotations

from wire import KHARKIV, extractor_in_both_modes, is_at, mentions  # noqa: F401 (the extractor fixture)

GAZA_CITY = (31.50, 34.47)


def _mention(extractor, text: str, surface: str):
    found = [m for m in mentions(extractor, text) if m.text == surface]
    assert len(found) == 1, [(m.text, m.country_code) for m in mentions(extractor, text)]
    return found[0]


def test_a_neighbourhood_the_gazetteer_lacks_is_placed_in_its_city_not_abroad(extractor):
    text = (
        "Residents said tanks had pushed deeper into the Zeitoun quarter of Gaza City overnight, forcing "
        "hundreds of families to flee westwards."
    )
    m = _mention(extractor, text, "Zeitoun")
    assert m.country_code == "PS" and is_at(m, *GAZA_CITY, within_km=10)
    assert m.geo_precision == 2  # somewhere in the city, not a point of its own


def test_a_district_the_gazetteer_has_near_its_city_keeps_its_own_point(extractor):
    m = _mention(
        extractor,
        "A guided bomb damaged a clinic in the Saltivskyi district of Kharkiv on Friday.",
        "Saltivskyi",
    )
    assert is_at(m, *KHARKIV, within_km=15) and m.name == "Saltivskyi district"  # not swapped for the city


def test_a_raion_of_a_named_region_is_not_a_part_of_a_city_cut_from_the_regions_name(extractor):
    """'the Bucha district of the Kyiv region': the region's name is read whole, never as a city 'Kyi' (a
    village in Myanmar) followed by 'v region'."""
    m = _mention(
        extractor, "In the Bucha district of the Kyiv region, a drone hit a warehouse on Monday.", "Bucha"
    )
    assert m.country_code == "UA"
