package synth

import (
	"fmt"
	"strings"
	"time"

	"github.com/throughline-news/throughline/internal/timeline"
)

// article is one written article of the story.
type article struct {
	key, headline, outlet, url string
	published                  time.Time
	paragraphs                 []paragraph
}

// paragraph is one paragraph of an article and, when it reports a
// happening, which one and the words that date it.
type paragraph struct {
	text       string
	role       timeline.Role
	reports    *happening
	expression string
}

// write writes article n of the story, published on day d: a lead on
// something that happened that day or the day before, background on
// earlier happenings, quotes and context that date nothing, and the
// furniture of a news page.
func (w *world) write(n, d int) article {
	w.through(d)
	published := w.start.AddDate(0, 0, d)
	lead := w.happenings[max(d-w.rng.IntN(2), 0)][w.rng.IntN(w.perDay)]
	outlet := w.outlets[w.rng.IntN(len(w.outlets))]
	headline := upperFirst(fmt.Sprintf("%s %s %s in %s", w.surname(lead.person), lead.verb.past, lead.object, lead.place))
	a := article{
		key:       fmt.Sprintf("%s-%06d", published.Format("2006-01-02"), n),
		headline:  headline,
		outlet:    outlet,
		url:       fmt.Sprintf("https://%s.example/%s/%s", slugOf(outlet), published.Format("2006/01/02"), slugOf(headline)),
		published: published,
	}
	a.add(paragraph{text: headline, role: timeline.RoleHeadline})
	a.add(w.dated(lead, published, 0))
	a.add(w.quote(lead))
	seen := map[int]bool{lead.id: true}
	for i := range 4 {
		h := w.recent(d)
		if seen[h.id] {
			continue
		}
		seen[h.id] = true
		a.add(w.dated(h, published, 1+w.rng.IntN(3)))
		switch i {
		case 1:
			a.add(paragraph{role: timeline.RoleCaption, text: fmt.Sprintf("FILE - %s speaks to reporters in %s, %s. (Photo: %s)",
				w.who(h.person), h.place, h.day.Format("Jan. 2, 2006"), outlet)})
		case 2:
			a.add(paragraph{role: timeline.RoleFurniture, text: "Advertisement"})
		}
	}
	a.add(w.context(lead))
	a.add(paragraph{role: timeline.RoleFurniture, text: "Share this article"})
	return a
}

func (a *article) add(p paragraph) { a.paragraphs = append(a.paragraphs, p) }

// dated reports h in one of a few sentence shapes, dated as an article
// published on published would date it.
func (w *world) dated(h happening, published time.Time, shape int) paragraph {
	when := w.when(h.day, published)
	var text string
	switch shape {
	case 0:
		text = fmt.Sprintf("%s %s %s in %s %s, officials said.", w.who(h.person), h.verb.past, h.object, h.place, when)
	case 1:
		text = fmt.Sprintf("%s, %s %s %s, according to a statement from %s.", upperFirst(when), w.who(h.person), h.verb.past, h.object, h.place)
	case 2:
		text = fmt.Sprintf("%s had %s %s %s, %s reported.", w.who(h.person), h.verb.perfect, h.object, when, w.outlets[w.rng.IntN(len(w.outlets))])
	default:
		text = fmt.Sprintf("In %s, %s %s %s %s after weeks of pressure.", h.place, w.who(h.person), h.verb.past, h.object, when)
	}
	return paragraph{text: text, role: timeline.RoleBody, reports: &h, expression: when}
}

func (w *world) quote(h happening) paragraph {
	lines := []string{"We will keep working until this is settled", "Nobody asked the people who live here",
		"This was the only responsible choice", "We expect an answer within days"}
	return paragraph{role: timeline.RoleBody, text: fmt.Sprintf("“%s,” %s told reporters in %s.",
		lines[w.rng.IntN(len(lines))], w.surname(h.person), h.place)}
}

func (w *world) context(h happening) paragraph {
	object := strings.TrimPrefix(h.object, "the ")
	return paragraph{role: timeline.RoleBody, text: fmt.Sprintf("Residents of %s have argued over the %s for years, and neither side answered requests for comment.",
		h.place, object)}
}

// markdown is the article as a Markdown file with front matter, the way a
// newsroom would save it.
func (a article) markdown() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\noutlet: %q\nurl: %s\npublished: %s\n---\n\n",
		a.headline, a.outlet, a.url, a.published.Format("2006-01-02"))
	for _, p := range a.paragraphs[1:] { // the headline is the title
		b.WriteString(p.text)
		b.WriteString("\n\n")
	}
	return []byte(b.String())
}
