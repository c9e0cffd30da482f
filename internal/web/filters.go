package web

import (
	"net/url"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/throughline-news/throughline/internal/timeline"
)

// pageSize is how many events one timeline page lists: a story of ten
// thousand events renders a page at a time.
const pageSize = 50

// maxSearchChars bounds the search text a page echoes back and searches,
// in characters, as the search box's maxlength does: a search in any
// script may be as long as one in English.
const maxSearchChars = 200

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
func parseTimelineQuery(v url.Values, sources map[string]timeline.Source, kinds []string, actors []timeline.ActorCount) (timelineQuery, error) {
	q := timelineQuery{Page: 1}
	q.Text = v.Get("q")
	if utf8.RuneCountInString(q.Text) > maxSearchChars {
		return q, errBadQuery{"Search for at most " + strconv.Itoa(maxSearchChars) + " characters."}
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
		if !slices.ContainsFunc(actors, func(x timeline.ActorCount) bool { return x.Name == a }) {
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

// filter is the store's filter for the query's page.
func (q timelineQuery) filter() timeline.EventFilter {
	return timeline.EventFilter{
		Text: q.Text, Source: q.Source, Kind: q.Kind, Actor: q.Actor, KeyOnly: q.KeyOnly, Newest: q.Newest,
		Offset: (q.Page - 1) * pageSize, Limit: pageSize,
	}
}
