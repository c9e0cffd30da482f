-- Each event's importance (0 to 1) from the evidence for it, and for each
-- citation why it was merged into its event.
ALTER TABLE events ADD COLUMN importance REAL NOT NULL DEFAULT 0 CHECK (importance >= 0 AND importance <= 1);
ALTER TABLE citations ADD COLUMN reason TEXT NOT NULL DEFAULT '';
CREATE INDEX events_story_importance ON events (story_id, importance DESC);
