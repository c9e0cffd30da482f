package article

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// TestSavedPages extracts the fixture pages, written in the shape of real
// news sites (navigation, cookie banner, ads, related links, JSON-LD),
// and compares the result with testdata/NAME.golden.json.
func TestSavedPages(t *testing.T) {
	pages, err := filepath.Glob("testdata/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			data, err := os.ReadFile(page)
			require.NoError(t, err)
			a, err := Parse(page, data)
			require.NoError(t, err)
			got, err := json.MarshalIndent(a, "", "  ")
			require.NoError(t, err)
			golden := strings.TrimSuffix(page, ".html") + ".golden.json"
			if *update {
				require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.JSONEq(t, string(want), string(got))
		})
	}
}

func TestSavedPageFurnitureIsRemoved(t *testing.T) {
	data, err := os.ReadFile("testdata/magazine-page.html")
	require.NoError(t, err)
	a, err := Parse("magazine-page.html", data)
	require.NoError(t, err)
	// An ad label inside the article body stays, as its own paragraph, for
	// the ingest to mark as furniture.
	for _, furniture := range []string{"cookies", "Subscribe", "Podcasts", "Lighthouse to become hotel", "All rights reserved", "dataLayer"} {
		assert.NotContains(t, a.Text, furniture)
	}
	assert.Contains(t, a.Text, "Two ferry operators said on Monday")
	assert.Contains(t, a.Text, "\n\nThe island council called", "paragraphs stay apart")
	assert.Equal(t, "The Coastal Review", a.Outlet)
	assert.Equal(t, "Ferry operators warn of winter cuts", a.Title)
	assert.Equal(t, time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC), a.Published)
	assert.Contains(t, a.Warnings[0], "Windows-1252")
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             Article
		err              string
	}{
		{name: "plain text", file: "a.txt", data: "A fire broke out on Monday.\n", want: Article{Text: "A fire broke out on Monday.\n"}},
		{name: "front matter", file: "a.md", data: "---\ntitle: Fire\noutlet: Wire\nurl: https://news.example/a\npublished: 2025-03-12\nbyline: Ari Stone\nlanguage: en\n---\nBody.\n",
			want: Article{Title: "Fire", Outlet: "Wire", URL: "https://news.example/a", Byline: "Ari Stone", Language: "en",
				Published: time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), Text: "Body."}},
		{name: "RFC 3339 date, Windows line ends", file: "a.md", data: "---\r\npublished: 2025-03-12T23:30:00-05:00\r\n---\r\nBody.\r\n",
			want: Article{Published: time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), Text: "Body."}},
		{name: "time without zone, as CMS exports write it", file: "a.md", data: "---\npublished: 2025-03-12T23:30\n---\nBody.\n",
			want: Article{Published: time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), Text: "Body."}},
		{name: "date and time with a space", file: "a.md", data: "---\npublished: 2025-03-12 08:15:00\n---\nBody.\n",
			want: Article{Published: time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), Text: "Body."}},
		{name: "empty front matter", file: "a.md", data: "---\n---\nBody.\n", want: Article{Text: "Body."}},
		{name: "a rule later in the text is not front matter", file: "a.txt", data: "Body.\n---\nMore.\n", want: Article{Text: "Body.\n---\nMore.\n"}},
		{name: "HTML in a .txt file", file: "a.txt", data: "<!DOCTYPE html><html><body><article><p>" + strings.Repeat("The port stayed shut on Monday, officials said. ", 5) + "</p></article></body></html>",
			want: Article{Text: strings.TrimSpace(strings.Repeat("The port stayed shut on Monday, officials said. ", 5))}},
		{name: "unknown field", file: "a.md", data: "---\ntitle: Fire\npublshed: 2025-03-12\n---\nBody.\n", err: "front matter: line 3: field publshed not found"},
		{name: "malformed YAML", file: "a.md", data: "---\ntitle: Fire\nurl: [unclosed\n---\nBody.\n", err: "front matter: line 2: did not find expected ',' or ']'"},
		{name: "bad date", file: "a.md", data: "---\ntitle: Fire\npublished: 12/03/2025\n---\nBody.\n", err: `front matter line 3: published date "12/03/2025" is not a date of the form YYYY-MM-DD`},
		{name: "unclosed", file: "a.md", data: "---\ntitle: Fire\nBody.\n", err: "never closed"},
		{name: "colon in an unquoted title", file: "a.md", data: "---\ntitle: Port strike: talks fail\npublished: 2025-03-12\n---\nBody.\n",
			err: `front matter line 2: the value holds ": ", which YAML reads as a new field; put it in quotes: title: "Port strike: talks fail"`},
		{name: "empty", file: "a.txt", data: " \n\t\n", err: "empty file"},
		{name: "front matter only", file: "a.md", data: "---\ntitle: Fire\n---\n", err: "no article text"},
		{name: "binary", file: "a.txt", data: "PK\x03\x04\x00\x00", err: "binary file"},
		{name: "not an article", file: "a.pdf", data: "%PDF-1.7", err: "not an article"},
		{name: "oversized", file: "a.txt", data: strings.Repeat("a", MaxSize+1), err: "larger than the 5 MiB limit"},
		{name: "page with no article", file: "a.html", data: "<html><body><nav><a href=/>Home</a></nav></body></html>", err: "no article text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.file, []byte(tt.data))
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// Markdown's markup is taken out; its blocks are the paragraphs.
func TestParseMarkdown(t *testing.T) {
	tests := []struct {
		name, data string
		want       Article
	}{
		{"a level-1 heading is the title a file without one gives", "# Port reopens\n\nThe port reopened on **Monday**.\n",
			Article{Title: "Port reopens", Text: "Port reopens\n\nThe port reopened on Monday."}},
		{"the front matter's title wins", "---\ntitle: Port strike ends\n---\n# Port reopens\n\nBody.\n",
			Article{Title: "Port strike ends", Text: "Port reopens\n\nBody."}},
		{"a link gives its words, an image and HTML nothing", "Officials [said](https://news.example/a) it would *reopen*.\n\n![The port](port.jpg)\n\n<div class=\"embed\">x</div>\n\nMore <b>text</b>.\n",
			Article{Text: "Officials said it would reopen.\n\nMore text."}},
		{"list items and quoted paragraphs are paragraphs; ordered items keep their numbers", "- The port shut on Monday.\n- Talks began.\n\n> “We are ready,” she said.\n\n2019. The port was sold.\n",
			Article{Text: "The port shut on Monday.\n\nTalks began.\n\n“We are ready,” she said.\n\n2019. The port was sold."}},
		{"escapes and character references are resolved", "Fees rose 5\\* &amp; more, &#8364;3 \\[a\\].\n", Article{Text: "Fees rose 5* & more, €3 [a]."}},
		{"lines of a paragraph stay lines, for the paragraph splitter", "The port shut.\nTalks began.\n", Article{Text: "The port shut.\nTalks began."}},
		{"text indented as code is kept", "    The port shut on Monday.\n", Article{Text: "The port shut on Monday.\n"}},
		{"a rule is no text", "One.\n\n***\n\nTwo.\n", Article{Text: "One.\n\nTwo."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("a.md", []byte(tt.data))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLatin1IsTranscoded(t *testing.T) {
	data, err := os.ReadFile("testdata/latin1.txt")
	require.NoError(t, err)
	a, err := Parse("latin1.txt", data)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(a.Text, "Café owners"))
	require.Len(t, a.Warnings, 1)
	assert.Equal(t, "not UTF-8 (invalid byte at offset 3): read as Windows-1252 (Latin-1)", a.Warnings[0])
}

// FuzzParse: no file makes Parse panic, and what it returns is UTF-8
// text without NUL bytes.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"Body.", "---\ntitle: x\n---\nBody.", "---\n: [\n---\n", "<!doctype html><p>x</p>", "\xff\xfe", "---\n---\n"} {
		f.Add("a.txt", []byte(s))
		f.Add("a.html", []byte(s))
		f.Add("a.md", []byte(s))
	}
	f.Add("a.md", []byte("# T\n\n- a\n- *b* [c](d) ![e](f)\n\n> g\n\n1. h\n\n    i\n\n<p>j</p>\n\\* &amp;"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, err := Parse(name, data)
		if err != nil {
			return
		}
		for _, field := range []string{a.Text, a.Title, a.Outlet, a.Byline} {
			assert.True(t, utf8Valid(field))
			assert.False(t, strings.ContainsFunc(field, func(r rune) bool {
				return r == 0 || r == 0x7f || r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0xfeff
			}), "a control or display-reordering character survived in %q", field)
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// Characters that change how text displays, or that mean nothing to a
// reader, are dropped; those right-to-left and joined scripts need stay.
func TestInvisibleCharacters(t *testing.T) {
	tests := []struct {
		name, in, want string
		inTitle        bool // front matter refuses C0 controls and reads NEL as a line break
	}{
		{"right-to-left override", "The minister said \u202egnorw\u202c it was.", "The minister said gnorw it was.", true},
		{"isolates", "Votes: \u2066120\u2069 to \u206740\u2069.", "Votes: 120 to 40.", true},
		{"byte-order mark inside text", "Port\ufeff closes.", "Port closes.", true},
		{"C1 control", "Port\u0085closes.", "Portcloses.", false},
		{"bell and escape", "Port\x07 closes\x1b[31m.", "Port closes[31m.", false},
		{"right-to-left mark kept", "\u200f\u05e9\u05dc\u05d5\u05dd\u200f said.", "\u200f\u05e9\u05dc\u05d5\u05dd\u200f said.", true},
		{"zero-width non-joiner kept (Persian)", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", true},
		{"zero-width joiner kept (emoji)", "\U0001F469\u200d\U0001F4BB reported.", "\U0001F469\u200d\U0001F4BB reported.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			title := "Title"
			if tt.inTitle {
				title += " " + tt.in
			}
			a, err := Parse("a.md", []byte("---\ntitle: \""+title+"\"\npublished: 2025-03-12\n---\n\n"+tt.in+"\n"))
			require.NoError(t, err)
			assert.Equal(t, tt.want, strings.TrimSpace(a.Text))
			if tt.inTitle {
				assert.Equal(t, "Title "+tt.want, a.Title)
			}
		})
	}
}
