"""app.map.render: the journalist map as one folium page.

Folium builds the Leaflet map, its tile layer and its controls (fullscreen, measure, scale); the
events, filters, legend, search, range rings and URL state are drawn by static/conflictmap.js from
a JSON config embedded in the page. Markers are never folium objects: 100,000 `folium.Marker`s
would take minutes to render and tens of MB of script, so the page gets compact columns
(app.map.payload) and builds markers itself into one MarkerCluster (chunked loading), which is what
folium's FastMarkerCluster does, with popups made on demand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import folium
import orjson
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import Fullscreen, MarkerCluster, MeasureControl, MiniMap
from jinja2 import Template

from app.htmljson import json_for_script
from app.map import assets
from app.map.payload import events_payload
from app.map.state import MapState

_STATIC = Path(__file__).resolve().parent / "static"
DEFAULT_CENTER = (49.0, 31.0)  # Ukraine: where most reporting this project handles comes from
DEFAULT_ZOOM = 5
# The map's deepest zoom comes from its tile layer. Clusters are indexed for every level up to it,
# and events are town-level at best, so 17 (streets) is deep enough and keeps 100,000 quick to index.
MAX_ZOOM = 17
# Above this many events clustering kicks in at every zoom and animation goes off, so that 100,000
# markers stay responsive (the ~5,000 point where MarkerCluster alone starts to drag).
FAST_CLUSTER_THRESHOLD = 5_000
# The page's own scripts: the timeline/latest list and the place labels first, the map (which uses them) last.
_SCRIPTS = ("cm-timeline.js", "cm-labels.js", "cm-scale.js", "conflictmap.js")
_MAP_CSS = ("leaflet_css", "awesome_markers_font_css")  # Leaflet's own sheet and Font Awesome (the icons)
_CONFIG_SLOT = "@@CONFLICTMAP_CONFIG@@"


@dataclass(frozen=True, slots=True)
class Tiles:
    url: str
    attribution: str


@dataclass(slots=True)
class Overlay:
    """A range ring or distance line: computed here when possible (`data`), else fetched by the page."""

    kind: str  # "range" | "distance"
    query: dict[str, str]
    data: dict[str, Any] | None = None
    error: str | None = None

    def to_json(self, api_base: str | None) -> dict[str, Any]:
        path = "/api/range" if self.kind == "range" else "/api/distance"
        url = f"{api_base}{path}?{urlencode(self.query)}" if api_base is not None else None
        return {"kind": self.kind, "query": self.query, "data": self.data, "error": self.error, "url": url}


@dataclass(slots=True)
class MapPage:
    """Everything one page shows. `standalone` inlines every asset (no server needed)."""

    state: MapState
    records: Iterable[Mapping[str, Any]]
    tiles: Tiles
    overlays: list[Overlay] = field(default_factory=list)
    standalone: bool = False
    api_base: str | None = ""  # "" = same origin; None = no API (a file on disk)
    # Where the page fetches its events (app.map.payload JSON); None embeds them in the page.
    events_url: str | None = None
    static_url: str = assets.STATIC_URL
    title: str = "conflictmap — events on the map"
    # Place names for the label layer: embedded (a file on disk) or fetched per view from places_url.
    places: dict[str, list[Any]] | None = None
    places_url: str | None = None
    # Past a few tens of thousands of events the page loads per view (app.api.map_scale): the URLs of the
    # summary, the per-tile cells and the newest events. `events_url` is then the summary's.
    scale: dict[str, str] | None = None


class _EventLayer(JSCSSMixin, MacroElement):
    """The page's own script and config; pulls in MarkerCluster's and MiniMap's assets."""

    _template = Template(
        """
{% macro header(this, kwargs) %}
{{ this.style_tag }}
{% endmacro %}
{% macro html(this, kwargs) %}
<script type="application/json" id="cm-config">{{ this.config_json }}</script>
{{ this.script_tag }}
{% endmacro %}
{% macro script(this, kwargs) %}
    window.conflictmap.init({{ this._parent.get_name() }}, {{ this.tiles_name }},
        JSON.parse(document.getElementById("cm-config").textContent));
{% endmacro %}
"""
    )
    default_js = [*MarkerCluster.default_js, *MiniMap.default_js, ("supercluster", assets.SUPERCLUSTER_URL)]
    default_css = MarkerCluster.default_css + MiniMap.default_css

    def __init__(self, tiles_name: str, *, standalone: bool, static_url: str):
        super().__init__()
        self._name = "ConflictMap"
        # Filled in after the page is rendered and localized: no regex runs over megabytes of events.
        self.config_json = _CONFIG_SLOT
        self.tiles_name = tiles_name
        scripts = {name: (_STATIC / name).read_text(encoding="utf-8") for name in _SCRIPTS}
        css = (_STATIC / "conflictmap.css").read_text(encoding="utf-8")
        if standalone:
            self.script_tag = "\n".join(
                f"<script>{assets.script_text(js)}</script>" for js in scripts.values()
            )
            self.style_tag = f"<style>{css}</style>"
        else:
            self.script_tag = "\n".join(
                f'<script src="{static_url}/{name}?v={_version_tag(js)}"></script>'
                for name, js in scripts.items()
            )
            self.style_tag = (
                f'<link rel="stylesheet" href="{static_url}/conflictmap.css?v={_version_tag(css)}"/>'
            )


def _version_tag(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode()).hexdigest()[:10]


def render_map(page: MapPage) -> str:
    """The full HTML document."""
    events = None if page.events_url else events_payload(page.records)
    state = page.state
    center = state.center or DEFAULT_CENTER
    zoom = state.zoom if state.zoom is not None else DEFAULT_ZOOM
    m = folium.Map(
        location=list(center),
        zoom_start=zoom,
        tiles=None,
        control_scale=True,
        world_copy_jump=False,
        max_bounds=False,
    )
    # Folium's Map pulls in jQuery, Bootstrap and awesome-markers for features this page does not use;
    # `make assets` still installs them (folium's other elements reference them), but the page
    # skips ~550 kB of script and CSS it would only parse.
    m.default_js = [(name, url) for name, url in m.default_js if name == "leaflet"]
    m.default_css = [(name, url) for name, url in m.default_css if name in _MAP_CSS]
    tiles = folium.TileLayer(
        tiles=page.tiles.url, attr=page.tiles.attribution, name="Map tiles", max_zoom=MAX_ZOOM, control=False
    )
    tiles.add_to(m)
    Fullscreen(position="topleft", title="Full screen", title_cancel="Leave full screen").add_to(m)
    MeasureControl(
        position="topleft",
        primary_length_unit="kilometers",
        secondary_length_unit="miles",
        primary_area_unit="sqkilometers",
    ).add_to(m)
    borders = f"{page.static_url}/vendor/naturalearth/countries.geojson"
    config: dict[str, Any] = {
        "events": events,
        "events_url": page.events_url,
        "state": _state_json(state),
        "view": {"center": list(state.center), "zoom": state.zoom} if state.has_view else None,
        "fast_threshold": FAST_CLUSTER_THRESHOLD,
        "overlays": [o.to_json(page.api_base) for o in page.overlays],
        "api": page.api_base,
        "borders_url": None if page.standalone else borders,
        "borders": _inline_borders() if page.standalone else None,
        "standalone": page.standalone,
        "places": page.places,
        "places_url": page.places_url,
        "scale": page.scale,
    }
    _EventLayer(tiles.get_name(), standalone=page.standalone, static_url=page.static_url).add_to(m)
    html = m.get_root().render()
    html = html.replace(
        # Pinch-zoom must stay possible on phones (WCAG 1.4.4); folium's default forbids it.
        "width=device-width,\n                initial-scale=1.0, maximum-scale=1.0, user-scalable=no",
        "width=device-width, initial-scale=1.0",
    )
    head = f"<head>\n<title>{_escape(page.title)}</title>"
    if page.events_url:
        # Ask for the events before the scripts load, so the query runs while the page builds.
        url = json_for_script(page.events_url)
        head += f"\n<script>window.conflictmapEvents = fetch({url}).then(function (r) {{ return r.json(); }});</script>"
    html = html.replace("<head>", head, 1)
    html = html.replace("<html>", '<html lang="en">', 1)
    html = assets.inline(html) if page.standalone else assets.localize(html, base=f"{page.static_url}/vendor")
    # "</script" or "<!--" inside a JSON string would end (or derail) the <script> element: escape <, >, &.
    config_json = json_for_script(config)
    head, slot, tail = html.partition(_CONFIG_SLOT)
    assert slot, "config slot missing from the page template"
    return head + config_json + tail


def _state_json(state: MapState) -> dict[str, Any]:
    return {
        "start": state.start,
        "end": state.end,
        "event_types": list(state.event_types),
    }


def _inline_borders() -> Any:
    if not assets.BORDERS_FILE.exists():
        raise assets.AssetsMissing("map assets not installed; run `make assets`")
    return orjson.loads(assets.BORDERS_FILE.read_bytes())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
