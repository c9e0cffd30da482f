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

// fullScan is Tag without the trigger prefilter: every rule over the whole
// text. The prefilter must never change the result.
func fullScan(text string, dct time.Time) []Expression {
	if !utf8.ValidString(text) {
		return nil
	}
	dct = day(dct)
	var found []Expression
	for _, r := range rules {
		found = append(found, match(r, text, foldText(text), window{0, len(text)}, dct)...)
	}
	return settle(text, found, dct)
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
