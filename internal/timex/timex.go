// Package timex finds temporal expressions in English news text and
// normalises them, TIMEX3-style, against the document creation time (DCT):
// the article's publication date. It is pure: no I/O, no global state
// beyond compiled patterns.
package timex

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Type is the TIMEX3 type of an expression.
type Type string

// TIMEX3 types.
const (
	TypeDate     Type = "DATE"
	TypeTime     Type = "TIME"
	TypeDuration Type = "DURATION"
	TypeSet      Type = "SET"
)

// Granularity is the unit of the interval an expression denotes.
type Granularity string

// Granularities, finest first.
const (
	GranDay     Granularity = "day"
	GranWeek    Granularity = "week"
	GranMonth   Granularity = "month"
	GranQuarter Granularity = "quarter"
	GranYear    Granularity = "year"
	GranDecade  Granularity = "decade"
)

// Expression is one temporal expression found in a text.
type Expression struct {
	// Start and End are byte offsets into the text, End exclusive.
	Start, End int
	Text       string
	Type       Type
	// Value is the TIMEX3 value: 2025-11-11, 2025-10, 2025-W46, P1M,
	// PAST_REF, XXXX-XX-XX ...
	Value string
	// Mod is the TIMEX3 modifier: BEFORE, AFTER, START, MID, END, APPROX,
	// MORE_THAN, LESS_THAN ... or "".
	Mod string
	// First and Last bound the calendar days a DATE or TIME denotes. Zero
	// when it denotes none (durations, sets, PAST_REF). For Mod BEFORE
	// only Last is set; for AFTER only First.
	First, Last time.Time
	Granularity Granularity
	// Rule names the rule that resolved the expression.
	Rule string
	// Reference is the earlier date it was counted from ("March 3, 2024"
	// for "two days later"), or nil when it was counted from the DCT.
	Reference *Expression
	// ToldFirst and ToldLast bound what the text vouches for when its
	// value is finer: "a year earlier" than a day keeps that day in its
	// value, as TIMEX3 writes it, though the text tells only the year,
	// ToldGranularity. Zero when the value is what the text tells.
	ToldFirst, ToldLast time.Time
	ToldGranularity     Granularity

	rel *relation // set until resolveReferences dates it from the text
}

// Anchored reports whether the expression denotes calendar days.
func (e Expression) Anchored() bool { return !e.First.IsZero() || !e.Last.IsZero() }

// Tag returns the temporal expressions in text, in order, without overlaps.
// dct is the document creation time; a zero dct leaves relative
// expressions unresolved (value with X placeholders, no interval). Text
// that is not valid UTF-8 yields no expressions.
func Tag(text string, dct time.Time) []Expression {
	if !utf8.ValidString(text) {
		return nil
	}
	dct = day(dct)
	scan := withoutLookalikes(text)
	var found []Expression
	spots := triggerSpots(scan)
	lowered := foldText(scan)
	for _, r := range rules {
		for _, w := range windowsOf(lowered, spots, r) {
			found = append(found, match(r, scan, lowered, w, dct)...)
		}
	}
	return withTextOf(text, settle(scan, found, dct))
}

// Go's case-insensitive patterns take "ſ" (long s) for "s" and the Kelvin
// sign for "k". No date is written with them, and the trigger scan reads
// them as marks between words, so the patterns must too: the rules run on
// a copy of the text with each one's bytes made DEL characters, and the
// expressions found take their text from the original.
func withoutLookalikes(text string) string {
	if !strings.Contains(text, "ſ") && !strings.Contains(text, "\u212a") {
		return text
	}
	return strings.NewReplacer("ſ", "\x7f\x7f", "\u212a", "\x7f\x7f\x7f").Replace(text)
}

// withTextOf sets the text of each expression, and of the one it was
// counted from, from text.
func withTextOf(text string, es []Expression) []Expression {
	for i := range es {
		es[i].Text = text[es[i].Start:es[i].End]
		if ref := es[i].Reference; ref != nil {
			ref.Text = text[ref.Start:ref.End]
		}
	}
	return es
}

// settle makes the rules' matches the tagger's result: overlaps dropped,
// and expressions worked out from their neighbours joined, given their
// parts and dated.
func settle(text string, found []Expression, dct time.Time) []Expression {
	kept := dropOverlaps(found)
	earlyOrLateOn(text, kept)
	earlyOrLateIn(text, kept)
	kept = weekdayThenDate(text, kept)
	weekdayNamedAgain(text, kept)
	kept = dayOfRelativeYear(text, kept)
	dayBeside(text, kept)
	shareRangeYear(text, kept)
	shareYearOfPredicate(text, kept)
	yearOfSentence(text, kept)
	yearOfEntries(text, kept)
	dayOfNamedMonth(text, kept)
	monthOfNamedYear(text, kept)
	weekdayAfterPredicate(text, kept)
	weekdayAlternative(text, kept, dct)
	weekdayAheadAgain(text, kept, dct)
	weekdayAfterBefore(text, kept, dct)
	weekdayBeforeStoryDay(text, kept, dct)
	weekdaySetList(text, kept)
	shareRangeDay(text, kept)
	clocksOnZoneDay(text, kept)
	clocks := clocksBeforeDay(text, kept)
	resolveReferences(text, kept, dct)
	runUpTo(text, kept)
	weekdayRangeForward(text, kept)
	shareYearOfPredicate(text, kept)
	kept = dateClocks(text, kept, clocks)
	recurringClocks(text, kept)
	return kept
}

// match runs one rule over one window. Offsets stay those of the whole
// text, whose sentences the resolvers read.
func match(r rule, text, lowered string, w window, dct time.Time) []Expression {
	var found []Expression
	part := text[w.start:w.end]
	if r.fold {
		part = lowered[w.start:w.end]
	}
	{
		for _, m := range r.re.FindAllStringSubmatchIndex(part, -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += w.start
				}
			}
			c := context{text: text, m: m, dct: dct}
			if e, ok := r.resolve(c); ok {
				// A resolver may set a span reaching beyond its
				// match, to words the pattern would be slower to take.
				if e.End == 0 {
					e.Start, e.End = m[2*r.group], m[2*r.group+1]
				}
				// "09:12 - The": a space a pattern took before what
				// follows is no part of the expression.
				for e.End > e.Start && text[e.End-1] == ' ' {
					e.End--
				}
				found = append(found, named(e, text, r.name))
			}
			if r.also == nil {
				continue
			}
			for _, e := range r.also(c) {
				found = append(found, named(e, text, r.name))
			}
		}
	}
	return found
}

// holdsLiteral reports whether a stretch of the text, its ASCII letters
// lowered, holds one of the rule's literals, or the rule has none.
func holdsLiteral(r rule, folded string) bool {
	return len(r.literals) == 0 || slices.ContainsFunc(r.literals, func(l string) bool { return strings.Contains(folded, l) })
}

// named fills in an expression's text from its span, and its rule.
func named(e Expression, text, rule string) Expression {
	e.Text = text[e.Start:e.End]
	if e.Rule == "" {
		e.Rule = rule
	}
	return e
}

// dropOverlaps keeps, among overlapping candidates, the longest (then the
// earliest), which is the most specific reading of the words.
func dropOverlaps(es []Expression) []Expression {
	sort.SliceStable(es, func(i, j int) bool {
		li, lj := es[i].End-es[i].Start, es[j].End-es[j].Start
		if li != lj {
			return li > lj
		}
		return es[i].Start < es[j].Start
	})
	var kept []Expression
	for _, e := range es {
		overlaps := false
		for _, k := range kept {
			if e.Start < k.End && k.Start < e.End {
				overlaps = true
				break
			}
		}
		if !overlaps {
			kept = append(kept, e)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept
}

// foldText is the text as fold rules read it: ASCII letters lowered, and a
// number written as two words joined into one ("thirty five" reads
// "thirty-five"), so one word of a pattern takes it. Every byte offset
// stays put.
func foldText(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	// Every tens word ends in "ty": find that and check the words.
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("ty "))
		if j < 0 {
			break
		}
		i += j + 2 // the space
		if numberWords[string(lastWord(b[:i]))] >= 20 && unitWords[string(firstWord(b[i+1:]))] {
			b[i] = '-'
		}
	}
	return string(b)
}

func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

var unitWords = wordSet("one two three four five six seven eight nine")

// lastWord is the run of ASCII letters that ends b.
func lastWord(b []byte) []byte {
	i := len(b)
	for i > 0 && 'a' <= b[i-1] && b[i-1] <= 'z' {
		i--
	}
	return b[i:]
}

// firstWord is the run of ASCII letters that opens b.
func firstWord(b []byte) []byte {
	i := 0
	for i < len(b) && 'a' <= b[i] && b[i] <= 'z' {
		i++
	}
	return b[:i]
}
