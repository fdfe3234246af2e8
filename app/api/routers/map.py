"""app.api.routers.map: the journalist map at `/` and the static files it loads from `/static/...`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse

from app.api.map_scale import cells_json, summary_json
from app.api.params import (
    MAX_CHARS,
    parse_bbox,
    parse_datetime,
    parse_event_types,
    parse_limit,
    parse_offset,
    reject_unknown,
    search_filter,
)
from app.api.resources import get_offline_geocoder
from app.api.responses import ORJSONResponse
from app.api.tiles import MAX_ZOOM as MAX_TILE_ZOOM
from app.api.visibility import parse_review_status, visible_statuses
from app.errors import NotFound, StoreError
from app.map import MapPage, MapState, Tiles, render_map
from app.map.assets import STATIC_DIR, is_installed
from app.map.overlays import compute_overlays, geodesy_functions
from app.map.payload import events_payload
from app.map.places import MAX_LABELS, place_labels
from app.store.base import EventFilter, Store

router = APIRouter(tags=["map"])

_MEDIA = {".geojson": "application/geo+json", ".js": "text/javascript", ".css": "text/css"}
# Vendor paths carry their package version, so a browser may keep them for good.
_IMMUTABLE = "public, max-age=31536000, immutable"


@router.get("/", response_class=HTMLResponse, summary="The journalist map (HTML)")
def map_page(request: Request) -> HTMLResponse:
    """Events on a map with filters, search, range rings and shareable state.

    Query: `datetime`, `event_type` (as /api/events), `center=lat,lon`, `zoom`, and overlays
    `from` + `weapon` (repeatable) / `max_km` / `min_km` for range rings, `from` + `to` for a distance.
    """
    if not is_installed(docs=False):
        raise NotFound("the map's assets are not installed; run `make assets`")
    state = MapState.from_query({k: request.query_params.getlist(k) for k in request.query_params})
    # Events only for rings whose targets are events; the page fetches its own from /map/events.
    records = _all_events(request) if state.targets == "events" and state.origin else []
    settings = request.app.state.settings
    scale = _scale_urls(request) if _too_many_for_the_page(request) else None
    page = MapPage(
        state=state,
        records=[],
        tiles=Tiles(settings.tile_url, settings.tile_attribution),
        overlays=compute_overlays(
            state, strict=True, **geodesy_functions(get_offline_geocoder(request).locate, records=records)
        ),
        events_url=scale["summary_url"] if scale else "/map/events",
        places_url="/map/places",
        scale=scale,
    )
    # Newsrooms embed the map in an iframe: no X-Frame-Options on purpose.
    return HTMLResponse(render_map(page), headers={"Cache-Control": "no-cache"})


@router.get("/map/events", summary="Every stored event as the map's compact columns")
def map_events(request: Request) -> ORJSONResponse:
    """What `/` draws: all events (the page filters dates and types itself, so widening a filter
    needs no reload and its count always equals /api/events for the same query).

    `filter` (CQL2, with `filter-lang`) and `q` (full text) narrow it exactly as on /api/events."""
    qp = request.query_params
    if not any(k in qp for k in _PAGE_PARAMS - _MAP_EVENTS_PARAMS):
        reject_unknown([k for k, _ in qp.multi_items()], _MAP_EVENTS_PARAMS)
        flt = search_filter(EventFilter(), {k: qp[k] for k in _MAP_EVENTS_PARAMS if k in qp})
        return ORJSONResponse(
            events_payload(_all_events(request, flt)), headers={"Cache-Control": "no-store"}
        )
    # A page of them (the map at scale: its latest list, a crowded cell's list): newest first.
    flt = _view_filter(request, _PAGE_PARAMS)
    n = parse_limit(qp.get("limit"), default=100, maximum=MAX_PAGE_EVENTS)
    flt = replace(flt, bbox=parse_bbox(qp.get("bbox")), limit=n, count_limit=0)
    records, _ = _store(request).query(flt)
    return ORJSONResponse(events_payload(records), headers={"Cache-Control": "no-store"})


_SEARCH = ("filter", "filter-lang", "q")
_MAP_EVENTS_PARAMS = frozenset(_SEARCH)
_VIEW_PARAMS = frozenset({"datetime", "event_type", "review_status", *_SEARCH})
_PAGE_PARAMS = frozenset({"bbox", "limit", *_VIEW_PARAMS})
MAX_PAGE_EVENTS = 1000


def _too_many_for_the_page(request: Request) -> bool:
    """More visible events than the page holds at once (settings.map_client_max): counted up to that many."""
    store = _store(request)
    cap = request.app.state.settings.map_client_max
    flt = EventFilter(review_status=visible_statuses(request, None), limit=0, count_limit=cap)
    return store.query(flt)[1] is None


def _scale_urls(request: Request) -> dict[str, str]:
    # The page's own filter/q go with every request, as /map/events takes them.
    qp = request.query_params
    search = urlencode({k: qp[k] for k in _SEARCH if k in qp})
    return {
        "summary_url": "/map/summary" + (f"?{search}" if search else ""),
        "cells_url": "/map/cells/",
        "events_url": "/map/events",
    }


def _view_filter(request: Request, allowed: frozenset[str]) -> EventFilter:
    qp = request.query_params
    reject_unknown([k for k, _ in qp.multi_items()], allowed)
    start, end = parse_datetime(qp.get("datetime"))
    flt = EventFilter(
        start=start,
        end=end,
        event_types=parse_event_types(qp.get("event_type")),
        # The map shows what the caller may see (rejected events never reach the public), narrowed on request.
        review_status=visible_statuses(request, parse_review_status(qp.get("review_status"))),
    )
    return search_filter(flt, {k: qp[k] for k in _SEARCH if k in qp})


@router.get("/map/summary", summary="The map's exact counts per day, event type and review state")
def map_summary(request: Request) -> ORJSONResponse:
    """For a map past `CONFLICTMAP_MAP_CLIENT_MAX` events: counts per (day, type, review state) as columns
    `date`, `type`, `review` (indices into `strings` / `types`) and `w` (the count), their `total`, the most
    frequent acting sides (`sides`) and the events' extent (`bounds`). Takes `filter`, `filter-lang`, `q`."""
    flt = _view_filter(request, _MAP_EVENTS_PARAMS)
    return ORJSONResponse(summary_json(_store(request), flt), headers={"Cache-Control": "no-store"})


@router.get("/map/cells/{z}/{x}/{y}", summary="The map's events or exact cluster counts in one tile")
def map_cells(
    request: Request,
    z: Annotated[int, PathParam(ge=0, le=MAX_TILE_ZOOM, description="Zoom level")],
    x: Annotated[int, PathParam(ge=0, description="Tile column")],
    y: Annotated[int, PathParam(ge=0, description="Tile row, from the north")],
) -> ORJSONResponse:
    """Web Mercator tile z/x/y: `events` (the compact columns of /map/events) of every matching event when
    there are few, else exact counts per cell of a 4 x 4 grid (`cells`: count, mean lon, mean lat and the
    cell's minlon, minlat, maxlon, maxlat), a cell of one event given as that event; `n` counts them all.
    Filters: `datetime`, `event_type`, `review_status`, `filter`, `filter-lang`, `q`."""
    flt = _view_filter(request, _VIEW_PARAMS)
    return ORJSONResponse(cells_json(_store(request), flt, z, x, y), headers={"Cache-Control": "no-store"})


@router.get("/map/places", summary="Place names for the map's own label layer")
def map_places(
    request: Request,
    bbox: Annotated[
        str | None, Query(max_length=MAX_CHARS["bbox"], description="minlon,minlat,maxlon,maxlat")
    ] = None,
    min_population: Annotated[
        int | None, Query(ge=0, le=2**31 - 1, description="smallest population labelled")
    ] = None,
    limit: Annotated[int | None, Query(ge=1, le=MAX_LABELS, description=f"at most {MAX_LABELS}")] = None,
) -> ORJSONResponse:
    """Settlements in `bbox` (minlon,minlat,maxlon,maxlat) with at least `min_population` people, and
    every national capital, largest first, as columns `name`, `lat`, `lon`, `pop`, `cap`. The map
    draws them itself, so it stays readable when tiles do not load."""
    gazetteer = getattr(request.app.state, "gazetteer", None)
    if gazetteer is None:
        raise StoreError("the gazetteer is not loaded")
    min_pop = 0 if not min_population else parse_offset(min_population, param="min_population")
    n = parse_limit(limit, default=MAX_LABELS, maximum=MAX_LABELS)
    labels = place_labels(gazetteer, bbox=parse_bbox(bbox), min_population=min_pop, limit=n)
    # Places do not move: a browser may keep an answer for a day.
    return ORJSONResponse(labels, headers={"Cache-Control": "public, max-age=86400"})


def _store(request: Request) -> Store:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreError("no event store is configured")
    return store


def _all_events(request: Request, flt: EventFilter | None = None) -> list[dict]:
    flt = replace(flt or EventFilter(), review_status=visible_statuses(request, None))
    records, _ = _store(request).query(flt)
    return records


@router.get("/static/{path:path}", include_in_schema=False)
def static_file(path: str) -> FileResponse:
    target = (STATIC_DIR / path).resolve()
    if not _is_inside(target, STATIC_DIR) or not target.is_file():
        raise NotFound(f"no static file {path!r}")
    cache = _IMMUTABLE if path.startswith("vendor/") else "public, max-age=300"
    return FileResponse(target, media_type=_MEDIA.get(target.suffix), headers={"Cache-Control": cache})


def _is_inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root.resolve())
    except ValueError:
        return False
    return True
