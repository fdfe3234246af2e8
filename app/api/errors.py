"""app.api.errors: exception class -> RFC 7807 problem+json, in one table."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api.compute import DeadlineExceeded
from app.api.ratelimit import RateLimited
from app.api.responses import problem
from app.errors import (
    ConflictMapError,
    FetchError,
    GeocoderError,
    InvalidQuery,
    NotFound,
    RetryLater,
    StoreError,
    Unauthorized,
)
from app.extract.reader import ArticleTooLarge

log = logging.getLogger("conflictmap.api")

STATUS_CODES: dict[type[Exception], tuple[int, str]] = {
    RateLimited: (429, "Too many requests"),
    DeadlineExceeded: (503, "Deadline exceeded"),
    ArticleTooLarge: (413, "Article too large"),
    InvalidQuery: (400, "Invalid parameter"),
    NotFound: (404, "Not found"),
    Unauthorized: (401, "Unauthorized"),
    FetchError: (422, "Cannot fetch the URL"),
    GeocoderError: (500, "Geocoder failure"),
    StoreError: (500, "Store failure"),
    ConflictMapError: (500, "Internal error"),
}


def _lookup(exc: Exception) -> tuple[int, str]:
    for cls in type(exc).__mro__:
        if cls in STATUS_CODES:
            return STATUS_CODES[cls]
    return 500, "Internal error"


def add_exception_handlers(app: FastAPI) -> None:
    @app.exception_handler(ConflictMapError)
    async def _domain(request: Request, exc: ConflictMapError):
        status, title = _lookup(exc)
        if isinstance(exc, Unauthorized):
            status = exc.status
        if status >= 500 and not isinstance(exc, DeadlineExceeded):
            log.exception("server error on %s", request.url.path, exc_info=exc)
        extra = {}
        if isinstance(exc, NotFound) and exc.suggestions:
            extra["suggestions"] = exc.suggestions
        resp = problem(status, title, str(exc), param=getattr(exc, "param", None), **extra)
        if isinstance(exc, RetryLater):
            resp.headers["Retry-After"] = str(exc.retry_after)
        if status == 401:  # RFC 9110 §11.6.1 / RFC 6750: a 401 says which scheme would work
            resp.headers["WWW-Authenticate"] = 'Bearer realm="conflictmap"'
        return resp

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        # FastAPI answers 422; the contract (and OGC) want 400 naming the parameter.
        errs = exc.errors()
        first = errs[0] if errs else {}
        loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "body", "path", "header")]
        param = ".".join(loc) or None
        return problem(400, "Invalid parameter", first.get("msg", "invalid request"), param=param)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        resp = problem(exc.status_code, "HTTP error", str(exc.detail))
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v  # e.g. Allow on 405
        if exc.status_code == 405:
            # Starlette names only the first route matching the path; a path served by several routes
            # (GET and POST /api/sources) allows all their methods.
            resp.headers["Allow"] = ", ".join(_allowed_methods(request))
        return resp


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path."""
    path = request.scope.get("path", "")
    methods: set[str] = set()
    for route in request.app.routes:
        regex = getattr(route, "path_regex", None)
        if regex is not None and regex.match(path) and getattr(route, "methods", None):
            methods |= set(route.methods)
    return sorted(methods)
