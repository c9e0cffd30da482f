package timex

import (
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fullScan is Tag without the prefilter: every rule over the whole text,
// with no trigger windows and no literals or gates looked for first. The
// prefilter must never change the result.
func fullScan(text string, dct time.Time) []Expression {
	if !utf8.ValidString(text) {
		return nil
	}
	dct = day(dct)
	scan := withoutLookalikes(text)
	var found []Expression
	for _, r := range rules {
		found = append(found, match(r, scan, foldText(scan), window{0, len(scan)}, dct)...)
	}
	return withTextOf(text, settle(scan, found, dct))
}

func TestPrefilterChangesNothing(t *testing.T) {
	paths, _ := filepath.Glob("../samplestory/*/*.txt")
	shared, _ := filepath.Glob("../../../shared/tempeval/text/*.txt")
	if os.Getenv("CI") != "" {
		require.NotEmpty(t, shared, "CI runs with ../shared beside the repository")
	}
	paths = append(paths, shared...)
	require.NotEmpty(t, paths)
	dct := time.Date(1998, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Equal(t, fullScan(string(b), dct), Tag(string(b), dct), p)
	}
}

// TestWindowsHoldLongestMatches tags the longest match a rule's reach
// allows, or near it: a reach one word too short loses words of it.
func TestWindowsHoldLongestMatches(t *testing.T) {
	dct := time.Date(2025, 11, 11, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, want string
	}{
		{"duration: ten words before its unit, five after",
			"It ran for no more than a couple of and a half more years later, they said.",
			"no more than a couple of and a half more years later"},
		{"ago: fifteen words before",
			"It opened no more than a couple of and a half years and a half or so ago this week.",
			"no more than a couple of and a half years and a half or so ago this week"},
		{"quarter: nine words before, three after",
			"Sales fell in the first days of this year's fiscal first fiscal quarter of fiscal 2025.",
			"the first days of this year's fiscal first fiscal quarter of fiscal 2025"},
		{"span: six words before",
			"It ended over the past a couple of fiscal years.",
			"the past a couple of fiscal years"},
		{"a day named for a person: five words before",
			"It began last Martin Luther King, Jr. Day, 2025.",
			"last Martin Luther King, Jr. Day, 2025"},
		{"the day beside a date: five words after",
			"The day after last November 11, 2025, it fell.",
			"The day after last November 11, 2025"},
		{"clock: three words after",
			"The vote is set for 9 a.m. Eastern on tomorrow's calendar.",
			"9 a.m. Eastern on tomorrow"},
		{"every month: five words after",
			"It fell every other January for the Alps.",
			"every other January for the A"},
		{"spoken clock: four words before, two after",
			"The vote is at ten o'clock in the morning, on Tuesday.",
			"ten o'clock in the morning, on Tuesday"},
		{"deictic day: four words before",
			"She left later the day before yesterday.",
			"later the day before yesterday"},
		{"month and day: four words before",
			"It began the week of Tuesday, Nov. 11, 2025.",
			"the week of Tuesday, Nov. 11, 2025"},
		{"duration: three words after its unit, then two",
			"It ran for no more than a couple of more years and a half from now, they said.",
			"no more than a couple of more years and a half from now"},
		{"units before: the word after read, which is no mark",
			"It fell a couple of days before the vote.",
			"a couple of days"},
		{"units before: four words before",
			"It fell a couple of days before, he said.",
			"a couple of days before"},
		{"season: three words before",
			"Sales slowed late this past summer.",
			"late this past summer"},
		{"part of a week: three words after",
			"It ended as the week was getting underway.",
			"as the week was getting underway"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tag(tt.text, dct)
			require.Equal(t, fullScan(tt.text, dct), got)
			var texts []string
			for _, e := range got {
				texts = append(texts, e.Text)
			}
			assert.Contains(t, texts, tt.want)
		})
	}
}

func FuzzPrefilter(f *testing.F) {
	f.Add("Nov. 11, 2025, the third-quarter, 3 p.m. on Tuesday; 03.04.2025 and two days later")
	f.Add("On March 3 he left; on the 5th, by the 22nd. H1 2025, 2024's vote")
	// The longest reach right of a trigger: 28 bytes after "p.m.".
	f.Add("At 3 p.m. local time, on September 30th, as this week was getting underway, the day before last Wednesday")
	f.Add("It saves $3 million a year in interest-expense costs; nineteen ninety-seven; November 24 and 25, 1999")
	f.Add("In '69, drones struck overnight; the following Wednesday, Tue., Nov. 4 at 10 a.m., since ’08")
	// The longest reaches: ten words before a unit, nine before "quarter".
	f.Add("no more than a couple of and a half more years and a half from now; the first days of this year's fiscal first fiscal quarter of fiscal 2025")
	f.Fuzz(func(t *testing.T, text string) {
		dct := time.Date(2025, 11, 11, 0, 0, 0, 0, time.UTC)
		if got, want := Tag(text, dct), fullScan(text, dct); !equalSpans(got, want) {
			t.Fatalf("prefilter changed the result for %q:\n got %+v\nwant %+v", text, got, want)
		}
	})
}

func equalSpans(a, b []Expression) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Start != b[i].Start || a[i].End != b[i].End || a[i].Value != b[i].Value {
			return false
		}
	}
	return true
}

func TestGates(t *testing.T) {
	tests := []struct {
		name string
		gate func(string) bool
		text string
		want bool
	}{
		{"a count before its unit", countedUnitWords, "for three days", true},
		{"a count in figures", countedUnitWords, "after 2-year talks", true},
		{"a count and a half", countedUnitWords, "two and a half years", true},
		{"a count with a word between", countedUnitWords, "a couple of more weeks", true},
		{"a count in marks", countedUnitWords, "(two years,", true},
		{"a unit with no count", countedUnitWords, "last year and the month before", false},
		{"a count after its unit", countedUnitWords, "the year two", false},
		{"a rate", rateUnitWords, "$5 a day", true},
		{"a rate per unit", rateUnitWords, "twice per week", true},
		{"a unit after another word", rateUnitWords, "the day and this year", false},
		{"a plural after a", rateUnitWords, "a years-long fight", false},
		{"a unit before after", unitBeforeAfterWords, "two days after,", true},
		{"a unit after after", unitBeforeAfterWords, "after two days", false},
		{"a month before a day", monthDayWords, "on nov. 11", true},
		{"a month after a mark", monthDayWords, "a!sep 3", true},
		{"a month before a year passes too", monthDayWords, "in sep. 2025", true},
		{"a month before a word", monthDayWords, "in march the 3rd", false},
		{"a month before its year", monthYearWords, "in march, 2025", true},
		{"a month of its year", monthYearWords, "march of 2025", true},
		{"a month before a short year", monthYearWords, "march '25", true},
		{"a month before a word and a year", monthYearWords, "march in 2025", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.gate(tt.text))
		})
	}
}
