package store

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/timeline"
)

func TestSearchEvents(t *testing.T) {
	db, _, _, _ := savedFixture(t)
	tests := []struct {
		name, query string
		want        []string
	}{
		{"title match ranks first", "port", []string{"aaaaaaaaaa", "bbbbbbbbbb"}},
		{"case and prefix", "PAUS", []string{"bbbbbbbbbb"}},
		{"cited paragraph text", "traders", []string{"bbbbbbbbbb", "aaaaaaaaaa"}},
		{"every word required", "closes pause", nil},
		{"operators are words", `port OR "pause" NEAR(`, nil},
		{"punctuation only", `"*():^-`, nil},
		{"empty", "", nil},
		{"unknown word", "volcano", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := db.SearchEvents(context.Background(), "harbour-fire", tt.query)
			require.NoError(t, err)
			var got []string
			for _, h := range hits {
				got = append(got, h.EventID)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSearchEventsMarksMatches(t *testing.T) {
	db, _, _, _ := savedFixture(t)
	hits, err := db.SearchEvents(context.Background(), "harbour-fire", "port")
	require.NoError(t, err)
	require.Len(t, hits, 2)
	assert.Equal(t, []timeline.TextRun{{Text: "Port", Match: true}, {Text: " closes"}}, hits[0].Title)
	assert.Contains(t, hits[0].Sources, timeline.TextRun{Text: "port", Match: true})
}

func TestSearchIndexFollowsReplacement(t *testing.T) {
	db, _, _, _ := savedFixture(t)
	story, sources, events := fixture("v2")
	events[0].Title = "Harbour reopens"
	_, err := db.SaveStory(context.Background(), story, sources, events)
	require.NoError(t, err)
	hits, err := db.SearchEvents(context.Background(), "harbour-fire", "reopens")
	require.NoError(t, err)
	assert.Len(t, hits, 1)
	var n int
	require.NoError(t, db.reader.QueryRow(`SELECT count(*) FROM event_search`).Scan(&n))
	assert.Equal(t, 2, n, "old rows were removed from the index")
}

func TestFTSQueryIsBounded(t *testing.T) {
	q := ftsQuery(strings.Repeat("word ", 1000))
	assert.Equal(t, maxQueryTerms, strings.Count(q, `"word"`))
	assert.LessOrEqual(t, len(ftsQuery(strings.Repeat("é", 1000))), maxQueryBytes+4)
}

// FuzzSearchEvents: no input makes a search fail or panic.
func FuzzSearchEvents(f *testing.F) {
	for _, s := range []string{"port", `"`, "NEAR(a b)", "a*", "-x", "^", "col:word", "\x02", "AND OR NOT"} {
		f.Add(s)
	}
	db, _, _, _ := savedFixture(f)
	f.Fuzz(func(t *testing.T, q string) {
		_, err := db.SearchEvents(context.Background(), "harbour-fire", q)
		require.NoError(t, err)
	})
}
