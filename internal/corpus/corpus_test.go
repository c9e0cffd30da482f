package corpus

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goodManifest = `{"title": "T", "articles": [{"file": "a.txt", "published": "2025-03-12", "outlet": "Wire A", "url": "https://example.com/a", "headline": "H"}]}`

func TestLoad(t *testing.T) {
	s, err := Load(fstest.MapFS{
		"manifest.json": {Data: []byte(goodManifest)},
		"a.txt":         {Data: []byte("\xef\xbb\xbfH\n\nBody\x02 on\x1b Monday.\t\r\n")},
		"notes.md":      {Data: []byte("not listed, not read")},
	})
	require.NoError(t, err)
	require.Len(t, s.Articles, 1)
	a := s.Articles[0]
	assert.Equal(t, "Wire A", a.Outlet)
	assert.Equal(t, "2025-03-12", a.Published.Format("2006-01-02"))
	assert.Equal(t, "H\n\nBody on Monday.\t\r\n", a.Text, "byte-order mark and stray control characters dropped")
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files fstest.MapFS
		want  string
	}{
		{"no manifest", fstest.MapFS{"a.txt": {Data: []byte("x")}}, "manifest.json: no such file or folder"},
		{"no title", fstest.MapFS{"manifest.json": {Data: []byte(`{"articles": []}`)}}, `"title" is missing`},
		{"no articles", fstest.MapFS{"manifest.json": {Data: []byte(`{"title": "T", "articles": []}`)}}, "lists no articles"},
		{"wrong type", fstest.MapFS{"manifest.json": {Data: []byte("{\n\"title\": 3}")}}, `line 2: "title" must be a string`},
		{"trailing content", fstest.MapFS{"manifest.json": {Data: []byte(goodManifest + "{}")}}, "unexpected content after"},
		{"duplicate file", fstest.MapFS{"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"file": "a.txt"}, {"file": "a.txt"}]}`)}}, "already listed as article 1"},
		{"path outside folder", fstest.MapFS{"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"file": "../a.txt", "published": "2025-03-12"}]}`)}}, "plain file name"},
		{"bad url", fstest.MapFS{
			"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"file": "a.txt", "published": "2025-03-12", "url": "javascript:alert(1)"}]}`)},
			"a.txt":         {Data: []byte("x")}}, "must start with http"},
		{"impossible date", fstest.MapFS{
			"manifest.json": {Data: []byte(`{"title": "T", "articles": [{"file": "a.txt", "published": "2025-02-30"}]}`)},
			"a.txt":         {Data: []byte("x")}}, `published date "2025-02-30"`},
		{"NUL bytes", fstest.MapFS{"manifest.json": {Data: []byte(goodManifest)}, "a.txt": {Data: []byte("a\x00b")}}, "a.txt: not text"},
		{"oversized", fstest.MapFS{"manifest.json": {Data: []byte(goodManifest)}, "a.txt": {Data: []byte(strings.Repeat("a", MaxArticleSize+1))}}, "a.txt: larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.files)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.NotContains(t, err.Error(), "\n")
		})
	}
}

func FuzzLoadManifest(f *testing.F) {
	f.Add([]byte(goodManifest))
	f.Add([]byte(`{"title": "T", "articles": [{"file": "a.txt", "published": "2025-13-01"}]}`))
	f.Add([]byte("{\n\"title\": [1, 2"))
	f.Fuzz(func(t *testing.T, manifest []byte) {
		s, err := Load(fstest.MapFS{"manifest.json": {Data: manifest}, "a.txt": {Data: []byte("text")}})
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error: %q", err)
			}
			return
		}
		if s.Title == "" || len(s.Articles) == 0 {
			t.Fatalf("accepted a manifest without title or articles: %q", manifest)
		}
	})
}
