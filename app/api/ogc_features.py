"""app.api.ogc_features: stored event records -> GeoJSON features and paged FeatureCollections.

Shared by /api/events and /ogc items. This is the hot path: plain dicts straight to orjson,
no per-feature model objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from app.extract.model import EVENT_FIELDS

__all__ = [
    "GEOJSON",
    "JSON",
    "HTML",
    "to_feature",
    "feature_collection",
    "paging_links",
    "page_url",
]

GEOJSON = "application/geo+json"
JSON = "application/json"
HTML = "text/html"


def to_feature(rec: Mapping[str, Any]) -> dict[str, Any]:
    """One record (contract properties + lat/lon) -> a GeoJSON Point Feature (lon, lat order).

    An event merged from several reports also carries `sources` (every article's title, outlet,
    url, date) next to the contract's single `source`; `origin` says whether it was extracted,
    imported from ACLED or is demo data.
    """
    props = {k: rec.get(k) for k in EVENT_FIELDS}
    if rec.get("origin"):
        props["origin"] = rec["origin"]  # extracted | acled | demo: where the event came from
    sources = rec.get("sources")
    if sources:
        props["sources"] = sources
    if "review_status" in rec:
        # The editor's verdict; `corrected` names the fields an editor changed from what was extracted.
        props["review_status"] = rec["review_status"]
        props["reviewed_by"] = rec.get("reviewed_by")
        props["reviewed_at"] = rec.get("reviewed_at")
        if rec.get("corrections"):
            props["corrected"] = sorted(rec["corrections"])
    return {
        "type": "Feature",
        "id": rec["id"],
        "geometry": {"type": "Point", "coordinates": [rec["lon"], rec["lat"]]},
        "properties": props,
    }


def page_url(base: str, params: Mapping[str, str], **changes: Any) -> str:
    """`base?params` with `changes` applied (a None value removes the key); order kept stable."""
    merged = dict(params)
    for k, v in changes.items():
        if v is None:
            merged.pop(k, None)
        else:
            merged[k] = str(v)
    return f"{base}?{urlencode(merged)}" if merged else base


def paging_links(
    base: str,
    params: Mapping[str, str],
    *,
    limit: int,
    offset: int,
    returned: int,
    matched: int | None,
    media_type: str = GEOJSON,
    cursor: str | None = None,
    next_cursor: str | None = None,
    more: bool | None = None,
) -> list[dict[str, str]]:
    """self / alternate (HTML) / next / prev links for one page of `base` (an absolute URL).

    `params` are the request's filter parameters as given (bbox, datetime, ...), so every page
    link keeps the same filter; limit and offset (or the page's cursor) are written explicitly.
    With `next_cursor` the next link seeks (`cursor=`) instead of skipping (`offset=`); `more` says
    whether a row follows (else a full page is taken to have a successor unless the count says not).
    A page reached by cursor has no `prev` (a seek runs one way; OGC makes `prev` optional).
    """
    here = {**params, "limit": str(limit)}
    here.update({"cursor": cursor} if cursor is not None else {"offset": str(offset)})
    links = [
        {"rel": "self", "type": media_type, "title": "This page", "href": page_url(base, here, f=None)},
        {
            "rel": "alternate",
            "type": HTML,
            "title": "This page as HTML",
            "href": page_url(base, here, f="html"),
        },
    ]
    if more is None:
        # Unknown total (more matched than is counted): a full page may have a successor.
        more = (offset + returned < matched) if matched is not None else returned >= limit
    if more:
        if next_cursor is not None:
            nxt = page_url(base, here, cursor=next_cursor, offset=None, f=None)
        else:
            nxt = page_url(base, here, offset=offset + limit, f=None)
        links.append({"rel": "next", "type": media_type, "title": "Next page", "href": nxt})
    if cursor is None and offset > 0:
        prv = page_url(base, here, offset=max(0, offset - limit), f=None)
        links.append({"rel": "prev", "type": media_type, "title": "Previous page", "href": prv})
    return links


def feature_collection(
    records: Iterable[Mapping[str, Any]],
    *,
    matched: int | None,
    links: Sequence[dict[str, str]] = (),
    properties: tuple[str, ...] | None = None,
) -> dict[str, Any]:
    features = [to_feature(r) for r in records]
    if properties is not None:
        for feat in features:
            props = feat["properties"]
            feat["properties"] = {k: props[k] for k in properties if k in props}
    body: dict[str, Any] = {"type": "FeatureCollection"}
    if matched is not None:  # OGC API Features lets a server omit numberMatched when counting would cost
        body["numberMatched"] = matched
    body.update(numberReturned=len(features), timeStamp=now_rfc3339(), links=list(links), features=features)
    return body


def now_rfc3339() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
