"""The editor's page /review in a real headless Chromium against a real uvicorn on loopback: load the queue
with a key, verify, reject with a note, correct a toll, add a pasted report; the API agrees afterwards."""

from __future__ import annotations

import os

import httpx
import pytest
from map_fixtures import browser, map_assets  # noqa: F401  (fixtures)
from map_live import SEED_RECORDS, PageWatch, live_server, map_settings, seed_store

pytestmark = pytest.mark.browser

EDITOR_KEY = "editor-4d2c19"  # both roles: reviews and files reports
REVIEWER_KEY = "review-only-77"
SHOTS = os.environ.get("CM_SCREENSHOTS")  # a directory to keep the screenshots in, for a human to look at


@pytest.fixture(scope="module")
def server(tmp_path_factory, map_assets):  # noqa: F811
    settings = map_settings(tmp_path_factory.mktemp("review"))
    seed_store(settings, SEED_RECORDS)
    env = {
        "CONFLICTMAP_REVIEW_KEYS": f"alice:{EDITOR_KEY},bob:{REVIEWER_KEY}",
        "CONFLICTMAP_INGEST_KEYS": f"alice:{EDITOR_KEY}",
    }
    with live_server(settings, env_extra=env) as base:
        yield base


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, f"review-{name}.png"), full_page=True)


def event(server: str, eid: str, key: str = EDITOR_KEY) -> dict:
    r = httpx.get(f"{server}/api/events/{eid}", headers={"Authorization": f"Bearer {key}"}, timeout=30)
    r.raise_for_status()
    return r.json()["properties"]


def open_queue(browser, server: str, key: str):  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1100, "height": 900})
    page = ctx.new_page()
    watch = PageWatch(page)
    page.goto(f"{server}/review")
    page.fill("#cm-key", key)
    page.click("#cm-load")
    page.wait_for_selector("html[data-cm-ready]", timeout=30_000)
    return ctx, page, watch


def test_review_flow_in_chromium(browser, server):  # noqa: F811
    ctx, page, watch = open_queue(browser, server, EDITOR_KEY)
    try:
        cards = page.locator(".cm-card")
        assert cards.count() == len(SEED_RECORDS)
        assert "unreviewed events" in page.text_content("#cm-status")
        first = cards.nth(0)
        assert first.locator(".cm-sentence").text_content().strip()  # the source sentence is shown
        assert first.locator(".cm-minimap.leaflet-container").count() == 1  # and the place on a small map
        shot(page, "1-queue")

        ids = [cards.nth(i).get_attribute("data-id") for i in range(3)]
        cards.nth(0).locator(".cm-verify").click()
        page.wait_for_selector(f'.cm-card[data-id="{ids[0]}"].cm-verified')
        cards.nth(1).locator(".cm-note").fill("the photo is from another town")
        cards.nth(1).locator(".cm-reject").click()
        page.wait_for_selector(f'.cm-card[data-id="{ids[1]}"].cm-rejected')
        third = cards.nth(2)
        third.locator(".cm-edit summary").click()
        third.locator(".cm-f-fatalities").fill("7")
        third.locator(".cm-note").fill("toll from the regional office")
        third.locator(".cm-save").click()
        page.wait_for_function(
            "id => document.querySelector(`.cm-card[data-id='${id}'] .cm-killed`).textContent === '7'",
            arg=ids[2],
        )
        shot(page, "2-after-verify-reject-edit")

        assert (event(server, ids[0])["review_status"], event(server, ids[0])["reviewed_by"]) == (
            "verified",
            "alice",
        )
        assert event(server, ids[1])["review_status"] == "rejected"
        assert httpx.get(f"{server}/api/events/{ids[1]}", timeout=30).status_code == 404  # withdrawn
        edited = event(server, ids[2])
        assert edited["fatalities"] == 7 and "fatalities" in edited["corrected"]
        history = httpx.get(f"{server}/api/events/{ids[2]}/history", timeout=30).json()["history"]
        assert ("fatalities", 7, "toll from the regional office") in [
            (h["field"], h["new"], h["note"]) for h in history
        ]

        # Add a report by pasting it: its events join the queue.
        page.fill("#cm-add-title", "Drones hit Sumy")
        page.fill("#cm-add-date", "2025-12-28")
        page.fill(
            "#cm-add-text",
            "Russian drones struck the city of Sumy on Friday, killing two people, officials said.",
        )
        page.click("#cm-add button[type=submit]")
        page.wait_for_function(
            "() => /report added: [1-9]/.test(document.querySelector('#cm-status').textContent)"
        )
        page.wait_for_function(
            "() => [...document.querySelectorAll('.cm-card h3')].some(h => h.textContent.includes('Sumy'))"
        )
        shot(page, "3-report-added")
        assert watch.page_errors == []
        assert watch.outside("script", "stylesheet", "fetch", "xhr", "document") == []
    finally:
        ctx.close()


def test_a_reviewer_key_cannot_add_reports_and_a_wrong_key_loads_nothing(browser, server):  # noqa: F811
    ctx, page, _ = open_queue(browser, server, REVIEWER_KEY)
    try:
        page.fill(
            "#cm-add-text",
            "Shelling hit the village of Hlyboke on Monday, wounding three people, police said.",
        )
        page.click("#cm-add button[type=submit]")
        page.wait_for_function(
            "() => document.querySelector('#cm-status').textContent.includes('cannot add')"
        )
        assert "may not ingest" in page.text_content("#cm-status")
    finally:
        ctx.close()
    ctx, page, _ = open_queue(browser, server, "not-a-key")
    try:
        assert "cannot load the queue" in page.text_content("#cm-status")
        assert page.locator(".cm-card").count() == 0
        shot(page, "4-wrong-key")
    finally:
        ctx.close()


def timeline_counts(page):
    """The events the timeline counts (its bars' total) and the number its label reads, e.g. 'All dates · 3 events'."""
    counted = page.evaluate("() => window.conflictmap.timeline.count()")
    label = page.locator(".cm-tl-range").text_content()
    return counted, int(label.rsplit("·", 1)[1].split()[0].replace(",", ""))


def test_the_map_can_show_verified_events_only(browser, server):  # noqa: F811
    verified = httpx.get(f"{server}/api/events", params={"review_status": "verified"}, timeout=30).json()
    if not verified["features"]:  # this module's other test verifies one; alone, verify one here
        eid = httpx.get(f"{server}/api/events", params={"limit": 1}, timeout=30).json()["features"][0]["id"]
        httpx.patch(f"{server}/api/events/{eid}", json={"review_status": "verified"},
                    headers={"Authorization": f"Bearer {EDITOR_KEY}"}, timeout=30).raise_for_status()  # fmt: skip
    n_verified = httpx.get(
        f"{server}/api/events", params={"review_status": "verified", "limit": 1}, timeout=30
    ).json()["numberMatched"]
    n_public = httpx.get(f"{server}/api/events", params={"limit": 1}, timeout=30).json()["numberMatched"]
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    watch = PageWatch(page)
    try:
        page.goto(f"{server}/?review_status=verified")
        page.wait_for_selector("html[data-cm-ready]", timeout=30_000)
        count = page.locator(".cm-count")
        assert count.text_content() == f"{n_verified} of {n_public}"
        box = page.locator(".cm-verified-only")
        assert box.is_checked()
        assert timeline_counts(page) == (n_verified, n_verified)
        box.uncheck()
        page.wait_for_function(
            f"() => document.querySelector('.cm-count').textContent === '{n_public} of {n_public}'"
        )
        assert "review_status" not in page.url
        assert timeline_counts(page) == (n_public, n_public)
        assert page.locator(".cm-pin.cm-unreviewed").count() > 0  # unreviewed events are visibly marked
        box.check()
        page.wait_for_function(
            f"() => document.querySelector('.cm-count').textContent === '{n_verified} of {n_public}'"
        )
        assert "review_status=verified" in page.url
        assert timeline_counts(page) == (n_verified, n_verified)  # the bars count only what the markers show
        shot(page, "5-map-verified-only")
        assert watch.page_errors == []
    finally:
        ctx.close()
