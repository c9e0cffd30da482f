package timeline

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func d(s string) time.Time {
	t, _ := time.Parse(DateLayout, s)
	return t
}

func TestDateLabel(t *testing.T) {
	tests := []struct {
		date Date
		want string
	}{
		{Date{Start: d("2025-11-11"), End: d("2025-11-11"), Precision: PrecisionDay}, "Tue 11 Nov 2025"},
		{Date{Start: d("2025-10-01"), End: d("2025-10-31"), Precision: PrecisionMonth}, "Oct 2025"},
		{Date{Start: d("2025-09-01"), End: d("2025-09-10"), Precision: PrecisionMonth, Modifier: ModEarly}, "Early Sep 2025"},
		{Date{Start: d("2025-09-11"), End: d("2025-09-20"), Precision: PrecisionMonth, Modifier: ModMid}, "Mid-Sep 2025"},
		{Date{End: d("2025-10-11"), Precision: PrecisionMonth, Modifier: ModBefore}, "Before mid-Oct 2025"},
		{Date{End: d("2025-10-03"), Precision: PrecisionMonth, Modifier: ModBefore}, "Before early Oct 2025"},
		{Date{End: d("2025-08-02"), Precision: PrecisionYear, Modifier: ModBefore}, "Before Aug 2025"},
		{Date{End: d("2025-12-31"), Precision: PrecisionYear, Modifier: ModBefore}, "Before 2025"},
		{Date{Start: d("2025-01-01"), Precision: PrecisionYear, Modifier: ModAfter}, "After 2025"},
		{Date{Start: d("2025-10-25"), Precision: PrecisionMonth, Modifier: ModAfter}, "After late Oct 2025"},
		{Date{Start: d("2025-11-10"), End: d("2025-11-16"), Precision: PrecisionWeek}, "Week of 10 Nov 2025"},
		{Date{Start: d("2025-11-12"), End: d("2025-11-13"), Precision: PrecisionWeek, Modifier: ModMid}, "Mid-week of 10 Nov 2025"},
		{Date{Start: d("2025-07-01"), End: d("2025-09-30"), Precision: PrecisionQuarter}, "Q3 2025"},
		{Date{Start: d("2026-03-01"), End: d("2026-05-31"), Precision: PrecisionQuarter}, "Spring 2026"},
		{Date{Start: d("2025-12-01"), End: d("2026-02-28"), Precision: PrecisionQuarter}, "Winter 2025–26"},
		{Date{Start: d("2025-07-01"), End: d("2025-12-31"), Precision: PrecisionQuarter}, "H2 2025"},
		{Date{Start: d("2024-01-01"), End: d("2024-12-31"), Precision: PrecisionYear}, "2024"},
		{Date{Start: d("0043-01-01"), End: d("0043-12-31"), Precision: PrecisionYear}, "AD 43"},
		{Date{Start: d("1990-01-01"), End: d("1999-12-31"), Precision: PrecisionDecade}, "1990s"},
		{Date{Start: d("1977-01-01"), End: d("1979-12-31"), Precision: PrecisionDecade, Modifier: ModLate}, "Late 1970s"},
		{Date{Start: d("1800-01-01"), End: d("1899-12-31"), Precision: PrecisionDecade}, "19th century"},
		{Date{Start: d("2025-11-15"), End: d("2025-11-16"), Precision: PrecisionWeek}, "Weekend of 15 Nov 2025"},
		{Date{Start: d("2025-11-10"), End: d("2025-11-16"), Precision: PrecisionWeek}, "Week of 10 Nov 2025"},
		{Date{Start: d("1867-01-01"), End: d("1899-12-31"), Precision: PrecisionDecade, Modifier: ModLate}, "Late 19th century"},
		{Date{Start: d("1900-01-01"), End: d("1932-12-31"), Precision: PrecisionDecade, Modifier: ModEarly}, "Early 20th century"},
		{Date{Start: d("2000-01-01"), End: d("2099-12-31"), Precision: PrecisionDecade}, "21st century"},
		{Date{Start: d("1100-01-01"), End: d("1199-12-31"), Precision: PrecisionDecade}, "12th century"},
		{Date{Start: d("2017-01-01"), End: d("2021-12-31"), Precision: PrecisionYear}, "2017–2021"},
		{Date{Start: d("2026-03-01"), End: d("2026-05-31"), Precision: PrecisionMonth}, "Mar–May 2026"},
		{Date{Start: d("2023-12-01"), End: d("2024-02-29"), Precision: PrecisionMonth}, "Dec 2023–Feb 2024"},
		{Date{Start: d("2025-11-03"), End: d("2025-11-05"), Precision: PrecisionDay}, "3–5 Nov 2025"},
		{Date{Start: d("2025-10-28"), End: d("2025-11-03"), Precision: PrecisionDay}, "28 Oct–3 Nov 2025"},
		{Date{Start: d("2024-12-28"), End: d("2025-01-03"), Precision: PrecisionDay}, "28 Dec 2024–3 Jan 2025"},
		{Date{Precision: PrecisionUnknown}, "Undated"},
		{Date{Start: d("2025-12-02"), End: d("2025-12-02"), Precision: PrecisionDay, Clock: "15:30"}, "Tue 2 Dec 2025, 3:30 p.m."},
		{Date{Start: d("2025-11-10"), End: d("2025-11-10"), Precision: PrecisionDay, Clock: "NI"}, "Mon 10 Nov 2025, night"},
		{Date{Start: d("2025-11-10"), End: d("2025-11-10"), Precision: PrecisionDay, Modifier: ModLate, Clock: "NI"}, "Late Mon 10 Nov 2025"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.date.Label())
	}
}

func TestDateClock(t *testing.T) {
	day := Date{Start: d("2025-11-11"), End: d("2025-11-11"), Precision: PrecisionDay}
	tests := []struct {
		clock  string
		label  string
		minute int
	}{
		{"", "", -1},
		{"09:00", "9 a.m.", 540},
		{"00:05", "12:05 a.m.", 5},
		{"15:30", "3:30 p.m.", 930},
		{"12:00", "noon", 720},
		{"24:00", "midnight", 1440},
		{"00:00", "midnight", 0},
		{"MO", "morning", 510},
		{"MI", "midday", 750},
		{"NI", "night", 1350},
		{"25:00", "", -1},
		{"9:00", "", -1},
		{"XX", "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.clock, func(t *testing.T) {
			day.Clock = tt.clock
			assert.Equal(t, tt.label, day.ClockLabel())
			assert.Equal(t, tt.minute, day.ClockMinute())
		})
	}
	week := Date{Start: d("2025-11-10"), End: d("2025-11-16"), Precision: PrecisionWeek, Clock: "15:30"}
	assert.Empty(t, week.ClockLabel(), "a time of day belongs to a day")
	late := Date{Start: d("2025-11-12"), End: d("2025-11-12"), Precision: PrecisionDay, Modifier: ModLate}
	assert.Greater(t, late.ClockMinute(), Date{Start: late.Start, End: late.End, Precision: PrecisionDay, Clock: "AF"}.ClockMinute(), "late in a day is after its afternoon")
	early := Date{Start: late.Start, End: late.End, Precision: PrecisionDay, Modifier: ModEarly}
	assert.Less(t, early.ClockMinute(), Date{Start: late.Start, End: late.End, Precision: PrecisionDay, Clock: "03:00"}.ClockMinute(), "early in a day is before its small hours")
}

func TestSourceLabel(t *testing.T) {
	assert.Equal(t, "Wire A", Source{Outlet: "Wire A", Headline: "H", FileName: "f"}.Label())
	assert.Equal(t, "H", Source{Headline: "H", FileName: "f"}.Label())
	assert.Equal(t, "f", Source{FileName: "f"}.Label())
}

// ClocksAgree tells whether a clock fits another given for the same
// moment; TimesOfDayMeet whether two may tell of one moment at all.
func TestClocksAgreeAndMeet(t *testing.T) {
	tests := []struct {
		a, b        string
		agree, meet bool
	}{
		{"15:30", "15:30", true, true},
		{"02:00", "02:15", false, true},
		{"02:00", "05:30", false, false},
		{"10:00", "15:30", false, false},
		{"15:30", "AF", true, true},
		{"AF", "15:30", true, true},
		{"21:00", "NI", true, true},
		{"02:00", "NI", true, false},
		{"NI", "02:00", true, false},
		{"10:00", "EV", false, false},
		{"EV", "NI", false, true},
		{"MO", "AF", false, true},
		{"MO", "EV", false, false},
		{"12:30", "MI", true, true},
		{"MI", "AF", false, true},
		{"MI", "EV", false, false},
		{"MO", "bad", false, true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.agree, ClocksAgree(tt.a, tt.b), "%s and %s agree", tt.a, tt.b)
		assert.Equal(t, tt.meet, TimesOfDayMeet(tt.a, tt.b), "%s and %s meet", tt.a, tt.b)
	}
}
