package ingest

import (
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/timex"
)

// sameEventOverlap is the share of content words two mentions of one date
// must have in common to be one event.
const sameEventOverlap = 0.4

// leadOverlap is the share, of three words or more, a lead and a dated
// report of its act within three days of its day must have in common.
const leadOverlap = 0.3

// otherTimeOverlap is the share two mentions of one day at times that
// cannot meet must share: outlets may disagree on the hour of one event,
// but then they tell it in much the same words.
const otherTimeOverlap = 0.75

// merge groups mentions of the same event: compatible dates and enough
// shared meaning. Events are indexed by month, so each mention is
// compared only with events of its own and neighbouring months, never
// with every other mention.
func merge(mentions []mention, ix names) []timeline.Event {
	type cluster struct {
		mentions []mention
		reasons  []string          // why each mention joined
		words    map[string]bool   // of all its mentions, for choosing a title
		each     []map[string]bool // of each mention, for comparing
		reach    dateReach         // of its first mention, to pass over it quickly
		perfect  bool              // whether its first mention is told in the perfect (see reportedPerfect)
	}
	byMonth := map[int][]*cluster{}
	var order []*cluster
	tt := titleMemo{ix: ix, made: map[mentionKey]title{}}
	// The words of an office run through an article's story as its names
	// do: "The deputy prime minister, Angela Rayner, resigned on Friday"
	// and "The prime minister ... began a reshuffle of his cabinet on
	// Friday afternoon" are two events (see below).
	nameKeys := ix.contentKeys()
	for w := range roleWords {
		nameKeys[meaningKey(w)] = true
	}
	for _, m := range mentions {
		month := monthIndex(m.date)
		words := m.contentWords()
		var best *cluster
		var bestWith map[string]bool
		bestScore := sameEventOverlap
		reach := reachOf(m.date)
		perfect := reportedPerfect(m)
		for _, mo := range []int{month - 1, month, month + 1} {
			for _, c := range byMonth[mo] {
				if !reach.near(c.reach) || slices.ContainsFunc(c.mentions, func(o mention) bool { return samePredicates(m, o) }) {
					continue
				}
				// A lead and a dated report of its act, within a week
				// (see below), or of any act within three days.
				within := detailsLead(m, c.mentions[0], tt)
				same := within && sameAct(m, c.mentions[0], tt)
				lead := within && (same || leadGap(m, c.mentions[0]) <= 72*time.Hour)
				// "Ellery has died at 88, her family announced on
				// Wednesday" and "She died ... on Monday night": so do an
				// act told in the perfect, dated by its report, and a
				// dated report of the same act up to a week before.
				told := !within && perfect != c.perfect && m.source.Key == c.mentions[0].source.Key && reportedBefore(m, c.mentions[0], perfect) && sameAct(m, c.mentions[0], tt)
				// "Robert Redford died on Tuesday at his home" and "His
				// publicist said he died in his sleep early Tuesday
				// morning": so do two reports of one day, the day of any
				// report of it ("has died at 88, her family said on
				// Sunday" went on to "died ... on Saturday").
				// Looked for once, and only when needed: the search is the
				// costliest of these tests. Past the first report only
				// those of another day than its are tried, which the
				// first's test has not covered.
				day, looked := -1, false
				sameDayReport := func() int {
					if !looked && m.date.Precision == timeline.PrecisionDay {
						first := c.mentions[0].date
						for k, o := range c.mentions {
							if (k == 0 || !o.date.Start.Equal(first.Start)) && sameDay(m.date, o.date) && timesMeet(m.date, o.date) && sameAct(m, o, tt) {
								day = k
								break
							}
						}
					}
					looked = true
					return day
				}
				if !compatible(m.date, c.mentions[0].date) && !lead && !told && sameDayReport() < 0 {
					continue
				}
				// Single link: a report joins an event when it tells the
				// same as any one report of it; much the same, when they
				// give the day different times.
				meet := timesMeet(m.date, c.mentions[0].date)
				for k, w := range c.each {
					s := overlap(words, w)
					// "A wildfire forced the evacuation of thousands near
					// Marseille on Tuesday and closed the city's airport"
					// and, further down, "Marseille Provence airport
					// suspended all flights at around 2 p.m.": the names
					// of an article's story run through its sentences, so
					// two of them that share little else are two events.
					if c.mentions[k].source.Key == m.source.Key && sharedBesides(words, w, nameKeys) < 2 {
						s = 0
					}
					// "A former nurse has been found guilty of attempting
					// to murder a baby" and "Letby was convicted on Tuesday
					// of trying to kill the girl": a lead and a dated report
					// near its day tell one act in fewer shared words.
					if lead && s >= leadOverlap && s < sameEventOverlap && shared(words, w) >= 3 {
						s = sameEventOverlap
					}
					if s >= bestScore && (meet || s >= otherTimeOverlap) {
						best, bestWith, bestScore = c, w, s
					}
				}
				// "Vance has died aged 91. Her family said she died on
				// Tuesday": the lead's news and its day share few words
				// but the same subject doing the same, up to a week
				// before the lead's day (leadDetailReach: "Her death, on
				// 14 August, was announced", published on the 20th).
				if best == nil && (same || told) {
					best, bestWith = c, c.each[0]
				}
				if best == nil && sameDayReport() >= 0 {
					best, bestWith = c, c.each[day]
				}
			}
		}
		reason := "first report"
		if best == nil {
			best = &cluster{words: map[string]bool{}, reach: reach, perfect: perfect}
			byMonth[month] = append(byMonth[month], best)
			order = append(order, best)
		} else {
			reason = mergeReason(words, bestWith, bestScore, m.date, best.mentions[0].date)
		}
		best.mentions = append(best.mentions, m)
		best.reasons = append(best.reasons, reason)
		best.each = append(best.each, words)
		for w := range words {
			best.words[w] = true
		}
	}
	events := make([]timeline.Event, 0, len(order))
	tellers := make(map[string]string, len(order)) // event id → outlet that tells it best
	for _, c := range order {
		e, teller := eventOf(c.mentions, c.reasons, c.words, tt)
		if strings.TrimSpace(e.Title) == "" {
			continue // a date alone ("Monday.", "2000 And") reports nothing
		}
		events = append(events, e)
		tellers[e.ID] = teller.source.Label()
	}
	distinguishTitles(events, tellers)
	// By first day; among events starting the same day the narrower
	// interval first, so "early September" precedes "September"; among a
	// day's events, by time of day, those without one first.
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i].Date, events[j].Date
		if !a.SortKey().Equal(b.SortKey()) {
			return a.SortKey().Before(b.SortKey())
		}
		if !a.End.Equal(b.End) {
			return a.End.Before(b.End)
		}
		return a.ClockMinute() < b.ClockMinute()
	})
	return events
}

// samePredicates reports whether two mentions date predicates of one
// sentence, each by a date of its own, which are two events: "said it
// had opened three clinics this week and would extend their hours over
// the weekend".
func samePredicates(a, b mention) bool {
	return a.source.Key == b.source.Key && a.paragraph.Ordinal == b.paragraph.Ordinal && a.sentence == b.sentence &&
		a.anchor.End > a.anchor.Start && b.anchor.End > b.anchor.Start && a.anchor.Start != b.anchor.Start
}

// dateReach is what a date can be merged with, in seconds: its interval
// with open sides made infinite and its sort day.
type dateReach struct {
	undated, lead   bool
	start, end, key int64
}

func reachOf(d timeline.Date) dateReach {
	start, end := bounds(d)
	return dateReach{undated: d.Undated(), lead: d.Basis.Rule == reportedInLead, start: start.Unix(), end: end.Unix(), key: d.SortKey().Unix()}
}

// near is a cheap test every merge passes, so that the clusters of a busy
// month are passed over without comparing whole mentions: compatible
// and detailsLead need both dates undated or neither, and intervals that
// meet or sort days at most 72 hours apart, or leadDetailReach when one
// is a lead's.
func (r dateReach) near(o dateReach) bool {
	if r.undated || o.undated {
		return r.undated && o.undated
	}
	gap := 72 * time.Hour
	if r.lead != o.lead {
		gap = leadDetailReach
	}
	return r.start <= o.end && o.start <= r.end || abs64(r.key-o.key) <= int64(gap/time.Second)
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

func monthIndex(d timeline.Date) int {
	k := d.SortKey()
	return k.Year()*12 + int(k.Month())
}

// compatible reports whether two dates can be one event's: their
// intervals meet (an open side reaches as far as it must) and their
// precisions are at most one step apart. "More than a month ago" written
// on the 11th and on the 12th meet; a day and a year do not.
func compatible(a, b timeline.Date) bool {
	// Undated reports (the article has no publication day to resolve
	// "on Monday" against) can only be the same day when one article
	// says the same words for it.
	if a.Undated() || b.Undated() {
		return a.Undated() && b.Undated() && a.Basis.SourceKey == b.Basis.SourceKey &&
			strings.EqualFold(a.Basis.Expression, b.Basis.Expression)
	}
	// News reported in leads a day or two apart is the same news; it is
	// not what a later event (a denial of the news) is about.
	if aLead, bLead := a.Basis.Rule == reportedInLead, b.Basis.Rule == reportedInLead; aLead || bLead {
		gap := a.Start.Sub(b.Start)
		return aLead && bLead && gap <= 72*time.Hour && gap >= -72*time.Hour
	}
	if d := precisionRank[a.Precision] - precisionRank[b.Precision]; d > 1 || d < -1 {
		return false
	}
	aStart, aEnd := bounds(a)
	bStart, bEnd := bounds(b)
	return !aStart.After(bEnd) && !bStart.After(aEnd)
}

// sameDay reports whether two dates are one day, whatever its time.
func sameDay(a, b timeline.Date) bool {
	return a.Precision == timeline.PrecisionDay && b.Precision == timeline.PrecisionDay && a.Start.Equal(b.Start)
}

// timesMeet reports whether two dates may tell of one moment: not one
// day at times that cannot meet (a landfall at 2 a.m. and what happened
// that night).
func timesMeet(a, b timeline.Date) bool {
	ca, cb := edgeClock(a), edgeClock(b)
	return a.Precision != timeline.PrecisionDay || b.Precision != timeline.PrecisionDay || !a.Start.Equal(b.Start) ||
		ca == "" || cb == "" || timeline.TimesOfDayMeet(ca, cb)
}

// edgeClock is the time of day a day's date gives: its clock, or for
// "early Saturday" its small hours and for "late Saturday" its last ones,
// which what happened that afternoon cannot meet.
func edgeClock(d timeline.Date) string {
	switch {
	case d.Clock != "":
		return d.Clock
	case d.Modifier == timeline.ModEarly:
		return "05:00"
	case d.Modifier == timeline.ModLate:
		return "21:30"
	}
	return ""
}

// detailsLead reports whether a dated report in an article may give the
// day of the news its own lead reported undated ("Police have arrested
// two men ... The men were detained on Thursday"): the same article, the
// dated report from leadDetailReach before the lead's day to three days
// after it, both acts. A statement about the news (a denial of it) is
// another event.
func detailsLead(a, b mention, tt titleMemo) bool {
	if (a.date.Basis.Rule == reportedInLead) == (b.date.Basis.Rule == reportedInLead) || a.source.Key != b.source.Key {
		return false
	}
	if gap := leadGap(a, b); gap > leadDetailReach || gap < -72*time.Hour {
		return false
	}
	ka, kb := tt.of(a).kind, tt.of(b).kind
	return ka == "action" && kb == "action"
}

// titleMemo keeps each mention's title once made: a report is compared
// with every event near its date, and each comparison may read both
// titles.
type titleMemo struct {
	ix   names
	made map[mentionKey]title
}

// mentionKey tells mentions apart: where each is and what its clause is.
type mentionKey struct {
	source                                 string
	paragraph, sentence, clause, clauseEnd int
	anchor, anchorEnd, subjectAt           int
	subject                                string
}

// of is m's title, made the first time it is asked for.
func (tt titleMemo) of(m mention) title {
	k := mentionKey{m.source.Key, m.paragraph.Ordinal, m.sentence.Start, m.clause.Start, m.clause.End, m.anchor.Start, m.anchor.End, m.subjectAt, m.subject}
	if t, ok := tt.made[k]; ok {
		return t
	}
	t := titleOf(m, tt.ix)
	tt.made[k] = t
	return t
}

// leadGap is how long before the lead's day, of two mentions one of
// which a lead dates, the other's date sorts.
// reportedBefore reports whether, of two mentions one of which tells an
// act in the perfect dated by the day it was reported (a, when aPerfect),
// the other is dated up to a week before that day.
func reportedBefore(a, b mention, aPerfect bool) bool {
	if !aPerfect {
		a, b = b, a
	}
	gap := a.date.SortKey().Sub(b.date.SortKey())
	return gap >= 0 && gap <= leadDetailReach
}

// reportedPerfect reports whether m tells an act in the present perfect,
// dated by the saying that closes its sentence: "Ellery has died at the
// age of 88, her family announced on Wednesday".
func reportedPerfect(m mention) bool {
	// Most sentences have no perfect: its auxiliary is looked for first.
	text := m.text()[:m.anchor.Start]
	if !strings.Contains(text, " has ") && !strings.Contains(text, " have ") {
		return false
	}
	before := strings.Fields(strings.ToLower(text))
	n := len(before)
	if n > 0 && datePrepositions[before[n-1]] {
		n--
	}
	if n < 4 {
		return false
	}
	if v, ok := verbOf(before[n-1]); !ok || !sayingVerbs[v.base] || v.form != formPast {
		return false
	}
	// The saying's subject, of a few words, follows the comma that
	// closes what it reports.
	k := n - 2
	for k > 0 && n-k <= 5 && !strings.HasSuffix(before[k], ",") {
		k--
	}
	return strings.HasSuffix(before[k], ",") && slices.ContainsFunc(before[:k], func(w string) bool { return w == "has" || w == "have" })
}

func leadGap(a, b mention) time.Duration {
	if b.date.Basis.Rule == reportedInLead {
		a, b = b, a
	}
	return a.date.SortKey().Sub(b.date.SortKey())
}

// leadDetailReach is how long before its lead's day a dated report of
// the same act may tell of it.
const leadDetailReach = 7 * 24 * time.Hour

// sameAct reports whether two reports' titles name the same subject
// doing the same: "Eleanor Vance dies aged 91", "Eleanor Vance dies
// peacefully at her home". A pronoun no name was found for names no one.
//
// A lead may describe whom a dated report names: "A 34-year-old man has
// been charged with murder" and "Daniel Price ... was charged last
// night".
func sameAct(a, b mention, tt titleMemo) bool {
	ta, tb := nameAgreement(tt.of(a), a, tt.ix), nameAgreement(tt.of(b), b, tt.ix)
	lead := (a.date.Basis.Rule == reportedInLead) != (b.date.Basis.Rule == reportedInLead)
	if len(ta.subject) == 0 || len(ta.subject) == 1 && pronounSubjects[strings.ToLower(ta.subject[0])] ||
		!slices.EqualFunc(ta.subject, tb.subject, strings.EqualFold) && !samePerson(ta.subject, tb.subject) && !sameName(nameAfterRole(ta.subject), nameAfterRole(tb.subject)) &&
			!(lead && describedPerson(ta.subject, tb.subject)) {
		return false
	}
	na, nb := len(strings.Join(ta.subject, " ")), len(strings.Join(tb.subject, " "))
	va, vb := strings.Fields(ta.title[min(na, len(ta.title)):]), strings.Fields(tb.title[min(nb, len(tb.title)):])
	// "Officials close the border" and "Officials close a bridge" are
	// two acts: the verb must take no object in either.
	objectless := func(rest []string) bool { return len(rest) < 2 || !opensObject(rest[1]) }
	// "is charged" and "is arrested" are two: a passive's participle
	// must be the same too.
	if len(va) > 1 && len(vb) > 1 && (va[0] == "is" || va[0] == "are") && va[1] != vb[1] {
		return false
	}
	// "will be traveling" and "will leave" are two: so must a modal's
	// verb.
	if len(va) > 1 && len(vb) > 1 && (va[0] == "will" || modalAuxiliaries[va[0]]) && va[1] != vb[1] {
		return false
	}
	return len(va) > 0 && len(vb) > 0 && va[0] == vb[0] && objectless(va) && objectless(vb)
}

// describedPerson reports whether one of two subjects describes a person
// the other names in full: "A 34-year-old man" and "Daniel Price".
func describedPerson(a, b []string) bool {
	if allCapitalised(a) {
		a, b = b, a
	}
	if len(a) < 2 || len(b) < 2 || !allCapitalised(b) || !indefinite(a[0]) {
		return false
	}
	noun := strings.ToLower(bare(a[len(a)-1]))
	return personNouns["he"][noun] || personNouns["she"][noun]
}

// sameName reports whether two subjects are one name, in full and by its
// last part: "Quincy Jones" and "Jones". sameAct gives it a name after
// its role ("The novelist Margaret Olufemi") as the name.
func sameName(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) > 0 && len(a) < len(b) && allCapitalised(b) && slices.Equal(a, b[len(b)-len(a):])
}

// samePerson reports whether two subjects may name one unnamed person: "A
// 19-year-old man" and "The suspect", not "A man" and "A woman".
func samePerson(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || !determiners[strings.ToLower(a[0])] || !determiners[strings.ToLower(b[0])] {
		return false
	}
	noun := func(s []string) string { return strings.ToLower(bare(s[len(s)-1])) }
	na, nb := noun(a), noun(b)
	person := func(n string) bool { return personNouns["he"][n] || personNouns["she"][n] }
	if !person(na) || !person(nb) {
		return false
	}
	return !(personNouns["he"][na] && !personNouns["she"][na] && personNouns["she"][nb] && !personNouns["he"][nb] ||
		personNouns["she"][na] && !personNouns["he"][na] && personNouns["he"][nb] && !personNouns["she"][nb])
}

var precisionRank = map[timeline.Precision]int{
	timeline.PrecisionDay: 0, timeline.PrecisionWeek: 1, timeline.PrecisionMonth: 2, timeline.PrecisionQuarter: 3,
	timeline.PrecisionYear: 4, timeline.PrecisionDecade: 5, timeline.PrecisionUnknown: 6,
}

var (
	beginningOfTime = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	endOfTime       = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
)

// bounds is a date's interval with open sides made infinite.
func bounds(d timeline.Date) (start, end time.Time) {
	start, end = d.Start, d.End
	if start.IsZero() {
		start = beginningOfTime
	}
	if end.IsZero() {
		end = endOfTime
	}
	return start, end
}

// overlap is the share of the smaller word set found in the larger, or 0
// when they share fewer than two words: one common word ("began") would
// join any two reports.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := shared(a, b)
	if n < 2 {
		return 0
	}
	return float64(n) / float64(min(len(a), len(b)))
}

// sharedBesides counts the words two sets have in common, leaving out
// those in except and counts, which tell no act apart: "The FBI has
// interviewed one of two men" and "The two men were named in a bulletin
// sent by the FBI" share "men" alone.
func sharedBesides(a, b, except map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] && !except[w] && !countWord(w) {
			n++
		}
	}
	return n
}

// shared counts the words two sets have in common.
func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// eventOf makes one event of merged mentions. The first mention (the
// earliest in manifest order) gives the stable id; the best-told one
// gives the title and summary, so the summary is a citation's sentence.
func eventOf(ms []mention, reasons []string, words map[string]bool, tt titleMemo) (timeline.Event, mention) {
	ix := tt.ix
	best, t := bestTold(ms, words, tt)
	t = nameAgreement(fullWhereShared(t, best, ix), best, ix)
	ev := timeline.Event{
		ID:      eventID(ms[0]),
		Slug:    Slugify(t.title),
		Kind:    t.kind,
		Title:   t.title,
		Summary: best.text(),
		Date:    finestDate(ms),
		Actors:  ix.actors(t.subject),
	}
	seen := map[string]bool{}
	for i, m := range ms {
		c := m.citation()
		k := c.SourceKey + "#" + c.Quote
		if seen[k] {
			continue
		}
		seen[k] = true
		c.Reason = reasons[i]
		ev.Citations = append(ev.Citations, c)
	}
	return ev, best
}

// circumstanceOnly reports whether an attribution's object tells only
// where, how or when it was said: "in a statement", "on social media",
// "at a news conference in Nairobi", "ahead of a capital markets day".
func circumstanceOnly(object []string) bool {
	// "in a death certificate released": a document's participle of
	// issue, whose date went from the title, is no verb of its own.
	if n := len(object); n > 2 && issuedWords[strings.ToLower(bare(object[n-1]))] {
		object = object[:n-1]
	}
	if len(object) == 0 || !circumstancePrepositions[strings.ToLower(object[0])] {
		return false
	}
	if len(object) <= 6 {
		return !hasVerb(strings.Join(object, " "))
	}
	// "in a closely watched speech at the central bank's annual
	// conference in Jackson Hole, Wyoming": longer, its only verbs are
	// participles an adverb makes adjectives.
	for k, t := range object[:min(len(object), 16)] {
		if isVerbWord(t) && !(pastForm(t) && k > 0 && lyAdverb(bare(object[k-1]))) {
			return false
		}
	}
	return len(object) <= 16
}

// issuedWords are the participles of a document's issue: "a statement
// released on Monday".
var issuedWords = wordSet(`released issued published posted`)

var circumstancePrepositions = wordSet(`in on at via during through ahead after before`)

// nameAgreement gives a singular verb to a title whose subject is a
// person's surname ending in s, or a name in -s the story says "it" of:
// opening a sentence, "Reyes" and "Starbucks" read like "Protesters", and
// the headline took them for plurals ("Reyes sign the measure",
// "Starbucks say"); the story's names tell them apart. A name the story
// gives a plural verb keeps it: "City have lost six games".
func nameAgreement(t title, m mention, ix names) title {
	if len(t.subject) != 1 || !ix.person(t.subject[0]) && !ix.single[t.subject[0]] || ix.plural[t.subject[0]] {
		return t
	}
	rest, ok := strings.CutPrefix(t.title, t.subject[0]+" ")
	if !ok {
		return t
	}
	verb, after, _ := strings.Cut(rest, " ")
	switch {
	case verb == "are":
		verb = "is"
	case verb == "have":
		verb = "has"
	case auxiliaries[verb]:
		return t // "will sign"
	case strings.HasSuffix(verb, "s"): // already singular
	default:
		verb = present(verb, false)
	}
	// The clause is costly to make, and few titles have a second
	// predicate.
	if strings.Contains(after, " and ") {
		after = secondPredicateSingular(after, m.undatedClause())
	}
	t.title = strings.TrimSpace(t.subject[0] + " " + verb + " " + after)
	return t
}

// secondPredicateSingular gives a singular verb to the second predicate
// of a title's rest, which the headline took for a plural's with the
// first: "opens cooling centers and urge residents" is "and urges
// residents". Its verb is a base form whose past follows "and" in told,
// the clause the title was made of ("and urged residents").
func secondPredicateSingular(rest, told string) string {
	toks := strings.Fields(rest)
	said := strings.Fields(told)
	for i := 1; i < len(toks); i++ {
		if toks[i-1] != "and" || !isLowerWord(toks[i]) {
			continue
		}
		for k := 1; k < len(said); k++ {
			if v, ok := verbOf(bare(said[k])); ok && v.form == formPast && v.base == toks[i] && strings.EqualFold(said[k-1], "and") {
				toks[i] = present(v.base, false)
				return strings.Join(toks, " ")
			}
		}
	}
	return rest
}

// fullWhereShared names in full a title's subject that is a surname two
// people of the story share ("Senator Flavio Bolsonaro", son of "Jair
// Bolsonaro"), when the sentence told gives one full name with it.
// namedAsOther reports whether the name after toks, a few words into the
// stretch its comma opens, is someone the phrase ties to another by "of":
// "Delap, the son of former Stoke City player Rory Delap," names the
// father.
func namedAsOther(toks []string) bool {
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-6 && !strings.Contains(toks[k], ","); k-- {
		if toks[k] == "of" {
			return true
		}
	}
	return false
}

func fullWhereShared(t title, m mention, ix names) title {
	if len(t.subject) != 1 || !ix.shared[t.subject[0]] {
		return t
	}
	surname := t.subject[0]
	rest, ok := strings.CutPrefix(t.title, surname+" ")
	if !ok {
		return t
	}
	full := ""
	toks := strings.Fields(m.text())
	for i := 1; i < len(toks); i++ {
		if nameToken(toks[i]) != surname || !isCapitalised(toks[i-1]) || strings.HasSuffix(toks[i-1], ",") || namedAsOther(toks[:i-1]) {
			continue
		}
		name := nameToken(toks[i-1]) + " " + surname
		if full != "" && full != name {
			return t // two of them
		}
		full = name
	}
	if full == "" {
		return t
	}
	t.title, t.subject = full+" "+rest, strings.Fields(full)
	return t
}

// distinguishTitles tells apart events of one date that got the same
// title, by the outlet that tells each best.
func distinguishTitles(events []timeline.Event, tellers map[string]string) {
	seen := map[string]int{}
	for _, e := range events {
		seen[e.Date.Label()+"\x00"+e.Title]++
	}
	for i := range events {
		e := &events[i]
		if seen[e.Date.Label()+"\x00"+e.Title] > 1 {
			e.Title += " (" + tellers[e.ID] + ")"
			e.Slug = Slugify(e.Title)
		}
	}
}

// mergeReason explains why a report joined an event: the words it shares
// with the closest report of it, and how their dates agree.
func mergeReason(words, with map[string]bool, score float64, date, eventDate timeline.Date) string {
	var shared []string
	for w := range words {
		if with[w] {
			shared = append(shared, w)
		}
	}
	sort.Strings(shared)
	if len(shared) > 6 {
		shared = shared[:6]
	}
	dates := "dates agree"
	if date.Basis.Rule == reportedInLead {
		dates = "both report it as news at the top of the article"
	} else if date.Label() != eventDate.Label() {
		dates = "dates meet (" + date.Label() + " / " + eventDate.Label() + ")"
	}
	return fmt.Sprintf("shares %s (%.0f%% of its key words); %s", strings.Join(shared, ", "), score*100, dates)
}

var lowerBase32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// eventID is stable for the same lead sentence in the same source.
func eventID(m mention) string {
	sum := sha256.Sum256([]byte(m.source.Key + "\x00" + m.text()))
	return strings.ToLower(lowerBase32.EncodeToString(sum[:])[:10])
}

// statementVerbs are the verbs of saying: an event built on one is a
// statement.
var statementVerbs = wordSet(`say tell deny announce state add warn claim argue assert insist write post confirm
	acknowledge express predict forecast estimate accuse urge call vow pledge threaten reject dismiss assure remind signal`)

// statementVerb marks sentences that report what someone said, for
// clauses whose verb the headline builder could not find.
var statementVerb = regexp.MustCompile(`(?i)\b(said|says|told|denied|denies|announced|announces|stated|added|warned|claimed|argued|asserted|insisted|wrote|posted|confirmed|acknowledged|expressed)\b`)

// leadingConnective matches sentence openers that do not belong in a title.
var leadingConnective = regexp.MustCompile(`(?i)^(but|and|however|meanwhile|still|yet|so|also|instead|in addition|separately)\b,?\s*`)

// kicker is the label a newsroom sets before a headline, no part of what
// it tells: "Weather: cold snap to bring snow", "LIVE: Storm Ida ...".
var kicker = regexp.MustCompile(`^(?i:live|analysis|explainer|opinion|obituary|weather|watch|breaking|exclusive|factbox|fact check|timeline|update|updated|comment|review|interview|video|photos)\s*:\s+`)

// sinceThen is a span counted from a time named before: "since then",
// "ever since".
var sinceThen = regexp.MustCompile(`(?i),?\s+(?:ever\s+)?since\s+(?:then|that\s+time)\b|,?\s+ever\s+since\b`)

// occasion matches a clause that a noun of one occasion opens, up to a
// copula that would say when it was: "The last time the party won the
// seat was in 1997".
var occasion = regexp.MustCompile(`^(?i:the (?:last|first|previous|only|next) time) (.+?)(?:,|\s+(?:was|is|will be)(?:\s+(?:in|on|at|during)\s.*)?)?\s*$`)

// title is an event title with its kind and the subject it names.
type title struct {
	title, kind string
	subject     []string
}

// titleOf makes a mention's title: a headline built from its clause, or
// failing that the clause itself cut short.
func titleOf(m mention, ix names) title {
	t := notUntilTitle(summonedTitle(clauseTitle(m, ix), m), m)
	// "At least 100 people died ... in 2025, according to the ministry":
	// the source the title closes with is no part of the act; the
	// citation names it.
	if k := strings.LastIndex(t.title, ", according to "); k > 0 && !strings.ContainsAny(t.title[k+1:], ",;:") {
		t.title = t.title[:k]
	}
	return t
}

// notUntilTitle tells a state not reached until the mention's date as
// reached then: "service was not fully restored until almost 3pm" is
// "Service is fully restored" at 3pm.
func notUntilTitle(t title, m mention) title {
	if !untilLead.MatchString(m.text()[m.clause.Start:m.anchor.Start]) {
		return t
	}
	if sub := notState.FindStringSubmatch(t.title); sub != nil {
		t.title = sub[1] + sub[2]
	}
	return t
}

var (
	// untilLead is "until" and the hedge on its time, before a date.
	untilLead = regexp.MustCompile(`\buntil (?:(?:almost|about|around|nearly|shortly after|shortly before|late|early|just after|just before) )?$`)
	// notState is a title that tells a passive or a state as not so:
	// "Service is not fully restored".
	notState = regexp.MustCompile(`^(.+? (?:is|are) )not (.+)$`)
)

// summoned is a passive that sends someone on to an act still to come:
// "is remanded in custody to appear at the Old Bailey".
var summoned = regexp.MustCompile(`^(.+?) (?:is|are) (?:remanded|bailed|released|summoned|ordered)(?: (?:in custody|on (?:conditional )?bail))? to (\w.*)$`)

// summonedTitle tells a mention dated by what someone was sent on to do,
// still to come, by that act: "He was remanded in custody to appear at the
// Old Bailey on Friday" is "He will appear at the Old Bailey".
func summonedTitle(t title, m mention) title {
	if !foretold(m) {
		return t
	}
	if sub := summoned.FindStringSubmatch(t.title); sub != nil {
		t.title = sub[1] + " will " + sub[2]
		return t
	}
	// "The judge told jurors to keep deliberating on Thursday": so is
	// what a directing sends its object on to do ("Jurors will keep
	// deliberating").
	if sub := directedTo.FindStringSubmatch(t.title); sub != nil {
		who := sub[1]
		if p, ok := subjectOfObject[who]; ok {
			who = p
		}
		t.title, t.subject = upperFirst(who)+" will "+sub[2], strings.Fields(who)
	}
	return t
}

// directedTo is a directing's object and the infinitive it is sent on to:
// "... tells jurors to keep deliberating".
var directedTo = regexp.MustCompile(`^\S.*? (?:tells|orders|instructs|asks|directs) ((?:the |his |her |their |its )?[a-z]+|him|her|them|us) to (\w.*)$`)

// subjectOfObject is the subject pronoun of an object one.
var subjectOfObject = map[string]string{"him": "he", "her": "she", "them": "they", "us": "we"}

// firstOfCount is head, a clause that ends in a verb's counted object,
// told of the one part an ordinal names after it: "won three world
// titles" and "the first in Doha" are "won the first of three world
// titles in Doha". Any other head is told whole, the part left out: "was
// handed over in two groups".
func firstOfCount(head, part string) string {
	f, p := strings.Fields(head), strings.Fields(strings.TrimRight(part, " .,;:!?"))
	i := slices.IndexFunc(f, func(t string) bool { return countWord(t) && !isDigit(t[0]) })
	if i < 1 || len(p) < 2 || len(f)-i < 2 || !pastForm(f[i-1]) || slices.ContainsFunc(f[i+1:], func(t string) bool { return !isLowerWord(t) }) || !isPlural(f[len(f)-1:]) {
		return head
	}
	// The part's own words after the ordinal: its place, up to its
	// next part ("and the second").
	rest := p[2:]
	if k := slices.Index(rest, "and"); k >= 0 {
		rest = rest[:k]
	}
	return strings.Join(slices.Concat(f[:i], p[:2], []string{"of"}, f[i:], rest), " ")
}

// danglingConjunction is a conjunction that ends a clause.
var danglingConjunction = regexp.MustCompile(`\s+(?:and|but|or)[\s,]*$`)

// clauseTitle makes titleOf's title before a summons is read.
func clauseTitle(m mention, ix names) title {
	// ", and remains recovered from it were identified": the clause's
	// conjunction is no part of its title.
	full := m.titleClause()
	clause := strings.TrimPrefix(strings.TrimPrefix(full, "and "), "but ")
	conjunction := full[:len(full)-len(clause)]
	clause = kicker.ReplaceAllString(clause, "")
	// "broke out shortly before noon near the town and, driven by gusts,
	// reached ...": nor is a conjunction an aside cut the clause after.
	clause = danglingConjunction.ReplaceAllString(clause, "")
	// "Policymakers project two cuts, down from the four they forecast
	// in September": what an amount is compared with is no part of the
	// news.
	if k := comparisonTail.FindStringIndex(clause); k != nil {
		clause = clause[:k[0]] + clause[k[1]:]
	}
	// "handed to the Red Cross in two groups, the first and the second
	// about three hours later": so is a phrase of parts an ordinal opens.
	for k := 0; strings.Contains(clause[k:], ", "); {
		k += strings.Index(clause[k:], ", ") + len(", ")
		if ordinalParts(clause[k:]) {
			clause = firstOfCount(clause[:k-len(", ")], clause[k:])
			break
		}
	}
	// "would be the first to resume, followed by its plant in Slovakia
	// later in the week": what follows, with the date, is the event.
	if k := strings.Index(clause, ", followed by "); k >= 0 && strings.Contains(m.text()[m.clause.Start:m.anchor.Start], ", followed by ") {
		np := strings.TrimRight(clause[k+len(", followed by "):], " .,;:!?")
		if f := strings.Fields(np); len(f) > 0 && len(f) <= 12 && !hasVerb(np) && !marked(np) {
			verb := "follows"
			if isPlural(f) {
				verb = "follow"
			}
			if modal := lastModal(clause[:k]); modal == "will" || modal == "would" {
				verb = "will follow"
			}
			return title{title: upperFirst(np) + " " + verb, kind: "action"}
		}
	}
	// "a feature it said was cleared by U.S. regulators": a saying
	// inside a noun's relative, with no relative word, tells nothing the
	// title needs.
	if m := saidInsideRelative.FindStringSubmatchIndex(clause); m != nil {
		clause = clause[:m[2]] + clause[m[3]:]
	}
	// "were called off, on Sunday because of clouds and on Wednesday
	// because of a storm": so is a reason set off after a clause.
	if k := strings.Index(clause, ", because of "); k > 0 && hasClauseVerb(clause[:k]) {
		clause = clause[:k]
	}
	// "Record heat: September was warmest on record": so is any label of
	// a few words with no verb before a colon and a clause.
	if label, rest, ok := strings.Cut(clause, ": "); ok && len(strings.Fields(label)) <= 4 && !hasVerb(label) && hasClauseVerb(rest) && !strings.ContainsAny(label, "\"“”‘’,") {
		clause = rest
	}
	// "Negotiations had stalled repeatedly since then, most recently in
	// July": a span counted from a time the title does not name says
	// nothing there.
	clause = sinceThen.ReplaceAllString(clause, "")
	// "The last time MPs voted on the issue, in 2015, they ...", "The
	// last time the party won the seat was in 1997": the clause the time
	// opens is what happened then.
	if k := occasion.FindStringSubmatchIndex(clause); k != nil {
		clause = clause[k[2]:k[3]]
	}
	// "March 2019 - Lowden appointed housing minister": a timeline's
	// entry drops "is" from a passive as a headline does.
	if m.paragraph.Role == timeline.RoleHeadline || entryMention(m) || stampedHeading(m) {
		clause = headlinePassive(clause)
	}
	// "April 9: Hours after the higher rates take effect, Trump pauses
	// them": an entry's clause of time that leads in goes.
	if entryMention(m) || stampedHeading(m) {
		f := strings.Fields(clause)
		if k := timeClauseLeadEnd(f); k > 0 {
			if rest := strings.Join(f[k:], " "); presentClause(rest) || presentBeforePreposition(rest) {
				clause = rest
			}
		}
	}
	// "Oct. 28 — Harwick Water detects elevated levels of E. coli": an
	// entry told in the present with a verb the lists do not know reads
	// as written.
	// So does one whose present takes an object before a participle of
	// its own: "Biden revokes Trump's order and calls for a review of
	// apps linked to foreign adversaries".
	if (entryMention(m) || stampedHeading(m)) && (presentBeforeAdjective(clause) || presentClause(clause) && !presentReports(clause)) {
		return title{title: shortTitle(clause), kind: "action"}
	}
	if t, ok := quoteAfterColon(m.text()[:m.clause.Start], clause); ok {
		return t
	}
	// "“We had hoped for a rebound. It has not come,” he said": a
	// quotation that goes on into the next sentence is said by whom that
	// one names after it.
	quoted := clause
	if attribution, ok := m.quotationGoesOn(); ok && opensWithQuote(clause) {
		quoted = strings.TrimRight(strings.TrimSpace(clause), ".!?") + ",”" + attribution
	}
	if t, ok := quoteFirst(quoted); ok {
		// "“We are ready,” he said": he is who the sentence before is about.
		h := m.withAntecedent(parsedHeadline{title: t.title, subject: t.subject}, "", ix)
		return title{title: h.title, kind: t.kind, subject: h.subject}
	}
	// "The plant broke the rules, according to a report published on
	// Monday": the source's date dates what it reports.
	if f := strings.Fields(strings.ToLower(clause)); len(f) > 2 && f[0] == "according" && f[1] == "to" {
		if t, ok := reportedContent(m, parsedHeadline{}, ix); ok {
			return t
		}
		// "according to a large study published in The Lancet": else
		// the source's participle is a passive, its publication the
		// event.
		src := strings.Fields(clause)[2:]
		// The participle may end the clause: "a poll published Sunday".
		participle := func(t string) bool {
			t = strings.TrimSuffix(t, ".")
			return isLowerWord(t) && pastForm(t)
		}
		if k := slices.IndexFunc(src, participle); k > 0 && !hasVerb(strings.Join(src[:k], " ")) {
			if h, ok := parseHeadline(strings.Join(slices.Concat(src[:k], []string{"was"}, src[k:]), " ")); ok {
				return title{title: h.title, kind: kindOf(h), subject: h.subject}
			}
		}
	}
	h, ok := parseHeadline(clause)
	// "In January, 58.9% were.": a short clause whose "be" has nothing
	// after it leaves out what it says, told in the sentence before.
	if ok && h.verbBase == "be" && strings.Trim(strings.Join(h.object, " "), ".,;:!? ") == "" && len(strings.Fields(clause)) <= 6 {
		return title{kind: kindOf(h)}
	}
	if ok {
		// "..., the company said", "told reporters" attribute what the
		// sentence reports; "called a meeting", "announced a strike" name
		// what they did.
		// "..., data from the customs agency showed earlier this month"
		// attributes what the data showed.
		// "..., it told employees in a memo on Wednesday" too.
		// A passive with a subject of its own tells what was announced:
		// "a restructuring was announced" ("it was announced" is an
		// attribution).
		thing := h.passive && !(len(h.subject) == 1 && strings.EqualFold(h.subject[0], "it"))
		// "after Justin Trudeau announced his resignation": a clause of
		// time attributes nothing.
		thing = thing || clauseOpeners[firstWord(clause)]
		// "who announced his resignation": nor does one whose object is
		// the thing it makes known.
		thing = thing || thingAnnounced(h)
		if attributes(h) && !thing && (len(h.object) <= 2 && (len(h.object) == 0 || !indefinite(h.object[0])) || circumstanceOnly(h.object) || toldHearer(h)) ||
			(verdictVerbs[h.verbBase] || dataVerbs[h.verbBase]) && !h.passive && len(h.object) == 0 {
			if t, ok := reportedContent(m, h, ix); ok {
				return t
			}
		}
		// "Officials said on Monday that the port reopened on Friday",
		// dated Friday, reports the reopening.
		before := m.text()[:m.clause.Start]
		// "with some visitors saying they had travelled from abroad and
		// had been turned away on Sunday": a pronoun the title takes
		// from inside its clause has what comes before it there.
		if f := strings.Fields(clause); m.subject == "" && len(f) > 0 && pronounSubjects[f[0]] {
			// So does one of a relative whose word is the object: "is on
			// its way to the asteroid Apophis, which it will reach in
			// 2029" is the probe's.
			// So does one after a clause's opener its title was cut at:
			// "Berlin's new airport has handled its 100 millionth
			// passenger, five and a half years after it opened".
			// So does one of a relative with no relative word in a
			// sentence's first clause: "was stripped of the world title
			// he won last September".
			if k := strings.Index(m.text()[m.clause.Start:m.clause.End], " "+f[0]+" "); k > 0 && (withParticipleSubject(strings.Fields(m.text()[m.clause.Start:m.clause.Start+k])) != nil || strings.HasSuffix(m.text()[:m.clause.Start+k], ", which") || clauseOpeners[lastWord(m.text()[:m.clause.Start+k])] || m.clause.Start == 0 && contactPronoun(m.text()[:k], m.text()[k+1:])) {
				before = m.text()[:m.clause.Start+k+1]
			}
		}
		// "Tohoku Electric Power said its Onagawa plant, which restarted
		// in 2024, was operating": so does a possessive a report opens,
		// whose noun a relative tells of; the speaker owns it.
		if f := strings.Fields(clause); m.subject == "" && len(f) > 1 && possessivePronouns[f[0]] != "" {
			if k := strings.Index(m.text()[m.clause.Start:m.clause.End], " "+f[0]+" "); k > 0 {
				if v, ok := verbOf(lastWord(m.text()[:m.clause.Start+k])); ok && v.form != formAux && attributionVerbs[v.base] {
					before = m.text()[:m.clause.Start+k+1]
				}
			}
		}
		// "were battling a wildfire that has burned 12,000 hectares since
		// it broke out": so does one after a conjunction of time that
		// opens the clause.
		// So does one after "since" its clause opens with: "the first
		// debut novelist to win the £50,000 prize since it was founded".
		if f := strings.Fields(clause); m.subject == "" && len(f) > 1 && timeConjunctions[f[0]] && pronounSubjects[f[1]] && (f[0] == "since" || objectRelativeAntecedent(strings.Fields(m.text()[:m.clause.Start+len(f[0])])) != nil) {
			before = m.text()[:m.clause.Start+len(f[0])]
		}
		if m.subject != "" {
			before = m.text()[:m.subjectAt] // the subject is the first predicate's
			// "Heathrow said it would resume flights ... and operate a
			// full schedule": a pronoun the first predicate's clause
			// reports has what comes before it there.
			if f := strings.Fields(m.subject); len(f) > 0 && pronounSubjects[strings.ToLower(f[0])] && m.subjectAt < m.clause.Start {
				if k := strings.Index(m.text()[m.subjectAt:m.clause.Start], " "+f[0]+" "); k >= 0 {
					before = m.text()[:m.subjectAt+k+1]
				}
			}
		}
		report, at := -1, 0 // where what is reported starts, and its lead-in ends
		if i := strings.Index(clause, " that "); i >= 0 && reportsAsTold(h) && reportsThat(h) && strings.Contains(m.text()[m.clause.Start:m.anchor.Start], " that ") {
			report, at = i+len(" that "), i
			// "said that an investigation had found that hackers
			// copied data in June": a report of a finding tells the
			// finding.
			if r, ok := parseReported(clause, report); ok && reportsAsTold(r) && reportsThat(r) {
				lead := m.text()[m.clause.Start:m.anchor.Start]
				if j := strings.Index(clause[report:], " that "); j >= 0 && strings.Count(lead, " that ") > 1 {
					report, at = report+j+len(" that "), report+j
				}
			}
		}
		if i, ok := bareReport(clause, m.text()[m.clause.Start:m.anchor.Start]); ok && (attributes(h) || dataVerbs[h.verbBase] || verdictVerbs[h.verbBase]) {
			report, at = i, i
		}
		if r, ok := parseReported(clause, report); ok {
			// What is reported titles the event, unless its subject is
			// a pronoun nothing names: "It reports an equipment problem"
			// says less than "The utility says it reported ...".
			// "cut rates in September and October but policymakers have
			// signalled they may pause": the conjunction ends the
			// clause before.
			pronoun := len(r.subject) == 1 && pronounSubjects[strings.ToLower(r.subject[0])]
			r = m.withAntecedent(r, before+" "+conjunction+clause[:at], ix)
			// "Network Rail said it had been warned": an "it" a name
			// reports of itself is that name, which no person is.
			if speaker := h.subject; unnamedPronoun(r.subject) && strings.EqualFold(r.subject[0], "it") && len(speaker) > 1 && allCapitalised(speaker) && !expletiveIt.MatchString(r.title) {
				r = renamed(r, speaker)
			}
			// "Cascade Coffee said Tuesday that its profit fell 22%": so
			// is the owner its "its" names.
			if speaker := h.subject; len(r.subject) > 1 && strings.EqualFold(r.subject[0], "its") && len(speaker) > 1 && allCapitalised(speaker) {
				r = ownedBy(r, speaker)
			}
			if !unnamedPronoun(r.subject) {
				// "Its maker said it expected": the owner of a saying
				// subject a pronoun was named by is named in turn.
				if pronoun && len(r.subject) > 1 && possessivePronouns[strings.ToLower(r.subject[0])] != "" {
					r = m.withAntecedent(r, before, ix)
				}
				return title{title: r.title, kind: kindOf(r), subject: r.subject}
			}
			// The saying's own date goes: "says it reported", not
			// "says Thursday it reported".
			if say := statementVerb.FindStringIndex(clause); say != nil {
				if n := leadingDate(clause[say[1]:]); n > 0 {
					if undated, ok := parseHeadline(clause[:say[1]] + " " + clause[say[1]+n:]); ok {
						h = undated
					}
				}
			}
		}
		h = m.withAntecedent(h, before, ix)
		h = withOneAntecedent(h, before)
		first := "" // the first predicate, when the subject is its
		if m.subject != "" && m.subjectAt < m.clause.Start {
			first = m.text()[m.subjectAt:m.clause.Start]
		}
		h = withObjectAntecedent(h, before, first, m.previousSentences)
		h = withPersonObject(h, before, m.previousSentences, ix)
		return title{title: h.title, kind: kindOf(h), subject: h.subject}
	}
	kind := "action"
	if statementVerb.MatchString(clause) {
		kind = "statement"
	}
	// "Brookfield, who have not won the title since 1998, host
	// Castleford": a relative on the subject goes, as from a headline.
	// So does an appositive: "New EU rules, the Digital Markets Act,
	// take full effect".
	if m := subjectAside.FindStringSubmatchIndex(clause); m != nil {
		clause = clause[:m[3]] + " " + clause[m[1]:]
	} else if m := subjectAppositive.FindStringSubmatchIndex(clause); m != nil && !hasVerb(clause[:m[3]]) {
		clause = clause[:m[3]] + " " + clause[m[4]:]
	}
	// "while Arsenal host Nottingham Forest": a contrast's opener goes.
	if contrastClause(clause) {
		clause = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(clause), firstToken(clause)))
	}
	// "He pleads guilty to murder", told from "He was sentenced ...
	// after pleading guilty", and "Its shares fall 60%": a pronoun
	// subject, or its possessive, is named as a parsed title's is.
	t := shortTitle(clause)
	var subject []string
	switch f := strings.Fields(t); {
	case len(f) > 1 && unnamedPronoun(f[:1]):
		subject = f[:1]
	case len(f) > 2 && possessivePronouns[strings.ToLower(f[0])] != "":
		subject = f[:2]
	}
	if subject != nil {
		h := m.withAntecedent(parsedHeadline{title: t, subject: subject}, m.text()[:m.clause.Start], ix)
		return title{title: h.title, kind: kind, subject: h.subject}
	}
	return title{title: t, kind: kind}
}

// saidInsideRelative is a noun an article opens, then a pronoun's saying
// (group 1) before a verb of "be": "a feature it said was cleared".
var saidInsideRelative = regexp.MustCompile(`^(?i:an?|the)\s+\p{Ll}+(\s+(?:it|he|she|they)\s+(?:said|says))\s+(?:was|were|is|are)\s`)

// comparisonTail is an amount's comparison, up to the clause's next
// mark: ", down from 3.1%", ", compared with a year earlier", "down
// from the four they forecast" (a date that stood before it taken out
// with its comma).
var comparisonTail = regexp.MustCompile(`(?:,\s+(?:up\s+from|down\s+from|compared\s+(?:with|to))|\s(?:up|down)\s+from\s+(?:the\s+)?(?:\d|[$£€]|one|two|three|four|five|six|seven|eight|nine|ten))[^,;:]*`)

// subjectAside is a subject and the relative clause set off by commas
// after it; group 1 is the subject.
var subjectAside = regexp.MustCompile(`^([^,]+), (?:who|which|whose) [^,]+, `)

// subjectAppositive is a subject and a noun phrase set off by commas
// after it, then a word in lower case; group 1 is the subject, group 2
// what follows the appositive.
var subjectAppositive = regexp.MustCompile(`^([^,]+), (?:the|a|an) [^,]{1,60}, (\p{Ll})`)

// parseReported parses what is reported from offset i of clause; a
// negative i is no report.
func parseReported(clause string, i int) (parsedHeadline, bool) {
	if i < 0 {
		return parsedHeadline{}, false
	}
	return parseHeadline(clause[i:])
}

// unnamedPronoun reports whether a subject is a pronoun alone.
func unnamedPronoun(subject []string) bool {
	return len(subject) == 1 && pronounSubjects[strings.ToLower(bare(subject[0]))]
}

// bareReport finds what is reported without "that" when the date is
// inside it: in "The agency said the river peaked at 4.15am" the peak is
// the event, dated 4.15am. lead is the clause up to its date; the
// reported clause must have its verb there ("said on Tuesday the river
// peaked" dates the saying). It returns the offset in clause after the
// verb of saying.
func bareReport(clause, lead string) (int, bool) {
	m := bareSaying.FindStringIndex(lead)
	if m == nil {
		return 0, false
	}
	// The reported subject runs to the first verb, with no "that" in it:
	// "said the evidence that the police found" reports no finding. It is
	// a noun phrase: "said in a letter published", "said as dawn broke"
	// go on with the saying.
	// A date right after the verb is the saying's: "said Thursday it
	// had", "said on Monday the river peaked at 4.15am".
	// "said the problem, which affected its systems, began": a relative
	// set off by commas on the subject is passed.
	rest := lead[m[1]:]
	if strings.Contains(rest, ", which ") || strings.Contains(rest, ", who ") {
		rest = commaRelative.ReplaceAllString(rest, " ")
	}
	ws := words(rest[leadingDate(rest):])
	// "said about 54,000 appointments had been rescheduled": a hedge on
	// a figure opens the subject, no phrase about what was said.
	hedged := len(ws) > 1 && amountWords[strings.ToLower(ws[0])] && (isDigit(ws[1][0]) || pluralCounts[strings.ToLower(ws[1])])
	// "showed what appeared to be clusters of bodies": what "what"
	// opens is the object, a thing, not a clause reported.
	if len(ws) == 0 || !hedged && subjectPrepositions[strings.ToLower(ws[0])] || clauseOpeners[strings.ToLower(ws[0])] || strings.EqualFold(ws[0], "as") || strings.EqualFold(ws[0], "if") || strings.EqualFold(ws[0], "what") {
		return 0, false
	}
	finding := strings.HasPrefix(lead[m[0]:], "found ") || strings.HasPrefix(lead[m[0]:], "finds ")
	verb := false
	for k, w := range ws {
		if v, ok := verbOf(w); ok {
			// "Police found the car abandoned on Tuesday": after a
			// finding a participle with no object of its own is the
			// found thing's state, nothing reported.
			if finding && v.form == formPast && !intransitiveVerbs[v.base] && (k+1 == len(ws) || subjectPrepositions[strings.ToLower(ws[k+1])] || placePrepositions[strings.ToLower(ws[k+1])]) {
				return 0, false
			}
			verb = true
			break
		}
		if lw := strings.ToLower(w); lw == "that" || lw == "which" || lw == "who" {
			return 0, false
		}
	}
	if !verb {
		return 0, false
	}
	i := bareSaying.FindStringIndex(clause)
	if i == nil {
		return 0, false
	}
	return i[1] + leadingDate(clause[i[1]:]), true
}

// leadingDate is the length of the date s opens with, with the spaces
// and "on" before it and the comma after it: "Thursday " in "Thursday it had", "on
// Monday, " in "on Monday, the river"; 0 when s opens otherwise.
func leadingDate(s string) int {
	t := strings.TrimPrefix(strings.TrimLeft(s, " "), "on ")
	skipped := len(s) - len(t)
	if len(t) > 40 {
		t = t[:strings.LastIndex(t[:40], " ")+1]
	}
	es := timex.Tag(t, time.Time{})
	// "said the previous November record had been set": a date that
	// opens with its article and names the noun after it opens the
	// subject.
	if len(es) == 0 || es[0].Start != 0 || determiners[strings.ToLower(strings.Fields(es[0].Text)[0])] && namesNoun(t[es[0].End:]) {
		return 0
	}
	n := skipped + es[0].End
	for n < len(s) && (s[n] == ' ' || s[n] == ',') {
		n++
	}
	return n
}

// bareSayingVerbs are the verbs of saying that report without "that",
// of showing, of finding and of signalling: "figures showed the economy
// had grown", "an investigation found the company had failed", "the Bank
// signalled it could cut rates next month", and of what a court hears:
// "the court heard Cole had followed her", "the jury was told he fled".
const bareSayingVerbs = `\b(?:said|says|added|adds|showed|shows|found|finds|signalled|signaled|signals|indicated|indicates|heard|hears|(?:was|were)\s+told)`

var bareSaying = regexp.MustCompile(bareSayingVerbs + `\s+`)

// refusedActs are the verbs of statementVerbs whose passive tells an act
// done to its subject.
var refusedActs = wordSet(`call reject dismiss deny`)

// kindOf is a headline's kind: a statement when its verb is one of saying.
func kindOf(h parsedHeadline) string {
	// "Police were called to the scene": called in the passive is
	// summoned, not spoken of; so what is rejected, dismissed or denied
	// is voted down, thrown out or refused: "The budget was rejected".
	// "The High Court dismissed that challenge", "A judge denied bail":
	// what a court refuses it rules on.
	if statementVerbs[h.verbBase] && !(h.passive && refusedActs[h.verbBase]) && !(refusedActs[h.verbBase] && courtSubject(h.subject)) && !calledAct(h) && !postedResult(h) && !refusedThing(h) && !confirmedAppointment(h) && !wonClaim(h) && !orderedTo(h) {
		return "statement"
	}
	return "action"
}

// orderedTo reports whether a headline tells someone told, in the
// passive, to do something, which is an order: "About 2,000 residents are
// told to leave their homes".
func orderedTo(h parsedHeadline) bool {
	return h.verbBase == "tell" && h.passive && len(h.object) > 1 && h.object[0] == "to"
}

// wonClaim reports whether a headline's verb is "claim" of a prize, which
// is won, not said: "A woman claims the £214m jackpot", "claimed the
// title"; "claimed responsibility" is said.
func wonClaim(h parsedHeadline) bool {
	return h.verbBase == "claim" && slices.ContainsFunc(objectBeforePhrase(h), func(t string) bool {
		w := strings.ToLower(bare(t))
		return wonThings[w] || wonThings[strings.TrimSuffix(w, "s")]
	})
}

// wonThings are prizes one wins.
var wonThings = wordSet(`jackpot prize title medal gold silver bronze trophy crown cup award`)

// confirmedAppointment reports whether a headline's verb is "confirm" of a
// person named to a post, which appoints: "The Senate confirms Dana
// Whitfield to the Fed's board", "Whitfield is confirmed as governor". So
// is a passive "announce" of whom it names: "Kelly is announced as the
// winner".
func confirmedAppointment(h parsedHeadline) bool {
	if h.verbBase != "confirm" && !(h.verbBase == "announce" && h.passive) || len(h.object) == 0 {
		return false
	}
	if h.passive {
		return h.object[0] == "as" || h.object[0] == "to" && h.verbBase == "confirm"
	}
	for i := 0; i+1 < len(h.object); i++ {
		if isCapitalised(h.object[i]) && (h.object[i+1] == "as" || h.object[i+1] == "to") {
			return true
		}
	}
	return false
}

// refusedThing reports whether a headline's verb refuses what is put up
// for a decision, which is an act: "Lawmakers reject a bill", "denied
// him entry", "dismissed the coach"; not what was said ("rejected the
// report", "denied the allegations").
func refusedThing(h parsedHeadline) bool {
	if !refusedActs[h.verbBase] || h.verbBase == "call" {
		return false
	}
	// "They had rejected two earlier offers": so is a plural of one.
	return slices.ContainsFunc(objectBeforePhrase(h), func(t string) bool {
		w := strings.ToLower(bare(t))
		return decidedThings[w] || decidedThings[strings.TrimSuffix(w, "s")]
	})
}

// decidedThings are put up for a decision that refuses or throws them
// out.
var decidedThings = wordSet(`bill motion amendment proposal offer bid plan deal budget request application
	appeal nomination measure resolution treaty petition visa permit entry bail access permission case lawsuit suit coach manager`)

// postedResult reports whether a headline's verb is "post" with an object
// that is a result or a figure, which is reported, not said: "The company
// posts record profits", "posted a loss of $2bn"; not "posts a video".
func postedResult(h parsedHeadline) bool {
	if h.verbBase != "post" {
		return false
	}
	return slices.ContainsFunc(objectBeforePhrase(h), func(t string) bool {
		t = strings.ToLower(bare(t))
		return postedResults[t] || t != "" && (isDigit(t[0]) || strings.ContainsAny(t[:1], "$£€"))
	})
}

// postedResults are what a business, a team or an athlete posts as a
// result.
var postedResults = wordSet(`profit profits loss losses revenue revenues sales earnings gain gains deficit surplus growth decline drop fall rise increase win wins victory victories time score record`)

// calledAct reports whether a headline's verb is "call" with an object
// that is what was called, not what words were said of: "The union calls
// the walkout", "calls a snap election"; not "calls for calm", nor
// "calls the decision a disgrace". "Call off" is an act too.
func calledAct(h parsedHeadline) bool {
	if h.verbBase != "call" || len(h.object) == 0 {
		return false
	}
	// "called off the search", "called in the army": a particle makes
	// another verb; not "on", of urging ("called on the government to").
	if p := strings.ToLower(h.object[0]); p == "off" || p == "up" || p == "in" {
		return true
	}
	// "called for help": so does a call for rescue.
	if len(h.object) > 1 && strings.EqualFold(h.object[0], "for") && strings.EqualFold(strings.TrimRight(h.object[1], ".,;:"), "help") {
		return true
	}
	if !determiners[strings.ToLower(h.object[0])] {
		return false
	}
	object := objectBeforePhrase(h)
	return !slices.ContainsFunc(object[1:], func(t string) bool { return determiners[strings.ToLower(t)] })
}

// objectBeforePhrase is a headline's object up to the phrase a
// preposition opens, which is the object's: "a snap election" of "a snap
// election for June".
func objectBeforePhrase(h parsedHeadline) []string {
	object := h.object
	if k := slices.IndexFunc(object, func(t string) bool { return subjectPrepositions[strings.ToLower(t)] }); k > 0 {
		object = object[:k]
	}
	return object
}

// courtSubject reports whether a subject names a court or a judge, by
// its head or by the title before a name: "Justice Maria Lopez"; not "The
// Justice Department".
func courtSubject(subject []string) bool {
	for k := len(subject) - 1; k >= 0; k-- {
		if courtNouns[strings.ToLower(bare(subject[k]))] {
			return k == len(subject)-1 || !institutionNouns[strings.ToLower(bare(subject[len(subject)-1]))]
		}
		if !isCapitalised(subject[k]) {
			return false
		}
	}
	return false
}

var courtNouns = wordSet(`court courts judge judges justice justices magistrate magistrates tribunal jury`)

// shortTitle cuts text to a title: no leading connective, cut at a clause
// boundary after a few words.
func shortTitle(s string) string {
	s = leadingConnective.ReplaceAllString(s, "")
	s = strings.TrimLeft(s, ",;: ")
	words := strings.Fields(s)
	if len(words) == 0 {
		return ""
	}
	const maxWords = 14
	cut := len(words)
	for i, w := range words {
		if i >= 6 && strings.HasSuffix(w, ",") {
			cut = i + 1
			break
		}
		if i+1 >= maxWords {
			cut = maxWords
			break
		}
	}
	title := withoutCommaInQuote(strings.TrimRight(strings.Join(words[:cut], " "), ",;:.!?— -"))
	if cut < len(words) {
		title += "…"
	}
	return upperFirst(title)
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	// "iPhone", "eBay": a name with a capital right after a small letter
	// keeps its first letter small ("al-Sharaa" does not).
	if word, _, _ := strings.Cut(s, " "); unicode.IsLower(r) && camelCase(word) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// camelCase reports whether word has a capital right after a small
// letter.
func camelCase(word string) bool {
	prev := ' '
	for _, r := range word {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return true
		}
		prev = r
	}
	return false
}

// quoteFirstRe is a quotation and then who said it: "“We will rebuild,”
// the mayor said", "“We will rebuild,” said the mayor", "“We will
// appeal,” its lawyer, Ann Lee, said", "“...,” the cardinal announced".
var quoteFirstRe = regexp.MustCompile(`^[“"]([^”"]{2,}?)[,.!?]?[”"],?\s+(?:([^,.;:“”"]{2,60}?(?:,\s*[^,.;:“”"]{2,40},)?)\s+(said|says|added|adds|wrote|writes|told|tells|announced|announces)\b|(said|says|added|adds|wrote|writes|told|tells|announced|announces)\s+([^,.;:“”"]{2,60}))`)

// asideThenThat is an aside set off by commas and the clause "that"
// reports after it, in group 1: "before the strikes, that they expected
// Brent to average $60".
var asideThenThat = regexp.MustCompile(`^[^,;:"“”]{1,60},\s+that\s+(.+)$`)

// quoteFirst titles a clause that opens with a quotation by who said it:
// "The mayor says “We will rebuild”".
func quoteFirst(clause string) (title, bool) {
	m := quoteFirstRe.FindStringSubmatch(clause)
	if m == nil {
		return title{}, false
	}
	speaker := m[2]
	if speaker == "" {
		speaker = m[5]
		// "said Priya Sen of Redwood Research": the person, named
		// before where she works.
		f := strings.Fields(speaker)
		if k := slices.Index(f, "of"); k > 0 && allCapitalised(f[:k]) {
			speaker = strings.Join(f[:k], " ")
		}
	}
	subject := actor(strings.Fields(speaker))
	if !nounPhrase(subject) {
		return title{}, false
	}
	// "“Today we close a wound”" without its date opens with "we",
	// which the quotation's own first word was capitalised before.
	words := append(append([]string(nil), subject...), present("say", isPlural(subject)), "“"+upperFirst(strings.TrimSpace(m[1]))+"”")
	return title{title: titleText(words), kind: "statement", subject: subject}, true
}

// quoteAfterColon titles a quotation that follows its speaker's colon by
// who says it: 'Emma Webber, Barnaby's mother, said: "Today, we have been
// let down."' is 'Emma Webber says “We have been let down”'. before is
// the sentence up to the quotation, clause the quotation without its
// date.
func quoteAfterColon(before, clause string) (title, bool) {
	speaker, ok := strings.CutSuffix(strings.TrimSpace(before), ":")
	if !ok || !opensWithQuote(clause) {
		return title{}, false
	}
	h, ok := parseHeadline(speaker)
	if !ok || !attributes(h) || h.passive || len(h.object) > 0 || !nounPhrase(h.subject) {
		return title{}, false
	}
	quote := strings.TrimRight(strings.Trim(strings.TrimSpace(clause), `"“”`), ".,")
	words := append(append([]string(nil), h.subject...), present("say", isPlural(h.subject)), "“"+upperFirst(quote)+"”")
	return title{title: titleText(words), kind: "statement", subject: h.subject}, true
}

// reportedContent titles a mention whose dated clause only attributes
// ("two officials told Reuters on Tuesday", "a spokesman told reporters on
// Tuesday:"): by what was reported. A quotation after a colon is what the
// actor says; otherwise the rest of the sentence is the news.
func reportedContent(m mention, attribution parsedHeadline, ix names) (title, bool) {
	text := m.text()
	after := strings.TrimSpace(text[m.clause.End:])
	if strings.HasSuffix(text[m.clause.Start:m.clause.End], ":") || strings.HasPrefix(after, ":") {
		quote := strings.TrimSpace(strings.TrimPrefix(after, ":"))
		if quote != "" {
			words := append(append([]string(nil), attribution.subject...), present("say", isPlural(attribution.subject)))
			return title{title: titleText(append(words, strings.Fields(quote)...)), kind: "statement", subject: attribution.subject}, true
		}
	}
	// "Analysts said on Thursday, before the strikes, that they
	// expected": what is reported after an aside set off by commas.
	if r := asideThenThat.FindStringSubmatch(after); r != nil && len(attribution.subject) > 0 {
		if h, ok := parseHeadline(strings.TrimRight(m.undatedClause(), ", ") + " that " + r[1]); ok {
			return title{title: h.title, kind: kindOf(h), subject: h.subject}, true
		}
	}
	before := strings.TrimRight(strings.TrimSpace(text[:m.clause.Start]), ",;:")
	// "A woman who was missing for 11 days has been found alive, police
	// said": a relative on the subject that closes before the verb goes.
	if rel, ok := closedRelative(before); ok {
		before = strings.Replace(before, " "+rel, "", 1)
	}
	// "The chain plans to close 40 stores, putting 2,000 jobs at risk, it
	// announced": so does a present participle's phrase that closes it.
	if k := strings.LastIndex(before, ", "); k > 0 && presentParticiple(firstWord(before[k+2:])) {
		before = before[:k]
	}
	if h, ok := parseHeadline(before); ok {
		// "The appeal will be heard on March 3, the supreme court said on
		// Wednesday": what is to come on a date of its own is an event of
		// that date; the saying's is the saying.
		if len(attribution.subject) > 0 && saidVerbs[attribution.verbBase] && !attributes(h) && strings.Contains(h.title, " will ") && datedReport(before) {
			return saidFirst(attribution, before, ix), true
		}
		// "Fuel to both engines was cut off within seconds of take-off, a
		// preliminary report said on Saturday": what was done before the
		// saying, which the date is, is told as said, in its own tense.
		// Not what figures show ("Trade grew 3.6%, data showed"), whose
		// publication is the news, nor a saying told in turn.
		if len(attribution.subject) > 0 && saidVerbs[attribution.verbBase] && !attributes(h) && pastReport(before, h) {
			return saidFirst(attribution, before, ix), true
		}
		return title{title: h.title, kind: kindOf(h), subject: h.subject}, true
	}
	// "The group had been considering a larger rise, sources told
	// Reuters last week": a pluperfect progressive stays with its
	// saying, which is told first, as when it is reported after it.
	// So is a relative set off on its subject, which goes: "The group,
	// which pumps half the world's oil, had been considering".
	if report := subjectRelativeAside.ReplaceAllString(before, "$1"); len(attribution.subject) > 0 && saidVerbs[attribution.verbBase] && pluperfectProgressive.MatchString(report) && clauseMark(report) < 0 {
		return saidFirst(attribution, report, ix), true
	}
	// "Lufthansa plans to cut 4,000 jobs, the airline said": a present
	// the verb lists do not know is already the headline's tense.
	if presentClause(before) && clauseMark(before) < 0 && !strings.ContainsAny(before, "\"“”") {
		return title{title: titleText(strings.Fields(before)), kind: "action"}, true
	}
	// "Sixteen people remain missing, the county sheriff said": a
	// clause the parser cannot read is told as written, with who said it.
	quoted := strings.ContainsAny(before, "\"“”`") || strings.HasPrefix(before, "'") || strings.HasPrefix(before, "‘")
	if len(attribution.subject) > 0 && clauseMark(before) < 0 && !quoted && len(strings.Fields(before)) >= 3 {
		f := strings.Fields(before)
		f[len(f)-1] += ","
		words := append(append(f, attribution.subject...), present(attribution.verbBase, isPlural(attribution.subject)))
		return title{title: titleText(words), kind: "statement", subject: attribution.subject}, true
	}
	return title{}, false
}

// datedReport reports whether what is reported names a time of its own
// when it happens, no bound of a span or deadline ("until April", "by the
// end of 2028"): "The appeal will be heard on March 3".
func datedReport(report string) bool {
	return slices.ContainsFunc(timex.Tag(report, time.Time{}), func(e timex.Expression) bool {
		return (e.Type == timex.TypeDate || e.Type == timex.TypeTime) && !strings.HasSuffix(e.Value, "_REF") && !spanBounds[lastWord(report[:e.Start])] &&
			!spanBounds[strings.ToLower(firstWord(e.Text))]
	})
}

// pluperfectProgressive is a clause's "had been" and a present
// participle: "had been considering".
var pluperfectProgressive = regexp.MustCompile(`\bhad\s+been\s+[a-z]+ing\b`)

// subjectRelativeAside is a relative set off by commas right after a
// clause's first words, its subject's: ", which pumps half the world's
// oil,".
var subjectRelativeAside = regexp.MustCompile(`^([^,]+), (?:which|who) [^,]+,`)

// saidVerbs are the verbs of a speaker's saying, and of a finding's
// report: "the worms began to move, the team reported in a study".
var saidVerbs = wordSet(`say tell add report`)

// withoutGerundLead drops the phrase a preposition and a gerund open
// before the subject, set off by a comma: "After being thawed in a
// laboratory," of what is said.
func withoutGerundLead(toks []string) []string {
	if len(toks) < 3 || !introPrepositions[strings.ToLower(toks[0])] || !presentParticiple(toks[1]) {
		return toks
	}
	for i, t := range toks[:len(toks)-1] {
		if strings.HasSuffix(t, ",") {
			return toks[i+1:]
		}
	}
	return toks
}

// pastReport reports whether the verb group of the clause h was parsed
// from opens in the past: "was cut off", "spent", "had fled"; not "has
// been found", "is", "will".
func pastReport(clause string, h parsedHeadline) bool {
	if len(h.subject) == 0 {
		return false
	}
	ws := strings.Fields(clause)
	k := slices.Index(ws, h.subject[len(h.subject)-1]) + 1
	for k > 0 && k < len(ws) && adverbInVerbGroup(ws[k]) {
		k++
	}
	if k <= 0 || k >= len(ws) {
		return false
	}
	w := strings.ToLower(bare(ws[k]))
	v, ok := verbOf(w)
	return w == "was" || w == "were" || w == "had" || ok && v.form == formPast
}

// saidFirst titles a report by who said it: "A preliminary report says
// fuel to both engines was cut off". The report's first word keeps its
// capital only as a name: one the story capitalises inside sentences, or
// the first of two capitalised words ("Émile Leroy"; not "Preliminary
// DNA tests").
func saidFirst(attribution parsedHeadline, report string, ix names) title {
	f := withoutGerundLead(withoutIntroPhrase(strings.Fields(report)))
	// "Neighbouring Shenzhen", "Former President Ma": a participle or
	// "former" before a name is no part of it.
	modifier := func(w string) bool {
		l := strings.ToLower(w)
		return len(l) > 5 && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed")) || l == "former"
	}
	if w := nameToken(f[0]); determiners[strings.ToLower(w)] || !ix.inner[w] && w != "I" && (modifier(w) || !(len(f) > 1 && isCapitalised(f[1]) && f[1] != strings.ToUpper(f[1]))) {
		r, n := utf8.DecodeRuneInString(f[0])
		f[0] = string(unicode.ToLower(r)) + f[0][n:]
	}
	verb := attribution.verbBase
	if verb == "tell" {
		verb = "say" // "officials told Reuters" → "Officials say"
	}
	subject := slices.Clone(attribution.subject)
	// "Neighbouring Shenzhen also recorded its heaviest rain, its weather
	// bureau said": the owner "its" names is the place or the body the
	// report is on.
	if len(subject) > 1 && possessivePronouns[strings.ToLower(subject[0])] == "it" {
		if h, ok := parseHeadline(report); ok && len(h.subject) > 0 {
			owner := h.subject
			if modifier(owner[0]) {
				owner = owner[1:]
			}
			if len(owner) > 0 && len(owner) <= 3 && allCapitalised(owner) {
				subject = append([]string{strings.Join(owner, " ") + "'s"}, subject[1:]...)
			}
		}
	}
	words := append(append(slices.Clone(subject), present(verb, isPlural(subject))), f...)
	return title{title: titleText(words), kind: "statement", subject: subject}
}

// bestTold picks the mention that tells an event best: a named actor
// doing the thing, in words central to all the reports, briefly; not an
// attribution ("the report adds that ...").
func bestTold(ms []mention, words map[string]bool, tt titleMemo) (mention, title) {
	var best mention
	var bestTitle title
	bestScore := 0.0
	for i, m := range ms {
		t := tt.of(m)
		score := overlap(m.contentWords(), words) * 4
		if h, ok := parseHeadline(m.undatedClause()); ok {
			score += 2
			if namesActor(h.subject) {
				score += 2
			}
			// "White heads a team that is investigating": the subject is
			// a guess, but one "who" follows is a person's name or title.
			if h.relative == "that" || h.relative == "which" {
				score -= 3
			}
			if lightVerbs[h.verbBase] {
				score-- // "takes the step of halting": the act is in the object
			}
			if attributionVerbs[h.verbBase] && t.kind == "statement" && strings.Contains(strings.ToLower(m.undatedClause()), " that ") {
				score -= 3
			}
		}
		// What was to happen tells an event less well than a report of
		// it once it had: "clinics will open on Thursday" against
		// "parents queued outside the clinics on Thursday".
		if foretold(m) && slices.ContainsFunc(ms, func(o mention) bool { return !foretold(o) }) {
			score -= 3
		}
		// "Gust of 98mph recorded", a live report's heading, is told
		// in full in its entry.
		if stampedHeading(m) {
			score--
		}
		// "With the finding of a buried rifle": a title that opens with
		// a preposition names no one who acted.
		if subjectPrepositions[strings.ToLower(firstWord(t.title))] {
			score -= 4
		}
		// A lead's first sentence is written to tell the news.
		if leadSentence(m) {
			score += 2
		}
		score -= float64(len(strings.Fields(t.title))) / 14
		if i == 0 || score > bestScore {
			best, bestTitle, bestScore = m, t, score
		}
	}
	return best, bestTitle
}

// entryMention reports whether a mention is dated by the label that
// opens its paragraph as a timeline's entry: "March 2019 - ".
func entryMention(m mention) bool {
	return m.sentence.Start == 0 && m.anchor.Start == 0 && m.anchor.End > 0 && entryMark.MatchString(m.text()[m.anchor.End:])
}

// presentBeforeAdjective reports whether a clause opens with a name, a
// verb in the third person and a past form before a bare plural noun,
// which is its adjective: "Harwick Water detects elevated levels".
func presentBeforeAdjective(clause string) bool {
	toks := strings.Fields(clause)
	i := 0
	for i < len(toks) && isCapitalised(toks[i]) {
		i++
	}
	return i > 0 && i+2 < len(toks) && thirdPersonS(toks[i]) && pastForm(toks[i+1]) && barePluralNoun(toks[i+2])
}

// presentReports reports whether the first present of a clause told in
// the present reports what follows it: "The High Court rules that the
// system contained bugs" tells what was ruled.
func presentReports(clause string) bool {
	ws := strings.Fields(clause)
	k := slices.IndexFunc(ws, thirdPersonS)
	return k > 0 && k+1 < len(ws) && (strings.EqualFold(ws[k+1], "that") || strings.EqualFold(ws[k+1], "to"))
}

// stampedHeading reports whether a mention is a live report's heading:
// a clock time and words with no closing mark, written as a headline is
// ("12:58 Rail services suspended").
func stampedHeading(m mention) bool {
	text := strings.TrimSpace(m.paragraph.Text)
	return m.sentence.Start == 0 && m.anchor.Start == 0 && m.anchor.End > 0 && m.anchor.Rule == clockOnPublicationDay &&
		text != "" && !strings.ContainsAny(text[len(text)-1:], `.!?"”'’`)
}

// leadSentence reports whether a mention is in the first sentence of its
// source's first body paragraph.
func leadSentence(m mention) bool {
	k := slices.IndexFunc(m.source.Paragraphs, func(p timeline.Paragraph) bool { return p.Role == timeline.RoleBody })
	if k < 0 || m.source.Paragraphs[k].Ordinal != m.paragraph.Ordinal {
		return false
	}
	// "LIMA, Peru (Reuters) - A magnitude 6.4 earthquake ...": the
	// sentence starts past the dateline.
	return strings.TrimSpace(m.paragraph.Text[:m.sentence.Start]) == "" || m.sentence.Start <= datelineEnd(m.paragraph.Text)
}

// foretold reports whether a mention tells of its event before it came:
// its source was published before the event's day.
func foretold(m mention) bool {
	return !m.source.Published.IsZero() && m.source.Published.Before(m.date.Start)
}

// lightVerbs carry little meaning of their own: the act is in their object
// ("take the step of halting", "make a decision to leave").
var lightVerbs = wordSet(`take make have give get`)

// attributionVerbs introduce someone else's report rather than an act; a
// court "hears" what is put to it ("The court heard that ...").
var attributionVerbs = wordSet(`add report note say tell write hear`)

// admissionVerbs tell what "that" reports as having happened: "admitted
// that data was stolen in June" dates the theft.
var admissionVerbs = wordSet(`admit concede disclose reveal`)

// reportsAsTold reports whether what h's verb reports is told as having
// happened: what is said, admitted, shown or found, not what is denied.
func reportsAsTold(h parsedHeadline) bool {
	return (attributes(h) || admissionVerbs[h.verbBase] || dataVerbs[h.verbBase] || verdictVerbs[h.verbBase]) && !denialVerbs[h.verbBase]
}

// denialVerbs report what someone says did not happen: "denied that
// troops crossed the border on Monday" is no crossing.
var denialVerbs = wordSet(`deny reject dismiss dispute`)

// verdictVerbs give a finding: after what was found ("X has lost its
// appeal, the tribunal ruled"), the finding is the event; "the judge ruled
// against them" is an event of its own.
var verdictVerbs = wordSet(`rule find conclude decide judge`)

// attributes reports whether a headline's verb attributes what is reported
// ("officials said", "a newspaper reported", and with no one named "it
// emerged") rather than acts.
func attributes(h parsedHeadline) bool {
	// "were called off", "was called up": a particle makes "call" no
	// saying.
	if h.verbBase == "call" && len(h.object) > 0 && callParticles[strings.ToLower(bare(h.object[0]))] {
		return false
	}
	// "The case was heard in April": what a court hears in the passive
	// is a case, not a report.
	if h.verbBase == "hear" && h.passive {
		return false
	}
	impersonal := h.verbBase == "emerge" && len(h.subject) == 1 && strings.EqualFold(h.subject[0], "it")
	return statementVerbs[h.verbBase] || attributionVerbs[h.verbBase] || impersonal
}

// callParticles turn "call" into another verb: "call off", "call up",
// "call in".
var callParticles = wordSet(`off up in`)

// namesActor reports whether a subject names someone: a capitalised word
// that is not just the sentence's first.
func namesActor(subject []string) bool {
	for i, t := range subject {
		if isCapitalised(t) && (i > 0 || !determiners[strings.ToLower(bare(t))]) {
			return true
		}
	}
	return false
}

var determiners = wordSet(`the a an this that these those its their his her`)

// finestDate is the most precise of the mentions' dates, the narrowest
// among equals, with the time of day they give (see withClock): reports
// of one event agree on it at different precisions.
func finestDate(ms []mention) timeline.Date {
	// An act told in the perfect on the day it was reported is dated by
	// a report of its own day, as lead news is.
	reportDay := func(m mention) bool { return m.date.Basis.Rule == reportedInLead || reportedPerfect(m) }
	best, bestLead := ms[0].date, reportDay(ms[0])
	for _, m := range ms[1:] {
		d, dLead := m.date, reportDay(m)
		switch r, b := precisionRank[d.Precision], precisionRank[best.Precision]; {
		case r < b, r == b && width(d) < width(best):
			best, bestLead = d, dLead
		case r == b && bestLead && !dLead:
			best, bestLead = d, dLead // a date the text gives beats a publication day
		case r == b && dLead && bestLead && d.Start.Before(best.Start):
			best, bestLead = d, dLead // news is dated by its first report
		}
	}
	return withClock(best, ms)
}

// withClock dates a day by the report that gives its time of day, the
// finest one ("3:30 p.m." before "afternoon"), when the reports agree on
// it; reports that give different times (often one time in two zones)
// leave the day without one.
func withClock(best timeline.Date, ms []mention) timeline.Date {
	if best.Precision != timeline.PrecisionDay || best.Modifier != timeline.ModNone {
		return best
	}
	// "11:20 Gust of 98mph recorded" posted what "was recorded at 09:00"
	// tells: a live report's stamp yields to a time the text gives.
	told := slices.ContainsFunc(ms, func(m mention) bool { return m.date.Clock != "" && !stampedHeading(m) })
	var timed *timeline.Date
	for i := range ms {
		d := &ms[i].date
		if d.Clock == "" || d.Modifier != timeline.ModNone || !d.Start.Equal(best.Start) || !d.End.Equal(best.End) || told && stampedHeading(ms[i]) {
			continue
		}
		switch {
		case timed == nil:
			timed = d
		case !timeline.ClocksAgree(timed.Clock, d.Clock):
			best.Clock = ""
			return best
		case timeline.IsDayPart(timed.Clock) && !timeline.IsDayPart(d.Clock):
			timed = d
		}
	}
	if timed == nil {
		return best
	}
	return *timed
}

func width(d timeline.Date) time.Duration {
	start, end := bounds(d)
	return end.Sub(start)
}
