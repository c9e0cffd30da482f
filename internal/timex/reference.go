package timex

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// relation marks an expression that is dated from the text's reference
// time (the last date it named) rather than from the DCT: "two days later",
// "a year earlier", "the following week", "that day".
type relation struct {
	// n units of unit from the reference.
	n    int
	unit Granularity
	// pastAct relations ("was suspended the following day") are told in
	// the past: a finer reference looked for past a coarser one must not
	// put them after the DCT.
	pastAct bool
	// keep resolves to the reference's own granularity ("a year earlier"
	// than the third quarter is a third quarter); otherwise the result is
	// the unit's period ("the following year").
	keep bool
	// optional relations keep their DCT-based value when the reference
	// does not fit: "a year ago" is a year unless the text has just named
	// a quarter or month of the past year, whose year-ago period it means.
	optional bool
	// mod is the part of the period meant ("START" for "early in the
	// week").
	mod string
	// part is the TIMEX3 code of a part of the day ("NI" for "that
	// night"), which makes the result a time.
	part string
	// dom is a day of the reference's month ("on the 16th"), which with
	// past set may not fall after the DCT; nor may what past says is a
	// time later than its reference ("died two days later") or in its
	// period ("passed the measure earlier in the week").
	dom  int
	past bool
	// near relations ("hours later") take a reference only from their
	// own sentence or the one before: further back, the hours are
	// counted from some undated happening in between.
	near bool
	// minutes is the exact offset of "two hours later" (negative for
	// "earlier"), which moves the day when the reference's clock time
	// and it cross midnight: "at 11 p.m. on Oct. 4. Two hours later" is
	// 5 October.
	minutes int
	// sentence relations take a reference only from their own sentence:
	// a clock time is on the day its sentence names ("on Nov. 20 at 10
	// a.m.").
	sentence bool
	// carried clock times may also take a day the sentence before named,
	// when it lies on the side of the DCT their clause's tense points to:
	// "The board fired her on Friday. The decision, announced at 12:30
	// p.m., ..." goes on about Friday, though the text came out on
	// Saturday; "He was born on May 3, 1950. The ceremony starts at 3
	// p.m." does not. tenseUnknown carries nothing.
	carried tense
	// onWeekday relations date "the following Wednesday" (n 1: the first
	// such day after the reference day), "the previous Wednesday" (n -1:
	// the last before it) and "that Wednesday" (n 0: the one of the
	// reference's week).
	onWeekday bool
	weekday   time.Weekday
	// onMonth relations date "the following January" (n 1: the first
	// such month after the reference's) and "the previous January".
	onMonth bool
	month   time.Month
	// season relations date "that autumn": the season of the
	// reference's year (a winter, of the year it begins in).
	season string
	// ofYear relations date "November of that year" and "the autumn of
	// the following year": the month or season of the reference's year
	// moved by n years.
	ofYear bool
	// dayOf relations ("that day", "the same day") fall on the
	// reference's day. A reference naming a month or a year gives them
	// a day of it, not known: "killed last October ... crossed out that
	// same day" is 1998-10-XX, not the DCT's day.
	dayOf bool
	// pastYear relations take a reference only from a year before the
	// DCT's: in "In the spring of 2020 the city locked down. By the
	// autumn ...", the autumn is 2020's, while after a date of this
	// year the season keeps its reading from the DCT.
	pastYear bool
	// holiday relations date a holiday told in the past on the
	// reference's year ("launched on Dec. 21, 1968. They circled the
	// moon on Christmas Eve"), by its day in a year.
	holiday func(year int) time.Time
	// perfect relations ("had begun six weeks earlier") take a reference
	// only from on or before the DCT's day: the past perfect looks back
	// from a time already past, not from one still ahead.
	perfect bool
}

// maxReferenceDistance bounds how far back, in bytes, a reference date
// may stand: further away it no longer anchors the narrative.
const maxReferenceDistance = 2000

// resolveReferences dates the expressions that carry a relation, in text
// order, against the last anchored date before each. Without a fitting
// reference an expression keeps what its rule gave it: a duration for
// "two days later", a DCT-relative date for "the following week". A date
// worked out from the reference a day, week, month or year later becomes
// the next one; looking back does not: "a year ago ... the year-earlier
// period" both compare with the period the text is about.
func resolveReferences(text string, es []Expression, dct time.Time) {
	var ref *Expression
	var refs []*Expression   // each reference in turn, for carried clock times
	var lookBack *Expression // a past perfect's date, which the story does not go on from
	for i := range es {
		e := &es[i]
		if r := e.rel; r != nil {
			e.rel = nil
			// "Yoon had declared martial law on Dec. 3 but lifted it
			// about six hours later": a look back is the reference of
			// what its own sentence counts from it.
			if lookBack != nil && (ref == nil || lookBack.Start > ref.Start) && lookBack.End <= e.Start && sentenceEnds(text[lookBack.End:e.Start]) == 0 && anchors(text, *lookBack, *e, *r, dct) {
				*e = fromReference(text, *e, *lookBack, *r, dct)
				continue
			}
			// "ruled on Friday. ... Reid was taken to hospital but died
			// two days later": a past act a time later that the last
			// date would put after the DCT is counted from an earlier
			// one ("on 3 March 2024").
			// A date of its own sentence that does not fit anchors it or
			// nothing: "in 2019, when it was relegated two months later"
			// is no two months after a day named before.
			if ref != nil && (r.past || r.perfect) && !anchors(text, *ref, *e, *r, dct) && sentenceEnds(text[ref.End:e.Start]) > 0 {
				for k := len(refs) - 1; k >= 0; k-- {
					if refs[k].End <= e.Start && anchors(text, *refs[k], *e, *r, dct) && !beforeStory(*ref, *refs[k], *r) {
						ref = refs[k]
						break
					}
				}
			}
			// "named her on Nov. 3. Ruiz, spokeswoman since December
			// 2023, replaced Stone, who resigned the same day": the
			// day is the last one named, not a day of the month a state
			// began ("killed last October ... that same day" is one).
			// Nor of a month two sentences back or more: "granted
			// approval on Thursday ... In a trial published last
			// November, ... . Medicare said it would begin covering the
			// drug on the same day".
			// Nor of a month a sentence names after its own day: "collapsed
			// on Tuesday ..., ahead of a summit this month. Schoof said he
			// would resign later in the day".
			dayBefore := ref != nil && slices.ContainsFunc(refs, func(d *Expression) bool {
				return d.Granularity == GranDay && d.End <= ref.Start && sentenceEnds(text[d.End:ref.Start]) == 0
			})
			if ref != nil && r.dayOf && granularityRank[ref.Granularity] > granularityRank[GranDay] &&
				(sinceBound(text, *ref) || sentenceEnds(text[ref.End:e.Start]) > 1 || dayBefore || attributiveYear(text, *ref)) {
				for k := len(refs) - 1; k >= 0; k-- {
					if refs[k].End <= e.Start && refs[k].Granularity == GranDay && anchors(text, *refs[k], *e, *r, dct) {
						ref = refs[k]
						break
					}
				}
			}
			// "On the morning of Monday 3 November, the society warned
			// that losses would wipe out its profit for the year. ...
			// That evening": a part of a day is of the last day named
			// near it, past a coarser period named since.
			if ref != nil && r.part != "" && !r.sentence && r.unit == GranDay && granularityRank[ref.Granularity] > granularityRank[GranDay] {
				for k := len(refs) - 1; k >= 0; k-- {
					if refs[k].End <= e.Start && refs[k].Granularity == GranDay && sentenceEnds(text[refs[k].End:e.Start]) <= 2 && anchors(text, *refs[k], *e, *r, dct) {
						ref = refs[k]
						break
					}
				}
			}
			// "which came into force in May the same year. Vennells, chief
			// executive from 2012 to 2019, handed back her CBE the
			// following month": a month counted on is counted from the
			// last date fine enough, past coarser ones named since.
			// Not past a season or a quarter, the time the story has
			// moved on to: "pleaded guilty in April. ... The thefts came
			// to light in the autumn of 2023. ... Finch was arrested the
			// following month" is no month after April; it is left
			// unanchored, as no month follows a season.
			if ref != nil && granularityRank[ref.Granularity] > granularityRank[r.unit] && !fits(*ref, *r, dct) && !r.sentence && ref.Granularity != GranQuarter &&
				(sentenceEnds(text[ref.End:e.Start]) > 0 || subjectAppositive(text, *ref)) {
				for k := len(refs) - 1; k >= 0; k-- {
					if r.pastAct && !dct.IsZero() && shift(refs[k].First, r.n, r.unit).After(dct) {
						continue
					}
					if beforeStory(*ref, *refs[k], *r) {
						continue
					}
					if refs[k].End <= e.Start && granularityRank[refs[k].Granularity] <= granularityRank[r.unit] && anchors(text, *refs[k], *e, *r, dct) {
						ref = refs[k]
						break
					}
				}
			}
			// "had plotted to stop him taking office in January 2023,
			// culminating in the storming ... on Jan. 8 of that year":
			// "that year" is the year its sentence last wrote, though
			// the story does not go on from a look back.
			if y := writtenYearBefore(text, es[:i], *e); r.ofYear && y != nil && (ref == nil || y.Start > ref.Start) {
				ref = y
			}
			if ref != nil && anchors(text, *ref, *e, *r, dct) {
				*e = fromReference(text, *e, *ref, *r, dct)
				// The story moves on: "On March 3 ... Two days later ...
				// The next morning" is 6 March, "In June 2019 ... A year
				// later ... that year" is 2020, and "at 5:15 a.m. on Aug.
				// 9 ... Minutes later ... at 7 a.m. By mid-morning ..." is
				// still 9 August. A look back ("The day before ... A week
				// before") leaves the time the text is about in place.
				// So does "that June" after "In the spring of 2022", or
				// "the autumn of that year": a part of the reference's
				// year narrows the time told.
				if (r.n > 0 || r.dom > 0 || r.near || r.sentence || r.ofYear) && !plannedBound(text, *ref, *e) {
					ref = e
					refs = append(refs, e)
				}
				continue
			}
			before := 0
			if i > 0 {
				before = es[i-1].End
			}
			if carried := carriedReference(text, refs, before, *e, *r, dct); carried != nil {
				*e = fromReference(text, *e, *carried, *r, dct)
				// The story goes on from the clock time: "at 9.25pm ...
				// about 40 minutes earlier ... earlier in the day".
				ref = e
				refs = append(refs, e)
				continue
			}
			// A clock time on the DCT's day is a day the text is
			// about, as any date is. So is the night before it told in
			// the past: "toppled trees overnight. A woman was killed at
			// 8:45 p.m." is that night's evening.
			if !r.sentence && !strings.HasPrefix(e.Rule, "overnight-") {
				continue
			}
			// Not one in a past clause that named no day and found none
			// near: "when he was shot shortly before 7 a.m. ... arrested
			// the following week" counts from no guess. One a day told
			// from it follows is that day's: "at 6am the next day". That
			// day counts from the story's last day, not from the clock's
			// guess: "on Saturday. ... for hours. The order was lifted at
			// 5 a.m. the next day" is Sunday's.
			// Whatever the tense: "Shortly after 2 p.m. that day, a
			// section of the wall gave way" is the day before it.
			dayAfter := i+1 < len(es) && es[i+1].Start-e.End <= 1 && es[i+1].rel != nil && ref != nil
			if e.Rule == "clock-dct" && (r.carried == tensePast && (i+1 == len(es) || es[i+1].Start-e.End > 1) || dayAfter) {
				continue
			}
		}
		if (e.Type == TypeDate || e.Type == TypeTime) && !e.First.IsZero() && !e.Last.IsZero() && e.Granularity != "" &&
			!runningBound(text, *e, dct) && !sinceBound(text, *e) &&
			(ref == nil || !endsPeriod(text, *ref, *e) && !reportsOn(text, *ref, *e) && !backstory(text, *ref, *e) && !plannedBound(text, *ref, *e) && !betweenBound(text, *ref, *e) && !relativeOn(text, *ref, *e)) {
			if pluperfectBack(text, refs, *e) {
				lookBack = e
				continue
			}
			ref = e
			refs = append(refs, e)
		}
	}
}

// relativeOn reports whether e is in a relative clause set off right
// after ref, on what ref names: "in the current quarter, which ends in
// September, up from $24.2 billion a year earlier" is a year before the
// quarter; September only tells when the quarter ends.
func relativeOn(text string, ref, e Expression) bool {
	between := text[ref.End:e.Start] // expressions come in order, without overlaps
	return strings.HasPrefix(between, ", which ") && !strings.ContainsAny(between[2:], ",;:.!?")
}

// writtenYearBefore is the last of es in e's sentence, before it, that
// writes its year in figures, or nil.
func writtenYearBefore(text string, es []Expression, e Expression) *Expression {
	for k := len(es) - 1; k >= 0; k-- {
		c := &es[k]
		if c.End > e.Start || sentenceEnds(text[c.End:e.Start]) > 0 {
			return nil
		}
		if c.Anchored() && fourDigits.MatchString(c.Text) {
			return c
		}
	}
	return nil
}

// fourDigits is a year written in figures.
var fourDigits = regexp.MustCompile(`\b\d{4}\b`)

// countedFrom opens a time counted from an event after a clock time: "
// ten days before the shooting", " the next day".
var countedFrom = regexp.MustCompile(`^\s+(?:(?:\S+\s+){1,2}(?:before|after|earlier|later)\b|the\s+(?:next|following|previous)\s)`)

// countedAfter reports whether a time counted from something else follows
// e in its sentence.
func countedAfter(text string, e Expression) bool {
	return countedFrom.MatchString(text[e.End:]) || countedSpan.MatchString(text[e.End:sentenceEndFrom(text, e.End)])
}

// countedSpan is a span counted from an event: "10 days before the
// murder", "two hours later".
var countedSpan = regexp.MustCompile(`(?i)\b(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:before|after|earlier|later)\b`)

// plannedBound reports whether e, after ref in the same sentence, bounds
// the span of what would or will be: "passed a bill on Sept. 19 that
// would fund agencies through Nov. 21, but Democrats blocked it the same
// day" goes on from Sept. 19, as "March 12: Regulators say depositors
// will have access to their money from the following day. ... the same
// evening" goes on from March 12.
func plannedBound(text string, ref, e Expression) bool {
	if ref.End > e.Start || sentenceEnds(text[ref.End:e.Start]) > 0 {
		return false
	}
	f := strings.Fields(strings.ToLower(text[ref.End:e.Start]))
	n := len(f)
	return n > 1 && (f[n-1] == "through" || f[n-1] == "until" || f[n-1] == "till" || f[n-1] == "from") &&
		slices.ContainsFunc(f[:n-1], func(w string) bool { return w == "would" || w == "will" })
}

// runningBound reports whether e is the end, still to come, of a span
// that "until" opens: "Two of them were released on bail until October.
// Two other retailers were targeted in the same week" goes on from the
// time the text had reached, not from October.
func runningBound(text string, e Expression, dct time.Time) bool {
	if dct.IsZero() || !e.First.After(dct) {
		return false
	}
	f := strings.Fields(strings.ToLower(text[max(0, e.Start-12):e.Start]))
	return len(f) > 0 && (f[len(f)-1] == "until" || f[len(f)-1] == "till")
}

// sinceBound reports whether e is the start of a span "since" opens: "a
// seat he had held since 2004. At the start of the year ..." goes on from
// the time the text had reached, not from 2004.
// A "when" clause after it tells what happened then, which the text goes
// on from: "held in The Hague since March, when he was arrested in Manila
// and flown to the Netherlands the same day" is a day of March.
func sinceBound(text string, e Expression) bool {
	f := strings.Fields(strings.ToLower(text[max(0, e.Start-8):e.Start]))
	return len(f) > 0 && f[len(f)-1] == "since" && !strings.HasPrefix(text[e.End:], ", when ")
}

// betweenBound reports whether e, after ref in the same sentence, bounds
// a span "between" opens, which what ref dates is about: "were charged
// in 2021 with fixing prices between 2013 and 2019; two pleaded guilty
// the next year" goes on from 2021.
func betweenBound(text string, ref, e Expression) bool {
	if ref.End > e.Start || sentenceEnds(text[ref.End:e.Start]) > 0 {
		return false
	}
	f := strings.Fields(strings.ToLower(text[ref.End:e.Start]))
	n := len(f)
	return n > 0 && (f[n-1] == "between" || f[n-1] == "and" && slices.Contains(f[max(0, n-4):n-1], "between"))
}

// reportsOn reports whether e, after ref in the same sentence, dates the
// telling of what ref dates, not a new time the text is about: "spotted
// at 5:15 a.m. on Aug. 9, according to the report, published on Monday",
// "fled on May 3, police said on Friday". The story goes on from ref.
func reportsOn(text string, ref, e Expression) bool {
	if ref.End > e.Start || sentenceEnds(text[ref.End:e.Start]) > 0 {
		return false
	}
	between := strings.ToLower(text[ref.End:e.Start])
	if strings.Contains(between, "according to ") {
		return true
	}
	f := strings.Fields(between)
	if n := len(f); n > 0 && f[n-1] == "on" {
		f = f[:n-1]
	}
	// "the result is expected to be announced on Dec. 15" tells when
	// something will be made known, a time the text goes on from.
	if n := len(f); n > 1 && f[n-2] == "be" {
		return false
	}
	return len(f) > 0 && reportingWords[strings.Trim(f[len(f)-1], ",")]
}

// attributiveYear reports whether ref is a year that qualifies the noun
// after it, a measure's base, which the story does not go on from:
// "Turnout was running ahead of 2020 levels earlier in the day".
func attributiveYear(text string, ref Expression) bool {
	if ref.Granularity != GranYear {
		return false
	}
	before := strings.Fields(strings.ToLower(text[max(0, ref.Start-12):ref.Start]))
	after := strings.Fields(text[ref.End:min(len(text), ref.End+24)])
	if len(before) == 0 || !baseLeads[before[len(before)-1]] || len(after) == 0 {
		return false
	}
	next := after[0]
	return strings.ToLower(next) == next && strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// baseLeads lead to what a measure is compared with.
var baseLeads = wordSet(`of than above below`)

// backstory reports whether e, after ref in the same sentence, dates what
// led up to it in a clause opened by "after", "when" or "since": "cancelled trains
// on Tuesday after a power line failed late on Monday. Services resumed at
// 2 p.m.", "survived a vote on Thursday evening, ending a week that began
// when ministers resigned on Sunday. Lawmakers voted shortly before 9 p.m."
// The story goes on from ref. So it does past a relative set off by a
// comma: "was elected on Thursday evening on the fourth ballot of the
// conclave, which began on Wednesday afternoon. White smoke rose at
// 6:07 p.m." is Thursday's.
func backstory(text string, ref, e Expression) bool {
	if ref.End > e.Start || sentenceEnds(text[ref.End:e.Start]) > 0 || !e.Last.Before(ref.First) {
		return false
	}
	// "BOCA CHICA, Texas, Jan 17 (Reuters) - ... exploded ... after
	// launching on Thursday": a dateline's date dates no clause.
	if datelineEnd.MatchString(text[ref.End:]) {
		return false
	}
	between := strings.ToLower(text[ref.End:e.Start])
	return strings.Contains(between, ", which ") || strings.Contains(between, ", who ") ||
		slices.ContainsFunc(strings.Fields(between), func(w string) bool { return w == "after" || w == "when" || w == "since" })
}

// datelineEnd is what follows a dateline's date: the agency in brackets
// and the dash before the story.
var datelineEnd = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?[-—–]\s`)

// pluperfectBack reports whether e, earlier than ref, dates a clause in
// the past perfect, which looks back from the story's time: "Storm Eowyn
// brought record winds on Friday. ... It had issued a red warning on
// Thursday afternoon. A man was killed shortly before 7 a.m." is Friday's.
func pluperfectBack(text string, refs []*Expression, e Expression) bool {
	// The story's time is its last day; a year it looked back to ("a
	// record set in 1945") is not.
	k := len(refs) - 1
	for k >= 0 && refs[k].Granularity != GranDay {
		k--
	}
	if k < 0 || refs[k].End > e.Start || !e.Last.Before(refs[k].First) {
		return false
	}
	f := strings.Fields(strings.ToLower(text[sentenceStart(text, e.Start):e.Start]))
	for i := 0; i+1 < len(f); i++ {
		if f[i] != "had" {
			continue
		}
		if next := f[i+1]; next == "been" || len(next) > 4 && strings.HasSuffix(next, "ed") {
			return true
		}
	}
	return false
}

// reportingWords tell of saying or publishing what a sentence reports.
var reportingWords = wordSet(`said says told reported announced published released confirmed added wrote showed shows`)

// carriedReference is the day a clock time without one takes from the
// sentence before when that sentence's last date does not fit: the latest
// date there on the side of the DCT the clock's clause points to. "The
// bridge collapsed on Tuesday evening, officials said Wednesday. The span
// gave way at 6:40 p.m." is Tuesday's evening: the report's day, the
// DCT's, is on neither side. A date in the clock's own sentence that did
// not fit keeps it from looking further.
func carriedReference(text string, refs []*Expression, before int, e Expression, r relation, dct time.Time) *Expression {
	if !r.sentence || r.carried == tenseUnknown {
		return nil
	}
	if setAgainstBefore(text, e) {
		return nil
	}
	// "brought the fire under control on Sunday. An order was lifted at
	// 2 p.m.", told that Sunday: the DCT's own day, named, is on either
	// side of it, when the sentence names no day on the clause's side. A
	// clock time that names no day does not make it one: "9.05am: ...
	// 9.40am: ..." are a live report's stamps.
	var today *Expression
	// "was stabbed ... in the early hours of Sunday. ... is due to appear
	// in court on Tuesday. Detectives appealed for anyone who was in the
	// area between 2:30 a.m. and 3:30 a.m.": past days on the other side
	// of the DCT, the clock goes back to the story's last day on its own.
	otherSide := false
	// "derailed on Sunday ..., warning that the line could stay closed
	// until the end of the month. No one was hurt. Twelve wagons left the
	// rails shortly after 4 a.m.": the sentence before that names a date
	// may lie past a few that name none, as in anchors; before is the end
	// of the expression before the clock, which a sentence that names a
	// date the story does not go on from holds.
	dated := -1
	for i := len(refs) - 1; i >= 0; i-- {
		ref := refs[i]
		if ref.End > e.Start || e.Start-ref.End > maxReferenceDistance {
			break
		}
		// "The structure, which had been put up in 2021, came down at
		// about 4.30pm": a date in an aside on the subject is none of the
		// clock's sentence; nor of the sentences after: "The walkout,
		// which began on Tuesday, had left 60 ships waiting. Work resumed
		// at 6am".
		ends := sentenceEnds(text[ref.End:e.Start])
		if subjectAside(text, *ref) {
			continue
		}
		// Not further back, nor a date of the clock's own sentence ("In
		// 2019 ... at 10 p.m.").
		if dated < 0 && (ends == 1 || ends > 1 && ends <= maxUndatedSentences && ref.End >= before && !countedAfter(text, e)) {
			dated = ends
		}
		if ends != dated && !otherSide {
			break
		}
		if !fits(*ref, r, dct) {
			continue
		}
		side := sideOfDCT(*ref, dct)
		if side == r.carried {
			return ref
		}
		otherSide = otherSide || side != tenseUnknown
		if today == nil && ref.Granularity == GranDay && ref.First.Equal(dct) && ref.Last.Equal(dct) && ref.Rule != "clock-dct" { // a day named, not a clock time alone
			today = ref
		}
	}
	return today
}

// beforeStory reports whether a time later than an earlier date, from,
// falls before a coarser period the story has since moved on to, last:
// "born in 1936, rose to fame in the late 1960s. The pair reunited four
// years later" is no 1940.
func beforeStory(last, from Expression, r relation) bool {
	return r.n > 0 && granularityRank[last.Granularity] > granularityRank[r.unit] && shift(from.First, r.n, r.unit).Before(last.First)
}

// maxUndatedSentences bounds how many sentence ends, of sentences that
// name no date, a clock time told in the past goes on past with the day
// named before them: "broke out shortly before noon. [Two sentences of
// no date.] ... suspended flights at around 2 p.m." is that noon's day.
const maxUndatedSentences = 4

// anchors reports whether ref can date e by its relation r: near enough,
// and fine enough.
func anchors(text string, ref, e Expression, r relation, dct time.Time) bool {
	if e.Start-ref.End > maxReferenceDistance || !fits(ref, r, dct) {
		return false
	}
	// "Born in Ibadan in 1945, she moved to England at the age of 19 ...
	// but abandoned her course two years later": an age told after a
	// birth date is a later time, which no count can go on from.
	if bornBefore(text, ref) && ageReached.MatchString(text[ref.End:e.Start]) {
		return false
	}
	// "The commission was set up in February. ... since the government
	// suspended talks a year ago": a month in another paragraph is no
	// period a year ago is compared with.
	if r.optional && ref.Granularity == GranMonth && strings.Contains(text[ref.End:e.Start], "\n\n") {
		return false
	}
	// "The sides last met in a final in 2011.\n\nIts manager, appointed
	// in the summer, said": in another paragraph a season goes on with an
	// earlier year's narrative only when it opens its sentence ("By the
	// autumn, cases were rising").
	// Nor in what is reported, which is told from the DCT's time: "was
	// re-elected four years later. She said she had made the decision
	// over the summer".
	if r.pastYear {
		lead := strings.Fields(strings.ToLower(text[sentenceStart(text, e.Start):e.Start]))
		if strings.Contains(text[ref.End:e.Start], "\n") && len(lead) > 1 || slices.ContainsFunc(lead, func(w string) bool { return reportingWords[w] }) {
			return false
		}
	}
	ends := sentenceEnds(text[ref.End:e.Start])
	// "was arrested on Tuesday. ... was detained at the airport. The
	// plane left at about 11 p.m.": past sentences with no date of
	// their own.
	// Not one a time counted from something else follows, in its
	// sentence: "at 6 a.m. ten days before the shooting", "at 6 a.m.
	// near his home 10 days before the murder".
	// Nor one whose date is an aside on the subject of its sentence:
	// "The walkout, which began on Tuesday, had left 60 ships waiting.
	// Work resumed at 6am" goes on from no Tuesday.
	if r.sentence && ends > 0 {
		return ends <= maxUndatedSentences && !subjectAside(text, ref) && !setAgainstBefore(text, e) && r.carried != tenseUnknown && r.carried == sideOfDCT(ref, dct) &&
			!countedAfter(text, e)
	}
	if r.sentence && subjectAside(text, ref) {
		return false
	}
	// A season told in the past goes on with a narrative's year past a
	// sentence or two with no date: "In the spring of 2019, Marsh
	// noticed ... The price had tripled. By the summer she had found".
	if r.pastYear {
		return ends <= 3
	}
	// "the fourth blaze since January 7, when fires destroyed 16,000
	// structures.\n\nThe winds, which gusted overnight": the day a span
	// runs from is background, no day the text is about.
	if r.near && strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:ref.Start], " ")), " since") {
		return false
	}
	// "The Kremlin said on Thursday that no venue had been agreed.
	// Overnight, Russia launched 128 drones": the day a sentence before
	// was said on is no night's; the night is the one into the DCT's day.
	if r.part == "NI" && r.n < 0 && ends > 0 && saidOnDay(text[sentenceStart(text, ref.Start):ref.Start]) {
		return false
	}
	return !(r.near && ends > 1)
}

// bornBefore reports whether ref is a birth date: "born" stands among
// the five words before it in its sentence.
func bornBefore(text string, ref Expression) bool {
	lead := strings.Fields(strings.ToLower(text[sentenceStart(text, ref.Start):ref.Start]))
	return slices.Contains(lead[max(0, len(lead)-5):], "born")
}

// ageReached is an age someone was at when something was done: "at the
// age of 19", "aged seven", "at age 12".
var ageReached = regexp.MustCompile(`(?i)\b(?:at\s+the\s+age\s+of|at\s+age|aged)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\b`)

// saidOnDay reports whether before, the words of a sentence up to a date,
// end in a verb of saying and perhaps "on": "The Kremlin said on".
func saidOnDay(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	if n := len(f); n > 0 && f[n-1] == "on" {
		f = f[:n-1]
	}
	return len(f) > 0 && reportingWords[f[len(f)-1]]
}

// subjectAppositive reports whether ref ends an aside set off by commas
// after its sentence's subject: "Vennells, the chief executive from 2012
// to 2019, handed back".
func subjectAppositive(text string, ref Expression) bool {
	before := text[sentenceStart(text, ref.Start):ref.Start]
	return strings.HasPrefix(text[ref.End:], ",") && strings.Count(before, ",") == 1
}

// subjectAside reports whether ref ends a participle's or a relative's
// aside on the subject its sentence opens with: "The lander, launched on
// Nov. 15, settled onto a crater rim at 5:32 a.m." lands on a day of its
// own, not the launch's.
func subjectAside(text string, ref Expression) bool {
	// The aside closes with a comma after the date, perhaps past a
	// phrase of its own: "ERS-2, which was launched in April 1995 to
	// observe the Earth's land, oceans and ice caps, burned up".
	rest := text[ref.End:]
	if end := strings.IndexAny(rest, ".!?"); end >= 0 {
		rest = rest[:end]
	}
	if !strings.Contains(rest, ",") {
		return false
	}
	start := sentenceStart(text, ref.Start)
	before := text[start:ref.Start]
	k := strings.IndexByte(before, ',')
	if k < 0 || strings.IndexByte(before[k+1:], ',') >= 0 {
		return false
	}
	subject, aside := strings.Fields(before[:k]), strings.Fields(before[k+1:])
	if len(subject) == 0 || len(subject) > 6 || len(aside) == 0 || slices.ContainsFunc(subject, func(w string) bool { return cue(w) != tenseUnknown }) {
		return false
	}
	w := strings.ToLower(aside[0])
	// "The bridge, built in the 1960s,": an irregular participle too.
	return w == "which" || w == "who" || (strings.HasSuffix(w, "ed") || pastWords[w] && !finitePast[w]) && cue(w) == tensePast
}

// sideOfDCT is the tense of a clause about ref: past when it ended before
// the DCT's day, future when it begins after it.
func sideOfDCT(ref Expression, dct time.Time) tense {
	switch {
	case ref.Last.Before(dct):
		return tensePast
	case ref.First.After(dct):
		return tenseFuture
	}
	return tenseUnknown
}

// fromReference is e dated from its reference ref by its relation r.
func fromReference(text string, e, ref Expression, r relation, dct time.Time) Expression {
	g := r.unit
	if r.keep {
		g = ref.Granularity
		// "in October 2024 ... A decade earlier": a count of decades
		// tells the year at most.
		if r.unit == GranDecade && granularityRank[g] < granularityRank[GranYear] {
			g = GranYear
		}
	}
	from := ref
	from.Reference = nil
	if r.dayOf && ref.Granularity != GranDay {
		unknown := map[Granularity]string{GranMonth: "-XX", GranYear: "-XX-XX"}[ref.Granularity]
		return Expression{Start: e.Start, End: e.End, Text: e.Text, Type: TypeDate, Value: ref.Value + unknown,
			First: ref.First, Last: ref.Last, Granularity: ref.Granularity, Rule: "reference-" + strings.TrimPrefix(ref.Rule, "reference-"), Reference: &from}
	}
	t := shift(ref.First, r.n, r.unit)
	switch {
	case r.onWeekday && r.n == 0: // "that Monday": the day of the reference's week
		t = weekStart(ref.First).AddDate(0, 0, (int(r.weekday)+6)%7)
	case r.onWeekday:
		t = weekdayFrom(ref.First, r.weekday, r.n)
	}
	if r.onMonth {
		from := ref.First
		if ref.Granularity == GranYear && r.n > 0 {
			from = ref.Last
		}
		t = monthFrom(from, r.month, r.n)
	}
	if r.dom > 0 {
		t, _ = date(ref.First.Year(), ref.First.Month(), r.dom)
	}
	if smallHoursAfterEvening(ref, r) || morningAfterMidnight(ref, r) || smallHoursAfterDaytime(text, ref, e, r) || overnightAfterLate(ref, r, dct) || overnightAfterDay(text, ref, e, r, dct) || morningAfterOvernight(ref, r) || morningAfterDawn(text, ref, e) {
		t = t.AddDate(0, 0, 1)
	}
	// "in the early hours of Sunday ... shortly after midnight", "passed
	// the bill early Friday after a debate that ran past midnight": the
	// midnight that opens the day, the end of the one before, as TIMEX3
	// writes it.
	if r.part == "24:00" && (earlyHoursOf.MatchString(text[:ref.Start]) || ref.Mod == "START" && ref.Granularity == GranDay) {
		t = t.AddDate(0, 0, -1)
	}
	if m := refClock.FindStringSubmatch(ref.Value); m != nil && r.minutes != 0 {
		h, _ := strconv.Atoi(m[1])
		mins, _ := strconv.Atoi(m[2])
		at := h*60 + mins + r.minutes
		t = t.AddDate(0, 0, (at-((at%1440)+1440)%1440)/1440) // whole days, rounded down
		// "began at 10:30 a.m. ... and peaked an hour later": the
		// reference's clock moved by the count is the time, when the
		// count is no bound ("more than an hour later").
		if at = (at%1440 + 1440) % 1440; e.Mod == "" || e.Mod == "APPROX" {
			r.part = fmt.Sprintf("%02d:%02d", at/60, at%60)
		}
	}
	if r.ofYear {
		out := seasonExpression(ref.First.Year()+r.n, r.season, e.Mod)
		if r.season == "" {
			out, _ = monthExpression(ref.First.Year()+r.n, r.month, e.Mod, "")
		}
		// "on Feb. 29 that year" in a year with no such day is its month.
		if day, ok := dayExpression(ref.First.Year()+r.n, r.month, r.dom); ok && r.dom > 0 {
			out = day
		}
		out.Start, out.End, out.Text, out.Rule, out.Reference = e.Start, e.End, e.Text, "reference-"+strings.TrimPrefix(ref.Rule, "reference-"), &from
		return out
	}
	if r.holiday != nil {
		d := r.holiday(ref.First.Year())
		out, _ := dayExpression(d.Year(), d.Month(), d.Day())
		out.Start, out.End, out.Text, out.Rule, out.Reference = e.Start, e.End, e.Text, "reference-"+strings.TrimPrefix(ref.Rule, "reference-"), &from
		return out
	}
	if r.season != "" {
		y := ref.First.Year()
		if r.season == "winter" && ref.Granularity != GranYear && ref.First.Month() < time.March {
			y--
		}
		out := seasonExpression(y, r.season, e.Mod)
		out.Start, out.End, out.Text, out.Rule, out.Reference = e.Start, e.End, e.Text, "reference-"+strings.TrimPrefix(ref.Rule, "reference-"), &from
		return out
	}
	first, last, v := period(t, g)
	if named, ok := namedPart(ref, r); ok {
		first, last, v = ref.First.AddDate(r.n, 0, 0), ref.Last.AddDate(r.n, 0, 0), named
	}
	out := Expression{Start: e.Start, End: e.End, Text: e.Text, Type: TypeDate, Value: v,
		First: first, Last: last, Granularity: g, Rule: "reference-" + strings.TrimPrefix(ref.Rule, "reference-"), Reference: &from}
	// "about two weeks later": as near to the reference's as the count.
	if r.keep && e.Mod == "APPROX" {
		out.Mod = e.Mod
	}
	// "on Sunday ... the record he set a year earlier": a count of months
	// or years from a day keeps the day, but tells only the month or the
	// year.
	if r.keep && r.n != 0 && g == GranDay && granularityRank[r.unit] >= granularityRank[GranMonth] {
		out.ToldFirst, out.ToldLast, _ = period(first, r.unit)
		out.ToldGranularity = r.unit
	}
	// "the end of the decade" after 1965: that part of the reference's
	// period.
	if r.pastYear && e.Mod != "" {
		out.Mod = e.Mod
		out.First, out.Last = partOfSpan(first, last, e.Mod)
		if g == GranDecade {
			d, _ := decadeExpression(first.Year(), e.Mod)
			out.First, out.Last = d.First, d.Last
		}
	}
	if r.mod != "" {
		out.Mod = r.mod
		out.First, out.Last = partOfSpan(first, last, r.mod)
	}
	if r.part != "" {
		out.Type, out.Value = TypeTime, v+"T"+r.part
	}
	return out
}

// namedPart is the value of a season or half of a year moved by whole
// years: "the summer of 2019 ... a year later" is 2020-SU, the same part of
// another year, where a quarter would name months the text never did. A
// fiscal quarter, whose months are not its calendar quarter's ("the
// fiscal first quarter ended Sept. 30"), keeps its name too.
func namedPart(ref Expression, r relation) (string, bool) {
	v := ref.Value
	if !r.keep || r.unit != GranYear || ref.Granularity != GranQuarter || len(v) < 7 || v[4] != '-' {
		return "", false
	}
	if _, _, calendar := period(ref.First, GranQuarter); v[5] == 'Q' && calendar == v {
		return "", false
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return "", false
	}
	return fmt.Sprintf("%04d%s", y+r.n, v[4:]), true
}

// weekdayFrom is the first day after t (step 1) or the last before it
// (step -1) that falls on wd.
func weekdayFrom(t time.Time, wd time.Weekday, step int) time.Time {
	t = t.AddDate(0, 0, step)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, step)
	}
	return t
}

// sentenceEnds counts the sentence ends in s, roughly: a full stop that
// ends a sentence (see endsSentence), a question or exclamation mark
// before a space, and line breaks (a blank
// line between paragraphs is one break).
func sentenceEnds(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' && (i == 0 || s[i-1] != '\n') {
			n++
		}
	}
	for _, end := range []string{"? ", "! ", ".\" ", ".” "} {
		n += strings.Count(s, end)
	}
	for i := strings.Index(s, ". "); i >= 0; {
		if endsSentence(s, i) {
			n++
		}
		j := strings.Index(s[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return n
}

// fits reports whether a reference can anchor a relation: it must be at
// least as fine as the relation's unit ("two days later" needs a day), and
// an optional relation only takes a quarter or month of the year before
// the DCT.
func fits(ref Expression, r relation, dct time.Time) bool {
	if r.dom > 0 && !r.ofYear {
		if ref.Granularity != GranDay && ref.Granularity != GranMonth {
			return false
		}
		t, ok := date(ref.First.Year(), ref.First.Month(), r.dom)
		return ok && !(r.past && t.After(dct))
	}
	// "bought the land in 2021 and the following January applied": a
	// month counted from a year is counted from its end.
	if granularityRank[ref.Granularity] > granularityRank[r.unit] {
		return r.dayOf && ref.Mod == "" && wholeMonthOrYear.MatchString(ref.Value) || r.onMonth && ref.Granularity == GranYear && ref.Mod == ""
	}
	if r.past && !dct.IsZero() && shift(ref.First, r.n, r.unit).After(dct) {
		return false
	}
	// A night runs past its day's end: a past one is a night before the
	// DCT's day.
	if r.past && r.part == "NI" && !dct.IsZero() && !shift(ref.First, r.n, r.unit).Before(dct) {
		return false
	}
	if r.perfect && !dct.IsZero() && ref.First.After(dct) {
		return false
	}
	if r.pastYear && (dct.IsZero() || ref.First.Year() >= dct.Year()) {
		return false
	}
	if r.optional {
		g := ref.Granularity
		return (g == GranQuarter || g == GranMonth) && !dct.IsZero() &&
			ref.Last.After(dct.AddDate(-1, 0, 0)) && !ref.First.After(dct)
	}
	return true
}

// wholeMonthOrYear is the value of a month or a year: "1998-10", "1998".
var wholeMonthOrYear = regexp.MustCompile(`^\d{4}(?:-\d\d)?$`)

var granularityRank = map[Granularity]int{
	GranDay: 0, GranWeek: 1, GranMonth: 2, GranQuarter: 3, GranYear: 4, GranDecade: 5,
}

// Finer reports whether g is a finer unit than other: a day is finer than
// a month. An empty granularity is the coarsest.
func (g Granularity) Finer(other Granularity) bool {
	rank := func(g Granularity) int {
		if r, ok := granularityRank[g]; ok {
			return r
		}
		return len(granularityRank)
	}
	return rank(g) < rank(other)
}

// endsPeriod reports whether day only says when the period before it
// ended: "the quarter ended Sept. 30". The period stays the time the text
// is about, which "a year earlier" compares with. A day outside the
// period ("the fourth quarter ended Aug. 26", a fiscal quarter) shows the
// period was misread, and the day is the better reference.
func endsPeriod(text string, period, day Expression) bool {
	if !day.Granularity.Finer(period.Granularity) || day.Start < period.End ||
		day.First.Before(period.First) || day.Last.After(period.Last) {
		return false
	}
	// "the third quarter, which ended Sept. 27,": the comma is no word.
	switch strings.Join(strings.Fields(strings.Trim(text[period.End:day.Start], ", ")), " ") {
	case "ended", "ending", "ended on", "ending on", "that ended", "which ended", "through", "to":
		return true
	}
	return false
}

// morningAfterOvernight reports whether a clock time with no day of its
// own is in the day that the night "overnight" names ends in: "Storm
// Darragh brought gusts of up to 96mph overnight. A red warning expired
// at 11:00" on the day after that night, the day the text is told on;
// "the blaze had been put out by mid-morning" too.
func morningAfterOvernight(ref Expression, r relation) bool {
	if r.n != 0 || r.onWeekday || r.dayOf || !strings.HasSuffix(ref.Value, "TNI") ||
		!strings.EqualFold(ref.Text, "overnight") && !strings.Contains(ref.Rule, "overnight") {
		return false
	}
	// "had been put out by mid-morning": so is a part of the day.
	if r.part == "MO" || r.part == "MI" || r.part == "AF" || r.part == "EV" {
		return true
	}
	// "toppled trees overnight. A woman was killed at 8:45 p.m.": an
	// evening's clock is of the evening the night began with.
	hour, ok := clockHour(r.part)
	return ok && hour >= 6 && hour < 18
}

// earlyHoursOf ends in the words that put a day's first hours before it.
var earlyHoursOf = regexp.MustCompile(`(?i)\bearly\s+hours\s+of\s+$`)

// clockHour is the hour of a relation's part of the day when it is a
// clock time ("23:30"), not a part's code ("NI").
func clockHour(part string) (int, bool) {
	if len(part) != 5 || part[2] != ':' {
		return 0, false
	}
	hour, err := strconv.Atoi(part[:2])
	return hour, err == nil
}

// smallHoursAfterEvening reports whether a clock time with no day of its
// own falls in the small hours after the evening or night its reference
// names: "issued warnings on Monday evening. Water levels peaked shortly
// before 4am" is Tuesday's 4am, as the night went on.
func smallHoursAfterEvening(ref Expression, r relation) bool {
	return smallHours(r) && eveningOrLater(ref)
}

// morningAfterMidnight reports whether a clock time with no day of its
// own, up to noon, goes on from the midnight that ends its reference's
// day: "were ordered to leave their homes shortly before midnight. The
// evacuation order was lifted at noon" is the next day's noon.
//
// So is a morning or an afternoon named: "began erupting shortly after
// midnight and had erupted six more times by the afternoon".
func morningAfterMidnight(ref Expression, r relation) bool {
	hour, ok := clockHour(r.part)
	return (ok && hour <= 12 || r.part == "MO" || r.part == "AF") && strings.HasSuffix(ref.Value, "T24:00")
}

// smallHours reports whether r is a clock time of its sentence's day
// before 6 a.m. One on a weekday of its own names its day: "from 11pm on
// Friday until 3am on Monday".
func smallHours(r relation) bool {
	if !r.sentence || r.onWeekday {
		return false
	}
	hour, ok := clockHour(r.part)
	return ok && hour < 6
}

// smallHoursAfterDaytime reports whether a clock time in the small hours
// goes on, in the same sentence, from a clock time later in the day of
// its reference: "began debating at 10 a.m. Wednesday and voted shortly
// after 1 a.m." is Thursday's 1 a.m., as the session ran through the
// night. What is reported or looked back on between the two keeps the
// day: "said at 10 a.m. that the attack happened at 3 a.m.", "had left
// at 2 a.m.".
func smallHoursAfterDaytime(text string, ref, e Expression, r relation) bool {
	if !smallHours(r) || ref.End > e.Start {
		return false
	}
	m := refClock.FindStringSubmatch(ref.Value)
	if m == nil {
		return false
	}
	if refHour, _ := strconv.Atoi(m[1]); refHour < 6 {
		return false
	}
	between := strings.Fields(strings.ToLower(text[ref.End:e.Start]))
	// "shortly after 1 a.m.", "until 2 a.m.": words of the clock itself.
	for len(between) > 0 && (clockLeads[between[len(between)-1]] || clockHedges[between[len(between)-1]]) {
		between = between[:len(between)-1]
	}
	for i, w := range between {
		w = strings.Trim(w, `,;:"'()“”‘’`)
		// "was due to arrive in Naxos that evening. It struck rocks at
		// around 1am": a "that" of a time named is no relative's.
		if w == "that" && i+1 < len(between) && thatTimes[strings.Trim(between[i+1], `,;:.!?"'()“”‘’`)] {
			continue
		}
		if lookingBack[w] || reportingWords[w] {
			return false
		}
	}
	return true
}

// morningAfterDawn reports whether e follows a clock time from noon on
// across words that open the next day: "They called for help at about
// 5pm. The team reached them at first light and brought them down by
// 11am" is the next morning's. A dawn after the small hours is that
// day's: "set off at 4am, reached the summit at dawn".
func morningAfterDawn(text string, ref, e Expression) bool {
	if ref.End > e.Start || !afternoonClock(ref) {
		return false
	}
	between := text[ref.End:e.Start]
	return nextDawn.MatchString(between) && !slices.ContainsFunc(strings.Fields(strings.ToLower(between)), func(w string) bool { return lookingBack[strings.Trim(w, `,;:.!?"'()“”‘’`)] })
}

// nextDawn opens the morning after a day's afternoon or evening.
var nextDawn = regexp.MustCompile(`(?i)\b(?:at\s+(?:first\s+light|dawn|daybreak|sunrise)|the\s+(?:next|following)\s+morning)\b`)

// thatTimes are the times "that" may name: "that evening", "that day".
var thatTimes = wordSet(`morning afternoon evening night day`)

// clockHedges stand before a clock time's lead: "shortly after", "just
// before".
var clockHedges = wordSet(`to shortly just soon approximately nearly almost`)

// lookingBack between two times put the second before the first: "that"
// opens what is reported, "had" the pluperfect.
var lookingBack = wordSet(`that had after before since earlier when`)

// overnightAfterLate reports whether "overnight", the night before the
// day the text is about, comes after a reference late in its day: "still
// unable to send messages late on Monday ... rolled back the change
// overnight" is Monday night, not Sunday's.
func overnightAfterLate(ref Expression, r relation, dct time.Time) bool {
	// "left port at about 10:20 p.m. and capsized about half an hour
	// later. Twenty-three people were rescued overnight": a time counted
	// from a late one is late too.
	// "called for help at about 4pm ... High winds prevented a
	// helicopter from reaching them overnight": so is one counted from an
	// afternoon's clock, on any day.
	late := ref.Mod == "END" || eveningOrLater(ref) || ref.Reference != nil && eveningOrLater(*ref.Reference) || afternoonClock(ref)
	return r.part == "NI" && r.n == -1 && r.unit == GranDay && (late || daytimeBeforeDCT(ref, dct))
}

// overnightAfterDay reports whether "overnight", told in the past after
// the day before the DCT's, is that day's night, the one into the day the
// text came out: "The cyclone made landfall on Friday ... It moved north
// overnight", "backed it on Friday before the full cabinet met
// overnight", published on Saturday, in the day's paragraph. Not a night
// a report or a look back tells of: "said on Friday that drones had
// struck overnight", nor one that names a noun: "Shares fell Friday.
// Overnight losses in New York weighed".
func overnightAfterDay(text string, ref, e Expression, r relation, dct time.Time) bool {
	if r.part != "NI" || r.n != -1 || r.unit != GranDay || ref.Type != TypeDate || ref.Granularity != GranDay || dct.IsZero() || ref.End > e.Start ||
		!ref.First.Equal(time.Date(dct.Year(), dct.Month(), dct.Day()-1, 0, 0, 0, 0, time.UTC)) {
		return false
	}
	// A paragraph that opens after the day's goes back over it: "The
	// typhoon tore through on Tuesday ...\n\nMost of the deaths were on
	// Cebu, where torrential rain fell overnight".
	if strings.Contains(text[ref.End:e.Start], "\n") {
		return false
	}
	if next := strings.Fields(strings.ToLower(text[e.End:min(len(text), e.End+24)])); len(next) > 0 && overnightNouns[strings.Trim(next[0], ",.;:")] {
		return false
	}
	// "before" puts the night after the day: "backed it on Friday before
	// the full cabinet met overnight".
	return !slices.ContainsFunc(strings.Fields(strings.ToLower(text[ref.End:e.Start])), func(w string) bool {
		w = strings.Trim(w, `,;:"'()“”‘’`)
		return reportingWords[w] || lookingBack[w] && w != "before"
	})
}

// daytimeBeforeDCT reports whether ref is a clock time of the day before
// the DCT's: "The blaze broke out shortly after 11 a.m. [Saturday] ...
// Firefighters were battling the flames overnight", published on Sunday,
// is Saturday night, the night into the day the text came out.
func daytimeBeforeDCT(ref Expression, dct time.Time) bool {
	hour, ok := refHour(ref)
	return ok && !dct.IsZero() && hour >= 6 && ref.First.Equal(time.Date(dct.Year(), dct.Month(), dct.Day()-1, 0, 0, 0, 0, time.UTC))
}

// eveningOrLater reports whether a reference is an evening, a night or a
// clock time from 18:00 on.
func eveningOrLater(ref Expression) bool {
	if strings.HasSuffix(ref.Value, "TEV") || strings.HasSuffix(ref.Value, "TNI") {
		return true
	}
	hour, ok := refHour(ref)
	return ok && hour >= 18
}

// afternoonClock reports whether a reference is a clock time from noon on.
func afternoonClock(ref Expression) bool {
	hour, ok := refHour(ref)
	return ok && hour >= 12
}

// refHour is the hour of a reference's clock time, when it has one.
func refHour(ref Expression) (int, bool) {
	m := refClock.FindStringSubmatch(ref.Value)
	if m == nil {
		return 0, false
	}
	hour, _ := strconv.Atoi(m[1])
	return hour, true
}

// refClock is the clock time of a TIME value: "2025-10-04T23:00".
var refClock = regexp.MustCompile(`T(\d\d):(\d\d)$`)

// setAgainstBefore reports whether e's sentence opens by setting itself
// against the occasion told before, which is of another day: "Alcaraz
// had saved three match points in Paris on June 8. This time, Sinner
// served out the match at 7:04 p.m."
func setAgainstBefore(text string, e Expression) bool {
	opening := text[sentenceStart(text, e.Start):e.Start]
	return len(opening) > len("this time") && strings.EqualFold(opening[:len("this time")], "this time")
}
