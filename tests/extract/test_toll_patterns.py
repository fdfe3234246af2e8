"""Toll patterns: the table find_counts reads figures with. Each pattern names what it counts and where the
figure is, and the cheap guard that skips sentences without a toll word lets through every sentence a
pattern can read."""

from __future__ import annotations

import pytest

from app.extract.numbers import find_counts
from app.extract.toll_patterns import ANY_TOLL_WORD, PATTERNS

KINDS = {"killed", "injured", "and", "part"}


def test_every_pattern_counts_a_known_kind_and_captures_the_figure():
    for what, pat in PATTERNS:
        assert what in KINDS, (what, pat.pattern[:60])
        assert "n" in pat.groupindex, (what, pat.pattern[:60])


@pytest.mark.parametrize(
    "sentence",
    [
        "Shelling on the outskirts of Kupiansk killed four people and wounded eleven, the governor said.",
        "Five more bodies were pulled from the collapsed building on Sunday, rescuers said.",
        "The death toll from Friday's strike on the depot had risen to twenty-two by the evening.",
        "The 58-year-old tractor driver was wounded when his vehicle hit a mine near the village.",
        "Medics said 14 people were taken to hospital after the drone attack on the market.",
        "A nurse and her son were killed when the rocket hit their flat in the port city.",
    ],
)
def test_the_guard_lets_through_every_sentence_a_pattern_reads(sentence):
    assert any(pat.search(sentence) for _, pat in PATTERNS), sentence
    assert ANY_TOLL_WORD.search(sentence), sentence
    assert find_counts(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The two delegations met for four hours in Geneva and agreed to meet again in March.",
        "Grain exports through the three Black Sea ports rose by nine percent in November.",
    ],
)
def test_sentences_without_a_toll_word_have_no_figure(sentence):
    assert not ANY_TOLL_WORD.search(sentence)
    assert find_counts(sentence) == []
