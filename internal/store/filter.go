package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/throughline-news/throughline/internal/timeline"
)

// FilterEvents returns one page of a story's events narrowed by f, in
// timeline order with undated events last, and how many match in all.
// The work is done in SQL, so a page costs the same in a story of a
// hundred events or a hundred thousand: a page of the whole timeline is a
// range of positions, a search walks the search index in timeline order
// and any other filtered page an index of events, until it has enough
// events, and totals come from counts kept at ingest where one applies.
func (db *DB) FilterEvents(ctx context.Context, slug string, f timeline.EventFilter) (timeline.EventPage, error) {
	var page timeline.EventPage
	var c storyCounts
	err := db.read.QueryRowContext(ctx, `SELECT id, event_count, key_event_count, dated_event_count FROM stories WHERE slug = ?`,
		slug).Scan(&c.id, &c.events, &c.keyEvents, &c.dated)
	if errors.Is(err, sql.ErrNoRows) {
		return page, fmt.Errorf("story %q: %w", slug, timeline.ErrNotFound)
	}
	if err != nil {
		return page, fmt.Errorf("find story: %w", err)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = c.events
	}
	offset := max(f.Offset, 0)
	only := timeline.EventFilter{Newest: f.Newest, Offset: f.Offset, Limit: f.Limit}
	if f == only {
		page.Total = c.events
		page.Events, err = db.timelineRange(ctx, c, f.Newest, offset, limit)
		return page, err
	}

	where, args := []string{"e.story_id = ?"}, []any{c.id}
	match := ""
	if f.Text != "" {
		if match = ftsQuery(f.Text); match == "" {
			return page, nil // nothing to search for finds nothing
		}
		if f == with(only, func(o *timeline.EventFilter) { o.Text = f.Text }) {
			return db.searchPage(ctx, c, match, f.Newest, offset, limit)
		}
		first := searchRow(c.id, 0)
		where = append(where, "e.position IN (SELECT rowid - ? FROM event_search WHERE event_search MATCH ? AND rowid BETWEEN ? AND ?)")
		args = append(args, first, match, first, first+int64(c.events)-1)
	}
	if f.Source != "" {
		where = append(where, `e.id IN (SELECT c.event_id FROM citations c JOIN sources src ON src.id = c.source_id
			WHERE src.story_id = ? AND src.key = ?)`)
		args = append(args, c.id, f.Source)
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
	if page.Total, err = db.countMatching(ctx, c, f, cond, args); err != nil {
		return page, err
	}
	// The page's positions are chosen first and only their rows are read
	// in full: sorting whole rows of every matching event would cost the
	// story.
	order, orderArgs := timelineOrder(c, f.Newest)
	positions, err := db.positions(ctx, `SELECT e.position FROM events e WHERE `+cond+` ORDER BY `+order+` LIMIT ? OFFSET ?`,
		append(append(args, orderArgs...), limit, offset)...)
	if err != nil {
		return page, err
	}
	if page.Events, err = db.eventsAt(ctx, c, positions, f.Newest); err != nil || match == "" || len(positions) == 0 {
		return page, err
	}
	first := searchRow(c.id, 0)
	rows := make([]any, len(positions))
	for i, p := range positions {
		rows[i] = first + int64(p)
	}
	_, found, err := db.orderedHits(ctx, `SELECT `+hitColumns+` FROM event_search WHERE event_search MATCH ? AND rowid IN (`+placeholders(len(rows))+`)`,
		append(append(hitArgs(first), match), rows...)...)
	if err != nil {
		return page, err
	}
	page.Hits = make(map[string]timeline.SearchHit, len(found))
	for i, e := range page.Events {
		if h, ok := found[positions[i]]; ok {
			page.Hits[e.ID] = h
		}
	}
	return page, nil
}

// storyCounts are a story's row id and the counts kept at ingest.
type storyCounts struct {
	id                       int64
	events, keyEvents, dated int
}

// timelineOrder is the ORDER BY of events in timeline order, and its
// arguments. Positions put undated events last; newest first, they stay
// last.
func timelineOrder(c storyCounts, newest bool) (string, []any) {
	if newest {
		return "e.position >= ?, e.position DESC", []any{c.dated}
	}
	return "e.position", nil
}

// timelineRange reads a page of the whole timeline by position: oldest
// first the positions themselves; newest first the dated events from the
// last back, then the undated, also from the last back.
func (db *DB) timelineRange(ctx context.Context, c storyCounts, newest bool, offset, limit int) ([]timeline.Event, error) {
	byPosition := `SELECT ` + eventColumns + ` FROM events e WHERE e.story_id = ? AND e.position >= ? AND e.position < ?`
	if !newest {
		return db.events(ctx, byPosition+` ORDER BY e.position`, c.id, offset, offset+limit)
	}
	var page []timeline.Event
	if offset < c.dated { // the dated part, backwards: row k is position dated-1-k
		from, to := max(c.dated-offset-limit, 0), c.dated-offset
		dated, err := db.events(ctx, byPosition+` ORDER BY e.position DESC`, c.id, from, to)
		if err != nil {
			return nil, err
		}
		page = dated
	}
	if rest := limit - len(page); rest > 0 && offset+len(page) < c.events { // the undated part: row k is position events-1-(k-dated)
		skipped := max(offset, c.dated) - c.dated
		from, to := max(c.events-skipped-rest, c.dated), c.events-skipped
		undated, err := db.events(ctx, byPosition+` ORDER BY e.position DESC`, c.id, from, to)
		if err != nil {
			return nil, err
		}
		page = append(page, undated...)
	}
	return page, nil
}

// searchPage reads a page of the events a search matches, with the
// matches marked, by walking the search index in timeline order (its rows
// follow positions, see searchRow) until the page is full: oldest first
// the story's range forwards; newest first the dated part backwards, then
// the undated part backwards. The total is counted up to a bound.
func (db *DB) searchPage(ctx context.Context, c storyCounts, match string, newest bool, offset, limit int) (timeline.EventPage, error) {
	var page timeline.EventPage
	first := searchRow(c.id, 0)
	count := func(from, to, most int) (int, error) { // matches at positions [from, to), up to most
		var n int
		err := db.read.QueryRowContext(ctx, `SELECT count(*) FROM (
				SELECT 1 FROM event_search WHERE event_search MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?)`,
			match, first+int64(from), first+int64(to)-1, most).Scan(&n)
		if err != nil {
			return 0, fmt.Errorf("count matches: %w", err)
		}
		return n, nil
	}
	matches := func(from, to int, backwards bool, offset, limit int) ([]int, map[int]timeline.SearchHit, error) {
		query := `SELECT ` + hitColumns + ` FROM event_search WHERE event_search MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid`
		if backwards {
			query += ` DESC`
		}
		return db.orderedHits(ctx, query+` LIMIT ? OFFSET ?`, append(hitArgs(first), match, first+int64(from), first+int64(to)-1, limit, offset)...)
	}
	// Counting stops a little past the page, so a common word costs no
	// more than a rare one: "more than 1,050 events match".
	most := offset + limit + searchCountAhead
	n, err := count(0, c.events, most+1)
	if err != nil {
		return page, err
	}
	page.Total, page.MoreThanTotal = min(n, most), n > most
	if offset >= page.Total {
		return page, nil
	}
	var positions []int
	var found map[int]timeline.SearchHit
	if !newest {
		positions, found, err = matches(0, c.events, false, offset, limit)
	} else {
		positions, found, err = matches(0, c.dated, true, offset, limit)
		if rest := limit - len(positions); err == nil && rest > 0 && c.dated < c.events {
			skip := 0 // past the dated matches: how many undated ones the offset skips
			if len(positions) == 0 && offset > 0 {
				var dated int
				if dated, err = count(0, c.dated, c.dated); err != nil {
					return page, err
				}
				skip = offset - dated
			}
			var more []int
			var moreFound map[int]timeline.SearchHit
			if more, moreFound, err = matches(c.dated, c.events, true, skip, rest); err == nil {
				positions = append(positions, more...)
				maps.Copy(found, moreFound)
			}
		}
	}
	if err != nil {
		return page, err
	}
	if page.Events, err = db.eventsAt(ctx, c, positions, newest); err != nil {
		return page, err
	}
	page.Hits = make(map[string]timeline.SearchHit, len(positions))
	for i, e := range page.Events {
		page.Hits[e.ID] = found[positions[i]]
	}
	return page, nil
}

// searchCountAhead is how many matches past the page a search counts
// before it says only "more than".
const searchCountAhead = 1000

// hitColumns select a search match's timeline position (given the story's
// first row, see hitArgs), its highlighted title and summary, and a
// snippet of its cited paragraphs.
const hitColumns = `rowid - ?, highlight(event_search, 0, ?, ?), highlight(event_search, 1, ?, ?),
	snippet(event_search, 2, ?, ?, '…', 24)`

func hitArgs(first int64) []any {
	return []any{first, markOpen, markClose, markOpen, markClose, markOpen, markClose}
}

// orderedHits runs a query of hitColumns and returns the positions in the
// order read, with each one's marked matches.
func (db *DB) orderedHits(ctx context.Context, query string, args ...any) ([]int, map[int]timeline.SearchHit, error) {
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var positions []int
	found := map[int]timeline.SearchHit{}
	for rows.Next() {
		p, h, err := scanHit(rows)
		if err != nil {
			return nil, nil, err
		}
		positions = append(positions, p)
		found[p] = h
	}
	return positions, found, rows.Err()
}

// positions runs a query of event positions.
func (db *DB) positions(ctx context.Context, query string, args ...any) ([]int, error) {
	rows, err := db.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("choose page: %w", err)
	}
	defer rows.Close()
	var positions []int
	for rows.Next() {
		var p int
		if err := rows.Scan(&p); err != nil {
			return nil, fmt.Errorf("choose page: %w", err)
		}
		positions = append(positions, p)
	}
	return positions, rows.Err()
}

// eventsAt reads the events at the given positions, which are in timeline
// order.
func (db *DB) eventsAt(ctx context.Context, c storyCounts, positions []int, newest bool) ([]timeline.Event, error) {
	if len(positions) == 0 {
		return nil, nil
	}
	order, orderArgs := timelineOrder(c, newest)
	args := []any{c.id}
	for _, p := range positions {
		args = append(args, p)
	}
	events, err := db.events(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.story_id = ? AND e.position IN (`+
		placeholders(len(positions))+`) ORDER BY `+order, append(args, orderArgs...)...)
	if err == nil && len(events) != len(positions) {
		err = fmt.Errorf("read %d events at %d positions: the story changed while read", len(events), len(positions))
	}
	return events, err
}

// countMatching counts the events a filter matches: from the counts kept
// at ingest when a single facet filters, else by counting.
func (db *DB) countMatching(ctx context.Context, c storyCounts, f timeline.EventFilter, cond string, args []any) (int, error) {
	var n int
	var err error
	only := timeline.EventFilter{Newest: f.Newest, Offset: f.Offset, Limit: f.Limit}
	switch f {
	case with(only, func(o *timeline.EventFilter) { o.KeyOnly = true }):
		return c.keyEvents, nil
	case with(only, func(o *timeline.EventFilter) { o.Kind = f.Kind }):
		err = db.read.QueryRowContext(ctx, `SELECT events FROM event_facets WHERE story_id = ? AND facet = 'kind' AND value = ?`, c.id, f.Kind).Scan(&n)
	case with(only, func(o *timeline.EventFilter) { o.Actor = f.Actor }):
		err = db.read.QueryRowContext(ctx, `SELECT events FROM event_facets WHERE story_id = ? AND facet = 'actor' AND value = ?`, c.id, f.Actor).Scan(&n)
	case with(only, func(o *timeline.EventFilter) { o.Source = f.Source }):
		err = db.read.QueryRowContext(ctx, `SELECT events FROM sources WHERE story_id = ? AND key = ?`, c.id, f.Source).Scan(&n)
	default:
		err = db.read.QueryRowContext(ctx, `SELECT count(*) FROM events e WHERE `+cond, args...).Scan(&n)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil // no such kind, actor or source: nothing matches
	}
	if err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

func with(f timeline.EventFilter, set func(*timeline.EventFilter)) timeline.EventFilter {
	set(&f)
	return f
}

// EventFacets counts a story's events by kind and actor, for the
// timeline's filter controls, from the counts kept at ingest.
func (db *DB) EventFacets(ctx context.Context, slug string) (timeline.Facets, error) {
	var f timeline.Facets
	storyID, err := db.storyID(ctx, slug)
	if err != nil {
		return f, err
	}
	if err := db.read.QueryRowContext(ctx, `SELECT event_count, key_event_count FROM stories WHERE id = ?`,
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
