"""The event lexicons are data: every file loads, every entry compiles, and an entry added to a list is
matched by the stage that reads it (no code change)."""

from __future__ import annotations

import re

import pytest

from app.extract.events import lexicons
from app.extract.events.trigger import TRIGGERS, find_trigger
from app.extract.model import EVENT_TYPES

FILES = ("triggers", "acts", "victims", "attribution", "denial", "belligerents")


@pytest.mark.parametrize("name", FILES)
def test_every_lexicon_entry_compiles(name):
    data = lexicons.load(name)
    lists = [v for v in data.values() if isinstance(v, list)]
    lists += [spec["words"] for spec in data.values() if isinstance(spec, dict) and "words" in spec]
    for theatre in data.get("theatres", {}).values():
        lists += list(theatre.values())
    assert lists, name
    for entries in lists:
        for entry in entries:
            re.compile(lexicons.fragment(entry))


def test_a_plain_phrase_matches_with_any_white_space_and_is_escaped():
    pat = re.compile(lexicons.fragment("air raid"), re.I)
    assert pat.fullmatch("Air   raid")
    assert re.compile(lexicons.fragment("a.b")).fullmatch("a.b")
    assert not re.compile(lexicons.fragment("a.b")).fullmatch("axb")


def test_trigger_types_are_acled_types():
    for _name, etype, stype, _pat in TRIGGERS:
        assert stype in EVENT_TYPES[etype]


def test_a_trigger_word_added_to_the_data_codes_a_sentence(monkeypatch):
    import app.extract.events.trigger as trigger

    sentence = "A loitering munition struck a fuel depot in the town overnight."
    find_trigger.cache_clear()
    before = find_trigger(sentence)
    assert before is None or before.kind != "air"
    original = lexicons.load("triggers")
    data = {k: dict(v) for k, v in original.items()}
    data["air"]["words"] = [*data["air"]["words"], "loitering munitions?"]
    monkeypatch.setattr(trigger, "load", lambda name: data)
    monkeypatch.setattr(trigger, "TRIGGERS", trigger._load_triggers())
    trigger.find_trigger.cache_clear()  # answers are cached per sentence
    try:
        found = trigger.find_trigger(sentence)
    finally:
        trigger.find_trigger.cache_clear()
    assert found is not None and found.kind == "air"
