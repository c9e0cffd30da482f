package timeline

import (
	"fmt"
	"strings"
	"time"
)

// Precision is the finest unit the text supports for a date.
type Precision string

// Precisions, finest first.
const (
	PrecisionDay     Precision = "day"
	PrecisionWeek    Precision = "week"
	PrecisionMonth   Precision = "month"
	PrecisionQuarter Precision = "quarter"
	PrecisionYear    Precision = "year"
	PrecisionDecade  Precision = "decade"
	PrecisionUnknown Precision = "unknown"
)

// Modifier qualifies a date interval.
type Modifier string

// Modifiers. ModNone means the event falls inside [Start, End].
const (
	ModNone   Modifier = ""
	ModBefore Modifier = "before"
	ModAfter  Modifier = "after"
	ModEarly  Modifier = "early"
	ModMid    Modifier = "mid"
	ModLate   Modifier = "late"
	ModApprox Modifier = "approx"
)

// DateLayout is how calendar dates are written in storage and the API.
const DateLayout = "2006-01-02"

// Date is an event's date: a closed interval of calendar days. Start and
// End are UTC midnights; a zero Start or End means that side is open (an
// event "before" a day has no start). Both zero means undated.
type Date struct {
	Start     time.Time
	End       time.Time
	Precision Precision
	Modifier  Modifier
	// Clock is the time of day the text gives for a day, as TIMEX3 writes
	// it after the "T": "15:30", or a part of the day ("MO", "MI", "AF",
	// "EV", "NI"); "" when it gives none. See clock.go.
	Clock string
	Basis DateBasis
}

// DateBasis records how a date was worked out, so a reader can check it.
type DateBasis struct {
	// Expression is the date expression as written, e.g. "on Tuesday".
	Expression string
	// SourceKey is the source whose text held the expression.
	SourceKey string
	// Anchor is the source's publication date, which the expression, or
	// the Reference it was counted from, was resolved against.
	Anchor time.Time
	// Rule names the resolution rule, e.g. "weekday-past".
	Rule string
	// Reference is the earlier date expression in the same text that the
	// expression was counted from ("March 3" for "two days later"), or ""
	// when it was counted from the anchor; ReferenceLabel is the date it
	// names, as Date.Label writes it.
	Reference, ReferenceLabel string
}

// Undated reports whether nothing is known of the date.
func (d Date) Undated() bool { return d.Start.IsZero() && d.End.IsZero() }

// SortKey is the day used to order events: the start, or for an open
// start the end.
func (d Date) SortKey() time.Time {
	if !d.Start.IsZero() {
		return d.Start
	}
	return d.End
}

// Label is the date as an editor would print it, no finer than its
// precision: "Tue 11 Nov 2025", "Early Sep 2025", "Before mid-Oct 2025".
func (d Date) Label() string {
	l := d.label()
	return strings.ToUpper(l[:1]) + l[1:]
}

func (d Date) label() string {
	if d.Undated() {
		return "Undated"
	}
	switch d.Modifier {
	case ModBefore:
		return "Before " + boundLabel(d.End, d.Precision)
	case ModAfter:
		return "After " + boundLabel(d.Start, d.Precision)
	case ModEarly:
		return "Early " + d.partOf()
	case ModMid:
		return "Mid-" + d.partOf()
	case ModLate:
		return "Late " + d.partOf()
	case ModApprox:
		return "About " + d.Period()
	}
	if c := d.ClockLabel(); c != "" {
		return d.Period() + ", " + c
	}
	return d.Period()
}

// Period names the period the date falls in at its precision, as
// PeriodLabel does, except that a season or half a year, which are kept
// at quarter precision, is named as such: "Spring 2026", "Winter
// 2025–26", "H2 2025", not the quarter it starts in; so are a weekend
// ("weekend of 15 Nov 2025") and a century ("19th century").
func (d Date) Period() string {
	if d.Precision == PrecisionQuarter && !d.Start.IsZero() && !d.End.IsZero() && d.Start.Day() == 1 {
		months := (d.End.Year()-d.Start.Year())*12 + int(d.End.Month()) - int(d.Start.Month()) + 1
		switch {
		case months == 6 && (d.Start.Month() == time.January || d.Start.Month() == time.July):
			return fmt.Sprintf("H%d %d", int(d.Start.Month())/6+1, d.Start.Year())
		case months == 3 && d.Start.Month()%3 == 0:
			if d.Start.Month() == time.December {
				return fmt.Sprintf("Winter %d–%02d", d.Start.Year(), d.End.Year()%100)
			}
			return fmt.Sprintf("%s %d", seasons[d.Start.Month()], d.Start.Year())
		}
	}
	if c, ok := d.Century(); ok {
		return CenturyLabel(c)
	}
	if d.spans() {
		return spanLabel(d.Start, d.End, d.Precision)
	}
	if d.Precision == PrecisionWeek && d.Start.Weekday() == time.Saturday && d.End.Equal(d.Start.AddDate(0, 0, 1)) {
		return "weekend of " + d.Start.Format("2 Jan 2006")
	}
	return PeriodLabel(d.SortKey(), d.Precision)
}

// spans reports whether the date runs over whole days, months or years
// from one to a later one: "between 2017 and 2021", "from March to May".
func (d Date) spans() bool {
	if d.Start.IsZero() || d.End.IsZero() {
		return false
	}
	switch d.Precision {
	case PrecisionDay:
		return d.End.After(d.Start)
	case PrecisionMonth:
		return d.Start.Day() == 1 && d.End.AddDate(0, 0, 1).Day() == 1 && d.End.After(d.Start.AddDate(0, 1, -1))
	case PrecisionYear:
		return d.Start.YearDay() == 1 && d.End.Month() == time.December && d.End.Day() == 31 && d.End.Year() > d.Start.Year()
	}
	return false
}

// spanLabel names a span by its first and last day, month or year, the
// year, and the month of days, written once when they share it: "3–5 Nov
// 2025", "28 Oct–3 Nov 2025", "Dec 2023–Feb 2024", "2017–2021".
func spanLabel(first, last time.Time, p Precision) string {
	switch p {
	case PrecisionDay:
		switch {
		case first.Year() != last.Year():
			return first.Format("2 Jan 2006") + "–" + last.Format("2 Jan 2006")
		case first.Month() != last.Month():
			return first.Format("2 Jan") + "–" + last.Format("2 Jan 2006")
		}
		return first.Format("2") + "–" + last.Format("2 Jan 2006")
	case PrecisionMonth:
		if first.Year() != last.Year() {
			return first.Format("Jan 2006") + "–" + last.Format("Jan 2006")
		}
		return first.Format("Jan") + "–" + last.Format("Jan 2006")
	}
	return PeriodLabel(first, p) + "–" + PeriodLabel(last, p)
}

// partOf names the period whose start, middle or end the date is: the
// decade or century it begins in ("Late 1970s", "Late 19th century").
func (d Date) partOf() string {
	if c, ok := d.Century(); ok {
		return CenturyLabel(c)
	}
	return PeriodLabel(d.Start, d.Precision)
}

// Century reports whether the date is a century, or a third of one
// ("the late 19th century", "the early 1900s"), and which: 19 for the
// 1800s. Both are kept at decade precision, and are told apart from a
// decade by their length.
func (d Date) Century() (int, bool) {
	if d.Precision != PrecisionDecade || d.Start.IsZero() || d.End.IsZero() || d.End.Year()-d.Start.Year() < 30 {
		return 0, false
	}
	return d.Start.Year()/100 + 1, true
}

// CenturyLabel names the nth century: "19th century", "21st century".
func CenturyLabel(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprintf("%d%s century", n, suffix)
}

var seasons = map[time.Month]string{time.March: "Spring", time.June: "Summer", time.September: "Autumn"}

// boundLabel names the closed side of a before/after interval. At month
// precision it gives the part of the month ("mid-Oct 2025"): "before Oct
// 2025" would wrongly exclude October itself.
func boundLabel(t time.Time, p Precision) string {
	// "more than a year ago", told on 2 Aug 2026, is before Aug 2025: a
	// bound inside its year is named by its month, not by a year that
	// would read as the bound's start or end.
	if p == PrecisionYear && !(t.Month() == time.January && t.Day() == 1) && !(t.Month() == time.December && t.Day() == 31) {
		return t.Format("Jan 2006")
	}
	if p != PrecisionMonth {
		return PeriodLabel(t, p)
	}
	switch partOfMonth(t) {
	case "early":
		return "early " + t.Format("Jan 2006")
	case "mid":
		return "mid-" + t.Format("Jan 2006")
	}
	return "late " + t.Format("Jan 2006")
}

// PeriodLabel names the period of precision p that contains t: "Tue 11
// Nov 2025", "Q3 2025", "1990s".
func PeriodLabel(t time.Time, p Precision) string {
	switch p {
	case PrecisionDay:
		return t.Format("Mon 2 Jan 2006")
	case PrecisionWeek: // named by its Monday, as an ISO week starts
		return "week of " + t.AddDate(0, 0, -((int(t.Weekday())+6)%7)).Format("2 Jan 2006")
	case PrecisionMonth:
		return t.Format("Jan 2006")
	case PrecisionQuarter:
		return fmt.Sprintf("Q%d %d", (int(t.Month())-1)/3+1, t.Year())
	case PrecisionYear:
		// "AD 43": a year of fewer than four figures names its era.
		if t.Year() < 1000 {
			return fmt.Sprintf("AD %d", t.Year())
		}
		return t.Format("2006")
	case PrecisionDecade:
		return fmt.Sprintf("%ds", t.Year()/10*10)
	}
	return t.Format("2 Jan 2006")
}

// partOfMonth says whether a day falls early, mid or late in its month.
func partOfMonth(t time.Time) string {
	switch {
	case t.Day() <= 10:
		return "early"
	case t.Day() <= 20:
		return "mid"
	}
	return "late"
}
