"""app.extract.events.described: a place named only in a clause that describes another place of the sentence
('struck the Ryazan refinery, which supplies fuel to Moscow'; 'the Novokuibyshevsk refinery, which processes crude
for export through the port of Novorossiysk') is no place of the act."""

from __future__ import annotations

import re

from app.extract.resolve import Resolved

# ", which ...", ", whose ...", ", a plant which ...": a clause about the noun before it, running to the next
# comma or semicolon
_RELATIVE = re.compile(r",\s+(?:(?:a|an|the|one)\s+(?:[\w\-’']+\s+){0,3}?)?(?:which|whose)\s+[^,;]*$", re.I)
_CLAUSE_END = re.compile(r"[,;]")


def _describing_clause(sentence: str, at: int) -> tuple[int, int] | None:
    m = _RELATIVE.search(sentence, 0, at)
    if m is None:
        return None
    end = _CLAUSE_END.search(sentence, at)
    return m.start(), end.start() if end else len(sentence)


def not_described_only(sentence: str, offset: int, keep: list[Resolved], spans) -> list[Resolved]:
    """The places of `keep` less those in a relative clause that tells no act of its own (no trigger or casualty
    word among `spans`), when a place outside such a clause is left."""
    if len(keep) < 2:
        return keep
    out = []
    for r in keep:
        clause = _describing_clause(sentence, r.spot.start - offset)
        if clause is not None and not any(clause[0] <= a < clause[1] for a, _b in spans):
            continue
        out.append(r)
    return out if out else keep
