"""app.api.app: the application factory (run with `uvicorn --factory app.api:create_app`)."""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import import_module

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app import __version__
from app.api import accesslog
from app.api.errors import add_exception_handlers
from app.api.responses import ORJSONResponse
from app.settings import Settings

# Routers in the order their paths should appear in /docs. A module not written yet is skipped,
# so each capability can land on its own.
_ROUTERS = (
    "meta",
    "geocode",
    "geodesy",
    "text",
    "events",
    "review",
    "review_page",
    "sources",
    "ogc",
    "tiles",
    "map",
    "docs",
)


MAX_QUERY_BYTES = 8192  # every parameter has its own cap too; this one bounds what any path may be sent


class QueryStringCap:
    """Refuses an over-long query string (414 problem+json) before routing or parsing spend anything on it."""

    def __init__(self, app, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and len(scope.get("query_string", b"")) > self.max_bytes:
            from app.api.responses import problem

            resp = problem(414, "URI too long", f"the query string is longer than {self.max_bytes} bytes")
            await resp(scope, receive, send)
            return
        await self.app(scope, receive, send)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from app.api import resources

        await resources.open_resources(app, settings)
        # The gazetteer and lexicon are large, long-lived and never freed: moving them out of the
        # collector's reach keeps full collections (and the latency spikes they cause) short.
        import gc

        gc.collect()
        gc.freeze()
        # a page of features allocates thousands of small dicts; collect young objects less often
        gc.set_threshold(20_000, 20, 20)
        # Blocking handlers (store reads, OGC pages) run in anyio's thread pool: sized by CONFLICTMAP_THREADS
        # rather than anyio's 40, which under 64 clients only queue on the GIL.
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        from app.api.compute import open_gate

        gate = open_gate(app)
        stop_watcher = None
        if settings.watch and getattr(app.state, "store", None) is not None:
            from app.api.watcher import start_watcher

            stop_watcher = start_watcher(app, settings)
        try:
            yield
        finally:
            if stop_watcher is not None:
                stop_watcher()
            gate.close()
            await resources.close_resources(app)

    app = FastAPI(
        title="conflictmap",
        version=__version__,
        description="Places and conflict events from war reporting; exact geodesy; OGC API Features.",
        default_response_class=ORJSONResponse,
        lifespan=lifespan,
        # Served by app.api.routers.docs with local scripts instead of FastAPI's CDN ones.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"],
        )
    add_exception_handlers(app)
    app.add_middleware(QueryStringCap, max_bytes=MAX_QUERY_BYTES)
    accesslog.install()
    app.openapi = lambda: _openapi_without_422(app)
    for name in _ROUTERS:
        try:
            module = import_module(f"app.api.routers.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.api.routers.{name}":
                raise
            continue
        app.include_router(module.router)
    return app


_PROBLEM = {
    "type": "object",
    "description": "RFC 7807 problem details",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "invalid_params": {"type": "array", "items": {"type": "object"}},
    },
    "required": ["title", "status", "detail"],
}


def _openapi_without_422(app: FastAPI) -> dict:
    """FastAPI documents a 422 it never sends here: bad input is a 400 problem+json naming the parameter."""
    if app.openapi_schema:
        return app.openapi_schema
    from fastapi.openapi.utils import get_openapi

    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    for path in schema.get("paths", {}).values():
        for op in path.values():
            responses = op.get("responses") if isinstance(op, dict) else None
            if not responses or "422" not in responses:
                continue
            responses.pop("422")
            responses.setdefault(
                "400",
                {
                    "description": "Invalid parameter",
                    "content": {
                        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
                    },
                },
            )
    comps = schema.setdefault("components", {}).setdefault("schemas", {})
    comps.pop("HTTPValidationError", None)
    comps.pop("ValidationError", None)
    comps["Problem"] = _PROBLEM
    app.openapi_schema = schema
    return schema
