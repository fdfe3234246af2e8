"""app.cli.serve: `conflictmap serve`."""

from __future__ import annotations

import typer


def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    workers: int = typer.Option(1, "--workers", min=1, max=64),
) -> None:
    """Serve the map, the API and OGC API Features."""
    import uvicorn

    from app.settings import Settings

    Settings()  # a bad CONFLICTMAP_* variable: one line and exit 2 here, not a traceback per worker
    uvicorn.run("app.api:create_app", factory=True, host=host, port=port, workers=workers, log_level="info")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
