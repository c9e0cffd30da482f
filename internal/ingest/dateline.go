package ingest

import (
	"regexp"
	"strings"
)

// datelineRe is the dateline wire copy opens its first paragraph with:
// the place, its city in capitals, a day, the agency, a dash.
// "WASHINGTON, Nov 12 (Reuters) - ", "SAN JUAN, Puerto Rico, Nov. 3 — ",
// "KESSLING (AP) — ", "Paris (AFP) - ", and as LDC's wire transcripts
// write the dash, "BAGHDAD, Iraq (AP)_ ". A report filed from two
// cities names both: "CAIRO/JERUSALEM, Oct 9 (Reuters) - ".
var datelineRe = regexp.MustCompile(`^\s*([A-Z][\p{L}.'’ /-]{1,40}?)(?:,\s*[A-Z][\p{L}.'’ -]{1,30}?)*` +
	`(,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?` +
	`\s*(\([\p{L}][\p{L} .&'’-]{0,30}\))?\s*(-|--|—|–|_)(?:\s+|$)`)

// dayDatelineRe is a dateline without its place, which then must name
// its agency: "Nov. 24 (AFP) - ", or the agency alone: "(Reuters) - ".
var dayDatelineRe = regexp.MustCompile(`^\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*)?` +
	`\([\p{L}][\p{L} .&'’-]{0,30}\)\s*(?:-|--|—|–|_)(?:\s+|$)`)

// datelineEnd is where the text after a paragraph's dateline begins, or 0
// without one. The dateline's day is when the report was filed, not when
// anything in the sentence happened, and it is no part of what the
// sentence says. Without the agency a city must be in capitals; without
// a day as well, it must be a word, not an acronym, and the dash a
// dash, not a hyphen: "US - UK ties" opens no dateline.
func datelineEnd(p string) int {
	m := datelineRe.FindStringSubmatchIndex(p)
	if m == nil {
		if d := dayDatelineRe.FindStringIndex(p); d != nil {
			return d[1]
		}
		return 0
	}
	city, day, agency, dash := p[m[2]:m[3]], m[4] >= 0, m[6] >= 0, p[m[8]:m[9]]
	switch {
	case agency:
	case city != strings.ToUpper(city):
		return 0
	case !day && (len(strings.TrimSpace(city)) < 4 || dash == "-"):
		return 0
	}
	// A dateline on a line of its own names its day or agency: "KESSLING,
	// March 12 (Wire) --", not a heading such as "UPDATE --".
	if strings.TrimSpace(p[m[1]:]) == "" && !day && !agency {
		return 0
	}
	return m[1]
}
