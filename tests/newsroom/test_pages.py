"""Pages by URL, from a real HTTP server on loopback: trafilatura reads title/date/outlet/text, the canonical
URL is the id, and what cannot be fetched (404, timeout, too large, not a page) fails with the reason."""

from __future__ import annotations

import pytest
from newsroom_server import Route, article_page, serve, story

from app.errors import FetchError, InvalidQuery
from app.newsroom.fetch import Fetcher, HostThrottle, check_url
from app.newsroom.page import article_from_html, fetch_article


@pytest.fixture
def site():
    with serve() as s:
        yield s


@pytest.fixture
def fetcher(tmp_settings):
    settings = tmp_settings.model_copy(
        update={
            "fetch_timeout_s": 1.0,
            "fetch_max_bytes": 200_000,
            "host_delay_s": 0.0,
            "fetch_private": True,
            "user_agent": "cm-test/1",
        }
    )
    with Fetcher(settings) as f:
        yield f


def test_a_page_becomes_an_article_with_its_canonical_url_as_id(site, fetcher):
    site.routes["/news/3?utm_source=feed"] = Route(article_page(3, site.base))
    art = fetch_article(fetcher, site.url("/news/3?utm_source=feed"))
    title, text = story(3)
    assert art.id == art.url == site.url("/news/3")
    assert art.title == title
    assert art.published == "2025-12-28"
    assert art.outlet == "Test Wire"
    assert text in art.text
    assert "Contact the newsroom" not in art.text and "Sport" not in art.text  # boilerplate stays out
    assert site.user_agents == ["cm-test/1"]


def test_a_canonical_link_to_another_site_is_not_trusted(site):
    html = article_page(4, site.base, canonical="https://other.example/news/4")
    assert article_from_html(html, site.url("/news/4")).id == site.url("/news/4")


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (Route(b"gone", status=404), "HTTP 404"),
        (Route(b"<html></html>", status=500), "HTTP 500"),
        (Route(b"late", delay_s=2.5), "timed out"),
        (Route(b"", chunked_bytes=1_000_000), "larger than 200000 bytes"),
        (Route(b"x" * 300_000), "larger than 200000 bytes"),
        (Route(b'{"a": 1}', content_type="application/json"), "not a web page"),
        (Route(b"<html><body><nav>Home</nav></body></html>"), "no article text"),
    ],
)
def test_what_cannot_be_read_fails_with_the_reason(site, fetcher, route, reason):
    site.routes["/bad"] = route
    with pytest.raises(FetchError) as err:
        fetch_article(fetcher, site.url("/bad"))
    assert reason in str(err.value)


def test_a_closed_port_fails_with_the_reason(fetcher):
    with pytest.raises(FetchError) as err:
        fetch_article(fetcher, "http://127.0.0.1:9/news/1")
    assert "ConnectError" in str(err.value)


@pytest.mark.parametrize("url", ["ftp://example.org/a", "example.org/news", "/news/1", "http://"])
def test_only_absolute_http_urls(url):
    with pytest.raises(InvalidQuery):
        check_url(url)


def test_the_host_throttle_spaces_requests_to_one_host():
    slept: list[float] = []
    throttle = HostThrottle(2.0, sleep=slept.append)
    throttle.wait("a.example")
    throttle.wait("b.example")
    throttle.wait("a.example")
    assert len(slept) == 1 and 1.9 < slept[0] <= 2.0


def test_the_host_delay_is_kept_on_the_wire(site, tmp_settings):
    for n in range(3):
        site.routes[f"/news/{n}"] = Route(article_page(n, site.base))
    settings = tmp_settings.model_copy(update={"host_delay_s": 0.3, "fetch_private": True})
    with Fetcher(settings) as f:
        for n in range(3):
            fetch_article(f, site.url(f"/news/{n}"))
    starts = [site.times[f"/news/{n}"][0] for n in range(3)]
    # arrival times at the server carry scheduling jitter on a loaded box (0.268 s was seen); unthrottled
    # requests arrive a few milliseconds apart, so 0.2 s still proves the delay
    assert all(b - a >= 0.2 for a, b in zip(starts, starts[1:], strict=False))


def test_private_addresses_are_refused_by_default(site, tmp_settings):
    site.routes["/news/1"] = Route(article_page(1, site.base))
    strict = Fetcher(tmp_settings.model_copy(update={"host_delay_s": 0.0}))
    with strict, pytest.raises(FetchError) as err:
        fetch_article(strict, site.url("/news/1"))
    assert "private address" in str(err.value) and "CONFLICTMAP_FETCH_PRIVATE" in str(err.value)
    assert site.hits["/news/1"] == 0  # refused before any request left


def test_a_redirect_to_a_private_address_is_refused(tmp_settings):
    import httpx

    from app.newsroom.fetch import check_public

    with pytest.raises(FetchError):  # what the hook sees for a redirect hop to loopback or the LAN
        check_public(httpx.Request("GET", "http://127.0.0.1:8000/admin"))
    with pytest.raises(FetchError):
        check_public(httpx.Request("GET", "http://192.168.1.10/"))
    with pytest.raises(FetchError):
        check_public(httpx.Request("GET", "http://169.254.169.254/latest/meta-data/"))
