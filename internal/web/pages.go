package web

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/web/templates"
)

func (s *server) home(w http.ResponseWriter, r *http.Request) {
	stories, err := s.store.Stories(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	cards := make([]templates.StoryCard, 0, len(stories))
	for _, st := range stories {
		cards = append(cards, templates.StoryCard{
			URL: storyPath(st.Slug), Title: st.Title, Description: st.Description,
			Sources: st.SourceCount, Events: st.EventCount,
			Updated: st.UpdatedAt.Format("2 Jan 2006"), UpdatedISO: st.UpdatedAt.Format(time.RFC3339),
		})
	}
	meta := templates.Meta{Title: "Stories", Description: "Cited timelines of developing news stories.", Canonical: s.canonical("/")}
	s.page(w, r, http.StatusOK, templates.Home(meta, cards))
}

func (s *server) timeline(w http.ResponseWriter, r *http.Request) {
	slug := chi.URLParam(r, "story")
	story, sources, err := s.storyAndSources(r, slug)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	events, err := s.store.Events(r.Context(), slug)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	bySource := sourcesByKey(sources)
	t := templates.Timeline{
		Meta:  templates.Meta{Title: story.Title, Description: story.Description, Canonical: s.canonical(storyPath(slug)), Feed: feedPath(slug)},
		Story: storyHeader(story),
	}
	key := timeline.KeyEvents(events)
	view := r.URL.Query().Get("view")
	if view != "" && view != "key" {
		s.errorPage(w, r, http.StatusBadRequest, "Unknown view", "The timeline has two views: all events, or key events only.")
		return
	}
	t.Views = []templates.ViewLink{
		{Label: "All events (" + templates.Count(len(events), "event", "events") + ")", URL: storyPath(slug), Current: view == ""},
		{Label: "Key events (" + templates.Count(len(key), "event", "events") + ")", URL: storyPath(slug) + "?view=key", Current: view == "key"},
	}
	if view == "key" {
		events = key
		t.Meta.Title = "Key events: " + story.Title
	}
	for _, e := range events {
		card := eventCard(slug, e, bySource)
		if e.Date.Undated() {
			t.Undated = append(t.Undated, card)
			continue
		}
		month := e.Date.SortKey()
		id := "m" + month.Format("2006-01")
		if n := len(t.Months); n == 0 || t.Months[n-1].ID != id {
			t.Months = append(t.Months, templates.Month{ID: id, Label: month.Format("January 2006")})
		}
		last := &t.Months[len(t.Months)-1]
		last.Events = append(last.Events, card)
	}
	s.page(w, r, http.StatusOK, templates.TimelinePage(t))
}

func (s *server) event(w http.ResponseWriter, r *http.Request) {
	slug, ref := chi.URLParam(r, "story"), chi.URLParam(r, "ref")
	story, sources, err := s.storyAndSources(r, slug)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	events, err := s.store.Events(r.Context(), slug)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	id := eventID(ref)
	at := -1
	for i, e := range events {
		if e.ID == id {
			at = i
			break
		}
	}
	if at < 0 {
		s.notFound(w, r)
		return
	}
	e := events[at]
	// An outdated or missing slug redirects to the canonical address, so a
	// permalink keeps working when a title is reworded.
	if canonical := eventPath(slug, e); r.URL.EscapedPath() != canonical {
		http.Redirect(w, r, canonical, http.StatusMovedPermanently)
		return
	}
	bySource := sourcesByKey(sources)
	canonical := s.canonical(eventPath(slug, e))
	p := templates.EventPage{
		Meta: templates.Meta{Title: e.Title, Description: e.Summary, Canonical: canonical, Type: "article",
			Feed: feedPath(slug), StructuredData: eventStructuredData(canonical, e, bySource)},
		Story: storyHeader(story),
		Event: eventCard(slug, e, bySource),
		Basis: dateBasis(e.Date, bySource),
	}
	for _, c := range e.Citations {
		p.Quotes = append(p.Quotes, quote(slug, c, bySource[c.SourceKey]))
	}
	if len(e.Citations) > 1 {
		p.MergeNote = true
	}
	if at > 0 {
		p.Prev = &templates.NavLink{URL: eventPath(slug, events[at-1]), Title: events[at-1].Title}
	}
	if at < len(events)-1 {
		p.Next = &templates.NavLink{URL: eventPath(slug, events[at+1]), Title: events[at+1].Title}
	}
	s.page(w, r, http.StatusOK, templates.EventView(p))
}

func (s *server) source(w http.ResponseWriter, r *http.Request) {
	slug, key := chi.URLParam(r, "story"), chi.URLParam(r, "source")
	story, err := s.store.Story(r.Context(), slug)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	src, err := s.store.Source(r.Context(), slug, key)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	citing, err := s.store.EventsCiting(r.Context(), slug, key)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := templates.SourcePage{
		Meta:         templates.Meta{Title: sourceTitle(src), Description: "Source article of “" + story.Title + "”", Canonical: s.canonical(sourcePath(slug, key))},
		Story:        storyHeader(story),
		Label:        sourceTitle(src),
		Headline:     src.Headline,
		Outlet:       src.Outlet,
		Published:    src.Published.Format("Mon 2 Jan 2006"),
		PublishedISO: src.Published.Format(timeline.DateLayout),
		FileName:     src.FileName,
		OriginalURL:  src.URL,
		Paragraphs:   paragraphViews(slug, src, citing),
	}
	s.page(w, r, http.StatusOK, templates.SourceView(p))
}

// canonical is the absolute URL of a path, when the public address is known.
func (s *server) canonical(path string) string {
	if s.public == "" {
		return ""
	}
	return s.public + path
}
