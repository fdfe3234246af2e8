"""Cheap refusals and fair sharing: capped query parameters (schema and validation), per-client rate limits
on the compute endpoints (lower without the key), and a per-request deadline on compute work."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.api import create_app
from app.api.params import MAX_CHARS

KEY = "limits-test-key"
REPORT = {
    "id": "wire-sumy",
    "text": "A guided bomb hit a school in Sumy on Friday, killing one teacher, regional officials said.",
}


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    from app.settings import Settings

    base = Settings()
    return base.model_copy(
        update={
            "data_dir": tmp_path_factory.mktemp("limits"),
            "load_demo": False,
            "gazetteer_dir": base.index_dir,
            "api_key": KEY,
            "rate_limit_anonymous": "2/minute",
            "rate_limit_authenticated": "4/minute",
        }
    )


@pytest.fixture(scope="module")
def client(settings):
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.mark.parametrize(
    "path, param",
    [
        ("/api/events?near=", "near"),
        ("/api/events?datetime=", "datetime"),
        ("/api/events?event_type=", "event_type"),
        ("/ogc/collections/events/items?bbox=", "bbox"),
        ("/ogc/collections/events/items?datetime=", "datetime"),
        ("/api/distance?to=Kyiv&from=", "from"),
        ("/?from=", "from"),
    ],
)
def test_an_overlong_parameter_is_a_400_naming_it(client, path, param):
    r = client.get(path + "Kharkiv" * 300)
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["invalid_params"][0]["name"] == param


def test_the_caps_are_in_the_openapi_schema(client):
    spec = client.get("/openapi.json").json()
    for path, name in [("/api/events", "near"), ("/api/events", "datetime"), ("/api/events", "bbox")]:
        (param,) = [p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == name]
        (string,) = [s for s in param["schema"]["anyOf"] if s.get("type") == "string"]
        assert string["maxLength"] == MAX_CHARS[name]


def test_an_overlong_query_string_is_414(client):
    r = client.get("/api/events?" + "&".join(f"x{i}=1" for i in range(2000)))
    assert r.status_code == 414


def test_anonymous_clients_are_limited_before_keyed_ones(client):
    anonymous = [client.post("/api/claims", json=REPORT).status_code for _ in range(3)]
    assert anonymous == [200, 200, 429]
    keyed = [
        client.post("/api/claims", json=REPORT, headers={"Authorization": f"Bearer {KEY}"}).status_code
        for _ in range(5)
    ]
    assert keyed == [200, 200, 200, 200, 429]
    r = client.post("/api/claims", json=REPORT)
    assert r.headers["content-type"].startswith("application/problem+json")
    assert 1 <= int(r.headers["retry-after"]) <= 60


def test_a_request_past_its_deadline_is_503_with_retry_after(settings):
    tight = settings.model_copy(update={"compute_deadline_s": 0.001, "rate_limit_anonymous": "100/minute"})
    long_report = {**REPORT, "text": REPORT["text"] * 400}
    with TestClient(create_app(tight)) as c:
        r = c.post("/api/geoparse", json=long_report)
        assert r.status_code == 503
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.headers["retry-after"] == "1"
        assert c.get("/healthz").status_code == 200
