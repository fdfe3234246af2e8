"""OGC API - Features Part 3 on /ogc (filter, queryables) plus q, sortby and properties, on /ogc items,
/api/events and /map/events, against SQLite and PostGIS. Expected ids are worked out from event_seed."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from event_seed import BACKENDS, backend_settings, seed
from fastapi.testclient import TestClient
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.api import create_app

ITEMS = "/ogc/collections/events/items"
CQL2 = "http://www.opengis.net/spec/cql2/1.0/conf/"
PART3 = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/"


@pytest.fixture(params=BACKENDS)
def client(request, tmp_settings):
    with TestClient(create_app(backend_settings(request, tmp_settings))) as c:
        seed(c.app.state.store)
        yield c


def ids(body: dict) -> set[str]:
    return {f["id"] for f in body["features"]}


def assert_problem(resp, param: str) -> None:
    assert resp.status_code == 400, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    assert resp.json()["invalid_params"][0]["name"] == param


def test_conformance_declares_part3_and_cql2(client):
    conforms = set(client.get("/ogc/conformance").json()["conformsTo"])
    assert {PART3 + c for c in ("queryables", "filter", "features-filter")} <= conforms
    assert {
        CQL2 + c for c in ("cql2-text", "cql2-json", "basic-cql2", "advanced-comparison-operators")
    } <= conforms
    # Not implemented, so not declared:
    assert (
        not {CQL2 + c for c in ("temporal-functions", "arithmetic", "case-insensitive-comparison")} & conforms
    )


def test_queryables_document(client):
    coll = client.get("/ogc/collections/events").json()
    (link,) = [x for x in coll["links"] if x["rel"].endswith("/queryables")]
    r = client.get(link["href"])
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/schema+json")
    doc = r.json()
    assert doc["$id"] == link["href"] and doc["type"] == "object"
    props = doc["properties"]
    assert props["geometry"]["format"] == "geometry-point"
    assert props["event_date"] == {"title": "Day of the event (UTC)", "type": "string", "format": "date"}
    assert props["fatalities"]["type"] == "integer"
    assert props["claim_status"]["enum"] == ["reported", "claimed", "disputed"]
    assert {"country", "actor1", "actor2", "notes", "origin"} <= set(props)


def test_queryables_of_unknown_collection_is_404(client):
    assert client.get("/ogc/collections/battles/queryables").status_code == 404


def test_items_cql2_text_filter(client):
    body = client.get(ITEMS, params={"filter": "claim_status <> 'reported' AND country = 'Russia'"}).json()
    assert ids(body) == {"cm-test-12"} and body["numberMatched"] == 1


def test_items_cql2_json_filter(client):
    cql = {"op": "s_intersects", "args": [{"property": "geometry"}, {"bbox": [178, -19, -178, -18]}]}
    body = client.get(ITEMS, params={"filter": json.dumps(cql), "filter-lang": "cql2-json"}).json()
    assert ids(body) == {"cm-test-07", "cm-test-08"}


def test_filter_combines_with_bbox_and_next_links_keep_it(client):
    params = {"filter": "fatalities IS NULL", "bbox": "30,45,38,51", "limit": "2"}
    body = client.get(ITEMS, params=params).json()
    # In the box with unknown toll: 3, 4, 6, 9, 10, 12.
    assert body["numberMatched"] == 6
    seen = ids(body)
    nxt = next(x["href"] for x in body["links"] if x["rel"] == "next")
    assert parse_qs(urlsplit(nxt).query)["filter"] == ["fatalities IS NULL"]
    while nxt:
        page = client.get(nxt).json()
        seen |= ids(page)
        nxt = next((x["href"] for x in page["links"] if x["rel"] == "next"), None)
    assert seen == {f"cm-test-{i:02d}" for i in (3, 4, 6, 9, 10, 12)}


def test_q_sortby_properties(client):
    body = client.get(
        ITEMS, params={"q": "drone strike", "sortby": "-injured,location", "properties": "location,injured"}
    ).json()
    feats = body["features"]
    assert [f["properties"] for f in feats] == [
        {"location": "Kharkiv", "injured": 11},
        {"location": "Odesa", "injured": 4},
        {"location": "Belgorod", "injured": None},
        {"location": "Zaporizhzhia", "injured": None},
    ]
    assert [f["id"] for f in feats] == ["cm-test-01", "cm-test-04", "cm-test-12", "cm-test-09"]
    assert all(f["geometry"]["type"] == "Point" for f in feats)


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"filter": "nope = 1"}, "filter"),
        ({"filter": "fatalities > 'many'"}, "filter"),
        ({"filter": "claim_status ="}, "filter"),
        ({"filter": "fatalities > 1", "filter-lang": "ecql"}, "filter-lang"),
        ({"filter-lang": "cql2-text"}, "filter-lang"),
        ({"filter": "fatalities > 1", "filter-crs": "EPSG:3857"}, "filter-crs"),
        ({"sortby": "-geometry"}, "sortby"),
        ({"properties": "location,secret"}, "properties"),
        ({"q": ",,"}, "q"),
    ],
)
def test_bad_search_parameters_are_400_naming_them(client, params, param):
    assert_problem(client.get(ITEMS, params=params), param)


def test_api_events_take_the_same_filter_q_and_sortby(client):
    body = client.get(
        "/api/events", params={"filter": "country_code = 'UA' AND injured > 0", "sortby": "injured"}
    ).json()
    assert [f["id"] for f in body["features"]] == ["cm-test-04", "cm-test-01"]
    csv = client.get("/api/events", params={"q": "kherson, lviv", "format": "csv"}).text
    assert sorted(line.split(",")[0] for line in csv.splitlines()[1:]) == ["cm-test-02", "cm-test-05"]
    assert_problem(client.get("/api/events", params={"filter": "location LIKE 3"}), "filter")


def test_map_events_take_filter_and_q(client):
    everything = client.get("/map/events").json()
    some = client.get(
        "/map/events", params={"filter": "claim_status = 'disputed'", "q": "zaporizhzhia"}
    ).json()
    assert everything != some
    assert json.dumps(some).count("cm-test-09") >= 1 and "cm-test-01" not in json.dumps(some)
    assert_problem(client.get("/map/events", params={"filter": "nope = 2"}), "filter")
    assert_problem(client.get("/map/events", params={"bogus": "1"}), "bogus")


def test_openapi_30_lists_the_part3_parameters(client):
    doc = client.get("/ogc/api").json()
    params = doc["paths"]["/collections/events/items"]["get"]["parameters"]
    for name in ("filter", "filter-lang", "filter-crs", "q", "sortby", "properties"):
        assert {"$ref": f"#/components/parameters/{name}"} in params
    assert "/collections/events/queryables" in doc["paths"]


def test_past_the_count_limit_number_matched_is_omitted_and_next_links_still_walk_everything(
    client, monkeypatch
):
    from app.api import paging

    monkeypatch.setattr(paging, "COUNT_LIMIT", 5)
    body = client.get(ITEMS, params={"limit": 4}).json()
    assert "numberMatched" not in body and body["numberReturned"] == 4
    seen = [f["id"] for f in body["features"]]
    nxt = next(x["href"] for x in body["links"] if x["rel"] == "next")
    while nxt:
        page = client.get(nxt).json()
        seen += [f["id"] for f in page["features"]]
        nxt = next((x["href"] for x in page["links"] if x["rel"] == "next"), None)
    assert len(seen) == len(set(seen)) == 12
    small = client.get(ITEMS, params={"filter": "country = 'Fiji'"}).json()
    assert small["numberMatched"] == 2  # under the limit: exact
    assert "more matching events" in client.get(ITEMS, params={"f": "html", "limit": 4}).text


def test_public_cannot_filter_its_way_to_rejected_events(client):
    client.app.state.store.update_event("cm-test-09", {"review_status": "rejected"}, by="test-editor")
    body = client.get(ITEMS, params={"filter": "review_status = 'rejected'"}).json()
    assert body["features"] == [] and body["numberMatched"] == 0
    tile = client.get("/tiles/events/0/0/0.mvt", params={"filter": "claim_status = 'disputed'"})
    assert tile.status_code == 204  # the one disputed event is rejected: not in the public tiles either
