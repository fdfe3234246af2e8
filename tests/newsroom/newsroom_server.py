"""A real HTTP server on loopback for the newsroom tests: our own article pages and RSS/Atom feeds, with
ETag / Last-Modified, slow and huge responses, and a count of every request (no network, no mocks)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay_s: float = 0.0
    etag: str | None = None
    last_modified: str | None = None
    chunked_bytes: int = 0  # > 0: stream this many bytes with no Content-Length (a huge page)


@dataclass
class Site:
    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)
    conditional_hits: Counter = field(default_factory=Counter)
    user_agents: list[str] = field(default_factory=list)
    times: dict[str, list[float]] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:  # noqa: N802
            path = self.path
            site.hits[path] += 1
            site.times.setdefault(path, []).append(time.monotonic())
            site.user_agents.append(self.headers.get("User-Agent", ""))
            route = site.routes.get(path)
            if route is None:
                self._send(404, b"not here", "text/plain")
                return
            if route.delay_s:
                time.sleep(route.delay_s)
            inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
            if (route.etag and inm == route.etag) or (route.last_modified and ims == route.last_modified):
                site.conditional_hits[path] += 1
                self.send_response(304)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route.chunked_bytes:
                self.send_response(200)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                block = b"<p>" + b"x" * 65_530 + b"</p>"
                sent = 0
                try:
                    while sent < route.chunked_bytes:
                        self.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
                        sent += len(block)
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass
                return
            extra = {}
            if route.etag:
                extra["ETag"] = route.etag
            if route.last_modified:
                extra["Last-Modified"] = route.last_modified
            self._send(route.status, route.body, route.content_type, extra)

        def _send(self, status: int, body: bytes, ctype: str, extra: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

    return Handler


@contextmanager
def serve(site: Site | None = None) -> Iterator[Site]:
    site = site or Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


CITIES = (
    "Kharkiv",
    "Sumy",
    "Odesa",
    "Dnipro",
    "Kherson",
    "Poltava",
    "Mykolaiv",
    "Chernihiv",
    "Zaporizhzhia",
    "Kramatorsk",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
TOLLS = ("one person", "two people", "three people", "four people")


def story(n: int) -> tuple[str, str]:
    """Headline and two paragraphs of wire-style report n (our own wording)."""
    city, day, toll = CITIES[n % len(CITIES)], DAYS[(n // len(CITIES)) % len(DAYS)], TOLLS[n % len(TOLLS)]
    title = f"Drones hit {city} overnight ({n})"
    text = (
        f"Russian drones struck the city of {city} on {day}, killing {toll}, regional officials said. "
        f"Emergency crews worked through the night to clear debris from damaged apartment blocks in report {n}."
    )
    return title, text


def article_page(n: int, base: str, *, canonical: str | None = None, published: str = "2025-12-28") -> bytes:
    title, text = story(n)
    link = canonical or f"{base}/news/{n}"
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{escape(title)} | Test Wire</title>
<link rel="canonical" href="{escape(link)}">
<meta property="og:site_name" content="Test Wire">
<meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="{published}T06:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{escape(title)}</h1><p>{escape(text)}</p>
<p>The regional administration said schools in the area would stay closed while engineers inspected the buildings.</p>
</article><footer>Copyright Test Wire. Contact the newsroom.</footer></body></html>""".encode()


def rss(items: list[tuple[str, str, str]], *, title: str = "Test Wire: Ukraine") -> bytes:
    """RSS 2.0 with (guid, link, title) items."""
    body = "".join(
        f'<item><title>{escape(t)}</title><link>{escape(link)}</link><guid isPermaLink="false">{escape(g)}</guid>'
        f"<pubDate>{formatdate(1766900000 + i * 60, usegmt=True)}</pubDate></item>"
        for i, (g, link, t) in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
        f"<link>http://127.0.0.1/</link><description>test feed</description>{body}</channel></rss>"
    ).encode()


def atom(items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f'<entry><id>{escape(g)}</id><title>{escape(t)}</title><link href="{escape(link)}"/>'
        f"<updated>2025-12-28T07:00:00Z</updated></entry>"
        for g, link, t in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Test Wire Atom</title><id>urn:test:atom</id><updated>2025-12-28T07:00:00Z</updated>{entries}</feed>"
    ).encode()
