package web_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/web"
)

// brokenStore fails every read, as a database that has gone away would.
type brokenStore struct{ panics bool }

var errBroken = errors.New("disk I/O error: secret path /var/db")

func (b brokenStore) fail() error {
	if b.panics {
		panic("boom")
	}
	return errBroken
}
func (b brokenStore) Stories(context.Context) ([]timeline.Story, error) { return nil, b.fail() }
func (b brokenStore) Story(context.Context, string) (timeline.Story, error) {
	return timeline.Story{}, b.fail()
}
func (b brokenStore) Events(context.Context, string) ([]timeline.Event, error) { return nil, b.fail() }
func (b brokenStore) Event(context.Context, string, string) (timeline.Event, error) {
	return timeline.Event{}, b.fail()
}
func (b brokenStore) SourcesByKey(context.Context, string, []string) (map[string]timeline.Source, error) {
	return nil, b.fail()
}
func (b brokenStore) MostCitedSources(context.Context, string, int) ([]timeline.Source, error) {
	return nil, b.fail()
}
func (b brokenStore) Source(context.Context, string, string) (timeline.Source, error) {
	return timeline.Source{}, b.fail()
}
func (b brokenStore) EventsCiting(context.Context, string, string) ([]timeline.Event, error) {
	return nil, b.fail()
}
func (b brokenStore) FilterEvents(context.Context, string, timeline.EventFilter) (timeline.EventPage, error) {
	return timeline.EventPage{}, b.fail()
}
func (b brokenStore) EventFacets(context.Context, string) (timeline.Facets, error) {
	return timeline.Facets{}, b.fail()
}
func (b brokenStore) Neighbours(context.Context, string, string) (*timeline.Event, *timeline.Event, error) {
	return nil, nil, b.fail()
}
func (b brokenStore) RemovedEvent(context.Context, string, string) (string, error) {
	return "", b.fail()
}
func (b brokenStore) Version(context.Context) (string, error) { return "", b.fail() }
func (b brokenStore) Ping(context.Context) error              { return b.fail() }

func TestServerErrors(t *testing.T) {
	for _, panics := range []bool{false, true} {
		h := web.NewHandler(brokenStore{panics: panics}, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{})
		tests := []struct {
			path, contentType, contains string
			status                      int
		}{
			{"/", "text/html", "Something went wrong", 500},
			{"/stories/s", "text/html", "Something went wrong", 500},
			{"/stories/s/events/x", "text/html", "Something went wrong", 500},
			{"/stories/s/sources/x", "text/html", "Something went wrong", 500},
			{"/api/stories", "application/json", `"status":500`, 500},
			{"/api/stories/s/events", "application/json", `"status":500`, 500},
			{"/healthz", "text/plain", "database unavailable", 503},
		}
		for _, tt := range tests {
			if panics && tt.path == "/healthz" {
				tt.contains, tt.status, tt.contentType = "Something went wrong", 500, "text/html"
			}
			resp := get(t, h, tt.path)
			b := body(t, resp)
			assert.Equal(t, tt.status, resp.StatusCode, "%s (panics %v)", tt.path, panics)
			assert.Contains(t, resp.Header.Get("Content-Type"), tt.contentType, tt.path)
			assert.Contains(t, b, tt.contains, tt.path)
			assert.NotContains(t, b, "secret path", "internal errors are logged, not shown")
			assert.NotEqual(t, http.StatusOK, resp.StatusCode)
		}
	}
}

// slowStore answers only when the request's deadline has passed, as a
// server too busy to keep up would.
type slowStore struct{ brokenStore }

func (slowStore) Stories(ctx context.Context) ([]timeline.Story, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// Work cut off at the request deadline is 503 with Retry-After: busy,
// not broken.
func TestRequestTimeoutIsBusy(t *testing.T) {
	h := web.NewHandler(slowStore{}, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{RequestTimeout: 20 * time.Millisecond})
	for _, tt := range []struct{ path, contentType, contains string }{
		{"/", "text/html", "too busy"},
		{"/api/stories", "application/json", `"status":503`},
	} {
		resp := get(t, h, tt.path)
		assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode, tt.path)
		assert.Equal(t, "5", resp.Header.Get("Retry-After"), tt.path)
		assert.Contains(t, resp.Header.Get("Content-Type"), tt.contentType, tt.path)
		assert.Contains(t, body(t, resp), tt.contains, tt.path)
	}
}
