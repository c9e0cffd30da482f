package web

import (
	"net/http"
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
// export command prints.
type EventsJSON struct {
	Story  StoryJSON   `json:"story"`
	Events []EventJSON `json:"events"`
}

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
	Start     *string   `json:"start"`
	End       *string   `json:"end"`
	Precision string    `json:"precision"`
	Modifier  string    `json:"modifier"`
	Label     string    `json:"label"`
	Basis     BasisJSON `json:"basis"`
}

// BasisJSON says how a date was worked out.
type BasisJSON struct {
	Expression string  `json:"expression"`
	Source     string  `json:"source"`
	Anchor     *string `json:"anchor"`
	Rule       string  `json:"rule"`
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
	bySource := sourcesByKey(sources)
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
			Precision: string(e.Date.Precision), Modifier: string(e.Date.Modifier), Label: e.Date.Label(),
			Basis: BasisJSON{
				Expression: e.Date.Basis.Expression, Source: e.Date.Basis.SourceKey,
				Anchor: jsonDate(e.Date.Basis.Anchor), Rule: e.Date.Basis.Rule,
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
	story, sources, err := s.storyAndSources(r, slug)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	var filter timeline.EventFilter
	switch r.URL.Query().Get("key") {
	case "", "0", "false":
	case "1", "true":
		filter.KeyOnly = true
	default:
		s.apiError(w, r, http.StatusBadRequest, `"key" must be 1 or 0`)
		return
	}
	found, err := s.reader(r).FilterEvents(r.Context(), slug, filter)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	s.json(w, r, http.StatusOK, NewEventsJSON(story, sources, found.Events))
}

func (s *server) apiEvent(w http.ResponseWriter, r *http.Request) {
	slug := chi.URLParam(r, "story")
	_, sources, err := s.storyAndSources(r, slug)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	e, err := s.reader(r).Event(r.Context(), slug, chi.URLParam(r, "id"))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	s.json(w, r, http.StatusOK, newEventJSON(slug, e, sourcesByKey(sources)))
}

func (s *server) storyAndSources(r *http.Request, slug string) (timeline.Story, []timeline.Source, error) {
	story, err := s.reader(r).Story(r.Context(), slug)
	if err != nil {
		return story, nil, err
	}
	sources, err := s.reader(r).Sources(r.Context(), slug)
	return story, sources, err
}
