"""`conflictmap import-acled` and `conflictmap export`, run through the real CLI entry point against a real store."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import require
from pgtest import pg_schema_url  # noqa: F401  (fixture)

from app.cli.main import main
from app.extract.model import Article, Event
from app.settings import Settings
from app.store import open_store
from app.store.acled import ACLED_COLUMNS
from app.store.base import EventFilter

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = FIXTURES / "acled_sample.csv"
BAD = FIXTURES / "acled_bad_rows.csv"


def read_csv(path: Path | str) -> tuple[list[str], dict[str, dict[str, str]]]:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = {r["event_id_cnty"]: r for r in reader}
        return list(reader.fieldnames or ()), rows


SAMPLE_HEADER, SAMPLE_ROWS = read_csv(SAMPLE)


class Cli:
    """Runs `conflictmap ARGS...` in-process through app.cli.main.main (exit-status policy included)."""

    def __init__(self, monkeypatch, capsys) -> None:
        self._mp = monkeypatch
        self._capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self._capsys.readouterr()
        self._mp.setattr(sys, "argv", ["conflictmap", *args])
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = self._capsys.readouterr()
        return code, out, err


@pytest.fixture(params=["sqlite", "postgis"])
def settings(request, tmp_path, monkeypatch) -> Settings:
    """The environment the CLI reads: a private data dir (SQLite) or a private PostGIS schema."""
    index_dir = Settings().index_dir
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CONFLICTMAP_GAZETTEER_DIR", str(index_dir))
    if request.param == "postgis":
        monkeypatch.setenv("CONFLICTMAP_DATABASE_URL", request.getfixturevalue("pg_schema_url"))
    else:
        monkeypatch.delenv("CONFLICTMAP_DATABASE_URL", raising=False)
    return Settings()


@pytest.fixture
def cli(settings, monkeypatch, capsys) -> Cli:
    return Cli(monkeypatch, capsys)


@pytest.fixture
def imported(cli) -> Cli:
    code, _, err = cli("import-acled", str(SAMPLE), "--quiet")
    assert code == 0, err
    return cli


def stored(settings: Settings, **flt) -> list[dict]:
    store = open_store(settings)
    try:
        return store.query(EventFilter(**flt))[0]
    finally:
        store.close()


# --- import-acled ---------------------------------------------------------------------------------


def test_import_stores_every_row_with_its_id_and_origin_acled(cli, settings):
    code, _, err = cli("import-acled", str(SAMPLE), "--quiet")
    assert code == 0, err
    assert "imported 17 of 17 rows" in err and "rejected 0" in err
    records = stored(settings)
    assert {r["id"] for r in records} == set(SAMPLE_ROWS)
    assert {r["origin"] for r in records} == {"acled"}


def test_import_keeps_acled_only_columns(imported, settings):
    (rec,) = [r for r in stored(settings) if r["id"] == "MEX83410"]
    assert rec["acled"]["assoc_actor_2"] == "Journalists (Mexico)"
    assert rec["acled"]["region"] == "Central America"
    assert rec["country_code"] == "MX" and (rec["lat"], rec["lon"]) == (17.5506, -99.5058)


def test_import_is_idempotent_by_event_id_cnty(imported, settings):
    code, _, err = imported("import-acled", str(SAMPLE), "--quiet")
    assert code == 0, err
    assert len(stored(settings)) == 17


def test_reimport_updates_a_changed_row(imported, settings, tmp_path):
    changed = tmp_path / "revised.csv"
    text = SAMPLE.read_text(encoding="utf-8").replace(",2024-04-12,2024,1,", ",2024-04-12,2024,2,")
    changed.write_text(text, encoding="utf-8")
    assert imported("import-acled", str(changed), "--quiet")[0] == 0
    records = {r["id"]: r for r in stored(settings)}
    assert len(records) == 17 and records["SDN30298"]["time_precision"] == 2


def test_bad_rows_are_reported_with_line_and_reason_and_good_rows_kept(cli, settings):
    code, _, err = cli("import-acled", str(BAD), "--quiet")
    assert code == 0
    assert "acled_bad_rows.csv:4: UKR900002 rejected: latitude 95.1234 is outside -90..90" in err
    assert (
        "acled_bad_rows.csv:5: UKR900003 rejected: event_type 'Airstrike' is not an ACLED event type" in err
    )
    assert "acled_bad_rows.csv:8: rejected: event_id_cnty is empty" in err
    assert "acled_bad_rows.csv:12: UKR900010 rejected: geo_precision '4' must be 1, 2 or 3" in err
    assert "imported 2 of 10 rows" in err and "rejected 8" in err
    assert {r["id"] for r in stored(settings)} == {"UKR900001", "UKR900009"}


def test_json_summary_and_rejects_file_list_every_bad_row(cli, tmp_path):
    rejects = tmp_path / "rejects.csv"
    code, out, _ = cli("import-acled", str(BAD), "--quiet", "--json", "--rejects", str(rejects))
    assert code == 0
    summary = json.loads(out)
    assert (summary["read"], summary["imported"]) == (10, 2)
    assert [r["line"] for r in summary["rejected"]] == [4, 5, 6, 7, 8, 9, 10, 12]
    with rejects.open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["line"], r["column"]) for r in rows][:2] == [("4", "latitude"), ("5", "event_type")]
    assert len(rows) == 8


def test_a_file_that_is_not_acled_exits_2_and_writes_nothing(cli, settings, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("id,lat,lon\n1,50.4,30.5\n", encoding="utf-8")
    code, _, err = cli("import-acled", str(other))
    assert code == 2
    assert "header: not an ACLED export: missing column(s) event_id_cnty" in err
    assert stored(settings) == []


def test_a_missing_file_exits_2(cli, tmp_path):
    code, _, err = cli("import-acled", str(tmp_path / "nope.csv"))
    assert code == 2 and "no such file" in err


def test_a_file_where_every_row_is_bad_exits_2(cli, tmp_path):
    lines = BAD.read_text(encoding="utf-8").splitlines()
    only_bad = tmp_path / "only_bad.csv"
    only_bad.write_text("\n".join([lines[0], lines[3], lines[4]]) + "\n", encoding="utf-8")
    code, _, err = cli("import-acled", str(only_bad), "--quiet")
    assert code == 2 and "imported 0 of 2 rows" in err


def test_a_bom_and_crlf_line_ends_from_a_spreadsheet_are_read(cli, settings, tmp_path):
    excel = tmp_path / "excel.csv"
    excel.write_bytes(b"\xef\xbb\xbf" + SAMPLE.read_bytes().replace(b"\n", b"\r\n"))
    assert cli("import-acled", str(excel), "--quiet")[0] == 0
    assert len(stored(settings)) == 17


def test_a_non_utf8_file_exits_2(cli, tmp_path):
    latin = tmp_path / "latin1.csv"
    latin.write_bytes(
        SAMPLE.read_text(encoding="utf-8").replace("Kyiv Independent", "Kyïv").encode("latin-1")
    )
    code, _, err = cli("import-acled", str(latin), "--quiet")
    assert code == 2 and "not UTF-8" in err


def test_a_large_file_streams_in_batches(cli, settings, tmp_path):
    big = tmp_path / "big.csv"
    template = SAMPLE_ROWS["UKR184312"]
    with big.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, ACLED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for i in range(2500):
            writer.writerow({**template, "event_id_cnty": f"UKR{500000 + i}"})
    code, _, err = cli("import-acled", str(big), "--batch-size", "1000")
    assert code == 0, err
    assert "imported 2500 of 2500 rows" in err
    store = open_store(settings)
    try:
        assert store.count() == 2500
    finally:
        store.close()


# --- export ---------------------------------------------------------------------------------------


def test_csv_export_gives_back_the_acled_file_identical_columns_ids_and_cells(imported, tmp_path):
    out = tmp_path / "back.csv"
    code, _, err = imported("export", "--format", "csv", "--out", str(out))
    assert code == 0, err
    header, rows = read_csv(out)
    assert header == SAMPLE_HEADER == list(ACLED_COLUMNS)
    assert set(rows) == set(SAMPLE_ROWS)
    assert rows == SAMPLE_ROWS


def test_csv_export_reimports_to_the_same_store(imported, settings, tmp_path):
    out = tmp_path / "back.csv"
    assert imported("export", "--format", "csv", "--out", str(out))[0] == 0
    before = {r["id"]: r for r in stored(settings)}
    assert imported("import-acled", str(out), "--quiet")[0] == 0
    assert {r["id"]: r for r in stored(settings)} == before


def test_geojson_export_has_every_event_with_origin(imported, tmp_path):
    out = tmp_path / "events.geojson"
    assert imported("export", "--format", "geojson", "--out", str(out))[0] == 0
    fc = json.loads(out.read_text())
    assert fc["type"] == "FeatureCollection"
    assert {f["id"] for f in fc["features"]} == set(SAMPLE_ROWS)
    feat = next(f for f in fc["features"] if f["id"] == "COL27566")
    assert feat["geometry"] == {"type": "Point", "coordinates": [-71.7306, 6.4608]}
    assert feat["properties"]["origin"] == "acled" and feat["properties"]["fatalities"] == 2


def test_gpkg_export_opens_in_ogrinfo_with_the_right_count(imported, tmp_path):
    ogrinfo = shutil.which("ogrinfo")
    require(ogrinfo is not None, "GDAL")
    out = tmp_path / "events.gpkg"
    code, _, err = imported("export", "--format", "gpkg", "--out", str(out))
    assert code == 0, err
    done = subprocess.run(
        [ogrinfo, "-so", "-ro", str(out), "events"], capture_output=True, text=True, check=True
    )
    assert "Feature Count: 17" in done.stdout
    assert "Geometry: Point" in done.stdout
    assert 'ID["EPSG",4326]' in done.stdout
    assert "Warning" not in done.stderr
    filtered = tmp_path / "battles.gpkg"
    assert imported("export", "--format", "gpkg", "--out", str(filtered), "--event-type", "Battles")[0] == 0
    done = subprocess.run(
        [ogrinfo, "-so", "-ro", str(filtered), "events"], capture_output=True, text=True, check=True
    )
    assert "Feature Count: 4" in done.stdout


def test_an_export_matching_nothing_still_gives_a_layer_ogrinfo_opens(imported, tmp_path):
    ogrinfo = shutil.which("ogrinfo")
    require(ogrinfo is not None, "GDAL")
    out = tmp_path / "none.gpkg"
    code, _, err = imported("export", "--format", "gpkg", "--out", str(out), "--start", "2030-01-01")
    assert code == 0 and "wrote 0 events" in err
    done = subprocess.run(
        [ogrinfo, "-so", "-ro", str(out), "events"], capture_output=True, text=True, check=True
    )
    assert "Feature Count: 0" in done.stdout


def test_gpkg_export_reads_back_with_pyogrio(imported, tmp_path):
    import pyogrio

    out = tmp_path / "events.gpkg"
    assert imported("export", "--format", "gpkg", "--out", str(out))[0] == 0
    gdf = pyogrio.read_dataframe(out, layer="events")
    assert set(gdf["id"]) == set(SAMPLE_ROWS)
    row = gdf.set_index("id").loc["SDN30298"]
    assert row["source_outlet"] == "Darfur24" and row["fatalities"] == 9 and row["origin"] == "acled"
    assert (row.geometry.x, row.geometry.y) == (25.3494, 13.6279)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (["--bbox", "22,45,31,51"], {"UKR184377", "UKR184601", "UKR184702"}),
        (["--bbox", "170,-10,-60,20"], {"MEX83410", "COL27566"}),  # across the antimeridian
        (["--event-type", "battles"], {"UKR184519", "SDN30221", "COD51877", "COL27566"}),
        (["--event-type", "Protests,Riots"], {"UKR184601", "PAK145220"}),
        (["--start", "2024-04-10", "--end", "2024-04-12"], {"NGA98123", "SDN30298"}),
        (["--near", "50.45,30.52", "--within-km", "10"], {"UKR184601"}),
        (["--near", "Odesa"], {"UKR184377"}),
        (["--near", "Kharkiv", "--within-km", "100", "--event-type", "Battles"], set()),
        (["--origin", "extracted"], set()),
        (["--limit", "3"], {"UKR184702", "SDN30298", "NGA98123"}),
        (["--filter", "country_code = 'UA' AND event_type = 'Battles'"], {"UKR184519"}),
        (
            ["--filter", "S_INTERSECTS(geometry, BBOX(22, 45, 31, 51))", "--event-type", "Protests"],
            {"UKR184601"},
        ),
        (["--filter", '{"op": "=", "args": [{"property": "location"}, "Odesa"]}'], {"UKR184377"}),
    ],
)
def test_export_filters_match_api_events(imported, tmp_path, filters, expected):
    out = tmp_path / "f.csv"
    code, _, err = imported("export", "--format", "csv", "--out", str(out), *filters)
    assert code == 0, err
    assert set(read_csv(out)[1]) == expected


@pytest.mark.parametrize(
    ("args", "param"),
    [
        (["--format", "shp"], "--format"),
        (["--bbox", "30,45,40"], "--bbox"),
        (["--bbox", "30,52,40,45"], "--bbox"),
        (["--start", "2024-13-01"], "--start"),
        (["--start", "2024-05-01", "--end", "2024-04-01"], "--start"),
        (["--event-type", "Airstrikes"], "--event-type"),
        (["--within-km", "10"], "--within-km"),
        (["--near", "50.4,30.5", "--within-km", "0"], "--within-km"),
        (["--near", "95,30"], "--near"),
        (["--near", "Qwxzvbnm"], "--near"),
        (["--origin", "wire"], "--origin"),
        (["--limit", "0"], "--limit"),
        (["--filter", "fatalities = 'many'"], "--filter"),
        (["--q", ";;"], "--q"),
        (["--sortby", "nope"], "--sortby"),
    ],
)
def test_bad_export_options_exit_2_naming_the_option_and_leave_the_file_alone(
    imported, tmp_path, args, param
):
    out = tmp_path / "keep.csv"
    out.write_text("previous export\n")
    argv = ["export", "--format", "csv", "--out", str(out), *args]
    if args[0] == "--format":
        argv = ["export", "--out", str(out), *args]
    code, _, err = imported(*argv)
    assert code == 2
    assert f"error: {param}:" in err
    assert out.read_text() == "previous export\n"


def test_export_into_a_missing_directory_exits_2(imported, tmp_path):
    code, _, err = imported("export", "--format", "geojson", "--out", str(tmp_path / "no" / "such.geojson"))
    assert code == 2 and "--out" in err


def test_extracted_events_export_beside_acled_ones(imported, settings, tmp_path):
    article = Article(
        id="wire-0412", text="Overnight strike on a depot in Kropyvnytskyi.", outlet="Test Wire"
    )
    event = Event(
        id="cm-aaaabbbbccccdddd",
        event_date="2024-04-12",
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        lat=48.5079,
        lon=32.2623,
        location="Kropyvnytskyi",
        actor1="Military Forces of Russia (2000-)",
        country="Ukraine",
        country_code="UA",
        notes="Overnight strike on a depot in Kropyvnytskyi.",
    )
    store = open_store(settings)
    try:
        store.ingest(article, [event])
    finally:
        store.close()
    out = tmp_path / "all.csv"
    assert imported("export", "--format", "csv", "--out", str(out))[0] == 0
    _, rows = read_csv(out)
    assert len(rows) == 18
    assert rows["cm-aaaabbbbccccdddd"]["source"] == "Test Wire"
    assert rows["cm-aaaabbbbccccdddd"]["iso"] == "804"
    out = tmp_path / "extracted.geojson"
    assert imported("export", "--format", "geojson", "--out", str(out), "--origin", "extracted")[0] == 0
    assert [f["id"] for f in json.loads(out.read_text())["features"]] == ["cm-aaaabbbbccccdddd"]


# --- the API sees what was imported -------------------------------------------------------------


def test_imported_events_show_in_api_events_and_its_csv_round_trips(imported, settings):
    from fastapi.testclient import TestClient

    from app.api import create_app

    app_settings = settings.model_copy(update={"load_demo": False})
    with TestClient(create_app(app_settings)) as client:
        fc = client.get("/api/events", params={"limit": 100}).json()
        assert {f["id"] for f in fc["features"]} == set(SAMPLE_ROWS)
        feat = next(f for f in fc["features"] if f["id"] == "RUS24052")
        assert feat["properties"]["location"] == "Yelabuga"
        r = client.get("/api/events", params={"format": "csv", "limit": 100})
        assert r.status_code == 200
        reader = csv.DictReader(io.StringIO(r.text))
        assert list(reader.fieldnames or ()) == SAMPLE_HEADER
        assert {row["event_id_cnty"]: row for row in reader} == SAMPLE_ROWS


def test_gpkg_export_has_a_date_column_and_null_counts(imported, tmp_path):
    ogrinfo = shutil.which("ogrinfo")
    require(ogrinfo is not None, "GDAL")
    out = tmp_path / "typed.gpkg"
    assert imported("export", "--format", "gpkg", "--out", str(out))[0] == 0
    schema = subprocess.run(
        [ogrinfo, "-so", "-ro", str(out), "events"], capture_output=True, text=True, check=True
    )
    fields = dict(re.findall(r"^(\w+): (\w+) ", schema.stdout, re.M))
    assert (
        fields["event_date"] == "Date"
        and fields["fatalities"] == "Integer"
        and fields["confidence"] == "Real"
    )
    import pyogrio

    gdf = pyogrio.read_dataframe(out, layer="events")
    row = gdf.set_index("id").loc["SDN30298"]
    assert str(row["event_date"])[:10] == "2024-04-12" and row["fatalities"] == 9


def test_csv_export_reads_as_points_with_gdal_open_options(imported, tmp_path):
    """The README's recipe: GDAL/geopandas take ACLED's longitude/latitude columns as the geometry."""
    import pyogrio

    out = tmp_path / "events.csv"
    assert imported("export", "--format", "csv", "--out", str(out))[0] == 0
    gdf = pyogrio.read_dataframe(
        out,
        X_POSSIBLE_NAMES="longitude",
        Y_POSSIBLE_NAMES="latitude",
        AUTODETECT_TYPE="YES",
        KEEP_GEOM_COLUMNS="NO",
    )
    assert gdf.geometry.geom_type.unique().tolist() == ["Point"]
    row = gdf.set_index("event_id_cnty").loc["SDN30298"]
    assert (row.geometry.x, row.geometry.y) == (25.3494, 13.6279)
    assert str(row["event_date"])[:10] == "2024-04-12" and row["fatalities"] == 9
    info = pyogrio.read_info(
        out, X_POSSIBLE_NAMES="longitude", Y_POSSIBLE_NAMES="latitude", AUTODETECT_TYPE="YES"
    )
    types = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert types["fatalities"].startswith("int") and types["event_date"].startswith("datetime")
