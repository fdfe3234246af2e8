"""app.newsroom.page: a web page -> the contract's article record, with trafilatura.

The article id is the page's canonical URL: the same story reached by two links (tracking parameters, a
feed's redirect) is one article. A canonical link pointing at another site is ignored: otherwise any page
could replace the events of an article it does not own.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from app.errors import FetchError, InvalidQuery
from app.extract.model import Article
from app.extract.reader import MAX_FIELD_CHARS, MAX_ID_CHARS, article_from_record
from app.newsroom.fetch import Fetcher, check_url

__all__ = ["article_from_html", "fetch_article"]

_HTML_TYPES = ("text/html", "application/xhtml+xml", "")
MIN_TEXT_CHARS = 80
_CONTROL = re.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]")


def _same_site(a: str, b: str) -> bool:
    ha, hb = (urlsplit(u).hostname or "" for u in (a, b))
    strip = lambda h: h[4:] if h.startswith("www.") else h  # noqa: E731
    return strip(ha) == strip(hb)


def article_from_html(html: str | bytes, url: str, *, published: str | None = None) -> Article:
    """Main text, title, date (YYYY-MM-DD) and outlet of a news page; FetchError if there is no article."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS:  # a navigation bar or a cookie notice is not a report
        raise FetchError(f"{url}: no article text found on the page", url=url)
    title = (doc.title or "").strip() or None
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :].lstrip()  # the headline is the title, not the first sentence
    canonical = url
    if doc.url:
        try:
            candidate = check_url(doc.url)
        except ValueError:
            candidate = None
        if candidate and _same_site(candidate, url):
            canonical = candidate
    if len(canonical) > MAX_ID_CHARS:
        canonical = url if len(url) <= MAX_ID_CHARS else url[:MAX_ID_CHARS]
    date = published or (doc.date[:10] if doc.date and len(doc.date) >= 10 else None)
    outlet = (doc.sitename or "").strip() or (urlsplit(canonical).hostname or None)
    record = {
        "id": canonical,
        "text": _CONTROL.sub("", text),
        "title": _CONTROL.sub("", title)[:MAX_FIELD_CHARS] if title else None,
        "published": date,
        "url": canonical,
        "outlet": _CONTROL.sub("", outlet)[:MAX_FIELD_CHARS] if outlet else None,
    }
    try:  # the one article validator every other way in uses
        return article_from_record(record, where=url)
    except InvalidQuery as exc:
        raise FetchError(f"{url}: {exc}", url=url) from None


def fetch_article(fetcher: Fetcher, url: str, *, published: str | None = None) -> Article:
    """GET a page and read its article; FetchError says why when it cannot."""
    url = check_url(url)
    page = fetcher.get(url)
    ctype = page.content_type.split(";")[0].strip().lower()
    if ctype not in _HTML_TYPES:
        raise FetchError(f"{url}: not a web page ({ctype})", url=url)
    return article_from_html(page.body, page.url, published=published)
