package ingest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/throughline-news/throughline/internal/timex"
)

// roundedSpan is a measure told in round figures, which counts back to
// no year: "half a century after it was cut from its frame" tells of
// 1973, not of 50 years before the day the painting came back.
var roundedSpan = regexp.MustCompile(`(?i)\b(?:half|quarter|decades?|century|centuries)\b`)

// offsetEvents finds the events a measured "after" or "before" clause tells
// next to a dated one: in "The talks began on Saturday, a week after a
// missile strike killed 19 people" the strike was a week before Saturday.
// es are the sentence's expressions and main the date of its clause, or
// the day of publication where comesOn finds one: a day, a month or a
// year (see offsetFrom). The measure stands within two words of main, or
// seven when a comma closes them ("on Wednesday by 12 votes, two weeks
// after", "on Wednesday morning to more than 200,000 people, a day
// after"), more than four of them with no verb, which would be another
// clause's; it must count days, weeks, months or years ("hours after"
// names no other day), the clause must have a subject and a past verb ("a
// week after the election" tells no act), and the day it gives must not
// be after publication: what the clause tells has happened; a clause with
// a date of its own is dated by it. It returns each date counted from
// main, spanning the measure and its "after", with its clause's span.
func offsetEvents(sentence string, es []timex.Expression, main timex.Expression, published time.Time) []offset {
	if !main.Anchored() || main.First.IsZero() || main.Granularity != timex.GranDay && main.Granularity != timex.GranMonth && main.Granularity != timex.GranYear {
		return nil
	}
	for _, e := range es {
		// "on Wednesday by 12 votes, two weeks after": a short phrase
		// of the clause may stand between, closed by a comma; not a
		// second clause ("and the union called a strike, a week after").
		// So may what a saying the date ends reports: "said on Monday he
		// had fled to a safe place, a day after".
		between := sentence[main.End:max(main.End, e.Start)]
		// "..., just three months after": a word that sharpens the
		// measure is the measure's.
		if k := measureSharpener.FindStringIndex(between); k != nil {
			between = between[:k[0]+2]
		}
		// So may the whole predicate when the date stands before its
		// verb: "A federal judge on Saturday blocked the deployment of
		// troops to Portland, a day after".
		wholePredicate := (saidOn(sentence[:main.Start]) || !hasVerb(sentence[:main.Start])) && strings.HasSuffix(between, ", ") && !strings.Contains(between, " and ") && len(strings.Fields(between)) <= 16
		if n := len(strings.Fields(between)); e.Type != timex.TypeDuration || e.Start < main.End || !wholePredicate && (n > 7 || n > 2 && !strings.HasSuffix(between, ", ") || n > 4 && hasVerb(between)) {
			continue
		}
		o, ok := offsetFrom(sentence, es, e, main, published)
		if !ok {
			continue
		}
		// "a year after the company closed a plant and six months after
		// it lowered its forecast": each measure "and" joins on counts
		// from main too.
		out := []offset{o}
		for _, next := range es {
			if next.Start < o.clause.End || !chainedMeasure.MatchString(sentence[o.clause.End:next.Start]) {
				continue
			}
			if o, ok = offsetFrom(sentence, es, next, main, published); !ok {
				break
			}
			out = append(out, o)
		}
		return out
	}
	return nil
}

// measureSharpener is a word that sharpens a measure after the comma
// before it: ", just ", ", only ".
var measureSharpener = regexp.MustCompile(`, (?:just|only|barely|exactly|precisely) $`)

// offset is an act a measure after or before a date dates: the date
// counted, and the act's clause; gerund when a present participle opens
// it, whose subject is the main clause's.
type offset struct {
	date   timex.Expression
	clause span
	gerund bool
}

// saidOn reports whether s, a sentence up to a date, ends in a past verb
// of saying and the date's preposition: "Rajoelina said on".
func saidOn(s string) bool {
	f, _ := withoutDateLeads(strings.Fields(s))
	if len(f) == 0 {
		return false
	}
	v, ok := verbOf(strings.ToLower(bare(f[len(f)-1])))
	return ok && v.form == formPast && sayingVerbs[v.base]
}

// chainedMeasure is what stands between one offset's clause and the
// measure of the next: " and ", ", and ".
var chainedMeasure = regexp.MustCompile(`^,?\s+and\s+$`)

// offsetFrom counts the act the measure e and its "after" or "before"
// open from main (see offsetEvents).
func offsetFrom(sentence string, es []timex.Expression, e, main timex.Expression, published time.Time) (offset, bool) {
	m := offsetRe.FindStringSubmatch(sentence[e.End:])
	if m == nil || spanLead(sentence[:e.Start]) {
		return offset{}, false
	}
	n, unit, ok := measure(e.Value)
	if !ok || roundedSpan.MatchString(e.Text) {
		return offset{}, false
	}
	// "landed in December 2025, six years after": a month or a year
	// counts back in units no finer than itself.
	if main.Granularity == timex.GranMonth && unit != "M" && unit != "Y" || main.Granularity == timex.GranYear && unit != "Y" {
		return offset{}, false
	}
	start := e.End + len(m[0])
	rest := sentence[start:]
	// "sworn in on Friday, five days after winning the leadership race":
	// a participle's phrase tells an act of the main clause's subject.
	gerund := presentParticiple(firstWord(rest)) && firstWord(rest) != "being"
	// "a week after a smaller rival, Vantor, warned": an aside on the
	// subject is passed.
	told, past := rest, 0
	if from, to, ok := leadAside(rest); ok {
		told, past = rest[:from]+rest[to:], to
	}
	// The verb comes within a dozen words: "a week after a flight
	// carrying 12 men to South Sudan was stopped".
	if lead := leadingWords(told, 12); opensDate(rest) || !gerund && (!hasClauseVerb(lead) || !pastClause(lead)) {
		return offset{}, false
	}
	if m[1] == "after" {
		n = -n
	}
	first, g := shift(main.First, n, unit)
	if first.After(published) && !published.IsZero() {
		return offset{}, false
	}
	end := start + len(rest)
	if i := clauseMark(rest[past:]); i >= 0 {
		end = start + past + i
	}
	// "two years after a council shut a crossing while repairs were
	// carried out": nor does it run into a clause of time or reason its
	// opener begins.
	if cuts := clauseCuts(sentence[start+past : end]); len(cuts) > 2 && !relativeWords[firstWord(sentence[start+past+cuts[1]:])] {
		end = start + past + len(strings.TrimRight(sentence[start+past:start+past+cuts[1]], " "))
	}
	// "... after the company closed a plant and six months after": the
	// clause ends where the next measure is joined on.
	for _, d := range es {
		if d.Type == timex.TypeDuration && d.Start > start && d.Start < end && offsetRe.MatchString(sentence[d.End:]) {
			if k := strings.LastIndex(sentence[start:d.Start], " and "); k >= 0 && chainedMeasure.MatchString(sentence[start+k:d.Start]) {
				end = start + k
				if end > start && sentence[end-1] == ',' {
					end--
				}
				break
			}
		}
	}
	// "a year after he was sacked in 2024": its own date dates it;
	// not one ahead of publication, which dates what was said or
	// planned ("a week after VW said it would cut jobs by 2030"), nor
	// one of a participle on its object ("raised the tax as part of a
	// budget agreed in May").
	if slices.ContainsFunc(es, func(d timex.Expression) bool {
		return d.Start >= start && d.Start < end && d.Anchored() && (published.IsZero() || !d.First.After(published)) && !inObjectParticiple(sentence, d)
	}) {
		return offset{}, false
	}
	date := timex.Expression{
		Start: e.Start, End: e.End + len(" "+m[1]), Text: e.Text + " " + m[1],
		Type: timex.TypeDate, First: first, Last: lastOf(first, g), Granularity: g,
		Rule: "offset-" + m[1],
	}
	// "more than 150 years after it was taken": earlier than the
	// count gives; "less than a week after", later.
	date.Mod = hedgedOffset[[2]string{e.Mod, m[1]}]
	// "less than five months after" Sunday 24 November bounds the
	// act at 24 June: the bound is the day the count reaches, in
	// late June, not the month's first or last day.
	if date.Mod != "" && g == timex.GranMonth {
		bound := main.First.AddDate(0, n, 0)
		date.First, date.Last = bound, bound
	}
	// So does "less than a year after taking office" from Sept. 7: the
	// bound is told by its month and its part ("After early Sep 2023").
	// A count of years is bounded at the day it reaches, inside its year,
	// which the label names by its month: "more than four years after",
	// from Monday 26 January 2026, is before Jan 2022 (not "Before 2022",
	// which reads as before the year began).
	if date.Mod != "" && g == timex.GranYear {
		bound := main.First.AddDate(n, 0, 0)
		date.First, date.Last = bound, bound
		if n == 1 || n == -1 {
			date.Granularity = timex.GranMonth
		}
	}
	if main.Text != "" { // else it is counted from publication, which the basis names
		reference := main
		date.Reference = &reference
	}
	return offset{date: date, clause: trimSpan(sentence, start, end), gerund: gerund}, true
}

// leadAside is the span of an aside set off by commas after the noun
// phrase that opens s: ", Vantor," of "a smaller rival, Vantor,
// warned", ", which killed 12 people," of "the storm, which killed 12
// people, hit the coast".
func leadAside(s string) (from, to int, ok bool) {
	from = clauseMark(s)
	if from <= 0 || s[from] != ',' {
		return 0, 0, false
	}
	n := clauseMark(s[from+1:])
	if n <= 0 || s[from+1+n] != ',' {
		return 0, 0, false
	}
	if hasVerb(s[:from]) {
		return 0, 0, false
	}
	return from, from + 1 + n + 1, true
}

// comesOn is the day of publication as the date of a sentence whose
// subject "comes" a measure after or before another happening: in "The
// order comes three weeks after a rival announced plans" the order is the
// article's news, which the present "comes" tells is today's. It stands
// where "comes" does, so that offsetEvents counts from it.
func comesOn(sentence string, es []timex.Expression, published time.Time) (timex.Expression, bool) {
	if published.IsZero() {
		return timex.Expression{}, false
	}
	for _, e := range es {
		before := strings.TrimRight(sentence[:e.Start], " ")
		k := strings.LastIndexByte(before, ' ') + 1
		if w := before[k:]; e.Type == timex.TypeDuration && comesWords[w] {
			return timex.Expression{Start: k, End: len(before), Type: timex.TypeDate, First: published, Last: published, Granularity: timex.GranDay}, true
		}
	}
	return timex.Expression{}, false
}

// comesWords tell in the present that the subject is the news: "comes",
// and "arrives" as a release or a ruling does.
var comesWords = wordSet(`comes come arrives arrive`)

// hedgedOffset is the modifier of a day counted by a hedged measure,
// from the measure's modifier and its "after" or "before".
var hedgedOffset = map[[2]string]string{
	{"MORE_THAN", "after"}: "BEFORE", {"LESS_THAN", "after"}: "AFTER",
	{"MORE_THAN", "before"}: "AFTER", {"LESS_THAN", "before"}: "BEFORE",
}

// offsetRe is the word that makes a measure an offset, and the space
// after it.
var offsetRe = regexp.MustCompile(`^ (after|before) `)

// measureRe is a TIMEX3 duration of whole days, weeks, months or years.
var measureRe = regexp.MustCompile(`^P(\d+)([DWMY])$`)

// measure reads a duration's count and unit: "P1W" is 1 and "W".
func measure(value string) (int, string, bool) {
	m := measureRe.FindStringSubmatch(value)
	if m == nil {
		return 0, "", false
	}
	n, err := strconv.Atoi(m[1])
	return n, m[2], err == nil && n > 0
}

// shift moves day by n units, and says how finely the result is known: a
// day for days and weeks, the month or year for months and years, which
// are seldom exact.
func shift(day time.Time, n int, unit string) (time.Time, timex.Granularity) {
	switch unit {
	case "W":
		return day.AddDate(0, 0, 7*n), timex.GranDay
	case "M":
		d := day.AddDate(0, n, 0)
		return time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC), timex.GranMonth
	case "Y":
		return time.Date(day.Year()+n, 1, 1, 0, 0, 0, 0, time.UTC), timex.GranYear
	}
	return day.AddDate(0, 0, n), timex.GranDay
}

// lastOf is the last day of the period of granularity g that opens on
// first.
func lastOf(first time.Time, g timex.Granularity) time.Time {
	switch g {
	case timex.GranMonth:
		return first.AddDate(0, 1, -1)
	case timex.GranYear:
		return first.AddDate(1, 0, -1)
	}
	return first
}

// pastClause reports whether a clause's first verb is a past form: "a
// missile strike killed", "the company was sold"; not a relative's, which
// makes a noun phrase of it: "the election that was held in October".
// A perfect is past too: "Brighton have signed a midfielder".
func pastClause(s string) bool {
	ws := words(s)
	for i, w := range ws {
		if relativeOpeners[strings.ToLower(w)] || w == "that" {
			return false
		}
		if v, ok := verbOf(w); ok {
			if (w == "has" || w == "have") && i+1 < len(ws) {
				next, ok := verbOf(ws[i+1])
				return ok && next.form == formPast
			}
			return v.form == formPast || w == "was" || w == "were"
		}
	}
	return false
}

// spanLead reports whether before, the words before a measure, end in a
// preposition that makes it a span: "for the first time in 16 years
// after a win on Wednesday", "stayed for two weeks after the vote".
func spanLead(before string) bool {
	w := lastWord(before)
	return w == "in" || w == "for"
}

// uncounted is the value uncountedMeasures gives a measure too short to
// move a day.
const uncounted = "PTX"

// uncountedMeasures are the bare "hours" and "minutes" in before, which
// the tagger leaves as no time of their own: "signed a midfielder hours
// before the transfer window closed on Friday night" signed him that day.
func uncountedMeasures(before string) []timex.Expression {
	var out []timex.Expression
	for _, k := range shortMeasure.FindAllStringSubmatchIndex(before, -1) {
		out = append(out, timex.Expression{Start: k[2], End: k[3], Text: before[k[2]:k[3]], Type: timex.TypeDuration, Value: uncounted})
	}
	return out
}

// shortMeasure is a bare "hours" or "minutes" before "after" or "before".
var shortMeasure = regexp.MustCompile(`\b(hours|minutes) (?:after|before) `)

// singleAct reports whether told has one verb that is not an auxiliary.
func singleAct(told string) bool {
	n := 0
	for _, w := range words(told) {
		if v, ok := verbOf(w); ok && v.form != formAux {
			n++
		}
	}
	return n == 1
}

// measuredFrom finds the date of a clause told as a measure after or
// before the act a later date dates: in "The ship sank two days after
// leaving port on Sunday" the sinking was on Tuesday, and in "The vote
// came two weeks after May 3" on May 17. The measure stands in the clause
// before the date, "after" or "before" right after it, and no comma
// between; what comes before the measure must tell a past act with no
// date of its own. It returns the date counted from anchor, spanning the
// measure and its "after", and where that clause ends; act says whether
// anything stands between "after" and the date, which is then an act of
// its own ("leaving port"). main is the clause the date dates.
func measuredFrom(sentence string, es []timex.Expression, anchor timex.Expression, clause span) (date timex.Expression, main span, act bool, ok bool) {
	if !anchor.Anchored() || anchor.First.IsZero() || anchor.Granularity != timex.GranDay {
		return timex.Expression{}, span{}, false, false
	}
	var cuts []int // cut only when a measure opens the clause
	for _, e := range append(uncountedMeasures(sentence[:anchor.Start]), es...) {
		// "He died a week before the trial began on Monday": the
		// measure may stand right before the date's clause, or open it,
		// after the one it dates.
		opens := e.Start <= clause.Start && strings.TrimSpace(sentence[min(e.End, clause.Start):clause.Start]) == ""
		if e.Type != timex.TypeDuration || e.Start < clause.Start && !opens || e.End > anchor.Start || roundedSpan.MatchString(e.Text) {
			continue
		}
		start := clause.Start
		if opens {
			if cuts == nil {
				cuts = clauseCuts(sentence)
			}
			k := len(cuts) - 1
			for k > 0 && cuts[k] > e.Start {
				k--
			}
			if k > 0 && strings.TrimSpace(sentence[cuts[k]:e.Start]) == "" {
				k--
			}
			start = cuts[k]
		}
		m := offsetRe.FindStringSubmatch(sentence[e.End:])
		n, unit, counted := measure(e.Value)
		// Only a clause of one act: in "had known that the dam would
		// overflow but issued its first warning only minutes before" the
		// acts are not told apart.
		if e.Value == uncounted && singleAct(sentence[start:e.Start]) && !slices.ContainsFunc(es, func(d timex.Expression) bool { return d.Start < e.End && e.Start < d.End }) {
			n, unit, counted = 0, "D", true
		}
		if m == nil || !counted || spanLead(sentence[:e.Start]) {
			continue
		}
		from := e.End + len(m[0])
		between := sentence[from:anchor.Start]
		if strings.ContainsAny(between, ",;:") || len(strings.Fields(between)) > 8 {
			continue
		}
		told := sentence[start:e.Start]
		if !hasClauseVerb(told) || !pastClause(told) || slices.ContainsFunc(es, func(d timex.Expression) bool {
			return d.Start >= start && d.End <= e.Start && d.Anchored()
		}) {
			continue
		}
		if m[1] == "before" {
			n = -n
		}
		first, g := shift(anchor.First, n, unit)
		reference := anchor
		date := timex.Expression{
			Start: e.Start, End: e.End + len(" "+m[1]), Text: e.Text + " " + m[1],
			Type: timex.TypeDate, First: first, Last: lastOf(first, g), Granularity: g,
			Rule: "measured-" + m[1], Reference: &reference,
		}
		return date, trimSpan(sentence, start, e.Start), !onlyLeads(between), true
	}
	return timex.Expression{}, span{}, false, false
}
