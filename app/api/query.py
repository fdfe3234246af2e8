"""app.api.query: FastAPI declarations of the query parameters /api/events and /ogc items share.

One declaration per parameter keeps the two endpoints' OpenAPI constraints (max length, bounds) and the
validation in app.api.params in step; each endpoint still reads its values itself.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query

from app.api.params import DEFAULT_LIMIT, MAX_CHARS, MAX_LIMIT
from app.store.keyset import MAX_CURSOR_CHARS

EventTypeQuery = Annotated[
    str | None,
    Query(max_length=MAX_CHARS["event_type"], description="ACLED event type(s), comma-separated"),
]
LimitQuery = Annotated[
    int | None,
    Query(ge=1, description=f"Page size, default {DEFAULT_LIMIT}; above {MAX_LIMIT} is clamped"),
]
FilterLangQuery = Annotated[
    Literal["cql2-text", "cql2-json"] | None, Query(alias="filter-lang", description="Default cql2-text")
]
TextSearchQuery = Annotated[
    str | None,
    Query(
        max_length=MAX_CHARS["q"], description="Full text over notes, location, actors; ',' = OR, space = AND"
    ),
]
SortbyQuery = Annotated[
    str | None,
    Query(max_length=MAX_CHARS["sortby"], description="Queryables, comma-separated; '-' = descending"),
]
CursorQuery = Annotated[
    str | None,
    Query(
        max_length=MAX_CURSOR_CHARS,
        description="Where the page starts: the opaque cursor of a `next` link (a seek, not an offset)",
    ),
]
