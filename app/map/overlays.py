"""app.map.overlays: the range rings and distance lines a map URL asks for.

They are built with app.geo's `plan_rings`, `range_collection` and `distance_answer`, the functions behind
/api/range and /api/distance, so a ring on the map is exactly the polygon the API returns (a
geodesic polygon on WGS84, never a Mercator circle).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from app.errors import ConflictMapError, InvalidQuery, NotFound
from app.geo import (
    Place,
    RadiusError,
    UnknownWeapon,
    capital_targets,
    distance_answer,
    plan_rings,
    range_collection,
    record_targets,
)
from app.map.render import Overlay
from app.map.state import MapState

# (query) -> GeoJSON, as /api/range or /api/distance would answer that query.
Compute = Callable[[dict[str, str]], dict[str, Any]]
Locate = Callable[..., Any]  # Geocoder.locate: (text, *, param) -> Candidate


def compute_overlays(
    state: MapState,
    *,
    range_fn: Compute | None = None,
    distance_fn: Compute | None = None,
    strict: bool = False,
) -> list[Overlay]:
    """One Overlay per ring and line. With a function at hand the GeoJSON is computed now; without
    one the page fetches it from the API. A bad place or weapon raises (NotFound/InvalidQuery naming
    the parameter) when `strict`, else it becomes the overlay's error, shown on the map."""
    out = [Overlay("range", q) for q in state.range_queries()]
    dq = state.distance_query()
    if dq:
        out.append(Overlay("distance", dq))
    for o in out:
        fn = range_fn if o.kind == "range" else distance_fn
        if fn is None:
            continue
        try:
            o.data = fn(o.query)
        except (ConflictMapError, UnknownWeapon, RadiusError) as exc:
            if strict:
                raise _as_query_error(exc) from None
            o.error = _describe(exc)
    return out


def _as_query_error(exc: Exception) -> ConflictMapError:
    if isinstance(exc, UnknownWeapon):
        return NotFound(str(exc), param="weapon", suggestions=exc.suggestions)
    if isinstance(exc, RadiusError):
        return InvalidQuery(str(exc), param=exc.param)
    return exc  # type: ignore[return-value]


def geodesy_functions(locate: Locate, *, records: Sequence[dict[str, Any]] = ()) -> dict[str, Compute]:
    """range_fn and distance_fn over a geocoder's `locate` (and, for targets=events, the records)."""

    def place(text: str, param: str) -> Place:
        c = locate(text, param=param)
        return Place(c.name, float(c.lat), float(c.lon), c.country_code, kind=c.kind)

    def range_fn(q: dict[str, str]) -> dict[str, Any]:
        min_km = float(q["min_km"]) if "min_km" in q else None
        max_km = float(q["max_km"]) if "max_km" in q else None
        specs = plan_rings([q["weapon"]] if "weapon" in q else [], max_km, min_km)
        center = place(q["from"], "from")
        targets = record_targets(list(records)) if q.get("targets") == "events" else capital_targets()
        fc = range_collection(center, specs, targets)
        for f in fc["features"][1:]:
            f["properties"].setdefault("target_kind", q.get("targets", "capitals"))
        return fc

    def distance_fn(q: dict[str, str]) -> dict[str, Any]:
        # As /api/distance: a country at one end means its nearest border point.
        return distance_answer(place(q["from"], "from"), place(q["to"], "to"))

    return {"range_fn": range_fn, "distance_fn": distance_fn}


def _describe(exc: Exception) -> str:
    param = getattr(exc, "param", None)
    text = f"{param}: {exc}" if param else str(exc)
    suggestions = getattr(exc, "suggestions", None)
    if suggestions:
        text += f" (did you mean: {', '.join(suggestions)}?)"
    return text
