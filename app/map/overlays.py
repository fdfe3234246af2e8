"""app.map.overlays: the range rings and distance lines a map URL asks for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.errors import ConflictMapError
from app.map.render import Overlay
from app.map.state import MapState

# (query) -> GeoJSON; the same functions /api/range and /api/distance answer with.
Compute = Callable[[dict[str, str]], dict[str, Any]]


def compute_overlays(
    state: MapState, *, range_fn: Compute | None = None, distance_fn: Compute | None = None
) -> list[Overlay]:
    """One Overlay per ring and line. With a function at hand the GeoJSON is computed now (and a
    bad place or weapon becomes the overlay's error); without one the page fetches it from the API."""
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
        except ConflictMapError as exc:
            param = getattr(exc, "param", None)
            o.error = f"{param}: {exc}" if param else str(exc)
    return out
