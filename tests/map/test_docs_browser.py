"""/docs and /redoc in a real Chromium with every request off the machine blocked: the API docs'
scripts come from the app (app.map.assets installs them from npm), so they render offline."""

from __future__ import annotations

import pytest
from map_fixtures import browser, map_assets, seeded_settings, server  # noqa: F401  (fixtures)
from map_live import PageWatch

pytestmark = pytest.mark.browser


def _open(browser, url):  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    watch = PageWatch(page)
    page.goto(url)
    return ctx, page, watch


def test_swagger_ui_renders_every_operation_offline(browser, server):  # noqa: F811
    ctx, page, watch = _open(browser, f"{server}/docs")
    try:
        page.wait_for_selector(".opblock", timeout=20_000)
        paths = set(page.locator(".opblock-summary-path").all_inner_texts())
        assert {"/api/events", "/api/range", "/api/geocode"} <= {
            p.strip().replace("\u200b", "") for p in paths
        }
        assert watch.blocked == [], "the docs asked for something outside the machine"
        assert watch.page_errors == []
        # The one operation a newcomer tries first opens and offers "Try it out".
        page.locator(".opblock-summary-path", has_text="/api/geocode").first.click()
        page.locator(".try-out__btn").first.wait_for(timeout=5_000)
    finally:
        ctx.close()


def test_redoc_renders_offline(browser, server):  # noqa: F811
    ctx, page, watch = _open(browser, f"{server}/redoc")
    try:
        page.wait_for_selector("[data-section-id^='tag/']", timeout=30_000)
        assert "/api/events" in page.locator("body").inner_text()
        assert watch.blocked == []
        assert watch.page_errors == []
    finally:
        ctx.close()
