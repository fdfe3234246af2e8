"""The map in a real headless Chromium against a real uvicorn on loopback; everything else is blocked."""

from __future__ import annotations

import os
import subprocess
import sys
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from map_fixtures import browser, map_assets, seeded_settings, server  # noqa: F401  (fixtures)
from map_live import SEED_RECORDS, PageWatch

pytestmark = pytest.mark.browser

TILE_HOST = "tile.openstreetmap.org"  # the default tile_url; blocked like everything not on loopback
READY = "html[data-cm-ready]"
LOADED_KINDS = ("script", "stylesheet", "font", "fetch", "xhr", "document")

# What a reader sees: the numbers on cluster badges plus lone markers, inside the current view.
VISIBLE_TOTAL_JS = """() => {
  const box = document.querySelector('.folium-map').getBoundingClientRect();
  const inside = (el) => { const r = el.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;
    return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom; };
  let total = 0;
  document.querySelectorAll('.marker-cluster').forEach((c) => { if (inside(c)) total += parseInt(c.textContent, 10); });
  document.querySelectorAll('.cm-pin-wrap').forEach((m) => { if (inside(m) && !m.closest('.cm-panel')) total += 1; });
  return total;
}"""


def open_map(browser, url: str, *, width: int = 1280, height: int = 800):  # noqa: F811
    ctx = browser.new_context(viewport={"width": width, "height": height})
    page = ctx.new_page()
    watch = PageWatch(page)
    page.goto(url)
    page.wait_for_selector(READY, timeout=30_000)
    # Let clusters settle after the first view is set.
    page.wait_for_timeout(300)
    return ctx, page, watch


def api_count(server: str, **params: str) -> int:  # noqa: F811
    r = httpx.get(f"{server}/api/events", params={**params, "limit": 1}, timeout=30)
    r.raise_for_status()
    return r.json()["numberMatched"]


def test_map_loads_offline_with_every_event(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        assert watch.page_errors == []
        assert watch.console_errors_except_tiles(TILE_HOST) == []
        assert watch.outside(*LOADED_KINDS) == [], "a script, stylesheet, font or fetch left the machine"
        assert any(TILE_HOST in u for u in watch.blocked), "tiles were requested (and blocked)"
        assert page.locator(".folium-map.leaflet-container").count() == 1
        expected = api_count(server)
        assert expected == len(SEED_RECORDS)
        assert page.evaluate(VISIBLE_TOTAL_JS) == expected
        assert page.evaluate("conflictmap.count()") == expected
        assert page.locator(".cm-count").inner_text() == f"{expected} of {expected}"
    finally:
        ctx.close()


def test_filtered_url_shows_the_api_count(browser, server):  # noqa: F811
    params = {"datetime": "2025-11-01/2025-11-16", "event_type": "Explosions/Remote violence,Battles"}
    ctx, page, watch = open_map(browser, f"{server}/?{urlencode(params)}")
    try:
        expected = api_count(server, **params)
        assert 0 < expected < len(SEED_RECORDS)
        assert page.evaluate(VISIBLE_TOTAL_JS) == expected
        assert page.locator(".cm-start").input_value() == "2025-11-01"
        assert not page.locator('input[data-type="Protests"]').is_checked()
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_popup_opens_on_click_and_links_the_source(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        page.locator('.leaflet-marker-icon[title*="Lviv"]').click()
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for(timeout=5_000)
        link = popup.locator("a.cm-source")
        assert link.get_attribute("href") == "https://wire.example.org/bulletins/5"
        assert link.inner_text() == "Night attack bulletin 5"
        text = popup.inner_text()
        for expected in (
            "2025-11-12",
            "Protests · Peaceful protest",
            "Lviv",
            "Map Test Wire",
            "Why here",
            "precision 1",
        ):
            assert expected in text
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_keyboard_opens_a_popup_too(browser, server):  # noqa: F811
    ctx, page, _ = open_map(browser, f"{server}/")
    try:
        page.locator('.leaflet-marker-icon[title*="Lviv"]').focus()
        page.keyboard.press("Enter")
        page.locator(".leaflet-popup-content a.cm-source").wait_for(timeout=5_000)
    finally:
        ctx.close()


def test_oreshnik_from_krichev_draws_the_ring_and_lists_capitals(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/?from=Krichev-6&weapon=oreshnik")
    try:
        assert page.locator("path.cm-ring").count() >= 1
        capitals = page.locator(".cm-capitals li").all_inner_texts()
        names = {c.split(" (")[0].split(" —")[0] for c in capitals}
        assert {"London", "Lisbon"} <= names
        assert "Oreshnik" in page.locator(".cm-range h2").first.inner_text()
        assert watch.page_errors == []
        assert watch.console_errors_except_tiles(TILE_HOST) == []
    finally:
        ctx.close()


def test_minimum_range_hole_is_shaded(browser, server):  # noqa: F811
    ctx, page, _ = open_map(browser, f"{server}/?from=Krichev-6&weapon=oreshnik&min_km=800")
    try:
        assert page.locator("path.cm-min-range").count() >= 1
    finally:
        ctx.close()


def test_kyiv_to_minsk_draws_the_line_with_its_length(browser, server):  # noqa: F811
    ctx, page, _ = open_map(browser, f"{server}/?from=Kyiv&to=Minsk")
    try:
        assert page.locator("path.cm-distance").count() == 1
        label = page.locator(".cm-distance-label").inner_text()
        km = int(label.split(": ")[1].split(" km")[0].replace(",", ""))
        assert 430 <= km <= 436
    finally:
        ctx.close()


def test_filtered_url_reloads_to_the_same_view_and_count(browser, server):  # noqa: F811
    ctx, page, _ = open_map(browser, f"{server}/")
    try:
        # A reader narrows the dates, drops a layer and moves the map.
        page.locator(".cm-start").fill("2025-11-01")
        page.locator(".cm-start").dispatch_event("change")
        page.locator('input[data-type="Strategic developments"]').uncheck()
        page.evaluate("conflictmap.map.setView([48.9, 33.5], 6, {animate: false}) && null")
        page.wait_for_timeout(500)
        shared = page.url
        query = parse_qs(urlsplit(shared).query)
        assert query["datetime"] == ["2025-11-01/.."]
        assert query["zoom"] == ["6"]
        assert "Strategic developments" not in query["event_type"][0]
        count = page.evaluate("conflictmap.count()")
        seen = page.evaluate(VISIBLE_TOTAL_JS)
        center = page.evaluate("[conflictmap.map.getCenter().lat, conflictmap.map.getCenter().lng]")
    finally:
        ctx.close()
    ctx, page, _ = open_map(browser, shared)
    try:
        assert page.evaluate("conflictmap.map.getZoom()") == 6
        again = page.evaluate("[conflictmap.map.getCenter().lat, conflictmap.map.getCenter().lng]")
        assert again == pytest.approx(center, abs=1e-4)
        assert page.evaluate("conflictmap.count()") == count
        assert page.evaluate(VISIBLE_TOTAL_JS) == seen
        api = api_count(server, datetime="2025-11-01/..", event_type=query["event_type"][0])
        assert count == api
    finally:
        ctx.close()


def test_embed_snippet_is_an_iframe_of_the_current_view(browser, server):  # noqa: F811
    ctx, page, _ = open_map(browser, f"{server}/?zoom=6&center=49,32")
    try:
        page.locator(".cm-embed-toggle").click()
        code = page.locator(".cm-embed-code").input_value()
        assert code.startswith(f'<iframe src="{server}/?')
        assert "zoom=6" in code and 'title="' in code
    finally:
        ctx.close()


def test_place_search_uses_the_geocoder_and_moves_the_map(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        page.locator("#cm-q").fill("Kharkiv")
        page.locator("#cm-q").press("Enter")
        first = page.locator(".cm-results button").first
        first.wait_for(timeout=10_000)
        assert "Kharkiv" in first.inner_text()
        first.click()
        page.wait_for_timeout(400)
        lat, lon = page.evaluate("[conflictmap.map.getCenter().lat, conflictmap.map.getCenter().lng]")
        assert abs(lat - 50.0) < 0.3 and abs(lon - 36.25) < 0.3
        assert any("/api/geocode?q=Kharkiv" in u for _, u in watch.requests)
    finally:
        ctx.close()


def test_without_tiles_the_borders_still_draw_a_map(browser, server):  # noqa: F811
    ctx, page, _ = open_map(browser, f"{server}/")
    try:
        page.wait_for_function("document.querySelector('.folium-map').classList.contains('cm-offline')")
        assert page.locator(".leaflet-cm-borders-pane canvas").count() >= 1
        assert "Natural Earth" in page.locator(".leaflet-control-attribution").inner_text()
    finally:
        ctx.close()


def test_phone_viewport_is_readable_and_keyboard_reachable(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/", width=390, height=844)
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        assert page.evaluate("document.querySelector('.cm-details').open") is False
        panel = page.locator(".cm-panel").bounding_box()
        assert panel["x"] + panel["width"] <= 390
        reached = set()
        for _ in range(25):
            page.keyboard.press("Tab")
            reached.add(
                page.evaluate("""() => { const e = document.activeElement;
                return e.id || e.getAttribute('class') || e.tagName; }""")
            )
        for control in ("cm-q", "leaflet-control-zoom-in", "leaflet-control-measure-toggle js-toggle"):
            assert control in reached, (control, reached)
        assert any("fullscreen" in r.lower() for r in reached), reached
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_no_layout_shift_while_loading(browser, server):  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    PageWatch(page)
    page.add_init_script(
        """window.__cls = 0; new PerformanceObserver((list) => { for (const e of list.getEntries())
           if (!e.hadRecentInput) window.__cls += e.value; }).observe({type: 'layout-shift', buffered: true});"""
    )
    try:
        page.goto(f"{server}/")
        page.wait_for_selector(READY)
        page.wait_for_timeout(500)
        assert page.evaluate("window.__cls") < 0.05
    finally:
        ctx.close()


def test_map_file_opens_with_no_server(browser, seeded_settings, tmp_path):  # noqa: F811
    out = tmp_path / "events.html"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTMAP_")}
    env.update(
        CONFLICTMAP_DATA_DIR=str(seeded_settings.data_dir),
        CONFLICTMAP_GAZETTEER_DIR=str(seeded_settings.index_dir),
    )
    done = subprocess.run(
        [sys.executable, "-c", "from app.cli.main import main; main()", "map", "--out", str(out),
         "--event-type", "Explosions/Remote violence"],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    explosions = sum(r["event_type"] == "Explosions/Remote violence" for r in SEED_RECORDS)
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    watch = PageWatch(page, allow=("file:", "data:"))
    try:
        page.goto(out.as_uri())
        page.wait_for_selector(READY, timeout=30_000)
        page.wait_for_timeout(300)
        assert watch.page_errors == []
        assert watch.console_errors_except_tiles(TILE_HOST) == []
        assert [u for t, u in watch.requests if t != "document" and not u.startswith("data:")] == [
            u for u in watch.blocked if TILE_HOST in u
        ], "only tiles may be asked for"
        assert page.evaluate(VISIBLE_TOTAL_JS) == explosions
        assert (
            page.locator(".cm-panel .fa-bomb").first.evaluate("e => getComputedStyle(e, '::before').content")
            != "none"
        )
        # Tiles are blocked: the file's own place names (embedded, no server to ask) take over.
        page.wait_for_function("document.querySelectorAll('.cm-place-label').length > 5", timeout=5_000)
        assert "Kharkiv" in page.locator(".cm-place-label").all_inner_texts()
    finally:
        ctx.close()


@pytest.fixture(scope="module")
def big_server(tmp_path_factory, map_assets):  # noqa: F811
    from map_live import live_server, map_settings, seed_store, synthetic_records

    settings = map_settings(tmp_path_factory.mktemp("big"))
    seed_store(settings, synthetic_records(6_000))
    with live_server(settings) as base:
        yield base


def test_past_5000_events_the_fast_clusters_still_add_up_to_the_api(browser, big_server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{big_server}/?datetime=2025-03-01/2025-08-31")
    try:
        assert page.evaluate("conflictmap.fast") is True
        expected = api_count(big_server, datetime="2025-03-01/2025-08-31")
        assert page.evaluate("conflictmap.count()") == expected
        assert page.evaluate(VISIBLE_TOTAL_JS) == expected
        assert watch.page_errors == []
        # A cluster opens by keyboard (zooms in), and a lone marker still opens its popup.
        page.locator(".marker-cluster").first.focus()
        zoom = page.evaluate("conflictmap.map.getZoom()")
        page.keyboard.press("Enter")
        page.wait_for_function(f"conflictmap.map.getZoom() > {zoom}")
        # Down to street level on one event: it stands alone there.
        page.evaluate("""() => { const E = conflictmap.events, S = E.strings, m = conflictmap.map;
          let i = 0;
          while (!(S[E.date[i]] >= '2025-03-01' && S[E.date[i]] <= '2025-08-31')) i++;
          m.setView([E.lat[i], E.lon[i]], m.getMaxZoom(), {animate: false}); }""")
        page.wait_for_timeout(300)
        # The lone marker nearest the middle of the map (corners hold the controls).
        page.evaluate("""() => { const pins = [...document.querySelectorAll('.cm-pin-wrap')].filter((e) => !e.closest('.cm-panel'));
          const d = (e) => { const r = e.getBoundingClientRect(); return Math.hypot(r.x - 640, r.y - 400); };
          pins.sort((a, b) => d(a) - d(b))[0].click(); }""")
        page.locator(".leaflet-popup-content a.cm-source").first.wait_for(timeout=5_000)
    finally:
        ctx.close()


def test_measure_fullscreen_minimap_and_scale_are_there_and_measure_works(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        for control in (".leaflet-control-measure", ".leaflet-control-zoom-fullscreen", ".leaflet-control-minimap",
                        ".leaflet-control-scale", ".leaflet-control-layers"):  # fmt: skip
            assert page.locator(control).count() == 1, control
        page.locator(".leaflet-control-measure").hover()
        page.locator(".leaflet-control-measure .js-start").click()
        box = page.locator(".folium-map").bounding_box()
        for dx in (300, 500):
            page.mouse.click(box["x"] + dx, box["y"] + 450)
            page.wait_for_timeout(200)
        assert "Path distance" in page.locator(".leaflet-control-measure .js-results").inner_text()
        assert "Kilometers" in page.locator(".leaflet-control-measure .js-results").inner_text()
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_a_map_file_with_script_like_titles_still_loads_every_marker(browser, tmp_path):  # noqa: F811
    """Stored text that looks like markup ("<!--<script>" puts the HTML parser in a state where the data
    never ends) must neither stop the self-contained map loading nor run."""
    from map_live import map_settings, seed_store

    hostile = "<!--<script>window.cmPwned = 1</script>& </script><script>window.cmPwned = 2</script>"
    records = [
        {**r, "notes": hostile, "source": {**r["source"], "title": hostile, "outlet": "<!--<script>"}}
        for r in SEED_RECORDS
    ]
    settings = map_settings(tmp_path / "data")
    seed_store(settings, records)
    out = tmp_path / "hostile.html"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONFLICTMAP_")}
    env.update(CONFLICTMAP_DATA_DIR=str(settings.data_dir), CONFLICTMAP_GAZETTEER_DIR=str(settings.index_dir))
    done = subprocess.run(
        [sys.executable, "-c", "from app.cli.main import main; main()", "map", "--out", str(out)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    watch = PageWatch(page, allow=("file:", "data:"))
    try:
        page.goto(out.as_uri())
        page.wait_for_selector(READY, timeout=30_000)
        page.wait_for_timeout(300)
        assert watch.page_errors == []
        assert page.evaluate(VISIBLE_TOTAL_JS) == len(records)
        assert page.evaluate("() => window.cmPwned === undefined")
    finally:
        ctx.close()
