package web_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/web"
)

// longStory serves a story of n day-dated events, each citing its own
// paragraph of one of 50 sources.
func longStory(b *testing.B, n int) http.Handler {
	b.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "long.db"))
	require.NoError(b, err)
	b.Cleanup(func() { db.Close() })
	const sourceCount = 50
	sources := make([]timeline.Source, sourceCount)
	for i := range sources {
		sources[i] = timeline.Source{Key: fmt.Sprintf("wire-%d", i), FileName: "wire.txt", Outlet: fmt.Sprintf("Wire %d", i),
			Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}
	}
	events := make([]timeline.Event, n)
	for i := range events {
		src := &sources[i%sourceCount]
		para := fmt.Sprintf("Officials said on day %d that the harbour stayed shut while inspectors checked quay %d.", i, i%97)
		src.Paragraphs = append(src.Paragraphs, timeline.Paragraph{Ordinal: len(src.Paragraphs) + 1, Role: timeline.RoleBody, Text: para})
		d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		events[i] = timeline.Event{
			ID: fmt.Sprintf("e%09d", i), Slug: "day", Kind: "action", Title: fmt.Sprintf("Harbour stays shut, day %d", i), Summary: para,
			Date:      timeline.Date{Start: d, End: d, Precision: timeline.PrecisionDay},
			Actors:    []string{fmt.Sprintf("Inspector %d", i%20)},
			Citations: []timeline.Citation{{SourceKey: src.Key, Paragraph: len(src.Paragraphs), ParagraphText: para, Quote: para, QuoteEnd: len(para)}},
		}
	}
	_, err = db.SaveStory(ctx, timeline.Story{Slug: "long", Title: "Long story", Fingerprint: "f"}, sources, events)
	require.NoError(b, err)
	return web.NewHandler(db, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{})
}

// BenchmarkTimeline renders timeline pages of long stories:
// go test ./internal/web -run '^$' -bench Timeline
func BenchmarkTimeline(b *testing.B) {
	for _, n := range []int{100, 10_000} {
		h := longStory(b, n)
		for name, query := range map[string]string{
			"first-page": "", "last-page": fmt.Sprintf("?page=%d", (n+49)/50), "search": "?q=quay+42",
			"actor": "?actor=Inspector+3", "key-events": "?view=key",
		} {
			b.Run(fmt.Sprintf("events=%d/%s", n, name), func(b *testing.B) {
				for b.Loop() {
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/stories/long"+query, nil))
					if rec.Code != http.StatusOK {
						b.Fatalf("%s: status %d", query, rec.Code)
					}
				}
			})
		}
	}
}

// BenchmarkCachedPage serves the sample timeline from the page cache:
// go test ./internal/web -run '^$' -bench CachedPage
func BenchmarkCachedPage(b *testing.B) {
	h, _, slug := newSite(b)
	path := "/stories/" + slug
	get(b, h, path)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d", rec.Code)
		}
	}
}
