package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/throughline-news/throughline/internal/timex"
)

// gappedPredicate finds the second of two phrases a verb takes, each
// with a date of its own, when "and" joins the second on without the
// verb: in "Sales rose 3% in May and 5% in June" and "She moved to London
// in 2019 and to Paris in 2021", "5% in June" and "to Paris in 2021". The
// main date must end the first phrase, the later date e the second; the
// second has no verb and no mark of its own, and is short. It returns the
// second phrase's span with its date and the end of the main clause's
// verb ("Sales rose"), which the phrase shares.
func gappedPredicate(text string, clause span, main, e timex.Expression) (span, int, bool) {
	if e.Start <= main.End || e.End > clause.End || !strings.HasPrefix(text[main.End:], " and ") {
		return span{}, 0, false
	}
	// Each date has its preposition: "a warm June" is the noun phrase.
	// A time counted on from the main date needs none: "and a second
	// nine years later".
	start := main.End + len(" and ")
	lead := withoutDateLead(text, start, e.Start)
	if lead == start+len(strings.TrimRight(text[start:e.Start], " ")) && !countedOn(e.Text) {
		return span{}, 0, false
	}
	phrase := text[start:lead]
	f := strings.Fields(phrase)
	if len(f) == 0 || len(f) > 5 || strings.ContainsAny(figureCommas.ReplaceAllString(phrase, "$1$2"), ",;:\"“”") || hasVerb(phrase) || subjectPronouns[strings.ToLower(f[0])] {
		return span{}, 0, false
	}
	// The date ends the second phrase, as it does the sentence or its
	// clause: "and 5% in June, the statistics office said".
	if rest := strings.TrimLeft(text[e.End:clause.End], " "); rest != "" && !strings.ContainsAny(rest[:1], ".,;!?") {
		return span{}, 0, false
	}
	// The first phrase runs from the verb to the main date, with no verb
	// of its own, and no mark stands before it: "rose 3% in", "moved to
	// London in"; not "rose 2.1%, helped by trading over".
	headEnd := withoutDateLead(text, clause.Start, main.Start)
	head := text[clause.Start:headEnd]
	if headEnd == clause.Start+len(strings.TrimRight(text[clause.Start:main.Start], " ")) {
		return span{}, 0, false
	}
	// "Delta, which was slowest to recover, cancelled 1,200 on Saturday
	// and about 1,000 on Sunday": a relative set off on the subject is
	// passed.
	from := clause.Start
	if m := relativeAsideEnd.FindStringIndex(head); m != nil {
		from += m[1]
	}
	if strings.ContainsAny(figureCommas.ReplaceAllString(text[from:headEnd], "$1$2"), ",;:\"“”") {
		return span{}, 0, false
	}
	toks := strings.Fields(text[from:headEnd])
	v := lastVerb(toks)
	if v < 0 || v == 0 && from == clause.Start || v == len(toks)-1 {
		return span{}, 0, false
	}
	// "The trial began with jury selection on May 5 and opening
	// statements a week later": a preposition after the verb is shared
	// too, when the second phrase opens with none of its own.
	if p := strings.ToLower(toks[v+1]); predicatePrepositions[p] && !amountWords[p] && !predicatePrepositions[strings.ToLower(f[0])] {
		v++
	}
	return span{start, e.End}, from + fieldStart(text[from:headEnd], v) + len(toks[v]), true
}

// relativeAsideEnd is a relative set off by commas after a subject: "Delta
// Air Lines, which was slowest to recover,".
var relativeAsideEnd = regexp.MustCompile(`^[^,;:]+,\s+(?:which|who)\s[^,;:]+,`)

// countedOn reports whether a date is counted on or back from another:
// "nine years later", "a week earlier".
func countedOn(date string) bool {
	last := lastWord(date)
	return strings.Contains(date, " ") && (last == "later" || last == "earlier")
}

// gappedSubject finds a second subject "and" joins on with a date of its
// own, the verb, which takes no object, left out: in "Hama fell on
// Thursday and Homs on Saturday night" it returns "Homs fell", the clause
// the later date e tells. The first clause runs from its subject to its
// verb and the main date; the second is a name and the date.
func gappedSubject(text string, clause span, main, e timex.Expression) (string, bool) {
	if e.Start <= main.End || e.End > clause.End || !strings.HasPrefix(text[main.End:], " and ") {
		return "", false
	}
	start := main.End + len(" and ")
	lead := withoutDateLead(text, start, e.Start)
	name := strings.Fields(text[start:lead])
	if len(name) == 0 || len(name) > 3 || slices.ContainsFunc(name, func(t string) bool { return !isCapitalised(t) || strings.ContainsAny(t, ",;:") }) {
		return "", false
	}
	if rest := strings.TrimLeft(text[e.End:clause.End], " "); rest != "" && !strings.ContainsAny(rest[:1], ".,;!?") {
		return "", false
	}
	head := strings.Fields(text[clause.Start:withoutDateLead(text, clause.Start, main.Start)])
	n := len(head)
	if n < 2 || n > 4 || !pastForm(head[n-1]) || hasVerb(strings.Join(head[:n-1], " ")) || !isCapitalised(head[0]) {
		return "", false
	}
	return strings.Join(name, " ") + " " + head[n-1], true
}

// figureCommas are the commas inside a figure: "6,000".
var figureCommas = regexp.MustCompile(`(\d),(\d)`)
