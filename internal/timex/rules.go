package timex

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// rule is one pattern of temporal language and how to resolve it. The
// extent of a match is capture group `group` (1 unless a rule needs
// leading context that is not part of the expression).
type rule struct {
	name string
	// needs is the trigger words a match must contain one of.
	needs   trigger
	re      *regexp.Regexp
	group   int
	resolve func(c context) (Expression, bool)
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

// Fragments of the patterns. Month names must be capitalised so that the
// verbs "may" and "march" are not read as months.
const (
	monthRe = `((?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)`
	// soloMonthRe is a month that stands without a day or year: a full
	// name, or an abbreviation with its dot ("Jan" alone is a name), and
	// not a noun phrase such as "the March for Life".
	soloMonthRe = `((?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)(?:\s+(?:for|of|on)\s+[A-Z])?`
	weekdayRe   = `([Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)\b`
	dayRe       = `([0-3]?\d)(?:st|nd|rd|th)?\b`
	yearRe      = `(1[5-9]\d\d|2[01]\d\d)\b`
	numberRe    = `(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a\s+hundred|a\s+couple\s+of|a\s+few|several|few|\d{1,4})`
	unitRe      = `(days?|weeks?|months?|quarters?|years?|decades?)\b`
	hedgeRe     = `(more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|roughly|approximately|some|over|under|at\s+least|at\s+most|up\s+to)`
)

// re compiles a pattern that starts on a word boundary. Each pattern says
// how it ends, as abbreviations end in a dot.
func re(p string) *regexp.Regexp { return regexp.MustCompile(`\b` + p) }

// rules is every rule; where matches overlap the longest wins.
var rules = slices.Concat(baseRules, periodRules)

var baseRules = []rule{
	// "Tuesday, Nov. 11, 2025", "November 11th", "Nov. 11". A missing year
	// is the one that puts the day closest to the DCT.
	{name: "month-day", needs: trigMonth, group: 1, re: re(`((?:` + weekdayRe + `,?\s+)?` + monthRe + `\s+` + dayRe + `(?:,?\s+` + yearRe + `)?)`),
		resolve: func(c context) (Expression, bool) {
			return fullDate(c, c.sub(5), c.sub(3), c.sub(4))
		}},
	// "11 November 2025", "11th of November".
	{name: "day-month", needs: trigMonth, group: 1, re: re(`(` + dayRe + `\s+(?:of\s+)?` + monthRe + `(?:,?\s+` + yearRe + `)?)`),
		resolve: func(c context) (Expression, bool) {
			return fullDate(c, c.sub(4), c.sub(3), c.sub(2))
		}},
	// ISO 8601: "2025-11-11".
	{name: "iso-date", needs: trigYear, group: 1, re: re(`((1[5-9]\d\d|2[01]\d\d)-([01]\d)-([0-3]\d)\b)`),
		resolve: func(c context) (Expression, bool) {
			y, _ := strconv.Atoi(c.sub(2))
			m, _ := strconv.Atoi(c.sub(3))
			d, _ := strconv.Atoi(c.sub(4))
			return dayExpression(y, time.Month(m), d)
		}},
	// Numeric dates. With slashes, month first (the US news convention)
	// unless the first number cannot be a month; with dots, day first
	// (the European convention) unless the second cannot be a month.
	{name: "numeric-date", needs: trigYear, group: 1, re: re(`((\d{1,2})([/.])(\d{1,2})[/.]` + yearRe + `)`),
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
	// "September 2025", "Sept. 2025".
	{name: "month-year", needs: trigMonth, group: 1, re: re(`(` + monthRe + `,?\s+` + yearRe + `)`),
		resolve: func(c context) (Expression, bool) {
			m, _ := monthByName(c.sub(2))
			y, _ := strconv.Atoi(c.sub(3))
			return monthExpression(y, m, "", "month-year")
		}},
	// "early September", "mid-October 2025", "the end of November".
	{name: "month-part", needs: trigMonth, group: 1, re: re(`((?i:(early|mid|late|the\s+(?:start|beginning|middle|end)\s+of))[\s-]+` + monthRe + `(?:,?\s+` + yearRe + `)?)`),
		resolve: func(c context) (Expression, bool) {
			m, _ := monthByName(c.sub(3))
			var y int
			switch {
			case c.sub(4) != "":
				y, _ = strconv.Atoi(c.sub(4))
			case c.dct.IsZero():
				return Expression{Type: TypeDate, Value: "XXXX-" + twoDigits(int(m)), Mod: partMod(c.lower(2)), Granularity: GranMonth}, true
			default:
				y = monthYear(c, m)
			}
			return monthExpression(y, m, partMod(c.lower(2)), "month-part")
		}},
	// A month alone: "in September", "last March", "June last year". May
	// needs a preposition or a determiner.
	{name: "month", needs: trigMonth, group: 2, re: re(`(?:(?i:(in|since|until|by|from|during|through|of))\s+)?((?:(?i:(last|next|this))\s+)?` + soloMonthRe + `(?:\s+(?i:(this|last|next)\s+year)\b)?)`),
		resolve: resolveMonth},
	// "the 1990s", "the '90s" is left to the decade-short rule.
	{name: "decade", needs: trigYear, group: 1, re: re(`((?i:the\s+)?((?:1[5-9]|20)\d0)s\b)`),
		resolve: func(c context) (Expression, bool) {
			y, _ := strconv.Atoi(c.sub(2))
			first, last, v := period(monthStart(y, time.January), GranDecade)
			return Expression{Type: TypeDate, Value: v, First: first, Last: last, Granularity: GranDecade}, true
		}},
	// Weekdays, resolved by tense: see resolveWeekday.
	{name: "weekday", needs: trigWeekday, group: 1, re: re(`((?:(?i:(last|next|this|coming|past))\s+)?` + weekdayRe + `(?:\s+(?i:(morning|afternoon|evening|night)\b))?)`),
		resolve: resolveWeekday},
	// Days named relative to the DCT.
	{name: "deictic-day", needs: trigDeictic, group: 1, re: re(`((?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b)`),
		resolve: resolveDeicticDay},
	// "last month", "this week", "next year": the calendar period before,
	// containing or after the DCT's.
	{name: "relative-period", needs: trigUnit, group: 1, re: re(`((?i:(last|next|this|coming|previous|current)\s+(week|month|year|quarter)\b))`),
		resolve: resolveRelativePeriod},
	// "the past week", "the past two years": a span ending at the DCT.
	{name: "past-span", needs: trigUnit, group: 1, re: re(`((?i:the\s+(?:past|last)\s+` + numberRe + `?\s*` + unitRe + `))`),
		resolve: func(c context) (Expression, bool) {
			n, vague := 1, false
			if c.sub(2) != "" {
				var ok bool
				if n, vague, ok = quantity(c.sub(2)); !ok {
					return Expression{}, false
				}
			}
			return durationExpression(n, vague, c.sub(3), "")
		}},
	// "earlier this week", "late last year", "as this week got underway",
	// "the end of the year": part of a period relative to the DCT.
	{name: "period-part", needs: trigUnit, group: 1, re: re(`((?i:(earlier|later|early|late)\s+(this|last|next)\s+(week|month|year)|as\s+(this|the)\s+(week)\s+(?:got|gets|was\s+getting)\s+underway|(?:at\s+)?the\s+(start|beginning|middle|end)\s+of\s+(the|this|last|next)\s+(week|month|year))\b)`),
		resolve: resolvePeriodPart},
	// "the following week", "the previous day", "that year", "later that
	// day", "year-earlier": dated from the text's reference time.
	{name: "anaphoric", needs: trigUnit, group: 1, re: re(`((?i:the\s+(following|next|previous|prior|same)\s+(day|week|month|year)|(?:(?:earlier|later)\s+)?(that)\s+(?:same\s+)?(day|week|month|year)|(year)-(?:earlier|ago)))\b`),
		resolve: resolveAnaphoric},
	// "two days ago", "more than a month ago", "years ago".
	{name: "ago", needs: trigAgo, group: 1, re: re(`((?i:(?:` + hedgeRe + `\s+)?(?:` + numberRe + `\s+)?` + unitRe + `\s+ago\b))`),
		resolve: resolveAgo},
	// "three days", "nearly two decades", "for years".
	{name: "duration", needs: trigUnit, group: 1, re: re(`((?i:(?:` + hedgeRe + `\s+)?` + numberRe + `[\s-]+` + `(days?|weeks?|months?|years?|decades?|hours?|minutes?)\b(?:\s+(later|earlier|from\s+now)\b)?)(-olds?\b)?)`),
		resolve: resolveDuration},
	{name: "vague-duration", needs: trigUnit, group: 2, re: re(`(?i:(for|over|in|within)\s+)((?i:(days|weeks|months|years|decades)\b))`),
		resolve: func(c context) (Expression, bool) {
			code, _ := unitCode(c.sub(3))
			return Expression{Type: TypeDuration, Value: "PX" + code}, true
		}},
	// Sets: "every week", "daily".
	{name: "set-named", needs: trigSet, group: 1, re: re(`((?i:every|each)\s+(?:` + weekdayRe + `|` + soloMonthRe + `))`),
		resolve: func(c context) (Expression, bool) {
			if wd := c.sub(2); wd != "" {
				return Expression{Type: TypeSet, Value: "XXXX-WXX-" + strconv.Itoa((int(weekdaysByName[strings.ToLower(wd)])+6)%7+1)}, true
			}
			m, _ := monthByName(c.sub(3))
			return Expression{Type: TypeSet, Value: "XXXX-" + twoDigits(int(m))}, true
		}},
	{name: "set", needs: trigSet, group: 1, re: re(`((?i:(?:every|each)\s+(day|week|month|year)|daily|weekly|monthly|annually|yearly)\b)`),
		resolve: func(c context) (Expression, bool) {
			unit := c.lower(2)
			if unit == "" {
				unit = map[string]string{"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year"}[strings.ToLower(c.sub(1))]
			}
			code, _ := unitCode(unit)
			return Expression{Type: TypeSet, Value: "P1" + code}, true
		}},
	// Clock times: "at 3 p.m.", "10:30 a.m." on the DCT's day.
	{name: "clock", needs: trigClock, group: 1, re: regexp.MustCompile(`\b((?i:(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)))(?:[^\w]|$)`),
		resolve: resolveClock},
	// References to the present, past and future without a calendar date.
	{name: "reference", needs: trigRef, group: 1, re: re(`((?i:recently|currently|current|nowadays|now|recent\s+(?:days|weeks|months|years)|formerly|the\s+past|the\s+future|in\s+the\s+coming\s+(?:days|weeks|months)))\b`),
		resolve: func(c context) (Expression, bool) {
			w := strings.Fields(c.lower(1))
			switch {
			case w[0] == "now" || w[0] == "current" || w[0] == "currently" || w[0] == "nowadays":
				return Expression{Type: TypeDate, Value: "PRESENT_REF"}, true
			case w[0] == "in" || w[len(w)-1] == "future":
				return Expression{Type: TypeDate, Value: "FUTURE_REF"}, true
			}
			return Expression{Type: TypeDate, Value: "PAST_REF"}, true
		}},
}

func twoDigits(n int) string { return strconv.Itoa(100 + n)[1:] }

func partMod(part string) string {
	switch {
	case part == "early" || strings.Contains(part, "start") || strings.Contains(part, "beginning"):
		return "START"
	case part == "mid" || strings.Contains(part, "middle"):
		return "MID"
	case part == "late" || strings.Contains(part, "end"):
		return "END"
	}
	return ""
}
