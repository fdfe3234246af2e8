"""app.store.sqlite_schema: the SQLite store's tables, indexes and triggers, and how a file is brought to them.

`create_schema` runs inside the caller's write transaction (BEGIN IMMEDIATE), so two processes opening the same
file at once upgrade it once; every statement is idempotent (IF NOT EXISTS, columns added when missing).
"""

from __future__ import annotations

import sqlite3

from app.store.feeds import FEEDS_SCHEMA
from app.store.generation import SQLITE_SCHEMA as GENERATION_SCHEMA
from app.store.map_grid import SQLITE_SCHEMA as MAP_GRID_SCHEMA
from app.store.map_months import SQLITE_SCHEMA as MAP_MONTHS_SCHEMA

__all__ = ["SCHEMA_VERSION", "create_schema", "statements"]

SCHEMA_VERSION = 9

# `rid` is the R*Tree's integer key; as an INTEGER PRIMARY KEY alias it survives VACUUM, which a bare rowid
# would not. `id` is the event's public key (UNIQUE), the one every caller uses.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  event_date TEXT NOT NULL,
  time_precision INTEGER,
  event_type TEXT NOT NULL,
  sub_event_type TEXT,
  actor1 TEXT,
  actor2 TEXT,
  location TEXT,
  admin1 TEXT,
  country TEXT,
  country_code TEXT,
  geo_precision INTEGER,
  fatalities INTEGER,
  injured INTEGER,
  claim_status TEXT,
  claimed_by TEXT,
  disputed_by TEXT,
  source TEXT,
  notes TEXT,
  article TEXT,
  confidence REAL,
  region TEXT,
  notes_highlight TEXT,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('extracted', 'acled', 'demo')),
  sources TEXT NOT NULL DEFAULT '[]',
  acled TEXT
);
CREATE INDEX IF NOT EXISTS events_date_id ON events (event_date DESC, id);
CREATE INDEX IF NOT EXISTS events_type_date ON events (event_type, event_date);
CREATE VIRTUAL TABLE IF NOT EXISTS events_rtree USING rtree (rid, minlon, maxlon, minlat, maxlat);
CREATE TABLE IF NOT EXISTS event_sources (
  event_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  local_id TEXT,
  position INTEGER NOT NULL,
  title TEXT,
  outlet TEXT,
  url TEXT,
  published TEXT,
  PRIMARY KEY (event_id, article_id)
);
CREATE INDEX IF NOT EXISTS event_sources_article ON event_sources (article_id, position);
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
"""

# Version 3: the editor's loop. Columns are added when missing (so a file another process upgraded, or a
# fresh one, is left alone); their defaults make older rows read as unreviewed and uncorrected.
_REVIEW_COLUMNS = (
    (
        "review_status",
        "TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review_status IN ('unreviewed', 'verified', 'rejected'))",
    ),
    ("reviewed_by", "TEXT"),
    ("reviewed_at", "TEXT"),
    ("corrections", "TEXT NOT NULL DEFAULT '{}'"),
)
_REVIEW_SCHEMA = """
CREATE INDEX IF NOT EXISTS events_review_date ON events (review_status, event_date DESC, id);
CREATE TABLE IF NOT EXISTS event_history (
  seq INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL,
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  field TEXT,
  old TEXT,
  new TEXT,
  note TEXT
);
CREATE INDEX IF NOT EXISTS event_history_event ON event_history (event_id, seq);
"""
# Version 5: the map at any size. Narrow covering indexes, so a view's grid of counts (a bbox range on lon,
# then lat, dates, types and review states from the index alone) and the timeline's counts per day, type and
# review state never read the wide event rows: 135,000 events of a million group in ~80 ms instead of ~3 s.
_MAP_SCHEMA = """
CREATE INDEX IF NOT EXISTS events_map ON events (lon, lat, event_date, event_type, review_status, id);
CREATE INDEX IF NOT EXISTS events_day ON events (event_date, event_type, review_status);
CREATE INDEX IF NOT EXISTS events_actor1 ON events (actor1, review_status);
CREATE INDEX IF NOT EXISTS events_day_map ON events (event_date, lon, lat, event_type, review_status, id);
"""


def statements(script: str) -> list[str]:
    """Split an SQL script on the semicolons that end statements (not those inside a trigger body)."""
    out, buf = [], ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                out.append(buf.strip())
            buf = ""
    return out


def create_schema(conn: sqlite3.Connection) -> None:
    """Bring the file to SCHEMA_VERSION; the caller holds the write lock."""
    # version 2 added the region an event is known at and the place's span in its notes; another
    # process may have upgraded the file meanwhile, so look at the table itself under the lock
    have = {row[1] for row in conn.execute("PRAGMA table_info(events)")}
    for column in ("region", "notes_highlight"):
        if have and column not in have:
            conn.execute(f"ALTER TABLE events ADD COLUMN {column} TEXT")
    # executescript() would COMMIT first; run the statements inside our own transaction instead.
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    have = {row[1] for row in conn.execute("PRAGMA table_info(events)")}
    for column, decl in _REVIEW_COLUMNS:
        if column not in have:
            conn.execute(f"ALTER TABLE events ADD COLUMN {column} {decl}")
    # version 4: the feed watcher's tables (CREATE ... IF NOT EXISTS, so any older file gets them)
    for statement in (_REVIEW_SCHEMA + ";" + FEEDS_SCHEMA + ";" + _MAP_SCHEMA).split(";"):
        if statement.strip():
            conn.execute(statement)
    # version 6: the map grid's kept counts (triggers: split where statements end, not at every ;)
    for statement in statements(MAP_GRID_SCHEMA):
        conn.execute(statement)
    # version 8: the write generation (app.store.generation)
    for statement in statements(GENERATION_SCHEMA):
        conn.execute(statement)
    # version 9: the map grid's counts per month (app.store.map_months)
    for statement in statements(MAP_MONTHS_SCHEMA):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
