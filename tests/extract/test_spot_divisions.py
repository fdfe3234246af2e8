"""Divisions written bare in a list before their plural word, or with the word abbreviated
(app.extract.spotting.divisions): spotted, and resolved as the divisions."""

from __future__ import annotations

from wire import extractor_in_both_modes, mentions  # noqa: F401 (the extractor fixture, both modes)

from app.extract.segment import segment
from app.extract.spotting.divisions import MAX_LISTS, division_spots


def test_every_name_of_a_county_list_is_a_county(extractor):
    text = "Schools in Forsyth, Dawson and Lumpkin counties closed on Tuesday because of ice, officials said."
    found = {m.text: m for m in mentions(extractor, text)}
    for name in ("Forsyth", "Dawson", "Lumpkin"):
        m = found.get(name)
        assert m is not None and m.name == f"{name} County" and m.admin1 == "Georgia", (name, found)


def test_an_abbreviated_county_is_spotted(gazetteer):
    text = "Deputies in Tioga Co. arrested two men on Friday."
    got = [(s.surface, s.typed) for s in division_spots(segment(text, None), gazetteer, [])]
    assert got == [("Tioga Co.", "county")], got


def test_a_name_the_gazetteer_lacks_with_the_word_is_not_spotted(gazetteer):
    text = "Officials from Quillbrook and Tioga counties met on Monday."
    got = [s.surface for s in division_spots(segment(text, None), gazetteer, [])]
    assert got == ["Tioga"], got


def test_a_text_of_thousands_of_lists_is_read_only_as_far_as_news_goes(gazetteer):
    # the lists read per article are bounded (MAX_LISTS), so a hostile text costs no more than a long article
    text = "Tioga and Clinton counties. " * 1_000
    got = division_spots(segment(text, None), gazetteer, [])
    assert len(got) == 2 * MAX_LISTS, len(got)
