"""app.extract.reader: article records in (JSON Lines, or .txt with the title on line 1), validated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from app.errors import InvalidQuery
from app.extract.model import Article

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def article_from_record(rec: Any, *, where: str = "record") -> Article:
    """Validate one article record (the contract's input format)."""
    if not isinstance(rec, dict):
        raise InvalidQuery(f"{where}: an article must be a JSON object", param="article")
    for key in ("id", "text"):
        if not isinstance(rec.get(key), str) or not rec[key].strip():
            raise InvalidQuery(f"{where}: '{key}' must be a non-empty string", param=key)
    for key in ("title", "url", "outlet", "published"):
        if rec.get(key) is not None and not isinstance(rec[key], str):
            raise InvalidQuery(f"{where}: '{key}' must be a string", param=key)
    pub = rec.get("published")
    if pub:
        pub = pub[:10]
        if not _DATE.match(pub):
            raise InvalidQuery(
                f"{where}: 'published' must be YYYY-MM-DD, got {rec['published']!r}", param="published"
            )
        import datetime as dt

        try:
            dt.date.fromisoformat(pub)
        except ValueError:
            raise InvalidQuery(
                f"{where}: 'published' is not a real date: {pub!r}", param="published"
            ) from None
    return Article(
        id=rec["id"], text=rec["text"], title=rec.get("title"), published=pub or None,
        url=rec.get("url"), outlet=rec.get("outlet"),
    )  # fmt: skip


def read_jsonl(fh: IO[bytes], *, name: str = "<stdin>") -> Iterator[Article]:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InvalidQuery(f"{name}:{n}: not valid JSON ({exc})", param="input") from None
        yield article_from_record(rec, where=f"{name}:{n}")


def read_txt(path: Path, *, published: str | None = None) -> Article:
    """A plain .txt article: first line the title, the rest the text."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidQuery(f"cannot read {path}: {exc}", param="FILE") from None
    if not raw.strip():
        raise InvalidQuery(f"{path} is empty", param="FILE")
    title = raw.split("\n", 1)[0].strip()
    return article_from_record(
        {"id": path.name, "title": title, "text": raw, "published": published}, where=str(path)
    )


def parse_body(body: bytes) -> list[Article]:
    """An HTTP body: one JSON article object, or JSON Lines of them."""
    text = body.strip()
    if not text:
        raise InvalidQuery("empty body", param="body")
    try:
        rec = orjson.loads(text)
    except orjson.JSONDecodeError:
        import io

        return list(read_jsonl(io.BytesIO(text), name="body"))
    if isinstance(rec, list):
        return [article_from_record(r, where=f"body[{i}]") for i, r in enumerate(rec)]
    return [article_from_record(rec, where="body")]
