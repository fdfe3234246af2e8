"""app.extract.pipeline: the Extractor ties segmentation, spotting, resolution and event coding together."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from app.extract.lexicon import ensure_lexicon
from app.extract.merge import Merger, flag_metonymy
from app.extract.model import Article, Event, Mention
from app.extract.ner import Recogniser
from app.extract.ner import load as load_ner
from app.extract.ner_process import HelperRecogniser
from app.extract.resolve import Resolved, Resolver, to_mention
from app.extract.segment import Document, segment
from app.extract.spot import Spotter
from app.extract.venues import anchor_venues, find_venues, is_venue_name, settle_parts, venue_spot
from app.geocode import Candidate, Geocoder
from app.settings import Settings


@dataclass(slots=True)
class Parsed:
    article: Article
    doc: Document
    resolved: list[Resolved]  # literal places only
    mentions: list[Mention]  # one per resolved
    flagged: list[Mention] = field(default_factory=list)  # adjectival or metonymic: reported, never events
    venues: list[Mention] = field(default_factory=list)  # streets and buildings at their town: never events


MAX_NER_CHARS = 20_000

_paused = 0
_paused_lock = threading.Lock()
_was_enabled = False
_off_since = 0.0
# Overlapping extractions (a busy server's compute threads) could keep the collector off indefinitely: a pause
# that ends after it has been off this long collects once, so that cyclic garbage stays bounded.
MAX_COLLECTOR_PAUSE_S = 60.0


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while an article is processed. Extraction allocates a few small
    objects per word and per place (a hostile megabyte: millions) and frees them by reference counting; each
    full collection meanwhile walks every live one, which cost a quarter of the time on a megabyte of names.
    Nesting and concurrent extractions (the server's compute threads) are counted: the collector comes back
    on when the last one ends (or collects once, past MAX_COLLECTOR_PAUSE_S, while others still run)."""
    global _paused, _was_enabled, _off_since
    with _paused_lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            _off_since = time.monotonic()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        collect = False
        with _paused_lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
            elif _paused > 0 and _was_enabled and time.monotonic() - _off_since > MAX_COLLECTOR_PAUSE_S:
                _off_since = time.monotonic()
                collect = True
        if collect:
            gc.collect()


class Extractor:
    """Reusable: holds the geocoder and the lexicon, processes one article at a time."""

    def __init__(
        self, geocoder: Geocoder, settings: Settings | None = None, recogniser: HelperRecogniser | None = None
    ) -> None:
        """`recogniser`: the model in a helper process (app.extract.ner_process) instead of in this one."""
        self.geocoder = geocoder
        self.lexicon = ensure_lexicon(geocoder.gaz.index_dir)
        self.spotter = Spotter(geocoder.gaz, self.lexicon)
        self.resolver = Resolver(geocoder)
        self.merger = Merger(self.spotter)
        self.ner_setting = (settings or Settings()).ner_model
        # False: not loaded yet (loaded on the first article)
        self._ner: Recogniser | HelperRecogniser | None | bool = recogniser or False
        self._last: dict[tuple, Parsed] = {}

    def plan(self, articles: list[Article]) -> None:
        """The articles about to be parsed, in order: a helper process runs the model ahead on them."""
        if isinstance(self._ner, HelperRecogniser):
            self._ner.plan([a.text[:MAX_NER_CHARS] for a in articles])

    def parse(self, article: Article) -> Parsed:
        # geoparse, events and claims of one article share one parse
        key = (article.id, article.published, hash(article.text), article.title)
        hit = self._last.get(key)
        if hit is not None:
            return hit
        with collector_paused():
            parsed = self._parse(article)
        if len(self._last) >= 8:
            self._last.pop(next(iter(self._last)))
        self._last[key] = parsed
        return parsed

    def _parse(self, article: Article) -> Parsed:
        doc = segment(article.text, article.title)
        spots, entities = self._recognise(doc)
        resolved = self.resolver.resolve(article.text, spots)
        flag_metonymy(article.text, resolved)
        # Adjectives ("Turkish") and governments ("Moscow said") are reported, but the event and claim
        # coders only ever see literal places.
        literal = [r for r in resolved if not (r.spot.adjectival or r.spot.metonymic)]
        flagged = [to_mention(article.id, r) for r in resolved if r.spot.adjectival or r.spot.metonymic]
        placed = anchor_venues(article.text, find_venues(doc, spots, entities), literal, self.geocoder)
        # a town's name read inside a street's or a building's name was not the town
        placed, literal = settle_parts(placed, literal)
        venues = [to_mention(article.id, r) for r in placed]
        alts: dict = {}  # while `literal` holds the candidates its keys are the ids of
        mentions = [to_mention(article.id, r, alts) for r in literal]
        return Parsed(article, doc, literal, mentions, flagged, venues)

    @property
    def ner(self) -> Recogniser | HelperRecogniser | None:
        if self._ner is False:
            self._ner = load_ner(self.ner_setting)
        return self._ner

    def spot(self, doc: Document):
        """Recognition: the gazetteer spotter, the model's entities, and their merge."""
        return self._recognise(doc)[0]

    def _recognise(self, doc: Document):
        spots, people = self.spotter.spot_with_people(doc)
        ner = self.ner
        # The model costs ten times what the rules do: it reads the first MAX_NER_CHARS of an article (every
        # real article whole); past that the gazetteer rules alone keep a hostile megabyte bounded.
        entities = ner.entities(doc.text[:MAX_NER_CHARS]) if ner is not None else None
        return self.merger.merge(doc, spots, people, entities), entities

    def geoparse(self, article: Article) -> list[Mention]:
        parsed = self.parse(article)
        if not parsed.flagged and not parsed.venues:
            return parsed.mentions
        return sorted([*parsed.mentions, *parsed.flagged, *parsed.venues], key=lambda m: m.start)

    def resolve_spans(
        self, article: Article, spans: list[tuple[int, int]]
    ) -> dict[tuple[int, int], Candidate]:
        """Given spans (e.g. a benchmark's gold toponyms) resolved together in their article's context."""
        from app.extract.resolve import spots_for_spans

        doc = segment(article.text, article.title)
        spots = spots_for_spans(doc, spans, self.spot(doc))
        resolved = self.resolver.resolve(article.text, spots, spans_given=True)
        out = {(r.spot.start, r.spot.end): r.cand for r in resolved}
        # a street or a building the gazetteer lacks ("Royal Street") is placed as the extraction places it, at
        # its town rather than at the region the article is about
        venues = [
            venue_spot(s) for s in spots if is_venue_name(s.surface) and _unplaced(out.get((s.start, s.end)))
        ]
        for r in anchor_venues(article.text, venues, resolved, self.geocoder):
            out[(r.spot.start, r.spot.end)] = r.cand
        return out

    def events(self, article: Article) -> list[Event]:
        from app.extract.events import code_events

        parsed = self.parse(article)
        with collector_paused():
            return code_events(parsed, self.geocoder)

    def claims(self, article: Article) -> list[dict[str, Any]]:
        from app.extract.claims import distance_claims

        parsed = self.parse(article)
        with collector_paused():
            return distance_claims(parsed, self.geocoder)


def _unplaced(c: Candidate | None) -> bool:
    """No candidate, or only the region the article is about standing in for a name the gazetteer lacks."""
    return c is None or (c.kind == "region" and c.stands_in)


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
