package web_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/synth"
	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/web"
)

// longStory serves an invented story of n events (see internal/synth).
func longStory(b *testing.B, n int) (http.Handler, []timeline.Event) {
	b.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "long.db"))
	require.NoError(b, err)
	b.Cleanup(func() { db.Close() })
	story, sources, events := synth.Story("long", n, 1)
	_, err = db.SaveStory(ctx, story, sources, events)
	require.NoError(b, err)
	return web.NewHandler(db, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{CacheBytes: -1}), events
}

// BenchmarkTimeline renders the pages of long stories, the page cache
// off:
// go test ./internal/web -run '^$' -bench Timeline
func BenchmarkTimeline(b *testing.B) {
	for _, n := range []int{100, 10_000} {
		h, events := longStory(b, n)
		e := events[n/2]
		for name, path := range map[string]string{
			"first-page": "/stories/long", "last-page": fmt.Sprintf("/stories/long?page=%d", (n+49)/50),
			"search": "/stories/long?q=curfew", "actor": "/stories/long?actor=" + url.QueryEscape(e.Actors[0]),
			"key-events": "/stories/long?view=key", "event": "/stories/long/events/" + e.ID + "-" + e.Slug,
			"api": "/api/stories/long/events", "source": "/stories/long/sources/" + e.Citations[0].SourceKey,
		} {
			b.Run(fmt.Sprintf("events=%d/%s", n, name), func(b *testing.B) {
				for b.Loop() {
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
					if rec.Code != http.StatusOK {
						b.Fatalf("%s: status %d", path, rec.Code)
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
