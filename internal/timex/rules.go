package timex

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// rule is one pattern of temporal language and how to resolve it. The
// extent of a match is capture group `group` (1 unless a rule needs
// leading context that is not part of the expression).
type rule struct {
	name string
	// needs is the trigger words a match must contain one of.
	needs trigger
	// reach is how many words a match can take before and after that
	// trigger word (see reach).
	reach reach
	// fold rules are written in lower case and run on the text with its
	// ASCII letters lowered: case-insensitive matching is several times
	// slower, and these rules are the busiest. Offsets are unchanged, and
	// resolvers still read the original text.
	fold bool
	// literals, when set, are strings in lower case one of which a match
	// must hold, with its letters lowered: a window without any is
	// skipped before the pattern runs, which keeps a rare construction
	// ("12-Nov-2025") or a word the pattern needs ("ahead") from costing
	// every window of a busy trigger.
	literals []string
	// gate, when set, is a word test the trigger word and the words
	// beside it must pass before the pattern runs (see gates.go).
	gate    *gate
	re      *regexp.Regexp
	group   int
	resolve func(c context) (Expression, bool)
	// also, when set, finds a second expression in the same match, with
	// its own span.
	also func(c context) []Expression
}

// context is one match of a rule in its text.
type context struct {
	text string
	m    []int
	dct  time.Time
}

// sub returns capture group i ("" when it did not take part).
func (c context) sub(i int) string {
	if c.m[2*i] < 0 {
		return ""
	}
	return c.text[c.m[2*i]:c.m[2*i+1]]
}

func (c context) lower(i int) string { return strings.ToLower(c.sub(i)) }

// wordBefore is the word right before the match, in lower case:
// "footballer" before "of the year".
func (c context) wordBefore() string {
	return string(lastWord([]byte(strings.ToLower(strings.TrimRight(c.text[max(0, c.m[0]-24):c.m[0]], " ")))))
}

// Fragments of the patterns. Month names must be capitalised so that the
// verbs "may" and "march" are not read as months.
const (
	monthRe = `((?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)`
	// soloMonthRe is a month that stands without a day or year: a full
	// name, or an abbreviation with its dot ("Jan" alone is a name), and
	// not a noun phrase such as "the March for Life".
	soloMonthRe = `((?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z])?`
	weekdayRe   = `([Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)\b`
	weekdaysRe  = `([Mm]ondays|[Tt]uesdays|[Ww]ednesdays|[Tt]hursdays|[Ff]ridays|[Ss]aturdays|[Ss]undays)\b`
	dayRe       = `([0-3]?\d)(?:st|nd|rd|th)?\b`
	yearRe      = `(1[5-9]\d\d|2[01]\d\d)\b`
	// zoneRe is the time zone after a clock time: "EST", "GMT", "local
	// time", "Moscow time", "UK time", and the abbreviations wire copy
	// uses for the zones of Europe, Asia, Africa and Australasia ("AEDT",
	// "IST", "SAST"). A clock also takes a US region alone ("8:30 a.m. Eastern"),
	// which could begin a name after a year.
	zoneRe = `(?:[ECMP][DS]?T|GMT|UTC|BST|CES?T|W?EES?T|WES?T|MSK|(?:A[CEW]|NZ)[DS]T|[IJKP]ST|HKT|SGT|WIB|[ECW]AT|SAST|AKS?T|HST|(?:(?i:local)|[A-Z][A-Za-z]+)\s+time)`
	// spokenYearRe is a year in words, as broadcast transcripts write it:
	// "nineteen ninety-six", "two thousand", "two thousand and one".
	spokenYearRe = `(?i:nineteen\s+(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:(?:\s+and)?[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\b`
	// numberRe is a count in figures or words ("14", "two", "a dozen",
	// "twenty-five"): any one word, which quantity then reads. A pattern
	// of every number word would be slower, and only fold rules use it;
	// their text joins "thirty five" into one word (see foldText).
	numberRe = `((?:a|one)\s+hundred|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|a\s+dozen|\d{1,4}(?:[.,]\d{1,3})*|[a-z]+(?:-[a-z]+)?)`
	unitRe   = `(days?|weeks?|fortnights?|months?|quarters?|years?|decades?)\b`
	hedgeRe  = `(no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|roughly|approximately|some|over|under|at\s+least|at\s+most|up\s+to)`
)

// nounFollows reports whether rest, the text after a word, goes on with a
// word in lower case that no preposition or conjunction is: the noun an
// adjective before it describes.
func nounFollows(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := f[0]
	return w == strings.ToLower(w) && unicode.IsLetter([]rune(w)[0]) && !linkWords[strings.Trim(w, ".,;:")]
}

// linkWords go on with a sentence after an adverb, not a noun.
var linkWords = wordSet(`and or but in on at to by for from of with through since until as than from`)

// re compiles a pattern that starts on a word boundary. Each pattern says
// how it ends, as abbreviations end in a dot.
func re(p string) *regexp.Regexp { return regexp.MustCompile(`\b` + p) }

// rules is every rule; where matches overlap the longest wins.
var rules = slices.Concat(baseRules, periodRules)

var baseRules = []rule{
	// "Tuesday, Nov. 11, 2025", "November 11th", "Nov. 11", "the week of
	// Nov. 10". A missing year is the one that puts the day closest to the
	// DCT.
	{name: "month-day", needs: trigMonth, reach: reach{4, 5}, group: 1, gate: monthDayGate, re: re(`((?:(?i:the\s+week\s+of)\s+)?(?:` + weekdayRe + `,?\s+)?` + monthRe + `\s+` + dayRe + `(?:,?\s+` + yearRe + `)?)(?:(?:\s+(?:and|or|to|through)\s+|\s*[-–]\s*)(` + dayRe + `(?:,?\s+` + yearRe + `)?))?`),
		resolve: func(c context) (Expression, bool) {
			year := c.sub(5)
			if year == "" {
				year = c.sub(8) // "April 24 and 25, 1999"
			}
			d, ok := fullDate(c, year, c.sub(3), c.sub(4))
			if ok && year == "" && c.sub(2) != "" {
				d = agreeWeekday(d, weekdaysByName[strings.ToLower(c.sub(2))], c.dct)
			}
			if !ok || !strings.HasPrefix(c.lower(1), "the week") || d.First.IsZero() {
				// "last Oct. 23", "next March 6": the one before or after
				// the DCT.
				if ok && year == "" && c.sub(2) == "" && !c.dct.IsZero() {
					if m := whichBefore.FindStringSubmatchIndex(c.text[max(0, c.m[2]-16):c.m[2]]); m != nil {
						which := strings.ToLower(c.text[max(0, c.m[2]-16)+m[2] : max(0, c.m[2]-16)+m[3]])
						if e, ok := dayAround(c.dct, d.First, which); ok {
							e.Start, e.End = max(0, c.m[2]-16)+m[0], c.m[3]
							return e, true
						}
					}
				}
				if w, ok := weekBeginning(c, d); ok {
					return w, true
				}
				// "Tue., Nov. 4", looked for behind the match: in the
				// pattern it would slow this busy rule.
				if ok && c.sub(2) == "" {
					if m := shortWeekdayBefore.FindStringIndex(c.text[max(0, c.m[2]-8):c.m[2]]); m != nil {
						d.Start, d.End = max(0, c.m[2]-8)+m[0], c.m[3]
					}
				}
				return d, ok
			}
			// "the week of March 6": the ISO week holding that day.
			return weekOf(d), true
		},
		// The second day of "April 24 and 25", "Nov. 3 to 5" or "Nov.
		// 17-19", in the first day's month.
		also: func(c context) []Expression {
			if c.sub(7) == "" {
				return dayListAfter(c)
			}
			// A hyphen joins days only: "its Dec. 9-10 meeting".
			hyphen := strings.HasSuffix(c.text[:c.m[12]], "-") || strings.HasSuffix(c.text[:c.m[12]], "–")
			if !hyphen && !endsPhrase(c.text[c.m[13]:]) {
				return nil // "April 24 and 25 people"
			}
			year := c.sub(8)
			if year == "" {
				year = c.sub(5)
			}
			e, ok := fullDate(c, year, c.sub(3), c.sub(7))
			if !ok {
				return nil
			}
			e.Start, e.End = c.m[12], c.m[13]
			return []Expression{e}
		}},
	// "11 November 2025", "11th of November", "Tuesday 11 November" (the
	// weekday looked for behind the match: in the pattern it would slow
	// this busy rule).
	{name: "day-month", needs: trigMonth, reach: reach{2, 1}, group: 1, re: re(`(` + dayRe + `\s+(?:of\s+)?` + monthRe + `(?:,?\s+` + yearRe + `)?)`),
		resolve: func(c context) (Expression, bool) {
			e, ok := fullDate(c, c.sub(4), c.sub(3), c.sub(2))
			if w, isWeek := weekBeginning(c, e); ok && isWeek {
				return w, true
			}
			if m := weekdayBefore.FindStringSubmatchIndex(c.text[max(0, c.m[2]-16):c.m[2]]); ok && m != nil {
				if c.sub(4) == "" && m[2] >= 0 { // a weekday in full
					e = agreeWeekday(e, weekdaysByName[strings.ToLower(c.text[max(0, c.m[2]-16)+m[2]:max(0, c.m[2]-16)+m[3]])], c.dct)
				}
				e.Start, e.End = max(0, c.m[2]-16)+m[0], c.m[3]
			}
			return e, ok
		},
		also: daysBeforeMonth},
	// "the first of January", "the twenty-first of June 2024": a day
	// written out before its month.
	{name: "day-month", needs: trigMonth, reach: reach{4, 1}, group: 1, literals: []string{" of "}, re: re(`(?i:the)\s+((?i:(` + dayOrdinalRe + `))\s+of\s+` + monthRe + `(?:,?\s+` + yearRe + `)?)`),
		resolve: func(c context) (Expression, bool) {
			// "the first of March's arrivals" counts arrivals.
			if rest := c.text[c.m[3]:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
				return Expression{}, false
			}
			return fullDate(c, c.sub(4), c.sub(3), strconv.Itoa(ordinalWord(c.sub(2))))
		}},
	// "the first of next month", "the 15th of last month": the article
	// goes with it, as the date reads whole.
	{name: "day-of-relative-month", needs: trigRelative, reach: reach{4, 1}, group: 1, fold: true, literals: []string{"month"}, re: re(`(the\s+(` + dayOrdinalRe + `|([0-3]?\d)(?:st|nd|rd|th))\s+of\s+(next|last|this)\s+month)\b`),
		resolve: func(c context) (Expression, bool) {
			if c.dct.IsZero() {
				return Expression{}, false
			}
			d := ordinalWord(c.sub(2))
			if c.sub(3) != "" {
				d, _ = strconv.Atoi(c.sub(3))
			}
			month := shift(monthStart(c.dct.Year(), c.dct.Month()), relativeSteps[c.lower(4)], GranMonth)
			e, ok := dayExpression(month.Year(), month.Month(), d)
			e.Rule = "day-of-relative-month"
			return e, ok
		}},
	// "12-Nov-2025", as web pages stamp their dates.
	{name: "day-month", needs: trigMonth, reach: reach{0, 0}, group: 1, literals: []string{"-"}, re: re(`(` + dayRe + `-` + monthRe + `-` + yearRe + `)`),
		resolve: func(c context) (Expression, bool) {
			return fullDate(c, c.sub(4), c.sub(3), c.sub(2))
		}},
	// ISO 8601: "2025-11-11", "2025-11-11T10:05:00Z" (a time as written,
	// in its own zone).
	{name: "iso-date", needs: trigYear, reach: reach{0, 0}, group: 1, re: re(`((1[5-9]\d\d|2[01]\d\d)([-/])([01]\d)([-/])([0-3]\d)(?:T([0-2]\d:[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?\b)`),
		resolve: func(c context) (Expression, bool) {
			// "2025-11-14" or, as Asian and some European styles write
			// it, "2025/11/14": one separator throughout.
			if c.sub(3) != c.sub(5) || c.sub(3) == "/" && c.sub(7) != "" {
				return Expression{}, false
			}
			y, _ := strconv.Atoi(c.sub(2))
			m, _ := strconv.Atoi(c.sub(4))
			d, _ := strconv.Atoi(c.sub(6))
			e, ok := dayExpression(y, time.Month(m), d)
			if clock := c.sub(7); ok && clock != "" {
				if clock > "23:59" {
					return Expression{}, false
				}
				e.Type, e.Value = TypeTime, e.Value+"T"+clock
			}
			return e, ok
		}},
	// Numeric dates. With slashes, month first (the US news convention)
	// unless the first number cannot be a month; with dots, day first
	// (the European convention) unless the second cannot be a month.
	{name: "numeric-date", needs: trigYear, reach: reach{0, 0}, group: 1, re: re(`((\d{1,2})([/.])(\d{1,2})[/.]` + yearRe + `)`),
		resolve: func(c context) (Expression, bool) {
			a, _ := strconv.Atoi(c.sub(2))
			b, _ := strconv.Atoi(c.sub(4))
			y, _ := strconv.Atoi(c.sub(5))
			month, dom := a, b
			if c.sub(3) == "." {
				month, dom = b, a
			}
			if month > 12 {
				month, dom = dom, month
			}
			return dayExpression(y, time.Month(month), dom)
		}},
	// "September 2025", "Sept. 2025", "March of 1998".
	// "November 2025", "Nov. '24" (a year in two digits is the latest
	// no more than five years after the DCT, as short-year's).
	{name: "month-year", needs: trigMonth, reach: reach{0, 2}, group: 1, gate: monthYearGate, re: re(`(` + monthRe + `(?:,?\s+|\s+of\s+)(?:` + yearRe + `|['’](\d\d)\b))`),
		resolve: func(c context) (Expression, bool) {
			m, _ := monthByName(c.sub(2))
			y, _ := strconv.Atoi(c.sub(3))
			if yy := c.sub(4); yy != "" {
				n, _ := strconv.Atoi(yy)
				if y = 2000 + n; !c.dct.IsZero() && y > c.dct.Year()+5 {
					y -= 100
				}
			}
			return monthExpression(y, m, "", "month-year")
		}},
	// "early September", "mid-October 2025", "the end of November", and
	// wire copy's "end-November".
	{name: "month-part", needs: trigMonth, reach: reach{4, 1}, group: 1, literals: []string{"early", "mid", "late", "start", "beginning", "middle", "end", "days", "weeks", "half"}, re: re(`((?:(?i:(early|mid|late|` + partOfRe + `))[\s-]+|(end)-)` + monthRe + `(?:,?\s+` + yearRe + `)?)`),
		resolve: func(c context) (Expression, bool) {
			m, _ := monthByName(c.sub(4))
			mod := partMod(c.lower(2) + c.lower(3))
			y, ok := yearOfMonth(c, m, c.sub(5))
			if !ok {
				return Expression{Type: TypeDate, Value: "XXXX-" + twoDigits(int(m)), Mod: mod, Granularity: GranMonth}, true
			}
			e, ok := monthExpression(y, m, mod, "month-part")
			// In the DCT's own month the part, not the month, must agree
			// with the tense: "hit in mid-October", written on Oct. 4, is
			// last year's.
			if c.sub(5) == "" && ok && y == c.dct.Year() && m == c.dct.Month() {
				switch t := clauseTense(c); {
				case t == tensePast && e.First.After(c.dct):
					return monthExpression(y-1, m, mod, "month-part")
				// "threatened a tariff in early July", written on July
				// 31: a promise told in the past may be of its own day.
				case t == tenseFuture && e.Last.Before(c.dct) && !pastCue(c):
					return monthExpression(y+1, m, mod, "month-part")
				}
			}
			return e, ok
		}},
	// A month alone: "in September", "last March", "June last year". May
	// needs a preposition or a determiner.
	// "the following January", "the previous March", "that September":
	// counted from the date the text is about.
	{name: "anaphoric-month", needs: trigMonth, reach: reach{2, 0}, group: 1, literals: []string{"following", "next", "previous", "preceding", "that"}, re: re(`((?i:the\s+(following|next|previous|preceding)|(that))\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b)`),
		resolve: resolveAnaphoricMonth},
	{name: "month", needs: trigMonth, reach: reach{2, 6}, group: 2, re: re(`(?:(?i:(in|since|until|by|from|during|through|of))\s+)?((?:(?i:(last|next|this))\s+)?` + soloMonthRe + `(?:\s+(?i:of\s+)?(?i:(this|last|next)\s+year)\b)?)`),
		resolve: resolveMonth},
	// "the 1990s", "the late 1970s", "the mid-1990s", "the 1980's".
	// "The 1800s" and "the early 1900s" are centuries; "the 2000s" is
	// read, as it is now written, as the decade.
	{name: "decade", needs: trigYear, reach: reach{2, 0}, group: 1, literals: []string{"0s", "0's", "0’s"}, re: re(`((?i:the\s+)?(?:(?i:(early|mid|late))[\s-]+)?((?:1[5-9]|20)\d0)(?:'|’)?s\b)`),
		resolve: func(c context) (Expression, bool) {
			y, _ := strconv.Atoi(c.sub(3))
			if y%100 == 0 && y < 2000 {
				return centuryExpression(y/100, partMod(c.lower(2)))
			}
			return decadeExpression(y, partMod(c.lower(2)))
		}},
	// "the '90s", "the late nineties": the latest such decade that began
	// by the DCT's year (in the 1900s without a DCT).
	{name: "decade-short", needs: trigDecade, reach: reach{2, 0}, group: 1, re: regexp.MustCompile(`((?i:the\s+)?(?:(?i:(early|mid|late))[\s-]+)?['’]([1-9]0)s)\b`),
		resolve: func(c context) (Expression, bool) {
			n, _ := strconv.Atoi(c.sub(3))
			return decadeExpression(decadeNear(c.dct, n), partMod(c.lower(2)))
		}},
	{name: "decade-words", needs: trigDecade, reach: reach{2, 0}, group: 1, re: re(`((?i:the\s+(?:(early|mid|late)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b`),
		resolve: func(c context) (Expression, bool) {
			n, _, _ := quantity(strings.TrimSuffix(c.lower(3), "ies") + "y")
			return decadeExpression(decadeNear(c.dct, n), partMod(c.lower(2)))
		}},
	// Weekdays, resolved by tense: see resolveWeekday. "late Sunday" and
	// "early on Tuesday" are the day's end and start.
	{name: "weekday", needs: trigWeekday, reach: reach{4, 1}, group: 1, re: re(`((?:(?i:(early|late))(?:\s+on)?\s+)?(?:(?i:(last|next|this|coming|past|this\s+past|the\s+previous|the\s+preceding|the\s+following))\s+)?` + weekdayRe + `(?:\s+(?i:(morning|lunchtime|afternoon|evening|night)\b))?)`),
		resolve: resolveWeekday},
	// "the day before last Tuesday", "the day after Nov. 4": a day from
	// a named day.
	{name: "day-beside", needs: trigDay, reach: reach{1, 5}, group: 1, re: re(`((?i:(?:the\s+)?day\s+(before|after))\s+(?:(?i:(last|next|this|coming|past))\s+)?(?:` + weekdayRe + `|` + monthRe + `\s+` + dayRe + `(?:,?\s+` + yearRe + `)?)\b)`),
		resolve: func(c context) (Expression, bool) {
			var t time.Time
			if c.sub(4) != "" {
				t, _ = weekdayDate(c, weekdaysByName[strings.ToLower(c.sub(4))], c.lower(3))
			} else if d, ok := fullDate(c, c.sub(7), c.sub(5), c.sub(6)); ok {
				t = d.First
			}
			if t.IsZero() {
				return Expression{}, false
			}
			t = t.AddDate(0, 0, map[string]int{"before": -1, "after": 1}[c.lower(2)])
			e, _ := dayExpression(t.Year(), t.Month(), t.Day())
			e.Rule = "day-beside"
			return e, true
		}},
	// "a week on Tuesday", "a fortnight on Friday", "Tuesday week": British
	// for the coming such day and a week or two more. "Tuesday week's
	// hearing", "Tuesday week-long" are no such day.
	{name: "week-on-weekday", needs: trigWeekday, reach: reach{3, 1}, group: 1, literals: []string{"week", "fortnight"}, fold: true, re: re(`(a\s+(week|fortnight)\s+on\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(week|fortnight))\b`),
		resolve: func(c context) (Expression, bool) {
			day, span := c.lower(3), c.lower(2)
			// "its second wildfire in a week on Sunday": a span counted,
			// then a day.
			if before := strings.Fields(strings.ToLower(c.text[max(0, c.m[0]-16):c.m[0]])); day != "" && len(before) > 0 && spanCounters[before[len(before)-1]] {
				return Expression{}, false
			}
			if day == "" {
				day, span = c.lower(4), c.lower(5)
				if rest := c.text[c.m[1]:]; strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
					return Expression{}, false
				}
			}
			if c.dct.IsZero() {
				return Expression{}, false
			}
			diff := (int(weekdaysByName[day]) - int(c.dct.Weekday()) + 7) % 7
			if diff == 0 {
				diff = 7
			}
			t := c.dct.AddDate(0, 0, diff+map[string]int{"week": 7, "fortnight": 14}[span])
			e, _ := dayExpression(t.Year(), t.Month(), t.Day())
			e.Rule = "week-on-weekday"
			return e, true
		}},
	// Days named relative to the DCT, with any "late" or "earlier" before
	// them: "late yesterday", "earlier today".
	{name: "deictic-day", needs: trigDeictic, reach: reach{4, 1}, group: 1, fold: true, re: re(`((?:(early|late|earlier|later)\s+)?(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:(?:early|mid|late)[\s-]*)?(?:morning|afternoon|evening)\s+(?:yesterday|today|tomorrow)|(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night))\b`),
		resolve: resolveDeicticDay},
	// "last month", "this week", "next year": the calendar period before,
	// containing or after the DCT's.
	{name: "overnight", needs: trigDeictic, reach: reach{0, 0}, group: 1, fold: true, re: re(`(overnight)\b`), resolve: resolveOvernight},
	// "the week after next": two periods on from the DCT's.
	{name: "after-next", needs: trigUnit, reach: reach{1, 2}, group: 1, literals: []string{"after"}, fold: true, re: re(`(the\s+(week|month|year)\s+after\s+next)\b`),
		resolve: func(c context) (Expression, bool) {
			_, g := unitCode(c.sub(2))
			if c.dct.IsZero() {
				return Expression{Type: TypeDate, Value: "FUTURE_REF"}, true
			}
			first, last, v := period(shift(c.dct, 2, g), g)
			return Expression{Type: TypeDate, Value: v, First: first, Last: last, Granularity: g, Rule: "after-next"}, true
		}},
	// "this time last year", "the same time next year": about the DCT's
	// own time a unit away, told a step finer (its month, for a year).
	{name: "this-time", needs: trigUnit, reach: reach{4, 0}, group: 1, literals: []string{"time"}, fold: true, re: re(`((?:this|the\s+same)\s+time\s+(last|next)\s+(week|month|year))\b`),
		resolve: func(c context) (Expression, bool) {
			if c.dct.IsZero() {
				return Expression{}, false
			}
			n := 1
			if c.lower(2) == "last" {
				n = -1
			}
			_, g := unitCode(c.sub(3))
			finer := map[Granularity]Granularity{GranYear: GranMonth, GranMonth: GranWeek, GranWeek: GranDay}[g]
			first, last, v := period(shift(c.dct, n, g), finer)
			return Expression{Type: TypeDate, Value: v, First: first, Last: last, Granularity: finer, Rule: "this-time"}, true
		}},
	// "the current fiscal year" takes its article ("the next week" is
	// anaphoric, "the last year" a span).
	{name: "relative-period", needs: trigUnit, reach: reach{3, 0}, group: 1, literals: []string{"last", "next", "this", "coming", "previous", "current"}, fold: true, re: re(`((?:(the\s+current|last|next|this|coming|previous|current)\s+(?:fiscal\s+)?(week|month|year|quarter)\b))`),
		resolve: resolveRelativePeriod},
	// "the past week", "the past two years": a span ending at the DCT.
	// "the next three quarters", "the first two years": a span counted
	// from some point; without a count "the next week" is a date (see
	// anaphoric).
	{name: "span", needs: trigUnit, reach: reach{6, 0}, group: 1, literals: []string{"past", "last", "next", "coming", "first", "final", "previous"}, fold: true, re: re(`((?:(?:the|this)\s+(past|last|next|coming|first|final|previous)|(coming))\s+(?:` + numberRe + `\s+)?(?:(?:fiscal|financial)\s+)?(days?|weeks?|fortnights?|months?|quarters?|years?|decades?|hours?|minutes?)\b)`),
		resolve: func(c context) (Expression, bool) {
			n, vague := 1, false
			plural := strings.HasSuffix(c.lower(5), "s")
			w := c.lower(2) + c.lower(3) // "in coming months" needs no "the"
			// "the past fiscal year": the pattern takes the word before
			// the unit for a count first.
			count := c.lower(4)
			if count == "fiscal" || count == "financial" {
				count = ""
			}
			// Without a count, "the next decade" is a span as "the next
			// years" is, and so are the units no calendar names a next
			// one of ("the next fortnight", "the coming hour"); "the
			// next week" is a date (see anaphoric).
			ahead := (w == "next" || w == "coming") && (plural || spanOnlyUnits[c.lower(5)])
			if count == "" && w != "past" && w != "last" && !ahead {
				return Expression{}, false
			}
			// "lost the final five weeks ago": "ago" counts back from
			// now, and "the final" is a match.
			if strings.HasPrefix(strings.TrimLeft(c.text[c.m[1]:], " "), "ago") {
				return Expression{}, false
			}
			vague = count == "" && plural // "the coming weeks"
			if count != "" {
				var ok bool
				if n, vague, ok = quantity(count); !ok {
					return Expression{}, false
				}
			}
			n, unit := inWeeks(n, c.sub(5))
			return durationExpression(n, vague, unit, "")
		}},
	// "earlier this week", "late last year", "as this week got underway",
	// "the end of the year": part of a period relative to the DCT.
	{name: "period-part", needs: trigUnit, reach: reach{4, 3}, group: 1, literals: []string{"earl", "late", "underway", "start", "beginning", "middle", "end", "rest", "remainder", "turn"}, fold: true, re: re(`((?:(earlier|later|early|late)\s+(this|last|next)\s+(week|month|year|decade)|as\s+(this|the)\s+(week)\s+(?:got|gets|was\s+getting)\s+underway|the\s+(start|beginning|middle|end|rest|remainder|turn)\s+of\s+(the|this|last|next)\s+(week|month|quarter|year|decade))\b)`),
		resolve: resolvePeriodPart},
	// "mid-year", "by mid-decade", "mid-century", "midweek": the middle
	// of the DCT's period (see resolveMidPeriod).
	{name: "mid-period", needs: trigUnit, reach: reach{0, 0}, group: 1, literals: []string{"mid"}, fold: true, re: re(`\b(mid-?(year|decade|month|week))\b`),
		resolve: resolveMidPeriod},
	{name: "mid-century", needs: trigCentury, reach: reach{0, 0}, group: 1, fold: true, re: re(`\b(mid-?(century))\b`),
		resolve: resolveMidPeriod},
	// "the following week", "the previous day", "that year", "later that
	// day", "later in the month", "year-earlier", "early in the week":
	// dated from the text's reference time. ("early in the year" is "the
	// year" with its part taken in, see earlyOrLateIn.)
	{name: "anaphoric", needs: trigUnit, reach: reach{3, 0}, group: 1, literals: []string{"following", "next", "previous", "prior", "same", "that", "earlier", "later", "ago", "early", "late"}, fold: true, re: re(`((?:the\s+(following|next|previous|prior|same)\s+(day|week|month|quarter|year)|(?:(?:earlier|later)\s+)?(that)\s+(?:same\s+)?(day|week|month|year)|(year)-(?:earlier|ago)|(?:earlier|later)\s+in\s+the\s+(day|week|month|year)|(early|late)\s+in\s+the\s+week))\b`),
		resolve: resolveAnaphoric},
	// "November of that year", "in the autumn of the following year",
	// "late March the same year", "on June 30 that year": a month, day or
	// season of the year the text is about, or of the one after or
	// before it. The year's words are looked for first, as written: the
	// months' alternation is slow.
	{name: "part-of-that-year", needs: trigUnit, reach: reach{8, 0}, group: 1, fold: true, literals: []string{"that year", "same year", "following year", "next year", "previous year", "prior year"}, re: re(`\b((?:(early|mid|late)[\s-]+)?(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|spring|summer|autumn|fall|winter)(?:\s+(\d{1,2})(?:st|nd|rd|th)?,?)?(?:\s+of)?\s+(that|the same|the following|the next|the previous|the prior) year)\b(?:[^'’]|$)`),
		resolve: resolvePartOfThatYear},
	// "the day before", "a week after", "two days before": with nothing
	// after them they count from the text's reference time, as "the
	// previous day" and "a week earlier" do.
	{name: "before-after", needs: trigBefore, reach: reach{4, 1}, group: 1, gate: unitBeforeAfterGate, fold: true, re: re(`((the|` + numberRe + `)\s+(days?|weeks?|months?|years?)\s+(before|after))(?:\s*[,.;:)]|$)`),
		resolve: resolveBeforeAfter},
	// "on the 16th", "by the 3rd": a day of the month the text is about.
	{name: "day-of-month", needs: trigOrdinal, reach: reach{2, 0}, group: 2, fold: true, re: re(`(on|by|until|till|since|before|after|through)\s+(the\s+([1-3]?\d)(?:st|nd|rd|th))\b`),
		resolve: resolveDayOfMonth},
	// "the week before last", "the year before last": two periods before
	// the DCT's.
	{name: "before-last", needs: trigBefore, reach: reach{2, 1}, group: 1, fold: true, re: re(`((?:the\s+)?(week|month|year)\s+before\s+last)\b`),
		resolve: func(c context) (Expression, bool) {
			if c.dct.IsZero() || lastModifies(c.text[c.m[1]:]) {
				return Expression{}, false
			}
			_, g := unitCode(c.sub(2))
			first, last, v := period(shift(c.dct, -2, g), g)
			return Expression{Type: TypeDate, Value: v, First: first, Last: last, Granularity: g, Rule: "before-last"}, true
		}},
	// "the next morning", "that night", "later that evening": a part of
	// the reference's day, or of the day before or after it; "early the
	// next morning" reads whole, as the part of the day it is in.
	{name: "anaphoric-part", needs: trigDeictic, reach: reach{4, 0}, group: 1, fold: true, re: re(`((?:(?:early|late)\s+)?(?:the\s+(following|next|previous|prior|same)|(?:(?:earlier|later)\s+)?that(?:\s+same)?)\s+(morning|afternoon|evening|night))\b`),
		resolve: resolveAnaphoricPart},
	// "blamed on an update installed the night before": the part of the
	// day before the reference's, or after it, with nothing after it.
	{name: "part-before-after", needs: trigDeictic, reach: reach{1, 2}, group: 1, fold: true, re: re(`(the\s+(morning|afternoon|evening|night)\s+(before|after))(?:\s*[,.;:)]|$)`),
		resolve: func(c context) (Expression, bool) {
			return anaphoricPart(c, map[string]int{"before": -1, "after": 1}[c.lower(3)], c.lower(2))
		}},
	// "two days ago", "more than a month ago", "years ago", "a week ago
	// Tuesday", "a century and a half ago".
	{name: "ago", needs: trigAgo, reach: reach{15, 2}, group: 1, fold: true, re: re(`((?:(?:` + hedgeRe + `\s+)?(?:` + numberRe + `(\s+and\s+a\s+half)?\s+)?` + `(days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)\b(?:\s+and\s+a\s+half)?` + `(\s+or\s+so)?\s+ago\b(?:\s+(today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this\s+week|this\s+month)\b)?))`),
		resolve: resolveAgo},
	// "three days", "nearly two decades", "for years".
	// "$33 million a year", "twice a week", "interviews a day": a rate. Before
	// the duration rule, which reads the same words otherwise.
	{name: "rate", needs: trigUnit, reach: reach{2, 1}, group: 2, gate: rateGate, fold: true, re: re(`([\w$.,%]+)\s+((?:a|an|per)\s+(hour|day|week|month|quarter|year))\b(\s+[\w-]+)?`),
		resolve: func(c context) (Expression, bool) {
			prev, next := strings.ToLower(c.sub(1)), strings.ToLower(strings.TrimSpace(c.sub(4)))
			// "an average of 4% a year": a share is an amount too.
			amount := strings.ContainsAny(prev[len(prev)-1:], "0123456789%") || rateWords[prev] || numberWords[prev] > 1
			// "interviews a day"; "this" is the one common short word in -s.
			plural := len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && prev != "this" && !spanVerbs[prev]
			// "twice a month since 2020": a count of times is a rate
			// unless the span is counted from something.
			if counted := prev == "twice" || prev == "once" || prev == "times"; counted && !spanFrom[next] {
				return rateSet(c.sub(3)), true
			}
			if !(amount || plural) || rateBlockers[next] {
				return Expression{}, false
			}
			// "183 kilometres per hour", "90 miles an hour": a speed is a
			// unit of measure, no time that recurs.
			if distanceUnits[prev] && strings.EqualFold(c.sub(3), "hour") {
				return Expression{}, false
			}
			return rateSet(c.sub(3)), true
		}},
	// "two more weeks", "an additional year", "eight trading days", "2 1/2
	// years", "a minute and a half"; "three weeks from now", "two weeks
	// from Friday" are dates, as "a year after that" is counted from the
	// last one.
	{name: "duration", needs: trigUnit, reach: reach{10, 5}, group: 1, gate: countedUnitGate, fold: true, re: re(`((?:(?:` + hedgeRe + `\s+)?` + numberRe + `(\s+1/2|\s+and\s+a\s+half)?[\s-]+(?:(?:more|additional|straight|consecutive|full|trading|business|working|calendar)\s+)?` + `(days?|weeks?|fortnights?|months?|quarters?|years?|decades?|hours?|minutes?)\b(\s+and\s+a\s+half\b)?(?:\s+(later|earlier|from\s+now)\b)?)(-olds?\b)?)`),
		resolve: resolveDuration},
	{name: "vague-duration", needs: trigUnit, reach: reach{1, 0}, group: 2, literals: []string{"days", "weeks", "months", "years", "decades"}, fold: true, re: re(`(?:(for|over|in|within)\s+)((?:(days|weeks|months|years|decades)\b))`),
		resolve: func(c context) (Expression, bool) {
			code, _ := unitCode(c.sub(3))
			return Expression{Type: TypeDuration, Value: "PX" + code}, true
		}},
	// "Hours later", "minutes earlier": the day counted from, as "two
	// hours later" is (see withinTheDay). "Days later", "years earlier"
	// say how far, not when: a vague duration.
	{name: "units-later", needs: trigLater, reach: reach{1, 0}, group: 1, fold: true, re: re(`\b((hours|minutes|days|weeks|months|years|decades)\s+(?:later|earlier))\b`),
		resolve: func(c context) (Expression, bool) {
			// "five years earlier than planned": a count before it is the
			// duration rule's.
			if f := strings.Fields(c.text[max(0, c.m[2]-16):c.m[2]]); len(f) > 0 {
				if _, _, ok := quantity(f[len(f)-1]); ok {
					return Expression{}, false
				}
			}
			e, ok := durationExpression(0, true, c.sub(2), "")
			if withinTheDay(0, true, c.sub(2)) {
				e.rel = &relation{unit: GranDay, near: true}
			}
			return e, ok
		}},
	// Sets: "every week", "daily".
	{name: "set-named", needs: trigSet, reach: reach{0, 5}, group: 1, re: re(`((?i:every|each)\s+(?:(?i:other|second)\s+)?(?:` + weekdayRe + `|` + soloMonthRe + `))`),
		resolve: func(c context) (Expression, bool) {
			if wd := c.sub(2); wd != "" {
				return Expression{Type: TypeSet, Value: "XXXX-WXX-" + isoWeekday(weekdaysByName[strings.ToLower(wd)])}, true
			}
			m, _ := monthByName(c.sub(3))
			return Expression{Type: TypeSet, Value: "XXXX-" + twoDigits(int(m))}, true
		}},
	// "on Sundays", "Tuesday nights", "Saturday mornings": a weekday or
	// its part named in the plural happens every week, not on one date.
	{name: "set-weekday", needs: trigSet, reach: reach{1, 1}, group: 1, literals: []string{"days", "mornings", "afternoons", "evenings", "nights"}, re: re(`((?:` + weekdaysRe + `(?:\s+(morning|afternoon|evening|night)s\b)?|` + weekdayRe + `\s+(morning|afternoon|evening|night)s\b))`),
		resolve: func(c context) (Expression, bool) {
			if strings.HasPrefix(c.text[c.m[1]:], " ago") { // "two Fridays ago" is one day
				return Expression{}, false
			}
			name, part := c.sub(2), c.lower(3)
			if name == "" {
				name, part = c.sub(4), c.lower(5)
			}
			v := "XXXX-WXX-" + isoWeekday(weekdaysByName[strings.TrimSuffix(strings.ToLower(name), "s")])
			if part != "" {
				v += "T" + partCodes[part]
			}
			return Expression{Type: TypeSet, Value: v}, true
		}},
	// "every other week" and "every four years" repeat at that span
	// (P2W, P4Y); "every summer" is the season each year, "every night"
	// the part of each day.
	{name: "set", needs: trigSet, reach: reach{0, 2}, group: 1, re: re(`((?i:(?:every|each)\s+(?:(other|second|third|fourth|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?(hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|spring|summer|autumn|fall|winter|morning|afternoon|evening|night)|hourly|daily|weekly|fortnightly|monthly|quarterly|annually|yearly)\b)`),
		resolve: func(c context) (Expression, bool) {
			unit, count := c.lower(3), c.lower(2)
			// "its quarterly dividend", "first quarterly loss": a
			// company's quarter names what a report is of, no recurring
			// time ("will be adjusted quarterly" is one).
			if strings.EqualFold(c.sub(1), "quarterly") && nounFollows(c.text[c.m[1]:]) {
				return Expression{}, false
			}
			// "the Daily Telegraph", "the Weekly Standard": a capital,
			// with a capitalised word after, makes a name.
			// So does one after it: "Computer Weekly", "Publishers
			// Weekly".
			if w := c.sub(1); !strings.Contains(w, " ") && w != strings.ToLower(w) && (capitalisedNext(c.text[c.m[1]:]) || capitalisedBefore(c.text[:c.m[2]])) {
				return Expression{}, false
			}
			if unit == "" {
				unit = map[string]string{"hourly": "hour", "daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month", "quarterly": "quarter", "annually": "year", "yearly": "year"}[strings.ToLower(c.sub(1))]
			}
			if s, ok := seasons[unit]; ok {
				if count != "" {
					return Expression{}, false
				}
				return Expression{Type: TypeSet, Value: "XXXX-" + s.code}, true
			}
			// "every night": a part of each day.
			if part, ok := partCodes[unit]; ok {
				if count != "" {
					return Expression{}, false
				}
				return Expression{Type: TypeSet, Value: "XXXX-XX-XXT" + part}, true
			}
			// "every week" and "every other week" take the singular,
			// "every two weeks" the plural.
			n, singular := map[string]int{"": 1, "other": 2, "second": 2, "third": 3, "fourth": 4}[count]
			if !singular {
				var ok bool
				if n, _, ok = quantity(count); !ok || n < 2 {
					return Expression{}, false
				}
			}
			if singular == strings.HasSuffix(unit, "s") {
				return Expression{}, false
			}
			if strings.HasPrefix(unit, "fortnight") {
				n, unit = 2*n, "week"
			}
			e, _ := durationExpression(n, false, unit, "")
			return Expression{Type: TypeSet, Value: e.Value}, true
		}},
	// "year-end", "at year's end": the end of the DCT's year.
	{name: "year-end", needs: trigPart, reach: reach{1, 0}, group: 1, re: re(`((?i:year(?:-|\s+|'s\s+)end))\b`),
		resolve: func(c context) (Expression, bool) {
			if c.dct.IsZero() {
				return Expression{Type: TypeDate, Value: "XXXX", Mod: "END"}, true
			}
			first, last, v := period(c.dct, GranYear)
			return Expression{Type: TypeDate, Value: v, Mod: "END", First: monthStart(first.Year(), time.September), Last: last, Granularity: GranYear, Rule: "year-end"}, true
		}},
	// "for the year", "the year ended June 30": a company's reporting year.
	// Followed by "ended" or "ending" it is the year as a span, P1Y;
	// otherwise the DCT's year.
	{name: "the-year", needs: trigUnit, reach: reach{4, 2}, group: 2, literals: []string{"year"}, fold: true, re: re(`(?:(for|of|in|during|through|throughout|over)\s+)((?:the\s+(?:full\s+|whole\s+|entire\s+)?(?:fiscal\s+)?(year)\b))(\s+(?:ended|ending|to\b|through\b|that|when|in\s+which|before|after|earlier|later|ago|of|since)|-|\s+[0-9])?`),
		resolve: func(c context) (Expression, bool) {
			next := strings.ToLower(strings.TrimSpace(c.sub(4)))
			switch {
			// "footballer of the year", "car of the year": an award's
			// name, no time.
			case c.lower(1) == "of" && awardNouns[c.wordBefore()]:
				return Expression{}, false
			case next == "ended" || next == "ending":
				return durationExpression(1, false, c.sub(3), "")
			case next != "":
				return Expression{}, false // "the year before", "the year-ago", "the year 2000", "the year through March"
			case c.dct.IsZero():
				return Expression{Type: TypeDate, Value: "PRESENT_REF"}, true
			}
			_, g := unitCode(c.sub(3))
			first, last, v := period(c.dct, g)
			return Expression{Type: TypeDate, Value: v, First: first, Last: last, Granularity: g, Rule: "the-year"}, true
		}},
	// Clock times: "at 3 p.m.", "10:30 a.m." on the DCT's day.
	// "3 p.m." or "noon", with its time zone and day: "10 p.m. EST
	// Wednesday", "noon Thursday", "midnight tonight", "3pm on 30
	// November"; British style writes "11.30pm". A 24-hour time needs
	// its zone: "17:30 GMT", "10:30 ET", and wire copy's "0600 GMT",
	// "2100 local time".
	{name: "clock", needs: trigClock, reach: reach{2, 3}, group: 1, re: regexp.MustCompile(`\b((?i:(\d{1,2})(?:[:.]?(\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)?|(noon|midday|midnight))(\s+(?:` + zoneRe + `|Eastern|Central|Pacific|Mountain))?(?:,?[^\S\n]+(?i:on\s+)?((?i:today|tonight|yesterday|tomorrow)|` + weekdayRe + `))?)(?:[^\w]|$)`),
		resolve: resolveClock},
	// "4 in the morning", "eight in the evening", "10 at night": an
	// hour and its part of the day, on the day a clock time is.
	{name: "spoken-clock", needs: trigDeictic, reach: reach{4, 2}, group: 1, literals: []string{"morning", "afternoon", "evening", "night"}, re: re(`((\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:[:.](\d\d))?(?:\s+o'clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+night)(?:,?\s+(?:on\s+)?` + weekdayRe + `)?)\b`),
		resolve: resolveSpokenClock},
	// "in the morning", "by mid-afternoon", "since early morning": a
	// part of a day named alone is of the day named in its sentence or
	// the one before ("Crowds gathered on Friday. By the afternoon they
	// had gone"), else of the DCT's, as a clock time alone is. A noun may
	// follow it only as its modifier ("in the morning session"), so the
	// phrase must end.
	// "by mid-morning on Sunday": a weekday after it is its day.
	{name: "day-part", needs: trigDeictic, reach: reach{3, 3}, group: 1, fold: true, re: re(`(?:in|by|during|until|into|through|since|from)\s+((?:the\s+)?(?:(early|mid|late)[\s-]*)?(morning|afternoon|evening)(?:,?\s+on\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday))?)\b`),
		resolve: func(c context) (Expression, bool) {
			if !strings.HasPrefix(c.lower(1), "the") && c.sub(2) == "" || !endsPhrase(c.text[c.m[1]:]) {
				return Expression{}, false
			}
			var e Expression
			if wd := c.lower(4); wd != "" {
				t, rule := weekdayDate(c, weekdaysByName[wd], "")
				e = Expression{Type: TypeTime, Value: dayValue(t) + "T" + partCodes[c.lower(3)], First: t, Last: t, Granularity: GranDay, Rule: rule}
			} else {
				e = clockWithoutDay(c, "T"+partCodes[c.lower(3)])
				e.rel.sentence, e.rel.near = false, true
			}
			if c.lower(2) != "mid" {
				e.Mod = partMod(c.lower(2))
			}
			return e, true
		}},
	// References to the present, past and future without a calendar date.
	{name: "reference", needs: trigRef, reach: reach{2, 2}, group: 1, fold: true, re: re(`((?:recently|currently|current|nowadays|now|these\s+days|formerly|the\s+past|the\s+(?:near\s+|distant\s+)?future|the\s+(?:near|short|long)\s+term|as\s+soon\s+as\s+possible|soon))\b`),
		resolve: func(c context) (Expression, bool) {
			w := strings.Fields(c.lower(1))
			// In a past clause "soon" is soon after what came before.
			if w[0] == "soon" && (soonRelative(c) || clauseTense(c) == tensePast) {
				return Expression{}, false
			}
			// "the past three summers", "the past several seasons": a
			// count of something the span rules do not know, not the past.
			if strings.Join(w, " ") == "the past" && countFollows(c.text[c.m[1]:]) {
				return Expression{}, false
			}
			switch last := w[len(w)-1]; {
			case w[0] == "soon" || last == "possible":
				return Expression{Type: TypeDate, Value: "FUTURE_REF"}, true
			case w[0] == "now" || w[0] == "current" || w[0] == "currently" || w[0] == "nowadays" || w[0] == "these":
				return Expression{Type: TypeDate, Value: "PRESENT_REF"}, true
			case last == "future" || last == "term":
				return Expression{Type: TypeDate, Value: "FUTURE_REF"}, true
			}
			return Expression{Type: TypeDate, Value: "PAST_REF"}, true
		}},
	// "at present": the present, as "now" is. "present" alone is mostly a
	// verb or a gift.
	{name: "reference", needs: trigPresent, reach: reach{1, 0}, group: 1, fold: true, re: re(`at\s+(present)\b`),
		resolve: func(c context) (Expression, bool) {
			return Expression{Type: TypeDate, Value: "PRESENT_REF"}, true
		}},
	// "the weeks ahead", "recent months": an open span from or to the DCT.
	{name: "ahead", needs: trigUnit, reach: reach{1, 1}, group: 1, literals: []string{"ahead", "recent"}, re: re(`((?i:the\s+(days|weeks|months|years)\s+ahead|recent\s+(days|weeks|months|years)))\b`),
		resolve: func(c context) (Expression, bool) { return durationExpression(0, true, c.sub(2)+c.sub(3), "") }},
}

// whichBefore is "last" or "next" before a date.
var whichBefore = regexp.MustCompile(`\b((?i:last|next|this\s+past|this\s+coming))\s+$`)

// dayAround is the day of month and day of t nearest before the DCT
// ("last Oct. 23") or after it ("next March 6").
func dayAround(dct, t time.Time, which string) (Expression, bool) {
	for _, y := range []int{dct.Year() - 1, dct.Year(), dct.Year() + 1} {
		d, ok := date(y, t.Month(), t.Day())
		if !ok {
			continue
		}
		past := which == "last" || strings.HasSuffix(which, "past")
		if past && d.Before(dct) && !d.AddDate(1, 0, 0).Before(dct) || !past && d.After(dct) && !d.AddDate(-1, 0, 0).After(dct) {
			e, _ := dayExpression(d.Year(), d.Month(), d.Day())
			e.Rule = "day-" + strings.Fields(which)[0]
			return e, true
		}
	}
	return Expression{}, false
}

// shortWeekdayBefore is a weekday abbreviated with its dot or comma, as
// listings write it before a date: "Tue., Nov. 4", "Sat, Nov. 8".
var shortWeekdayBefore = regexp.MustCompile(`\b` + shortWeekdayRe + `(?:\.,?|,)\s+$`)

// weekdayBefore is a weekday just before a date: "Tuesday 11 November",
// and a short one without its dot, as British pages stamp their dates:
// "Wed 12 Nov 2025".
var weekdayBefore = regexp.MustCompile(`\b(?:` + weekdayRe + `|` + shortWeekdayRe + `\.?),?\s+(?:the\s+)?$`)

const shortWeekdayRe = `(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)`

// yearsPart bounds the n years from y, or with mod START, MID or END
// their first, middle or last third: a decade's 0–3, 3–6 and 7–9, a
// century's 0–33, 33–66 and 67–99.
func yearsPart(y, n int, mod string) (first, last time.Time) {
	first, last = monthStart(max(y, 1), time.January), monthEnd(y+n-1, time.December)
	switch mod {
	case "START":
		last = monthEnd(y+n/3, time.December)
	case "MID":
		first, last = monthStart(y+n/3, time.January), monthEnd(y+2*n/3, time.December)
	case "END":
		first = monthStart(y+2*n/3+1, time.January)
	}
	return first, last
}

// decadeExpression is the decade from year y, or with mod START, MID or
// END its early (0–3), mid (3–6) or late (7–9) years.
func decadeExpression(y int, mod string) (Expression, bool) {
	_, _, v := period(monthStart(y, time.January), GranDecade)
	first, last := yearsPart(y, 10, mod)
	return Expression{Type: TypeDate, Value: v, Mod: mod, First: first, Last: last, Granularity: GranDecade}, true
}

// decadeNear is the year starting the latest decade ending in n0 that
// began by the DCT's year: "the nineties" written in 1998 is 1990, in
// 2025 also 1990; "the twenties" written in 2025 is 2020.
func decadeNear(dct time.Time, n int) int {
	if dct.IsZero() {
		return 1900 + n
	}
	y := dct.Year()/100*100 + n
	if y > dct.Year() {
		y -= 100
	}
	return y
}

// dayListAfter gives the days listed after a month and day, each in
// that month: "10" and "12" of "on Jan. 8, 10 and 12". The list ends
// with "and" or "or" and a last day, and then its phrase.
func dayListAfter(c context) []Expression {
	rest := c.text[c.m[3]:min(len(c.text), c.m[3]+40)]
	m := dayList.FindStringIndex(rest)
	if m == nil || !endsPhrase(rest[m[1]:]) {
		return nil
	}
	var out []Expression
	for _, d := range listedDay.FindAllStringIndex(rest[:m[1]], -1) {
		e, ok := fullDate(c, c.sub(5), c.sub(3), rest[d[0]:d[1]])
		if !ok {
			return nil
		}
		e.Start, e.End = c.m[3]+d[0], c.m[3]+d[1]
		out = append(out, e)
	}
	return out
}

var (
	dayList   = regexp.MustCompile(`^(?:,\s*\d{1,2}\b)+,?\s+(?:and|or)\s+\d{1,2}\b`)
	listedDay = regexp.MustCompile(`\d{1,2}`)
)

// endsPhrase reports whether text starts where a date phrase may end: at
// punctuation, at the end, or before a word that cannot be its noun.
func endsPhrase(text string) bool {
	if len(text) > 1 && (text[0] == ',' || text[0] == '.') && text[1] >= '0' && text[1] <= '9' {
		return false // "and 4,000 people"
	}
	if text == "" || strings.ContainsRune(",.;:)!?'\"”’", rune(text[0])) {
		return true
	}
	w := strings.Fields(text)
	return len(w) > 0 && phraseEnders[strings.Trim(strings.ToLower(w[0]), ",.;:")]
}

var phraseEnders = wordSet(`in at on and or to when while as with for the a an by after before he she it they we i you there`)

// lastModifies reports whether the "last" that rest follows is said of
// the word rest opens with: "the week before last Tuesday", "... last
// year's vote".
func lastModifies(rest string) bool {
	w := strings.Fields(rest)
	if len(w) == 0 || !strings.HasPrefix(rest, " ") {
		return false
	}
	word := strings.ToLower(strings.TrimRight(w[0], ".,;:!?'’s"))
	_, month := monthByName(word)
	_, weekday := weekdaysByName[word]
	code, _ := unitCode(word)
	return month || weekday || code != "" || word == "night" || word == "weekend"
}

// soonRelative reports whether "soon" is measured from something other
// than the DCT: "as soon as Tuesday", "soon after the vote".
func soonRelative(c context) bool {
	before := strings.Fields(strings.ToLower(c.text[max(0, c.m[2]-8):c.m[2]]))
	after := strings.Fields(strings.ToLower(c.text[c.m[3]:min(len(c.text), c.m[3]+12)]))
	if len(before) > 0 && strings.TrimLeft(before[len(before)-1], "`'\"“‘") == "as" { // "``as soon as"
		return true
	}
	return len(after) > 0 && (after[0] == "after" || after[0] == "afterward" || after[0] == "afterwards" || after[0] == "thereafter")
}

// The words around a rate: an amount before "a year" ("$3 million a
// year", "twice a week"), and words after it that make it a span instead
// ("a day after", "a year or two").
var (
	spanOnlyUnits = wordSet(`decade fortnight hour minute`)
	rateWords     = wordSet(`million billion thousand hundred dozen times twice once percent cents dollars`)
	rateBlockers  = wordSet(`after before later earlier ago or and of old long when that since ahead early late`)
	distanceUnits = wordSet(`kilometres kilometers km miles metres meters feet knots`)
	spanFrom      = wordSet(`after before later earlier ago`)
	// spanVerbs end in -s as plural nouns do, but take a span or a
	// share, not a rate: "spends a week in Paris", "holds a quarter stake".
	spanVerbs = wordSet(`takes spends lasts needs requires waits serves owns holds`)
)

// rateSet is the set of one unit: "a week" in "twice a week" is P1W.
func rateSet(unit string) Expression {
	e, _ := durationExpression(1, false, unit, "")
	return Expression{Type: TypeSet, Value: e.Value}
}

// countFollows reports whether rest opens with a count of two or more:
// " three", " 10", " several".
func countFollows(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	word, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	n, vague, ok := quantity(word)
	return ok && (vague || n >= 2)
}

func twoDigits(n int) string { return strconv.Itoa(100 + n)[1:] }

// partOfRe is a part of a month or year named before it: "the end of",
// "the final days of", "the first weeks of".
const partOfRe = `the\s+(?:start|beginning|middle|end|(?:first|opening|last|final|closing)\s+(?:days|weeks)|(?:first|second|latter)\s+half)\s+of`

// partMod is the TIMEX3 modifier of a part of a period: "early", "the
// start of", "the first days of" and "earlier" (on the day) are its START,
// "late", "the end of", "the final weeks of" and "later" its END.
func partMod(part string) string {
	switch {
	case part == "early" || part == "earlier" || strings.Contains(part, "start") || strings.Contains(part, "beginning") ||
		strings.Contains(part, "first") || strings.Contains(part, "opening"):
		return "START"
	case part == "mid" || strings.Contains(part, "middle"):
		return "MID"
	case part == "late" || part == "later" || strings.Contains(part, "end") || strings.Contains(part, "last") || strings.Contains(part, "second half") || strings.Contains(part, "latter") ||
		strings.Contains(part, "final") || strings.Contains(part, "closing"):
		return "END"
	}
	return ""
}

// spanCounters count a span before "a week": "the second in a week",
// "within a fortnight", "more than a week".
var spanCounters = wordSet(`in within than for per`)

// capitalisedNext reports whether the word after a match starts with a
// capital letter.
func capitalisedNext(after string) bool {
	rest := strings.TrimLeft(after, " ")
	return len(rest) < len(after) && strings.IndexFunc(rest, unicode.IsUpper) == 0
}

// capitalisedBefore reports whether the text before a word ends in a
// space after a capitalised word that ends no sentence: "Computer ".
func capitalisedBefore(before string) bool {
	head := strings.TrimRight(before, " ")
	if len(head) == len(before) {
		return false
	}
	word := head[strings.LastIndexAny(head, " \t\n")+1:]
	return strings.IndexFunc(word, unicode.IsUpper) == 0 && !strings.ContainsAny(word, ".!?:,;\"“”")
}

// awardNouns name who or what an award "of the year" goes to.
var awardNouns = wordSet(`player footballer cricketer sportsman sportswoman sportsperson athlete manager coach
	rookie person man woman personality entertainer car album song book word team artist photographer driver`)
