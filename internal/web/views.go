package web

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/web/templates"
)

// Builders of the templates' view types from domain values.

func storyHeader(s timeline.Story) templates.StoryHeader {
	return templates.StoryHeader{URL: storyPath(s.Slug), Title: s.Title, Description: s.Description, Sources: s.SourceCount, Events: s.EventCount}
}

func eventCard(slug string, e timeline.Event, sources map[string]timeline.Source) templates.EventCard {
	card := templates.EventCard{
		URL: eventPath(slug, e), Title: e.Title, Summary: e.Summary, Kind: e.Kind,
		DateLabel: e.Date.Label(), DateTime: machineDate(e.Date),
	}
	distinct := map[string]bool{}
	for _, c := range e.Citations {
		distinct[c.SourceKey] = true
		card.Citations = append(card.Citations, templates.CitationLink{
			Label: shortLabel(sources[c.SourceKey].Label()) + " ¶" + strconv.Itoa(c.Paragraph),
			URL:   paragraphPath(slug, c.SourceKey, c.Paragraph),
		})
	}
	card.SourceCount = len(distinct)
	return card
}

// machineDate is the value of <time datetime> at the date's precision,
// or "" where no single valid value fits (an open interval).
func machineDate(d timeline.Date) string {
	if d.Start.IsZero() {
		return ""
	}
	switch d.Precision {
	case timeline.PrecisionDay:
		return d.Start.Format("2006-01-02")
	case timeline.PrecisionWeek:
		y, w := d.Start.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case timeline.PrecisionMonth:
		return d.Start.Format("2006-01")
	case timeline.PrecisionYear, timeline.PrecisionQuarter, timeline.PrecisionDecade:
		return d.Start.Format("2006")
	}
	return ""
}

// dateBasis says how a date was worked out: "“on Tuesday” in Northern
// Wire, published Wed 12 Mar 2025 → Tue 11 Mar 2025", or for a date
// counted from another, "“two days later”, counted from “March 3” (Sun 3
// Mar 2024), in ...".
func dateBasis(d timeline.Date, sources map[string]timeline.Source) string {
	b := d.Basis
	expression := "“" + b.Expression + "”"
	if b.Reference != "" {
		expression += ", counted from “" + b.Reference + "”"
		if b.ReferenceLabel != "" {
			expression += " (" + b.ReferenceLabel + ")"
		}
		expression += ","
	}
	src, ok := sources[b.SourceKey]
	if b.Expression == "" {
		if b.Rule == "reported-in-lead" && ok {
			return fmt.Sprintf("reported as news at the top of %s, published %s", src.Label(), src.Published.Format("Mon 2 Jan 2006"))
		}
		return ""
	}
	if !ok {
		return fmt.Sprintf("%s → %s", strings.TrimSuffix(expression, ","), d.Label())
	}
	return fmt.Sprintf("%s in %s, published %s → %s", expression, src.Label(), src.Published.Format("Mon 2 Jan 2006"), d.Label())
}

func quote(slug string, c timeline.Citation, src timeline.Source) templates.Quote {
	before, marked, after := splitRunes(c.ParagraphText, c.QuoteStart, c.QuoteEnd)
	return templates.Quote{
		Before: before, Marked: marked, After: after,
		SourceLabel:  src.Label(),
		Headline:     src.Headline,
		Published:    src.Published.Format("Mon 2 Jan 2006"),
		PublishedISO: src.Published.Format(timeline.DateLayout),
		Paragraph:    c.Paragraph,
		ParagraphURL: paragraphPath(slug, c.SourceKey, c.Paragraph),
		SourceURL:    sourcePath(slug, c.SourceKey),
		OriginalURL:  withTextFragment(src.URL, c.Quote),
		Reason:       c.Reason,
	}
}

// splitRunes cuts text at two code-point offsets, clamped to the text.
func splitRunes(text string, start, end int) (string, string, string) {
	r := []rune(text)
	start = min(max(start, 0), len(r))
	end = min(max(end, start), len(r))
	return string(r[:start]), string(r[start:end]), string(r[end:])
}

// sourceNote is a source's entry in a timeline page's list of sources.
func sourceNote(slug string, src timeline.Source) templates.SourceNote {
	text := src.Label()
	if src.Headline != "" && src.Headline != text {
		text += ": " + src.Headline
	}
	return templates.SourceNote{
		Text:      text,
		Published: src.Published.Format("2 Jan 2006"), PublishedISO: src.Published.Format(timeline.DateLayout),
		URL: sourcePath(slug, src.Key), OriginalURL: src.URL,
	}
}

func sourceTitle(s timeline.Source) string {
	if s.Headline != "" {
		return s.Headline
	}
	return "Article from " + s.Label() + ", " + s.Published.Format("2 Jan 2006")
}

// paragraphViews splits each paragraph at the boundaries of its cited
// sentences, linking each cited run to the events that cite it.
func paragraphViews(slug string, src timeline.Source, citing []timeline.Event) []templates.ParagraphView {
	type cite struct {
		start, end int
		event      templates.NavLink
	}
	byParagraph := map[int][]cite{}
	for _, e := range citing {
		for _, c := range e.Citations {
			byParagraph[c.Paragraph] = append(byParagraph[c.Paragraph], cite{c.QuoteStart, c.QuoteEnd, templates.NavLink{URL: eventPath(slug, e), Title: e.Title}})
		}
	}
	views := make([]templates.ParagraphView, 0, len(src.Paragraphs))
	for _, p := range src.Paragraphs {
		view := templates.ParagraphView{Ordinal: p.Ordinal, ID: paragraphID(p.Ordinal), Role: string(p.Role)}
		cites := byParagraph[p.Ordinal]
		runes := []rune(p.Text)
		// Cut points: every citation boundary, so overlapping citations
		// give runs each cited by a known set of events.
		cuts := []int{0, len(runes)}
		for _, c := range cites {
			cuts = append(cuts, min(max(c.start, 0), len(runes)), min(max(c.end, 0), len(runes)))
		}
		sort.Ints(cuts)
		for i := 0; i+1 < len(cuts); i++ {
			a, b := cuts[i], cuts[i+1]
			if a == b {
				continue
			}
			seg := templates.Segment{Text: string(runes[a:b])}
			for _, c := range cites {
				if c.start <= a && b <= c.end {
					seg.Events = append(seg.Events, c.event)
				}
			}
			view.Segments = append(view.Segments, seg)
		}
		views = append(views, view)
	}
	return views
}

// shortLabel keeps a citation chip short: a source known only by its
// headline is cut at a word boundary.
func shortLabel(label string) string {
	const limit = 32
	r := []rune(label)
	if len(r) <= limit {
		return label
	}
	cut := string(r[:limit])
	if i := strings.LastIndexByte(cut, ' '); i > limit/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// runs converts search matches for the templates.
func runs(rs []timeline.TextRun) []templates.Run {
	if len(rs) == 0 {
		return nil
	}
	out := make([]templates.Run, len(rs))
	for i, r := range rs {
		out[i] = templates.Run{Text: r.Text, Match: r.Match}
	}
	return out
}

func anyMatch(rs []timeline.TextRun) bool {
	return slices.ContainsFunc(rs, func(r timeline.TextRun) bool { return r.Match })
}

// timelineControls fills the search and filter form from a query.
func timelineControls(slug string, q timelineQuery, sources []timeline.Source, kinds []string, actors []timeline.ActorCount) templates.Controls {
	c := templates.Controls{Action: storyPath(slug), Text: q.Text, KeyOnly: q.KeyOnly, Newest: q.Newest}
	c.Sources = append(c.Sources, templates.Option{Label: "All sources"})
	for _, src := range sources {
		c.Sources = append(c.Sources, templates.Option{Value: src.Key, Label: src.Label(), Selected: src.Key == q.Source})
	}
	c.Kinds = append(c.Kinds, templates.Option{Label: "All kinds"})
	for _, k := range kinds {
		c.Kinds = append(c.Kinds, templates.Option{Value: k, Label: k, Selected: k == q.Kind})
	}
	if len(actors) > 0 {
		c.Actors = append(c.Actors, templates.Option{Label: "Anyone"})
		for _, a := range actors {
			c.Actors = append(c.Actors, templates.Option{Value: a.Name, Label: a.Name + " (" + strconv.Itoa(a.Events) + ")", Selected: a.Name == q.Actor})
		}
	}
	if q.filtered() {
		clear := q
		clear.Text, clear.Source, clear.Kind, clear.Actor = "", "", "", ""
		c.Clear = clear.url(slug, 1)
	}
	return c
}
