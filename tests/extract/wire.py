"""Helpers for the extraction tests: one wire-style paragraph as an article, and ways to pick results by place.

The sentences in these tests are written for them, in the style of wire copy; none is taken from a corpus.
"""

from __future__ import annotations

import math

import pytest

from app.extract import Article, Event, Extractor, Mention
from app.settings import Settings

PUBLISHED = "2025-12-18"  # a Thursday


@pytest.fixture(name="extractor", scope="module", params=["none", None], ids=["rules", "model"])
def extractor_in_both_modes(request, geocoder) -> Extractor:
    """The extractor once per recogniser mode: rules only, then the spaCy model (required under CI)."""
    ex = Extractor(geocoder, settings=Settings(ner_model=request.param))
    if request.param is None and ex.ner is None:
        from conftest import require

        require(False, "the spaCy model")
    return ex


def article(
    text: str, *, published: str | None = PUBLISHED, id: str = "wire-1", title: str = "Wire report"
) -> Article:
    return Article(id=id, text=text, title=title, published=published, outlet="Test Wire")


def mentions(extractor: Extractor, text: str, *, flagged: bool = False, **kw) -> list[Mention]:
    """The literal places of the text; with flagged=True also adjectives ("Turkish") and governments
    ("Moscow said"), which geoparse reports with a flag."""
    found = extractor.geoparse(article(text, **kw))
    for m in found:
        assert text[m.start : m.end] == m.text, m  # offsets always point at the surface as written
    return found if flagged else [m for m in found if not (m.metonymic or m.adjectival)]


def surfaces(extractor: Extractor, text: str, **kw) -> list[str]:
    return [m.text for m in mentions(extractor, text, **kw)]


def resolve_names(extractor: Extractor, text: str, names: list[str]) -> dict:
    """The names (each at its first occurrence) handed in as spans, as a benchmark's gold spans are, resolved
    together: name -> Candidate or None."""
    spans = {n: (text.index(n), text.index(n) + len(n)) for n in names}
    got = extractor.resolve_spans(article(text), list(spans.values()))
    return {n: got.get(sp) for n, sp in spans.items()}


def events(extractor: Extractor, text: str, **kw) -> list[Event]:
    return extractor.events(article(text, **kw))


def only_event(extractor: Extractor, text: str, **kw) -> Event:
    found = events(extractor, text, **kw)
    assert len(found) == 1, [(e.location, e.event_type, e.sub_event_type) for e in found]
    return found[0]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance, enough to say 'this is the town meant' (not a reported figure)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def is_at(obj: Mention | Event, lat: float, lon: float, *, within_km: float = 15.0) -> bool:
    return km(obj.lat, obj.lon, lat, lon) <= within_km


def at(found: list, lat: float, lon: float, *, within_km: float = 15.0) -> list:
    """The mentions or events placed at (lat, lon)."""
    return [x for x in found if is_at(x, lat, lon, within_km=within_km)]


# Where the towns these tests name actually are (rounded; 15 km tolerance is far below the gap between namesakes).
KHARKIV = (49.99, 36.23)
KHERSON = (46.64, 32.61)
ODESA = (46.48, 30.73)
SUMY = (50.91, 34.80)
CHERNIHIV = (51.50, 31.29)
MOSCOW = (55.75, 37.62)
KYIV = (50.45, 30.52)
KOSTIANTYNIVKA = (48.53, 37.71)
STEPNOHIRSK = (47.59, 35.36)
MALA_TOKMACHKA = (47.53, 35.90)
LYMAN_DONETSK = (48.99, 37.81)
LYMAN_KHARKIV = (49.59, 36.47)
POKROVSK_DONETSK = (48.28, 37.18)
KRAMATORSK = (48.72, 37.56)
