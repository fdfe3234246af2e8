"""app.map: the journalist map (folium), its offline assets and its URL state."""

from app.map.assets import AssetsMissing
from app.map.render import MapPage, Overlay, Tiles, render_map
from app.map.state import MapState

__all__ = ["AssetsMissing", "MapPage", "MapState", "Overlay", "Tiles", "render_map"]
