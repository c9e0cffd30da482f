// Package corpus reads a story folder: its article files (plain text,
// Markdown with front matter, saved HTML pages) and, if it has one, a
// manifest.json describing the story and its articles.
package corpus

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/throughline-news/throughline/internal/article"
	"github.com/throughline-news/throughline/internal/fetch"
	"github.com/throughline-news/throughline/internal/ingest"
)

// ManifestName is the file in a story folder that lists its articles.
const ManifestName = "manifest.json"

// Manifest is the story folder's manifest.json.
type Manifest struct {
	Title       string          `json:"title"`
	Description string          `json:"description"`
	Articles    []ManifestEntry `json:"articles"`
}

// ManifestEntry describes one article: a file in the folder, or with no
// file a page to fetch from URL. Published is YYYY-MM-DD. Only File or
// URL is required: what is left empty is taken from the article's own
// metadata (front matter, or a page's markup); what is given wins.
type ManifestEntry struct {
	File      string `json:"file"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Headline  string `json:"headline"`
}

// Story is a story folder's content, ready for the ingest pipeline.
type Story struct {
	// Title and Description come from the manifest; both are empty for a
	// folder without one.
	Title       string
	Description string
	Articles    []ingest.Article
	// Warnings name a file and a problem that did not stop the ingest: a
	// transcoded file, a missing publication date.
	Warnings []string
	// Remote are the manifest's articles given by URL alone, to be
	// fetched (see RemoteArticle).
	Remote []ManifestEntry
}

// Load reads a story folder, the root of fsys: the articles its manifest
// lists, or without a manifest every article file in it (.txt, .md,
// .html, .htm), by name. Every problem is reported with the file it is in,
// relative to the folder; nothing is returned unless the whole folder is
// good. progress, if not nil, hears of each file read.
func Load(fsys fs.FS, progress func(done, total int, name string)) (Story, error) {
	info, err := fs.Stat(fsys, ".")
	if err != nil {
		return Story{}, describe(err)
	}
	if !info.IsDir() {
		return Story{}, errors.New("not a folder")
	}
	var story Story
	var entries []ManifestEntry
	m, err := readManifest(fsys, ManifestName)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if entries, err = articleFiles(fsys); err != nil {
			return Story{}, err
		}
	case err != nil:
		return Story{}, err
	default:
		story.Title, story.Description, entries = m.Title, m.Description, m.Articles
	}
	for i, e := range entries {
		if e.File == "" && e.URL != "" {
			if err := checkRemote(e); err != nil {
				return Story{}, fmt.Errorf("%s: article %d: %w", ManifestName, i+1, err)
			}
			story.Remote = append(story.Remote, e)
			continue
		}
		a, warnings, err := readArticle(fsys, e)
		if err != nil {
			if len(m.Articles) > 0 {
				return Story{}, fmt.Errorf("%s: article %d: %w", ManifestName, i+1, err)
			}
			return Story{}, err
		}
		story.Articles = append(story.Articles, a)
		story.Warnings = append(story.Warnings, warnings...)
		if progress != nil {
			progress(i+1, len(entries), e.File)
		}
	}
	return story, nil
}

// WithoutDuplicates drops articles whose words an earlier one has, and
// the warnings about them ("name: ..."), with a warning for each dropped.
func WithoutDuplicates(articles []ingest.Article, warnings []string) ([]ingest.Article, []string) {
	var kept []ingest.Article
	var notes []string
	skipped := map[string]bool{}
	seen := map[[sha256.Size]byte]string{} // text hash → article that had it first
	for _, a := range articles {
		// Spacing is no difference: the same text saved as .txt and as
		// .md differs in its line ends.
		sum := sha256.Sum256([]byte(strings.Join(strings.Fields(a.Text), " ")))
		if first, dup := seen[sum]; dup {
			notes = append(notes, fmt.Sprintf("%s: the same article as %s; skipped", a.FileName, first))
			skipped[a.FileName] = true
			continue
		}
		seen[sum] = a.FileName
		kept = append(kept, a)
	}
	var out []string
	for _, w := range warnings {
		if name, _, _ := strings.Cut(w, ": "); !skipped[name] {
			out = append(out, w)
		}
	}
	return kept, append(out, notes...)
}

// checkRemote checks a manifest entry that gives an article by URL.
func checkRemote(e ManifestEntry) error {
	if _, err := fetch.CheckURL(e.URL); err != nil {
		return fmt.Errorf("url %q: %w", e.URL, err)
	}
	if e.Published != "" {
		if _, err := article.ParseDate(e.Published); err != nil {
			return fmt.Errorf("%s: %w", e.URL, err)
		}
	}
	return nil
}

// RemoteArticle makes an article of a page fetched for entry e: address
// is where it was found after redirects; the page's canonical link, if
// any, is its URL; the entry's own values win over the page's.
func RemoteArticle(e ManifestEntry, address string, body []byte) (ingest.Article, []string, error) {
	a, err := article.Parse("page.html", body)
	if err != nil {
		return ingest.Article{}, nil, err
	}
	out := ingest.Article{
		FileName: address, Headline: cmp.Or(strings.TrimSpace(e.Headline), a.Title), Outlet: cmp.Or(strings.TrimSpace(e.Outlet), a.Outlet),
		URL: cmp.Or(a.URL, address), Published: a.Published, Text: a.Text,
	}
	if t, err := time.Parse(time.DateOnly, e.Published); err == nil {
		out.Published = t
	}
	var warnings []string
	for _, w := range a.Warnings {
		warnings = append(warnings, address+": "+w)
	}
	if out.Published.IsZero() {
		warnings = append(warnings, address+": "+noDate)
	}
	return out, warnings, nil
}

// articleFiles lists a folder's article files by name, for a folder
// without a manifest.
func articleFiles(fsys fs.FS) ([]ManifestEntry, error) {
	files, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, describe(err)
	}
	var entries []ManifestEntry
	for _, f := range files {
		name := f.Name()
		if f.IsDir() || strings.HasPrefix(name, ".") || !isArticleName(name) {
			continue
		}
		entries = append(entries, ManifestEntry{File: name})
	}
	if len(entries) == 0 {
		return nil, fmt.Errorf("no %s and no article files (.txt, .md, .html) in the folder", ManifestName)
	}
	return entries, nil
}

// isArticleName reports whether a file name is an article's; a folder's
// README is about the folder.
func isArticleName(name string) bool {
	if strings.EqualFold(strings.TrimSuffix(name, path.Ext(name)), "readme") {
		return false
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
		return true
	}
	return false
}

func readManifest(fsys fs.FS, mpath string) (Manifest, error) {
	b, err := fs.ReadFile(fsys, mpath)
	if errors.Is(err, fs.ErrNotExist) {
		return Manifest{}, err
	}
	if err != nil {
		return Manifest{}, fmt.Errorf("%s: %w", mpath, describe(err))
	}
	// JSON is UTF-8; the decoder would silently turn other bytes into
	// U+FFFD in the story's title.
	if at := article.InvalidUTF8At(b); at < len(b) {
		return Manifest{}, fmt.Errorf("%s: line %d: not UTF-8 (invalid byte at offset %d); save it as UTF-8", mpath, lineOf(b, int64(at)), at)
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

// readArticle reads one article file; the manifest entry's values win
// over the file's own metadata.
func readArticle(fsys fs.FS, e ManifestEntry) (ingest.Article, []string, error) {
	if e.File == "" {
		return ingest.Article{}, nil, errors.New(`give a "file", or a "url" to fetch`)
	}
	if !fs.ValidPath(e.File) || strings.Contains(e.File, "/") {
		return ingest.Article{}, nil, fmt.Errorf("file %q must be a plain file name in the story folder", e.File)
	}
	var published time.Time
	if e.Published != "" {
		t, err := article.ParseDate(e.Published)
		if err != nil {
			return ingest.Article{}, nil, fmt.Errorf("%s: %w", e.File, err)
		}
		published = t
	}
	data, err := readFile(fsys, e.File)
	if err != nil {
		return ingest.Article{}, nil, fmt.Errorf("%s: %w", e.File, err)
	}
	a, err := article.Parse(e.File, data)
	if err != nil {
		return ingest.Article{}, nil, fmt.Errorf("%s: %w", e.File, err)
	}
	out := ingest.Article{
		FileName:  e.File,
		Headline:  firstNonEmpty(e.Headline, a.Title),
		Outlet:    firstNonEmpty(e.Outlet, a.Outlet),
		URL:       firstNonEmpty(strings.TrimSpace(e.URL), a.URL),
		Published: published,
		Text:      a.Text,
	}
	if out.Published.IsZero() {
		out.Published = a.Published
	}
	if out.URL != "" {
		if _, err := fetch.CheckURL(out.URL); err != nil {
			return ingest.Article{}, nil, fmt.Errorf("%s: url %q: %w", e.File, out.URL, err)
		}
	}
	var warnings []string
	for _, w := range a.Warnings {
		warnings = append(warnings, e.File+": "+w)
	}
	if out.Published.IsZero() {
		warnings = append(warnings, e.File+": "+noDate)
	}
	return out, warnings, nil
}

// noDate warns of an article without a publication date.
const noDate = "no publication date (give one in the manifest or the front matter); " +
	"events it dates only relative to that day (\"on Tuesday\") are left undated"

// readFile reads a file of at most article.MaxSize bytes.
func readFile(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, describe(err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, article.MaxSize+1))
	if err != nil {
		return nil, describe(err)
	}
	return b, nil
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
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
