package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzBuild runs the whole pipeline, titles included, on any text: it
// must not panic, and every event must have a title in valid UTF-8 and
// quote its paragraph.
func FuzzBuild(f *testing.F) {
	f.Add("The council last took such a step in 1994, when it suspended a treasurer.")
	f.Add("The company, based in Austin, laid off 300 workers between December 2023 and February 2024.")
	f.Add("Kyiv said on Sunday that Russia had launched 120 drones overnight. The report, released by the ministry on Monday, found errors.")
	f.Add("Police said that Ari Stone, an embittered former employee, fired the shots on Monday, and was released.")
	f.Add("The talks began on Saturday, a week after a missile strike on a market killed 19 people.")
	f.Add(", that A, on Monday , by , that")
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "")
		for _, e := range Build([]Article{{FileName: "a.txt", Published: wed12Mar2025, Text: text}}).Events {
			if strings.TrimSpace(e.Title) == "" || !utf8.ValidString(e.Title) {
				t.Fatalf("event %+v: bad title %q", e.Date, e.Title)
			}
			for _, c := range e.Citations {
				if !strings.Contains(c.ParagraphText, c.Quote) {
					t.Fatalf("quote %q not in its paragraph %q", c.Quote, c.ParagraphText)
				}
			}
		}
	})
}
