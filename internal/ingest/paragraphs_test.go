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

// The text is repeated so that small inputs, quick to mutate and
// minimise, also reach paragraphs over maxParagraphBytes.
func FuzzSplitParagraphs(f *testing.F) {
	f.Add("a\nb\n\nc d e\nf g h.\n", uint8(1))
	f.Add("\r\n\r\n", uint8(1))
	f.Add("Long \t sentence\u00a0here. ", uint8(255))
	f.Fuzz(func(t *testing.T, text string, repeat uint8) {
		text = strings.Repeat(text, int(repeat))
		for _, p := range SplitParagraphs(text) {
			if p == "" || strings.TrimSpace(p) != p {
				t.Fatalf("paragraph %q is empty or untrimmed", p)
			}
			if len(p) > maxParagraphBytes {
				t.Fatalf("paragraph of %d bytes", len(p))
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

func TestLongParagraphsAreCut(t *testing.T) {
	sentence := "The harbour authority said on Monday the port would stay closed. "
	tests := []struct {
		name string
		text string
	}{
		{"sentences on one line", strings.Repeat(sentence, 100)},
		{"one endless sentence", strings.Repeat("and the port stayed closed ", 200)},
		{"no spaces", strings.Repeat("é", 3000)},
		{"short sentence after a long one", strings.Repeat("word ", 500) + ". Then it closed."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SplitParagraphs(tt.text)
			assert.Greater(t, len(got), 1)
			for _, p := range got {
				assert.LessOrEqual(t, len(p), maxParagraphBytes)
				assert.NotEmpty(t, p)
				assert.True(t, utf8.ValidString(p))
				assert.Equal(t, strings.TrimSpace(p), p)
			}
			assert.Equal(t, strings.Join(strings.Fields(tt.text), ""), strings.Join(strings.Fields(strings.Join(got, "")), ""), "nothing lost")
		})
	}
	t.Run("whole sentences when they fit", func(t *testing.T) {
		for _, p := range SplitParagraphs(strings.Repeat(sentence, 100)) {
			assert.True(t, strings.HasPrefix(p, "The harbour") && strings.HasSuffix(p, "closed."), p)
		}
	})
}
