package store

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/throughline-news/throughline/internal/timeline"
)

// Search limits: a query is at most maxQueryBytes of its input and
// maxQueryTerms words; the rest is ignored.
const (
	maxQueryBytes = 200
	maxQueryTerms = 12
)

// Markers FTS5 puts around matched terms: control characters, which the
// corpus reader drops from articles, so they cannot be confused with text.
const (
	markOpen  = "\x02"
	markClose = "\x03"
)

// SearchEvents finds a story's events whose title, summary or cited
// paragraphs contain every word of the query (the last word also as a
// prefix), best match first, with the matches marked. A query with no
// words finds nothing.
func (db *DB) SearchEvents(ctx context.Context, slug, query string) ([]timeline.SearchHit, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	rows, err := db.reader.QueryContext(ctx, `
		SELECT e.key,
		       highlight(event_search, 0, ?, ?),
		       highlight(event_search, 1, ?, ?),
		       snippet(event_search, 2, ?, ?, '…', 24)
		FROM event_search
		JOIN events e ON e.id = event_search.rowid
		JOIN stories s ON s.id = e.story_id
		WHERE event_search MATCH ? AND s.slug = ?
		ORDER BY bm25(event_search, 10.0, 4.0, 1.0), e.position`,
		markOpen, markClose, markOpen, markClose, markOpen, markClose, match, slug)
	if err != nil {
		return nil, fmt.Errorf("search events: %w", err)
	}
	defer rows.Close()
	var hits []timeline.SearchHit
	for rows.Next() {
		var h timeline.SearchHit
		var title, summary, sources string
		if err := rows.Scan(&h.EventID, &title, &summary, &sources); err != nil {
			return nil, fmt.Errorf("read search hit: %w", err)
		}
		h.Title, h.Summary = marked(title), marked(summary)
		if strings.Contains(sources, markOpen) {
			h.Sources = marked(sources)
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// ftsQuery turns what a reader typed into an FTS5 query that cannot be a
// syntax error: its words, each quoted, all required; the last may be
// the start of a word. Operators and punctuation are dropped.
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
	words[len(words)-1] += "*"
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
