"""app.export: stored events to files analysts open elsewhere: GeoJSON, ACLED-column CSV, GeoPackage.

Every export takes the same EventFilter as /api/events, reads the store a page at a time (so a large
store never sits in memory at once) and writes to a temporary file renamed into place at the end:
a failed export leaves nothing half-written.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson

from app.errors import InvalidQuery
from app.extract.model import EVENT_FIELDS
from app.store._records import REVIEW_FIELDS
from app.store.acled import ACLED_COLUMNS, record_to_acled_row
from app.store.base import EventFilter, Store

__all__ = ["EXPORT_FORMATS", "GPKG_LAYER", "export_events", "iter_records", "record_to_feature"]

EXPORT_FORMATS = ("geojson", "csv", "gpkg")
GPKG_LAYER = "events"
_PAGE = 5000
_SOURCE_KEYS = ("title", "outlet", "url", "published")
_REGION_KEYS = ("name", "country_code", "admin1", "geonameid")
# GeoPackage has no nested values: the source and region objects become columns, the highlight two ints.
_FLAT = {
    "source": tuple(f"source_{k}" for k in _SOURCE_KEYS),
    "region": tuple(f"region_{k}" for k in _REGION_KEYS),
    "notes_highlight": ("notes_highlight_start", "notes_highlight_end"),
}
_GPKG_COLUMNS = tuple(c for f in (*EVENT_FIELDS, "origin", *REVIEW_FIELDS) for c in _FLAT.get(f, (f,)))
_GPKG_INTS = (
    "time_precision", "geo_precision", "fatalities", "injured", "region_geonameid",
    "notes_highlight_start", "notes_highlight_end",
)  # fmt: skip


def iter_records(store: Store, flt: EventFilter, *, page_size: int = _PAGE) -> Iterator[dict[str, Any]]:
    """Every record matching `flt` (honouring its own limit/offset), fetched page by page."""
    remaining = flt.limit
    offset = flt.offset
    while remaining is None or remaining > 0:
        size = page_size if remaining is None else min(page_size, remaining)
        rows, _total = store.query(replace(flt, limit=size, offset=offset))
        yield from rows
        if len(rows) < size:
            return
        offset += len(rows)
        if remaining is not None:
            remaining -= len(rows)


def record_to_feature(record: dict[str, Any]) -> dict[str, Any]:
    """A stored record as the contract's GeoJSON Feature (plus `origin` when the store gives it)."""
    props = {k: record.get(k) for k in EVENT_FIELDS}
    if "origin" in record:
        props["origin"] = record["origin"]
    if record.get("sources"):
        props["sources"] = record["sources"]  # every reporting article, as nested objects (as the API gives)
    for k in REVIEW_FIELDS:
        if k in record:
            props[k] = record[k]
    return {
        "type": "Feature",
        "id": record["id"],
        "geometry": {"type": "Point", "coordinates": [float(record["lon"]), float(record["lat"])]},
        "properties": props,
    }


def export_events(store: Store, flt: EventFilter, out: Path | str, *, fmt: str) -> int:
    """Write the events matching `flt` to `out` as `fmt` (geojson|csv|gpkg); returns how many."""
    if fmt not in EXPORT_FORMATS:
        raise InvalidQuery(
            f"unknown format {fmt!r}; expected one of {', '.join(EXPORT_FORMATS)}", param="format"
        )
    out = Path(out)
    if not out.parent.is_dir():
        raise InvalidQuery(f"directory {str(out.parent)!r} does not exist", param="out")
    # Same directory, so the final rename is atomic; the suffix keeps GDAL's driver guess right.
    part = out.with_name(f".{out.name}.part{out.suffix or '.' + fmt}")
    part.unlink(missing_ok=True)
    try:
        records = iter_records(store, flt)
        writer = {"geojson": _write_geojson, "csv": _write_csv, "gpkg": _write_gpkg}[fmt]
        n = writer(records, part)
        os.replace(part, out)
    finally:
        part.unlink(missing_ok=True)
    return n


def _write_geojson(records: Iterator[dict[str, Any]], path: Path) -> int:
    n = 0
    with path.open("wb") as f:
        f.write(b'{"type":"FeatureCollection","features":[\n')
        for rec in records:
            if n:
                f.write(b",\n")
            f.write(orjson.dumps(record_to_feature(rec)))
            n += 1
        f.write(b"\n]}\n")
    return n


def _write_csv(records: Iterator[dict[str, Any]], path: Path) -> int:
    n = 0
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=ACLED_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for rec in records:
            writer.writerow(record_to_acled_row(rec))
            n += 1
    return n


def _gpkg_row(record: dict[str, Any]) -> dict[str, Any]:
    source = record.get("source") or {}
    if isinstance(source, str):
        source = json.loads(source)
    row = {k: record.get(k) for k in (*EVENT_FIELDS, "origin", *REVIEW_FIELDS) if k not in _FLAT}
    row.update({f"source_{k}": source.get(k) for k in _SOURCE_KEYS})
    region = record.get("region") or {}
    row.update({f"region_{k}": region.get(k) for k in _REGION_KEYS})
    span = record.get("notes_highlight") or (None, None)
    row["notes_highlight_start"], row["notes_highlight_end"] = span[0], span[1]
    return row


def _gpkg_columns(rows: list[dict[str, Any]]) -> tuple[list[Any], list[Any]]:
    """Column arrays typed for GDAL: event_date a GeoPackage DATE (numpy datetime64[D]), counts INTEGER
    with a null mask (unknown fatalities stay NULL, not 0), confidence REAL, the rest TEXT."""
    import numpy as np

    data, masks = [], []
    for col in _GPKG_COLUMNS:
        values = [row[col] for row in rows]
        mask = None
        if col == "event_date":
            arr = np.array([v or "NaT" for v in values], dtype="datetime64[D]")
        elif col in _GPKG_INTS:
            arr = np.array([0 if v is None else int(v) for v in values], dtype=np.int32)
            mask = np.array([v is None for v in values], dtype=bool)
        elif col == "confidence":
            arr = np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
        else:
            arr = np.array([None if v is None else str(v) for v in values], dtype=object)
        data.append(arr)
        masks.append(mask)
    return data, masks


def _write_gpkg(records: Iterator[dict[str, Any]], path: Path) -> int:
    import numpy as np
    import shapely
    from pyogrio.raw import write

    n = 0
    batch: list[dict[str, Any]] = []

    def flush(first: bool) -> None:
        data, masks = _gpkg_columns([_gpkg_row(r) for r in batch])
        points = shapely.points([float(r["lon"]) for r in batch], [float(r["lat"]) for r in batch])
        # GeoPackage 1.2: the wheel's GDAL writes 1.4, which older GDAL/QGIS (Debian's 3.6) warn about.
        options = {"dataset_options": {"VERSION": "1.2"}} if first else {}
        write(
            path,
            geometry=np.array(shapely.to_wkb(points), dtype=object),
            field_data=data,
            fields=list(_GPKG_COLUMNS),
            field_mask=masks,
            layer=GPKG_LAYER,
            driver="GPKG",
            geometry_type="Point",
            crs="EPSG:4326",
            append=not first,
            promote_to_multi=False,
            **options,
        )

    for rec in records:
        batch.append(rec)
        if len(batch) == _PAGE:
            flush(first=n == 0)
            n += len(batch)
            batch.clear()
    if batch or n == 0:
        flush(first=n == 0)  # an empty export still gets its (empty) layer, so QGIS opens it
        n += len(batch)
    return n
