package timex

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Rules for named periods: quarters, halves, seasons, centuries, parts of
// years, bare and fiscal years, and fixed holidays.
var periodRules = []rule{
	// "the third quarter", "third-quarter", "the fiscal first quarter",
	// "the fourth quarter of 1989", "the end of the first quarter", "the
	// fourth quarter of fiscal 1998", "the first quarter of next year".
	// Without a year, the DCT's year: news speaks of the current fiscal
	// year's quarters.
	{name: "quarter", needs: trigQuarter, reach: reach{9, 3}, group: 1, literals: []string{"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final", "last"}, re: re(`((?i:(?:(` + partOfRe + `)\s+)?(?:the\s+|(this|last|next)\s+year's\s+)?(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal\s+)?quarter)(?:\s+of\s+(?i:(?:fiscal|calendar)\s+)?` + yearRe + `|\s+of\s+(?i:(this|last|next|the)\s+year))?)\b`),
		resolve: func(c context) (Expression, bool) {
			// "shrinks for second quarter in a row": a count of
			// quarters, not the second of a year.
			if inARow.MatchString(c.text[c.m[1]:min(len(c.text), c.m[1]+12)]) {
				return Expression{}, false
			}
			q := ordinal(c.lower(4))
			// "the final quarter of 2024" is its fourth (ordinal's
			// default); "the final quarter" alone may be any year's,
			// "the last quarter" the one before the DCT's.
			if w := c.lower(4); (w == "final" || w == "last") && c.sub(5) == "" && c.sub(6) == "" {
				return Expression{}, false
			}
			year := c.sub(5)
			which := c.lower(3)
			if which == "" {
				which = c.lower(6) // "the first quarter of next year"; "of the year" is this year's
			}
			if which == "the" {
				which = "this"
			}
			if which != "" && !c.dct.IsZero() {
				year = strconv.Itoa(c.dct.Year() + relativeSteps[which])
			}
			e, ok := quarterExpression(c, q, year)
			// "the fiscal fourth quarter ended Sept. 27": TIMEX3 keeps
			// the company's ordinal, in the year the quarter ended;
			// the calendar has the three months to its end.
			if end, ended := quarterEndingIn(c); ok && ended && year == "" && e.Anchored() && end.Month() != e.Last.Month() {
				cal := quarterEndingAt(end)
				e.Value = fmt.Sprintf("%04d-Q%d", end.Year(), q)
				e.First, e.Last = cal.First, cal.Last
			}
			if e.Mod = partMod(c.lower(2)); e.Anchored() {
				e.First, e.Last = partOfSpan(e.First, e.Last, e.Mod)
			}
			return e, ok
		}},
	// "the 1988 third quarter", "the 1989 period": a year's quarter; a
	// "period" is the quarter the DCT reports on, in that year.
	{name: "year-quarter", needs: trigQuarter, reach: reach{4, 0}, group: 1, re: re(`((?i:the\s+)` + yearRe + `(?i:\s+(?:fiscal\s+)?(?:(first|second|third|fourth)\s+)?(quarter|period)))\b`),
		resolve: func(c context) (Expression, bool) {
			q := 0
			if c.sub(3) != "" {
				q = ordinal(c.lower(3))
			} else if !c.dct.IsZero() {
				q = (int(shift(c.dct, -1, GranQuarter).Month())-1)/3 + 1
			} else {
				return Expression{Type: TypeDate, Value: c.sub(2) + "-QX"}, true
			}
			return quarterExpression(c, q, c.sub(2))
		}},
	// "the June quarter", "the September-quarter": see
	// resolveMonthEndQuarter.
	{name: "month-end-quarter", needs: trigQuarter, reach: reach{2, 0}, group: 1, re: re(`((?i:the\s+)?` + monthRe + `[\s-](?i:quarter))\b`),
		resolve: resolveMonthEndQuarter},
	// "the April-June quarter", "the July–September quarter of 2024":
	// months that make a calendar quarter, whatever fiscal quarter they
	// are to the company.
	{name: "month-quarter", needs: trigQuarter, reach: reach{4, 2}, group: 1, literals: []string{"-", "–"}, re: re(`((?i:the\s+)?` + monthRe + `\s*[-–]\s*` + monthRe + `\s+(?i:quarter)(?:\s+of\s+` + yearRe + `)?)\b`),
		resolve: resolveMonthQuarter},
	// "in April-June", "July–September 2024": months joined by a dash
	// that make a calendar quarter are that quarter; other pairs are two
	// months ("May-June").
	{name: "month-pair-quarter", needs: trigMonth, reach: reach{0, 1}, literals: []string{"-", "–"}, re: re(`(` + monthRe + `[-–]` + monthRe + `(?:\s+` + yearRe + `)?)\b`),
		resolve: resolveMonthQuarter},
	// "Q3 2025", "Q3", and a company's fiscal quarter, "Q2 FY26", which
	// TIMEX3 writes in the fiscal year's own number (2026-Q2). Which
	// months it covers depends on the company's fiscal year, so it has
	// no calendar interval.
	{name: "quarter-code", needs: trigQuarterCode, reach: reach{0, 2}, group: 1, re: re(`(Q([1-4])(?:\s+` + yearRe + `|\s*FY\s?(\d{4}|\d{2}))?)\b`),
		resolve: func(c context) (Expression, bool) {
			q, _ := strconv.Atoi(c.sub(2))
			year := c.sub(3)
			if fy := c.sub(4); len(fy) == 2 {
				y, _ := strconv.Atoi(fy)
				year = strconv.Itoa(nearestCenturyYear(y, c.dct))
			} else if fy != "" {
				year = fy
			}
			e, ok := quarterExpression(c, q, year)
			if c.sub(4) != "" {
				e.First, e.Last, e.Granularity = time.Time{}, time.Time{}, ""
			}
			return e, ok
		}},
	// "H1 2025": a half of a year, which must be named.
	{name: "half-code", needs: trigQuarterCode, reach: reach{0, 1}, group: 1, re: re(`(H([12])\s+` + yearRe + `)`),
		resolve: func(c context) (Expression, bool) {
			y, _ := strconv.Atoi(c.sub(3))
			return halfExpression(y, int(c.sub(2)[0]-'0')), true
		}},
	// "the quarter", "the latest quarter", "the latest period": in
	// financial reporting, the last completed quarter before the DCT.
	// "the current quarter" is the DCT's own.
	{name: "reporting-quarter", needs: trigQuarter, reach: reach{4, 0}, group: 1, re: re(`((?i:the\s+(latest|current|past|last|most\s+recent|recent|just-ended|year-ago|year-earlier)?\s*(?:fiscal\s+)?(quarter|period)))\b`),
		resolve: resolveReportingQuarter},
	// "the first half of 2025", "the second half", "the first half of
	// next year"; business writes "the back half of the year".
	{name: "half", needs: trigHalf, reach: reach{2, 3}, group: 1, re: re(`((?i:(?:the\s+)?(first|second|last|1st|2nd|front|back)\s+half)(?:\s+of\s+(?:the\s+year|(?i:(?:fiscal|calendar)\s+)?` + yearRe + `|(?i:(this|last|next))\s+year))?)\b`),
		resolve: func(c context) (Expression, bool) {
			if strings.HasPrefix(strings.TrimLeft(c.text[c.m[3]:], " \t\n"), "of ") {
				return Expression{}, false // "the first half of the game", "of the '80s"
			}
			// "pulled one back early in the second half": a half named
			// alone near words of a match is the match's.
			if !strings.Contains(strings.ToLower(c.sub(1)), " of ") && matchWords.MatchString(c.text[max(0, c.m[0]-matchReach):min(len(c.text), c.m[1]+matchReach)]) {
				return Expression{}, false
			}
			// "ran the second half alone": a half named alone as a past
			// verb's object is a part of what was done.
			if prev := c.wordBefore(); !strings.Contains(strings.ToLower(c.sub(1)), " of ") && (strings.HasSuffix(prev, "ed") || halfPastVerbs[prev]) {
				return Expression{}, false
			}
			h := 1
			if w := c.lower(2); w == "second" || w == "last" || w == "2nd" || w == "back" {
				h = 2
			}
			y := c.dct.Year()
			if c.sub(3) != "" {
				y, _ = strconv.Atoi(c.sub(3))
			} else if c.dct.IsZero() {
				return Expression{Type: TypeDate, Value: fmt.Sprintf("XXXX-H%d", h)}, true
			} else if sy, ok := siblingPeriodYear(c); ok && c.lower(4) == "" && !(monthStart(sy, time.Month(6*(h-1)+1)).After(c.dct) && clauseTense(c) == tensePast) {
				y = sy
			}
			y += map[string]int{"last": -1, "next": 1}[c.lower(4)]
			return halfExpression(y, h), true
		}},
	// "the first three months of the year" is its first quarter, "the
	// last six months of 2024" its second half: a quarter's or a half's
	// months named from the year's start or end.
	{name: "months-of-year", needs: trigUnit, reach: reach{3, 3}, group: 1, literals: []string{"months"}, re: re(`((?i:the\s+(first|last|final)\s+(three|3|six|6)\s+months\s+of\s+(?:the\s+year|(?:(this|last|next)\s+year)|)` + `(` + yearRe + `)?))\b`),
		resolve: func(c context) (Expression, bool) {
			if c.sub(5) == "" && !strings.HasSuffix(strings.ToLower(c.sub(1)), "year") {
				return Expression{}, false
			}
			last := c.lower(2) != "first"
			half := c.lower(3) == "six" || c.lower(3) == "6"
			q, h := map[bool]int{false: 1, true: 4}[last], map[bool]int{false: 1, true: 2}[last]
			y := c.dct.Year()
			switch {
			case c.sub(5) != "":
				y, _ = strconv.Atoi(c.sub(5))
			case c.dct.IsZero() && half:
				return Expression{Type: TypeDate, Value: fmt.Sprintf("XXXX-H%d", h)}, true
			case c.dct.IsZero():
				return quarterExpression(c, q, "")
			}
			y += map[string]int{"last": -1, "next": 1}[c.lower(4)]
			if half {
				return halfExpression(y, h), true
			}
			return quarterExpression(c, q, strconv.Itoa(y))
		}},
	// Seasons need a determiner or a year ("this summer", "summer 1998",
	// "last fall"): "fall" alone is a verb.
	// "late last summer": a part of a season named from the DCT.
	// "the end of the summer", "the start of spring": a part of one.
	{name: "season", needs: trigSeason, reach: reach{6, 2}, group: 1, re: re(`((?i:(?:(early|late|` + partOfRe + `)\s+)?(?:(this|last|next|early|late|the\s+(?:following|next|previous|preceding)|the|that|this\s+past|this\s+coming)\s+)?)(?i:(spring|summer|fall|autumn|winter))(?:\s+(?:of\s+)?` + yearRe + `)?)\b`),
		resolve: resolveSeason},
	// "the 20th century", "this century".
	// "a century", "half a century", "nearly two centuries": spans of
	// years, as in "half a century after the theft". "A century ago" is a
	// date, left to the "ago" rule, and "a century old" an age; "half a
	// century later" counts from a date the sentence may give, as "a
	// decade later" does.
	{name: "century-span", needs: trigCentury, reach: reach{7, 2}, group: 1, fold: true, re: re(`((?:` + hedgeRe + `\s+)?(a|one|half\s+a|a\s+half-|a\s+quarter\s+of\s+a|a\s+quarter-|two|three|four|five)\s*(?:century|centuries)\b(\s+(?:later|earlier))?)(\s+(?:ago|old))?`),
		resolve: func(c context) (Expression, bool) {
			if c.sub(5) != "" {
				return Expression{}, false
			}
			years := map[string]int{"a": 100, "one": 100, "half a": 50, "a half-": 50, "a quarter of a": 25, "a quarter-": 25,
				"two": 200, "three": 300, "four": 400, "five": 500}[strings.Join(strings.Fields(c.lower(3)), " ")]
			e := Expression{Type: TypeDuration, Value: fmt.Sprintf("P%dY", years), Mod: hedgeMod(strings.Join(strings.Fields(c.lower(2)), " "), false)}
			switch strings.TrimSpace(c.lower(4)) {
			case "later":
				e.rel = &relation{n: years, unit: GranYear, keep: true}
			case "earlier":
				e.rel = &relation{n: -years, unit: GranYear, keep: true}
			}
			return e, true
		}},
	// A century may name its era: "the fifth century BC" is BC04 (see
	// eraYear), "the first century AD" 00.
	{name: "century", needs: trigCentury, reach: reach{4, 1}, group: 1, re: re(`((?i:(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:(\d{1,2})(?:st|nd|rd|th)|(` + centuryOrdinalRe + `))\s+century|(this|last|next)\s+century)(?:\s+(` + eraRe + `))?)(?:\W|$)`),
		resolve: func(c context) (Expression, bool) {
			var n int
			if bcEras[c.sub(6)] {
				n, _ = strconv.Atoi(c.sub(3))
				if c.sub(4) != "" {
					n = ordinalWord(c.sub(4))
				}
				if n == 0 || c.sub(2) != "" {
					return Expression{}, false
				}
				return Expression{Type: TypeDate, Value: fmt.Sprintf("BC%02d", n-1), Granularity: GranDecade}, true
			}
			switch {
			case c.sub(3) != "":
				n, _ = strconv.Atoi(c.sub(3))
				n-- // the 20th century is the 1900s: value "19"
			case c.sub(4) != "":
				n = ordinalWord(c.sub(4)) - 1
			default:
				if c.dct.IsZero() {
					return Expression{}, false
				}
				n = c.dct.Year()/100 + relativeSteps[c.lower(5)]
			}
			return centuryExpression(n, partMod(c.lower(2)))
		}},
	// A year its era names: "AD 43", "79 AD", "753 BC" (see eraYear).
	{name: "era-year", needs: trigEra, reach: reach{1, 1}, group: 1, re: re(`((?:AD|A\.D\.|CE)\s+(\d{1,4})|(\d{1,4})\s+(` + eraRe + `))(?:\W|$)`),
		resolve: func(c context) (Expression, bool) {
			if c.sub(2) != "" {
				return eraYear(c.sub(2), false)
			}
			return eraYear(c.sub(3), bcEras[c.sub(4)])
		}},
	// "mid-1996", "early 1990", "late 2025": part of a year.
	{name: "year-part", needs: trigYear, reach: reach{4, 0}, group: 1, literals: []string{"early", "mid", "late", "start", "beginning", "middle", "end", "days", "weeks"}, re: re(`((?:(?i:(early|mid|late|` + partOfRe + `))[\s-]+|(end)-)` + yearRe + `)`),
		resolve: func(c context) (Expression, bool) {
			y, _ := strconv.Atoi(c.sub(4))
			mod := partMod(c.lower(2) + c.lower(3))
			first, last, v := period(monthStart(y, time.January), GranYear)
			switch mod {
			case "START":
				last = monthEnd(y, time.April)
			case "MID":
				first, last = monthStart(y, time.May), monthEnd(y, time.August)
			case "END":
				first = monthStart(y, time.September)
			}
			return Expression{Type: TypeDate, Value: v, Mod: mod, First: first, Last: last, Granularity: GranYear}, true
		}},
	// "fiscal 1989", "fiscal year 2024", "the end of fiscal 2027".
	{name: "fiscal-year", needs: trigFiscal, reach: reach{4, 2}, group: 1, re: re(`((?:(?i:(` + partOfRe + `))\s+)?(?i:fiscal\s+(?:year\s+)?)` + yearRe + `)`),
		resolve: func(c context) (Expression, bool) {
			e, ok := yearExpression(c.sub(3))
			if e.Mod = partMod(c.lower(2)); ok && e.Mod != "" {
				e.First, e.Last = partOfSpan(e.First, e.Last, e.Mod)
			}
			return e, ok
		}},
	// "FY2026", "FY 2026", "FY26": a fiscal year as companies and
	// governments write it; a two-digit year is the one nearest the DCT.
	{name: "fiscal-code", needs: trigFiscal, reach: reach{0, 1}, group: 1, re: regexp.MustCompile(`\b(FY\s?(\d{4}|\d{2}))\b`),
		resolve: func(c context) (Expression, bool) {
			y, _ := strconv.Atoi(c.sub(2))
			if len(c.sub(2)) == 2 {
				y = nearestCenturyYear(y, c.dct)
			}
			return yearExpression(strconv.Itoa(y))
		}},
	// "in '69", "since ’08", "the class of '98": a year in two digits
	// after an apostrophe, once it follows a word that leads to a date.
	// Such years are looked back on: the latest that is no more than a
	// few years after the DCT.
	{name: "short-year", needs: trigShortYear, reach: reach{1, 0}, group: 2, re: regexp.MustCompile(`\b(in|In|since|Since|of|from|until|by|through|and|to|or)\s+(['’](\d\d))(?:[\s);:!?]|[.,](?:\s|$)|$)`),
		resolve: func(c context) (Expression, bool) {
			yy, _ := strconv.Atoi(c.sub(3))
			y := 2000 + yy
			if !c.dct.IsZero() && y > c.dct.Year()+5 {
				y -= 100
			}
			return yearExpression(strconv.Itoa(y))
		}},
	// A year standing alone: "1990", "in 2024", "in 1994, 1995 and 1997",
	// "into 1990." (with the quote closing). Not a year when it is part of
	// a larger number, an amount or a measurement. The pattern takes no
	// characters around the year, so that years in a list all match.
	{name: "bare-year", needs: trigYear, reach: reach{0, 0}, group: 1, re: regexp.MustCompile(`\b((?:1[89]|20)\d\d)\b`),
		resolve: func(c context) (Expression, bool) {
			if !standsAlone(c.text, c.m[2], c.m[3]) || namesWithYear(c.text[:c.m[2]]) {
				return Expression{}, false
			}
			return yearExpression(c.sub(1))
		}},
	// A year before 1800 only after a preposition of time, where it is no
	// count: "bred on the island in 1780", not "1750 cases".
	{name: "early-year", needs: trigYear, reach: reach{1, 1}, group: 1, re: regexp.MustCompile(`\b(1[5-7]\d\d)\b`),
		resolve: func(c context) (Expression, bool) {
			if !standsAlone(c.text, c.m[2], c.m[3]) || !earlyYearLeads[c.wordBefore()] || pluralNext.MatchString(c.text[c.m[3]:]) {
				return Expression{}, false
			}
			return yearExpression(c.sub(1))
		}},
	// "the weekend", "last weekend", "this weekend": Saturday and Sunday.
	{name: "weekend", needs: trigWeekend, reach: reach{2, 2}, group: 1, re: re(`((?i:(the|this|last|next|this\s+past|the\s+past|this\s+coming)\s+weekend(\s+before\s+last)?))\b`),
		resolve: resolveWeekend},
	// Years spoken in words, as broadcast transcripts write them:
	// "nineteen ninety-six", "the year two thousand", and with a month or
	// a season before them, "January nineteen ninety-seven", "the winter
	// of nineteen ninety-four". Those two are read here rather than in the
	// month and season rules, which run far more often.
	{name: "spoken-year", needs: trigSpoken, reach: reach{6, 2}, group: 1, re: re(`((?:` + monthRe + `\s+|(?i:the\s+)?(?i:(spring|summer|fall|autumn|winter))\s+of\s+)?(?i:the\s+year\s+)?` + spokenYearRe + `)`),
		resolve: func(c context) (Expression, bool) {
			// "two thousand and fifty" is a count, not a year.
			if strings.HasPrefix(strings.ToLower(c.text[c.m[1]:]), " and ") {
				return Expression{}, false
			}
			// "two thousand years" is a count, not a year.
			if after := strings.Fields(strings.ToLower(c.text[c.m[1]:min(len(c.text), c.m[1]+12)])); len(after) > 0 {
				if code, _ := unitCode(strings.Trim(after[0], ".,;:")); code != "" {
					return Expression{}, false
				}
			}
			y := spokenYear(c.sub(1))
			if m, ok := monthByName(c.sub(2)); ok {
				return monthExpression(y, m, "", "month-year")
			}
			if season := c.lower(3); season != "" {
				return seasonExpression(y, season, ""), true
			}
			return yearExpression(strconv.Itoa(y))
		}},
	// Holidays, in the year nearest the DCT unless one is given: fixed
	// dates and US holidays fixed by weekday (Thanksgiving, the fourth
	// Thursday of November).
	{name: "holiday", needs: trigHoliday, reach: reach{1, 3}, group: 1, literals: []string{"christmas", "year's", "independence", "july", "halloween", "valentine", "juneteenth", "thanksgiving", "election", "labor", "memorial"}, re: re(`((?i:(?:(last|next|this)\s+)?(Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year's\s+Eve|New\s+Year's(?:\s+Day)?|Independence\s+Day|Fourth\s+of\s+July|Halloween|Valentine's\s+Day|Juneteenth|Thanksgiving(?:\s+Day)?|Election\s+Day|Labor\s+Day|Memorial\s+Day))(?:,?\s+` + yearRe + `)?)\b`),
		resolve: resolveHoliday},
	// The days fixed by Easter, and the US shopping days after
	// Thanksgiving. Their names are made of common words and must be
	// capitalized: "a good Friday for stocks" is not Good Friday.
	{name: "feast", needs: trigFeast, reach: reach{1, 2}, group: 1, re: re(`((?:(?i:(last|next|this))\s+)?(Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|Maundy\s+Thursday|Holy\s+Thursday|Shrove\s+Tuesday|Fat\s+Tuesday|Black\s+Friday|Cyber\s+Monday)(?:,?\s+` + yearRe + `)?)\b`),
		resolve: resolveHoliday},
	// Holidays named "<word> Day": fixed dates of the English-speaking
	// world and of France, and the US federal holidays fixed by weekday.
	// They must be capitalized: "a may day" is not May Day.
	{name: "holiday", needs: trigDay, reach: reach{5, 1}, group: 1, literals: []string{"day"}, re: re(`((?:(?i:(last|next|this))\s+)?((?:Boxing|St\.?\s+Patrick's|Saint\s+Patrick's|Veterans'?|Remembrance|Armistice|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?|MLK|Presidents'?|Columbus|May|Bastille|Canada|Australia|Anzac)\s+Day)(?:,?\s+` + yearRe + `)?)\b`),
		resolve: resolveHoliday},
	// "in the new year": the year whose first day is nearest the DCT,
	// the coming one in December, the one just begun in February; "since
	// the new year", the DCT's. "the new year's budget" is a holiday's or
	// a fiscal year's.
	{name: "new-year", needs: trigHoliday, reach: reach{1, 1}, group: 1, literals: []string{"new"}, re: re(`((?i:the\s+new\s+year))\b`),
		resolve: func(c context) (Expression, bool) {
			if c.dct.IsZero() || strings.HasPrefix(c.text[c.m[3]:], "'") || strings.HasPrefix(c.text[c.m[3]:], "’") {
				return Expression{}, false
			}
			y := c.dct.Year()
			since := strings.HasSuffix(strings.ToLower(strings.TrimRight(c.text[:c.m[2]], " ")), "since")
			if c.dct.Month() > time.June && !since {
				y++
			}
			e, ok := yearExpression(strconv.Itoa(y))
			e.Rule = "new-year"
			return e, ok
		}},
	// "the first week of December", "the last week of March 2024": see
	// weekOfMonth. "the last weekend of June" is the weekend of the
	// month's last Saturday.
	{name: "week-of-month", needs: trigWeek | trigWeekend, reach: reach{2, 3}, group: 1, re: re(`((?i:the\s+(first|second|third|fourth|fifth|last|final)\s+week(end)?\s+of)\s+` + monthRe + `(?:,?\s+` + yearRe + `)?)`),
		resolve: func(c context) (Expression, bool) {
			weekend := c.sub(3) != ""
			m, _ := monthByName(c.sub(4))
			y, ok := yearOfMonth(c, m, c.sub(5))
			switch {
			case !ok && weekend:
				return Expression{Type: TypeDate, Value: "XXXX-WXX-WE"}, true
			case !ok:
				return Expression{Type: TypeDate, Value: "XXXX-WXX"}, true
			}
			n := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}[c.lower(2)]
			if weekend {
				saturday := nthWeekday(y, m, time.Saturday, n)
				if n < 0 {
					saturday = nthWeekday(y, m+1, time.Saturday, 1).AddDate(0, 0, -7)
				}
				if saturday.Month() != m {
					return Expression{}, false // "the fifth weekend of February"
				}
				return Expression{Type: TypeDate, Value: weekValue(saturday) + "-WE", First: saturday, Last: saturday.AddDate(0, 0, 1), Granularity: GranWeek, Rule: "weekend-of-month"}, true
			}
			monday, ok := weekOfMonth(y, m, n)
			if !ok {
				return Expression{}, false // "the fifth week of February"
			}
			first, last, v := period(monday, GranWeek)
			return Expression{Type: TypeDate, Value: v, First: first, Last: last, Granularity: GranWeek, Rule: "week-of-month"}, true
		}},
	// "the last Thursday of the month", "the first Monday in March", "the
	// second Tuesday of next month": a day. "the month" and "this month"
	// are the DCT's; a month named alone takes its year as months do.
	{name: "weekday-of-month", needs: trigWeekday, reach: reach{2, 3}, group: 1, literals: []string{"first", "second", "third", "fourth", "fifth", "last", "final"}, re: re(`((?i:the\s+(first|second|third|fourth|fifth|last|final)\s+)` + weekdayRe + `(?i:\s+(?:of|in)\s+)(?:(?i:(the|this|next|last)\s+month)\b|` + monthRe + `(?:,?\s+` + yearRe + `)?))`),
		resolve: func(c context) (Expression, bool) {
			wd := weekdaysByName[strings.ToLower(c.sub(3))]
			var y int
			var m time.Month
			switch which := c.lower(4); {
			case c.dct.IsZero():
				return Expression{Type: TypeDate, Value: "XXXX-XX-XX"}, true
			case which != "":
				t := shift(c.dct, map[string]int{"next": 1, "last": -1}[which], GranMonth)
				y, m = t.Year(), t.Month()
			default:
				m, _ = monthByName(c.sub(5))
				var ok bool
				if y, ok = yearOfMonth(c, m, c.sub(6)); !ok {
					return Expression{}, false
				}
			}
			n := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}[c.lower(2)]
			var d time.Time
			if n == 0 { // "last", "final"
				d = nthWeekday(y, m+1, wd, 1).AddDate(0, 0, -7)
			} else if d = nthWeekday(y, m, wd, n); d.Month() != m {
				return Expression{}, false // "the fifth Monday of February"
			}
			e, ok := dayExpression(d.Year(), d.Month(), d.Day())
			e.Rule = "weekday-of-month"
			return e, ok
		}},
	// "the first Monday of every month", "the last Friday of each month":
	// a day that recurs monthly, a set.
	{name: "weekday-of-every-month", needs: trigWeekday, reach: reach{2, 3}, group: 1, literals: []string{"first", "second", "third", "fourth", "fifth", "last", "final"}, re: re(`((?i:the\s+(?:first|second|third|fourth|fifth|last|final)\s+)` + weekdayRe + `(?i:\s+of\s+(?:every|each)\s+month))\b`),
		resolve: func(c context) (Expression, bool) {
			return Expression{Type: TypeSet, Value: "P1M"}, true
		}},
}

// weekOfMonth is the Monday of a month's nth ISO week (n -1 for the last).
// A week belongs to the month that holds most of its days, that is its
// Thursday: "the first week of December 2025", whose 1st is a Monday,
// starts on the 1st; of December 2024, whose 1st is a Sunday, on the 2nd.
func weekOfMonth(y int, m time.Month, n int) (time.Time, bool) {
	if n < 0 {
		lastThursday := nthWeekday(y, m+1, time.Thursday, 1).AddDate(0, 0, -7)
		return weekStart(lastThursday), true
	}
	thursday := nthWeekday(y, m, time.Thursday, n)
	return weekStart(thursday), thursday.Month() == m
}

// halfPastVerbs are past forms not in -ed that take what is done as
// their object: "ran the second half".
var halfPastVerbs = wordSet(`ran won lost led took spent made began saw`)

// halfExpression is half h (1 or 2) of year y.
func halfExpression(y, h int) Expression {
	first := monthStart(y, time.Month(6*(h-1)+1))
	return Expression{Type: TypeDate, Value: fmt.Sprintf("%04d-H%d", y, h), First: first, Last: first.AddDate(0, 6, -1), Granularity: GranQuarter}
}

func ordinal(w string) int {
	switch w {
	case "first", "1st":
		return 1
	case "second", "2nd":
		return 2
	case "third", "3rd":
		return 3
	}
	return 4
}

// inARow follows an ordinal that counts periods in a run: "second
// quarter in a row", "third quarter running".
var inARow = regexp.MustCompile(`^\s+(?:in\s+a\s+row|running)\b`)

func quarterExpression(c context, q int, year string) (Expression, bool) {
	var y int
	switch {
	case year != "":
		y, _ = strconv.Atoi(year)
	case c.dct.IsZero():
		return Expression{Type: TypeDate, Value: fmt.Sprintf("XXXX-Q%d", q)}, true
	default:
		y = quarterYear(c, q)
		// A quarter told in the past takes no year that would put it
		// ahead: "next year ..., where sales fell in the fourth quarter".
		if sy, ok := siblingPeriodYear(c); ok && !(monthStart(sy, time.Month(3*(q-1)+1)).After(c.dct) && clauseTense(c) == tensePast) {
			y = sy
		}
	}
	first := monthStart(y, time.Month(3*(q-1)+1))
	return Expression{Type: TypeDate, Value: fmt.Sprintf("%04d-Q%d", y, q), First: first, Last: first.AddDate(0, 3, -1), Granularity: GranQuarter, Rule: "quarter"}, true
}

// siblingPeriodYear is the year of a quarter or half its sentence named
// before c's, which a quarter or half named without a year shares:
// "rose in the third quarter of 2023 and fell in the fourth quarter",
// "to average $62 in the first half of next year before recovering in
// the second half".
func siblingPeriodYear(c context) (int, bool) {
	before := c.text[sentenceStart(c.text, c.m[0]):c.m[0]]
	all := periodOfYear.FindAllStringSubmatch(before, -1)
	if all == nil {
		return 0, false
	}
	m := all[len(all)-1]
	if m[1] != "" {
		y, _ := strconv.Atoi(m[1])
		return y, true
	}
	return c.dct.Year() + relativeSteps[strings.ToLower(m[2])], true
}

// periodOfYear is a quarter or half with its year: "quarter of 2023",
// "half of next year".
var periodOfYear = regexp.MustCompile(`(?i)\b(?:quarter|half)\s+of\s+(?:(?:fiscal\s+|calendar\s+)?(\d{4})\b|(this|last|next)\s+year\b)`)

// quarterYear is the year of a quarter named without one: the DCT's,
// unless the quarter lies wholly ahead and the clause is past ("in the
// fourth quarter, revenue climbed", written in January) or the quarter
// of the year before is nearer the DCT than this year's, or it ended
// before the last quarter and the clause is future ("is expected to close
// in the first quarter", written in November).
func quarterYear(c context, q int) int {
	y := c.dct.Year()
	first := monthStart(y, time.Month(3*(q-1)+1))
	t := clauseTense(c)
	// "will report fourth-quarter results": what is reported is of a
	// quarter that has run, so the tense does not choose it.
	if w := strings.Fields(c.text[c.m[1]:min(len(c.text), c.m[1]+24)]); t == tenseFuture && len(w) > 0 && reportWords[strings.Trim(w[0], ",.;:")] {
		t = tenseUnknown
	}
	if !first.After(c.dct) {
		// The quarter just ended is what a company "expects to report
		// for the third quarter"; one that ended earlier is next year's.
		if t == tenseFuture && first.AddDate(0, 6, 0).Before(c.dct) {
			return y + 1
		}
		return y
	}
	ahead := first.Sub(c.dct)
	behind := c.dct.Sub(first.AddDate(-1, 3, 0))
	if t == tensePast || t != tenseFuture && behind < ahead {
		return y - 1
	}
	return y
}

// reportWords are what a company or a statistics office reports for a
// period.
var reportWords = wordSet(`results earnings profit profits loss losses revenue revenues sales figures numbers growth output`)

// quarterEndingIn reads the month a quarter is said to end in, right
// after it: "the quarter ending in December", "the quarter to June", "the
// period ended Sept. 30". It returns a day of that month: the one nearest
// the DCT, and for a quarter that "ended", not after the DCT's month.
func quarterEndingIn(c context) (time.Time, bool) {
	m := quarterEnding.FindStringSubmatch(c.text[c.m[1]:min(len(c.text), c.m[1]+40)])
	if m == nil {
		return time.Time{}, false
	}
	month, ok := monthByName(m[2])
	if !ok {
		return time.Time{}, false
	}
	// "rose 5% in the quarter to June": a quarter to a month told in
	// the past has ended, as one that "ended" has.
	ended := m[1] == "ended" || m[1] == "to" && clauseTense(c) == tensePast
	return monthNearDCT(c.dct, month, ended), true
}

// monthNearDCT is the first day of the month, in the year that puts it
// nearest the DCT's month, and not after it when it has ended.
func monthNearDCT(dct time.Time, month time.Month, ended bool) time.Time {
	t := time.Date(dct.Year(), month, 1, 0, 0, 0, 0, time.UTC)
	here := time.Date(dct.Year(), dct.Month(), 1, 0, 0, 0, 0, time.UTC)
	switch {
	case t.After(here.AddDate(0, 6, 0)) || ended && t.After(here):
		t = t.AddDate(-1, 0, 0)
	case t.Before(here.AddDate(0, -6, 0)):
		t = t.AddDate(1, 0, 0)
	}
	return t
}

// quarterEndingAt is the quarter whose last month starts at end: the
// three months to it, named by the calendar quarter that holds most of
// them ("the quarter ending in January" is 2024-Q4).
func quarterEndingAt(end time.Time) Expression {
	_, _, v := period(end.AddDate(0, -1, 0), GranQuarter)
	return Expression{Type: TypeDate, Value: v, First: end.AddDate(0, -2, 0), Last: end.AddDate(0, 1, -1), Granularity: GranQuarter}
}

// resolveMonthEndQuarter resolves a quarter named by the month it ends
// in, as companies and statistics offices whose year is not the
// calendar's write it: "the June quarter" is April to June, in the year
// that puts its June nearest the DCT.
func resolveMonthEndQuarter(c context) (Expression, bool) {
	// "the March quarter-final" is a match.
	if strings.HasPrefix(c.text[c.m[1]:], "-") {
		return Expression{}, false
	}
	month, ok := monthByName(c.sub(2))
	if !ok || c.dct.IsZero() {
		return Expression{}, false
	}
	e := quarterEndingAt(monthNearDCT(c.dct, month, false))
	e.Rule = "month-end-quarter"
	return e, true
}

var quarterEnding = regexp.MustCompile(`^,?\s+(?:which\s+|that\s+)?(ending|ended|ends|to)\s+(?:in\s+|on\s+)?` + monthRe)

func resolveReportingQuarter(c context) (Expression, bool) {
	which, unit := c.lower(2), c.lower(3)
	if unit == "period" && which == "" {
		return Expression{}, false // "the period" alone is too vague
	}
	// "the quarter-point cut": a quarter of a unit, no period.
	if strings.HasPrefix(c.text[c.m[1]:], "-") {
		return Expression{}, false
	}
	if c.dct.IsZero() {
		return Expression{Type: TypeDate, Value: "XXXX-QX"}, true
	}
	t := shift(c.dct, -1, GranQuarter)
	switch which {
	case "current":
		t = c.dct
	case "year-ago", "year-earlier":
		t = shift(t, -1, GranYear)
	}
	if end, ok := quarterEndingIn(c); ok {
		// "the quarter ending in January": a fiscal quarter.
		if end.Month()%3 != 0 {
			e := quarterEndingAt(end)
			e.Rule = "reporting-quarter"
			return e, true
		}
		t = end
	}
	first, last, v := period(t, GranQuarter)
	return Expression{Type: TypeDate, Value: v, First: first, Last: last, Granularity: GranQuarter, Rule: "reporting-quarter"}, true
}

func yearExpression(year string) (Expression, bool) {
	y, err := strconv.Atoi(year)
	if err != nil {
		return Expression{}, false
	}
	first, last, v := period(monthStart(y, time.January), GranYear)
	return Expression{Type: TypeDate, Value: v, First: first, Last: last, Granularity: GranYear}, true
}

// eraRe is the era written after a year or a century; bcEras are those
// before the common era.
const eraRe = `AD|A\.D\.|CE|BC|B\.C\.|BCE`

var bcEras = map[string]bool{"BC": true, "B.C.": true, "BCE": true}

// eraYear is the year y of the common era, or before it when bc is set.
// TIMEX3 writes a year before the common era with "BC" before its four
// digits ("BC0753"); it is left without a calendar interval, which a
// timeline of news does not place.
func eraYear(y string, bc bool) (Expression, bool) {
	n, err := strconv.Atoi(y)
	if err != nil || n == 0 {
		return Expression{}, false
	}
	if bc {
		return Expression{Type: TypeDate, Value: fmt.Sprintf("BC%04d", n), Granularity: GranYear}, true
	}
	return yearExpression(y)
}

// ordinalWords are the ordinals written out, up to the last day of a
// month: the days ("the twenty-first of June") and the centuries of the
// common era ("the first century").
var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
	"twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
	"thirtieth": 30, "thirty-first": 31}

// ordinalWord is the number of an ordinal written out, in any case, with
// a space or a hyphen after "twenty".
func ordinalWord(s string) int {
	return ordinalWords[strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "-", " ")), "-"))]
}

// centuryOrdinalRe is a century written out, as far as news dates things.
const centuryOrdinalRe = `(?:twenty[\s-])?(?:first|second)|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth`

// dayOrdinalRe is a day of the month written out.
const dayOrdinalRe = `twenty[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[\s-]first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth`

// centuryExpression is the century whose years begin with n ("19" is
// the 1900s), or its first, middle or last third.
func centuryExpression(n int, mod string) (Expression, bool) {
	if n < 0 || n > 99 {
		return Expression{}, false
	}
	first, last := yearsPart(n*100, 100, mod)
	return Expression{Type: TypeDate, Value: fmt.Sprintf("%02d", n), Mod: mod, First: first, Last: last, Granularity: GranDecade}, true
}

// nearestCenturyYear is the year ending in the two digits yy nearest the
// DCT, or in this century without one.
func nearestCenturyYear(yy int, dct time.Time) int {
	if dct.IsZero() {
		return 2000 + yy
	}
	y := dct.Year() - dct.Year()%100 + yy
	switch {
	case y > dct.Year()+50:
		y -= 100
	case y <= dct.Year()-50:
		y += 100
	}
	return y
}

// seasons maps a season to its TIMEX3 code and first month (northern
// hemisphere, meteorological: winter YYYY runs from December YYYY).
var seasons = map[string]struct {
	code  string
	month time.Month
}{
	"spring": {"SP", time.March}, "summer": {"SU", time.June},
	"fall": {"FA", time.September}, "autumn": {"FA", time.September}, "winter": {"WI", time.December},
}

// anaphoricSeasons count a season from the year the text is about.
var anaphoricSeasons = map[string]int{"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}

// seasonPrepositions lead to a season: "in the fall", "until the fall".
var seasonPrepositions = wordSet(`in during by until till through throughout over since for into before after from to around`)

// thatClauseVerb opens the verb of a clause "that" opens, right after its
// subject: " would", " is", " will".
var thatClauseVerb = regexp.MustCompile(`^\s+(?:would|will|could|might|may|is|was|has|had|looks|looked|promises|threatens)\b`)

// afterSeasonPreposition reports whether the word before the match is a
// preposition that leads to a season.
func afterSeasonPreposition(c context) bool {
	before := wordsBefore(c)
	return len(before) > 0 && seasonPrepositions[strings.Trim(before[len(before)-1], `"'(“‘`)]
}

// resolveSeason resolves "this summer" to the DCT's year's summer, "last
// fall" to the most recent fall that began before the DCT's current
// season, "next spring" to the first one after the DCT.
func resolveSeason(c context) (Expression, bool) {
	which := strings.Join(strings.Fields(c.lower(3)), " ")
	part := strings.Join(strings.Fields(c.lower(2)), " ")
	// "late summer" is a season's part with no determiner; "the end of
	// summer" one whose part's article is the season's.
	if which == "" && part != "" {
		which, part = part, ""
		if strings.HasPrefix(which, "the ") {
			which, part = "the", which
		}
	}
	s := seasons[c.lower(4)]
	mod := ""
	// "the fall of Kabul", "the winter of discontent", "the fall in
	// prices": a fall, or a time named after what happened in it.
	rest := c.text[c.m[3]:]
	named := strings.HasPrefix(rest, " of ") ||
		c.lower(4) == "fall" && len(rest) > 4 && strings.HasPrefix(rest, " in ") && 'a' <= rest[4] && rest[4] <= 'z'
	switch {
	case which == "" && c.sub(5) == "":
		return Expression{}, false // "fall" alone is a verb
	case c.sub(5) == "" && capitalThenCapital(c.sub(4), c.text[c.m[1]:]):
		return Expression{}, false // "the Summer Olympics", "the Autumn Statement": names
	case which == "the" && c.sub(5) == "" && named:
		return Expression{}, false
	// "said the fall was driven by lower bills": "the fall" is the
	// season only after a preposition ("in the fall", "by the fall").
	case which == "the" && c.sub(5) == "" && c.lower(4) == "fall" && part == "" && !afterSeasonPreposition(c):
		return Expression{}, false
	}
	// "that autumn": the season of the year the text is about. But in
	// "warned that winter would be difficult" the "that" opens what was
	// said, whose subject the season is.
	if before := wordsBefore(c); which == "that" && c.sub(5) == "" && thatClauseVerb.MatchString(rest) && len(before) > 0 && cue(before[len(before)-1]) != tenseUnknown {
		return Expression{}, false
	}
	if which == "that" && c.sub(5) == "" {
		return Expression{Type: TypeDate, Value: "XXXX-" + s.code, Mod: partMod(part), rel: &relation{unit: GranYear, season: c.lower(4)}}, true
	}
	// "bought the land in 2021 and applied for a permit the following
	// spring": the season of the year after the reference's, or before.
	if n := anaphoricSeasons[which]; n != 0 && c.sub(5) == "" {
		return Expression{Type: TypeDate, Value: "XXXX-" + s.code, Mod: partMod(part), rel: &relation{unit: GranYear, season: c.lower(4), ofYear: true, n: n}}, true
	}
	switch {
	case which == "early":
		mod = "START"
	case which == "late":
		mod = "END"
	case part != "":
		mod = partMod(part)
	}
	y := c.dct.Year()
	switch {
	case c.sub(5) != "":
		y, _ = strconv.Atoi(c.sub(5))
	case c.dct.IsZero():
		return Expression{Type: TypeDate, Value: "XXXX-" + s.code, Mod: mod}, true
	default:
		start := monthStart(y, s.month)
		// A winter is of the year it begins in: in January "this winter"
		// began last December.
		if s.month == time.December && c.dct.Month() < time.March {
			y--
			start = monthStart(y, s.month)
		}
		switch which {
		case "last", "this past":
			// The last one to have ended: in January, last winter is
			// the one before the winter under way.
			for !start.AddDate(0, 3, 0).Before(c.dct.AddDate(0, 0, 1)) {
				y--
				start = monthStart(y, s.month)
			}
		case "next", "this coming":
			if !start.After(c.dct) {
				y++
			}
		case "this":
			// "a review due this spring", written in November: a season
			// over, in a clause that looks ahead, is the coming one, as a
			// school or a season of sport runs across the turn of the year.
			if clauseTense(c) == tenseFuture && start.AddDate(0, 3, 0).Before(c.dct) {
				y++
			}
		case "the", "early", "late":
			// "is due to report in the spring", written in November, is
			// next spring; "hired staff in the summer", written in
			// February, last summer. "this summer" is the DCT's year's
			// whatever the tense.
			switch t := clauseTense(c); {
			case t == tensePast && start.After(c.dct):
				y--
			case t == tenseFuture && start.AddDate(0, 3, 0).Before(c.dct):
				y++
			// "to delay the trial until the autumn", written in
			// November: what is put off to a season waits for its next.
			case t == tenseFuture && !start.After(c.dct) && lastWordIs(wordsBefore(c), "until"):
				y++
			}
		}
	}
	e := seasonExpression(y, c.lower(4), mod)
	// "By the autumn", "in late summer" told in the past go on with the
	// year the narrative is in, if it is an earlier one (the sentence's
	// or the one before's).
	if c.sub(5) == "" && which != "this" && which != "last" && which != "this past" && which != "next" && which != "this coming" && clauseTense(c) == tensePast {
		e.rel = &relation{unit: GranYear, season: c.lower(4), near: true, pastYear: true}
	}
	// "the winter of 2019-20": a season across the turn of the year
	// names both years.
	if m := splitYear.FindStringSubmatch(c.text[c.m[3]:]); c.sub(5) != "" && m != nil && m[1] == twoDigits((y+1)%100) {
		e.Start, e.End = c.m[2], c.m[3]+len(m[0])
	}
	return e, true
}

// holidayAwaited ends in the words that look forward to a holiday: "the
// day before", "ahead of", "in time for".
var holidayAwaited = regexp.MustCompile(`(?i)\b(?:before|ahead\s+of|for|until)\s+$`)

var splitYear = regexp.MustCompile(`^[-–/](\d\d)\b`)

// resolvePartOfThatYear resolves "November of that year" and "early in
// the summer of the following year" from the year the text is about (see
// fromReference); with no date before it the month or season stays
// without a year.
func resolvePartOfThatYear(c context) (Expression, bool) {
	r := relation{unit: GranYear, ofYear: true}
	switch strings.Join(strings.Fields(c.lower(6)), " ") {
	case "the following", "the next":
		r.n = 1
	case "the previous", "the prior":
		r.n = -1
	}
	mod := partMod(c.lower(2))
	day := c.sub(3) + c.sub(5)
	if s, ok := seasons[c.lower(4)]; ok {
		if day != "" {
			return Expression{}, false // "30 summer": no date
		}
		r.season = c.lower(4)
		return Expression{Type: TypeDate, Value: "XXXX-" + s.code, Mod: mod, rel: &r}, true
	}
	m, ok := monthByName(c.lower(4))
	if !ok || c.sub(3) != "" && c.sub(5) != "" {
		return Expression{}, false
	}
	r.month = m
	if day == "" {
		return Expression{Type: TypeDate, Value: "XXXX-" + twoDigits(int(m)), Mod: mod, Granularity: GranMonth, rel: &r}, true
	}
	// "on June 30 that year": a day of that year.
	r.dom, _ = strconv.Atoi(day)
	if _, ok := date(2000, m, r.dom); !ok || mod != "" { // 2000 had a 29 February
		return Expression{}, false
	}
	return Expression{Type: TypeDate, Value: "XXXX-" + twoDigits(int(m)) + "-" + twoDigits(r.dom), Granularity: GranDay, rel: &r}, true
}

// seasonExpression is the named season of year y.
func seasonExpression(y int, name, mod string) Expression {
	s := seasons[name]
	first := monthStart(y, s.month)
	return Expression{Type: TypeDate, Value: fmt.Sprintf("%04d-%s", y, s.code), Mod: mod, First: first, Last: first.AddDate(0, 3, -1), Granularity: GranQuarter, Rule: "season"}
}

// standsAlone reports whether the number at text[start:end] stands
// alone: not after a letter, a currency sign or a number's punctuation
// ("$2025", "1,999", "A1990", "#2001"), and not before a percent sign, a
// hyphen, a slash, a colon, an apostrophe other than a possessive's, or a
// dot or comma that goes on into more of a number ("2025.5", "1990-91").
func standsAlone(text string, start, end int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("$£€.,:/#-", r)) {
		return false
	}
	if end == len(text) {
		return true
	}
	// "the 2023–24 academic year": a span of years written with an en
	// dash, as with a hyphen, is no year alone.
	if rest, ok := strings.CutPrefix(text[end:], "–"); ok && rest != "" && isDigit(rest[0]) {
		return false
	}
	// "(1930 GMT)": wire copy's 24-hour clock, not a year.
	if zoneAfter.MatchString(text[end:]) {
		return false
	}
	switch text[end] {
	case '%', '-', '/', ':':
		return false
	case '\'':
		// "2024's election" owns a noun; "1990's" is often the decade.
		rest := text[end+1:]
		return text[end-1] != '0' && strings.HasPrefix(rest, "s") && (len(rest) == 1 || !isWordByte(rune(rest[1])))
	case '.', ',':
		r, _ := utf8.DecodeRuneInString(text[end+1:])
		return end+1 == len(text) || strings.ContainsRune(" \t\n\r\"'”’)", r)
	}
	return true
}

// earlyYearLeads are the prepositions of time a year before 1800 must
// follow; pluralNext is a plural noun after it, which makes it a count.
var (
	earlyYearLeads = map[string]bool{"in": true, "since": true, "until": true, "till": true, "from": true, "by": true, "before": true, "after": true, "around": true, "circa": true, "between": true}
	pluralNext     = regexp.MustCompile(`^\s+[a-z]+s\b`)
)

// namesWithYear reports whether a year after before is part of a name:
// "Vision 2030", "Agenda 2063", "a venture called Orion 1980". The word
// before it is capitalized inside the sentence and is no month or day;
// at the start of one it is a preposition or a determiner ("In 1990",
// "That 1978").
func namesWithYear(before string) bool {
	if !strings.HasSuffix(before, " ") {
		return false
	}
	before = before[:len(before)-1]
	word := before[strings.LastIndexAny(before, " \t\n")+1:]
	if len(word) < 2 || word[0] < 'A' || word[0] > 'Z' {
		return false
	}
	for _, r := range word[1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	if _, ok := monthByName(word); ok {
		return false
	}
	if _, ok := weekdaysByName[strings.ToLower(word)]; ok {
		return false
	}
	rest := strings.TrimRight(before[:len(before)-len(word)], " \t")
	if rest != "" && !strings.ContainsAny(rest[len(rest)-1:], ".!?\"“\n:") {
		return true
	}
	// "Budget 2025 - Reeves raises taxes", "Euro 2024 kicks off": at a
	// sentence's start a word that leads to no date makes a name too.
	return !yearLeads[strings.ToLower(word)]
}

// yearLeads are the words that may open a sentence before a year: "In
// 1990", "That 1978", "The 1990 accord", "Between 2016 and 2019".
var yearLeads = wordSet(`the a an these those its their his her our my your each every some any no all in by since until till from through before after during that this of for and but or around about circa between like unlike than at to into throughout as also even only towards toward within beyond past over under against`)

// zoneAfter is a time zone just after a number.
var zoneAfter = regexp.MustCompile(`^\s` + zoneRe + `\b`)

// nthWeekday is the nth given weekday of a month (n from 1).
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
}

// resolveHoliday resolves a named holiday to its day.
func resolveHoliday(c context) (Expression, bool) {
	name := strings.ToLower(strings.Join(strings.Fields(c.sub(3)), " "))
	dayOf := func(y int) time.Time {
		for _, h := range fixedHolidays {
			if strings.HasPrefix(name, h.prefix) {
				return time.Date(y, h.month, h.day, 0, 0, 0, 0, time.UTC)
			}
		}
		switch {
		case strings.HasPrefix(name, "martin"), strings.HasPrefix(name, "mlk"): // US: the third Monday of January
			return nthWeekday(y, time.January, time.Monday, 3)
		case strings.HasPrefix(name, "presidents"): // US: the third Monday of February
			return nthWeekday(y, time.February, time.Monday, 3)
		case strings.HasPrefix(name, "columbus"): // US: the second Monday of October
			return nthWeekday(y, time.October, time.Monday, 2)
		case strings.HasPrefix(name, "election"): // US: the Tuesday after the first Monday of November
			return nthWeekday(y, time.November, time.Monday, 1).AddDate(0, 0, 1)
		case strings.HasPrefix(name, "labor"): // US: the first Monday of September
			return nthWeekday(y, time.September, time.Monday, 1)
		case strings.HasPrefix(name, "memorial"): // US: the last Monday of May
			return nthWeekday(y, time.June, time.Monday, 1).AddDate(0, 0, -7)
		case strings.HasPrefix(name, "black friday"):
			return nthWeekday(y, time.November, time.Thursday, 4).AddDate(0, 0, 1)
		case strings.HasPrefix(name, "cyber monday"):
			return nthWeekday(y, time.November, time.Thursday, 4).AddDate(0, 0, 4)
		case strings.HasPrefix(name, "thanksgiving"): // US: the fourth Thursday of November
			return nthWeekday(y, time.November, time.Thursday, 4)
		}
		return easter(y).AddDate(0, 0, easterOffsets[name])
	}
	// "the Good Friday Agreement", "Easter Island": a name ("on
	// Thanksgiving Trump pardoned a turkey" is not). "the Christmas
	// holidays": a season around the day. "Easter week": the week that
	// holds it.
	// "the Easter weekend", "Labor Day weekend": the weekend it falls
	// in, or for a Monday holiday the one just before it.
	week, weekend := 0, false // the end of "week" or "weekend" after the holiday, if one follows
	if c.sub(4) == "" && strings.HasPrefix(c.text[c.m[1]:], " ") {
		next := strings.TrimLeft(c.text[c.m[1]:], " ")
		named := next != "" && next[0] >= 'A' && next[0] <= 'Z' && strings.HasSuffix(strings.ToLower(c.text[:c.m[2]]), "the ")
		if m := holidayWeek.FindStringIndex(next); m != nil {
			week = len(c.text) - len(next) + m[1]
		} else if m := holidayWeekend.FindStringIndex(next); m != nil {
			week, weekend = len(c.text)-len(next)+m[1], true
		} else if named || holidaySeason.MatchString(next) || holidayJoinedSeason.MatchString(next) {
			return Expression{}, false
		}
	}
	weekendOf := func(d time.Time) (time.Time, time.Time) {
		saturday := weekStart(d).AddDate(0, 0, 5)
		if d.Weekday() == time.Monday {
			saturday = d.AddDate(0, 0, -2)
		}
		return saturday, saturday.AddDate(0, 0, 1)
	}
	var t time.Time
	switch {
	case c.sub(4) != "":
		y, _ := strconv.Atoi(c.sub(4))
		t = dayOf(y)
	case c.dct.IsZero():
		return Expression{}, false
	default:
		// "last Christmas" is the one before the DCT, "next Easter" the one
		// after; a bare holiday is the nearest one the clause's tense
		// allows: "shoppers flocked to stores on Black Friday" written
		// before this year's is last year's.
		// Of a holiday's week, the tense asks whether it had begun
		// ("as Easter week began") or has yet to end.
		which, t0 := c.lower(2), clauseTense(c)
		awaited := holidayAwaited.MatchString(c.text[max(0, c.m[2]-12):c.m[2]])
		// "set Thursday, Thanksgiving Day, as a deadline": a weekday
		// before it names the week the text is about, and the weekday it
		// falls on, whatever the tense.
		var named *time.Weekday
		if m := weekdayAppositive.FindStringSubmatch(c.text[max(0, c.m[2]-12):c.m[2]]); m != nil {
			wd := weekdaysByName[strings.ToLower(m[1])]
			if slices.ContainsFunc([]int{c.dct.Year() - 1, c.dct.Year(), c.dct.Year() + 1}, func(y int) bool {
				d := dayOf(y)
				return d.Weekday() == wd && absDays(d, c.dct) <= 14
			}) {
				named, t0 = &wd, tenseUnknown
			}
		}
		for _, y := range []int{c.dct.Year() - 1, c.dct.Year(), c.dct.Year() + 1} {
			d := dayOf(y)
			if named != nil && d.Weekday() != *named {
				continue
			}
			first, last := d, d
			switch {
			case weekend:
				first, last = weekendOf(d)
			case week > 0:
				first, last, _ = period(d, GranWeek)
			}
			if (which == "last" && !d.Before(c.dct)) || (which == "next" && !d.After(c.dct)) {
				continue
			}
			// "snow fell on Wednesday, the day before Thanksgiving",
			// written that Wednesday: a holiday a few days off that is
			// looked forward to is the one at hand, whatever the tense;
			// not one a past act fell on ("flocked to stores on Black
			// Friday").
			if which == "" && !(awaited && absDays(d, c.dct) <= 7) && ((t0 == tensePast && first.After(c.dct)) || (t0 == tenseFuture && last.Before(c.dct))) {
				continue
			}
			if t.IsZero() || absDays(d, c.dct) < absDays(t, c.dct) {
				t = d
			}
		}
	}
	if weekend {
		saturday, sunday := weekendOf(t)
		start := c.m[2]
		if strings.HasSuffix(strings.ToLower(c.text[:start]), "the ") {
			start -= len("the ")
		}
		return Expression{Start: start, End: week, Type: TypeDate, Value: weekValue(saturday) + "-WE", First: saturday, Last: sunday, Granularity: GranWeek, Rule: "holiday-weekend"}, true
	}
	if week > 0 {
		first, last, v := period(t, GranWeek)
		return Expression{Start: c.m[2], End: week, Type: TypeDate, Value: v, First: first, Last: last, Granularity: GranWeek, Rule: "holiday-week"}, true
	}
	e := Expression{Type: TypeDate, Value: dayValue(t), First: t, Last: t, Granularity: GranDay, Rule: "holiday"}
	// "launched on Dec. 21, 1968. They circled the moon on Christmas
	// Eve": told in the past, a holiday goes on with the year the
	// narrative is in, if it is an earlier one, as a season does.
	if c.sub(4) == "" && c.lower(2) == "" && clauseTense(c) == tensePast {
		e.rel = &relation{unit: GranYear, near: true, pastYear: true, holiday: dayOf}
	}
	return e, true
}

// weekdayAppositive is a weekday and its comma before the day it names
// again: "Thursday, " in "Thursday, Thanksgiving Day".
var weekdayAppositive = regexp.MustCompile(`(?i)\b(` + weekdayRe + `),\s+$`)

// holidayWeek, holidaySeason and holidayJoinedSeason are the words after
// a holiday that make it the week that holds it, or a season around it or
// a place.
var (
	holidayWeek    = regexp.MustCompile(`^week\b`)
	holidayWeekend = regexp.MustCompile(`^weekend\b`)
	holidaySeason  = regexp.MustCompile(`^(?:weekend|season|holidays|break|recess|period|Islands?)\b`)
	// "the Thanksgiving and Christmas holidays": a holiday joined to
	// another's season is one end of that season.
	holidayJoinedSeason = regexp.MustCompile(`^(?:and|or)\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+(?:season|holidays|break|recess|period)\b`)
)

// fixedHolidays are the holidays on one date every year, by the start of
// their lower-cased name; a longer name comes before the shorter one it
// starts with ("christmas eve", "christmas").
var fixedHolidays = []struct {
	prefix string
	month  time.Month
	day    int
}{
	{"christmas eve", time.December, 24}, {"christmas", time.December, 25}, {"boxing", time.December, 26},
	{"new year's eve", time.December, 31}, {"new year's", time.January, 1}, {"australia", time.January, 26},
	{"valentine", time.February, 14}, {"st. patrick", time.March, 17}, {"st patrick", time.March, 17},
	{"saint patrick", time.March, 17}, {"anzac", time.April, 25}, {"may day", time.May, 1},
	{"juneteenth", time.June, 19}, {"canada", time.July, 1}, {"independence", time.July, 4},
	{"fourth of july", time.July, 4}, {"bastille", time.July, 14}, {"halloween", time.October, 31},
	{"veterans", time.November, 11}, {"remembrance", time.November, 11}, {"armistice", time.November, 11},
}

// easterOffsets are the days from Easter Sunday of the feasts it fixes.
var easterOffsets = map[string]int{
	"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
	"maundy thursday": -3, "holy thursday": -3, "palm sunday": -7,
	"ash wednesday": -46, "shrove tuesday": -47, "fat tuesday": -47,
}

// easter is Easter Sunday of a year in the Gregorian calendar, by the
// anonymous Gregorian algorithm (Meeus, Astronomical Algorithms).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	g := (8*b + 13) / 25
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 19*l) / 433
	month := (h + l - 7*m + 90) / 25
	day := (h + l - 7*m + 33*month + 19) % 32
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// resolveWeekend resolves a weekend: "last weekend" is the one before the
// DCT's week, "next weekend" the one after; "the weekend" and "this
// weekend" are the DCT's own week's in a clause that looks ahead (see
// looksAhead: "will march at the weekend", "is planned for the weekend")
// or, for "this weekend", from Thursday on; otherwise the most recent one
// that has begun by the DCT.
func resolveWeekend(c context) (Expression, bool) {
	// "the weekend of Sept. 6-7": the dates that follow say which.
	if strings.HasPrefix(c.text[c.m[1]:], " of ") {
		return Expression{}, false
	}
	if c.dct.IsZero() {
		return Expression{Type: TypeDate, Value: "XXXX-WXX-WE"}, true
	}
	saturday := weekStart(c.dct).AddDate(0, 0, 5) // of the DCT's ISO week
	switch which := strings.Join(strings.Fields(c.lower(2)), " "); {
	case which == "the" && c.sub(3) != "": // "the weekend before last"
		saturday = saturday.AddDate(0, 0, -14)
	case which == "this past" || which == "the past":
		// The weekend most recently begun: on a Sunday, this one.
		saturday = c.dct.AddDate(0, 0, -((int(c.dct.Weekday())-int(time.Saturday)+6)%7 + 1))
	case which == "last":
		saturday = saturday.AddDate(0, 0, -7)
	case which == "next" || which == "this coming":
		saturday = saturday.AddDate(0, 0, 7)
	case which == "the" && c.dct.Weekday() == time.Sunday && clauseTense(c) == tenseFuture:
		// Written on a Sunday, what will happen "over the weekend" is
		// of the next one: this one ends with the day.
		saturday = saturday.AddDate(0, 0, 7)
	case which == "the" && c.dct.Weekday() == time.Saturday && clauseTense(c) == tensePast:
		// Written on a Saturday, what happened "over the weekend" is of
		// the last one: this one has only begun.
		saturday = saturday.AddDate(0, 0, -7)
	case which == "this" && saturday.Sub(c.dct) <= 2*24*time.Hour:
		// On a Thursday or Friday "this weekend" is the coming one
		// whatever the tense: "a strike that would have halted services
		// this weekend"; the one just gone is "last weekend" by then.
	case which == "the" && saturday.Sub(c.dct) <= 2*24*time.Hour && (clauseTense(c) != tensePast || directedInfinitive(wordsBefore(c))):
		// So is "the weekend" told of in the present: "Rail operator
		// warns of disruption at the weekend", or what a directing told
		// in the past sets: "urged residents to stay indoors over the
		// weekend".
	case which == "this" && clauseTense(c) != tensePast:
		// Earlier in the week "this weekend" is still the coming one
		// unless told in the past: "cold snap to bring snow to Scotland
		// this weekend".
	case !looksAhead(c, clauseTense(c)) && saturday.After(c.dct):
		saturday = saturday.AddDate(0, 0, -7)
	}
	return Expression{Type: TypeDate, Value: weekValue(saturday) + "-WE", First: saturday, Last: saturday.AddDate(0, 0, 1), Granularity: GranWeek, Rule: "weekend"}, true
}

// matchWords tell of a game, whose halves are not a year's, within
// matchReach bytes, about a paragraph, of the half.
var matchWords = regexp.MustCompile(`(?i)\b(?:half-?time|minute|goals?|scored|scoring|match|game|kick-?off|whistle|stoppage|innings|penalty|equali[sz](?:er|ed))\b`)

const matchReach = 600

// resolveMonthQuarter resolves two months (groups 2 and 3, a year in
// group 4) that make a calendar quarter to that quarter; other pairs are
// no quarter.
func resolveMonthQuarter(c context) (Expression, bool) {
	from, _ := monthByName(c.sub(2))
	to, _ := monthByName(c.sub(3))
	if from%3 != 1 || to != from+2 {
		return Expression{}, false
	}
	return quarterExpression(c, int(from-1)/3+1, c.sub(4))
}

// resolveMidPeriod resolves "mid-year", "mid-decade", "mid-century",
// "mid-month" and "midweek": the middle third of the DCT's period, or of
// the next one in a future clause when the DCT is past that middle ("a
// deal is expected by mid-year", written in November), or of the one
// before in a past clause when the DCT is before it.
func resolveMidPeriod(c context) (Expression, bool) {
	if c.dct.IsZero() {
		return Expression{}, false
	}
	if c.lower(2) == "century" {
		// "a mid-century house" is a style, not a time.
		if before := wordsBefore(c); len(before) > 0 && determiners[before[len(before)-1]] {
			return Expression{}, false
		}
		return centuryExpression(c.dct.Year()/100, "MID")
	}
	_, g := unitCode(c.lower(2))
	mid := func(t time.Time) (time.Time, time.Time, string) {
		first, last, v := period(t, g)
		if g == GranDecade {
			d, _ := decadeExpression(first.Year(), "MID")
			return d.First, d.Last, v
		}
		first, last = partOfSpan(first, last, "MID")
		return first, last, v
	}
	first, last, v := mid(c.dct)
	switch t := clauseTense(c); {
	case t == tenseFuture && c.dct.After(last):
		first, last, v = mid(shift(c.dct, 1, g))
	case t == tensePast && c.dct.Before(first):
		first, last, v = mid(shift(c.dct, -1, g))
	}
	return Expression{Type: TypeDate, Value: v, Mod: "MID", First: first, Last: last, Granularity: g, Rule: "mid-period"}, true
}

// runUpTo takes into each date the words that make it the time just
// before it: "the run-up to last Christmas" is BEFORE 25 December 2024,
// an open span that ends on it, as "more than a month ago" ends on its
// point.
func runUpTo(text string, es []Expression) {
	for i := range es {
		e := &es[i]
		if e.Type != TypeDate || e.Mod != "" || e.First.IsZero() || e.Last.IsZero() {
			continue
		}
		before := strings.ToLower(text[max(0, e.Start-16):e.Start])
		for _, lead := range []string{"the run-up to ", "the lead-up to ", "the build-up to "} {
			if strings.HasSuffix(before, lead) && (i == 0 || es[i-1].End <= e.Start-len(lead)) {
				e.Start -= len(lead)
				e.Mod, e.First = "BEFORE", time.Time{}
				break
			}
		}
	}
}
