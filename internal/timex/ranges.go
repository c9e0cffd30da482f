package timex

import (
	"regexp"
	"slices"
	"strconv"
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
		if b.Start-a.End > 12 || a.Type != TypeDate || !dayOrMonth(*a) || !dayOrMonth(b) || a.First.IsZero() || b.First.IsZero() || a.Reference != nil ||
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
		if e, ok := inYear(*a, y, "range-year"); ok {
			*a = e
		}
	}
}

// dayOrMonth reports whether e is as fine as a day or a month.
func dayOrMonth(e Expression) bool { return e.Granularity == GranDay || e.Granularity == GranMonth }

// inYear is e, a day or a month, in year y instead, dated by rule.
func inYear(e Expression, y int, rule string) (Expression, bool) {
	var out Expression
	var ok bool
	if e.Granularity == GranDay {
		out, ok = dayExpression(y, e.First.Month(), e.First.Day())
	} else {
		out, ok = monthExpression(y, e.First.Month(), e.Mod, "")
	}
	out.Start, out.End, out.Text, out.Rule = e.Start, e.End, e.Text, rule
	return out, ok
}

// shareRangeDay gives the first end of a range of clock times the day
// the second names: "between 9am and 5pm on Sunday" is 9am on Sunday, not
// on the DCT's day.
func shareRangeDay(text string, es []Expression) {
	for i := 0; i+1 < len(es); i++ {
		a, b := &es[i], es[i+1]
		if a.Type != TypeTime || b.Type != TypeTime || a.rel == nil || !a.rel.sentence || b.rel != nil || !rangeJoin.MatchString(text[a.End:b.Start]) {
			continue
		}
		at, bt := strings.IndexByte(a.Value, 'T'), strings.IndexByte(b.Value, 'T')
		if at < 0 || bt < 0 {
			continue
		}
		a.Value = b.Value[:bt] + a.Value[at:]
		a.First, a.Last, a.Granularity, a.Rule, a.rel = b.First, b.Last, b.Granularity, "range-day", nil
	}
}

// weekdayRangeForward moves the weekday that ends a range to the week
// after when it would come before the range's first end: "had placed 16
// departments on orange alert from Wednesday evening to Thursday
// afternoon", told after a Thursday, runs into the Thursday after that
// Wednesday.
func weekdayRangeForward(text string, es []Expression) {
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], &es[i+1]
		// "made Friday and Thursday" lists two days; "between Friday and
		// Monday" is a range, and so are two days in a row: "from noon
		// until 5 p.m. on Monday and Tuesday", written on a Monday.
		join := strings.TrimSpace(text[a.End:b.Start])
		inRow := b.First.AddDate(0, 0, 7).Equal(a.First.AddDate(0, 0, 1))
		if a.Granularity != GranDay || b.Granularity != GranDay || !b.Last.Before(a.First) || b.First.AddDate(0, 0, 7).Before(a.First) ||
			!rangeJoin.MatchString(text[a.End:b.Start]) || join == "and" && !inRow && !strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:a.Start], " ")), "between") ||
			!namesWeekday(b.Text) || len(b.Value) < 10 {
			continue
		}
		b.First, b.Last = b.First.AddDate(0, 0, 7), b.Last.AddDate(0, 0, 7)
		b.Value = b.First.Format("2006-01-02") + b.Value[10:]
	}
}

// namesWeekday reports whether s holds a weekday's name.
func namesWeekday(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if _, ok := weekdaysByName[w]; ok {
			return true
		}
	}
	return false
}

// clocksBeforeDay finds the clock times that name no day of their own but
// stand just before one, or before a part of one: "at 11am next Tuesday",
// "at 6am the next day", "at 10pm last night". It returns their indexes,
// to be dated by dateClocks once the days after them are resolved.
func clocksBeforeDay(text string, es []Expression) []int {
	var found []int
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], es[i+1]
		if a.Type == TypeTime && a.rel != nil && a.rel.sentence && (b.Type == TypeDate || partOfDay(b)) && clockDayJoin.MatchString(text[a.End:b.Start]) {
			found = append(found, i)
		}
	}
	return found
}

// dateClocks joins each clock time found by clocksBeforeDay to the day
// that follows it, if that is a day: "11am next Tuesday" is one time, as
// "10 p.m. Sunday" is, and "4am yesterday morning" is 4am on yesterday's
// date. It returns the expressions left.
func dateClocks(text string, es []Expression, clocks []int) []Expression {
	merged := map[int]bool{}
	for _, i := range clocks {
		a, b := &es[i], es[i+1]
		at := strings.IndexByte(a.Value, 'T')
		if at < 0 || b.Type != TypeDate && !partOfDay(b) || b.Granularity != GranDay || b.Mod != "" || b.First.IsZero() {
			continue
		}
		a.Value = dayValue(b.First) + a.Value[at:]
		a.End, a.Text = b.End, text[a.Start:b.End]
		a.First, a.Last, a.Granularity, a.Rule, a.Reference = b.First, b.Last, b.Granularity, b.Rule, b.Reference
		merged[i+1] = true
	}
	if len(merged) == 0 {
		return es
	}
	kept := es[:0]
	for i, e := range es {
		if !merged[i] {
			kept = append(kept, e)
		}
	}
	return kept
}

// partOfDay reports whether e is a part of a day: "last night", "Monday
// morning" (2025-11-17TMO).
func partOfDay(e Expression) bool {
	t := strings.IndexByte(e.Value, 'T')
	if e.Type != TypeTime || t < 0 {
		return false
	}
	for _, code := range partCodes {
		if e.Value[t+1:] == code {
			return true
		}
	}
	return false
}

// leadBefore matches re, which ends at the end of its text, against the
// reach bytes before es[i]: the words that lead into it, as "early on"
// or "the day after" do. It returns the match's indexes in text, or nil
// when re does not match or the words belong to the expression before.
func leadBefore(text string, es []Expression, i, reach int, re *regexp.Regexp) []int {
	from := max(0, es[i].Start-reach)
	m := re.FindStringSubmatchIndex(text[from:es[i].Start])
	if m == nil || i > 0 && es[i-1].End > from+m[0] {
		return nil
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += from
		}
	}
	return m
}

// earlyOrLateOn takes "early on" or "late on" before a date written with
// its day's number into it, as the weekday rule takes them before a
// weekday: "late on 3 March" is the end of that day, as "late on Monday"
// is. A named day keeps them out ("stores open early on Black Friday").
func earlyOrLateOn(text string, es []Expression) {
	for i := range es {
		e := &es[i]
		if e.Type == TypeDate && e.Granularity == GranDay && e.Mod == "" && strings.ContainsAny(e.Text, "0123456789") {
			takePartLead(text, es, i, partOnBefore)
		}
	}
}

// earlyOrLateIn takes "early in" or "late in" before a month or a longer
// period as its start or end, as "late September" is: "dropped his bid
// late in September", "early in the year".
func earlyOrLateIn(text string, es []Expression) {
	for i := range es {
		e := &es[i]
		if e.Type != TypeDate || e.Mod != "" || e.Granularity == "" || e.Granularity == GranDay || e.Granularity == GranWeek || !takePartLead(text, es, i, partInBefore) {
			continue
		}
		switch {
		case e.Granularity == GranMonth && !e.First.IsZero():
			if m, ok := monthExpression(e.First.Year(), e.First.Month(), e.Mod, e.Rule); ok {
				e.First, e.Last = m.First, m.Last
			}
		case !e.First.IsZero() && !e.Last.IsZero():
			e.First, e.Last = partOfSpan(e.First, e.Last, e.Mod)
		}
	}
}

// takePartLead takes into es[i] the "early" or "late" and its
// preposition that re finds just before it, as the expression's start or
// end, and reports whether it did.
func takePartLead(text string, es []Expression, i int, re *regexp.Regexp) bool {
	m := leadBefore(text, es, i, 12, re) // "early on " and a margin
	if m == nil {
		return false
	}
	e := &es[i]
	e.Start, e.Text = m[0], text[m[0]:e.End]
	e.Mod = partMod(strings.ToLower(text[m[2]:m[3]]))
	return true
}

// weekdayThenDate joins a weekday and the date set in brackets after it,
// as some wires write both: "on Wednesday (Oct 1)" is one expression, 1
// October, whatever the weekday alone would have been taken for. It
// returns the expressions left.
func weekdayThenDate(text string, es []Expression) []Expression {
	for i := 0; i+1 < len(es); i++ {
		a, b := &es[i], es[i+1]
		if a.Granularity != GranDay || b.Granularity != GranDay || b.First.IsZero() || !weekdayAlone.MatchString(a.Text) ||
			!bracketOpen.MatchString(text[a.End:b.Start]) || !strings.HasPrefix(text[b.End:], ")") {
			continue
		}
		start := a.Start
		*a = b
		a.Start, a.End, a.Text = start, b.End+1, text[start:b.End+1]
		es = slices.Delete(es, i+1, i+2)
	}
	return es
}

// weekdayNamedAgain gives a weekday the day a holiday set off by a comma
// after it names, when it falls on that weekday: "Thursday, Thanksgiving
// Day" is Thanksgiving, whatever the weekday alone would have been taken
// for.
func weekdayNamedAgain(text string, es []Expression) {
	for i := 0; i+1 < len(es); i++ {
		a, b := &es[i], es[i+1]
		if a.Granularity != GranDay || b.Rule != "holiday" || b.First.IsZero() || !weekdayAlone.MatchString(a.Text) ||
			strings.TrimSpace(text[a.End:b.Start]) != "," || !strings.EqualFold(b.First.Weekday().String(), a.Text) {
			continue
		}
		start, end, txt := a.Start, a.End, a.Text
		*a = b
		a.Start, a.End, a.Text, a.Rule = start, end, txt, "weekday-holiday"
	}
}

// dayOfRelativeYear joins a day written without its year to the "next
// year", "last year" or "this year" after it: "March 5 last year" is 5
// March of the year before the DCT's. In British order the year phrase
// has already taken the month, and the day before it joins: "5 March
// next year". It returns the expressions left.
func dayOfRelativeYear(text string, es []Expression) []Expression {
	for i := 0; i < len(es); i++ {
		e := &es[i]
		switch {
		case e.Granularity == GranDay && i+1 < len(es) && !e.First.IsZero() && namesMonth.MatchString(e.Text) &&
			!writtenYear.MatchString(e.Text) && relativeYear.MatchString(es[i+1].Text) && text[e.End:es[i+1].Start] == " ":
			f := es[i+1]
			d, ok := dayExpression(f.First.Year(), e.First.Month(), e.First.Day())
			if !ok {
				continue
			}
			d.Start, d.End, d.Text, d.Rule = e.Start, f.End, text[e.Start:f.End], "day-of-relative-year"
			// "at 7.40am on 3rd March last year" keeps its clock.
			if at := strings.IndexByte(e.Value, 'T'); e.Type == TypeTime && at >= 0 {
				d.Type, d.Value = TypeTime, d.Value+e.Value[at:]
			}
			*e = d
			es = slices.Delete(es, i+1, i+2)
		case e.Granularity == GranMonth && !e.First.IsZero() && monthThenRelativeYear.MatchString(e.Text):
			m := leadBefore(text, es, i, 8, dayNumberBefore)
			if m == nil {
				continue
			}
			n, _ := strconv.Atoi(text[m[2]:m[3]])
			d, ok := dayExpression(e.First.Year(), e.First.Month(), n)
			if !ok {
				continue
			}
			d.Start, d.End, d.Text, d.Rule = m[0], e.End, text[m[0]:e.End], "day-of-relative-year"
			*e = d
		}
	}
	return es
}

// dayBeside takes "the day before" or "the day after" into a day that a
// rule of its own has dated, as the day-beside rule does for weekdays and
// dates: "the day after Christmas" is 26 December.
func dayBeside(text string, es []Expression) {
	for i := range es {
		e := &es[i]
		if e.Type != TypeDate || e.Granularity != GranDay || e.Mod != "" || e.First.IsZero() {
			continue
		}
		m := leadBefore(text, es, i, 20, dayBesideBefore)
		if m == nil {
			continue
		}
		step := 1
		if strings.EqualFold(text[m[2]:m[3]], "before") {
			step = -1
		}
		t := e.First.AddDate(0, 0, step)
		d, _ := dayExpression(t.Year(), t.Month(), t.Day())
		d.Start, d.End, d.Text, d.Rule = m[0], e.End, text[m[0]:e.End], "day-beside"
		*e = d
	}
}

var (
	dayBesideBefore       = regexp.MustCompile(`\b(?i:(?:the\s+)?day\s+(before|after))\s+$`)
	relativeYear          = regexp.MustCompile(`^(?i:next|last|this)\s+year$`)
	monthThenRelativeYear = regexp.MustCompile(`^` + monthRe + `\s+(?i:next|last|this)\s+year$`)
	dayNumberBefore       = regexp.MustCompile(`\b([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?$`)
	weekdayAlone          = regexp.MustCompile(`^(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$`)
	bracketOpen           = regexp.MustCompile(`^\s*\($`)
	partOnBefore          = regexp.MustCompile(`\b((?i:early|late))\s+on\s+$`)
	partInBefore          = regexp.MustCompile(`\b((?i:early|late))\s+in\s+$`)
	clockDayJoin          = regexp.MustCompile(`^,?[^\S\n]+(?:on\s+)?$`)
	namesMonth            = regexp.MustCompile(`\b` + monthRe)
	writtenYear           = regexp.MustCompile(`\b(?:1[5-9]|2[01])\d\d\b|['’]\d\d\b`)
	endsInYear            = regexp.MustCompile(`\b(?:1[5-9]|2[01])\d\d$`)
	rangeJoin             = regexp.MustCompile(`^,?\s*(?:to|through|until|till|and|[-–])\s*$`)
)

// daysBeforeMonth finds the days that British style writes before the
// one day that carries their month: "from 3 to 5 November", "10-12
// December", "on 2, 3 and 4 June". Each is a day of that month and year.
// The days must rise towards the dated one, which keeps a score out
// ("won 31-3 May").
func daysBeforeMonth(c context) []Expression {
	var found []Expression
	at := c.m[2]
	next, _ := strconv.Atoi(c.sub(2))
	for len(found) < 6 {
		lo := max(0, at-24)
		m := dayJoinedBefore.FindStringSubmatchIndex(c.text[lo:at])
		if m == nil || m[2] == 0 && lo > 0 {
			break // the window may have cut a number in two
		}
		d, _ := strconv.Atoi(c.text[lo+m[4] : lo+m[5]])
		list := strings.TrimSpace(c.text[lo+m[6]:lo+m[7]]) == ","
		// A comma joins only a list that ends in "and" or "or": "on 4,
		// 5 June" is not one.
		if d < 1 || d >= next || list != (len(found) > 0) {
			break
		}
		e, ok := fullDate(c, c.sub(4), c.sub(3), strconv.Itoa(d))
		if !ok {
			break
		}
		e.Start, e.End = lo+m[2], lo+m[3]
		found = append(found, e)
		at, next = e.Start, d
	}
	return found
}

// dayJoinedBefore is a day of the month and what joins it to the day
// after it, at the end of the text before that day. What comes before the
// day must not be part of a number or a name ("1,5 and", "3.5 to", "G7
// and").
var dayJoinedBefore = regexp.MustCompile(`(?:^|[^\w.,$£€%-])(([0-3]?\d)(?:st|nd|rd|th)?)(,\s*|\s*[-–]\s*|\s+(?:and|or|to|through|until|till)\s+)$`)

// clocksOnZoneDay dates a clock time without a day by the day that the
// same moment in GMT is given in brackets after it: "at 2:30 a.m. local
// time (1830 GMT Saturday)" is early on Sunday where the clock was read,
// eight hours ahead of GMT. The zone's offset is the difference of the
// two clocks, taken between twelve hours behind GMT and fourteen ahead.
func clocksOnZoneDay(text string, es []Expression) {
	for i := 0; i+1 < len(es); i++ {
		a, b := &es[i], es[i+1]
		if a.Type != TypeTime || a.rel == nil || !a.rel.sentence || b.Type != TypeDate || b.Granularity != GranDay || b.First.IsZero() ||
			!strings.HasPrefix(text[b.End:], ")") {
			continue
		}
		m := zoneClockBefore.FindStringSubmatch(text[a.End:b.Start])
		at := strings.IndexByte(a.Value, 'T')
		if m == nil || at < 0 || len(a.Value) < at+6 || a.Value[at+3] != ':' {
			continue
		}
		local := atoi(a.Value[at+1:at+3])*60 + atoi(a.Value[at+4:at+6])
		gmt := atoi(m[1])*60 + atoi(m[2])
		offset := local - gmt
		switch {
		case offset <= -12*60:
			offset += 24 * 60
		case offset > 14*60:
			offset -= 24 * 60
		}
		days := 0
		switch moment := gmt + offset; {
		case moment >= 24*60:
			days = 1
		case moment < 0:
			days = -1
		}
		t := b.First.AddDate(0, 0, days)
		d, _ := dayExpression(t.Year(), t.Month(), t.Day())
		a.Value, a.First, a.Last, a.Granularity, a.Rule, a.rel = d.Value+a.Value[at:], d.First, d.Last, GranDay, "zone-day", nil
	}
}

// zoneClockBefore is the opening of a bracket that gives a clock time in
// GMT before a day: " (1830 GMT ", " (18:30 UTC on ".
var zoneClockBefore = regexp.MustCompile(`^\s*\(([01]?\d|2[0-3]):?([0-5]\d)\s*(?:GMT|UTC)\s+(?:on\s+)?$`)

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
