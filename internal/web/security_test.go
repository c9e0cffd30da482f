package web_test

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/web"
	"github.com/throughline-news/throughline/web/static"
)

const strictCSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders are the headers every response carries, exactly.
var securityHeaders = map[string]string{
	"Content-Security-Policy":    strictCSP,
	"X-Content-Type-Options":     "nosniff",
	"X-Frame-Options":            "DENY",
	"Referrer-Policy":            "strict-origin-when-cross-origin",
	"Permissions-Policy":         "camera=(), microphone=(), geolocation=(), interest-cohort=()",
	"Cross-Origin-Opener-Policy": "same-origin",
	"Strict-Transport-Security":  "", // only when configured
	"Server":                     "", // no software or version named
	"X-Powered-By":               "",
}

// Every kind of response carries exactly the security headers, whether
// rendered or replayed from the page cache, and the embed view may be
// framed only by the origins configured.
func TestSecurityHeadersOnEveryPageType(t *testing.T) {
	h, _, slug := newSite(t)
	doc := sampleEvents(t, h, slug)
	ev := doc.Events[0]
	story := "/stories/" + slug
	tests := []struct {
		name, path string
		status     int
	}{
		{"home", "/", 200},
		{"timeline", story, 200},
		{"timeline search", story + "?q=strike", 200},
		{"event", ev.URL, 200},
		{"source", story + "/sources/" + ev.Citations[0].Source.ID, 200},
		{"embed", story + "/embed", 200},
		{"feed", story + "/feed.atom", 200},
		{"api stories", "/api/stories", 200},
		{"api events", "/api/stories/" + slug + "/events", 200},
		{"api event", "/api/stories/" + slug + "/events/" + ev.ID, 200},
		{"static", static.Path("style.css"), 200},
		{"health", "/healthz", 200},
		{"robots", "/robots.txt", 200},
		{"not found", "/no/such/page", 404},
		{"api not found", "/api/nothing", 404},
		{"bad query", story + "?order=sideways", 400},
		{"address too long", "/" + strings.Repeat("a", 9000), 414},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, pass := range []string{"rendered", "cached"} {
				resp := get(t, h, tt.path)
				require.Equal(t, tt.status, resp.StatusCode, pass)
				for name, want := range securityHeaders {
					assert.Equal(t, want, resp.Header.Get(name), "%s: %s", pass, name)
				}
			}
		})
	}
}

func TestHSTSWhenConfigured(t *testing.T) {
	_, db, slug := newSite(t)
	h := web.NewHandler(db, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{HSTSMaxAge: 365 * 24 * time.Hour})
	for _, path := range []string{"/", "/stories/" + slug, "/api/stories", "/no/such/page"} {
		assert.Equal(t, "max-age=31536000; includeSubDomains", get(t, h, path).Header.Get("Strict-Transport-Security"), path)
	}
}

// No path reaches a file outside the embedded assets, and no folder is
// listed.
func TestPathTraversalRefused(t *testing.T) {
	h, _, slug := newSite(t)
	for _, path := range []string{
		"/static/", "/static", "/static/../go.mod", "/static/..%2fgo.mod", "/static/%2e%2e/%2e%2e/etc/passwd",
		"/static/..%5c..%5cgo.mod", "/static/style.css/..", "//etc/passwd", "/stories/..%2F..%2Fetc%2Fpasswd",
		"/stories/" + slug + "/sources/..%2f..%2fgo.mod", "/stories/" + slug + "/events/..%2f..", "/api/stories/%2e%2e/events",
		"/migrations/", "/internal/", "/data/throughline.db", "/.git/config",
	} {
		t.Run(path, func(t *testing.T) {
			resp := get(t, h, path)
			b := body(t, resp)
			assert.Contains(t, []int{http.StatusNotFound, http.StatusBadRequest}, resp.StatusCode)
			for _, leak := range []string{"root:", "module github.com", "CREATE TABLE", "SQLite format", "[core]", "Index of", "<pre>"} {
				assert.NotContains(t, b, leak)
			}
		})
	}
}

// Addresses longer than any page needs are refused before any work; the
// longest real search is not.
func TestAddressLimits(t *testing.T) {
	h, _, slug := newSite(t)
	story := "/stories/" + slug
	longest := url.Values{"q": {strings.Repeat("語", 200)}, "source": {strings.Repeat("s", 100)}, "kind": {"statement"},
		"actor": {strings.Repeat("名", 60)}, "view": {"key"}, "order": {"newest"}, "page": {"1"}}.Encode()
	require.Less(t, len(longest), 4096)
	tests := []struct {
		name, path string
		status     int
		json       bool
	}{
		{"longest real search", story + "?" + longest, http.StatusBadRequest, false}, // refused by the filters (no such source), not by the limit
		{"query too long", story + "?q=" + strings.Repeat("a", 5000), http.StatusBadRequest, false},
		{"api query too long", "/api/stories?x=" + strings.Repeat("a", 5000), http.StatusBadRequest, true},
		{"address too long", story + "/" + strings.Repeat("a", 9000), http.StatusRequestURITooLong, false},
		{"api address too long", "/api/" + strings.Repeat("a", 9000), http.StatusRequestURITooLong, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := get(t, h, tt.path)
			b := body(t, resp)
			assert.Equal(t, tt.status, resp.StatusCode)
			if tt.json {
				assert.Contains(t, b, `"status":`)
				return
			}
			assert.Contains(t, b, "<h1")
		})
	}
	assert.Equal(t, http.StatusOK, get(t, h, story+"?q="+url.QueryEscape(strings.Repeat("語", 200))).StatusCode)
}

// FuzzRoutes: no address makes the site fail or answer without its
// security headers; it is a page, a redirect or a 4xx.
func FuzzRoutes(f *testing.F) {
	h, _, slug := newSite(f)
	for _, s := range []string{"/", "/stories/" + slug, "/stories/" + slug + "/events/x", "/stories/" + slug + "/sources/%2e%2e",
		"/api/stories/" + slug + "/events?page=2", "/static/style.css", "//", "/stories/" + slug + "/embed?q=%00", "/%ff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, address string) {
		u, err := url.ParseRequestURI(address)
		if err != nil {
			return // not an address a client could send
		}
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.URL, req.RequestURI = u, address
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		assert.Less(t, rec.Code, 500, "%q", address)
		assert.Equal(t, strictCSP, rec.Header().Get("Content-Security-Policy"), "%q", address)
	})
}
