"""app.map: the journalist map (folium), its offline assets and its URL state.

Names load lazily so that `python -m app.map.assets` (run before anything else is installed)
does not import its own module twice.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.map.assets import AssetsMissing
    from app.map.render import MapPage, Overlay, Tiles, render_map
    from app.map.state import MapState

__all__ = ["AssetsMissing", "MapPage", "MapState", "Overlay", "Tiles", "render_map"]

_HOME = {
    "AssetsMissing": "app.map.assets",
    "MapPage": "app.map.render",
    "Overlay": "app.map.render",
    "Tiles": "app.map.render",
    "render_map": "app.map.render",
    "MapState": "app.map.state",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(_HOME[name]), name)
    raise AttributeError(f"module 'app.map' has no attribute {name!r}")
