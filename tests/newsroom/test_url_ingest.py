"""`conflictmap ingest --url` and POST /api/articles {"url"} against pages served on loopback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from fastapi.testclient import TestClient
from newsroom_server import Route, article_page, serve

from app.api import create_app
from app.settings import Settings
from app.store import EventFilter
from app.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
_CLI = "import sys; from app.cli.main import main; sys.argv[0] = 'conflictmap'; main()"
INGEST_KEY, REVIEW_KEY = "ingest-3e7a", "review-9c1b"


def cli(args: list[str], data_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("CONFLICTMAP_")}
    env.update(CONFLICTMAP_DATA_DIR=str(data_dir), CONFLICTMAP_GAZETTEER_DIR=str(Settings().index_dir),
               CONFLICTMAP_HOST_DELAY_S="0", CONFLICTMAP_FETCH_TIMEOUT_S="2", CONFLICTMAP_FETCH_PRIVATE="true")  # fmt: skip
    return subprocess.run(
        [sys.executable, "-c", _CLI, *args], env=env, cwd=ROOT, capture_output=True, timeout=300, check=False
    )


@pytest.fixture
def site():
    with serve() as s:
        for n in (1, 2):
            s.routes[f"/news/{n}"] = Route(article_page(n, s.base))
        yield s


def test_ingest_url_fetches_reads_and_stores(site, tmp_path):
    urls = [site.url("/news/1"), site.url("/news/2"), site.url("/news/404")]
    args = ["ingest", "-q", "--json", *(x for u in urls for x in ("--url", u))]
    r = cli(args, tmp_path / "d")
    assert r.returncode == 1, r.stderr.decode()  # one page failed: reported, the others stored
    summary = orjson.loads(r.stdout)
    assert summary["articles"] == 2 and summary["events"] >= 2
    assert summary["failed"] == [{"url": urls[2], "reason": f"{urls[2]}: HTTP 404"}]
    assert b"cannot ingest" in r.stderr
    store = SQLiteStore(tmp_path / "d" / "conflictmap.sqlite")
    try:
        rows, _ = store.query(EventFilter())
    finally:
        store.close()
    assert {row["article"] for row in rows} == {urls[0], urls[1]}
    assert {row["location"] for row in rows} >= {"Sumy", "Odesa"}
    assert all(row["source"]["outlet"] == "Test Wire" for row in rows)
    again = cli(args[:-2], tmp_path / "d")  # without the bad URL: exit 0, nothing new
    assert again.returncode == 0, again.stderr.decode()
    assert orjson.loads(again.stdout)["store_events"] == summary["store_events"]


def test_ingest_url_bad_usage_exits_2(tmp_path):
    r = cli(["ingest", "--url", "ftp://example.org/x"], tmp_path / "d")
    assert r.returncode == 2
    assert b"--url" in r.stderr


@pytest.fixture
def client(tmp_settings):
    settings = tmp_settings.model_copy(
        update={
            "ingest_keys": [INGEST_KEY],
            "review_keys": [REVIEW_KEY],
            "host_delay_s": 0.0,
            "fetch_private": True,
            "fetch_timeout_s": 2.0,
        }
    )
    with TestClient(create_app(settings)) as c:
        yield c


def test_post_a_url(site, client):
    r = client.post(
        "/api/articles", json={"url": site.url("/news/2")}, headers={"Authorization": f"Bearer {INGEST_KEY}"}
    )
    assert r.status_code == 200, r.text
    feats = r.json()["features"]
    assert feats and {f["properties"]["article"] for f in feats} == {site.url("/news/2")}
    assert feats[0]["properties"]["review_status"] == "unreviewed"


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"url": "/news/404"}, 422, "url"),  # joined to the site's base below
        ({"url": "ftp://example.org/x"}, 400, "url"),
        ({"url": "http://127.0.0.1:9/x", "title": "x"}, 400, "url"),
    ],
)
def test_post_a_url_that_cannot_be_read(site, client, body, status, param):
    if body["url"].startswith("/"):
        body = {"url": site.url(body["url"])}
    r = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {INGEST_KEY}"})
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["invalid_params"][0]["name"] == param
    assert client.app.state.store.count() == 0


def test_a_review_key_cannot_post_urls(site, client):
    r = client.post(
        "/api/articles", json={"url": site.url("/news/1")}, headers={"Authorization": f"Bearer {REVIEW_KEY}"}
    )
    assert r.status_code == 403
    assert site.hits["/news/1"] == 0
