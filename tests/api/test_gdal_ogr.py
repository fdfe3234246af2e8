"""GDAL's OAPIF driver against a real uvicorn serving a private store: ogrinfo lists the layer with the
right count and fields, ogr2ogr pages through every feature into a GeoPackage."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import require
from event_seed import SEED_RECORDS

from app.extract.model import Event
from app.settings import Settings
from app.store import open_store

pytestmark = [pytest.mark.gdal, pytest.mark.slow]

N_EXTRA = 40
PAGE_SIZE = 7


def _extra_records() -> list[dict]:
    """Synthetic events on a grid over eastern Ukraine, so paging has many pages to walk."""
    types = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    out = []
    for i in range(N_EXTRA):
        etype, sub = types[i % 2]
        out.append(
            Event(
                id=f"cm-grid-{i:03d}",
                event_date=f"2025-10-{1 + i % 28:02d}",
                time_precision=1,
                event_type=etype,
                sub_event_type=sub,
                lat=47.0 + (i // 8) * 0.5,
                lon=34.0 + (i % 8) * 0.5,
                location=f"Grid point {i}",
                country="Ukraine",
                country_code="UA",
                fatalities=i % 3,
                source={"title": f"Grid report {i}", "outlet": "Test Wire", "url": None, "published": None},
            ).to_record()
        )
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """uvicorn on a free loopback port over a private SQLite store holding the seed + grid events."""
    data_dir = tmp_path_factory.mktemp("oapif")
    base = Settings()
    settings = base.model_copy(
        update={"data_dir": data_dir, "load_demo": False, "gazetteer_dir": base.index_dir}
    )
    store = open_store(settings)
    store.add_events(SEED_RECORDS + _extra_records(), origin="demo")
    expected = store.count()
    store.close()

    port = _free_port()
    env = {
        **os.environ,
        "CONFLICTMAP_DATA_DIR": str(data_dir),
        "CONFLICTMAP_GAZETTEER_DIR": str(base.index_dir),
        "CONFLICTMAP_LOAD_DEMO": "false",
        "CONFLICTMAP_DATABASE_URL": "",
    }
    log = data_dir / "uvicorn.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--factory", "app.api:create_app",
             "--host", "127.0.0.1", "--port", str(port)],
            env=env, stdout=out, stderr=subprocess.STDOUT, cwd=Path(__file__).resolve().parents[2],
        )  # fmt: skip
    try:
        root = f"http://127.0.0.1:{port}"
        _wait_until_up(f"{root}/healthz", proc, log)
        yield {"url": f"{root}/ogc", "count": expected, "log": log, "dir": data_dir}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _wait_until_up(url: str, proc: subprocess.Popen, log: Path, timeout_s: float = 180.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"uvicorn exited early:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"uvicorn did not come up in {timeout_s:.0f} s:\n{log.read_text()[-3000:]}")


def _run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"{args[0]} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(autouse=True)
def _need_gdal():
    require(
        shutil.which("ogrinfo") is not None and shutil.which("ogr2ogr") is not None, "GDAL ogrinfo/ogr2ogr"
    )


def test_ogrinfo_lists_events_layer_with_count_and_fields(server):
    assert server["count"] == len(SEED_RECORDS) + N_EXTRA
    out = _run("ogrinfo", "-ro", "-al", "-so", f"OAPIF:{server['url']}", "-oo", f"PAGE_SIZE={PAGE_SIZE}")
    assert re.search(r"^Layer name: events$", out, re.M), out
    assert re.search(r"^Geometry: Point$", out, re.M), out
    assert re.search(rf"^Feature Count: {server['count']}$", out, re.M), out
    fields = dict(re.findall(r"^(\w+): (\w+(?:\(JSON\))?) ", out, re.M))
    # Types come from the collection's describedBy schema, not from guessing on the first page.
    expected = {
        "id": "String", "event_date": "Date", "time_precision": "Integer", "event_type": "String",
        "sub_event_type": "String", "location": "String", "country_code": "String", "geo_precision": "Integer",
        "fatalities": "Integer", "injured": "Integer", "claim_status": "String", "notes": "String",
        "confidence": "Real",
    }  # fmt: skip
    assert {k: fields.get(k) for k in expected} == expected, out
    assert re.search(r"^Extent: \(-178\.8", out, re.M), out


def test_ogr2ogr_copies_every_feature_through_paging(server, tmp_path):
    gpkg = tmp_path / "events.gpkg"
    _run(
        "ogr2ogr",
        "-f",
        "GPKG",
        str(gpkg),
        f"OAPIF:{server['url']}",
        "events",
        "-oo",
        f"PAGE_SIZE={PAGE_SIZE}",
    )
    out = _run("ogrinfo", "-ro", "-so", str(gpkg), "events")
    assert re.search(rf"^Feature Count: {server['count']}$", out, re.M), out
    # Every id exactly once: paging neither skipped nor repeated a feature.
    ids = _run("ogrinfo", "-ro", "-q", str(gpkg), "-sql", "SELECT count(DISTINCT id) AS n FROM events")
    assert re.search(rf"n \(Integer\) = {server['count']}", ids), ids
    # ...and it really walked the next links (seeks by cursor), PAGE_SIZE at a time.
    pages = re.findall(
        rf"GET /ogc/collections/events/items\?limit={PAGE_SIZE}&cursor=([\w-]+)", server["log"].read_text()
    )
    assert len(set(pages)) >= len(range(PAGE_SIZE, server["count"], PAGE_SIZE)), pages


def test_ogrinfo_reads_a_cql2_filtered_collection(server):
    """GDAL 3.6 does not write CQL2 itself; opened on a collection URL with a filter, it sends that query
    with every request, and the server filters (the log shows it) before paging."""
    query = urllib.parse.urlencode({"filter": "claim_status = 'disputed' OR fatalities > 1"})
    out = _run(
        "ogrinfo", "-ro", "-al", "-q", f"OAPIF:{server['url']}/collections/events?{query}",
        "-oo", f"PAGE_SIZE={PAGE_SIZE}",
    )  # fmt: skip
    ids = sorted(re.findall(r"^\s+id \(String\) = (\S+)$", out, re.M))
    # cm-test-09 is the only disputed seed event, cm-test-01 the only one with more than one killed;
    # the grid events have fatalities i % 3, so 2 for i = 2, 5, 8, ...
    grid = [f"cm-grid-{i:03d}" for i in range(N_EXTRA) if i % 3 == 2]
    assert ids == sorted(["cm-test-01", "cm-test-09", *grid]), out
    log = server["log"].read_text()
    assert re.search(r"GET /ogc/collections/events/items\?[^ ]*filter=", log), log[-2000:]


def test_owslib_reads_a_cql2_filtered_collection(server):
    """OWSLib's OGC API - Features client: queryables, then a CQL2-JSON filtered page."""
    import json

    from owslib.ogcapi.features import Features

    api = Features(server["url"])
    assert "claim_status" in api.collection_queryables("events")["properties"]
    cql = {"op": "and", "args": [
        {"op": "=", "args": [{"property": "country"}, "Ukraine"]},
        {"op": "s_intersects", "args": [{"property": "geometry"}, {"bbox": [36.0, 49.0, 37.0, 51.0]}]},
    ]}  # fmt: skip
    page = api.collection_items("events", filter=json.dumps(cql), **{"filter-lang": "cql2-json"})
    # Kharkiv and Chuhuiv are the Ukrainian seed events in the box (Belgorod is in it but Russian);
    # no grid point lies there (grid: lat 47..49.5, lon 34..37.5 step 0.5 -> (36|36.5|37, 49|49.5)).
    grid = {
        f"cm-grid-{i:03d}"
        for i in range(N_EXTRA)
        if 47.0 + (i // 8) * 0.5 >= 49.0 and 36.0 <= 34.0 + (i % 8) * 0.5 <= 37.0
    }
    assert {f["id"] for f in page["features"]} == {"cm-test-01", "cm-test-06", *grid}
    assert page["numberMatched"] == 2 + len(grid)
