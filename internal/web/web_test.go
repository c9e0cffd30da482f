package web_test

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/publish"
	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/web"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// newSite serves the embedded sample story from a fresh database.
func newSite(t testing.TB) (http.Handler, *store.DB, string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "site.db"))
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	sum, err := publish.Sample(ctx, db)
	require.NoError(t, err)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	return web.NewHandler(db, log, web.Options{PublicURL: "https://news.example", Snapshot: snapshots(db)}), db, sum.Slug
}

// snapshots gives the handler one read transaction per request, as the
// server does.
func snapshots(db *store.DB) func(context.Context) (web.Reader, func(), error) {
	return func(ctx context.Context) (web.Reader, func(), error) {
		view, release, err := db.Snapshot(ctx)
		if err != nil {
			return nil, nil, err
		}
		return view, release, nil
	}
}

func get(t testing.TB, h http.Handler, path string, header ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t testing.TB, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(b)
}

func sampleEvents(t *testing.T, h http.Handler, slug string) web.EventsJSON {
	t.Helper()
	resp := get(t, h, "/api/stories/"+slug+"/events")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var doc web.EventsJSON
	require.NoError(t, json.Unmarshal([]byte(body(t, resp)), &doc))
	require.NotEmpty(t, doc.Events)
	return doc
}

// externalScript is a script the page loads from the site, deferred so it
// never blocks rendering.
var externalScript = regexp.MustCompile(`<script src="/static/[a-z]+\.[0-9a-f]{10}\.js" defer></script>`)

func TestPages(t *testing.T) {
	h, _, slug := newSite(t)
	doc := sampleEvents(t, h, slug)
	ev := doc.Events[0]
	cite := ev.Citations[0]
	sourcePath := "/stories/" + slug + "/sources/" + cite.Source.ID

	tests := []struct {
		name, path  string
		status      int
		contentType string
		contains    []string
	}{
		{"home", "/", 200, "text/html", []string{"<h1>Stories</h1>", doc.Story.Title, `href="/stories/` + slug + `"`}},
		{"timeline", "/stories/" + slug, 200, "text/html", []string{
			"<h1>" + doc.Story.Title, `<time class="date" datetime=`, `href="` + ev.URL + `"`,
			`href="` + sourcePath + `#p`, " events from 5 sources", `<link rel="canonical" href="https://news.example/stories/` + slug + `"`,
			`<h2 id="notes-heading">Sources cited on this page</h2>`, `data-note="1"`}},
		{"event permalink", ev.URL, 200, "text/html", []string{"<h1>", "<mark>", "How this date was worked out", "published",
			`</time> <span class="kind">· `,
			`<a href="` + ev.URL + `" data-copy-link>Link to this event</a>`, `<script src="/static/copy.`}},
		{"source page", sourcePath, 200, "text/html", []string{`id="p1"`, "¶1", "<mark>", `href="` + ev.URL + `"`}},
		{"api stories", "/api/stories", 200, "application/json", []string{`"slug": "` + slug + `"`, `"events":`}},
		{"api events", "/api/stories/" + slug + "/events", 200, "application/json", []string{`"citations"`, `"quote_start"`}},
		{"api event", "/api/stories/" + slug + "/events/" + ev.ID, 200, "application/json", []string{`"id": "` + ev.ID + `"`}},
		{"health", "/healthz", 200, "text/plain", []string{"ok"}},
		{"robots", "/robots.txt", 200, "text/plain", []string{"User-agent: *\nDisallow: /api/\n"}},
		{"unknown story", "/stories/no-such-story", 404, "text/html", []string{"Page not found"}},
		{"unknown event", "/stories/" + slug + "/events/zzzzzzzzzz-x", 404, "text/html", []string{"Page not found"}},
		{"unknown source", "/stories/" + slug + "/sources/no-such-source", 404, "text/html", []string{"Page not found"}},
		{"unknown path", "/no/such/page", 404, "text/html", []string{"Page not found"}},
		{"api unknown story", "/api/stories/no-such-story/events", 404, "application/json", []string{`"status":404`, `"message"`}},
		{"api unknown event", "/api/stories/" + slug + "/events/zzzz", 404, "application/json", []string{`"status":404`}},
		{"api unknown path", "/api/nothing", 404, "application/json", []string{`"status":404`}},
		{"static unknown", "/static/style.css", 404, "text/plain", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := get(t, h, tt.path)
			b := body(t, resp)
			assert.Equal(t, tt.status, resp.StatusCode, b)
			assert.Contains(t, resp.Header.Get("Content-Type"), tt.contentType)
			for _, want := range tt.contains {
				assert.Contains(t, b, want)
			}
			assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
			assert.Contains(t, resp.Header.Get("Content-Security-Policy"), "default-src 'none'")
			assert.NotContains(t, resp.Header.Get("Content-Security-Policy"), "unsafe-inline")
			assert.NotEmpty(t, resp.Header.Get("Referrer-Policy"))
			if strings.Contains(tt.contentType, "html") {
				data := strings.Count(b, `<script id="structured-data" type="application/ld+json">`)
				external := len(externalScript.FindAllString(b, -1))
				assert.Equal(t, data+external, strings.Count(b, "<script"), "no inline script: JSON-LD is data, scripts are deferred files")
				assert.Equal(t, 1, strings.Count(b, "<h1"), "one h1")
				assert.Contains(t, b, `<html lang="en">`)
			}
		})
	}
}

// TestCitationCaptions checks the line under each quote names the source
// and then its headline, with no space before the comma.
func TestCitationCaptions(t *testing.T) {
	h, _, slug := newSite(t)
	withHeadline := 0
	for _, e := range sampleEvents(t, h, slug).Events {
		b := body(t, get(t, h, e.URL))
		assert.NotContains(t, b, "</strong> ,", e.URL)
		withHeadline += strings.Count(b, "</strong>, “")
	}
	assert.Positive(t, withHeadline)
}

func TestEveryCitationPointsAtItsQuote(t *testing.T) {
	h, _, slug := newSite(t)
	for _, e := range sampleEvents(t, h, slug).Events {
		for _, c := range e.Citations {
			runes := []rune(c.ParagraphText)
			require.LessOrEqual(t, c.QuoteEnd, len(runes), "event %s", e.ID)
			assert.Equal(t, c.Quote, string(runes[c.QuoteStart:c.QuoteEnd]), "event %s", e.ID)
		}
	}
}

func TestEventSlugRedirects(t *testing.T) {
	h, _, slug := newSite(t)
	ev := sampleEvents(t, h, slug).Events[0]
	for _, path := range []string{
		"/stories/" + slug + "/events/" + ev.ID,
		"/stories/" + slug + "/events/" + ev.ID + "-an-old-title",
	} {
		resp := get(t, h, path)
		assert.Equal(t, http.StatusMovedPermanently, resp.StatusCode, path)
		assert.Equal(t, ev.URL, resp.Header.Get("Location"))
	}
}

func TestConditionalGet(t *testing.T) {
	h, _, slug := newSite(t)
	for _, path := range []string{"/stories/" + slug, "/api/stories/" + slug + "/events"} {
		first := get(t, h, path)
		etag := first.Header.Get("ETag")
		require.NotEmpty(t, etag, path)
		second := get(t, h, path, "If-None-Match", etag)
		assert.Equal(t, http.StatusNotModified, second.StatusCode, path)
		assert.Empty(t, body(t, second))
		third := get(t, h, path, "If-None-Match", `W/"stale"`)
		assert.Equal(t, http.StatusOK, third.StatusCode, path)
	}
}

func TestStaticAssetsAreCachedForever(t *testing.T) {
	h, _, slug := newSite(t)
	page := body(t, get(t, h, "/stories/"+slug))
	css := regexp.MustCompile(`href="(/static/style\.[0-9a-f]{10}\.css)"`).FindStringSubmatch(page)
	require.Len(t, css, 2, "the page links a hashed stylesheet")
	resp := get(t, h, css[1])
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, resp.Header.Get("Content-Type"), "text/css")
	assert.Equal(t, "public, max-age=31536000, immutable", resp.Header.Get("Cache-Control"))
}

func TestGzip(t *testing.T) {
	h, _, slug := newSite(t)
	resp := get(t, h, "/stories/"+slug, "Accept-Encoding", "gzip")
	require.Equal(t, "gzip", resp.Header.Get("Content-Encoding"))
	zr, err := gzip.NewReader(resp.Body)
	require.NoError(t, err)
	b, err := io.ReadAll(zr)
	require.NoError(t, err)
	assert.Contains(t, string(b), "<h1>")
}

func TestReadOnlyMethods(t *testing.T) {
	h, _, slug := newSite(t)
	for _, path := range []string{"/stories/" + slug, "/api/stories"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, path, strings.NewReader("x=1")))
		assert.Equal(t, http.StatusMethodNotAllowed, rec.Code, path)
		assert.Equal(t, "GET, HEAD", rec.Header().Get("Allow"))

		rec = httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodHead, path, nil))
		assert.Equal(t, http.StatusOK, rec.Code, path)
		assert.Zero(t, rec.Body.Len(), "HEAD has no body")
	}
}

// Article text is data: markup in it is shown, never run.
func TestHostileTextIsEscaped(t *testing.T) {
	ctx := context.Background()
	_, db, _ := newSite(t)
	hostile := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	src := timeline.Source{Key: "evil", FileName: "evil.txt", Headline: hostile, Outlet: hostile, URL: "javascript:alert(3)",
		Paragraphs: []timeline.Paragraph{{Ordinal: 1, Role: timeline.RoleBody, Text: hostile}}}
	ev := timeline.Event{ID: "eeeeeeeeee", Slug: "evil", Kind: "action", Title: hostile, Summary: hostile, Date: timeline.Date{Precision: timeline.PrecisionUnknown},
		Citations: []timeline.Citation{{SourceKey: "evil", Paragraph: 1, ParagraphText: hostile, Quote: hostile, QuoteEnd: len([]rune(hostile))}}}
	_, err := db.SaveStory(ctx, timeline.Story{Slug: "evil", Title: hostile, Fingerprint: "x"}, []timeline.Source{src}, []timeline.Event{ev})
	require.NoError(t, err)
	h := web.NewHandler(db, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{})
	for _, path := range []string{"/", "/stories/evil", "/stories/evil/events/eeeeeeeeee-evil", "/stories/evil/sources/evil"} {
		b := body(t, get(t, h, path))
		assert.NotContains(t, b, "<script>alert", path)
		assert.NotContains(t, b, "<img src=x", path)
		assert.NotContains(t, b, `href="javascript:`, path)
	}
}

// The events API of the sample story, compared with a reviewed golden
// file. Run `go test ./internal/web -update` to rewrite it after a
// deliberate change, and review the diff.
func TestSampleEventsGolden(t *testing.T) {
	h, _, slug := newSite(t)
	b := body(t, get(t, h, "/api/stories/"+slug+"/events"))
	// updated_at is the time of the test's own ingest.
	b = regexp.MustCompile(`"updated_at": "[^"]+"`).ReplaceAllString(b, `"updated_at": "(ingest time)"`)
	golden := filepath.Join("testdata", "sample_events.golden.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(b), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run with -update to create the golden file")
	assert.Equal(t, string(want), b)
}

func TestKeyEvents(t *testing.T) {
	h, _, slug := newSite(t)
	all := sampleEvents(t, h, slug)
	resp := get(t, h, "/api/stories/"+slug+"/events?key=1")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var key web.EventsJSON
	require.NoError(t, json.Unmarshal([]byte(body(t, resp)), &key))
	assert.Less(t, len(key.Events), len(all.Events))
	assert.GreaterOrEqual(t, len(key.Events), 5)
	lowest := 1.0
	for _, e := range key.Events {
		lowest = min(lowest, e.Importance)
	}
	for _, e := range all.Events {
		in := false
		for _, k := range key.Events {
			in = in || k.ID == e.ID
		}
		if !in {
			assert.LessOrEqual(t, e.Importance, lowest, "%q is more important than a key event", e.Title)
		}
	}

	page := body(t, get(t, h, "/stories/"+slug+"?view=key"))
	assert.Contains(t, page, `<strong aria-current="page">Key events (`)
	assert.Equal(t, len(key.Events), strings.Count(page, `<article class="event">`))

	for _, path := range []string{"/stories/" + slug + "?view=nonsense", "/api/stories/" + slug + "/events?key=maybe"} {
		assert.Equal(t, http.StatusBadRequest, get(t, h, path).StatusCode, path)
	}
}

func TestSharing(t *testing.T) {
	h, _, slug := newSite(t)
	ev := sampleEvents(t, h, slug).Events[0]
	page := body(t, get(t, h, ev.URL))
	for _, want := range []string{
		`<meta property="og:title" content="` + ev.Title + `">`,
		`<meta property="og:type" content="article">`,
		`<meta property="og:url" content="https://news.example` + ev.URL + `">`,
		`<meta name="twitter:card" content="summary">`,
		`<link rel="alternate" type="application/atom+xml"`,
	} {
		assert.Contains(t, page, want)
	}
	ld := regexp.MustCompile(`(?s)<script id="structured-data" type="application/ld\+json">(.*?)</script>`).FindStringSubmatch(page)
	require.Len(t, ld, 2, "the permalink carries JSON-LD")
	var data map[string]any
	require.NoError(t, json.Unmarshal([]byte(ld[1]), &data))
	assert.Equal(t, "Event", data["@type"])
	assert.Equal(t, ev.Title, data["name"])
	assert.Equal(t, *ev.Date.Start, data["startDate"])
}

func TestAtomFeed(t *testing.T) {
	h, _, slug := newSite(t)
	events := sampleEvents(t, h, slug).Events
	resp := get(t, h, "/stories/"+slug+"/feed.atom")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, resp.Header.Get("Content-Type"), "application/atom+xml")
	var feed struct {
		ID      string `xml:"id"`
		Entries []struct {
			ID    string `xml:"id"`
			Title string `xml:"title"`
			Link  struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	require.NoError(t, xml.Unmarshal([]byte(body(t, resp)), &feed))
	require.Len(t, feed.Entries, len(events))
	newest := events[len(events)-1]
	assert.Equal(t, newest.URL, feed.Entries[0].Link.Href, "newest first")
	assert.Equal(t, "tag:throughline,2025:"+slug+"/"+newest.ID, feed.Entries[0].ID)
	assert.Equal(t, http.StatusNotFound, get(t, h, "/stories/no-such-story/feed.atom").StatusCode)
}
