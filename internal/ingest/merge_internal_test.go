package ingest

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/throughline-news/throughline/internal/timeline"
)

// TestNearPassesEveryMerge checks that the quick test merge uses to pass
// over clusters never rejects a pair compatible or detailsLead could
// accept: over days, weeks, months, years, open intervals, leads and
// undated dates, every pair compatible accepts or whose sort days are at
// most 72 hours apart is near.
func TestNearPassesEveryMerge(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	var dates []timeline.Date
	for _, start := range []time.Time{day(2025, 1, 30), day(2025, 2, 1), day(2025, 2, 3), day(2025, 2, 27), day(2025, 3, 2)} {
		for _, span := range []struct {
			p    timeline.Precision
			days int
		}{{timeline.PrecisionDay, 0}, {timeline.PrecisionWeek, 6}, {timeline.PrecisionMonth, 27}, {timeline.PrecisionYear, 364}} {
			end := start.AddDate(0, 0, span.days)
			dates = append(dates,
				timeline.Date{Start: start, End: end, Precision: span.p},
				timeline.Date{End: end, Precision: span.p, Modifier: timeline.ModBefore},
				timeline.Date{Start: start, Precision: span.p, Modifier: timeline.ModAfter})
		}
		dates = append(dates, timeline.Date{Start: start, End: start, Precision: timeline.PrecisionDay, Basis: timeline.DateBasis{Rule: reportedInLead}})
	}
	dates = append(dates, timeline.Date{Basis: timeline.DateBasis{Expression: "on Monday", SourceKey: "a"}},
		timeline.Date{Basis: timeline.DateBasis{Expression: "on Monday", SourceKey: "a"}})

	pairs, kept := 0, 0
	for i, a := range dates {
		for j, b := range dates {
			gap := a.SortKey().Sub(b.SortKey())
			mustKeep := compatible(a, b) || !a.Undated() && !b.Undated() && gap <= 72*time.Hour && gap >= -72*time.Hour
			near := reachOf(a).near(reachOf(b))
			pairs++
			if near {
				kept++
			}
			if mustKeep {
				assert.True(t, near, fmt.Sprintf("%d %+v / %d %+v", i, a, j, b))
			}
		}
	}
	// The test is worth something only if near also rejects.
	assert.Less(t, kept, pairs)
}

// TestSamePerson checks which two subjects may name one unnamed person,
// and that a subject with no words (an unparsed title's) names none.
func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"A", "19-year-old", "man"}, []string{"the", "suspect"}, true},
		{[]string{"A", "man"}, []string{"A", "woman"}, false},
		{[]string{"A", "man"}, nil, false},
		{nil, []string{"the", "suspect"}, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q~%q", tt.a, tt.b), func(t *testing.T) {
			assert.Equal(t, tt.want, samePerson(tt.a, tt.b))
		})
	}
}
