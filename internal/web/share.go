package web

import (
	"strings"

	"github.com/throughline-news/throughline/internal/timeline"
)

// What a shared link needs: structured data for the event, and a link to
// the original article that scrolls to the cited sentence.

// eventStructuredData is an event as schema.org JSON-LD, with its reports
// as citations.
func eventStructuredData(canonical string, e timeline.Event, sources map[string]timeline.Source) map[string]any {
	data := map[string]any{
		"@context":    "https://schema.org",
		"@type":       "Event",
		"name":        e.Title,
		"description": e.Summary,
	}
	if canonical != "" {
		data["url"] = canonical
	}
	if !e.Date.Start.IsZero() {
		data["startDate"] = e.Date.Start.Format(timeline.DateLayout)
	}
	if !e.Date.End.IsZero() {
		data["endDate"] = e.Date.End.Format(timeline.DateLayout)
	}
	var citations []map[string]any
	seen := map[string]bool{}
	for _, c := range e.Citations {
		src, ok := sources[c.SourceKey]
		if !ok || seen[c.SourceKey] {
			continue
		}
		seen[c.SourceKey] = true
		work := map[string]any{"@type": "NewsArticle", "datePublished": src.Published.Format(timeline.DateLayout)}
		if src.Headline != "" {
			work["headline"] = src.Headline
		}
		if src.Outlet != "" {
			work["publisher"] = map[string]any{"@type": "Organization", "name": src.Outlet}
		}
		if src.URL != "" {
			work["url"] = src.URL
		}
		citations = append(citations, work)
	}
	if len(citations) > 0 {
		data["citation"] = citations
	}
	return data
}

// textFragmentWords is how many words of a quote's start and end a text
// fragment names: enough to find the sentence, short enough to survive
// small edits of the page in between.
const textFragmentWords = 5

// withTextFragment links to a page scrolled to a sentence, with a URL text
// fragment (#:~:text=start,end) that browsers supporting it highlight.
func withTextFragment(pageURL, quote string) string {
	if pageURL == "" {
		return ""
	}
	words := strings.Fields(quote)
	if len(words) == 0 {
		return pageURL
	}
	base, _, _ := strings.Cut(pageURL, "#")
	if len(words) <= 2*textFragmentWords {
		return base + "#:~:text=" + fragmentEscape(strings.Join(words, " "))
	}
	start := strings.Join(words[:textFragmentWords], " ")
	end := strings.Join(words[len(words)-textFragmentWords:], " ")
	return base + "#:~:text=" + fragmentEscape(start) + "," + fragmentEscape(end)
}

// fragmentEscape percent-encodes a text fragment's term: everything except
// letters, digits, ".", "_" and "~". Even "-" is encoded: with "," and "&"
// it is the fragment's own syntax (prefix-, -suffix, start,end, &next).
func fragmentEscape(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '.', c == '_', c == '~':
			b.WriteByte(c)
		default:
			b.WriteString("%" + strings.ToUpper(string("0123456789abcdef"[c>>4])+string("0123456789abcdef"[c&15])))
		}
	}
	return b.String()
}
