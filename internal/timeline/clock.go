package timeline

import (
	"fmt"
	"strconv"
)

// dayParts name the TIMEX3 parts of a day, with the minute of the day each
// is ordered at among the day's times (a morning between 8:00 and 9:00)
// and the hours it spans, from and to; a night runs past midnight.
var dayParts = map[string]struct {
	name     string
	minute   int
	from, to int
}{
	"MO": {"morning", 8*60 + 30, 5, 12},
	"MI": {"midday", 12*60 + 30, 11, 14},
	"AF": {"afternoon", 14*60 + 30, 12, 18},
	"EV": {"evening", 19*60 + 30, 17, 22},
	"NI": {"night", 22*60 + 30, 20, 5},
}

// IsDayPart reports whether a clock is a part of the day ("NI") rather
// than a time ("21:00").
func IsDayPart(clock string) bool {
	_, ok := dayParts[clock]
	return ok
}

// ClocksAgree reports whether two clocks may name the same time: equal,
// or a time within a part of the day ("15:30" is in the afternoon).
func ClocksAgree(a, b string) bool {
	if a == b {
		return true
	}
	if IsDayPart(a) {
		a, b = b, a
	}
	part, ok := dayParts[b]
	h, _, isTime := clockTime(a)
	if !ok || !isTime {
		return false
	}
	if part.from < part.to {
		return h >= part.from && h < part.to
	}
	return h >= part.from || h < part.to
}

// TimesOfDayMeet reports whether two clocks given for one day may tell of
// one moment: times at most two hours apart, a time within a part of the
// day, or parts side by side (evening and night). A day's night is its
// late hours here: at "02:00" that day the night before was ending.
func TimesOfDayMeet(a, b string) bool {
	ha, ma, aTime := clockTime(a)
	hb, mb, bTime := clockTime(b)
	switch {
	case aTime && bTime:
		d := ha*60 + ma - (hb*60 + mb)
		return d >= -120 && d <= 120
	case aTime || bTime:
		h, name := ha, b
		if bTime {
			h, name = hb, a
		}
		part, ok := dayParts[name]
		if !ok {
			return true
		}
		if part.to < part.from { // the night, to the day's end
			return h >= part.from
		}
		return h >= part.from && h < part.to
	}
	i, ok := partRank[a]
	j, okB := partRank[b]
	return !ok || !okB || i-j <= 2 && j-i <= 2
}

// partRank orders the parts of the day as they come, two apart; midday
// lies between the morning and the afternoon, both of which it meets.
var partRank = map[string]int{"MO": 0, "MI": 1, "AF": 2, "EV": 4, "NI": 6}

// ClockLabel is the date's time of day as an editor would print it, "3:30
// p.m.", "noon", "midnight" or "night"; "" when the date has none, or is
// not a single day.
func (d Date) ClockLabel() string {
	if d.Precision != PrecisionDay || d.Modifier != ModNone {
		return ""
	}
	if p, ok := dayParts[d.Clock]; ok {
		return p.name
	}
	h, m, ok := clockTime(d.Clock)
	switch {
	case !ok:
		return ""
	case h == 12 && m == 0:
		return "noon"
	case h == 0 && m == 0, h == 24:
		return "midnight"
	}
	suffix := "a.m."
	if h >= 12 {
		suffix = "p.m."
	}
	if h = h % 12; h == 0 {
		h = 12
	}
	if m == 0 {
		return fmt.Sprintf("%d %s", h, suffix)
	}
	return fmt.Sprintf("%d:%02d %s", h, m, suffix)
}

// ClockMinute is the minute of the day the date's time of day orders at,
// or -1 without one: a day's events with no time come first, and so do
// those early in it, most often told of its small hours. Late in a day
// orders as its late evening: "late Wednesday" comes after "Wednesday
// afternoon".
func (d Date) ClockMinute() int {
	if d.Precision == PrecisionDay && d.Clock == "" && d.Modifier == ModLate {
		return 21 * 60
	}
	if d.ClockLabel() == "" {
		return -1
	}
	if p, ok := dayParts[d.Clock]; ok {
		return p.minute
	}
	h, m, _ := clockTime(d.Clock)
	return h*60 + m
}

// clockTime reads "HH:MM", hours 0 to 24 (24:00 is the day's end, as
// TIMEX3 writes midnight).
func clockTime(s string) (h, m int, ok bool) {
	if len(s) != 5 || s[2] != ':' {
		return 0, 0, false
	}
	h, err1 := strconv.Atoi(s[:2])
	m, err2 := strconv.Atoi(s[3:])
	if err1 != nil || err2 != nil || h < 0 || h > 24 || m < 0 || m > 59 || h == 24 && m != 0 {
		return 0, 0, false
	}
	return h, m, true
}
