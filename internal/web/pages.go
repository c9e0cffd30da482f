package web

import (
	"errors"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/web/templates"
)

func (s *server) home(w http.ResponseWriter, r *http.Request) {
	stories, err := s.reader(r).Stories(r.Context())
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
	if t, ok := s.timelineView(w, r); ok {
		s.page(w, r, http.StatusOK, templates.TimelinePage(t))
	}
}

// timelineView builds the timeline page a request asks for; when the
// request cannot be served it writes the error page and ok is false.
func (s *server) timelineView(w http.ResponseWriter, r *http.Request) (t templates.Timeline, ok bool) {
	slug := chi.URLParam(r, "story")
	story, err := s.reader(r).Story(r.Context(), slug)
	if err != nil {
		s.fail(w, r, err)
		return t, false
	}
	facets, err := s.reader(r).EventFacets(r.Context(), slug)
	if err != nil {
		s.fail(w, r, err)
		return t, false
	}
	choices, err := s.sourceChoices(r, slug)
	if err != nil {
		s.fail(w, r, err)
		return t, false
	}
	q, err := parseTimelineQuery(r.URL.Query(), sourcesByKey(choices), facets.Kinds, facets.Actors)
	if err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "That timeline view does not exist", err.Error())
		return t, false
	}
	found, err := s.reader(r).FilterEvents(r.Context(), slug, q.filter())
	if err != nil {
		s.fail(w, r, err)
		return t, false
	}
	bySource, err := s.citedSources(r, slug, found.Events...)
	if err != nil {
		s.fail(w, r, err)
		return t, false
	}
	pages := max(1, (found.Total+pageSize-1)/pageSize)
	if found.MoreThanTotal {
		pages = (found.Total + 1 + pageSize - 1) / pageSize // at least
	}
	if q.Page > pages {
		s.errorPage(w, r, http.StatusNotFound, "No such page", "This timeline has "+templates.Count(pages, "page", "pages")+".")
		return t, false
	}

	t = templates.Timeline{
		Meta:     templates.Meta{Title: story.Title, Description: story.Description, Canonical: s.canonical(storyPath(slug)), Feed: feedPath(slug)},
		Story:    storyHeader(story),
		Controls: timelineControls(slug, q, choices, facets.Kinds, facets.Actors),
	}
	if q.KeyOnly {
		t.Meta.Title = "Key events: " + story.Title
	}
	all, key := q, q
	all.KeyOnly, key.KeyOnly = false, true
	t.Views = []templates.ViewLink{
		{Label: "All events (" + templates.Count(facets.Events, "event", "events") + ")", URL: all.url(slug, 1), Current: !q.KeyOnly},
		{Label: "Key events (" + templates.Count(facets.KeyEvents, "event", "events") + ")", URL: key.url(slug, 1), Current: q.KeyOnly},
	}
	if q.filtered() {
		t.Status = templates.Count(found.Total, "event matches", "events match")
		if found.MoreThanTotal {
			t.Status = "More than " + t.Status
		}
	}
	if pages > 1 {
		t.Pages = &templates.Pager{Current: q.Page, Total: pages, AtLeast: found.MoreThanTotal}
		if q.Page > 1 {
			t.Pages.Prev = q.url(slug, q.Page-1)
		}
		if q.Page < pages {
			t.Pages.Next = q.url(slug, q.Page+1)
		}
	}
	notes := map[string]int{} // source key → its number on this page
	for _, e := range found.Events {
		card := eventCard(slug, e, bySource)
		for i, c := range e.Citations {
			if notes[c.SourceKey] == 0 {
				notes[c.SourceKey] = len(notes) + 1
				t.Notes = append(t.Notes, sourceNote(slug, bySource[c.SourceKey]))
			}
			card.Citations[i].Note = notes[c.SourceKey]
		}
		if h, ok := found.Hits[e.ID]; ok {
			card.TitleRuns, card.SummaryRuns = runs(h.Title), runs(h.Summary)
			// The excerpt shows why an event matched when its own words do not.
			if !anyMatch(h.Title) && !anyMatch(h.Summary) {
				card.SourceRuns = runs(h.Sources)
			}
		}
		if e.Date.Undated() {
			t.Undated = append(t.Undated, card)
			continue
		}
		base, label := periodHeading(e.Date)
		if n := len(t.Months); n == 0 || t.Months[n-1].Label != label {
			// A year's heading may come twice: "2025" for the year, then
			// again for "Late 2025" after its summer months.
			id := base
			for k := 2; slices.ContainsFunc(t.Months, func(m templates.Month) bool { return m.ID == id }); k++ {
				id = base + "-" + strconv.Itoa(k)
			}
			t.Months = append(t.Months, templates.Month{ID: id, Label: label})
		}
		m := &t.Months[len(t.Months)-1]
		if n := len(m.Days); n == 0 || m.Days[n-1].Label != card.DateLabel {
			m.Days = append(m.Days, templates.Day{Label: card.DateLabel, DateTime: card.DateTime})
		}
		day := &m.Days[len(m.Days)-1]
		day.Events = append(day.Events, card)
	}
	return t, true
}

// periodHeading is the heading a dated event is listed under, with its
// anchor: its month, or for a date vaguer than a month the year, decade
// or century it names, so that "1968" is not listed under "January 1968".
func periodHeading(d timeline.Date) (id, label string) {
	t := d.SortKey()
	label = timeline.PeriodLabel(t, d.Precision)
	switch d.Precision {
	case timeline.PrecisionQuarter:
		if period := d.Period(); !strings.HasPrefix(period, "Q") { // a season or half
			return "p" + d.Start.Format("2006-01"), period
		}
		return "q" + t.Format("2006") + "-" + strconv.Itoa((int(t.Month())-1)/3+1), label
	case timeline.PrecisionYear:
		return "y" + t.Format("2006"), label
	case timeline.PrecisionDecade:
		if c, ok := d.Century(); ok {
			return "c" + strconv.Itoa(c), timeline.CenturyLabel(c)
		}
		return "d" + strconv.Itoa(t.Year()/10*10), label
	}
	return "m" + t.Format("2006-01"), t.Format("January 2006")
}

// maxSourceChoices bounds the source filter's list: a story of thousands
// of articles offers its most cited.
const maxSourceChoices = 50

// sourceChoices lists the sources the timeline's filter offers: the most
// cited, and the one the request asks for if it is another of the story's.
func (s *server) sourceChoices(r *http.Request, slug string) ([]timeline.Source, error) {
	choices, err := s.reader(r).MostCitedSources(r.Context(), slug, maxSourceChoices)
	if err != nil {
		return nil, err
	}
	key := r.URL.Query().Get("source")
	if key == "" || slices.ContainsFunc(choices, func(src timeline.Source) bool { return src.Key == key }) {
		return choices, nil
	}
	asked, err := s.reader(r).SourcesByKey(r.Context(), slug, []string{key})
	if err != nil {
		return nil, err
	}
	if src, ok := asked[key]; ok {
		choices = append(choices, src)
	}
	return choices, nil
}

func (s *server) event(w http.ResponseWriter, r *http.Request) {
	slug, ref := chi.URLParam(r, "story"), chi.URLParam(r, "ref")
	story, err := s.reader(r).Story(r.Context(), slug)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	e, err := s.reader(r).Event(r.Context(), slug, eventID(ref))
	if errors.Is(err, timeline.ErrNotFound) {
		s.removedEvent(w, r, story, eventID(ref))
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	// An outdated or missing slug redirects to the canonical address, so a
	// permalink keeps working when a title is reworded.
	if canonical := eventPath(slug, e); r.URL.EscapedPath() != canonical {
		http.Redirect(w, r, canonical, http.StatusMovedPermanently)
		return
	}
	bySource, err := s.citedSources(r, slug, e)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	canonical := s.canonical(eventPath(slug, e))
	p := templates.EventPage{
		Meta: templates.Meta{Title: e.Title, Description: e.Summary, Canonical: canonical, Type: "article",
			Feed: feedPath(slug), StructuredData: eventStructuredData(canonical, e, bySource)},
		Story:     storyHeader(story),
		Event:     eventCard(slug, e, bySource),
		Basis:     dateBasis(e.Date, bySource),
		Permalink: eventPath(slug, e),
	}
	p.Meta.Script = "copy.js"
	for _, a := range e.Actors {
		p.Actors = append(p.Actors, templates.NavLink{URL: timelineQuery{Actor: a}.url(slug, 1), Title: a})
	}
	for _, c := range e.Citations {
		p.Quotes = append(p.Quotes, quote(slug, c, bySource[c.SourceKey]))
	}
	if len(e.Citations) > 1 {
		p.MergeNote = true
	}
	prev, next, err := s.reader(r).Neighbours(r.Context(), slug, e.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if prev != nil {
		p.Prev = &templates.NavLink{URL: eventPath(slug, *prev), Title: prev.Title}
	}
	if next != nil {
		p.Next = &templates.NavLink{URL: eventPath(slug, *next), Title: next.Title}
	}
	s.page(w, r, http.StatusOK, templates.EventView(p))
}

// removedEvent answers for an event a re-ingest took off the story: 410
// Gone with the way back to the timeline; 404 if the story never had it.
func (s *server) removedEvent(w http.ResponseWriter, r *http.Request, story timeline.Story, id string) {
	title, err := s.reader(r).RemovedEvent(r.Context(), story.Slug, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.renderError(w, r, templates.ErrorPage{
		Status: http.StatusGone, Heading: "This event was removed",
		Message: "“" + title + "” is no longer on the timeline: the story was updated and its sources no longer report it as it was.",
		Way:     &templates.NavLink{URL: storyPath(story.Slug), Title: "The timeline of " + story.Title},
	})
}

func (s *server) source(w http.ResponseWriter, r *http.Request) {
	slug, key := chi.URLParam(r, "story"), chi.URLParam(r, "source")
	story, err := s.reader(r).Story(r.Context(), slug)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	src, err := s.reader(r).Source(r.Context(), slug, key)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	citing, err := s.reader(r).EventsCiting(r.Context(), slug, key)
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
