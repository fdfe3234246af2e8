"""CQL2 filters, q= full text and sortby, translated to SQL: the same answers from SQLite and PostGIS.

The seed is the API tests' twelve hand-made events; every expectation below is worked out by hand from
that table (places, dates, tolls), not read back from either store.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pgtest import pg_schema_url  # noqa: F401  (fixture)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from event_seed import SEED_RECORDS  # noqa: E402

from app.errors import InvalidQuery  # noqa: E402
from app.store import EventFilter  # noqa: E402
from app.store.cql import parse_filter  # noqa: E402
from app.store.fulltext import parse_q  # noqa: E402

ALL = set(range(1, 13))


@pytest.fixture
def store(store):
    """The shared empty store on each backend, seeded with the twelve events."""
    store.add_events(SEED_RECORDS, origin="demo")
    return store


def numbers(records) -> set[int]:
    return {int(r["id"].rsplit("-", 1)[1]) for r in records}


def matching(store, **kw) -> set[int]:
    records, total = store.query(EventFilter(**kw))
    assert total == len(records)
    return numbers(records)


CASES = [
    ("claim_status = 'disputed'", {9}),
    ("claim_status <> 'reported'", {9, 12}),
    ("'disputed' = claim_status", {9}),
    ("fatalities > 0", {1, 2}),
    ("0 < fatalities", {1, 2}),
    ("fatalities >= 0", {1, 2, 11}),
    ("fatalities IS NULL", ALL - {1, 2, 11}),
    ("injured IS NOT NULL AND fatalities IS NULL", {4}),
    ("injured > fatalities", {1}),
    ("country IN ('Russia', 'Fiji')", {7, 8, 12}),
    ("country NOT IN ('Ukraine')", {7, 8, 12}),
    ("fatalities BETWEEN 1 AND 2", {1, 2}),
    ("fatalities NOT BETWEEN 1 AND 2", {11}),
    ("location LIKE 'K%'", {1, 2, 10}),
    ("location LIKE 'k%'", set()),  # CQL2 LIKE is case-sensitive, SQLite's LIKE would not be
    ("location LIKE '_yiv'", {10}),
    ("location NOT LIKE '%a%'", {2, 3, 5, 6, 10, 11, 12}),
    ("sub_event_type LIKE 'Air/drone%'", {1, 4, 9, 12}),
    ("sub_event_type LIKE 'Air\\/drone%'", {1, 4, 9, 12}),
    ("event_date >= DATE('2025-11-15')", {9, 10, 12}),
    ("event_date < '2025-10-31'", {7, 11}),
    ("event_date = TIMESTAMP('2025-11-02T23:30:00-02:00')", {1, 6}),  # 01:30 UTC on the 3rd
    ("actor1 = 'Military Forces of Russia' OR claimed_by = 'Ukraine'", {3, 12}),
    ("NOT (event_type = 'Protests') AND country_code = 'UA'", {1, 2, 3, 4, 6, 9, 10, 11}),
    ("origin = 'demo' AND confidence > 0.5", ALL),
    ("review_status = 'unreviewed'", ALL),
    ("S_INTERSECTS(geometry, BBOX(36, 49, 37, 51))", {1, 6, 12}),
    ("S_INTERSECTS(geometry, BBOX(178, -19, -178, -18))", {7, 8}),  # across the antimeridian
    ("S_INTERSECTS(geometry, POLYGON((30 46, 33 46, 33 47, 30 46)))", {2}),  # Odesa is outside the triangle
    ("S_WITHIN(geometry, POLYGON((30 46, 33 46, 33 47, 30 46)))", {2}),
    ("S_DISJOINT(geometry, BBOX(-180, -90, 0, 90))", ALL - {8}),
    ("S_EQUALS(geometry, POINT(24.0297 49.8397))", {5}),
    ("S_INTERSECTS(POINT(30.5234 50.4501), geometry)", {10}),
    ("S_INTERSECTS(geometry, MULTIPOINT((30.5234 50.4501), (0 0)))", {10}),
    ("S_CONTAINS(geometry, POINT(30.5234 50.4501))", {10}),
    ("S_TOUCHES(geometry, LINESTRING(24.0297 49.8397, 25 50))", {5}),
    ("S_CROSSES(geometry, LINESTRING(24 49, 25 50))", set()),
    ("S_OVERLAPS(geometry, POLYGON((30 46, 33 46, 33 47, 30 46)))", set()),
    ("S_INTERSECTS(geometry, BBOX(36, 49, 37, 51)) AND claim_status = 'claimed'", {12}),
    ('{"op": "and", "args": [{"op": "=", "args": [{"property": "country"}, "Ukraine"]},'
     ' {"op": "s_intersects", "args": [{"property": "geometry"}, {"bbox": [36, 49, 37, 51]}]}]}', {1, 6}),
    ('{"op": "like", "args": [{"property": "location"}, "K%"]}', {1, 2, 10}),
    ('{"op": "isNull", "args": [{"property": "actor1"}]}', ALL - {3}),
    ('{"op": "between", "args": [{"property": "fatalities"}, 1, 2]}', {1, 2}),
    ('{"op": "in", "args": [{"property": "country_code"}, ["RU", "FJ"]]}', {7, 8, 12}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_filter_selects_the_hand_worked_events(store, text, expected):
    assert matching(store, cql=parse_filter(text)) == expected


def test_filter_combines_with_bbox_datetime_and_paging(store):
    flt = EventFilter(
        cql=parse_filter("event_type = 'Explosions/Remote violence'"),
        bbox=(30.0, 45.0, 38.0, 51.0),
        start="2025-11-01",
        limit=2,
    )
    page, total = store.query(flt)
    # 1, 2, 4, 6, 9, 12 are explosions in the box since November; newest first: 12 (18th), 9 (15th).
    assert total == 6
    assert [numbers([r]) for r in page] == [{12}, {9}]


BAD = [
    "nope = 1",
    "fatalities = 'two'",
    "location = 3",
    "fatalities = true",
    "fatalities + 1 > 2",
    "location LIKE 3",
    "fatalities LIKE '1%'",
    "S_INTERSECTS(location, BBOX(0, 0, 1, 1))",
    "geometry = 'x'",
    "event_date > 'yesterday'",
    "claim_status = ",
    "location = 'Kyiv' AND",
    "upper(location) = 'KYIV'",
    '{"op": "=", "args": [{"property": "nope"}, 1]}',
    '{"op": "=", "args": ',
]


@pytest.mark.parametrize("text", BAD)
def test_bad_filters_are_invalid_query_naming_filter(text):
    with pytest.raises(InvalidQuery) as err:
        from app.store.cql import SQLITE, to_sql

        to_sql(parse_filter(text), SQLITE)
    assert err.value.param == "filter"


def test_unknown_filter_language_names_filter_lang():
    with pytest.raises(InvalidQuery) as err:
        parse_filter("fatalities > 1", "cql-text")
    assert err.value.param == "filter-lang"


def test_filter_values_are_bound_not_spliced(store):
    # SQL inside a literal compares as text; it never reaches the database as SQL.
    assert matching(store, cql=parse_filter("location = 'Kyiv\" OR 1=1; DROP TABLE events; --'")) == set()
    assert store.count() == 12


# -- q= full text ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("drone strike", {1, 4, 9, 12}),  # notes say "air/drone strike": both words, split at "/"
        ("Kharkiv, Odesa", {1, 4}),  # commas are alternatives
        ("military forces russia", {3}),  # actors are searched
        ("SHELLING", {2, 6, 11}),  # case-insensitive
        ("shell", set()),  # whole words, no prefix or stemming
        ("Suva protest", set()),  # notes say "peaceful protest reported at Suva": AND of both... see below
    ],
)
def test_q_full_text(store, q, expected):
    if q == "Suva protest":
        # the note has "protest" and the location "Suva": one event has both words
        expected = {7}
    assert matching(store, text=parse_q(q)) == expected


def test_q_follows_rewritten_notes(store):
    rec = dict(SEED_RECORDS[4])  # Lviv protest
    rec["notes"] = "Crowd gathered outside the regional council."
    store.add_events([rec], origin="demo")
    assert matching(store, text=parse_q("council")) == {5}
    assert 5 not in matching(store, text=parse_q("peaceful"))


def test_q_with_only_punctuation_is_invalid():
    with pytest.raises(InvalidQuery) as err:
        parse_q(" , ;; ")
    assert err.value.param == "q"


# -- sortby -----------------------------------------------------------------------------------------------


def test_sortby_puts_nulls_last_both_ways_then_newest_first(store):
    from app.store.queryables import parse_sortby

    desc, _ = store.query(EventFilter(sortby=parse_sortby("-fatalities"), limit=4))
    assert [(numbers([r]).pop(), r["fatalities"]) for r in desc] == [(1, 2), (2, 1), (11, 0), (10, None)]
    asc, _ = store.query(EventFilter(sortby=parse_sortby("fatalities"), limit=4))
    assert [r["fatalities"] for r in asc] == [0, 1, 2, None]
    by_place, _ = store.query(EventFilter(sortby=parse_sortby("location"), limit=3))
    assert [r["location"] for r in by_place] == ["Belgorod", "Chuhuiv", "Donetsk"]


def test_sortby_refuses_unknown_and_repeated_keys():
    from app.store.queryables import parse_sortby

    for bad in ("nope", "notes", "fatalities,-fatalities"):
        with pytest.raises(InvalidQuery) as err:
            parse_sortby(bad)
        assert err.value.param == "sortby"


# -- bounded counting and the seek plan ------------------------------------------------------------------


@pytest.mark.parametrize(
    "kw",
    [
        {},
        {"bbox": (30.0, 45.0, 38.0, 51.0)},
        {"bbox": (170.0, -20.0, -170.0, -10.0)},
        {"cql": parse_filter("country_code = 'UA'")},
        {"text": parse_q("reported")},
        {"start": "2025-11-01", "bbox": (20.0, 40.0, 40.0, 55.0)},
    ],
    ids=["all", "bbox", "antimeridian", "cql", "q", "date+bbox"],
)
def test_capped_count_pages_like_the_exact_one(store, kw):
    """Past count_limit the total is None and pages come from the date-index walk; every page must
    hold the same events, in the same order, as with an exact count."""
    exact, total = store.query(EventFilter(**kw))
    for limit, offset in ((3, 0), (3, 3), (2, 5), (100, 0)):
        capped, n = store.query(EventFilter(**kw, count_limit=1, limit=limit, offset=offset))
        assert [r["id"] for r in capped] == [r["id"] for r in exact[offset : offset + limit]]
        assert n == (None if total > 1 else total)
    _, n = store.query(EventFilter(**kw, count_limit=total, limit=1))
    assert n == total  # exactly at the cap is still exact


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        ((36.2304, 49.8353, 36.6880, 49.9935), {1, 6}),  # both edges run exactly through Kharkiv and Chuhuiv
        ((36.23041, 49.83531, 36.68799, 49.99349), set()),  # a hair inside them: neither
        ((20.0, 40.0, 40.0, 55.0), ALL - {7, 8}),
    ],
)
def test_capped_bbox_count_is_exact_at_the_edges(store, box, expected):
    records, total = store.query(EventFilter(bbox=box, count_limit=100))
    assert numbers(records) == expected and total == len(expected)
    _, capped = store.query(EventFilter(bbox=box, count_limit=1))
    assert capped == (len(expected) if len(expected) <= 1 else None)


@pytest.mark.parametrize("cap", [1, 2, 3, 8, 9, 100])
def test_capped_bbox_count_leaves_out_hidden_review_states(store, cap):
    """The public sees unreviewed and verified events: rejected ones in the box are not counted."""
    store.update_event("cm-test-01", {"review_status": "rejected"}, by="test-editor")
    store.update_event("cm-test-06", {"review_status": "verified"}, by="test-editor")
    box = (36.0, 49.0, 37.0, 51.0)  # Kharkiv (rejected), Chuhuiv (verified), Belgorod (unreviewed)
    flt = EventFilter(bbox=box, review_status=("unreviewed", "verified"), count_limit=cap, limit=1)
    page, total = store.query(flt)
    assert total == (2 if cap >= 2 else None)
    assert numbers(page) == {12}  # newest visible first: Belgorod (18 Nov) before Chuhuiv (3 Nov)
    everything, _ = store.query(EventFilter(bbox=box, count_limit=cap))
    assert numbers(everything) <= {1, 6, 12}
