"""An act a sentence recalls at another place ('..., two days after a drone strike on Sloviansk killed five') is
its own event: its own type, toll and day (counted back from the sentence's own act)."""

from __future__ import annotations

import pytest
from wire import events, is_at

from app.extract import Extractor

KRAMATORSK = (48.72, 37.56)
SLOVIANSK = (48.85, 37.60)


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


def _at(found, where):
    (e,) = [e for e in found if is_at(e, *where, within_km=8)]
    return e


def test_the_recalled_strike_keeps_its_own_toll_type_and_day(extractor):
    found = events(
        extractor,
        "A Russian missile hit a railway depot in Kramatorsk on Thursday, wounding three workers, two days after "
        "a drone strike on a bus in Sloviansk killed five passengers.",
        published="2025-12-19",
    )
    kramatorsk, sloviansk = _at(found, KRAMATORSK), _at(found, SLOVIANSK)
    assert (kramatorsk.event_date, kramatorsk.fatalities, kramatorsk.injured) == ("2025-12-18", None, 3)
    assert kramatorsk.sub_event_type == "Shelling/artillery/missile attack"
    assert (sloviansk.event_date, sloviansk.fatalities) == ("2025-12-16", 5)
    assert sloviansk.sub_event_type == "Air/drone strike"


def test_a_recalled_strike_with_its_own_date_keeps_that_date(extractor):
    found = events(
        extractor,
        "A Russian missile hit a railway depot in Kramatorsk on Thursday, wounding three workers, a week after a "
        "strike on Sloviansk on Dec. 10 killed five people.",
        published="2025-12-19",
    )
    assert _at(found, SLOVIANSK).event_date == "2025-12-10"
