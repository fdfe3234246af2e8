"""app.extract: article text -> toponym mentions (resolved in context) -> ACLED-coded events."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.extract.model import Article, Event, Mention

if TYPE_CHECKING:
    from app.extract.pipeline import Extractor, extract_events, find_claims, geoparse

__all__ = ["Article", "Event", "Extractor", "Mention", "extract_events", "find_claims", "geoparse"]
_PIPELINE = frozenset({"Extractor", "extract_events", "find_claims", "geoparse"})


def __getattr__(name: str):
    # The pipeline (gazetteer, spotter, coders) is imported on first use, not with the package: a module of
    # it such as app.extract.ner_process or app.extract.reader is then cheap to import on its own (the CLI
    # starts the NER model's helper process before anything else).
    if name in _PIPELINE:
        from app.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'app.extract' has no attribute {name!r}")
