package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const page = `<!doctype html><html><body><article><p>The port reopened on Tuesday.</p></article></body></html>`

// newsSite serves pages that behave as the open web does.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, UserAgent, r.UserAgent())
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://files.example/x", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Repeat("<p>word</p>", 200_000)))
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7"))
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "gone", http.StatusGone) })
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestGet(t *testing.T) {
	srv := newsSite(t)
	c := Client{Timeout: 500 * time.Millisecond, MaxBytes: 1 << 20, Redirects: 3}
	tests := []struct {
		name, path, err string
	}{
		{"a page", "/story", ""},
		{"a redirect is followed", "/moved", ""},
		{"redirects are bounded", "/loop", "more than 3 redirects"},
		{"only to web addresses", "/to-ftp", "redirected to a non-web address"},
		{"slow servers time out", "/slow", "no complete answer within 500ms"},
		{"oversized pages are refused", "/huge", "larger than the 1 MiB limit"},
		{"HTML only", "/pdf", `not an HTML page (content type "application/pdf")`},
		{"failing responses", "/gone", "the server answered 410 Gone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := c.Get(context.Background(), srv.URL+tt.path)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, page, string(p.Body))
			assert.Equal(t, srv.URL+"/story", p.URL, "the address after redirects")
		})
	}
}

func TestGetRefusesBadAddresses(t *testing.T) {
	for _, raw := range []string{"", "news.example/story", "file:///etc/passwd", "javascript:alert(1)", "https://", "https://user:pw@news.example/"} {
		_, err := Client{}.Get(context.Background(), raw)
		assert.Error(t, err, raw)
	}
	_, err := Client{Timeout: time.Second}.Get(context.Background(), "http://127.0.0.1:1/story")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "unreachable")
}
