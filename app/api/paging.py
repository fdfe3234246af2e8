"""app.api.paging: one page of a filtered query for /api/events and /ogc items: seek paging and a bounded count.

`next` links carry a `cursor` (the last row's sort key, app.store.keyset), so every page after the first is a
seek on the sort order, not an OFFSET that reads and drops every earlier row. `offset` still works for a
client that asks for it. The page is read one row long, so a `next` link is given exactly when a row follows.
The count is exact up to COUNT_LIMIT matches; past it the total is None (omitted from the answer).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from app.api.page_cache import Lookup, count_key
from app.api.params import DEFAULT_LIMIT
from app.errors import InvalidQuery
from app.store.base import EventFilter, Store
from app.store.keyset import MAX_CURSOR_CHARS, decode_cursor, encode_cursor

__all__ = ["COUNT_LIMIT", "MAX_CURSOR_CHARS", "Page", "read_page"]

# numberMatched is exact up to this many matches; past it the count stops (bounded cost) and is omitted,
# as OGC API - Features allows, and `next` links still follow. README: "Counting, paging and scale".
COUNT_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class Page:
    records: list[dict[str, Any]]
    matched: int | None  # None: more than COUNT_LIMIT match
    limit: int
    offset: int
    cursor: str | None  # the cursor this page was asked with
    next_cursor: str | None  # None: the last page, or a next page only an offset reaches
    more: bool  # a row follows this page


def read_page(store: Store, flt: EventFilter, cursor: str | None, lookup: Lookup | None = None) -> Page:
    """The page `flt` (limit, offset) or `cursor` asks for; a cursor and a non-zero offset exclude each other.
    With a `lookup` (app.api.page_cache) the count comes from its cache when this filter was counted at the
    same write generation, and is kept there otherwise."""
    limit = flt.limit or DEFAULT_LIMIT
    if cursor is not None:
        if flt.offset:
            raise InvalidQuery("give either offset or cursor, not both", param="offset")
        flt = replace(flt, after=decode_cursor(cursor, flt.sortby))
    flt = replace(flt, limit=limit + 1, count_limit=COUNT_LIMIT)
    if lookup is None:
        records, matched = store.query(flt)
    else:
        key = count_key(flt)
        found, total = lookup.counts.get(key, lookup.generation)
        records, matched = store.query(flt, known_total=(total,) if found else None)
        if not found:
            lookup.counts.put(key, lookup.generation, matched)
    more = len(records) > limit
    records = records[:limit]
    next_cursor = encode_cursor(records[-1], flt.sortby) if more and records else None
    if next_cursor is not None and len(next_cursor) > MAX_CURSOR_CHARS and cursor is None:
        # Sort keys of long texts (sortby=location,actor1,...): the next page by offset instead.
        next_cursor = None
    return Page(records, matched, limit, flt.offset, cursor, next_cursor, more)
