"""app.cli.review: `conflictmap review list|show|verify|reject|edit|history`, the editor's loop on the store.

The command line works on the store directly (whoever can run it can open the database), so it takes no
key; `--by` names the editor in the audit trail (default: the login name).
"""

from __future__ import annotations

import getpass
import sys
from typing import Annotated, Any

import orjson
import typer

from app.errors import InvalidQuery, NotFound
from app.settings import Settings

review_app = typer.Typer(help="Verify, reject and correct stored events; every change goes to the history.")

By = Annotated[
    str | None, typer.Option("--by", help="Editor name for the audit trail (default: login name).")
]
Note = Annotated[str | None, typer.Option("--note", "-n", help="Why: kept with the change in the history.")]


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")


def _editor(by: str | None) -> str:
    name = (by or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


def _open():
    from app.store import open_store

    return open_store(Settings())


def _apply(event_id: str, patch: dict[str, Any], by: str | None) -> dict[str, Any]:
    from app.review import parse_patch

    settings = Settings()
    store = _open()
    try:
        current = store.get(event_id)
        if current is None:
            raise NotFound(f"no event {event_id!r}", param="ID")
        gaz: list[Any] = []

        def gazetteer():
            if not gaz:
                from app.gazetteer import load_gazetteer

                gaz.append(load_gazetteer(settings))
            return gaz[0]

        def locate(name: str):
            from app.geocode import Geocoder

            return Geocoder(gazetteer()).locate(name, param="place")

        def country_name(code: str) -> str | None:
            i = gazetteer().country_place(code)
            return None if i is None else str(gazetteer().names[i])

        changes, note = parse_patch(patch, current, locate=locate, country_name=country_name)
        rec = store.update_event(event_id, changes, by=_editor(by), note=note)
    finally:
        store.close()
    if rec is None:
        raise NotFound(f"no event {event_id!r}", param="ID")
    return rec


def _line(rec: dict[str, Any]) -> str:
    toll = "" if rec.get("fatalities") is None else f" killed={rec['fatalities']}"
    hurt = "" if rec.get("injured") is None else f" injured={rec['injured']}"
    who = f" by {rec['reviewed_by']}" if rec.get("reviewed_by") else ""
    return (
        f"{rec['id']}  {rec['event_date']}  {rec['review_status']}{who}  {rec['sub_event_type'] or rec['event_type']}"
        f" @ {rec.get('location')} ({rec['lat']:.4f},{rec['lon']:.4f}){toll}{hurt}"
    )


def _print(rec: dict[str, Any], json_out: bool) -> None:
    if json_out:
        sys.stdout.write(orjson.dumps(rec).decode() + "\n")
    else:
        typer.echo(_line(rec))


@review_app.command("list")
def list_command(
    status: Annotated[
        str, typer.Option("--status", "-s", help="unreviewed | verified | rejected | all")
    ] = "unreviewed",
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many, newest first.")] = 50,
    json_out: Annotated[
        bool, typer.Option("--json", help="JSON Lines records instead of one line each.")
    ] = False,
) -> None:
    """The review queue: events with that status, newest first, with the sentence each came from.

    Example: conflictmap review list --status unreviewed --limit 20
    """
    from app.store import EventFilter
    from app.store._records import REVIEW_STATUSES

    if status != "all" and status not in REVIEW_STATUSES:
        raise InvalidQuery(f"must be one of {', '.join(REVIEW_STATUSES)} or all", param="--status")
    store = _open()
    try:
        records, total = store.query(
            EventFilter(review_status=None if status == "all" else (status,), limit=limit)
        )
    finally:
        store.close()
    for rec in records:
        _print(rec, json_out)
        if not json_out and rec.get("notes"):
            typer.echo(f"    {rec['notes']}")
    typer.echo(f"{len(records)} of {total} {status} events", err=True)


@review_app.command("show")
def show_command(event_id: Annotated[str, typer.Argument(metavar="ID")]) -> None:
    """One event as JSON, with its sources and review state."""
    store = _open()
    try:
        rec = store.get(event_id)
    finally:
        store.close()
    if rec is None:
        raise NotFound(f"no event {event_id!r}", param="ID")
    sys.stdout.write(orjson.dumps(rec, option=orjson.OPT_INDENT_2).decode() + "\n")


@review_app.command("verify")
def verify_command(
    event_id: Annotated[str, typer.Argument(metavar="ID")], note: Note = None, by: By = None,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:  # fmt: skip
    """Mark an event verified. Example: conflictmap review verify cm-0123abcd --note "two sources" """
    _print(_apply(event_id, {"review_status": "verified", "note": note}, by), json_out)


@review_app.command("reject")
def reject_command(
    event_id: Annotated[str, typer.Argument(metavar="ID")], note: Note = None, by: By = None,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:  # fmt: skip
    """Reject an event: it is withdrawn from the public map and API, and stays rejected on re-ingest.

    Example: conflictmap review reject cm-0123abcd --note "footage is from 2023"
    """
    _print(_apply(event_id, {"review_status": "rejected", "note": note}, by), json_out)


@review_app.command("edit")
def edit_command(
    event_id: Annotated[str, typer.Argument(metavar="ID")],
    assignments: Annotated[
        list[str],
        typer.Option("--set", help="FIELD=VALUE (repeatable); VALUE as JSON when it parses: 3, null"),
    ],
    note: Note = None,
    by: By = None,
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Correct fields; corrected fields keep this value when the article is ingested again.

    Example: conflictmap review edit cm-0123abcd --set fatalities=3 --set place=Izium --note "regional office"
    """
    from app.review import parse_assignment

    patch: dict[str, Any] = dict(parse_assignment(a) for a in assignments)
    if "note" in patch:
        raise InvalidQuery("give the note with --note", param="--set")
    patch["note"] = note
    _print(_apply(event_id, patch, by), json_out)


@review_app.command("history")
def history_command(
    event_id: Annotated[str, typer.Argument(metavar="ID")],
    json_out: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """The audit trail of an event, oldest first."""
    store = _open()
    try:
        if store.get(event_id) is None:
            raise NotFound(f"no event {event_id!r}", param="ID")
        entries = store.history(event_id)
    finally:
        store.close()
    for h in entries:
        if json_out:
            sys.stdout.write(orjson.dumps(h).decode() + "\n")
        elif h["field"] is None:
            typer.echo(f"{h['at']}  {h['by']}  note: {h['note']}")
        else:
            why = f"  ({h['note']})" if h["note"] else ""
            typer.echo(f"{h['at']}  {h['by']}  {h['field']}: {h['old']!r} -> {h['new']!r}{why}")
