package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"one per line", "First paragraph.\nSecond paragraph.\n", []string{"First paragraph.", "Second paragraph."}},
		{"blank-line separated", "First.\n\n\nSecond.\n\n", []string{"First.", "Second."}},
		{"CRLF", "First.\r\n\r\nSecond.\r\n", []string{"First.", "Second."}},
		{
			"hard-wrapped block joins",
			"The council voted on Monday to close the harbour road for\nrepairs, a decision that drew protests from traders who\nsay the works will cost them the season.\n\nNext paragraph.",
			[]string{"The council voted on Monday to close the harbour road for repairs, a decision that drew protests from traders who say the works will cost them the season.", "Next paragraph."},
		},
		{
			"sentence then caption stay apart",
			"The minister said the boat was in international waters.\nThe minister at a briefing. (AP)",
			[]string{"The minister said the boat was in international waters.", "The minister at a briefing. (AP)"},
		},
		{
			"short furniture lines stay apart",
			"Share this story\nYou May Also Like\nA long teaser line for an unrelated article that runs on and on and on.",
			[]string{"Share this story", "You May Also Like", "A long teaser line for an unrelated article that runs on and on and on."},
		},
		{"whitespace only", " \n\t\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, SplitParagraphs(tt.text))
		})
	}
}

func FuzzSplitParagraphs(f *testing.F) {
	f.Add("a\nb\n\nc d e\nf g h.\n")
	f.Add("\r\n\r\n")
	f.Fuzz(func(t *testing.T, text string) {
		for _, p := range SplitParagraphs(text) {
			if p == "" || strings.TrimSpace(p) != p {
				t.Fatalf("paragraph %q is empty or untrimmed", p)
			}
			if strings.Contains(p, "\n") {
				t.Fatalf("paragraph %q holds a newline", p)
			}
			if utf8.ValidString(text) && !utf8.ValidString(p) {
				t.Fatalf("valid input gave invalid paragraph %q", p)
			}
		}
	})
}
