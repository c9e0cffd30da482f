package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/timeline"
)

func ids(p timeline.EventPage) []string {
	var out []string
	for _, e := range p.Events {
		out = append(out, e.ID)
	}
	return out
}

func TestFilterEventsSearch(t *testing.T) {
	db, _, _, _ := savedFixture(t)
	tests := []struct {
		name, query string
		want        []string
	}{
		{"title", "port", []string{"aaaaaaaaaa", "bbbbbbbbbb"}},
		{"case and stem", "PAUSING", []string{"bbbbbbbbbb"}},
		{"a word's start is not a word", "paus", nil},
		{"cited paragraph text", "traders", []string{"aaaaaaaaaa", "bbbbbbbbbb"}},
		{"every word required", "pause volcano", nil},
		{"forms of a word match", "closing", []string{"aaaaaaaaaa", "bbbbbbbbbb"}},
		{"operators are words", `port OR "pause" NEAR(`, nil},
		{"punctuation only", `"*():^-`, nil},
		{"unknown word", "volcano", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := db.FilterEvents(context.Background(), "harbour-fire", timeline.EventFilter{Text: tt.query})
			require.NoError(t, err)
			assert.Equal(t, tt.want, ids(page))
			assert.Equal(t, len(tt.want), page.Total)
			assert.Len(t, page.Hits, len(tt.want), "each listed event has its matches")
		})
	}
}

func TestFilterEventsMarksMatches(t *testing.T) {
	db, _, _, _ := savedFixture(t)
	page, err := db.FilterEvents(context.Background(), "harbour-fire", timeline.EventFilter{Text: "port"})
	require.NoError(t, err)
	hit := page.Hits["aaaaaaaaaa"]
	assert.Equal(t, []timeline.TextRun{{Text: "Port", Match: true}, {Text: " closes"}}, hit.Title)
	assert.Contains(t, hit.Sources, timeline.TextRun{Text: "port", Match: true})
}

func TestSearchIndexFollowsReplacement(t *testing.T) {
	db, _, _, _ := savedFixture(t)
	story, sources, events := fixture("v2")
	events[0].Title = "Harbour reopens"
	_, err := db.SaveStory(context.Background(), story, sources, events)
	require.NoError(t, err)
	page, err := db.FilterEvents(context.Background(), "harbour-fire", timeline.EventFilter{Text: "reopens"})
	require.NoError(t, err)
	assert.Len(t, page.Events, 1)
	var n int
	require.NoError(t, db.reader.QueryRow(`SELECT count(*) FROM event_search`).Scan(&n))
	assert.Equal(t, 2, n, "old rows were removed from the index")
}

// manyEvents saves a story of n day-dated events, every third undated,
// alternating kinds, each naming one of three actors and citing one of
// two sources; the first event is the most important.
func manyEvents(t *testing.T, n int) *DB {
	t.Helper()
	db, _ := openTemp(t)
	para := "Officials said the ferry sank."
	var sources []timeline.Source
	for _, key := range []string{"wire-a", "wire-b"} {
		sources = append(sources, timeline.Source{Key: key, FileName: key + ".txt", Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
			Paragraphs: []timeline.Paragraph{{Ordinal: 1, Role: timeline.RoleBody, Text: para}}})
	}
	var events []timeline.Event
	for i := range n {
		e := timeline.Event{
			ID: fmt.Sprintf("e%02d", i), Slug: "e", Kind: []string{"action", "statement"}[i%2], Title: fmt.Sprintf("Event %d", i),
			Summary: para, Actors: []string{fmt.Sprintf("Actor %d", i%3)}, Importance: 0.5,
			Citations: []timeline.Citation{{SourceKey: sources[i%2].Key, Paragraph: 1, ParagraphText: para, Quote: para, QuoteEnd: len(para)}},
		}
		if i%2 == 0 {
			e.Title += " rescue"
		}
		if i == 0 {
			e.Importance = 1
		}
		e.Date = timeline.Date{Precision: timeline.PrecisionUnknown}
		if i%3 != 2 {
			d := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
			e.Date = timeline.Date{Start: d, End: d, Precision: timeline.PrecisionDay}
		}
		events = append(events, e)
	}
	_, err := db.SaveStory(context.Background(), timeline.Story{Slug: "ferry", Title: "Ferry", Fingerprint: "f"}, sources, events)
	require.NoError(t, err)
	return db
}

func TestFilterEvents(t *testing.T) {
	db := manyEvents(t, 9)
	tests := []struct {
		name   string
		filter timeline.EventFilter
		want   []string
		total  int
	}{
		{"undated last", timeline.EventFilter{}, []string{"e00", "e01", "e03", "e04", "e06", "e07", "e02", "e05", "e08"}, 9},
		{"newest first, undated still last", timeline.EventFilter{Newest: true}, []string{"e07", "e06", "e04", "e03", "e01", "e00", "e08", "e05", "e02"}, 9},
		{"a page", timeline.EventFilter{Offset: 2, Limit: 3}, []string{"e03", "e04", "e06"}, 9},
		{"past the end", timeline.EventFilter{Offset: 20, Limit: 3}, nil, 9},
		{"kind", timeline.EventFilter{Kind: "statement"}, []string{"e01", "e03", "e07", "e05"}, 4},
		{"actor", timeline.EventFilter{Actor: "Actor 1"}, []string{"e01", "e04", "e07"}, 3},
		{"source", timeline.EventFilter{Source: "wire-b"}, []string{"e01", "e03", "e07", "e05"}, 4},
		{"combined", timeline.EventFilter{Source: "wire-a", Actor: "Actor 0"}, []string{"e00", "e06"}, 2},
		{"key events: the top 30%, at least five, ties by order", timeline.EventFilter{KeyOnly: true}, []string{"e00", "e01", "e03", "e04", "e02"}, 5},
		{"unknown actor", timeline.EventFilter{Actor: "Nobody"}, nil, 0},
		{"unknown source", timeline.EventFilter{Source: "nope"}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := db.FilterEvents(context.Background(), "ferry", tt.filter)
			require.NoError(t, err)
			assert.Equal(t, tt.want, ids(page))
			assert.Equal(t, tt.total, page.Total)
			for _, e := range page.Events {
				assert.NotEmpty(t, e.Citations, "events come with their citations")
			}
		})
	}
	_, err := db.FilterEvents(context.Background(), "no-such-story", timeline.EventFilter{})
	assert.ErrorIs(t, err, timeline.ErrNotFound)
}

func TestEventFacets(t *testing.T) {
	db := manyEvents(t, 9)
	f, err := db.EventFacets(context.Background(), "ferry")
	require.NoError(t, err)
	assert.Equal(t, timeline.Facets{
		Events: 9, KeyEvents: 5, Kinds: []string{"action", "statement"},
		Actors: []timeline.ActorCount{{Name: "Actor 0", Events: 3}, {Name: "Actor 1", Events: 3}, {Name: "Actor 2", Events: 3}},
	}, f)
	_, err = db.EventFacets(context.Background(), "no-such-story")
	assert.ErrorIs(t, err, timeline.ErrNotFound)
}

func TestNeighbours(t *testing.T) {
	db := manyEvents(t, 3)
	prev, next, err := db.Neighbours(context.Background(), "ferry", "e00")
	require.NoError(t, err)
	assert.Nil(t, prev)
	require.NotNil(t, next)
	assert.Equal(t, "e01", next.ID)
	prev, next, err = db.Neighbours(context.Background(), "ferry", "e02")
	require.NoError(t, err)
	assert.Equal(t, "e01", prev.ID)
	assert.Nil(t, next)
	_, _, err = db.Neighbours(context.Background(), "ferry", "nope")
	assert.ErrorIs(t, err, timeline.ErrNotFound)
}

func TestFTSQueryIsBounded(t *testing.T) {
	q := ftsQuery(strings.Repeat("word ", 1000))
	assert.Equal(t, maxQueryTerms, strings.Count(q, `"word"`))
	assert.LessOrEqual(t, len(ftsQuery(strings.Repeat("é", 1000))), maxQueryBytes+4)
}

// FuzzSearchEvents: no search text makes the timeline query fail or panic.
func FuzzSearchEvents(f *testing.F) {
	for _, s := range []string{"port", `"`, "NEAR(a b)", "a*", "-x", "^", "col:word", "\x02", "AND OR NOT"} {
		f.Add(s)
	}
	db, _, _, _ := savedFixture(f)
	f.Fuzz(func(t *testing.T, q string) {
		_, err := db.FilterEvents(context.Background(), "harbour-fire", timeline.EventFilter{Text: q, Limit: 50})
		require.NoError(t, err)
	})
}

func TestRemovedEvents(t *testing.T) {
	ctx := context.Background()
	db, _, _, _ := savedFixture(t)
	story, sources, events := fixture("v2")
	_, err := db.SaveStory(ctx, story, sources, events[1:])
	require.NoError(t, err)
	title, err := db.RemovedEvent(ctx, "harbour-fire", "aaaaaaaaaa")
	require.NoError(t, err)
	assert.Equal(t, "Port closes", title)
	_, err = db.RemovedEvent(ctx, "harbour-fire", "bbbbbbbbbb")
	assert.ErrorIs(t, err, timeline.ErrNotFound, "a kept event is not removed")

	story, sources, events = fixture("v3")
	_, err = db.SaveStory(ctx, story, sources, events)
	require.NoError(t, err)
	_, err = db.RemovedEvent(ctx, "harbour-fire", "aaaaaaaaaa")
	assert.ErrorIs(t, err, timeline.ErrNotFound, "an event that came back is no longer removed")
}

// Every view lists the events of the whole timeline it matches, in the
// timeline's order, and every page of it is the matching slice of that
// list, on either side of the dated/undated boundary: the whole timeline
// is read by position ranges, searches by walking the search index,
// other filtered views by walking an index of events.
func TestFilterEventsPages(t *testing.T) {
	db := manyEvents(t, 9)
	ctx := context.Background()
	rescue := func(e timeline.Event) bool { return strings.HasSuffix(e.Title, " rescue") }
	statement := func(e timeline.Event) bool { return e.Kind == "statement" }
	for _, view := range []struct {
		base    timeline.EventFilter
		matches func(timeline.Event) bool
	}{
		{timeline.EventFilter{}, nil},
		{timeline.EventFilter{Newest: true}, nil},
		{timeline.EventFilter{Kind: "statement"}, statement},
		{timeline.EventFilter{Kind: "statement", Newest: true}, statement},
		{timeline.EventFilter{Text: "rescue"}, rescue},
		{timeline.EventFilter{Newest: true, Text: "rescue"}, rescue},
		{timeline.EventFilter{Text: "ferry", Kind: "statement"}, statement},
		{timeline.EventFilter{Newest: true, Text: "rescues", Source: "wire-a"}, rescue},
	} {
		base := view.base
		whole, err := db.FilterEvents(ctx, "ferry", base)
		require.NoError(t, err)
		require.NotEmpty(t, whole.Events)
		all, err := db.FilterEvents(ctx, "ferry", timeline.EventFilter{Newest: base.Newest})
		require.NoError(t, err)
		var want []string
		for _, e := range all.Events {
			if view.matches == nil || view.matches(e) {
				want = append(want, e.ID)
			}
		}
		require.Equal(t, want, ids(whole), "%+v", base)
		require.Equal(t, len(want), whole.Total, "%+v", base)
		if base.Text != "" {
			require.Len(t, whole.Hits, len(want), "every listed match is marked")
		}
		for offset := 0; offset <= len(whole.Events)+1; offset++ {
			for limit := 1; limit <= len(whole.Events)+1; limit++ {
				f := base
				f.Offset, f.Limit = offset, limit
				page, err := db.FilterEvents(ctx, "ferry", f)
				require.NoError(t, err)
				want := ids(timeline.EventPage{Events: whole.Events[min(offset, len(whole.Events)):min(offset+limit, len(whole.Events))]})
				assert.Equal(t, want, ids(page), "%+v", f)
				assert.Equal(t, whole.Total, page.Total, "%+v", f)
			}
		}
	}
}

// A search counts its matches only a little past the page it shows.
func TestSearchCountIsBounded(t *testing.T) {
	db := manyEvents(t, 1100)
	ctx := context.Background()
	tests := []struct {
		name          string
		filter        timeline.EventFilter
		total         int
		moreThanTotal bool
	}{
		{"first page", timeline.EventFilter{Text: "ferry", Limit: 50}, 1050, true},
		{"newest first", timeline.EventFilter{Text: "ferry", Limit: 50, Newest: true}, 1050, true},
		{"a later page counts on", timeline.EventFilter{Text: "ferry", Offset: 100, Limit: 50}, 1100, false},
		{"fewer matches than the bound", timeline.EventFilter{Text: "rescue", Limit: 50}, 550, false},
		{"other filters count exactly", timeline.EventFilter{Text: "ferry", Kind: "action", Limit: 50}, 550, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := db.FilterEvents(ctx, "ferry", tt.filter)
			require.NoError(t, err)
			assert.Equal(t, tt.total, page.Total)
			assert.Equal(t, tt.moreThanTotal, page.MoreThanTotal)
			assert.Len(t, page.Events, 50)
		})
	}
}
