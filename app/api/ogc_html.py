"""app.api.ogc_html: HTML or JSON? (`f=` first, then Accept) and the Jinja2 pages for the HTML answer."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.errors import InvalidQuery

__all__ = ["wants_html", "render_html"]

_TEMPLATES = Path(__file__).parent / "templates"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_JSON_TYPES = ("application/json", "application/geo+json", "application/problem+json")


def wants_html(request: Request) -> bool:
    """`f=html|json` decides; otherwise HTML only when Accept names text/html at least as
    strongly as any JSON type. `*/*` alone (curl, GDAL's fallbacks) gets JSON."""
    f = request.query_params.get("f")
    if f is not None:
        f = f.lower()
        if f == "html":
            return True
        if f in ("json", "geojson"):
            return False
        raise InvalidQuery("must be 'json' or 'html'", param="f")
    accept = request.headers.get("accept")
    if not accept:
        return False
    html_q = json_q = 0.0
    for part in accept.split(","):
        fields = part.strip().split(";")
        media = fields[0].strip().lower()
        q = 1.0
        for p in fields[1:]:
            key, _, val = p.strip().partition("=")
            if key.strip() == "q":
                try:
                    q = float(val)
                except ValueError:
                    q = 0.0
        if media in _HTML_TYPES:
            html_q = max(html_q, q)
        elif media in _JSON_TYPES:
            json_q = max(json_q, q)
    return html_q > 0.0 and html_q >= json_q


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(_TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(template: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env().get_template(template).render(**context), status_code=status_code)
