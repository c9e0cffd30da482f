package timeline

// EventFilter narrows a story's events the way the timeline page does.
// Zero values do not narrow.
type EventFilter struct {
	Text    string // words to search for in events and the paragraphs they cite
	Source  string // a source key: only events citing it
	Kind    string // an event kind
	Actor   string // only events naming this actor
	KeyOnly bool   // only key events
	Newest  bool   // newest first; undated events come last either way
	Offset  int    // events to skip
	Limit   int    // events to return at most
}

// EventPage is one page of a story's events under a filter.
type EventPage struct {
	Events []Event
	// Total is how many events match the filter on all pages; when
	// MoreThanTotal, a search stopped counting there and more match.
	Total         int
	MoreThanTotal bool
	// Hits holds, for a text search, the matches in each listed event,
	// by event id.
	Hits map[string]SearchHit
}

// Facets summarise a story's events by what the timeline filters on.
type Facets struct {
	Events    int
	KeyEvents int
	Kinds     []string     // sorted
	Actors    []ActorCount // the most often named first, then by name
}

// ActorCount is an actor and how many of a story's events name them.
type ActorCount struct {
	Name   string
	Events int
}
