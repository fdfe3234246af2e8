"""OGC API - Features Part 1 under /ogc, checked the way GDAL and QGIS read it."""

from __future__ import annotations

import pytest
from event_seed import BACKENDS, SEED_IDS, backend_settings, seed
from fastapi.testclient import TestClient
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.api import create_app

OAS30 = "application/vnd.oai.openapi+json;version=3.0"
CONF = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/"
ITEMS = "/ogc/collections/events/items"


@pytest.fixture(params=BACKENDS)
def client(request, tmp_settings):
    """The same tests on SQLite and on PostGIS (the latter skips locally without a server, fails in CI)."""
    with TestClient(create_app(backend_settings(request, tmp_settings))) as c:
        seed(c.app.state.store)
        yield c


def links_by_rel(doc: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for link in doc["links"]:
        out.setdefault(link["rel"], []).append(link)
    return out


def assert_problem(resp, param: str, status: int = 400) -> None:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/problem+json")
    assert resp.json()["invalid_params"][0]["name"] == param


def test_landing_page_links(client):
    r = client.get("/ogc", headers={"Accept": "application/json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    rels = links_by_rel(r.json())
    assert rels["self"][0]["href"] == "http://testserver/ogc"
    assert rels["alternate"][0]["type"] == "text/html"
    assert rels["service-desc"][0] == {
        "rel": "service-desc",
        "type": OAS30,
        "title": "OpenAPI 3.0 definition",
        "href": "http://testserver/ogc/api",
    }
    assert rels["service-doc"][0]["type"] == "text/html"
    assert rels["conformance"][0]["href"] == "http://testserver/ogc/conformance"
    assert rels["data"][0]["href"] == "http://testserver/ogc/collections"


def test_landing_page_with_trailing_slash(client):
    assert client.get("/ogc/").json()["links"][0]["href"] == "http://testserver/ogc"


def test_service_desc_is_openapi_30_with_limit_component(client):
    r = client.get("/ogc/api")
    assert r.status_code == 200
    assert r.headers["content-type"] == OAS30
    doc = r.json()
    assert doc["openapi"].startswith("3.0.")
    assert doc["components"]["parameters"]["limit"]["schema"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 10000,
        "default": 100,
    }
    params = doc["paths"]["/collections/events/items"]["get"]["parameters"]
    assert {"$ref": "#/components/parameters/limit"} in params
    assert doc["servers"] == [{"url": "http://testserver/ogc"}]


def test_service_desc_declares_only_event_type_as_a_property_filter(client):
    # QGIS treats form/explode=false scalar parameters as queryables, except these names.
    comps = client.get("/ogc/api").json()["components"]["parameters"]
    queryables = {
        name
        for name, p in comps.items()
        if p["in"] == "query" and p.get("style") == "form" and p.get("explode") is False
        and isinstance(p["schema"].get("type"), str) and p["schema"]["type"] != "array"
        and name not in ("crs", "bbox", "bbox-crs", "filter", "filter-lang", "filter-crs", "datetime", "limit")
    }  # fmt: skip
    assert queryables == {"event_type"}


def test_conformance_classes(client):
    conforms = set(client.get("/ogc/conformance").json()["conformsTo"])
    assert {CONF + c for c in ("core", "geojson", "html", "oas30")} <= conforms


def test_collections_list_events_with_extent_from_the_store(client):
    body = client.get("/ogc/collections").json()
    (coll,) = body["collections"]
    assert coll["id"] == "events"
    minlon, minlat, maxlon, maxlat = coll["extent"]["spatial"]["bbox"][0]
    assert (minlon, minlat, maxlon, maxlat) == (-178.8, -18.21, 178.4419, 50.5997)
    assert coll["extent"]["spatial"]["crs"] == "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
    assert coll["extent"]["temporal"]["interval"] == [["2025-09-20T00:00:00Z", "2025-11-20T23:59:59Z"]]
    items = [link for link in coll["links"] if link["rel"] == "items"]
    assert {link["type"] for link in items} == {"application/geo+json", "text/html"}


def test_collection_metadata(client):
    r = client.get("/ogc/collections/events")
    assert r.status_code == 200 and r.json()["id"] == "events"


def test_empty_store_has_whole_world_extent(tmp_settings):
    with TestClient(create_app(tmp_settings)) as c:
        coll = c.get("/ogc/collections/events").json()
        assert coll["extent"]["spatial"]["bbox"] == [[-180.0, -90.0, 180.0, 90.0]]
        body = c.get(ITEMS).json()
        assert body["numberMatched"] == body["numberReturned"] == 0


def test_unknown_collection_is_404_problem(client):
    assert_problem(client.get("/ogc/collections/battles"), "collectionId", 404)
    assert_problem(client.get("/ogc/collections/battles/items"), "collectionId", 404)


def test_items_page_counts_timestamp_and_links(client):
    r = client.get(ITEMS, params={"limit": 5, "offset": 5})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    body = r.json()
    assert (body["numberMatched"], body["numberReturned"], len(body["features"])) == (12, 5, 5)
    assert body["timeStamp"].endswith("Z")
    rels = links_by_rel(body)
    assert rels["self"][0]["type"] == "application/geo+json"
    assert rels["alternate"][0]["type"] == "text/html"
    nxt = rels["next"][0]
    assert (nxt["rel"], nxt["type"], nxt["title"]) == ("next", "application/geo+json", "Next page")
    # The next page is a seek after this page's last feature (a cursor), and holds what offset=10 holds.
    assert nxt["href"].startswith("http://testserver/ogc/collections/events/items?limit=5&cursor=")
    assert "offset" not in nxt["href"]
    by_cursor = [f["id"] for f in client.get(nxt["href"]).json()["features"]]
    by_offset = [f["id"] for f in client.get(ITEMS, params={"limit": 5, "offset": 10}).json()["features"]]
    assert by_cursor == by_offset and len(by_cursor) == 2
    assert rels["prev"][0]["href"].endswith("?limit=5&offset=0")


def test_a_cursor_page_has_no_prev_and_its_self_link_keeps_the_cursor(client):
    first = links_by_rel(client.get(ITEMS, params={"limit": 5}).json())
    second = client.get(first["next"][0]["href"]).json()
    rels = links_by_rel(second)
    assert "prev" not in rels and "cursor=" in rels["self"][0]["href"]
    assert second["numberMatched"] == 12  # the whole query's total on every page


@pytest.mark.parametrize("cursor", ["nonsense", "WyIiLFsxXV0", "eyJhIjoxfQ", "W10"])
def test_a_forged_cursor_is_a_400_naming_cursor(client, cursor):
    assert_problem(client.get(ITEMS, params={"cursor": cursor}), "cursor")


def test_cursor_and_offset_together_are_refused(client):
    nxt = links_by_rel(client.get(ITEMS, params={"limit": 5}).json())["next"][0]["href"]
    assert_problem(client.get(nxt + "&offset=5"), "offset")


def test_a_cursor_from_another_sortby_is_refused(client):
    nxt = links_by_rel(client.get(ITEMS, params={"limit": 5, "sortby": "-fatalities"}).json())["next"][0][
        "href"
    ]
    assert_problem(client.get(nxt.replace("sortby=-fatalities", "sortby=location")), "cursor")


@pytest.mark.parametrize("sortby", ["-fatalities", "location,-injured", "+claimed_by", "-event_date"])
def test_cursor_pages_follow_sortby_with_nulls_last_and_ties(client, sortby):
    whole = [f["id"] for f in client.get(ITEMS, params={"limit": 100, "sortby": sortby}).json()["features"]]
    seen: list[str] = []
    url = f"{ITEMS}?limit=3&sortby={sortby}"
    while url:
        body = client.get(url).json()
        seen += [f["id"] for f in body["features"]]
        url = next((link["href"] for link in body["links"] if link["rel"] == "next"), None)
    assert seen == whole and len(seen) == 12


def test_first_page_has_no_prev_and_last_page_no_next(client):
    first = links_by_rel(client.get(ITEMS, params={"limit": 6}).json())
    last = links_by_rel(client.get(ITEMS, params={"limit": 6, "offset": 6}).json())
    assert "prev" not in first and "next" in first
    assert "next" not in last and "prev" in last


def test_default_limit_is_100(client):
    self_link = links_by_rel(client.get(ITEMS).json())["self"][0]["href"]
    assert "limit=100" in self_link


def test_next_links_visit_every_feature_once(client):
    seen: list[str] = []
    url = f"{ITEMS}?limit=5"
    while url:
        body = client.get(url).json()
        seen += [f["id"] for f in body["features"]]
        url = next((link["href"] for link in body["links"] if link["rel"] == "next"), None)
    assert sorted(seen) == sorted(SEED_IDS)


def test_limit_above_maximum_is_clamped(client):
    r = client.get(ITEMS, params={"limit": 10**9})
    assert r.status_code == 200
    assert r.json()["numberReturned"] == 12
    assert "limit=10000" in links_by_rel(r.json())["self"][0]["href"]


def test_items_bbox_and_datetime(client):
    r = client.get(ITEMS, params={"bbox": "35,46,38,51", "datetime": "2025-11-01/2025-11-10"})
    assert {f["id"] for f in r.json()["features"]} == {"cm-test-01", "cm-test-03", "cm-test-06"}
    assert r.json()["numberMatched"] == 3


def test_items_bbox_with_heights(client):
    r = client.get(ITEMS, params={"bbox": "35,46,-10,38,51,1000"})
    assert r.json()["numberMatched"] == 6


def test_items_event_type_filter(client):
    r = client.get(ITEMS, params={"event_type": "Protests"})
    assert {f["id"] for f in r.json()["features"]} == {"cm-test-05", "cm-test-07", "cm-test-08"}


def test_paging_links_keep_filters(client):
    body = client.get(ITEMS, params={"datetime": "2025-11-01/..", "limit": 2}).json()
    nxt = links_by_rel(body)["next"][0]["href"]
    assert "datetime=2025-11-01%2F.." in nxt and "cursor=" in nxt


@pytest.mark.parametrize(
    "query", ["foo=1", "limit=5&resultType=hits", "propertyName=id", "sortBy=event_date"]
)
def test_unknown_parameters_are_400_not_422(client, query):
    name = query.split("&")[-1].split("=")[0]
    assert_problem(client.get(f"{ITEMS}?{query}"), name)


@pytest.mark.parametrize(
    ("param", "value"),
    [("limit", "0"), ("limit", "-4"), ("limit", "x"), ("offset", "-1"), ("bbox", "1,2,3"),
     ("bbox", "10,60,20,50"), ("datetime", "2025-11-31"), ("datetime", "2025-11-10/2025-11-01"),
     ("event_type", "Shelling"), ("f", "xml")],
)  # fmt: skip
def test_invalid_parameters_are_400_problems(client, param, value):
    assert_problem(client.get(ITEMS, params={param: value}), param)


def test_repeated_parameter_is_400(client):
    assert_problem(client.get(f"{ITEMS}?limit=2&limit=3"), "limit")


@pytest.mark.parametrize("path", ["/ogc", "/ogc/conformance", "/ogc/collections", "/ogc/collections/events"])
def test_metadata_endpoints_refuse_unknown_parameters(client, path):
    assert_problem(client.get(f"{path}?limit=10"), "limit")


def test_f_json_is_accepted_everywhere(client):
    for path in (
        "/ogc",
        "/ogc/conformance",
        "/ogc/collections",
        "/ogc/collections/events",
        ITEMS,
        "/ogc/api",
    ):
        r = client.get(path, params={"f": "json"})
        assert r.status_code == 200, path
        assert "json" in r.headers["content-type"], path


def test_single_item(client):
    r = client.get(f"{ITEMS}/cm-test-09")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    feat = r.json()
    assert feat["type"] == "Feature" and feat["id"] == "cm-test-09"
    assert feat["properties"]["claim_status"] == "disputed"
    rels = links_by_rel(feat)
    assert rels["self"][0]["href"] == "http://testserver/ogc/collections/events/items/cm-test-09"
    assert rels["collection"][0]["href"] == "http://testserver/ogc/collections/events"


def test_unknown_item_is_404_problem(client):
    assert_problem(client.get(f"{ITEMS}/cm-nope"), "featureId", 404)


BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize(
    ("path", "needle"),
    [("/ogc", "OAPIF:"), ("/ogc/conformance", "conf/oas30"), ("/ogc/collections", "Conflict events"),
     ("/ogc/collections/events", "Temporal extent"), (ITEMS, "12 matching events"), (f"{ITEMS}/cm-test-01", "Kharkiv")],
)  # fmt: skip
def test_browsers_get_html(client, path, needle):
    r = client.get(path, headers={"Accept": BROWSER_ACCEPT})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert needle in r.text


def test_f_html_overrides_accept(client):
    r = client.get(ITEMS, params={"f": "html", "limit": 2}, headers={"Accept": "application/geo+json"})
    assert r.headers["content-type"].startswith("text/html")
    assert "Next page" in r.text


def test_html_escapes_stored_text(client):
    client.app.state.store.add_events(
        [{**client.get(f"{ITEMS}/cm-test-05").json()["properties"], "lat": 49.8, "lon": 24.0,
          "id": "cm-test-xss", "notes": "<script>alert(1)</script>"}],
        origin="demo",
    )  # fmt: skip
    r = client.get(f"{ITEMS}/cm-test-xss", params={"f": "html"})
    assert "<script>alert(1)</script>" not in r.text
    assert "&lt;script&gt;" in r.text


@pytest.mark.parametrize("accept", ["application/json", "application/geo+json, application/json", "*/*", ""])
def test_clients_without_html_preference_get_json(client, accept):
    r = client.get(ITEMS, headers={"Accept": accept})
    assert r.headers["content-type"].startswith("application/geo+json")


def test_collection_is_described_by_a_json_schema(client):
    coll = client.get("/ogc/collections/events").json()
    link = next(link for link in coll["links"] if link["rel"].lower() == "describedby")
    assert link["type"] == "application/schema+json"
    r = client.get(link["href"])
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/schema+json")
    props = r.json()["properties"]["properties"]["properties"]
    assert props["event_date"] == {"type": "string", "format": "date"}
    assert props["fatalities"]["type"] == "integer"
    assert all(isinstance(p["type"], str) for p in props.values())


def test_crs84_may_be_named_explicitly(client):
    crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
    r = client.get(ITEMS, params={"crs": crs84, "bbox-crs": crs84, "bbox": "35,46,38,51"})
    assert r.status_code == 200 and r.json()["numberMatched"] == 6
    assert r.headers["content-crs"] == f"<{crs84}>"
    assert client.get(f"{ITEMS}/cm-test-01", params={"crs": crs84}).status_code == 200


@pytest.mark.parametrize("param", ["crs", "bbox-crs"])
def test_other_crs_is_a_400(client, param):
    assert_problem(client.get(ITEMS, params={param: "http://www.opengis.net/def/crs/EPSG/0/3857"}), param)


def test_a_cursor_too_long_for_a_link_falls_back_to_an_offset(client, monkeypatch):
    from app.api import paging

    monkeypatch.setattr(paging, "MAX_CURSOR_CHARS", 10)
    nxt = links_by_rel(client.get(ITEMS, params={"limit": 5}).json())["next"][0]["href"]
    assert "offset=5" in nxt and "cursor" not in nxt
