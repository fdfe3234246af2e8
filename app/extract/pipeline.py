"""app.extract.pipeline: the Extractor ties segmentation, spotting, resolution and event coding together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.extract.lexicon import ensure_lexicon
from app.extract.model import Article, Event, Mention
from app.extract.resolve import Resolved, Resolver, to_mention
from app.extract.segment import Document, segment
from app.extract.spot import Spotter
from app.geocode import Candidate, Geocoder
from app.settings import Settings


@dataclass(slots=True)
class Parsed:
    article: Article
    doc: Document
    resolved: list[Resolved]
    mentions: list[Mention]


class Extractor:
    """Reusable: holds the geocoder and the lexicon, processes one article at a time."""

    def __init__(self, geocoder: Geocoder, settings: Settings | None = None) -> None:
        self.geocoder = geocoder
        self.lexicon = ensure_lexicon(geocoder.gaz.index_dir)
        self.spotter = Spotter(geocoder.gaz, self.lexicon)
        self.resolver = Resolver(geocoder)
        self._last: dict[tuple, Parsed] = {}

    def parse(self, article: Article) -> Parsed:
        # geoparse, events and claims of one article share one parse
        key = (article.id, article.published, hash(article.text), article.title)
        hit = self._last.get(key)
        if hit is not None:
            return hit
        parsed = self._parse(article)
        if len(self._last) >= 8:
            self._last.pop(next(iter(self._last)))
        self._last[key] = parsed
        return parsed

    def _parse(self, article: Article) -> Parsed:
        doc = segment(article.text, article.title)
        spots = self.spotter.spot(doc)
        resolved = self.resolver.resolve(article.text, spots)
        mentions = [to_mention(article.id, r) for r in resolved]
        return Parsed(article, doc, resolved, mentions)

    def geoparse(self, article: Article) -> list[Mention]:
        return self.parse(article).mentions

    def resolve_spans(
        self, article: Article, spans: list[tuple[int, int]]
    ) -> dict[tuple[int, int], Candidate]:
        """Given spans (e.g. a benchmark's gold toponyms) resolved together in their article's context."""
        from app.extract.resolve import spots_for_spans

        doc = segment(article.text, article.title)
        spots = spots_for_spans(doc, spans, self.spotter.spot(doc))
        return {(r.spot.start, r.spot.end): r.cand for r in self.resolver.resolve(article.text, spots)}

    def events(self, article: Article) -> list[Event]:
        from app.extract.events import code_events

        return code_events(self.parse(article), self.geocoder)

    def claims(self, article: Article) -> list[dict[str, Any]]:
        from app.extract.claims import distance_claims

        return distance_claims(self.parse(article), self.geocoder)


_extractors: dict[int, Extractor] = {}


def _extractor(geocoder: Geocoder) -> Extractor:
    ex = _extractors.get(id(geocoder))
    if ex is None or ex.geocoder is not geocoder:
        ex = _extractors[id(geocoder)] = Extractor(geocoder)
    return ex


def geoparse(article: Article, geocoder: Geocoder) -> list[Mention]:
    return _extractor(geocoder).geoparse(article)


def extract_events(article: Article, geocoder: Geocoder) -> list[Event]:
    return _extractor(geocoder).events(article)


def find_claims(article: Article, geocoder: Geocoder) -> list[dict[str, Any]]:
    return _extractor(geocoder).claims(article)
