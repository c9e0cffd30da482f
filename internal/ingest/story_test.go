package ingest_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/corpus"
	"github.com/throughline-news/throughline/internal/ingest"
	"github.com/throughline-news/throughline/internal/timeline"
)

// storyEvent is an event a test story must yield.
type storyEvent struct {
	label   string // the date label
	title   string // a word the title must hold
	sources int    // independent sources citing it
}

// buildStory ingests a test story and checks that it yields every wanted
// event.
func buildStory(t *testing.T, dir string, wants []storyEvent) ingest.Result {
	t.Helper()
	story, err := corpus.Load(os.DirFS(dir), nil)
	require.NoError(t, err)
	res := ingest.Build(story.Articles)
	byLabel := map[string][]timeline.Event{}
	for _, e := range res.Events {
		byLabel[e.Date.Label()] = append(byLabel[e.Date.Label()], e)
	}
	for _, w := range wants {
		events := byLabel[w.label]
		require.NotEmpty(t, events, "no event dated %s; have %v", w.label, labels(res.Events))
		found := false
		for _, e := range events {
			outlets := map[string]bool{}
			for _, c := range e.Citations {
				outlets[c.SourceKey] = true
			}
			if len(outlets) >= w.sources && (w.title == "" || containsFold(e.Title, w.title)) {
				found = true
			}
		}
		assert.True(t, found, "no event on %s with %d sources and %q in its title: %v", w.label, w.sources, w.title, titles(events))
	}
	return res
}

// A second story, unlike the sample: wire copy about a port fire, written
// for this test. The pipeline must find its events, date them, merge the
// reports of each across outlets, and take nothing from captions,
// furniture, background or comment lines.
func TestSecondStory(t *testing.T) {
	res := buildStory(t, "testdata/harbour-fire", []storyEvent{
		{"Before mid-Feb 2024", "strike", 2}, // walked out / began a strike more than a month ago
		{"Late Tue 12 Mar 2024", "", 3},      // the fire broke out (late on Tuesday) / erupted / started
		{"Wed 13 Mar 2024", "", 1},           // the harbour master's statement
		{"Thu 14 Mar 2024", "", 1},           // the arrests
		{"Mon 18 Mar 2024", "", 1},           // inspections will begin
		{"Apr 2024", "inquiry", 1},           // the inquiry opens next month
	})
	for _, e := range res.Events {
		assert.NotEqual(t, 2019, e.Date.SortKey().Year(), "a caption's file date dated %q", e.Title)
		assert.NotContains(t, e.Title, "cycle lanes", "an unrelated story became an event")
		assert.NotContains(t, e.Summary, "declined to comment")
		assert.NotContains(t, e.Summary, "For decades")
	}
}

// A third story, told in wire datelines and relative dates: "The next
// morning" and "Two days later" open paragraphs of their own and count
// from the day the story began; a dateline's day dates nothing, and a
// caption's date anchors nothing.
func TestThirdStory(t *testing.T) {
	res := buildStory(t, "testdata/dam-breach", []storyEvent{
		{"Late Mon 3 Jun 2024", "dam", 1},         // the dam gave way late on Monday
		{"Tue 4 Jun 2024, morning", "evacuat", 2}, // the next morning / on Tuesday
		{"Thu 6 Jun 2024", "barrier", 2},          // two days later / on Thursday
		{"Jul 2024", "inquiry", 1},                // the inquiry opens next month
	})
	for _, e := range res.Events {
		assert.NotEqual(t, "Fri 7 Jun 2024", e.Date.Label(), "the dateline dated %q", e.Title)
		assert.NotEqual(t, 2018, e.Date.SortKey().Year(), "a caption's file date dated %q", e.Title)
		assert.NotContains(t, e.Title, "Valley Wire")
		assert.NotContains(t, e.Title, "Plains Press")
	}
}

func labels(es []timeline.Event) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Date.Label()+": "+e.Title)
	}
	return out
}

func titles(es []timeline.Event) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Title)
	}
	return out
}

func containsFold(s, sub string) bool {
	return len(sub) == 0 || indexFold(s, sub) >= 0
}

func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
