"""Region-only events, the source sentence with its place marked, and review status: in a
self-contained map file (the same script the served map runs) opened in a real Chromium."""

from __future__ import annotations

import copy

import pytest
from map_fixtures import browser, map_assets  # noqa: F401  (fixtures)
from map_live import SEED_RECORDS, PageWatch

from app.map import MapPage, MapState, Tiles, render_map

pytestmark = pytest.mark.browser
TILES = Tiles("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "&copy; OpenStreetMap contributors")


def _records() -> list[dict]:
    recs = copy.deepcopy(SEED_RECORDS)
    by_place = {r["location"]: r for r in recs}
    # Known only at region level: the point is the region's, and the map must not pretend otherwise.
    mariupol = by_place["Mariupol"]
    mariupol.update(
        location="Donetsk Oblast",
        geo_precision=3,
        region={"name": "Donetsk Oblast", "country_code": "UA", "admin1": "Donetsk", "geonameid": 709716},
        notes="Shelling across Donetsk Oblast <b>overnight</b> hit two villages, the governor said.",
        notes_highlight=[16, 30],
        review_status="verified",
    )
    # A sentence with letters outside the BMP before the place: offsets count code points.
    kherson = by_place["Kherson"]
    kherson.update(notes="🔴 Breaking: a shell struck central Kherson at dawn.", notes_highlight=[35, 42])
    # A span that does not fit the sentence is ignored, not trusted.
    by_place["Odesa"].update(notes_highlight=[5, 500], review_status="unreviewed")
    return recs


@pytest.fixture(scope="module")
def map_file(tmp_path_factory, map_assets):  # noqa: F811
    html = render_map(
        MapPage(state=MapState(), records=_records(), tiles=TILES, standalone=True, api_base=None)
    )
    out = tmp_path_factory.mktemp("popup") / "events.html"
    out.write_text(html, encoding="utf-8")
    return out


def _open(browser, path, **viewport):  # noqa: F811
    ctx = browser.new_context(viewport=viewport or {"width": 1280, "height": 800})
    page = ctx.new_page()
    watch = PageWatch(page, allow=("file:", "data:"))
    page.goto(path.as_uri())
    page.wait_for_selector("html[data-cm-ready]", timeout=30_000)
    page.wait_for_timeout(300)
    return ctx, page, watch


def _open_popup(page, i_place: str):
    page.evaluate("conflictmap.map.closePopup() && null")
    page.evaluate(
        """(place) => { const E = conflictmap.events, S = E.strings;
        for (let i = 0; i < E.n; i++) if (S[E.place[i]] === place) { conflictmap.openEvent(i); return; } }""",
        i_place,
    )
    popup = page.locator(".leaflet-popup-content", has_text=i_place)
    popup.wait_for(timeout=5_000)
    return popup


def test_region_only_event_is_a_hollow_ring_not_a_pin(browser, map_file):  # noqa: F811
    ctx, page, watch = _open(browser, map_file)
    try:
        page.evaluate("conflictmap.map.setView([47.1, 37.5], 8, {animate: false}) && null")
        page.wait_for_timeout(300)
        ring = page.locator('.leaflet-marker-icon[title*="region only"] .cm-pin')
        assert ring.count() == 1
        style = ring.evaluate(
            "e => { const s = getComputedStyle(e); return [s.borderTopStyle, s.width, s.backgroundColor]; }"
        )
        pin = page.locator('.leaflet-marker-icon:not([title*="region only"]) .cm-pin').first
        assert style[0] == "dashed"
        assert float(style[1].rstrip("px")) > float(
            pin.evaluate("e => getComputedStyle(e).width").rstrip("px")
        )
        assert "Region only" in page.locator(".cm-legend-list").inner_text()
        popup = _open_popup(page, "Donetsk Oblast")
        text = popup.inner_text()
        assert "Region only" in text and "Donetsk Oblast" in text
        assert "geo precision 1" not in text
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_popup_quotes_the_sentence_with_the_place_marked_and_escaped(browser, map_file):  # noqa: F811
    ctx, page, watch = _open(browser, map_file)
    try:
        popup = _open_popup(page, "Donetsk Oblast")
        assert popup.locator("mark.cm-hl-place").inner_text() == "Donetsk Oblast"
        # The sentence's markup is text, not HTML.
        assert popup.locator(".cm-notes b").count() == 0
        assert "<b>overnight</b>" in popup.locator(".cm-notes").inner_text()
        assert "Verified by an editor" in popup.inner_text()
        popup = _open_popup(page, "Kherson")
        assert popup.locator("mark.cm-hl-place").inner_text() == "Kherson"
        popup = _open_popup(page, "Odesa")
        assert popup.locator("mark").count() == 0
        assert "Bulletin 4" in popup.locator(".cm-notes").inner_text()
        assert "Not yet reviewed" in popup.inner_text()
        # Without review status or a highlight (older records) the popup still shows the sentence.
        popup = _open_popup(page, "Lviv")
        assert "Review" not in popup.inner_text()
        assert "Bulletin 5" in popup.locator(".cm-notes").inner_text()
        assert watch.page_errors == []
    finally:
        ctx.close()
