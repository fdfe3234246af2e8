"""The store contract, run on both backends: SQLite (always) and PostGIS (skips locally without it, fails in CI)."""

from __future__ import annotations

import numpy as np
import pytest
from pgtest import pg_schema_url  # noqa: F401  (fixture)
from pyproj import Geod

from app.errors import InvalidQuery, StoreError
from app.extract.model import EVENT_FIELDS, Article, Event
from app.settings import Settings
from app.store import EventFilter, load_demo_events, open_store, read_demo_records
from app.store._records import REVIEW_FIELDS, search_boxes
from app.store.postgis import PostgisStore
from app.store.sqlite import SQLiteStore

GEOD = Geod(ellps="WGS84")
STRIKE = ("Explosions/Remote violence", "Air/drone strike")
CLASH = ("Battles", "Armed clash")


def article(aid: str, outlet: str = "Wire", published: str = "2025-12-27") -> Article:
    return Article(id=aid, text=f"Text of {aid}.", title=f"Report {aid}", published=published, outlet=outlet)


def event(
    eid: str,
    lat: float,
    lon: float,
    *,
    date: str = "2025-12-27",
    kind: tuple[str, str] = STRIKE,
    location: str = "Somewhere",
    fatalities: int | None = None,
) -> Event:
    return Event(
        id=eid,
        event_date=date,
        time_precision=1,
        event_type=kind[0],
        sub_event_type=kind[1],
        lat=lat,
        lon=lon,
        location=location,
        fatalities=fatalities,
        notes=f"note for {eid}",
    )


def moved(lat: float, lon: float, km: float, azimuth: float = 90.0) -> tuple[float, float]:
    lon2, lat2, _ = GEOD.fwd(lon, lat, azimuth, km * 1000.0)
    return lat2, lon2


def record(eid: str, lat: float, lon: float, date: str = "2025-12-01", kind=STRIKE) -> dict:
    return {**event(eid, lat, lon, date=date, kind=kind).to_record(), "source": {"outlet": "Sample"}}


KYIV = (50.45466, 30.5238)
KHARKIV = (49.98177, 36.25475)


# -- ingest ----------------------------------------------------------------------------------------------


def test_ingest_returns_the_stored_ids(store):
    ids = store.ingest(article("a1"), [event("cm-a", *KYIV), event("cm-b", *KHARKIV)])
    assert ids == ["cm-a", "cm-b"]
    assert store.count() == 2


def test_ingested_record_carries_provenance(store):
    store.ingest(article("a1", outlet="Kyiv Wire"), [event("cm-a", *KYIV, fatalities=2)])
    rec = store.get("cm-a")
    assert rec["article"] == "a1"
    assert rec["source"]["outlet"] == "Kyiv Wire"
    assert rec["sources"] == [
        {"article": "a1", "title": "Report a1", "outlet": "Kyiv Wire", "url": None, "published": "2025-12-27"}
    ]
    assert rec["origin"] == "extracted"
    assert rec["fatalities"] == 2
    assert (rec["lat"], rec["lon"]) == KYIV


def test_records_are_contract_properties_plus_lat_lon_origin_sources_review(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV)])
    rec = store.query(EventFilter())[0][0]
    assert set(rec) == {*EVENT_FIELDS, "lat", "lon", "origin", "sources", *REVIEW_FIELDS, "corrections"}
    assert (rec["review_status"], rec["reviewed_by"], rec["corrections"]) == ("unreviewed", None, {})


def test_reingesting_the_same_article_changes_nothing(store):
    evs = [event("cm-a", *KYIV), event("cm-b", *KHARKIV)]
    first = store.ingest(article("a1"), evs)
    before = store.query(EventFilter())[0]
    again = store.ingest(article("a1"), evs)
    assert again == first
    assert store.query(EventFilter())[0] == before


def test_reingesting_a_changed_article_replaces_its_contribution(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV), event("cm-b", *KHARKIV)])
    store.ingest(article("a1"), [event("cm-a", *KYIV, fatalities=3)])
    assert store.count() == 1
    assert store.get("cm-b") is None
    assert store.get("cm-a")["fatalities"] == 3


def test_same_strike_reported_twice_becomes_one_event_with_two_sources(store):
    store.ingest(article("a1", outlet="First"), [event("cm-a", *KYIV)])
    nearby = moved(*KYIV, 3.0)
    ids = store.ingest(article("b1", outlet="Second"), [event("cm-b", *nearby)])
    assert ids == ["cm-a"]  # the first report's id is kept
    assert store.count() == 1
    rec = store.get("cm-a")
    assert [s["outlet"] for s in rec["sources"]] == ["First", "Second"]
    assert rec["article"] == "a1"


def test_reports_further_apart_than_five_km_stay_separate(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV)])
    store.ingest(article("b1"), [event("cm-b", *moved(*KYIV, 7.0))])
    assert store.count() == 2


def test_reports_on_different_days_or_types_stay_separate(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV)])
    store.ingest(article("b1"), [event("cm-b", *KYIV, date="2025-12-28")])
    store.ingest(article("c1"), [event("cm-c", *KYIV, kind=CLASH)])
    assert store.count() == 3


def test_two_events_of_one_article_are_not_merged(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV), event("cm-a2", *moved(*KYIV, 1.0))])
    assert store.count() == 2


def test_merge_picks_the_nearest_candidate(store):
    store.ingest(article("a1"), [event("cm-far", *moved(*KYIV, 4.0, 0.0))])
    store.ingest(article("a2"), [event("cm-near", *moved(*KYIV, 2.0, 180.0))])
    assert store.ingest(article("b1"), [event("cm-b", *KYIV)]) == ["cm-near"]


def test_withdrawing_the_first_report_keeps_the_event_for_the_other_source(store):
    store.ingest(article("a1", outlet="First"), [event("cm-a", *KYIV)])
    store.ingest(article("b1", outlet="Second"), [event("cm-b", *KYIV)])
    store.ingest(article("a1", outlet="First"), [])  # a corrected article that no longer reports the strike
    rec = store.get("cm-a")
    assert [s["article"] for s in rec["sources"]] == ["b1"]
    assert rec["article"] == "b1"
    assert rec["source"]["outlet"] == "Second"


def test_reingest_after_a_merge_is_idempotent(store):
    store.ingest(article("a1"), [event("cm-a", *KYIV)])
    store.ingest(article("b1"), [event("cm-b", *KYIV)])
    store.ingest(article("b1"), [event("cm-b", *KYIV)])
    store.ingest(article("a1"), [event("cm-a", *KYIV)])
    assert store.count() == 1
    assert len(store.get("cm-a")["sources"]) == 2


def test_ingest_rejects_an_event_off_the_globe(store):
    with pytest.raises(InvalidQuery) as err:
        store.ingest(article("a1"), [event("cm-a", 95.0, 30.0)])
    assert err.value.param == "lat"
    assert store.count() == 0


# -- add_events --------------------------------------------------------------------------------------------


def test_add_events_upserts_by_id(store):
    assert store.add_events([record("x1", *KYIV)], origin="acled") == 1
    changed = {**record("x1", *KHARKIV), "fatalities": 7}
    store.add_events([changed], origin="acled")
    assert store.count() == 1
    rec = store.get("x1")
    assert (rec["lat"], rec["lon"], rec["fatalities"]) == (*KHARKIV, 7)
    assert store.query(EventFilter(bbox=(36.0, 49.5, 36.5, 50.5)))[1] == 1  # the index moved too


def test_acled_extra_columns_round_trip(store):
    extra = {"admin2": "Kyivskyi", "tags": "crowd size=no report"}
    store.add_events([{**record("UKR1", *KYIV), "acled": extra}], origin="acled")
    assert store.get("UKR1")["acled"] == extra
    assert store.get("UKR1")["origin"] == "acled"


def test_add_events_refuses_an_unknown_origin(store):
    with pytest.raises(StoreError):
        store.add_events([record("x1", *KYIV)], origin="rumour")


def test_demo_events_load_idempotently(store):
    n = len(read_demo_records())
    assert load_demo_events(store) == n
    load_demo_events(store)
    assert store.count() == n
    assert store.query(EventFilter(origin="demo"))[1] == n


def test_extracted_events_do_not_merge_into_demo_events(store):
    load_demo_events(store)
    kyiv_demo = next(r for r in read_demo_records() if r["location"] == "Kyiv")
    store.ingest(
        article("a1"),
        [event("cm-a", kyiv_demo["lat"], kyiv_demo["lon"], date=kyiv_demo["event_date"], kind=STRIKE)],
    )
    assert store.get("cm-a") is not None


# -- query -------------------------------------------------------------------------------------------------


def _ids(store, **kw) -> list[str]:
    return [r["id"] for r in store.query(EventFilter(**kw))[0]]


def test_bbox_selects_points_inside(store):
    store.add_events([record("kyiv", *KYIV), record("kharkiv", *KHARKIV)], origin="acled")
    assert _ids(store, bbox=(30.0, 50.0, 31.0, 51.0)) == ["kyiv"]


def test_bbox_edges_are_inclusive(store):
    store.add_events([record("kyiv", *KYIV)], origin="acled")
    assert _ids(store, bbox=(KYIV[1], KYIV[0], KYIV[1], KYIV[0])) == ["kyiv"]


def test_bbox_crossing_the_antimeridian(store):
    store.add_events(
        [record("east", -16.5, 179.6), record("west", -16.7, -179.8), record("greenwich", 51.5, 0.0)],
        origin="acled",
    )
    assert sorted(_ids(store, bbox=(179.0, -20.0, -179.0, -10.0))) == ["east", "west"]


def test_date_range_is_inclusive(store):
    store.add_events(
        [record(f"d{d}", *KYIV, date=f"2025-12-{d:02d}") for d in (20, 21, 22, 23)], origin="acled"
    )
    assert _ids(store, start="2025-12-21", end="2025-12-22") == ["d22", "d21"]
    assert _ids(store, start="2025-12-23") == ["d23"]
    assert _ids(store, end="2025-12-20") == ["d20"]


def test_event_type_filter(store):
    store.add_events([record("s", *KYIV), record("b", *KYIV, kind=CLASH)], origin="acled")
    assert _ids(store, event_types=("Battles",)) == ["b"]
    assert sorted(_ids(store, event_types=("Battles", STRIKE[0]))) == ["b", "s"]


def test_near_within_km_uses_the_geodesic_distance(store):
    centre = (69.35, 88.19)  # Norilsk: at 69°N a degree of longitude is ~39 km, a planar test goes wrong
    inside = moved(*centre, 9.9, 90.0)
    outside = moved(*centre, 10.1, 90.0)
    north = moved(*centre, 9.9, 0.0)
    store.add_events(
        [record("in", *inside), record("out", *outside), record("north", *north)], origin="acled"
    )
    assert sorted(_ids(store, near=centre, within_km=10.0)) == ["in", "north"]


def test_near_across_the_antimeridian(store):
    centre = (-16.6, 179.95)
    store.add_events(
        [record("across", *moved(*centre, 20.0, 90.0)), record("far", *moved(*centre, 40.0, 90.0))],
        origin="acled",
    )
    assert _ids(store, near=centre, within_km=30.0) == ["across"]


def test_near_combines_with_other_filters_and_pages(store):
    recs = [record(f"e{i}", *moved(*KYIV, i * 1.0), date=f"2025-12-{10 + i:02d}") for i in range(10)]
    store.add_events(recs, origin="acled")
    rows, total = store.query(EventFilter(near=KYIV, within_km=5.5, start="2025-12-11", limit=2, offset=1))
    assert total == 5  # e1..e5
    assert [r["id"] for r in rows] == ["e4", "e3"]


def test_order_is_date_desc_then_id(store):
    store.add_events(
        [
            record("b", *KYIV, date="2025-12-02"),
            record("a", *KYIV, date="2025-12-02"),
            record("c", *KYIV, date="2025-12-03"),
            record("d", *KYIV, date="2025-12-01"),
        ],
        origin="acled",
    )
    assert _ids(store) == ["c", "a", "b", "d"]


def test_limit_offset_and_exact_total(store):
    store.add_events([record(f"e{i:02d}", *KYIV) for i in range(25)], origin="acled")
    rows, total = store.query(EventFilter(limit=10, offset=20))
    assert total == 25
    assert [r["id"] for r in rows] == [f"e{i:02d}" for i in range(20, 25)]


def test_offset_past_the_end_gives_no_rows_but_the_total(store):
    store.add_events([record("a", *KYIV)], origin="acled")
    assert store.query(EventFilter(offset=5, limit=10)) == ([], 1)
    assert store.query(EventFilter(offset=5, limit=10, near=KYIV, within_km=1)) == ([], 1)


def test_limit_zero_counts_without_rows(store):
    store.add_events([record("a", *KYIV), record("b", *KYIV)], origin="acled")
    assert store.query(EventFilter(limit=0)) == ([], 2)


def test_get_unknown_id_is_none(store):
    assert store.get("nope") is None


def test_extent_of_an_empty_store(store):
    assert store.extent() == (None, (None, None))


def test_extent_covers_everything(store):
    store.add_events(
        [record("a", *KYIV, date="2025-12-01"), record("b", *KHARKIV, date="2025-12-09")], origin="acled"
    )
    bbox, (start, end) = store.extent()
    assert bbox == (KYIV[1], KHARKIV[0], KHARKIV[1], KYIV[0])
    assert (start, end) == ("2025-12-01", "2025-12-09")


def test_check_passes_on_a_used_store(store):
    load_demo_events(store)
    store.ingest(article("a1"), [event("cm-a", *KYIV)])
    assert store.check()


# -- helpers and the factory ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "centre,km",
    [((50.45, 30.52), 5.0), ((69.35, 88.19), 300.0), ((-16.6, 179.95), 50.0), ((-16.6, -179.95), 50.0),
     ((0.0, 0.0), 2000.0), ((89.0, 10.0), 200.0), ((-88.5, -60.0), 400.0)],
)  # fmt: skip
def test_search_boxes_contain_the_whole_circle(centre, km):
    az = np.linspace(0.0, 360.0, 3601)
    lons, lats, _ = GEOD.fwd(
        np.full_like(az, centre[1]), np.full_like(az, centre[0]), az, np.full_like(az, km * 1000)
    )
    boxes = search_boxes(centre[0], centre[1], km)
    for lat, lon in zip(lats, lons, strict=True):
        assert any(b[0] <= lon <= b[2] and b[1] <= lat <= b[3] for b in boxes), (lat, lon, boxes)


def test_open_store_defaults_to_sqlite_under_the_data_dir(tmp_settings):
    s = open_store(tmp_settings)
    try:
        assert isinstance(s, SQLiteStore)
        assert s.path == tmp_settings.data_dir / "conflictmap.sqlite"
    finally:
        s.close()


def test_open_store_picks_postgis_for_a_postgresql_url(request, tmp_settings):
    url = request.getfixturevalue("pg_schema_url")
    s = open_store(tmp_settings.model_copy(update={"database_url": url}))
    try:
        assert isinstance(s, PostgisStore)
    finally:
        s.close()


def test_open_store_rejects_other_urls(tmp_settings):
    with pytest.raises(StoreError):
        open_store(Settings(data_dir=tmp_settings.data_dir, database_url="mysql://x"))
