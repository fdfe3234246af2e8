"""app.api.resources: long-lived objects opened in lifespan and handed out by dependencies."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, FastAPI, Request

from app.gazetteer import Gazetteer, load_gazetteer
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


SettingsDep = Annotated[Settings, Depends(get_settings)]
GazetteerDep = Annotated[Gazetteer, Depends(get_gazetteer)]
