"""`conflictmap distance` and `conflictmap range`: same GeoJSON as the API, exit 2 on nonsense."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.cli.main import main


def run(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["conflictmap", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    out, err = capsys.readouterr()
    return exc.value.code or 0, out, err


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    from app.api import create_app
    from app.settings import Settings

    base = Settings()
    settings = base.model_copy(
        update={
            "data_dir": tmp_path_factory.mktemp("cli"),
            "load_demo": False,
            "gazetteer_dir": base.index_dir,
        }
    )
    with TestClient(create_app(settings)) as c:
        yield c


def test_distance_json_is_the_api_feature(monkeypatch, capsys, api):
    code, out, _ = run(monkeypatch, capsys, "distance", "Kyiv", "Minsk", "--json")
    assert code == 0
    assert json.loads(out) == api.get("/api/distance", params={"from": "Kyiv", "to": "Minsk"}).json()


def test_distance_text_names_both_places_and_units(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, "distance", "Kyiv", "53.9,27.5667")
    assert code == 0
    assert out.startswith("Kyiv -> 53.90000,27.56670: 43")
    assert " km (" in out and " mi, " in out and " nmi)" in out and "initial bearing" in out


def test_range_json_is_the_api_feature_collection(monkeypatch, capsys, api):
    code, out, _ = run(
        monkeypatch,
        capsys,
        "range",
        "--from",
        "Krichev-6",
        "--weapon",
        "Oreshnik",
        "--targets",
        "capitals",
        "--json",
    )
    assert code == 0
    ours = json.loads(out)
    theirs = api.get(
        "/api/range", params={"from": "Krichev-6", "weapon": "Oreshnik", "targets": "capitals"}
    ).json()
    assert ours == theirs
    assert ours["features"][0]["properties"]["weapon"] == "Oreshnik"


def test_range_limit_keeps_the_nearest(monkeypatch, capsys):
    code, out, _ = run(
        monkeypatch, capsys, "range", "--from", "Krichev-6", "--weapon", "Oreshnik", "--targets", "capitals",
        "--limit", "3", "--json",
    )  # fmt: skip
    assert code == 0
    body = json.loads(out)
    assert body["numberReturned"] == 3 and body["numberMatched"] > 50
    assert [f["properties"]["name"] for f in body["features"][1:]] == ["Riga", "Warsaw", "Tallinn"]


def test_range_table_lists_nato_capitals(monkeypatch, capsys):
    code, out, _ = run(
        monkeypatch, capsys, "range", "--from", "Krichev-6", "--max-km", "800", "--targets", "capitals"
    )
    assert code == 0
    assert "Warsaw" in out and "NATO" in out and "Riga" in out
    assert "Berlin" not in out  # 1,235 km away
    assert "NATO capitals in range: 4 of 32: Vilnius, Riga, Warsaw, Tallinn" in out.replace("\n", " ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["range", "--from", "Kyiv", "--max-km", "-3"], "max_km"),
        (["range", "--from", "Kyiv", "--max-km", "25000"], "max_km"),
        (["range", "--from", "Kyiv", "--max-km", "100", "--min-km", "200"], "min_km"),
        (["range", "--from", "Kyiv", "--weapon", "Oreshnic"], "Oreshnik"),
        (["range", "--from", "Kyiv", "--max-km", "100", "--targets", "bridges"], "targets"),
        (["range", "--from", "Kyiv"], "max_km"),
        (["distance", "Kyiv", "Qwzxyplat"], "Qwzxyplat"),
    ],
)
def test_nonsense_exits_2_with_a_message_naming_the_problem(monkeypatch, capsys, args, message):
    code, out, err = run(monkeypatch, capsys, *args)
    assert code == 2
    assert out == ""
    assert message in err


def test_console_script_end_to_end():
    exe = Path(sys.executable).with_name("conflictmap")
    ok = subprocess.run(
        [str(exe), "distance", "Kyiv", "Minsk", "--json"], capture_output=True, text=True, timeout=120
    )
    assert ok.returncode == 0, ok.stderr
    assert 430 < json.loads(ok.stdout)["properties"]["distance_km"] < 436
    bad = subprocess.run(
        [str(exe), "range", "--from", "Kyiv", "--max-km", "-1"], capture_output=True, text=True, timeout=120
    )
    assert bad.returncode == 2 and "max_km" in bad.stderr and bad.stdout == ""


def test_range_events_come_from_the_configured_store(monkeypatch, capsys, tmp_path):
    from app.extract.model import Event
    from app.settings import Settings
    from app.store import open_store

    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CONFLICTMAP_GAZETTEER_DIR", str(Settings().index_dir))
    monkeypatch.delenv("CONFLICTMAP_DATABASE_URL", raising=False)
    # Our own invented events: one inside 100 km of Kharkiv, one far outside.
    near = Event(
        id="geo-cli-1", event_date="2025-11-03", time_precision=1, event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", lat=49.8353, lon=36.688, location="Chuhuiv", country_code="UA",
        country="Ukraine", source={"title": "Night raid", "outlet": "Test Wire", "url": None, "published": "2025-11-03"},
        notes="A drone struck a depot near Chuhuiv overnight.", article="geo-cli-a", confidence=0.8,
    )  # fmt: skip
    far = Event(
        id="geo-cli-2", event_date="2025-11-04", time_precision=1, event_type="Protests",
        sub_event_type="Peaceful protest", lat=49.8397, lon=24.0297, location="Lviv", country_code="UA",
        country="Ukraine", source={"title": "Rally", "outlet": "Test Wire", "url": None, "published": "2025-11-04"},
        notes="Residents rallied in the centre of Lviv.", article="geo-cli-b", confidence=0.8,
    )  # fmt: skip
    store = open_store(Settings())
    store.add_events([near.to_record(), far.to_record()], origin="demo")
    store.close()
    code, out, _ = run(
        monkeypatch, capsys, "range", "--from", "Kharkiv", "--max-km", "100", "--targets", "events", "--json"
    )
    assert code == 0
    targets = [f["properties"] for f in json.loads(out)["features"][1:]]
    assert [t["event_id"] for t in targets] == ["geo-cli-1"]
    assert 30 < targets[0]["distance_km"] < 40
