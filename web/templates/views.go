// Package templates renders Throughline's pages with templ. Its view types
// hold display-ready strings; handlers build them from the domain.
package templates

import "strconv"

// Meta is what every page's head needs.
type Meta struct {
	Title       string
	Description string
	// Canonical is the page's absolute URL, or "" when the server's public
	// address is unknown.
	Canonical string
	// Type is the Open Graph type: "website" (the default) or "article".
	Type string
	// Feed is the URL of the page's Atom feed, or "".
	Feed string
	// StructuredData is the page's schema.org JSON-LD, or nil.
	StructuredData any
	// Script is the file name of a static script the page loads
	// deferred, or "".
	Script string
}

// StoryCard is one story on the home page.
type StoryCard struct {
	URL         string
	Title       string
	Description string
	Sources     int
	Events      int
	Updated     string
	UpdatedISO  string
}

// StoryHeader names the story a page belongs to.
type StoryHeader struct {
	URL         string
	Title       string
	Description string
	Sources     int
	Events      int
}

// Timeline is the story page.
type Timeline struct {
	Meta    Meta
	Story   StoryHeader
	Months  []Month
	Undated []EventCard
	// Views are the timeline's views (all events, key events), the
	// current one marked.
	Views    []ViewLink
	Controls Controls
	// Status says how many events a search or filter found; "" when the
	// timeline is not filtered.
	Status string
	// Pages is nil when every event fits on one page.
	Pages *Pager
	// Notes are the sources cited on this page, numbered in order of
	// first citation: the list citations refer to, printed as footnotes.
	Notes []SourceNote
}

// SourceNote is one source in a timeline page's list of sources.
type SourceNote struct {
	// Text names the source: its label, and its headline when known.
	Text         string
	Published    string
	PublishedISO string
	URL          string
	// OriginalURL is the article on its publisher's site, or "".
	OriginalURL string
}

// Controls is the timeline's search and filter form, filled in with the
// current query.
type Controls struct {
	Action  string
	Text    string
	Sources []Option
	Kinds   []Option
	// Actors is empty when no event names anyone.
	Actors  []Option
	KeyOnly bool
	Newest  bool
	// Clear is the unfiltered timeline's address, or "" when nothing is
	// filtered.
	Clear string
}

// Option is one choice of a select.
type Option struct {
	Value, Label string
	Selected     bool
}

// Pager links the pages of a long timeline.
type Pager struct {
	Current, Total int
	AtLeast        bool   // there may be more pages than Total
	Prev, Next     string // "" at the ends
}

// label says where the page is: "Page 2 of 3", "Page 1 of 22 or more".
func (p Pager) label() string {
	s := "Page " + Number(p.Current) + " of " + Number(p.Total)
	if p.AtLeast {
		s += " or more"
	}
	return s
}

// Run is a stretch of text, marked when it matched a search.
type Run struct {
	Text  string
	Match bool
}

// ViewLink is a link to one view of a timeline.
type ViewLink struct {
	Label   string
	URL     string
	Current bool
}

// Month groups the events whose date falls in one month.
type Month struct {
	ID    string
	Label string
	Days  []Day
}

// Day is the events of one date label within a month: one calendar day,
// or a vaguer date ("Early Sep 2025", "Oct 2025").
type Day struct {
	Label    string
	DateTime string // for <time datetime>, or "" for an open interval
	Events   []EventCard
}

// EventCard is an event as listed on the timeline.
type EventCard struct {
	URL       string
	Title     string
	Summary   string
	Kind      string
	DateLabel string
	// DateTime is the machine-readable date for <time datetime>, at the
	// event's precision ("2025-11-11", "2025-11", "2025-W46").
	DateTime    string
	SourceCount int
	Citations   []CitationLink
	// TitleRuns and SummaryRuns are the title and summary with search
	// matches marked, and SourceRuns an excerpt of the cited paragraphs
	// that matched; nil outside a search.
	TitleRuns, SummaryRuns, SourceRuns []Run
}

// CitationLink points at one cited paragraph: "Northern Wire ¶29".
type CitationLink struct {
	Label string
	URL   string
	// Note is the source's number in the timeline's source list, for
	// printed footnotes.
	Note int
}

// EventPage is one event's permalink page.
type EventPage struct {
	Meta  Meta
	Story StoryHeader
	Event EventCard
	Basis string
	// Permalink is the event's address, with a copy control where the
	// browser allows.
	Permalink string
	// Actors link to the timeline narrowed to each actor.
	Actors []NavLink
	Quotes []Quote
	// MergeNote is set when the event merges several reports: each quote
	// then says why it was merged.
	MergeNote bool
	Prev      *NavLink
	Next      *NavLink
}

// Quote is a cited paragraph with the cited sentence marked.
type Quote struct {
	Before, Marked, After string
	SourceLabel           string
	Headline              string
	Published             string
	PublishedISO          string
	Paragraph             int
	ParagraphURL          string
	SourceURL             string
	// OriginalURL is the article on its publisher's site, or "".
	OriginalURL string
	// Reason says why the report was merged into the event.
	Reason string
}

// HeadlineAfterSource is what follows the source's name: its headline
// quoted after a comma, or nothing when the name already is the headline.
func (q Quote) HeadlineAfterSource() string {
	if q.Headline == "" || q.Headline == q.SourceLabel {
		return ""
	}
	return ", “" + q.Headline + "”"
}

// NavLink is a link to a neighbouring event.
type NavLink struct {
	URL   string
	Title string
}

// SourcePage is one article with numbered paragraphs.
type SourcePage struct {
	Meta         Meta
	Story        StoryHeader
	Label        string
	Headline     string
	Outlet       string
	Published    string
	PublishedISO string
	FileName     string
	OriginalURL  string
	Paragraphs   []ParagraphView
}

// ParagraphView is one numbered paragraph of a source.
type ParagraphView struct {
	Ordinal  int
	ID       string
	Role     string
	Segments []Segment
}

// Segment is a run of a paragraph's text; a cited run links to the
// events that cite it.
type Segment struct {
	Text   string
	Events []NavLink
}

// ErrorPage is a 404, 400 or 500 page.
type ErrorPage struct {
	Meta    Meta
	Status  int
	Heading string
	Message string
	// Way is a link onward, such as the timeline an event was removed
	// from; nil for none.
	Way *NavLink
}

// Count writes a count with its noun: "1 source", "5 sources".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return Number(n) + " " + many
}

// Number writes n with its thousands grouped: "12,500".
func Number(n int) string {
	s := strconv.Itoa(n)
	start := 0
	if n < 0 {
		start = 1
	}
	for i := len(s) - 3; i > start; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
