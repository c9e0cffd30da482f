package ingest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDatelineEnd(t *testing.T) {
	tests := []struct{ paragraph, rest string }{
		{"WASHINGTON, Nov 12 (Reuters) - The U.S. military struck a boat.", "The U.S. military struck a boat."},
		{"KESSLING (AP) — The port closed on Tuesday.", "The port closed on Tuesday."},
		{"Paris (AFP) - Ministers met on Monday.", "Ministers met on Monday."},
		{"SAN JUAN, Puerto Rico, Nov. 3 — Rain fell.", "Rain fell."},
		{"CAIRO/JERUSALEM, Oct 9 (Reuters) - Israel and Hamas signed off on a deal.", "Israel and Hamas signed off on a deal."},
		{"NEW YORK -- Stocks rose.", "Stocks rose."},
		{"The port closed on Tuesday - officials said so.", "The port closed on Tuesday - officials said so."},
		{"Paris - the city of light - was quiet.", "Paris - the city of light - was quiet."},
		{"US - UK ties are strained.", "US - UK ties are strained."},
		{"", ""},
		{"KESSLING, March 12 (Wire A) --", ""},
		{"KESSLING, Norland (AP)_ The port shut.", "The port shut."},
		{"UPDATE --", "UPDATE --"},
		{"Nov. 24 (AFP) - Archaeologists say they found it.", "Archaeologists say they found it."},
		{"(Reuters) - A gene therapy restored some hearing.", "A gene therapy restored some hearing."},
		{"Nov. 24 - Archaeologists say they found it.", "Nov. 24 - Archaeologists say they found it."},
	}
	for _, tt := range tests {
		t.Run(tt.paragraph, func(t *testing.T) {
			assert.Equal(t, tt.rest, tt.paragraph[datelineEnd(tt.paragraph):])
		})
	}
}

func FuzzDatelineEnd(f *testing.F) {
	f.Add("WASHINGTON, Nov 12 (Reuters) - The U.S. military struck a boat.")
	f.Add("Paris (AFP) - Ministers met.")
	f.Add("Nov. 24 (AFP) - Ministers met.")
	f.Add("AAAA--")
	f.Fuzz(func(t *testing.T, p string) {
		// A dateline ends in the space after its dash, or ends the text.
		n := datelineEnd(p)
		if n < 0 || n > len(p) || n > 0 && n < len(p) && !strings.ContainsRune(" \t\n\f\r", rune(p[n-1])) {
			t.Fatalf("datelineEnd(%q) = %d", p, n)
		}
	})
}
