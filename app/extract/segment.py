"""app.extract.segment: article text -> blocks (title, heading, bullet, paragraph, caption) -> sentences,
every piece carrying its character offsets into the original text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

# Bounded cost: later stages compare things within a block or a sentence (places of a paragraph, spans of a
# sentence), which is quadratic in the length of one. Real paragraphs stay well under these (the seed
# corpus: 816 and 439 characters); a longer line is cut into blocks, a longer sentence into pieces, at the
# last clause or word boundary before the limit, so every later stage sees units of bounded size.
MAX_BLOCK_CHARS = 2000
MAX_SENTENCE_CHARS = 600
_CLAUSE_BREAK = re.compile(r"[.!?;:,]\s|\s")

_BULLET = re.compile(r"^\s*(?:[•\u2022\u25cf\u25aa\-\*–—]|\d{1,2}[.)])\s+")
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'’\-]{2,40}(?:,\s*[A-Z][A-Za-z .]{2,30})?)\s*,?\s*"
    r"(?:\(([A-Za-z ]+)\)\s*)?(?:([A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*)?(?:\([^)]{2,30}\)\s*)?[-–—:]\s+"
)
# A sentence ends at . ! ? (optionally closed by a quote or bracket) followed by space and a capital/quote.
_SENT_END = re.compile(r"(?<=[.!?])[\"”’)\]]?\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Prof|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|vs|etc|approx|est|U\.S|U\.K|U\.N|D\.C|a\.m|p\.m|i\.e|e\.g)|\b[A-Z])\.$"
)
_CAPTION = re.compile(
    r"(?:\[[^\]]*/[^\]]*\]\s*$|\(Photo by[^)]*\)\s*$|^\s*(?:Photo|Image|File photo|Video):)", re.I
)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index of the block it belongs to


@dataclass(slots=True)
class Block:
    kind: str  # title | heading | bullet | paragraph | caption | boilerplate
    start: int
    end: int
    text: str
    section: str | None = None  # the heading above it ("Fighting", "Diplomacy")
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    text: str
    blocks: list[Block]
    dateline: tuple[str, str | None] | None = None  # (place, date text)

    @property
    def sentences(self) -> list[Sentence]:
        return [s for b in self.blocks for s in b.sentences]


_BOILERPLATE = re.compile(
    r"^(?:Recommended Stories|list of \d+ items|end of list|Advertisement|Read more|Subscribe|Sign up|Share|"
    r"Click here|Follow us|Related:|Watch:|Listen:)",
    re.I,
)


def split_sentences(text: str, offset: int, block: int) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        cut = m.start()
        # only the last word matters, and searching the whole run since `pos` would be quadratic
        head = text[max(pos, cut - 12) : cut].rstrip('"”’)]')
        if _ABBREV.search(head):
            continue
        piece = text[pos : m.start()]
        # keep a closing quote with its sentence
        closing = text[m.start() : m.end()].rstrip()
        piece_end = m.start() + len(closing)
        if piece.strip():
            out.append(_sentence(text, pos, piece_end, offset, block))
        pos = m.end()
    if text[pos:].strip():
        out.append(_sentence(text, pos, len(text), offset, block))
    return [piece for sent in out for piece in _cut_sentence(sent)]


def _cut_sentence(sent: Sentence) -> list[Sentence]:
    if len(sent.text) <= MAX_SENTENCE_CHARS:
        return [sent]
    return [
        _sentence(sent.text, a, b, sent.start, sent.block) for a, b in _pieces(sent.text, MAX_SENTENCE_CHARS)
    ]


def _pieces(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of at most `limit` characters, each cut after the last clause break (or else the
    last whitespace) in its window; a window with neither is cut hard. Linear: each window is scanned once."""
    a, n = 0, len(text)
    while n - a > limit:
        window = text[a : a + limit]
        cut = 0
        for m in _CLAUSE_BREAK.finditer(window, limit // 2):
            if m.group()[0] not in " \t\n\r" or not cut:
                cut = m.end()
        b = a + (cut or limit)
        yield a, b
        a = b
    if a < n:
        yield a, n


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for each line, lines longer than MAX_BLOCK_CHARS given as several."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        if len(raw) <= MAX_BLOCK_CHARS:
            yield pos, raw
        else:
            for a, b in _pieces(raw, MAX_BLOCK_CHARS):
                yield pos + a, raw[a:b]
        pos += len(raw)


def _sentence(text: str, a: int, b: int, offset: int, block: int) -> Sentence:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Sentence(offset + a, offset + b, text[a:b], block)


def _is_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 8
        and not re.search(r"[.!?:;,\"“”]$", line.strip())
        and line.strip()[0].isupper()
        and sum(w[0].isupper() for w in words if w[0].isalpha()) >= max(1, len(words) // 2)
        and not _BULLET.match(line)
    ) or (0 < len(words) <= 6 and not re.search(r"[.!?\"”]$", line.strip()) and line.strip()[0].isupper())


def segment(text: str, title: str | None = None) -> Document:
    """Split an article into blocks and sentences, keeping offsets into `text`."""
    blocks: list[Block] = []
    section: str | None = None
    first = True
    for line_start, raw in _lines(text):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        start = line_start + lead
        body = line.strip()
        end = start + len(body)
        if first and (title is None or body == title.strip() or len(text) > len(body)):
            first = False
            if title is None or _similar(body, title):
                blocks.append(Block("title", start, end, body))
                continue
        first = False
        if _BOILERPLATE.match(body):
            blocks.append(Block("boilerplate", start, end, body, section))
            continue
        m = _BULLET.match(line)
        if m:
            bstart = line_start + m.end()
            btext = text[bstart:end]
            blocks.append(Block("bullet", bstart, end, btext, section))
            continue
        if _CAPTION.search(body):
            blocks.append(Block("caption", start, end, body, section))
            continue
        if _is_heading(body):
            section = body
            blocks.append(Block("heading", start, end, body, section))
            continue
        blocks.append(Block("paragraph", start, end, body, section))
    for i, b in enumerate(blocks):
        if b.kind in ("title", "heading"):
            b.sentences = [Sentence(b.start, b.end, b.text, i)]
        elif b.kind != "boilerplate":
            b.sentences = split_sentences(b.text, b.start, i)
    dateline = None
    for b in blocks:
        if b.kind == "paragraph":
            m = _DATELINE.match(b.text)
            if m and m.group(3):
                dateline = (m.group(1).strip(), m.group(3))
            break
    return Document(text, blocks, dateline)


def _similar(a: str, b: str) -> bool:
    a, b = a.lower().strip(), b.lower().strip()
    return a == b or a.startswith(b[: max(10, len(b) // 2)]) or b.startswith(a[: max(10, len(a) // 2)])
