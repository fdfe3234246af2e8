"""JSON inlined in <script>: <, > and & never appear raw, and the JSON value is unchanged."""

from __future__ import annotations

import json

from app.htmljson import json_for_script


def test_markup_in_strings_is_escaped_and_the_value_survives():
    value = {"title": "<!--<script>alert(1)</script>", "outlet": "R&D > wire", "sep": "a\u2028b"}
    text = json_for_script(value)
    assert not set("<>&\u2028") & set(text)
    assert json.loads(text) == value
