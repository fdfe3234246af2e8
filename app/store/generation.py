"""app.store.generation: a write generation for the events table, so a reader can tell cheaply whether anything
it cached (a page, a count) may have changed.

One row, `write_generation.gen`, is raised by triggers on every insert, update and delete of events (SQLite:
per row; PostgreSQL: per statement, TRUNCATE included), inside the writing transaction. It therefore becomes
visible exactly when the write does, to every process and worker. A reader reads the generation *before* it
reads the data it caches: what it then reads is at least as new as that generation, so a cached entry can only
be newer than its label, never older, and a later write always changes the label.

The PostgreSQL store also raises it as the first statement of each of its write transactions (LOCK_FIRST): the
row lock is then always taken before any event row's, so two writers cannot deadlock on it (an AFTER STATEMENT
trigger alone would take it after). Writers of events serialise on that row; ingest already did (its advisory
lock). On PostgreSQL it is raised once per transaction, on SQLite (whose writers are serial anyway) per row.
"""

from __future__ import annotations

__all__ = ["SQLITE_SCHEMA", "POSTGIS_SCHEMA", "READ", "LOCK_FIRST"]

READ = "SELECT gen FROM write_generation"
# PostgreSQL: raise it once per transaction (the transaction-local setting remembers it was done), so a batch
# of thousands of statements does not update the row thousands of times. Once is enough: what a reader needs is
# that the committed generation differs from every one before it.
LOCK_FIRST = "SELECT write_generation_raise()"

SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS write_generation (one INTEGER PRIMARY KEY CHECK (one = 1), gen INTEGER NOT NULL);
INSERT OR IGNORE INTO write_generation (one, gen) VALUES (1, 1);
CREATE TRIGGER IF NOT EXISTS write_generation_ai AFTER INSERT ON events BEGIN
  UPDATE write_generation SET gen = gen + 1;
END;
CREATE TRIGGER IF NOT EXISTS write_generation_ad AFTER DELETE ON events BEGIN
  UPDATE write_generation SET gen = gen + 1;
END;
CREATE TRIGGER IF NOT EXISTS write_generation_au AFTER UPDATE ON events BEGIN
  UPDATE write_generation SET gen = gen + 1;
END;
"""

POSTGIS_SCHEMA = """
CREATE TABLE IF NOT EXISTS write_generation (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  gen bigint NOT NULL
);
INSERT INTO write_generation (one, gen) VALUES (true, 1) ON CONFLICT DO NOTHING;
CREATE OR REPLACE FUNCTION write_generation_raise() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('conflictmap.generation_raised', true), '') <> 'yes' THEN
    UPDATE write_generation SET gen = gen + 1;
    PERFORM set_config('conflictmap.generation_raised', 'yes', true);
  END IF;
END $$;
CREATE OR REPLACE FUNCTION write_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM write_generation_raise();
  RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS write_generation_bump ON events;
CREATE TRIGGER write_generation_bump AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION write_generation_bump();
"""
