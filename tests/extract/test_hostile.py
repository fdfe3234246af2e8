"""Extraction in bounded time on hostile text: a megabyte of each pattern that used to cost quadratic time
(one long token, one endless sentence, place chains, ...) must finish well within a generous timeout. The
timings themselves are a benchmark (tests/benchmarks/bench_hostile.py, `make bench`); this only makes a
regression back to quadratic time fail CI."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from hostile import GENERATORS  # noqa: E402

from app.extract import Article, Extractor  # noqa: E402
from app.extract.reader import MAX_TEXT_CHARS  # noqa: E402

pytestmark = pytest.mark.slow
# Every generator `make bench` times (hostile.GENERATORS): a megabyte of each takes 0.3-3.2 s of CPU.
SUITE_CASES = tuple(GENERATORS)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


# At least 10x the 1 MB benchmark figures (0.9-11.3 s wall at load 11-15 on the 2-core box, 0.3-3.2 s CPU;
# README, "Bounded extraction").
@pytest.mark.timeout(400)
@pytest.mark.parametrize("name", SUITE_CASES)
def test_a_megabyte_of_hostile_text_is_extracted_in_bounded_time(extractor, name):
    text = GENERATORS[name](MAX_TEXT_CHARS)
    assert len(text) == MAX_TEXT_CHARS
    article = Article(id=f"hostile-{name}", text=text, published="2025-11-03")
    events = extractor.events(article)
    claims = extractor.claims(article)
    assert isinstance(events, list) and isinstance(claims, list)
    for e in events:  # whatever was found is still a well-formed event of this article
        assert e.article == article.id and -90 <= e.lat <= 90
