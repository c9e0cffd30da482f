package main

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/web"
)

// hostileMarkup is what an attacker would like a page to run or load.
const hostileMarkup = `<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">click</a> ` +
	`<div onclick="alert(4)" style="background:url(javascript:alert(5))">x</div><style>body{display:none}</style> ` +
	`<iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg=="></iframe>`

// hostileStory writes articles that carry hostile markup and characters in
// every field an ingest reads, each also reporting a dated event, and
// returns the folder.
func hostileStory(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write(t, dir, "markup.md", "---\n"+
		"title: '"+strings.ReplaceAll(hostileMarkup, "'", "''")+"'\n"+
		"outlet: '<b onmouseover=alert(7)>Wire</b>'\n"+
		"url: https://example.com/a?x=\"><script>alert(8)</script>\n"+
		"published: 2025-03-12\n---\n\n"+
		"The harbour authority closed the port on Monday, officials said. "+hostileMarkup+"\n\n"+
		"Traders said on Tuesday that </p></li></ol><script>alert(9)</script> the port stayed shut.\n")
	write(t, dir, "page.html", `<!doctype html><html lang="en"><head><title>Port closes `+hostileMarkup+`</title>
<meta property="article:published_time" content="2025-03-12T09:00:00Z">
<link rel="canonical" href="javascript:alert(10)"><meta http-equiv="refresh" content="0;url=javascript:alert(11)">
<script>alert(12)</script></head><body onload="alert(13)"><article><h1>Port closes</h1>
<p>The harbour authority closed the port on Monday after a warehouse fire, officials said in a statement issued late on Monday night.</p>
<p onmouseover="alert(14)">Traders protested on Tuesday outside the harbour office <script>alert(15)</script> and
<a href="javascript:alert(16)">demanded answers</a> from the authority, which said the port would reopen soon.</p>
<p>Officials said on Wednesday that repairs would take weeks. <img src=x onerror=alert(17)></p>
</article></body></html>`)
	write(t, dir, "bidi.txt", "Port \u202eesolc\u202c \u2066closes\u2069 \ufeff\n\nThe ministry said\u200b on Monday it would \u202einvestigate\u202c the fire.\n")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "latin1.txt"),
		[]byte("Caf\xe9 owners said on Monday the port closure hurt trade.\n"), 0o644))
	line := strings.Repeat("The harbour authority said on Monday the port would stay closed. ", 4<<20/66)
	write(t, dir, "long-line.txt", line+"\n")
	return dir
}

// Hostile article content is either accepted and shown as inert text on
// every page, or refused with a message naming the file.
func TestHostileContent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	code, _, errOut := runCmd(t, "ingest", "--db", db, "--story", "hostile", "--title", hostileMarkup, hostileStory(t))
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "latin1.txt", "the transcoded file is named in a warning")
	assert.Contains(t, errOut, "long-line.txt: 63550 dated sentences; only the first 1000 are read for events")

	s, err := store.Open(context.Background(), db)
	require.NoError(t, err)
	defer s.Close()
	h := web.NewHandler(s, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{})

	var doc web.EventsJSON
	require.NoError(t, json.Unmarshal([]byte(page(t, h, "/api/stories/hostile/events")), &doc))
	require.NotEmpty(t, doc.Events)
	pages := []string{"/", "/stories/hostile", "/stories/hostile?q=script", "/stories/hostile?q=alert&order=newest", "/stories/hostile/embed"}
	sources := map[string]bool{}
	for _, e := range doc.Events {
		pages = append(pages, e.URL)
		for _, c := range e.Citations {
			if !sources[c.Source.ID] {
				sources[c.Source.ID] = true
				pages = append(pages, "/stories/hostile/sources/"+c.Source.ID)
			}
		}
	}
	shown := false
	for _, p := range pages {
		body := page(t, h, p)
		assertInert(t, p, body)
		shown = shown || strings.Contains(body, "&lt;script&gt;alert(")
	}
	assert.True(t, shown, "the markup is shown as text somewhere, not silently run or lost")

	feed := page(t, h, "/stories/hostile/feed.atom")
	d := xml.NewDecoder(strings.NewReader(feed))
	for {
		_, err := d.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "the feed is well-formed XML")
	}
	for _, c := range []string{"\u202e", "\u2066", "\ufeff"} {
		assert.NotContains(t, page(t, h, "/api/stories/hostile/events"), c, "display-reordering characters are dropped")
	}
}

// Inputs the ingest refuses: it names the file and the problem, and
// writes nothing.
func TestHostileFilesRefused(t *testing.T) {
	nested := "<!doctype html><html><head><meta property=\"article:published_time\" content=\"2025-03-12\"></head><body>" +
		strings.Repeat("<div>", 100_000) + "<p>The port closed on Monday, officials said.</p>" + strings.Repeat("</div>", 100_000) + "</body></html>"
	tests := []struct {
		name, file, content, problem string
	}{
		{"10 MB on one line", "huge.txt", strings.Repeat("a", 10<<20), "larger than the 5 MiB limit"},
		{"NUL bytes", "nul.txt", "The port\x00 closed on Monday.", "NUL bytes"},
		{"deeply nested HTML", "nested.html", nested, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, tt.file, tt.content)
			db := filepath.Join(t.TempDir(), "t.db")
			code, _, errOut := runCmd(t, "ingest", "--db", db, "--story", "hostile", "--title", "Hostile", dir)
			if tt.problem == "" && code == 0 {
				return // accepted, safely: nothing to refuse
			}
			assert.NotEqual(t, 0, code)
			assert.Contains(t, errOut, tt.file)
			assert.Contains(t, errOut, tt.problem)
			assert.Equal(t, 1, strings.Count(strings.TrimSpace(errOut), "\n")+1, "one line: %s", errOut)
			assert.NoFileExists(t, db, "nothing written")
		})
	}
}

func page(t *testing.T, h http.Handler, path string) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	require.Equal(t, http.StatusOK, rec.Code, path)
	return rec.Body.String()
}

// assertInert checks a page can run and load nothing but the site's own
// files: its only scripts are the site's deferred files and the JSON-LD
// data block, no element has an event handler or an inline style, and no
// link or source is a javascript: or data: URL.
func assertInert(t *testing.T, path, page string) {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err, path)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[a.Key] = a.Val
				assert.False(t, strings.HasPrefix(a.Key, "on"), "%s: <%s %s=…>", path, n.Data, a.Key)
				assert.NotEqual(t, "style", a.Key, "%s: inline style on <%s>", path, n.Data)
				if a.Key == "href" || a.Key == "src" || a.Key == "action" || a.Key == "content" {
					v := strings.ToLower(strings.TrimSpace(a.Val))
					assert.False(t, strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:") || strings.Contains(v, "url=javascript:"),
						"%s: <%s %s=%q>", path, n.Data, a.Key, a.Val)
				}
			}
			switch n.Data {
			case "script":
				external := strings.HasPrefix(attr["src"], "/static/")
				data := attr["type"] == "application/ld+json" && n.FirstChild != nil && !strings.Contains(n.FirstChild.Data, "<")
				assert.True(t, external || data, "%s: a script that is neither the site's file nor escaped JSON-LD", path)
			case "style", "iframe", "object", "embed", "base":
				t.Errorf("%s: <%s> element", path, n.Data)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
}
