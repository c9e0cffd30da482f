package timex

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// predicateJoin is what joins a second predicate to the first, sharing
// its subject, before the second's date: " and charged in ", " and then
// on ". A comma or any other mark would let the words between begin a new
// clause or an aside, whose date may be of another time; only the comma
// that closes a day's year may stand ("Jan. 5, 2022, and charged on").
// complementJoin is one after the rest of the first predicate: " of
// helping to hide his pay and given a suspended sentence in ".
var (
	predicateJoin  = regexp.MustCompile(`^(,?)\s+and\s+(?:then\s+|later\s+)?([a-z]+(?:\s+[a-z]+){0,3})\s+(?:in|on|by)\s+$`)
	complementJoin = regexp.MustCompile(`^(,?)((?:\s+[\w'’-]+){1,6}?)\s+and\s+(?:then\s+|later\s+)?([a-z]+(?:\s+[a-z]+){0,3})\s+(?:in|on|by)\s+$`)
	// consequenceJoin is a participle's phrase of what followed: ",
	// triggering a brief market sell-off in ", ", forcing it to close on ".
	consequenceJoin = regexp.MustCompile(`^,\s+[a-z]+ing((?:\s+[a-z-]+){0,6})\s+(?:in|on|by)\s+$`)
	dayThenYear     = regexp.MustCompile(`\d,\s+\d{4}$`)
	// clauseOpeners begin a clause of their own.
	clauseOpeners = wordSet(`after before since when while although though as because until unless whereas that which who whom whose where said says`)
	// A predicate that looks ahead is not dated from the one before:
	// "opened in March 2024 and will close in December".
	notPast = wordSet(`will would shall could can may might must is are am be being to plans plan expects expect hopes hope aims aim intends intend`)
)

// shareYearOfPredicate gives a month or day written without its year the
// year of the date that dates the predicate it is joined to, when it
// falls after that date: in "She was arrested in July 2021 and charged in
// November" November is 2021's, not the DCT's last. So does a phrase of
// what followed: "raised rates in July 2024, triggering a sell-off in
// early August". Run again once references are dated, the year may be
// one "that year" names: "in July of that year, triggering ...".
func shareYearOfPredicate(text string, es []Expression) {
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], &es[i+1]
		yearNamed := writtenYear.MatchString(a.Text) && a.Reference == nil || a.Rule == "reference-month-year"
		if a.Type != TypeDate || b.Type != TypeDate || !dayOrMonth(a) || !dayOrMonth(*b) || a.First.IsZero() || b.First.IsZero() ||
			b.Reference != nil || !yearNamed || writtenYear.MatchString(b.Text) || !namesMonth.MatchString(b.Text) {
			continue
		}
		join := predicateJoin.FindStringSubmatch(text[a.End:b.Start])
		// Not past words that open a clause of their own: "walked out
		// on Friday after talks between the union and rail operators
		// broke down on".
		if c := complementJoin.FindStringSubmatch(text[a.End:b.Start]); join == nil && c != nil && !slices.ContainsFunc(strings.Fields(c[2]), func(w string) bool { return clauseOpeners[strings.ToLower(w)] }) {
			join = []string{c[0], c[1], c[3]}
		}
		if join == nil {
			if c := consequenceJoin.FindStringSubmatch(text[a.End:b.Start]); c != nil {
				join = []string{c[0], "", c[1]}
			}
		}
		if join == nil || join[1] != "" && !dayThenYear.MatchString(a.Text) || slices.ContainsFunc(strings.Fields(join[2]), func(w string) bool { return notPast[w] }) {
			continue
		}
		// Only later in the same year: a writer who goes on into the
		// next year names it, and "joined in September 2010 and became
		// chief executive in March" is more likely this March.
		y := a.First.Year()
		if y == b.First.Year() || b.First.Month() < a.First.Month() || b.First.Month() == a.First.Month() && b.First.Day() < a.First.Day() {
			continue
		}
		if e, ok := inYear(*b, y, "predicate-year"); ok {
			*b = e
		}
	}
}

// weekdayAfterPredicate moves a coming weekday that dates a predicate
// joined on after another's date, and falls before it, a week on: in
// "will close on Monday and reopen on Friday", written on a Wednesday, the
// reopening is the Friday after that Monday, not the one before it. So
// does a past one: in "cancelled flights on Sunday and warned of further
// disruption on Monday", written on that Sunday, the Monday is the next
// day, not six days gone. Only past an object, which may be what lies
// ahead: "and charged on Monday" is the charging's day; a pluperfect
// tells what came before ("and had left on Friday").
func weekdayAfterPredicate(text string, es []Expression) {
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], &es[i+1]
		if b.Rule != "weekday-future" && b.Rule != "weekday-past" || a.First.IsZero() || b.Reference != nil || !b.First.Before(a.First) || b.First.AddDate(0, 0, 7).Before(a.First) {
			continue
		}
		m := predicateJoin.FindStringSubmatch(text[a.End:b.Start])
		if m == nil || b.Rule == "weekday-past" && (a.Granularity != GranDay || strings.HasPrefix(m[2], "had ") || len(strings.Fields(m[2])) < 3) {
			continue
		}
		t := b.First.AddDate(0, 0, 7)
		e, _ := dayExpression(t.Year(), t.Month(), t.Day())
		e.Start, e.End, e.Text, e.Rule = b.Start, b.End, b.Text, "weekday-after-predicate"
		*b = e
	}
}

// weekdaySetList makes a weekday listed after "every" and a weekday a
// set too: "every Tuesday and Thursday" is two days of each week, not
// this week's Thursday.
func weekdaySetList(text string, es []Expression) {
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], &es[i+1]
		if a.Type != TypeSet || !strings.HasPrefix(a.Value, "XXXX-WXX-") || b.Type != TypeDate || b.Granularity != GranDay {
			continue
		}
		wd, ok := weekdaysByName[strings.ToLower(b.Text)]
		if !ok || !setListGlue.MatchString(text[a.End:b.Start]) {
			continue
		}
		*b = Expression{Start: b.Start, End: b.End, Text: b.Text, Type: TypeSet, Value: "XXXX-WXX-" + isoWeekday(wd)}
	}
}

// setListGlue joins the members of a list: ", ", " and ", ", and ", " or ".
var setListGlue = regexp.MustCompile(`^(?:,\s*|\s+)(?:(?:and|or)\s+)?$`)

// weekdayAlternative gives a weekday offered beside a coming one the
// same direction: in "tickets for Tuesday or Wednesday", written on a
// Monday, the Wednesday is the one after that Tuesday, not the one gone.
// Past alternatives stay as they are ("met on Monday and Tuesday").
func weekdayAlternative(text string, es []Expression, dct time.Time) {
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], &es[i+1]
		if !strings.HasPrefix(a.Rule, "weekday-") || !a.First.After(dct) || b.Rule != "weekday-past" || b.Reference != nil ||
			!weekdayOr.MatchString(text[a.End:b.Start]) {
			continue
		}
		t := b.First
		for !t.After(a.First) {
			t = t.AddDate(0, 0, 7)
		}
		e, _ := dayExpression(t.Year(), t.Month(), t.Day())
		e.Start, e.End, e.Text, e.Rule = b.Start, b.End, b.Text, "weekday-alternative"
		*b = e
	}
}

// weekdayOr joins two weekdays as alternatives or a pair: " or ", " and
// on ".
var weekdayOr = regexp.MustCompile(`^\s+(?:or|and)\s+(?:on\s+)?$`)

// yearOfSentence gives a month or day written without its year the year
// a sentence opens with ("In 2019, the bank cut rates in March": March
// 2019; "Last year the firm cut jobs in March"), the one it has in the
// season the sentence opens with ("Last winter, heavy snow in January
// closed": January 2025, written in November 2025), the one a
// when-clause goes on from (see yearWhen) or the one a list of months
// follows ("cut rates three times last year, in February, May and
// August"), when that reading is the past or the nearest: a writer who
// sets a sentence in a year dates within it.
func yearOfSentence(text string, es []Expression) {
	for i, a := range es {
		if a.Type != TypeDate || a.Granularity != GranYear && !season(a) || a.First.IsZero() || a.rel != nil {
			continue
		}
		end := sentenceEndFrom(text, a.End)
		// "...; last year it did not come until Nov. 7": so does a year
		// that opens a clause after a semicolon, for the rest.
		start := sentenceStart(text, a.Start)
		if k := strings.LastIndex(text[start:a.Start], "; "); k >= 0 {
			start += k + len("; ")
		}
		opening := sentenceOpener.MatchString(text[start:a.Start]) || yearWhen.MatchString(text[a.End:])
		prev := a.End
		for k := i + 1; k < len(es) && es[k].Start < end; k++ {
			b := &es[k]
			listed := monthListLink.MatchString(text[prev:b.Start]) && (k == i+1 || prev != a.End)
			if !opening && !listed {
				break
			}
			prev = b.End
			if b.Type != TypeDate || !dayOrMonth(*b) || b.rel != nil || writtenYear.MatchString(b.Text) || !namesMonth.MatchString(b.Text) ||
				!yearFree[b.Rule] {
				continue
			}
			y, ok := yearOfMonthIn(a, b.First.Month())
			if !ok || y == b.First.Year() {
				continue
			}
			if e, ok := inYear(*b, y, "sentence-year"); ok {
				*b = e
			}
		}
	}
}

// season reports whether e is a season: "last winter" (2024-WI).
func season(e Expression) bool {
	return e.Granularity == GranQuarter && len(e.Value) == 7 && strings.Contains("SP SU FA WI", e.Value[5:])
}

// yearOfMonthIn is the year month m has within a, a year or a season:
// "last winter" (2024-WI) holds December 2024 and January 2025.
func yearOfMonthIn(a Expression, m time.Month) (int, bool) {
	for t := monthStart(a.First.Year(), a.First.Month()); !t.After(a.Last); t = t.AddDate(0, 1, 0) {
		if t.Month() == m {
			return t.Year(), true
		}
	}
	return 0, false
}

var (
	// sentenceOpener is what may stand before a year that opens a
	// sentence: "In", "By early", "During", or nothing ("Last year the
	// firm cut jobs").
	sentenceOpener = regexp.MustCompile(`^\s*(?:(?:In|During|Throughout|By)(?:\s+(?:early|mid|late))?)?\s*$`)
	// yearWhen is a clause set in the year before it: "had its hottest
	// summer last year, when the heat killed 2,000 people between June
	// and August".
	yearWhen = regexp.MustCompile(`^,\s+when\s`)
	// monthListLink joins a year to the months after it and the months
	// to each other: ", in " and ", ", " and ", ", and ".
	monthListLink = regexp.MustCompile(`^(?:,\s+in\s+|,\s+|,?\s+and\s+|,?\s+or\s+)$`)
	// yearFree are the readings a year in the sentence may replace: a
	// month or day dated past or nearest, not one a word fixed ("last
	// March", "next May") or a future clause put ahead.
	yearFree = wordSet(`month-past month-nearest day-nearest-dct`)
)

// dayOfNamedMonth gives a day written without its year the year of the
// month, year written, that the date before it names: in "The painting
// was taken in March 2020 from the museum. Thieves smashed a glass door
// in the early hours of March 30" the day is in March 2020, not the
// March before the DCT. A writer who tells of that month goes on from it.
func dayOfNamedMonth(text string, es []Expression) {
	for i := 1; i < len(es); i++ {
		a, b := es[i-1], &es[i]
		if a.Type != TypeDate || a.Granularity != GranMonth || !writtenYear.MatchString(a.Text) ||
			b.Type != TypeDate || b.Granularity != GranDay || b.Rule != "day-nearest-dct" || b.First.Month() != a.First.Month() {
			continue
		}
		// Not a month of a story told aside, when its sentence has
		// another date or tells since when: "his longest stay since he
		// was elected in March 2013".
		start := sentenceStart(text, a.Start)
		if i > 1 && es[i-2].End > start || strings.Contains(text[start:a.Start], "since") {
			continue
		}
		// Nor one a look back at what came before sets its sentence in:
		// "The previous record, 23.2C, was set in June 2017.
		// Temperatures peaked at 46C on June 28" is this June.
		if lookBackOpener.MatchString(text[start:a.Start]) {
			continue
		}
		if e, ok := inYear(*b, a.First.Year(), "month-year-before"); ok {
			*b = e
		}
	}
}

// lookBackOpener opens a sentence about what came before what the story
// tells: "The previous record", "The last time", "The former holder".
var lookBackOpener = regexp.MustCompile(`^\s*The\s+(?:previous|former|last\s+time|old)\s`)

// monthOfNamedYear gives a month or a day written without its year, in a
// relative clause on a noun a year written before it names, that year:
// in "The 2022 disaster, which began in late July," July is 2022's, not
// the one before the DCT.
func monthOfNamedYear(text string, es []Expression) {
	for i := 1; i < len(es); i++ {
		a, b := es[i-1], &es[i]
		if a.Type != TypeDate || a.Granularity != GranYear || !yearFree[b.Rule] && b.Rule != "month-part" ||
			!relativeOnNamedNoun.MatchString(text[a.End:b.Start]) {
			continue
		}
		if e, ok := inYear(*b, a.First.Year(), "year-of-noun"); ok {
			*b = e
		}
	}
}

// relativeOnNamedNoun is a noun or two a year names and the opening of a
// relative on them, up to a date: " disaster, which began in ".
var relativeOnNamedNoun = regexp.MustCompile(`^\s+[a-z]+(?:\s+[a-z]+)?,\s+(?:which|that)\s+[^,;.!?]*$`)

// yearOfEntries gives a timeline's entry, a line that opens with its date,
// written without its year, the year of the entry before it, when it
// falls on or after that entry's day: in "June 24, 2021 - Part of the
// building collapses ... July 4 - Crews demolish the rest" July 4 is
// 2021's. A writer who goes on into another year names it.
func yearOfEntries(text string, es []Expression) {
	var prev *Expression
	for i := range es {
		e := &es[i]
		if e.Type != TypeDate || e.First.IsZero() || !entryOpening(text, *e) {
			continue
		}
		if prev != nil && dayOrMonth(*e) && !writtenYear.MatchString(e.Text) && namesMonth.MatchString(e.Text) && yearFree[e.Rule] && e.First.Year() != prev.First.Year() {
			if in, ok := inYear(*e, prev.First.Year(), "entry-year"); ok && !in.Last.Before(prev.First) {
				*e = in
			}
		}
		prev = e
	}
}

// entryOpening reports whether e opens a line and a mark follows it, as
// a timeline's entry: "July 4 - Crews demolish", "June 2022: A judge".
func entryOpening(text string, e Expression) bool {
	return (e.Start == 0 || text[e.Start-1] == '\n') && entryMark.MatchString(text[e.End:])
}

// entryMark is the mark after an entry's date.
var entryMark = regexp.MustCompile(`^\s*[-–—:]\s`)

// weekdayAheadAgain dates a weekday whose clause has no tense, and so was
// taken for the last one, from a coming weekday the text has named: after
// "The next attempt is now set for Saturday", "Forecasters give the
// Saturday window a 60% chance" is that Saturday, and "improving to 80% on
// Sunday" in the same sentence the Sunday after it. A writer who has set a
// day ahead means it when naming it again with no verb to say otherwise.
func weekdayAheadAgain(text string, es []Expression, dct time.Time) {
	ahead := map[string]time.Time{}
	var last *Expression // the last coming weekday
	for i := range es {
		b := &es[i]
		if !weekdayAlone.MatchString(b.Text) || b.First.IsZero() {
			continue
		}
		name := strings.ToLower(b.Text)
		if b.First.After(dct) {
			ahead[name], last = b.First, b
			continue
		}
		if last == nil || clauseTense(context{text: text, m: []int{b.Start, b.End}, dct: dct}) != tenseUnknown {
			continue // no coming weekday yet, or a tense of its own
		}
		t, ok := ahead[name]
		if !ok && last != nil && sentenceStart(text, b.Start) == sentenceStart(text, last.Start) {
			t, ok = b.First, true
			for !t.After(last.First) {
				t = t.AddDate(0, 0, 7)
			}
		}
		if !ok {
			continue
		}
		e, _ := dayExpression(t.Year(), t.Month(), t.Day())
		e.Start, e.End, e.Text, e.Rule = b.Start, b.End, b.Text, "weekday-ahead-again"
		*b = e
		ahead[name], last = t, b
	}
}

// weekdayAfterBefore moves to the week after a weekday that "before"
// sets after a coming one, when it was taken for a day no later: in
// "Liverpool travel to Newcastle on Wednesday before hosting Manchester
// City on Sunday", written on a Sunday, the Sunday is the one after that
// Wednesday, not the day of writing.
func weekdayAfterBefore(text string, es []Expression, dct time.Time) {
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], &es[i+1]
		if !a.First.After(dct) || a.Granularity != GranDay || b.Granularity != GranDay || !strings.HasPrefix(b.Rule, "weekday") ||
			b.First.After(a.First) || sentenceStart(text, a.Start) != sentenceStart(text, b.Start) || !beforeWord.MatchString(text[a.End:b.Start]) {
			continue
		}
		for !b.First.After(a.First) {
			b.First, b.Last = b.First.AddDate(0, 0, 7), b.Last.AddDate(0, 0, 7)
		}
		b.Value = b.First.Format("2006-01-02") + b.Value[10:]
	}
}

// weekdayBeforeStoryDay moves to the week before a weekday told in the
// pluperfect that was taken for a day after the latest day the story
// has named: in "A volcano erupted on Wednesday evening. ... It had reopened
// only on Sunday", written the Tuesday after, the Sunday came before
// that Wednesday, not after it.
func weekdayBeforeStoryDay(text string, es []Expression, dct time.Time) {
	for i := 1; i < len(es); i++ {
		b := &es[i]
		if b.Rule != "weekday-past" || !pluperfect(context{text: text, m: []int{b.Start, b.End}, dct: dct}) {
			continue
		}
		// The story's last day so far: the latest day named before.
		var last time.Time
		for _, a := range es[:i] {
			if a.Granularity == GranDay && a.rel == nil && a.First.After(last) { // not one still to be dated from another
				last = a.First
			}
		}
		if last.IsZero() || !b.First.After(last) || b.First.Sub(last) >= 7*24*time.Hour {
			continue
		}
		b.First, b.Last = b.First.AddDate(0, 0, -7), b.Last.AddDate(0, 0, -7)
		b.Value = b.First.Format("2006-01-02") + b.Value[10:]
	}
}

// beforeWord is "before" as a word.
var beforeWord = regexp.MustCompile(`(?i)\bbefore\b`)
