-- How many events cite each source, kept at ingest, so the timeline's
-- source filter can offer a long story's most cited sources without
-- counting every citation on every page. The store rewrites the counts on
-- every ingest; the statement below backfills existing stories.
ALTER TABLE sources ADD COLUMN events INTEGER NOT NULL DEFAULT 0 CHECK (events >= 0);

UPDATE sources SET events = (SELECT count(DISTINCT c.event_id) FROM citations c WHERE c.source_id = sources.id);

CREATE INDEX sources_story_events ON sources (story_id, events DESC, position);

-- A story's counts, kept at ingest, so a page need not count a long
-- story's rows to say how many events it has.
ALTER TABLE stories ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN event_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN key_event_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN dated_event_count INTEGER NOT NULL DEFAULT 0;

UPDATE stories SET
    source_count = (SELECT count(*) FROM sources WHERE story_id = stories.id),
    event_count = (SELECT count(*) FROM events WHERE story_id = stories.id),
    key_event_count = (SELECT count(*) FROM events WHERE story_id = stories.id AND key_event = 1),
    dated_event_count = (SELECT count(*) FROM events
                         WHERE story_id = stories.id AND (date_start IS NOT NULL OR date_end IS NOT NULL));

-- Positions number each story's events 0, 1, 2 … in timeline order with
-- the undated ones last, so a page of the whole timeline is a range of
-- positions, found in the index whatever the page number.
UPDATE events SET position = ranked.position
FROM (SELECT id, row_number() OVER (
          PARTITION BY story_id ORDER BY (date_start IS NULL AND date_end IS NULL), position) - 1 AS position
      FROM events) AS ranked
WHERE ranked.id = events.id;
