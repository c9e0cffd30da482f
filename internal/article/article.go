// Package article reads one article file, whatever its format, into its
// text and what the file says about itself: plain text, Markdown with
// optional YAML front matter (its markup taken out with goldmark), or a
// saved HTML page whose main text and metadata are extracted with
// go-readability.
package article

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// MaxSize bounds one article file; news articles are far smaller.
const MaxSize = 5 << 20

// Article is an article file read: its text, one paragraph per line
// block, and the metadata it carries. Fields the file does not give are
// empty; Published is zero when unknown.
type Article struct {
	Title     string
	Outlet    string
	URL       string
	Byline    string
	Language  string
	Published time.Time
	Text      string
	// Warnings are problems that did not stop the file being read, such
	// as text that had to be transcoded.
	Warnings []string
}

// Format is how an article file is written.
type Format string

// The formats Parse reads.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
)

// FormatOf tells a file's format from its name and, for names that do not
// say, its first bytes. ok is false for files that are not articles.
func FormatOf(name string, data []byte) (f Format, ok bool) {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML, true
	case ".md", ".markdown":
		return FormatMarkdown, true
	case ".txt", ".text":
		if looksLikeHTML(data) {
			return FormatHTML, true
		}
		return FormatText, true
	case "":
		if looksLikeHTML(data) {
			return FormatHTML, true
		}
		return FormatText, true
	}
	return "", false
}

func looksLikeHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(data[:min(len(data), 512)], utf8BOM)))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html"))
}

var utf8BOM = []byte("\xef\xbb\xbf")

// Parse reads an article file's bytes. name is used to tell the format
// and in messages. Errors say what is wrong with the file; the caller
// adds its name.
func Parse(name string, data []byte) (Article, error) {
	if len(data) > MaxSize {
		return Article{}, fmt.Errorf("larger than the %d MiB limit for one article", MaxSize>>20)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return Article{}, errors.New("not text: a binary file (it contains NUL bytes)")
	}
	format, ok := FormatOf(name, data)
	if !ok {
		return Article{}, fmt.Errorf("not an article: read .txt, .md and .html files")
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	var warnings []string
	if !utf8.Valid(data) {
		decoded, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return Article{}, fmt.Errorf("not UTF-8 text, nor Windows-1252: %w", err)
		}
		warnings = append(warnings, fmt.Sprintf("not UTF-8 (invalid byte at offset %d): read as Windows-1252 (Latin-1)", InvalidUTF8At(data)))
		data = decoded
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return Article{}, errors.New("empty file")
	}
	var a Article
	var err error
	switch format {
	case FormatHTML:
		a, err = parseHTML(data)
	default:
		a, err = parseText(data)
	}
	if err != nil {
		return Article{}, err
	}
	if format == FormatMarkdown {
		var heading string
		a.Text, heading = markdownText(a.Text)
		if a.Title == "" {
			a.Title = heading
		}
	}
	a.Text = withoutControls(a.Text)
	a.Title, a.Outlet, a.Byline = withoutControls(a.Title), withoutControls(a.Outlet), withoutControls(a.Byline)
	if strings.TrimSpace(a.Text) == "" {
		return Article{}, errors.New("no article text")
	}
	a.Warnings = append(warnings, a.Warnings...)
	return a, nil
}

// withoutControls drops control characters other than tabs, line breaks
// and form feeds: stray ones come with pasted and saved pages, mean
// nothing to a reader, and the store's search uses two of them as markers.
// It drops too the bidirectional embeddings, overrides and isolates,
// which can make text display in an order other than the one it is stored
// in (a quote that reads differently from what it says), and a byte-order
// mark inside the text. Right-to-left scripts need none of them; the
// left-to-right and right-to-left marks, and the zero-width joiners that
// Arabic, Persian and Indic scripts use, are kept.
func withoutControls(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f',
			r >= 0x7f && r <= 0x9f,     // DEL and the C1 controls
			r >= 0x202a && r <= 0x202e, // LRE, RLE, PDF, LRO, RLO
			r >= 0x2066 && r <= 0x2069, // LRI, RLI, FSI, PDI
			r == 0xfeff:
			return -1
		}
		return r
	}, s)
}

// InvalidUTF8At is the offset of the first byte in b that is not UTF-8,
// or len(b) if there is none.
func InvalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}
