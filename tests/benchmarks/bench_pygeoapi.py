"""pygeoapi beside conflictmap: the same events as a GeoJSON file and a GeoPackage (bench_ogc_wrk.py).

pygeoapi lives in its own venv so it never touches the project's: by default /tmp/pygeoapi-venv, made from
Debian's python3 (its sqlite3 can load mod_spatialite, which pygeoapi's SQLite/GeoPackage provider needs):

    /usr/bin/python3 -m venv /tmp/pygeoapi-venv
    /tmp/pygeoapi-venv/bin/pip install pygeoapi==0.21.0 uvicorn starlette
    apt-get install -y libsqlite3-mod-spatialite

(pygeoapi 0.22 and later need Python >= 3.12; this machine has 3.11.)
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

PYGEOAPI_CONFIG = """\
server:
  bind: {{host: 127.0.0.1, port: {port}}}
  url: http://127.0.0.1:{port}
  mimetype: application/json; charset=UTF-8
  encoding: utf-8
  language: en-US
  cors: false
  pretty_print: false
  limits: {{default_items: 10, max_items: 10000}}
  map: {{url: "https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png", attribution: OSM}}
logging:
  level: ERROR
metadata:
  identification:
    title: bench
    description: bench
    keywords: [bench]
    keywords_type: theme
    terms_of_service: https://example.org
    url: https://example.org
  license: {{name: CC-BY 4.0, url: https://creativecommons.org/licenses/by/4.0/}}
  provider: {{name: bench, url: https://example.org}}
  contact: {{name: bench, position: bench, address: x, city: x, stateorprovince: x, postalcode: x, country: x, phone: x, fax: x, email: x@example.org, url: https://example.org, hours: x, instructions: x, role: pointOfContact}}
resources:
  events_geojson:
    type: collection
    title: events (GeoJSON file)
    description: the same 10,000 events
    keywords: [events]
    extents:
      spatial: {{bbox: [-180, -90, 180, 90], crs: http://www.opengis.net/def/crs/OGC/1.3/CRS84}}
    providers:
      - type: feature
        name: GeoJSON
        data: {geojson}
        id_field: id
  events_gpkg:
    type: collection
    title: events (GeoPackage)
    description: the same 10,000 events
    keywords: [events]
    extents:
      spatial: {{bbox: [-180, -90, 180, 90], crs: http://www.opengis.net/def/crs/OGC/1.3/CRS84}}
    providers:
      - type: feature
        name: SQLiteGPKG
        data: {gpkg}
        id_field: id
        table: events
"""


def pygeoapi_server(
    venv: Path, *, work: Path, features: list[dict], port: int, workers: int
) -> tuple[str, list[str], dict[str, str], str, list[tuple[str, str]]]:
    """(version, command, environment, probe URL, [(label, items URL)]) for pygeoapi serving the features
    from a GeoJSON file and from a GeoPackage GDAL makes of it."""
    py = venv / "bin" / "python"
    geojson = work / "events.geojson"
    geojson.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    gpkg = work / "events.gpkg"
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(gpkg), str(geojson), "-nln", "events"], check=True)
    cfg = work / "pygeoapi.yml"
    cfg.write_text(PYGEOAPI_CONFIG.format(port=port, geojson=geojson, gpkg=gpkg))
    oas = work / "pygeoapi-openapi.yml"
    env = {**os.environ, "PYGEOAPI_CONFIG": str(cfg), "PYGEOAPI_OPENAPI": str(oas)}
    subprocess.run([str(venv / "bin" / "pygeoapi"), "openapi", "generate", str(cfg),
                    "--output-file", str(oas)], env=env, check=True, capture_output=True)  # fmt: skip
    version = subprocess.run([str(py), "-c", "import pygeoapi; print(pygeoapi.__version__)"],
                             capture_output=True, text=True).stdout.strip()  # fmt: skip
    cmd = [str(py), "-m", "uvicorn", "pygeoapi.starlette_app:APP", "--host", "127.0.0.1", "--port", str(port),
           "--workers", str(workers), "--no-access-log", "--log-level", "warning"]  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    urls = [
        (f"pygeoapi {version} (GeoJSON provider)", f"{base}/collections/events_geojson/items?limit=100"),
        (f"pygeoapi {version} (SQLiteGPKG provider)", f"{base}/collections/events_gpkg/items?limit=100"),
    ]
    return version, cmd, env, f"{base}/conformance?f=json", urls
