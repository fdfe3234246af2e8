"""app.extract: article text -> toponym mentions (resolved in context) -> ACLED-coded events."""

from __future__ import annotations

from app.extract.model import Article, Event, Mention
from app.extract.pipeline import Extractor, extract_events, find_claims, geoparse

__all__ = ["Article", "Event", "Extractor", "Mention", "extract_events", "find_claims", "geoparse"]
