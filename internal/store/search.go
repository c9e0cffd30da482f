package store

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/throughline-news/throughline/internal/timeline"
)

// Search limits: a query (see FilterEvents) is at most maxQueryBytes of its
// input, room for the 200 characters the site accepts in any script, and
// maxQueryTerms words; the rest is ignored.
const (
	maxQueryBytes = 800
	maxQueryTerms = 12
)

// searchRow is the search index's row for a story's event at a timeline
// position (see migration 0008): a story's events are one range of rows in
// timeline order.
func searchRow(storyID int64, position int) int64 {
	return storyID<<32 + int64(position)
}

// Markers FTS5 puts around matched terms: control characters, which the
// corpus reader drops from articles, so they cannot be confused with text.
const (
	markOpen  = "\x02"
	markClose = "\x03"
)

// scanHit reads an event's timeline position, its highlighted title and
// summary, and a snippet of its cited paragraphs, kept only when they
// matched.
func scanHit(row scanner) (position int, h timeline.SearchHit, err error) {
	var title, summary, sources string
	if err := row.Scan(&position, &title, &summary, &sources); err != nil {
		return 0, h, fmt.Errorf("read search hit: %w", err)
	}
	h.Title, h.Summary = marked(title), marked(summary)
	if strings.Contains(sources, markOpen) {
		h.Sources = marked(sources)
	}
	return position, h, nil
}

// ftsQuery turns what a reader typed into an FTS5 query that cannot be a
// syntax error: its words, each quoted, all required, each matching any
// form with the same stem. Operators and punctuation are dropped.
func ftsQuery(input string) string {
	if len(input) > maxQueryBytes {
		input = strings.ToValidUTF8(input[:maxQueryBytes], "")
	}
	words := strings.FieldsFunc(input, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	if len(words) == 0 {
		return ""
	}
	if len(words) > maxQueryTerms {
		words = words[:maxQueryTerms]
	}
	for i, w := range words {
		words[i] = `"` + w + `"`
	}
	return strings.Join(words, " ")
}

// marked splits FTS5 highlight output into runs of plain and matched text.
func marked(s string) []timeline.TextRun {
	var runs []timeline.TextRun
	for s != "" {
		open := strings.Index(s, markOpen)
		if open < 0 {
			runs = append(runs, timeline.TextRun{Text: s})
			break
		}
		if open > 0 {
			runs = append(runs, timeline.TextRun{Text: s[:open]})
		}
		s = s[open+len(markOpen):]
		end := strings.Index(s, markClose)
		if end < 0 {
			end = len(s)
		}
		runs = append(runs, timeline.TextRun{Text: s[:end], Match: true})
		s = strings.TrimPrefix(s[end:], markClose)
	}
	return runs
}
