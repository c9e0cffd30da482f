package web

import (
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/throughline-news/throughline/internal/timeline"
)

// StoryJSON is a story in the API.
type StoryJSON struct {
	Slug        string `json:"slug"`
	Title       string `json:"title"`
	Description string `json:"description"`
	URL         string `json:"url"`
	Sources     int    `json:"sources"`
	Events      int    `json:"events"`
	UpdatedAt   string `json:"updated_at"`
}

// EventsJSON is the body of GET /api/stories/{slug}/events, and what the
// export command prints (all events, without Page).
type EventsJSON struct {
	Story  StoryJSON   `json:"story"`
	Events []EventJSON `json:"events"`
	Page   *PageJSON   `json:"page,omitempty"`
}

// PageJSON says which page of a story's events a document holds.
type PageJSON struct {
	Number  int `json:"number"`
	PerPage int `json:"per_page"`
	// Total is how many events there are on all pages. A search counts
	// only some way past the page: then more_than_total is true and more
	// events match.
	Total         int  `json:"total"`
	MoreThanTotal bool `json:"more_than_total,omitempty"`
	// Next is the address of the next page, or "" on the last.
	Next string `json:"next"`
}

// API pages: per_page events at a time, defaultPerPage unless asked.
const (
	defaultPerPage = 200
	maxPerPage     = 1000
)

// EventJSON is an event in the API.
type EventJSON struct {
	ID         string         `json:"id"`
	Slug       string         `json:"slug"`
	URL        string         `json:"url"`
	Title      string         `json:"title"`
	Summary    string         `json:"summary"`
	Kind       string         `json:"kind"`
	Actors     []string       `json:"actors"`
	Importance float64        `json:"importance"`
	Date       DateJSON       `json:"date"`
	Citations  []CitationJSON `json:"citations"`
}

// DateJSON is an event's date; start and end are null when open or unknown.
type DateJSON struct {
	Start     *string `json:"start"`
	End       *string `json:"end"`
	Precision string  `json:"precision"`
	Modifier  string  `json:"modifier"`
	// Time is the time of day the text gives for the day, as TIMEX3
	// writes it: "15:30", or a part of the day ("MO", "MI", "AF", "EV", "NI").
	Time  string    `json:"time,omitempty"`
	Label string    `json:"label"`
	Basis BasisJSON `json:"basis"`
}

// BasisJSON says how a date was worked out.
type BasisJSON struct {
	Expression string  `json:"expression"`
	Source     string  `json:"source"`
	Anchor     *string `json:"anchor"`
	Rule       string  `json:"rule"`
	// Reference is the earlier date in the same text that the expression
	// was counted from ("March 3" for "two days later"), if any, and
	// ReferenceLabel the date it names.
	Reference      string `json:"reference,omitempty"`
	ReferenceLabel string `json:"reference_label,omitempty"`
}

// CitationJSON is one cited sentence. quote_start and quote_end are
// offsets in Unicode code points into paragraph_text, end exclusive.
type CitationJSON struct {
	Source        SourceJSON `json:"source"`
	Paragraph     int        `json:"paragraph"`
	ParagraphText string     `json:"paragraph_text"`
	Quote         string     `json:"quote"`
	QuoteStart    int        `json:"quote_start"`
	QuoteEnd      int        `json:"quote_end"`
	// Reason says why this report was merged into the event.
	Reason string `json:"reason"`
}

// SourceJSON is a cited source.
type SourceJSON struct {
	ID        string `json:"id"`
	File      string `json:"file"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

// NewStoryJSON represents a story.
func NewStoryJSON(s timeline.Story) StoryJSON {
	return StoryJSON{
		Slug: s.Slug, Title: s.Title, Description: s.Description, URL: storyPath(s.Slug),
		Sources: s.SourceCount, Events: s.EventCount, UpdatedAt: s.UpdatedAt.UTC().Format(time.RFC3339),
	}
}

// NewEventsJSON represents a story's events, citing its sources.
func NewEventsJSON(story timeline.Story, sources []timeline.Source, events []timeline.Event) EventsJSON {
	return newEventsJSON(story, sourcesByKey(sources), events)
}

func newEventsJSON(story timeline.Story, bySource map[string]timeline.Source, events []timeline.Event) EventsJSON {
	out := EventsJSON{Story: NewStoryJSON(story), Events: make([]EventJSON, 0, len(events))}
	for _, e := range events {
		out.Events = append(out.Events, newEventJSON(story.Slug, e, bySource))
	}
	return out
}

func newEventJSON(slug string, e timeline.Event, sources map[string]timeline.Source) EventJSON {
	out := EventJSON{
		ID: e.ID, Slug: e.Slug, URL: eventPath(slug, e), Title: e.Title, Summary: e.Summary, Kind: e.Kind, Actors: []string{}, Importance: e.Importance,
		Date: DateJSON{
			Start: jsonDate(e.Date.Start), End: jsonDate(e.Date.End),
			Precision: string(e.Date.Precision), Modifier: string(e.Date.Modifier), Time: e.Date.Clock, Label: e.Date.Label(),
			Basis: BasisJSON{
				Expression: e.Date.Basis.Expression, Source: e.Date.Basis.SourceKey,
				Anchor: jsonDate(e.Date.Basis.Anchor), Rule: e.Date.Basis.Rule,
				Reference: e.Date.Basis.Reference, ReferenceLabel: e.Date.Basis.ReferenceLabel,
			},
		},
		Citations: make([]CitationJSON, 0, len(e.Citations)),
	}
	out.Actors = append(out.Actors, e.Actors...)
	for _, c := range e.Citations {
		src := sources[c.SourceKey]
		out.Citations = append(out.Citations, CitationJSON{
			Source: SourceJSON{
				ID: src.Key, File: src.FileName, Title: src.Headline, Outlet: src.Outlet,
				URL: src.URL, Published: src.Published.Format(timeline.DateLayout),
			},
			Paragraph: c.Paragraph, ParagraphText: c.ParagraphText,
			Quote: c.Quote, QuoteStart: c.QuoteStart, QuoteEnd: c.QuoteEnd, Reason: c.Reason,
		})
	}
	return out
}

func jsonDate(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(timeline.DateLayout)
	return &s
}

func sourcesByKey(sources []timeline.Source) map[string]timeline.Source {
	m := make(map[string]timeline.Source, len(sources))
	for _, s := range sources {
		m[s.Key] = s
	}
	return m
}

func (s *server) apiStories(w http.ResponseWriter, r *http.Request) {
	stories, err := s.reader(r).Stories(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := struct {
		Stories []StoryJSON `json:"stories"`
	}{Stories: make([]StoryJSON, 0, len(stories))}
	for _, st := range stories {
		out.Stories = append(out.Stories, NewStoryJSON(st))
	}
	s.json(w, r, http.StatusOK, out)
}

func (s *server) apiEvents(w http.ResponseWriter, r *http.Request) {
	slug := chi.URLParam(r, "story")
	story, err := s.reader(r).Story(r.Context(), slug)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	q := r.URL.Query()
	filter := timeline.EventFilter{Text: q.Get("q")}
	switch q.Get("key") {
	case "", "0", "false":
	case "1", "true":
		filter.KeyOnly = true
	default:
		s.apiError(w, r, http.StatusBadRequest, `"key" must be 1 or 0`)
		return
	}
	page, ok := intParam(q, "page", 1, 1, math.MaxInt32)
	perPage, ok2 := intParam(q, "per_page", defaultPerPage, 1, maxPerPage)
	if !ok || !ok2 {
		s.apiError(w, r, http.StatusBadRequest, fmt.Sprintf(`"page" must be a whole number from 1, "per_page" from 1 to %d`, maxPerPage))
		return
	}
	filter.Offset, filter.Limit = (page-1)*perPage, perPage
	found, err := s.reader(r).FilterEvents(r.Context(), slug, filter)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	sources, err := s.citedSources(r, slug, found.Events...)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	doc := newEventsJSON(story, sources, found.Events)
	doc.Page = &PageJSON{Number: page, PerPage: perPage, Total: found.Total, MoreThanTotal: found.MoreThanTotal}
	if page*perPage < found.Total {
		next := url.Values{}
		for k, v := range q {
			next[k] = v
		}
		next.Set("page", strconv.Itoa(page+1))
		doc.Page.Next = r.URL.Path + "?" + next.Encode()
	}
	s.json(w, r, http.StatusOK, doc)
}

// intParam reads a whole-number query parameter in [lo, hi], or def when
// it is absent; ok is false for anything else.
func intParam(q url.Values, name string, def, lo, hi int) (int, bool) {
	v := q.Get(name)
	if v == "" {
		return def, true
	}
	n, err := strconv.Atoi(v)
	return n, err == nil && n >= lo && n <= hi
}

func (s *server) apiEvent(w http.ResponseWriter, r *http.Request) {
	slug := chi.URLParam(r, "story")
	e, err := s.reader(r).Event(r.Context(), slug, chi.URLParam(r, "id"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	sources, err := s.citedSources(r, slug, e)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	s.json(w, r, http.StatusOK, newEventJSON(slug, e, sources))
}

// citedSources reads the sources that events cite or take their dates
// from: only those, so a page costs the same in a story of any length.
func (s *server) citedSources(r *http.Request, slug string, events ...timeline.Event) (map[string]timeline.Source, error) {
	var keys []string
	seen := map[string]bool{}
	add := func(k string) {
		if k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, e := range events {
		add(e.Date.Basis.SourceKey)
		for _, c := range e.Citations {
			add(c.SourceKey)
		}
	}
	return s.reader(r).SourcesByKey(r.Context(), slug, keys)
}
