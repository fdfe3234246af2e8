"""app.extract.events.lexicons: the word lists of event coding, read from lexicons/*.yaml.

The lists are data so that a newcomer can teach the coder a new weapon, victim noun or belligerent without
touching code. An entry is either a plain phrase (matched as written, any white space between its words)
or a regular-expression fragment (anything with regex syntax is used as written).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).with_name("lexicons")
_REGEX_SYNTAX = re.compile(r"[\\()\[\]?*+|{}^$]")


@cache
def load(name: str) -> dict[str, Any]:
    """One lexicon file (without its .yaml suffix) as plain data."""
    with (LEXICON_DIR / f"{name}.yaml").open(encoding="utf-8") as fh:
        # libyaml's C loader when the wheel has it: the pure-Python one costs ~0.1 s of every fresh process
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


def fragment(entry: str) -> str:
    """A lexicon entry as a regular-expression fragment."""
    entry = str(entry).strip()
    if _REGEX_SYNTAX.search(entry):
        return entry
    return r"\s+".join(re.escape(word) for word in entry.split())


def alternation(entries: list[str]) -> str:
    """Entries as one alternation, in the order the file lists them."""
    return "|".join(fragment(e) for e in entries)


def words(name: str, key: str) -> list[str]:
    return list(load(name)[key])


def word_pattern(name: str, key: str, *, flags: int = re.I) -> re.Pattern[str]:
    r"""\b(entry|entry|...)\b over one list of one lexicon file."""
    return re.compile(rf"\b({alternation(words(name, key))})\b", flags)
