"""app.store.postgis_schema: the PostGIS store's numbered migrations (tables, indexes, triggers).

Applied in order under an advisory lock by PostgisStore; `schema_version` records which ran. Append, never edit.
"""

from __future__ import annotations

from app.store.feeds import FEEDS_SCHEMA
from app.store.generation import POSTGIS_SCHEMA as GENERATION_SCHEMA
from app.store.map_grid import POSTGIS_SCHEMA as MAP_GRID_SCHEMA
from app.store.map_months import POSTGIS_SCHEMA as MAP_MONTHS_SCHEMA

__all__ = ["MIGRATIONS"]

MIGRATIONS: tuple[str, ...] = (
    # 1: the three tables and their indexes.
    """
    CREATE TABLE events (
      id text PRIMARY KEY,
      event_date text NOT NULL,
      time_precision integer,
      event_type text NOT NULL,
      sub_event_type text,
      actor1 text,
      actor2 text,
      location text,
      admin1 text,
      country text,
      country_code text,
      geo_precision integer,
      fatalities integer,
      injured integer,
      claim_status text,
      claimed_by text,
      disputed_by text,
      source jsonb,
      notes text,
      article text,
      confidence double precision,
      lat double precision NOT NULL,
      lon double precision NOT NULL,
      geom geometry(Point, 4326) NOT NULL,
      origin text NOT NULL CHECK (origin IN ('extracted', 'acled', 'demo')),
      sources jsonb NOT NULL DEFAULT '[]'::jsonb,
      acled jsonb
    );
    CREATE INDEX events_geom ON events USING gist (geom);
    CREATE INDEX events_geog ON events USING gist ((geom::geography));
    CREATE INDEX events_date_id ON events (event_date DESC, id);
    CREATE INDEX events_type_date ON events (event_type, event_date);
    CREATE TABLE event_sources (
      event_id text NOT NULL,
      article_id text NOT NULL,
      local_id text,
      position integer NOT NULL,
      seq bigserial,
      title text,
      outlet text,
      url text,
      published text,
      PRIMARY KEY (event_id, article_id)
    );
    CREATE INDEX event_sources_article ON event_sources (article_id, position);
    CREATE TABLE articles (
      id text PRIMARY KEY,
      hash text NOT NULL,
      ingested_at timestamptz NOT NULL
    );
    """,
    # 2: the region an event is known at (geo_precision 3) and the matched place's span in its notes.
    """
    ALTER TABLE events ADD COLUMN IF NOT EXISTS region jsonb;
    ALTER TABLE events ADD COLUMN IF NOT EXISTS notes_highlight jsonb;
    """,
    # 3: the editor's loop: review state, corrections that re-ingest must keep, the audit trail.
    """
    ALTER TABLE events ADD COLUMN review_status text NOT NULL DEFAULT 'unreviewed'
      CHECK (review_status IN ('unreviewed', 'verified', 'rejected'));
    ALTER TABLE events ADD COLUMN reviewed_by text;
    ALTER TABLE events ADD COLUMN reviewed_at text;
    ALTER TABLE events ADD COLUMN corrections jsonb NOT NULL DEFAULT '{}'::jsonb;
    CREATE INDEX events_review_date ON events (review_status, event_date DESC, id);
    CREATE TABLE event_history (
      seq bigserial PRIMARY KEY,
      event_id text NOT NULL,
      at text NOT NULL,
      by text NOT NULL,
      field text,
      old jsonb,
      new jsonb,
      note text
    );
    CREATE INDEX event_history_event ON event_history (event_id, seq);
    """,
    # 4: the feed watcher's memory: registered feeds and every item seen.
    FEEDS_SCHEMA,
    # 5: the map at any size, and counts that do not read event rows. Index-only scans (on a vacuumed table,
    # which autovacuum keeps so) for a view's grid of counts, the timeline's counts per day, type and review
    # state, and a bbox's capped count: GiST has no index-only scan, so that count read 10,001 heap rows.
    """
    CREATE INDEX IF NOT EXISTS events_map ON events (lon, lat) INCLUDE (event_date, event_type, review_status, id);
    CREATE INDEX IF NOT EXISTS events_day ON events (event_date, event_type, review_status);
    CREATE INDEX IF NOT EXISTS events_actor1 ON events (actor1, review_status);
    """,
    # 6: the map grid's kept counts (app.store.map_grid): the zoomed-out map reads them, not the events.
    MAP_GRID_SCHEMA,
    # 7: a map tile under a short date range (the timeline's brush and play) reads that range of days.
    """
    CREATE INDEX IF NOT EXISTS events_day_map ON events (event_date, lon, lat)
      INCLUDE (event_type, review_status, id);
    """,
    # 8: the write generation (app.store.generation): cached pages and counts know when to stop trusting.
    GENERATION_SCHEMA,
    # 9: the map grid's counts per month (app.store.map_months): a long date range zoomed out sums months.
    MAP_MONTHS_SCHEMA,
)
