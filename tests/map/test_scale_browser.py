"""The map at scale (past CONFLICTMAP_MAP_CLIENT_MAX events, here forced with 0) in a real Chromium against a
real uvicorn: tiles of cells per view, and counts, timeline and latest list from /map/summary, all equal to
/api/events' numberMatched. The store holds the hand-made events plus 400 synthetic ones, so zoomed out the
tiles carry clusters."""

from __future__ import annotations

import re

import pytest
from map_fixtures import browser, map_assets  # noqa: F401  (fixtures)
from map_live import SEED_RECORDS, live_server, map_settings, seed_store, synthetic_records
from test_browser import VISIBLE_TOTAL_JS, api_count, open_map

pytestmark = pytest.mark.browser

N = len(SEED_RECORDS) + 400


@pytest.fixture(scope="module")
def server(tmp_path_factory, map_assets):  # noqa: F811
    settings = map_settings(tmp_path_factory.mktemp("scale"))
    seed_store(settings, SEED_RECORDS + synthetic_records(400))
    with live_server(settings, env_extra={"CONFLICTMAP_MAP_CLIENT_MAX": "0"}) as base:
        yield base


def _cells_requests(watch) -> list[str]:
    return [u for _, u in watch.requests if "/map/cells/" in u]


def _settle(page) -> None:
    page.wait_for_function(
        "conflictmap.viewLoads > 0 && !document.querySelector('.cm-scale-grid .leaflet-tile:not(.leaflet-tile-loaded)')"
    )
    page.wait_for_timeout(300)


def test_first_view_counts_everything_from_the_summary_and_draws_tiles(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        assert page.evaluate("conflictmap.scale") is True
        assert watch.page_errors == [] and page.evaluate("conflictmap.errors") == []
        assert not any(u.endswith("/map/events") for _, u in watch.requests), (
            "the page must not load every event"
        )
        assert api_count(server) == N
        assert page.evaluate("conflictmap.count()") == N
        assert page.locator(".cm-count").inner_text() == f"{N:,} of {N:,}"
        assert page.locator("#timeline .cm-tl-range").inner_text() == f"All dates · {N:,} events"
        _settle(page)
        assert _cells_requests(watch)
        # The first view fits the events: clusters and lone pins in it add up to every event.
        assert page.evaluate(VISIBLE_TOTAL_JS) == N
        assert page.locator(".marker-cluster").count() >= 1
        # The latest list: the 100 newest, newest first, out of all of them.
        dates = page.locator("#latest .cm-li-date").all_inner_texts()
        assert len(dates) == 100 and dates == sorted(dates, reverse=True)
        assert page.locator("#latest .cm-latest-n").inner_text() == f"(100 of {N:,})"
    finally:
        ctx.close()


def test_filters_count_exactly_and_reload_the_tiles(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        _settle(page)
        page.locator(".cm-types input[data-type='Protests']").uncheck()
        page.locator(".cm-start").fill("2025-03-01")
        page.locator(".cm-start").dispatch_event("change")
        page.locator(".cm-end").fill("2025-08-31")
        page.locator(".cm-end").dispatch_event("change")
        _settle(page)
        others = ",".join(t for t in _types(page) if t != "Protests")
        expected = api_count(server, datetime="2025-03-01/2025-08-31", event_type=others)
        assert 0 < expected < N
        assert page.evaluate("conflictmap.count()") == expected
        assert page.evaluate("conflictmap.timeline.count()") == expected
        assert page.evaluate(VISIBLE_TOTAL_JS) == expected
        last = _cells_requests(watch)[-1]
        assert "datetime=2025-03-01%2F2025-08-31" in last and "event_type=" in last and "Protests" not in last
        dates = page.locator("#latest .cm-li-date").all_inner_texts()
        assert dates and all("2025-03-01" <= d <= "2025-08-31" for d in dates)
        assert watch.page_errors == []
    finally:
        ctx.close()


def _types(page) -> list[str]:
    return [b.get_attribute("data-type") for b in page.locator(".cm-types input").all()]


def test_zooming_in_shows_the_lone_event_and_its_popup(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/?center=49.8397,24.0297&zoom=15")
    try:
        _settle(page)
        pins = page.locator(".cm-pin-wrap[title*='Lviv']")
        assert pins.count() == 1
        pins.first.click()
        popup = page.locator(".cm-popup")
        popup.wait_for()
        assert "Peaceful protest" in popup.inner_text() and "Night attack bulletin 5" in popup.inner_text()
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_panning_loads_only_the_new_view(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/?center=48.5,31&zoom=8")
    try:
        _settle(page)
        before = len(_cells_requests(watch))
        loads = page.evaluate("conflictmap.viewLoads")
        page.evaluate("void conflictmap.map.panBy([600, 0], {animate: false})")
        page.wait_for_function(f"conflictmap.viewLoads > {loads}")
        after = _cells_requests(watch)[before:]
        assert 0 < len(after) < before, "a pan asks only for the tiles that came into view"
        assert all(re.search(r"/map/cells/8/\d+/\d+", u) for u in after)
        assert watch.page_errors == [] and page.evaluate("conflictmap.errors") == []
    finally:
        ctx.close()


def test_a_cluster_click_zooms_in(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        _settle(page)
        zoom = page.evaluate("conflictmap.map.getZoom()")
        page.locator(".marker-cluster").first.click()
        page.wait_for_function(f"conflictmap.map.getZoom() > {zoom}")
        assert watch.page_errors == []
    finally:
        ctx.close()
