"""app.extract.ner_worker: which parts of a spaCy model the recogniser needs, and the program of the helper
process that runs the model beside the gazetteer work (app.extract.ner_process starts it).

It imports only the standard library (spaCy when it loads the model), so the helper starts as a bare script
(`python -P ner_worker.py MODEL`) without importing the gazetteer and the rest of conflictmap.

Protocol, one JSON document a line. The helper's first line is {"ready": "<lang_name-version>"} once the model
is loaded, or {"error": "spacy" | "model"} when spaCy or the model is not installed. Then each request line
{"id": n, "text": "..."} on stdin is answered, in order, by {"id": n, "ents": [[start, end, label], ...]}
(character offsets into the text, spaCy's labels). The helper ends when its stdin closes.
"""

from __future__ import annotations

import importlib.util
import json
import queue
import signal
import sys
import threading
from pathlib import Path

# Used when a model's config cannot be read: everything but the recogniser and a shared embedding layer.
_SKIP = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer", "textcat"]
_SHARED_EMBEDDERS = ("tok2vec", "transformer")


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


def load_pipeline(name: str):
    """spaCy's pipeline `name` reduced to its recogniser. ImportError without spaCy, OSError without the model."""
    import spacy

    config = {}
    path = _config_path(name)
    if path is not None and (path.parent / "tokenizer").is_file():
        # spaCy builds the language's default tokenizer (2,694 special cases), then replaces all of it with the
        # model's saved one: built empty first, the tokenizer is the saved one all the same (its serialised
        # bytes, vocab aside, are equal; a test compares them) and loading takes a quarter less time.
        _register_unfilled_tokenizer()
        config = {"nlp": {"tokenizer": {"@tokenizers": _UNFILLED}}}
    return spacy.load(name, exclude=unused_pipes(name), config=config)


_UNFILLED = "conflictmap.unfilled_tokenizer.v1"


def _register_unfilled_tokenizer() -> None:
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    if _UNFILLED not in registry.tokenizers:

        @registry.tokenizers(_UNFILLED)
        def unfilled():
            return lambda nlp: Tokenizer(nlp.vocab)


def entity_spans(nlp, text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each entity of `text`, character offsets: nlp(text)'s, computed faster.

    spaCy's greedy decoder (`Parser.greedy_parse`) releases the GIL for its loop, and its compiled
    transition checks then take it back and give it up again several times per token and action: a third of
    the recogniser's time in mutex calls (perf). Stepping the same decoder from Python, as spaCy's own
    training does (`ParserStepModel.predict` for the scores, `Parser.transition_states` for the moves),
    keeps the GIL throughout; it makes the same BLAS calls and float additions in the same order and picks the
    same moves, so the entities are the same (tests compare the two), in about three quarters of the CPU time.
    Any other pipeline is run as nlp(text)."""
    ner = _stepped_recogniser(nlp)
    doc = nlp.make_doc(text)
    if ner is None or not len(doc):
        doc = nlp(doc) if ner is None else ner(doc)
    else:
        states = ner.moves.init_batch([doc])
        step_model = ner.model.predict([doc])
        todo = [s for s in states if not s.is_final()]
        while todo:
            todo = ner.transition_states(todo, step_model.predict(todo))
        step_model.clear_memory()
        ner.set_annotations([doc], states)
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


_STEPPED: dict[int, object] = {}


def _stepped_recogniser(nlp):
    """The pipeline's one component when it is a greedy transition-based recogniser (what entity_spans
    steps), else None."""
    key = id(nlp)
    if key not in _STEPPED:
        from spacy.pipeline import EntityRecognizer
        from thinc.api import set_dropout_rate

        only = nlp.pipeline[0][1] if len(nlp.pipeline) == 1 else None
        ok = isinstance(only, EntityRecognizer) and only.cfg.get("beam_width", 1) == 1
        if ok:
            set_dropout_rate(only.model, 0.0)  # as greedy_parse does before each batch
        _STEPPED[key] = only if ok else None
    return _STEPPED[key]


def pipeline_name(nlp) -> str:
    return f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"


def serve(name: str, requests, replies) -> None:
    """The helper's loop: `requests` and `replies` are binary streams (stdin and stdout)."""
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    # Requests are drained as they come, while spaCy loads, so the parent never waits on a full pipe.
    threading.Thread(target=_drain, args=(requests, inbox), daemon=True).start()

    def send(obj) -> None:
        replies.write(json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n")
        replies.flush()

    try:
        nlp = load_pipeline(name)
    except ImportError:
        send({"error": "spacy"})
        return
    except OSError:
        send({"error": "model"})
        return
    send({"ready": pipeline_name(nlp)})
    while (req := inbox.get()) is not None:
        send({"id": req["id"], "ents": [list(e) for e in entity_spans(nlp, req["text"])]})


def _drain(requests, inbox: queue.SimpleQueue) -> None:
    try:
        for line in requests:
            inbox.put(json.loads(line))
    finally:
        inbox.put(None)


def _without_spacy_cli() -> None:
    """spaCy's __init__ imports its command line (typer, requests, jinja2, weasel: 0.14 s of the 0.45 s
    import, on the helper's critical path) only to export `spacy.info`; the helper never calls it. Only the
    helper process does this: in any other process a later `import spacy.cli` must get the real one."""
    import types

    def info(*_args, **_kwargs):
        raise RuntimeError("spacy.info is not loaded in conflictmap's NER helper process")

    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so `from .cli.info import info` finds the submodule below
    cli_info = types.ModuleType("spacy.cli.info")
    cli_info.info = info
    cli.info = cli_info
    sys.modules.setdefault("spacy.cli", cli)
    sys.modules.setdefault("spacy.cli.info", cli_info)


def main(argv: list[str]) -> int:
    _without_spacy_cli()
    # Ctrl-C reaches the whole process group: the parent handles it and ends the helper, which must not
    # print a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    replies = sys.stdout.buffer
    sys.stdout = sys.stderr  # whatever spaCy prints must not mix with the replies
    try:
        serve(argv[1], sys.stdin.buffer, replies)
    except BrokenPipeError:  # the parent went away
        return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
