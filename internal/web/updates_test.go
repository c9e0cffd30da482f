package web_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/timeline"
)

// TestRemovedEventIsGone re-saves the sample story without its first
// event: that event's permalink answers 410 with the way to the timeline,
// the others still answer, and a never-seen id is still 404.
func TestRemovedEventIsGone(t *testing.T) {
	ctx := context.Background()
	h, db, slug := newSite(t)
	story, err := db.Story(ctx, slug)
	require.NoError(t, err)
	events, err := db.Events(ctx, slug)
	require.NoError(t, err)
	list, err := db.Sources(ctx, slug)
	require.NoError(t, err)
	var sources []timeline.Source
	for _, s := range list {
		full, err := db.Source(ctx, slug, s.Key)
		require.NoError(t, err)
		sources = append(sources, full)
	}
	doc := sampleEvents(t, h, slug)
	removed, kept := doc.Events[0], doc.Events[1]
	story.Fingerprint = "edited"
	var rest []timeline.Event
	for _, e := range events {
		if e.ID != removed.ID {
			rest = append(rest, e)
		}
	}
	_, err = db.SaveStory(ctx, story, sources, rest)
	require.NoError(t, err)

	resp := get(t, h, removed.URL)
	page := body(t, resp)
	assert.Equal(t, http.StatusGone, resp.StatusCode)
	assert.Contains(t, page, "This event was removed")
	assert.Contains(t, page, `<a href="/stories/`+slug+`">The timeline of `)
	assert.Equal(t, http.StatusOK, get(t, h, kept.URL).StatusCode)
	assert.Equal(t, http.StatusNotFound, get(t, h, "/stories/"+slug+"/events/zzzzzzzzzz-never").StatusCode)
}
