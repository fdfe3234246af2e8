"""app.api.page_cache: answers and counts of /ogc items and /api/events kept per worker, exact after any write.

Every entry is labelled with the store's write generation (app.store.generation), read before the data: a
request first reads the current generation (one indexed one-row read) and uses an entry only when its label is
that generation. Any committed write to events, by any worker or process (the API, the CLI, an import, a SQL
shell), changes the generation, so an entry never outlives the data it was made from; nothing is invalidated
by hand, and each worker's cache is right on its own.

- Whole JSON answers, keyed by the request: path, query parameters (sorted, repeated ones kept), the host the
  links are made for, the review states the caller may see, and whether it asked for HTML (not kept).
  At most CONFLICTMAP_PAGE_CACHE_MB per worker (least recently used go first); 0 keeps none.
- numberMatched, keyed by the normalised filter (what is matched, not the page, its order or cursor): the next
  pages of one query, and the same filter at another page size, skip the count.
- `ETag: "<generation>-<request digest>"` on every JSON answer, `Cache-Control: no-cache` (clients revalidate)
  and `Vary: Accept, Authorization`; `If-None-Match` with the current tag is a 304 without reading any event.

A kept answer is returned as it was made, `timeStamp` included (the time it was generated, as OGC defines it).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace

from fastapi import Request
from fastapi.responses import Response

from app.api.ogc_html import wants_html
from app.api.visibility import visible_statuses
from app.store.base import EventFilter, Store

__all__ = ["PageCache", "CountCache", "Lookup", "cached_page", "page_cache", "count_key"]

# An answer larger than this share of the cache is never kept (one limit=10000 page would evict the rest).
_LARGEST_SHARE = 4
_COUNTS_KEPT = 4096
_KEPT_HEADERS = frozenset({"content-crs", "content-disposition"})


@dataclass(frozen=True, slots=True)
class _Entry:
    generation: int
    body: bytes
    media_type: str
    headers: tuple[tuple[str, str], ...]


class PageCache:
    """Least-recently-used answers up to `max_bytes`, each valid for one write generation."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str, generation: int) -> _Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry.generation != generation:
                self._drop(key)
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key: str, entry: _Entry) -> None:
        size = len(entry.body)
        if size * _LARGEST_SHARE > self.max_bytes:
            return
        with self._lock:
            current = self._entries.get(key)
            if current is not None:
                if current.generation > entry.generation:
                    return  # a slower request made from older data must not replace a newer answer
                self._drop(key)
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > self.max_bytes:
                self._drop(next(iter(self._entries)))

    def _drop(self, key: str) -> None:
        self._bytes -= len(self._entries.pop(key).body)

    def __len__(self) -> int:
        return len(self._entries)


class CountCache:
    """numberMatched per normalised filter, valid for one write generation."""

    def __init__(self, max_entries: int = _COUNTS_KEPT) -> None:
        self._max = max_entries
        self._entries: OrderedDict[str, tuple[int, int | None]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str, generation: int) -> tuple[bool, int | None]:
        """(found, total); total None means "more than the count limit", a result like any other."""
        with self._lock:
            hit = self._entries.get(key)
            if hit is None or hit[0] != generation:
                return False, None
            self._entries.move_to_end(key)
            return True, hit[1]

    def put(self, key: str, generation: int, total: int | None) -> None:
        with self._lock:
            current = self._entries.get(key)
            if current is not None and current[0] > generation:
                return
            self._entries[key] = (generation, total)
            self._entries.move_to_end(key)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)


def count_key(flt: EventFilter) -> str:
    """What a count depends on: the filter without its page (limit, offset, cursor) and order. The CQL2
    tree's repr names every node, attribute and typed literal, so two filters share a key only when equal."""
    return repr(replace(flt, after=None, limit=None, offset=0, sortby=()))


@dataclass(slots=True)
class Lookup:
    """One request's cache state: the generation read before anything else, the key and the ETag."""

    cache: PageCache
    counts: CountCache
    generation: int
    key: str | None  # None: not kept (HTML)
    etag: str | None

    def finish(self, resp: Response) -> Response:
        """Tag a fresh 200 answer, and keep it when it is JSON that fits."""
        if self.key is None or resp.status_code != 200:
            return resp
        resp.headers["ETag"] = self.etag
        resp.headers["Cache-Control"] = "no-cache"
        resp.headers["Vary"] = "Accept, Authorization"
        if self.cache.max_bytes > 0:
            keep = tuple((k, v) for k, v in resp.headers.items() if k.lower() in _KEPT_HEADERS)
            self.cache.put(self.key, _Entry(self.generation, bytes(resp.body), resp.media_type, keep))
        return resp


def page_cache(request: Request) -> tuple[PageCache, CountCache]:
    state = request.app.state
    caches = getattr(state, "page_caches", None)
    if caches is None:
        mb = state.settings.page_cache_mb
        caches = state.page_caches = (PageCache(mb * 1024 * 1024), CountCache())
    return caches


def _request_key(request: Request) -> str:
    params = sorted(request.query_params.multi_items())
    raw = repr((request.url.path, params, str(request.base_url), visible_statuses(request, None)))
    return hashlib.blake2b(raw.encode(), digest_size=12).hexdigest()


def _matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    for tag in header.split(","):
        tag = tag.strip()
        if tag == "*" or tag.removeprefix("W/") == etag:
            return True
    return False


def cached_page(request: Request, store: Store) -> tuple[Lookup, Response | None]:
    """The kept answer (or a 304) for this request when the store has not changed since it was made; else
    the Lookup to finish the fresh answer with."""
    cache, counts = page_cache(request)
    generation = store.generation()
    if wants_html(request):
        return Lookup(cache, counts, generation, None, None), None
    key = _request_key(request)
    etag = f'"{generation}-{key}"'
    lookup = Lookup(cache, counts, generation, key, etag)
    if _matches(request.headers.get("if-none-match"), etag):
        return lookup, Response(
            status_code=304,
            headers={"ETag": etag, "Cache-Control": "no-cache", "Vary": "Accept, Authorization"},
        )
    entry = cache.get(key, generation) if cache.max_bytes > 0 else None
    if entry is None:
        return lookup, None
    headers = {
        "ETag": etag,
        "Cache-Control": "no-cache",
        "Vary": "Accept, Authorization",
        **dict(entry.headers),
    }
    return lookup, Response(entry.body, media_type=entry.media_type, headers=headers)
