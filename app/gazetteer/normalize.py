"""app.gazetteer.normalize: the keys names are indexed and looked up under.

Two levels: `normalize` is what a careful human would call "the same spelling" (case, diacritics,
apostrophes, hyphens); `variant_key` folds the differences between romanisation systems
(Kostyantynivka / Kostiantynivka, Kharkov / Kharkiv, Hulyaypole / Huliaipole), so it is only used
after exact matching has failed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "'\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\u02bb"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212_/"
_DROP = str.maketrans({c: None for c in _APOSTROPHES + '.,()"\u201c\u201d'})
_SPACE = str.maketrans({c: " " for c in _DASHES})
_WS = re.compile(r"\s+")

# Leading phrases that wire copy puts before a place name: "the village of Ivanivka".
_PREFIX = re.compile(
    r"^(?:the\s+)?(?:(?:frontline|front-line|eastern|southern|northern|western|central|occupied|"
    r"embattled|strategic|industrial|key|logistics|logistical|port|resort)\s+(?!of\b))*"
    r"(?:(?:village|town|city|settlement|hamlet|urban-type settlement|port city|port|region|"
    r"district|community|municipality|hub)\s+of\s+)?",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])$")
# The first word of every phrase _PREFIX can strip; any other first word means there is nothing to strip.
_PREFIX_FIRST_WORDS = frozenset(
    [
        "the",
        "frontline",
        "front-line",
        "eastern",
        "southern",
        "northern",
        "western",
        "central",
        "occupied",
        "embattled",
        "strategic",
        "industrial",
        "key",
        "logistics",
        "logistical",
        "port",
        "resort",
        "village",
        "town",
        "city",
        "settlement",
        "hamlet",
        "urban-type",
        "region",
        "district",
        "community",
        "municipality",
        "hub",
    ]
)


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Case-, accent-, apostrophe- and hyphen-insensitive form. Cyrillic stays Cyrillic."""
    if name.isascii():  # most names: no accents to decompose (same result, a tenth of the time)
        s = name
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.translate(_DROP).translate(_SPACE).lower()
    s = _WS.sub(" ", s).strip()
    if s.startswith("st "):
        s = "saint " + s[3:]  # "St. Petersburg", "St Petersburg" -> "saint petersburg"
    return s


def strip_phrase(query: str) -> str:
    """'the village of Ivanivka' -> 'Ivanivka'; "Kharkiv's" -> 'Kharkiv'."""
    q = query.strip()
    # Cheap tests first: most queries are a bare name and need neither regex.
    first = q.split(None, 1)[0].lower() if q else ""
    if first in _PREFIX_FIRST_WORDS:
        m = _PREFIX.match(q)
        if m and m.end() < len(q) and m.group(0).strip():
            q = q[m.end() :]
    if q.endswith(("s", "'", "\u2019")):
        q = _POSSESSIVE.sub("", q)
    return q.strip()


# Countries whose place names reach English through several romanisations: Cyrillic and Caucasian scripts
# (Kostiantynivka, Kostyantynivka) and Arabic script (Hodeidah, Hodeida; Deir al-Balah, Deir el Balah). A
# variant spelling is taken for a place of these countries; elsewhere it is more likely a coincidence.
ROMANISED_COUNTRIES = frozenset(
    {"UA", "RU", "BY", "MD", "KZ", "GE", "AM", "AZ", "KG", "TJ", "UZ", "TM", "BG", "RS", "MK"}
    | {
        "AE",
        "BH",
        "DZ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SD",
        "SY",
        "TN",
        "YE",
    }
    | {"AF", "IR", "PK"}
)

_VARIANT_RULES = (
    # Arabic romanisations: the article as al or el (Deir al-Balah / Deir el Balah), a final -ah or -a
    # (Hodeidah / Hodeida); before the kh rule, which would make a new final h of "...akh"
    (re.compile(r"\bel\b"), "al"),
    (re.compile(r"(?<=[aeiou])h\b"), ""),
    (re.compile(r"kh"), "h"),
    (re.compile(r"g"), "h"),  # Russian g <-> Ukrainian h (Gorlovka / Horlivka)
    (re.compile(r"w"), "v"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"(?:ov|ev|iv)(?=ka\b|sk\b|\b)"), "iv"),  # -ovka / -ivka, Kharkov / Kharkiv
    (re.compile(r"(?:ye|ie|je)(?=\b)"), "e"),  # Zaporozhye / Zaporizhzhie endings
    (re.compile(r"[yji]+"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"\s+"), ""),
)


@lru_cache(maxsize=200_000)
def variant_key(name: str) -> str:
    """Romanisation-folded key of an already normalized Latin name."""
    s = name
    for pattern, repl in _VARIANT_RULES:
        s = pattern.sub(repl, s)
    return s


def is_cyrillic(s: str) -> bool:
    return not s.isascii() and any("\u0400" <= ch <= "\u04ff" for ch in s)


def is_latin(s: str) -> bool:
    return s.isascii() or all(ord(ch) < 0x250 or ch in _APOSTROPHES or unicodedata.combining(ch) for ch in s)
