"""The one article-record validator: what it accepts, what it refuses and how it names the field."""

from __future__ import annotations

import pytest

from app.errors import InvalidQuery
from app.extract.reader import MAX_TEXT_CHARS, ArticleTooLarge, article_from_record, parse_articles

GOOD = {
    "id": "wire-1",
    "text": "Shelling hit Nikopol overnight, the regional governor said.",
    "published": "2025-11-03",
}


@pytest.mark.parametrize(
    "change, field, words",
    [
        ({"text": "Shelling hit\x00 Nikopol."}, "text", "U+0000"),
        ({"id": "wire\x00-1"}, "id", "U+0000"),
        ({"title": "Night \x1b[31mattack"}, "title", "U+001B"),
        ({"outlet": "Wire\x07"}, "outlet", "U+0007"),
        ({"url": "https://example.org/\x00"}, "url", "U+0000"),
        ({"text": "Page one\x0cpage two"}, "text", "U+000C"),
        ({"published": "2025-11-03T08:00:00Z"}, "published", "YYYY-MM-DD"),
        ({"published": "2025-W45-1"}, "published", "YYYY-MM-DD"),
        ({"published": "2025-02-30"}, "published", "YYYY-MM-DD"),
        ({"published": ""}, "published", "YYYY-MM-DD"),
        ({"text": "   \n"}, "text", "non-empty"),
        ({"id": "x" * 300}, "id", "longer than 256"),
        ({"title": 7}, "title", "string or null"),
    ],
)
def test_refusals_name_the_field(change, field, words):
    with pytest.raises(InvalidQuery) as caught:
        article_from_record({**GOOD, **change}, where="in.jsonl line 4")
    assert caught.value.param == field
    assert str(caught.value).startswith("in.jsonl line 4: ")
    assert words in str(caught.value)


def test_tabs_newlines_and_cp1252_dashes_are_kept():
    text = "Kupiansk\tunder fire\r\nShelling continued \x96 officials said."
    assert article_from_record({**GOOD, "text": text}).text == text


def test_the_maximum_article_size_is_its_own_refusal():
    article_from_record({**GOOD, "text": "a" * MAX_TEXT_CHARS})
    with pytest.raises(ArticleTooLarge) as caught:
        article_from_record({**GOOD, "text": "a" * (MAX_TEXT_CHARS + 1)})
    assert caught.value.param == "text"


def test_one_object_an_array_and_json_lines_read_alike():
    other = {**GOOD, "id": "wire-2"}
    one = b'{"id": "wire-1", "text": "Shelling hit Nikopol."}'
    assert [a.id for a in parse_articles(one)] == ["wire-1"]
    import orjson

    assert [a.id for a in parse_articles(orjson.dumps([GOOD, other]))] == ["wire-1", "wire-2"]
    assert [a.id for a in parse_articles(orjson.dumps(GOOD) + b"\n\n" + orjson.dumps(other))] == [
        "wire-1",
        "wire-2",
    ]


@pytest.mark.parametrize("body", [b"", b"  \n", b"[]"])
def test_no_records_is_a_refusal(body):
    with pytest.raises(InvalidQuery, match="no article records"):
        parse_articles(body, source="in.jsonl")
