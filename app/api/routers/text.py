"""app.api.routers.text: article text in: POST /api/articles (stored), /api/geoparse and /api/claims (not stored)."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from app.api.auth import identify
from app.api.compute import run_compute
from app.api.ogc_features import to_feature
from app.api.ratelimit import rate_limited
from app.api.resources import get_offline_geocoder
from app.api.responses import GeoJSONResponse, ORJSONResponse
from app.errors import InvalidQuery, StoreError
from app.extract.model import Article
from app.extract.reader import (
    MAX_FIELD_CHARS,
    MAX_ID_CHARS,
    MAX_TEXT_CHARS,
    NO_CONTROL_PATTERN,
    parse_articles,
)
from app.newsroom.fetch import check_url
from app.pipeline import ingest_articles
from app.store.base import Store

router = APIRouter(prefix="/api", tags=["text"])

_PROBLEM = {"content": {"application/problem+json": {}}}
_NOT_BLANK = NO_CONTROL_PATTERN.replace("*$", r"*[^\s\x00-\x1F\x7F]" + NO_CONTROL_PATTERN[1:])


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


_FIELD = {"type": "string", "maxLength": MAX_FIELD_CHARS, "pattern": NO_CONTROL_PATTERN}
# The schema states exactly what app.extract.reader.article_from_record accepts (schemathesis checks both ways).
ARTICLE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["id", "text"],
    "properties": {
        "id": {"type": "string", "minLength": 1, "maxLength": MAX_ID_CHARS, "pattern": _NOT_BLANK},
        "text": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT_CHARS, "pattern": _NOT_BLANK},
        "title": _nullable(_FIELD),
        "published": _nullable({"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}),
        "url": _nullable(_FIELD),
        "outlet": _nullable(_FIELD),
    },
}
_ARTICLE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            # JSON Lines bodies are accepted too (with any content type); OpenAPI cannot describe them.
            "application/json": {
                "schema": {
                    "anyOf": [ARTICLE_SCHEMA, {"type": "array", "minItems": 1, "items": ARTICLE_SCHEMA}]
                }
            },
        },
    }
}
_TEXT_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "The body is not an article record (or JSON Lines of them)", **_PROBLEM},
    413: {
        "description": "The body is larger than the configured limit (2 MB by default), or an article's text "
        f"is longer than the maximum article size ({MAX_TEXT_CHARS:,} characters)",
        **_PROBLEM,
    },
}
_RETRY_AFTER = {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait"}}
_COMPUTE_ERRORS: dict[int | str, dict[str, Any]] = {
    503: {
        "description": "The answer was not ready within the per-request deadline (CONFLICTMAP_COMPUTE_DEADLINE_S)",
        "headers": _RETRY_AFTER,
        **_PROBLEM,
    },
}
_LIMITED: dict[int | str, dict[str, Any]] = {
    429: {
        "description": "Too many requests from this client (lower limit without the API key)",
        "headers": _RETRY_AFTER,
        **_PROBLEM,
    },
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {
        "description": "Missing or wrong `Authorization: Bearer` key",
        "headers": {"WWW-Authenticate": {"schema": {"type": "string"}, "description": "Bearer"}},
        **_PROBLEM,
    },
    403: {"description": "No ingest key is configured, or the key may not ingest", **_PROBLEM},
    **_TEXT_ERRORS,
}


def require_api_key(request: Request) -> str:
    """Adding reports needs a key with the ingest role (app.api.auth); with none configured they are refused."""
    return identify(request, "ingest")


async def read_body(request: Request) -> bytes:
    """The request body, refusing (413) as soon as it exceeds max_body_bytes; Content-Length is only a hint."""
    limit = request.app.state.settings.max_body_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body of {declared} bytes is larger than the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body is larger than the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _store(request: Request) -> Store:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreError("no event store is configured")
    return store


async def _articles(request: Request) -> list[Article]:
    return parse_articles(await read_body(request), source="body", param="body")


def _store_articles(store: Store, articles: list[Article], geocoder: Any) -> list[dict[str, Any]]:
    result = ingest_articles(store, articles, geocoder)
    seen: dict[str, None] = {}
    for ids in result.event_ids.values():
        seen.update(dict.fromkeys(ids))
    features = []
    for event_id in seen:
        rec = store.get(event_id)
        if rec is not None:
            feature = to_feature(rec)
            feature["properties"]["sources"] = rec.get("sources", [])
            features.append(feature)
    return features


def _url_request(body: bytes) -> str | None:
    """The URL of a `{"url": ...}` body (an article to fetch), None for article records."""
    stripped = body.strip()
    if not stripped.startswith(b"{") or b'"url"' not in stripped:
        return None
    try:
        obj = orjson.loads(stripped)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(obj, dict) or "text" in obj or "url" not in obj:
        return None
    extra = set(obj) - {"url"}
    if extra:
        raise InvalidQuery(f"a URL request takes only url, not {sorted(extra)[0]!r}", param="url")
    return check_url(obj["url"])


def _fetch_page(request: Request, url: str) -> Article:
    from app.newsroom.fetch import Fetcher
    from app.newsroom.page import fetch_article

    with Fetcher(request.app.state.settings) as fetcher:
        return fetch_article(fetcher, url)


@router.post(
    "/articles",
    summary="Extract events from articles and store them (needs the API key)",
    description='One article record as JSON, or JSON Lines of them, or {"url": ...} to fetch a news page '
    "and read its article (id = the canonical URL; 422 when it cannot be fetched or has no article). Returns the stored events; posting the "
    "same article again gives the same events. Reports of one event from several articles are merged.",
    response_class=GeoJSONResponse,
    responses={
        200: {"description": "FeatureCollection of the stored events"},
        **_WRITE_ERRORS,
        **_COMPUTE_ERRORS,
    },
    openapi_extra=_ARTICLE_BODY,
    dependencies=[Depends(require_api_key)],
)
async def post_articles(request: Request) -> GeoJSONResponse:
    body = await read_body(request)
    url = _url_request(body)
    if url is not None:
        articles = [await run_in_threadpool(_fetch_page, request, url)]  # network wait: not a compute slot
    else:
        articles = parse_articles(body, source="body", param="body")
    features = await run_compute(
        request, _store_articles, _store(request), articles, get_offline_geocoder(request)
    )
    return GeoJSONResponse({"type": "FeatureCollection", "features": features})


@router.post(
    "/geoparse",
    dependencies=[Depends(rate_limited("geoparse"))],
    summary="Toponyms in an article, resolved to places (nothing is stored)",
    responses={200: {"description": '{"mentions": [...]}'}, **_TEXT_ERRORS, **_COMPUTE_ERRORS, **_LIMITED},
    openapi_extra=_ARTICLE_BODY,
)
async def post_geoparse(
    request: Request, articles: Annotated[list[Article], Depends(_articles)]
) -> ORJSONResponse:
    from app.extract import geoparse

    geocoder = get_offline_geocoder(request)

    def run() -> list[dict[str, Any]]:
        return [m.to_record() for a in articles for m in geoparse(a, geocoder)]

    return ORJSONResponse({"mentions": await run_compute(request, run)})


@router.post(
    "/claims",
    dependencies=[Depends(rate_limited("claims"))],
    summary="Distance claims in an article, checked against the geodesic distance (nothing is stored)",
    responses={200: {"description": '{"claims": [...]}'}, **_TEXT_ERRORS, **_COMPUTE_ERRORS, **_LIMITED},
    openapi_extra=_ARTICLE_BODY,
)
async def post_claims(
    request: Request, articles: Annotated[list[Article], Depends(_articles)]
) -> ORJSONResponse:
    from app.extract import find_claims

    geocoder = get_offline_geocoder(request)

    def run() -> list[dict[str, Any]]:
        return [c for a in articles for c in find_claims(a, geocoder)]

    return ORJSONResponse({"claims": await run_compute(request, run)})
