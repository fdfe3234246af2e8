"""app.api.routers.tiles: the events as vector tiles, for the map at any store size and for QGIS.

- `/tiles/events/{z}/{x}/{y}.mvt`: XYZ Mapbox Vector Tiles (what QGIS "Vector Tiles" connections and
  MapLibre/Leaflet plugins read), with `/tiles/events.json` as their TileJSON;
- `/ogc/collections/events/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}`: the same tiles on
  OGC API - Tiles paths, with the tileset list and metadata beside them.

Every tile path takes the items' filters (`datetime`, `event_type`, `filter`, `filter-lang`, `q`), so a
filtered map loads only the filtered events.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from app.api.params import parse_datetime, parse_event_types, reject_unknown, search_filter
from app.api.responses import ORJSONResponse
from app.api.tiles import GRID, MAX_ZOOM, MVT, POINT_BUDGET, POINT_PROPERTIES, check_tile, render_tile
from app.api.visibility import visible_statuses
from app.errors import NotFound, StoreError
from app.store.base import EventFilter

router = APIRouter(tags=["tiles"])

_FILTERS = ("datetime", "event_type", "filter", "filter-lang", "q")
_ALLOWED = frozenset(_FILTERS)
_WEBMERCATOR = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad"
_TMS_JSON = "https://raw.githubusercontent.com/opengeospatial/2D-Tile-Matrix-Set/master/registry/json/WebMercatorQuad.json"
_PROBLEM = {"content": {"application/problem+json": {}}}
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "A Mapbox Vector Tile (layers `events` or `clusters`)", "content": {MVT: {}}},
    204: {"description": "No matching event in this tile"},
    400: {
        "description": "Invalid parameter (named in the problem), e.g. a row or column outside the zoom",
        **_PROBLEM,
    },
    404: {"description": "No such collection or tile matrix set", **_PROBLEM},
    "4XX": {"description": "Other client errors", **_PROBLEM},
}


def _filter(request: Request) -> EventFilter:
    qp = request.query_params
    reject_unknown([k for k, _ in qp.multi_items()], _ALLOWED)
    start, end = parse_datetime(qp.get("datetime"))
    flt = EventFilter(
        start=start,
        end=end,
        event_types=parse_event_types(qp.get("event_type")),
        # Tiles show what the caller may see: rejected events never reach the public map.
        review_status=visible_statuses(request, None),
    )
    return search_filter(flt, {k: qp[k] for k in ("filter", "filter-lang", "q") if k in qp})


def _tile(
    request: Request, z: int, x: int, y: int, names: tuple[str, str, str] = ("z", "x", "y")
) -> Response:
    check_tile(z, x, y, names)
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise StoreError("no event store is configured")
    body = render_tile(store, _filter(request), z, x, y)
    headers = {"Cache-Control": "public, max-age=60"}
    if not body:
        return Response(status_code=204, headers=headers)
    return Response(body, media_type=MVT, headers=headers)


Z = Annotated[int, Path(ge=0, le=MAX_ZOOM, description="Zoom level")]
XY = Annotated[int, Path(ge=0, description="Tile column (x) or row (y, from the north)")]


@router.get("/tiles/events/{z}/{x}/{y}.mvt", summary="Events as an XYZ vector tile", responses=_RESPONSES)
def xyz_tile(request: Request, z: Z, x: XY, y: XY) -> Response:
    return _tile(request, z, x, y)


def _query_suffix(request: Request) -> str:
    return f"?{request.url.query}" if request.url.query else ""


@router.get("/tiles/events.json", summary="TileJSON of the event tiles")
def tilejson(request: Request) -> ORJSONResponse:
    _filter(request)
    root = str(request.base_url).rstrip("/")
    fields = {k: "String" for k in POINT_PROPERTIES} | {"fatalities": "Number", "injured": "Number"}
    return ORJSONResponse(
        {
            "tilejson": "3.0.0",
            "name": "conflictmap events",
            "description": (
                f"Each tile has every matching event (layer `events`) when it holds at most {POINT_BUDGET}, "
                f"else exact counts on a {GRID}x{GRID} grid (layer `clusters`: count, fatalities)."
            ),
            "tiles": [f"{root}/tiles/events/{{z}}/{{x}}/{{y}}.mvt{_query_suffix(request)}"],
            "minzoom": 0,
            "maxzoom": MAX_ZOOM,
            "bounds": [-180, -85.0511, 180, 85.0511],
            "vector_layers": [
                {"id": "events", "fields": fields},
                {"id": "clusters", "fields": {"count": "Number", "fatalities": "Number"}},
            ],
        }
    )


def _check_collection(collection_id: str) -> None:
    if collection_id != "events":
        raise NotFound(f"no collection {collection_id!r}; there is only 'events'", param="collectionId")


def _check_tms(tms: str) -> None:
    if tms != "WebMercatorQuad":
        raise NotFound(
            f"no tile matrix set {tms!r}; there is only 'WebMercatorQuad'", param="tileMatrixSetId"
        )


def _tileset(request: Request) -> dict[str, Any]:
    base = str(request.base_url).rstrip("/") + "/ogc/collections/events/tiles/WebMercatorQuad"
    return {
        "title": "Conflict events (vector tiles)",
        "dataType": "vector",
        "crs": "http://www.opengis.net/def/crs/EPSG/0/3857",
        "tileMatrixSetURI": _WEBMERCATOR,
        "links": [
            {"rel": "self", "type": "application/json", "href": base},
            {
                "rel": "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme",
                "type": "application/json",
                "href": _TMS_JSON,
            },
            {
                "rel": "item",
                "type": MVT,
                "templated": True,
                "href": f"{base}/{{tileMatrix}}/{{tileRow}}/{{tileCol}}{_query_suffix(request)}",
            },
        ],
        "layers": [
            {"id": "events", "dataType": "vector", "geometryDimension": 0},
            {"id": "clusters", "dataType": "vector", "geometryDimension": 0},
        ],
    }


CollectionId = Annotated[str, Path(description="Collection id; the only one is `events`.")]


_META_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "Invalid parameter (named in the problem)", **_PROBLEM},
    404: {"description": "No such collection or tile matrix set", **_PROBLEM},
}


@router.get(
    "/ogc/collections/{collectionId}/tiles",
    summary="Tilesets of the collection (OGC API - Tiles)",
    responses=_META_RESPONSES,
)
def tilesets(request: Request, collectionId: CollectionId) -> ORJSONResponse:  # noqa: N803
    _check_collection(collectionId)
    _filter(request)
    return ORJSONResponse({"tilesets": [_tileset(request)], "links": []})


@router.get(
    "/ogc/collections/{collectionId}/tiles/{tileMatrixSetId}",
    summary="Tileset metadata",
    responses=_META_RESPONSES,
)
def tileset(request: Request, collectionId: CollectionId, tileMatrixSetId: str) -> ORJSONResponse:  # noqa: N803
    _check_collection(collectionId)
    _check_tms(tileMatrixSetId)
    _filter(request)
    return ORJSONResponse(_tileset(request))


@router.get(
    "/ogc/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
    summary="One vector tile (OGC API - Tiles)",
    responses=_RESPONSES,
)
def ogc_tile(
    request: Request,
    collectionId: CollectionId,  # noqa: N803
    tileMatrixSetId: str,  # noqa: N803
    tileMatrix: Z,  # noqa: N803
    tileRow: XY,  # noqa: N803
    tileCol: XY,  # noqa: N803
) -> Response:
    _check_collection(collectionId)
    _check_tms(tileMatrixSetId)
    return _tile(request, tileMatrix, tileCol, tileRow, ("tileMatrix", "tileCol", "tileRow"))
