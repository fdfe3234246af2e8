"""app.gazetteer: every known place and its names, built once into an on-disk index."""

from __future__ import annotations

import threading
from pathlib import Path

from app.gazetteer.gazetteer import Gazetteer
from app.gazetteer.index import build_index, ensure_index
from app.gazetteer.normalize import normalize, strip_phrase, variant_key
from app.settings import Settings

__all__ = [
    "Gazetteer",
    "build_index",
    "ensure_index",
    "load_gazetteer",
    "normalize",
    "strip_phrase",
    "variant_key",
]

_cache: dict[Path, Gazetteer] = {}
_lock = threading.Lock()


def load_gazetteer(settings: Settings | None = None) -> Gazetteer:
    """The gazetteer for these settings, built on first use and shared within the process."""
    settings = settings or Settings()
    index_dir = Path(settings.index_dir)
    with _lock:
        gaz = _cache.get(index_dir)
        if gaz is None:
            ensure_index(index_dir)
            gaz = _cache[index_dir] = Gazetteer(index_dir)
        return gaz
