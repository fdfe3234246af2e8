"""app.store.queryables: the event properties a client may filter (CQL2 `filter`) and sort (`sortby`) on.

One table serves the store (property -> column, value type for checking literals) and the API
(/ogc/collections/events/queryables is generated from it), so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.extract.model import CLAIM_STATUSES, EVENT_TYPES
from app.store._records import ORIGINS, REVIEW_STATUSES

__all__ = ["GEOMETRY", "QUERYABLES", "Queryable", "SORTABLES", "parse_sortby"]


@dataclass(frozen=True, slots=True)
class Queryable:
    name: str
    kind: str  # "string" | "integer" | "number" | "date"
    title: str
    enum: tuple[str, ...] = ()

    @property
    def column(self) -> str:
        # Every queryable is a column of the same name in both backends' `events` table.
        return f"e.{self.name}"


GEOMETRY = "geometry"

QUERYABLES: dict[str, Queryable] = {
    q.name: q
    for q in (
        Queryable("id", "string", "Event id"),
        Queryable("event_date", "date", "Day of the event (UTC)"),
        Queryable("event_type", "string", "ACLED event type", tuple(EVENT_TYPES)),
        Queryable("sub_event_type", "string", "ACLED sub-event type"),
        Queryable("actor1", "string", "First actor (the attacker, when known)"),
        Queryable("actor2", "string", "Second actor (the target, when known)"),
        Queryable("location", "string", "Place name"),
        Queryable("admin1", "string", "First-level administrative area"),
        Queryable("country", "string", "Country name"),
        Queryable("country_code", "string", "ISO 3166-1 alpha-2 country code"),
        Queryable("fatalities", "integer", "People killed, when reported"),
        Queryable("injured", "integer", "People injured, when reported"),
        Queryable(
            "claim_status", "string", "Whether the event is reported, claimed or disputed", CLAIM_STATUSES
        ),
        Queryable("claimed_by", "string", "Who claims the event"),
        Queryable("disputed_by", "string", "Who denies the event"),
        Queryable("notes", "string", "Coder's notes"),
        Queryable("article", "string", "Id of the first reporting article"),
        Queryable("origin", "string", "Where the event came from", ORIGINS),
        Queryable("confidence", "number", "Extraction confidence, 0..1"),
        Queryable("geo_precision", "integer", "ACLED geo precision: 1 exact, 2 near, 3 region"),
        Queryable("time_precision", "integer", "ACLED time precision: 1 day, 2 week, 3 month"),
        Queryable("review_status", "string", "The editor's verdict", REVIEW_STATUSES),
        Queryable("reviewed_by", "string", "Who gave the verdict"),
    )
}

# Long free text is searchable with q=, not a sort key.
SORTABLES = tuple(n for n in QUERYABLES if n != "notes")


def parse_sortby(text: str | None, *, param: str = "sortby") -> tuple[tuple[str, bool], ...]:
    """`sortby=-fatalities,event_date` -> ((fatalities, descending), (event_date, ascending)).

    A leading `-` sorts descending, `+` (or nothing) ascending, as OGC API - Records defines it.

    >>> parse_sortby("-fatalities,+event_date")
    (('fatalities', True), ('event_date', False))
    """
    from app.errors import InvalidQuery

    if text is None or text.strip() == "":
        return ()
    keys: list[tuple[str, bool]] = []
    for raw in text.split(","):
        part = raw.strip()
        # A "+" arrives as a space when a client forgets to percent-encode it.
        desc = part.startswith("-")
        name = part.lstrip("+-").strip()
        if name not in SORTABLES:
            raise InvalidQuery(f"cannot sort by {name!r}; sortable: {', '.join(SORTABLES)}", param=param)
        if any(k == name for k, _ in keys):
            raise InvalidQuery(f"{name!r} is given twice", param=param)
        keys.append((name, desc))
    return tuple(keys)
