-- Stories, their sources and paragraphs, and the events that cite them.
-- Dates are ISO 8601 text (YYYY-MM-DD); NULL marks an open or unknown side.

CREATE TABLE stories (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE sources (
    id           INTEGER PRIMARY KEY,
    story_id     INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    position     INTEGER NOT NULL,
    file_name    TEXT NOT NULL,
    headline     TEXT NOT NULL,
    outlet       TEXT NOT NULL,
    url          TEXT NOT NULL,
    published    TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    UNIQUE (story_id, key)
);

CREATE TABLE paragraphs (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL CHECK (ordinal >= 1),
    role      TEXT NOT NULL CHECK (role IN ('headline', 'body', 'subheading', 'caption', 'furniture')),
    text      TEXT NOT NULL,
    PRIMARY KEY (source_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    story_id        INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    position        INTEGER NOT NULL,
    slug            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    title           TEXT NOT NULL,
    summary         TEXT NOT NULL,
    date_start      TEXT,
    date_end        TEXT,
    date_precision  TEXT NOT NULL CHECK (date_precision IN ('day', 'week', 'month', 'quarter', 'year', 'decade', 'unknown')),
    date_modifier   TEXT NOT NULL CHECK (date_modifier IN ('', 'before', 'after', 'early', 'mid', 'late', 'approx')),
    date_label      TEXT NOT NULL,
    date_expression TEXT NOT NULL,
    date_source_key TEXT NOT NULL,
    date_anchor     TEXT,
    date_rule       TEXT NOT NULL,
    UNIQUE (story_id, key)
);

CREATE INDEX events_story_position ON events (story_id, position);

CREATE TABLE citations (
    event_id          INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    source_id         INTEGER NOT NULL,
    paragraph_ordinal INTEGER NOT NULL,
    quote             TEXT NOT NULL,
    quote_start       INTEGER NOT NULL CHECK (quote_start >= 0),
    quote_end         INTEGER NOT NULL CHECK (quote_end >= quote_start),
    PRIMARY KEY (event_id, position),
    FOREIGN KEY (source_id, paragraph_ordinal) REFERENCES paragraphs (source_id, ordinal) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE INDEX citations_paragraph ON citations (source_id, paragraph_ordinal);
