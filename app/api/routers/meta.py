"""app.api.routers.meta: health."""

from __future__ import annotations

from fastapi import APIRouter

from app import __version__

router = APIRouter(tags=["meta"])


@router.get("/healthz", summary="Liveness and version")
async def healthz() -> dict:  # async: answered on the event loop, never queued behind worker threads
    return {"status": "ok", "version": __version__}
