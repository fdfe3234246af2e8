"""app.api: the HTTP layer. Only this package imports fastapi."""

from app.api.app import create_app

__all__ = ["create_app"]
