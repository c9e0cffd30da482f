package web

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/throughline-news/throughline/internal/timeline"
)

func TestDateBasis(t *testing.T) {
	published := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)
	sources := map[string]timeline.Source{"wire-a": {Key: "wire-a", Outlet: "Wire A", Published: published}}
	day := func(d int) timeline.Date {
		t := time.Date(2024, 3, d, 0, 0, 0, 0, time.UTC)
		return timeline.Date{Start: t, End: t, Precision: timeline.PrecisionDay}
	}
	tests := []struct {
		name  string
		date  timeline.Date
		basis timeline.DateBasis
		want  string
	}{
		{"from the publication day", day(11), timeline.DateBasis{Expression: "on Monday", SourceKey: "wire-a", Anchor: published},
			"“on Monday” in Wire A, published Tue 12 Mar 2024 → Mon 11 Mar 2024"},
		{"counted from an earlier date", day(5), timeline.DateBasis{Expression: "two days later", SourceKey: "wire-a", Anchor: published, Reference: "March 3", ReferenceLabel: "Sun 3 Mar 2024"},
			"“two days later”, counted from “March 3” (Sun 3 Mar 2024), in Wire A, published Tue 12 Mar 2024 → Tue 5 Mar 2024"},
		{"source unknown", day(5), timeline.DateBasis{Expression: "two days later", Reference: "March 3"},
			"“two days later”, counted from “March 3” → Tue 5 Mar 2024"},
		{"reported in the lead", day(12), timeline.DateBasis{SourceKey: "wire-a", Rule: "reported-in-lead"},
			"reported as news at the top of Wire A, published Tue 12 Mar 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.date
			d.Basis = tt.basis
			assert.Equal(t, tt.want, dateBasis(d, sources))
		})
	}
}
