package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/throughline-news/throughline/internal/timeline"
)

// pageSize is how many events one timeline page lists: a story of ten
// thousand events renders a page at a time.
const pageSize = 50

// maxSearchBytes bounds the search text a page echoes back and searches.
const maxSearchBytes = 200

// timelineQuery is what a reader asked of a timeline page, checked.
type timelineQuery struct {
	Text    string // q: words to search for
	Source  string // source: a source key
	Kind    string // kind: an event kind
	Actor   string // actor: a name from the story's actors
	KeyOnly bool   // view=key
	Newest  bool   // order=newest
	Page    int    // page, from 1
}

// errBadQuery explains a query parameter the page cannot honour; its text
// is shown to the reader on a 400 page.
type errBadQuery struct{ message string }

func (e errBadQuery) Error() string { return e.message }

// parseTimelineQuery reads a timeline page's query parameters. Unknown
// parameters are ignored; known ones with values that make no sense for
// this story are errors.
func parseTimelineQuery(v url.Values, sources map[string]timeline.Source, kinds []string, actors []actor) (timelineQuery, error) {
	q := timelineQuery{Page: 1}
	q.Text = v.Get("q")
	if len(q.Text) > maxSearchBytes {
		return q, errBadQuery{"Search for at most " + strconv.Itoa(maxSearchBytes) + " characters."}
	}
	switch v.Get("view") {
	case "":
	case "key":
		q.KeyOnly = true
	default:
		return q, errBadQuery{"The timeline has two views: all events, or key events only."}
	}
	switch v.Get("order") {
	case "", "oldest":
	case "newest":
		q.Newest = true
	default:
		return q, errBadQuery{"Events can be listed oldest first or newest first."}
	}
	if s := v.Get("source"); s != "" {
		if _, ok := sources[s]; !ok {
			return q, errBadQuery{"This story has no such source."}
		}
		q.Source = s
	}
	if k := v.Get("kind"); k != "" {
		if !slices.Contains(kinds, k) {
			return q, errBadQuery{"This story has no events of that kind."}
		}
		q.Kind = k
	}
	if a := v.Get("actor"); a != "" {
		if !slices.ContainsFunc(actors, func(x actor) bool { return x.Name == a }) {
			return q, errBadQuery{"No event of this story names that actor."}
		}
		q.Actor = a
	}
	if p := v.Get("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			return q, errBadQuery{"The page number must be a whole number from 1."}
		}
		q.Page = n
	}
	return q, nil
}

// filtered reports whether the query narrows the timeline down.
func (q timelineQuery) filtered() bool {
	return q.Text != "" || q.Source != "" || q.Kind != "" || q.Actor != ""
}

// url is the timeline address for the query at the given page; "" and
// default values are left out, so the plain timeline's address stays
// plain.
func (q timelineQuery) url(slug string, page int) string {
	v := url.Values{}
	if q.Text != "" {
		v.Set("q", q.Text)
	}
	if q.Source != "" {
		v.Set("source", q.Source)
	}
	if q.Kind != "" {
		v.Set("kind", q.Kind)
	}
	if q.Actor != "" {
		v.Set("actor", q.Actor)
	}
	if q.KeyOnly {
		v.Set("view", "key")
	}
	if q.Newest {
		v.Set("order", "newest")
	}
	if page > 1 {
		v.Set("page", strconv.Itoa(page))
	}
	if len(v) == 0 {
		return storyPath(slug)
	}
	return storyPath(slug) + "?" + v.Encode()
}

// kindsOf lists the kinds of events in a story, sorted.
func kindsOf(events []timeline.Event) []string {
	var kinds []string
	for _, e := range events {
		if !slices.Contains(kinds, e.Kind) {
			kinds = append(kinds, e.Kind)
		}
	}
	slices.Sort(kinds)
	return kinds
}

// actor is a name the story's events give, with how many events name it.
type actor struct {
	Name   string
	Events int
}

// actorsOf lists the actors of a story's events, the most often named
// first, then by name.
func actorsOf(events []timeline.Event) []actor {
	count := map[string]int{}
	for _, e := range events {
		for _, a := range e.Actors {
			count[a]++
		}
	}
	actors := make([]actor, 0, len(count))
	for name, n := range count {
		actors = append(actors, actor{name, n})
	}
	slices.SortFunc(actors, func(a, b actor) int {
		if a.Events != b.Events {
			return b.Events - a.Events
		}
		return strings.Compare(a.Name, b.Name)
	})
	return actors
}

// apply narrows events (already the key events when the query asks for
// them) by kind, actor, source and search hits, in the query's order, undated
// events last. hits are the search results when the query has text.
func (q timelineQuery) apply(events []timeline.Event, hits map[string]timeline.SearchHit) []timeline.Event {
	var out, undated []timeline.Event
	for _, e := range events {
		if q.Kind != "" && e.Kind != q.Kind {
			continue
		}
		if q.Actor != "" && !slices.Contains(e.Actors, q.Actor) {
			continue
		}
		if q.Source != "" && !slices.ContainsFunc(e.Citations, func(c timeline.Citation) bool { return c.SourceKey == q.Source }) {
			continue
		}
		if q.Text != "" {
			if _, ok := hits[e.ID]; !ok {
				continue
			}
		}
		if e.Date.Undated() {
			undated = append(undated, e)
			continue
		}
		out = append(out, e)
	}
	if q.Newest {
		slices.Reverse(out)
	}
	return append(out, undated...)
}
