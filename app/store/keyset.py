"""app.store.keyset: seek paging ("keyset"): the next page starts after the last row's sort key, not at an OFFSET.

An OFFSET makes the database read and drop every earlier row, so page 1,000 of a million costs a thousand
pages; a cursor carries the last row's sort key and the next page is a range seek on the sort order's index.
Pages are ordered by the client's `sortby` keys (NULLs last either way), then `event_date DESC, id`, so
the key of the last row decides exactly where the next page starts, even with ties.

The cursor is opaque to clients: base64url of the JSON [sortby signature, key values]. A cursor made under
another `sortby` is refused (the key it carries means nothing in that order).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

import orjson

from app.errors import InvalidQuery

__all__ = ["sort_keys", "encode_cursor", "decode_cursor", "keyset_sql"]

# Characters; a key of a few dates, numbers and an id fits many times over, and with every other parameter
# at its longest the query string stays under the server's 8 KiB limit.
MAX_CURSOR_CHARS = 800


def sort_keys(sortby: tuple[tuple[str, bool], ...]) -> list[tuple[str, bool]]:
    """The full page order: the client's keys, then newest first, then id (unique, so the order is total)."""
    return [*sortby, ("event_date", True), ("id", False)]


def _signature(sortby: tuple[tuple[str, bool], ...]) -> str:
    return ",".join(("-" if desc else "+") + name for name, desc in sortby)


def encode_cursor(rec: Mapping[str, Any], sortby: tuple[tuple[str, bool], ...]) -> str:
    """The cursor that continues after `rec` (the last record of a page) in the `sortby` order."""
    values = [rec.get(name) for name, _ in sort_keys(sortby)]
    raw = orjson.dumps([_signature(sortby), values])
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(token: str, sortby: tuple[tuple[str, bool], ...], *, param: str = "cursor") -> tuple:
    """The sort key a cursor carries; InvalidQuery(param) if it is not one of ours or belongs to another sortby."""
    if not token or len(token) > MAX_CURSOR_CHARS:
        raise InvalidQuery("is not a cursor from a `next` link", param=param)
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        signature, values = orjson.loads(raw)
    except (binascii.Error, ValueError, TypeError):
        raise InvalidQuery("is not a cursor from a `next` link", param=param) from None
    keys = sort_keys(sortby)
    if signature != _signature(sortby):
        raise InvalidQuery("was made for another sortby; follow the `next` link as given", param=param)
    if not isinstance(values, list) or len(values) != len(keys):
        raise InvalidQuery("is not a cursor from a `next` link", param=param)
    for (name, _), v in zip(keys, values, strict=True):
        if not (v is None or isinstance(v, (str, int, float))) or isinstance(v, bool):
            raise InvalidQuery("is not a cursor from a `next` link", param=param)
        if name in ("event_date", "id") and not isinstance(v, str):
            raise InvalidQuery("is not a cursor from a `next` link", param=param)
    return tuple(values)


def keyset_sql(
    sortby: tuple[tuple[str, bool], ...], after: tuple, *, mark: str, same: str
) -> tuple[str, list[Any]]:
    """WHERE clause for "rows after `after` in the sortby order" (NULLs last on every key).

    `mark` is the dialect's parameter mark (? or %s); `same` its null-safe equality (IS, IS NOT DISTINCT FROM).
    A row comes after the key when, for some i, it ties on keys 1..i-1 and is past the key's value at i:
    beyond it in the key's direction, or NULL where the key is not (NULLs sort last)."""
    alternatives: list[str] = []
    params: list[Any] = []
    ties: list[str] = []
    tie_params: list[Any] = []
    keys = sort_keys(sortby)
    for (name, desc), value in zip(keys, after, strict=True):
        col = f"e.{name}"
        nullable = name not in _NOT_NULL
        if value is not None:
            past = f"{col} {'<' if desc else '>'} {mark}"
            if nullable:
                past = f"({past} OR {col} IS NULL)"
            alternatives.append("(" + " AND ".join([*ties, past]) + ")")
            params += [*tie_params, value]
        # A NULL key has nothing past it within its own key: later rows differ on a later key.
        ties.append(f"{col} {'=' if not nullable else same} {mark}")
        tie_params.append(value)
    if not alternatives:
        return "0 = 1", []
    sql = "(" + " OR ".join(alternatives) + ")"
    first, desc = keys[0]
    if first in _NOT_NULL and after[0] is not None:
        # Implied by the alternatives, but as a plain range on the leading key it lets the database seek
        # its index to the start of the page instead of testing every row before it.
        sql = f"{'e.' + first} {'<=' if desc else '>='} {mark} AND {sql}"
        params = [after[0], *params]
    return sql, params


_NOT_NULL = frozenset({"event_date", "id", "event_type", "lat", "lon", "origin", "review_status"})
