"""app.regex_cache: a pattern served from the cache is the pattern `re` builds (same code, flags and groups, same
matches), a new process reads what the last one wrote, and a bad file or the off switch leaves plain `re`."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app import regex_cache

ROOT = Path(__file__).resolve().parents[1]

# the kinds of pattern app's modules compile: lexicon alternations, named groups, look-behinds, scoped flags,
# verbose layout, conditionals, unicode quotes and dashes
PATTERNS = [
    (r"\b(?:killed|killing|dead|died|wounded|injur(?:ed|ing|ies))\b", re.I),
    (r"(?<!has\s)(?<!have\s)\b(?:struck|hit)\s+(?:[\w’'\-]+\s+){0,5}?(?:depots?|bases?)\b", re.I),
    (r"(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>km|kilometres|miles?)\b(?=[\s,.;])", 0),
    (r"^\s*(?:,\s*)?in\s+the\s+(?:[a-z\-]+\s+){0,2}(?:region|oblast)\b", re.I | re.M),
    (r"(?i:the\s+village\s+of)\s+(?P<name>[A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+)*", 0),
    (
        r"""(?P<open>\()?  # an optional bracket
         \d{1,2}\s+(?:Jan|Feb|Mar)\w*\.?   # day and month
         (?(open)\))""",
        re.X,
    ),
    (r"[\u2010\u2011\u2013\u2014-]+\s*$|^\W*$", re.S),
]
TEXTS = [
    "Two people were killed and 11 injured when missiles struck fuel depots near the city, officials said.",
    "A drone hit the base 25 km from the border; it has hit bases before.",
    "Forces advanced, in the southern region of Zaporizhzhia,\n in the eastern oblast, too.",
    "Shelling of the village of Velyka Novosilka (12 Mar.) and 3 February –",
]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_cached_pattern_is_the_one_re_builds(pattern, flags):
    plain = regex_cache._original(pattern, flags)
    compiled, entry = regex_cache._compile(pattern, flags)
    served = regex_cache._build(pattern, entry)
    for p in (compiled, served):
        assert p == plain  # Pattern equality compares the compiled code, the flags and the text
        assert (p.flags, p.groups, dict(p.groupindex)) == (plain.flags, plain.groups, dict(plain.groupindex))
        for text in TEXTS:
            assert [m.span() for m in p.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert [m.groupdict() for m in p.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]


def test_every_pattern_app_has_compiled_is_served_as_re_builds_it():
    if not regex_cache._installed_at:
        pytest.skip("the regex cache is not installed in this Python")
    # every module of app imported, so that every pattern compiled at import is among those checked
    import app

    for mod in pkgutil.walk_packages(app.__path__, "app."):
        importlib.import_module(mod.name)
    seen = {**regex_cache._stored, **regex_cache._fresh}
    assert len(seen) > 500
    for (pattern, flags), entry in seen.items():
        assert regex_cache._build(pattern, entry) == regex_cache._original(pattern, flags), pattern


def _run(code: str, cache: Path, **env: str) -> str:
    script = textwrap.dedent(f"""
        from pathlib import Path
        import re
        from app import regex_cache as rc
        rc.uninstall()
        installed = rc.install(Path({str(cache)!r}))
        {textwrap.indent(textwrap.dedent(code), " " * 8).strip()}
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env={**os.environ, **env},
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return done.stdout.strip()


def test_a_new_process_serves_what_the_last_one_wrote(tmp_path):
    cache = tmp_path / "regex.marshal"
    # compiled by a module of app (its patterns are the ones kept), then written at exit
    first = _run(
        """
        from app.extract.events.lexicons import _REGEX_SYNTAX
        print(installed, len(rc._stored), (_REGEX_SYNTAX.pattern, 0) in rc._fresh)
        """,
        cache,
    )
    assert first == "True 0 True"
    assert cache.is_file()
    second = _run(
        """
        from app.extract.events.lexicons import _REGEX_SYNTAX
        key = (_REGEX_SYNTAX.pattern, 0)
        print(installed, key in rc._stored, key in rc._fresh, _REGEX_SYNTAX == rc._original(*key))
        """,
        cache,
    )
    assert second == "True True False True"


def test_patterns_compiled_outside_app_are_not_kept(tmp_path):
    out = _run(
        """
        re.compile(r"not\\s+app's\\s+(pattern)")
        print(len(rc._fresh))
        """,
        tmp_path / "regex.marshal",
    )
    assert out == "0"


def test_a_damaged_cache_file_is_ignored(tmp_path):
    cache = tmp_path / "regex.marshal"
    cache.write_bytes(b"\x00not marshal at all")
    out = _run(
        """
        p = re.compile(r"(?P<x>\\d+)\\s*km", re.I)
        print(installed, len(rc._stored), p.match("12 KM").group("x"))
        """,
        cache,
    )
    assert out == "True 0 12"


def test_the_off_switch_leaves_plain_re(tmp_path):
    out = _run(
        "print(installed, re._compiler.compile is rc._original)",
        tmp_path / "r",
        CONFLICTMAP_REGEX_CACHE="off",
    )
    assert out == "False True"
