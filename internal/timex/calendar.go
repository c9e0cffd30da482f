package timex

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// date builds a UTC calendar day, refusing impossible ones ("February 30")
// instead of letting time.Date roll them over.
func date(y int, m time.Month, d int) (time.Time, bool) {
	if m < time.January || m > time.December || d < 1 || y < 1 || y > 9999 {
		return time.Time{}, false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Month() == m && t.Day() == d
}

func monthStart(y int, m time.Month) time.Time { return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC) }

func monthEnd(y int, m time.Month) time.Time { return monthStart(y, m).AddDate(0, 1, -1) }

// weekStart is the Monday of t's ISO week.
func weekStart(t time.Time) time.Time {
	offset := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -offset)
}

func dayValue(t time.Time) string { return t.Format("2006-01-02") }

func monthValue(t time.Time) string { return t.Format("2006-01") }

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

var monthsByName = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// monthByName reads a month name or its abbreviation ("Sept.", "Nov").
func monthByName(s string) (time.Month, bool) {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0, false
	}
	m, ok := monthsByName[s[:3]]
	return m, ok
}

var weekdaysByName = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// isoWeekday is a weekday's ISO 8601 number, Monday 1 to Sunday 7, as
// TIMEX3 week values write it.
func isoWeekday(wd time.Weekday) string { return strconv.Itoa((int(wd)+6)%7 + 1) }

// partCodes are the TIMEX3 codes of the parts of a day.
var partCodes = map[string]string{"morning": "MO", "lunchtime": "MI", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

var numberWords = map[string]int{
	"a": 1, "an": 1, "another": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"a hundred": 100, "one hundred": 100, "a dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
}

// quantity reads "two", "a", "14"; vague quantities ("several", "a few")
// report vague so values get X placeholders.
func quantity(s string) (n int, vague bool, ok bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	switch s {
	case "several", "a few", "few", "many":
		return 0, true, true
	}
	if n, ok := numberWords[s]; ok {
		return n, false, true
	}
	// "twenty-five", "forty two"
	if tens, units, ok := strings.Cut(strings.ReplaceAll(s, "-", " "), " "); ok && numberWords[tens] >= 20 && numberWords[units] > 0 && numberWords[units] < 10 {
		return numberWords[tens] + numberWords[units], false, true
	}
	// "1,000 days": a count in figures may group its thousands.
	// Not "2.5": a figure with decimals is no count; nor is "2,5", whose
	// comma groups no thousands.
	if groups := strings.Split(s, ","); slices.ContainsFunc(groups[1:], func(g string) bool { return len(g) != 3 }) {
		return 0, false, false
	}
	if n, err := strconv.Atoi(strings.ReplaceAll(s, ",", "")); err == nil && n > 0 && n < 10000 {
		return n, false, true
	}
	return 0, false, false
}

// halfFigure reads a figure with the decimal ".5" as its whole part and
// a half: "2.5" is two and a half. ok is false for any other figure.
func halfFigure(s string) (whole string, half, ok bool) {
	whole, decimals, found := strings.Cut(s, ".")
	if !found {
		return s, false, true
	}
	return whole, true, decimals == "5"
}

// unitCode is the TIMEX3 duration letter of a unit word.
func unitCode(unit string) (string, Granularity) {
	switch strings.TrimSuffix(strings.ToLower(unit), "s") {
	case "day":
		return "D", GranDay
	case "week":
		return "W", GranWeek
	case "month":
		return "M", GranMonth
	case "quarter":
		return "Q", GranQuarter
	case "year":
		return "Y", GranYear
	case "decade":
		return "DE", GranDecade
	case "hour":
		return "TH", ""
	case "minute":
		return "TM", ""
	}
	return "", ""
}

// relativeSteps count the periods from the DCT's that "last", "this" and
// "next" name.
var relativeSteps = map[string]int{"last": -1, "this": 0, "next": 1}

// shift moves t by n units of g (n may be negative).
func shift(t time.Time, n int, g Granularity) time.Time {
	switch g {
	case GranDay:
		return t.AddDate(0, 0, n)
	case GranWeek:
		return t.AddDate(0, 0, 7*n)
	case GranMonth:
		return t.AddDate(0, n, 0)
	case GranQuarter:
		return t.AddDate(0, 3*n, 0)
	case GranYear:
		return t.AddDate(n, 0, 0)
	case GranDecade:
		return t.AddDate(10*n, 0, 0)
	}
	return t
}

// period returns the calendar period of granularity g containing t, with
// its TIMEX3 value.
func period(t time.Time, g Granularity) (first, last time.Time, value string) {
	switch g {
	case GranDay:
		return t, t, dayValue(t)
	case GranWeek:
		ws := weekStart(t)
		return ws, ws.AddDate(0, 0, 6), weekValue(t)
	case GranMonth:
		return monthStart(t.Year(), t.Month()), monthEnd(t.Year(), t.Month()), monthValue(t)
	case GranQuarter:
		q := (int(t.Month()) - 1) / 3
		first = monthStart(t.Year(), time.Month(q*3+1))
		return first, first.AddDate(0, 3, -1), fmt.Sprintf("%04d-Q%d", t.Year(), q+1)
	case GranYear:
		return monthStart(t.Year(), time.January), monthEnd(t.Year(), time.December), fmt.Sprintf("%04d", t.Year())
	case GranDecade:
		y := t.Year() / 10 * 10
		return monthStart(y, time.January), monthEnd(y+9, time.December), fmt.Sprintf("%03d", y/10)
	}
	return time.Time{}, time.Time{}, ""
}

// spokenYear reads the year in words that ends s (matched by
// spokenYearRe): "nineteen ninety-six", "the year two thousand and one",
// "January nineteen ninety-seven".
func spokenYear(s string) int {
	words := strings.Fields(strings.ReplaceAll(strings.ToLower(s), "-", " "))
	if i := slices.Index(words, "nineteen"); i >= 0 {
		n, _, _ := quantity(strings.Join(words[i+1:], " "))
		return 1900 + n
	}
	i := slices.Index(words, "thousand")
	rest := words[i+1:]
	if len(rest) > 0 && rest[0] == "and" {
		rest = rest[1:]
	}
	n, _, _ := quantity(strings.Join(rest, " "))
	return 2000 + n
}
