-- Events a re-ingest removed, so their permalinks answer 410 Gone with a
-- way back to the timeline instead of 404. An event that comes back is
-- taken off this list.
CREATE TABLE removed_events (
    story_id   INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    title      TEXT NOT NULL,
    removed_at TEXT NOT NULL,
    PRIMARY KEY (story_id, key)
) WITHOUT ROWID;
