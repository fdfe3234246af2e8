"""app.api.routers.sources: the RSS/Atom feeds the server watches: register one, list them with their state."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from app.api.auth import require
from app.api.responses import ORJSONResponse
from app.api.routers.text import read_body
from app.errors import InvalidQuery, StoreError
from app.newsroom.fetch import check_url
from app.store.base import Store

router = APIRouter(prefix="/api", tags=["newsroom"])

_PROBLEM = {"content": {"application/problem+json": {}}}
# What a client sees of a feed: the conditional-GET validators are the poller's business.
_PUBLIC = (
    "url", "added_at", "added_by", "last_polled_at", "last_status", "last_error", "polls", "items_seen",
    "items_ingested", "items_failed",
)  # fmt: skip
_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["url"],
                    "properties": {"url": {"type": "string", "format": "uri", "maxLength": 2048}},
                    "additionalProperties": False,
                }
            }
        },
    }
}


def _store(request: Request) -> Store:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreError("no event store is configured")
    return store


def _public(feed: dict[str, Any]) -> dict[str, Any]:
    return {k: feed.get(k) for k in _PUBLIC}


@router.get(
    "/sources",
    summary="The feeds this server watches, with the last poll's time, status and error, and item counts",
)
def list_sources(request: Request) -> ORJSONResponse:
    settings = request.app.state.settings
    feeds = [_public(f) for f in _store(request).feeds.feeds()]
    return ORJSONResponse({"watching": settings.watch, "every_s": settings.watch_every_s, "sources": feeds})


@router.post(
    "/sources",
    summary="Register an RSS/Atom feed to watch (needs an ingest key)",
    description="Polled by the server itself when CONFLICTMAP_WATCH=true, or by `conflictmap watch` (which "
    "polls every registered feed when given none). Registering a feed again changes nothing (200).",
    status_code=201,
    responses={
        201: {"description": "The feed, newly registered"},
        200: {"description": "The feed was already registered"},
        400: {"description": "Not an absolute http(s) URL", **_PROBLEM},
        401: {"description": "Missing or wrong `Authorization: Bearer` key", **_PROBLEM},
        403: {"description": "No ingest key is configured, or the key may not ingest", **_PROBLEM},
    },
    openapi_extra=_BODY,
)
async def add_source(request: Request, who: Annotated[str, Depends(require("ingest"))]) -> ORJSONResponse:
    try:
        body = orjson.loads(await read_body(request))
    except orjson.JSONDecodeError as exc:
        raise InvalidQuery(f"the body is not JSON ({exc})", param="body") from None
    if not isinstance(body, dict) or set(body) != {"url"}:
        raise InvalidQuery('the body must be {"url": "https://..."}', param="url")
    url = check_url(body["url"])
    feeds = _store(request).feeds

    def run() -> tuple[dict[str, Any], bool]:
        existed = feeds.get_feed(url) is not None
        return feeds.add_feed(url, by=who), existed

    feed, existed = await run_in_threadpool(run)
    return ORJSONResponse(_public(feed), status_code=200 if existed else 201)
