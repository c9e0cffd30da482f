package article

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// frontMatter is the YAML block that may open a text or Markdown article:
//
//	---
//	title: Harbour fire closes port
//	outlet: Northern Wire
//	url: https://news.example/harbour-fire
//	published: 2025-03-12
//	byline: Ari Stone
//	language: en
//	---
type frontMatter struct {
	Title     string `yaml:"title"`
	Outlet    string `yaml:"outlet"`
	URL       string `yaml:"url"`
	Published string `yaml:"published"`
	Byline    string `yaml:"byline"`
	Language  string `yaml:"language"`
}

// parseText reads a text or Markdown article, with its front matter if it
// opens with one.
func parseText(data []byte) (Article, error) {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	if !strings.HasPrefix(s, "---\n") {
		return Article{Text: s}, nil
	}
	block, body, ok := cutFrontMatter(s[len("---\n"):])
	if !ok {
		return Article{}, errors.New(`front matter: the "---" line that opens it on line 1 is never closed`)
	}
	var fm frontMatter
	dec := yaml.NewDecoder(strings.NewReader(block))
	dec.KnownFields(true)
	if err := dec.Decode(&fm); err != nil && !errors.Is(err, io.EOF) { // io.EOF: an empty block
		if n, line := unquotedColon(block); n > 0 {
			return Article{}, fmt.Errorf(`front matter line %d: the value holds ": ", which YAML reads as a new field; put it in quotes: %s`, n+1, quoted(line))
		}
		return Article{}, fmt.Errorf("front matter: %s", yamlProblem(err))
	}
	a := Article{
		Title: strings.TrimSpace(fm.Title), Outlet: strings.TrimSpace(fm.Outlet), URL: strings.TrimSpace(fm.URL),
		Byline: strings.TrimSpace(fm.Byline), Language: strings.TrimSpace(fm.Language), Text: body,
	}
	if fm.Published != "" {
		t, err := ParseDate(fm.Published)
		if err != nil {
			return Article{}, fmt.Errorf("front matter line %d: %w", lineOf(block, "published:")+1, err)
		}
		a.Published = t
	}
	return a, nil
}

// cutFrontMatter splits what follows the opening "---" line at the
// closing "---" or "..." line.
func cutFrontMatter(s string) (block, body string, ok bool) {
	for _, end := range []string{"---", "..."} {
		if strings.HasPrefix(s, end+"\n") || s == end {
			return "", strings.TrimPrefix(s[len(end):], "\n"), true
		}
		if i := strings.Index(s, "\n"+end+"\n"); i >= 0 {
			return s[:i+1], s[i+len(end)+2:], true
		}
		if strings.HasSuffix(s, "\n"+end) {
			return s[:len(s)-len(end)], "", true
		}
	}
	return "", "", false
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlProblem words a YAML error with line numbers counted in the file,
// whose line 1 is the opening "---".
func yamlProblem(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.ReplaceAll(msg, "unmarshal errors:\n  ", "")
	msg = strings.ReplaceAll(msg, "\n  ", "; ")
	msg = strings.ReplaceAll(msg, "in type article.frontMatter", "(known fields: title, outlet, url, published, byline, language)")
	return yamlLine.ReplaceAllStringFunc(msg, func(m string) string {
		n, _ := strconv.Atoi(m[len("line "):])
		return "line " + strconv.Itoa(n+1)
	})
}

// unquotedColon finds the first field whose value holds ": " unquoted, as
// a headline often does ("title: Port strike: talks fail"), and returns
// its line in the block (from 1) and the line; 0 when there is none.
func unquotedColon(block string) (int, string) {
	for i, l := range strings.Split(block, "\n") {
		_, value, ok := strings.Cut(l, ": ")
		value = strings.TrimSpace(value)
		if ok && strings.Contains(value, ": ") && !strings.HasPrefix(value, `"`) && !strings.HasPrefix(value, "'") {
			return i + 1, l
		}
	}
	return 0, ""
}

// quoted is a field line with its value in double quotes.
func quoted(line string) string {
	key, value, _ := strings.Cut(line, ": ")
	return key + ": " + strconv.Quote(strings.TrimSpace(value))
}

func lineOf(block, prefix string) int {
	for i, l := range strings.Split(block, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), prefix) {
			return i + 1
		}
	}
	return 1
}

// publishedLayouts are the forms a publication date is read in: a day,
// or a time as CMS exports and feeds write it ("2025-11-12T10:05:00Z",
// "2025-11-12 10:05"), whose calendar day in its own zone is taken.
var publishedLayouts = []string{
	time.DateOnly,
	time.RFC3339,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	time.DateTime,
	"2006-01-02 15:04",
}

// ParseDate reads a publication date: YYYY-MM-DD, or a time on that day.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range publishedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("published date %q is not a date of the form YYYY-MM-DD", s)
}
