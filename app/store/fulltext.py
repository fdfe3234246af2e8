"""app.store.fulltext: `q=` full-text search over an event's notes, location and actors, in both stores.

`q=drone strike,shelling` finds events whose text has both "drone" and "strike", or "shelling": commas
separate alternatives (OR), words within one alternative must all occur (AND), as OGC API - Records
reads `q`. Words match whole tokens, case-insensitively, without stemming and without folding
diacritics, so SQLite (FTS5, unicode61 tokenizer) and PostgreSQL (tsvector, 'simple' configuration)
answer the same.
"""

from __future__ import annotations

import re

from app.errors import InvalidQuery

__all__ = ["FTS_COLUMNS", "parse_q", "sqlite_match", "SQLITE_FTS", "POSTGIS_FTS"]

FTS_COLUMNS = ("notes", "location", "actor1", "actor2")
_MAX_WORDS = 32
_WORD = re.compile(r"[^\W_]+")


def parse_q(text: str | None, *, param: str = "q") -> tuple[tuple[str, ...], ...]:
    """`q` -> alternatives, each a tuple of lower-cased words.

    >>> parse_q("Drone strike, shelling")
    (('drone', 'strike'), ('shelling',))
    """
    if text is None or text.strip() == "":
        return ()
    groups = []
    for part in text.split(","):
        words = tuple(w.lower() for w in _WORD.findall(part))
        if words:
            groups.append(words)
    if not groups:
        raise InvalidQuery("has no words to search for", param=param)
    if sum(len(g) for g in groups) > _MAX_WORDS:
        raise InvalidQuery(f"at most {_MAX_WORDS} words", param=param)
    return tuple(groups)


def sqlite_match(groups: tuple[tuple[str, ...], ...]) -> str:
    """An FTS5 MATCH expression; every word is a quoted string, so no word is read as FTS5 syntax."""
    return " OR ".join("(" + " AND ".join(f'"{w}"' for w in g) + ")" for g in groups)


def postgis_query(groups: tuple[tuple[str, ...], ...]) -> str:
    """A to_tsquery('simple', ...) expression; words are \\w+ tokens, so quoting them is enough."""
    return " | ".join("(" + " & ".join(f"'{w}'" for w in g) + ")" for g in groups)


# External-content FTS5 index over events, kept in step by triggers; `rid` is the events' rowid alias.
SQLITE_FTS = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5 (
  {", ".join(FTS_COLUMNS)}, content='events', content_rowid='rid', tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER IF NOT EXISTS events_fts_ai AFTER INSERT ON events BEGIN
  INSERT INTO events_fts (rowid, {", ".join(FTS_COLUMNS)}) VALUES (new.rid, {", ".join(f"new.{c}" for c in FTS_COLUMNS)});
END;
CREATE TRIGGER IF NOT EXISTS events_fts_ad AFTER DELETE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, {", ".join(FTS_COLUMNS)})
  VALUES ('delete', old.rid, {", ".join(f"old.{c}" for c in FTS_COLUMNS)});
END;
CREATE TRIGGER IF NOT EXISTS events_fts_au AFTER UPDATE OF {", ".join(FTS_COLUMNS)} ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, {", ".join(FTS_COLUMNS)})
  VALUES ('delete', old.rid, {", ".join(f"old.{c}" for c in FTS_COLUMNS)});
  INSERT INTO events_fts (rowid, {", ".join(FTS_COLUMNS)}) VALUES (new.rid, {", ".join(f"new.{c}" for c in FTS_COLUMNS)});
END;
INSERT INTO events_fts (events_fts) VALUES ('rebuild')
"""

# A stored generated column and a GIN index; adding it to an existing table fills it for every row.
# Punctuation becomes spaces first: PostgreSQL's parser would keep "air/drone" or "3.5" as one token
# (a path, a number) where FTS5 sees two words.
POSTGIS_FTS = (
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS (to_tsvector('simple', "
    "regexp_replace("
    + " || ' ' || ".join(f"coalesce({c}, '')" for c in FTS_COLUMNS)
    + ", '[[:punct:]]', ' ', 'g'))) STORED;"
    " CREATE INDEX IF NOT EXISTS events_search ON events USING gin (search)"
)
