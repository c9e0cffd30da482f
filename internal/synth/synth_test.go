package synth_test

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/corpus"
	"github.com/throughline-news/throughline/internal/synth"
	"github.com/throughline-news/throughline/internal/timeline"
)

func TestStory(t *testing.T) {
	for _, n := range []int{1, 100, 2500} {
		story, sources, events := synth.Story("s", n, 7)
		require.Len(t, events, n)
		assert.Equal(t, "s", story.Slug)
		paragraphs := map[string][]timeline.Paragraph{}
		for _, s := range sources {
			paragraphs[s.Key] = s.Paragraphs
		}
		ids := map[string]bool{}
		for _, e := range events {
			assert.False(t, ids[e.ID], "id %s twice", e.ID)
			ids[e.ID] = true
			require.NotEmpty(t, e.Citations, e.Title)
			for _, c := range e.Citations {
				ps := paragraphs[c.SourceKey]
				require.GreaterOrEqual(t, len(ps), c.Paragraph, "citation of %s", c.SourceKey)
				assert.Equal(t, ps[c.Paragraph-1].Text, c.ParagraphText)
			}
		}
	}
	_, _, a := synth.Story("s", 300, 7)
	_, _, b := synth.Story("s", 300, 7)
	assert.Equal(t, a, b, "the same seed gives the same story")
}

// TestArticlesIngest reads invented articles as a story folder: every file
// parses, and the dates they write resolve to the days they report.
func TestArticlesIngest(t *testing.T) {
	folder := fstest.MapFS{}
	for _, f := range synth.Articles(60, 3) {
		folder[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	story, err := corpus.Load(folder, nil)
	require.NoError(t, err)
	require.Len(t, story.Articles, 60)
	assert.Empty(t, story.Warnings)
	for _, a := range story.Articles {
		assert.NotEmpty(t, a.Headline)
		assert.NotEmpty(t, a.Outlet)
		assert.False(t, a.Published.IsZero())
	}
}
