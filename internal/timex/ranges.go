package timex

import (
	"regexp"
	"strings"
)

// shareRangeYear gives the first end of a range, a month or a day of one,
// the year written after the second: "from May 3 to July 9, 2024", "between November and
// January 2025" (November 2024: a range runs forward). With no year
// written, a first end that each took apart would put after the second
// is moved back a year: "covers the period from January to June",
// written in November, is January to June of that year, not January of
// the next.
func shareRangeYear(text string, es []Expression) {
	for i := 0; i+1 < len(es); i++ {
		a, b := &es[i], es[i+1]
		fine := func(e Expression) bool { return e.Granularity == GranDay || e.Granularity == GranMonth }
		if b.Start-a.End > 12 || a.Type != TypeDate || !fine(*a) || !fine(b) || a.First.IsZero() || b.First.IsZero() || a.Reference != nil ||
			!namesMonth.MatchString(a.Text) || writtenYear.MatchString(a.Text) || !rangeJoin.MatchString(text[a.End:b.Start]) {
			continue
		}
		if !endsInYear.MatchString(b.Text) && (writtenYear.MatchString(b.Text) || !a.First.After(b.First) || !namesMonth.MatchString(b.Text)) {
			continue
		}
		if w := strings.Fields(strings.ToLower(a.Text)); w[0] == "last" || w[0] == "next" || w[0] == "this" {
			continue
		}
		y := b.First.Year()
		if a.First.Month() > b.First.Month() || a.First.Month() == b.First.Month() && a.First.Day() > b.First.Day() {
			y--
		}
		if y == a.First.Year() {
			continue
		}
		var e Expression
		var ok bool
		if a.Granularity == GranDay {
			e, ok = dayExpression(y, a.First.Month(), a.First.Day())
		} else {
			e, ok = monthExpression(y, a.First.Month(), a.Mod, "")
		}
		if !ok {
			continue
		}
		e.Start, e.End, e.Text, e.Rule = a.Start, a.End, a.Text, "range-year"
		*a = e
	}
}

var (
	namesMonth  = regexp.MustCompile(`\b` + monthRe)
	writtenYear = regexp.MustCompile(`\b(?:1[5-9]|2[01])\d\d\b|['’]\d\d\b`)
	endsInYear  = regexp.MustCompile(`\b(?:1[5-9]|2[01])\d\d$`)
	rangeJoin   = regexp.MustCompile(`^,?\s*(?:to|through|until|till|and|[-–])\s*$`)
)
