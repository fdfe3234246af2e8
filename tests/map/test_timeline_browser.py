"""The timeline (#timeline), the latest-events list (#latest), place labels and colour-by, in a real
Chromium against a real uvicorn; everything off the machine (tiles included) is blocked."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from map_fixtures import browser, map_assets, seeded_settings, server  # noqa: F401  (fixtures)
from map_live import SEED_RECORDS
from test_browser import VISIBLE_TOTAL_JS, api_count, open_map

pytestmark = pytest.mark.browser


def _datetime_param(page) -> str:
    return parse_qs(urlsplit(page.url).query)["datetime"][0]


def test_brushing_the_timeline_filters_markers_list_and_url(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        assert page.locator("#timeline .cm-tl-bars").count() >= 1
        assert (
            page.locator("#timeline .cm-tl-range").inner_text() == f"All dates · {len(SEED_RECORDS)} events"
        )
        box = page.locator("#timeline svg").bounding_box()
        y = box["y"] + box["height"] / 2
        # Drag over the right half: the later days of the seed events.
        page.mouse.move(box["x"] + box["width"] * 0.55, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=4)
        page.mouse.move(box["x"] + box["width"] * 0.85, y, steps=4)
        page.mouse.up()
        page.wait_for_timeout(400)
        start, end = page.evaluate("conflictmap.timeline.selection()")
        assert _datetime_param(page) == f"{start}/{end}"
        expected = api_count(server, datetime=f"{start}/{end}")
        assert 0 < expected < len(SEED_RECORDS)
        assert page.evaluate("conflictmap.count()") == expected
        assert page.evaluate("conflictmap.timeline.count()") == expected
        assert page.evaluate(VISIBLE_TOTAL_JS) == expected
        assert f"· {expected} event" in page.locator("#timeline .cm-tl-range").inner_text()
        assert page.locator(".cm-start").input_value() == start
        # The latest list shows the same events, newest first.
        dates = page.locator("#latest .cm-li-date").all_inner_texts()
        assert len(dates) == expected
        assert dates == sorted(dates, reverse=True) and all(start <= d <= end for d in dates)
        # "All dates" brings every event back.
        page.locator("#timeline .cm-tl-clear").click()
        page.wait_for_timeout(300)
        assert page.evaluate("conflictmap.count()") == len(SEED_RECORDS)
        assert "datetime" not in parse_qs(urlsplit(page.url).query)
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_play_steps_through_the_days(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        page.locator("#timeline .cm-play").click()
        first = page.evaluate("conflictmap.timeline.selection()")
        first_day = min(r["event_date"] for r in SEED_RECORDS)
        assert first == [first_day, first_day]
        assert page.locator("#timeline .cm-play").get_attribute("aria-pressed") == "true"
        page.wait_for_function(f"conflictmap.timeline.selection()[0] > '{first_day}'", timeout=5_000)
        page.locator("#timeline .cm-play").click()  # pause
        day = page.evaluate("conflictmap.timeline.selection()")
        assert day[0] == day[1] and _datetime_param(page) == f"{day[0]}/{day[1]}"
        assert page.evaluate("conflictmap.count()") == api_count(server, datetime=f"{day[0]}/{day[1]}")
        assert page.evaluate("conflictmap.timeline.playing()") is False
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_latest_list_hover_highlights_and_click_opens_the_popup(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        newest = max(SEED_RECORDS, key=lambda r: r["event_date"])
        first = page.locator("#latest .cm-li").first
        assert newest["location"] in first.inner_text() and newest["event_date"] in first.inner_text()
        first.hover()
        page.locator("path.cm-hl").wait_for(timeout=3_000)
        # The highlight ring sits on the event.
        lat, lon = page.evaluate(
            "(() => { let c; conflictmap.map.eachLayer((l) => { if (l.options && l.options.className === 'cm-hl') c = l.getLatLng(); }); return [c.lat, c.lng]; })()"
        )
        assert (lat, lon) == pytest.approx((newest["lat"], newest["lon"]), abs=1e-4)
        # A clustered event (Chuhuiv sits beside Kharkiv) opens too: the map zooms until it stands alone.
        chuhuiv = page.locator("#latest .cm-li", has_text="Chuhuiv")
        chuhuiv.click()
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for(timeout=5_000)
        assert "Chuhuiv" in popup.inner_text()
        assert chuhuiv.get_attribute("aria-current") == "true"
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_place_labels_draw_when_every_outside_request_is_blocked(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        page.wait_for_function("document.querySelectorAll('.cm-place-label').length > 10", timeout=10_000)
        names = set(page.locator(".cm-place-label").all_inner_texts())
        assert {"Kyiv", "Minsk", "Chisinau"} & names, names
        assert page.locator(".cm-place-label span", has_text="Kyiv").first.is_visible()
        assert any("/map/places?" in u for _, u in watch.requests)
        assert watch.outside("script", "stylesheet", "font", "fetch", "xhr") == []
        # Zooming in brings towns the first view left out.
        before = names
        page.evaluate("conflictmap.map.setView([49.99, 36.23], 9, {animate: false}) && null")
        page.wait_for_function(
            "[...document.querySelectorAll('.cm-place-label')].some((e) => e.textContent === 'Chuhuyiv')",
            timeout=10_000,
        )
        assert "Chuhuyiv" not in before  # GeoNames' spelling
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_colour_by_acting_side_recolours_markers_and_is_in_the_url(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/?zoom=6&center=48.5,33")
    try:
        lviv = '.leaflet-marker-icon[title*="Lviv"] .cm-pin'
        claimed = page.locator(lviv).evaluate("e => getComputedStyle(e).backgroundColor")
        page.locator('input[name="cm-colour"][value="side"]').check()
        page.wait_for_timeout(300)
        by_side = page.locator(lviv).evaluate("e => getComputedStyle(e).backgroundColor")
        assert by_side != claimed
        legend = page.locator(".cm-legend-list").inner_text()
        assert "Military Forces of Russia" in legend and "Side not named" in legend
        assert parse_qs(urlsplit(page.url).query)["colour_by"] == ["side"]
        shared = page.url
    finally:
        ctx.close()
    ctx, page, _ = open_map(browser, shared)
    try:
        assert page.locator('input[name="cm-colour"][value="side"]').is_checked()
        assert page.locator(lviv).evaluate("e => getComputedStyle(e).backgroundColor") == by_side
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_ring_targets_have_their_own_colour_and_the_hole_is_labelled(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/?from=Krichev-6&weapon=oreshnik&min_km=800")
    try:
        target = page.locator("path.cm-target").first
        fill = target.evaluate("e => getComputedStyle(e).fill")
        ring = page.locator("path.cm-ring").first.evaluate("e => getComputedStyle(e).stroke")
        claimed = page.evaluate(
            "(() => { const e = document.createElement('span'); e.className = 'cm-s-claimed';"
            " document.body.appendChild(e); const c = getComputedStyle(e).backgroundColor; e.remove(); return c; })()"
        )
        assert fill not in (ring, claimed), (fill, ring, claimed)
        assert page.locator("path.cm-min-range").evaluate("e => +getComputedStyle(e).fillOpacity") >= 0.3
        assert "min 800 km" in page.locator(".cm-min-label").inner_text()
        assert "5,500 km" in page.locator(".cm-ring-end", has_text="Oreshnik").first.inner_text()
        assert watch.page_errors == []
    finally:
        ctx.close()


def test_the_timeline_works_from_the_keyboard(browser, server):  # noqa: F811
    ctx, page, watch = open_map(browser, f"{server}/")
    try:
        last = max(r["event_date"] for r in SEED_RECORDS)
        page.locator("#timeline svg").focus()
        page.keyboard.press("ArrowLeft")  # no range yet: the last day is chosen
        assert page.evaluate("conflictmap.timeline.selection()") == [last, last]
        page.keyboard.press("ArrowLeft")
        page.keyboard.press("Shift+ArrowRight")
        start, end = page.evaluate("conflictmap.timeline.selection()")
        assert start < end == last
        assert page.evaluate("conflictmap.count()") == api_count(server, datetime=f"{start}/{end}")
        page.keyboard.press("Escape")
        assert page.evaluate("conflictmap.timeline.selection()") is None
        assert page.evaluate("conflictmap.count()") == len(SEED_RECORDS)
        assert watch.page_errors == []
    finally:
        ctx.close()
