package timex

import (
	"strings"
	"time"
)

// recurringClocks makes a clock time that a set beside it repeats a time
// of no day in particular: "publish figures every morning at 10 a.m.",
// "open from 7 a.m. to 7 p.m. on Saturdays", "opens daily at 9 a.m." are
// XXXX-XX-XXT10:00, not 10 a.m. on the DCT or on a day named before.
// Beside means in the same sentence with no comma, semicolon or colon
// between them: "The trains, which run hourly, stopped at 3 p.m." stopped
// once. A clock with a day of its own ("at 10 p.m. on Tuesday") keeps it.
func recurringClocks(text string, es []Expression) {
	for i := range es {
		e := &es[i]
		at := strings.IndexByte(e.Value, 'T')
		clock := at >= 0 && at+1 < len(e.Value) && isDigit(e.Value[at+1]) // "T10:00", not "TMO"
		if e.Type != TypeTime || !clock || !(e.Rule == "clock-dct" || strings.HasPrefix(e.Rule, "reference-")) {
			continue
		}
		if !setBeside(text, es, *e) {
			continue
		}
		e.Value = "XXXX-XX-XX" + e.Value[at:]
		e.First, e.Last, e.Granularity, e.Reference, e.Rule = time.Time{}, time.Time{}, "", nil, "clock-recurring"
	}
}

// setBeside reports whether a set stands in e's sentence with nothing
// but words between them.
func setBeside(text string, es []Expression, e Expression) bool {
	for _, s := range es {
		if s.Type != TypeSet || measuredRate(text, s) {
			continue
		}
		from, to := min(s.End, e.End), max(s.Start, e.Start)
		if from > to {
			continue
		}
		if between := text[from:to]; !strings.ContainsAny(between, ",;:\n") && sentenceEnds(between) == 0 {
			return true
		}
	}
	return false
}

// measuredRate reports whether a rate set counts a measure, not times:
// "gusts of 183 kilometres an hour were recorded at 5 a.m." repeats no
// clock, "doses twice a day at 8 a.m." does.
func measuredRate(text string, s Expression) bool {
	if s.Rule != "rate" {
		return false
	}
	before := strings.Fields(strings.ToLower(text[sentenceStart(text, s.Start):s.Start]))
	return len(before) == 0 || !timesWords[before[len(before)-1]]
}

// timesWords count how often something happens.
var timesWords = wordSet(`once twice thrice times`)
