package ingest

import (
	"regexp"
	"strings"
	"time"

	"github.com/throughline-news/throughline/internal/timex"
)

// repeatJoin joins a second date to a first as another time the same
// thing happened: "in September and again in December", "in May and then
// in July", "on Monday and on Friday". A bare "and" is left to ranges
// and lists ("on Monday and Tuesday" is one stretch of talks), unless a
// count of times stands before the first (see countedRepeats).
const repeatJoin = `^,?\s+(?:and|but)\s+(?:(?:again|then|later|once\s+more)\s+(?:(?:in|on|during|at)\s+)?|(?:in|on|during|at)\s+)`

var (
	// repeatLink is all of what stands between two such dates, perhaps
	// after a phrase that ranks the first, "cut rates in August for the
	// first time in more than four years and again in November", or
	// gives its cause, "first in December because of a faulty valve and
	// again on Monday".
	repeatLink = regexp.MustCompile(`^(?:\s+for\s+the\s+first\s+time(?:\s+(?:in|since)\s+[^,;.]{1,40}?)?|\s+(?:because\s+of|due\s+to|owing\s+to)\s+[^,;.]{1,40}?)?` + strings.TrimPrefix(repeatJoin, "^") + `$`)
	// repeatLead is the start of what follows the first.
	repeatLead = regexp.MustCompile(repeatJoin)
)

// firstOfRepeats is the count and the "first" that open a series of
// times, which go with it: "delayed twice, first in September".
var firstOfRepeats = regexp.MustCompile(`(?:\b(?:twice|(?:two|three|four|five|several|many)\s+times),?\s+(?:first\s+)?|\bfirst\s+)(?:in|on|during|at)\s+$`)

// countedRepeats is a count of times right before the first of them,
// after which a bare "and" joins the next: "cut rates twice this year,
// in March and June", "had won in Chicago twice before, in 2021 and 2022".
var countedRepeats = regexp.MustCompile(`\b(?:twice|(?:two|three|four|five|several|many)\s+times)(?:\s+before|\s+(?:this|last)\s+(?:year|month|week))?,?\s+(?:first\s+)?(?:in|on|during|at)\s+$`)

// bareAnd is a bare "and" between two dates, perhaps with the second's
// preposition.
var bareAnd = regexp.MustCompile(`^,?\s+and\s+(?:(?:in|on|during|at)\s+)?$`)

// repeatedDate reports whether a and b date two times the same predicate
// happened, joined by repeatLink, and returns the stretch of text that
// holds both, which a title leaves out whole: "The launch was delayed
// twice, first in September and again in December" is delayed in
// September and in December. Both must be dates: "her first stop Tuesday
// morning, and then about 5 1/2 hours in Nairobi" repeats no act.
func repeatedDate(sentence string, a, b timex.Expression) (timex.Expression, bool) {
	first, second := a, b
	if b.Start < a.Start {
		first, second = b, a
	}
	if !a.Anchored() || !b.Anchored() || first.End > second.Start || rangeOpens(sentence[:first.Start]) {
		return timex.Expression{}, false
	}
	counted := countedRepeats.FindStringIndex(sentence[:first.Start])
	if between := sentence[first.End:second.Start]; !repeatLink.MatchString(between) && (counted == nil || !bareAnd.MatchString(between)) {
		return timex.Expression{}, false
	}
	// "reported a loss in the third quarter and on Monday announced
	// cuts": a verb after the second date opens a predicate of its own,
	// as a subject and its verb open a clause ("and in 1981 he founded").
	if pastVerbOpens(sentence[second.End:]) || subjectThenPast(sentence[second.End:]) {
		return timex.Expression{}, false
	}
	both := first
	if m := firstOfRepeats.FindStringIndex(sentence[:first.Start]); m != nil {
		both.Start = m[0]
	}
	if counted != nil {
		both.Start = min(both.Start, counted[0])
	}
	both.End, both.Text = second.End, sentence[both.Start:second.End]
	return both, true
}

// opensRepeats reports whether a date, with the words before it in its
// stretch (lead) and after it, opens a series of times: "first in
// September and again in December".
func opensRepeats(lead, after string) bool {
	w := words(lead)
	if len(w) > 0 && strings.EqualFold(w[0], "first") {
		w = w[1:]
	}
	if !onlyLeads(strings.Join(w, " ")) {
		return false
	}
	m := repeatLead.FindStringIndex(after)
	if m == nil {
		return false
	}
	es := timex.Tag(after[m[1]:min(len(after), m[1]+40)], time.Time{})
	return len(es) > 0 && es[0].Start == 0
}

// subjectThenPast reports whether s, after a date, opens with a subject
// pronoun or a name of up to three words and a verb in the past: ", he
// founded", " Redford founded".
func subjectThenPast(s string) bool {
	f := strings.Fields(strings.TrimLeft(s, " ,"))
	k := 0
	if len(f) > 0 && pronounSubjects[f[0]] {
		k = 1
	} else {
		for k < len(f) && k < 3 && isCapitalised(f[k]) && !strings.ContainsAny(f[k], ",;:") {
			k++
		}
	}
	return k > 0 && k < len(f) && pastVerbOpens(strings.Join(f[k:], " "))
}
