"""The same article record gets the same verdict and the same message from every verb (extract, geoparse,
claims, ingest) and from the HTTP API on both backends; the message names the field."""

from __future__ import annotations

import sys

import orjson
import pytest
from fastapi.testclient import TestClient
from pgtest import pg_module_schema_url  # noqa: F401  (fixture)

from app.api import create_app
from app.cli.main import main
from app.extract.reader import MAX_TEXT_CHARS

KEY = "validator-test-key"
GOOD = {
    "id": "wire-nikopol",
    "title": "Shelling in Nikopol",
    "text": "Russian shelling hit Nikopol on Monday, wounding two people, the regional governor said.",
    "published": "2025-11-03",
}
BAD = {
    "nul-in-text": ({**GOOD, "text": "Russian shelling hit\x00 Nikopol."}, "text"),
    "nul-in-id": ({**GOOD, "id": "wire\x00nikopol"}, "id"),
    "escape-in-title": ({**GOOD, "title": "Shelling \x1b[0m"}, "title"),
    "nul-in-outlet": ({**GOOD, "outlet": "Wire\x00"}, "outlet"),
    "nul-in-url": ({**GOOD, "url": "https://example.org/a\x00b"}, "url"),
    "published-with-time": ({**GOOD, "published": "2025-11-03T09:30:00Z"}, "published"),
    "empty-text": ({**GOOD, "text": ""}, "text"),
    "long-id": ({**GOOD, "id": "n" * 300}, "id"),
}
VERBS = ("extract", "geoparse", "claims", "ingest")


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(tmp_path / "data"))
    from app.settings import Settings

    monkeypatch.setenv("CONFLICTMAP_GAZETTEER_DIR", str(Settings().index_dir))

    def run(*args: str) -> tuple[int, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["conflictmap", *args])
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        return code, capsys.readouterr().err

    return run


@pytest.fixture(scope="module", params=["sqlite", "postgis"])
def http(request, tmp_path_factory):
    """One app per backend for the module: starting one (gazetteer, store) is the slow part."""
    from app.settings import Settings

    base = Settings()
    settings = base.model_copy(
        update={
            "data_dir": tmp_path_factory.mktemp("validator"),
            "load_demo": False,
            "gazetteer_dir": base.index_dir,
            "api_key": KEY,
        }
    )
    if request.param == "postgis":
        url = request.getfixturevalue("pg_module_schema_url")
        settings = settings.model_copy(update={"database_url": url})
    with TestClient(create_app(settings)) as client:
        yield client


def _core(detail: str) -> str:
    """The message without its location prefix ("body: " over HTTP, "FILE: " on the command line)."""
    return detail.split(": ", 1)[1]


@pytest.mark.parametrize("case", sorted(BAD))
def test_every_surface_refuses_alike(case, cli, http, tmp_path):
    record, field = BAD[case]
    src = tmp_path / "in.jsonl"
    src.write_bytes(orjson.dumps(record) + b"\n")
    answers = [
        http.post(path, content=orjson.dumps(record), headers={"Authorization": f"Bearer {KEY}"})
        for path in ("/api/geoparse", "/api/claims", "/api/articles")
    ]
    assert {r.status_code for r in answers} == {400}
    problems = [r.json() for r in answers]
    assert {p["invalid_params"][0]["name"] for p in problems} == {field}
    assert all(r.headers["content-type"].startswith("application/problem+json") for r in answers)
    message = _core(problems[0]["detail"])
    assert {_core(p["detail"]) for p in problems} == {message}
    for verb in VERBS:
        code, err = cli(verb, "--input", str(src))
        assert code == 2, (verb, err)
        assert err.strip().endswith(message), (verb, err)
        assert "Traceback" not in err
    assert http.get("/api/events").json()["features"] == []


def test_nul_in_an_ogc_item_id_is_404_on_both_backends(http):
    r = http.get("/ogc/collections/events/items/wire%00nikopol")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")


def test_an_article_over_the_maximum_size_is_413_and_exit_2(http, cli, tmp_path):
    record = {**GOOD, "text": "Shelling near Nikopol. " * (MAX_TEXT_CHARS // 23 + 1)}
    r = http.post("/api/geoparse", content=orjson.dumps(record))
    assert r.status_code == 413
    assert r.json()["invalid_params"][0]["name"] == "text"
    src = tmp_path / "big.jsonl"
    src.write_bytes(orjson.dumps(record))
    code, err = cli("extract", "--input", str(src))
    assert code == 2 and "maximum article size" in err


@pytest.mark.parametrize("verb", VERBS)
def test_an_empty_input_is_refused_by_every_verb(verb, cli, tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n")
    code, err = cli(verb, "--input", str(empty))
    assert code == 2 and "no article records" in err


def test_inputs_read_alike_whatever_their_form(tmp_path):
    """Every verb reads through read_articles: a JSON array in a .jsonl file, and a .jsonl file given as a
    positional argument, are article records, not plain text."""
    from app.extract.reader import read_articles

    array = tmp_path / "array.jsonl"
    array.write_bytes(orjson.dumps([GOOD, {**GOOD, "id": "wire-2"}]))
    assert [a.id for a in read_articles(str(array))] == ["wire-nikopol", "wire-2"]
    assert [a.id for a in read_articles(None, [array])] == ["wire-nikopol", "wire-2"]
    undated = tmp_path / "undated.jsonl"
    undated.write_bytes(orjson.dumps({**GOOD, "published": None}))
    assert read_articles(None, [undated], published="2025-11-04")[0].published == "2025-11-04"
