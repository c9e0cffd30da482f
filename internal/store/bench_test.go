package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/synth"
	"github.com/throughline-news/throughline/internal/timeline"
)

// BenchmarkSearch searches invented stories of growing length for a word
// their titles use, first and last page:
// go test ./internal/store -run '^$' -bench Search
func BenchmarkSearch(b *testing.B) {
	for _, n := range []int{100, 100_000} {
		db, _ := openTemp(b)
		story, sources, events := synth.Story("long", n, 1)
		_, err := db.SaveStory(context.Background(), story, sources, events)
		require.NoError(b, err)
		words := strings.Fields(events[len(events)/2].Title)
		word := words[len(words)-1]
		for _, newest := range []bool{false, true} {
			b.Run(fmt.Sprintf("events=%d/newest=%v", n, newest), func(b *testing.B) {
				for b.Loop() {
					page, err := db.FilterEvents(context.Background(), "long", timeline.EventFilter{Text: word, Newest: newest, Limit: 50})
					require.NoError(b, err)
					require.NotEmpty(b, page.Events)
				}
			})
		}
	}
}
