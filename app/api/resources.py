"""app.api.resources: long-lived objects opened in lifespan and handed out by dependencies."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, FastAPI, Request

from app.gazetteer import Gazetteer, load_gazetteer
from app.geocode import Geocoder
from app.settings import Settings


async def open_resources(app: FastAPI, settings: Settings) -> None:
    app.state.gazetteer = load_gazetteer(settings)
    app.state.store = None
    try:
        from app.store import open_store
    except ImportError:
        return
    app.state.store = open_store(settings)
    if settings.load_demo:
        from app.store import load_demo_events

        load_demo_events(app.state.store)


async def close_resources(app: FastAPI) -> None:
    store = getattr(app.state, "store", None)
    if store is not None:
        store.close()


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_gazetteer(request: Request) -> Gazetteer:
    return request.app.state.gazetteer


def get_offline_geocoder(request: Request) -> Geocoder:
    """The one offline Geocoder of the app, built on first use and shared by every endpoint that resolves a
    place name (distance, range, events near, the map's overlays, review edits, extraction). /api/geocode
    keeps its own: it alone may fall back to an online service."""
    state = request.app.state
    geocoder = getattr(state, "geocoder", None)
    if geocoder is None:
        geocoder = state.geocoder = Geocoder(state.gazetteer)
    return geocoder


SettingsDep = Annotated[Settings, Depends(get_settings)]
GazetteerDep = Annotated[Gazetteer, Depends(get_gazetteer)]
