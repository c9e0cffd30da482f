package ingest

import (
	"regexp"
	"slices"

	"github.com/throughline-news/throughline/internal/timex"
)

// attributionAside is an attribution set off by commas between two
// predicates of one subject: "Talks began in the spring, according to
// people familiar with the matter, and stalled in August", "..., officials
// said, and ...". So is a present participle's phrase: "was arrested on
// Jan. 15, becoming the first sitting president to be detained, and was
// released on March 8". Group 1 is the aside, its commas included.
var attributionAside = regexp.MustCompile(`(,\s+(?:according\s+to\s+[^,;:"“”]{1,60}?|(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}\s+(?:said|says|reported|added|showed|shows)(?:\s+[\w'’.-]+){0,3}|[a-z]{2,}ing\s[^,;:"“”]{1,80}?)\s*,)\s+(?:and|but)\s`)

// withoutAttributionAsides is sentence with each attribution aside between
// two predicates blanked out, byte for byte, so that the predicates are
// found as if it were not there, with every offset kept: the title still
// comes from the words as written. An aside that holds a date is kept: it
// dates the telling, and so what it reports. Not when a date before it
// dates the predicate it follows: "Inflation rose this month, data showed
// on Friday, but is unlikely to ..." goes on about inflation, and the
// aside's date, which dates nothing else, goes with it.
func withoutAttributionAsides(sentence string, dates []timex.Expression) (string, []timex.Expression) {
	ms := attributionAside.FindAllStringSubmatchIndex(sentence, -1)
	if ms == nil {
		return sentence, dates
	}
	b := []byte(sentence)
	for _, m := range ms {
		start, end := m[2], m[3]
		if !predicateFollows(sentence[m[1]:]) || datedWithin(dates, start, end) && !datedWithin(dates, 0, start) {
			continue
		}
		// A phrase a word in -ing opens (a participle's, or "according
		// to") is passed only to a predicate with a date of its own,
		// which it would otherwise keep from the subject; an undated one
		// goes on with the clause before as it is: "Talks began in the
		// spring, according to officials, and stalled" began then.
		if w := firstWord(sentence[start:end]); presentParticiple(w) && !datedWithin(dates, end, len(sentence)) {
			continue
		}
		for i := start; i < end; i++ {
			b[i] = ' '
		}
		dates = slices.DeleteFunc(slices.Clone(dates), func(e timex.Expression) bool { return e.Start >= start && e.Start < end })
	}
	return string(b), dates
}

// predicateFollows reports whether s, after the aside's "and" or "but",
// opens a predicate that shares the subject before the aside, a verb
// perhaps after an adverb ("and stalled in August", "and was later
// released"), not a clause of its own ("and dozens more were feared
// trapped").
func predicateFollows(s string) bool {
	w := words(s)
	if len(w) > 1 && adverbInVerbGroup(w[0]) {
		w = w[1:]
	}
	if len(w) == 0 {
		return false
	}
	_, ok := verbOf(w[0])
	return ok
}

// datedWithin reports whether any of dates starts within [start, end).
func datedWithin(dates []timex.Expression, start, end int) bool {
	for _, e := range dates {
		if e.Start >= start && e.Start < end {
			return true
		}
	}
	return false
}
