"""Where the NER helper's time goes on the 20 seed articles (read at run time from ../shared/corpus/seed):
a fresh interpreter imports spaCy, loads the recogniser and runs it over all 20, once with spaCy's own call
(nlp(text)) and once with the decoder stepped from Python (ner_worker.entity_spans, what the CLI's helper
runs); CPU seconds of each stage, best of 5. Both must give the same entities. `make bench` runs it with
--benchmark-enable; the normal suite runs it once, untimed."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest
from test_bench_extract import seed_articles

from app.extract import ner_worker
from app.extract.ner import model_name

# The helper's own steps, in a new interpreter started as the CLI starts the helper (-P, the script by path).
_STAGES = r"""
import importlib.util, json, sys, time
spec = importlib.util.spec_from_file_location("ner_worker", sys.argv[1])
w = importlib.util.module_from_spec(spec)
spec.loader.exec_module(w)
w._without_spacy_cli()
texts = json.loads(open(sys.argv[3], encoding="utf-8").read())
clock = time.process_time
t0 = clock()
import spacy
t1 = clock()
nlp = w.load_pipeline(sys.argv[2])
t2 = clock()
if sys.argv[4] == "stepped":
    ents = [w.entity_spans(nlp, t) for t in texts]
else:
    ents = [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts]
t3 = clock()
print(json.dumps({"import_s": t1 - t0, "load_s": t2 - t1, "ner_s": t3 - t2, "ents": ents}))
"""


def _stages(texts_path, model: str, how: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-P", "-c", _STAGES, ner_worker.__file__, model, str(texts_path), how],
        capture_output=True, check=True, text=True,
    )  # fmt: skip
    return json.loads(out.stdout)


def test_bench_ner_helper_stages(benchmark, tmp_path):
    model = model_name(None)
    if importlib.util.find_spec(model) is None:
        pytest.skip(f"the NER model {model} is not installed")
    texts_path = tmp_path / "texts.json"
    texts_path.write_text(json.dumps([a.text for a in seed_articles()]), encoding="utf-8")
    timed = not getattr(benchmark, "disabled", False)
    rounds = 5 if timed else 1
    runs: dict[str, list[dict]] = {"nlp": [], "stepped": []}

    def once() -> None:
        for how, got in runs.items():  # alternated, so both see the same load
            got.append(_stages(texts_path, model, how))

    benchmark.pedantic(once, rounds=rounds, iterations=1)
    assert runs["nlp"][0]["ents"] == runs["stepped"][0]["ents"]
    assert sum(len(e) for e in runs["nlp"][0]["ents"]) > 100
    best = {
        how: {k: min(r[k] for r in got) for k in ("import_s", "load_s", "ner_s")} for how, got in runs.items()
    }
    benchmark.extra_info.update({f"{how}_{k}": round(v, 3) for how, b in best.items() for k, v in b.items()})
    for how, b in best.items():
        print(f"\nNER helper over the seed ({how}, CPU, best of {rounds}): import spaCy {b['import_s']:.2f} s, "
              f"load {b['load_s']:.2f} s, 20 articles {b['ner_s']:.2f} s")  # fmt: skip
    if timed:
        assert best["stepped"]["ner_s"] < best["nlp"]["ner_s"]
