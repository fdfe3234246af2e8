"""Place stage: a place named only in a clause that describes another place of the act is no event place."""

from __future__ import annotations

import pytest
from wire import events

from app.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder) -> Extractor:
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's General Staff said its drones had struck the Ryazan refinery, which supplies fuel to Moscow.",
        "Ukrainian drones hit the Novokuibyshevsk refinery in the Samara region overnight, the General Staff said, "
        "a plant which processes crude for export through the port of Novorossiysk.",
        "Russian missiles struck a gas compressor station near Poltava, whose pipelines carry gas to Kyiv, the "
        "operator said on Tuesday.",
    ],
)
def test_a_place_in_a_clause_describing_the_target_is_no_event(extractor, text):
    found = events(extractor, text)
    assert len(found) == 1, [(e.location, e.event_type) for e in found]


def test_a_which_clause_that_tells_its_own_act_keeps_its_place(extractor):
    text = (
        "Russian drones struck Kharkiv overnight, injuring four people, and shelled Kupiansk, which Ukrainian "
        "forces retook last month, killing a man."
    )
    found = events(extractor, text)
    assert len(found) == 2, [(e.location, e.event_type) for e in found]
