-- Who acts or speaks in each event, as the story names them, for the
-- timeline's actor filter.
CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL CHECK (name <> ''),
    PRIMARY KEY (event_id, position)
) WITHOUT ROWID;

CREATE INDEX event_actors_name ON event_actors (name);
