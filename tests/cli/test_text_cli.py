"""`conflictmap geoparse` and `conflictmap extract` as a user runs them (a subprocess): JSON Lines or .txt in,
JSON Lines or a GeoJSON FeatureCollection out; bad input exits 2 with a message and writes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# `python -m app.cli.main` does not call main(); the console script is how users run it.
CONFLICTMAP = str(Path(sys.executable).with_name("conflictmap"))

DRONE_STORY = {
    "id": "wire-kherson",
    "title": "Drone hits bus in Kherson",
    "text": "A Russian drone struck a bus in Kherson on Tuesday, injuring four passengers, the governor said.",
    "published": "2025-12-18",
    "outlet": "Test Wire",
    "url": "https://example.org/kherson",
}
CAPTURE_STORY = {
    "id": "wire-capture",
    "title": "Moscow claims village",
    "text": "Russia's Defence Ministry said its troops captured Bilytske in the Donetsk region.\n"
    "Russian missiles struck Odesa on Monday, killing one man.",
    "published": "2025-12-18",
}


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CONFLICTMAP, *args], input=stdin, capture_output=True, cwd=ROOT, timeout=120, check=False
    )


def lines(out: bytes) -> list[dict]:
    return [json.loads(x) for x in out.decode().splitlines() if x.strip()]


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in (DRONE_STORY, CAPTURE_STORY)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def geoparsed(jsonl) -> subprocess.CompletedProcess:
    return run("geoparse", "--input", str(jsonl))


def test_geoparse_jsonl_exits_0_with_one_mention_per_line(geoparsed):
    assert geoparsed.returncode == 0, geoparsed.stderr.decode()
    found = lines(geoparsed.stdout)
    # country adjectives ("Russian") are reported too, flagged, and are not literal places
    assert all(m["adjectival"] or m["metonymic"] for m in found if m["text"] == "Russian")
    found = [m for m in found if not (m["adjectival"] or m["metonymic"])]
    assert [(m["article"], m["text"]) for m in found] == [
        ("wire-kherson", "Kherson"),
        ("wire-capture", "Russia"),
        ("wire-capture", "Bilytske"),
        ("wire-capture", "Donetsk"),
        ("wire-capture", "Odesa"),
    ]


def test_geoparse_offsets_point_into_the_article_text(geoparsed):
    texts = {a["id"]: a["text"] for a in (DRONE_STORY, CAPTURE_STORY)}
    for m in lines(geoparsed.stdout):
        assert texts[m["article"]][m["start"] : m["end"]] == m["text"]


def test_geoparse_records_have_the_contract_fields(geoparsed):
    m = lines(geoparsed.stdout)[0]
    assert set(m) == {
        "article", "text", "start", "end", "name", "lat", "lon", "kind", "country_code", "admin1",
        "geonameid", "geo_precision", "score", "alternatives", "metonymic", "adjectival",
    }  # fmt: skip
    m = next(x for x in lines(geoparsed.stdout) if not x["adjectival"])
    assert (m["name"], m["country_code"], m["kind"]) == ("Kherson", "UA", "settlement")


def test_extract_reads_json_lines_from_stdin():
    proc = run("extract", "--input", "-", stdin=(json.dumps(DRONE_STORY) + "\n").encode())
    assert proc.returncode == 0, proc.stderr.decode()
    (e,) = lines(proc.stdout)
    assert (e["location"], e["event_type"], e["sub_event_type"]) == (
        "Kherson",
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert (e["event_date"], e["injured"], e["article"]) == ("2025-12-16", 4, "wire-kherson")
    assert e["source"] == {
        "title": "Drone hits bus in Kherson",
        "outlet": "Test Wire",
        "url": "https://example.org/kherson",
        "published": "2025-12-18",
    }
    assert isinstance(e["lat"], float) and isinstance(e["lon"], float)


def test_extract_txt_file_takes_title_from_line_one_and_date_from_the_option(tmp_path):
    txt = tmp_path / "odesa-port.txt"
    txt.write_text(
        "Drones hit Odesa port\n\nRussian drones struck a grain terminal in Odesa overnight, wounding two workers.\n",
        encoding="utf-8",
    )
    proc = run("extract", str(txt), "--published", "2025-12-30")
    assert proc.returncode == 0, proc.stderr.decode()
    (e,) = lines(proc.stdout)
    assert e["article"] == "odesa-port.txt"
    assert e["source"]["title"] == "Drones hit Odesa port" and e["source"]["published"] == "2025-12-30"
    assert (e["event_date"], e["injured"]) == ("2025-12-29", 2)


@pytest.fixture(scope="module")
def as_geojson(jsonl) -> subprocess.CompletedProcess:
    return run("extract", "--input", str(jsonl), "--format", "geojson")


def test_extract_geojson_is_a_feature_collection(as_geojson):
    assert as_geojson.returncode == 0, as_geojson.stderr.decode()
    fc = json.loads(as_geojson.stdout)
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == 3
    for f in fc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["id"] == f["properties"]["id"]
    assert {f["properties"]["location"] for f in fc["features"]} == {"Kherson", "Bilytske", "Odesa"}


def test_extract_jsonl_and_geojson_give_the_same_ids(jsonl, as_geojson):
    from_lines = {e["id"] for e in lines(run("extract", "--input", str(jsonl)).stdout)}
    from_geojson = {f["id"] for f in json.loads(as_geojson.stdout)["features"]}
    assert len(from_lines) == 3 and from_lines == from_geojson


def assert_bad_input(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr.decode())
    assert proc.stdout == b""
    err = proc.stderr.decode()
    assert err.strip()
    for w in words:
        assert w in err, err
    assert "Traceback" not in err


def test_invalid_json_line_exits_2_and_names_the_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(DRONE_STORY) + "\n{not json\n", encoding="utf-8")
    assert_bad_input(run("extract", "--input", str(bad)), "bad.jsonl line 2")


def test_bad_line_after_good_ones_writes_nothing(tmp_path):
    bad = tmp_path / "late.jsonl"
    bad.write_text(json.dumps(DRONE_STORY) + "\n" + json.dumps({"id": "x"}) + "\n", encoding="utf-8")
    assert_bad_input(run("geoparse", "--input", str(bad)), "text")


def test_missing_id_exits_2():
    rec = {k: v for k, v in DRONE_STORY.items() if k != "id"}
    assert_bad_input(run("extract", "--input", "-", stdin=(json.dumps(rec) + "\n").encode()), "id")


def test_missing_text_exits_2():
    rec = {k: v for k, v in DRONE_STORY.items() if k != "text"}
    assert_bad_input(run("geoparse", "--input", "-", stdin=(json.dumps(rec) + "\n").encode()), "text")


def test_impossible_published_date_exits_2():
    rec = {**DRONE_STORY, "published": "2025-02-30"}
    assert_bad_input(run("extract", "--input", "-", stdin=(json.dumps(rec) + "\n").encode()), "published")


def test_published_not_a_date_exits_2():
    rec = {**DRONE_STORY, "published": "last Tuesday"}
    assert_bad_input(run("extract", "--input", "-", stdin=(json.dumps(rec) + "\n").encode()), "published")


def test_bad_published_option_for_a_txt_file_exits_2(tmp_path):
    txt = tmp_path / "story.txt"
    txt.write_text("Title\n\nA drone hit Sumy overnight.\n", encoding="utf-8")
    assert_bad_input(run("extract", str(txt), "--published", "30/12/2025"), "published")


def test_missing_input_file_exits_2(tmp_path):
    assert_bad_input(run("extract", "--input", str(tmp_path / "nowhere.jsonl")), "nowhere.jsonl")


def test_missing_txt_file_exits_2(tmp_path):
    assert_bad_input(run("geoparse", str(tmp_path / "nowhere.txt")), "nowhere.txt")


def test_unknown_output_format_exits_2(jsonl):
    assert_bad_input(run("extract", "--input", str(jsonl), "--format", "kml"), "format")


def test_no_input_at_all_exits_2():
    assert_bad_input(run("extract"), "input")
