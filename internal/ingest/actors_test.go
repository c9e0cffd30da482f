package ingest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/throughline-news/throughline/internal/timeline"
)

func TestActors(t *testing.T) {
	story := []timeline.Source{{Paragraphs: []timeline.Paragraph{
		{Role: timeline.RoleHeadline, Text: "Stormy Harbour Talks Collapse"},
		{Role: timeline.RoleBody, Text: "Talks collapsed on Monday, said Dana Okafor, the interior minister."},
		{Role: timeline.RoleBody, Text: "Stormy weather closed the port, and the Harbour Safety Board said the Okafor plan and the EU offer had failed."},
		{Role: timeline.RoleBody, Text: "Both Lena Holt and Mira Holt spoke for the U.S. embassy, as did Ari Stone."},
		{Role: timeline.RoleBody, Text: "Rebecca Vance, 45, was charged. Prosecutors said Vance lied. Senior EU officials met."},
	}}}
	ix := indexNames(story)
	tests := []struct {
		subject string
		want    []string
	}{
		{"Okafor", []string{"Dana Okafor"}},                                              // a surname gets its one full name
		{"Interior Minister Dana Okafor", []string{"Dana Okafor"}},                       // offices are not names
		{"Secretary of Defence Ari Stone", []string{"Ari Stone"}},                        // nor is an office's domain
		{"Okafor's spokesman", []string{"Dana Okafor"}},                                  // a spokesman speaks for someone
		{"The Harbour Safety Board", []string{"Harbour Safety Board"}},                   // a run of capitalised words is one name
		{"Stormy weather", nil},                                                          // capitalised only at a sentence's start
		{"Holt", []string{"Holt"}},                                                       // two full names: the surname stays
		{"The U.S. embassy", []string{"US"}},                                             // initials are written without stops
		{"A meeting between Okafor and Ari Stone", []string{"Dana Okafor", "Ari Stone"}}, // several actors
		{"Okafor, Stone, Lena Holt and the EU", nil},                                     // a list of more than three is a group
		{"the port", nil},
		{"Vance", []string{"Rebecca Vance"}},             // a name that opens a sentence
		{"EU", []string{"EU"}},                           // "Senior EU officials" names no one
		{"A new field in the Harbour Safety Board", nil}, // a place is no actor
		{"Ari Stone at the U.S. embassy", []string{"Ari Stone"}},
	}
	for _, tt := range tests {
		t.Run(tt.subject, func(t *testing.T) {
			assert.Equal(t, tt.want, ix.actors(strings.Fields(tt.subject)))
		})
	}
}

func TestNamesPerson(t *testing.T) {
	story := []timeline.Source{{Paragraphs: []timeline.Paragraph{
		{Role: timeline.RoleBody, Text: "The deal was agreed, said Dana Okafor. Okafor had pushed for it, as had Tom Reyes."},
		{Role: timeline.RoleBody, Text: "House Democrats opposed it. Every Democrat voted no, and Farside Investors sold."},
	}}}
	ix := indexNames(story)
	tests := []struct {
		word string
		want bool
	}{
		{"Okafor", true},     // a surname the story gives in full, and writes inside a sentence
		{"Reyes", true},      // one in -s
		{"Democrats", false}, // a group's plural: the story writes "Democrat" too
		{"Investors", false}, // a firm's last word
		{"Deal", false},      // no name the story gives in full
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, ix.person(tt.word))
		})
	}
}
