package corpus

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/article"
)

const goodManifest = `{"title": "T", "articles": [{"file": "a.txt", "published": "2025-03-12", "outlet": "Wire A", "url": "https://example.com/a", "headline": "H"}]}`

func TestLoad(t *testing.T) {
	s, err := Load(fstest.MapFS{
		"manifest.json": {Data: []byte(goodManifest)},
		"a.txt":         {Data: []byte("\xef\xbb\xbfH\n\nBody\x02 on\x1b Monday.\t\r\n")},
		"notes.md":      {Data: []byte("not listed, not read")},
	}, nil)
	require.NoError(t, err)
	require.Len(t, s.Articles, 1)
	a := s.Articles[0]
	assert.Equal(t, "Wire A", a.Outlet)
	assert.Equal(t, "2025-03-12", a.Published.Format("2006-01-02"))
	assert.Equal(t, "H\n\nBody on Monday.\t\n", a.Text, "byte-order mark, stray control characters and CR dropped")
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files fstest.MapFS
		want  string
	}{
		{"no manifest, no articles", fstest.MapFS{"notes.pdf": {Data: []byte("x")}, "README.md": {Data: []byte("x")}}, "no manifest.json and no article files"},
		{"no manifest, a bad file", fstest.MapFS{"a.txt": {Data: []byte("ok")}, "b.md": {Data: []byte("---\npublished: soon\n---\nx")}}, `b.md: front matter line 2: published date "soon"`},
		{"page with no article", fstest.MapFS{"a.html": {Data: []byte("<html><body><nav>Home</nav></body></html>")}}, "a.html: an HTML page with no article text"},
		{"no title", fstest.MapFS{"manifest.json": {Data: []byte(`{"articles": []}`)}}, `"title" is missing`},
		{"no articles", fstest.MapFS{"manifest.json": {Data: []byte(`{"title": "T", "articles": []}`)}}, "lists no articles"},
		{"manifest not UTF-8", fstest.MapFS{"manifest.json": {Data: []byte("{\n\"title\": \"Caf\xe9\"}")}}, "manifest.json: line 2: not UTF-8 (invalid byte at offset 15)"},
		{"wrong type", fstest.MapFS{"manifest.json": {Data: []byte("{\n\"title\": 3}")}}, `line 2: "title" must be a string`},
		{"trailing content", fstest.MapFS{"manifest.json": {Data: []byte(goodManifest + "{}")}}, "unexpected content after"},
		{"duplicate file", fstest.MapFS{"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"file": "a.txt"}, {"file": "a.txt"}]}`)}}, "already listed as article 1"},
		{"no file, no url", fstest.MapFS{"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"outlet": "Wire"}]}`)}}, `article 1: give a "file", or a "url" to fetch`},
		{"remote article with a bad url", fstest.MapFS{"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"url": "ftp://x/a"}]}`)}}, `article 1: url "ftp://x/a": not an http:// or https:// address`},
		{"remote article with a bad date", fstest.MapFS{"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"url": "https://x/a", "published": "soon"}]}`)}}, `published date "soon"`},
		{"path outside folder", fstest.MapFS{"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"file": "../a.txt", "published": "2025-03-12"}]}`)}}, "plain file name"},
		{"bad url", fstest.MapFS{
			"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"file": "a.txt", "published": "2025-03-12", "url": "javascript:alert(1)"}]}`)},
			"a.txt":         {Data: []byte("x")}}, `url "javascript:alert(1)": not an http:// or https:// address`},
		{"impossible date", fstest.MapFS{
			"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"file": "a.txt", "published": "2025-02-30"}]}`)},
			"a.txt":         {Data: []byte("x")}}, `published date "2025-02-30"`},
		{"NUL bytes", fstest.MapFS{"manifest.json": {Data: []byte(goodManifest)}, "a.txt": {Data: []byte("a\x00b")}}, "a.txt: not text"},
		{"oversized", fstest.MapFS{"manifest.json": {Data: []byte(goodManifest)}, "a.txt": {Data: []byte(strings.Repeat("a", article.MaxSize+1))}}, "a.txt: larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.files, nil)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "\n")
		})
	}
}

// A folder without a manifest: every article file, by name, each with its
// own metadata; problems that do not stop the ingest are warnings.
func TestLoadFolderWithoutManifest(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Port reopens</title>
		<meta property="og:site_name" content="Harbour Daily"><link rel="canonical" href="https://daily.example/port">
		<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port reopens","datePublished":"2025-03-19"}</script></head>
		<body><nav><a href="/">Home</a></nav><article><h1>Port reopens</h1>
		<p>The port reopened on Tuesday after a week of repairs to the quays, officials said.</p>
		<p>The first grain ship docked at noon, and traders said flour would reach the bakeries by the weekend.</p>
		<p>Inspectors will return next month to check the east quay, where the fire began in a warehouse.</p></article>
		<aside><a href="/more">More news</a></aside></body></html>`
	s, err := Load(fstest.MapFS{
		"b-wire.md":    {Data: []byte("---\ntitle: Fire closes port\noutlet: Wire B\npublished: 2025-03-12\n---\nA fire closed the port on Monday.\n")},
		"a-daily.html": {Data: []byte(page)},
		"c-notes.txt":  {Data: []byte("Caf\xe9 owners said on Monday that trade had halved.\n")},
		"d-copy.txt":   {Data: []byte("A fire closed the port on Monday.\n")},
		"README.md":    {Data: []byte("About this folder.")},
		"photo.jpg":    {Data: []byte("\xff\xd8")},
		".hidden.txt":  {Data: []byte("x")},
	}, nil)
	require.NoError(t, err)
	s.Articles, s.Warnings = WithoutDuplicates(s.Articles, s.Warnings)
	assert.Empty(t, s.Title, "the title comes from the command line")
	require.Len(t, s.Articles, 3)
	daily, wire, notes := s.Articles[0], s.Articles[1], s.Articles[2]
	assert.Equal(t, "a-daily.html", daily.FileName)
	assert.Equal(t, "Harbour Daily", daily.Outlet)
	assert.Equal(t, "Port reopens", daily.Headline)
	assert.Equal(t, "https://daily.example/port", daily.URL)
	assert.Equal(t, "2025-03-19", daily.Published.Format("2006-01-02"))
	assert.NotContains(t, daily.Text, "Home")
	assert.Equal(t, "Wire B", wire.Outlet)
	assert.Equal(t, "2025-03-12", wire.Published.Format("2006-01-02"))
	assert.True(t, notes.Published.IsZero())
	assert.Equal(t, []string{
		"c-notes.txt: not UTF-8 (invalid byte at offset 3): read as Windows-1252 (Latin-1)",
		`c-notes.txt: no publication date (give one in the manifest or the front matter); events it dates only relative to that day ("on Tuesday") are left undated`,
		"d-copy.txt: the same article as b-wire.md; skipped",
	}, s.Warnings)
}

func TestManifestListsPagesToFetch(t *testing.T) {
	s, err := Load(fstest.MapFS{
		"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"file": "a.txt", "published": "2025-03-12"}, {"url": "https://news.example/b", "outlet": "Wire B"}]}`)},
		"a.txt":         {Data: []byte("Body.")},
	}, nil)
	require.NoError(t, err)
	assert.Len(t, s.Articles, 1)
	assert.Equal(t, []ManifestEntry{{URL: "https://news.example/b", Outlet: "Wire B"}}, s.Remote)

	page := []byte(`<!doctype html><html><head><meta property="og:site_name" content="Site"><title>Headline</title></head><body><article>
		<p>The port reopened on Tuesday after a week of repairs to the quays, officials said on the quay.</p></article></body></html>`)
	a, warnings, err := RemoteArticle(s.Remote[0], "https://news.example/b?from=feed", page)
	require.NoError(t, err)
	assert.Equal(t, "Wire B", a.Outlet, "the manifest wins")
	assert.Equal(t, "Headline", a.Headline, "the page fills in")
	assert.Equal(t, "https://news.example/b?from=feed", a.URL, "no canonical link: where it was found")
	assert.Equal(t, []string{"https://news.example/b?from=feed: " + noDate}, warnings)
}

func TestManifestWinsOverFileMetadata(t *testing.T) {
	s, err := Load(fstest.MapFS{
		"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"file": "a.md", "outlet": "Desk edit"}]}`)},
		"a.md":          {Data: []byte("---\noutlet: Wire\npublished: 2025-03-12\n---\nBody.\n")},
	}, nil)
	require.NoError(t, err)
	assert.Equal(t, "Desk edit", s.Articles[0].Outlet)
	assert.Equal(t, "2025-03-12", s.Articles[0].Published.Format("2006-01-02"), "a date the manifest leaves out comes from the file")
	assert.Empty(t, s.Warnings)
}

func TestManifestDateMayBeATime(t *testing.T) {
	s, err := Load(fstest.MapFS{
		"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"file": "a.txt", "published": "2025-03-12T23:30:00-05:00"}]}`)},
		"a.txt":         {Data: []byte("Body.\n")},
	}, nil)
	require.NoError(t, err)
	assert.Equal(t, "2025-03-12", s.Articles[0].Published.Format("2006-01-02"), "the day in the time's own zone")
}

func FuzzLoadManifest(f *testing.F) {
	f.Add([]byte(goodManifest))
	f.Add([]byte(`{"title": "T", "articles": [{"file": "a.txt", "published": "2025-13-01"}]}`))
	f.Add([]byte("{\n\"title\": [1, 2"))
	f.Fuzz(func(t *testing.T, manifest []byte) {
		s, err := Load(fstest.MapFS{"manifest.json": {Data: manifest}, "a.txt": {Data: []byte("text")}}, nil)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error: %q", err)
			}
			return
		}
		if s.Title == "" || len(s.Articles)+len(s.Remote) == 0 {
			t.Fatalf("accepted a manifest without title or articles: %q", manifest)
		}
	})
}
