package web_test

import (
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/web"
)

func TestEmbedIsUnframeableByDefault(t *testing.T) {
	h, _, slug := newSite(t)
	resp := get(t, h, "/stories/"+slug+"/embed")
	page := body(t, resp)
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, resp.Header.Get("Content-Security-Policy"), "frame-ancestors 'none'")
	assert.Equal(t, "DENY", resp.Header.Get("X-Frame-Options"))
	assert.Contains(t, page, `<meta name="robots" content="noindex">`)
	assert.Contains(t, page, `<body class="embed">`)
	assert.NotContains(t, page, `<form`, "the embed view is compact")
	doc := sampleEvents(t, h, slug)
	assert.Contains(t, page, `<a href="`+doc.Events[0].URL+`" target="_blank" rel="noopener">`, "events link to their permalinks, outside the frame")
	assert.Equal(t, len(doc.Events), strings.Count(page, `<li class="event">`))
	assert.Equal(t, len(doc.Events), len(regexp.MustCompile(`</(time|span)> <a href=`).FindAllString(page, -1)), "a date and its title read apart without the style sheet")
}

func TestEmbedFramedByConfiguredOrigins(t *testing.T) {
	_, db, slug := newSite(t)
	origins, err := web.ParseEmbedOrigins("https://cms.example, http://localhost:3000")
	require.NoError(t, err)
	h := web.NewHandler(db, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{EmbedOrigins: origins})

	resp := get(t, h, "/stories/"+slug+"/embed?order=newest")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, strings.Replace(strictCSP, "frame-ancestors 'none'", "frame-ancestors https://cms.example http://localhost:3000", 1),
		resp.Header.Get("Content-Security-Policy"))
	assert.Empty(t, resp.Header.Get("X-Frame-Options"))

	timelinePage := get(t, h, "/stories/"+slug)
	assert.Equal(t, strictCSP, timelinePage.Header.Get("Content-Security-Policy"), "only the embed view may be framed")
	assert.Equal(t, "DENY", timelinePage.Header.Get("X-Frame-Options"))
	assert.Equal(t, http.StatusBadRequest, get(t, h, "/stories/"+slug+"/embed?order=sideways").StatusCode)
	assert.Equal(t, http.StatusNotFound, get(t, h, "/stories/no-such-story/embed").StatusCode)
}

func TestParseEmbedOrigins(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		ok   bool
	}{
		{"", nil, true},
		{"https://cms.example", []string{"https://cms.example"}, true},
		{"https://cms.example/ http://127.0.0.1:8081", []string{"https://cms.example", "http://127.0.0.1:8081"}, true},
		{"cms.example", nil, false},
		{"*", nil, false},
		{"'self'", nil, false},
		{"javascript:alert(1)", nil, false},
		{"https://cms.example/path", nil, false},
		{"https://cms.example;script-src", nil, false},
		{"https://user@cms.example", nil, false},
		{"ftp://cms.example", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := web.ParseEmbedOrigins(tt.in)
			if !tt.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}
