"""One Extractor per test module, over the session's gazetteer and geocoder."""

from __future__ import annotations

import pytest

from app.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)
