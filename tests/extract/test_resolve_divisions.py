"""US second-level divisions as local news writes them (app.extract.qualifiers, app.extract.resolve): bare names
before a plural generic word ("Tangipahoa and Livingston parishes") are the divisions, not towns of that name."""

from __future__ import annotations

from wire import article, extractor_in_both_modes  # noqa: F401 (the extractor fixture, both modes)


def _resolve(extractor, text: str, names: list[str]):
    spans = {}
    for n in names:
        a = text.index(n)
        spans[n] = (a, a + len(n))
    got = extractor.resolve_spans(article(text), list(spans.values()))
    return {n: got.get(sp) for n, sp in spans.items()}


TEXT = (
    "Flooding closed roads in Tangipahoa and Livingston parishes on Monday, and two Ohio counties reported damage "
    "from the same storm, forecasters said."
)


def test_names_before_a_plural_division_word_are_the_divisions(extractor):
    got = _resolve(extractor, TEXT, ["Tangipahoa", "Livingston", "Ohio"])
    for name in ("Tangipahoa", "Livingston"):
        c = got[name]
        assert c is not None and c.name == f"{name} Parish" and c.admin1 == "Louisiana", (name, c)


def test_a_state_before_the_plural_is_the_state_whose_divisions_they_are(extractor):
    c = _resolve(extractor, TEXT, ["Tangipahoa", "Livingston", "Ohio"])["Ohio"]
    assert (c.kind, c.admin1) == ("region", "Ohio"), (c.name, c.kind, c.admin1)


def test_counties_of_a_list_take_the_state_they_share(extractor):
    # Forsyth and Dawson counties exist in several states; only Georgia has all three
    text = "School boards in Forsyth, Dawson and Lumpkin counties will vote on the new calendar in May."
    got = _resolve(extractor, text, ["Forsyth", "Dawson", "Lumpkin"])
    for name, c in got.items():
        assert c is not None and c.kind == "other" and c.admin1 == "Georgia", (name, c)
