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

func dayExpression(y int, m time.Month, d int) (Expression, bool) {
	t, ok := date(y, m, d)
	if !ok {
		return Expression{}, false
	}
	return Expression{Type: TypeDate, Value: dayValue(t), First: t, Last: t, Granularity: GranDay}, true
}

// monthExpression is a whole month, or its first, middle or last third
// when mod is START, MID or END ("early September" is 1–10 September).
func monthExpression(y int, m time.Month, mod, rule string) (Expression, bool) {
	if y < 1 || m < time.January || m > time.December {
		return Expression{}, false
	}
	first, last := monthStart(y, m), monthEnd(y, m)
	switch mod {
	case "START":
		last = first.AddDate(0, 0, 9)
	case "MID":
		first, last = first.AddDate(0, 0, 10), first.AddDate(0, 0, 19)
	case "END":
		first = first.AddDate(0, 0, 20)
	}
	return Expression{Type: TypeDate, Value: monthValue(first), Mod: mod, First: first, Last: last, Granularity: GranMonth, Rule: rule}, true
}

// fullDate resolves a day of a month. Without a year, the year is the one
// that puts the day nearest the DCT (news rarely dates events more than
// half a year from its own date without naming the year), unless that
// contradicts the clause's tense by more than two months.
func fullDate(c context, year, month, dom string) (Expression, bool) {
	m, ok := monthByName(month)
	if !ok {
		return Expression{}, false
	}
	d, _ := strconv.Atoi(dom)
	if year != "" {
		y, _ := strconv.Atoi(year)
		return dayExpression(y, m, d)
	}
	if c.dct.IsZero() {
		if _, ok := date(2000, m, d); !ok { // 2000 is a leap year: 29 Feb passes
			return Expression{}, false
		}
		return Expression{Type: TypeDate, Value: fmt.Sprintf("XXXX-%02d-%02d", int(m), d), Granularity: GranDay}, true
	}
	const margin = 61 // days
	best, found := time.Time{}, false
	t := clauseTense(c)
	// "named him caretaker prime minister until March 1": a past clause
	// names no side of the DCT for the bound of what it began.
	if t == tensePast && boundAfter(c) {
		t = tenseUnknown
	}
	past := t == tensePast && (ownPastVerb(c) || afterPastAct(c))
	if t == tensePast && setFor(c) { // "the hearing was set for Feb. 3": the nearest
		t = tenseUnknown
	}
	// "will make his debut on Jan. 11", written in March, is next
	// January's; a day within the month before the DCT may be a slip of
	// the writer's or the text's own day before it came out.
	will := t == tenseFuture && willClause(c)
	for _, y := range []int{c.dct.Year() - 1, c.dct.Year(), c.dct.Year() + 1} {
		day, ok := date(y, m, d)
		if !ok {
			continue
		}
		offset := day.Sub(c.dct).Hours() / 24
		if (t == tensePast && offset > margin) || (past && offset > 0) || (t == tenseFuture && offset < -margin) || will && offset < -31 || offset > 0 && sinceBefore(c) {
			continue
		}
		if !found || absDays(day, c.dct) < absDays(best, c.dct) {
			best, found = day, true
		}
	}
	if !found {
		return Expression{}, false
	}
	e, _ := dayExpression(best.Year(), best.Month(), best.Day())
	e.Rule = "day-nearest-dct"
	return e, true
}

// afterPastAct reports whether the match ends a noun phrase "after" opens
// behind a verb told in the past: "was dismissed after a 2-1 home defeat
// by Ipswich on 14 December". What came before a past act is past too.
func afterPastAct(c context) bool {
	before := strings.Fields(c.text[sentenceStart(c.text, c.m[0]):c.m[0]])
	for i := len(before) - 1; i > 0; i-- {
		// "after the swearing-in and set new elections for March 5": a
		// predicate of its own.
		if strings.ContainsAny(before[i], ",;:") || cue(before[i]) != tenseUnknown || before[i] == "and" {
			return false // a clause of its own, or no phrase of "after"
		}
		if strings.EqualFold(before[i], "after") {
			for j := i - 1; j >= 0; j-- {
				if t := cue(before[j]); t != tenseUnknown {
					return t == tensePast
				}
			}
			return false
		}
	}
	return false
}

// agreeWeekday moves a day written without its year and with its weekday
// ("Monday 3 March") to the year next to the DCT's in which it falls on
// that weekday, when the year fullDate chose does not: the weekday is the
// writer's own check on the date.
func agreeWeekday(d Expression, wd time.Weekday, dct time.Time) Expression {
	if d.First.IsZero() || dct.IsZero() || d.First.Weekday() == wd {
		return d
	}
	var best time.Time
	for y := dct.Year() - 1; y <= dct.Year()+1; y++ {
		if t, ok := date(y, d.First.Month(), d.First.Day()); ok && t.Weekday() == wd && (best.IsZero() || absDays(t, dct) < absDays(best, dct)) {
			best = t
		}
	}
	if best.IsZero() {
		return d
	}
	e, _ := dayExpression(best.Year(), best.Month(), best.Day())
	e.Rule = "day-weekday"
	return e
}

// sinceBefore reports whether the expression is what something has lasted
// since, and so lies before the DCT: "since January", "since taking office
// in January", "since his election in January". "Since" is looked for a
// few words back, within the clause; with a verb between, it is the
// causal "since" ("since the vote is in January").
func sinceBefore(c context) bool {
	if strings.HasPrefix(strings.ToLower(c.text[c.m[0]:]), "since ") { // a rule's leading "since"
		return true
	}
	// Five words rarely take more than 64 bytes: look there first, as
	// most dates have no "since" before them.
	if near := c.text[max(0, c.m[0]-64):c.m[0]]; !strings.Contains(near, "since") && !strings.Contains(near, "Since") {
		return false
	}
	before := wordsBefore(c)
	for i := len(before) - 1; i >= 0 && i >= len(before)-5; i-- {
		w := before[i]
		if w == "since" {
			return true
		}
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || cue(w) != tenseUnknown || finiteVerbs[w] {
			return false
		}
	}
	return false
}

// finiteVerbs are forms of "be" and "have" that make a clause.
var finiteVerbs = wordSet(`is are was were be been has have had`)

func absDays(a, b time.Time) float64 {
	d := a.Sub(b).Hours() / 24
	if d < 0 {
		return -d
	}
	return d
}

// monthYear picks the year of a month named without one: the year that
// puts it nearest the DCT's month ("in January", written in November, is
// the coming January), unless that contradicts the clause's tense by more
// than two months ("it opened in December", written in November, is last
// December). A month that has passed is next year's after "will" or a
// schedule in the present: "will reopen in December", "the festival
// returns in December", written in January.
func monthYear(c context, m time.Month) int {
	diff := int(m) - int(c.dct.Month()) // months from the DCT's month
	best := diff
	for _, d := range []int{diff - 12, diff + 12} {
		if abs(d) < abs(best) {
			best = d
		}
	}
	t := clauseTense(c)
	if t == tensePast && setFor(c) { // "the trial was set for March": the nearest
		t = tenseUnknown
	}
	switch {
	case best > 0 && sinceBefore(c):
		best -= 12
	// "banned outdoor work from Wednesday until the end of August",
	// written in June: the end of a span told in the past is the nearest
	// such month, which may still be ahead.
	case t == tensePast && best > 0 && boundAfter(c):
	// "projected two more cuts at its meetings in October and
	// December", written in September: what a forecast told in the past
	// looks ahead to is the nearest such month, as a plan's is.
	case t == tensePast && best > 0 && forecastCue(c):
	case t == tensePast && (best > 2 || best > 0 && (ownPastVerb(c) || pastAct(c))):
		best -= 12
	// "said he would step down after the party lost its majority in
	// July", written in October: what lay ahead of a saying now past is
	// the nearest such month.
	case t == tenseFuture && (best < -2 || best < 0 && willClause(c)) && !backshiftedAt(c):
		best += 12
	}
	return c.dct.Year() + (int(c.dct.Month())-1+best+120)/12 - 10
}

// passiveBeJoined is the index of the "be" of a passive ("will be
// cleaned", "is to be cleaned") that the participle before[i] is joined on
// to by "and", when no other past form stands between ("could be delayed,
// but the Senate met and voted"); -1 if there is none.
func passiveBeJoined(before []string, i int) int {
	if i < 2 || before[i-1] != "and" {
		return -1
	}
	for k := i - 2; k > 0; k-- {
		if strings.EqualFold(before[k], "be") {
			return k
		}
		if cue(before[k]) == tensePast && !strings.EqualFold(before[k-1], "be") {
			return -1
		}
	}
	return -1
}

// backshiftedAt reports whether the nearest verb before the match is a
// past form backshifted by a future told in the past (see backshifted).
func backshiftedAt(c context) bool {
	before := strings.Fields(c.text[sentenceStart(c.text, c.m[0]):c.m[0]])
	for i := len(before) - 1; i >= 0; i-- {
		switch cue(before[i]) {
		case tensePast:
			return backshifted(before, i)
		case tenseFuture:
			return false
		}
	}
	return false
}

// pastAct reports whether the nearest verb before the match tells of an
// act done, whose date it is however far from the verb: "killed 12
// people in southern Spain in December", "reported a loss of $5 million
// in December". Not a verb that sets up what its object names
// ("announced a strike in December"), plans, reports or promises, nor
// one an infinitive follows ("voted to raise rates in January").
func pastAct(c context) bool {
	before := strings.Fields(c.text[sentenceStart(c.text, c.m[0]):c.m[0]])
	for i := len(before) - 1; i >= 0; i-- {
		w := strings.ToLower(strings.Trim(before[i], `.,;:!?"'()“”‘’`))
		// Not after a verb that acts to get something ("sued to stop
		// the deal in February"): the date is the act's.
		if w == "to" && i+1 < len(before) && infinitiveAfter(before[i+1]) && !(i > 0 && purposeVerbs[strings.ToLower(before[i-1])]) {
			return false
		}
		// A comma inside a figure ("16,000") breaks no clause, nor one
		// before what "including" picks from the clause's object: "made
		// gains, including the capture of the town in May".
		comma := strings.HasSuffix(strings.TrimRight(before[i], `"'”’)`), ",") && !(i+1 < len(before) && strings.EqualFold(before[i+1], "including"))
		if (strings.ContainsAny(before[i], ";:") || comma) && i < len(before)-1 || w == "that" || w == "whether" || w == "if" {
			return false // another clause's
		}
		switch cue(before[i]) {
		case tenseFuture:
			return false
		case tensePast:
			next := ""
			if i+1 < len(before) {
				next = strings.ToLower(before[i+1])
			}
			// "called off the strike", "reported a loss": a particle
			// or an indefinite object makes an act of these verbs, as
			// "of" or "about" does of one of knowing or telling ("first
			// learned of the problem in January"), but for a warning,
			// which looks ahead.
			setsUp := settingUp[w] && next != "off" || invitingWords[w] ||
				reportingPast[w] && !(w == "reported" && (next == "a" || next == "an")) && !((next == "of" || next == "about") && w != "warned")
			// "will sell preferred shares": a past form after a modal
			// or a future is an adjective.
			// Only in its own verb group: "The fire comes a year after the
			// fires killed 31 people in January" tells of a January past.
			ahead := slices.ContainsFunc(before[max(0, i-3):i], func(w string) bool { return cue(w) == tenseFuture || modalWords[strings.ToLower(w)] })
			// "agreed a deal in May", "decided the case in May": with an
			// object, not an infinitive, these tell an act done.
			intention := intentionWords[w] && w != "agreed" && w != "decided"
			return !pastAuxiliaries[w] && !setsUp && !intention && !scheduledFor[w] && !plannedWords[w] &&
				!promiseWords[w] && !forecastWords[w] && !ahead && i > 0 && !determiners[strings.ToLower(before[i-1])]
		}
	}
	return false
}

// actVerb reports whether w, a past form, tells an act done, not one
// that sets up, plans, reports or promises what its object names, or
// imposes a rule ("imposed a curfew starting on Friday").
func actVerb(w string) bool {
	return !pastAuxiliaries[w] && !settingUp[w] && !invitingWords[w] && !reportingPast[w] && !intentionWords[w] &&
		!scheduledFor[w] && !plannedWords[w] && !promiseWords[w] && !forecastWords[w] && !imposingWords[w]
}

// counterfactual reports whether before, the words of a clause up to a
// match, tell what would have happened: "would have halted most services
// on", "would have turned 80 on". What was called off was to come, what
// did not live to be was past, and either is near the DCT.
func counterfactual(before []string) bool {
	for i := len(before) - 2; i >= 1 && i >= len(before)-8; i-- {
		if strings.ContainsAny(before[i], ",;:") {
			return false
		}
		if strings.EqualFold(before[i], "have") && (strings.EqualFold(before[i-1], "would") || strings.EqualFold(before[i-1], "could")) {
			return cue(before[i+1]) == tensePast
		}
	}
	return false
}

// imposedUntil reports whether a weekday ends what a verb that imposes
// or issues it set running: "issued flood watches through Friday",
// "extended the curfew until Monday". What was set still runs, so its
// end may lie ahead of the DCT as well as behind it.
func imposedUntil(c context) bool {
	if !deadline(c) {
		return false
	}
	w, _ := nearestCue(c)
	w = strings.ToLower(strings.Trim(w, `.,;:!?"'()“”‘’`))
	return imposingWords[w] || w == "issued" || w == "declared"
}

// perfectUntil reports whether a weekday ends what the present perfect
// set running: "has issued an amber cold-health alert, in force until
// 9am on Sunday". What has been set still runs: its end lies ahead.
func perfectUntil(c context) bool {
	if !deadline(c) {
		return false
	}
	before := strings.Fields(c.text[sentenceStart(c.text, c.m[0]):c.m[0]])
	for i := len(before) - 1; i > 0; i-- {
		if cue(before[i]) != tenseUnknown {
			return strings.EqualFold(before[i-1], "has") || strings.EqualFold(before[i-1], "have")
		}
	}
	return false
}

// imposingWords set up a rule that runs from its start.
var imposingWords = wordSet(`imposed introduced extended set established`)

// purposeVerbs act to get what an infinitive after them names, rather
// than decide or plan it; so do those that tell whether the act came
// off: "failed to land the booster in January".
var purposeVerbs = wordSet(`sued acted moved worked fought rushed scrambled intervened stepped raced struggled failed tried attempted managed`)

// pastAuxiliaries carry a past tense for a verb or state after them,
// which dates nothing by itself: "was considering closing plants".
var pastAuxiliaries = wordSet(`was were had has have did been`)

// invitingWords call someone to what lies ahead: "invited them to a
// ceremony in December".
var invitingWords = wordSet(`invited summoned arranged`)

// infinitiveAfter reports whether w, after "to", is a verb's base form:
// no determiner, figure, pronoun or name ("to raise", not "to its", "to
// 3.8%", "to Paris").
func infinitiveAfter(w string) bool {
	lw := strings.ToLower(w)
	return lw == w && !determiners[lw] && !objectPronouns[lw] && !strings.ContainsAny(w, "0123456789$£€") && lw != "a" && lw != "an"
}

// willClause reports whether the clause before the match speaks of what
// will happen ("will reopen in December", "are expected to resume in
// December", "returns in December"), with no past cue nearer the match:
// "was expected in December" may be of a month now past.
func willClause(c context) bool {
	before := strings.Fields(c.text[sentenceStart(c.text, c.m[0]):c.m[0]])
	for i := len(before) - 1; i >= 0; i-- {
		w := strings.ToLower(strings.Trim(before[i], `.,;:!?"'()“”‘’`))
		switch {
		case w == "will" || w == "shall" || w == "won't" || strings.HasSuffix(w, "'ll"):
			return true
		case cue(before[i]) == tenseFuture && i > 0 && (before[i-1] == "is" || before[i-1] == "are"):
			return true // "are expected to resume in December"
		case cue(before[i]) == tenseFuture && strings.HasSuffix(w, "s"):
			return true // a schedule in the present: "the festival returns in December"
		case cue(before[i]) != tenseUnknown:
			return false
		}
	}
	return false
}

// yearOfMonth is the year written with a month, or else monthYear's;
// false with neither a year nor a DCT.
func yearOfMonth(c context, m time.Month, year string) (int, bool) {
	if year != "" {
		y, _ := strconv.Atoi(year)
		return y, true
	}
	if c.dct.IsZero() {
		return 0, false
	}
	return monthYear(c, m), true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// resolveMonth resolves a month named alone. "last March" is the most
// recent March before the DCT's month, "next March" the first after it,
// "June last year" June of the year before the DCT's; otherwise see
// monthYear.
func resolveMonth(c context) (Expression, bool) {
	m, _ := monthByName(c.sub(4))
	which, year := c.lower(3), c.lower(5)
	// soloMonthRe takes in "for", "of" or "on" and a capital so that
	// this can refuse them: "the March for Life", "the March of the Living",
	// "the March on Washington" are names.
	// "August of last year" is the year's.
	if f := strings.Fields(c.text[c.m[9]:c.m[5]]); len(f) > 0 && (f[0] == "for" || f[0] == "of" || f[0] == "on") && year == "" {
		return Expression{}, false
	}
	// "last Oct. 23" is a day, which the month-day rule dates.
	if dayFollows.MatchString(c.text[c.m[5]:min(len(c.text), c.m[5]+4)]) {
		return Expression{}, false
	}
	if c.sub(1) == "" && which == "" && year == "" {
		if m == time.May && !monthRangeBefore.MatchString(c.text[max(0, c.m[0]-24):c.m[0]]) && !monthListAfter.MatchString(c.text[c.m[5]:]) {
			return Expression{}, false // "may" is far more often the verb; not in "from March to May" or "the May and June totals"
		}
		// "April Ryan asked": a month written out before a capitalised
		// word, with no preposition before it, is a first name.
		if rest := c.text[c.m[5]:]; !strings.HasSuffix(c.sub(4), ".") && len(rest) > 2 && rest[0] == ' ' &&
			'A' <= rest[1] && rest[1] <= 'Z' && 'a' <= rest[2] && rest[2] <= 'z' {
			return Expression{}, false
		}
	}
	if c.dct.IsZero() {
		return Expression{Type: TypeDate, Value: "XXXX-" + twoDigits(int(m)), Granularity: GranMonth}, true
	}
	y, rule := monthYear(c, m), "month-"+tenseName(c)
	// "by next year's assembly in May": the month of an occasion a year
	// names is in that year.
	if p := ownedYearBefore.FindStringSubmatch(c.text[max(0, c.m[0]-96):c.m[0]]); p != nil {
		y, rule = c.dct.Year()+map[string]int{"last": -1, "this": 0, "next": 1}[strings.ToLower(p[1])], "month-of-owned-year"
	}
	switch {
	case year != "":
		y, rule = c.dct.Year()+relativeSteps[year], "month-relative-year"
	case which == "last":
		y, rule = c.dct.Year(), "month-last"
		if m >= c.dct.Month() {
			y--
		}
	case which == "next":
		y, rule = c.dct.Year(), "month-next"
		if m <= c.dct.Month() {
			y++
		}
	case which == "this":
		y, rule = c.dct.Year(), "month-this"
	}
	return monthExpression(y, m, "", rule)
}

// resolveAnaphoricMonth resolves "the following January", the first
// January after the text's reference month, and "the previous
// (preceding) January", the last before it. Without a reference the DCT
// stands in for it, as for "next January" and "last January", except
// that in a past clause "the following January" cannot be after the DCT:
// it stays undated. "that September" is the month of the reference's
// year ("took office in January 2023 ... completed that September"), or
// without one the month alone's.
func resolveAnaphoricMonth(c context) (Expression, bool) {
	m, _ := monthByName(c.sub(4))
	if c.sub(3) != "" {
		if !thatMonth(c) {
			return Expression{}, false
		}
		r := relation{unit: GranYear, ofYear: true, month: m}
		if c.dct.IsZero() {
			return Expression{Type: TypeDate, Value: "XXXX-" + twoDigits(int(m)), Granularity: GranMonth, rel: &r}, true
		}
		e, ok := monthExpression(monthYear(c, m), m, "", "month-"+tenseName(c))
		e.rel = &r
		return e, ok
	}
	r := relation{unit: GranMonth, onMonth: true, month: m, n: -1}
	if w := c.lower(2); w == "following" || w == "next" {
		r.n = 1
	}
	if c.dct.IsZero() || r.n > 0 && clauseTense(c) == tensePast {
		return Expression{Type: TypeDate, Value: "XXXX-" + twoDigits(int(m)), Granularity: GranMonth, rel: &r}, true
	}
	t := monthFrom(c.dct, m, r.n)
	e, ok := monthExpression(t.Year(), m, "", "anaphoric-month-dct")
	e.rel = &r
	return e, ok
}

// thatMonth reports whether "that" before a month is a determiner, not
// the conjunction of "said that September was the wettest": the month
// ends a phrase (a mark, a preposition or a pronoun follows it) and no
// verb of saying or knowing comes right before "that".
func thatMonth(c context) bool {
	before := strings.Fields(c.text[sentenceStart(c.text, c.m[0]):c.m[0]])
	if n := len(before); n > 0 {
		if w := strings.ToLower(strings.Trim(before[n-1], `"'“”‘’`)); reportingPast[w] || clauseWords[w] {
			return false
		}
	}
	rest := strings.TrimLeft(c.text[c.m[1]:], " ")
	if rest == "" || strings.ContainsRune(".,;:!?)\n", rune(rest[0])) {
		return true
	}
	next, _, _ := strings.Cut(rest, " ")
	return objectBreaks[next] || subjectPronouns[next]
}

// clauseWords take a clause opened by "that": "says that", "shows that".
var clauseWords = wordSet(`say says saying show shows showed shown find finds mean means meant believe believes argue argues
	know knows claim claims suggest suggests insist insists note notes warn warns fact hope hopes think thinks`)

var subjectPronouns = wordSet(`he she they we it i you`)

// monthFrom is the first day of the first month m after t's month (step
// 1), or of the last before it (step -1).
func monthFrom(t time.Time, m time.Month, step int) time.Time {
	t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, step, 0)
	for t.Month() != m {
		t = t.AddDate(0, step, 0)
	}
	return t
}

var dayFollows = regexp.MustCompile(`^\s[0-3]?\d\b`)

// monthRangeBefore matches a month and a word or mark that links it to
// the next, as in "from March to May", "between April and May", "in
// February, May and August".
var monthRangeBefore = regexp.MustCompile(monthRe + `\s*(?:to|through|until|and|or|,|-|–)\s*$`)

// ownedYearBefore is a year's possessive on a noun, perhaps with an
// appositive set off by commas, then a preposition before a month: "next
// year's assembly in ", "next year's contest, the 70th edition, in ".
var ownedYearBefore = regexp.MustCompile(`(?i)\b(next|last|this)\s+year['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?:,\s+[^,.;]{1,40},)?\s+(?:(?:in|on)\s+)?$`)

// monthListAfter matches what links a month to a next one after it: " and
// June", " to July".
var monthListAfter = regexp.MustCompile(`^\s*(?:to|through|until|and|or|-|–)\s*` + monthRe)

// resolveWeekday resolves a weekday, with any part of the day it names.
func resolveWeekday(c context) (Expression, bool) {
	if c.sub(1) == c.sub(4) && (weekdayInName(c.text[:c.m[2]], c.text[c.m[3]:]) || weekdayKind(c)) {
		return Expression{}, false
	}
	wd := weekdaysByName[strings.ToLower(c.sub(4))]
	mod := partMod(c.lower(2))
	// "Schools will close early on Wednesday": "early" tells when the
	// closing is against its usual hour, not which part of the day.
	if before := strings.Fields(c.text[max(0, c.m[2]-16):c.m[2]]); mod != "" && len(before) > 0 && timedVerbs[strings.ToLower(before[len(before)-1])] {
		m := withoutPart(c.m)
		e, ok := resolveWeekday(context{text: c.text, m: m, dct: c.dct})
		if ok && e.End == 0 {
			e.Start, e.End = m[2], m[3]
		}
		return e, ok
	}
	if which := strings.Join(strings.Fields(c.lower(3)), " "); strings.HasPrefix(which, "the ") {
		e := anaphoricWeekday(c, wd, which)
		e.Mod = mod
		if part := c.lower(5); part != "" {
			e.Type = TypeTime
			e.rel.part = partCodes[part]
			e.Value += "T" + partCodes[part]
		}
		return e, true
	}
	// "shut for the holiday and reopen the Monday after": a weekday with
	// "the" before it and "after" or "before" closing the clause after
	// it is the one after, or before, the day the text is about, as
	// "the following Monday" is.
	if m := weekdayBeside.FindStringSubmatch(c.text[c.m[3]:]); m != nil && c.lower(3) == "" && c.lower(5) == "" && mod == "" && strings.HasSuffix(strings.ToLower(c.text[:c.m[2]]), "the ") {
		which := "the following"
		if strings.EqualFold(m[1], "before") {
			which = "the previous"
		}
		e := anaphoricWeekday(c, wd, which)
		e.Start, e.End = c.m[2]-len("the "), c.m[3]+len(m[0])-len(m[2])
		return e, true
	}
	// "encrypted in the early hours of that Monday": the weekday of the
	// week the text is about, "that" a determiner as before a month.
	if before := c.text[:c.m[2]]; (strings.HasSuffix(before, "that ") || strings.HasSuffix(before, "That ")) &&
		thatMonth(context{text: c.text, m: []int{c.m[2] - len("that "), c.m[3]}, dct: c.dct}) {
		r := relation{unit: GranDay, onWeekday: true, weekday: wd}
		e := Expression{Start: c.m[2] - len("that "), End: c.m[3], Type: TypeDate, Value: "XXXX-WXX-" + isoWeekday(wd), Granularity: GranDay, rel: &r}
		if !c.dct.IsZero() {
			t, _ := weekdayDate(c, wd, "")
			e, _ = dayExpression(t.Year(), t.Month(), t.Day())
			e.Start, e.End, e.Rule, e.rel = c.m[2]-len("that "), c.m[3], "anaphoric-dct", &r
		}
		if part := c.lower(5); part != "" {
			e.Type, e.Value, r.part = TypeTime, e.Value+"T"+partCodes[part], partCodes[part]
		}
		return e, true
	}
	t, rule := weekdayDate(c, wd, c.lower(3))
	// "Tuesday of last week", "Thursday last week": the day of the week
	// named after it, one expression.
	if m := weekAfterDay.FindStringSubmatch(c.text[c.m[3]:]); m != nil && c.lower(3) == "" && !c.dct.IsZero() {
		monday := weekStart(c.dct).AddDate(0, 0, 7*map[string]int{"last": -1, "next": 1}[strings.ToLower(m[1])])
		t = monday.AddDate(0, 0, (int(wd)+6)%7)
		e, _ := dayExpression(t.Year(), t.Month(), t.Day())
		e.Start, e.End, e.Rule, e.Mod = c.m[2], c.m[3]+len(m[0]), "weekday-of-week", mod
		if part := c.lower(5); part != "" {
			e.Type, e.Value = TypeTime, e.Value+"T"+partCodes[part]
		}
		return e, true
	}
	if t.IsZero() || someWeekday(c) {
		e := Expression{Type: TypeDate, Value: "XXXX-WXX-" + isoWeekday(wd), Mod: mod, Granularity: GranDay}
		if part := c.lower(5); part != "" {
			e.Type, e.Value = TypeTime, e.Value+"T"+partCodes[part]
		}
		return e, true
	}
	// "Saturday Night Live", "Monday Night Football": a name.
	if part := c.sub(5); capitalThenCapital(part, c.text[c.m[1]:]) {
		return Expression{}, false
	}
	// "The festival ran from Thursday to Sunday", written on a
	// Thursday: a past span ends by the DCT, so it began a week back.
	// "made Friday and Thursday" lists days; only "between" makes "and"
	// a span's. "postponed on Monday to Friday" names a day and where
	// something was moved.
	m := weekdayRangeStart.FindStringSubmatch(c.text[c.m[1]:min(len(c.text), c.m[1]+40)])
	if m != nil && m[2] == "" && rule == "weekday-past" {
		lead := strings.ToLower(strings.TrimRight(c.text[max(0, c.m[2]-10):c.m[2]], " "))
		end := weekdayFrom(t, weekdaysByName[strings.ToLower(m[3])], 1)
		if (m[1] != "and" || strings.HasSuffix(lead, "between")) && !strings.HasSuffix(lead, " on") && end.After(c.dct) {
			t = t.AddDate(0, 0, -7)
		}
	}
	// "runs from Tuesday to next Monday", written on a Thursday: a span
	// that ends on the coming week's day began before it, this week.
	if m != nil && m[2] != "" && rule == "weekday-future" {
		if end := weekdayFrom(c.dct, weekdaysByName[strings.ToLower(m[3])], 1); t.After(end) {
			t, rule = t.AddDate(0, 0, -7), "weekday-range-start"
		}
	}
	e, _ := dayExpression(t.Year(), t.Month(), t.Day())
	e.Rule, e.Mod = rule, mod
	if part := c.lower(5); part != "" {
		e.Type = TypeTime
		e.Value += "T" + partCodes[part]
	}
	// "from Monday to Friday", "between Friday and Sunday", "overnight
	// Tuesday into Wednesday": a span's end is the first such day after
	// its start, whatever the clause's tense made of each.
	if mod == "" && c.lower(3) == "" && endsWeekdayRange(c.text[max(0, c.m[2]-40):c.m[2]]) {
		e.rel = &relation{unit: GranDay, onWeekday: true, weekday: wd, n: 1, sentence: true, part: partCodes[c.lower(5)]}
	}
	return e, true
}

// endsWeekdayRange reports whether before, the text before a weekday or
// before the clock time on one, ends in the start of a span of days and
// its link: "from Monday to", "between Friday and", "from noon on Tuesday
// until" (before "midnight on Thursday").
func endsWeekdayRange(before string) bool {
	return rangeLinkBefore(before) && weekdayRangeEnd.MatchString(before)
}

// timedVerbs are verbs that "early" or "late" tells the timing of
// against the usual hours when the act is still ahead: "will close
// early", "opens late". Told in the past the words are as often the time
// of day: "The road was closed early Monday", "The standoff ended early
// Monday".
var timedVerbs = wordSet(`close closes shut shuts open opens finish finishes`)

// withoutPart is a weekday match with its "early" or "late" taken out:
// the expression starts at the word after it, past an "on".
func withoutPart(m []int) []int {
	out := slices.Clone(m)
	out[2] = out[8] // the weekday
	if out[6] >= 0 {
		out[2] = out[6] // "last", "next"
	}
	out[4], out[5] = -1, -1
	return out
}

// someWeekday reports whether a weekday after "on a" names no day but
// the day of the week something falls on: "Christmas falls on a Thursday
// this year", "was killed on a Sunday night". Without "on" it may be one
// day: "attended a Sunday night memorial service".
func someWeekday(c context) bool {
	return c.sub(2) == "" && c.sub(3) == "" && strings.HasSuffix(strings.ToLower(c.text[max(0, c.m[0]-5):c.m[0]]), "on a ")
}

// rangeLinkBefore reports whether s ends in a word that links a span's
// ends ("to", "and", "-"): a cheap test before weekdayRangeEnd's.
func rangeLinkBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	switch w := strings.ToLower(s[strings.LastIndexAny(s, " \n\t")+1:]); w {
	case "to", "through", "thru", "until", "till", "into", "and", "-", "–":
		return true
	default:
		return strings.HasSuffix(w, "-") || strings.HasSuffix(w, "–")
	}
}

// weekBeginningBefore is what makes a day the first of the week it names,
// looked for behind the day: "the week beginning 8 December".
var weekBeginningBefore = regexp.MustCompile(`(?i)\bthe\s+week\s+(?:beginning|starting|commencing)(?:\s+on)?\s+$`)

// weekBeginning is the ISO week of day d when the words before the match
// name the week it begins; the expression takes them in.
func weekBeginning(c context, d Expression) (Expression, bool) {
	if d.First.IsZero() || d.Granularity != GranDay {
		return Expression{}, false
	}
	from := max(0, c.m[2]-40)
	loc := weekBeginningBefore.FindStringIndex(c.text[from:c.m[2]])
	if loc == nil {
		return Expression{}, false
	}
	w := weekOf(d)
	w.Start, w.End = from+loc[0], c.m[3]
	return w, true
}

// weekOf is the ISO week holding day d.
func weekOf(d Expression) Expression {
	first, last, v := period(d.First, GranWeek)
	return Expression{Type: TypeDate, Value: v, First: first, Last: last, Granularity: GranWeek, Rule: "week-of"}
}

// weekdayRangeStart is what follows the first day of a span of days: the
// link and the last day's weekday.
var weekdayRangeStart = regexp.MustCompile(`^(?:\s+` + dayPartNames + `)?\s*(to|through|thru|until|till|and|-|–)\s*((?i:next\s+)?)((?i)` + weekdayNames + `)\b`)

// weekdayRangeEnd is the start of a span of days before its end's weekday.
var weekdayRangeEnd = regexp.MustCompile(`(?i)(?:\bbetween\s+` + weekdayNames + `(?:\s+` + dayPartNames + `)?\s+and|\b` + weekdayNames + `(?:\s+` + dayPartNames + `)?\s*(?:to|through|thru|until|till|into|-|–))\s*$`)

const (
	weekdayNames = `(?:mon|tues|wednes|thurs|fri|satur|sun)day`
	dayPartNames = `(?:morning|afternoon|evening|night)`
)

// anaphoricWeekday resolves "the following Wednesday", the first after
// the text's reference day, and "the previous (preceding) Wednesday", the
// last before it. Without a reference the DCT stands in for it, except
// that in a past clause "the following Wednesday" cannot be after the
// DCT: it stays undated.
func anaphoricWeekday(c context, wd time.Weekday, which string) Expression {
	r := relation{unit: GranDay, onWeekday: true, weekday: wd, n: -1}
	if which == "the following" {
		r.n = 1
	}
	if c.dct.IsZero() || r.n > 0 && clauseTense(c) == tensePast {
		return Expression{Type: TypeDate, Value: "XXXX-WXX-" + isoWeekday(wd), Granularity: GranDay, rel: &r}
	}
	t := weekdayFrom(c.dct, wd, r.n)
	e, _ := dayExpression(t.Year(), t.Month(), t.Day())
	e.Rule, e.rel = "anaphoric-dct", &r
	return e
}

// capitalThenCapital reports whether word is capitalized and the text
// after it goes on with another capitalized word: a common word of time
// inside a name ("Saturday Night Live", "the Summer Olympics").
func capitalThenCapital(word, after string) bool {
	return word != "" && word[0] >= 'A' && word[0] <= 'Z' &&
		len(after) > 1 && after[0] == ' ' && after[1] >= 'A' && after[1] <= 'Z'
}

// titleCase reports whether every word of s opens with a capital.
func titleCase(s string) bool {
	for _, w := range strings.Fields(s) {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return s != ""
}

// weekdayKind reports whether a bare weekday after "a" names a kind of
// thing by the day it comes on: "a Sunday newspaper", "a Monday shift".
// "on a Sunday in May" is a day, if no known one.
func weekdayKind(c context) bool {
	if c.wordBefore() != "a" {
		return false
	}
	next := strings.TrimLeft(c.text[c.m[3]:], " ")
	w := next[:strings.IndexFunc(next+" ", func(r rune) bool { return r < 'a' || r > 'z' })]
	return len(w) > 2 && !kindStops[w]
}

// kindStops are the words after "a Sunday" that open no noun it names
// the kind of.
var kindStops = map[string]bool{"in": true, "and": true, "or": true, "when": true, "that": true, "which": true, "after": true, "before": true, "for": true, "with": true, "the": true, "but": true, "was": true, "is": true, "last": true, "this": true, "next": true}

// weekdayInName reports whether a bare weekday, between the text before
// and after it, is part of a name: a day's own ("Super Tuesday"), or one
// that runs on in capitals ("The Sunday Times", "the Good Friday
// Agreement") after "the" or after a capitalized word within the
// sentence. Wire copy's "in Tanzania Friday" stays a day, as does "On
// Friday Trump said", whose capital opens the sentence.
func weekdayInName(before, after string) bool {
	// "Super Tuesday", "Bloody Sunday", "Black Monday": named days, not
	// the week's.
	for _, w := range [...]string{"Super ", "Bloody ", "Black "} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	next, _, _ := strings.Cut(strings.TrimPrefix(after, " "), " ")
	if len(after) < 2 || after[0] != ' ' || next == "" || next[0] < 'A' || next[0] > 'Z' {
		return false
	}
	if _, ok := monthByName(next); ok {
		return false // "Friday Nov. 14"
	}
	if _, ok := weekdaysByName[strings.ToLower(strings.Trim(next, ".,"))]; ok {
		return false
	}
	if !strings.HasSuffix(before, " ") {
		return false
	}
	before = strings.TrimSuffix(before, " ")
	prev := before[strings.LastIndexAny(before, " \n\t")+1:]
	if prev == "the" || prev == "The" {
		return true
	}
	if prev == "" || prev[0] < 'A' || prev[0] > 'Z' {
		return false
	}
	rest := strings.TrimRight(before[:len(before)-len(prev)], " ")
	return rest != "" && !strings.ContainsAny(rest[len(rest)-1:], ".!?\"“\n")
}

// weekdayDate dates a weekday (zero without a DCT). "last Tuesday" is the
// one before the DCT and "next Tuesday" the one after; "this Tuesday" is
// the one on or after the DCT unless its clause is past. A bare weekday in a
// future clause ("will", "is expected", "was expected to ... on", "as
// early as") is the next such day on or after the DCT; otherwise it is
// the most recent such day on or before the DCT, as news mostly reports
// what has happened.
func weekdayDate(c context, wd time.Weekday, which string) (time.Time, string) {
	if c.dct.IsZero() {
		return time.Time{}, ""
	}
	diff := int(wd) - int(c.dct.Weekday()) // days forward to the weekday, in (-7, 7)
	// "Wednesday's ruling": a weekday owning a noun names what has
	// happened, unless what it owns is looked forward to ("ahead of
	// Sunday's election", "will take charge for Wednesday's cup tie") or
	// will happen ("Wednesday's vote will decide").
	possessive := strings.HasPrefix(c.text[c.m[1]:], "'s") || strings.HasPrefix(c.text[c.m[1]:], "’s")
	// So is what a plan starts with: "will take charge, starting with
	// Tuesday's home game" (see startingBefore).
	// And so is a fixture in a clause that looks ahead: "will take charge
	// of Tuesday's League Cup tie", not "would look for ways around
	// Wednesday's ruling".
	if lead := c.text[max(0, c.m[0]-24):c.m[0]]; possessive && (awaitedBefore.MatchString(lead) || ownedThenWill.MatchString(c.text[c.m[1]:]) ||
		startingBefore.MatchString(strings.TrimRight(lead, " ")) ||
		(forBefore.MatchString(lead) || ownedFixture.MatchString(c.text[c.m[1]:min(len(c.text), c.m[1]+48)])) && clauseTense(c) == tenseFuture) {
		return c.dct.AddDate(0, 0, (diff+7)%7), "weekday-future"
	}
	switch strings.Join(strings.Fields(which), " ") {
	case "last", "past", "this past":
		back := (7 - diff) % 7
		if back == 0 {
			back = 7
		}
		return c.dct.AddDate(0, 0, -back), "weekday-last"
	case "next", "coming":
		fwd := (diff + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return c.dct.AddDate(0, 0, fwd), "weekday-next"
	case "this":
		// "The vote is this Friday": the one ahead unless the clause is
		// past ("this Monday's raid", "was seen this Monday").
		if !possessive && clauseTense(c) != tensePast {
			return c.dct.AddDate(0, 0, (diff+7)%7), "weekday-this"
		}
	}
	if !possessive {
		// "told residents to leave by Friday": the deadline of what is
		// directed lies ahead of the directing, which may be past.
		// So does the next day, when what a directing told in the past
		// sets is done on it: "told jurors to keep deliberating on
		// Thursday", written on a Wednesday. ("urged people to block
		// roads on Friday", written on a Tuesday, may be of the urging's
		// own day.)
		wb := wordsBefore(c)
		directed := directedBy(wb) || (diff+7)%7 == 1 && directedInfinitive(wb)
		switch t := clauseTense(c); {
		case looksAhead(c, t) && !directed:
			return c.dct.AddDate(0, 0, (diff+7)%7), "weekday-future"
		case t == tensePast && deadline(c) && (diff+7)%7 == 1:
			// "A warning remained in place until Sunday morning",
			// written on a Saturday: the end, the next day, of a state
			// told in the past, which still holds. "The port stayed
			// shut until Friday", written on a Tuesday, is last Friday.
			return c.dct.AddDate(0, 0, 1), "weekday-deadline"
		case t == tensePast && perfectUntil(c):
			return c.dct.AddDate(0, 0, (diff+7)%7), "weekday-future"
		case t == tensePast && (appointment(c) || perfectSpan(c) || imposedUntil(c)) || directed || counterfactual(wb):
			// "called a meeting for Thursday": the call is past, the
			// meeting may not be; the nearer Thursday is meant.
			fwd, back := (diff+7)%7, (7-diff)%7
			if fwd < back {
				return c.dct.AddDate(0, 0, fwd), "weekday-appointment"
			}
			return c.dct.AddDate(0, 0, -back), "weekday-appointment"
		}
	}
	// "The authority had asked airlines on Wednesday", written on a
	// Wednesday: what the pluperfect tells came before the time the text
	// is about, not on its day.
	// "had pulled 89 survivors from the water by Saturday morning":
	// what had been done by a day is of that day.
	if diff == 0 && pluperfect(c) && !strings.HasSuffix(strings.ToLower(strings.TrimRight(c.text[:c.m[0]], " ")), " by") {
		return c.dct.AddDate(0, 0, -7), "weekday-past"
	}
	return c.dct.AddDate(0, 0, -((7 - diff) % 7)), "weekday-past"
}

// headlineInfinitive reports whether before, the words of a sentence
// before a match, open with a headline's subject and its infinitive, which
// tell what is to come: "Heatwave to peak on", "Resident doctors in
// England to strike for five days from". No word before or after "to"
// may tell a tense: in "Access to water improved on" the verb is past.
func headlineInfinitive(before []string) bool {
	k := slices.Index(before, "to")
	// "Inflation eases to 2.1%": after a present ending in "s", or
	// before a figure, "to" is a preposition.
	if k < 1 || k > 4 || k+1 >= len(before) || strings.HasSuffix(before[k-1], "s") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(before[0])
	verb, _ := utf8.DecodeRuneInString(before[k+1])
	if !unicode.IsUpper(first) || !unicode.IsLower(verb) {
		return false
	}
	return !slices.ContainsFunc(before, func(w string) bool { return cue(w) != tenseUnknown })
}

// toBeDone reports whether before, the words of a sentence before a
// match, end with an infinitive's passive that tells what is to be done
// to a noun: "called a referendum, to be held on", "a new stadium to be
// built by". Not one a past of "be" opens, a plan now past: "was to be
// held on".
func toBeDone(before []string) bool {
	for i := len(before) - 3; i >= 1 && i >= len(before)-5; i-- {
		if strings.EqualFold(before[i], "to") && strings.EqualFold(before[i+1], "be") && cue(before[i+2]) == tensePast {
			prev := strings.ToLower(strings.TrimRight(before[i-1], ","))
			return prev != "was" && prev != "were"
		}
	}
	return false
}

// pluperfect reports whether the clause before the match is in the past
// perfect: "had" and a past form ("had asked", "had been told"), with no
// comma or "that" between it and the match. Reported, it is the present
// perfect of what was said: "said 4,200 people had been moved by Sunday
// evening", written on a Sunday, is of that day.
func pluperfect(c context) bool {
	before, i := pastPerfectAt(c)
	return i >= 0 && !slices.ContainsFunc(before[:i], func(w string) bool { return reportingPast[strings.ToLower(w)] || w == "told" })
}

// pastPerfectAt is the words of the match's sentence before it and the
// index there of the "had" of a past perfect that leads to the match
// with no comma, "that" or simple past of "be" between; -1 without one.
func pastPerfectAt(c context) ([]string, int) {
	before := strings.Fields(c.text[sentenceStart(c.text, c.m[0]):c.m[0]])
	for i := len(before) - 1; i >= 0; i-- {
		w := strings.ToLower(before[i])
		// "A ship that had blocked the canal was refloated on Monday":
		// a verb group of its own between ends the search.
		if strings.ContainsAny(w, ",;:") || w == "that" || w == "was" || w == "were" {
			return before, -1
		}
		if w == "had" && i+1 < len(before) && cue(before[i+1]) == tensePast {
			return before, i
		}
	}
	return before, -1
}

// perfectAfterOpening reports whether the match opens its sentence,
// set off by a comma, and the clause after it is in the past perfect:
// "A day earlier, pilots at the airline's unit had voted".
func perfectAfterOpening(c context) bool {
	if strings.TrimSpace(c.text[sentenceStart(c.text, c.m[0]):c.m[0]]) != "" || !strings.HasPrefix(c.text[c.m[1]:], ",") {
		return false
	}
	after := strings.Fields(c.text[c.m[1]+1 : min(len(c.text), c.m[1]+120)])
	for i := 0; i+1 < len(after) && i < 12; i++ {
		w := strings.ToLower(after[i])
		if strings.ContainsAny(w, ",;:.") {
			return false
		}
		if w == "had" {
			return cue(after[i+1]) == tensePast
		}
	}
	return false
}

// looksAhead reports whether a day or weekend named in a clause of tense t
// is one to come: the clause is in the future, or in no tense and the day
// is what something is set for, ends or begins ("scheduled for Friday",
// "until Monday", "from Sunday"), or it is what something is ("the vote
// is Thursday").
func looksAhead(c context, t tense) bool {
	return t == tenseFuture || t == tenseUnknown && (appointment(c) || deadline(c) || opening(c)) || agenda(c)
}

// perfectSpan reports whether a weekday bounds a span from one day to
// another, set in the present perfect: "has issued a warning for snow
// from 6pm on Thursday until midday on Saturday". The perfect tells of
// the setting, not of the span, which is of the days nearest the DCT, as
// an appointment's day is.
func perfectSpan(c context) bool {
	before := wordsBefore(c)
	n := len(before)
	switch {
	case n > 0 && before[n-1] == "from":
		if spanUntil.FindStringIndex(c.text[c.m[1]:]) == nil {
			return false
		}
	case n > 0 && (before[n-1] == "until" || before[n-1] == "till" || before[n-1] == "to"):
		if !slices.Contains(before[max(0, n-6):n-1], "from") {
			return false
		}
	default:
		return false
	}
	for i := n - 2; i >= 0; i-- {
		w := strings.Trim(before[i], ",;:")
		if w == "has" || w == "have" {
			return i+1 < n && (before[i+1] == "been" || cue(before[i+1]) == tensePast)
		}
		if cue(w) != tenseUnknown && !strings.HasSuffix(w, "ed") && !pastWords[w] {
			return false // "was", "will", "said" ... and no perfect
		}
	}
	return false
}

// spanUntil opens the end of a span after its first day: " until", " to".
var spanUntil = regexp.MustCompile(`^\s*(?:until|till|to)\s`)

// directedBy reports whether the words before a date end in "by" or
// "before" after a verb that directs someone to do something and its
// infinitive: "told residents to leave by", "ordered a new consultation
// to be completed by", "urged both sides to return to the table before",
// within one clause.
func directedBy(before []string) bool {
	n := len(before)
	if n < 4 || !strings.EqualFold(before[n-1], "by") && !strings.EqualFold(before[n-1], "before") {
		return false
	}
	return directedInfinitive(before[:n-1])
}

// directedInfinitive reports whether before, the words of a clause up to
// a match, end inside an infinitive a directing word takes: "told jurors
// to keep deliberating on", within one clause.
func directedInfinitive(before []string) bool {
	n := len(before)
	for i := n - 1; i > 0 && i >= n-11; i-- {
		if strings.ContainsAny(before[i], ",;:") {
			return false
		}
		if strings.EqualFold(before[i], "to") && i+1 < n && infinitiveAfter(before[i+1]) {
			for j := i - 1; j >= 0 && j >= i-5; j-- {
				if directingWords[strings.ToLower(before[j])] {
					return true
				}
				if strings.ContainsAny(before[j], ",;:") {
					return false
				}
			}
			return false
		}
	}
	return false
}

// directedAhead reports whether before, the words up to an infinitive's
// "to", end in a directing word in the present or the perfect and its
// object: "has urged people", "urges voters", "have called on members".
func directedAhead(before []string) bool {
	for j := len(before) - 1; j >= 1 && j >= len(before)-5; j-- {
		w := strings.ToLower(before[j])
		if strings.ContainsAny(w, ",;:") {
			return false
		}
		if c := strings.ToLower(before[j-1]); w == "on" && (c == "call" || c == "calls" || c == "called") {
			j, w = j-1, c
		}
		if !directingWords[w] && !strings.HasPrefix(w, "call") {
			continue
		}
		if !strings.HasSuffix(w, "ed") && w != "told" {
			return true
		}
		prev := strings.ToLower(before[max(j-1, 0)])
		return j > 0 && (prev == "has" || prev == "have")
	}
	return false
}

// directingWords tell someone to do something: "urged governments to",
// "ordered the company to".
var directingWords = wordSet(`ordered orders order urged urges urge told tells tell asked asks ask instructed instructs required requires
	directed directs pressed presses encouraged encourages advised advises`)

// weekAfterDay names the week a weekday is of, after it: " of last
// week", " next week", " this week".
// weekdayBeside is "after" or "before" closing a clause right after a
// weekday: "the Monday after.".
var weekdayBeside = regexp.MustCompile(`^\s+(?i:(after|before))(\s*(?:[.,;:!?)]|$))`)

var weekAfterDay = regexp.MustCompile(`^\s+(?i:of\s+)?(?i:(last|next|this))\s+(?i:week)\b`)

// awaitedBefore ends in the words that look forward to what a weekday
// owns: "ahead of", "until". After "for" it is awaited only in a clause
// that looks ahead: "will take charge for Wednesday's cup tie", not "the
// reason for Friday's fall".
var (
	awaitedBefore = regexp.MustCompile(`(?i)(?:\bahead of|\buntil)\s+$`)
	forBefore     = regexp.MustCompile(`(?i)\bfor\s+$`)
)

// ownedFixture is what a weekday owns when it is held on a day set
// ahead: "'s game", "'s League Cup tie", "'s summit"; or published on
// one: "'s jobs report".
var ownedFixture = regexp.MustCompile(`^['’]s(?:\s+[\w-]+){0,3}?\s+(?:game|match|tie|final|semi-final|fixture|race|derby|clash|trip|meeting|summit|vote|election|referendum|debate|hearing|rally|ceremony|launch|report|data|figures|results)s?\b`)

// ownedThenWill is what a weekday owns, then "will": "'s vote will".
var ownedThenWill = regexp.MustCompile(`^['’]s(?:\s+[a-z-]+){1,3}\s+will\b`)

// appointment reports whether a weekday is what something is set for: "a
// meeting for Thursday", "called a vote for Friday", "scheduled for
// Monday", "planned a rally on Saturday".
func appointment(c context) bool {
	before := wordsBefore(c)
	if n := len(before); n > 0 && before[n-1] == "on" {
		before = before[:n-1]
	}
	if len(before) > 0 && before[len(before)-1] == "for" {
		return true
	}
	if pluperfectPlan(before) {
		return true
	}
	for i := len(before) - 1; i >= 0; i-- {
		if cue(before[i]) != tenseUnknown {
			// "called for protests on Thursday": what a past act calls
			// for; not in the pluperfect ("had called for a vigil on
			// Friday night" tells of a Friday past). "declared an end to
			// the outbreak on Friday" is the act's own day.
			w := strings.Trim(before[i], ",;:")
			// "more rain was forecast from Sunday": a forecast told in
			// the past is of the nearer day, as a plan is.
			if (w == "was" || w == "were") && i+1 < len(before) && forecastWords[before[i+1]] {
				return true
			}
			// "have called both sides to a new round of talks on
			// Wednesday": what a past act summons people to.
			if summoningWords[w] && slices.Contains(before[i+1:], "to") && gatheringWords[strings.TrimSuffix(before[len(before)-1], "s")] {
				return true
			}
			// "called for help on Saturday": what is asked for as a
			// state or a service is no event set for a day.
			return plannedWords[w] && (i+1 == len(before) || before[i+1] != "to") ||
				settingUp[w] && i+1 < len(before) && before[i+1] == "for" && (i == 0 || before[i-1] != "had") && !askedStates[before[len(before)-1]]
		}
	}
	return false
}

// pluperfectPlan reports whether before holds a plan told in the
// pluperfect, "had been scheduled to" or "had been due to": "had been
// scheduled to be sentenced on Wednesday", in a story of the plan's
// change, names a day as often just past as just ahead, so the nearer is
// meant.
func pluperfectPlan(before []string) bool {
	for i := 2; i+1 < len(before); i++ {
		if scheduledFor[before[i]] && before[i+1] == "to" && before[i-1] == "been" && strings.EqualFold(before[i-2], "had") {
			return true
		}
	}
	return false
}

// boundAfter reports whether the expression is the end of a span, after
// "until" or "till".
func boundAfter(c context) bool {
	f := strings.Fields(strings.ToLower(c.text[max(0, c.m[0]-8):c.m[1]]))
	for _, w := range f {
		if w == "until" || w == "till" {
			return true
		}
	}
	return false
}

// setFor reports whether the expression is what something was set for:
// "was set for Feb. 3", "had been scheduled for March", or, before the
// noun of what was set, "set a March 9 trial date", "called the Jan. 12
// vote". The setting is past; the day set may not be.
func setFor(c context) bool {
	// Read back two words rather than split the sentence: most dates have
	// no "for" or determiner before them.
	before := strings.Fields(strings.ToLower(c.text[max(0, c.m[0]-24):c.m[0]]))
	n := len(before)
	if n < 2 {
		return false
	}
	verb, last := before[n-2], before[n-1]
	setting := scheduledFor[verb] || plannedWords[verb] || verb == "rescheduled"
	if last == "for" {
		return setting || objectFor(c)
	}
	return determiners[last] && (setting || settingUp[verb])
}

// objectFor reports whether the match is what a noun phrase its
// determiner opens is for, right before it: "agreed a smaller oil output
// hike for November" is the coming November, whatever the tense of the
// agreeing.
func objectFor(c context) bool {
	before := strings.Fields(strings.ToLower(c.text[max(0, c.m[0]-64):c.m[0]]))
	n := len(before)
	if n < 3 || before[n-1] != "for" {
		return false
	}
	for k := n - 2; k >= max(1, n-7); k-- {
		w := before[k]
		if cue(w) != tenseUnknown || strings.ContainsAny(w, ",;:.") || auxiliaryWords[w] {
			return false
		}
		if determiners[before[k-1]] {
			return true
		}
	}
	return false
}

// deadline reports whether a weekday ends a span: "the port stays shut
// until Friday", "runs through Sunday". Without a past verb the span
// reaches into the days ahead.
func deadline(c context) bool {
	before := wordsBefore(c)
	n := len(before)
	if n > 2 && before[n-2] == "at" && before[n-1] == "least" { // "until at least Monday"
		n -= 2
	}
	return n > 0 && (before[n-1] == "until" || before[n-1] == "till" || before[n-1] == "through")
}

// opening reports whether a weekday begins a span: "the ban applies from
// Friday", "clinics open starting Monday". Without a past verb the span
// lies ahead, as a deadline's does.
func opening(c context) bool {
	before := wordsBefore(c)
	return len(before) > 0 && spanOpeners[before[len(before)-1]]
}

var spanOpeners = wordSet(`from starting beginning effective`)

// agenda reports whether a weekday is what something is, in the present
// tense: "the vote is Thursday", "the hearings are on Monday", "the
// deadline is at 5 p.m. Friday". News says so of what is to come; what
// was is "was".
func agenda(c context) bool {
	before := wordsBefore(c)
	if n := len(before); n > 0 && (before[n-1] == "on" || before[n-1] == "at") {
		before = before[:n-1]
	}
	n := len(before)
	return n > 1 && (before[n-1] == "is" || before[n-1] == "are") && !determiners[before[n-2]]
}

// wordsBefore is the lower-cased words of the match's sentence before it.
func wordsBefore(c context) []string {
	return strings.Fields(strings.ToLower(c.text[sentenceStart(c.text, c.m[0]):c.m[0]]))
}

// genericToday reports whether before, the words before "today", end in
// a relative on a noun with a pronoun subject and a verb in the present,
// which makes it the present age, no day: "the reality we face today",
// "the world that we know today".
func genericToday(before []string) bool {
	n := len(before)
	if n < 3 || !relativeSubjects[before[n-2]] || !presentStates[before[n-1]] {
		return false
	}
	x := before[n-3]
	return x == "that" || x == "which" || n >= 4 && (before[n-4] == "the" || before[n-4] == "a")
}

// relativeSubjects are the pronouns that may be the subject of a
// relative on a noun: "the one we face".
var relativeSubjects = wordSet(`we you they i`)

// presentStates are verbs whose plain present tells of a state: "the
// challenges we face".
var presentStates = wordSet(`face know see live need`)

// deicticName reports whether the match is a capitalised "Today",
// "Tonight" or "Tomorrow" inside a sentence that names a programme or a
// paper: "the flagship Today programme", "NBC's Today show", "USA Today".
func deicticName(c context) bool {
	m := c.sub(1)
	if m == "" || m[0] < 'A' || m[0] > 'Z' || strings.ToLower(m[1:]) != m[1:] || strings.Contains(m, " ") {
		return false
	}
	prev := strings.Fields(c.text[sentenceStart(c.text, c.m[0]):c.m[0]])
	if len(prev) == 0 {
		return false
	}
	last := prev[len(prev)-1]
	after := strings.Fields(c.text[c.m[1]:min(len(c.text), c.m[1]+40)])
	return len(after) > 0 && mediaNouns[strings.Trim(after[0], ".,;:!?")] ||
		len(last) > 1 && strings.ToUpper(last) == last && strings.Trim(last, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" ||
		strings.HasSuffix(last, "'s") && len(last) > 2 && last[0] >= 'A' && last[0] <= 'Z'
}

// mediaNouns name what a programme's or a paper's name stands before.
var mediaNouns = wordSet(`programme programmes program programs show shows newspaper paper presenter presenters host hosts anchor anchors editor edition interview broadcast`)

// plannedWords are past verbs whose object happens later than the
// planning: "planned a rally on Saturday", "scheduled talks Monday".
var plannedWords = wordSet(`planned scheduled arranged`)

// summoningWords call people to a gathering, gatheringWords name one.
var (
	summoningWords = wordSet(`called invited summoned`)
	gatheringWords = wordSet(`talk meeting summit hearing session negotiation conference`)
)

// resolveDeicticDay resolves days named from the DCT: yesterday is the day
// before it, tonight and "this morning" are the DCT itself. A part of the
// day makes it a time: "yesterday afternoon", "mid-afternoon yesterday".
// "late yesterday" is yesterday's end; "earlier today" is still today.
func resolveDeicticDay(c context) (Expression, bool) {
	words := strings.Fields(c.lower(1))
	if c.sub(2) != "" {
		words = words[1:] // "late", "earlier"
	}
	w := strings.Join(words, " ")
	offsets := map[string]int{
		"the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0,
		"tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
		"tomorrow": 1, "the day after tomorrow": 2,
	}
	offset, named := offsets[w]
	if deicticName(c) {
		return Expression{}, false
	}
	if w == "today" && genericToday(wordsBefore(c)) {
		return Expression{Type: TypeDate, Value: "PRESENT_REF", Rule: "generic-today"}, true
	}
	part := ""
	for _, f := range strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == '-' }) {
		if o, ok := offsets[f]; ok && !named {
			offset = o
		}
		if p, ok := partCodes[f]; ok {
			part = p
		}
	}
	if c.dct.IsZero() {
		return Expression{Type: TypeDate, Value: "PRESENT_REF"}, true
	}
	t := c.dct.AddDate(0, 0, offset)
	e, _ := dayExpression(t.Year(), t.Month(), t.Day())
	e.Rule, e.Mod = "deictic-day", partMod(c.lower(2))
	if part != "" {
		e.Type, e.Value = TypeTime, e.Value+"T"+part
	}
	return e, true
}

// resolveRelativePeriod resolves "last month" to the calendar month before
// the DCT's, "this week" to the DCT's ISO week, "next year" to the year
// after the DCT's, and so on for quarters.
func resolveRelativePeriod(c context) (Expression, bool) {
	// “This Week”, a programme's or a column's name in quotation marks,
	// names no week.
	if before := c.text[:c.m[2]]; titleCase(c.sub(1)) && (strings.HasSuffix(before, `"`) || strings.HasSuffix(before, "“") || strings.HasSuffix(before, "‘")) {
		return Expression{}, false
	}
	_, g := unitCode(c.sub(3))
	if c.dct.IsZero() {
		ref := map[string]string{"last": "PAST_REF", "previous": "PAST_REF", "next": "FUTURE_REF", "coming": "FUTURE_REF"}[c.lower(2)]
		if ref == "" {
			ref = "PRESENT_REF"
		}
		return Expression{Type: TypeDate, Value: ref}, true
	}
	n := map[string]int{"last": -1, "previous": -1, "this": 0, "current": 0, "the current": 0, "next": 1, "coming": 1}[strings.Join(strings.Fields(c.lower(2)), " ")]
	// A Sunday's paper looks ahead to the week that starts the next
	// day: what will happen "this week", written on a Sunday, is of that
	// week; what happened "this week" is of the week the Sunday ends.
	if n == 0 && g == GranWeek && c.dct.Weekday() == time.Sunday && clauseTense(c) == tenseFuture {
		n = 1
	}
	first, last, v := period(shift(c.dct, n, g), g)
	return Expression{Type: TypeDate, Value: v, First: first, Last: last, Granularity: g, Rule: "relative-" + string(g)}, true
}

// resolvePeriodPart resolves part of a period relative to the DCT.
// "earlier this week" and "as this week got underway" are the start of the
// DCT's week, but never after the DCT; "the end of the year" is the last
// third of the DCT's year.
func resolvePeriodPart(c context) (Expression, bool) {
	var which, unit, part, mod string
	switch {
	case c.sub(2) != "":
		which, unit, part = c.lower(3), c.lower(4), c.lower(2)
		mod = partMod(part)
	case c.sub(5) != "":
		which, unit, mod = "this", c.lower(6), "START"
	default:
		which, unit, part = c.lower(8), c.lower(9), c.lower(7)
		mod = partMod(part)
	}
	_, g := unitCode(unit)
	// "until the turn of the year": where one period meets the next, the
	// end of the DCT's when it is past its middle, else its start.
	if part == "turn" && which == "the" && !c.dct.IsZero() {
		first, last, _ := period(c.dct, g)
		mod = "START"
		if c.dct.Sub(first) > last.Sub(c.dct) {
			mod = "END"
		}
		// A decade's turns lie years apart: "have shut since the turn of
		// the decade" is its start, whichever is nearer; what will be
		// done "by the turn of the decade" is at its end.
		if g == GranDecade {
			mod = "START"
			if clauseTense(c) == tenseFuture {
				mod = "END"
			}
		}
	}
	named := which // as written, before "the" is read
	switch {
	// "at the end of the quarter" in a report is the quarter reported
	// on, the last one completed (see resolveReportingQuarter); "by the
	// end of the quarter" in a future clause is the current one.
	case which == "the" && g == GranQuarter && !future(c):
		which = "last"
	case which == "the":
		which = "this"
	}
	if c.dct.IsZero() {
		return Expression{Type: TypeDate, Value: "PRESENT_REF", Mod: mod}, true
	}
	n := relativeSteps[which]
	first, last, v := period(shift(c.dct, n, g), g)
	// "earlier this month", written on the 18th, is the 1st to the
	// 17th, not the month's start; "later this month" the rest of it.
	if n == 0 && (part == "earlier" || part == "later") && g != GranDecade {
		if day := c.dct.AddDate(0, 0, -1); part == "earlier" && !day.Before(first) {
			last = day
		}
		if day := c.dct.AddDate(0, 0, 1); part == "later" && !day.After(last) {
			first = day
		}
		return Expression{Type: TypeDate, Value: v, First: first, Last: last, Granularity: g, Rule: "period-part"}, true
	}
	if g == GranDecade { // in whole years, as "the late 1990s"
		d, _ := decadeExpression(first.Year(), mod)
		first, last = d.First, d.Last
	} else {
		first, last = partOfSpan(first, last, mod)
	}
	// "earlier this week" has happened by the DCT; "the rest of the
	// year" is what is left of it from the DCT.
	if n == 0 && mod == "START" && last.After(c.dct) {
		last = c.dct
	}
	if part := c.lower(7); (part == "rest" || part == "remainder") && n == 0 && first.Before(c.dct) {
		first = c.dct
	}
	if first.After(last) {
		first = last
	}
	e := Expression{Type: TypeDate, Value: v, Mod: mod, First: first, Last: last, Granularity: g, Rule: "period-part"}
	// "He had his first hit in 1965. By the end of the decade he had
	// sold 30 million records": told in the past, "the year" and "the
	// decade" go on with an earlier year the narrative is in, as a
	// season does.
	if named == "the" && mod != "" && (g == GranYear || g == GranDecade) && clauseTense(c) == tensePast {
		e.rel = &relation{unit: g, near: true, pastYear: true}
	}
	return e, true
}

// partOfSpan is the first, middle or last third of the days from first
// to last that mod (START, MID, END) names; the whole span for any other.
func partOfSpan(first, last time.Time, mod string) (time.Time, time.Time) {
	third := int(last.Sub(first).Hours()/24/3 + 0.5)
	switch mod {
	case "START":
		last = first.AddDate(0, 0, third)
	case "MID":
		first, last = first.AddDate(0, 0, third), last.AddDate(0, 0, -third)
	case "END":
		first = last.AddDate(0, 0, -third)
	}
	return first, last
}

// resolveAgo resolves "N units ago" to the period N units before the DCT,
// at the unit's granularity ("a month ago" is a month, not a day). "more
// than a month ago" is an open interval ending a month before the DCT; "less
// than a month ago" one starting then. Vague counts ("years ago") give
// PAST_REF.
func resolveAgo(c context) (Expression, bool) {
	hedge := strings.Join(strings.Fields(c.lower(2)), " ")
	n, vague, half := 1, false, false
	if c.sub(3) != "" {
		number, h, ok := halfFigure(c.sub(3))
		if !ok {
			return Expression{}, false
		}
		if n, vague, ok = quantity(number); !ok {
			return Expression{}, false
		}
		half = h
	} else if strings.HasSuffix(c.lower(5), "s") {
		vague = true
	}
	n, unit := inWeeks(n, c.sub(5))
	// "half a century ago" is fifty years ago, "a quarter-century ago"
	// twenty-five, and "two and a half years ago" 30 months ago.
	start := c.m[2]
	if f, ok := fractionBefore(c.text, start, c.sub(3)); ok && !vague {
		var ok bool
		if n, unit, ok = f.of(unit); !ok || unit == "hours" || unit == "minutes" {
			return Expression{}, false
		}
		hedge, start = f.hedge, f.start
	} else if (half || c.sub(4) != "" || strings.HasPrefix(strings.ToLower(c.text[c.m[11]:c.m[3]]), " and a half")) && !vague {
		var ok bool
		if n, unit, ok = andAHalf(n, unit); !ok || unit == "hours" {
			return Expression{}, false
		}
	}
	mod := hedgeMod(hedge, true)
	if mod == "" && c.sub(6) != "" { // "a week or so ago"
		mod = "APPROX"
	}
	if vague || c.dct.IsZero() {
		return Expression{Start: start, End: c.m[3], Type: TypeDate, Value: "PAST_REF", Mod: mod}, true
	}
	if strings.HasPrefix(strings.ToLower(unit), "centur") {
		return centuryAgo(c.dct, n, mod)
	}
	_, g := unitCode(unit)
	// "70 years ago this week", "a year ago this month": that week or
	// month of the year counted back to.
	if this, ok := strings.CutPrefix(c.lower(7), "this"); ok {
		fine := GranWeek
		if strings.TrimSpace(this) == "month" {
			fine = GranMonth
		}
		if granularityRank[g] <= granularityRank[fine] {
			return Expression{}, false
		}
		first, last, v := period(shift(c.dct, -n, g), fine)
		return Expression{Start: start, End: c.m[3], Type: TypeDate, Value: v, Mod: mod, First: first, Last: last, Granularity: fine, Rule: "ago-this"}, true
	}
	// "a week ago Tuesday", "a year ago today": counted back from that
	// day, the last such day by the DCT.
	if day := c.lower(7); day != "" {
		from := c.dct
		switch wd, named := weekdaysByName[day]; {
		case day == "yesterday":
			from = c.dct.AddDate(0, 0, -1)
		case named:
			from = c.dct.AddDate(0, 0, -((int(c.dct.Weekday()) - int(wd) + 7) % 7))
		}
		t := shift(from, -n, g)
		e, _ := dayExpression(t.Year(), t.Month(), t.Day())
		e.Start, e.End, e.Mod, e.Rule = start, c.m[3], mod, "ago-day"
		return e, true
	}
	point := shift(c.dct, -n, g)
	first, last, v := period(point, g)
	e := Expression{Start: start, End: c.m[3], Type: TypeDate, Value: v, Mod: mod, Granularity: g, Rule: "ago"}
	if g == GranYear && n == 1 && mod == "" {
		e.rel = &relation{n: -n, unit: GranYear, keep: true, optional: true}
	}
	switch mod {
	case "BEFORE":
		e.Last = point
	case "AFTER":
		e.First = point
	default:
		e.First, e.Last = first, last
	}
	// "more than a decade ago" is bounded by a year, not by a decade;
	// "less than a fortnight ago" by a day, not by a week.
	if e.First.IsZero() != e.Last.IsZero() {
		switch g {
		case GranDecade:
			e.Granularity = GranYear
		case GranWeek:
			e.Granularity = GranDay
		}
	}
	return e, true
}

// centuryAgo is "a century ago", "more than two centuries ago": the
// century of the year n hundred years before the DCT's, or with BEFORE
// or AFTER the open span on that side of its day.
func centuryAgo(dct time.Time, n int, mod string) (Expression, bool) {
	point := dct.AddDate(-100*n, 0, 0)
	e, ok := centuryExpression(point.Year()/100, "")
	e.Mod, e.Rule = mod, "ago"
	// An open span is bounded by a year, not by a decade.
	switch mod {
	case "BEFORE":
		e.First, e.Last, e.Granularity = time.Time{}, point, GranYear
	case "AFTER":
		e.First, e.Last, e.Granularity = point, time.Time{}, GranYear
	}
	return e, ok
}

// hedgeMod maps a hedge to a TIMEX3 modifier. Before "ago", "more than"
// moves the point back in time (BEFORE); on a duration it is MORE_THAN.
func hedgeMod(hedge string, point bool) string {
	switch hedge {
	case "":
		return ""
	case "no more than", "not more than":
		if point {
			return "AFTER"
		}
		return "EQUAL_OR_LESS"
	case "no less than":
		if point {
			return "BEFORE"
		}
		return "EQUAL_OR_MORE"
	case "more than", "over", "at least":
		if point {
			return "BEFORE"
		}
		if hedge == "at least" {
			return "EQUAL_OR_MORE"
		}
		return "MORE_THAN"
	case "less than", "fewer than", "under", "up to", "at most":
		if point {
			return "AFTER"
		}
		if hedge == "up to" || hedge == "at most" {
			return "EQUAL_OR_LESS"
		}
		return "LESS_THAN"
	}
	return "APPROX"
}

// withinTheDay reports whether "n units later" (or earlier) stays on the
// day it is counted from, as far as a date can tell: "minutes later", "a
// few hours later", "two hours later" (from a clock time, the time it
// reaches: see fromReference). Half a day or more may cross midnight,
// and then the day is unknown.
func withinTheDay(n int, vague bool, unit string) bool {
	code, _ := unitCode(unit)
	switch code {
	case "TM":
		return vague || n < 12*60
	case "TH":
		return vague || n < 12
	}
	return false
}

// afterThat counts a time from the last one named, after a duration's
// match: " after that", " before that".
var afterThat = regexp.MustCompile(`^\s+(?i:(after|before))\s+(?i:that)\b`)

// resolveDuration resolves "three days", "nearly two decades". "N units
// from now" is the period N units after the DCT. "N units later" needs an
// anchor the sentence gives; until one is found it stays a duration, which
// never yields a false date.
func resolveDuration(c context) (Expression, bool) {
	// "90 miles an hour": a speed's unit, no time (see the rate rule).
	if strings.HasSuffix(strings.ToLower(c.sub(0)), "hour") {
		if f := strings.Fields(strings.ToLower(c.text[max(0, c.m[0]-16):c.m[0]])); len(f) > 0 && distanceUnits[f[len(f)-1]] {
			return Expression{}, false
		}
	}
	f, found := fractionBefore(c.text, c.m[2], c.sub(3))
	if !found || c.sub(4) != "" || c.sub(6) != "" {
		return countedDuration(c, nil)
	}
	// "half an hour", "a quarter of a year later": the fraction, and the
	// hedge before it, are part of the expression.
	e, ok := countedDuration(c, &f)
	if e.End == 0 {
		e.End = c.m[3]
	}
	e.Start = f.start
	return e, ok
}

// countedDuration is resolveDuration's work, with the count a fraction of
// the matched unit when frac is not nil.
func countedDuration(c context, frac *fraction) (Expression, bool) {
	// "2.5 years" is two and a half; a figure with other decimals
	// ("every 6.2 days") has no whole count a value can hold.
	number, half, ok := halfFigure(c.sub(3))
	if !ok || half && (c.sub(4) != "" || c.sub(6) != "") {
		return Expression{}, false
	}
	half = half || c.sub(4) != "" || c.sub(6) != ""
	n, vague, ok := quantity(number)
	dir := c.lower(7)
	// "a year after that" is "a year later", read past the match: in
	// the pattern it would make the rule too long for the backtracker.
	thatEnd := 0
	if m := afterThat.FindStringSubmatch(c.text[c.m[1]:]); dir == "" && c.sub(8) == "" && m != nil {
		dir, thatEnd = map[string]string{"after": "later", "before": "earlier"}[strings.ToLower(m[1])], c.m[1]+len(m[0])
	}
	n, unit := inWeeks(n, c.sub(5))
	// "6-year-old" is an age; "two quarter-point cuts" a size.
	if !ok || c.sub(8) != "" || strings.HasPrefix(c.text[c.m[1]:], "-point") {
		return Expression{}, false
	}
	hedge := strings.Join(strings.Fields(c.lower(2)), " ")
	if frac != nil {
		if n, unit, ok = frac.of(unit); !ok {
			return Expression{}, false
		}
		hedge = frac.hedge
	}
	// "a weeks-long campaign": one of a plural unit is no count.
	if n == 1 && strings.HasSuffix(c.lower(5), "s") && c.sub(4) == "" && c.sub(6) == "" {
		return Expression{}, false
	}
	// "the third time in as many months" counts with a number said
	// before it, which is no part of the expression.
	if c.lower(3) == "many" && strings.HasSuffix(strings.ToLower(c.text[:c.m[6]]), "as ") {
		return Expression{}, false
	}
	if strings.HasPrefix(c.text[c.m[1]:], "-century") { // "a quarter-century"
		return Expression{}, false
	}
	// "three quarters of the vote" is a fraction; "a quarter point", "a
	// quarter stake" measure what the next word names.
	if _, g := unitCode(unit); g == GranQuarter && (strings.HasPrefix(strings.TrimLeft(c.text[c.m[1]:], " "), "of ") ||
		n == 1 && c.sub(7) == "" && namesMeasured(c.text[c.m[1]:])) {
		return Expression{}, false
	}
	// "the 2024 year", "the 1988 quarter": a year naming a period, not a
	// count ("a 1500-year-old tree" keeps its hyphen).
	if n >= 1500 && n < 2200 && !strings.HasSuffix(unit, "s") && !strings.Contains(c.text[c.m[6]:c.m[10]], "-") {
		return Expression{}, false
	}
	if half && !vague {
		return halfDuration(n, unit, hedgeMod(hedge, false))
	}
	// "a day later than planned" compares: the count is a duration, and
	// "later" no part of it.
	if (dir == "later" || dir == "earlier") && strings.HasPrefix(c.text[c.m[3]:], " than") {
		e, ok := durationExpression(n, vague, unit, hedgeMod(hedge, false))
		e.Start, e.End = c.m[2], max(c.m[11], c.m[13])
		return e, ok
	}
	if (dir == "later" || dir == "earlier") && withinTheDay(n, vague, unit) {
		e, ok := durationExpression(n, vague, unit, hedgeMod(hedge, false))
		if ok {
			e.rel = &relation{unit: GranDay, near: true}
			if !vague {
				e.rel.minutes = n
				if code, _ := unitCode(unit); code == "TH" {
					e.rel.minutes *= 60
				}
				if dir == "earlier" {
					e.rel.minutes = -e.rel.minutes
				}
			}
		}
		return e, ok
	}
	if (dir == "later" || dir == "earlier") && !vague {
		e, ok := durationExpression(n, vague, unit, hedgeMod(hedge, false))
		if thatEnd > 0 {
			e.Start, e.End = c.m[2], thatEnd
		}
		if _, g := unitCode(unit); ok && g != "" {
			if dir == "earlier" {
				n = -n
			}
			// "died two days later": in the past, counted from a day
			// it does not leave for one after the DCT.
			e.rel = &relation{n: n, unit: g, keep: true, past: n > 0 && clauseTense(c) == tensePast}
			// "had begun six weeks earlier": the past perfect looks
			// back from a time already past; so it does after the
			// match: "A day earlier, pilots had voted".
			if _, i := pastPerfectAt(c); n < 0 && (i >= 0 || perfectAfterOpening(c)) {
				e.rel.perfect = true
			}
		}
		return e, ok
	}
	_, g := unitCode(unit)
	// "two weeks from Friday", "a week from today": a day, looked for
	// after the match, as in the pattern it would slow this busy rule.
	// Not after "for": "will strike for five days from Friday" lasts
	// from Friday.
	if dir == "" && !vague && !c.dct.IsZero() && g != "" && !lastWordIs(wordsBefore(c), "for") {
		end := c.m[3]
		if m := fromDayRe.FindStringSubmatchIndex(c.text[end:min(len(c.text), end+32)]); m != nil {
			t := shift(fromDay(c, strings.ToLower(c.text[end+m[2]:end+m[3]])), n, g)
			e, _ := dayExpression(t.Year(), t.Month(), t.Day())
			e.Start, e.End = c.m[2], end+m[1]
			e.Mod, e.Rule = hedgeMod(hedge, false), "from-day"
			return e, true
		}
	}
	// "in two years' time", British for "two years from now".
	if dir == "" && !vague && !c.dct.IsZero() && g != "" && c.sub(6) == "" {
		if m := inTimeRe.FindStringIndex(c.text[c.m[3]:min(len(c.text), c.m[3]+12)]); m != nil && lastWordIs(wordsBefore(c), "in") {
			first, last, v := period(shift(c.dct, n, g), g)
			return Expression{Start: c.m[2], End: c.m[3] + m[1], Type: TypeDate, Value: v, Mod: hedgeMod(hedge, false), First: first, Last: last, Granularity: g, Rule: "from-now"}, true
		}
	}
	// "will close in two weeks": in a clause about what is ahead, the
	// period that many units after the DCT. "the biggest rise in two
	// years", "the first time in a decade" count back, and "finished in
	// two weeks" in the past is how long it took.
	// "in no more than sixty days" bounds a span.
	if mod := hedgeMod(hedge, false); dir == "" && !vague && !c.dct.IsZero() && g != "" && c.sub(6) == "" && (mod == "" || mod == "APPROX") &&
		lastWordIs(wordsBefore(c), "in") && !comparedOver(c) && clauseTense(c) == tenseFuture {
		first, last, v := period(shift(c.dct, n, g), g)
		return Expression{Type: TypeDate, Value: v, Mod: mod, First: first, Last: last, Granularity: g, Rule: "in-from-now"}, true
	}
	if strings.HasPrefix(dir, "from") && !vague && !c.dct.IsZero() && g != "" {
		// "two years from now" is a year.
		first, last, v := period(shift(c.dct, n, g), g)
		return Expression{Type: TypeDate, Value: v, Mod: hedgeMod(hedge, false), First: first, Last: last, Granularity: g, Rule: "from-now"}, true
	}
	// "raises pay by 14% over three years", "will be made over five
	// years", "took place over three days": "over" may tell the span
	// something is spread across, no hedge ("took over five years" is
	// more). See spreadBefore.
	if hedge == "over" && dir == "" && spreadBefore(c.text[:c.m[4]]) {
		e, ok := durationExpression(n, vague, unit, "")
		e.Start, e.End = c.m[6], c.m[3]
		return e, ok
	}
	e, ok := durationExpression(n, vague, unit, hedgeMod(hedge, false))
	if start, low := countRangeBefore(c, n); ok && !vague && hedge == "" && start > 0 {
		// "two to three weeks", "the next 24 to 48 hours": one
		// expression, of the shorter span.
		e, ok = durationExpression(low, false, unit, "")
		e.Start, e.End = start, c.m[3]
	}
	return e, ok
}

// durationRangeBefore is the lower end of a range of counts before a
// duration's own: "two to", "24-", "the next 12 to".
var durationRangeBefore = regexp.MustCompile(`(?i)(?:\bthe\s+(?:next|past|last|coming|first)\s+)?\b(\d{1,4}|[a-z]+(?:-[a-z]+)?)\s*(?:to|or|-|–)\s*$`)

// spreadBefore reports whether s ends in what a span after "over" is
// spread across: another span ("11 hours over two days"), a noun ("gave
// evidence to the inquiry over three days") or a verb of change ("rose
// over two years"). After a verb of lasting or a preposition "over" is a
// hedge: "lasted over two days", "for over a week".
func spreadBefore(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[len(f)-1], `,;:"'()“”‘’`)
	return w != "" && !overHedgeLeads[w] && !lastingVerbs[w]
}

// overHedgeLeads are the words after which "over" before a span is a
// hedge, "more than": "for over a week", "just over an hour".
var overHedgeLeads = wordSet(`for after of in within than just well slightly to from by at with be is are was were been`)

// lastingVerbs tell how long something went on, which "over" after them
// hedges: "lasted over two days", "waited over an hour".
var lastingVerbs = wordSet(`last lasts lasted lasting take takes took taking spend spends spent spending wait waits waited waiting
	live lives lived living stay stays stayed staying remain remains remained remaining serve serves served serving run runs ran running`)

// namesMeasured reports whether the text after "a quarter" goes on with a
// word it measures ("point", "stake", "mile") rather than with how the
// time relates ("ago", "before the vote") or the sentence's next part.
func namesMeasured(after string) bool {
	rest, ok := strings.CutPrefix(after, " ")
	if !ok {
		rest, ok = strings.CutPrefix(after, "-")
	}
	if !ok || rest == "" || rest[0] < 'a' || rest[0] > 'z' {
		return false
	}
	w := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return r < 'a' || r > 'z' }); i >= 0 {
		w = rest[:i]
	}
	return !quarterFollowers[w]
}

// quarterFollowers go on from "a quarter" of time: "a quarter ago", "a
// quarter or more".
var quarterFollowers = wordSet(`ago before after earlier later from and or than`)

// countRangeBefore is where a range of counts that ends in the
// duration's own count n begins, and its lower count, which must be less
// than n; a zero start when there is none.
func countRangeBefore(c context, n int) (start, low int) {
	before := strings.TrimRight(c.text[max(0, c.m[2]-4):c.m[2]], " ")
	if !strings.HasSuffix(before, "to") && !strings.HasSuffix(before, "or") && !strings.HasSuffix(before, "-") && !strings.HasSuffix(before, "–") {
		return 0, 0 // most durations: the pattern need not run
	}
	lo := max(0, c.m[2]-32)
	m := durationRangeBefore.FindStringSubmatchIndex(c.text[lo:c.m[2]])
	if m == nil || m[0] == 0 && lo > 0 {
		return 0, 0
	}
	low, vague, ok := quantity(c.text[lo+m[2] : lo+m[3]])
	if !ok || vague || low < 1 || low >= n {
		return 0, 0
	}
	return lo + m[0], low
}

// inWeeks counts fortnights, as British news writes two weeks, in weeks:
// "a fortnight" is P2W.
func inWeeks(n int, unit string) (int, string) {
	if strings.HasPrefix(strings.ToLower(unit), "fortnight") {
		return 2 * n, "weeks"
	}
	return n, unit
}

// lastWordIs reports whether the last of words is w.
func lastWordIs(words []string, w string) bool {
	return len(words) > 0 && words[len(words)-1] == w
}

// comparedOver reports whether the sentence before a duration ranks or
// counts something over it: "the biggest rise in two years", "for the
// first time in a decade", "once in five years".
// An ordinal counts over it only on the noun right before "in": "Japan's
// fourth prime minister in five years", not "the second phase will open
// in two years".
func comparedOver(c context) bool {
	before := strings.Fields(strings.ToLower(c.text[sentenceStart(c.text, c.m[0]):c.m[0]]))
	if slices.ContainsFunc(before, func(w string) bool {
		w = strings.Trim(w, ",;:\"'")
		return rankingWords[w] || len(w) > 5 && strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "terest") && !strings.HasSuffix(w, "quest")
	}) {
		return true
	}
	return len(before) > 1 && slices.ContainsFunc(before[max(0, len(before)-4):len(before)-1], func(w string) bool {
		return countingOrdinals[w] || numberedOrdinal.MatchString(w)
	})
}

var rankingWords = wordSet(`first last only most least best worst once twice time times ever`)

// countingOrdinals rank something among those of a span: "the third such
// attack in two years".
var countingOrdinals = wordSet(`second third fourth fifth sixth seventh eighth ninth tenth`)

// numberedOrdinal is an ordinal in figures: "4th", "11th".
var numberedOrdinal = regexp.MustCompile(`^\d+(?:st|nd|rd|th)$`)

var inTimeRe = regexp.MustCompile(`^(?:['’]s?)?\s+time\b`)

var fromDayRe = regexp.MustCompile(`^\s+(?:from|after)\s+((?i:today|tomorrow|yesterday)|` + weekdayRe + `)`)

// fromDay is the day a span is counted from ("two weeks from Friday"). A
// weekday is the coming one, as a count from it is looked forward to,
// except in a past clause.
func fromDay(c context, word string) time.Time {
	if offset, ok := map[string]int{"yesterday": -1, "today": 0, "tomorrow": 1}[word]; ok {
		return c.dct.AddDate(0, 0, offset)
	}
	diff := (int(weekdaysByName[word]) - int(c.dct.Weekday()) + 7) % 7
	if clauseTense(c) == tensePast {
		diff = -((7 - diff) % 7)
	}
	return c.dct.AddDate(0, 0, diff)
}

// halfDuration writes n and a half units with the next smaller unit, as
// TIMEX3 values have no fractions: "2 1/2 years" is P2Y6M.
func halfDuration(n int, unit, mod string) (Expression, bool) {
	code, _ := unitCode(unit)
	var v string
	switch code {
	case "Y":
		v = fmt.Sprintf("P%dY6M", n)
	case "DE":
		v = fmt.Sprintf("P%dY", n*10+5)
	case "Q":
		v = fmt.Sprintf("P%dM15D", n*3+1)
	case "M":
		v = fmt.Sprintf("P%dM15D", n)
	case "W":
		v = fmt.Sprintf("P%dDT12H", n*7+3)
	case "D":
		v = fmt.Sprintf("P%dDT12H", n)
	case "TH":
		v = fmt.Sprintf("PT%dH30M", n)
	case "TM":
		v = fmt.Sprintf("PT%dM30S", n)
	default:
		return Expression{}, false
	}
	return Expression{Type: TypeDuration, Value: v, Mod: mod}, true
}

func durationExpression(n int, vague bool, unit, mod string) (Expression, bool) {
	code, _ := unitCode(unit)
	if code == "" {
		return Expression{}, false
	}
	// A decade is written in years, as TimeBank does: "two decades" is
	// P20Y. Only a vague count keeps the decade unit: "decades" is PXDE.
	if code == "DE" && !vague {
		n, code = n*10, "Y"
	}
	count := strconv.Itoa(n)
	if vague {
		count = "X"
	}
	v := "P" + count + code
	if strings.HasPrefix(code, "T") { // hours and minutes: PT3H
		v = "PT" + count + code[1:]
	}
	return Expression{Type: TypeDuration, Value: v, Mod: mod}, true
}

// entryStamp reports whether a clock with its colon opens a line as a
// live report's entry does, a dash, a colon or the entry's first capital
// after it: "09:12 - The Met Office has extended its warning", "14:05:
// Police say", "07:20 The Met Office has issued". "0.00: " is a number.
func entryStamp(c context) bool {
	return c.text[c.m[6]-1] == ':' && (c.m[2] == 0 || c.text[c.m[2]-1] == '\n') && entryStampAfter.MatchString(c.text[c.m[3]:min(len(c.text), c.m[3]+4)])
}

var entryStampAfter = regexp.MustCompile(`^(?:\s*(?:[-–—]\s|:\s)|\s\p{Lu})`)

// clockLeads are the words that lead into a clock time.
var clockLeads = wordSet(`at by until till from between before after around about`)

// clockThenTo is the start of a range of times, before the clock that
// ends it: "from 06:00 to ", "between 2am and ".
var clockThenTo = regexp.MustCompile(`(?i)\b(?:from|between)\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\s*)?(?:to|until|till|and|[-–])\s*$`)

// resolveClock resolves a clock time to the day it names ("10 p.m.
// Wednesday", "noon tomorrow"), or else to the DCT's day: news gives a time
// alone for the day it reports.
func resolveClock(c context) (Expression, bool) {
	var h, mins int
	stamp := false // a live report's entry stamp
	switch strings.ToLower(c.sub(5)) {
	case "noon", "midday":
		h = 12
	case "midnight":
		h = 24 // the end of the day it names, as TIMEX3 writes it
	default:
		h, _ = strconv.Atoi(c.sub(2))
		if c.sub(3) != "" {
			mins, _ = strconv.Atoi(c.sub(3))
		}
		if c.sub(4) == "" { // "17:30 GMT"; not "1930 Eastern Europe"
			// "at 23:59 on 30 November": a 24-hour clock after a word
			// that leads into a time needs no zone, an opening quotation
			// mark before it or not; "won 21:14" is a score.
			before := strings.Fields(strings.ToLower(c.text[max(0, c.m[2]-8):c.m[2]]))
			// "from 06:00 to 18:00": so does "to" after a clock "from"
			// leads into.
			stamp = c.sub(3) != "" && entryStamp(c)
			zoneless := c.sub(3) != "" && c.text[c.m[6]-1] == ':' && len(before) > 0 &&
				(clockLeads[strings.TrimLeft(before[len(before)-1], "\"“‘'(")] || clockThenTo.MatchString(c.text[max(0, c.m[2]-30):c.m[2]])) || stamp
			if c.sub(3) == "" || c.sub(6) == "" && !zoneless || regionZone(c.sub(6)) || h > 23 || mins > 59 {
				return Expression{}, false
			}
			// "10:35 a.m. (0735 GMT)": the aside restates the time
			// before it in another zone.
			if strings.HasSuffix(strings.TrimRight(c.text[:c.m[2]], " "), "(") {
				return Expression{}, false
			}
			break
		}
		if h < 1 || h > 12 || mins > 59 {
			return Expression{}, false
		}
		if strings.HasPrefix(strings.ToLower(c.sub(4)), "p") && h != 12 {
			h += 12
		} else if strings.HasPrefix(strings.ToLower(c.sub(4)), "a") && h == 12 {
			h = 0
		}
	}
	clock := fmt.Sprintf("T%02d:%02d", h, mins)
	// "4am yesterday morning", "10pm on Monday night": the day goes with
	// the part of it named after it, so the clock is taken alone, and
	// dateClocks dates it by that part's day.
	if c.sub(7) != "" && partAfterDay.MatchString(c.text[c.m[15]:]) { // after the day, group 7
		e := clockWithoutDay(c, clock)
		// The clock ends where the last of its groups (2 to 6: hour,
		// minutes, a.m., noon, zone) that matched does.
		e.Start, e.End = c.m[2], slices.Max([]int{c.m[5], c.m[7], c.m[9], c.m[11], c.m[13]})
		return e, true
	}
	// "5 p.m. EST Nov. 9", "3pm on 30 November 2024", "10pm on Wednesday
	// 19 November": a date written after the clock, or after its weekday,
	// is its day and part of the expression. It is looked for behind the
	// match: in the pattern it would take the rule past the backtracker's
	// size.
	if c.sub(7) == "" || c.sub(8) != "" {
		if d, end, ok := dateAfter(c, c.m[3]); ok {
			return Expression{Start: c.m[2], End: end, Type: TypeTime, Value: d.Value + clock, First: d.First, Last: d.Last, Granularity: GranDay, Rule: d.Rule}, true
		}
	}
	if c.dct.IsZero() {
		return clockWithoutDay(c, clock), true
	}
	// "08:20 - The agency has issued a flood warning": a live report's
	// entry is stamped with the time of the day it was published,
	// whatever day the entry before ended on ("heavy rain overnight").
	if stamp {
		return Expression{Type: TypeTime, Value: dayValue(c.dct) + clock, First: c.dct, Last: c.dct, Granularity: GranDay, Rule: "clock-dct"}, true
	}
	t, rule := c.dct, "clock-dct"
	day := c.sub(7)
	if day == "" {
		// "10:35 a.m. (0735 GMT) Friday": wire copy puts the time in
		// another zone between the clock and its day.
		if m := zoneAsideThenWeekday.FindStringSubmatch(c.text[c.m[3]:]); m != nil {
			day = m[1]
		}
	}
	switch w := strings.ToLower(day); w {
	case "":
	case "yesterday":
		t, rule = c.dct.AddDate(0, 0, -1), "clock-day"
	case "tomorrow":
		t, rule = c.dct.AddDate(0, 0, 1), "clock-day"
	case "today", "tonight":
		rule = "clock-day"
	default:
		t, rule = weekdayDate(c, weekdaysByName[w], "")
	}
	if day == "" {
		return clockWithoutDay(c, clock), true
	}
	e := Expression{Type: TypeTime, Value: dayValue(t) + clock, First: t, Last: t, Granularity: GranDay, Rule: rule}
	if wd, ok := weekdaysByName[strings.ToLower(day)]; ok && endsWeekdayRange(c.text[max(0, c.m[2]-40):c.m[2]]) {
		e.rel = &relation{unit: GranDay, onWeekday: true, weekday: wd, n: 1, sentence: true, part: clock[1:]}
	}
	return e, true
}

// partAfterDay is a part of the day after a day's name.
var partAfterDay = regexp.MustCompile(`^\s+(?i:morning|afternoon|evening|night)\b`)

// clockWithoutDay dates a clock time ("T10:00") that names no day: it is
// on the day its sentence names before it, if it names one, or on the day
// the sentence before named, if the clause's tense points there (see
// relation.carried), else on the DCT's day.
func clockWithoutDay(c context, clock string) Expression {
	r := &relation{unit: GranDay, part: clock[1:], sentence: true, carried: clauseTense(c)}
	if c.dct.IsZero() {
		return Expression{Type: TypeTime, Value: "XXXX-XX-XX" + clock, rel: r}
	}
	// "The attack began shortly after midnight", told on the day after
	// it: the midnight past is the end of the day before the DCT's.
	day := c.dct
	if clock == "T24:00" && r.carried == tensePast {
		day = day.AddDate(0, 0, -1)
	}
	return Expression{Type: TypeTime, Value: dayValue(day) + clock, First: day, Last: day, Granularity: GranDay, Rule: "clock-dct", rel: r}
}

// resolveSpokenClock resolves an hour named with its part of the day:
// "4 in the morning", "eight in the evening on Friday", "10 at night".
func resolveSpokenClock(c context) (Expression, bool) {
	h, vague, ok := quantity(c.sub(2))
	if !ok || vague || h < 1 || h > 12 {
		return Expression{}, false
	}
	// "the only one in the morning session" counts things.
	if before := wordsBefore(c); len(before) > 0 && (determiners[before[len(before)-1]] || before[len(before)-1] == "only") {
		return Expression{}, false
	}
	mins := 0
	if c.sub(3) != "" {
		mins, _ = strconv.Atoi(c.sub(3))
	}
	switch part := c.lower(4); {
	case part == "morning" && h == 12:
		h = 0
	case part == "afternoon" || part == "evening":
		if h < 12 {
			h += 12
		}
	case part == "":
		// "at night": evening hours from six, small hours before.
		if h >= 6 && h < 12 {
			h += 12
		} else if h == 12 {
			h = 0
		}
	}
	if mins > 59 {
		return Expression{}, false
	}
	clock := fmt.Sprintf("T%02d:%02d", h, mins)
	if c.sub(5) == "" || c.dct.IsZero() {
		return clockWithoutDay(c, clock), true
	}
	t, rule := weekdayDate(c, weekdaysByName[c.lower(5)], "")
	return Expression{Type: TypeTime, Value: dayValue(t) + clock, First: t, Last: t, Granularity: GranDay, Rule: rule}, true
}

// regionZone reports whether a clock's zone is a US region named alone.
func regionZone(zone string) bool {
	switch strings.TrimSpace(zone) {
	case "Eastern", "Central", "Pacific", "Mountain":
		return true
	}
	return false
}

// dateAfter is the date written at offset i, after a clock time or a
// weekday (" 19 November", ", Nov. 19, 2025", " on 30 November"), and
// where it ends.
func dateAfter(c context, i int) (Expression, int, bool) {
	m := writtenDateAfter.FindStringSubmatchIndex(c.text[i:min(len(c.text), i+36)])
	if m == nil {
		return Expression{}, 0, false
	}
	sub := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return c.text[i+m[2*k] : i+m[2*k+1]]
	}
	d, ok := fullDate(c, sub(5), sub(2)+sub(3), sub(1)+sub(4))
	return d, i + m[1], ok
}

var writtenDateAfter = regexp.MustCompile(`^,?[^\S\n]+(?:(?i:on)\s+)?(?:` + dayRe + `\s+(?:of\s+)?` + monthRe + `|` + monthRe + `\s+` + dayRe + `)(?:,?\s+` + yearRe + `)?`)

// zoneAsideThenWeekday is a bracketed aside and a weekday after a clock
// time.
var zoneAsideThenWeekday = regexp.MustCompile(`^\s*\([^()]{1,20}\),?\s+(?:on\s+)?` + weekdayRe)

// startingBefore is a participle of starting right before a date, with
// perhaps its preposition: "starting on", "beginning", "effective from",
// "starting with Tuesday's game".
var startingBefore = regexp.MustCompile(`\s(?:starting|beginning|effective)(?:\s+(?:on|from|with))?$`)

// actStartedBefore is a participle of starting after a comma right before
// a date: ", starting on", ", beginning".
var actStartedBefore = regexp.MustCompile(`,\s(?:starting|beginning)(?:\s+(?:on|from|with))?$`)

// tense is the time a clause speaks of, as far as its verbs tell.
type tense int

const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
)

// futureWords and pastWords are the verb cues that set a clause's tense.
// A future cue is a modal or a word of scheduling; a past cue is a past
// form of a verb ("said", "began", "was") or any word ending in -ed that
// is not itself a future cue ("expected", "scheduled").
var (
	// The present tense of verbs of scheduled business is a future cue
	// ("the council meets on Thursday"): news tells what has happened in
	// the past tense and what is planned in the present.
	futureWords = wordSet(`will shall should 'll won't may might expected expects expect scheduled planning intends intend upcoming
		next coming tomorrow soon would due
		meets convenes votes resumes reopens begins starts opens holds hosts visits travels arrives departs
		returns debates gathers expires ends closes concludes launches takes kicks airs premieres runs
		comes falls debuts lands appears joins retires quits resigns targeting eyeing plays faces flies sails await awaits awaiting`)
	// baseFutureWords are plain forms of those verbs that are seldom a
	// noun or an adjective ("open", "return" and "vote" often are): a
	// future cue with a subject ("the two leaders meet Monday", "voters
	// head to the polls on Sunday"). After "to", "not" or an auxiliary,
	// the word before decides ("scheduled to meet", "did not meet"); after
	// a determiner it is a noun ("the head of the agency"), after a past
	// verb its object ("lost face").
	baseFutureWords = wordSet(`meet convene resume reopen begin start close arrive depart gather expire go goes head heads
		travel host visit play plays face faces`)
	// nounModifiers only stand before a noun, never as a subject: "the
	// north face", "the former head".
	nounModifiers = wordSet(`north south east west northern southern eastern western former deputy acting assistant`)
	// nounPrepositions take a noun after them, never a finite verb.
	nounPrepositions = wordSet(`of with from by about against among between without`)
	auxiliaryWords   = wordSet(`to not never did didn't does doesn't do don't can cannot can't could couldn't may might must should`)
	// intentionWords before "to" put what follows in the future: "set to
	// resume Monday", "planned to leave on Thursday".
	intentionWords = wordSet(`set planned plans plan expected scheduled going intends intended intend agreed decided promised
		hope hopes hoped want wants wanted aim aims aimed expect expects prepared ready poised likely vowed threatened pledged
		forecast projected predicted slated tipped`)
	// appearanceOrders before "to appear" send someone to court on a
	// day still to come: "remanded in custody to appear", "bailed to
	// appear", "summoned to appear".
	appearanceOrders = wordSet(`custody bail bailed remanded summoned ordered`)
	beWords          = wordSet(`be been being is are`)
	// linkingWords are verbs that, like "be", take a participle as a
	// state: "will remain closed", "stays shut".
	linkingWords = wordSet(`remain remains stay stays`)
	// scheduledFor are the words that set something for a day: "is set
	// for", "slated for", "scheduled for", "due for".
	scheduledFor = wordSet(`set slated scheduled planned due`)
	// forecastWords are participles of forecasting.
	forecastWords = wordSet(`forecast predicted projected tipped`)
	// finitePast are the pastWords that open no participle's phrase.
	finitePast = wordSet(`was were had did has have been ago earlier last yesterday previously formerly`)
	pastWords  = wordSet(`was were had did said told began begun took made came went met saw gave left held won lost fell rose
		sent spoke wrote got found brought kept led paid put ran stood struck thought hit cut sold bought became
		grew knew became ago earlier last yesterday previously formerly has have been
		laid spent built fought sought caught taught threw drew flew shot hung fled fed dealt meant lent swept
		shook broke stole froze chose drove rode arose sank sang sat understood withdrew forgave forgot hid
		lit rang slid spun wore tore bore died quit shut hurt spread split burst used owed cost sued tied lied aged eyed axed shed
		taken given shown seen written chosen driven stolen thrown beaten
		shrank shrunk heard felt bent leapt sprang swam drank slept wept crept swore woke stuck swung clung dug bled
		overtook overcame upheld withheld overthrew outgrew blew forbade mistook overran rebuilt`)
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// reportedSubjectPhrase reports whether ws, the words between a verb of
// saying and a date, are the start of a reported clause's subject and
// the preposition before the date: "sailings on", "reporters the vote
// in"; no verb and no other preposition before it.
func reportedSubjectPhrase(ws []string) bool {
	n := len(ws)
	if n < 2 || n > 5 || !datePrepositions[strings.ToLower(ws[n-1])] {
		return false
	}
	for _, w := range ws[:n-1] {
		if lw := strings.ToLower(w); datePrepositions[lw] || cue(w) != tenseUnknown || strings.ContainsAny(w, ",;:") || lw == "that" {
			return false
		}
	}
	return true
}

// datePrepositions lead into a date on a noun: "sailings on Saturday".
var datePrepositions = wordSet(`on in at during`)

// failedPlan opens what follows a plan's date when the plan failed: "but
// has yet to be published", "but was postponed", "but never did", "but
// further movement of the hillside delayed the work".
var failedPlan = regexp.MustCompile(`^[^.;]{0,40}?\bbut\s+(?:(?:has|have|had)\s+(?:yet|not|never|still)\b|(?:was|were)\s+(?:\w+\s+)?(?:delayed|postponed|cancell?ed|scrapped|abandoned|shelved|put\s+off|pushed\s+back|called\s+off)\b|never\b|did\s+not\b|didn't\b|(?:[\w-]+\s+){1,10}?(?:delayed|derailed|thwarted|prevented|stalled)\b)`)

// clauseTense is the tense of the clause an expression stands in (see
// plainClauseTense), but a plan told in the past that failed had its
// time come: "was due to report in the spring but has yet to be
// published", written in June, is this spring.
func clauseTense(c context) tense {
	t := plainClauseTense(c)
	if t != tenseFuture || !failedPlan.MatchString(c.text[c.m[1]:]) {
		return t
	}
	before := strings.Fields(strings.ToLower(c.text[sentenceStart(c.text, c.m[0]):c.m[0]]))
	// So is one told in the pluperfect: "had hoped to reopen the route
	// before Christmas, but".
	if slices.ContainsFunc(before, func(w string) bool { return w == "was" || w == "were" || w == "had" }) {
		return tensePast
	}
	return t
}

// sourceCited reports whether the words before a date end in "according
// to" and a source with no verb of its own: "according to a court filing
// on".
func sourceCited(before []string) bool {
	n := len(before)
	for k := n - 2; k >= 1 && k >= n-8; k-- {
		w := strings.ToLower(strings.Trim(before[k], ",;:"))
		if w != strings.ToLower(before[k]) || cue(w) != tenseUnknown || aheadNouns[w] {
			return false
		}
		if w == "to" && strings.EqualFold(before[k-1], "according") {
			return true
		}
	}
	return false
}

// chargedWords tell, before "of", of an act someone is charged with or
// found to have done: "charges of", "accused of", "on suspicion of".
var chargedWords = wordSet(`charge charges accused convicted suspected suspicion guilty acquitted cleared`)

// readiesFor reports whether before[i] is a present of readying and
// "for" (or "up for") follows it: "is preparing for", "braces for", "are
// gearing up for".
func readiesFor(before []string, i int) bool {
	w := strings.ToLower(before[i])
	k := i + 1
	if k < len(before) && strings.EqualFold(before[k], "up") {
		k++
	}
	if k >= len(before) || !strings.EqualFold(before[k], "for") {
		return false
	}
	if readyingVerbs[strings.TrimSuffix(w, "s")] {
		return true
	}
	base, ok := strings.CutSuffix(w, "ing")
	return ok && i > 0 && beWords[strings.ToLower(before[i-1])] && (readyingVerbs[base] || readyingVerbs[base+"e"])
}

// readyingVerbs ready someone for what is to come.
var readyingVerbs = wordSet(`prepare brace gear`)

// aheadNouns name what looks ahead: a source of them cites no past.
var aheadNouns = wordSet(`forecast forecasts forecasters projection projections schedule timetable plan plans agenda`)

// plainClauseTense reads the tense of the clause around the match: the nearest
// verb cue before the expression within its sentence ("was expected on
// Wednesday", "said Tuesday it will" is past: "said" is nearer), else the
// first cue in the few words after it ("on Wednesday denied").
func plainClauseTense(c context) tense {
	start, end := c.m[0], c.m[1]
	before := strings.Fields(c.text[sentenceStart(c.text, start):start])
	// "as early as Tuesday", "as soon as Monday": the earliest a coming
	// event may happen.
	if n := len(before); n >= 3 && strings.EqualFold(before[n-3], "as") && strings.EqualFold(before[n-1], "as") &&
		(strings.EqualFold(before[n-2], "early") || strings.EqualFold(before[n-2], "soon")) {
		return tenseFuture
	}
	// "announced three days of mourning starting on Thursday": what
	// starts on a day told of as starting lies ahead, whatever the tense
	// of the telling. Opening the sentence ("Beginning Monday, the city
	// imposed"), the participle takes the clause's tense.
	// But what a past act, set off by a comma, ran from is past:
	// "vaccinated more than 34,000 people, starting on Sept. 14".
	if lead := strings.ToLower(strings.Join(before[max(0, len(before)-3):], " ")); len(before) > 2 && startingBefore.MatchString(lead) {
		if !actStartedBefore.MatchString(lead) {
			return tenseFuture
		}
		if w, t := nearestCue(c); t == tensePast && actVerb(strings.ToLower(strings.Trim(w, `.,;:!?"'()“”‘’`))) {
			return tensePast
		}
		return tenseFuture
	}
	// "Security was increased ahead of the weekend": what an act is
	// ahead of lies after it.
	if n := len(before); n >= 2 && strings.EqualFold(before[n-1], "of") && strings.EqualFold(before[n-2], "ahead") {
		return tenseFuture
	}
	// "in place since Saturday, will be lifted": what a span runs from
	// has come, whatever the clause's tense.
	if n := len(before); n > 0 && strings.EqualFold(before[n-1], "since") {
		return tensePast
	}
	// "will pay $95 million, according to a court filing on Tuesday":
	// the source a sentence cites has been published. Not a forecast's:
	// "according to forecasts for Tuesday".
	if sourceCited(before) {
		return tensePast
	}
	// "postponed until Tuesday", "gave them until 9 a.m. Tuesday": what is
	// deferred to a day still lies ahead. A rule may take in the
	// preposition: "until the 24th".
	lead := before
	if f := strings.Fields(c.text[start:end]); len(f) > 1 && (f[0] == "until" || f[0] == "till" || f[0] == "to") {
		lead = append(before[:len(before):len(before)], f[0])
	}
	if deferredUntil(lead) {
		return tenseFuture
	}
	// "were suspended until at least Tuesday": a bound not yet known is
	// still ahead.
	if n := len(before); n >= 3 && strings.EqualFold(before[n-1], "least") && strings.EqualFold(before[n-2], "at") &&
		(strings.EqualFold(before[n-3], "until") || strings.EqualFold(before[n-3], "till")) {
		return tenseFuture
	}
	// "ordered a new consultation to be completed by the end of March":
	// a deadline set with what is directed lies ahead of the directing.
	if directedBy(before) {
		return tenseFuture
	}
	if headlineInfinitive(before) || toBeDone(before) {
		return tenseFuture
	}
	// "has until Jan. 15 to respond": a deadline still ahead.
	if n := len(before); n >= 2 && (strings.EqualFold(before[n-1], "until") || strings.EqualFold(before[n-1], "till")) &&
		(strings.EqualFold(before[n-2], "has") || strings.EqualFold(before[n-2], "have")) {
		return tenseFuture
	}
	for i := len(before) - 1; i >= 0; i-- {
		// "had hoped to reopen the route, but further movement of the
		// hillside in early December delayed the work": a clause "but"
		// opens, its subject holding the date, takes the tense of its
		// verb after it.
		if strings.EqualFold(before[i], "but") && i > 0 && strings.HasSuffix(before[i-1], ",") {
			if t := tenseAfter(c, 4, 40); t != tenseUnknown {
				return t
			}
			break
		}
		// "The king will visit Kenya, which he last toured in 2016, on
		// Sunday": a relative clause closed before the expression has
		// a tense of its own.
		if j := relativeClauseStart(before, i); j > 0 {
			i = j
			continue
		}
		// "An overtime ban that began on Monday remains in place until
		// Saturday": a state told as going on is of the present; the
		// past before it is a relative's.
		if linkingWords[before[i]] && (i == 0 || !auxiliaryWords[strings.ToLower(before[i-1])] && cue(before[i-1]) == tenseUnknown) {
			return tenseUnknown
		}
		if g := intentionAt(before, i); before[i] == "to" && g >= 0 {
			// "had been scheduled to expire Friday": a plan in the
			// pluperfect is past.
			if g > 1 && strings.EqualFold(before[g-1], "been") && strings.EqualFold(before[g-2], "had") {
				return tensePast
			}
			return tenseFuture
		}
		// "has urged people to block roads on Wednesday": what a
		// perfect, which takes no day of its own, or a present directs
		// others to do lies ahead.
		if before[i] == "to" && i+1 < len(before) && infinitiveAfter(before[i+1]) && directedAhead(before[:i]) {
			return tenseFuture
		}
		// "was remanded in custody to appear in court on Friday": a
		// court appearance ordered, bailed or summoned to lies ahead of
		// the order.
		if before[i] == "to" && i > 0 && i+1 < len(before) && strings.EqualFold(before[i+1], "appear") && appearanceOrders[strings.ToLower(before[i-1])] {
			return tenseFuture
		}
		// "will last until Sunday", "may not last": the verb, not the
		// "last" of "last week".
		if before[i] == "last" && i > 0 && (auxiliaryWords[strings.ToLower(before[i-1])] || modalWords[strings.ToLower(before[i-1])]) {
			continue
		}
		// "could be held in the spring", "could face trial next year":
		// a possibility is of what is ahead; "could not attend", "could
		// have won" are not.
		if strings.EqualFold(before[i], "could") && i+1 < len(before) && !couldPast[strings.ToLower(before[i+1])] &&
			!slices.ContainsFunc(before[:i], func(w string) bool { return negations[strings.ToLower(w)] }) {
			return tenseFuture
		}
		// "has promised elections in March": what a promise names, as
		// its object, lies ahead; not the promising's own date
		// ("promised in March to resign"). A weekday or a day named
		// from the DCT is as often the promising's: "threatened a
		// strike on Monday", "vowed revenge last week".
		if promiseWords[strings.ToLower(before[i])] && i+1 < len(before) && !promiseLinks[strings.ToLower(before[i+1])] && !nearDay.MatchString(c.text[start:end]) {
			return tenseFuture
		}
		// "had offered a review of the pension scheme by the end of the
		// summer": so does the deadline of what an offer names.
		if offerWords[strings.ToLower(before[i])] && i+1 < len(before) && strings.EqualFold(before[len(before)-1], "by") {
			return tenseFuture
		}
		// "Forecasters have warned of more severe weather on Wednesday":
		// what a warning in the present, or the present perfect, which
		// takes no day of its own, is of lies ahead.
		if warnWords[strings.ToLower(before[i])] && i+1 < len(before) && warnLinks[strings.ToLower(before[i+1])] &&
			(!strings.HasSuffix(strings.ToLower(before[i]), "ed") || i > 0 && (strings.EqualFold(before[i-1], "has") || strings.EqualFold(before[i-1], "have"))) {
			return tenseFuture
		}
		// "The team is preparing for Saturday's final", "Residents are
		// bracing for the storm on Thursday": what the present readies
		// itself for lies ahead.
		if readiesFor(before, i) {
			return tenseFuture
		}
		// "must be signed by Friday" is an obligation still to be met;
		// "must have left on Friday" a guess about the past, and "had
		// ruled that he must be returned" one told as past.
		if strings.EqualFold(before[i], "must") && i+1 < len(before) && !strings.EqualFold(before[i+1], "have") &&
			!slices.ContainsFunc(before[:i], func(w string) bool { return strings.EqualFold(w, "had") }) {
			return tenseFuture
		}
		// "warned passengers that trains on Friday would also be
		// affected": what "that" reports has its verb after the date.
		if strings.EqualFold(before[i], "that") {
			if t := tenseAfter(c, 6, 80); t != tenseUnknown {
				return t
			}
		}
		// "said sailings on Saturday would be cancelled": so does what
		// a verb of saying reports without "that", the date on its
		// subject. "said on Saturday", "said Saturday it" date the
		// saying, as does a comma after the date: "Trump, who announced
		// the agreement on Wednesday, is expected".
		if reportingWords[strings.ToLower(before[i])] && reportedSubjectPhrase(before[i+1:]) && !strings.HasPrefix(c.text[end:], ",") {
			if t := tenseAfter(c, 4, 60); t != tenseUnknown {
				return t
			}
		}
		// "is under fire after awarding a 5.4% rise in May": what was
		// done before the clause's present is past; before what will
		// be, it may lie ahead ("will travel to Rome after playing
		// Napoli on Sunday").
		if i > 0 && strings.EqualFold(before[i-1], "after") && len(before[i]) > 5 && strings.HasSuffix(strings.ToLower(before[i]), "ing") &&
			!slices.ContainsFunc(before[:i-1], func(w string) bool { return cue(w) == tenseFuture }) {
			return tensePast
		}
		// "was awaiting trial on charges of planting fake bombs at an
		// army base in January": what someone is charged with, accused,
		// suspected or convicted of doing was done.
		if i > 1 && len(before[i]) > 5 && strings.HasSuffix(strings.ToLower(before[i]), "ing") && strings.EqualFold(before[i-1], "of") && chargedWords[strings.ToLower(before[i-2])] {
			return tensePast
		}
		// "The move comes a week after the collapse of a rival chain in
		// March", "The decision follows a warning in July": what a
		// present "comes after" or "follows" names came before it.
		if precededInPresent(before, i) {
			return tensePast
		}
		// "issued a warning until midnight, and a yellow warning is in
		// place until Tuesday morning": a clause in the present has no
		// past tense from a clause before it.
		if w := strings.ToLower(before[i]); (w == "is" || w == "are") && i > 0 && presentJoined(before[:i]) {
			break
		}
		// "six months sooner than it forecast in January".
		if pastAfterThirdSingular(before, i) {
			return tensePast
		}
		t := cue(before[i])
		// "was expected to weaken as it crossed the island overnight":
		// a clause of time told in the past of what was to come takes
		// the tense of what was to come.
		if t == tensePast && backshifted(before, i) {
			continue
		}
		// "will be cleaned next week and returned to its plinth on Oct.
		// 12": a participle joined on to a passive's "be" shares what
		// leads to it, which is read next.
		if t == tensePast {
			if k := passiveBeJoined(before, i); k > 0 {
				i = k
				continue
			}
		}
		// "will rule on whether to remove impeached President Yoon on
		// Friday": a participle before a capitalised title, after an
		// infinitive's verb, is an adjective.
		if t == tensePast && i+1 < len(before) && startsUpper(before[i+1]) && i > 1 && strings.EqualFold(before[i-2], "to") {
			continue
		}
		// "little chance of another cut before November": a past that is
		// its verb's base, right after an article, is a noun.
		if t == tensePast && i > 0 && baseAsPast[strings.ToLower(strings.Trim(before[i], ",;:"))] && nounLead(before[i-1]) {
			continue
		}
		// "won in August and the hosts in March": a present form after
		// an article is a plural noun, as is one after a count ("by just
		// six votes on Friday"); not after a comma ("which started on
		// Aug. 6, ends on Sunday").
		if prev := strings.ToLower(before[max(i-1, 0)]); t == tenseFuture && i > 0 && strings.HasSuffix(before[i], "s") && !strings.HasSuffix(prev, ",") && (articles[prev] || numberWords[prev] > 1 || prev[0] >= '0' && prev[0] <= '9') {
			continue
		}
		// "had signalled inconclusive votes on Wednesday evening": so is
		// one a past verb takes as its object, perhaps after an
		// adjective in lower case, a count or a particle: "handed back
		// two bronze heads to Nigeria on Tuesday".
		if t == tenseFuture && i > 1 && strings.HasSuffix(before[i], "s") && pastVerbObject(before, i) {
			continue
		}
		// "canceled flights scheduled for Tuesday on Monday evening": a
		// plan's participle on a noun, with its own date, sets nothing
		// after it ahead.
		if t == tenseFuture && i > 0 && scheduledFor[strings.ToLower(before[i])] && i+2 < len(before) && before[i+1] == "for" && !beWords[strings.ToLower(before[i-1])] &&
			strings.ToLower(before[i-1]) != "was" && strings.ToLower(before[i-1]) != "were" {
			continue
		}
		if i == 0 && t == tenseUnknown && openingParticiple(before, c.text[end:]) {
			t = tensePast
		}
		// "Inflation falls to 3.6% in October": a value's fall is told
		// in the present of a headline, not scheduled as Christmas
		// "falls on a Thursday".
		if t == tenseFuture && strings.EqualFold(before[i], "falls") && i+1 < len(before) && (before[i+1] == "to" || before[i+1] == "by") {
			continue
		}
		// "set its budget for next year on Tuesday": another expression
		// of time ahead is no verb's tense.
		if t == tenseFuture && i+1 < len(before) && (strings.EqualFold(before[i], "next") || strings.EqualFold(before[i], "coming")) && durationUnits[strings.ToLower(strings.Trim(before[i+1], ",;:"))] {
			continue
		}
		// "the blasts next to the embassies": a place, not a time.
		if t == tenseFuture && i+1 < len(before) && strings.EqualFold(before[i], "next") && (before[i+1] == "to" || before[i+1] == "door") {
			continue
		}
		// "died of head injuries on Saturday": after a preposition the
		// word is a noun.
		if baseFuture(before, i) && (i == 0 || auxiliaryWords[strings.ToLower(before[i-1])] || determiners[strings.ToLower(before[i-1])] || cue(before[i-1]) == tensePast || pastVerbObject(before, i) ||
			nounModifiers[strings.ToLower(before[i-1])] || nounPrepositions[strings.ToLower(before[i-1])]) {
			continue
		}
		if baseFuture(before, i) {
			return tenseFuture
		}
		// "Pre-orders open on Friday": "open" after a plural noun is its
		// verb, in the present of what is scheduled ("were open", "remain
		// open" are states).
		if before[i] == "open" && i > 0 && pluralNoun(before[i-1]) {
			return tenseFuture
		}
		// "Unions plan a march on Saturday": "plan" before an article is
		// a verb of scheduling, as before "to".
		if (before[i] == "plan" || before[i] == "plans") && i+1 < len(before) && articles[strings.ToLower(before[i+1])] {
			return tenseFuture
		}
		// "is set for Feb. 3", "a vote slated for Thursday": what is set
		// for a day lies ahead, unless the setting is told in the past
		// ("was set for Friday", which weekdayDate reads as an
		// appointment).
		// Nor is it when a reduced relative's noun has its verb in the
		// past: "Several matches scheduled for Saturday were postponed"
		// is an appointment too.
		if i+2 == len(before) && before[i+1] == "for" && scheduledFor[strings.ToLower(before[i])] && !pastAuxiliary(before[:i]) {
			if i > 0 && !beWords[strings.ToLower(before[i-1])] && tenseAfter(c, 3, 40) == tensePast {
				return tensePast
			}
			return tenseFuture
		}
		// "Rain is forecast for Sunday", "growth is projected to slow":
		// a present forecast is of what is ahead, as a present plan is
		// ("A memorial is planned for the spring"; "A vigil planned for
		// Monday was called off" is an appointment).
		if i > 0 && (forecastWords[strings.ToLower(before[i])] || strings.EqualFold(before[i], "planned")) && (before[i-1] == "is" || before[i-1] == "are") {
			return tenseFuture
		}
		// "figures published on Friday are expected to show": a
		// participle of coming out on a noun, the verb group right after
		// the date, has that verb's tense. Not one of another act: "A
		// plan announced in the spring will save $2 billion" was
		// announced.
		if noun := before[max(0, i-1)]; t == tensePast && i > 0 && i >= len(before)-2 && participleOnNoun(noun, i == 1) && comingOut[strings.ToLower(before[i])] {
			if after := strings.Fields(c.text[end:min(len(c.text), end+40)]); len(after) > 1 && groupOpeners[strings.ToLower(after[0])] {
				if t2 := tenseAfter(c, 3, 40); t2 != tenseUnknown {
					return t2
				}
			}
		}
		// A participle after a form of "be", or after "remain" or "stay",
		// takes its tense from the auxiliary: "will be named", "would
		// still be held", "was named", "will remain closed"; "is heard" is
		// no past. After "to" it is an infinitive: "expected to last",
		// "plans to cut".
		if t == tensePast && i > 0 && (beWords[strings.ToLower(before[i-1])] || linkingWords[strings.ToLower(before[i-1])] || before[i-1] == "to") {
			continue
		}
		// After a modal a verb is in its base form, whatever it looks
		// like: "would cut his trip short to return on Monday".
		if t == tensePast && i > 0 && modalWords[strings.ToLower(before[i-1])] {
			continue
		}
		// A participle after a determiner is an adjective, not a verb:
		// "on a still unspecified date in January", "the proposed merger".
		if t == tensePast && adjectival(before[:i]) {
			continue
		}
		// "than it had expected in the spring": a pluperfect looking
		// ahead, with nothing but the date's preposition after it, is
		// dated by the date: it is past.
		if t == tenseFuture && i > 0 && strings.EqualFold(before[i-1], "had") && i+2 == len(before) {
			return tensePast
		}
		// "had been due to expire Friday": a plan in the pluperfect is
		// past.
		if t == tenseFuture && i > 1 && strings.EqualFold(before[i-1], "been") && strings.EqualFold(before[i-2], "had") &&
			!strings.HasSuffix(before[i], ",") { // "which had been expected, is": a closed relative clause
			return tensePast
		}
		if t != tenseUnknown {
			return t
		}
	}
	if entry, t := timelineEntry(c); entry {
		return t
	}
	if t := entryLineTense(c); t != tenseUnknown {
		return t
	}
	// After the expression, look a few words on; further when it opens
	// the sentence ("On Tuesday, the National Rifle Association plans
	// to"), as the subject stands between it and the verb.
	// A rule may take in the comma after it: "At 7:40 p.m., about an
	// hour before kickoff, crowds began".
	reach, limit := 6, 80
	if len(before) <= 1 && (strings.HasPrefix(c.text[end:], ",") || end > c.m[0] && c.text[end-1] == ',') {
		reach, limit = 14, 160
	}
	// "The company, which reports results on March 3, had raised
	// prices": the verb after a relative clause's closing comma is the
	// main clause's, no guide to the relative's own.
	if strings.HasPrefix(c.text[end:], ",") && insideRelative(before) {
		return tenseUnknown
	}
	// "Traders see a 60% chance of another cut in May, analysts said":
	// an attribution that ends the sentence tells when it was said, not
	// the tense of what it reports.
	if trailingAttribution.MatchString(c.text[end:]) {
		return tenseUnknown
	}
	return tenseAfter(c, reach, limit)
}

// trailingAttribution is a comma and an attribution that ends the
// sentence: ", analysts said.", ", the ministry said on Monday.".
var trailingAttribution = regexp.MustCompile(`^,\s+(?:\S+\s+){1,5}?(?:said|says|say|added|reported)(?:\s+(?:on\s+|late\s+|early\s+)?\S+)?[.!?]`)

// precededInPresent reports whether before[i] is a present "follows" or
// the "after" of a present "comes after", perhaps with a span between
// ("comes just days after"): what follows names what came first. "will
// follow", "to come after" look ahead.
func precededInPresent(before []string, i int) bool {
	w := strings.ToLower(before[i])
	if w == "after" {
		k := i - 1
		for k >= 0 && k >= i-4 && afterSpanWords(strings.ToLower(before[k])) {
			k--
		}
		if k < 0 || k == i-4 {
			return false
		}
		i, w = k, strings.ToLower(before[k])
		if w != "comes" && w != "come" {
			return false
		}
	} else if w != "follows" && w != "follow" {
		return false
	}
	return i == 0 || !modalWords[strings.ToLower(before[i-1])] && !auxiliaryWords[strings.ToLower(before[i-1])]
}

// afterSpanWords may stand between "comes" and "after": "a week", "just
// days", "two months", "shortly".
func afterSpanWords(w string) bool {
	_, count := numberWords[w]
	return count || durationUnits[w] || w == "just" || w == "only" || w == "shortly" || startsWithDigit(w)
}

// participleOnNoun reports whether w, before a past form, may be the noun
// a reduced relative is on: a word in lower case, or opening the sentence,
// that is no pronoun, auxiliary, determiner or verb.
func participleOnNoun(w string, opens bool) bool {
	if opens {
		w = strings.ToLower(w)
	}
	return w == strings.ToLower(w) && !subjectPronouns[w] && !auxiliaryWords[w] && !modalWords[w] && !beWords[w] && !articles[w] && cue(w) == tenseUnknown && !strings.HasSuffix(w, ",")
}

// comingOut are the participles of making something public, which may
// be still to come: "figures published on Friday".
var comingOut = wordSet(`published released issued unveiled presented`)

// groupOpeners open a finite verb group.
var groupOpeners = wordSet(`is are was were will would has have had could may might should must`)

// presentJoined reports whether before, the words before a present "is"
// or "are", hold a clause joined on by ", and" or ", but" whose subject
// it is: no verb stands between the conjunction and the end.
func presentJoined(before []string) bool {
	for k := len(before) - 1; k > 0; k-- {
		w := strings.ToLower(before[k])
		if (w == "and" || w == "but") && strings.HasSuffix(before[k-1], ",") {
			return true
		}
		if cue(before[k]) != tenseUnknown || auxiliaryWords[w] || modalWords[w] {
			return false
		}
	}
	return false
}

// backshifted reports whether before[i], a past form, is the verb of a
// clause of time ("as it crossed", "when the storm passed") whose main
// clause looks ahead from the past: "would weaken", "was expected to
// weaken".
func backshifted(before []string, i int) bool {
	// "until the lines had been checked": the auxiliaries of a perfect
	// or a passive count for no word of the clause.
	reachBack := 3
	for k := i - 1; k >= 0 && k >= i-3 && perfectPassiveAuxiliaries[strings.ToLower(before[k])]; k-- {
		reachBack++
	}
	for k := i - 1; k >= max(0, i-reachBack); k-- {
		if !backshiftOpeners[strings.ToLower(before[k])] {
			continue
		}
		// Not a plan in the pluperfect, which the clause of time ended:
		// "had planned to make the trip before he died in April".
		// A condition may follow a longer infinitive's phrase: "threatened
		// to sue the broadcaster for $1 billion unless it retracted the
		// documentary by Friday".
		reach := 4
		if w := strings.ToLower(before[k]); w == "unless" || w == "if" {
			reach = 8
		}
		for h := k - 1; h >= max(0, k-reach); h-- {
			w := strings.ToLower(before[h])
			if strings.HasSuffix(w, ",") {
				break
			}
			// "could divert vessels if the dispute dragged on into
			// February": so does any modal of what may come.
			if g := intentionAt(before, h); w == "would" || w == "could" || w == "might" || w == "to" && g >= 0 && (g < 1 || !strings.EqualFold(before[g-1], "had")) {
				return true
			}
		}
		return false
	}
	return false
}

// intentionAt is the index of the word of intending before[h], a "to",
// opens the infinitive of, or -1. The intention's date may stand between:
// "threatened on Monday to sue".
func intentionAt(before []string, h int) int {
	g := h - 1
	if g >= 2 && (strings.EqualFold(before[g-1], "on") || strings.EqualFold(before[g-1], "in")) && !intentionWords[strings.ToLower(before[g])] {
		g -= 2
	}
	if g < 0 || !intentionWords[strings.ToLower(before[g])] {
		return -1
	}
	// "signed off on the first phase of a U.S.-brokered plan to end the
	// war on Thursday", "unveiled plans to cut 500 jobs on Thursday": a
	// plan an article, a modifier or a past verb makes a noun is what was
	// acted on; the date is the act's.
	if w := strings.ToLower(before[g]); (w == "plan" || w == "plans") && g > 0 {
		if p := strings.ToLower(before[g-1]); determiners[p] || strings.Contains(p, "-") || cue(p) == tensePast {
			return -1
		}
	}
	return g
}

// backshiftOpeners open a clause of time or condition.
var perfectPassiveAuxiliaries = wordSet(`had has have been was were be being`)

var backshiftOpeners = wordSet(`as when while once until before after unless if`)

// tenseAfter is the tense of the first cue in the reach words after the
// expression, within limit bytes and its sentence, before a "that" that
// opens another clause.
func tenseAfter(c context, reach, limit int) tense {
	end := c.m[1]
	after := c.text[end:min(len(c.text), end+limit)]
	// A headline ends at its line: "Storm to bring snow through the
	// weekend\n\nForecasters have warned".
	if i := strings.IndexAny(after, ".!?;\n"); i >= 0 {
		after = after[:i]
	}
	words := strings.Fields(after)
	for i, w := range words {
		// "forecast on Tuesday that growth would slow": what follows
		// "that" is another clause.
		if i >= reach || w == "that" {
			break
		}
		// "plans to hold" after it is ahead; "planned to pay" may have
		// been due on a day now past, and stays with cue. After a verb,
		// its particle or a determiner it is a noun: "on Monday set out
		// plans to build".
		if intentionWords[w] && !strings.HasSuffix(w, "ed") && i+1 < len(words) && words[i+1] == "to" && !(i > 0 && objectLead(strings.ToLower(words[i-1]))) {
			return tenseFuture
		}
		// "On Monday, the council scheduled a hearing": a participle of
		// planning with no form of "be" before it is the clause's past
		// verb, not "is scheduled".
		if strings.HasSuffix(w, "ed") && futureWords[w] && (i == 0 || !beWords[strings.ToLower(words[i-1])]) {
			return tensePast
		}
		if t := cue(w); t != tenseUnknown {
			return t
		}
		// "funds the government through Jan. 30 and reverses layoffs
		// carried out": a present joined on is the clause's tense, and
		// a participle after it is no verb of the clause.
		if i > 0 && words[i-1] == "and" && i+1 < len(words) && presentThirdPerson(w) && cue(words[i+1]) == tenseUnknown {
			break
		}
	}
	return tenseUnknown
}

// objectLead reports whether w, right before a word, makes it a noun: a
// determiner, a past verb or its particle ("set out plans to").
func objectLead(w string) bool {
	return determiners[w] || w == "out" || w == "up" || w == "new" || baseAsPast[w] || cue(w) == tensePast
}

// presentThirdPerson reports whether w looks like a verb in the present
// after a singular subject: "reverses", "funds"; not "progress".
func presentThirdPerson(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w == strings.ToLower(w) && !beWords[w]
}

// baseFuture reports whether before[i] is the plain form of a verb that,
// in the present, tells of what is scheduled: one of baseFutureWords, or
// "take effect", "come into force" and "report earnings", whose verbs
// alone are too common to say so ("The measures, which take effect at
// midnight on Thursday").
func baseFuture(before []string, i int) bool {
	if baseFutureWords[before[i]] {
		return true
	}
	if i+1 == len(before) {
		return false
	}
	next := strings.ToLower(before[i+1])
	// "take full effect": an adjective may stand before the noun.
	if (next == "full" || next == "immediate") && i+2 < len(before) {
		next = strings.ToLower(before[i+2])
	}
	// "both report earnings on Thursday": a company's results are
	// reported on a day set ahead.
	if before[i] == "report" || before[i] == "reports" {
		for _, w := range before[i+1 : min(len(before), i+4)] {
			if w = strings.ToLower(strings.Trim(w, ",;:")); w == "earnings" || w == "results" {
				return true
			}
		}
	}
	return before[i] == "take" && next == "effect" || before[i] == "come" && next == "into"
}

// pluralNoun reports whether w looks like a plural noun: it ends in a
// single "s" and is no form of a verb or a possessive pronoun ("remains",
// "was", "its").
func pluralNoun(w string) bool {
	w = strings.ToLower(strings.Trim(w, `.,;:!?"'()“”‘’`))
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") &&
		!linkingWords[w] && !futureWords[w] && !pastWords[w] && !beWords[w] && !notPluralNouns[w]
}

// notPluralNouns end in "s" but are no plural nouns.
var notPluralNouns = wordSet(`this thus its his hers ours yours theirs does goes always perhaps news series`)

// verbParticles complete a verb: "declared over", "called off".
var verbParticles = wordSet(`over off out up down back away`)

// couldPast follow a "could" that tells of the past, as negations before
// it do: "Neither he nor his parents could be located Wednesday".
var (
	couldPast = wordSet(`not have never n't only`)
	negations = wordSet(`neither nor no nobody none`)
)

// timelineEntry reports whether the expression labels an entry of a
// timeline: it opens a line, and a dash or colon follows it ("March 1 -
// The first walkout closes 40 depots."). Such entries are told in the
// present though they are past; only a word of the future in the entry
// ("June 20: Parliament will vote") puts one ahead.
func timelineEntry(c context) (bool, tense) {
	start, end := c.m[0], c.m[1]
	if strings.TrimSpace(c.text[sentenceStart(c.text, start):start]) != "" || !timelineLabel.MatchString(c.text[end:min(len(c.text), end+4)]) {
		return false, tenseUnknown
	}
	for _, w := range strings.Fields(strings.ToLower(c.text[end:sentenceEndFrom(c.text, end)])) {
		if plannedEntryWords[strings.Trim(w, `.,;:"'()`)] {
			return true, tenseFuture
		}
	}
	return true, tensePast
}

// plannedEntryWords put a timeline's entry ahead of the DCT.
var plannedEntryWords = wordSet(`will 'll shall expected due scheduled set planned plans to-be`)

// sentenceEndFrom is where the sentence that goes on at i ends: at a
// line end, a question or exclamation mark, or a full stop that ends a
// sentence (see endsSentence: not the one of "U.S.").
func sentenceEndFrom(text string, i int) int {
	for j := i; j < len(text); j++ {
		if c := text[j]; c == '\n' || c == '!' || c == '?' || c == '.' && (j+1 == len(text) || text[j+1] == ' ') && endsSentence(text, j) {
			return j
		}
	}
	return len(text)
}

// entryLineTense is the tense of a timeline entry an expression stands in
// after its label: "Jan. 19, 2025 - A ceasefire takes effect. It
// collapses in March" tells of a March past, as the entry's own date is
// (see timelineEntry); tenseUnknown outside an entry.
func entryLineTense(c context) tense {
	line := strings.LastIndexByte(c.text[:c.m[0]], '\n') + 1
	label := entryLine.FindStringIndex(c.text[line:min(len(c.text), line+40)])
	if label == nil || line+label[1] > c.m[0] {
		return tenseUnknown
	}
	end := strings.IndexByte(c.text[c.m[0]:], '\n')
	if end < 0 {
		end = len(c.text) - c.m[0]
	}
	for _, w := range strings.Fields(strings.ToLower(c.text[line : c.m[0]+end])) {
		if plannedEntryWords[strings.Trim(w, `.,;:"'()`)] {
			return tenseFuture
		}
	}
	return tensePast
}

// entryLine is a timeline entry's label opening a line: a day, or a
// month, perhaps with its year, and a dash or colon.
var entryLine = regexp.MustCompile(`^\s*(?:` + monthRe + `\s+` + dayRe + `|` + dayRe + `\s+` + monthRe + `|` + monthRe + `)(?:,?\s+` + yearRe + `)?\s*(?:[-–—:]|\.\s*[-–—])\s`)

var timelineLabel = regexp.MustCompile(`^\s*(?:[-–—:]|\.\s*[-–—])\s`)

// relativeClauseStart is, when words[i] ends in a comma closing a
// relative clause opened after a comma by "who", "which" or "whose"
// (", who resigned in March,"), the index of the relative pronoun; else
// -1. An "and" or "or" after the comma makes it a list's ("who stepped
// down as chairman, president and chief executive in March").
//
// A restrictive relative on a noun a determiner leads closes at a
// comma too when a phrase on a preposition of time follows it: "voted
// for a bill that would allow adults to end their lives, after a debate
// on Friday" voted on Friday, past.
func relativeClauseStart(words []string, i int) int {
	if i < 2 || !strings.HasSuffix(words[i], ",") {
		return -1
	}
	for _, w := range words[i+1:] {
		if w == "and" || w == "or" {
			return -1
		}
	}
	phrase := i+1 < len(words) && timePhraseLeads[strings.ToLower(words[i+1])]
	for j := i - 1; j > 0; j-- {
		w := strings.ToLower(words[j])
		if strings.HasSuffix(words[j-1], ",") {
			switch w {
			case "who", "which", "whose":
				return j
			}
			return -1
		}
		if phrase && (w == "that" || w == "who" || w == "which") && slices.ContainsFunc(words[max(0, j-3):j-1], func(d string) bool { return determiners[strings.ToLower(d)] }) {
			return j
		}
	}
	return -1
}

// timePhraseLeads open a phrase that places a clause in time against
// another event: "after a debate on Friday".
var timePhraseLeads = wordSet(`after following before during amid ahead`)

// insideRelative reports whether the words end inside a relative clause
// opened after a comma by "who", "which" or "whose" and not yet closed:
// "The company, which reports results on".
func insideRelative(words []string) bool {
	for j := len(words) - 1; j > 0; j-- {
		if strings.HasSuffix(words[j], ",") {
			return false
		}
		switch strings.ToLower(words[j]) {
		case "who", "which", "whose":
			if strings.HasSuffix(words[j-1], ",") {
				return true
			}
		}
	}
	return false
}

// openingParticiple reports whether the sentence opens with a past
// participle and a preposition, in a phrase a comma closes after the
// expression: "Asked on Monday whether he would resign, he said no".
// cue takes a capitalised word for a name; at the start of a sentence,
// before "on" or "in" and set off by a comma, it is a verb ("United on
// Saturday will face City" has no comma).
func openingParticiple(words []string, after string) bool {
	if len(words) < 2 || len(words[0]) <= 4 || !strings.HasSuffix(words[0], "ed") || strings.ToLower(words[0][1:]) != words[0][1:] {
		return false
	}
	switch words[1] {
	case "on", "in", "at", "by", "during", "last", "this", "earlier", "late", "early":
	default:
		return false
	}
	if end := strings.IndexAny(after, ".\n"); end >= 0 {
		after = after[:end]
	}
	return strings.Contains(after, ",")
}

// pastAuxiliary reports whether the words end in a past form of "be" or
// "have", perhaps with "been": "was", "were", "had been".
func pastAuxiliary(before []string) bool {
	n := len(before)
	if n > 1 && strings.EqualFold(before[n-1], "been") {
		n--
	}
	if n == 0 {
		return false
	}
	switch strings.ToLower(before[n-1]) {
	case "was", "were", "had":
		return true
	}
	return false
}

// lightPast are past verbs whose meaning is in the noun after them.
var lightPast = wordSet(`took made`)

// repeatAdverbs tell how often an act was done, between its verb and
// its date: "postponed twice, first in May", "met again in June".
var repeatAdverbs = wordSet(`first again once twice`)

// ownPastVerb reports whether the words before an expression end in its
// own verb in the past and a preposition: "ended on 1 January", "opened
// in December", "was born on Dec. 3", "came into force on 1 March". What
// such a verb dates is over, however near the next such date lies. A
// past verb further back may belong to another clause ("said the boy
// must be returned by Jan. 14", "invited them to a ceremony on March
// 12"), and the year of a date after it allows for that.
func ownPastVerb(c context) bool {
	if entry, t := timelineEntry(c); entry {
		return t == tensePast
	}
	// "fell 3.2% in the six weeks to Jan. 4": a period that ended on the
	// date was over when a past clause told of it.
	if periodEndBefore.MatchString(c.text[max(0, c.m[0]-40):c.m[0]]) {
		return clauseTense(c) == tensePast
	}
	// In their own case: a capital marks a name ("United in December").
	before := strings.Fields(c.text[sentenceStart(c.text, c.m[0]):c.m[0]])
	// A rule may take in the preposition: "in December".
	if f := strings.Fields(c.text[c.m[0]:c.m[1]]); len(f) > 1 && (f[0] == "in" || f[0] == "on") {
		before = append(before, f[0])
	}
	// "on the afternoon of 14 December", "in the early hours of
	// Sunday": a part of the day leads to the date as its preposition does.
	if n := len(before); n >= 3 && before[n-1] == "of" {
		for k := n - 3; k >= max(0, n-5); k-- {
			if w := strings.ToLower(before[k]); (w == "on" || w == "in") && strings.EqualFold(before[k+1], "the") {
				before = before[:k+1]
				break
			}
		}
	}
	n := len(before)
	// "In December, the board met": a date opening its sentence dates
	// the main clause, whose verb comes after it.
	if n == 1 && (before[0] == "In" || before[0] == "On" || before[0] == "During") || n == 0 {
		return clauseTense(c) == tensePast
	}
	// "happened at 9 a.m. on Dec. 28": a clock's "at" leads to the verb
	// as "on" does.
	if n < 2 || before[n-1] != "on" && before[n-1] != "in" && before[n-1] != "at" {
		return false
	}
	// "A previous attempt in January failed": a date in the subject,
	// before any verb, is dated by the verb after it.
	if subjectOpening(before[:n-1]) {
		return clauseTense(c) == tensePast
	}
	v := n - 2
	if w := strings.ToLower(before[v]); v >= 2 && (w == "force" || w == "effect") && strings.EqualFold(before[v-1], "into") {
		v -= 2
	}
	// A light verb and its noun are one verb: "took effect in April",
	// "took office in January", "made landfall on Tuesday".
	if v >= 1 && lightPast[strings.ToLower(before[v-1])] && strings.ToLower(before[v]) == before[v] && cue(before[v]) == tenseUnknown {
		v--
	}
	// So may an amount, which is no event of its own: "fell 3% on Jan.
	// 4", "rose 2 points in December", and one a preposition leads to:
	// "rose to 3.8% in January", "raised its key rate by a quarter
	// point in January".
	if k := amountPhraseStart(before, v); k >= 1 {
		v = k - 1
	} else {
		v = pastAmount(before, v)
	}
	// "was set up in February", "were put off on Monday": a passive with
	// its particle, whatever the participle's form.
	if v >= 2 && verbParticles[strings.ToLower(before[v])] && (strings.EqualFold(before[v-2], "was") || strings.EqualFold(before[v-2], "were")) {
		return cue(before[v-1]) != tenseFuture && strings.ToLower(before[v-1]) == before[v-1]
	}
	// An adverb may come between: "fell sharply in January"; so may a
	// particle: "was declared over in April".
	if w := before[v]; v >= 1 && len(w) > 4 && strings.HasSuffix(w, "ly") && strings.ToLower(w) == w && !notAdverbs[w] ||
		v >= 1 && verbParticles[w] && cue(before[v-1]) == tensePast {
		v--
	} else if v >= 2 && verbParticles[w] && cue(before[v-2]) == tensePast && (objectPronouns[strings.ToLower(before[v-1])] || startsUpper(before[v-1])) {
		// "pulled her over on March 12", "called Smith back on Monday":
		// a short object may stand between the verb and its particle.
		v -= 2
	}
	// "was postponed twice, first in May": how often may come between.
	for v >= 1 && repeatAdverbs[strings.TrimSuffix(strings.ToLower(before[v]), ",")] {
		v--
	}
	// "closed schools for three days in January": how long the act
	// lasted comes between its object and its date.
	v = pastDuration(before, v)
	v = pastObject(before, v)
	// "sank after hitting rocks on March 26": what was done after, in a
	// past clause, is past too.
	for k := v; k >= 1 && k >= v-3 && !strings.ContainsAny(before[k], ",;:"); k-- {
		if strings.EqualFold(before[k-1], "after") && len(before[k]) > 5 && strings.HasSuffix(strings.ToLower(before[k]), "ing") {
			return clauseTense(c) == tensePast
		}
	}
	w := before[v]
	// "sooner than it forecast in January": a base-form past right after
	// "he", "she" or "it" (see pastAfterThirdSingular).
	if pastAfterThirdSingular(before, v) {
		return true
	}
	// "agreed in January" tells when the agreeing was, as "set for
	// January" does not.
	if strings.ContainsAny(w, ",;:") || intentionWords[w] && !pastActs[w] || scheduledFor[w] || plannedWords[w] || notYetWords[w] {
		return false
	}
	if v == 0 {
		return cue(w) == tensePast
	}
	prev := strings.ToLower(before[v-1])
	if prev == "was" || prev == "were" { // "was born on", "were there in"
		return cue(w) != tenseFuture && strings.ToLower(w) == w
	}
	if cue(w) != tensePast {
		return false
	}
	if prev == "have" && v >= 2 && modalWords[strings.ToLower(before[v-2])] { // "would have ended in"
		return false
	}
	return !beWords[prev] && !linkingWords[prev] && !auxiliaryWords[prev] && !modalWords[prev] && !determiners[prev]
}

// pastDuration is the index before a phrase of how long that ends at
// before[v] ("for three days", "for days", "for a week"), or v.
func pastDuration(before []string, v int) int {
	if code, _ := unitCode(before[v]); code == "" || v < 2 {
		return v
	}
	k := v - 1
	if w := strings.ToLower(before[k]); w != "for" {
		if _, _, ok := quantity(w); !ok && w != "a" && w != "an" {
			return v
		}
		if k--; k >= 1 && strings.EqualFold(before[k], "a") { // "for a few days"
			k--
		}
	}
	if k < 1 || !strings.EqualFold(before[k], "for") {
		return v
	}
	return k - 1
}

// pastObject is the index of the past verb before the short object that
// ends at before[v] ("crossed the road on", "visited Paris in"), or v
// when there is none. A phrase of place may come between ("mounted the
// pavement on a busy street on"). A verb that sets up what its object
// names is left out: in "announced a strike on Dec. 14" the strike may lie
// ahead.
func pastObject(before []string, v int) int {
	end := v
	for phrases := 0; phrases < 2; phrases++ {
		k, ok := objectStart(before, end)
		if a := pastAmount(before, end); !ok && a < end { // "fell to -18.9C at Altnaharra on"
			k, ok = a+1, true
		}
		if !ok {
			return v
		}
		verb := strings.ToLower(before[k-1])
		// "died in a hospital on", "rose to a record on", "resigned
		// following a profit warning in": a past verb right before the
		// phrase is its verb; what came before a past act is past too.
		// "began shipping batteries in": so is one before a gerund
		// and its object.
		if (placePrepositions[verb] || phraseVerbLinks[verb] || len(verb) > 5 && strings.HasSuffix(verb, "ing")) && k >= 2 && cue(before[k-2]) == tensePast {
			k, verb = k-1, strings.ToLower(before[k-2])
		} else if (placePrepositions[verb] || verb == "of") && k >= 2 {
			// The phrase of place is passed; its noun is an object too.
			// So is one of "of": "published the first volume of its
			// report on".
			end = k - 2
			continue
		}
		if cue(verb) != tensePast || intentionWords[verb] || scheduledFor[verb] || plannedWords[verb] || settingUp[verb] || reportingPast[verb] {
			return v
		}
		return k - 1
	}
	return v
}

// periodEndBefore is a period's end before its date: "in the six weeks
// to", "the quarter ended", "the three months ending in".
var periodEndBefore = regexp.MustCompile(`(?i)\b(?:days?|weeks?|months?|quarters?|years?|half|period)\s+(?:to|ended|ending|through)(?:\s+(?:in|on))?\s*$`)

// phraseVerbLinks join a past verb to a phrase after it, like
// placePrepositions: "rose to a record", "was hit by a storm", "resigned
// after a vote", "was used during an outbreak".
var phraseVerbLinks = wordSet(`to by after following during`)

// objectStart is where the short noun phrase that ends at before[v]
// begins: a pronoun, a name, a noun with no determiner after a past verb,
// or up to four words opened by a determiner, with a word before it.
func objectStart(before []string, v int) (int, bool) {
	// "offered support in January": a noun with no determiner right
	// after the verb, when nothing before the verb looks ahead ("will
	// redeem Series H preferred shares on Oct. 31") and no determiner
	// makes it an adjective ("its preferred shares").
	// "raised interest rates in January": the noun may be a compound
	// of up to three.
	j := v
	for j >= 3 && v-j < 2 && bareNoun(before[j]) && bareNoun(before[j-1]) && !strings.HasSuffix(before[j-1], "ing") {
		j--
	}
	if j >= 2 && bareNoun(before[j]) && cue(before[j-1]) == tensePast && len(before[j-2]) > 1 && !adjectival(before[:j-1]) &&
		!slices.ContainsFunc(before[:j-1], func(w string) bool { return modalWords[strings.ToLower(w)] || cue(w) == tenseFuture }) {
		return j, true
	}
	// "began making batteries in April": so after a gerund a past verb
	// takes.
	if v >= 3 && bareNoun(before[v]) && len(before[v-1]) > 5 && strings.HasSuffix(before[v-1], "ing") && cue(before[v-2]) == tensePast {
		return v, true
	}
	// "closed hundreds of schools in January": a count in words and
	// "of" open the object as a determiner does.
	if v >= 3 && strings.EqualFold(before[v-1], "of") && countNouns[strings.ToLower(before[v-2])] && bareNoun(before[v]) {
		return v - 2, true
	}
	k := v
	switch {
	case objectPronouns[strings.ToLower(before[k])]: // "shot him on Dec. 14"
	case startsUpper(before[k]): // "visited Paris in", "across the Highlands"
		for k >= 1 && v-k < 3 && startsUpper(before[k-1]) {
			k--
		}
		if k >= 2 && strings.EqualFold(before[k-1], "the") {
			k--
		}
	default: // "crossed the road on"
		for k >= 1 && v-k < 3 && !determiners[strings.ToLower(before[k])] {
			k--
		}
		if !determiners[strings.ToLower(before[k])] {
			return 0, false
		}
	}
	if k < 1 {
		return 0, false
	}
	for _, w := range before[k : v+1] {
		if lw := strings.ToLower(w); strings.ContainsAny(w, ",;:\"“”()") || cue(w) != tenseUnknown || objectBreaks[lw] || modalWords[lw] || auxiliaryWords[lw] || beWords[lw] {
			return 0, false
		}
	}
	return k, true
}

// placePrepositions open a phrase of place between a verb's object and
// the date: "on a busy street", "outside the court".
var placePrepositions = wordSet(`on in at near outside inside across along through onto into`)

// countNouns are counts in words that take "of": "hundreds of schools".
var countNouns = wordSet(`dozens hundreds thousands millions billions scores tens`)

var objectPronouns = wordSet(`him her them it us me`)

// objectBreaks are words no short object holds: prepositions and
// conjunctions, after which the words are no longer the verb's object.
var objectBreaks = wordSet(`of in on at for to from with by into over under about after before during since until between and or but that which who`)

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// reportingPast are past verbs of saying and knowing, whose object may
// be the subject of what is said: "said the boy must return in December".
var reportingPast = wordSet(`said reported added wrote warned claimed argued insisted stated noted believed thought knew feared
	heard learned learnt suggested predicted revealed`)

// askedStates are what one calls for that happens at once or lasts, not
// on a day set ahead: "called for help", "called for calm".
var askedStates = wordSet(`help assistance aid calm restraint support patience unity`)

// settingUp are past verbs whose object may be an event still to come:
// "called a strike on Dec. 14", "announced a vote in March".
var settingUp = wordSet(`announced called declared proposed unveiled booked organised organized fixed confirmed approved ordered
	requested sought demanded urged backed rejected postponed delayed moved cancelled canceled`)

// promiseWords promise or threaten what their object names; after
// promiseLinks the date is the promising's. nearDay names a day near the
// DCT.
var (
	warnWords    = wordSet(`warn warns warned caution cautions cautioned`)
	warnLinks    = wordSet(`of about against`)
	promiseWords = wordSet(`promised pledged vowed threatened promise promises pledge pledges vow vows threaten threatens`)
	offerWords   = wordSet(`offer offers offered propose proposes proposed`)
	promiseLinks = wordSet(`in on at during last this that to on, in, earlier`)
	nearDay      = regexp.MustCompile(`(?i)\b(?:` + weekdayRe + `|yesterday|today|tonight|tomorrow|last|this)`)
)

// pastActs are the intentionWords that are acts of their own, done on the
// day they are dated by: "agreed", "decided", "vowed".
var pastActs = wordSet(`agreed decided promised vowed pledged threatened hoped wanted aimed`)

// clauseLeads open a sentence before its subject: "After talks in
// January".
var clauseLeads = wordSet(`after before since during when while if although though as because until in on at by for from with without
	despite amid following under over`)

// subjectOpening reports whether words opening a sentence are a short
// noun phrase on a determiner, or a capitalised one with none, and
// nothing else: "A previous attempt", "Heavy snow".
func subjectOpening(words []string) bool {
	// "Heavy snow in January closed": a subject with no determiner opens
	// the sentence with a capital, not a word that leads into a clause.
	bare := len(words) > 0 && len(words) <= 3 && startsUpper(words[0]) && !clauseLeads[strings.ToLower(words[0])]
	if !bare && (len(words) < 2 || len(words) > 4 || !determiners[strings.ToLower(words[0])]) {
		return false
	}
	for _, w := range words[1:] {
		if cue(w) != tenseUnknown || strings.ContainsAny(w, ",;:\"“”") || determiners[w] {
			return false
		}
	}
	return true
}

// pastAmount is the index of the word before the amount that ends at
// before[v] ("3%", "2 points", "$5 million"), or v when there is none.
func pastAmount(before []string, v int) int {
	// "gave £25 million of support in January": what the amount is of
	// is part of it.
	if v >= 3 && strings.EqualFold(before[v-1], "of") && bareNoun(before[v]) {
		if k := pastAmount(before, v-2); k < v-2 {
			return k
		}
	}
	k, figure := v, false
	for ; k >= 1 && v-k < 4; k-- {
		w := strings.ToLower(before[k])
		if strings.ContainsAny(w, "0123456789") {
			figure = true
			continue
		}
		if !amountUnits[w] {
			break
		}
	}
	if !figure {
		return v
	}
	return k
}

// amountPhraseStart is the index of the "to", "by" or "from" that opens
// an amount ending at before[v] ("to 3.8%", "by a quarter point", "by 0.4
// points"), or -1.
func amountPhraseStart(before []string, v int) int {
	figure := false
	for k := v; k >= 1 && v-k < 5; k-- {
		w := strings.ToLower(strings.TrimRight(before[k], ","))
		switch {
		case w == "to" || w == "by" || w == "from":
			if figure && k < v {
				return k
			}
			return -1
		case strings.ContainsAny(w, "0123456789") || amountUnits[w] || amountWords[w]:
			figure = true
		case w != "a" && w != "an" && w != "about" && w != "around" && w != "nearly" && w != "almost":
			return -1
		}
	}
	return -1
}

// amountWords name amounts without figures: "a quarter point", "half a
// percentage point".
var amountWords = wordSet(`quarter half quarter-point half-point`)

// amountUnits are the words of an amount besides its figures.
var amountUnits = wordSet(`percent per cent points point percentage million billion trillion basis pounds dollars euros tonnes tons barrels`)

// bareNoun reports whether w may be a noun standing with no determiner:
// a word in lower case that is no verb, modal, auxiliary or preposition
// ("support", "evidence", "asylum").
func bareNoun(w string) bool {
	lw := strings.Trim(w, ".,;:!?")
	return len(lw) > 2 && lw == w && strings.ToLower(w) == w && !strings.ContainsAny(w, "0123456789") && cue(w) == tenseUnknown &&
		!objectBreaks[w] && !modalWords[w] && !auxiliaryWords[w] && !beWords[w] && !determiners[w] && !objectPronouns[w]
}

// notAdverbs end in "ly" but qualify what follows, or are no adverbs.
var notAdverbs = wordSet(`early likely unlikely only daily weekly monthly yearly quarterly`)

// notYetWords after "was" put what follows ahead: "was supposed to".
var notYetWords = wordSet(`to supposed meant bound about`)

// modalWords make what follows a possibility or a future.
var modalWords = wordSet(`will would shall could might may must should`)

// adjectival reports whether the words before a participle make it an
// adjective: a determiner, perhaps with an adverb between ("a still
// unspecified", "the newly elected").
func adjectival(before []string) bool {
	n := len(before)
	if n > 1 && (strings.HasSuffix(before[n-1], "ly") || strings.EqualFold(before[n-1], "still")) {
		n--
	}
	return n > 0 && determiners[strings.ToLower(before[n-1])]
}

var determiners = wordSet(`a an the its their his her our this these those`)

// pastAfterThirdSingular reports whether words[i] is a verb whose past is
// its base right after "he", "she" or "it", where the present would end
// in "s": "than it forecast", "he cut".
func pastAfterThirdSingular(words []string, i int) bool {
	w := strings.ToLower(words[i])
	return i > 0 && baseAsPast[w] && !strings.HasSuffix(w, "s") && thirdSingular[strings.ToLower(words[i-1])]
}

// thirdSingular are the subject pronouns a present takes "-s" after.
var thirdSingular = wordSet(`he she it`)

// baseAsPast are the verbs whose past is their base, as often nouns: "a
// cut", "a hit".
var baseAsPast = wordSet(`cut cuts hit hits set put cost shut bet cast spread split upset forecast broadcast`)

// nounLead reports whether w opens a noun phrase: "another cut", "the
// next cut".
func nounLead(w string) bool {
	w = strings.ToLower(w)
	return determiners[w] || w == "another" || w == "next"
}

// Verbs that move something to a later time take "until" or "to"
// ("postponed until Friday", "pushed back the vote to Dec. 9"); those of
// giving or recessing take "until" only ("has given the relatives until"),
// as does bail, which runs to a later day ("released on bail until
// mid-August", "remanded in custody until").
var (
	movingWords = wordSet(`postponed postpones postpone delayed delays delay deferred defers defer extended extends extend
	adjourned adjourns adjourn rescheduled moved pushed`)
	untilWords = wordSet(`recessed given gave give gives bail bailed remanded`)
)

// deferredUntil reports whether the words before an expression end in
// "until" or "till", or "to", "through" or "into" after a verb of
// moving, and the few words before that defer something: "postponed
// until", "extended its deadline until", "has given the relatives until",
// "postponed the vote to", "were extended through Friday".
func deferredUntil(before []string) bool {
	u := len(before) - 1
	if u < 1 {
		return false
	}
	until, reach := true, 6
	switch strings.ToLower(before[u]) {
	case "until", "till":
	case "to", "through", "into":
		until, reach = false, 6
	default:
		return false
	}
	// "moved the city's marathon, planned for Sunday, to October": an
	// aside set off by commas before the preposition is passed.
	if strings.HasSuffix(before[u-1], ",") {
		for k := u - 2; k > 0 && k >= u-7; k-- {
			if strings.HasSuffix(before[k], ",") {
				before, u = append(slices.Clone(before[:k+1]), before[u]), k+1
				before[k] = strings.TrimSuffix(before[k], ",")
				break
			}
		}
	}
	for i := u - 1; i >= 0 && i >= u-reach; i-- {
		if w := strings.ToLower(strings.Trim(before[i], ",;:")); movingWords[w] || until && untilWords[w] {
			return true
		}
	}
	return false
}

// nearestCue is the word nearest before the match, in its sentence, that
// tells a tense, and that tense.
func nearestCue(c context) (string, tense) {
	before := strings.Fields(c.text[sentenceStart(c.text, c.m[0]):c.m[0]])
	for i := len(before) - 1; i >= 0; i-- {
		if t := cue(before[i]); t != tenseUnknown {
			return before[i], t
		}
	}
	return "", tenseUnknown
}

// forecastCue reports whether the nearest word before the match that
// tells a tense is a forecast's: "projected", "was forecast".
func forecastCue(c context) bool {
	w, _ := nearestCue(c)
	return forecastWords[strings.ToLower(strings.Trim(w, `.,;:!?"'()“”‘’`))]
}

// pastCue reports whether the nearest word before the match that tells a
// tense tells the past.
func pastCue(c context) bool {
	_, t := nearestCue(c)
	return t == tensePast
}

// cue reads one word. Capitalised words are names, not verbs ("United").
func cue(word string) tense {
	w := strings.Trim(word, `.,;:!?"'()“”‘’`+"`")
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		return tenseUnknown
	}
	if hyphenedAdjective(w) {
		return tenseUnknown
	}
	switch {
	case futureWords[w]:
		return tenseFuture
	case pastWords[w], len(w) > 4 && strings.HasSuffix(w, "ed"):
		return tensePast
	}
	return tenseUnknown
}

// hyphenedAdjective reports whether w is a participle joined to a word
// before it by a hyphen, which makes an adjective, no verb: "plays
// second-placed United on Wednesday", "a state-owned firm", "the
// long-awaited report". A verb's prefix keeps the verb: "re-elected",
// "co-founded".
func hyphenedAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && strings.HasSuffix(w, "ed") && !hyphenVerbPrefixes[w[:i]]
}

// hyphenVerbPrefixes are what may stand before a hyphen in a verb.
var hyphenVerbPrefixes = wordSet(`re co pre de un mis out over under self`)

func future(c context) bool { return clauseTense(c) == tenseFuture }

func tenseName(c context) string {
	switch clauseTense(c) {
	case tensePast:
		return "past"
	case tenseFuture:
		return "future"
	}
	return "nearest"
}

// sentenceStart is the byte offset where the sentence holding i begins: after
// the last sentence-ending punctuation followed by a space (see
// endsSentence), or a newline.
func sentenceStart(text string, i int) int {
	for j := i - 1; j > 0; j-- {
		if text[j] == '\n' {
			return j + 1
		}
		if (text[j] == ' ' || text[j] == '\t') && (text[j-1] == '!' || text[j-1] == '?' || text[j-1] == '.' && endsSentence(text, j-1)) {
			return j + 1
		}
	}
	return 0
}

// resolveAnaphoric resolves "the following week" (the week after the
// reference time), "that day" and "later in the month" (the reference's
// own day and month) and "year-earlier"
// (the reference's period a year before). Without a reference in the text
// the DCT stands in for it.
func resolveAnaphoric(c context) (Expression, bool) {
	var r relation
	switch {
	case c.sub(2) != "":
		_, r.unit = unitCode(c.sub(3))
		r.n = map[string]int{"following": 1, "next": 1, "previous": -1, "prior": -1, "same": 0}[c.lower(2)]
		// "Holt was suspended the following day": a past act is no
		// day after the DCT, whatever finer day was named further back.
		r.pastAct = r.n > 0 && clauseTense(c) == tensePast
	case c.sub(4) != "":
		_, r.unit = unitCode(c.sub(5))
	case c.sub(7) != "":
		_, r.unit = unitCode(c.sub(7))
		// "would keep the government open through Jan. 30. The House
		// passed the measure earlier in the week": what is past is in
		// no week still to come.
		r.past = clauseTense(c) == tensePast
	case c.sub(8) != "":
		r = relation{unit: GranWeek, past: clauseTense(c) == tensePast, mod: partMod(c.lower(8))}
	default:
		r = relation{n: -1, unit: GranYear, keep: true}
	}
	r.dayOf = r.n == 0 && r.unit == GranDay
	return anaphoricExpression(c, r), true
}

// anaphoricExpression is a date related to the text's reference time,
// dated from the DCT until resolveReferences finds the reference. In a
// past clause a later period than the DCT's ("The next day, the minister
// resigned") cannot be the DCT's next: it stays undated until a reference
// dates it.
func anaphoricExpression(c context, r relation) Expression {
	if c.dct.IsZero() || r.n > 0 && clauseTense(c) == tensePast {
		unknown := map[Granularity]string{GranDay: "XXXX-XX-XX", GranWeek: "XXXX-WXX", GranMonth: "XXXX-XX"}[r.unit]
		if unknown == "" {
			unknown = "XXXX"
		}
		return Expression{Type: TypeDate, Value: unknown, Mod: r.mod, rel: &r}
	}
	first, last, v := period(shift(c.dct, r.n, r.unit), r.unit)
	first, last = partOfSpan(first, last, r.mod)
	return Expression{Type: TypeDate, Value: v, Mod: r.mod, First: first, Last: last, Granularity: r.unit, Rule: "anaphoric-dct", rel: &r}
}

// resolveBeforeAfter resolves "the day before" as "the previous day" and
// "two days after" as "two days later".
func resolveBeforeAfter(c context) (Expression, bool) {
	sign := 1
	if c.lower(5) == "before" {
		sign = -1
	}
	unit := c.lower(4)
	_, g := unitCode(unit)
	if c.lower(2) == "the" {
		if strings.HasSuffix(unit, "s") {
			return Expression{}, false // "the days before": how many?
		}
		return anaphoricExpression(c, relation{n: sign, unit: g}), true
	}
	n, vague, ok := quantity(c.sub(3))
	if !ok || vague {
		return Expression{}, false
	}
	e, ok := durationExpression(n, false, unit, "")
	e.rel = &relation{n: sign * n, unit: g, keep: true}
	return e, ok
}

// resolveDayOfMonth resolves "on the 16th": the day in the month of the
// text's reference date. Without one it is in the DCT's month, or in a
// past clause the last month that had the day by the DCT ("resigned on
// the 16th", written on 12 November, is 16 October), in a future clause
// the first that has it from the DCT on. A phrase that goes on ("the 16th
// floor", "the 3rd of each month") is not a date.
func resolveDayOfMonth(c context) (Expression, bool) {
	dom, _ := strconv.Atoi(c.sub(3))
	if dom < 1 || dom > 31 || !endsPhrase(c.text[c.m[5]:]) {
		return Expression{}, false
	}
	tense := clauseTense(c)
	r := relation{unit: GranDay, dom: dom, past: tense == tensePast}
	if c.dct.IsZero() {
		return Expression{Type: TypeDate, Value: "XXXX-XX-" + twoDigits(dom), rel: &r}, true
	}
	step := -1
	if tense == tenseFuture {
		step = 1
	}
	m := monthStart(c.dct.Year(), c.dct.Month())
	for range 3 { // "the 30th", said in March in the past, is in January
		t, ok := date(m.Year(), m.Month(), dom)
		if ok && !(tense == tensePast && t.After(c.dct)) && !(tense == tenseFuture && t.Before(c.dct)) {
			e, _ := dayExpression(t.Year(), t.Month(), t.Day())
			e.Rule, e.rel = "day-of-month-"+tenseName(c), &r
			return e, true
		}
		m = m.AddDate(0, step, 0)
	}
	return Expression{}, false
}

// resolveAnaphoricPart resolves "the next morning" (the morning of the day
// after the reference's) and "that night" (the reference's own night).
// Without a reference in the text the DCT's day stands in for it.
func resolveAnaphoricPart(c context) (Expression, bool) {
	return anaphoricPart(c, map[string]int{"following": 1, "next": 1, "previous": -1, "prior": -1}[c.lower(2)], c.lower(3))
}

// anaphoricPart is the part of the day n days from the reference's.
func anaphoricPart(c context, n int, part string) (Expression, bool) {
	r := relation{unit: GranDay, part: partCodes[part], n: n}
	// "She ordered him to report to prison by Jan. 15. ... The council
	// voted the previous evening": a past act is on no evening before a
	// coming day.
	r.past = n < 0 && clauseTense(c) == tensePast
	// As "the next day": in a past clause with nothing to count from,
	// "the following morning" cannot be after the DCT.
	if c.dct.IsZero() || r.n > 0 && clauseTense(c) == tensePast {
		return Expression{Type: TypeTime, Value: "XXXX-XX-XXT" + r.part, rel: &r}, true
	}
	first, last, v := period(shift(c.dct, r.n, GranDay), GranDay)
	return Expression{Type: TypeTime, Value: v + "T" + r.part, First: first, Last: last, Granularity: GranDay, Rule: "anaphoric-dct", rel: &r}, true
}

// pastVerbObject reports whether before[i] ends a noun phrase of up to
// three words in lower case, no article among them, that follows a past
// verb: "signalled inconclusive votes", "handed back two bronze heads".
func pastVerbObject(before []string, i int) bool {
	k := i - 1
	for k > 0 && i-k <= 3 {
		w := before[k]
		if w != strings.ToLower(w) || articles[w] || cue(w) != tenseUnknown {
			break
		}
		k--
	}
	return k < i-1 && cue(before[k]) == tensePast
}
