package publish

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/throughline-news/throughline/internal/timeline"
)

func event(id string, quotes ...string) timeline.Event {
	e := timeline.Event{ID: id, Title: "t " + id}
	for _, q := range quotes {
		e.Citations = append(e.Citations, timeline.Citation{SourceKey: "s", Quote: q})
	}
	return e
}

func ids(events []timeline.Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, e.ID)
	}
	return out
}

func TestKeepIDs(t *testing.T) {
	tests := []struct {
		name     string
		old, new []timeline.Event
		want     []string
	}{
		{"nothing stored", nil, []timeline.Event{event("a", "x")}, []string{"a"}},
		{"a shared citation keeps the id", []timeline.Event{event("old", "x")}, []timeline.Event{event("new", "y", "x")}, []string{"old"}},
		{"each stored id goes to one event", []timeline.Event{event("old", "x", "y")},
			[]timeline.Event{event("n1", "x"), event("n2", "y")}, []string{"old", "n2"}},
		{"an id taken by a continued event is not reused", []timeline.Event{event("a", "x")},
			[]timeline.Event{event("a", "y"), event("b", "x")}, []string{derivedID("a"), "a"}},
		{"no shared citation: a new event", []timeline.Event{event("old", "x")}, []timeline.Event{event("new", "z")}, []string{"new"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keepIDs(tt.old, tt.new)
			assert.Equal(t, tt.want, ids(tt.new))
		})
	}
	assert.Len(t, derivedID("abcdefghij"), 10)
	assert.NotEqual(t, "abcdefghij", derivedID("abcdefghij"))
}
