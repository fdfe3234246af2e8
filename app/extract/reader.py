"""app.extract.reader: the one article-record validator, used by every CLI verb and the HTTP API.

Input is one JSON article object, a JSON array of them, or JSON Lines (a `.jsonl` file, stdin, an HTTP body),
or a plain `.txt` file whose first line is the title. Every path ends in `article_from_record`, so the same
record gets the same verdict and the same message wherever it arrives; only the location prefix differs
("reports.jsonl line 3" on the command line, "body line 3" over HTTP).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from app.errors import InvalidQuery
from app.extract.model import Article

MAX_TEXT_CHARS = 1_000_000  # the documented maximum article size: extraction is benchmarked up to it
MAX_ID_CHARS = 256
MAX_FIELD_CHARS = 2048  # title, url, outlet
OPTIONAL_FIELDS = ("title", "published", "url", "outlet")

# Control characters other than tab, line feed and carriage return (NUL among them: PostgreSQL cannot store
# it), DEL, and lone surrogates (not encodable as UTF-8). C1 controls are left alone: mis-decoded cp1252
# dashes and quotes (U+0096, U+0097) occur in real reporting. One character class: linear time.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# The same rule for the OpenAPI schema (JSON Schema `pattern`), so schema and validation agree.
NO_CONTROL_PATTERN = r"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]*$"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ArticleTooLarge(InvalidQuery):
    """An article longer than MAX_TEXT_CHARS: HTTP answers 413, the command line exits 2."""


def check_date(value: str, *, what: str = "'published'", param: str = "published") -> str:
    """A calendar date written YYYY-MM-DD, nothing else (no time, no week dates)."""
    ok = _DATE.fullmatch(value) is not None
    if ok:
        try:
            date.fromisoformat(value)
        except ValueError:
            ok = False
    if not ok:
        raise InvalidQuery(f"{what} must be a date written YYYY-MM-DD, got {value[:40]!r}", param=param)
    return value


def _check_chars(value: str, key: str, at: str) -> None:
    bad = CONTROL.search(value)
    if bad is not None:
        raise InvalidQuery(
            f"{at}'{key}' contains the control character U+{ord(bad.group()):04X} at position {bad.start()}",
            param=key,
        )


def article_from_record(rec: Any, *, where: str = "") -> Article:
    """Validate one article record (the contract's input format) and build the Article."""
    at = f"{where}: " if where else ""
    if not isinstance(rec, dict):
        raise InvalidQuery(f"{at}an article record must be a JSON object", param="article")
    for key in ("id", "text"):
        value = rec.get(key)
        if not isinstance(value, str) or not value.strip():
            raise InvalidQuery(f"{at}'{key}' must be a non-empty string", param=key)
    if len(rec["id"]) > MAX_ID_CHARS:
        raise InvalidQuery(f"{at}'id' is longer than {MAX_ID_CHARS} characters", param="id")
    if len(rec["text"]) > MAX_TEXT_CHARS:
        raise ArticleTooLarge(
            f"{at}'text' has {len(rec['text']):,} characters; the maximum article size is {MAX_TEXT_CHARS:,}",
            param="text",
        )
    _check_chars(rec["id"], "id", at)
    _check_chars(rec["text"], "text", at)
    extra: dict[str, str | None] = {}
    for key in OPTIONAL_FIELDS:
        value = rec.get(key)
        if value is not None and not isinstance(value, str):
            raise InvalidQuery(f"{at}'{key}' must be a string or null", param=key)
        if value and len(value) > MAX_FIELD_CHARS:
            raise InvalidQuery(f"{at}'{key}' is longer than {MAX_FIELD_CHARS} characters", param=key)
        if value:
            _check_chars(value, key, at)
        extra[key] = value if key == "published" else (value or None)
    if extra["published"] is not None:  # "" too: an empty string is not a date
        check_date(extra["published"], what=f"{at}'published'")
    return Article(id=rec["id"], text=rec["text"], **extra)


def parse_articles(data: bytes | str, *, source: str = "body", param: str = "body") -> list[Article]:
    """One article record, a JSON array of them, or JSON Lines (blank lines ignored); at least one."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    stripped = data.strip()
    if not stripped:
        raise InvalidQuery(f"{source}: no article records", param=param)
    try:
        whole = orjson.loads(stripped)
    except orjson.JSONDecodeError:
        pass
    else:
        if isinstance(whole, list):
            if not whole:
                raise InvalidQuery(f"{source}: no article records", param=param)
            return [article_from_record(o, where=f"{source} item {i}") for i, o in enumerate(whole, 1)]
        return [article_from_record(whole, where=source)]
    articles = []
    for n, line in enumerate(stripped.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InvalidQuery(f"{source} line {n}: not JSON ({exc})", param=param) from None
        articles.append(article_from_record(obj, where=f"{source} line {n}"))
    return articles


def read_txt(path: Path, *, published: str | None = None) -> Article:
    """A plain .txt article: first line the title, the whole file the text."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidQuery(f"cannot read {path}: {exc}", param="FILE") from None
    # The title is derived, not given: a first line longer than a title may be is cut, not refused.
    title = raw.split("\n", 1)[0].strip()[:MAX_FIELD_CHARS]
    return article_from_record(
        {"id": path.name, "title": title, "text": raw, "published": published}, where=str(path)
    )


def read_articles(
    input: str | None,
    files: Sequence[Path] = (),
    *,
    published: str | None = None,
    stdin: BinaryIO | None = None,
) -> list[Article]:
    """Every article from `--input FILE.jsonl|-` and FILE arguments (`.jsonl` as JSON Lines, anything else as
    plain text), all validated before any is used so bad input leaves no half output. `--published` dates
    the .txt files and the records that carry no date of their own."""
    if published is not None:
        check_date(published, what="--published", param="--published")
    if input is None and not files:
        raise InvalidQuery(
            "give --input FILE.jsonl (or - for stdin) and/or FILE.txt arguments", param="--input"
        )
    articles: list[Article] = []
    if input is not None:
        if input == "-":
            data, source = (stdin or sys.stdin.buffer).read(), "<stdin>"
        else:
            data, source = _read_bytes(Path(input), param="--input"), input
        articles += parse_articles(data, source=source, param="--input")
    for path in map(Path, files):
        if path.suffix == ".jsonl":
            articles += parse_articles(_read_bytes(path, param="FILE"), source=str(path), param="FILE")
        else:
            if not path.is_file():
                raise InvalidQuery(f"no such file: {path}", param="FILE")
            articles.append(read_txt(path, published=published))
    if published is not None:
        articles = [a if a.published else _dated(a, published) for a in articles]
    return articles


def _read_bytes(path: Path, *, param: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidQuery(f"cannot read {path}: {exc.strerror}", param=param) from None


def _dated(article: Article, published: str) -> Article:
    return Article(article.id, article.text, article.title, published, article.url, article.outlet)
