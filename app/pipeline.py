"""app.pipeline: article records in, events extracted and stored: the flow `ingest` and POST /api/articles share."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from app.errors import InvalidQuery
from app.extract.model import Article, Event
from app.store.base import Store

__all__ = ["IngestResult", "article_from_record", "ingest_articles", "parse_articles", "read_articles"]

Extractor = Callable[[Article, Any], list[Event]]
_OPTIONAL = ("title", "published", "url", "outlet")
MAX_ID_CHARS = 256


@dataclass
class IngestResult:
    """What one ingest run stored: per article the ids of its stored events (after merging duplicates)."""

    articles: int = 0
    event_ids: dict[str, list[str]] = field(default_factory=dict)

    @property
    def events(self) -> int:
        return sum(len(v) for v in self.event_ids.values())


def _check_date(value: str, *, param: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise InvalidQuery(f"published {value!r} is not a date (YYYY-MM-DD)", param=param) from None
    if len(value) != 10:
        raise InvalidQuery(f"published {value!r} is not a date (YYYY-MM-DD)", param=param)
    return value


def article_from_record(obj: Any, *, param: str = "body", where: str = "") -> Article:
    """Validate one article record (the contract's shape) and build the Article; InvalidQuery says what is wrong."""
    at = f"{where}: " if where else ""
    if not isinstance(obj, dict):
        raise InvalidQuery(f"{at}an article record must be a JSON object", param=param)
    aid = obj.get("id")
    if not isinstance(aid, str) or not aid.strip():
        raise InvalidQuery(f"{at}'id' must be a non-empty string", param=param)
    if len(aid) > MAX_ID_CHARS:
        raise InvalidQuery(f"{at}'id' is longer than {MAX_ID_CHARS} characters", param=param)
    text = obj.get("text")
    if not isinstance(text, str):
        raise InvalidQuery(f"{at}'text' must be a string", param=param)
    extra: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InvalidQuery(f"{at}'{key}' must be a string or null", param=param)
        extra[key] = value if key == "published" else (value or None)
    if extra["published"] is not None:
        try:
            _check_date(extra["published"], param=param)
        except InvalidQuery as exc:
            raise InvalidQuery(f"{at}{exc}", param=param) from None
    return Article(id=aid, text=text, **extra)


def parse_articles(data: bytes | str, *, param: str = "body") -> list[Article]:
    """One article record, a JSON array of them, or JSON Lines (blank lines ignored)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    stripped = data.strip()
    if not stripped:
        raise InvalidQuery("no article records", param=param)
    try:
        whole = orjson.loads(stripped)
    except orjson.JSONDecodeError:
        whole = None
    else:
        if isinstance(whole, list):
            if not whole:
                raise InvalidQuery("no article records", param=param)
            return [article_from_record(o, param=param, where=f"item {i}") for i, o in enumerate(whole, 1)]
        return [article_from_record(whole, param=param)]
    articles = []
    for n, line in enumerate(stripped.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InvalidQuery(f"line {n}: not JSON ({exc})", param=param) from None
        articles.append(article_from_record(obj, param=param, where=f"line {n}"))
    return articles


def article_from_text_file(path: Path, *, published: str | None) -> Article:
    """A plain .txt article, read exactly as `conflictmap extract` reads it, so both give the same event ids."""
    from app.extract.reader import read_txt

    return read_txt(Path(path), published=published)


def read_articles(
    input: str | None, files: Sequence[Path], *, published: str | None = None, stdin: BinaryIO | None = None
) -> list[Article]:
    """Every article from `--input FILE.jsonl|-` and FILE.txt arguments, all validated before any is used."""
    if published is not None:
        _check_date(published, param="--published")
    if input is None and not files:
        raise InvalidQuery(
            "give --input FILE.jsonl (or - for stdin) and/or FILE.txt arguments", param="--input"
        )
    articles: list[Article] = []
    if input is not None:
        if input == "-":
            data = (stdin or sys.stdin.buffer).read()
        else:
            try:
                data = Path(input).read_bytes()
            except OSError as exc:
                raise InvalidQuery(f"cannot read {input}: {exc.strerror}", param="--input") from None
        parsed = parse_articles(data, param="--input")
        if published is not None:  # fills the date only where a record has none
            parsed = [a if a.published else _with_published(a, published) for a in parsed]
        articles += parsed
    for path in files:
        articles.append(article_from_text_file(Path(path), published=published))
    return articles


def _with_published(article: Article, published: str) -> Article:
    return Article(article.id, article.text, article.title, published, article.url, article.outlet)


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
