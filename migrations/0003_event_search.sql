-- Full-text search over events: each event's title, summary and the text
-- of the paragraphs it cites. rowid is events.id; the store keeps the two
-- in step inside the ingest transaction.
CREATE VIRTUAL TABLE event_search USING fts5(
    title,
    summary,
    sources,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO event_search (rowid, title, summary, sources)
SELECT e.id, e.title, e.summary,
       coalesce((SELECT group_concat(p.text, ' ')
                 FROM citations c
                 JOIN paragraphs p ON p.source_id = c.source_id AND p.ordinal = c.paragraph_ordinal
                 WHERE c.event_id = e.id), '')
FROM events e;
