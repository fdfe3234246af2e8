"""app.store.base: the store interface both backends implement, and the query filter they share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from app.extract.model import Article, Event
from app.store.feeds import FeedState


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What /api/events, /ogc items, the map and `export` can filter on. None = no constraint."""

    bbox: tuple[float, float, float, float] | None = None  # minlon, minlat, maxlon, maxlat (may cross 180)
    start: str | None = None  # YYYY-MM-DD inclusive
    end: str | None = None  # YYYY-MM-DD inclusive
    event_types: tuple[str, ...] = ()
    near: tuple[float, float] | None = None  # (lat, lon)
    within_km: float | None = None
    origin: str | None = None  # "extracted" | "acled" | "demo"
    ids: tuple[str, ...] | None = None  # only these events (the map fetches a view's lone events by id)
    # Only events in these cells of the map grid (app.store.map_grid): (shift, keys), a key being
    # (gx >> shift) * 65536 + (gy >> shift).
    in_cells: tuple[int, tuple[int, ...]] | None = None
    cql: Any = None  # a parsed CQL2 filter (pygeofilter AST, see app.store.cql)
    text: tuple[tuple[str, ...], ...] = ()  # q= full-text search, parsed by app.store.fulltext.parse_q
    sortby: tuple[tuple[str, bool], ...] = ()  # (queryable, descending); default event_date desc, id
    review_status: tuple[str, ...] | None = None  # None: any; () matches nothing
    limit: int | None = None
    offset: int = 0
    # Seek paging: the sort key of the last row of the previous page (app.store.keyset); the page starts
    # after it. Counting ignores it: a total is the whole query's, whichever page is asked for.
    after: tuple | None = None
    # Count matches exactly only up to this many; beyond it query() returns None for the total, and the
    # first pages come by walking the date index instead of sorting every match (see README, counting).
    count_limit: int | None = None


class Store(Protocol):
    """Persistence of events with their sources. Two backends: SQLiteStore (default) and PostgisStore.

    Records are plain dicts: the contract's event properties, "lat", "lon", "origin"
    ("extracted" | "acled" | "demo"), "sources" (a list of {"article", "title", "outlet", "url",
    "published"}, one per reporting article) and, for ACLED imports only, "acled" (the extra columns).
    Reports of the same event (type, date, within 5 km geodesic) from different articles are one
    record: the first report's id, every article in "sources".
    """

    feeds: FeedState  # the feed watcher's memory (app.store.feeds)

    def ingest(self, article: Article, events: Iterable[Event]) -> list[str]:
        """Store one article's events in one transaction; idempotent. Returns the stored event ids."""

    def add_events(self, records: Iterable[dict[str, Any]], *, origin: str) -> int:
        """Upsert already-coded events (ACLED import, demo data) by id."""

    def query(
        self, flt: EventFilter, *, known_total: tuple[int | None] | None = None
    ) -> tuple[list[dict[str, Any]], int | None]:
        """Matching records (ordered by date desc, id) and the exact total before limit/offset, or None
        when `flt.count_limit` is set and more than that many match. `known_total` (a 1-tuple: the total
        may be None) is that answer already known for this filter at the current write generation (a
        cached count): it is returned as the total, and not counted again."""

    def clusters(
        self, flt: EventFilter, origin: tuple[float, float], cell: tuple[float, float]
    ) -> list[tuple[int, float, float, int]]:
        """(count, mean lon, mean lat, fatalities) per non-empty grid cell of the matching events."""

    def map_cells(
        self, flt: EventFilter, origin: tuple[float, float], cell: tuple[float, float]
    ) -> list[tuple[int, float, float, int, int, str]]:
        """(count, mean lon, mean lat, cell column, cell row, smallest id) per non-empty grid cell: the map's
        clusters, from a narrow index when only bbox, dates, types and review states filter."""

    def grid_cells(
        self, flt: EventFilter, shift: int, box: tuple[int, int, int, int]
    ) -> list[tuple[int, float, float, int, int]]:
        """From the kept map grid (app.store.map_grid): (count, sum lon, sum lat, gx >> shift, gy >> shift) per
        coarse cell of the fine cells gx0..gx1, gy0..gy1 (`box`); event_types and review_status filter, and
        start/end when shift >= map_months.MONTH_SHIFT (whole months kept, partial ones from the events)."""

    def view_extent(self) -> tuple[float, float, float, float] | None:
        """The events' bbox, close enough to fit a map view (cheap: no scan of every row)."""

    def histogram(self, flt: EventFilter) -> list[tuple[str, str, str, int]]:
        """(event_date, event_type, review_status, count): the map's exact timeline and filter counts."""

    def top_values(self, flt: EventFilter, column: str, n: int) -> list[tuple[str, int]]:
        """The n most frequent non-empty values of `column` (only "actor1": the map's side colours)."""

    def get(self, event_id: str) -> dict[str, Any] | None: ...

    def count(self) -> int: ...

    def generation(self) -> int:
        """The write generation (app.store.generation): differs after any committed write to events, by any
        process. Read it before the data a cache keeps under it."""

    def extent(self) -> tuple[tuple[float, float, float, float] | None, tuple[str | None, str | None]]:
        """Spatial bbox and temporal (min, max date) of everything stored."""

    def update_event(
        self, event_id: str, changes: dict[str, Any], *, by: str, note: str | None = None
    ) -> dict[str, Any] | None:
        """An editor's review: set review_status and/or correct fields (app.store.review.CORRECTABLE), one
        audit entry per changed field. Corrected fields keep the editor's value through later re-ingests and
        merges. None if there is no such event."""

    def history(self, event_id: str) -> list[dict[str, Any]]:
        """The audit trail, oldest first: {"at", "by", "field", "old", "new", "note"}."""

    def check(self) -> bool:
        """Integrity check (PRAGMA integrity_check / a trivial query)."""

    def close(self) -> None: ...
