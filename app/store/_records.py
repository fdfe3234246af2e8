"""app.store._records: what both backends share: column lists, record shaping, digests, geodesic search boxes."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import orjson
from pyproj import Geod

from app.errors import InvalidQuery
from app.extract.model import CLAIM_STATUSES, EVENT_FIELDS, EVENT_TYPES, JSON_FIELDS, Article, Event

GEOD = Geod(ellps="WGS84")

# Two reports are the same event when type and day agree and the places lie this close (geodesic).
DEDUP_KM = 5.0

ORIGINS = ("extracted", "acled", "demo")

# Property columns written by position; `source` is a JSON object column written separately, and the
# JSON_FIELDS among these are stored as JSON (`column_value`).
SCALAR_FIELDS = tuple(f for f in EVENT_FIELDS if f != "source")
REGION_KEYS = ("name", "country_code", "admin1", "geonameid")
# An editor's verdict on an event; every record carries it (stored events start unreviewed).
REVIEW_STATUSES = ("unreviewed", "verified", "rejected")
REVIEW_FIELDS = ("review_status", "reviewed_by", "reviewed_at")
# What the public sees without a review key: rejected events are withdrawn, never published.
PUBLIC_STATUSES = ("unreviewed", "verified")
# The order every backend selects a record in (after it the JSON columns). `corrections` is the editor's
# {field: value} that re-ingest and cross-source merges must never overwrite.
RECORD_COLUMNS = (*EVENT_FIELDS, "lat", "lon", "origin", "sources", "acled", *REVIEW_FIELDS, "corrections")

Box = tuple[float, float, float, float]  # minlon, minlat, maxlon, maxlat with minlon <= maxlon


def column_value(rec: Mapping[str, Any], field: str) -> Any:
    """The value a record's property is written to its column as (JSON text for JSON_FIELDS)."""
    value = rec[field]
    return dumps(value) if field in JSON_FIELDS and value is not None else value


def dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def loads(value: str | bytes | None) -> Any:
    return None if value is None else orjson.loads(value)


def source_entry(article_id: str | None, source: Mapping[str, Any] | None) -> dict[str, Any]:
    """One element of a record's `sources` list: which article, with its title/outlet/url/published."""
    src = source or {}
    return {
        "article": article_id,
        "title": src.get("title"),
        "outlet": src.get("outlet"),
        "url": src.get("url"),
        "published": src.get("published"),
    }


def record_from_event(event: Event, article: Article) -> dict[str, Any]:
    """The record an article's event is stored as; provenance always points at this article."""
    rec = event.to_record()
    rec["article"] = article.id
    rec["source"] = dict(event.source) if event.source else article.source()
    return check_record(rec)


def check_record(rec: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and normalise a record before it is written; InvalidQuery names the bad field."""
    out = {f: rec.get(f) for f in EVENT_FIELDS}
    for key in ("id", "event_date", "event_type"):
        if not isinstance(out[key], str) or not out[key]:
            raise InvalidQuery(f"event {key} is missing", param=key)
    d = out["event_date"]
    if len(d) != 10 or d[4] != "-" or d[7] != "-" or not (d[:4] + d[5:7] + d[8:]).isdigit():
        raise InvalidQuery(f"event_date {d!r} is not YYYY-MM-DD", param="event_date")
    if out["event_type"] not in EVENT_TYPES:
        raise InvalidQuery(f"event_type {out['event_type']!r} is not an ACLED event type", param="event_type")
    for key, lo, hi in (("lat", -90.0, 90.0), ("lon", -180.0, 180.0)):
        v = rec.get(key)
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or not lo <= v <= hi:
            raise InvalidQuery(f"event {key} {v!r} is outside {lo:g}..{hi:g}", param=key)
        out[key] = float(v)
    if out["claim_status"] is None:
        out["claim_status"] = "reported"
    elif out["claim_status"] not in CLAIM_STATUSES:
        raise InvalidQuery(
            f"claim_status {out['claim_status']!r} is not one of {CLAIM_STATUSES}", param="claim_status"
        )
    src = out["source"]
    out["source"] = dict(src) if isinstance(src, Mapping) else None
    out["notes"] = out["notes"] or ""
    out["region"] = _check_region(out["region"])
    out["notes_highlight"] = _check_highlight(out["notes_highlight"], out["notes"])
    acled = rec.get("acled")
    out["acled"] = dict(acled) if isinstance(acled, Mapping) else None
    sources = rec.get("sources")
    out["sources"] = list(sources) if isinstance(sources, list) else None
    return out


def _check_region(region: Any) -> dict[str, Any] | None:
    if region is None:
        return None
    if isinstance(region, str):
        region = loads(region)
    if not isinstance(region, Mapping) or not isinstance(region.get("name"), str):
        raise InvalidQuery("region must be null or an object with a name", param="region")
    return {k: region.get(k) for k in REGION_KEYS}


def _check_highlight(span: Any, notes: str) -> list[int] | None:
    if span is None:
        return None
    if isinstance(span, str):
        span = loads(span)
    ok = (
        isinstance(span, list | tuple)
        and len(span) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in span)
        and 0 <= span[0] < span[1] <= len(notes)
    )
    if not ok:
        raise InvalidQuery(
            "notes_highlight must be null or [start, end] inside notes", param="notes_highlight"
        )
    return [int(span[0]), int(span[1])]


def article_digest(article: Article, records: Iterable[Mapping[str, Any]]) -> str:
    """Fingerprint of an article and what was extracted from it: equal digests mean a re-ingest changes nothing."""
    payload = {
        "article": [article.id, article.text, article.title, article.published, article.url, article.outlet],
        "events": [dict(r) for r in records],
    }
    return hashlib.sha256(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()


def split_bbox(bbox: Box) -> list[Box]:
    """A bbox as one or two boxes that do not cross 180° (minlon > maxlon means it crosses)."""
    minlon, minlat, maxlon, maxlat = bbox
    if minlon <= maxlon:
        return [(minlon, minlat, maxlon, maxlat)]
    return [(minlon, minlat, 180.0, maxlat), (-180.0, minlat, maxlon, maxlat)]


def search_boxes(lat: float, lon: float, km: float) -> list[Box]:
    """Boxes that surely contain every point within `km` (geodesic) of (lat, lon); a prefilter, not the test.

    The circle is traced with 360 forward geodesics; between two traced points the true circle bulges out by
    at most 1 - cos(0.5°) ≈ 4e-5 of its radius, so widening each side by 0.1% of the span keeps it inside.
    """
    metres = km * 1000.0
    for pole_lat in (90.0, -90.0):
        _, _, to_pole = GEOD.inv(lon, lat, lon, pole_lat)
        if to_pole <= metres:
            # The circle's point farthest from the pole lies on the centre's meridian.
            _, far, _ = GEOD.fwd(lon, lat, 180.0 if pole_lat > 0 else 0.0, metres)
            if pole_lat > 0:
                return [(-180.0, max(-90.0, min(far, lat) - 1e-6), 180.0, 90.0)]
            return [(-180.0, -90.0, 180.0, min(90.0, max(far, lat) + 1e-6))]
    az = np.arange(0.0, 360.0, 1.0)
    lons, lats, _ = GEOD.fwd(np.full_like(az, lon), np.full_like(az, lat), az, np.full_like(az, metres))
    dlon = (lons - lon + 180.0) % 360.0 - 180.0  # offsets east of the centre, unwrapped at ±180
    lo_off, hi_off = float(dlon.min()), float(dlon.max())
    lo_lat, hi_lat = float(lats.min()), float(lats.max())
    pad_lon = (hi_off - lo_off) * 0.001 + 1e-9
    pad_lat = (hi_lat - lo_lat) * 0.001 + 1e-9
    minlat, maxlat = max(-90.0, lo_lat - pad_lat), min(90.0, hi_lat + pad_lat)
    minlon, maxlon = lon + lo_off - pad_lon, lon + hi_off + pad_lon
    if maxlon - minlon >= 360.0:
        return [(-180.0, minlat, 180.0, maxlat)]
    if minlon < -180.0:
        return [(minlon + 360.0, minlat, 180.0, maxlat), (-180.0, minlat, maxlon, maxlat)]
    if maxlon > 180.0:
        return [(minlon, minlat, 180.0, maxlat), (-180.0, minlat, maxlon - 360.0, maxlat)]
    return [(minlon, minlat, maxlon, maxlat)]


def distances_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Geodesic (WGS84) distances from one point to many, in km."""
    if len(lats) == 0:
        return np.zeros(0)
    n = len(lats)
    _, _, d = GEOD.inv(np.full(n, lon), np.full(n, lat), np.asarray(lons, float), np.asarray(lats, float))
    return np.asarray(d) / 1000.0


def demo_id(row_number: int) -> str:
    return f"demo-{row_number:03d}"
