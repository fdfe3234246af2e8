"""The map on a phone (390x844) in a real Chromium: an open popup is covered by nothing and fits the
screen; a distance line and a range ring fit the view with their ends clear of the controls."""

from __future__ import annotations

import pytest
from map_fixtures import browser, map_assets, seeded_settings, server  # noqa: F401  (fixtures)
from test_browser import open_map

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}

# True when what the reader sees at (x, y) belongs to `el` (nothing is drawn over it there).
ON_TOP_JS = """([sel, fx, fy, k]) => { const el = document.querySelectorAll(sel)[k || 0]; const r = el.getBoundingClientRect();
  const x = r.left + r.width * fx, y = r.top + r.height * fy; const hit = document.elementFromPoint(x, y);
  return hit !== null && (el === hit || el.contains(hit)); }"""


# Labels ignore the pointer (elementFromPoint looks through them): check their boxes against every control's.
CLEAR_OF_CONTROLS_JS = """([sel, k]) => { const r = document.querySelectorAll(sel)[k].getBoundingClientRect();
  return [...document.querySelectorAll('.leaflet-control')].every((c) => { const o = c.getBoundingClientRect();
    return o.width === 0 || r.right <= o.left || r.left >= o.right || r.bottom <= o.top || r.top >= o.bottom; }); }"""


def test_phone_popup_is_covered_by_nothing_and_fits(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/", **PHONE)
    try:
        page.locator('.leaflet-marker-icon[title*="Lviv"]').click()
        page.locator(".leaflet-popup-content a.cm-source").wait_for(timeout=5_000)
        page.wait_for_timeout(400)  # the pan that brings the popup into view
        box = page.locator(".leaflet-popup").bounding_box()
        mapbox = page.locator(".folium-map").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], box
        assert box["y"] >= mapbox["y"] and box["y"] + box["height"] <= mapbox["y"] + mapbox["height"], (
            box,
            mapbox,
        )
        for fx, fy in ((0.08, 0.06), (0.5, 0.06), (0.92, 0.06), (0.08, 0.5), (0.92, 0.5), (0.5, 0.85)):
            assert page.evaluate(ON_TOP_JS, [".leaflet-popup-content-wrapper", fx, fy]), (fx, fy)
        # The controls come back when the popup closes.
        page.locator(".leaflet-popup-close-button").click()
        assert page.locator(".cm-search").is_visible()
        assert watch.page_errors == []
    finally:
        ctx.close()


def _overlay_fits(page) -> bool:
    return page.evaluate(
        """() => { const m = conflictmap.map; let b = null;
        m.eachLayer((l) => { if (l.getBounds && l.options && /cm-(ring|distance)/.test(l.options.className || '')) {
          b = b ? b.extend(l.getBounds()) : L.latLngBounds(l.getBounds().getSouthWest(), l.getBounds().getNorthEast()); } });
        if (b === null) return false;
        // Web Mercator stops at 85 degrees: a ring over the pole fits when the rest of it does.
        const clip = (ll) => L.latLng(Math.max(-85, Math.min(85, ll.lat)), ll.lng);
        return m.getBounds().contains(L.latLngBounds(clip(b.getSouthWest()), clip(b.getNorthEast()))); }"""
    )


def test_phone_kyiv_to_minsk_fits_with_both_ends_visible(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/?from=Kyiv&to=Minsk", **PHONE)
    try:
        assert _overlay_fits(page)
        ends = page.locator(".cm-line-end")
        assert ends.count() == 2
        for k in range(2):
            assert page.evaluate(CLEAR_OF_CONTROLS_JS, [".cm-line-end", k]), ends.nth(k).inner_text()
        mapbox = page.locator(".folium-map").bounding_box()
        for k in range(2):
            b = ends.nth(k).bounding_box()
            assert mapbox["x"] <= b["x"] and b["x"] + b["width"] <= mapbox["x"] + mapbox["width"], b
            assert mapbox["y"] <= b["y"] and b["y"] + b["height"] <= mapbox["y"] + mapbox["height"], b
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_phone_oreshnik_ring_fits_the_view(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/?from=Krichev-6&weapon=oreshnik", **PHONE)
    try:
        assert page.locator("path.cm-ring").count() >= 1
        assert _overlay_fits(page)
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_phone_latest_list_opens_from_the_timeline_and_gives_way_to_the_popup(browser, server):  # noqa: F811
    ctx, page, _ = open_map(browser, f"{server}/", **PHONE)
    try:
        assert not page.locator("#latest").is_visible()
        page.locator("#timeline .cm-latest-toggle").click()
        assert page.locator("#latest").is_visible()
        page.locator("#latest .cm-li", has_text="Lviv").click()
        page.locator(".leaflet-popup-content").wait_for(timeout=5_000)
        assert not page.locator("#latest").is_visible()
        assert "Lviv" in page.locator(".leaflet-popup-content").inner_text()
    finally:
        ctx.close()
