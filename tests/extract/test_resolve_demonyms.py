"""A people's or a place's word handed in as a place (a benchmark's gold span) is the place it is formed from, by
the regular English endings (app.extract.qualifiers.demonym_bases), for the words DEMONYMS does not list."""

from __future__ import annotations

from wire import article, extractor_in_both_modes, resolve_names  # noqa: F401 (the extractor fixture, both modes)

from app.extract.qualifiers import demonym_bases


def test_the_endings_give_the_names_a_word_is_formed_from():
    assert demonym_bases("south ossetians")[0] == "south ossetia"
    assert "palestine" in demonym_bases("palestinian")
    assert demonym_bases("dagestani") == ["dagestan"]
    assert demonym_bases("cypriot") == []  # irregular: no ending to read


def test_a_people_s_word_handed_in_as_a_place_is_the_place_it_is_formed_from(extractor):
    text = (
        "Sri Lankan troops and Maltese sailors joined the exercise, and two Londoners watched from the shore."
    )
    got = resolve_names(extractor, text, ["Sri Lankan", "Maltese", "Londoners"])
    assert got["Sri Lankan"].name == "Sri Lanka", got["Sri Lankan"]
    assert got["Maltese"].name == "Malta", got["Maltese"]
    assert got["Londoners"].name == "London" and got["Londoners"].country_code == "GB", got["Londoners"]


def test_a_word_that_only_looks_like_a_people_s_word_finds_nothing(extractor):
    # "Dorian" would be formed from "Doria" or "Dore": no country, region or great city bears those names
    text = "The storm, named Dorian by forecasters, weakened over open water."
    assert resolve_names(extractor, text, ["Dorian"])["Dorian"] is None
