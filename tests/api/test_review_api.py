"""The review loop over HTTP on both stores: roles, PATCH /api/events/{id} (merge patch), history, what the
public sees (review_status filter, rejected withdrawn, CONFLICTMAP_PUBLISH=verified)."""

from __future__ import annotations

import logging

import pytest
from event_seed import BACKENDS, backend_settings, seed
from fastapi.testclient import TestClient
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.api import create_app

INGEST_KEY = "ingest-5b1d0c77"
ALICE_KEY = "review-a91f3e20"
BOB_KEY = "review-0c44d1a8"
ADMIN_KEY = "admin-77e2b5f0"
INGEST = {"Authorization": f"Bearer {INGEST_KEY}"}
ALICE = {"Authorization": f"Bearer {ALICE_KEY}"}
BOB = {"Authorization": f"Bearer {BOB_KEY}"}
MERGE = "application/merge-patch+json"


def keyed(settings, **more):
    return settings.model_copy(
        update={
            "ingest_keys": [f"wire-desk:{INGEST_KEY}"],
            "review_keys": [f"alice:{ALICE_KEY}", BOB_KEY],
            "api_key": ADMIN_KEY,
            **more,
        }
    )


@pytest.fixture(params=BACKENDS)
def client(request, tmp_settings):
    with TestClient(create_app(keyed(backend_settings(request, tmp_settings)))) as c:
        seed(c.app.state.store)
        yield c


def patch(client, eid: str, body: dict, headers: dict | None = None, ctype: str = MERGE):
    return client.patch(f"/api/events/{eid}", json=body, headers={**(headers or {}), "Content-Type": ctype})


def assert_problem(resp, status: int, param: str | None = None) -> None:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    if param is not None:
        assert resp.json()["invalid_params"][0]["name"] == param


def ids(resp) -> set[str]:
    return {f["id"] for f in resp.json()["features"]}


# -- roles -----------------------------------------------------------------------------------------------


def test_patch_without_a_key_is_401(client):
    assert_problem(patch(client, "cm-test-01", {"review_status": "verified"}), 401)


def test_patch_with_a_wrong_key_is_401(client):
    assert_problem(
        patch(client, "cm-test-01", {"review_status": "verified"}, {"Authorization": "Bearer x"}), 401
    )


def test_an_ingest_key_cannot_review(client):
    r = patch(client, "cm-test-01", {"review_status": "verified"}, INGEST)
    assert_problem(r, 403)
    assert client.get("/api/events/cm-test-01").json()["properties"]["review_status"] == "unreviewed"


def test_a_review_key_cannot_ingest(client):
    article = {"id": "a-1", "text": "Russian drones struck Kharkiv on Monday, officials said."}
    assert_problem(client.post("/api/articles", json=article, headers=ALICE), 403)
    assert client.post("/api/articles", json=article, headers=INGEST).status_code == 200


def test_review_is_refused_when_no_review_key_is_configured(tmp_settings):
    settings = tmp_settings.model_copy(update={"ingest_keys": [INGEST_KEY]})
    with TestClient(create_app(settings)) as c:
        seed(c.app.state.store)
        assert_problem(patch(c, "cm-test-01", {"review_status": "verified"}, INGEST), 403)


def test_keys_never_reach_the_log(client, caplog):
    caplog.set_level(logging.DEBUG)
    patch(client, "cm-test-01", {"review_status": "verified"}, {"Authorization": "Bearer guessed-key-123"})
    patch(client, "cm-test-01", {"review_status": "verified"}, ALICE)
    assert "guessed-key-123" not in caplog.text
    assert ALICE_KEY not in caplog.text


# -- PATCH and history -------------------------------------------------------------------------------------


def test_verify_names_the_editor_from_the_key(client):
    r = patch(
        client, "cm-test-01", {"review_status": "verified", "note": "matches the governor's post"}, ALICE
    )
    assert r.status_code == 200, r.text
    props = r.json()["properties"]
    assert (props["review_status"], props["reviewed_by"]) == ("verified", "alice")
    assert props["reviewed_at"]
    r = patch(client, "cm-test-02", {"review_status": "rejected"}, BOB)
    assert r.json()["properties"]["reviewed_by"] == "review-key-2"  # a bare key is named by its place


def test_corrections_and_their_history(client):
    r = patch(client, "cm-test-01", {"fatalities": 3, "injured": None, "note": "toll updated at noon"}, ALICE)
    props = r.json()["properties"]
    assert (props["fatalities"], props["injured"], props["corrected"]) == (3, None, ["fatalities", "injured"])
    history = client.get("/api/events/cm-test-01/history").json()
    assert history["id"] == "cm-test-01"
    assert [(h["by"], h["field"], h["old"], h["new"], h["note"]) for h in history["history"]] == [
        ("alice", "fatalities", 2, 3, "toll updated at noon"),
        ("alice", "injured", 11, None, "toll updated at noon"),
    ]


def test_a_place_name_is_resolved_and_moves_the_event(client):
    r = patch(client, "cm-test-06", {"place": "Izium"}, ALICE)
    props = r.json()["properties"]
    lon, lat = r.json()["geometry"]["coordinates"]
    assert props["location"] in ("Izium", "Izyum")  # the gazetteer's spelling
    assert abs(lat - 49.21) < 0.05 and abs(lon - 37.26) < 0.05
    assert "cm-test-06" in ids(client.get("/api/events", params={"near": "Izium", "within_km": 5}))
    assert "cm-test-06" not in ids(client.get("/api/events", params={"near": "Chuhuiv", "within_km": 5}))


def test_coordinates_and_type_corrections(client):
    body = {"place": {"name": "Andriivka", "lat": 48.5, "lon": 37.9}, "event_type": "Battles",
            "sub_event_type": "Armed clash", "event_date": "2025-11-04"}  # fmt: skip
    props = patch(client, "cm-test-06", body, ALICE).json()["properties"]
    assert (props["location"], props["event_type"], props["event_date"]) == (
        "Andriivka",
        "Battles",
        "2025-11-04",
    )


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"review_status": "approved"}, "review_status"),
        ({"fatalities": -1}, "fatalities"),
        ({"fatalities": "three"}, "fatalities"),
        ({"event_type": "Battles"}, "sub_event_type"),  # the old sub-type is not a Battles one
        ({"event_date": "03/11/2025"}, "event_date"),
        ({"lat": 48.0}, "lon"),
        ({"lat": 91, "lon": 30}, "lat"),
        ({"notes": "rewritten"}, "notes"),
        ({"claim_status": "rumoured"}, "claim_status"),
        ({"place": "Nowhereville Qqq"}, "place"),
    ],
)
def test_bad_patches_name_the_member(client, body, param):
    r = patch(client, "cm-test-01", body, ALICE)
    assert_problem(r, 404 if param == "place" else 400, param)
    assert client.get("/api/events/cm-test-01/history").json()["history"] == []


def test_patch_needs_a_json_content_type_and_an_object(client):
    r = client.patch(
        "/api/events/cm-test-01",
        content=b"review_status=verified",
        headers={**ALICE, "Content-Type": "text/plain"},
    )
    assert_problem(r, 415)
    r = client.patch("/api/events/cm-test-01", content=b"[1]", headers={**ALICE, "Content-Type": MERGE})
    assert_problem(r, 400, "body")
    assert (
        patch(client, "cm-test-01", {"review_status": "verified"}, ALICE, "application/json").status_code
        == 200
    )


def test_unknown_event_is_404(client):
    assert_problem(patch(client, "cm-none", {"review_status": "verified"}, ALICE), 404)
    assert_problem(client.get("/api/events/cm-none/history"), 404)


# -- what the public sees --------------------------------------------------------------------------------


def test_review_status_filter_and_property(client):
    patch(client, "cm-test-01", {"review_status": "verified"}, ALICE)
    r = client.get("/api/events", params={"review_status": "verified"})
    assert ids(r) == {"cm-test-01"}
    assert r.json()["features"][0]["properties"]["review_status"] == "verified"
    assert "cm-test-01" not in ids(client.get("/api/events", params={"review_status": "unreviewed"}))
    r = client.get("/ogc/collections/events/items", params={"review_status": "verified"})
    assert ids(r) == {"cm-test-01"}
    assert "review_status=verified" in next(lk["href"] for lk in r.json()["links"] if lk["rel"] == "self")
    assert_problem(client.get("/api/events", params={"review_status": "approved"}), 400, "review_status")
    assert_problem(
        client.get("/ogc/collections/events/items", params={"review_status": "x"}), 400, "review_status"
    )


def test_a_rejected_event_is_withdrawn_from_the_public(client):
    patch(client, "cm-test-04", {"review_status": "rejected", "note": "old footage"}, ALICE)
    assert "cm-test-04" not in ids(client.get("/api/events"))
    assert "cm-test-04" not in ids(client.get("/ogc/collections/events/items"))
    assert ids(client.get("/api/events", params={"review_status": "rejected"})) == set()
    assert_problem(client.get("/ogc/collections/events/items/cm-test-04"), 404)
    assert_problem(client.get("/api/events/cm-test-04"), 404)
    assert "cm-test-04" not in {e for e in client.get("/map/events").text.split('"') if e.startswith("cm-")}
    # An editor still sees it, and its history.
    assert ids(client.get("/api/events", params={"review_status": "rejected"}, headers=ALICE)) == {
        "cm-test-04"
    }
    assert (
        client.get("/api/events/cm-test-04/history", headers=BOB).json()["history"][0]["note"]
        == "old footage"
    )


def test_publish_verified_shows_the_public_only_verified_events(request, tmp_settings):
    settings = keyed(tmp_settings, publish="verified")
    with TestClient(create_app(settings)) as c:
        seed(c.app.state.store)
        assert ids(c.get("/api/events")) == set()
        patch(c, "cm-test-03", {"review_status": "verified"}, ALICE)
        assert ids(c.get("/api/events")) == {"cm-test-03"}
        assert ids(c.get("/ogc/collections/events/items")) == {"cm-test-03"}
        assert ids(c.get("/api/events", params={"review_status": "unreviewed"})) == set()
        assert len(ids(c.get("/api/events", headers=ALICE))) == 12


def test_corrections_survive_reposting_a_changed_article(client):
    article = {"id": "wire-77", "title": "Drones hit Sumy", "published": "2025-12-28",
               "text": "Russian drones struck the city of Sumy on Friday, killing two people, officials said."}  # fmt: skip
    [feat] = client.post("/api/articles", json=article, headers=INGEST).json()["features"]
    assert feat["properties"]["fatalities"] == 2
    patch(client, feat["id"], {"fatalities": 4, "review_status": "verified"}, ALICE)
    article["text"] = article["text"].replace("two people", "three people") + " Schools were closed."
    [again] = client.post("/api/articles", json=article, headers=INGEST).json()["features"]
    assert again["id"] == feat["id"]
    assert (again["properties"]["fatalities"], again["properties"]["review_status"]) == (4, "verified")


def test_whoami_names_the_key_and_its_roles(client):
    assert client.get("/api/whoami", headers=ALICE).json() == {"name": "alice", "roles": ["review"]}
    assert client.get("/api/whoami", headers=INGEST).json() == {"name": "wire-desk", "roles": ["ingest"]}
    assert client.get("/api/whoami", headers={"Authorization": f"Bearer {ADMIN_KEY}"}).json()["roles"] == [
        "ingest",
        "review",
    ]
    assert_problem(client.get("/api/whoami"), 401)
    assert_problem(client.get("/api/whoami", headers={"Authorization": "Bearer nope"}), 401)


def test_review_status_is_a_cql2_queryable(client):
    patch(client, "cm-test-05", {"review_status": "verified"}, ALICE)
    assert ids(client.get("/api/events", params={"filter": "review_status='verified'"})) == {"cm-test-05"}
    # the public still never sees rejected events through a filter
    patch(client, "cm-test-02", {"review_status": "rejected"}, ALICE)
    assert ids(client.get("/api/events", params={"filter": "review_status='rejected'"})) == set()
