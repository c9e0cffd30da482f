// Package timeline holds Throughline's domain types: a story, the sources it
// was built from, their paragraphs, and the dated events that cite them.
// It has no behaviour that needs a database, a network or a template.
package timeline

import (
	"errors"
	"time"
)

// ErrNotFound is returned when a story, event or source does not exist.
var ErrNotFound = errors.New("not found")

// Story is one developing news story, built from many sources.
type Story struct {
	Slug        string
	Title       string
	Description string
	// Fingerprint identifies the ingested content; an ingest whose
	// fingerprint matches the stored one changes nothing.
	Fingerprint string
	UpdatedAt   time.Time
	SourceCount int
	EventCount  int
}

// Source is one article, as published by one outlet.
type Source struct {
	// Key is the source's stable, URL-safe identifier within its story.
	Key         string
	FileName    string
	Headline    string
	Outlet      string
	URL         string
	Published   time.Time
	ContentHash string
	Paragraphs  []Paragraph
}

// Label is how a source is named in a citation: its outlet, or failing
// that its headline, or failing both its publication day (a file name
// means nothing to a reader).
func (s Source) Label() string {
	switch {
	case s.Outlet != "":
		return s.Outlet
	case s.Headline != "":
		return s.Headline
	case !s.Published.IsZero():
		return "Unnamed source, " + s.Published.Format("2 Jan 2006")
	default:
		return s.FileName
	}
}

// Role says what a paragraph is on its page.
type Role string

// Paragraph roles. Only headline and body text may yield events; the other
// roles stay citable on the source page.
const (
	RoleHeadline   Role = "headline"
	RoleBody       Role = "body"
	RoleSubheading Role = "subheading"
	RoleCaption    Role = "caption"
	RoleFurniture  Role = "furniture"
)

// Paragraph is one paragraph of a source. Ordinals are 1-based and stable,
// so "#p7" always names the 7th paragraph of its source.
type Paragraph struct {
	Ordinal int
	Role    Role
	Text    string
}

// Event is one dated happening on the timeline.
type Event struct {
	// ID is stable across re-ingests of the same input.
	ID      string
	Slug    string
	Kind    string
	Title   string
	Summary string
	Date    Date
	// Actors name who acts or speaks in the event, as the story names
	// them ("Dana Okafor"); empty when the event names no one.
	Actors []string
	// Importance, from 0 to 1, weighs the evidence for the event: how many
	// independent sources report it, how prominently, and what it is.
	Importance float64
	Citations  []Citation
}

// Citation ties an event to the sentence of a paragraph that reports it.
// QuoteStart and QuoteEnd are offsets in Unicode code points into the
// paragraph text, end exclusive.
type Citation struct {
	SourceKey     string
	Paragraph     int
	ParagraphText string
	Quote         string
	QuoteStart    int
	QuoteEnd      int
	// Reason says why this report was merged into the event.
	Reason string
}
