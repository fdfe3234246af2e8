"""POST /api/articles (auth, body limits, idempotency, merging, concurrency), /api/geoparse, /api/claims, demo load."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import httpx
import orjson
import pytest
import schemathesis
import uvicorn
from fastapi.testclient import TestClient
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from pgtest import pg_schema_url  # noqa: F401  (fixture)
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, status_code_conformance

from app.api import create_app
from app.pipeline import ingest_articles, parse_articles
from app.settings import Settings
from app.store import open_store, read_demo_records
from app.store._records import distances_km

KEY = "test-key-4f9c2e"
AUTH = {"Authorization": f"Bearer {KEY}"}

CITIES = (
    "Kharkiv",
    "Odesa",
    "Dnipro",
    "Zaporizhzhia",
    "Kherson",
    "Sumy",
    "Poltava",
    "Mykolaiv",
    "Chernihiv",
    "Lviv",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
COUNTS = ("one person", "two people", "three people", "four people")


def strike_article(
    n: int, *, city: str | None = None, day: str | None = None, outlet: str | None = None
) -> dict:
    """A short wire-style report of one drone strike; n picks city, weekday and toll."""
    city = city or CITIES[n % len(CITIES)]
    day = day or DAYS[(n // len(CITIES)) % len(DAYS)]
    toll = COUNTS[n % len(COUNTS)]
    return {
        "id": f"wire-{n:04d}" if outlet is None else f"{outlet.lower().replace(' ', '-')}-{n:04d}",
        "title": f"Drones hit {city}",
        "text": f"Russian drones struck the city of {city} on {day}, killing {toll}, officials said. "
        f"Emergency crews worked through the night to clear the debris.",
        "published": "2025-12-28",  # a Sunday: every weekday named lies in the week before
        "outlet": outlet or "Test Wire",
    }


def jsonl(records: list[dict]) -> bytes:
    return b"\n".join(orjson.dumps(r) for r in records) + b"\n"


@pytest.fixture
def settings(tmp_settings):
    return tmp_settings.model_copy(update={"api_key": KEY})


@pytest.fixture
def client(settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


# -- authorisation ---------------------------------------------------------------------------------------


def test_writes_are_refused_when_no_key_is_configured(tmp_settings):
    with TestClient(create_app(tmp_settings)) as c:
        r = c.post("/api/articles", json=strike_article(1), headers=AUTH)
    assert r.status_code == 403
    assert r.headers["content-type"].startswith("application/problem+json")
    # A newcomer is told how to turn writes on, not only that they are off.
    detail = r.json()["detail"]
    assert "CONFLICTMAP_API_KEY=" in detail and "Authorization: Bearer" in detail


def test_missing_authorization_is_401(client):
    r = client.post("/api/articles", json=strike_article(1))
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("application/problem+json")


def test_wrong_key_is_401(client):
    r = client.post("/api/articles", json=strike_article(1), headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401


def test_key_in_another_scheme_is_401(client):
    r = client.post("/api/articles", json=strike_article(1), headers={"Authorization": f"Basic {KEY}"})
    assert r.status_code == 401


def test_nothing_is_stored_without_the_key(client):
    client.post("/api/articles", json=strike_article(1), headers={"Authorization": "Bearer wrong"})
    assert client.app.state.store.count() == 0


def test_the_key_never_reaches_the_logs(client, caplog):
    caplog.set_level(logging.DEBUG)
    client.post("/api/articles", json=strike_article(1), headers={"Authorization": f"Bearer {KEY}x"})
    client.post("/api/articles", content=b"{", headers=AUTH)
    assert KEY not in caplog.text


# -- body ------------------------------------------------------------------------------------------------


def test_body_over_the_limit_is_413(settings):
    small = settings.model_copy(update={"max_body_bytes": 1000})
    with TestClient(create_app(small)) as c:
        r = c.post("/api/articles", content=b"x" * 2000, headers=AUTH)
    assert r.status_code == 413
    assert r.headers["content-type"].startswith("application/problem+json")


def test_streamed_body_over_the_limit_is_413_without_content_length(settings):
    small = settings.model_copy(update={"max_body_bytes": 1000})

    def chunks():
        for _ in range(20):
            yield b" " * 100

    with TestClient(create_app(small)) as c:
        r = c.post("/api/articles", content=chunks(), headers=AUTH)
        assert r.status_code == 413
        assert c.app.state.store.count() == 0


def test_default_limit_is_two_megabytes(client):
    big = {**strike_article(1), "text": "a" * (2 * 1024 * 1024)}
    r = client.post("/api/articles", json=big, headers=AUTH)
    assert r.status_code == 413


def test_invalid_json_is_400_naming_the_body(client):
    r = client.post("/api/articles", content=b'{"id": "x", "text": ', headers=AUTH)
    assert r.status_code == 400
    assert r.json()["invalid_params"][0]["name"] == "body"


def test_record_without_text_is_400(client):
    r = client.post("/api/articles", json={"id": "x"}, headers=AUTH)
    assert r.status_code == 400
    assert "text" in r.json()["detail"]


def test_bad_line_in_json_lines_stores_nothing(client):
    body = jsonl([strike_article(1), strike_article(2)]) + b'{"id": 3}\n'
    r = client.post("/api/articles", content=body, headers=AUTH)
    assert r.status_code == 400
    assert "line 3" in r.json()["detail"]
    assert client.app.state.store.count() == 0


# -- storing -----------------------------------------------------------------------------------------------


def test_post_one_article_returns_its_stored_events(client):
    r = client.post("/api/articles", json=strike_article(0), headers=AUTH)  # Kharkiv
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection"
    assert fc["features"], "the extractor found no event in a plain strike report"
    kharkiv = [f for f in fc["features"] if f["properties"]["location"] == "Kharkiv"]
    assert kharkiv
    lon, lat = kharkiv[0]["geometry"]["coordinates"]
    assert distances_km(49.98, 36.25, [lat], [lon])[0] < 25
    assert kharkiv[0]["properties"]["article"] == "wire-0000"
    assert client.app.state.store.get(kharkiv[0]["id"]) is not None


def test_posting_the_same_article_twice_gives_the_same_events(client):
    first = client.post("/api/articles", json=strike_article(3), headers=AUTH).json()
    count = client.app.state.store.count()
    second = client.post("/api/articles", json=strike_article(3), headers=AUTH).json()
    assert [f["id"] for f in second["features"]] == [f["id"] for f in first["features"]]
    assert client.app.state.store.count() == count


def test_two_outlets_reporting_one_strike_give_one_event_with_two_sources(client):
    a = strike_article(5, city="Sumy", day="Friday", outlet="North Wire")
    b = strike_article(5, city="Sumy", day="Friday", outlet="East Desk")
    r = client.post("/api/articles", content=jsonl([a, b]), headers=AUTH)
    assert r.status_code == 200
    sumy = [f for f in r.json()["features"] if f["properties"]["location"] == "Sumy"]
    assert len(sumy) == 1
    assert {s["outlet"] for s in sumy[0]["properties"]["sources"]} == {"North Wire", "East Desk"}


# -- geoparse and claims -------------------------------------------------------------------------------------


def test_geoparse_returns_mentions_with_offsets(client):
    art = strike_article(0)
    r = client.post("/api/geoparse", json=art)
    assert r.status_code == 200
    mentions = r.json()["mentions"]
    assert any(m["name"] == "Kharkiv" for m in mentions)
    for m in mentions:
        assert art["text"][m["start"] : m["end"]] == m["text"]


def test_geoparse_bad_body_is_400(client):
    r = client.post("/api/geoparse", content=b"[]")
    assert r.status_code == 400


def test_claims_returns_a_list(client):
    art = {
        "id": "c1",
        "text": "Kharkiv lies about 410 km from Kyiv, officials said.",
        "published": "2025-12-20",
    }
    r = client.post("/api/claims", json=art)
    assert r.status_code == 200
    assert isinstance(r.json()["claims"], list)


# -- demo data -----------------------------------------------------------------------------------------------


def test_demo_events_load_on_start_once(tmp_settings):
    demo = tmp_settings.model_copy(update={"load_demo": True})
    for _ in range(2):  # the second start finds them already there
        with TestClient(create_app(demo)) as c:
            store = c.app.state.store
            assert store.count() == len(read_demo_records())
            rec = store.get("demo-001")
            assert rec["origin"] == "demo" and rec["source"]["outlet"]


# -- concurrency: 8 clients x 50 POSTs --------------------------------------------------------------------------


@contextmanager
def served(app) -> Iterator[str]:
    """The app on a real uvicorn server on a free loopback port, for clients in several threads."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def _workload() -> list[list[dict]]:
    """8 clients x 50 articles: 200 distinct articles, each posted by two clients at about the same time.
    Articles n and n+70 report the same strike (same city and weekday) from different outlets, so
    concurrent writers must also merge duplicates."""
    articles = [strike_article(n, outlet=f"Outlet {n % 3}") for n in range(200)]
    groups = [articles[g * 50 : (g + 1) * 50] for g in range(4)]
    return [groups[k % 4] if k < 4 else list(reversed(groups[k % 4])) for k in range(8)]


def _run_concurrently(settings) -> None:
    clients = _workload()
    app = create_app(settings)
    with served(app) as base:

        def post_all(batch: list[dict]) -> list[int]:
            with httpx.Client(base_url=base, headers=AUTH, timeout=120) as http:
                return [http.post("/api/articles", json=a).status_code for a in batch]

        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = [s for batch in pool.map(post_all, clients) for s in batch]
    assert len(statuses) == 400
    assert set(statuses) == {200}


def _expected(settings, geocoder) -> tuple[int, int]:
    """The same 200 articles ingested one by one into a fresh store: (events, sources)."""
    clean = settings.model_copy(update={"data_dir": settings.data_dir / "clean", "database_url": None})
    store = open_store(clean)
    try:
        batches = _workload()
        ingest_articles(store, parse_articles(jsonl([a for batch in batches[:4] for a in batch])), geocoder)
        rows, n = _all(store)
        return n, sum(len(r["sources"]) for r in rows)
    finally:
        store.close()


def _all(store):
    from app.store import EventFilter

    return store.query(EventFilter())


def _assert_no_duplicates(rows: list[dict]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    by_key: dict[tuple, list[dict]] = {}
    for r in rows:
        by_key.setdefault((r["event_type"], r["event_date"]), []).append(r)
    for group in by_key.values():
        for i, a in enumerate(group):
            others = group[i + 1 :]
            if others:
                d = distances_km(a["lat"], a["lon"], [o["lat"] for o in others], [o["lon"] for o in others])
                assert (d > 5.0).all(), f"{a['id']} has an unmerged duplicate"


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgis"])
def test_eight_clients_posting_fifty_articles_each(backend, settings, geocoder, request):
    if backend == "postgis":
        settings = settings.model_copy(update={"database_url": request.getfixturevalue("pg_schema_url")})
    expected_events, expected_sources = _expected(settings, geocoder)
    assert expected_events > 0
    _run_concurrently(settings)
    store = open_store(settings)
    try:
        rows, total = _all(store)
        assert total == expected_events
        assert sum(len(r["sources"]) for r in rows) == expected_sources
        _assert_no_duplicates(rows)
        assert store.check()
    finally:
        store.close()


# -- schemathesis on the three POST endpoints ---------------------------------------------------------------


def _schema_app():
    """Built at import because schemathesis needs the schema at collection; its store is a throwaway dir."""
    import atexit
    import shutil
    import tempfile
    from pathlib import Path

    base = Settings()
    data_dir = Path(tempfile.mkdtemp(prefix="conflictmap-articles-st-"))
    atexit.register(shutil.rmtree, data_dir, ignore_errors=True)
    cfg = base.model_copy(
        update={"data_dir": data_dir, "load_demo": False, "gazetteer_dir": base.index_dir, "api_key": KEY}
    )
    return create_app(cfg)


text_schema = schemathesis.openapi.from_asgi("/openapi.json", _schema_app()).include(
    path_regex=r"^/api/(articles|geoparse|claims)$", method="POST"
)


@pytest.mark.slow
@text_schema.parametrize()
@hypothesis_settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
def test_text_endpoints_never_5xx_and_answer_as_documented(case):
    case.call_and_validate(
        headers=AUTH, checks=[not_a_server_error, status_code_conformance, content_type_conformance]
    )


# -- credentials: the 401 challenge and the access log --------------------------------------------------------


def test_401_names_the_bearer_scheme(client):
    r = client.post("/api/articles", json=strike_article(2))
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Bearer")


def test_a_key_in_the_query_string_is_refused_and_not_logged(settings, caplog):
    caplog.set_level(logging.INFO, logger="uvicorn.access")
    app = create_app(settings)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # log_config=None: uvicorn's own access logger, propagating to pytest's handler.
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=True)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        r = httpx.post(
            f"http://127.0.0.1:{port}/api/articles?api_key={KEY}&token={KEY}",
            json=strike_article(3),
            timeout=30,
        )
        assert r.status_code == 401
    finally:
        server.should_exit = True
        thread.join(timeout=30)
    access = [rec.getMessage() for rec in caplog.records if rec.name == "uvicorn.access"]
    assert any("/api/articles?api_key=[REDACTED]&token=[REDACTED]" in line for line in access), access
    assert KEY not in caplog.text
