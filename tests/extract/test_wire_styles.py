"""Eight wire-style articles in styles and wars the seed corpus does not have (tests/extract/wire_styles.py):
every gold event found with its type, toll, claim status and who disputes it, and nothing invented — in both
recogniser modes. The coder's score on these before issue 11's generalisation work is in the README."""

from __future__ import annotations

import pytest
from wire import extractor_in_both_modes  # noqa: F401 (the extractor fixture, once per recogniser mode)
from wire_styles import ARTICLES, match, wrong_fields

from app.extract.model import Article


def _code(extractor, name: str):
    published, text, gold = ARTICLES[name]
    title = text.split("\n", 1)[0]
    found = extractor.events(Article(id=name, text=text, title=title, published=published))
    return gold, found


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_each_gold_event_is_found_with_its_fields(extractor, name):
    gold, found = _code(extractor, name)
    pairs, _invented = match(gold, found)
    missed = [g for g, e in pairs if e is None]
    assert not missed, missed
    wrong = {f"{e.location} ({e.event_date})": wrong_fields(g, e) for g, e in pairs if wrong_fields(g, e)}
    assert not wrong, wrong


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_nothing_is_invented(extractor, name):
    gold, found = _code(extractor, name)
    _pairs, invented = match(gold, found)
    assert not invented, [(e.location, e.event_type, e.notes[:80]) for e in invented]
