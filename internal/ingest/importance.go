package ingest

import (
	"math"

	"github.com/throughline-news/throughline/internal/timeline"
)

// leadParagraphs is how many paragraphs from the top of an article count
// as its lead: what an outlet puts there, it thinks matters most.
const leadParagraphs = 3

// weigh gives each event its importance from the evidence in the corpus:
// the share of independent sources that report it (the strongest sign),
// whether any reports it near the top of an article, and its kind (an act
// outweighs a statement about it). Scores fall in [0, 1].
func weigh(events []timeline.Event, sources int) {
	for i := range events {
		e := &events[i]
		outlets := map[string]bool{}
		lead := false
		for _, c := range e.Citations {
			outlets[c.SourceKey] = true
			lead = lead || c.Paragraph <= leadParagraphs
		}
		score := 0.7 * float64(len(outlets)) / float64(max(sources, 1))
		if lead {
			score += 0.15
		}
		if e.Kind == "action" {
			score += 0.15
		} else {
			score += 0.1
		}
		e.Importance = math.Round(math.Min(score, 1)*100) / 100
	}
}
