package web

import (
	"encoding/xml"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/throughline-news/throughline/internal/timeline"
)

// tagPrefix starts every feed and entry id: a tag URI (RFC 4151) whose
// date is fixed, so ids never change.
const tagPrefix = "tag:throughline,2025:"

// An Atom feed of a story's events (RFC 4287), newest event first.

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Base    string      `xml:"xml:base,attr,omitempty"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Link    atomLink `xml:"link"`
	Summary string   `xml:"summary"`
}

// feedEntries is how many of the latest events the feed carries.
const feedEntries = 100

func (s *server) feed(w http.ResponseWriter, r *http.Request) {
	slug := chi.URLParam(r, "story")
	story, err := s.reader(r).Story(r.Context(), slug)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	latest, err := s.reader(r).FilterEvents(r.Context(), slug, timeline.EventFilter{Newest: true, Limit: feedEntries})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	updated := story.UpdatedAt.UTC().Format(time.RFC3339)
	f := atomFeed{
		Base:    s.public,
		ID:      tagPrefix + slug,
		Title:   story.Title,
		Updated: updated,
		Links:   []atomLink{{Rel: "self", Href: feedPath(slug)}, {Rel: "alternate", Href: storyPath(slug)}},
		Author:  atomAuthor{Name: "Throughline"},
	}
	for _, e := range latest.Events {
		f.Entries = append(f.Entries, atomEntry{
			ID:      tagPrefix + slug + "/" + e.ID,
			Title:   e.Date.Label() + ": " + e.Title,
			Updated: updated,
			Link:    atomLink{Rel: "alternate", Href: eventPath(slug, e)},
			Summary: e.Summary,
		})
	}
	body, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	send(w, r, http.StatusOK, "application/atom+xml; charset=utf-8", append([]byte(xml.Header), append(body, '\n')...))
}

// feedPath is the URL of a story's Atom feed.
func feedPath(slug string) string { return storyPath(slug) + "/feed.atom" }
