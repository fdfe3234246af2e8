"""GET /api/events against a private SQLite store seeded with hand-made events."""

from __future__ import annotations

import csv
import io

import pytest
from event_seed import BACKENDS, SEED_EVENTS, SEED_IDS, backend_settings, seed
from fastapi.testclient import TestClient
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.api import create_app
from app.extract.model import EVENT_FIELDS


@pytest.fixture(params=BACKENDS)
def client(request, tmp_settings):
    """The same tests on SQLite and on PostGIS (the latter skips locally without a server, fails in CI)."""
    with TestClient(create_app(backend_settings(request, tmp_settings))) as c:
        seed(c.app.state.store)
        yield c


def ids(resp) -> set[str]:
    return {f["id"] for f in resp.json()["features"]}


def assert_problem(resp, param: str, status: int = 400) -> None:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    body = resp.json()
    assert body["status"] == status
    assert body["invalid_params"][0]["name"] == param


def test_feature_collection_of_every_event(client):
    r = client.get("/api/events")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    body = r.json()
    assert body["type"] == "FeatureCollection"
    assert body["numberMatched"] == body["numberReturned"] == len(SEED_IDS)
    assert ids(r) == SEED_IDS


def test_features_carry_contract_properties_and_lon_lat_points(client):
    feat = client.get("/api/events", params={"bbox": "36.0,49.9,36.4,50.1"}).json()["features"][0]
    assert feat["id"] == "cm-test-01"
    assert feat["geometry"] == {"type": "Point", "coordinates": [36.2304, 49.9935]}
    assert set(EVENT_FIELDS) <= set(feat["properties"])
    props = feat["properties"]
    assert (props["fatalities"], props["injured"], props["location"]) == (2, 11, "Kharkiv")
    assert props["source"]["outlet"] == "Test Wire"


def test_features_ordered_newest_first(client):
    dates = [f["properties"]["event_date"] for f in client.get("/api/events").json()["features"]]
    assert dates == sorted(dates, reverse=True)


def test_bbox_keeps_events_inside(client):
    r = client.get("/api/events", params={"bbox": "35,46,38,51"})
    assert ids(r) == {"cm-test-01", "cm-test-03", "cm-test-06", "cm-test-09", "cm-test-11", "cm-test-12"}


def test_bbox_across_antimeridian(client):
    r = client.get("/api/events", params={"bbox": "178,-19,-178,-18"})
    assert ids(r) == {"cm-test-07", "cm-test-08"}


def test_datetime_closed_interval_is_inclusive(client):
    r = client.get("/api/events", params={"datetime": "2025-11-03/2025-11-05"})
    assert ids(r) == {"cm-test-01", "cm-test-02", "cm-test-06"}


def test_datetime_open_start(client):
    r = client.get("/api/events", params={"datetime": "../2025-10-31"})
    assert ids(r) == {"cm-test-07", "cm-test-08", "cm-test-11"}


def test_datetime_open_end(client):
    r = client.get("/api/events", params={"datetime": "2025-11-18T00:00:00Z/.."})
    assert ids(r) == {"cm-test-10", "cm-test-12"}


def test_event_type_comma_list(client):
    r = client.get("/api/events", params={"event_type": "Battles,Strategic developments"})
    assert ids(r) == {"cm-test-03", "cm-test-10"}


def test_unknown_event_type_is_a_400_naming_it(client):
    assert_problem(client.get("/api/events", params={"event_type": "Battles,Ambush"}), "event_type")


def test_near_place_name_within_km(client):
    # Kharkiv itself and Chuhuiv (~35 km away); Belgorod (~70 km) stays out.
    r = client.get("/api/events", params={"near": "Kharkiv", "within_km": "40"})
    assert ids(r) == {"cm-test-01", "cm-test-06"}


def test_near_coordinates_within_km(client):
    r = client.get("/api/events", params={"near": "49.99,36.23", "within_km": "80"})
    assert ids(r) == {"cm-test-01", "cm-test-06", "cm-test-12"}


def test_near_unknown_place_is_a_400_naming_near(client):
    assert_problem(client.get("/api/events", params={"near": "Xqzvbnmwq"}), "near")


@pytest.mark.parametrize("km", ["0", "-1", "20001", "lots"])
def test_within_km_out_of_range_is_a_400(client, km):
    assert_problem(client.get("/api/events", params={"near": "Kharkiv", "within_km": km}), "within_km")


def test_within_km_without_near_is_a_400(client):
    assert_problem(client.get("/api/events", params={"within_km": "10"}), "within_km")


@pytest.mark.parametrize(
    ("param", "value"),
    [("bbox", "1,2,3"), ("bbox", "0,95,1,96"), ("datetime", "last week"), ("datetime", "2025-11-05/2025-11-01"),
     ("limit", "0"), ("limit", "many"), ("offset", "-1"), ("format", "xlsx")],
)  # fmt: skip
def test_bad_values_are_400_problems_naming_the_parameter(client, param, value):
    assert_problem(client.get("/api/events", params={param: value}), param)


def test_limit_and_offset_page_through_everything(client):
    seen: list[str] = []
    url = "/api/events?limit=5"
    while url:
        body = client.get(url).json()
        assert body["numberMatched"] == len(SEED_IDS)
        seen += [f["id"] for f in body["features"]]
        nxt = [link["href"] for link in body["links"] if link["rel"] == "next"]
        url = nxt[0] if nxt else None
    assert len(seen) == len(SEED_IDS) and set(seen) == SEED_IDS


def test_paging_links_keep_the_filter(client):
    body = client.get("/api/events", params={"event_type": "Explosions/Remote violence", "limit": 2}).json()
    nxt = next(link for link in body["links"] if link["rel"] == "next")
    assert "event_type=Explosions%2FRemote+violence" in nxt["href"] and "cursor=" in nxt["href"]
    assert nxt["type"] == "application/geo+json"


def test_limit_above_maximum_is_clamped_not_refused(client):
    r = client.get("/api/events", params={"limit": "1000000"})
    assert r.status_code == 200
    assert r.json()["numberReturned"] == len(SEED_IDS)


def test_csv_uses_acled_columns_in_order(client):
    from app.store.acled import ACLED_COLUMNS

    r = client.get("/api/events", params={"format": "csv", "event_type": "Battles"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["event_id_cnty"], row["location"], row["event_type"]) == ("cm-test-03", "Pokrovsk", "Battles")
    assert float(row["latitude"]) == pytest.approx(48.2820)


def test_csv_honours_filters_and_paging(client):
    r = client.get("/api/events", params={"format": "csv", "limit": 3, "offset": 3})
    assert len(list(csv.reader(io.StringIO(r.text)))) == 1 + 3


def test_event_reported_by_two_articles_lists_both_sources(client):
    from dataclasses import replace

    from app.extract.model import Article

    base = SEED_EVENTS[3]  # Odesa
    store = client.app.state.store
    for n, outlet in ((1, "Harbour Gazette"), (2, "Coast Radio")):
        art = Article(
            id=f"odesa-{n}", text="A drone hit the port overnight.", outlet=outlet, published="2025-12-01"
        )
        ev = replace(
            base,
            id=f"cm-odesa-{n}",
            event_date="2025-12-01",
            lat=46.4825 + n * 0.001,
            article=art.id,
            source={},
        )
        store.ingest(art, [ev])
    body = client.get("/api/events", params={"datetime": "2025-12-01"}).json()
    assert body["numberMatched"] == 1
    sources = body["features"][0]["properties"]["sources"]
    assert [s["outlet"] for s in sources] == ["Harbour Gazette", "Coast Radio"]


def test_origin_filter(client):
    client.app.state.store.add_events(
        [{**SEED_EVENTS[0].to_record(), "id": "cm-acled-1", "event_date": "2025-12-02"}], origin="acled"
    )
    assert ids(client.get("/api/events", params={"origin": "acled"})) == {"cm-acled-1"}
    assert ids(client.get("/api/events", params={"origin": "demo"})) == SEED_IDS


@pytest.mark.parametrize("query", ["event_typ=Battles", "bbox=30,45,40,52&bbox=0,0,1,1", "origin=rumour"])
def test_misspelt_repeated_or_bad_filters_are_400(client, query):
    name = query.split("=")[0]
    assert_problem(client.get(f"/api/events?{query}"), name)


def test_cursor_pages_of_a_near_query_hold_every_match_once(client):
    want = ids(client.get("/api/events", params={"near": "49.99,36.23", "within_km": "400", "limit": 100}))
    assert len(want) >= 3
    seen: list[str] = []
    url = "/api/events?near=49.99,36.23&within_km=400&limit=2"
    while url:
        body = client.get(url).json()
        assert body["numberMatched"] == len(want)
        seen += [f["id"] for f in body["features"]]
        url = next((link["href"] for link in body["links"] if link["rel"] == "next"), None)
    assert len(seen) == len(set(seen)) and set(seen) == want


def test_past_the_count_limit_number_matched_is_left_out_and_pages_still_walk(client, monkeypatch):
    from app.api import paging

    monkeypatch.setattr(paging, "COUNT_LIMIT", 5)
    body = client.get("/api/events", params={"limit": 4}).json()
    assert "numberMatched" not in body and body["numberReturned"] == 4
    seen = [f["id"] for f in body["features"]]
    url = next(link["href"] for link in body["links"] if link["rel"] == "next")
    while url:
        page = client.get(url).json()
        seen += [f["id"] for f in page["features"]]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
    assert len(seen) == len(set(seen)) and set(seen) == SEED_IDS
    # Five or fewer matches: still exact.
    assert client.get("/api/events", params={"event_type": "Protests"}).json()["numberMatched"] <= 5
