package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
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

	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/web"
)

// runCmd runs the binary's entry point in-process.
func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// storyFolder writes a small valid story folder and returns its path.
func storyFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write(t, dir, "manifest.json", `{
  "title": "Harbour fire",
  "description": "A fire closes the port.",
  "articles": [
    {"file": "a.txt", "published": "2025-03-12", "outlet": "Wire A", "url": "https://example.com/a", "headline": "Fire closes port"},
    {"file": "b.txt", "published": "2025-03-13", "outlet": "Wire B", "url": "", "headline": ""}
  ]
}`)
	write(t, dir, "a.txt", "Fire closes port\n\nThe harbour authority closed the port on Monday after a warehouse fire.\n")
	write(t, dir, "b.txt", "Traders protested on Wednesday outside the harbour office.\n")
	return dir
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
}

// fileDigest fingerprints the database file and its WAL, to prove a failed
// command left them untouched.
func fileDigest(t *testing.T, path string) [32]byte {
	t.Helper()
	h := sha256.New()
	for _, p := range []string{path, path + "-wal"} {
		if b, err := os.ReadFile(p); err == nil {
			h.Write(b)
		}
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

func TestIngestAndExport(t *testing.T) {
	dir := storyFolder(t)
	db := filepath.Join(t.TempDir(), "t.db")

	code, out, errOut := runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", dir)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "harbour-fire: 2 articles (2 added), 2 events (2 added), saved in ")

	code, out, errOut = runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", dir)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "unchanged", "a second ingest of the same input changes nothing")

	code, exported, errOut := runCmd(t, "export", "--db", db, "--story", "harbour-fire")
	require.Equal(t, 0, code, errOut)
	var doc web.EventsJSON
	require.NoError(t, json.Unmarshal([]byte(exported), &doc))
	require.Len(t, doc.Events, 2)
	assert.Equal(t, "2025-03-10", *doc.Events[0].Date.Start, "Monday before Wed 12 Mar 2025")
	assert.Equal(t, "2025-03-12", *doc.Events[1].Date.Start, "Wednesday on or before Thu 13 Mar 2025")

	// export prints what the API serves, without paging.
	s, err := store.Open(context.Background(), db)
	require.NoError(t, err)
	defer s.Close()
	h := web.NewHandler(s, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/stories/harbour-fire/events", nil))
	require.Equal(t, http.StatusOK, rec.Code)
	var served web.EventsJSON
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &served))
	require.NotNil(t, served.Page)
	assert.Equal(t, web.PageJSON{Number: 1, PerPage: 200, Total: 2}, *served.Page)
	served.Page = nil
	assert.Equal(t, doc, served, "export prints what the API serves, all on one page")
}

func TestIngestBadInput(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) // breaks a valid folder
		args  func(dir string) []string
		want  string // the error line must match
	}{
		{"missing folder", nil, func(dir string) []string { return []string{filepath.Join(dir, "nope")} }, `nope: no such folder`},
		{"binary file", func(t *testing.T, dir string) { write(t, dir, "b.txt", "PK\x03\x04\x00\x00") },
			nil, `manifest\.json: article 2: b\.txt: not text: a binary file`},
		{"malformed front matter", func(t *testing.T, dir string) { write(t, dir, "b.txt", "---\ntitle: [x\n---\nBody on Monday.\n") },
			nil, `b\.txt: front matter: line 2: `},
		{"no title without a manifest", func(t *testing.T, dir string) { require.NoError(t, os.Remove(filepath.Join(dir, "manifest.json"))) },
			nil, `the story has no title: give one with --title`},
		{"unreadable file", func(t *testing.T, dir string) {
			if os.Geteuid() == 0 {
				// root reads anything: a folder in the file's place is as unreadable.
				require.NoError(t, os.Remove(filepath.Join(dir, "b.txt")))
				require.NoError(t, os.Mkdir(filepath.Join(dir, "b.txt"), 0o755))
				return
			}
			require.NoError(t, os.Chmod(filepath.Join(dir, "b.txt"), 0))
		}, nil, `article 2: b\.txt: `},
		{"manifest names a missing file", func(t *testing.T, dir string) { require.NoError(t, os.Remove(filepath.Join(dir, "b.txt"))) },
			nil, `manifest\.json: article 2: b\.txt: no such file or folder`},
		{"malformed published date", func(t *testing.T, dir string) {
			b, _ := os.ReadFile(filepath.Join(dir, "manifest.json"))
			write(t, dir, "manifest.json", strings.Replace(string(b), "2025-03-13", "13/03/2025", 1))
		}, nil, `manifest\.json: article 2: b\.txt: published date "13/03/2025" is not a date of the form YYYY-MM-DD`},
		{"malformed manifest", func(t *testing.T, dir string) {
			write(t, dir, "manifest.json", "{\n  \"title\": \"x\",\n  \"articles\": [\n}")
		},
			nil, `manifest\.json: line 4: malformed JSON`},
		{"unknown manifest field", func(t *testing.T, dir string) {
			write(t, dir, "manifest.json", `{"title": "x", "articles": [{"file": "a.txt", "publised": "2025-03-12"}]}`)
		}, nil, `manifest\.json: .*unknown field "publised"`},
		{"empty file", func(t *testing.T, dir string) { write(t, dir, "b.txt", " \n") }, nil, `b\.txt: empty file`},
		{"bad slug", nil, func(dir string) []string { return []string{"--story", "Bad Slug!", dir} }, `story slug "Bad Slug!"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			good := storyFolder(t)
			db := filepath.Join(t.TempDir(), "t.db")
			code, _, errOut := runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", good)
			require.Equal(t, 0, code, errOut)
			before := fileDigest(t, db)

			dir := storyFolder(t)
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			args := []string{"ingest", "--db", db, "--story", "harbour-fire"}
			if tt.args != nil {
				args = append(args, tt.args(dir)...)
			} else {
				args = append(args, dir)
			}
			code, _, errOut = runCmd(t, args...)
			assert.NotEqual(t, 0, code)
			assert.Regexp(t, regexp.MustCompile(tt.want), errOut)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
			assert.Equal(t, before, fileDigest(t, db), "the database is unchanged")
		})
	}
}

// A folder as a newsroom has it: no manifest, a saved page, Markdown with
// front matter, a Latin-1 note without a date; then the stories are
// listed and one is deleted.
func TestIngestFolderOfFormats(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "wire.md", "---\ntitle: Fire closes port\noutlet: Wire A\npublished: 2025-03-12\n---\nThe harbour authority closed the port on Monday after a warehouse fire.\n")
	write(t, dir, "daily.html", `<!doctype html><html lang="en"><head><title>Traders protest | Harbour Daily</title>
<meta property="og:site_name" content="Harbour Daily"><meta property="og:title" content="Traders protest">
<meta property="article:published_time" content="2025-03-13T10:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article><h1>Traders protest</h1>
<p>Traders protested on Wednesday outside the harbour office, demanding compensation for lost stock.</p>
<p>The harbour master said talks would begin next week, once inspectors had finished their checks.</p></article>
<footer>Harbour Daily</footer></body></html>`)
	write(t, dir, "note.txt", "Caf\xe9 owners said on Tuesday that trade had halved since the fire.\n")
	write(t, dir, "wire-copy.md", "---\ntitle: Fire closes port\noutlet: Wire A\npublished: 2025-03-12\n---\nThe harbour authority closed the port on Monday after a warehouse fire.\n")
	db := filepath.Join(t.TempDir(), "t.db")

	code, out, errOut := runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", "--title", "Harbour fire", dir)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "harbour-fire: 3 articles (3 added, 1 rejected as duplicates)")
	assert.Contains(t, errOut, "warning: "+dir+"/wire.md: the same article as wire-copy.md; skipped\n")
	assert.Contains(t, errOut, "warning: "+dir+"/note.txt: not UTF-8 (invalid byte at offset 3): read as Windows-1252 (Latin-1)\n")
	assert.Contains(t, errOut, "warning: "+dir+"/note.txt: no publication date")

	code, exported, errOut := runCmd(t, "export", "--db", db, "--story", "harbour-fire")
	require.Equal(t, 0, code, errOut)
	var doc web.EventsJSON
	require.NoError(t, json.Unmarshal([]byte(exported), &doc))
	assert.Equal(t, "Harbour fire", doc.Story.Title)
	var dated, undated int
	for _, e := range doc.Events {
		if e.Date.Start == nil && e.Date.End == nil {
			undated++
			continue
		}
		dated++
		assert.NotEqual(t, "note.txt", e.Citations[0].Source.File, "an article without a date dates nothing relative to it")
	}
	assert.Equal(t, 3, dated, "Monday before the wire's day; Wednesday on or before the daily's; its next week")
	assert.Equal(t, 1, undated, "the note's Tuesday is listed apart, not guessed")

	code, out, errOut = runCmd(t, "stories", "--db", db)
	require.Equal(t, 0, code, errOut)
	assert.Regexp(t, `(?m)^harbour-fire\s+3\s+4\s+\S+ \S+\s+Harbour fire$`, out)

	code, out, errOut = runCmd(t, "delete-story", "--db", db, "harbour-fire")
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "harbour-fire: deleted\n", out)
	code, out, _ = runCmd(t, "stories", "--db", db)
	require.Equal(t, 0, code)
	assert.NotContains(t, out, "harbour-fire")
	code, _, errOut = runCmd(t, "delete-story", "--db", db, "harbour-fire")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, `story "harbour-fire": not found`)
}

// newsPage is a saved news page of a few paragraphs.
func newsPage(site, headline, published string, paragraphs ...string) string {
	return `<!doctype html><html lang="en"><head><title>` + headline + ` | ` + site + `</title>
<meta property="og:site_name" content="` + site + `"><meta property="og:title" content="` + headline + `">
<meta property="article:published_time" content="` + published + `"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>` + headline + `</h1><p>` +
		strings.Join(paragraphs, "</p><p>") + `</p></article><aside><a href="/x">Most read</a></aside></body></html>`
}

// TestIngestURLs fetches a story's articles from a local web server: from
// the command line and from a list file, and refuses a failing address.
func TestIngestURLs(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/fire", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, newsPage("Wire A", "Fire closes port", "2025-03-12T08:00:00Z",
			"The harbour authority closed the port on Monday after a warehouse fire, officials said.",
			"Firefighters worked through the night to stop the blaze reaching the fuel depot."))
	})
	mux.HandleFunc("/protest", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, newsPage("Harbour Daily", "Traders protest", "2025-03-13",
			"Traders protested on Wednesday outside the harbour office, demanding compensation for lost stock.",
			"The harbour master said talks with the traders would begin once the inspectors had finished."))
	})
	mux.HandleFunc("/old-protest", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/protest", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/missing", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	list := filepath.Join(t.TempDir(), "urls.txt")
	write(t, filepath.Dir(list), "urls.txt", "# the daily's piece\n"+srv.URL+"/old-protest\n\n")
	db := filepath.Join(t.TempDir(), "t.db")

	code, out, errOut := runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", "--title", "Harbour fire", "--urls", list, srv.URL+"/fire")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "harbour-fire: 2 articles (2 added), 2 events (2 added), saved in ")
	assert.Contains(t, errOut, "fetching 1/2 "+srv.URL+"/fire\n", "progress, as plain lines off a terminal")
	assert.Contains(t, errOut, "fetching 2/2 "+srv.URL+"/old-protest\n")

	code, exported, errOut := runCmd(t, "export", "--db", db, "--story", "harbour-fire")
	require.Equal(t, 0, code, errOut)
	var doc web.EventsJSON
	require.NoError(t, json.Unmarshal([]byte(exported), &doc))
	require.Len(t, doc.Events, 2)
	assert.Equal(t, "2025-03-10", *doc.Events[0].Date.Start)
	assert.Equal(t, "Wire A", doc.Events[0].Citations[0].Source.Outlet)
	assert.Equal(t, srv.URL+"/protest", doc.Events[1].Citations[0].Source.URL, "the address after the redirect")
	assert.NotContains(t, exported, "Most read")

	before := fileDigest(t, db)
	code, _, errOut = runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", "--title", "Harbour fire", srv.URL+"/fire", srv.URL+"/missing")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, srv.URL+"/missing: the server answered 404 Not Found")
	assert.Equal(t, before, fileDigest(t, db), "a failing address writes nothing")

	code, _, errOut = runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", "--urls", filepath.Join(t.TempDir(), "none.txt"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "none.txt: no such file or directory")
}

// TestReingestKeepsPermalinks edits a story folder (one article edited,
// one removed, one added) and re-ingests it: a dry run first, which
// writes nothing; then for real. Events that still exist keep their ids
// even though the pipeline would number them anew; the removed one's
// permalink answers 410.
func TestReingestKeepsPermalinks(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.md", "---\noutlet: Wire A\npublished: 2025-03-12\n---\nThe harbour authority closed the port on Monday after a warehouse fire.\n\nFirefighters said on Tuesday the blaze was under control.\n")
	write(t, dir, "b.md", "---\noutlet: Wire B\npublished: 2025-03-13\n---\nTraders protested on Wednesday outside the harbour office.\n")
	db := filepath.Join(t.TempDir(), "t.db")
	code, _, errOut := runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", "--title", "Harbour fire", dir)
	require.Equal(t, 0, code, errOut)
	before := exportedEvents(t, db)
	require.Len(t, before, 3)

	// "0.md" sorts first, so the closure is now first reported there: the
	// pipeline alone would give that event a new id.
	write(t, dir, "0.md", "---\noutlet: Wire C\npublished: 2025-03-12\n---\nThe harbour authority closed the port on Monday after a warehouse fire, officials said.\n\nThe navy sent a tug on Wednesday.\n")
	write(t, dir, "a.md", "---\noutlet: Wire A\npublished: 2025-03-12\n---\nThe harbour authority closed the port on Monday after a warehouse fire.\n")
	require.NoError(t, os.Remove(filepath.Join(dir, "b.md")))

	digest := fileDigest(t, db)
	code, out, errOut := runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", "--title", "Harbour fire", "--dry-run", "--json", dir)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, digest, fileDigest(t, db), "a dry run writes nothing")
	var sum struct {
		DryRun  bool           `json:"dry_run"`
		Changed bool           `json:"changed"`
		Changes map[string]int `json:"changes"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &sum))
	assert.True(t, sum.DryRun)
	assert.True(t, sum.Changed)
	assert.Equal(t, map[string]int{"articles_added": 1, "articles_updated": 1, "articles_unchanged": 0, "articles_removed": 1, "articles_rejected": 0,
		"events_added": 1, "events_changed": 1, "events_unchanged": 0, "events_removed": 2}, sum.Changes, "the closure gains a citation")

	code, out, errOut = runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", "--title", "Harbour fire", dir)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "harbour-fire: 2 articles (1 added, 1 updated, 1 removed), 2 events (1 added, 1 changed, 2 removed), saved in ")
	after := exportedEvents(t, db)
	require.Len(t, after, 2)
	closure := before[0]
	require.Contains(t, closure.Title, "closes the port")
	assert.Equal(t, closure.ID, after[0].ID, "the closure keeps its permalink")
	assert.Len(t, after[0].Citations, 2, "now told by two wires")

	s, err := store.Open(context.Background(), db)
	require.NoError(t, err)
	defer s.Close()
	h := web.NewHandler(s, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{})
	for _, e := range before {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, e.URL, nil))
		if e.ID == closure.ID {
			assert.Equal(t, http.StatusOK, rec.Code, e.Title)
			continue
		}
		assert.Equal(t, http.StatusGone, rec.Code, e.Title)
	}
}

func exportedEvents(t *testing.T, db string) []web.EventJSON {
	t.Helper()
	code, out, errOut := runCmd(t, "export", "--db", db, "--story", "harbour-fire")
	require.Equal(t, 0, code, errOut)
	var doc web.EventsJSON
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	return doc.Events
}

func TestDryRunCreatesNoDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "new.db")
	code, out, errOut := runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", "--dry-run", storyFolder(t))
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "harbour-fire: 2 articles (2 added), 2 events (2 added), would be saved (dry run)")
	assert.NoFileExists(t, db)
}

func TestFailedIngestCreatesNoDatabase(t *testing.T) {
	dir := storyFolder(t)
	write(t, dir, "a.txt", "")
	db := filepath.Join(t.TempDir(), "new.db")
	code, _, _ := runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", dir)
	assert.Equal(t, 1, code)
	assert.NoFileExists(t, db)
}

func TestUsageErrors(t *testing.T) {
	code, _, errOut := runCmd(t, "frobnicate")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown command "frobnicate"`)

	code, _, errOut = runCmd(t, "ingest", "--db", filepath.Join(t.TempDir(), "x.db"), "--story", "s")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "want a story folder or article URLs")

	code, _, errOut = runCmd(t, "export", "--db", filepath.Join(t.TempDir(), "x.db"), "--story", "s")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "no such database")
}

func TestTimexCommand(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "a.txt")
	write(t, dir, "a.txt", "Officials said on Tuesday that the pause began more than a month ago.")
	code, out, errOut := runCmd(t, "timex", "--dct", "2025-11-12", text)
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	assert.Equal(t, map[string]any{"start": 18.0, "end": 25.0, "text": "Tuesday", "type": "DATE", "value": "2025-11-11", "mod": ""}, first)
	assert.Contains(t, lines[1], `"value":"2025-10","mod":"BEFORE"`)

	code, out, _ = runCmd(t, "timex", "--dct", "1998-02-19T08:02:00", "--explain", text)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, `"rule":"weekday-past"`)

	write(t, dir, "a.txt", "caf\xe9 on Monday")
	code, _, errOut = runCmd(t, "timex", "--dct", "2025-11-12", text)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "not UTF-8")

	code, _, errOut = runCmd(t, "timex", "--dct", "12/11/2025", text)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "want YYYY-MM-DD")
}
