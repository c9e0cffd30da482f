package web_test

import (
	"compress/gzip"
	"context"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/web"
	"github.com/throughline-news/throughline/web/static"
)

// countingStore counts the story reads that rendering a page makes.
type countingStore struct {
	*store.DB
	reads atomic.Int64
}

func (c *countingStore) Story(ctx context.Context, slug string) (timeline.Story, error) {
	c.reads.Add(1)
	return c.DB.Story(ctx, slug)
}

func TestPageCache(t *testing.T) {
	ctx := context.Background()
	_, db, slug := newSite(t)
	counting := &countingStore{DB: db}
	origins, err := web.ParseEmbedOrigins("https://cms.example")
	require.NoError(t, err)
	h := web.NewHandler(counting, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{EmbedOrigins: origins})
	path := "/stories/" + slug

	first := get(t, h, path)
	firstBody := body(t, first)
	require.Equal(t, http.StatusOK, first.StatusCode)
	reads := counting.reads.Load()
	second := get(t, h, path)
	assert.Equal(t, firstBody, body(t, second), "the same page")
	assert.Equal(t, first.Header.Get("ETag"), second.Header.Get("ETag"))
	assert.Equal(t, reads, counting.reads.Load(), "served from the cache, not rendered again")

	notModified := get(t, h, path, "If-None-Match", first.Header.Get("ETag"))
	assert.Equal(t, http.StatusNotModified, notModified.StatusCode)
	assert.Empty(t, body(t, notModified))

	embed := get(t, h, path+"/embed")
	again := get(t, h, path+"/embed")
	assert.Contains(t, again.Header.Get("Content-Security-Policy"), "frame-ancestors https://cms.example", "a cached page keeps its own headers")
	assert.Equal(t, embed.Header.Get("Content-Security-Policy"), again.Header.Get("Content-Security-Policy"))
	assert.Empty(t, again.Header.Get("X-Frame-Options"))
	assert.Equal(t, "DENY", get(t, h, path).Header.Get("X-Frame-Options"), "and other pages keep theirs")

	assert.Equal(t, http.StatusBadRequest, get(t, h, path+"?page=0").StatusCode, "errors are not cached, and still answered")

	// A new version of the story is served once the cache sees it.
	story, err := db.Story(ctx, slug)
	require.NoError(t, err)
	story.Title, story.Fingerprint = "A new title", "new"
	events, err := db.Events(ctx, slug)
	require.NoError(t, err)
	var sources []timeline.Source
	list, err := db.Sources(ctx, slug)
	require.NoError(t, err)
	for _, s := range list {
		full, err := db.Source(ctx, slug, s.Key)
		require.NoError(t, err)
		sources = append(sources, full)
	}
	_, err = db.SaveStory(ctx, story, sources, events)
	require.NoError(t, err)
	assert.Eventually(t, func() bool {
		resp := get(t, h, path)
		return resp.StatusCode == http.StatusOK && resp.Header.Get("ETag") != first.Header.Get("ETag")
	}, 2*time.Second, 50*time.Millisecond, "a re-ingest shows within moments")
	assert.Contains(t, body(t, get(t, h, path)), "A new title")
}

// A cached page or asset is compressed once: readers who accept gzip get
// the compressed copy, others the page itself, both with their length.
func TestPageCacheCompressed(t *testing.T) {
	h, _, slug := newSite(t)
	for _, path := range []string{"/stories/" + slug, "/api/stories/" + slug + "/events", static.Path("style.css")} {
		t.Run(path, func(t *testing.T) { testCompressed(t, h, path) })
	}
}

func testCompressed(t *testing.T, h http.Handler, path string) {
	plain := get(t, h, path)
	page := body(t, plain)
	require.Equal(t, http.StatusOK, plain.StatusCode)
	tests := []struct {
		acceptEncoding string
		gzipped        bool
	}{
		{"", false},
		{"gzip", true},
		{"gzip, deflate, br, zstd", true},
		{"br;q=1.0, gzip;q=0.8", true},
		{"identity", false},
	}
	for _, tt := range tests {
		t.Run(tt.acceptEncoding, func(t *testing.T) {
			resp := get(t, h, path, "Accept-Encoding", tt.acceptEncoding)
			require.Equal(t, http.StatusOK, resp.StatusCode)
			raw := body(t, resp)
			assert.Equal(t, strconv.Itoa(len(raw)), resp.Header.Get("Content-Length"))
			assert.Equal(t, "Accept-Encoding", resp.Header.Get("Vary"))
			assert.Equal(t, plain.Header.Get("ETag"), resp.Header.Get("ETag"))
			if !tt.gzipped {
				assert.Empty(t, resp.Header.Get("Content-Encoding"))
				assert.Equal(t, page, raw)
				return
			}
			assert.Equal(t, "gzip", resp.Header.Get("Content-Encoding"))
			zr, err := gzip.NewReader(strings.NewReader(raw))
			require.NoError(t, err)
			unzipped, err := io.ReadAll(zr)
			require.NoError(t, err)
			assert.Equal(t, page, string(unzipped))
			assert.Less(t, len(raw), len(page)/3)
		})
	}
}
