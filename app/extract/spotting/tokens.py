"""Words of a sentence and the runs of capitalised words that may name a place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.segment import Sentence
from app.gazetteer import Gazetteer, normalize

# "St. Louis", "Mt. Hood", "Ft. Worth": the abbreviated generic word keeps its dot, so the name is one run
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|(?:S[Tt]e?|M[Tt]|F[Tt])\.(?=\s+[A-Z])|[^\W\d_](?:[\w]|[’'\-](?=\w))*", re.UNICODE
)
_POSS = re.compile(r"[’']s?$")
_HYPHEN_SUFFIX = re.compile(
    r"^(.+?)-(based|led|backed|flagged|allied|born|occupied|held|controlled|era|bound|made|built|registered|"
    r"linked|friendly|leaning|style|type|class|area)$",
    re.I,
)
# Lower-case words inside a place name: "Frankfurt am Main", "Castel del Monte", "Newcastle upon Tyne".
_CONNECTORS = {
    "of",
    "upon",
    "de",
    "del",
    "da",
    "do",
    "di",
    "la",
    "le",
    "al",
    "el",
    "am",
    "an",
    "der",
    "den",
    "du",
}
_SHOUTED = re.compile(r"^[A-Z]{3,}$")
_GAP_OK = re.compile(r"^[ \t\u00a0]*$")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str


def _tokens(sent: Sentence, gaz: Gazetteer | None = None) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(sent.text):
        a, b = sent.start + m.start(), sent.start + m.end()
        t = m.group(0)
        hs = _HYPHEN_SUFFIX.match(t) if "-" in t else None  # most words have no hyphen to look at
        if hs and hs.group(1)[:1].isupper():
            # "Panama-flagged", "Kyiv-based": the place is the part before the hyphen
            out.append(_Tok(a, a + len(hs.group(1)), hs.group(1)))
            out.append(_Tok(a + len(hs.group(1)) + 1, b, hs.group(2)))
            continue
        parts = t.split("-")
        if len(parts) == 2 and all(p[:1].isupper() for p in parts) and _two_names(gaz, t, parts):
            # "Russia-Ukraine war", "Trump-Zelenskyy talks": two names joined, not one name
            out.append(_Tok(a, a + len(parts[0]), parts[0]))
            out.append(_Tok(a + len(parts[0]) + 1, b, parts[1]))
            continue
        out.append(_Tok(a, b, t))
    return out


def _two_names(gaz: Gazetteer | None, token: str, parts: list[str]) -> bool:
    if gaz is None:
        return False
    return not gaz.has_name(normalize(token)) and all(
        len(p) >= 3 and gaz.has_name(normalize(p)) for p in parts
    )


def _is_cap(t: str) -> bool:
    return t[:1].isupper() or ("-" in t and _ARTICLE_NAME.match(t) is not None)


# An Arabic article joined to a capitalised name is part of it: "Deir al-Balah", "Deir ez-Zor", "el-Arish"
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ez|an|ed|er|es|et)-[A-Z]")


def _runs(text: str, toks: list[_Tok]) -> list[list[_Tok]]:
    """Maximal runs of capitalised tokens joined only by spaces (and lowercase name connectors)."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for i, tok in enumerate(toks):
        if cur:
            gap = text[cur[-1].end : tok.start]
            joined = _GAP_OK.match(gap) is not None and not _POSS.search(cur[-1].text)
            if joined and _SHOUTED.match(tok.text) and not cur[-1].text.isupper():
                joined = False  # "Associated Press BOSTON (AP) -": a byline, then the dateline
        else:
            joined = False
        if _is_cap(tok.text):
            if not joined and cur:
                runs.append(_trim(cur))
                cur = []
            cur.append(tok)
        elif (
            tok.text.lower() in _CONNECTORS
            and cur
            and joined
            and i + 1 < len(toks)
            and _is_cap(toks[i + 1].text)
        ):
            cur.append(tok)
        else:
            if cur:
                runs.append(_trim(cur))
            cur = []
    if cur:
        runs.append(_trim(cur))
    return [r for r in runs if r]


def _trim(run: list[_Tok]) -> list[_Tok]:
    while run and not _is_cap(run[-1].text):
        run = run[:-1]
    return run
