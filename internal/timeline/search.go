package timeline

// SearchHit is an event found by a text search, with the words that
// matched marked in its title, its summary and, when the match is in the
// paragraphs it cites, an excerpt of them.
type SearchHit struct {
	EventID string
	Title   []TextRun
	Summary []TextRun
	Sources []TextRun
}

// TextRun is a stretch of text, marked when it matched a search.
type TextRun struct {
	Text  string
	Match bool
}
