"""ACLED rows <-> event records: mapping, validation and the round trip."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.extract.model import EVENT_FIELDS, Event
from app.store.acled import (
    ACLED_COLUMNS,
    ACLED_EXTRA_COLUMNS,
    AcledRowError,
    Rejected,
    acled_row_to_record,
    check_acled_header,
    read_acled_rows,
    record_to_acled_row,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = FIXTURES / "acled_sample.csv"


def sample_rows() -> list[dict[str, str]]:
    with SAMPLE.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def odesa_row() -> dict[str, str]:
    return next(r for r in sample_rows() if r["event_id_cnty"] == "UKR184377")


def test_acled_columns_are_the_31_in_acled_order():
    assert len(ACLED_COLUMNS) == 31 == len(set(ACLED_COLUMNS))
    assert ACLED_COLUMNS[:4] == ("event_id_cnty", "event_date", "year", "time_precision")
    assert ACLED_COLUMNS[21:25] == ("location", "latitude", "longitude", "geo_precision")
    assert ACLED_COLUMNS[-3:] == ("fatalities", "tags", "timestamp")


def test_extra_columns_are_acled_columns_the_event_model_lacks():
    assert set(ACLED_EXTRA_COLUMNS) < set(ACLED_COLUMNS)
    # ACLED's `region` is a world region ("Eastern Europe"); the model's `region` is the admin area a
    # region-level event is known at (an object): different things, so ACLED's stays an extra column.
    assert set(ACLED_EXTRA_COLUMNS) & set(EVENT_FIELDS) == {"region"}


def test_fixture_has_several_countries():
    countries = {r["country"] for r in sample_rows()}
    assert len(countries) >= 8
    assert {"Ukraine", "Russia", "Sudan", "Mexico"} <= countries


def test_row_maps_onto_the_event_model(odesa_row):
    rec = acled_row_to_record(odesa_row)
    assert rec["id"] == "UKR184377"
    assert rec["event_date"] == "2024-03-24"
    assert (rec["event_type"], rec["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert (rec["lat"], rec["lon"]) == (46.4775, 30.7326)
    assert rec["country_code"] == "UA"
    assert rec["fatalities"] == 2 and rec["injured"] is None
    assert rec["actor2"] == "Civilians (Ukraine)"
    assert rec["source"]["outlet"] == "Odesa Regional Military Administration"
    assert rec["acled"]["civilian_targeting"] == "Civilian targeting"
    assert rec["acled"]["iso"] == "804"


def test_record_builds_an_event(odesa_row):
    event = Event.from_record(acled_row_to_record(odesa_row))
    assert event.to_feature()["geometry"]["coordinates"] == [30.7326, 46.4775]


def test_empty_optional_cells_become_none(odesa_row):
    rec = acled_row_to_record({**odesa_row, "actor2": " ", "admin1": ""})
    assert rec["actor2"] is None and rec["admin1"] is None


def test_old_style_dates_are_read():
    row = {**sample_rows()[0], "event_date": "22 March 2024"}
    assert acled_row_to_record(row)["event_date"] == "2024-03-22"


def test_country_code_falls_back_to_the_country_name():
    row = next(r for r in sample_rows() if r["country"] == "Democratic Republic of Congo")
    assert acled_row_to_record({**row, "iso": ""})["country_code"] == "CD"


@pytest.mark.parametrize("row", sample_rows(), ids=lambda r: r["event_id_cnty"])
def test_every_sample_row_round_trips_exactly(row):
    assert record_to_acled_row(acled_row_to_record(row)) == row


def test_exported_row_has_acled_columns_in_order(odesa_row):
    assert tuple(record_to_acled_row(acled_row_to_record(odesa_row))) == ACLED_COLUMNS


def test_extra_json_given_back_as_text_is_decoded(odesa_row):
    import json

    rec = acled_row_to_record(odesa_row)
    rec["acled"] = json.dumps(rec["acled"])
    assert record_to_acled_row(rec) == odesa_row


def test_extracted_event_becomes_an_acled_row():
    event = Event(
        id="cm-0123456789abcdef",
        event_date="2024-05-11",
        time_precision=1,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        lat=48.5079,
        lon=32.2623,
        location="Kropyvnytskyi",
        actor1="Military Forces of Russia (2000-)",
        country="Ukraine",
        country_code="UA",
        fatalities=None,
        source={
            "title": "Strike on bus depot",
            "outlet": "Test Wire",
            "url": None,
            "published": "2024-05-11",
        },
        notes="A missile hit a bus depot in Kropyvnytskyi overnight, officials said.",
    )
    row = record_to_acled_row(event.to_record())
    assert row["event_id_cnty"] == "cm-0123456789abcdef"
    assert row["year"] == "2024"
    assert row["disorder_type"] == "Political violence"
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["iso"] == "804"
    assert (row["latitude"], row["longitude"]) == ("48.5079", "32.2623")
    assert row["source"] == "Test Wire"
    assert row["fatalities"] == ""  # unknown stays unknown, not 0
    assert row["timestamp"] == ""


def test_own_export_of_an_extracted_event_imports_again():
    event = Event(
        id="cm-fedcba9876543210",
        event_date="2024-06-01",
        time_precision=2,
        event_type="Battles",
        sub_event_type="Armed clash",
        lat=48.0,
        lon=37.8,
        location="Donetsk",
        actor1="Military Forces of Ukraine (2019-)",
        country="Ukraine",
        country_code="UA",
    )
    rec = acled_row_to_record(record_to_acled_row(event.to_record()))
    assert rec["id"] == event.id and rec["fatalities"] is None and rec["time_precision"] == 2


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("latitude", "95.1234", "outside -90..90"),
        ("longitude", "east", "not a number"),
        ("longitude", "nan", "outside -180..180"),
        ("event_type", "Airstrike", "not an ACLED event type"),
        ("sub_event_type", "Armed clash", "not a sub-event type of 'Explosions/Remote violence'"),
        ("event_date", "2024-02-30", "not a date"),
        ("event_id_cnty", "", "event_id_cnty is empty"),
        ("event_id_cnty", "UKR 1", "not an id"),
        ("fatalities", "-3", "whole number"),
        ("fatalities", "2.5", "whole number"),
        ("year", "2023", "does not match event_date 2024-03-24"),
        ("time_precision", "0", "must be 1, 2 or 3"),
        ("geo_precision", "4", "must be 1, 2 or 3"),
        ("actor1", "", "actor1 is empty"),
        ("location", "", "location is empty"),
        ("iso", "UKR", "not a numeric ISO"),
        ("timestamp", "yesterday", "not a Unix time"),
    ],
)
def test_bad_cell_is_rejected_naming_column_and_reason(odesa_row, column, value, reason):
    with pytest.raises(AcledRowError, match=reason) as info:
        acled_row_to_record({**odesa_row, column: value})
    assert info.value.param == column


def test_missing_cell_is_rejected(odesa_row):
    row = dict(odesa_row)
    del row["latitude"]
    with pytest.raises(AcledRowError, match="latitude is empty"):
        acled_row_to_record(row)


def test_header_check_names_missing_columns():
    check_acled_header(ACLED_COLUMNS)
    check_acled_header([*ACLED_COLUMNS, "extra_column"])
    with pytest.raises(ValueError, match="missing column.*latitude, longitude"):
        check_acled_header([c for c in ACLED_COLUMNS if c not in ("latitude", "longitude")])


def read_file(path: Path) -> list[tuple[int, object]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(read_acled_rows(f))


def test_bad_rows_are_reported_by_starting_line_and_good_rows_kept():
    items = read_file(FIXTURES / "acled_bad_rows.csv")
    good = [(line, item["id"]) for line, item in items if isinstance(item, dict)]
    bad = [(line, item.event_id, item.column) for line, item in items if isinstance(item, Rejected)]
    # Row 1's note spans lines 2-3, so every later row starts one line further down than its index.
    assert good == [(2, "UKR900001"), (11, "UKR900009")]
    assert bad == [
        (4, "UKR900002", "latitude"),
        (5, "UKR900003", "event_type"),
        (6, "UKR900004", "sub_event_type"),
        (7, "UKR900005", "event_date"),
        (8, "", "event_id_cnty"),
        (9, "UKR900007", "fatalities"),
        (10, "UKR900008", "year"),
        (12, "UKR900010", "geo_precision"),
    ]


def test_rows_with_too_many_or_too_few_cells_are_rejected():
    header = ",".join(ACLED_COLUMNS)
    good = next(iter(SAMPLE.read_text(encoding="utf-8").splitlines()[1:2]))
    text = "\n".join([header, good + ",surplus", good.rsplit(",", 2)[0], good]) + "\n"
    items = list(read_acled_rows(io.StringIO(text, newline="")))
    assert [type(i).__name__ for _, i in items] == ["Rejected", "Rejected", "dict"]
    assert items[0][1].reason == "row has 32 cells, the header 31"
    assert items[1][1].reason == "row has 29 cells, the header 31"


def test_a_file_that_is_not_acled_is_refused_before_any_row():
    with pytest.raises(ValueError, match="not an ACLED export") as info:
        list(read_acled_rows(io.StringIO("id,lat,lon\n1,2,3\n")))
    assert info.value.param == "header"


def test_coordinates_come_back_as_written(odesa_row):
    row = {**odesa_row, "latitude": "46.48", "longitude": "30.7"}
    assert record_to_acled_row(acled_row_to_record(row)) == row


def test_moved_coordinates_are_not_replaced_by_the_written_ones(odesa_row):
    rec = acled_row_to_record(odesa_row)
    rec["lat"] = 46.5
    assert record_to_acled_row(rec)["latitude"] == "46.5000"


def test_import_reports_progress_in_bytes_up_to_the_file_size(tmp_settings, tmp_path):
    from app.store import open_store
    from app.store.acled import import_acled

    big = tmp_path / "big.csv"
    rows = sample_rows()
    with big.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, ACLED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for i in range(300):
            writer.writerow({**rows[i % len(rows)], "event_id_cnty": f"TST{i:05d}"})
    calls: list[tuple[int, int]] = []
    store = open_store(tmp_settings)
    try:
        result = import_acled(
            store, big, batch_size=100, on_progress=lambda done, total: calls.append((done, total))
        )
        assert (result.read, result.imported, store.count()) == (300, 300, 300)
    finally:
        store.close()
    size = big.stat().st_size
    assert len(calls) == 4  # three full batches, then the end
    assert all(total == size for _, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1][0] == size


def test_acleds_world_region_stays_an_extra_and_is_not_the_event_region(odesa_row):
    rec = acled_row_to_record(odesa_row)
    assert rec.get("region") is None  # the model's region is for region-level events of our own
    assert record_to_acled_row(rec)["region"] == odesa_row["region"] != ""
