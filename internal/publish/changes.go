package publish

import (
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strings"

	"github.com/throughline-news/throughline/internal/timeline"
)

// Changes counts what an ingest changes in the stored story.
type Changes struct {
	ArticlesAdded     int `json:"articles_added"`
	ArticlesUpdated   int `json:"articles_updated"`
	ArticlesUnchanged int `json:"articles_unchanged"`
	ArticlesRemoved   int `json:"articles_removed"`
	ArticlesRejected  int `json:"articles_rejected"` // duplicates skipped
	EventsAdded       int `json:"events_added"`
	EventsChanged     int `json:"events_changed"`
	EventsUnchanged   int `json:"events_unchanged"`
	EventsRemoved     int `json:"events_removed"`
}

// stored is a story as it was before an ingest; empty for a new story.
type stored struct {
	sources []timeline.Source
	events  []timeline.Event
}

// keepIDs gives each new event the id of the stored event it continues,
// the one that cites a sentence it cites, so its permalink lives on when
// articles are added, removed or edited. Each stored id goes to one new
// event; a new event whose own id another has taken gets a fresh one.
func keepIDs(old, events []timeline.Event) {
	byQuote := map[string]string{} // source and quoted sentence → stored event id
	for _, e := range old {
		for _, c := range e.Citations {
			byQuote[c.SourceKey+"\x00"+c.Quote] = e.ID
		}
	}
	taken := map[string]bool{}
	kept := make([]bool, len(events))
	for i := range events {
		for _, c := range events[i].Citations {
			if id, ok := byQuote[c.SourceKey+"\x00"+c.Quote]; ok && !taken[id] {
				events[i].ID, kept[i], taken[id] = id, true, true
				break
			}
		}
	}
	for i := range events {
		if kept[i] {
			continue
		}
		for id := events[i].ID; ; id = derivedID(id) {
			if !taken[id] {
				events[i].ID, taken[id] = id, true
				break
			}
		}
	}
}

var idEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

// derivedID is another id, as stable as the one it derives from.
func derivedID(id string) string {
	sum := sha256.Sum256([]byte(id + "'"))
	return strings.ToLower(idEncoding.EncodeToString(sum[:])[:len(id)])
}

// changesFrom counts the differences between the stored story and the
// new sources and events: articles by file name and content, events by
// id and what a reader sees of them.
func changesFrom(old stored, sources []timeline.Source, events []timeline.Event) Changes {
	var c Changes
	oldSources := map[string]string{}
	for _, s := range old.sources {
		oldSources[s.FileName] = s.ContentHash
	}
	for _, s := range sources {
		hash, ok := oldSources[s.FileName]
		switch {
		case !ok:
			c.ArticlesAdded++
		case hash != s.ContentHash:
			c.ArticlesUpdated++
		default:
			c.ArticlesUnchanged++
		}
		delete(oldSources, s.FileName)
	}
	c.ArticlesRemoved = len(oldSources)

	oldEvents := map[string]string{}
	for _, e := range old.events {
		oldEvents[e.ID] = seen(e)
	}
	for _, e := range events {
		was, ok := oldEvents[e.ID]
		switch {
		case !ok:
			c.EventsAdded++
		case was != seen(e):
			c.EventsChanged++
		default:
			c.EventsUnchanged++
		}
		delete(oldEvents, e.ID)
	}
	c.EventsRemoved = len(oldEvents)
	return c
}

// seen is what a reader sees of an event, to tell a changed one.
func seen(e timeline.Event) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\x00%s\x00%s\x00%s", e.Title, e.Summary, e.Kind, e.Date.Label())
	for _, c := range e.Citations {
		fmt.Fprintf(&b, "\x00%s#%d:%s", c.SourceKey, c.Paragraph, c.Quote)
	}
	return b.String()
}
