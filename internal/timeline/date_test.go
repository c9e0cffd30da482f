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
		{Date{Start: d("2025-10-25"), Precision: PrecisionMonth, Modifier: ModAfter}, "After late Oct 2025"},
		{Date{Start: d("2025-11-10"), End: d("2025-11-16"), Precision: PrecisionWeek}, "Week of 10 Nov 2025"},
		{Date{Start: d("2025-07-01"), End: d("2025-09-30"), Precision: PrecisionQuarter}, "Q3 2025"},
		{Date{Start: d("2026-03-01"), End: d("2026-05-31"), Precision: PrecisionQuarter}, "Spring 2026"},
		{Date{Start: d("2025-12-01"), End: d("2026-02-28"), Precision: PrecisionQuarter}, "Winter 2025–26"},
		{Date{Start: d("2025-07-01"), End: d("2025-12-31"), Precision: PrecisionQuarter}, "H2 2025"},
		{Date{Start: d("2024-01-01"), End: d("2024-12-31"), Precision: PrecisionYear}, "2024"},
		{Date{Start: d("1990-01-01"), End: d("1999-12-31"), Precision: PrecisionDecade}, "1990s"},
		{Date{Precision: PrecisionUnknown}, "Undated"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.date.Label())
	}
}

func TestSourceLabel(t *testing.T) {
	assert.Equal(t, "Wire A", Source{Outlet: "Wire A", Headline: "H", FileName: "f"}.Label())
	assert.Equal(t, "H", Source{Headline: "H", FileName: "f"}.Label())
	assert.Equal(t, "f", Source{FileName: "f"}.Label())
}
