// Package corpus reads a story folder: a manifest.json describing the
// story and its articles, and the article files it names.
package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/throughline-news/throughline/internal/ingest"
)

// ManifestName is the file in a story folder that lists its articles.
const ManifestName = "manifest.json"

// MaxArticleSize bounds one article file; news articles are far smaller.
const MaxArticleSize = 5 << 20

// Manifest is the story folder's manifest.json.
type Manifest struct {
	Title       string          `json:"title"`
	Description string          `json:"description"`
	Articles    []ManifestEntry `json:"articles"`
}

// ManifestEntry describes one article file. Published is YYYY-MM-DD.
type ManifestEntry struct {
	File      string `json:"file"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Headline  string `json:"headline"`
}

// Story is a story folder's content, ready for the ingest pipeline.
type Story struct {
	Title       string
	Description string
	Articles    []ingest.Article
}

// Load reads a story folder, the root of fsys. Every problem is reported
// with the file it is in, relative to the folder; nothing is returned
// unless the whole folder is good.
func Load(fsys fs.FS) (Story, error) {
	info, err := fs.Stat(fsys, ".")
	if err != nil {
		return Story{}, describe(err)
	}
	if !info.IsDir() {
		return Story{}, errors.New("not a folder")
	}
	mpath := ManifestName
	m, err := readManifest(fsys, mpath)
	if err != nil {
		return Story{}, err
	}
	story := Story{Title: m.Title, Description: m.Description}
	for i, e := range m.Articles {
		a, err := readArticle(fsys, e)
		if err != nil {
			return Story{}, fmt.Errorf("%s: article %d: %w", mpath, i+1, err)
		}
		story.Articles = append(story.Articles, a)
	}
	return story, nil
}

func readManifest(fsys fs.FS, mpath string) (Manifest, error) {
	b, err := fs.ReadFile(fsys, mpath)
	if err != nil {
		return Manifest{}, fmt.Errorf("%s: %w", mpath, describe(err))
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		return Manifest{}, fmt.Errorf("%s: %s", mpath, jsonProblem(b, err))
	}
	if err := dec.Decode(&struct{}{}); err != io.EOF {
		return Manifest{}, fmt.Errorf("%s: unexpected content after the manifest object", mpath)
	}
	if strings.TrimSpace(m.Title) == "" {
		return Manifest{}, fmt.Errorf("%s: \"title\" is missing", mpath)
	}
	if len(m.Articles) == 0 {
		return Manifest{}, fmt.Errorf("%s: \"articles\" lists no articles", mpath)
	}
	seen := map[string]int{}
	for i, e := range m.Articles {
		if prev, dup := seen[e.File]; dup {
			return Manifest{}, fmt.Errorf("%s: article %d: file %q is already listed as article %d", mpath, i+1, e.File, prev)
		}
		seen[e.File] = i + 1
	}
	return m, nil
}

// jsonProblem words a JSON decoding error with the line it is on.
func jsonProblem(b []byte, err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Sprintf("line %d: malformed JSON: %v", lineOf(b, syntax.Offset), syntax)
	case errors.As(err, &typ):
		return fmt.Sprintf("line %d: %q must be a %s", lineOf(b, typ.Offset), typ.Field, typ.Type)
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return "malformed JSON: unexpected end of file"
	}
	return "malformed JSON: " + err.Error()
}

func lineOf(b []byte, offset int64) int {
	if offset > int64(len(b)) {
		offset = int64(len(b))
	}
	return bytes.Count(b[:offset], []byte("\n")) + 1
}

func readArticle(fsys fs.FS, e ManifestEntry) (ingest.Article, error) {
	if e.File == "" {
		return ingest.Article{}, errors.New(`"file" is missing`)
	}
	if !fs.ValidPath(e.File) || strings.Contains(e.File, "/") {
		return ingest.Article{}, fmt.Errorf("file %q must be a plain file name in the story folder", e.File)
	}
	published, err := time.Parse("2006-01-02", e.Published)
	if err != nil {
		return ingest.Article{}, fmt.Errorf("%s: published date %q is not a date of the form YYYY-MM-DD", e.File, e.Published)
	}
	if e.URL != "" && !(strings.HasPrefix(e.URL, "https://") || strings.HasPrefix(e.URL, "http://")) {
		return ingest.Article{}, fmt.Errorf("%s: url %q must start with http:// or https://", e.File, e.URL)
	}
	text, err := readText(fsys, e.File)
	if err != nil {
		return ingest.Article{}, fmt.Errorf("%s: %w", e.File, err)
	}
	return ingest.Article{
		FileName:  e.File,
		Headline:  strings.TrimSpace(e.Headline),
		Outlet:    strings.TrimSpace(e.Outlet),
		URL:       e.URL,
		Published: published,
		Text:      text,
	}, nil
}

// readText reads an article file that must be non-empty UTF-8 text.
func readText(fsys fs.FS, fpath string) (string, error) {
	f, err := fsys.Open(fpath)
	if err != nil {
		return "", describe(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxArticleSize+1))
	if err != nil {
		return "", describe(err)
	}
	if len(b) > MaxArticleSize {
		return "", fmt.Errorf("larger than the %d MiB limit for one article", MaxArticleSize>>20)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) // a UTF-8 byte-order mark
	if !utf8.Valid(b) {
		return "", fmt.Errorf("not UTF-8 text (invalid byte at offset %d)", invalidAt(b))
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", errors.New("not text: contains NUL bytes")
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return "", errors.New("empty file")
	}
	return withoutControls(string(b)), nil
}

// withoutControls drops control characters other than tabs, line breaks
// and form feeds: stray ones come with pasted and saved pages, mean
// nothing to a reader, and the store's search uses two of them as markers.
func withoutControls(s string) string {
	return strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f') || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// describe turns file-system errors into plain words.
func describe(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
