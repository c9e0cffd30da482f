package timex

import (
	"regexp"
	"strings"
)

// A fraction of a unit is written before the count the busy rules match,
// which would read "half a century ago" as "a century ago": "half a",
// "a quarter of a" before a count of one, "a half-", "a quarter-" before a
// bare unit. Looking back from the match keeps those patterns as fast as
// they are.
var (
	fractionOfOne  = regexp.MustCompile(`(?i)(?:\b` + hedgeRe + `\s+)?\b(half|a\s+quarter\s+of)\s+$`)
	fractionJoined = regexp.MustCompile(`(?i)(?:\b` + hedgeRe + `\s+)?\b(?:a|one)\s+(half|quarter)-$`)
)

// fraction is a part of a unit written before a match, with the hedge
// said before it.
type fraction struct {
	quarter bool   // a quarter, not a half
	hedge   string // "more than", lower case, single-spaced
	start   int    // where the fraction, or its hedge, begins
}

// fractionBefore finds a fraction written before a match of count
// (the match's count word, "" for none) that starts at start.
func fractionBefore(text string, start int, count string) (fraction, bool) {
	re := fractionJoined
	switch strings.ToLower(count) {
	case "a", "an":
		re = fractionOfOne
	case "":
	default:
		return fraction{}, false
	}
	lo := max(0, start-40)
	m := re.FindStringSubmatchIndex(text[lo:start])
	if m == nil {
		return fraction{}, false
	}
	f := fraction{start: lo + m[0], quarter: !strings.HasPrefix(strings.ToLower(text[lo+m[len(m)-2]:lo+m[len(m)-1]]), "half")}
	if m[2] >= 0 {
		f.hedge = strings.ToLower(strings.Join(strings.Fields(text[lo+m[2]:lo+m[3]]), " "))
	}
	return f, true
}

// of is the fraction of one unit as a whole count of a smaller unit:
// half a century is 50 years, half a month 15 days, a quarter of an hour
// 15 minutes; false when it is no whole count ("half a week").
func (f fraction) of(unit string) (int, string, bool) {
	table := halves
	if f.quarter {
		table = quarters
	}
	c, ok := table[strings.ToLower(unit)]
	return c.n, c.unit, ok
}

// andAHalf is n and a half units as a whole count of a smaller unit: two
// and a half years are 30 months; false for a unit with none.
func andAHalf(n int, unit string) (int, string, bool) {
	key := strings.TrimSuffix(strings.ToLower(unit), "s")
	if strings.HasPrefix(key, "centur") {
		key = "century"
	}
	p, ok := wholes[key]
	return n*p.n + p.n/2, p.unit, ok
}

// count is a number of some unit.
type count struct {
	n    int
	unit string
}

var (
	// halves and quarters of a unit, and wholes: each unit in the next
	// smaller one.
	halves = map[string]count{"century": {50, "years"}, "decade": {5, "years"}, "year": {6, "months"},
		"month": {15, "days"}, "day": {12, "hours"}, "hour": {30, "minutes"}}
	quarters = map[string]count{"century": {25, "years"}, "year": {3, "months"}, "day": {6, "hours"}, "hour": {15, "minutes"}}
	wholes   = map[string]count{"century": {100, "years"}, "decade": {10, "years"}, "year": {12, "months"}, "month": {30, "days"},
		"week": {7, "days"}, "day": {24, "hours"}}
)
