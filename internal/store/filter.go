package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/throughline-news/throughline/internal/timeline"
)

// FilterEvents returns one page of a story's events narrowed by f, in
// timeline order with undated events last, and how many match in all.
// The work is done in SQL, so a page costs the same in a story of a
// hundred events or a hundred thousand.
func (db *DB) FilterEvents(ctx context.Context, slug string, f timeline.EventFilter) (timeline.EventPage, error) {
	var page timeline.EventPage
	storyID, err := db.storyID(ctx, slug)
	if err != nil {
		return page, err
	}
	where, args := []string{"e.story_id = ?"}, []any{storyID}
	match := ""
	if f.Text != "" {
		if match = ftsQuery(f.Text); match == "" {
			return page, nil // nothing to search for finds nothing
		}
		where = append(where, "e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH ?)")
		args = append(args, match)
	}
	if f.Source != "" {
		where = append(where, `e.id IN (SELECT c.event_id FROM citations c JOIN sources src ON src.id = c.source_id
			WHERE src.story_id = ? AND src.key = ?)`)
		args = append(args, storyID, f.Source)
	}
	if f.Kind != "" {
		where = append(where, "e.kind = ?")
		args = append(args, f.Kind)
	}
	if f.Actor != "" {
		where = append(where, "e.id IN (SELECT event_id FROM event_actors WHERE name = ?)")
		args = append(args, f.Actor)
	}
	if f.KeyOnly {
		where = append(where, "e.key_event = 1")
	}
	cond := strings.Join(where, " AND ")

	if err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM events e WHERE `+cond, args...).Scan(&page.Total); err != nil {
		return page, fmt.Errorf("count events: %w", err)
	}
	order := "e.position"
	if f.Newest {
		order = "e.position DESC"
	}
	limit := f.Limit
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	// The page's rows are chosen first and only they are read in full:
	// sorting whole rows of every matching event would cost the story.
	page.Events, err = db.events(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.id IN (
			SELECT e.id FROM events e WHERE `+cond+`
			ORDER BY (e.date_start IS NULL AND e.date_end IS NULL), `+order+` LIMIT ? OFFSET ?)
		ORDER BY (e.date_start IS NULL AND e.date_end IS NULL), `+order,
		append(args, limit, max(f.Offset, 0))...)
	if err != nil || match == "" || len(page.Events) == 0 {
		return page, err
	}
	page.Hits, err = db.highlight(ctx, storyID, match, page.Events)
	return page, err
}

// highlight marks the search matches in the given events.
func (db *DB) highlight(ctx context.Context, storyID int64, match string, events []timeline.Event) (map[string]timeline.SearchHit, error) {
	keys := make([]any, 0, len(events))
	for _, e := range events {
		keys = append(keys, e.ID)
	}
	rows, err := db.read.QueryContext(ctx, `
		SELECT e.key,
		       highlight(event_search, 0, ?, ?),
		       highlight(event_search, 1, ?, ?),
		       snippet(event_search, 2, ?, ?, '…', 24)
		FROM event_search JOIN events e ON e.id = event_search.rowid
		WHERE event_search MATCH ? AND e.story_id = ? AND e.key IN (`+placeholders(len(keys))+`)`,
		append([]any{markOpen, markClose, markOpen, markClose, markOpen, markClose, match, storyID}, keys...)...)
	if err != nil {
		return nil, fmt.Errorf("highlight matches: %w", err)
	}
	defer rows.Close()
	hits := make(map[string]timeline.SearchHit, len(events))
	for rows.Next() {
		h, err := scanHit(rows)
		if err != nil {
			return nil, err
		}
		hits[h.EventID] = h
	}
	return hits, rows.Err()
}

// EventFacets counts a story's events by kind and actor, for the
// timeline's filter controls, from the counts kept at ingest.
func (db *DB) EventFacets(ctx context.Context, slug string) (timeline.Facets, error) {
	var f timeline.Facets
	storyID, err := db.storyID(ctx, slug)
	if err != nil {
		return f, err
	}
	if err := db.read.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(key_event), 0) FROM events WHERE story_id = ?`,
		storyID).Scan(&f.Events, &f.KeyEvents); err != nil {
		return f, fmt.Errorf("count events: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, `SELECT facet, value, events FROM event_facets WHERE story_id = ?
		ORDER BY facet, events DESC, value`, storyID)
	if err != nil {
		return f, fmt.Errorf("read facets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var facet string
		var a timeline.ActorCount
		if err := rows.Scan(&facet, &a.Name, &a.Events); err != nil {
			return f, fmt.Errorf("read facet: %w", err)
		}
		if facet == "kind" {
			f.Kinds = append(f.Kinds, a.Name)
			continue
		}
		f.Actors = append(f.Actors, a)
	}
	slices.Sort(f.Kinds)
	return f, rows.Err()
}

// Neighbours returns the events before and after an event in timeline
// order, without their citations; nil where there is none.
func (db *DB) Neighbours(ctx context.Context, slug, id string) (prev, next *timeline.Event, err error) {
	var storyID int64
	var position int
	err = db.read.QueryRowContext(ctx, `SELECT e.story_id, e.position FROM events e JOIN stories s ON s.id = e.story_id
		WHERE s.slug = ? AND e.key = ?`, slug, id).Scan(&storyID, &position)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, fmt.Errorf("event %q of story %q: %w", id, slug, timeline.ErrNotFound)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("find event: %w", err)
	}
	neighbour := func(query string) (*timeline.Event, error) {
		var e timeline.Event
		err := db.read.QueryRowContext(ctx, query, storyID, position).Scan(&e.ID, &e.Slug, &e.Title)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, nil
		}
		return &e, err
	}
	if prev, err = neighbour(`SELECT key, slug, title FROM events WHERE story_id = ? AND position < ? ORDER BY position DESC LIMIT 1`); err != nil {
		return nil, nil, fmt.Errorf("previous event: %w", err)
	}
	if next, err = neighbour(`SELECT key, slug, title FROM events WHERE story_id = ? AND position > ? ORDER BY position LIMIT 1`); err != nil {
		return nil, nil, fmt.Errorf("next event: %w", err)
	}
	return prev, next, nil
}

// storyID looks up a story's row id by slug.
func (db *DB) storyID(ctx context.Context, slug string) (int64, error) {
	var id int64
	err := db.read.QueryRowContext(ctx, `SELECT id FROM stories WHERE slug = ?`, slug).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("story %q: %w", slug, timeline.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("find story: %w", err)
	}
	return id, nil
}

// placeholders is "?, ?, ?" for n arguments.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// RemovedEvent returns the title of an event a re-ingest removed from a
// story; ErrNotFound if the story never had it.
func (db *DB) RemovedEvent(ctx context.Context, slug, id string) (title string, err error) {
	err = db.read.QueryRowContext(ctx, `SELECT r.title FROM removed_events r JOIN stories s ON s.id = r.story_id
		WHERE s.slug = ? AND r.key = ?`, slug, id).Scan(&title)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("removed event %q of story %q: %w", id, slug, timeline.ErrNotFound)
	}
	return title, err
}
