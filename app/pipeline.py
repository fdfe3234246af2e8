"""app.pipeline: article records in, events extracted and stored: the flow `ingest` and POST /api/articles share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from app.extract.model import Article, Event
from app.extract.reader import MAX_ID_CHARS, article_from_record, parse_articles, read_articles
from app.store.base import Store

# The one article-record validator lives in app.extract.reader; re-exported here for the ingest flow.
__all__ = [
    "MAX_ID_CHARS",
    "IngestResult",
    "article_from_record",
    "ingest_articles",
    "parse_articles",
    "read_articles",
]

Extractor = Callable[[Article, Any], list[Event]]


@dataclass
class IngestResult:
    """What one ingest run stored: per article the ids of its stored events (after merging duplicates)."""

    articles: int = 0
    event_ids: dict[str, list[str]] = field(default_factory=dict)

    @property
    def events(self) -> int:
        return sum(len(v) for v in self.event_ids.values())


def _default_extractor() -> Extractor:
    from app.extract import extract_events

    return extract_events


def ingest_articles(
    store: Store,
    articles: Iterable[Article],
    geocoder: Any,
    *,
    extract: Extractor | None = None,
    on_article: Callable[[Article, list[str]], None] | None = None,
) -> IngestResult:
    """Extract each article's events and store them, one transaction per article (so an interrupted run
    leaves whole articles, and running it again completes it)."""
    extract = extract or _default_extractor()
    result = IngestResult()
    for article in articles:
        events = extract(article, geocoder)  # outside the store's transaction: writers wait only on writes
        ids = store.ingest(article, events)
        result.articles += 1
        result.event_ids[article.id] = ids
        if on_article is not None:
            on_article(article, ids)
    return result
