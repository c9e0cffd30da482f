package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/throughline-news/throughline/internal/timeline"
)

// Version identifies the stored content: it changes whenever a story is
// saved with new content, added or deleted, by this process or another.
func (db *DB) Version(ctx context.Context) (string, error) {
	var v string
	err := db.read.QueryRowContext(ctx, `SELECT count(*) || ':' || coalesce(group_concat(slug || '=' || fingerprint, ','), '') FROM stories`).Scan(&v)
	if err != nil {
		return "", fmt.Errorf("read version: %w", err)
	}
	sum := sha256.Sum256([]byte(v))
	return hex.EncodeToString(sum[:16]), nil
}

// Stories lists every story with its counts, most recently updated first.
func (db *DB) Stories(ctx context.Context) ([]timeline.Story, error) {
	rows, err := db.read.QueryContext(ctx, `
		SELECT slug, title, description, fingerprint, updated_at, source_count, event_count
		FROM stories
		ORDER BY updated_at DESC, slug`)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	var stories []timeline.Story
	for rows.Next() {
		s, err := scanStory(rows)
		if err != nil {
			return nil, err
		}
		stories = append(stories, s)
	}
	return stories, rows.Err()
}

// Story returns one story by slug.
func (db *DB) Story(ctx context.Context, slug string) (timeline.Story, error) {
	row := db.read.QueryRowContext(ctx, `
		SELECT slug, title, description, fingerprint, updated_at, source_count, event_count
		FROM stories WHERE slug = ?`, slug)
	s, err := scanStory(row)
	if errors.Is(err, sql.ErrNoRows) {
		return timeline.Story{}, fmt.Errorf("story %q: %w", slug, timeline.ErrNotFound)
	}
	return s, err
}

type scanner interface{ Scan(dest ...any) error }

func scanStory(row scanner) (timeline.Story, error) {
	var s timeline.Story
	var updated string
	if err := row.Scan(&s.Slug, &s.Title, &s.Description, &s.Fingerprint, &updated, &s.SourceCount, &s.EventCount); err != nil {
		return s, err
	}
	s.UpdatedAt, _ = time.Parse(time.RFC3339, updated)
	return s, nil
}

const eventColumns = `e.id, e.key, e.slug, e.kind, e.title, e.summary, e.date_start, e.date_end,
	e.date_precision, e.date_modifier, e.date_expression, e.date_source_key, e.date_anchor, e.date_rule, e.date_reference, e.date_reference_label, e.date_clock, e.importance,
	(SELECT group_concat(a.name, char(10) ORDER BY a.position) FROM event_actors a WHERE a.event_id = e.id)`

// Events returns a story's events in timeline order, with their citations.
func (db *DB) Events(ctx context.Context, slug string) ([]timeline.Event, error) {
	if _, err := db.Story(ctx, slug); err != nil {
		return nil, err
	}
	return db.events(ctx, `
		SELECT `+eventColumns+` FROM events e JOIN stories s ON s.id = e.story_id
		WHERE s.slug = ? ORDER BY e.position`, slug)
}

// Event returns one event of a story by its id.
func (db *DB) Event(ctx context.Context, slug, id string) (timeline.Event, error) {
	events, err := db.events(ctx, `
		SELECT `+eventColumns+` FROM events e JOIN stories s ON s.id = e.story_id
		WHERE s.slug = ? AND e.key = ?`, slug, id)
	if err != nil {
		return timeline.Event{}, err
	}
	if len(events) == 0 {
		return timeline.Event{}, fmt.Errorf("event %q of story %q: %w", id, slug, timeline.ErrNotFound)
	}
	return events[0], nil
}

// events runs an event query and attaches each event's citations.
func (db *DB) events(ctx context.Context, query string, args ...any) ([]timeline.Event, error) {
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("query events: %w", err)
	}
	defer rows.Close()
	var events []timeline.Event
	index := map[int64]int{}
	for rows.Next() {
		var rowID int64
		var e timeline.Event
		var start, end, anchor, actors sql.NullString
		var precision, modifier string
		if err := rows.Scan(&rowID, &e.ID, &e.Slug, &e.Kind, &e.Title, &e.Summary, &start, &end,
			&precision, &modifier, &e.Date.Basis.Expression, &e.Date.Basis.SourceKey, &anchor, &e.Date.Basis.Rule, &e.Date.Basis.Reference, &e.Date.Basis.ReferenceLabel, &e.Date.Clock, &e.Importance, &actors); err != nil {
			return nil, fmt.Errorf("read event: %w", err)
		}
		e.Date.Start, e.Date.End, e.Date.Basis.Anchor = parseDate(start), parseDate(end), parseDate(anchor)
		e.Date.Precision, e.Date.Modifier = timeline.Precision(precision), timeline.Modifier(modifier)
		if actors.Valid {
			e.Actors = strings.Split(actors.String, "\n")
		}
		index[rowID] = len(events)
		events = append(events, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if len(events) == 0 {
		return events, nil
	}
	return events, db.attachCitations(ctx, events, index)
}

// attachCitations loads the citations of the given events in one query.
func (db *DB) attachCitations(ctx context.Context, events []timeline.Event, index map[int64]int) error {
	ids := make([]any, 0, len(index))
	placeholders := make([]byte, 0, 2*len(index))
	for id := range index {
		ids = append(ids, id)
		if len(placeholders) > 0 {
			placeholders = append(placeholders, ',')
		}
		placeholders = append(placeholders, '?')
	}
	rows, err := db.read.QueryContext(ctx, `
		SELECT c.event_id, src.key, c.paragraph_ordinal, p.text, c.quote, c.quote_start, c.quote_end, c.reason
		FROM citations c
		JOIN sources src ON src.id = c.source_id
		JOIN paragraphs p ON p.source_id = c.source_id AND p.ordinal = c.paragraph_ordinal
		WHERE c.event_id IN (`+string(placeholders)+`)
		ORDER BY c.event_id, c.position`, ids...)
	if err != nil {
		return fmt.Errorf("query citations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var eventID int64
		var c timeline.Citation
		if err := rows.Scan(&eventID, &c.SourceKey, &c.Paragraph, &c.ParagraphText, &c.Quote, &c.QuoteStart, &c.QuoteEnd, &c.Reason); err != nil {
			return fmt.Errorf("read citation: %w", err)
		}
		i := index[eventID]
		events[i].Citations = append(events[i].Citations, c)
	}
	return rows.Err()
}

// Sources returns a story's sources without their paragraphs, in ingest order.
func (db *DB) Sources(ctx context.Context, slug string) ([]timeline.Source, error) {
	rows, err := db.read.QueryContext(ctx, `
		SELECT src.key, src.file_name, src.headline, src.outlet, src.url, src.published, src.content_hash
		FROM sources src JOIN stories s ON s.id = src.story_id
		WHERE s.slug = ? ORDER BY src.position`, slug)
	if err != nil {
		return nil, fmt.Errorf("query sources: %w", err)
	}
	return scanSources(rows)
}

// SourcesByKey returns the named sources of a story, without their
// paragraphs; keys the story does not have are left out.
func (db *DB) SourcesByKey(ctx context.Context, slug string, keys []string) (map[string]timeline.Source, error) {
	out := make(map[string]timeline.Source, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	storyID, err := db.storyID(ctx, slug)
	if err != nil {
		return nil, err
	}
	args := []any{storyID}
	for _, k := range keys {
		args = append(args, k)
	}
	rows, err := db.read.QueryContext(ctx, `
		SELECT key, file_name, headline, outlet, url, published, content_hash
		FROM sources WHERE story_id = ? AND key IN (`+placeholders(len(keys))+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("query sources: %w", err)
	}
	sources, err := scanSources(rows)
	for _, src := range sources {
		out[src.Key] = src
	}
	return out, err
}

// MostCitedSources returns at most limit of a story's sources, those cited
// by the most events, in story order: in a story of thousands of articles
// the ones a reader may want to filter by.
func (db *DB) MostCitedSources(ctx context.Context, slug string, limit int) ([]timeline.Source, error) {
	storyID, err := db.storyID(ctx, slug)
	if err != nil {
		return nil, err
	}
	rows, err := db.read.QueryContext(ctx, `
		SELECT key, file_name, headline, outlet, url, published, content_hash FROM (
			SELECT * FROM sources WHERE story_id = ? ORDER BY events DESC, position LIMIT ?)
		ORDER BY position`, storyID, limit)
	if err != nil {
		return nil, fmt.Errorf("query sources: %w", err)
	}
	return scanSources(rows)
}

// Source returns one source of a story with its paragraphs.
func (db *DB) Source(ctx context.Context, slug, key string) (timeline.Source, error) {
	row := db.read.QueryRowContext(ctx, `
		SELECT src.key, src.file_name, src.headline, src.outlet, src.url, src.published, src.content_hash
		FROM sources src JOIN stories s ON s.id = src.story_id
		WHERE s.slug = ? AND src.key = ?`, slug, key)
	src, err := scanSource(row)
	if errors.Is(err, sql.ErrNoRows) {
		return src, fmt.Errorf("source %q of story %q: %w", key, slug, timeline.ErrNotFound)
	}
	if err != nil {
		return src, err
	}
	rows, err := db.read.QueryContext(ctx, `
		SELECT p.ordinal, p.role, p.text
		FROM paragraphs p JOIN sources src ON src.id = p.source_id JOIN stories s ON s.id = src.story_id
		WHERE s.slug = ? AND src.key = ? ORDER BY p.ordinal`, slug, key)
	if err != nil {
		return src, fmt.Errorf("query paragraphs: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p timeline.Paragraph
		var role string
		if err := rows.Scan(&p.Ordinal, &role, &p.Text); err != nil {
			return src, fmt.Errorf("read paragraph: %w", err)
		}
		p.Role = timeline.Role(role)
		src.Paragraphs = append(src.Paragraphs, p)
	}
	return src, rows.Err()
}

// EventsCiting returns the events that cite a source, each with only its
// citations of that source, in timeline order.
func (db *DB) EventsCiting(ctx context.Context, slug, key string) ([]timeline.Event, error) {
	storyID, err := db.storyID(ctx, slug)
	if err != nil {
		return nil, err
	}
	// The source's citations lead, by their index; the story's events are
	// never scanned.
	events, err := db.events(ctx, `
		SELECT `+eventColumns+` FROM events e
		WHERE e.id IN (SELECT c.event_id FROM citations c
		               WHERE c.source_id = (SELECT id FROM sources WHERE story_id = ? AND key = ?))
		ORDER BY e.position`, storyID, key)
	if err != nil {
		return nil, err
	}
	for i := range events {
		var own []timeline.Citation
		for _, c := range events[i].Citations {
			if c.SourceKey == key {
				own = append(own, c)
			}
		}
		events[i].Citations = own
	}
	return events, nil
}

// scanSources reads every row of a sources query and closes it.
func scanSources(rows *sql.Rows) ([]timeline.Source, error) {
	defer rows.Close()
	var sources []timeline.Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			return nil, err
		}
		sources = append(sources, src)
	}
	return sources, rows.Err()
}

func scanSource(row scanner) (timeline.Source, error) {
	var s timeline.Source
	var published string
	if err := row.Scan(&s.Key, &s.FileName, &s.Headline, &s.Outlet, &s.URL, &published, &s.ContentHash); err != nil {
		return s, err
	}
	s.Published = parseDate(sql.NullString{String: published, Valid: true})
	return s, nil
}

func parseDate(s sql.NullString) time.Time {
	if !s.Valid {
		return time.Time{}
	}
	t, _ := time.Parse(timeline.DateLayout, s.String)
	return t
}
