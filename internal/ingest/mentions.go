package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/timex"
)

// mention is one sentence of one source that reports a dated event.
type mention struct {
	source    timeline.Source
	paragraph timeline.Paragraph
	sentence  span // bytes of paragraph.Text
	anchor    timex.Expression
	date      timeline.Date
}

// reportingProcess matches sentences about the reporting itself, which are
// never events: "did not respond to a request for comment".
var reportingProcess = regexp.MustCompile(`(?i)\b(declined to comment|did not (immediately )?(respond|reply|return)|could not (immediately )?be reached|no immediate (response|reply|comment)|request for comment|requests for comment)\b`)

// findMentions returns the sentences of a source's headline and body that
// carry a date expression resolving to calendar days. Captions, subheadings
// and furniture are never mined: a file photo's date dates no event. Each
// paragraph is tagged whole, so "two days later" can take its date from an
// earlier sentence.
func findMentions(src timeline.Source) []mention {
	var out []mention
	for _, p := range src.Paragraphs {
		if p.Role != timeline.RoleBody && p.Role != timeline.RoleHeadline {
			continue
		}
		expressions := timex.Tag(p.Text, src.Published)
		for _, s := range splitSentences(p.Text) {
			text := p.Text[s.Start:s.End]
			if reportingProcess.MatchString(text) {
				continue
			}
			anchor, ok := finestAnchored(within(expressions, s))
			if !ok {
				continue
			}
			out = append(out, mention{
				source:    src,
				paragraph: p,
				sentence:  s,
				anchor:    anchor,
				date:      dateOf(anchor, src),
			})
		}
	}
	return out
}

// within returns the expressions inside a sentence, with offsets made
// relative to the sentence.
func within(es []timex.Expression, s span) []timex.Expression {
	var out []timex.Expression
	for _, e := range es {
		if e.Start >= s.Start && e.End <= s.End {
			e.Start, e.End = e.Start-s.Start, e.End-s.Start
			out = append(out, e)
		}
	}
	return out
}

// finestAnchored is the sentence's most specific expression that names
// calendar days (the first, among equals): "strikes on Sunday" dates an
// event more closely than "this week" in the same sentence. Durations,
// sets and vague references date nothing.
func finestAnchored(es []timex.Expression) (timex.Expression, bool) {
	var best timex.Expression
	found := false
	for _, e := range es {
		if (e.Type != timex.TypeDate && e.Type != timex.TypeTime) || !e.Anchored() {
			continue
		}
		if !found || e.Granularity.Finer(best.Granularity) {
			best, found = e, true
		}
	}
	return best, found
}

var precisions = map[timex.Granularity]timeline.Precision{
	timex.GranDay: timeline.PrecisionDay, timex.GranWeek: timeline.PrecisionWeek,
	timex.GranMonth: timeline.PrecisionMonth, timex.GranQuarter: timeline.PrecisionQuarter,
	timex.GranYear: timeline.PrecisionYear, timex.GranDecade: timeline.PrecisionDecade,
}

var modifiers = map[string]timeline.Modifier{
	"START": timeline.ModEarly, "MID": timeline.ModMid, "END": timeline.ModLate,
	"BEFORE": timeline.ModBefore, "AFTER": timeline.ModAfter, "APPROX": timeline.ModApprox,
}

func dateOf(e timex.Expression, src timeline.Source) timeline.Date {
	p, ok := precisions[e.Granularity]
	if !ok {
		p = timeline.PrecisionUnknown
	}
	return timeline.Date{
		Start:     e.First,
		End:       e.Last,
		Precision: p,
		Modifier:  modifiers[e.Mod],
		Basis: timeline.DateBasis{
			Expression: e.Text,
			SourceKey:  src.Key,
			Anchor:     src.Published,
			Rule:       e.Rule,
		},
	}
}

// citation is the mention as stored: its sentence with code-point offsets.
func (m mention) citation() timeline.Citation {
	text := m.paragraph.Text
	return timeline.Citation{
		SourceKey:     m.source.Key,
		Paragraph:     m.paragraph.Ordinal,
		ParagraphText: text,
		Quote:         text[m.sentence.Start:m.sentence.End],
		QuoteStart:    utf8.RuneCountInString(text[:m.sentence.Start]),
		QuoteEnd:      utf8.RuneCountInString(text[:m.sentence.End]),
	}
}

func (m mention) text() string { return m.paragraph.Text[m.sentence.Start:m.sentence.End] }

// contentWords are the sentence's lower-cased words that carry meaning,
// without the words of its date expression.
func (m mention) contentWords() map[string]bool {
	words := map[string]bool{}
	dateWords := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(m.anchor.Text), notWordRune) {
		dateWords[w] = true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(m.text()), notWordRune) {
		if len(w) > 2 && !stopWords[w] && !dateWords[w] {
			words[stem(w)] = true
		}
	}
	return words
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// stem folds the commonest English inflections so "strikes" meets
// "strike" and "sharing" meets "shared".
func stem(w string) string {
	for _, suffix := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suffix) && len(w)-len(suffix) >= 4 {
			return strings.TrimSuffix(w, suffix)
		}
	}
	return w
}

var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for that with this from have has had was were are been being its his her
		their they them there which who whom what when where while would could should will shall may might must
		not but also than then into onto over under about after before said says say told tell according
		other some more most such only any all each both very just can did does doing done our out own same`) {
		m[w] = true
	}
	return m
}()
