"""Matching stages: a written name is looked up exactly (or as an alias) first, then as a romanisation
variant, then as a misspelling, and the first stage that finds anything is the answer."""

from __future__ import annotations

from app.geocode.candidate import Hints
from app.geocode.matching import match, with_evidence


def stages(gazetteer, name: str, **kw) -> set[str]:
    return {stage.split(":")[0] for _i, stage, _key in match(gazetteer, name, **kw)}


def test_a_name_written_as_the_gazetteer_has_it_is_matched_exactly(gazetteer):
    assert "exact" in stages(gazetteer, "Kramatorsk")
    assert "fuzzy" not in stages(gazetteer, "Kramatorsk")


def test_a_misspelling_is_matched_only_when_fuzzy_is_asked(gazetteer):
    assert stages(gazetteer, "Kramatorks") == {"fuzzy"}
    assert match(gazetteer, "Kramatorks", fuzzy=False) == []


def test_a_leading_phrase_is_stripped_after_the_whole_form_is_tried(gazetteer):
    found = match(gazetteer, "the city of Kharkiv")
    assert found and all(key == "kharkiv" for _i, _stage, key in found)


def test_a_short_misspelling_needs_a_qualifier_as_evidence(gazetteer):
    found = match(gazetteer, "Izuym")  # Izium, one letter swapped, five letters long
    assert found and all(stage.startswith("fuzzy") for _i, stage, _key in found)
    assert with_evidence(gazetteer, found, Hints()) == []
    assert with_evidence(gazetteer, found, Hints(country="UA")) == found
