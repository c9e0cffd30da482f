-- Precomputed so the timeline costs the same in a story of a hundred
-- events or a hundred thousand. The store rewrites both on every ingest;
-- the statements below backfill existing stories.

-- Whether each event is one of its story's key events (the most important
-- 30%, at least five, ties by timeline order).
ALTER TABLE events ADD COLUMN key_event INTEGER NOT NULL DEFAULT 0 CHECK (key_event IN (0, 1));

UPDATE events SET key_event = 1 WHERE id IN (
    SELECT id FROM (
        SELECT id,
               row_number() OVER (PARTITION BY story_id ORDER BY importance DESC, position) AS rank,
               count(*) OVER (PARTITION BY story_id) AS n
        FROM events)
    WHERE rank <= max((n * 3 + 9) / 10, 5));

CREATE INDEX events_story_key ON events (story_id, key_event, position);

-- How many of a story's events have each kind and name each actor: the
-- choices of the timeline's filters.
CREATE TABLE event_facets (
    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    facet    TEXT NOT NULL CHECK (facet IN ('kind', 'actor')),
    value    TEXT NOT NULL,
    events   INTEGER NOT NULL CHECK (events > 0),
    PRIMARY KEY (story_id, facet, value)
) WITHOUT ROWID;

INSERT INTO event_facets (story_id, facet, value, events)
SELECT story_id, 'kind', kind, count(*) FROM events GROUP BY story_id, kind;

INSERT INTO event_facets (story_id, facet, value, events)
SELECT e.story_id, 'actor', a.name, count(*) FROM event_actors a JOIN events e ON e.id = a.event_id
GROUP BY e.story_id, a.name;
