"""English counties named bare in a British story: the ceremonial county (no GeoNames unit of its own) and
historic Yorkshire are found and placed in England, not at an American town of the same name."""

from __future__ import annotations

from wire import extractor_in_both_modes, mentions  # noqa: F401 (the extractor fixture, both modes)


def test_bare_english_counties_resolve_in_england(extractor):
    text = (
        "Flood warnings stayed in place across Yorkshire and Berkshire on Monday after two days of rain, "
        "and police in Northamptonshire closed the A43 near Kettering, the Environment Agency said."
    )
    got = {m.text: m for m in mentions(extractor, text)}
    for name in ("Yorkshire", "Berkshire", "Northamptonshire"):
        assert name in got, (name, sorted(got))
        assert got[name].country_code == "GB", (name, got[name].name, got[name].country_code)
