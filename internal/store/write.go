package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/throughline-news/throughline/internal/timeline"
)

// SaveStory replaces a story's sources and events with new ones, in one
// transaction: readers see the old story or the new one, never a mix, and
// a failure leaves the old one intact. If the stored story already has
// the same fingerprint nothing is written and changed is false.
func (db *DB) SaveStory(ctx context.Context, story timeline.Story, sources []timeline.Source, events []timeline.Event) (changed bool, err error) {
	tx, err := db.writer.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()

	var storyID int64
	var fingerprint string
	err = tx.QueryRowContext(ctx, `SELECT id, fingerprint FROM stories WHERE slug = ?`, story.Slug).Scan(&storyID, &fingerprint)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		res, err := tx.ExecContext(ctx, `INSERT INTO stories (slug, title, description, fingerprint, updated_at) VALUES (?, ?, ?, ?, ?)`,
			story.Slug, story.Title, story.Description, story.Fingerprint, now())
		if err != nil {
			return false, fmt.Errorf("insert story: %w", err)
		}
		if storyID, err = res.LastInsertId(); err != nil {
			return false, err
		}
	case err != nil:
		return false, fmt.Errorf("find story: %w", err)
	case fingerprint == story.Fingerprint:
		return false, nil
	default:
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET title = ?, description = ?, fingerprint = ?, updated_at = ? WHERE id = ?`,
			story.Title, story.Description, story.Fingerprint, now(), storyID); err != nil {
			return false, fmt.Errorf("update story: %w", err)
		}
		// Events that this ingest drops keep a note, for a 410 on their
		// permalinks; those it brings back lose theirs.
		if err := noteRemovedEvents(ctx, tx, storyID, events); err != nil {
			return false, err
		}
		// The search index has no foreign keys; then events, whose
		// citations reference the sources' paragraphs.
		if _, err := tx.ExecContext(ctx, `DELETE FROM event_search WHERE rowid BETWEEN ? AND ?`, searchRow(storyID, 0), searchRow(storyID+1, 0)-1); err != nil {
			return false, fmt.Errorf("clear search index: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM event_facets WHERE story_id = ?`, storyID); err != nil {
			return false, fmt.Errorf("clear facets: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE story_id = ?`, storyID); err != nil {
			return false, fmt.Errorf("clear events: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE story_id = ?`, storyID); err != nil {
			return false, fmt.Errorf("clear sources: %w", err)
		}
	}

	sourceIDs, err := insertSources(ctx, tx, storyID, sources)
	if err != nil {
		return false, err
	}
	if err := insertEvents(ctx, tx, storyID, sourceIDs, events); err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE stories SET
		    source_count = (SELECT count(*) FROM sources WHERE story_id = stories.id),
		    event_count = (SELECT count(*) FROM events WHERE story_id = stories.id),
		    key_event_count = (SELECT count(*) FROM events WHERE story_id = stories.id AND key_event = 1),
		    dated_event_count = (SELECT count(*) FROM events
		                         WHERE story_id = stories.id AND (date_start IS NOT NULL OR date_end IS NOT NULL))
		WHERE id = ?`, storyID); err != nil {
		return false, fmt.Errorf("count events: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE sources SET events = (SELECT count(DISTINCT c.event_id) FROM citations c WHERE c.source_id = sources.id)
		WHERE story_id = ?`, storyID); err != nil {
		return false, fmt.Errorf("count citing events: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO event_facets (story_id, facet, value, events)
		SELECT story_id, 'kind', kind, count(*) FROM events WHERE story_id = ? GROUP BY kind
		UNION ALL
		SELECT e.story_id, 'actor', a.name, count(*) FROM event_actors a JOIN events e ON e.id = a.event_id
		WHERE e.story_id = ? GROUP BY a.name`, storyID, storyID); err != nil {
		return false, fmt.Errorf("count facets: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO event_search (rowid, title, summary, sources)
		SELECT ? + e.position, e.title, e.summary,
		       coalesce((SELECT group_concat(p.text, ' ')
		                 FROM citations c
		                 JOIN paragraphs p ON p.source_id = c.source_id AND p.ordinal = c.paragraph_ordinal
		                 WHERE c.event_id = e.id), '')
		FROM events e WHERE e.story_id = ?`, searchRow(storyID, 0), storyID); err != nil {
		return false, fmt.Errorf("index events for search: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("commit: %w", err)
	}
	return true, nil
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

// noteRemovedEvents records the story's stored events that the new
// version lacks, and forgets removals the new version undoes.
func noteRemovedEvents(ctx context.Context, tx *sql.Tx, storyID int64, events []timeline.Event) error {
	keys := make([]string, len(events))
	for i, e := range events {
		keys[i] = e.ID
	}
	list, err := json.Marshal(keys)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT OR REPLACE INTO removed_events (story_id, key, title, removed_at)
		SELECT story_id, key, title, ? FROM events
		WHERE story_id = ? AND key NOT IN (SELECT value FROM json_each(?))`, now(), storyID, string(list)); err != nil {
		return fmt.Errorf("note removed events: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM removed_events WHERE story_id = ? AND key IN (SELECT value FROM json_each(?))`,
		storyID, string(list)); err != nil {
		return fmt.Errorf("forget returned events: %w", err)
	}
	return nil
}

func insertSources(ctx context.Context, tx *sql.Tx, storyID int64, sources []timeline.Source) (map[string]int64, error) {
	insertSource, err := tx.PrepareContext(ctx, `INSERT INTO sources
		(story_id, key, position, file_name, headline, outlet, url, published, content_hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer insertSource.Close()
	insertParagraph, err := tx.PrepareContext(ctx, `INSERT INTO paragraphs (source_id, ordinal, role, text) VALUES (?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	defer insertParagraph.Close()

	ids := make(map[string]int64, len(sources))
	for i, s := range sources {
		res, err := insertSource.ExecContext(ctx, storyID, s.Key, i, s.FileName, s.Headline, s.Outlet, s.URL, formatDate(s.Published), s.ContentHash)
		if err != nil {
			return nil, fmt.Errorf("insert source %s: %w", s.FileName, err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return nil, err
		}
		ids[s.Key] = id
		for _, p := range s.Paragraphs {
			if _, err := insertParagraph.ExecContext(ctx, id, p.Ordinal, string(p.Role), p.Text); err != nil {
				return nil, fmt.Errorf("insert %s paragraph %d: %w", s.FileName, p.Ordinal, err)
			}
		}
	}
	return ids, nil
}

// timelinePositions numbers events 0, 1, 2 … in timeline order with the
// undated ones last, so that a page of the whole timeline is a range of
// positions.
func timelinePositions(events []timeline.Event) []int {
	positions := make([]int, len(events))
	next := 0
	for _, undated := range []bool{false, true} {
		for i, e := range events {
			if e.Date.Undated() == undated {
				positions[i] = next
				next++
			}
		}
	}
	return positions
}

func insertEvents(ctx context.Context, tx *sql.Tx, storyID int64, sourceIDs map[string]int64, events []timeline.Event) error {
	insertEvent, err := tx.PrepareContext(ctx, `INSERT INTO events
		(story_id, key, position, slug, kind, title, summary, date_start, date_end, date_precision,
		 date_modifier, date_label, date_expression, date_source_key, date_anchor, date_rule, date_reference,
		 date_reference_label, date_clock, importance, key_event)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insertEvent.Close()
	insertCitation, err := tx.PrepareContext(ctx, `INSERT INTO citations
		(event_id, position, source_id, paragraph_ordinal, quote, quote_start, quote_end, reason)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insertCitation.Close()
	insertActor, err := tx.PrepareContext(ctx, `INSERT INTO event_actors (event_id, position, name) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insertActor.Close()

	positions := timelinePositions(events)
	key := map[string]bool{}
	for _, e := range timeline.KeyEvents(events) {
		key[e.ID] = true
	}
	for i, e := range events {
		d := e.Date
		res, err := insertEvent.ExecContext(ctx, storyID, e.ID, positions[i], e.Slug, e.Kind, e.Title, e.Summary,
			nullDate(d.Start), nullDate(d.End), string(d.Precision), string(d.Modifier), d.Label(),
			d.Basis.Expression, d.Basis.SourceKey, nullDate(d.Basis.Anchor), d.Basis.Rule, d.Basis.Reference, d.Basis.ReferenceLabel, d.Clock, e.Importance, key[e.ID])
		if err != nil {
			return fmt.Errorf("insert event %q: %w", e.Title, err)
		}
		id, err := res.LastInsertId()
		if err != nil {
			return err
		}
		for j, name := range e.Actors {
			if _, err := insertActor.ExecContext(ctx, id, j, name); err != nil {
				return fmt.Errorf("insert actor of event %q: %w", e.Title, err)
			}
		}
		for j, c := range e.Citations {
			sourceID, ok := sourceIDs[c.SourceKey]
			if !ok {
				return fmt.Errorf("event %q cites unknown source %q", e.Title, c.SourceKey)
			}
			if _, err := insertCitation.ExecContext(ctx, id, j, sourceID, c.Paragraph, c.Quote, c.QuoteStart, c.QuoteEnd, c.Reason); err != nil {
				return fmt.Errorf("insert citation of event %q: %w", e.Title, err)
			}
		}
	}
	return nil
}

func formatDate(t time.Time) string { return t.Format(timeline.DateLayout) }

func nullDate(t time.Time) sql.NullString {
	if t.IsZero() {
		return sql.NullString{}
	}
	return sql.NullString{String: formatDate(t), Valid: true}
}

// DeleteStory removes a story with its sources, events and search index
// rows, in one transaction.
func (db *DB) DeleteStory(ctx context.Context, slug string) error {
	tx, err := db.writer.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	var storyID int64
	err = tx.QueryRowContext(ctx, `SELECT id FROM stories WHERE slug = ?`, slug).Scan(&storyID)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("story %q: %w", slug, timeline.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("find story: %w", err)
	}
	// The search index has no foreign keys; the rest cascades.
	if _, err := tx.ExecContext(ctx, `DELETE FROM event_search WHERE rowid BETWEEN ? AND ?`, searchRow(storyID, 0), searchRow(storyID+1, 0)-1); err != nil {
		return fmt.Errorf("clear search index: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, storyID); err != nil {
		return fmt.Errorf("delete story: %w", err)
	}
	return tx.Commit()
}
