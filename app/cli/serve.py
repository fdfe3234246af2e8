"""app.cli.serve: `conflictmap serve`."""

from __future__ import annotations

import typer


def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    workers: int | None = typer.Option(
        None, "--workers", min=1, max=64, help="Worker processes (default CONFLICTMAP_WORKERS, else 1)"
    ),
) -> None:
    """Serve the map, the API and OGC API Features."""
    import uvicorn

    from app.settings import Settings

    settings = (
        Settings()
    )  # a bad CONFLICTMAP_* variable: one line and exit 2 here, not a traceback per worker
    workers = workers or settings.workers
    typer.echo(banner(settings, host, port, workers), err=True)
    if workers > 1:
        # A missing or stale gazetteer index is built here, once, before the workers start: otherwise each
        # worker would spend a minute building the same index at the same time.
        from app.gazetteer import ensure_index

        ensure_index(settings.index_dir)
    uvicorn.run("app.api:create_app", factory=True, host=host, port=port, workers=workers, log_level="info")


def banner(settings, host: str, port: int, workers: int = 1) -> str:
    """What a newcomer needs on screen: where to look, whether writes work, the one command to try."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    base = f"http://{shown}:{port}"
    lines = [
        f"conflictmap: map at {base}/  ·  API docs at {base}/docs  ·  OGC API at {base}/ogc",
        f"conflictmap: events in {where_events_live(settings)}"
        + (f"; {workers} worker processes" if workers > 1 else ""),
    ]
    example = "docs/examples/articles.jsonl"
    if settings.api_key or settings.ingest_keys:
        lines += [
            "conflictmap: writes need a key (CONFLICTMAP_API_KEY or one of CONFLICTMAP_INGEST_KEYS); post an example with",
            f'  curl -H "Authorization: Bearer $CONFLICTMAP_API_KEY" '
            f"--data-binary @{example} {base}/api/articles",
        ]
    else:
        lines += [
            "conflictmap: writes (POST /api/articles) are off: no CONFLICTMAP_API_KEY is set. To post an example,",
            "  restart with CONFLICTMAP_API_KEY=change-me make run, then",
            f'  curl -H "Authorization: Bearer change-me" --data-binary @{example} {base}/api/articles',
            f"  (or, with no server: conflictmap ingest --input {example})",
        ]
    return "\n".join(lines)


def where_events_live(settings) -> str:
    """The store the server will open, as open_store reads the settings; a PostGIS password is never shown."""
    url = settings.database_url
    if not url:
        return f"{settings.sqlite_path} (SQLite)"
    if url.startswith("sqlite:///"):
        return f"{url.removeprefix('sqlite:///')} (SQLite, CONFLICTMAP_DATABASE_URL)"
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = parts.hostname or "local socket"
    port = f":{parts.port}" if parts.port else ""
    return f"PostGIS database {parts.path.lstrip('/') or '?'} on {host}{port} (CONFLICTMAP_DATABASE_URL)"


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
