"""app.cli.main: the typer application and the exit-status policy (0 ok, 2 bad usage or input)."""

from __future__ import annotations

import os
import sys
from importlib import import_module

import typer

from app.errors import ConflictMapError, InvalidQuery, NotFound

app = typer.Typer(
    name="conflictmap",
    help="War reporting to a map: geocode, geoparse, extract, measure, store, serve.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# The verbs that extract need the NER model, whose import and load in its helper process take longer than
# all the rest of the run: it starts before the verb modules (and what they import) are imported.
_EXTRACTING_VERBS = ("extract", "geoparse", "claims", "ingest")


def _start_the_model_early() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in _EXTRACTING_VERBS or "--help" in sys.argv:
        return
    try:
        from app.extract.ner_process import prestart

        prestart(_ner_setting())
    except ConflictMapError:  # a bad setting: the verb reports it, with its exit status
        return


def _ner_setting() -> str | None:
    """CONFLICTMAP_NER_MODEL as Settings reads it. Without a .env file it is the environment variable (named
    in any case, as pydantic-settings matches it), read without importing pydantic: a sixth of a second
    sooner for the helper, whose model load is the longest part of an extracting run."""
    from pathlib import Path

    if Path(".env").exists():
        from app.settings import Settings

        return Settings().ner_model
    return next((v for k, v in os.environ.items() if k.upper() == "CONFLICTMAP_NER_MODEL"), None)


_start_the_model_early()

# Each module registers its verbs on `app`; keeping them apart keeps each verb's imports lazy-ish and small.
_VERB_MODULES = ("geocode", "geodesy", "text", "store", "review", "watch", "mapfile", "acled", "serve")
for _name in _VERB_MODULES:
    try:
        import_module(f"app.cli.{_name}").register(app)
    except ModuleNotFoundError as exc:  # a verb module not written yet must not break the others
        if exc.name != f"app.cli.{_name}":
            raise


def fail(message: str) -> typer.Exit:
    """Print a one-line error on stderr and return the exit to raise (status 2)."""
    typer.echo(f"conflictmap: error: {message}", err=True)
    return typer.Exit(code=2)


def main() -> None:
    try:
        app(standalone_mode=True)
    except (InvalidQuery, NotFound) as exc:
        param = getattr(exc, "param", None)
        prefix = f"{param}: " if param else ""
        typer.echo(f"conflictmap: error: {prefix}{exc}", err=True)
        sugg = getattr(exc, "suggestions", None)
        if sugg:
            typer.echo("did you mean: " + ", ".join(sugg), err=True)
        sys.exit(2)
    except ConflictMapError as exc:
        typer.echo(f"conflictmap: error: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":  # `python -m app.cli.main` behaves as the console script
    main()
