package web_test

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/web"
)

// from asks for a page as a client at addr, with header pairs.
func from(h http.Handler, addr, path string, header ...string) *http.Response {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	req.RemoteAddr = addr + ":40000"
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Add(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

// stopped is a clock that does not move: no bucket refills during a test,
// however slow the machine.
func stopped() time.Time { return time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC) }

// TestRateLimit: at 60 a minute a client may make 6 searches or API calls
// at once, then gets 429 with Retry-After until its bucket refills.
func TestRateLimit(t *testing.T) {
	_, db, slug := newSite(t)
	timeline := "/stories/" + slug
	tests := []struct {
		name     string
		header   string // ClientIPHeader
		requests func(i int) (addr, path string, header []string)
		want429  int // of 20 requests
	}{
		{"searches", "", func(i int) (string, string, []string) {
			return "203.0.113.1", fmt.Sprintf("%s?q=strike+%d", timeline, i), nil
		}, 14},
		{"API calls", "", func(i int) (string, string, []string) {
			return "203.0.113.1", fmt.Sprintf("/api/stories/%s/events?limit=%d", slug, i+1), nil
		}, 14},
		{"pages without a search are not counted", "", func(i int) (string, string, []string) {
			return "203.0.113.1", timeline + []string{"?order=newest", "?view=key", ""}[i%3], nil
		}, 0},
		{"each client has its own rate", "", func(i int) (string, string, []string) {
			return fmt.Sprintf("203.0.113.%d", i%4), fmt.Sprintf("%s?q=strike+%d", timeline, i), nil
		}, 0},
		{"a forwarded-for header is ignored unless configured", "", func(i int) (string, string, []string) {
			return "203.0.113.1", fmt.Sprintf("%s?q=strike+%d", timeline, i), []string{"X-Forwarded-For", fmt.Sprintf("198.51.100.%d", i)}
		}, 14},
		{"behind a proxy, the address it adds is the client", "X-Forwarded-For", func(i int) (string, string, []string) {
			return "10.0.0.1", fmt.Sprintf("%s?q=strike+%d", timeline, i), []string{"X-Forwarded-For", fmt.Sprintf("198.51.100.%d, 192.0.2.%d", i, i%2)}
		}, 8},
		{"a cached search is not counted", "", func(int) (string, string, []string) {
			return "203.0.113.1", timeline + "?q=strike", nil
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := web.NewHandler(db, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{
				RateLimit: web.RateLimit{PerMinute: 60, ClientIPHeader: tt.header, Clock: stopped},
			})
			refused := 0
			for i := range 20 {
				addr, path, header := tt.requests(i)
				resp := from(h, addr, path, header...)
				if resp.StatusCode == http.StatusTooManyRequests {
					refused++
					assert.Equal(t, "1", resp.Header.Get("Retry-After"))
					continue
				}
				assert.Equal(t, http.StatusOK, resp.StatusCode, path)
			}
			assert.Equal(t, tt.want429, refused)
		})
	}
}

func TestRateLimitAnswers(t *testing.T) {
	_, db, slug := newSite(t)
	h := web.NewHandler(db, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{RateLimit: web.RateLimit{PerMinute: 10, Clock: stopped}})
	require.Equal(t, http.StatusOK, from(h, "203.0.113.9", "/api/stories").StatusCode)
	api := from(h, "203.0.113.9", "/api/stories/"+slug+"/events")
	require.Equal(t, http.StatusTooManyRequests, api.StatusCode)
	assert.Equal(t, "6", api.Header.Get("Retry-After"))
	assert.Equal(t, "application/json; charset=utf-8", api.Header.Get("Content-Type"))
	var doc struct {
		Error struct {
			Status  int
			Message string
		}
	}
	require.NoError(t, json.NewDecoder(api.Body).Decode(&doc))
	assert.Equal(t, http.StatusTooManyRequests, doc.Error.Status)
	assert.Contains(t, doc.Error.Message, "Try again in 6 seconds")

	page := from(h, "203.0.113.9", "/stories/"+slug+"?q=strike")
	require.Equal(t, http.StatusTooManyRequests, page.StatusCode)
	assert.Contains(t, page.Header.Get("Content-Type"), "text/html")
	assert.Contains(t, body(t, page), "Too many requests")
	assert.NotEmpty(t, page.Header.Get("Content-Security-Policy"))
}
