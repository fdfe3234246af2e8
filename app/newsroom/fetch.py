"""app.newsroom.fetch: polite HTTP GETs for pages and feeds (httpx).

One Fetcher per run: a user agent from settings, a timeout, a size cap read while streaming (a lying or
missing Content-Length cannot make us buffer a huge page), conditional GET (ETag / Last-Modified) and a
minimum delay between two requests to the same host.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

import httpx

from app.errors import FetchError, InvalidQuery
from app.settings import Settings

__all__ = ["Fetched", "Fetcher", "check_url"]


def check_url(url: str, *, param: str = "url") -> str:
    """An absolute http(s) URL without its #fragment; InvalidQuery otherwise."""
    if not isinstance(url, str) or len(url) > 2048:
        raise InvalidQuery("url must be an http(s) URL of at most 2048 characters", param=param)
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InvalidQuery(f"{url!r} is not an absolute http(s) URL", param=param)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


@dataclass
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 when the conditional GET says nothing changed
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class HostThrottle:
    """At least `delay_s` between the starts of two requests to one host (thread-safe)."""

    delay_s: float
    sleep: Callable[[float], None] = time.sleep
    _next: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, 0.0))
            self._next[host] = start + self.delay_s
        if start > now:
            self.sleep(start - now)


def check_public(request: httpx.Request) -> None:
    """Refuse a request (the first or a redirect) to a host that resolves to a non-public address."""
    host = request.url.host
    try:
        infos = socket.getaddrinfo(host, request.url.port or 443, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise FetchError(f"{request.url}: cannot resolve {host} ({exc})", url=str(request.url)) from None
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if not addr.is_global:
            raise FetchError(
                f"{request.url}: {host} is a private address ({addr}); set CONFLICTMAP_FETCH_PRIVATE=true "
                "to allow it",
                url=str(request.url),
            )


class Fetcher:
    def __init__(self, settings: Settings, *, transport: httpx.BaseTransport | None = None) -> None:
        self.max_bytes = settings.fetch_max_bytes
        self.throttle = HostThrottle(settings.host_delay_s)
        self._client = httpx.Client(
            follow_redirects=True,
            max_redirects=5,
            timeout=httpx.Timeout(settings.fetch_timeout_s),
            headers={"User-Agent": settings.user_agent},
            transport=transport,
            event_hooks={} if settings.fetch_private else {"request": [check_public]},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url`; FetchError (with the reason) on a network error, timeout, non-2xx or oversize body."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self.throttle.wait(urlsplit(url).hostname or "")
        try:
            with self._client.stream("GET", url, headers=headers) as resp:
                final = str(resp.url)
                if resp.status_code == 304:
                    return Fetched(final, 304, etag=etag, last_modified=last_modified)
                if resp.status_code >= 400:
                    raise FetchError(f"{url}: HTTP {resp.status_code}", url=url, status=resp.status_code)
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"{url}: larger than {self.max_bytes} bytes", url=url)
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"{url}: larger than {self.max_bytes} bytes", url=url)
                    chunks.append(chunk)
                return Fetched(
                    final,
                    resp.status_code,
                    b"".join(chunks),
                    resp.headers.get("content-type", ""),
                    resp.headers.get("etag"),
                    resp.headers.get("last-modified"),
                )
        except httpx.TimeoutException:
            raise FetchError(f"{url}: timed out", url=url) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}", url=url) from None
