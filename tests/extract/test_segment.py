"""Segmentation: an article becomes title, headings, bullets, paragraphs and captions, then sentences,
and every piece keeps its character offsets into the original text."""

from __future__ import annotations

import pytest

from app.extract.segment import segment

TITLE = "Drones over the south: what we know on day 300"
BRIEFING = f"""{TITLE}

Here is where things stand on Thursday.

Fighting

• Russian troops pushed toward Huliaipole overnight. Two soldiers were hurt.
- A drone hit a grain silo in Izmail.
1. Guided bombs struck a depot in Kostiantynivka.

Diplomacy

Envoys met in Geneva on Monday. "We are close," one diplomat said. Another disagreed.

Rescuers clear rubble in Odesa after the strike. [Photo by Jane Roe/Test Wire]
Recommended Stories
"""


@pytest.fixture(scope="module")
def doc():
    return segment(BRIEFING, TITLE)


def kinds(doc) -> list[str]:
    return [b.kind for b in doc.blocks]


def test_first_line_matching_the_title_is_the_title_block(doc):
    assert doc.blocks[0].kind == "title"
    assert doc.blocks[0].text == TITLE


def test_short_capitalised_lines_are_headings(doc):
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings == ["Fighting", "Diplomacy"]


def test_blocks_under_a_heading_carry_its_section(doc):
    bullets = [b for b in doc.blocks if b.kind == "bullet"]
    assert {b.section for b in bullets} == {"Fighting"}
    after = [b for b in doc.blocks if b.kind == "paragraph" and "Geneva" in b.text]
    assert after[0].section == "Diplomacy"


def test_bullet_markers_dot_dash_and_number_start_bullets_without_the_marker(doc):
    bullets = [b.text for b in doc.blocks if b.kind == "bullet"]
    assert bullets == [
        "Russian troops pushed toward Huliaipole overnight. Two soldiers were hurt.",
        "A drone hit a grain silo in Izmail.",
        "Guided bombs struck a depot in Kostiantynivka.",
    ]


def test_prose_lines_are_paragraphs(doc):
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0] == "Here is where things stand on Thursday."
    assert paragraphs[1].startswith("Envoys met in Geneva")


def test_photo_credit_line_is_a_caption(doc):
    captions = [b for b in doc.blocks if b.kind == "caption"]
    assert len(captions) == 1 and "Odesa" in captions[0].text


def test_site_furniture_is_boilerplate_with_no_sentences(doc):
    furniture = [b for b in doc.blocks if b.kind == "boilerplate"]
    assert [b.text for b in furniture] == ["Recommended Stories"]
    assert furniture[0].sentences == []


def test_every_block_offset_points_at_its_text(doc):
    for b in doc.blocks:
        assert BRIEFING[b.start : b.end] == b.text, b


def test_every_sentence_offset_points_at_its_text(doc):
    assert len(doc.sentences) >= 10
    for s in doc.sentences:
        assert BRIEFING[s.start : s.end] == s.text, s


def test_a_bullet_splits_into_its_sentences(doc):
    first_bullet = next(b for b in doc.blocks if b.kind == "bullet")
    assert [s.text for s in first_bullet.sentences] == [
        "Russian troops pushed toward Huliaipole overnight.",
        "Two soldiers were hurt.",
    ]


def test_a_quoted_sentence_stays_whole(doc):
    para = next(b for b in doc.blocks if b.kind == "paragraph" and "Geneva" in b.text)
    assert [s.text for s in para.sentences] == [
        "Envoys met in Geneva on Monday.",
        '"We are close," one diplomat said.',
        "Another disagreed.",
    ]


def test_abbreviations_do_not_end_a_sentence():
    text = "Mr. Horvath of the U.S. delegation arrived in Warsaw on Monday. He met Gen. Kowalski at 9 a.m. on Tuesday."
    sents = segment(text, "Envoy arrives").sentences
    assert [s.text for s in sents] == [
        "Mr. Horvath of the U.S. delegation arrived in Warsaw on Monday.",
        "He met Gen. Kowalski at 9 a.m. on Tuesday.",
    ]


def test_question_and_exclamation_end_sentences():
    text = "Will the grid hold? Engineers worked through the night! Power returned by noon."
    sents = segment(text, "Grid").sentences
    assert [s.text for s in sents] == [
        "Will the grid hold?",
        "Engineers worked through the night!",
        "Power returned by noon.",
    ]


def test_offsets_survive_leading_spaces_and_windows_line_ends():
    text = "Grid report\r\n\r\n   Drones struck a substation near Sumy overnight.  Repairs began at dawn.\r\n"
    doc = segment(text, "Grid report")
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
    assert [s.text for s in doc.sentences][-2:] == [
        "Drones struck a substation near Sumy overnight.",
        "Repairs began at dawn.",
    ]


def test_dateline_place_and_date_are_read():
    text = "Port hit\n\nODESA, December 12 – A drone struck the port overnight, officials said."
    assert segment(text, "Port hit").dateline == ("ODESA", "December 12")


def test_dateline_with_country_and_abbreviated_month():
    text = "Port hit\n\nIZMAIL, Ukraine, Dec. 12 - A drone struck the port overnight, officials said."
    assert segment(text, "Port hit").dateline == ("IZMAIL, Ukraine", "Dec. 12")


def test_dateline_with_agency_after_the_date():
    text = "Port hit\n\nKYIV, March 3 (Test Wire) - A drone struck the port overnight, officials said."
    assert segment(text, "Port hit").dateline == ("KYIV", "March 3")
