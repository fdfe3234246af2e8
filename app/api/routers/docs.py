"""app.api.routers.docs: /docs (Swagger UI) and /redoc with their scripts served by the app itself.

FastAPI's own pages load Swagger UI and ReDoc from a CDN, which leaves /docs blank offline
(`SwaggerUIBundle is not defined`). The same pages here point at the copies `make assets` unpacks
from npm under /static/vendor (app.map.assets), so the API docs work on an air-gapped machine.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

from app.errors import NotFound
from app.map import assets

router = APIRouter(include_in_schema=False)

# Nothing on these pages may leave the machine: ReDoc's footer logo points at cdn.redoc.ly, and
# this policy stops the browser before it asks (the logo hides itself when it cannot load).
_OFFLINE = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        "script-src 'self' 'unsafe-inline'; worker-src 'self' blob:; font-src 'self' data:"
    )
}


def _vendor(rel: str) -> str:
    if not (assets.VENDOR_DIR / rel).is_file():
        raise NotFound("the API docs' scripts are not installed; run `make assets`")
    return f"{assets.STATIC_URL}/vendor/{rel}"


@router.get("/docs", response_class=HTMLResponse)
def swagger_ui(request: Request) -> HTMLResponse:
    page = get_swagger_ui_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title} — API",
        swagger_js_url=_vendor(assets.SWAGGER_JS),
        swagger_css_url=_vendor(assets.SWAGGER_CSS),
        swagger_favicon_url=_vendor(assets.SWAGGER_ICON),
    )
    return _offline(page)


@router.get("/redoc", response_class=HTMLResponse)
def redoc(request: Request) -> HTMLResponse:
    page = get_redoc_html(
        openapi_url=request.app.openapi_url,
        title=f"{request.app.title} — API",
        redoc_js_url=_vendor(assets.REDOC_JS),
        redoc_favicon_url=_vendor(assets.SWAGGER_ICON),
        with_google_fonts=False,
    )
    return _offline(page)


def _offline(page: HTMLResponse) -> HTMLResponse:
    page.headers.update(_OFFLINE)
    return page
