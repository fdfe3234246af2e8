"""app.api.routers.review_page: the editor's page at /review (the queue, verify / reject / edit, "Add a
report"); everything it does goes through the key-protected API."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(tags=["review"])


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>conflictmap: review queue</title>
<link rel="stylesheet" href="{leaflet_css}"><link rel="stylesheet" href="/static/review.css">
</head><body data-tiles="{tiles}" data-limit="30">
<header><strong>Review queue</strong>
<label>Key <input id="cm-key" type="password" autocomplete="off" size="28" placeholder="review key"></label>
<button id="cm-load">Load the queue</button> <span id="cm-who"></span></header>
<p id="cm-status" class="cm-status">Enter a review key (it stays in this tab) and load the queue.</p>
<form id="cm-add"><strong>Add a report</strong> (needs a key that may ingest)<br>
<label>URL <input id="cm-add-url" type="url" size="60" placeholder="https://..."></label> or paste:<br>
<input id="cm-add-title" placeholder="title" size="50"> <input id="cm-add-date" type="date">
<textarea id="cm-add-text" placeholder="the report's text"></textarea>
<button type="submit">Add the report</button></form>
<section id="cm-queue"></section>
<script src="{leaflet_js}"></script><script src="/static/review.js"></script>
</body></html>"""


@router.get("/review", include_in_schema=False, response_class=HTMLResponse)
def review_page(request: Request) -> HTMLResponse:
    """The editor's page: the queue, verify / reject / edit, and "Add a report". The page itself is public;
    every action needs a key (kept in the browser tab's sessionStorage)."""
    from html import escape

    from app.map.assets import local_url

    leaflet = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet"
    page = _PAGE.format(
        leaflet_css=local_url(leaflet + ".css"),
        leaflet_js=local_url(leaflet + ".js"),
        tiles=escape(request.app.state.settings.tile_url, quote=True),
    )
    return HTMLResponse(page, headers={"Cache-Control": "no-cache", "Referrer-Policy": "no-referrer"})
