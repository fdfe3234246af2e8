"""The page the map renders: compact event columns, local assets only, a self-contained variant."""

from __future__ import annotations

import re

import orjson
import pytest
from map_fixtures import map_assets  # noqa: F401  (fixture)
from map_live import SEED_RECORDS, synthetic_records

from app.map import MapPage, MapState, Tiles, render_map
from app.map.payload import events_payload

TILES = Tiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "&copy; OpenStreetMap contributors")
EXTERNAL_ASSET = re.compile(r"""<(?:script|link)\b[^>]*(?:src|href)="(?:https?:)?//""")


def config_of(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="cm-config">(.*?)</script>', html, re.S)
    assert m, "page has no config"
    return orjson.loads(m.group(1).replace("<\\/", "</"))


def test_payload_round_trips_every_popup_field():
    p = events_payload(SEED_RECORDS)
    s = p["strings"]
    i = next(k for k, r in enumerate(SEED_RECORDS) if r["location"] == "Kharkiv")
    assert p["n"] == len(SEED_RECORDS)
    assert s[p["date"][i]] == "2025-11-02"
    assert p["types"][p["type"][i]] == "Explosions/Remote violence"
    assert s[p["sub"][i]] == "Air/drone strike"
    assert p["statuses"][p["status"][i]] == "claimed"
    assert s[p["claimed_by"][i]] == "Military Forces of Russia"
    assert (p["killed"][i], p["injured"][i]) == (3, 14)
    assert s[p["src_url"][i]] == "https://wire.example.org/bulletins/1"
    assert s[p["src_outlet"][i]] == "Map Test Wire"
    assert p["prec"][i] == 1


def test_payload_shares_repeated_strings():
    recs = synthetic_records(2000)
    p = events_payload(recs)
    string_fields = 14  # id, date, sub-type, place, admin1, country, actors, claims, source x 4
    # Outlets, regions, dates and article titles repeat: the table is far smaller than one string per field.
    # (Each event's source sentence is its own, so those are counted apart.)
    notes = len({r["notes"] for r in recs})
    assert len(p["strings"]) - notes < 2000 * string_fields / 5


def test_page_loads_no_script_or_stylesheet_from_outside(map_assets):  # noqa: F811
    html = render_map(MapPage(state=MapState(), records=SEED_RECORDS, tiles=TILES))
    assert not EXTERNAL_ASSET.findall(html)
    assert '<script src="/static/vendor/leaflet@1.9.3/dist/leaflet.js">' in html
    assert "leaflet.markercluster.js" in html and "Control.MiniMap" in html


def test_page_embeds_all_events_and_the_tile_settings(map_assets):  # noqa: F811
    html = render_map(MapPage(state=MapState(), records=SEED_RECORDS, tiles=TILES))
    cfg = config_of(html)
    assert cfg["events"]["n"] == len(SEED_RECORDS)
    assert "https://tile.openstreetmap.org/{z}/{x}/{y}.png" in html
    assert "OpenStreetMap contributors" in html


def test_page_lets_phones_zoom(map_assets):  # noqa: F811
    html = render_map(MapPage(state=MapState(), records=SEED_RECORDS, tiles=TILES))
    assert "user-scalable=no" not in html
    assert 'name="viewport" content="width=device-width, initial-scale=1.0"' in html


def test_rings_are_never_mercator_circles(map_assets):  # noqa: F811
    html = render_map(MapPage(state=MapState(), records=SEED_RECORDS, tiles=TILES))
    assert "L.circle(" not in html


def test_standalone_page_inlines_every_asset(map_assets):  # noqa: F811
    page = MapPage(state=MapState(), records=SEED_RECORDS, tiles=TILES, standalone=True, api_base=None)
    html = render_map(page)
    assert not EXTERNAL_ASSET.findall(html)
    assert not re.search(r"""(?:src|href)="/static""", html)
    assert not re.search(r"""url\((?!['"]?(?:data:|#))""", html), "a stylesheet url() still points at a file"
    assert config_of(html)["borders"]["features"], "borders must be inlined for a file with no server"
    assert "woff2;base64," in html


def test_a_script_closing_tag_in_data_cannot_break_the_page(map_assets):  # noqa: F811
    rec = dict(SEED_RECORDS[0], location="Kharkiv</script><script>alert(1)</script>")
    html = render_map(MapPage(state=MapState(), records=[rec], tiles=TILES))
    assert "</script><script>alert(1)" not in html
    assert config_of(html)["events"]["strings"].count("Kharkiv</script><script>alert(1)</script>") == 1


@pytest.mark.parametrize("n", [0, 1])
def test_tiny_stores_render(map_assets, n):  # noqa: F811
    html = render_map(MapPage(state=MapState(), records=SEED_RECORDS[:n], tiles=TILES))
    assert config_of(html)["events"]["n"] == n
