"""app.api.app: the application factory (run with `uvicorn --factory app.api:create_app`)."""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import import_module

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app import __version__
from app.api.errors import add_exception_handlers
from app.api.responses import ORJSONResponse
from app.settings import Settings

# Routers in the order their paths should appear in /docs. A module not written yet is skipped,
# so each capability can land on its own.
_ROUTERS = ("meta", "geocode", "geodesy", "text", "events", "ogc", "map")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from app.api import resources

        await resources.open_resources(app, settings)
        try:
            yield
        finally:
            await resources.close_resources(app)

    app = FastAPI(
        title="conflictmap",
        version=__version__,
        description="Places and conflict events from war reporting; exact geodesy; OGC API Features.",
        default_response_class=ORJSONResponse,
        lifespan=lifespan,
    )
    app.state.settings = settings
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"],
        )
    add_exception_handlers(app)
    for name in _ROUTERS:
        try:
            module = import_module(f"app.api.routers.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.api.routers.{name}":
                raise
            continue
        app.include_router(module.router)
    return app
