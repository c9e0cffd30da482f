-- Search rows are numbered by story and timeline position:
-- rowid = story_id * 2^32 + position. One story's events are then one
-- rowid range in timeline order, which FTS5 walks in either direction and
-- leaves as soon as a page is full, so the first page of results costs
-- the same however many events match.
--
-- Words are stemmed (porter) rather than matched by prefix: "strikes"
-- finds "strike" and "striking", and a query needs no prefix expansion,
-- which costs every matching word's whole list on every lookup.
DROP TABLE event_search;

CREATE VIRTUAL TABLE event_search USING fts5(
    title,
    summary,
    sources,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO event_search (rowid, title, summary, sources)
SELECT e.story_id * 4294967296 + e.position, e.title, e.summary,
       coalesce((SELECT group_concat(p.text, ' ')
                 FROM citations c
                 JOIN paragraphs p ON p.source_id = c.source_id AND p.ordinal = c.paragraph_ordinal
                 WHERE c.event_id = e.id), '')
FROM events e;
