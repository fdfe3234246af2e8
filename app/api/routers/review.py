"""app.api.routers.review: one event, an editor's PATCH (JSON merge patch) and the audit trail."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, HTTPException, Path, Request
from starlette.concurrency import run_in_threadpool

from app.api.auth import caller, require
from app.api.ogc_features import to_feature
from app.api.resources import get_offline_geocoder
from app.api.responses import GeoJSONResponse, ORJSONResponse
from app.api.routers.text import read_body
from app.api.visibility import may_see
from app.errors import InvalidQuery, NotFound, StoreError, Unauthorized
from app.review import PATCHABLE, parse_patch
from app.store.base import Store

router = APIRouter(prefix="/api", tags=["review"])

_PROBLEM = {"content": {"application/problem+json": {}}}
_PATCH_TYPES = ("application/merge-patch+json", "application/json")
EventId = Annotated[str, Path(description="Event id", max_length=256)]
_PATCH_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            t: {
                "schema": {
                    "type": "object",
                    "description": "RFC 7396 merge patch; null clears a field (fatalities, actors...)",
                    "properties": {
                        "review_status": {"enum": ["unreviewed", "verified", "rejected"]},
                        "note": {"type": "string"},
                        "event_type": {"type": "string"},
                        "sub_event_type": {"type": "string"},
                        "event_date": {"type": "string", "format": "date"},
                        "place": {"oneOf": [{"type": "string"}, {"type": "object"}]},
                        "location": {"type": "string"},
                        "lat": {"type": "number"},
                        "lon": {"type": "number"},
                        "fatalities": {"type": ["integer", "null"], "minimum": 0},
                        "injured": {"type": ["integer", "null"], "minimum": 0},
                        "actor1": {"type": ["string", "null"]},
                        "actor2": {"type": ["string", "null"]},
                        "claim_status": {"enum": ["reported", "claimed", "disputed"]},
                        "claimed_by": {"type": ["string", "null"]},
                        "disputed_by": {"type": ["string", "null"]},
                    },
                    "additionalProperties": False,
                }
            }
            for t in _PATCH_TYPES
        },
    }
}


def _store(request: Request) -> Store:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreError("no event store is configured")
    return store


def _visible(request: Request, event_id: str) -> dict[str, Any]:
    rec = _store(request).get(event_id)
    if rec is None or not may_see(request, rec):
        raise NotFound(f"no event {event_id!r}", param="event_id")
    return rec


def _feature(rec: dict[str, Any]) -> dict[str, Any]:
    feature = to_feature(rec)
    feature["properties"]["sources"] = rec.get("sources", [])
    return feature


@router.get(
    "/whoami",
    summary="The name and roles of the key in the Authorization header (401 without a valid key)",
    responses={401: {"description": "Missing or wrong `Authorization: Bearer` key", **_PROBLEM}},
)
def whoami(request: Request) -> ORJSONResponse:
    key = caller(request)
    if key is None:
        raise Unauthorized("missing or wrong bearer key in the Authorization header", status=401)
    return ORJSONResponse({"name": key.name, "roles": sorted(key.roles)})


@router.get(
    "/events/{event_id}",
    summary="One event with its sources and review state",
    response_class=GeoJSONResponse,
    responses={404: {"description": "No such event (or not published)", **_PROBLEM}},
)
def get_event(request: Request, event_id: EventId) -> GeoJSONResponse:
    return GeoJSONResponse(_feature(_visible(request, event_id)))


@router.get(
    "/events/{event_id}/history",
    summary="The audit trail of an event: who changed what, when, old -> new",
    responses={404: {"description": "No such event (or not published)", **_PROBLEM}},
)
def get_history(request: Request, event_id: EventId) -> ORJSONResponse:
    rec = _visible(request, event_id)
    return ORJSONResponse({"id": rec["id"], "history": _store(request).history(event_id)})


def _country_name(request: Request):
    gaz = request.app.state.gazetteer

    def name(code: str) -> str | None:
        i = gaz.country_place(code)
        return None if i is None else str(gaz.names[i])

    return name


def _locate(request: Request):
    geocoder = get_offline_geocoder(request)
    return lambda name: geocoder.locate(name, param="place")


@router.patch(
    "/events/{event_id}",
    summary="Review an event: verify, reject or correct it (needs a review key)",
    description="A JSON merge patch of: " + ", ".join(PATCHABLE) + ". Corrected fields keep the editor's "
    "value when the article is ingested again or another report merges into the event. Every change is "
    "in /api/events/{id}/history.",
    response_class=GeoJSONResponse,
    responses={
        200: {"description": "The event after the change"},
        400: {"description": "A member of the patch is invalid (named in the problem)", **_PROBLEM},
        401: {"description": "Missing or wrong `Authorization: Bearer` key", **_PROBLEM},
        403: {"description": "No review key is configured, or the key may not review", **_PROBLEM},
        404: {"description": "No such event", **_PROBLEM},
        415: {"description": "Not application/merge-patch+json or application/json", **_PROBLEM},
    },
    openapi_extra=_PATCH_BODY,
)
async def patch_event(
    request: Request, event_id: EventId, editor: Annotated[str, Depends(require("review"))]
) -> GeoJSONResponse:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in _PATCH_TYPES:
        raise HTTPException(415, f"send the patch as {' or '.join(_PATCH_TYPES)}")
    try:
        patch = orjson.loads(await read_body(request))
    except orjson.JSONDecodeError as exc:
        raise InvalidQuery(f"the body is not JSON ({exc})", param="body") from None
    store = _store(request)

    def run() -> dict[str, Any]:
        current = store.get(event_id)
        if current is None:
            raise NotFound(f"no event {event_id!r}", param="event_id")
        changes, note = parse_patch(
            patch, current, locate=_locate(request), country_name=_country_name(request)
        )
        rec = store.update_event(event_id, changes, by=editor, note=note)
        if rec is None:
            raise NotFound(f"no event {event_id!r}", param="event_id")
        return rec

    return GeoJSONResponse(_feature(await run_in_threadpool(run)))
