package synth

import (
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/throughline-news/throughline/internal/timeline"
)

// File is one article file of a story folder.
type File struct {
	Name string
	Data []byte
}

// Articles invents a story told in n articles, twenty a day by outlets
// reporting thirty new happenings a day, as the Markdown files of a story
// folder: each happening is told about three times.
func Articles(n int, seed uint64) []File {
	w := newWorld(seed, 30)
	files := make([]File, n)
	for i := range files {
		a := w.write(i, i/20)
		files[i] = File{Name: a.key + ".md", Data: a.markdown()}
	}
	return files
}

// Story invents a stored story of n events, as the ingester would leave
// it: ten articles a day reporting twenty new happenings a day, and one
// event for each happening reported, citing every paragraph that reports
// it (two or three, a few a dozen).
func Story(slug string, n int, seed uint64) (timeline.Story, []timeline.Source, []timeline.Event) {
	w := newWorld(seed, 20)
	var sources []timeline.Source
	var events []timeline.Event
	byHappening := map[int]int{} // happening id → index in events
	for i := 0; len(events) < n || i%10 != 0; i++ {
		a := w.write(i, i/10)
		src := timeline.Source{Key: a.key, FileName: a.key + ".md", Headline: a.headline, Outlet: a.outlet,
			URL: a.url, Published: a.published, ContentHash: hash(string(a.markdown()))}
		for ordinal, p := range a.paragraphs {
			src.Paragraphs = append(src.Paragraphs, timeline.Paragraph{Ordinal: ordinal + 1, Role: p.role, Text: p.text})
			if p.reports == nil {
				continue
			}
			c := timeline.Citation{SourceKey: src.Key, Paragraph: ordinal + 1, ParagraphText: p.text, Quote: p.text,
				QuoteEnd: utf8.RuneCountInString(p.text), Reason: "first report"}
			if j, ok := byHappening[p.reports.id]; ok {
				c.Reason = "same people, action and day"
				events[j].Citations = append(events[j].Citations, c)
				events[j].Importance = min(1, events[j].Importance+0.15)
				continue
			}
			if len(events) == n {
				continue
			}
			byHappening[p.reports.id] = len(events)
			events = append(events, w.event(*p.reports, p, src, c))
		}
		sources = append(sources, src)
	}
	story := timeline.Story{Slug: slug, Title: fmt.Sprintf("A story of %d events", n),
		Description: "Invented by Throughline's benchmark generator."}
	story.Fingerprint = hash(fmt.Sprint(slug, n, seed))
	return story, sources, events
}

func (w *world) event(h happening, p paragraph, src timeline.Source, c timeline.Citation) timeline.Event {
	title := upperFirst(fmt.Sprintf("%s %s %s", w.surname(h.person), h.verb.past, h.object))
	kind := "action"
	if h.verb.statement {
		kind = "statement"
	}
	date := timeline.Date{Start: h.day, End: h.day, Precision: timeline.PrecisionDay}
	if strings.HasPrefix(p.expression, "in ") { // a month: "in March", "in early March"
		first := time.Date(h.day.Year(), h.day.Month(), 1, 0, 0, 0, 0, time.UTC)
		date = timeline.Date{Start: first, End: first.AddDate(0, 1, -1), Precision: timeline.PrecisionMonth}
	}
	date.Basis = timeline.DateBasis{Expression: p.expression, SourceKey: src.Key, Anchor: src.Published, Rule: "synthetic"}
	return timeline.Event{
		ID: id(h.id), Slug: slugOf(title), Kind: kind, Title: title, Summary: p.text, Date: date,
		Actors: []string{w.people[h.person].name}, Importance: 0.3, Citations: []timeline.Citation{c},
	}
}

var lowerBase32 = base32.StdEncoding.WithPadding(base32.NoPadding)

func id(n int) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "happening %d", n))
	return strings.ToLower(lowerBase32.EncodeToString(sum[:])[:10])
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return fmt.Sprintf("%x", sum)
}
