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
		r.literals, r.gate = nil, nil
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

func FuzzPrefilter(f *testing.F) {
	f.Add("Nov. 11, 2025, the third-quarter, 3 p.m. on Tuesday; 03.04.2025 and two days later")
	f.Add("On March 3 he left; on the 5th, by the 22nd. H1 2025, 2024's vote")
	// The longest reach right of a trigger: 28 bytes after "p.m.".
	f.Add("At 3 p.m. local time, on September 30th, as this week was getting underway, the day before last Wednesday")
	f.Add("It saves $3 million a year in interest-expense costs; nineteen ninety-seven; November 24 and 25, 1999")
	f.Add("In '69, drones struck overnight; the following Wednesday, Tue., Nov. 4 at 10 a.m., since ’08")
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
		{"a count before its unit", countedUnitGate, "for three days", true},
		{"a count in figures", countedUnitGate, "after 2-year talks", true},
		{"a count and a half", countedUnitGate, "two and a half years", true},
		{"a count with a word between", countedUnitGate, "a couple of more weeks", true},
		{"a count in marks", countedUnitGate, "(two years,", true},
		{"a unit with no count", countedUnitGate, "last year and the month before", false},
		{"a count after its unit", countedUnitGate, "the year two", false},
		{"a rate", rateGate, "$5 a day", true},
		{"a rate per unit", rateGate, "twice per week", true},
		{"a unit after another word", rateGate, "the day and this year", false},
		{"a plural after a", rateGate, "a years-long fight", false},
		{"a unit before after", unitBeforeAfterGate, "two days after,", true},
		{"a unit after after", unitBeforeAfterGate, "after two days", false},
		{"a month before a day", monthDayGate, "on nov. 11", true},
		{"a month after a mark", monthDayGate, "a!sep 3", true},
		{"a month before a year passes too", monthDayGate, "in sep. 2025", true},
		{"a month before a word", monthDayGate, "in march the 3rd", false},
		{"a month before its year", monthYearGate, "in march, 2025", true},
		{"a month of its year", monthYearGate, "march of 2025", true},
		{"a month before a short year", monthYearGate, "march '25", true},
		{"a month before a word and a year", monthYearGate, "march in 2025", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.gate(tt.text))
		})
	}
}
