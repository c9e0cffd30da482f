package ingest

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/timex"
)

// mention is one sentence of one source that reports a dated event.
type mention struct {
	source    timeline.Source
	paragraph timeline.Paragraph
	sentence  span // bytes of paragraph.Text
	// clause is the part of the sentence the date belongs to, in bytes of
	// the sentence.
	clause span
	anchor timex.Expression // offsets in bytes of the sentence
	date   timeline.Date
	// subject, when set, is the subject the clause shares with the one
	// before it, which it follows after "and" or a comma: "Palmer was" for
	// "charged in September" in "Palmer was arrested in May and charged
	// in September". subjectAt is where the clause it shares it with
	// starts, what a pronoun subject is named from.
	subject   string
	subjectAt int
}

// reportingProcess matches sentences about the reporting itself, which are
// never events: "did not respond to a request for comment"; and appeals to
// readers ("Anyone with information is asked to call 101, quoting log 1423
// of 22 November").
var reportingProcess = regexp.MustCompile(`(?i)\b((anyone|anybody) with (any )?information|declined to comment|did not (immediately )?(respond|reply|return (\w+ ){0,2}(calls?|messages?|requests?|e-?mails?|inquiries|enquiries))|could not (immediately )?be reached|no immediate (response|reply|comment)|request for comment|requests for comment|welcome to (our|the) (live|continuing|rolling) (coverage|updates|blog|reporting))\b`)

// inAsideBefore keeps the dates inside a relative set off by commas that
// closes before offset end.
func inAsideBefore(text string, dates []timex.Expression, end int) []timex.Expression {
	var out []timex.Expression
	for _, a := range commaRelative.FindAllStringIndex(text[:end], -1) {
		for _, e := range dates {
			if a[0] < e.Start && e.End < a[1] {
				out = append(out, e)
			}
		}
	}
	return out
}

// commaRelative is a relative clause set off by commas.
var commaRelative = regexp.MustCompile(`, (?:who|which) [^,;:]+,`)

// greeting matches a sentence that only greets the reader, perhaps after
// a live report's stamp: "07:45 - Good morning."
var greeting = regexp.MustCompile(`(?i)^\W*(?:\d{1,2}[:.]\d\d\s*[-–—:]?\s*)?(?:good (?:morning|afternoon|evening)|hello)(?: again| everyone| all)?\W*$`)

// findMentions returns the sentences of a source's headline and body that
// carry a date expression resolving to calendar days. Captions, subheadings
// and furniture are never mined: a file photo's date dates no event, and
// neither does a wire dateline's. The article is tagged whole (tags, from
// tagParagraphs), so "two days later" can take its date from an earlier
// sentence or paragraph.
func findMentions(src timeline.Source, tags [][]timex.Expression) []mention {
	var out []mention
	leads := 0 // body paragraphs seen: the first two are the lead
	// A live report's clock times are of its publication day throughout.
	live := false
	stamped := make([]bool, len(src.Paragraphs))
	for pi, p := range src.Paragraphs {
		e, ok := entryDate(p.Text, tags[pi])
		stamped[pi] = ok && e.Rule == clockOnPublicationDay
		live = live || stamped[pi]
	}
	for pi, p := range src.Paragraphs {
		// "09:30 Schools closed": a live report's stamped heading is
		// news, however short.
		if !mined(p) && !(live && p.Role == timeline.RoleSubheading && stamped[pi]) {
			continue
		}
		if p.Role == timeline.RoleBody {
			leads++
		}
		expressions := tags[pi]
		sentences := splitSentences(p.Text)
		// "9.40am: National Highways says the A66 has been closed": a
		// live report's entry, labelled with a clock time, is of the day
		// it was published, as are the clock times it goes on with.
		entry, isEntry := entryDate(p.Text, expressions)
		liveEntry := isEntry && entry.Rule == clockOnPublicationDay
		// Only a lead opens with a dateline: "WASHINGTON, Nov 12 (Reuters) - ".
		// Some wires put it on a line of its own, which may pass for a
		// headline; the lead follows it.
		dateline := datelineEnd(p.Text)
		if dateline > 0 && leads <= 2 && strings.TrimSpace(p.Text[dateline:]) == "" {
			if p.Role == timeline.RoleBody {
				leads--
			}
			continue
		}
		// "CHICO, Calif. (AP) — ": a dateline may hold what reads as a
		// sentence's end; the sentences it spans are one with the lead.
		if p.Role == timeline.RoleBody && leads <= 2 && dateline > 0 {
			for len(sentences) > 1 && dateline >= sentences[0].End {
				sentences[1].Start = sentences[0].Start
				sentences = sentences[1:]
			}
			if len(sentences) > 0 && dateline < sentences[0].End {
				sentences[0].Start = dateline
			}
		}
		for i, s := range sentences {
			text := p.Text[s.Start:s.End]
			if greeting.MatchString(text) {
				continue
			}
			from := len(out) // this sentence's mentions start here
			dates := within(expressions, s)
			// "The owner, who bought the business in 2019, could not be
			// reached for comment": of a sentence about the reporting only
			// a relative aside tells news.
			if k := reportingProcess.FindStringIndex(text); k != nil {
				if dates = inAsideBefore(text, dates, k[0]); len(dates) == 0 {
					continue
				}
			}
			text, dates = withoutAttributionAsides(text, dates)
			if p.Role == timeline.RoleHeadline {
				dates = slices.DeleteFunc(dates, func(e timex.Expression) bool { return headlineNounDate(text, e) })
			}
			if unattributedQuote(text) {
				dates = withoutSpeakersDay(dates)
			}
			content := contentDates(text, pointsInTime(text, dates, src.Published))
			if (p.Role != timeline.RoleBody || leads > 2) && !live {
				content = withoutDayOfPublication(content)
			}
			content = withoutQuotedClocks(text, content)
			// "09:32 A spokesperson says crews rescued four people ...
			// shortly after 6am": a live report's stamp dates the report;
			// a date before the entry's first comma dates what it reports,
			// unless it bounds a span ("has issued a warning from 06:00
			// until 21:00", "is expected to clear by Thursday"). After a
			// comma it is another clause's ("Bram is the second named
			// storm, after Storm Amy brought gusts ... on 3 October").
			stampEnd := 0 // where the text after a stamp no longer dating it starts
			if at := entry.End - s.Start; liveEntry && at >= 0 && at <= len(text) {
				after := at + len(text[at:]) - len(strings.TrimLeft(text[at:], " -–—:"))
				own := slices.DeleteFunc(slices.Clone(content), func(e timex.Expression) bool {
					if e.Start < after || strings.ContainsAny(text[after:e.Start], ",;:") {
						return true
					}
					lead := strings.Fields(strings.ToLower(text[after:e.Start]))
					n := len(lead)
					return n > 0 && (spanBounds[lead[n-1]] || lead[n-1] == "between") && (n < 2 || !pointHedges[lead[n-2]]) // not "shortly after 6am"
				})
				if _, found := finestAnchored(own); found {
					content, stampEnd = own, after
				}
			}
			anchor, ok := finestAnchored(content)
			// "The order comes three weeks after a rival announced
			// plans": the rival's act is dated from publication.
			if now, found := comesOn(text, dates, src.Published); found {
				out = append(out, offsetMentions(src, p, s, text, dates, now)...)
			}
			// "could feature in this month's Budget, due on 26 November.":
			// what closes the sentence due on a date the clause before
			// cannot take is an event of its own.
			for _, e := range dates {
				if c, found := dueAside(text, e); found && e.Anchored() {
					out = append(out, mention{source: src, paragraph: p, sentence: s, clause: c, anchor: e, date: dateOf(e, src)})
				}
			}
			if !ok && src.Published.IsZero() {
				// Without a publication date "on Tuesday" dates nothing:
				// keep the event, undated, rather than guess.
				if e, found := unresolved(dates); found {
					out = append(out, undatedMention(src, p, s, e))
				}
				continue
			}
			if !ok {
				// A duration or a set dates nothing: "has been fined £90m
				// for dumping sewage over a seven-year period" is news,
				// but not what has gone on for a time ("For years, the
				// port has handled ...").
				// Nor does a deadline still ahead, or the period a figure
				// is for: "will close 60 of its 142 stores by the end of
				// April ... after reporting a loss for the year to
				// December" is news of the day. Nor a plan called off: "A
				// strike planned for next week has been called off".
				// Nor a plan set off on the object, a bound after a rank or
				// the day of a noun a possessive date names.
				if p.Role == timeline.RoleBody && leads <= 2 && i == 0 && !slices.ContainsFunc(dates, func(e timex.Expression) bool {
					cuts := clauseCuts(text)
					return datesSomething(e) && !deadlineAhead(text, e, src.Published) && !periodFor.MatchString(text[:e.Start]) && !calledOffPlan(text, cuts, e) && !objectPlan(text, cuts, e) && !rankedSince(text, cuts, e) && !possessedBeforePerfect(text, cuts, e) || lasting(text, e)
				}) {
					if m, ok := leadNews(src, p, s, leads == 1); ok {
						out = append(out, m)
						// "has cancelled her tour, two weeks after she
						// collapsed on stage": what the news came a
						// measure after is dated from its day.
						now := timex.Expression{Start: m.anchor.Start, End: m.anchor.Start, Type: timex.TypeDate, First: src.Published, Last: src.Published, Granularity: timex.GranDay}
						out = append(out, offsetMentions(src, p, s, text, dates, now)...)
					}
				}
				// "January 2024: The chief executive steps down. His
				// deputy takes over.": an entry's later sentences are
				// of its date.
				if e, ok := entryDate(p.Text, expressions); ok && i > 0 && len(dates) == 0 && (hasClauseVerb(text) || presentClause(text) || presentBeforePreposition(text)) && !opensWithQuote(text) {
					out = append(out, mention{source: src, paragraph: p, sentence: s, clause: trimSpan(text, 0, len(text)), anchor: timex.Expression{}, date: dateOf(e, src)})
				}
				continue
			}
			// "was published in Norwegian in 2022 and in English last
			// May": the first of phrases a gap lists goes first, however
			// coarse; the later are told with its verb (see
			// gappedPredicate).
			for _, e := range content {
				if e.Start >= anchor.Start || !e.Anchored() {
					continue
				}
				if _, listed := gappedPredicate(text, clauseOf(text, e.Start, e.End), e, anchor, e.End, ""); listed {
					anchor = e
					break
				}
			}
			// "Born in London in 1934, Goodall had no degree when she
			// arrived in July 1960": the opening phrase's date goes first,
			// however coarse; the main clause's are left to it.
			for _, e := range content {
				if _, _, opens := openingPhrase(text, e); opens && e.Anchored() && e.Start < anchor.Start {
					anchor = e
					break
				}
			}
			// "said it would begin talks next year, with a submission
			// planned for the first quarter of 2026": a date in a phrase
			// "with" sets off at the end is the phrase's; the main
			// clause's own goes first, however coarse.
			if k := strings.LastIndex(text[:anchor.Start], ", with "); k >= 0 && absolutePhrase(text[k+len(", with "):anchor.Start]) {
				if own, found := finestAnchored(slices.DeleteFunc(slices.Clone(content), func(e timex.Expression) bool { return e.End > k })); found {
					anchor = own
				}
			}
			// "Dec. 2020 - Stone is arrested under the security law, which
			// took effect on June 30 that year": an entry's label dates
			// its first sentence however coarse; a finer date is another
			// clause's.
			entryLabel := func(e timex.Expression) bool {
				return isEntry && !liveEntry && e.Start == entry.Start-s.Start && e.End == entry.End-s.Start
			}
			if k := slices.IndexFunc(content, entryLabel); k >= 0 {
				anchor = content[k]
			}
			clause := clauseOf(text, anchor.Start, anchor.End)
			// "A man died after a tree fell on his van on Saturday": the
			// main clause, with no date of its own, is the news the date
			// tells of, as with "when" (see clauseOf).
			// Only a day's: "The justices acted after two lower courts
			// ruled in May" acted months later.
			if k := mainBeforeAfter(text, clause); k >= 0 && anchor.Granularity == timex.GranDay && !slices.ContainsFunc(content, func(e timex.Expression) bool { return e.Start >= k && e.End <= clause.Start }) {
				clause.Start = k
			}
			// "Two skiers were killed and a third was seriously injured on
			// Tuesday": so is a bare passive "and" joins the dated clause
			// to.
			if k := passiveBeforeAnd(text, clause); k >= 0 {
				clause.Start = k
			}
			clause.Start = max(clause.Start, stampEnd)
			// "The ship sank two days after leaving port on Sunday": the
			// sinking is dated from Sunday, which dates the leaving; "The
			// vote came two weeks after May 3" dates nothing else.
			if d, main, act, ok := measuredFrom(text, dates, anchor, clause); ok {
				out = append(out, mention{source: src, paragraph: p, sentence: s, clause: main, anchor: timex.Expression{Start: main.End, End: main.End}, date: dateOf(d, src)})
				if !act {
					continue
				}
				clause.Start = max(clause.Start, strings.LastIndexByte(d.Text, ' ')+d.Start+1)
			}
			// "had set Thursday, Thanksgiving Day, as a deadline": the
			// clause goes on past the date's appositive.
			if f := strings.Fields(text[:anchor.Start]); len(f) > 0 && setAsVerbs[f[len(f)-1]] {
				if m := setAs.FindStringIndex(text[anchor.End:]); m != nil {
					clause.End = max(clause.End, clauseOf(text, anchor.End+m[1], anchor.End+m[1]).End)
				}
			}
			// "1999 - The Horizon IT system, made by Fujitsu, is rolled
			// out": the date that labels a timeline's entry dates its
			// first sentence up to a semicolon ("A truce begins; 105
			// hostages are freed"). A live report's clock labels a
			// report whose attribution may follow: its clause is found
			// as any other's.
			if entryLabel(anchor) {
				end := len(text)
				if k := strings.IndexByte(text[anchor.End:], ';'); k >= 0 {
					end = anchor.End + k
				}
				// A relative with a date of its own is that date's: ",
				// which took effect on June 30 that year", "a cracked pipe
				// that allowed runoff ... after heavy rain in late October".
				for _, e := range content {
					if e.Start > anchor.End && e.Start < end {
						if k := relativeOpening.FindAllStringIndex(text[anchor.End:e.Start], -1); k != nil {
							end = anchor.End + k[len(k)-1][0]
						} else if k := pastThatRelative(text[anchor.End:e.Start]); k >= 0 {
							end = anchor.End + k
						}
					}
				}
				clause = trimSpan(text, anchor.Start, end)
			}
			// "“We disagree with the ruling announced today,” its lawyer
			// said": a date in the quotation that opens the sentence goes
			// with the whole of it, which says who spoke.
			if opensWithQuote(text) && inQuotation(text, anchor.Start) && quoteFirstRe.MatchString(text) {
				clause = span{0, len(text)}
			}
			// "was arrested on Monday and charged on Friday": a second
			// predicate is an event of its own, and each predicate ends
			// where the next is joined on.
			predicates := []mention{{source: src, paragraph: p, sentence: s, clause: clause, anchor: anchor, date: dateOf(anchor, src)}}
			// "Born in Dublin in 1941, Quinn moved to Australia in 1965":
			// an opening participle's phrase with a date of its own tells
			// of the main clause's subject, which the main clause's own
			// dates are left to.
			opening := 0
			if phrase, subject, ok := openingPhrase(text, anchor); ok {
				clause, opening = phrase, phrase.End
				predicates[0].clause, predicates[0].subject, predicates[0].subjectAt = phrase, subject, phrase.End
			}
			// "had won his previous 20 matches, including the Australian
			// Open in January": a date on what "including" names at the
			// end dates that alone, told with the clause's verb.
			// The phrase may stand before a second predicate, which
			// leaves it a clause of its own: ", including the Queen's
			// Club title in June, and was bidding".
			whole := clause
			if firstWord(text[clause.Start:]) == "including" && predicateGoesOn(text[anchor.End:clause.End]) {
				whole.Start = 0
			}
			if phrase, subject, ok := includedDated(text, whole, anchor); ok && predicates[0].subject == "" {
				predicates[0].clause, predicates[0].subject, predicates[0].subjectAt = phrase, subject, clause.Start
			}
			var firstDate *timex.Expression
			if second, subject, first, ok := datedPredicate(text, clause, anchor, content); ok {
				predicates[0].clause, predicates[0].subject, predicates[0].subjectAt = second, subject, clause.Start
				if first != nil {
					firstDate = first
					predicates = append(predicates, mention{source: src, paragraph: p, sentence: s, clause: span{Start: clause.Start, End: second.Start - len(" and ")},
						anchor: *first, date: dateOf(*first, src)})
				}
			}
			// "will join the squad in January, when the window reopens,
			// and could make his debut on Jan. 11": a predicate after
			// an aside shares the subject before it.
			if predicates[0].subject == "" {
				if c, subject, ok := joinedAfterAside(text, predicates[0].clause); ok {
					predicates[0].clause, predicates[0].subject, predicates[0].subjectAt = c, subject, c.Start
				} else if c, subject, ok := joinedAfterDate(text, predicates[0].clause, anchor); ok {
					predicates[0].clause, predicates[0].subject, predicates[0].subjectAt = c, subject, c.Start
				}
			}
			// "The man arrested on Monday appeared in court on Wednesday":
			// the subject's relative and the verb each have their day.
			if predicates[0].subject == "" && len(predicates) == 1 {
				if r, ok := datedSubjectRelative(text, clause, content); ok {
					predicates[0].clause, predicates[0].subject, predicates[0].subjectAt = span{r.verbAt, clause.End}, r.subject, clause.Start
					predicates[0].anchor, predicates[0].date = r.main, dateOf(r.main, src)
					anchor, firstDate = r.main, &r.relative
					if !r.plan {
						predicates = append(predicates, mention{source: src, paragraph: p, sentence: s, clause: clause, anchor: r.relative, date: dateOf(r.relative, src)})
					}
				}
			}
			others := content[:0:0]
			listed, whole := false, predicates[0].clause // a list of gapped phrases, and the clause it is in
			for _, e := range content {
				if firstDate != nil && e.Start == firstDate.Start {
					continue
				}
				// "was delayed twice, first in September and again in
				// December": the second time is an event of its own,
				// told as the first.
				// So is "was launched that evening but was called off on
				// Saturday and again on Sunday", told as the predicate
				// before it.
				last := &predicates[len(predicates)-1]
				if both, ok := repeatedDate(text, last.anchor, e); ok {
					last.anchor, last.clause.Start, last.clause.End = both, min(last.clause.Start, both.Start), max(last.clause.End, both.End)
					// "and again on Monday because of high winds": the
					// second time's cause is none of the first's.
					if r := reasonPhrase.FindStringIndex(text[both.End:]); r != nil && strings.TrimSpace(text[both.End:both.End+r[0]]) == "" {
						last.clause.End = both.End
					}
					again := *last
					again.date = dateOf(e, src)
					predicates = append(predicates, again)
					continue
				}
				second, join, subject, ok := secondPredicate(text, clause, anchor, e)
				// "ruled in August that Google is a monopolist and in
				// September ordered it to share data": a predicate may open
				// with its own date after the main one.
				if !ok && join == 0 && e.Start > anchor.End && e.End <= clause.End {
					if p, shared, _, found := dateFirstPredicate(text, clause, e, content); found && p.Start > anchor.End {
						second, join, subject, ok = p, p.Start-len(" and "), shared, true
					}
				}
				// "Sales rose 3% in May and 5% in June": a second phrase
				// with its own date shares the verb before the first.
				// "Hama fell on Thursday and Homs on Saturday night": so
				// does a second subject.
				if subject, gapped := gappedSubject(text, predicates[0].clause, anchor, e); !ok && join == 0 && gapped && len(predicates) == 1 && predicates[0].subject == "" {
					predicates[0].clause.End = anchor.End
					predicates = append(predicates, mention{source: src, paragraph: p, sentence: s, clause: span{e.Start, e.End}, anchor: e, date: dateOf(e, src),
						subject: subject, subjectAt: predicates[0].clause.Start})
					continue
				}
				from := anchor.End
				if len(predicates) > 1 && listed {
					from = predicates[len(predicates)-1].anchor.End
				}
				// "was appointed in April 2022 and led the club to the
				// League Cup in 2023 and the FA Cup in May": so does one
				// after the verb of a predicate "and" joined on.
				if last := predicates[len(predicates)-1]; !ok && join == 0 && !listed && len(predicates) > 1 && last.subject != "" {
					if g, gapped := gappedPredicate(text, span{last.clause.Start, whole.End}, last.anchor, e, last.anchor.End, last.subject); gapped {
						predicates[len(predicates)-1].clause.End = last.anchor.End
						predicates = append(predicates, mention{source: src, paragraph: p, sentence: s, clause: g.phrase, anchor: e, date: dateOf(e, src),
							subject: g.shared, subjectAt: last.subjectAt})
						continue
					}
				}
				if g, gapped := gappedPredicate(text, whole, anchor, e, from, ""); !ok && join == 0 && gapped && (len(predicates) == 1 || listed) && predicates[0].subject == "" {
					listed = true
					c := predicates[0].clause
					predicates[0].clause.End = anchor.End
					if g.subject != "" {
						predicates[0].clause.Start, predicates[0].subject, predicates[0].subjectAt = g.verb, g.subject, c.Start
					}
					predicates = append(predicates, mention{source: src, paragraph: p, sentence: s, clause: g.phrase, anchor: e, date: dateOf(e, src),
						subject: g.shared, subjectAt: c.Start})
					continue
				}
				// "A newspaper revealed on Friday that the minister had been
				// convicted of a fraud offence in 2014": what an admission or
				// a disclosure dated on its own day makes known has its own
				// date too.
				if k, found := disclosedAfter(text, clause, anchor, e); !ok && join == 0 && found {
					predicates = append(predicates, mention{source: src, paragraph: p, sentence: s, clause: span{k, clause.End}, anchor: e, date: dateOf(e, src)})
					continue
				}
				if !ok {
					if join > 0 { // the date is a "when" clause's
						for k := range predicates {
							predicates[k].clause.End = min(predicates[k].clause.End, join)
						}
					}
					others = append(others, e)
					continue
				}
				// "charged in court in November two years later": a second
				// date in a predicate already found dates no other, and
				// ending it, is no part of what happened.
				if k := slices.IndexFunc(predicates, func(m mention) bool { return m.clause.Start >= join }); k >= 0 {
					if c := &predicates[k].clause; c.Start <= e.Start && e.End <= c.End && strings.Trim(text[e.End:c.End], " .,;:") == "" {
						c.End = withoutDateLead(text, c.Start, e.Start)
					}
					continue
				}
				for k := range predicates {
					predicates[k].clause.End = min(predicates[k].clause.End, join)
				}
				// "but have stood largely empty since Italian judges ruled
				// in November that the detention was unlawful": a "since"
				// clause with a subject and a past verb of its own, which
				// the date ends, tells its own act; so does one of "before",
				// "after", "when" or "until": "and raised $700 million
				// before the company shut down in 2024".
				if k := lastTimeConjunction(text[second.Start:e.Start]); k >= 0 {
					rest := text[e.End:second.End]
					if strings.HasPrefix(strings.TrimLeft(rest, " "), "that ") {
						rest = ""
					}
					if subordinateEvent(text[second.Start+k+1:e.Start], rest) {
						second.Start, subject = second.Start+k+1, ""
					}
				}
				predicates = append(predicates, mention{source: src, paragraph: p, sentence: s, clause: second, anchor: e, date: dateOf(e, src), subject: subject, subjectAt: clause.Start})
			}
			for k := range predicates {
				c := &predicates[k].clause
				c.End = laterStateJoin(text, *c, predicates[k].anchor)
				c.End = andClauseJoin(text, *c, predicates[k].anchor)
				c.End = datedPredicateJoin(text, *c, predicates[k].anchor, dates)
				// An attribution aside blanked before the next predicate
				// is no part of this one.
				for c.End > c.Start && text[c.End-1] == ' ' {
					c.End--
				}
			}
			mainAt := len(out)
			out = append(out, predicates...)
			// "began on Saturday, a week after a missile strike killed 19
			// people": the strike is dated from Saturday.
			for _, o := range offsetEvents(text, dates, anchor, src.Published) {
				m := mention{source: src, paragraph: p, sentence: s, clause: o.clause, anchor: timex.Expression{Start: o.clause.Start, End: o.clause.Start}, date: dateOf(o.date, src)}
				if o.gerund {
					// "... on Friday, five days after winning the race":
					// the main clause's subject won it.
					subject := openingSubject(strings.Fields(text[clause.Start:anchor.Start]))
					if len(subject) == 0 || !nounPhrase(subject) {
						continue
					}
					w := firstToken(text[o.clause.Start:])
					m.subject = strings.Join(append(slices.Clone(subject), present(gerundBase(w), isPlural(subject))), " ")
					m.clause.Start += len(w) + 1
					m.anchor.Start, m.anchor.End, m.subjectAt = m.clause.Start, m.clause.Start, clause.Start
				}
				out = append(out, m)
			}
			prev := -1 // the mention of the last other date, in out
			for _, d := range otherClauseDates(text, others, anchor, clause, opening > 0, src.Published) {
				e, c := d.date, d.clause
				c.Start = max(c.Start, opening)
				// "was charged on Monday with the murder of a man on 3
				// May": the crime's date, which ends the main clause, is
				// no part of the charge's.
				for k := mainAt; k < mainAt+len(predicates) && chargedNoun.MatchString(text[:e.Start]); k++ {
					if m := &out[k].clause; out[k].anchor.End <= e.Start && e.End <= m.End && strings.Trim(text[e.End:m.End], " .,;:!?") == "" {
						m.End = withoutDateLead(text, m.Start, e.Start)
					}
				}
				// "The festival opens on Friday, with screenings beginning
				// on Saturday": the main clause ends before the phrase.
				for k := mainAt; d.absolute && k < mainAt+len(predicates); k++ {
					if m := &out[k].clause; m.Start < c.Start && c.Start < m.End && out[k].anchor.End <= c.Start {
						m.End = m.Start + len(strings.TrimRight(text[m.Start:c.Start], " ,"))
					}
				}
				// "lost a power struggle in the early 2000s, left politics
				// in 2009": a predicate listed after the other date's
				// comma shares its subject.
				for k := mainAt; k < mainAt+len(predicates); k++ {
					mm := &out[k]
					rest := text[c.End:max(c.End, mm.anchor.Start)]
					if mm.subject != "" || mm.clause.Start > c.Start || !strings.HasPrefix(rest, ", ") || !pastVerbOpens(rest[2:]) || participlePhrase(rest[2:]) || !listedPredicate(text, c.Start, c.End) {
						continue
					}
					f := strings.Fields(rest[2:])
					v, _ := verbOf(bare(f[0]))
					if subject, ok := sharedSubject(text[c.Start:c.End], bare(f[0]), v, bare(wordAfter(f))); ok {
						mm.clause.Start, mm.subject, mm.subjectAt = c.End+2, subject, c.Start
					}
				}
				// "was charged in March following an investigation that
				// began in 2021": the main clause ends before a relative
				// the other date makes an event of its own.
				for k := mainAt; k < mainAt+len(predicates); k++ {
					mm := &out[k]
					if mm.anchor.End > e.Start || e.Start >= mm.clause.End {
						continue
					}
					if _, ok := thatRelative(text[mm.clause.Start:e.Start], text[e.End:]); ok {
						if t := strings.LastIndex(text[mm.anchor.End:e.Start], " that "); t >= 0 {
							mm.clause.End = mm.anchor.End + t
						}
					}
				}
				// "served a ban earlier this year after testing positive in
				// March 2024": the main date's event is the participle's
				// phrase of time after the other date's clause.
				for k := mainAt; k < mainAt+len(predicates); k++ {
					mm := &out[k]
					// Not one a comma closes before the main clause's verb:
					// "Kirby, who was released in January after serving a
					// sentence, was arrested on March 7".
					if mm.clause.Start <= c.Start && c.End <= mm.anchor.Start && gerundOpens(text[c.End:mm.anchor.Start]) && !strings.Contains(text[c.End:mm.anchor.Start], ",") {
						mm.clause.Start = c.End + len(text[c.End:mm.anchor.Start]) - len(strings.TrimLeft(text[c.End:mm.anchor.Start], " "))
					}
				}
				c.End = laterStateJoin(text, c, e)
				m := mention{source: src, paragraph: p, sentence: s, clause: c, anchor: e, date: dateOf(e, src)}
				// "Born in Glasgow in 1941, she studied at Cambridge and
				// joined the bank in 1965": the predicate the date ends
				// is the event, as the main date's is.
				// "The bank ended fees in 2022, and last year paid a
				// fine": so is one after the main date's predicate,
				// which ends before it.
				// So is one after a first that counts what was done more
				// than once, in a relative on an appositive: "Terry Mason,
				// the Liverpool defender who won four league titles and
				// captained England at the 1982 World Cup, has died" is
				// Mason's captaincy.
				if second, subject, first, ok := datedPredicate(text, c, e, content); ok && first == nil && (opening > 0 || countedObject(text[c.Start:second.Start-len(" and ")])) {
					if name := nameBeforeComma(strings.Fields(text[:c.Start])); name != nil && determiners[strings.ToLower(firstWord(subject))] {
						subject = strings.Join(name, " ")
					}
					m.clause, m.subject, m.subjectAt = second, subject, c.Start
				} else if second, subject, first, ok := dateFirstPredicate(text, c, e, content); ok && first != nil && first.Start == anchor.Start {
					m.clause, m.subject, m.subjectAt = second, subject, c.Start
				}
				// "Born in 1941, Cheney was elected in 1978 and served
				// during the 1991 Gulf War": the main clause's predicates
				// are split as the first clause's are.
				// Not past the main date between them: "The outbreak, ...
				// since the disease was discovered in 1976, was declared
				// on Sept. 4 after a pregnant woman died on Aug. 25".
				// "..., which hosted the final in 2014 and a match in 2020":
				// so are the phrases a verb takes, each with its date.
				gapped := false
				if prev >= 0 && !(out[prev].anchor.End <= anchor.Start && anchor.End <= e.Start) {
					if g, ok := gappedPredicate(text, out[prev].clause, out[prev].anchor, e, out[prev].anchor.End, ""); ok && g.subject == "" {
						out[prev].clause.End = out[prev].anchor.End
						m.clause, m.subject, m.subjectAt, gapped = g.phrase, g.shared, out[prev].clause.Start, true
					}
				}
				if prev >= 0 && !gapped && !(out[prev].anchor.End <= anchor.Start && anchor.End <= e.Start) {
					if second, join, subject, ok := secondPredicate(text, out[prev].clause, out[prev].anchor, e); ok {
						out[prev].clause.End = min(out[prev].clause.End, join)
						m.clause, m.subject, m.subjectAt = second, subject, out[prev].clause.Start
					}
				}
				out = append(out, m)
				prev = len(out) - 1
			}
			// "Police have arrested a man who robbed a bank in 2019": a
			// lead whose dates are all a relative's on the perfect's
			// object still tells the day's news, up to the relative.
			// So does one whose dates are all a later clause's: "A strike
			// planned for next week has been called off after the union
			// reached a deal late on Thursday".
			if p.Role == timeline.RoleBody && leads <= 2 && i == 0 && len(out) > from {
				if m, ok := leadNews(src, p, s, false); ok {
					r := relativeBefore(text, m.anchor.End, out[from:])
					if r == 0 {
						r = clausesAfter(text, m.anchor.End, out[from:])
					}
					if r > 0 {
						m.clause.End = r
						out = append(out, m)
					} else if relativesBefore(text, m.anchor.Start, out[from:]) {
						out = append(out, m)
					}
				}
			}
		}
	}
	at := make(map[int]int, len(src.Paragraphs)) // a paragraph's place by its ordinal
	for pi, p := range src.Paragraphs {
		at[p.Ordinal] = pi
	}
	for i := range out {
		es := tags[at[out[i].paragraph.Ordinal]]
		out[i].date = lengthEndedBy(out[i], spannedTo(out[i], boundedAfterNoun(out[i]), es), es)
	}
	return out
}

// spannedTo is d, m's date, run on to the end of the span its anchor
// opens after "between" or "from": "between 2017 and 2021" is 2017–2021,
// "from March to May" March–May. es are the dates of m's paragraph.
func spannedTo(m mention, d timeline.Date, es []timex.Expression) timeline.Date {
	text := m.paragraph.Text
	start, end := m.sentence.Start+m.anchor.Start, m.sentence.Start+m.anchor.End
	opener := spanOpener.FindStringIndex(text[m.sentence.Start:start])
	if m.anchor.End <= m.anchor.Start || d.Modifier != timeline.ModNone || d.Clock != "" || d.Start.IsZero() || opener == nil {
		return d
	}
	k := slices.IndexFunc(es, func(e timex.Expression) bool { return e.Start >= end })
	if k < 0 || !spanLink.MatchString(text[end:es[k].Start]) {
		return d
	}
	last := es[k]
	p, ok := precisions[last.Granularity]
	if !ok || last.Mod != "" || last.Type != timex.TypeDate || !last.First.After(d.End) || p != d.Precision {
		return d
	}
	d.End = last.Last
	d.Basis.Expression = text[m.sentence.Start+opener[0] : last.End]
	return d
}

// lengthEndedBy is d, m's date, run back over the length its anchor ends:
// "Revenue fell 18% in the three months to June 30" tells of April to
// June, not of the last day; "the six months ended Aug. 31" of March to
// August. A length of months or years that ends with a month is told in
// months, any other in days.
func lengthEndedBy(m mention, d timeline.Date, es []timex.Expression) timeline.Date {
	text := m.paragraph.Text
	start := m.sentence.Start + m.anchor.Start
	if m.anchor.End <= m.anchor.Start || d.Modifier != timeline.ModNone || d.Clock != "" || d.Start.IsZero() || !d.Start.Equal(d.End) && d.Precision == timeline.PrecisionDay ||
		d.Precision != timeline.PrecisionDay && d.Precision != timeline.PrecisionMonth {
		return d
	}
	loc := lengthEnding.FindStringIndex(text[m.sentence.Start:start])
	if loc == nil {
		return d
	}
	k := slices.IndexFunc(es, func(e timex.Expression) bool { return e.End == m.sentence.Start+loc[0] && e.Type == timex.TypeDuration })
	if k < 0 {
		return d
	}
	l := lengthValue.FindStringSubmatch(es[k].Value)
	if l == nil {
		return d
	}
	n, _ := strconv.Atoi(l[1])
	months := map[string]int{"M": n, "Y": 12 * n}[l[2]]
	days := map[string]int{"D": n, "W": 7 * n}[l[2]]
	monthEnd := d.End.AddDate(0, 0, 1).Day() == 1
	switch {
	case n < 1 || n > 120:
		return d
	case months > 0 && monthEnd:
		d.Start = time.Date(d.End.Year(), d.End.Month()-time.Month(months-1), 1, 0, 0, 0, 0, d.End.Location())
		d.Precision = timeline.PrecisionMonth
	case months > 0 && d.Precision == timeline.PrecisionDay:
		d.Start = d.End.AddDate(0, -months, 1)
	case days > 0 && d.Precision == timeline.PrecisionDay:
		d.Start = d.End.AddDate(0, 0, 1-days)
	default:
		return d
	}
	d.Basis.Expression = text[es[k].Start : m.sentence.Start+m.anchor.End]
	return d
}

// lengthValue is a TIMEX3 length of whole days, weeks, months or years:
// "P3M".
var lengthValue = regexp.MustCompile(`^P(\d+)([DWMY])$`)

var (
	// spanOpener ends the words before a span's first date: "between",
	// "from".
	spanOpener = regexp.MustCompile(`(?i)\b(?:between|from)\s+$`)
	// spanLink joins a span's first date to its last: " and ", " to ".
	spanLink = regexp.MustCompile(`^\s*(?:and|to|until|till|through|[-–])\s*$`)
)

// boundedAfterNoun is m's date, or, when m's act takes a stretch after
// what a noun names on that date, the open span after it: "More than
// 1,100 operations were postponed in the first two weeks after the attack
// on Synnovis on June 3" is after 3 June; so is "Flights were cancelled
// for days after the eruption on Monday".
func boundedAfterNoun(m mention) timeline.Date {
	d := m.date
	if m.anchor.End == m.anchor.Start || d.Modifier != "" || d.Start.IsZero() {
		return d
	}
	text := m.paragraph.Text[m.sentence.Start:m.sentence.End]
	if !stretchAfterNoun.MatchString(text[m.clause.Start:m.anchor.Start]) {
		return d
	}
	d.Modifier, d.End = timeline.ModAfter, time.Time{}
	return d
}

// stretchAfterNoun ends the words before a date with a stretch of time
// after an act a noun names: "in the first two weeks after the attack on
// Synnovis on", "for days after the eruption on".
var stretchAfterNoun = regexp.MustCompile(`(?i)\b(?:in\s+the\s+(?:(?:first|next|following)\s+)?(?:(?:few|two|three|four|five|six|several|\d+)\s+)?|for\s+(?:(?:a\s+few|two|three|four|five|six|several|many|\d+)\s+)?)(?:hours|days|weeks|months|years)\s+(?:after|following)\s+(?:the|a|an|his|her|its|their)\s+(?:[^\s,;:.]+\s+){1,6}?(?:on\s+|in\s+)?$`)

// actOpeners open a clause of time or cause after an act.
var actOpeners = wordSet(`after before when as because`)

// clausesAfter is where the first clause of ms, the mentions of a
// sentence, opens with a clause's opener after offset from, with no mark
// between, when all of them open after it; else 0.
func clausesAfter(text string, from int, ms []mention) int {
	first := len(text)
	for _, m := range ms {
		first = min(first, m.clause.Start)
	}
	// Not "since", which tells how long a state has held: "has eluded
	// the police since they obtained a warrant in May".
	if w := firstWord(text[first:]); first <= from || first == len(text) || !actOpeners[w] || strings.ContainsAny(text[from:first], ",;:") {
		return 0
	}
	return strings.LastIndexFunc(text[:first], func(r rune) bool { return r != ' ' }) + 1
}

// disclosedAfter finds, for e, a date after the clause's own, the start
// of the clause "that" opens right after the own date of a verb of
// admitting or disclosing: "revealed on Friday that the minister had been
// convicted of a fraud offence in 2014".
func disclosedAfter(text string, clause span, own, e timex.Expression) (int, bool) {
	if e.Start <= own.End || own.Start < clause.Start || e.End > clause.End {
		return 0, false
	}
	rest, ok := strings.CutPrefix(text[own.End:e.Start], " that ")
	lead, _ := withoutDateLeads(strings.Fields(text[clause.Start:own.Start]))
	if !ok || len(lead) == 0 || !hasClauseVerb(rest) {
		return 0, false
	}
	v, known := verbOf(strings.ToLower(lead[len(lead)-1]))
	if !known || !admissionVerbs[v.base] {
		return 0, false
	}
	return own.End + len(" that "), true
}

// relativesBefore reports whether every anchor of ms, the mentions of a
// sentence, lies in a relative that opens before it and ends before offset
// at, and reports nothing: "An official inquiry into the sinking of the
// ferry, which capsized in December, has blamed overloading" and "A
// wildfire that broke out on Rhodes last Tuesday has forced the evacuation
// of 19,000 people" tell the day's news; "A firm that regulators said
// last year was insolvent has collapsed" does not.
func relativesBefore(text string, at int, ms []mention) bool {
	for _, m := range ms {
		lead := text[:m.anchor.Start]
		open := max(strings.LastIndex(lead, " that "), strings.LastIndex(lead, " who "), strings.LastIndex(lead, " which "))
		if m.anchor.End > at || open < 0 || statementVerb.MatchString(text[open:at]) {
			return false
		}
	}
	return len(ms) > 0
}

// relativeBefore is where a relative opens in text after offset from and
// before every anchor of ms, the mentions of its sentence, with no mark
// between, or 0 when there is none.
func relativeBefore(text string, from int, ms []mention) int {
	first := len(text)
	for _, m := range ms {
		first = min(first, m.anchor.Start)
	}
	if first <= from {
		return 0
	}
	for _, w := range []string{" that ", " who ", " which "} {
		k := strings.Index(text[from:first], w)
		if k < 0 || strings.ContainsAny(text[from:first], ",;:") {
			continue
		}
		// "has admitted that", "has appealed that ruling", "has
		// complained for years that": no relative on a noun.
		if noun := lastWord(text[:from+k]); w == " that " && (isVerbWord(noun) || timeMeasures[noun] || !isLowerWord(noun)) {
			continue
		}
		return from + k
	}
	return 0
}

// offsetMentions are the acts text, sentence s of paragraph p, tells a
// measure before or after now, its news dated to the day of publication,
// counted from that day. A gerund's act has no subject there to tell it
// with.
func offsetMentions(src timeline.Source, p timeline.Paragraph, s span, text string, dates []timex.Expression, now timex.Expression) []mention {
	var out []mention
	for _, o := range offsetEvents(text, dates, now, src.Published) {
		if !o.gerund {
			out = append(out, mention{source: src, paragraph: p, sentence: s, clause: o.clause, anchor: timex.Expression{Start: o.clause.Start, End: o.clause.Start}, date: dateOf(o.date, src)})
		}
	}
	return out
}

// openingPrepositions open a phrase that leads into a sentence, its noun
// no subject: "Under the agreement, ...".
var openingPrepositions = wordSet(`under after following despite with through`)

// continuingParticiples carry on from what their object names.
var continuingParticiples = wordSet(`extending continuing adding following building deepening reversing`)

// participleSegment is where a present participle's phrase set off by a
// comma after offset from opens, when seg is in it past verbless
// appositives only, or -1: the phrase of "three days later" in ",
// capturing Aleppo, Syria's second city, three days later".
func participleSegment(text string, cuts []int, seg, from int) int {
	k := slices.Index(cuts, seg)
	for ; k > 0 && cuts[k] > from; k-- {
		c := cuts[k]
		if w := firstWord(text[c:]); text[c-1] == ',' && presentParticiple(w) && !notParticiples[w] && w != "being" {
			return c
		}
		if c != seg && hasVerb(text[c:cuts[k+1]]) {
			break
		}
	}
	return -1
}

// actBefore reports whether clause tells an act, not what its subject
// had or was: "He served a ban earlier this year", not "The club had two
// bids rejected in October".
func actBefore(clause string) bool {
	h, ok := parseHeadline(clause)
	return ok && h.verbBase != "have" && h.verbBase != "be"
}

// withoutDateLead is where a clause of text from start ends when it
// stops at end, before a date, without the words that led into the
// date: "than it had expected in [the spring]" ends after "expected".
func withoutDateLead(text string, start, end int) int {
	// "in the early hours of", "on the night of": a lead of many words
	// goes whole.
	if head := strings.TrimRight(text[start:end], " "); strings.HasSuffix(head, " of") {
		tail := strings.ToLower(head[max(0, len(head)-32):]) // the longest lead is 24 bytes
		for _, lead := range ofLeads {
			if strings.HasSuffix(tail, lead) {
				end = start + len(head) - len(lead)
				break
			}
		}
	}
	for {
		head := strings.TrimRight(text[start:end], " ")
		k := strings.LastIndexByte(head, ' ')
		if k < 0 || !dateLeadWords[strings.ToLower(head[k+1:])] {
			return start + len(head)
		}
		end = start + k
	}
}

// laterStateJoin is where a predicate's clause ends when, after its
// date, "and" joins on a predicate in the present or the perfect that
// tells of the state since: "was suspended in March 2022 and has been in
// custody since her arrest", "was arrested in May and remains in
// custody", of what went on ("and continued filming"), of what was not
// done ("and did not reopen until Friday"), of what must or may be done
// ("and must be approved by both chambers") or of a habit ("opened in
// 1977 and carried 30,000 vehicles a day"). The state is no part of what
// happened on the date.
func laterStateJoin(text string, c span, e timex.Expression) int {
	join, ok := andAfterDate(text, c, e)
	if !ok {
		return c.End
	}
	if !laterState(words(text[join+len(" and "):c.End]), text[join:c.End]) {
		return c.End
	}
	if !slices.ContainsFunc(words(text[c.Start:e.Start]), pastForm) {
		return c.End
	}
	return join
}

// laterState reports whether rest, the words of a predicate "and" joins
// on after a date, and joined, its text from " and", tell a state, not an
// act: see laterStateJoin.
func laterState(rest []string, joined string) bool {
	return len(rest) > 0 && (stateVerbs[rest[0]] || continuedPast[rest[0]] || modalAuxiliaries[rest[0]] || negatedPast(rest) ||
		pastForm(rest[0]) && ratedHabit(joined))
}

// negatedPast reports whether ws open with a past told as not done,
// which names no act of the date: "closed at midnight and did not reopen
// until late on Friday".
func negatedPast(ws []string) bool {
	return len(ws) > 1 && (ws[0] == "did" || ws[0] == "was" || ws[0] == "were") && ws[1] == "not"
}

// continuedPast tell in the past of a state or work that went on:
// "was diagnosed with cancer in 2009 and continued filming".
var continuedPast = wordSet(`continued remained stayed`)

// ratedHabit reports whether s holds a rate that makes a past predicate a
// habit, not an act of one date: "and carried about 30,000 vehicles a
// day". A span before "later" is none: "and released a day later".
func ratedHabit(s string) bool {
	for _, m := range habitualRate.FindAllStringIndex(s, -1) {
		if !spanWords[firstWord(s[m[1]:])] {
			return true
		}
	}
	return false
}

// habitualRate is a rate: "a day", "per week", "each year".
var habitualRate = regexp.MustCompile(`\b(?:a|an|per|each|every)\s+(?:hour|day|week|month|year)\b`)

// spanWords follow a span counted from a time: "a day later".
var spanWords = wordSet(`later earlier after before ago`)

// andAfterDate is where the first " and " after a clause's date e stands,
// with no mark between them; ok is false when there is none.
func andAfterDate(text string, c span, e timex.Expression) (join int, ok bool) {
	if e.End >= c.End || e.Start < c.Start {
		return 0, false
	}
	after := text[e.End:c.End]
	k := strings.Index(after, " and ")
	if k < 0 || strings.ContainsAny(after[:k], ",;:") {
		return 0, false
	}
	return e.End + k, true
}

// andClauseJoin is where a clause ends when, after its date, "and" with
// no comma joins on a clause with a subject a determiner opens and an
// auxiliary of its own, which the date does not date: "Construction
// could start as early as next summer and the first residents would move
// in by 2028". The clause before "and" must have its verb: in "On Monday
// the mayor and the council agreed" the subject runs on.
func andClauseJoin(text string, c span, e timex.Expression) int {
	join, ok := andAfterDate(text, c, e)
	if !ok {
		return c.End
	}
	w := words(text[join:c.End])
	// "ran out of cash last spring and its owners, including a pension
	// fund, refused": a subject whose verb comes after an aside, which
	// ended the clause.
	// A noun phrase with no preposition only: "between Elian and his
	// grandmothers at the home of a nun in Miami Beach, Fla." goes on.
	if len(w) > 2 && (determiners[strings.ToLower(w[1])] || possessivePronouns[strings.ToLower(w[1])] != "") && strings.HasSuffix(strings.TrimRight(text[join:c.End], " "), ",") &&
		!slices.ContainsFunc(w[2:], func(t string) bool { return subjectPrepositions[strings.ToLower(t)] }) && !hasVerb(text[join:c.End]) && hasClauseVerb(text[c.Start:join]) {
		return join
	}
	if len(w) < 4 || !determiners[strings.ToLower(w[1])] || strings.EqualFold(w[1], "that") || !hasClauseVerb(text[c.Start:join]) {
		return c.End
	}
	// "reported on Sunday that Assad and his family had arrived": a
	// reported clause whose verb is still to come has its subject run on.
	if _, reported, ok := strings.Cut(text[e.End:join]+" ", " that "); ok && !hasClauseVerb(reported) {
		return c.End
	}
	// Its verb group opens with an auxiliary within a few words: "the
	// first residents would move in"; not "and the release of hostages
	// held by".
	for _, t := range w[2:min(len(w), 7)] {
		if t = strings.ToLower(t); finiteAuxiliaries[t] || modalAuxiliaries[t] {
			return join
		}
		if subjectPrepositions[t] {
			break
		}
	}
	return c.End
}

// datedPredicateJoin is where a predicate's clause ends when, after its
// date, "and" joins on a second predicate in the past that holds a date
// of its own: "resigned from the government in 2021 and stood down as
// an MP at the 2024 election". The second is no part of what happened
// on the first date.
func datedPredicateJoin(text string, c span, e timex.Expression, dates []timex.Expression) int {
	join, ok := andAfterDate(text, c, e)
	if !ok || !pastForm(firstWord(text[join+len(" and "):])) {
		return c.End
	}
	// "joined Liverpool in 1973 and made more than 400 appearances in 11
	// seasons": a second that tells how many times over a span took that
	// span, not the first's date.
	if spanOfCount.MatchString(text[join:c.End]) {
		return join
	}
	// Not a bound ("led the party until 2015") or what a verb spoke of
	// ("warned of further rises in 2026").
	// "was born in Chicago in 1955 and spent two decades in Peru": nor
	// is one whose verb takes a span of time, which runs on after it;
	// how long the first lasted is of it ("began at 6 a.m. and lasted
	// nearly six hours").
	if slices.ContainsFunc(dates, func(d timex.Expression) bool {
		if d.Start <= join || d.End > c.End {
			return false
		}
		if d.Type == timex.TypeDuration {
			f := strings.Fields(text[join:d.Start])
			return len(f) == 2 && !lastingVerbs[strings.ToLower(f[1])]
		}
		if d.Type != timex.TypeDate && d.Type != timex.TypeTime {
			return false
		}
		lead := strings.Fields(strings.ToLower(text[join:d.Start]))
		return !spanBounds[lead[len(lead)-1]] && !pastVerbOf(text[join:d.Start])
	}) {
		return join
	}
	return c.End
}

// spanOfCount is a count of times or things and the span of seasons or
// years, or of games, they took: "more than 400 appearances in 11
// seasons", "scored 90 goals over five years", "62 goals in 109 games".
var spanOfCount = regexp.MustCompile(`\b\d[\d,]*\s+\w+\s+(?:in|over|across)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:seasons|years|decades|campaigns|games|matches|appearances|starts|races)\b`)

// lastingVerbs tell how long what came before them lasted.
var lastingVerbs = wordSet(`lasted ran continued stretched went`)

// stateVerbs open a predicate in the present or the perfect.
var stateVerbs = wordSet(`has have is are remains remain`)

// inQuotation reports whether byte i of s stands inside quotation marks:
// after an odd number of straight double quotes, or after an opening
// curly one not yet closed.
func inQuotation(s string, i int) bool {
	before := s[:i]
	return strings.Count(before, `"`)%2 == 1 || strings.LastIndex(before, "“") > strings.LastIndex(before, "”")
}

// withoutQuotedClocks leaves out the clock times in a quotation that
// name no day of their own: "“They put us on a bus at 6 a.m.,” she said"
// tells of the speaker's story, whose day the clock took only from the
// publication or the sentence before.
func withoutQuotedClocks(sentence string, es []timex.Expression) []timex.Expression {
	out := es[:0:0]
	for _, e := range es {
		if e.Type == timex.TypeTime && inQuotation(sentence, e.Start) && (e.Rule == clockOnPublicationDay || strings.HasPrefix(e.Rule, "reference-")) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// withoutDayOfPublication leaves out clock times that name no day and so
// fell on the publication day: past the lead, "was shot at 10 p.m." is
// as often told of a day long before it. So is one told from such a
// clock: "Polls will open at 7am and close at 10pm".
func withoutDayOfPublication(es []timex.Expression) []timex.Expression {
	out := es[:0:0]
	for _, e := range es {
		if e.Rule != clockOnPublicationDay && e.Rule != "reference-"+clockOnPublicationDay {
			out = append(out, e)
		}
	}
	return out
}

// clockOnPublicationDay is the tagger's rule for a clock time dated by the
// DCT alone.
const clockOnPublicationDay = "clock-dct"

// beforeNames is the start of the segment before the names set off by
// commas right before the segment at seg, or seg when there are none:
// "struck a warehouse in Edwardsville, Illinois, in December 2021".
func beforeNames(text string, cuts []int, seg int) int {
	at := slices.Index(cuts, seg)
	k := at
	for k > 1 && text[cuts[k]-1] == ',' && nameOnly(strings.TrimSuffix(strings.TrimSpace(text[cuts[k-1]:cuts[k]]), ",")) {
		k--
	}
	if k == at {
		return seg
	}
	return cuts[k-1]
}

// contactRelativeEnds reports whether before ends with a pronoun and its
// past verb, a relative with no "that": "towns they fled".
func contactRelativeEnds(before string) bool {
	f := strings.Fields(before)
	n := len(f)
	return n >= 2 && pastForm(f[n-1]) && subjectPronouns[strings.ToLower(f[n-2])]
}

// subordinateOpeners open a clause of time or cause that tells of an act
// of its own.
var subordinateOpeners = wordSet(`until till after before when because since`)

// otherClauseDates finds the events a sentence reports besides the one its
// finest date dates: "Rescue teams on Wednesday searched for survivors
// after a dam collapsed late Monday" reports the collapse on Monday too.
// Another date counts when its clause makes a headline of its own (a
// subject and a verb), overlaps no clause already taken, and names
// another day.
//
// A clause that borrows its subject from the main one ("The deal, first
// reported on Monday, was signed on Friday") overlaps it only by the
// subject, so what counts is the clause from the date's own segment on;
// a relative clause still tells of the main clause's antecedent.
func otherClauseDates(text string, content []timex.Expression, main timex.Expression, mainClause span, afterOpening bool, published time.Time) []clauseDate {
	var out []clauseDate
	taken := []span{mainClause}
	cuts := clauseCuts(text)
	for _, e := range content {
		if e.Start == main.Start || (e.Type != timex.TypeDate && e.Type != timex.TypeTime) || !e.Anchored() {
			continue
		}
		seg := segmentStart(cuts, e.Start)
		// A title set off by commas goes on with the stretch before it:
		// "before publishing her novel, "Slag," in 1979". A place does
		// not: in "matched his car to footage taken near the most recent
		// fire, at St Mary's on Nov. 24", the date is the fire's.
		if k := slices.Index(cuts, seg); k > 0 && opensWithTitle.MatchString(text[seg:]) {
			seg = cuts[k-1]
		}
		// "published her first collection, Salt Roads, in 1971": so does
		// a name set off by commas after a clause's noun.
		if k := slices.Index(cuts, seg); k > 1 && text[seg-1] == ',' && text[cuts[k-1]-1] == ',' && nameOnly(strings.TrimSuffix(strings.TrimSpace(text[cuts[k-1]:seg]), ",")) && hasClauseVerb(text[cuts[k-2]:cuts[k-1]]) {
			seg = cuts[k-2]
		}
		// "Redford sacked their coach in October, and Castleton parted
		// company with theirs last month": a clause with a subject and
		// verb of its own after ", and" or ", but" is an event of its
		// own, however coarse its date, and though it is the main one's.
		// The clause may hold a subordinate one before the date: ", and a
		// boy died after being attacked in July".
		// Or after its date: ", and in 2022 it fined the firm".
		independent, opens := false, 0
		for k := len(cuts) - 1; k > 0; k-- {
			if cuts[k] <= seg && cuts[k] >= main.End && (text[cuts[k]-1] == ',' || text[cuts[k]-1] == ';') {
				end := len(text)
				if n := slices.IndexFunc(cuts, func(c int) bool { return c > e.Start }); n >= 0 {
					end = cuts[n]
				}
				// ", and their mission was extended twice, most
				// recently in September": a verbless stretch goes on
				// with the clause before it.
				if !hasVerb(text[cuts[k]:end]) && cuts[k-1] >= main.End {
					continue
				}
				// After a semicolon a clause with a verb of its own is
				// independent: "went to trial in 2024; a judge ruled in
				// April".
				independent, opens = newClause(text[cuts[k]:end]) || text[cuts[k]-1] == ';' && hasClauseVerb(text[cuts[k]:end]), cuts[k]
				break
			}
		}
		if k := joinedClause(text, main, e); !independent && k >= 0 {
			independent, opens = true, k+1
		}
		// "Her confirmation hearing in October was interrupted, and a
		// committee vote was delayed on Oct. 22": so is the clause
		// before ", and" when the main date's is a new one after it.
		// So is one "and" joins a clause of its own to without a comma:
		// "won the presidency in 2022 and his party lost April's
		// elections" (see joinedSubjectClause).
		if !independent && e.End < main.Start {
			relative := -1
			for k := len(cuts) - 1; k > 0; k-- {
				if cuts[k] > main.Start || cuts[k] <= e.End || text[cuts[k]-1] != ',' && !strings.HasPrefix(text[cuts[k]:], "and ") {
					continue
				}
				// The main date may be a relative's on the new clause's
				// noun: "observed the comet in early October, but other
				// missions could not because of the shutdown, which began
				// on Oct. 1".
				if relativeOpeners[firstWord(text[cuts[k]:])] {
					relative = cuts[k]
					continue
				}
				end := len(text)
				if relative >= 0 {
					end = relative
				} else if n := slices.IndexFunc(cuts, func(c int) bool { return c > main.Start }); n >= 0 {
					end = cuts[n]
				}
				independent = newClause(text[cuts[k]:end]) && slices.IndexFunc(cuts, func(c int) bool { return c > e.End }) == k
				break
			}
		}
		// "in 2021 declined to hear a challenge to an earlier ban, which
		// Biden lifted days after taking office that year": a relative
		// set off after the main date, with a subject of its own, tells
		// its own act on the same date.
		// So is a clause of time with a clock of its own that day: "fired
		// a final barrage early on Tuesday before the ceasefire took
		// effect at 7 a.m.".
		// "In December 2018, drone sightings shut the airport ...,
		// affecting 140,000 passengers in the run-up to Christmas": nor
		// is an open span that ends inside the main date.
		if openSpan(e) && !openSpan(main) && holdsBound(main, e) && !independent {
			continue
		}
		if e.First.Equal(main.First) && !independent && !(seg > main.End && relativeEvent(text[:e.Start], seg) && objectWhich(text[seg:e.Start])) &&
			!(e.Type == timex.TypeTime && strings.Contains(e.Value, ":") && seg > main.End && subordinateEvent(text[seg:e.Start], clockAside.ReplaceAllString(text[e.End:clauseOf(text, e.Start, e.End).End], ""))) {
			continue
		}
		c := clauseOf(text, e.Start, e.End)
		// ", and he toured until 2019, when he was diagnosed": a "when"
		// clause that tells what happened on the bound keeps to itself.
		// So does a "since" clause with its own subject and verb: ", but
		// the party surged to its best showing since it was founded in
		// 2013" tells the founding then, not the surge.
		sinceEvent := firstWord(text[c.Start:]) == "since" && subordinateEvent(text[c.Start:e.Start], text[e.End:c.End])
		if independent && !(c.Start == e.Start && whenClauseAfter(text, cuts, e.End) > 0) && !sinceEvent {
			c.Start = min(c.Start, opens)
			if opens > 0 && text[opens-1] == ' ' { // joined without a comma, in the main date's stretch
				c.Start = opens
			}
		}
		// "will reach 38C on Tuesday, before a cold front arrives on
		// Wednesday night": a clause of time in the present that clauseOf
		// told with the main one, which has a date of its own, is its own.
		// So is a "when" clause clauseOf told with the main one: "revived
		// a lawsuit by the families of six workers killed when a tornado
		// struck the warehouse in December 2021". Not one inside a
		// relative with no "that", which tells where the main clause's
		// news happened: "returning on Monday to towns they fled when the
		// war began in 2022".
		// The clause may go on past a place's commas: "struck an Amazon
		// warehouse in Edwardsville, Illinois, in December 2021".
		if c.Start <= main.Start && seg > main.End && timeOpeners[firstWord(text[seg:])] {
			c.Start = seg
		} else if when := beforeNames(text, cuts, seg); (c.Start <= main.Start || c.Start == when) && when > main.End && firstWord(text[when:]) == "when" && !contactRelativeEnds(text[:when]) {
			c.Start, seg = when, when
		}
		own := c
		// "Mackinlay, who lost both hands and feet after contracting
		// sepsis in 2023, returned": a clause of time inside a relative
		// set off by commas is the relative's.
		relSeg := seg
		if k := slices.Index(cuts, seg); k > 0 && timeOpeners[firstWord(text[seg:])] && text[seg-1] != ',' && relativeOpeners[firstWord(text[cuts[k-1]:])] {
			relSeg = cuts[k-1]
		}
		relative := relativeOpeners[firstWord(text[relSeg:])]
		// ", but the government went ahead after signing a deal in
		// March": a clause of its own owns the stretches after its verb.
		if !relative && !independent {
			own.Start = max(c.Start, seg)
		}
		// A relative clause of an event, the main date outside it, is an
		// event of its own.
		// So is a short "that" relative the date and the sentence end:
		// "commissioning a study that was published two years later".
		_, thatEvent := thatRelative(text[c.Start:e.Start], text[e.End:])
		// So is a finding or a saying on such a noun that goes on with
		// what it reports: "a company that a jury found last December had
		// illegally monopolised app stores".
		// So is one on a subject whose verb follows: "The plan that
		// ministers approved last week collapsed on Monday".
		if f := strings.Fields(text[e.End:c.End]); !thatEvent && len(f) > 0 && (finiteAuxiliaries[strings.ToLower(f[0])] || pastForm(f[0])) {
			_, thatEvent = thatObjectRelative(text[c.Start:e.Start], text[e.End:c.End])
		}
		// So is a participle's phrase on an object that the clause's
		// verb cannot date: "has handed back 72 artefacts looted by
		// colonial troops in 1897".
		participle, participleEvent := objectParticiple(text[c.Start:e.Start], text[e.End:c.End], timex.GranWeek.Finer(e.Granularity))
		// So is a "when" clause after the date, which clauseOf has
		// found tells what happened then ("until 2022, when she retired").
		whenEvent := c.Start == e.Start && whenClauseAfter(text, cuts, e.End) > 0
		// So is a relative on an appositive that sums up the clause
		// before: ", a review that is expected to be completed by the
		// end of the summer".
		// So is a contact relative on one: ", a ruling the company
		// appealed last month"; and the clause before it, when that
		// relative holds the main date.
		// So is a second act a noun names after "and of": "follows the
		// shutdown of the steelworks in 2015 and of a fertiliser plant
		// two years ago" (see nominalAct), or that "and" adds after
		// "including": "including the capture of Bara in May and the
		// recapture of Omdurman in June".
		first, second := min(main.End, e.End), max(main.Start, e.Start)
		nominal := first <= second && (strings.Contains(text[first:second], " and of ") || nounAdded.MatchString(text[first:second]))
		if nominal {
			_, own := nominalAct(text[:e.Start])
			_, mainOwn := nominalAct(text[:main.Start])
			nominal = own && mainOwn
		}
		_, contactAny := contactRelative(text[seg:e.Start], text[e.End:c.End])
		contact := contactAny && determiners[firstWord(text[seg:])]
		if e.End < mainClause.Start && mainClause.Start > 1 && text[mainClause.Start-2] == ',' && determiners[firstWord(text[mainClause.Start:])] {
			_, mainContact := contactRelative(text[mainClause.Start:main.Start], text[main.End:mainClause.End])
			independent = independent || mainContact
		}
		// "was charged in March last year following an investigation that
		// began in 2021": a "that" relative after the main date, in its
		// stretch.
		that := strings.LastIndex(text[c.Start:e.Start], " that ")
		thatAfterMain := thatEvent && that >= 0 && main.End <= c.Start+that
		event := (relative && relativeEvent(text[:e.Start], relSeg) || seg > 0 && text[seg-1] == ',' && (appositiveRelative(text[seg:e.Start]) || contact) || c.Start >= seg && subordinateEvent(text[seg:e.Start], text[e.End:c.End]) || thatEvent || participleEvent) && (main.Start < seg || main.Start > e.End) || independent || whenEvent || nominal || thatAfterMain ||
			// "on Wednesday struck down a law passed by Congress last
			// year": so is one with its agent and a coarse date of its
			// own after the main date in the same stretch.
			participleEvent && main.End < e.Start && timex.GranWeek.Finer(e.Granularity) && strings.Contains(participle, " by ")
		// "The thieves who stole the jewels last month spent four minutes
		// inside, the prosecutor said Wednesday": so is a relative on the
		// subject of a clause before the main date's.
		// So is one on the subject of a clause of time set off after it:
		// "soared past 46C on Sunday, as a heatwave that began late last
		// week tightened its grip".
		event = event || (e.End < mainClause.Start || e.Start > mainClause.End) && inSubjectRelative(text, e)
		// "confirmed the find last Thursday after sonar scans in late
		// July picked up a large object": so is a clause of time whose
		// subject holds the date, after the main one.
		event = event || e.Start > mainClause.End && c.Start >= seg && datedSubordinateSubject(text[seg:e.Start], text[e.End:c.End])
		// "announced the withdrawal on Tuesday morning after his partners
		// refused to back a plan he unveiled last week": so is one deeper
		// in a clause after the main date.
		// So is one before a closing attribution that the main date
		// dates: "has been stripped of the world title he won in Tokyo
		// last September ..., the Athletics Integrity Unit said on
		// Monday".
		event = event || contactAny && (e.Start > main.End || e.End < mainClause.Start)
		// "convicted a man of murdering a college student whose body was
		// found in a park in August 1998": so is a "whose" relative after
		// it that the date ends.
		if w := strings.LastIndex(text[:e.Start], " whose "); w > main.End && !strings.ContainsAny(text[w:e.Start], ";:") && strings.IndexFunc(text[e.End:c.End], unicode.IsLetter) < 0 && hasClauseVerb(text[w:e.Start]) {
			event = true
		}
		// "was charged on Monday with the murder of a man in Leeds on 3
		// May": so is the crime a charge names after the main date.
		// So is one before a closing attribution the main date dates.
		if (e.Start > main.End || e.End < mainClause.Start) && chargedNoun.MatchString(text[:e.Start]) {
			_, crime := nominalAct(text[:e.Start])
			event = event || crime
		}
		// "The hearing, postponed in September, will now be held in the
		// first quarter of next year": when the main date is a
		// participle's aside on the subject, the clause around it is
		// an event of its own. Not when only past verbs lead to a date
		// still ahead: "The minutes, released last week, showed
		// officials were opposed to a cut in December" dates the cut.
		if c.Start <= main.Start && e.Start > main.End && datedAside(text, cuts, main) && !(e.First.After(published) && !toldAhead(text[main.End:e.Start])) {
			event = true
		}
		// "The tariffs, announced in April, were ruled unlawful on Aug.
		// 29": so is such an aside with its own date before the main one.
		if w := firstWord(text[seg:]); e.End < main.Start && w != "which" && w != "who" && datedAside(text, cuts, e) {
			event = true
			if k := strings.Index(text[e.End:c.End], " and "); k >= 0 && pastForm(firstToken(text[e.End+k+len(" and "):])) {
				c.End = e.End + k // not the second participle
			}
		}
		// "said on Wednesday the subsidy, approved by the European
		// Commission in February, had never been in doubt": so is one on
		// the subject of what is reported after the main date.
		if e.Start > main.End && datedAside(text, cuts, e) && inSubjectAside(text, e) {
			event = true
		}
		// "were made on Monday as part of an investigation, launched in
		// October 2023, into how": so does a participle's aside on a
		// noun after it, which the noun's phrase goes on after.
		if seg > main.End && text[seg-1] == ',' && participlePhrase(text[seg:e.Start]) && nounResumes.MatchString(text[e.End:]) {
			event = true
		}
		// "took over in June 2020 after joining from Boots in 2017": a
		// participle's phrase of time after the main date dates its own
		// act.
		// So does one of "since": "returned to the stage on Saturday night
		// for the first time since suffering a stroke in March".
		gerund := seg > main.End && seg > mainClause.Start && (gerundOpens(text[seg:e.Start]) || sinceGerund(text[seg:e.Start]))
		// "launched its offensive on Nov. 27, capturing Aleppo three days
		// later": so does a participle's phrase set off after it, its
		// date counted on from the main one.
		// The phrase may hold an appositive: "capturing Aleppo, Syria's
		// second city, three days later".
		// Not one that carries on from an act its object names: in "fell
		// 6% on Tuesday, extending a 7% decline the previous day" the day
		// is the decline's.
		if p := participleSegment(text, cuts, seg, main.End); p > mainClause.Start && e.Reference != nil && e.Reference.Value == main.Value && e.Reference.Text == main.Text && !continuingParticiples[firstWord(text[p:])] {
			gerund, seg = true, p
		}
		if gerund {
			event, own.Start = true, seg
		}
		// After an opening phrase that has its own date, the main
		// clause is an event of its own.
		if afterOpening && e.Start > mainClause.End {
			event, own.Start = true, max(own.Start, mainClause.End)
		}
		// "Trudeau announced in January that he would resign, triggering
		// a leadership race that Carney won on March 9": so is the main
		// clause before a present participle's phrase the finer date
		// ends.
		if e.End <= mainClause.Start && mainClause.Start > 1 && text[mainClause.Start-2] == ',' && presentParticiple(firstWord(text[mainClause.Start:])) && !notParticiples[firstWord(text[mainClause.Start:])] && c.End <= mainClause.Start {
			event = true
		}
		// "Mehta founded Lumen in 2018 and told customers their deposits
		// were safe until the company froze withdrawals in June 2022":
		// when the finer date is a subordinate clause's after it, the
		// main clause before it is an event of its own.
		// So is one a hedged measure of time leads, which dates nothing
		// exactly (see offsetEvents): "agreed on a coalition deal last
		// month, nearly two months after a snap election on Feb. 23".
		hedged := measureOpens.MatchString(text[mainClause.Start:]) && countHedges[firstWord(text[mainClause.Start:])]
		if e.End <= mainClause.Start && (subordinateOpeners[firstWord(text[mainClause.Start:])] || hedged) {
			event = true
			own.End = min(own.End, mainClause.Start)
		}
		// "served a ban earlier this year after testing positive in March
		// 2024": so is the clause before a participle's phrase of time
		// the finer date ends, which clauseOf told with it.
		// Not a state: "The club had two bids rejected in October before
		// agreeing a fee on Monday".
		if k := segmentStart(cuts, main.Start); e.End <= k && k > c.Start && gerundOpens(text[k:main.Start]) && actBefore(text[c.Start:k]) {
			event = true
			c.End = min(c.End, k)
			own.End = min(own.End, c.End)
		}
		// "Okoro was convicted in June 2010 of murdering Pryce, who was
		// found stabbed on 14 August 2009": when the finer date is a
		// relative's on a noun after this one, the clause before the
		// relative is an event of its own.
		// So is one whose finer date is a relative's on an appositive
		// that sums it up: "voted earlier this year to hire a firm to
		// review its finances, a review that is expected to be
		// completed by the end of the summer".
		if k := segmentStart(cuts, main.Start); k > e.End && k > c.Start && k <= c.End && text[k-1] == ',' && (relativeOpeners[firstWord(text[k:])] && relativeEvent(text[:main.Start], k) || appositiveRelative(text[k:main.Start])) {
			event = true
			c.End = k - 1
			own.End = min(own.End, c.End)
		}
		// "lost a power struggle in the early 2000s, left politics in
		// 2009": a predicate listed after a comma with the main date
		// leaves the one before it, with its own date, an event.
		// So does one ", and" joins on: "became president in 2018, and
		// was removed by Congress in November 2020".
		if k := segmentStart(cuts, main.Start); k > e.End && k > c.Start && text[k-1] == ',' && (pastVerbOpens(text[k:]) && !participlePhrase(text[k:]) || joinedPastPredicate(text[k:])) && listedPredicate(text, c.Start, k-1) {
			event = true
			c.End = min(c.End, k-1)
			own.End = min(own.End, c.End)
		}
		// ", with deliveries starting on Friday": a phrase on "with" set
		// off after the main date, whose noun its participle tells of, is
		// a clause of its own.
		// Only the participle's own date: "with the union warning of
		// walkouts in the new year" dates the walkouts, not the warning.
		absolute := false
		if seg > main.End && text[seg-1] == ',' && strings.EqualFold(firstWord(text[seg:]), "with") && participleBeforeDate(text[seg:e.Start]) {
			start := seg + len(text[seg:]) - len(strings.TrimLeft(text[seg:], " "))
			if clause := text[start:c.End]; withAbsolute(clause, false) != clause {
				if _, ok := parseHeadline(withAbsolute(clause, false)); ok {
					c.Start, own.Start, event, absolute = start, start, true, true
				}
			}
		}
		if e.Granularity != timex.GranDay && !event {
			continue
		}
		_, ok := parseHeadline(text[c.Start:c.End])
		ok = ok || gerund && endsClause(text[e.End:c.End])
		// "including an elderly man whose car was swept away late on
		// Saturday": a relative with a verb of its own is a clause on
		// the noun it follows, whatever leads into that.
		// "plans to hold a news conference to screen a television
		// advertisement made last week": a participle's act on an object
		// reads on its own, whatever the clause's verb.
		// ", while Arsenal host Nottingham Forest a day earlier": so does a
		// contrast with a named subject, its verb one the lists may not
		// know, as does a clause "and" joins on ("and the phones go on
		// sale on Sept. 19").
		ownPresent := contrastClause(text[c.Start:c.End]) || independent && joinedPresent(text[c.Start:c.End])
		ok = ok || relative && hasVerb(text[seg:e.Start]) || absolute || participleEvent || ownPresent || thatAfterMain
		if !ok && independent { // ", and in 2022 it fined the firm" reads without its date
			lead, _ := withoutDateLeads(strings.Fields(text[c.Start:e.Start]))
			_, ok = parseHeadline(strings.Join(lead, " ") + text[e.End:c.End])
		}
		// "City will face Crystal Palace, who beat Aston Villa on Sunday,
		// in the final on May 17": when the main date is a relative's set
		// off by commas, a phrase that goes on with the clause around it
		// dates that clause.
		resumed := false
		if a := segmentStart(cuts, main.Start); ok && !event && seg > main.End && a > c.Start && text[a-1] == ',' && text[seg-1] == ',' &&
			relativeOpeners[firstWord(text[a:])] && segmentStart(cuts, seg-1) == a && !hasVerb(text[seg:e.Start]) {
			event, resumed, own = true, true, c
		}
		if !ok || !event && overlapsAny(own, taken) || !hasVerb(text[own.Start:own.End]) && !gerund && !absolute && !ownPresent && !nominal && !resumed {
			continue
		}
		taken = append(taken, own)
		out = append(out, clauseDate{e, c, absolute})
	}
	return out
}

// joinedClause is, when "and" or "but" joins a clause with a subject of
// its own to the main date's predicate without a comma, before the later
// date e, where the space before the conjunction is; else -1. Only the
// rest of the main predicate may stand between its date and the
// conjunction: "Measles was declared eliminated in 2017 but the country
// lost that status two years later".
func joinedClause(text string, main, e timex.Expression) int {
	if e.Start <= main.End {
		return -1
	}
	between := text[main.End:e.Start]
	k := max(strings.LastIndex(between, " and "), strings.LastIndex(between, " but "))
	if k < 0 || strings.ContainsAny(between[:k+1], ",;:") || hasVerb(between[:k]) {
		return -1
	}
	// "after talks between the airline and the pilots' unions broke
	// down": "and" ends the phrase "between" opens.
	if strings.Contains(between[:k], " between ") {
		return -1
	}
	// "a request from the National Commission for Museums and
	// Monuments": nor does one inside a name.
	if toks := strings.Fields(between[:k]); len(toks) > 0 && isCapitalised(firstToken(between[k+len(" and "):])) && joinedBefore(toks, len(toks)-1) {
		return -1
	}
	end := len(text)
	if n := strings.IndexAny(text[e.End:], ",;:"); n >= 0 {
		end = e.End + n
	}
	// The clause opens with its subject: an article, a pronoun or a
	// name; not a date ("between May 2022 and June 2023") or an adverb
	// ("and first appeared").
	w := words(text[main.End+k+1 : end])
	if len(w) < 2 || !newClause(text[main.End+k+1:end]) || countFraction(w) {
		return -1
	}
	// So may a bare plural its auxiliary follows: "and schools will stay
	// closed on Monday". After a clause in the past, so may one its past
	// verb follows, past an adjective: "Police were alerted at about 10
	// a.m. and special forces entered the building minutes later"; not
	// "is expected to meet journalists on Monday and diplomats
	// accredited to the Holy See next week", nor the second noun of a
	// clause of time: "walked out on Friday after talks between the
	// union and rail operators broke down".
	first := words(text[:main.Start])
	// "will meet journalists on Monday and the diplomatic corps
	// accredited to the Holy See next week": after a clause that looks
	// ahead, a past form with no auxiliary describes the noun before it.
	if slices.ContainsFunc(first, func(w string) bool { return w == "will" || modalAuxiliaries[w] }) {
		if v := slices.IndexFunc(w[1:], isVerbWord) + 1; v > 1 && pastForm(w[v]) {
			return -1
		}
	}
	past := slices.ContainsFunc(first, pastForm) && !slices.ContainsFunc(first, func(w string) bool { return presentAuxiliaries[w] || modalAuxiliaries[w] }) &&
		!slices.ContainsFunc(words(between[:k]), func(w string) bool { return clauseOpeners[w] })
	predicate := func(w string) bool {
		return finiteAuxiliaries[w] || modalAuxiliaries[w] || past && pastForm(w) && isLowerWord(w)
	}
	bare := len(w) > 2 && isLowerWord(w[1]) && pluralNoun(w[1]) && predicate(w[2]) ||
		len(w) > 3 && isLowerWord(w[1]) && !isVerbWord(w[1]) && isLowerWord(w[2]) && pluralNoun(w[2]) && predicate(w[3])
	if l := strings.ToLower(w[1]); !determiners[l] && !subjectPronouns[l] && !(isCapitalised(w[1]) && !dateWords[l] && !monthWords[l]) && !bare {
		return -1
	}
	return main.End + k
}

// countFraction reports whether w, the words from a joining "and" on,
// add a fraction to the count before them: "four and a half years in
// prison", not "and a quarter of the staff were laid off".
func countFraction(w []string) bool {
	return len(w) > 2 && w[1] == "a" && (w[2] == "half" || w[2] == "quarter") && (len(w) == 3 || w[3] != "of")
}

// attributedDate is what a full date between an article and its noun dates:
// the noun phrase ("were charged in the Dec. 21, 1988, bombing of a
// plane" dates "the bombing of a plane", not the charging), and what a
// relative on it tells ("the Dec. 21, 1988, bombing of Pan Am Flight 103
// that killed 259 people" is "the bombing of Pan Am Flight 103 killed 259
// people"). before and after are the text around the date e.
func attributedDate(before string, e timex.Expression, after string) (string, bool) {
	if !attributiveDate.MatchString(before[max(0, len(before)-8):]+e.Text) || !strings.HasPrefix(after, ", ") {
		return "", false
	}
	article := lastWord(before)
	toks := strings.Fields(after[2:])
	if len(toks) == 0 || !isLowerWord(strings.ToLower(bare(toks[0]))) || isVerbWord(toks[0]) {
		return "", false
	}
	np := []string{strings.ToLower(article)}
	for i, t := range toks {
		if w := strings.ToLower(t); (w == "that" || w == "which") && i+1 < len(toks) && pastForm(toks[i+1]) {
			return strings.TrimRight(strings.Join(append(np, toks[i+1:]...), " "), ",;:."), true
		}
		np = append(np, t)
		if strings.ContainsAny(t, ",;:.") {
			break
		}
	}
	return strings.TrimRight(strings.Join(np, " "), ",;:."), true
}

// toBeDoneAct is what an infinitive's passive set off after an object tells
// is to be done to it, before the date it is to be done on: "called a
// snap general election on Thursday, to be held on July 4" is "a snap
// general election will be held". before is the clause up to the date.
func toBeDoneAct(before string) (string, bool) {
	k := strings.LastIndex(before, ", to be ")
	if k < 0 {
		return "", false
	}
	done := strings.Fields(before[k+len(", to be "):])
	if len(done) == 0 || !pastForm(done[0]) {
		return "", false
	}
	// The object its article opens after a past verb runs to its own
	// date: "a snap general election [on Thursday]".
	clause := strings.Fields(before[:k])
	d := -1
	for i := 1; i+1 < len(clause) && d < 0; i++ {
		if pastForm(clause[i]) && isLowerWord(clause[i]) && determiners[strings.ToLower(clause[i+1])] {
			d = i + 1
		}
	}
	if d < 0 {
		return "", false
	}
	object := clause[d:]
	if p := slices.IndexFunc(object, func(t string) bool { return datePrepositions[t] }); p > 0 {
		object = object[:p]
	}
	done, _ = withoutDateLeads(done)
	if !nounPhrase(object) || len(done) == 0 {
		return "", false
	}
	return strings.Join(slices.Concat(object, []string{"will", "be"}, done), " "), true
}

// setForDate is the noun phrase a date qualifies between a verb that sets
// it and its article, and the noun: "set an Aug. 1 deadline for a deal"
// dates the deadline, not the setting, which came before. before and
// after are the text on either side of the date.
func setForDate(before, after string) (string, bool) {
	f := strings.Fields(before)
	n := len(f)
	if n < 2 || !settingVerbs[strings.ToLower(f[n-2])] || !indefinite(f[n-1]) && !strings.EqualFold(f[n-1], "the") {
		return "", false
	}
	toks := strings.Fields(after)
	if len(toks) == 0 {
		return "", false
	}
	np := []string{"the"}
	for _, t := range toks {
		if relativeWords[strings.ToLower(t)] { // "a Jan. 12 strike that was later called off"
			break
		}
		np = append(np, t)
		if strings.ContainsAny(t, ",;:.") {
			break
		}
	}
	return strings.TrimRight(strings.Join(np, " "), ",;:."), true
}

// settingVerbs set a day for what their object names.
var settingVerbs = wordSet(`set sets called calls scheduled schedules fixed fixes`)

// opensWithTitle is a stretch that opens with a title in quotation
// marks, the comma that closed it inside them or after.
var opensWithTitle = regexp.MustCompile(`^\s*["“][^"“”]+(?:,["”]|["”],)`)

// toldAhead reports whether s holds a word that puts what it tells
// ahead (see notDoneYet); "to" only as an infinitive's ("hopes to reach"),
// not a preposition's ("opposed to a cut").
func toldAhead(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		if notDoneYet[w] && (w != "to" || i+1 < len(f) && !determiners[f[i+1]]) {
			return true
		}
	}
	return false
}

// datedAside reports whether e lies in a past participle's phrase or a
// relative clause set off by commas: ", postponed in September,", ",
// first reported on Monday,", ", which reports results on March 3,".
func datedAside(text string, cuts []int, e timex.Expression) bool {
	seg := segmentStart(cuts, e.Start)
	n := slices.IndexFunc(cuts, func(c int) bool { return c > e.End })
	if seg == 0 || text[seg-1] != ',' || n < 0 || text[cuts[n]-1] != ',' {
		return false
	}
	if w := firstWord(text[seg:]); w == "which" || w == "who" {
		return true
	}
	// "Verona Foods, the maker of biscuits, reported a loss on Tuesday,
	// hit by ...": after the subject's appositive the past form is the
	// verb.
	if k := slices.Index(cuts, seg); k > 0 && cuts[k-1] > 0 && text[cuts[k-1]-1] == ',' && determiners[firstWord(text[cuts[k-1]:seg])] && !hasVerb(text[cuts[k-1]:seg]) {
		return false
	}
	// "The group, which pumps half the world's oil, agreed on Sunday":
	// so is it after a relative on the subject.
	if k := slices.Index(cuts, seg); k > 0 && relativeWords[firstWord(text[cuts[k-1]:seg])] {
		return false
	}
	// "The tariffs, announced in April and expanded twice since,": a
	// second participle "and" joins on is the aside's too.
	toks := strings.Fields(text[seg:cuts[n]])
	if k := slices.IndexFunc(toks, func(t string) bool { return strings.EqualFold(t, "and") }); k > 0 && k+1 < len(toks) && pastForm(toks[k+1]) && !pastOnly[strings.ToLower(bare(toks[k+1]))] {
		toks = toks[:k]
	}
	return pastParticipleAside(toks)
}

// participleBeforeDate reports whether before, the words of a stretch up
// to a date, end in a participle and the date's leads: "with preorders
// starting on", "with hundreds of homes flooded on".
func participleBeforeDate(before string) bool {
	toks, _ := withoutDateLeads(strings.Fields(before))
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1]
	if last == "starting" || last == "beginning" { // a hedge withoutDateLeads keeps
		return true
	}
	return presentParticiple(last) || pastForm(last)
}

// clauseDate is a date and the clause it dates.
type clauseDate struct {
	date   timex.Expression
	clause span
	// absolute is set for a phrase on "with" after the main clause,
	// which ends the main clause's title.
	absolute bool
}

// reportedSubordinate reports whether e, after the saying's date d, is in
// a clause of time or cause that follows the reported clause's own verb:
// "told senators on Wednesday that she had warned about weaknesses
// before thieves stole the jewels last month" reports no warning last
// month.
func reportedSubordinate(sentence string, d, e timex.Expression) bool {
	if d.End > e.Start {
		return false
	}
	between := " " + sentence[d.End:e.Start]
	t := strings.Index(between, " that ")
	if t < 0 {
		return false
	}
	f := strings.Fields(between[t+len(" that "):])
	k := slices.IndexFunc(f, func(w string) bool { return subordinateOpeners[w] })
	if k < 2 {
		return false
	}
	reported := strings.Join(f[:k], " ")
	return hasClauseVerb(reported) && !strings.ContainsAny(reported, ",;:")
}

// relativeEvent reports whether the stretch of text from seg, up to the
// date it ends before, is a relative clause set off by a comma whose verb
// is a past form of an event, right after the relative word or its
// "was": ", who became prime minister in September last year," tells an
// event of its own, though a month dates it. Dates coarser than a day in
// other clauses are otherwise too often background ("shares, down 30%
// since January,").
func relativeEvent(text string, seg int) bool {
	f := strings.Fields(text[seg:])
	// "who retired last spring": the relative word and its verb may be
	// all.
	if seg == 0 || text[seg-1] != ',' && !appositiveEnds(text[:seg]) || len(f) < 2 {
		return false
	}
	if w := strings.ToLower(f[0]); w != "who" && w != "which" && w != "whose" {
		return false
	}
	// "whose body was found": the relative's subject is its noun.
	if strings.EqualFold(f[0], "whose") {
		k := 1
		for k < len(f)-1 && k < 4 && isLowerWord(f[k]) && !finiteAuxiliaries[f[k]] && !pastForm(f[k]) {
			k++
		}
		f = f[k-1:]
	}
	// "which had first asked for them in 2019", "which had been taken":
	// a pluperfect's.
	if strings.EqualFold(f[1], "had") && len(f) > 3 {
		f = f[1:]
		if strings.EqualFold(f[1], "been") {
			f = f[1:]
		}
	}
	// "which was founded in 2010": a passive's participle.
	if w := strings.ToLower(f[1]); (w == "was" || w == "were") && len(f) > 2 {
		f = f[1:]
	}
	// "who first won the seat in 2017", "who was first elected": an
	// adverb may stand before the verb.
	for len(f) > 2 && verbGroupAdverb(f[1]) {
		f = slices.Delete(slices.Clone(f), 1, 2)
	}
	// "which the judge denied earlier this week": the relative word may
	// be the verb's object, with a short subject of its own before it.
	// Not when a date ends the antecedent's clause, which then tells
	// what the antecedent is: "its purchase of Motorola in 2012, which
	// it sold two years later".
	if _, ok := verbOf(f[1]); !ok && strings.EqualFold(f[0], "which") && !datedBefore(text[:seg]) {
		for v := 2; v < min(len(f), 5); v++ {
			if _, ok := verbOf(bare(f[v])); ok {
				if nounPhrase(f[1:v]) && !strings.ContainsAny(strings.Join(f[1:v], " "), ",;:") {
					f = f[v-1:]
				}
				break
			}
		}
	}
	// "which begins on June 14": a present tells what is to come.
	v, ok := verbOf(f[1])
	return ok && (v.form == formPast || v.form == formPresent)
}

// appositiveEnds reports whether s ends with a short noun phrase an
// article opens, set off by a comma: "Kelvin Kiptum, the Kenyan " before
// "who set the record in October,".
func appositiveEnds(s string) bool {
	k := strings.LastIndex(s, ", ")
	if k < 0 {
		return false
	}
	f := strings.Fields(s[k+2:])
	if len(f) < 2 || len(f) > 4 || !articleWords[strings.ToLower(f[0])] {
		return false
	}
	return !slices.ContainsFunc(f[1:], isVerbWord)
}

// objectWhich reports whether s opens with "which" and a subject of its
// own, the relative word the verb's object: "which President Joe Biden
// lifted".
func objectWhich(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 || !strings.EqualFold(f[0], "which") {
		return false
	}
	_, verb := verbOf(bare(f[1]))
	return !verb && !lyAdverb(f[1])
}

// datedBefore reports whether a word with a digit, or one that opens a
// date, stands after the last verb of s: "its purchase of a phone maker
// in 2012,".
func datedBefore(s string) bool {
	f := strings.Fields(s)
	for i := len(f) - 1; i >= 0; i-- {
		if strings.ContainsAny(f[i], "0123456789") || dateWords[strings.ToLower(bare(f[i]))] {
			return true
		}
		if isVerbWord(f[i]) {
			return false
		}
	}
	return false
}

// appositiveRelative reports whether s opens with a short noun phrase an
// article opens and a relative on it: "a review that is expected".
func appositiveRelative(s string) bool {
	f := strings.Fields(s)
	if len(f) < 3 {
		return false
	}
	if a := strings.ToLower(f[0]); a != "a" && a != "an" && a != "the" {
		return false
	}
	for i := 2; i < min(len(f), 5); i++ {
		if strings.ContainsAny(f[i-1], ",;:") {
			return false
		}
		if w := strings.ToLower(f[i]); w == "that" || w == "which" {
			return true
		}
	}
	return false
}

// subordinateEvent reports whether seg, a clause's stretch up to its
// date, opens with a conjunction of time (or "where") and tells an event: "since the
// outbreak began in late September", "after the company was founded in
// 2010". The subject is a few words with no verb, and the verb a past
// form, or "was" or "were" and a participle; the date ends the clause
// (rest is what follows it there), or its phrase may belong to another
// verb ("bringing the total since the outbreak began in May to 214").
// datedSubordinateSubject reports whether seg, a clause of time up to a
// date, opens with its conjunction and a noun phrase the date's
// preposition ends, and rest goes on with the clause's past verb: "after
// sonar scans in" and "picked up a large object".
func datedSubordinateSubject(seg, rest string) bool {
	f, r := strings.Fields(seg), strings.Fields(rest)
	n := len(f)
	if n < 3 || n > 8 || len(r) < 2 || !timeConjunctions[strings.ToLower(f[0])] || !datePrepositions[strings.ToLower(f[n-1])] || hasVerb(strings.Join(f[1:n-1], " ")) || marked(strings.Join(f, " ")) {
		return false
	}
	v, ok := verbOf(r[0])
	return ok && v.form == formPast && isLowerWord(r[0])
}

func subordinateEvent(seg, rest string) bool {
	if strings.Trim(rest, ".,;:!?\"”’ ") != "" {
		return false
	}
	f := strings.Fields(seg)
	// "nearly two years after the party won the vote in 2023": a measure
	// may open it, hedged too ("more than four years after").
	for len(f) > 3 && (measureWord(f[0]) || isDigit(f[0][0]) || strings.EqualFold(f[0], "than")) {
		f = f[1:]
	}
	// "in France, where the government collapsed last week": so does a
	// clause of place.
	if len(f) < 3 || !timeConjunctions[strings.ToLower(f[0])] && !strings.EqualFold(f[0], "where") {
		return false
	}
	// "after last-ditch talks with a potential buyer broke down": the
	// subject may hold a phrase, or a long name ("after Nigeria's
	// National Commission for Museums and Monuments made").
	for i := 1; i < len(f) && i <= 9; i++ {
		v, ok := verbOf(f[i])
		if !ok {
			continue
		}
		if (f[i] == "was" || f[i] == "were") && i+1 < len(f) {
			v, ok = verbOf(f[i+1])
		}
		return i > 1 && ok && v.form == formPast
	}
	return false
}

// lastTimeConjunction is the offset of the space before the last
// conjunction of time in s, or -1.
func lastTimeConjunction(s string) int {
	k := -1
	for w := range timeConjunctions {
		k = max(k, strings.LastIndex(s, " "+w+" "))
	}
	return k
}

// measureWord reports whether w may stand in a measure of time: "nearly
// two years", "a week", "several decades".
func measureWord(w string) bool {
	w = strings.ToLower(w)
	return w == "a" || w == "an" || amountWords[w] || timeMeasures[w] || timeNouns[strings.TrimSuffix(w, "s")] || strings.TrimSuffix(w, "s") == "decade"
}

// timeConjunctions open a clause that says when the main one happened.
var timeConjunctions = wordSet(`since after when before until`)

// openingPhrase finds the phrase of a past participle that opens a
// sentence and holds its date, before the comma that leads into the main
// clause: in "Born in Dublin in 1941, Quinn moved to Australia", "in
// Dublin in 1941,". It returns the phrase after the participle, and the
// main clause's subject with "was" or "were" and the participle ("Quinn
// was born"), which the phrase tells of.
func openingPhrase(text string, anchor timex.Expression) (span, string, bool) {
	first := firstToken(text)
	participle := strings.ToLower(bare(first))
	afterFirst := strings.Index(text, first) + len(first)
	// The comma is searched after the participle, since a first token
	// may hold one itself ("Born,in,1941"), and after the date, since a
	// place may hold them too ("Born in Lincoln, Nebraska, in 1941,").
	from := max(afterFirst, anchor.End)
	comma := strings.Index(text[from:], ",") + from
	// "Born in 1944 in Youngstown, Ohio, she worked": a place's region
	// after its comma is still the phrase's.
	if f := strings.Fields(text[from:max(from, comma)]); comma >= from && len(f) > 0 && isCapitalised(f[len(f)-1]) {
		if m := regionAfterComma.FindStringIndex(text[comma+1:]); m != nil {
			comma += m[1]
		}
	}
	if !isCapitalised(first) || !participleWord(participle) || comma < from || anchor.Start < afterFirst || hasVerb(text[afterFirst:comma]) {
		return span{}, "", false
	}
	// "Born in Sheffield in 1938, the daughter of a steelworker, Ellison
	// won": an appositive before the subject is no part of it.
	main := comma + 1
	if rest := text[main:]; determiners[firstWord(rest)] {
		if k := strings.IndexByte(rest, ','); k > 0 && !hasVerb(rest[:k]) && isCapitalised(firstToken(rest[k+1:])) {
			main += k + 1
		}
	}
	h, ok := parseHeadline(text[main:])
	if !ok || !nounPhrase(h.subject) || h.relative != "" {
		return span{}, "", false
	}
	aux := "was"
	if isPlural(h.subject) {
		aux = "were"
	}
	subject := strings.Join(h.subject, " ") + " " + aux + " " + participle
	return span{Start: afterFirst, End: comma + 1}, subject, true
}

// regionAfterComma is a place's region, or its country, after the comma
// that follows the place: " Ohio,", " New South Wales,".
var regionAfterComma = regexp.MustCompile(`^\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2},`)

// relativeOpeners open a relative clause, which tells of its antecedent
// in the main clause: "the boy, who could leave as early as Tuesday".
var relativeOpeners = wordSet(`which who whom whose`)

// segmentStart is the cut at or before offset i.
func segmentStart(cuts []int, i int) int {
	start := 0
	for _, c := range cuts {
		if c > i {
			break
		}
		start = c
	}
	return start
}

// verbGroupAdverb reports whether w may stand inside a verb group: an
// adverb, or "last" of "was last seen".
func verbGroupAdverb(w string) bool {
	return adverbInVerbGroup(w) || strings.EqualFold(w, "last")
}

// conjunctionAside is "and" or "but" with a phrase or clause of time set
// off by commas after it, before the predicate it joins on; group 1 is
// the conjunction.
var conjunctionAside = regexp.MustCompile(`^\s*(and|but),\s+(?:after|before|while|when|despite|following|having|in|on|at)\b[^,]*,\s+`)

// nounResumes is a comma closing an aside and a preposition that goes on
// with the noun before the aside: ", into how".
var nounResumes = regexp.MustCompile(`^,\s+(?:into|of|on|about|over|against|between|among)\s`)

// secondPredicate finds the predicate a later date e dates when "and" or
// a comma joins it to the main clause's, sharing its subject: in "Palmer
// was arrested on 14 February, bailed in May and charged in September",
// "bailed in May" and "charged in September". It returns that predicate's
// span, where it is joined on (the offset of the comma or of the space
// before "and"), and the subject with the auxiliary it shares ("Palmer
// was"). A date a "when" clause follows is no predicate's, but the join
// is still given.
func secondPredicate(text string, clause span, main, e timex.Expression) (span, int, string, bool) {
	if e.Start <= main.End || !e.Anchored() || e.Type != timex.TypeDate && e.Type != timex.TypeTime {
		return span{}, 0, "", false
	}
	between := text[main.End:e.Start]
	// "was agreed in early June but nearly collapsed two weeks later"
	// "and captured Aleppo, Syria's second city, three days later": an
	// appositive before the date joins nothing.
	join, joiner := -1, ""
	for _, j := range []string{" and ", " but ", ", "} {
		if i := lastJoiner(withoutClosingAppositive(between), j); i > join {
			join, joiner = i, j
		}
	}
	// "qualified in 1962 and, after training in Houston, joined Papworth
	// in 1971": a phrase set off by commas after the conjunction stands
	// between it and the verb.
	asideEnd := -1
	if m := conjunctionAside.FindStringSubmatchIndex(between); m != nil {
		join, joiner, asideEnd = m[2]-1, " "+between[m[2]:m[3]]+" ", m[1]
	}
	// "and given a suspended sentence; he returned to the United States
	// later that year": a semicolon ends the predicate.
	if join < 0 || strings.Contains(between[join:], "; ") {
		return span{}, 0, "", false
	}
	head := between[:join]
	// "Talks collapsed in May and the union called a strike in June": a
	// clause with a subject of its own, joined on without a comma, ends
	// the first predicate; otherClauseDates dates it (see joinedClause).
	if k := joinedClause(text, main, e); k >= 0 {
		return span{}, k, "", false
	}
	// "learned of the fault in July, when a customer complained, and
	// opened an inquiry in August": a clause of time or cause set off by
	// commas is an aside.
	if joiner != ", " {
		head = withoutSubordinateAside(head)
	}
	// "agreed on Tuesday to decide whether the president exceeded his
	// authority, and scheduled arguments for November": after a comma
	// "and" joins the main clause's predicate, past a question it took.
	if joiner == " and " && strings.HasSuffix(head, ",") {
		for _, q := range []string{" whether ", " if "} {
			if k := strings.Index(head, q); k >= 0 {
				head = head[:k]
			}
		}
	}
	// "revealed in June that it faced liabilities of £650m, and imposed
	// a freeze in July": after a comma "and" may go back past what was
	// reported to the subject that reported it (see below).
	// "earned a doctorate in 1966, one of only a handful of people
	// admitted without a first degree, and founded": so does an
	// appositive on what the first date dates.
	if joiner == " and " && strings.HasPrefix(head, ", ") && appositivePhrase(head[2:]) {
		head = ","
	}
	// "announced the tariffs on April 2, imposing a 10% duty, then
	// paused higher rates a week later": so does a present participle's
	// phrase set off by commas.
	if joiner == ", " && strings.HasPrefix(head, ", ") && presentParticiple(firstWord(head[2:])) && !strings.ContainsAny(head[2:], ",;:") {
		head = ""
	}
	reportedThat := (joiner == " and " || joiner == " but ") && strings.HasSuffix(head, ",") && strings.HasPrefix(strings.TrimSpace(head), "that ")
	if !reportedThat && !onlyPredicates(head) {
		return span{}, 0, "", false
	}
	comma := joiner == ", "
	// "as part of an investigation, launched in October 2023, into how
	// the hospital": a phrase the noun takes, going on after the aside,
	// makes the participle the noun's.
	if comma && nounResumes.MatchString(text[e.End:]) {
		return span{}, 0, "", false
	}
	start := main.End + join + len(joiner)
	if asideEnd >= 0 {
		start = main.End + asideEnd
	}
	second := words(text[start:e.Start])
	// "but nearly collapsed", "and last won": an adverb may come before
	// the verb.
	if len(second) > 1 && (headlineAdverbs[strings.ToLower(second[0])] || lyAdverb(second[0]) || verbGroupAdverb(second[0]) && pastForm(second[1])) {
		second = second[1:]
	}
	if len(second) == 0 {
		return span{}, 0, "", false
	}
	// "The storm hit Cuba on Monday, followed by Haiti on Tuesday": a
	// participle and its agent after a comma tell of the clause, not
	// what its subject did next.
	if comma && len(second) > 1 && pastForm(second[0]) && second[1] == "by" {
		return span{}, 0, "", false
	}
	v, ok := verbOf(second[0])
	// "will begin at 4am on Dec. 23 and end at 11.59pm on Dec. 26": a
	// plain form joined on right after the first predicate's date
	// shares its modal. Not after a comma alone: "could reach 44C on
	// Wednesday, close to the record set in June 2021".
	modal, plainSubject := "", ""
	if !ok && strings.TrimSpace(head) == "" {
		if m := lastModal(text[clause.Start:main.Start]); m != "" && !comma && plainVerbForm(second) {
			v, ok, modal = verb{base: strings.ToLower(second[0]), form: formPresent}, true, m
		}
		// "Nominations open at 9 a.m. on Wednesday and close at noon the
		// following Tuesday": so does one after a plural's plain present.
		if w := words(text[clause.Start:main.Start]); !ok && len(w) > 1 && pluralNoun(strings.ToLower(w[0])) && plainVerbForm(w[1:]) && plainVerbForm(second) {
			v, ok, plainSubject = verb{base: strings.ToLower(second[0]), form: formPresent}, true, w[0]
		}
	}
	// "The tour opens in Dublin on March 14 and ends at Wembley in
	// July": so does a singular's present in -s after another.
	if f := strings.Fields(text[clause.Start:main.Start]); strings.TrimSpace(head) == "" && !comma && len(second) > 1 && thirdPersonS(second[0]) && subjectPrepositions[strings.ToLower(second[1])] && len(f) > 2 && determiners[strings.ToLower(f[0])] {
		if k := slices.IndexFunc(f[1:], thirdPersonS) + 1; k > 1 && k <= 5 && nounPhrase(f[:k]) && !isPlural(f[:k]) && !hasVerb(strings.Join(f[:k], " ")) {
			v, ok, plainSubject = verb{base: sBase(second[0]), form: formPresent}, true, strings.Join(f[:k], " ")
		}
	}
	// "and plans to add 50 trains from 2031": a present the verb lists
	// do not know, before its object or infinitive.
	if !ok && !comma && len(second) > 1 && thirdPersonS(second[0]) && opensVerbObject(second[1]) {
		v, ok = verb{base: sBase(second[0]), form: formPresent}, true
	}
	// Not "and 16 February", nor an attribution: "was arrested on
	// Monday, said police on Tuesday". Nor a noun like a present verb
	// that a finite verb follows: "and remains recovered from it were
	// identified".
	if !ok || comma && attributes(parsedHeadline{verbBase: v.base}) ||
		v.form == formPresent && slices.ContainsFunc(second[1:], func(w string) bool { return finiteAuxiliaries[strings.ToLower(w)] }) {
		return span{}, 0, "", false
	}
	// "and continued to perform until 2022, when she retired": a "when"
	// clause after the date tells what happened then; the first
	// predicate still ends where this one is joined on.
	if strings.HasPrefix(text[e.End:], ", when ") && whenClauseAfter(text, clauseCuts(text), e.End) > 0 && toldByWhen(text[start:e.Start]) {
		return span{}, main.End + join, "", false
	}
	end := clause.End
	if e.End > clause.End {
		end = clauseOf(text, e.Start, e.End).End
	}
	first := text[clause.Start:main.Start] + head
	if rel, ok := participleBeforeJoin(text[clause.Start:main.Start], second); ok {
		first = rel
	}
	// Only an active predicate, with an object or an auxiliary of its
	// own, goes back: in "said that the man was arrested, and released
	// on Tuesday" the man was released.
	// So does a saying of its own: "conceded that D66 would likely
	// finish first, but said on Thursday that he would fight on".
	if reportedThat && (len(second) < 2 || !(opensObject(second[1]) || bareObject(second[1], v.base) || pastAuxiliaries[strings.ToLower(second[0])])) && !attributionVerbs[v.base] {
		return span{}, 0, "", false
	}
	// A comma joins a predicate only to a clause as plain as "Stone was
	// arrested on 3 March": in "Stone, arrested on 3 March, was charged"
	// the comma closes a participle's phrase.
	if comma && strings.Contains(first, ",") {
		return span{}, 0, "", false
	}
	// "a pledge of $100 billion a year, which was set in 2009 and met
	// for the first time only in 2022": a predicate joined on to a
	// relative's shares the relative's antecedent.
	first = commaRelativeClause(first)
	subject, ok := sharedSubject(first, second[0], v, nextUnlessReportless(second, text[e.End:end]))
	if plainSubject != "" {
		subject, ok = plainSubject, true
	}
	if !ok {
		return span{}, 0, "", false
	}
	if modal != "" {
		subject += " " + modal
	}
	return span{Start: start, End: end}, main.End + join, subject, true
}

// nextUnlessReportless is the word after a second predicate's verb, or
// "" when the verb goes on with phrases alone to its date, which ends
// its clause (after, what follows the date, holds nothing): "was signed
// on Monday and announced on Tuesday", "was taken ... and confirmed in a
// statement on Tuesday morning". A verb of saying with nothing to report
// is a passive's participle; "and announced in a statement on Tuesday
// that it would resign" reports.
func nextUnlessReportless(predicate []string, after string) string {
	if len(predicate) < 2 || !predicatePrepositions[strings.ToLower(predicate[1])] || strings.Trim(after, " .,;") != "" {
		return wordAfter(predicate)
	}
	return ""
}

// commaRelativeClause is the relative set off by a comma that ends s, told
// of its antecedent ("a pledge of $100 billion a year, which was set in
// 2009" is "a pledge of $100 billion a year was set in 2009"), or s when
// it ends in none.
func commaRelativeClause(s string) string {
	if !inCommaRelative(s) {
		return s
	}
	if rel, ok := subjectRelative(s, relativesIn(s, "which", "who")); ok {
		return rel
	}
	return s
}

// lastModal is the last modal auxiliary of a clause ("will", "would",
// "could"), or "" when it has none.
func lastModal(clause string) string {
	ws := words(clause)
	for i := len(ws) - 1; i >= 0; i-- {
		if w := strings.ToLower(ws[i]); w == "will" || w == "would" || modalAuxiliaries[w] {
			return w
		}
	}
	return ""
}

// plainVerbForm reports whether the words of a second predicate up to
// its date open with what may be a verb's plain form ("end at", "return
// on"), not a noun of a list ("and security on"), a name or an adverb
// ("and away on"). The word after it, if any, must be a preposition or
// a determiner, or a name: "and pass Earth about two weeks later".
func plainVerbForm(second []string) bool {
	w := second[0]
	if len(w) < 3 || !isLowerWord(w) || determiners[w] || subjectPrepositions[w] || headlineAdverbs[w] || placeAdverbs[w] ||
		strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || lyAdverb(w) ||
		slices.ContainsFunc(nounSuffixes, func(x string) bool { return strings.HasSuffix(w, x) }) {
		return false
	}
	return len(second) == 1 || subjectPrepositions[strings.ToLower(second[1])] || determiners[strings.ToLower(second[1])] || isCapitalised(second[1])
}

// placeAdverbs and nounSuffixes mark words after "and" that are no verb.
var (
	placeAdverbs = wordSet(`away home abroad back there here together apart`)
	nounSuffixes = []string{"ity", "tion", "sion", "ment", "ness", "ance", "ence", "ism", "ship", "ery", "ure", "ogy"}
)

// isLowerWord reports whether w is made of lower-case ASCII letters only.
func isLowerWord(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// sharedSubject is the subject a second predicate, whose verb is word (v)
// and next the word after it, shares with the first predicate's clause
// first, with the auxiliary it shares too: "Stone was arrested" gives
// "Stone was" to "charged", but not to a verb with an object, which is
// active: "was appointed in 1989 and held the post until 2004".
func sharedSubject(first, word string, v verb, next string) (string, bool) {
	// "was convicted ... and given a suspended sentence": a form that
	// is only a participle is a passive's, whatever follows it.
	object := next != "" && (opensObject(next) || bareObject(next, v.base)) && !participleOnly(strings.ToLower(word))
	// "was first spotted ... and confirmed with follow-up observations":
	// a verb of saying with its agent or its means is a participle.
	// One with nothing after it but its date, and no verb of saying
	// proper, is a participle: "was suspended in August 2022 and
	// dismissed the following spring".
	saying := attributes(parsedHeadline{verbBase: v.base}) && !passiveLinks[strings.ToLower(next)] && (next != "" || attributionVerbs[v.base])
	h, ok := parseHeadline(first)
	// "Police said on Monday that the man was arrested, and charged him
	// on Tuesday": after a comma an active predicate goes back past what
	// was reported to who reported it.
	back := strings.HasSuffix(strings.TrimSpace(first), ",") && (object || strings.EqualFold(word, "had"))
	if ok && attributes(h) && !saying && !back && reported(first) != "" {
		// "Police said the man was arrested on Monday and released on
		// Tuesday": the subject is the report's; but in "said ... and
		// warned" both are the speaker's, as after a state reported:
		// "said the delay was regrettable and set a new hearing". With
		// nothing reported, as in "claimed victory on Sunday but
		// conceded on Monday", the speaker acts.
		speaker, said := h, first
		first = reported(first)
		h, ok = parseHeadline(first)
		// A modal's passive is one: "said the village would be evacuated
		// and closed".
		// Not before a modal, which goes on with what is reported: "said
		// all four were in good health and would be flown to Houston".
		if ok && h.verbBase == "be" && !h.passive && (len(h.object) == 0 || !pastForm(h.object[0])) && !backshiftedModals[strings.ToLower(word)] {
			h, first = speaker, said
		}
		// "The government said it was monitoring the situation and would
		// meet": the pronoun is the speaker.
		if ok && len(h.subject) == 1 && len(speaker.subject) > 0 {
			if p := strings.ToLower(bare(h.subject[0])); pronounSubjects[p] && agrees(p, speaker.subject) {
				h.subject = speaker.subject
			}
		}
	}
	// "Davie, who joined the BBC in 2005 and became": a relative set off
	// by a comma shares its antecedent, as one right after the subject
	// does: "Two developers who paid him have pleaded guilty and will be
	// sentenced".
	if !ok || h.relative != "" && !strings.Contains(first, ", "+h.relative+" ") && !strings.HasPrefix(first, strings.Join(h.subject, " ")+" "+h.relative+" ") || len(h.subject) == 0 {
		return "", false
	}
	subject := strings.Join(h.subject, " ")
	// "was arrested ... and charged": a participle takes the auxiliary,
	// unless its verb has no passive ("was born ... and died") or the
	// word is no participle ("was first elected in 2015 and became").
	if v.form != formPast || pastOnly[strings.ToLower(word)] {
		return subject, true
	}
	// The auxiliary is found past a relative or a participle's phrase set
	// off by commas: "The boy, who cannot be named, was arrested", "The
	// galaxy, named MoM-z14, was spotted".
	ws := words(strings.Join(withoutParticipleAside(dropAside(strings.Fields(first))), " "))
	i := firstVerb(ws)
	// "will be cleaned next week and returned to its plinth": after a
	// modal's "be" a past form is the participle, as an active one would
	// be bare.
	if i >= 0 && i+1 < len(ws) && ws[i+1] == "be" && (ws[i] == "will" || ws[i] == "would" || modalAuxiliaries[ws[i]]) {
		return subject + " " + ws[i] + " be", true
	}
	if intransitiveVerbs[v.base] || saying || object {
		return subject, true
	}
	pastBe := "was" // the past of "be" the subject takes
	if isPlural(h.subject) {
		pastBe = "were"
	}
	// "The law, passed by the legislature in April 2023 and signed by the
	// governor": so does one joined on to the participle's phrase set off
	// after the subject, when nothing else is.
	if f := strings.Fields(first); len(f) > len(h.subject) && strings.HasSuffix(f[len(h.subject)-1], ",") && pastForm(f[len(h.subject)]) && !slices.ContainsFunc(f[len(h.subject)+1:], isVerbWord) {
		subject += " " + pastBe
	}
	if i < 0 {
		return subject, true
	}
	if beForms[ws[i]] {
		subject += " " + ws[i]
	}
	// "had been convicted ... and released": the perfect's passive shares
	// as the past's does.
	if (ws[i] == "had" || ws[i] == "has" || ws[i] == "have") && i+1 < len(ws) && ws[i+1] == "been" {
		subject += " " + pastBe
	}
	return subject, true
}

// firstVerb is the index of the first verb among ws, or -1. A participle
// a determiner leads to is an adjective: "of no fixed address".
func firstVerb(ws []string) int {
	for i, w := range ws {
		if i > 0 && (determiners[strings.ToLower(ws[i-1])] || strings.EqualFold(ws[i-1], "no")) && !beForms[w] {
			continue
		}
		if _, ok := verbOf(w); ok {
			return i
		}
	}
	return -1
}

// bareObject reports whether next, the word after a past form joined on
// to a passive, opens an object without a determiner, which makes the
// form active: "was launched on July 14 and entered lunar orbit on Aug.
// 5". A passive's participle goes on with a preposition, an adverb or a
// particle ("and taken to hospital", "and released later"), and a verb
// that names what its object is may take a complement in the passive:
// "and found guilty", "and named captain".
func bareObject(next, base string) bool {
	w := strings.ToLower(next)
	if !isLowerWord(w) || len(w) < 3 || complementVerbs[base] {
		return false
	}
	return !subjectPrepositions[w] && !laterPrepositions[w] && !particles[w] && !headlineAdverbs[w] && !placeAdverbs[w] &&
		!lyAdverb(w) && !strings.HasSuffix(w, "ing") && !pastForm(w) && !auxiliaries[w] && !beForms[w]
}

// complementVerbs take an object and what it is, so keep a complement in
// the passive: "was found dead", "was left homeless", "was taken hostage".
var complementVerbs = wordSet(`find leave declare pronounce keep hold take name make elect appoint call crown deem consider judge proclaim render label brand dub rate rank vote set put get`)

// laterPrepositions are the prepositions and conjunctions a passive's
// participle may go on with that subjectPrepositions leave out.
var laterPrepositions = wordSet(`into under after before during without through until amid since while when as onto upon inside outside within beyond despite pending than`)

// datedPredicate finds, in a clause whose date e comes after "and" (or
// "but") and a verb, that second predicate: "The union said the strike
// would last until Friday and warned on Tuesday of further action" dates
// the warning, not the strike. It returns the predicate's span,
// the subject it shares with the first, and the first predicate's own
// date among content, if it has one ("pleaded guilty in March and was
// sentenced on Friday"), which dates the first as an event of its own. A
// second predicate may open with an auxiliary ("and was sentenced", "and
// would meet") or be a saying with the date in what it reports.
func datedPredicate(text string, clause span, e timex.Expression, content []timex.Expression) (span, string, *timex.Expression, bool) {
	before := text[clause.Start:e.Start]
	if p, subject, first, ok := dateFirstPredicate(text, clause, e, content); ok {
		return p, subject, first, true
	}
	// "and is expected to attend the Fed's next policy meeting, Oct.
	// 27-28": a date set off at the clause's end names the noun before
	// it, as one on "on" does.
	// Not one after an appositive: "and married Arakawa, a pianist, in
	// 1991".
	if k := strings.LastIndex(before, ", "); k >= 0 && strings.IndexFunc(text[e.End:clause.End], unicode.IsLetter) < 0 && withoutClosingAppositive(before) == before {
		if lead := strings.TrimSpace(before[k+2:]); lead == "" || dateLeadWords[lead] {
			before = before[:k] + " "
		}
	}
	// "and wrote a memoir, published in 1996,": a participle's aside
	// that the date ends is a part of the object before it. Not a
	// predicate after an appositive on the subject that "and" joins a
	// second to: "Artemis I, an uncrewed test flight, launched in
	// November after months of delays and returned on Dec. 11".
	if k := strings.LastIndex(before, ", "); k >= 0 && pastParticipleAside(withoutLeads(before[k+2:])) && !strings.Contains(before[k+2:], " and ") {
		before = before[:k]
	}
	// "was taken to hospital but died two days later": "but" joins one
	// too. Both joins are five bytes long.
	lastJoin := func(s string) int { return max(strings.LastIndex(s, " and "), strings.LastIndex(s, " but ")) }
	for join := lastJoin(before); join > 0; join = lastJoin(before[:join]) {
		rest := words(withoutClosingAppositive(before[join+len(" and "):]))
		if len(rest) == 0 {
			continue
		}
		// "was built in 1971 and last inspected in June": an adverb may
		// open a participle that shares the first predicate's "was".
		if len(rest) > 2 && verbGroupAdverb(rest[0]) && pastForm(rest[1]) {
			rest = rest[1:]
		}
		v, ok := verbOf(rest[0])
		// "and plans to open": a noun's form before its infinitive is
		// the verb's; so is a plural's plain form ("and plan to hold").
		if !ok && len(rest) > 2 && rest[1] == "to" && (thirdPersonS(rest[0]) && intentions[sBase(rest[0])] || intentions[rest[0]]) {
			v, ok = verb{base: sBase(rest[0]), form: formPresent}, true
		}
		// "and had her ticket verified on Thursday": "had" before a noun
		// phrase is a verb of its own in the past, whose object's
		// participle is no verb of another clause.
		causative := rest[0] == "had" && len(rest) > 2 && (possessivePronouns[rest[1]] != "" || determiners[rest[1]])
		if causative {
			v = verb{base: "have", form: formPast}
		}
		own := rest[1:] // what follows the verb, up to the date
		modal := ""     // the first predicate's, which a plain form shares
		// "ordered funds released and said he would return on Monday":
		// what a saying reports is its own.
		saying := ok && v.form == formPast && sayingVerbs[v.base]
		// "and was later released", "and was last inspected": an adverb
		// may stand in the verb group.
		verbAt := 1
		for verbAt < len(rest)-1 && verbGroupAdverb(rest[verbAt]) {
			verbAt++
		}
		switch {
		case ok && v.form == formAux && finiteAuxiliaries[rest[0]] && len(rest) > verbAt && pastForm(rest[verbAt]):
			own = rest[verbAt+1:]
		// "was arrested shortly after the attack and is due to appear
		// in court on Wednesday": a plan and its infinitive.
		case ok && v.form == formAux && finiteAuxiliaries[rest[0]] && len(rest) > 3 && plannedFor[rest[1]] && rest[2] == "to":
			own = rest[4:]
			// "and are due to be sentenced next month": a passive's
			// participle.
			if rest[3] == "be" && len(own) > 0 && pastForm(own[0]) {
				own = own[1:]
			}
		// "said it was monitoring the situation and would meet union
		// leaders next week": a modal and its verb.
		case (rest[0] == "will" || rest[0] == "would" || modalAuxiliaries[rest[0]]) && len(rest) > 1 && rest[1] == strings.ToLower(rest[1]) && !strings.EqualFold(rest[1], "not"):
			own = rest[2:]
			// "and will be sentenced next month": a passive's participle.
			if (rest[1] == "be" || rest[1] == "have") && len(own) > 0 && pastForm(own[0]) {
				own = own[1:]
			}
		// "has opened two clinics and plans to open two more next week":
		// a present intention and its infinitive.
		case ok && v.form == formPresent && intentions[v.base] && len(rest) > 2 && rest[1] == "to":
			own = rest[1:]
		// "would save 8 billion crowns a year and result in a one-off
		// charge in the third quarter": a plain form shares the first
		// predicate's modal.
		case !ok && lastModal(before[:join]) != "" && plainVerbForm(rest) && !predicatePrepositions[rest[0]]:
			v, ok, modal, own = verb{base: rest[0], form: formPresent}, true, lastModal(before[:join]), rest[1:]
		// "and became available": a verb of becoming takes its state.
		// "moved in the 1980s and married Arakawa in 1991": a name alone
		// before the date is the object, when the first predicate has a
		// date of its own (see below).
		// "and captained England at the 1982 World Cup": so may a name
		// and a phrase of its own.
		case !ok || v.form != formPast || len(rest) > 1 && !opensPredicate(rest[1]) && !particles[rest[1]] && !saying && v.base != "become" && !nameObject(rest[1:]) && !nameThenPhrase(rest[1:]):
			continue
		}
		named := ok && len(rest) > 1 && !opensPredicate(rest[1]) && (nameObject(rest[1:]) || nameThenPhrase(rest[1:]))
		if !hasVerb(before[:join]) {
			continue
		}
		// What stands between the verb and the date is the predicate's
		// own: no clause of its own, no second verb but an infinitive's
		// ("and is expected to be discharged later this week").
		infinitive := len(own) > 0 && strings.EqualFold(own[0], "to")
		// "but broke up as it rounded the sun the following year": a
		// clause of time says when the predicate set against the first
		// happened. After "and" it may say when both did: "killed two
		// people and injured 17 when he mounted the pavement".
		if k := slices.IndexFunc(own, func(w string) bool { return w == "as" || w == "while" || timeConjunctions[w] }); k > 0 && strings.HasPrefix(before[join:], " but ") {
			own = own[:k]
		}
		// "and married Arakawa, a classical pianist, in": an appositive
		// closing on the object is no mark of another clause.
		// A figure's thousands comma marks none, when each predicate has
		// its date: "first traded above $1,000 in 2013 and hit a record
		// of nearly $69,000 in November 2021".
		// "but rejected it in a ballot that closed last week": a relative's
		// verb right before the date tells when the object's occasion
		// was, and so the predicate's act.
		if n := len(own); n > 2 && (own[n-2] == "that" || own[n-2] == "which") && pastForm(own[n-1]) {
			own = own[:n-2]
		}
		second := withoutClosingAppositive(before[join:])
		if slices.ContainsFunc(content, func(c timex.Expression) bool {
			return c.Anchored() && c.Start >= clause.Start && c.Start < clause.Start+join
		}) {
			second = figureCommas.ReplaceAllString(second, "$1$2")
		}
		if strings.ContainsAny(second, ",;:") || !infinitive && !saying && !causative && hasVerb(strings.Join(own, " ")) {
			return span{}, "", nil, false
		}
		// "matched a man who was arrested last month and charged with
		// her murder on Tuesday": a predicate joined on to a relative on
		// a noun shares that noun.
		// So does one joined on to a relative set off by a comma: "joined
		// the search, which was suspended at nightfall and resumed at
		// dawn Friday".
		predicate := before[:join]
		if rel, ok := whoRelative(predicate); ok {
			predicate = rel
		} else {
			predicate = commaRelativeClause(predicate)
		}
		subject, ok := sharedSubject(predicate, rest[0], v, wordAfter(rest))
		if !ok {
			// "He had been under house arrest since August and was
			// taken into custody on Saturday": a state the headline
			// parser cannot read has its subject before its auxiliary.
			if subject, ok = subjectBeforeAuxiliary(before[:join]); !ok {
				return span{}, "", nil, false
			}
		}
		var first *timex.Expression
		for i, c := range content {
			if c.Anchored() && c.Start >= clause.Start && c.Start < clause.Start+join {
				first = &content[i]
			}
		}
		// "The plane belly-landed and skidded off the runway on Sunday",
		// "was arrested and charged on Friday": a first predicate of a
		// verb alone, with no date of its own, is one act with the
		// second, dated together.
		// So is a passive with its amount and a second participle whose
		// passive keeps one too: "were fined £4m and docked six points on
		// Friday".
		if h, ok := parseHeadline(before[:join]); first == nil && ok && (len(h.object) == 0 && pastForm(lastWord(before[:join])) || h.passive && amountPassives[h.verbBase] && amountPassives[v.base]) {
			return span{}, "", nil, false
		}
		// A first that counts what was done more than once is no one
		// act with the second: "won four league titles and captained
		// England at the 1982 World Cup".
		if named && first == nil && !countedObject(before[:join]) {
			return span{}, "", nil, false
		}
		if modal != "" {
			subject += " " + modal
		}
		return span{Start: clause.Start + join + len(" and "), End: clause.End}, subject, first, true
	}
	return span{}, "", nil, false
}

// participleBeforeJoin is the passive a participle's phrase on a noun
// tells, when the phrase ends in the date before the "and" that joins on
// second, a past form with no object, which is the participle's too. In
// "are based on analysis of 120 grams of dust collected by the
// spacecraft in October 2020 and delivered to Utah in September 2023"
// it is "120 grams of dust were collected by the spacecraft", whose
// subject the delivery shares. before is the clause up to the date.
func participleBeforeJoin(before string, second []string) (string, bool) {
	if len(second) < 2 || !pastForm(second[0]) || opensObject(second[1]) {
		return "", false
	}
	return objectParticiple(before, "", false)
}

// nameThenPhrase reports whether ws, after a verb, are a name of up to
// three words and a phrase a preposition opens: "England at the".
func nameThenPhrase(ws []string) bool {
	n := 0
	for n < len(ws) && n < 3 && isCapitalised(ws[n]) {
		n++
	}
	return n > 0 && n < len(ws) && subjectPrepositions[strings.ToLower(ws[n])]
}

// countedObject reports whether the object of clause's verb is a count of
// things, what was done more than once: "won four league titles".
func countedObject(clause string) bool {
	h, ok := parseHeadline(clause)
	return ok && len(h.object) > 1 && countWord(h.object[0]) && !strings.EqualFold(h.object[0], "one") && isPlural(h.object)
}

// nameObject reports whether ws, after a verb up to its date, are a name
// and perhaps the date's preposition: "Arakawa in", "Real Madrid on".
func nameObject(ws []string) bool {
	n := len(ws)
	if n > 1 && dateLeadWords[ws[n-1]] {
		n--
	}
	return n > 0 && n <= 3 && allCapitalised(ws[:n])
}

// withoutClosingAppositive is s without a verbless appositive set off by
// commas right before its end: "and captured Aleppo, Syria's second city,"
// is "and captured Aleppo".
func withoutClosingAppositive(s string) string {
	t := strings.TrimRight(s, " ")
	// "married Arakawa, a classical pianist, in": the date's own
	// preposition may follow the appositive.
	lead := ""
	if k := strings.LastIndexByte(t, ' '); k > 0 && dateLeadWords[t[k+1:]] && strings.HasSuffix(t[:k], ",") {
		t, lead = t[:k], t[k:]
	}
	if !strings.HasSuffix(t, ",") {
		return s
	}
	k := strings.LastIndex(t[:len(t)-1], ", ")
	if k < 0 || hasVerb(t[k+2:len(t)-1]) || strings.ContainsAny(t[k+2:len(t)-1], ",;:") {
		return s
	}
	return t[:k] + lead
}

// dateOpensPredicate is the join before a date that opens a second
// predicate ahead of its verb: "and on Monday announced".
var dateOpensPredicate = regexp.MustCompile(`\s(?:and|but)\s+(?:(?:in|on|at|during)\s+)?$`)

// dateFirstPredicate finds a second predicate that opens with its date e
// and goes on with a verb in the past: "reported a loss in the third
// quarter and last month announced plans to cut jobs". It returns what
// datedPredicate does.
// listedPredicate reports whether text[start:end] is a sentence's first
// clause, its subject and a predicate with no aside, that a comma may
// list more predicates after: "Merz lost a power struggle in the early
// 2000s, left politics in 2009". Not a relative or an aside on the
// subject ("The chief executive, who was appointed last year,").
func listedPredicate(text string, start, end int) bool {
	clause := text[start:end]
	if strings.TrimSpace(text[:start]) != "" || strings.ContainsAny(clause, ",;:") || subordinateOpeners[firstWord(clause)] {
		return false
	}
	h, ok := parseHeadline(clause)
	return ok && h.relative == ""
}

// pastVerbOpens reports whether s opens with a verb in the past, in lower
// case.
func pastVerbOpens(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && isLowerWord(f[0]) && pastForm(f[0])
}

func dateFirstPredicate(text string, clause span, e timex.Expression, content []timex.Expression) (span, string, *timex.Expression, bool) {
	before := text[clause.Start:e.Start]
	m := dateOpensPredicate.FindStringIndex(before)
	after := strings.Fields(text[e.End:clause.End])
	if m == nil || !pastVerbOpens(text[e.End:clause.End]) || !hasVerb(before[:m[0]]) {
		return span{}, "", nil, false
	}
	v, _ := verbOf(bare(after[0]))
	subject, ok := sharedSubject(before[:m[0]], bare(after[0]), v, bare(wordAfter(after)))
	// "has been principal guest conductor since 2022 and last year won":
	// as in datedPredicate, a state the headline parser cannot read has
	// its subject before its auxiliary.
	if !ok {
		subject, ok = subjectBeforeAuxiliary(before[:m[0]])
	}
	if !ok {
		return span{}, "", nil, false
	}
	var first *timex.Expression
	for i, c := range content {
		if c.Anchored() && c.Start >= clause.Start && c.End <= clause.Start+m[0] {
			first = &content[i]
		}
	}
	return span{Start: clause.Start + m[0] + len(" and "), End: clause.End}, subject, first, true
}

// aimedOccasion reports whether e, a year, names an occasion after
// "the" that an infinitive an intention or a bid leads to takes part in:
// "India will bid to host the 2036 Olympic Games" dates the Games, which
// no act of the sentence took part in.
func aimedOccasion(before, after string, e timex.Expression) bool {
	f := strings.Fields(strings.ToLower(before))
	n := len(f)
	if n < 4 || f[n-1] != "the" || f[n-3] != "to" || !isYear(e.Text) || !isCapitalised(firstToken(after)) {
		return false
	}
	base := f[n-4]
	if v, ok := verbOf(base); ok {
		base = v.base
	} else if thirdPersonS(base) { // "plans", "hopes"
		base = sBase(base)
	}
	return intentions[base] || base == "bid" || base == "try"
}

// backshiftedModals tell, after a past saying, what was to come.
var backshiftedModals = wordSet(`would could might should`)

// intentions, in the present, tell of what is ahead with their
// infinitive.
var intentions = wordSet(`plan intend aim hope expect want seek`)

// pluralNoun reports whether w reads as a plural noun: a lower-case word
// ending in one "s" that is no verb we know ("images", not "says").
func pluralNoun(w string) bool {
	if _, ok := verbOf(w); ok || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") {
		return false
	}
	return !notPluralNouns[w]
}

// notPluralNouns end in one "s" but are no plurals.
var notPluralNouns = wordSet(`this thus its his hers ours yours theirs news series always perhaps`)

// withoutLeads is the words of s without those leading into a date at
// its end: "published in" is "published".
func withoutLeads(s string) []string {
	toks, _ := withoutDateLeads(strings.Fields(s))
	return toks
}

// subjectBeforeAuxiliary is the subject of a clause that opens with a
// pronoun, a name or a short noun phrase and its finite auxiliary: "He
// had been", "The port was".
func subjectBeforeAuxiliary(clause string) (string, bool) {
	f := strings.Fields(clause)
	for i := 1; i < len(f) && i <= 4; i++ {
		if strings.ContainsAny(f[i-1], ",;:") {
			return "", false
		}
		if finiteAuxiliaries[f[i]] {
			if subject := f[:i]; nounPhrase(subject) {
				return strings.Join(subject, " "), true
			}
			return "", false
		}
	}
	return "", false
}

// lastJoiner is the index in s of the last joiner j that joins no two
// names ("to Paris and Warsaw"), or -1.
func lastJoiner(s, j string) int {
	i := strings.LastIndex(s, j)
	for i > 0 && j == " and " && joinsNames(s[:i], s[i+len(j):]) {
		i = strings.LastIndex(s[:i], j)
	}
	return i
}

// joinsNames reports whether the word that ends before and the one that
// opens after are both capitalised.
func joinsNames(before, after string) bool {
	f := strings.Fields(before)
	return len(f) > 0 && isCapitalised(f[len(f)-1]) && isCapitalised(firstToken(after))
}

// onlyPredicates reports whether s, what stands between the main date
// and the join of a later predicate, holds nothing but the main
// predicate's rest and predicates joined on before ("at his home", ",
// charged on 4 March"): no clause of its own ("after police raided a
// house"), whose subject the later predicate might share.
func onlyPredicates(s string) bool {
	f := strings.Fields(s)
	for i, t := range f {
		w := strings.ToLower(bare(t))
		// "after criticising the government": a gerund's phrase has no
		// subject of its own.
		gerund := i+1 < len(f) && presentParticiple(f[i+1])
		if clauseOpeners[w] && !gerund && startsClause(strings.Join(f[:i], " "), w, strings.Join(f[i+1:], " ")) || w == "that" || strings.ContainsAny(t, ";:") {
			return false
		}
		// A past form after a preposition is an adjective: "with
		// sustained winds of 150 kph".
		if _, ok := verbOf(w); ok && i > 0 && !strings.HasSuffix(f[i-1], ",") && !strings.EqualFold(f[i-1], "and") && !determiners[strings.ToLower(f[i-1])] &&
			!(subjectPrepositions[strings.ToLower(f[i-1])] && pastForm(w)) {
			return false
		}
	}
	return true
}

// joinedAfterAside finds, for a clause that opens with "and" or "but"
// and a verb after a subordinate clause set off by commas, the subject it
// shares with the clause before the aside: "Berg will join the squad in
// January, when the window reopens, and could make his debut", or before
// the comma when a modal follows it. It returns
// the clause without its conjunction and that subject.
func joinedAfterAside(text string, c span) (span, string, bool) {
	f := strings.Fields(text[c.Start:c.End])
	if len(f) < 3 || f[0] != "and" && f[0] != "but" {
		return span{}, "", false
	}
	v, ok := verbOf(f[1])
	if !ok {
		return span{}, "", false
	}
	first := withoutSubordinateAside(strings.TrimRight(text[:c.Start], " "))
	// "He will get credit for the 13 months he has served, and could be
	// released in about three years": a modal after the comma shares the
	// subject with no aside between.
	// So does an auxiliary or a past: "He is on trial for insurrection,
	// and was released from detention on March 8".
	modal := (modalAuxiliaries[f[1]] || finiteAuxiliaries[f[1]] || v.form == formPast) && strings.HasSuffix(first, ",")
	if first == strings.TrimRight(text[:c.Start], " ") && !modal || !hasVerb(first) {
		return span{}, "", false
	}
	subject, ok := sharedSubject(first, f[1], v, f[2])
	if !ok {
		return span{}, "", false
	}
	start := c.Start + strings.Index(text[c.Start:], f[1])
	return span{Start: start, End: c.End}, subject, true
}

// joinedAfterDate finds, for a clause that opens with ", and" or ", but"
// and the date e before its verb, the subject it shares with the clause
// before the comma: "Tesla has appealed the decision, and last year
// moved its legal home to Texas". It returns the clause from the date on
// and that subject.
func joinedAfterDate(text string, c span, e timex.Expression) (span, string, bool) {
	// Not a date that is the subject: "but the October-December quarter
	// was revised".
	lead := strings.Fields(text[c.Start:e.Start])
	if len(lead) == 0 || lead[0] != "and" && lead[0] != "but" || !onlyLeads(strings.Join(lead[1:], " ")) || !strings.HasSuffix(strings.TrimRight(text[:c.Start], " "), ",") || determiners[strings.ToLower(firstWord(e.Text))] {
		return span{}, "", false
	}
	f := strings.Fields(text[e.End:c.End])
	if len(f) < 2 {
		return span{}, "", false
	}
	v, ok := verbOf(f[0])
	if !ok || v.form != formPast && !finiteAuxiliaries[f[0]] {
		return span{}, "", false
	}
	first := strings.TrimSuffix(strings.TrimRight(text[:c.Start], " "), ",")
	if !hasVerb(first) {
		return span{}, "", false
	}
	subject, ok := sharedSubject(first, f[0], v, f[1])
	if !ok {
		return span{}, "", false
	}
	return span{Start: e.Start, End: c.End}, subject, true
}

// withoutSubordinateAside is s without the clause of time or cause that
// ends it set off by commas (", when a customer complained,"), the
// relative (", who has served two terms,") or the verbless phrase (", 19
// points behind the leaders,").
func withoutSubordinateAside(s string) string {
	// "which he called "Liberation Day,"": the comma a quotation takes
	// inside its marks closes the aside.
	if t := strings.TrimSuffix(strings.TrimSuffix(s, `"`), "”"); len(t) < len(s) && strings.HasSuffix(t, ",") {
		s = t
	}
	if !strings.HasSuffix(s, ",") {
		return s
	}
	k := strings.LastIndex(s[:len(s)-1], ", ")
	if k < 0 {
		return s
	}
	// "nearly two decades after the company first applied,": a measure
	// may open it.
	f := strings.Fields(s[k+2:])
	for len(f) > 2 && (measureWord(f[0]) || isDigit(f[0][0]) || numberWords[strings.ToLower(f[0])]) {
		f = f[1:]
	}
	if w := strings.ToLower(f[0]); !subordinators[w] && w != "who" && w != "which" && hasVerb(s[k+2:]) {
		return s
	}
	return s[:k]
}

// reported is what an attribution reports, after "that" or after its
// verb of saying, or "".
func reported(clause string) string {
	// "The AIU said Otieno had argued that he had been travelling": a
	// report told without "that" ends before the one after it.
	that := strings.Index(clause, " that ")
	if i, ok := bareReport(clause, clause); ok && (that < 0 || i < that) {
		return clause[i:]
	}
	if that >= 0 {
		return clause[that+len(" that "):]
	}
	return ""
}

// intransitiveVerbs take no object, so have no passive to share; nor,
// as news uses them, do verbs an infinitive follows ("continued to
// perform", "refused to resign").
var intransitiveVerbs = wordSet(`die arrive resign retire return emerge occur happen collapse vanish disappear escape flee
	go come fall rise grow live work remain stay move step land serve appear plead testify
	continue begin start try refuse decide agree fail manage cease want hope plan vow promise threaten attempt decline`)

// passiveLinks tie a participle to its agent or its means: "confirmed
// by", "confirmed with".
var passiveLinks = wordSet(`by with`)

// wordAfter is the word after a predicate's verb, or "".
func wordAfter(predicate []string) string {
	if len(predicate) < 2 {
		return ""
	}
	return predicate[1]
}

// beForms are the finite forms of "be" that a second predicate's
// participle shares: "was arrested and charged".
var beForms = wordSet(`is are was were`)

func overlapsAny(c span, spans []span) bool {
	for _, s := range spans {
		if c.Start < s.End && s.Start < c.End {
			return true
		}
	}
	return false
}

// tagParagraphs tags the date expressions of each paragraph that may
// report events, against the source's publication date. The paragraphs
// are tagged as one text, so that "Two days later" opening a paragraph is
// counted from the date the one before it named; captions and other
// furniture between them are left out, so they never anchor the story.
func tagParagraphs(src timeline.Source) [][]timex.Expression {
	const gap = "\n\n" // a newline ends a sentence for the tagger, too
	var text strings.Builder
	starts := make([]int, len(src.Paragraphs))
	for i, p := range src.Paragraphs {
		if tagged(p) {
			starts[i] = text.Len()
			text.WriteString(p.Text)
			text.WriteString(gap)
		}
	}
	tags := make([][]timex.Expression, len(src.Paragraphs))
	es := timex.Tag(text.String(), src.Published)
	for i, p := range src.Paragraphs {
		if !tagged(p) {
			continue
		}
		start, end := starts[i], starts[i]+len(p.Text)
		for len(es) > 0 && es[0].Start < end {
			e := es[0]
			es = es[1:]
			if e.Start < start || e.End > end {
				continue // runs over from one paragraph into the next
			}
			e.Start, e.End = e.Start-start, e.End-start
			tags[i] = append(tags[i], e)
		}
	}
	return tags
}

// mined says whether a paragraph may report events: only headlines and
// body text do.
func mined(p timeline.Paragraph) bool {
	return p.Role == timeline.RoleBody || p.Role == timeline.RoleHeadline
}

// tagged says whether a paragraph's dates are read: a mined one's, and a
// subheading's that opens with a clock, which may be a live report's
// heading ("09:30 Schools closed").
func tagged(p timeline.Paragraph) bool {
	return mined(p) || p.Role == timeline.RoleSubheading && clockStamp.MatchString(p.Text)
}

// clockStamp opens a paragraph with a clock time: "09:30", "9.30am".
var clockStamp = regexp.MustCompile(`^\d{1,2}[:.]\d\d\b`)

// presentPerfect matches "has halted", "have reportedly suspended", "has
// been closed".
var presentPerfect = regexp.MustCompile(`\b(has|have)\s+(?:(?:also|reportedly|now|already|just)\s+)?(?:been\s+)?([a-z]+ed|taken|begun|made|won|lost|held|sent|told|said|given|left|met|struck|withdrawn|broken|chosen|fallen|risen|seen|shown|grown|become|brought|kept|led|paid|sold|found|frozen|withheld)\b`)

// rankingCopula opens a sentence that ranks or sums up what came before:
// "It is the second time", "This was the first".
var rankingCopula = regexp.MustCompile(`^(?:It|This|That)(?:\s+is|\s+was|'s|’s)\s+(?:the|a|an|its|their)\s`)

// futureLead matches "will close", "will also".
var futureLead = regexp.MustCompile(`\bwill\s+[a-z]+\b`)

// leadNews dates a lead sentence that reports news in the present perfect
// and names no date ("The union has stopped deliveries to the port") to its
// article's publication day: the news is what happened by then. So is the
// first paragraph's that announces what will be done ("The chain will
// close 60 stores"): the news is the announcing; the paragraph after it
// tells how ("The cuts will be made through early retirement").
func leadNews(src timeline.Source, p timeline.Paragraph, s span, first bool) (mention, bool) {
	text := p.Text[s.Start:s.End]
	// "Brennan, who has denied wrongdoing, said": a relative's perfect
	// tells no news; the perfect after it may ("The head teacher who has
	// led the school for 20 years has been sacked").
	var loc []int
	for _, m := range presentPerfect.FindAllStringIndex(text, -1) {
		if !relativeWords[lastWord(text[:m[0]])] {
			loc = m
			break
		}
	}
	if loc == nil && first {
		// Its own verb, not a reported one: "does not guarantee that the
		// boy will be repatriated".
		if loc = futureLead.FindStringIndex(text); loc != nil && hasVerb(text[:loc[0]]) {
			loc = nil
		}
	}
	// "It is the second time in three years the town has been
	// evacuated": a perfect in what a copula ranks tells no news of its
	// own.
	if loc == nil || src.Published.IsZero() || wordCount(text) < 8 || opensWithQuote(text) || rankingCopula.MatchString(text[:loc[0]]) {
		return mention{}, false
	}
	clause := clauseOf(text, loc[0], loc[1])
	// "A van driver who was scrolling ... when he hit a cyclist has been
	// jailed": the perfect is the subject's, past its relative.
	toks := strings.Fields(text)
	if r := slices.IndexFunc(toks, func(t string) bool { return t == "who" || t == "that" }); r > 0 && perfectAfterRelative(toks, r+1) > 0 {
		clause = trimSpan(text, 0, len(text))
	}
	return mention{
		source:    src,
		paragraph: p,
		sentence:  s,
		clause:    clause,
		anchor:    timex.Expression{Start: loc[0], End: loc[0]},
		date: timeline.Date{
			Start: src.Published, End: src.Published, Precision: timeline.PrecisionDay,
			Basis: timeline.DateBasis{SourceKey: src.Key, Anchor: src.Published, Rule: reportedInLead},
		},
	}, true
}

// entryLabelLead is a timeline entry's date label and its mark: "Dec.
// 12, 2022 - ", "May 2019 - ", "2015: ".
var entryLabelLead = regexp.MustCompile(`^(?:[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2},?)?(?:\s+\d{4})?|\d{4})\s*(?::|\s[-–—])\s+`)

// entryMark is what follows the date that opens a timeline's entry:
// "March 2023: ...", "2 October 2024 - ...".
var entryMark = regexp.MustCompile(`^\s*(?::|\s[-–—]\s)`)

// entryDate is the date that opens paragraph p as a timeline's entry
// does, of the paragraph's expressions es.
// A live report's clock may stand alone before its entry: "07:20 The
// Met Office has issued".
func entryDate(p string, es []timex.Expression) (timex.Expression, bool) {
	if len(es) == 0 || strings.TrimSpace(p[:es[0].Start]) != "" || !es[0].Anchored() || !datesSomething(es[0]) {
		return timex.Expression{}, false
	}
	if !entryMark.MatchString(p[es[0].End:]) && !(es[0].Rule == clockOnPublicationDay && stampThenEntry.MatchString(p[es[0].End:])) {
		return timex.Expression{}, false
	}
	return es[0], true
}

// stampThenEntry is what follows a live report's clock with no mark
// after it: a space and the entry's first capital.
var stampThenEntry = regexp.MustCompile(`^ \p{Lu}`)

// presentClause reports whether a sentence opens with a subject and a
// verb in the present that the verb lists may not know, as a timeline's
// entries are told: "The Post Office agrees to pay £58m", "The
// government announces a law". The verb, a word in -s, is followed by
// what opens its object or infinitive.
func presentClause(s string) bool {
	ws := strings.Fields(s)
	for i := 1; i+1 < len(ws) && i <= 6; i++ {
		w, next := ws[i], strings.ToLower(bare(ws[i+1]))
		if strings.ContainsAny(ws[i-1], ",;:") {
			return false
		}
		if thirdPersonS(w) && opensVerbObject(next) {
			return true
		}
		// "Hospitals cancel more than 20,000 appointments": a bare
		// plural and a plural present the lists do not know.
		if i == 1 && isPlural(ws[:1]) && isLowerWord(w) && (opensVerbObject(next) || amountHedges[next]) {
			return true
		}
		// "Alan Bates sets up the alliance": a particle may come first.
		if thirdPersonS(w) && particles[next] && i+2 < len(ws) && opensVerbObject(strings.ToLower(bare(ws[i+2]))) {
			return true
		}
	}
	return false
}

// presentBeforePreposition reports whether s, a sentence of a timeline's
// entry, which is told in the present, has a verb in the third person
// before a preposition among its first words: "Local MP Hannah Price
// calls for him to resign", "Its chief executive, Martin Cole, apologises
// at a public meeting". A noun after a determiner is no verb: "The talks
// in Geneva".
func presentBeforePreposition(s string) bool {
	ws := strings.Fields(s)
	for i := 1; i+1 < len(ws) && i <= 8; i++ {
		w, next := ws[i], strings.ToLower(bare(ws[i+1]))
		if thirdPersonS(w) && subjectPrepositions[next] && !determiners[strings.ToLower(ws[i-1])] && !subjectPrepositions[strings.ToLower(ws[i-1])] {
			return true
		}
	}
	return false
}

// deadlineAhead reports whether e, after the day of publication, is
// what "by" sets as a deadline.
func deadlineAhead(sentence string, e timex.Expression, published time.Time) bool {
	return e.First.After(published) && lastWord(sentence[:e.Start]) == "by"
}

// datesSomething reports whether e is a date or a time, which may date
// an event; durations and sets do not.
func datesSomething(e timex.Expression) bool {
	return e.Type == timex.TypeDate || e.Type == timex.TypeTime
}

// lasting reports whether duration e tells how long a state has lasted
// up to now: "for years", "for the past decade", "in recent months".
func lasting(sentence string, e timex.Expression) bool {
	if e.Type != timex.TypeDuration {
		return false
	}
	lower := strings.ToLower(e.Text)
	if strings.HasPrefix(lower, "the past") || strings.HasPrefix(lower, "the last") || strings.HasPrefix(lower, "recent") {
		return true
	}
	f := strings.Fields(strings.ToLower(sentence[:e.Start]))
	// "has been jailed for 12 years": a penalty's term, not a time
	// lasted.
	if n := len(f); n > 1 && penaltyVerbs[f[n-2]] {
		return false
	}
	// "has been fined after a woman died while she was left on a trolley
	// for more than 12 hours": a time lasted in a clause of its own says
	// nothing of the news.
	if slices.ContainsFunc(f, func(w string) bool { return clauseOpeners[w] }) {
		return false
	}
	return len(f) > 0 && f[len(f)-1] == "for"
}

// penaltyVerbs hand down a penalty for a term: "jailed for 12 years".
var penaltyVerbs = wordSet(`jailed sentenced imprisoned banned barred disqualified`)

// opensWithQuote reports whether a sentence opens with a quotation: what
// someone said, not the news the lead reports.
// unattributedQuote reports whether a sentence is a quotation and
// nothing else, with no one named to say it: "“Today, all of that was
// worth it.”"
func unattributedQuote(s string) bool {
	s = strings.TrimSpace(s)
	if !opensWithQuote(s) || strings.Count(s, `"`)+strings.Count(s, "“")+strings.Count(s, "”") != 2 {
		return false
	}
	for _, end := range []string{`."`, ".”", `!"`, "!”", `?"`, "?”"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}

// withoutSpeakersDay drops the days named from the day of speaking
// ("today", "tonight", "this morning"): in a quotation no attribution
// dates, that day is the speaker's, which need not be the article's.
func withoutSpeakersDay(es []timex.Expression) []timex.Expression {
	return slices.DeleteFunc(slices.Clone(es), func(e timex.Expression) bool { return e.Rule == "deictic-day" && e.First.Equal(e.Last) })
}

func opensWithQuote(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "``") || strings.HasPrefix(s, "‘")
}

// unresolved finds a date expression that names a day or period relative
// to a publication date the article lacks.
func unresolved(es []timex.Expression) (timex.Expression, bool) {
	for _, e := range es {
		if (e.Type == timex.TypeDate || e.Type == timex.TypeTime) && !e.Anchored() && strings.Contains(e.Value, "X") {
			return e, true
		}
	}
	return timex.Expression{}, false
}

func undatedMention(src timeline.Source, p timeline.Paragraph, s span, e timex.Expression) mention {
	text := p.Text[s.Start:s.End]
	return mention{
		source: src, paragraph: p, sentence: s,
		clause: clauseOf(text, e.Start, e.End),
		anchor: e,
		date: timeline.Date{Precision: timeline.PrecisionUnknown,
			Basis: timeline.DateBasis{Expression: e.Text, SourceKey: src.Key, Rule: "no-publication-date"}},
	}
}

// reportedInLead is the rule that dates lead news to its publication day.
const reportedInLead = "reported-in-lead"

// within returns the expressions inside a sentence, with offsets made
// relative to the sentence.
func within(es []timex.Expression, s span) []timex.Expression {
	var out []timex.Expression
	for _, e := range es {
		if e.Start >= s.Start && e.End <= s.End {
			e.Start, e.End = e.Start-s.Start, e.End-s.Start
			out = append(out, e)
		}
	}
	return out
}

// holds reports whether e is a period longer than d that d lies in.
func holds(e, d timex.Expression) bool {
	return e.Anchored() && d.Anchored() && d.Granularity.Finer(e.Granularity) && !d.First.Before(e.First) && !d.Last.After(e.Last)
}

// contentDates prefers the dates of what is reported to the date of the
// reporting: in "An inquiry will open next month, the government
// announced on Thursday", next month dates the event.
func contentDates(sentence string, es []timex.Expression) []timex.Expression {
	if len(es) < 2 {
		return es
	}
	var content []timex.Expression
	var attributions []span     // each attribution's clause up to its date
	var said []timex.Expression // and its date
	for i, e := range es {
		// "said Wednesday it would raise output to 42 a month": a
		// duration or a set after the saying dates nothing it reports.
		if k := slices.IndexFunc(es[i+1:], datesSomething); k >= 0 && datesBareSaying(sentence, e, es[i+1+k]) {
			continue
		}
		c := clauseOf(sentence, e.Start, e.End)
		clause := sentence[c.Start:e.Start] + sentence[e.End:c.End]
		// "reported on Wednesday its third loss": the preposition of a
		// date between a verb and its object goes with the date.
		if head := strings.TrimRight(sentence[c.Start:e.Start], " "); strings.HasSuffix(strings.ToLower(head), " on") && objectFollows(sentence[e.End:c.End]) {
			clause = head[:len(head)-len("on")] + strings.TrimLeft(sentence[e.End:c.End], " ")
		}
		// An attribution: "the government announced", "Kyiv said on
		// Sunday that ...", but not the date inside what it reports
		// ("... that Russia had launched drones overnight").
		// Nor one a contact relative makes an act on the noun before it:
		// "a request he rejected on Tuesday".
		_, contact := contactRelative(sentence[c.Start:e.Start], sentence[e.End:c.End])
		// Not a passive, but of telling someone: "whose corruption case
		// was dismissed in April" is no one's saying; "was told on
		// Monday that" is.
		if h, ok := parseHeadline(clause); ok && !contact && !futureSaying(h) && !reportsObject(h) && !thingAnnounced(h) && !inSubjectAside(sentence, e) && (attributes(h) || dataVerbs[h.verbBase] && onlyLeads(strings.Join(h.object, " "))) && !strings.Contains(sentence[c.Start:e.Start], " that ") &&
			(!h.passive || hearerVerbs[h.verbBase]) &&
			(hearerOnly(h.object) || toldHearer(h) || reportsThat(h) && strings.Contains(sentence[e.End:c.End], " that ")) {
			attributions = append(attributions, span{c.Start, e.Start})
			said = append(said, e)
			continue
		}
		if sourceDate(sentence, e) && sourcedDated(sentence, es, e) || shownBy(sentence, e) || plannedBeside(sentence, es, e) || reasonBeside(sentence, es, e) {
			continue
		}
		content = append(content, e)
	}
	// What is reported must have a date of its own: "said on Tuesday
	// that he had signed a two-year contract" has only a duration, and
	// "has lodged an appeal against a fine imposed in April, the company
	// said on Friday" only the fine's date.
	// Nor is a date in the attribution's own clause what is reported:
	// "Carver, who became leader in September, told reporters on
	// Tuesday that she would stay".
	// Nor is a period that holds the day of saying: "said on March 15
	// that companies had agreed to raise pay this year" dates the saying.
	// Nor is a date in a clause of its own after what is reported:
	// "Geologists warned in 2018 that the hillside was unstable, and a
	// report in 2019 recommended ..." reports nothing dated 2019.
	// Nor is a date in a relative set off on a noun of what is reported:
	// "announced last month that he would stop after the tournament,
	// which begins on June 14" dates the announcement.
	// Nor is one in a relative on the subject of what is reported: "The
	// thieves who stole the jewels last month spent four minutes inside,
	// the prosecutor said Wednesday".
	// Nor is the date of a noun a phrase of reason names: "announced in
	// early January that he would step down, after ... the resignation
	// of his finance minister in December".
	// Nor is one in a short relative on a noun of what is reported, an
	// event of its own: "said on Sunday that he would add flood warnings
	// to the agenda of a session that begins July 21".
	// Nor is the date of a crime an arrest or a charge names: "have
	// arrested a man in connection with the theft of jewels from the
	// museum last month, prosecutors said on Tuesday" dates the saying.
	// Nor is the period a share or a sum in a noun's phrase is told for:
	// "had turned down the offer of a 5.5% rise this year and 4% next
	// year".
	own := slices.DeleteFunc(slices.Clone(content), func(e timex.Expression) bool {
		return len(said) > 0 && (inShortRelative(sentence, e) || namedCrime(sentence[:e.Start])) || amountPeriod.MatchString(sentence[:e.Start]) && !datePrepositions[lastWord(sentence[:e.Start])] || inObjectParticiple(sentence, e) || nounAfter(sentence[:e.Start]) || yearModifier(sentence, e) || inThatRelative(sentence, e) || len(said) > 0 && (inSubjectRelative(sentence, e) || inSubjectAppositive(sentence, e) || inSubjectAside(sentence, e)) || len(said) > 0 && inCommaRelative(sentence[:e.Start]) || plannedForNoun(sentence[:e.Start]) || len(said) > 0 && periodCovered(sentence, e) || slices.ContainsFunc(attributions, func(a span) bool { return a.Start <= e.Start && e.End <= a.End }) ||
			slices.ContainsFunc(said, func(d timex.Expression) bool {
				return holds(e, d) || d.End <= e.Start && e.Start >= reportEnd(sentence, d) || reportedSubordinate(sentence, d, e)
			})
	})
	if _, ok := finestAnchored(own); !ok {
		return es
	}
	// "Payroll growth slowed over the summer, and the Labor Department
	// said earlier this month that ...": a saying whose report, after
	// it, is undated keeps its date.
	out := withoutAttributive(sentence, content)
	for _, d := range said {
		if firstWord(sentence[d.End:]) == "that" && !slices.ContainsFunc(own, func(e timex.Expression) bool { return e.Start >= d.End }) {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(a, b timex.Expression) int { return a.Start - b.Start })
	return out
}

// namedCrime reports whether before, a sentence up to a date, ends in a
// crime's noun that a charge or an arrest names (see chargedNoun).
func namedCrime(before string) bool {
	if !chargeWords.MatchString(before) || !chargedNoun.MatchString(before) {
		return false
	}
	_, ok := nominalAct(before)
	return ok
}

// agentAside is the passive a participle's phrase with its agent tells,
// set off by a comma after the clause's object and closed by the date:
// "took nearly two minutes off the previous record, set by Ethiopia's
// Tigst Assefa in Berlin last September" is "the previous record was set
// by Ethiopia's Tigst Assefa in Berlin". before is the clause up to the
// date, after the rest of it.
func agentAside(before, after string) (string, bool) {
	k := strings.LastIndex(before, ", ")
	if k < 0 || strings.Trim(after, " .!?") != "" {
		return "", false
	}
	phrase, _ := withoutDateLeads(strings.Fields(before[k+2:]))
	// "followed by its plant in Slovakia": what comes next is no
	// passive act (see clauseTitle).
	if len(phrase) < 3 || !pastForm(phrase[0]) || strings.EqualFold(phrase[0], "followed") || !strings.EqualFold(phrase[1], "by") || hasVerb(strings.Join(phrase[1:], " ")) {
		return "", false
	}
	head := strings.Fields(before[:k])
	d := determinerBefore(head, len(head)-1)
	if d < 1 || !hasVerb(strings.Join(head[:d], " ")) {
		return "", false
	}
	return beClause(head[d:], "was", "were", phrase), true
}

// lastingRelative reports whether before, the words up to a date, end in
// a relative that tells how long its noun lasted: "that lasted less than
// 15 minutes".
func lastingRelative(before []string) bool {
	r := slices.IndexFunc(before, func(w string) bool { return strings.EqualFold(w, "that") || strings.EqualFold(w, "which") })
	return r > 0 && r+2 < len(before) && lastingVerbs[strings.ToLower(before[r+1])] && timeMeasures[strings.ToLower(before[len(before)-1])] && !strings.ContainsAny(strings.Join(before[r:], " "), ",;:")
}

// expectedTimeClause is the act of a clause of time a relative set off
// after it says is expected then: "when a new museum opens there, which
// is expected in 2027" is "A new museum is expected to open there", and
// "once repairs are finished, which is due in May" is "Repairs are due
// to be finished". clause is the mention's clause without its date.
func expectedTimeClause(clause string) (string, bool) {
	head, tail, ok := strings.Cut(clause, ", which ")
	if !ok {
		return "", false
	}
	t := strings.Fields(strings.TrimRight(tail, " .,;:!?"))
	if len(t) != 2 || t[0] != "is" && t[0] != "was" || !plannedFor[t[1]] {
		return "", false
	}
	// The clause of time may open the mention's clause or close the
	// main one: "will reopen once repairs are finished".
	f := strings.Fields(head)
	k := -1 // the last opener
	for i, w := range f {
		if expectedTimeOpeners[strings.ToLower(w)] {
			k = i
		}
	}
	if k < 0 || k+2 >= len(f) {
		return "", false
	}
	f = f[k+1:]
	h, ok := parseHeadline(strings.Join(f, " "))
	// "a new museum opens there": a present the verb lists do not know.
	if k := slices.IndexFunc(f, thirdPersonS); !ok && k > 0 && nounPhrase(f[:k]) && !hasVerb(strings.Join(f[:k], " ")) {
		h, ok = parsedHeadline{subject: f[:k], verbBase: sBase(f[k])}, true
	}
	if !ok || h.verbBase == "" || len(h.subject) == 0 || len(h.subject) >= len(f) || strings.Join(f[:len(h.subject)], " ") != strings.Join(h.subject, " ") {
		return "", false
	}
	verb := append([]string{"to", h.verbBase}, f[len(h.subject)+1:]...)
	if beForms[strings.ToLower(f[len(h.subject)])] {
		verb = append([]string{"to", "be"}, f[len(h.subject)+1:]...)
	}
	return strings.Join(slices.Concat(h.subject, []string{present("be", isPlural(h.subject)), t[1]}, verb), " "), true
}

// expectedTimeOpeners open a clause of time whose act may be expected.
var expectedTimeOpeners = wordSet(`when once after until before`)

// whenStateAct is the act of a "when" clause the date ends, after a main
// clause that tells a state to come or to hold from it: "Mamdani will be
// the city's first Muslim mayor ... when he takes office on Jan. 1" is
// "Mamdani takes office". A pronoun opening the "when" clause is the main
// clause's subject, when it can be. before is the clause up to the date.
func whenStateAct(before string) (string, bool) {
	k := strings.LastIndex(before, " when ")
	if k < 0 {
		return "", false
	}
	// "A van driver who was scrolling through social media when he hit
	// a cyclist has been jailed": a "when" inside a relative on the
	// subject is no clause of the main one's.
	main := strings.Fields(before[:k])
	if slices.ContainsFunc(main, func(t string) bool { return relativeWords[strings.ToLower(t)] }) {
		return "", false
	}
	h, ok := parseHeadline(before[:k])
	act, _ := withoutDateLeads(strings.Fields(before[k+len(" when "):]))
	if !ok || h.verbBase != "be" || len(act) < 2 {
		return "", false
	}
	if p := strings.ToLower(act[0]); pronounSubjects[p] && agrees(p, h.subject) {
		act = append(slices.Clone(h.subject), act[1:]...)
	}
	return strings.Join(act, " "), true
}

// inShortRelative reports whether e ends a short relative clause on a
// noun, which thatRelative reads as an event of its own, in the present:
// what it schedules is no part of a report ("a session that begins July
// 21"), where a past one may date it ("tests had confirmed the virus in
// samples taken from a health worker who died on March 8").
func inShortRelative(sentence string, e timex.Expression) bool {
	c := clauseOf(sentence, e.Start, e.End)
	rel, ok := thatRelative(sentence[c.Start:e.Start], sentence[e.End:c.End])
	toks := strings.Fields(rel)
	v := lastVerb(toks)
	return ok && v >= 0 && !pastForm(toks[v])
}

// inSubjectRelative reports whether e dates a relative clause on the
// subject of its clause, which its own verb follows: "The thieves who
// stole the jewels last month spent four minutes inside".
func inSubjectRelative(sentence string, e timex.Expression) bool {
	c := clauseOf(sentence, e.Start, e.End)
	toks, _ := withoutDateLeads(strings.Fields(sentence[c.Start:e.Start]))
	rest := strings.Fields(sentence[e.End:c.End])
	k := verbAfterPhrase(rest)
	if k < 0 || k >= len(rest) {
		return false
	}
	auxiliary := finiteAuxiliaries[strings.ToLower(bare(rest[k]))]
	// "A violin stolen from an apartment in 1994 has been recovered,
	// prosecutors said": so does a participle's relative, before an
	// auxiliary (a past's verb takes the date: see datedRelative).
	if _, _, _, _, reduced := relativeOnSubject(sentence[c.Start:e.Start]); reduced && auxiliary {
		return true
	}
	r := pastRelativeOnNoun(toks, subjectRelativeOpens)
	if r < 1 || len(actor(toks[:r])) != r || !nounPhrase(toks[:r]) {
		return false
	}
	return auxiliary || pastForm(rest[k])
}

// inSubjectAppositive reports whether e is inside an appositive set off
// after the sentence's subject, before its verb: "Terry Mason, the
// Liverpool defender who captained England at the 1982 World Cup, has
// died" tells who Mason was.
func inSubjectAppositive(sentence string, e timex.Expression) bool {
	k := strings.Index(sentence, ", ")
	if k < 0 || k > e.Start || hasVerb(sentence[:k]) || strings.ContainsAny(sentence[k+2:e.Start], ",;:") {
		return false
	}
	c := strings.Index(sentence[e.End:], ", ")
	if c < 0 || strings.ContainsAny(sentence[e.End:e.End+c], ";:") {
		return false
	}
	if w := strings.ToLower(firstWord(sentence[k+2:])); !determiners[w] && possessivePronouns[w] == "" {
		return false
	}
	next := strings.ToLower(firstWord(sentence[e.End+c+2:]))
	_, verb := verbOf(next)
	return verb || finiteAuxiliaries[next]
}

// commaOutsideQuote moves a comma inside a closing quotation mark after
// it.
var commaOutsideQuote = strings.NewReplacer(`,"`, `",`, `,”`, `”,`)

// subjectRelativeOpens open a relative clause on a subject.
var subjectRelativeOpens = wordSet(`who which that`)

// conditionBefore reports whether stretch, the words of a clause up to a
// date, holds "unless" or "if" and the clause of condition it opens: "to
// sue the broadcaster unless it retracted the documentary by". Not "as
// if", nor an "if" that asks, and not past another opener.
func conditionBefore(stretch string) bool {
	f := strings.Fields(strings.ToLower(stretch))
	for k := len(f) - 1; k >= 0; k-- {
		w := bare(f[k])
		if w == "unless" || w == "if" && (k == 0 || f[k-1] != "as" && !askingWords[bare(f[k-1])]) {
			return true
		}
		if clauseOpeners[w] || w == "that" || strings.ContainsAny(f[k], ",;:") && k < len(f)-1 {
			return false
		}
	}
	return false
}

// askingWords make the "if" after them a "whether": "not known if the
// arrest stemmed from".
var askingWords = wordSet(`know known knows unclear clear sure certain ask asked asks wonder wondered wonders see`)

// countedTime ends in the count of a time: "for the second time", "for
// a third time in".
var countedTime = regexp.MustCompile(`(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last)\s+time\s+(?:in\s+)?$`)

// reportedState reports whether a date ends the subject of what a saying
// reports, a noun phrase whose verb is a copula of a state: in "said
// another reduction in December was not a foregone conclusion" the date
// names the reduction. A passive or a future ("said sailings on Saturday
// would be cancelled") is an act.
func reportedState(before, after string) bool {
	f, _ := withoutDateLeads(strings.Fields(before))
	k := len(f) - 1
	for k >= 0 && k >= len(f)-5 && !statementVerb.MatchString(f[k]) {
		if _, verb := verbOf(bare(f[k])); verb || strings.ContainsAny(f[k], ",;:\"“”") {
			return false
		}
		k--
	}
	if k < 0 || k == len(f)-1 || !statementVerb.MatchString(f[k]) {
		return false
	}
	a := strings.Fields(after)
	if len(a) < 2 || !beForms[strings.ToLower(a[0])] {
		return false
	}
	next := a[1]
	if strings.EqualFold(next, "not") && len(a) > 2 {
		next = a[2]
	}
	return !pastForm(bare(next)) && !presentParticiple(bare(next)) && !strings.EqualFold(next, "to")
}

// yearNamed reports whether toks end in a name an article and a year
// open: "at the 2020 Olympics".
func yearNamed(toks []string) bool {
	for k := len(toks) - 1; k >= 1 && k >= len(toks)-4; k-- {
		if isYear(toks[k]) {
			return articleWords[strings.ToLower(toks[k-1])] && k < len(toks)-1 && allCapitalised(toks[k+1:])
		}
	}
	return false
}

// renamedOccasion reports whether e is a year that opens an occasion's
// name, which a participle's phrase set off after the name dates: "won
// gold at the 2020 Olympics, held in 2021" won it in 2021.
func renamedOccasion(sentence string, e timex.Expression) bool {
	if !isYear(e.Text) || !articleWords[lastWord(sentence[:e.Start])] {
		return false
	}
	f := strings.Fields(sentence[e.End:])
	k := 0
	for k < len(f) && k < 4 && isCapitalised(f[k]) && !strings.HasSuffix(f[k], ",") {
		k++
	}
	return k < len(f) && k < 4 && isCapitalised(f[k]) && strings.HasSuffix(f[k], ",") && k+2 < len(f) && pastForm(f[k+1]) && datePrepositions[strings.ToLower(f[k+2])]
}

// yearModifier reports whether e is a bare year between an article and
// the noun it qualifies, which dates no act: "the sequel to the 2022
// hit".
// A name is an occasion the year may date: "won gold at the 2022
// Olympics".
func yearModifier(sentence string, e timex.Expression) bool {
	next := firstToken(sentence[e.End:])
	return isYear(e.Text) && articleWords[lastWord(sentence[:e.Start])] && next != "" && isLowerWord(next)
}

// nounAfter reports whether before, a sentence up to a date, ends in a
// phrase "after", "following" or "including" opens after a comma, with no
// verb of its own.
func nounAfter(before string) bool {
	// "after a string of election defeats, including the loss of its
	// upper house majority in July".
	k := max(strings.LastIndex(before, ", after "), strings.LastIndex(before, ", following "), strings.LastIndex(before, ", including "))
	return k >= 0 && !hasVerb(before[k:])
}

// wholeBases are the bases of a comparison that need no date: "later
// than usual", "earlier than expected".
var wholeBases = wordSet(`usual normal expected planned scheduled forecast anticipated feared hoped ever`)

// pointHedges before "after" or "before" make a point of what would bound
// a span: "shortly after 6am", "just before midnight".
var pointHedges = wordSet(`shortly just soon right moments minutes hours`)

// inSubjectAside reports whether e dates a participle's aside on the
// sentence's subject: "The discovery, announced on Wednesday in the
// journal Nature, was made with ..." tells of the discovery, and
// attributes nothing. The participle may have its agent before the date:
// "The subsidy, approved by the European Commission in February, had
// never been in doubt".
func inSubjectAside(sentence string, e timex.Expression) bool {
	before := withoutLeads(sentence[:e.Start])
	n := len(before)
	p := slices.IndexFunc(before, func(t string) bool { return strings.HasSuffix(t, ",") }) // the aside's comma
	if p < 0 || p+2 > n || n-p > 8 || commas(before) != 1 || !pastForm(before[p+1]) || hasVerb(strings.Join(before[p+2:], " ")) {
		return false
	}
	// The aside closes with a comma after the date, and the clause's
	// verb follows.
	after := strings.Fields(sentence[e.End:])
	c := slices.IndexFunc(after, func(t string) bool { return strings.HasSuffix(t, ",") })
	if c < 0 || c+1 >= len(after) || hasVerb(strings.Join(after[:c+1], " ")) {
		return false
	}
	next := strings.ToLower(bare(after[c+1]))
	_, verb := verbOf(next)
	return verb || finiteAuxiliaries[next] || modalAuxiliaries[next]
}

// plannedForNoun reports whether the words before a date end in a plan
// told of a noun: "a new campus due to open in", "a summit set to take
// place on". The date is the plan's, not that of what is reported ("it
// would invest $5 billion, including a new campus due to open in 2027").
// After a form of "be" the plan is the clause's own: "the campus is due
// to open in 2027".
func plannedForNoun(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	for i := len(f) - 2; i >= 1 && i >= len(f)-8; i-- {
		if f[i] != "to" || !plannedWords[f[i-1]] {
			continue
		}
		return i >= 2 && !beForms[f[i-2]] && !auxiliaries[f[i-2]] && !strings.ContainsAny(f[i-2], ",;:")
	}
	return false
}

// reportAfterRe is where a clause of its own is joined on after what a
// sentence reports: a comma or semicolon, "and" or "but", and a subject
// that opens with a determiner or a capital.
var reportAfterRe = regexp.MustCompile(`[,;]\s+(?:and|but)\s+(?:a|an|the|[A-Z]\w*)\s`)

// reportEnd is where what is reported after the date of saying d ends:
// at a clause of its own joined on after it, else at the sentence's end.
func reportEnd(sentence string, d timex.Expression) int {
	if loc := reportAfterRe.FindStringIndex(sentence[d.End:]); loc != nil {
		return d.End + loc[0]
	}
	return len(sentence)
}

// sourceDate reports whether e is a source's own date, after "according
// to" and the source's name, perhaps with a participle: "..., according to
// a report published on Monday", "according to the fire service's
// report, published on Monday".
func sourceDate(sentence string, e timex.Expression) bool {
	before := strings.ToLower(sentence[:e.Start])
	k := strings.LastIndex(before, "according to ")
	if k < 0 {
		return false
	}
	f, _ := withoutDateLeads(strings.Fields(before[k+len("according to "):]))
	for i, w := range f {
		w = bare(w)
		if _, ok := verbOf(w); ok && i < len(f)-1 || clauseOpeners[w] || w == "that" {
			return false
		}
	}
	return len(f) > 0
}

// whenTellsDate reports whether a "when" clause right after e, with no date
// of its own, tells what happened then: "since the general election in
// July 2024, when it won a landslide majority" dates the win, though a
// phrase of "since" dates no act. One with a date of its own is dated by
// it: "since the early hours of Nov. 2, when the vessel drifted into a
// pier at about 1:30 a.m.".
func whenTellsDate(sentence string, cuts []int, es []timex.Expression, e timex.Expression) bool {
	w := whenClauseAfter(sentence, cuts, e.End)
	return w > 0 && !slices.ContainsFunc(es, func(o timex.Expression) bool { return o.Start >= e.End && o.Start < w })
}

// sourcedDated reports whether what the source whose date is e reports,
// the words before "according to", has a date of its own. One that has
// none is the source's news, of its day: "Reform UK has extended its lead
// to nine points, according to a poll published on Sunday, the party's
// largest lead since it began topping surveys in the spring".
// A date in an aside set off on a noun of it is the aside's: "Lazarus
// Chakwera, who was first elected in 2020, won a second term, according
// to results announced on Wednesday night".
func sourcedDated(sentence string, es []timex.Expression, e timex.Expression) bool {
	k := strings.LastIndex(strings.ToLower(sentence[:e.Start]), "according to ")
	return slices.ContainsFunc(es, func(o timex.Expression) bool {
		return o.Anchored() && o.End <= k && !inCommaRelative(sentence[:o.Start])
	})
}

// perfectOfNoun reports whether a day ends the phrase "of" opens after a
// verb in the present perfect, which takes no past day of its own: in
// "Police have released a timeline of the crush outside the stadium on
// Saturday night" the night is the crush's, not the releasing's.
func perfectOfNoun(before string, e timex.Expression) bool {
	if e.Granularity != timex.GranDay {
		return false
	}
	f := strings.Fields(strings.ToLower(before))
	// "a warning for much of the west coast from 6 a.m. on Saturday": a
	// bound of a span is no noun's day. Nor is what an act is called
	// for: "have called another day of strikes for next Tuesday".
	if n := len(f); n > 0 && (spanBounds[f[n-1]] || f[n-1] == "for") {
		return false
	}
	for i := 0; i+1 < len(f); i++ {
		if f[i] != "has" && f[i] != "have" {
			continue
		}
		v, ok := verbOf(f[i+1])
		if !ok || v.form != formPast || f[i+1] == "been" {
			return false
		}
		rest := f[i+2:]
		return slices.Contains(rest, "of") && !slices.ContainsFunc(rest, func(w string) bool { return strings.ContainsAny(w, ",;:") || clauseOpeners[w] || w == "that" })
	}
	return false
}

// perfectOfNounAct tells what the date of a noun after a present perfect
// dates (see perfectOfNoun): what a relative on it says happened in it,
// "11 people died and more than 80 were injured in the crush outside the
// stadium", or else the noun itself. before and after are the clause up
// to the date and the sentence after it. A day after publication is
// still to come, what the perfect called for: "Protest groups have
// called for a nationwide day of action on Wednesday".
func perfectOfNounAct(before string, e timex.Expression, after string, published time.Time) (string, bool) {
	if !perfectOfNoun(before, e) || e.First.After(published) {
		return "", false
	}
	k := strings.LastIndex(before, " of ")
	noun, _ := withoutDateLeads(strings.Fields(before[k+len(" of "):]))
	if len(noun) == 0 {
		return "", false
	}
	if rel, ok := strings.CutPrefix(after, ", in which "); ok {
		if end := strings.IndexAny(rel, ".;:!?"); end > 0 && !strings.Contains(rel[:end], ",") {
			return rel[:end] + " in " + strings.Join(noun, " "), true
		}
	}
	// "have arrested a man over the murder of a teenager in Leeds on
	// Saturday": an act's noun before "of" tells the act.
	if act, ok := nounAct(lastWord(before[:k]), noun); ok {
		return act, true
	}
	return strings.Join(noun, " "), true
}

// plannedBeside reports whether e is the day a noun was planned for,
// after a verb whose own day the sentence names: "canceled more than
// 1,200 flights scheduled for Tuesday by Monday evening" was done by
// Monday evening.
func plannedBeside(sentence string, es []timex.Expression, e timex.Expression) bool {
	f := strings.Fields(strings.ToLower(sentence[:e.Start]))
	n := len(f)
	if n < 3 || f[n-1] != "for" || !plannedFor[f[n-2]] || beForms[f[n-3]] {
		return false // "is scheduled for Tuesday" is the plan itself
	}
	return slices.ContainsFunc(es, func(o timex.Expression) bool {
		return o.Start != e.Start && o.Granularity == e.Granularity && !strings.HasSuffix(strings.TrimRight(sentence[:o.Start], " "), " and") && o.Anchored()
	})
}

// reasonBeside reports whether e comes after a phrase of reason opens,
// beside a date before it: "Inflation was 1.7% in July, ... partly
// because of the removal of the consumer carbon tax on April 1" tells
// July's figure; April 1 dates only the reason.
func reasonBeside(sentence string, es []timex.Expression, e timex.Expression) bool {
	// "postponed because of a frozen pitch and will be replayed on
	// March 4": a predicate of its own after the phrase.
	k := reasonPhrase.FindStringIndex(sentence[:e.Start])
	if k == nil || hasVerb(sentence[k[1]:e.Start]) {
		return false
	}
	// "first in December because of a faulty valve and again on Monday":
	// nor a date told as another time of what was done at the one before.
	if j := strings.LastIndex(sentence[k[0]:e.Start], " and "); j >= 0 && repeatLead.MatchString(sentence[k[0]+j:e.Start]) {
		return false
	}
	// "unable to reach it on Friday because of rough seas, and a second
	// attempt on Saturday was called off": nor one in a clause of its own
	// that ", and" or ", but" joins after the phrase.
	if j := strings.LastIndex(sentence[k[1]:e.Start], ", "); j >= 0 && newClause(sentence[k[1]+j+2:]) {
		return false
	}
	return slices.ContainsFunc(es, func(o timex.Expression) bool { return o.End <= k[0] && o.Anchored() })
}

// reasonPhrase opens a phrase of reason: "because of", "owing to".
var reasonPhrase = regexp.MustCompile(`\b(?:because of|owing to|thanks to|as a result of)\s`)

// shownBy reports whether e is the date of what a sentence's last
// clause names as showing what it tells: "The waiting list fell to 7.36
// million in September, official figures published on Thursday show." As
// after "according to", the source's date dates what it reports. A clause
// an opener joins on may follow: "..., figures published on Thursday
// showed, though the service remains far from its targets".
func shownBy(sentence string, e timex.Expression) bool {
	k := strings.LastIndex(sentence[:e.Start], ", ")
	if k < 0 || !dataVerbEnd.MatchString(sentence[e.End:]) {
		return false
	}
	f, _ := withoutDateLeads(strings.Fields(sentence[k+2 : e.Start]))
	n := len(f)
	return n > 1 && publishedWords[strings.ToLower(f[n-1])] && !hasVerb(strings.Join(f[:n-1], " "))
}

var (
	dataVerbEnd    = regexp.MustCompile(`^\s*(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)(?:[.!]?\s*$|,\s+(?:though|although|while|but|as|with|and)\s)`)
	publishedWords = wordSet(`published released issued`)
)

// objectFollows reports whether rest, what follows a date, opens with a
// noun phrase's determiner: "its third loss", "a plan".
func objectFollows(rest string) bool {
	f := strings.Fields(rest)
	return len(f) > 1 && determiners[f[0]] && f[0] != "that"
}

// futureSaying reports whether h tells of a saying still to come: "The
// company, which will report results on March 3, raised prices"
// attributes nothing.
func futureSaying(h parsedHeadline) bool {
	rest, ok := strings.CutPrefix(h.title, strings.Join(h.subject, " ")+" ")
	return ok && strings.HasPrefix(rest, "will ")
}

// reportsObject reports whether h reports a thing, which is an act: "The
// company, which reports results on March 20," tells when the results
// come, not who says what the sentence reports ("reported to police",
// "reported on Monday that").
func reportsObject(h parsedHeadline) bool {
	if h.verbBase != "report" || len(h.object) == 0 {
		return false
	}
	first := strings.ToLower(bare(h.object[0]))
	return first != "" && first != "that" && !subjectPrepositions[first]
}

// toldHearer reports whether h tells someone, its object no more than
// who heard it once the mark and preposition left where its date was go:
// "its health minister told the state assembly on ." (see hearerOnly).
func toldHearer(h parsedHeadline) bool {
	if h.verbBase != "tell" {
		return false
	}
	object := slices.DeleteFunc(slices.Clone(h.object), func(t string) bool { return bare(t) == "" })
	for len(object) > 0 && dateLeadWords[strings.ToLower(object[len(object)-1])] {
		object = object[:len(object)-1]
	}
	return !toldTo(object) && hearerOnly(object)
}

// thingAnnounced reports whether what a verb of stating takes is the
// thing it makes known, an act of its own: "announced his resignation",
// not "told reporters" or "warned residents". A possessive or an
// article opens it, or "for" what is asked: "called for protests".
func thingAnnounced(h parsedHeadline) bool {
	if len(h.object) < 2 || hearerVerbs[h.verbBase] || h.verbBase == "say" {
		return false
	}
	w := strings.ToLower(h.object[0])
	return possessivePronouns[w] != "" || w == "the" || w == "a" || w == "an" || w == "for"
}

// toldTo reports whether an object of "tell" holds an infinitive, which
// makes it an order, not a report: "residents were told to leave",
// "told staff to stay at home".
func toldTo(object []string) bool {
	for i, t := range object[:max(len(object)-1, 0)] {
		if next := object[i+1]; strings.EqualFold(t, "to") && !isCapitalised(next) && !determiners[strings.ToLower(next)] && bare(next) != "" {
			return true
		}
	}
	return false
}

// dataVerbs attribute what figures, a survey or a study found when
// nothing follows them ("..., official figures showed on Wednesday"),
// or a reported clause: "figures showed the economy had grown".
var dataVerbs = wordSet(`show indicate suggest`)

// publishedMedium is a saying's medium and the participle of its coming
// out, perhaps with where: "in a paper published in the journal Nature",
// "in a statement released".
var publishedMedium = regexp.MustCompile(`(?i)^(?:in|on)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:published|released|issued|posted)(?:\s+(?:in|on|by)\s+[^,;:]*)?$`)

// hearerOnly reports whether an attribution's object names at most who
// heard it and how: "reporters", "customers in an email", "analysts on
// a call", not what was said.
func hearerOnly(object []string) bool {
	// "said in a paper published on Tuesday": where it was said, and
	// when that came out, is no more than a hearer.
	if publishedMedium.MatchString(strings.Join(object, " ")) {
		return true
	}
	// "said on Monday they would appeal": a verb tells what was said.
	if hasVerb(strings.Join(object, " ")) {
		return false
	}
	if len(object) <= 3 {
		return true
	}
	for i, t := range object[:4] {
		// A preposition with nothing after it leads into the date.
		// What follows it may be a request made by writing or calling,
		// which is an act: "wrote to the Speaker on Wednesday asking for
		// more time".
		if p := strings.ToLower(t); (p == "in" || p == "on" || p == "at" || p == "during" || p == "via") && i+1 < len(object) && bare(object[i+1]) != "" {
			return !requestParticiples[strings.ToLower(object[i+1])]
		}
	}
	return false
}

// requestParticiples make what they follow a request: "asking for more
// time".
var requestParticiples = wordSet(`asking urging calling demanding requesting seeking pleading begging inviting`)

// datesBareSaying reports whether e dates only the saying of what is
// reported without "that", which next dates: in "Giving evidence on
// Monday, Ellis said he met Stone on 10 April" and "The utility said
// Thursday it had told regulators on Aug. 13" what is reported is the
// event. Before e the saying must be the sentence's first verb, so "He
// was arrested on Monday and police said he had fled on Friday" keeps
// Monday.
func datesBareSaying(sentence string, e, next timex.Expression) bool {
	lead := sentence[e.End:next.Start]
	if saidJustBefore.MatchString(sentence[:e.Start]) {
		report := "said " + strings.TrimLeft(lead, " ,")
		_, ok := bareReport(report, report)
		return ok && plainClause(report)
	}
	if _, ok := bareReport(lead, lead); !ok {
		return false
	}
	say := bareSaying.FindStringIndex(lead)
	return !hasVerb(sentence[:e.Start]) && !hasVerb(lead[:say[0]]) && plainClause(lead[say[1]:])
}

// plainClause reports whether s runs on as one clause: no comma and no
// word that opens another ("who could come ... as early as Tuesday" is a
// relative clause's date, not the report's).
func plainClause(s string) bool {
	if strings.ContainsAny(s, ",;:") {
		return false
	}
	for _, w := range strings.Fields(s) {
		if clauseOpeners[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// saidJustBefore is a verb of saying right before a date: "said
// Thursday", "said on Monday".
var saidJustBefore = regexp.MustCompile(bareSayingVerbs + `(?:\s+on)?\s*$`)

// withoutAttributive leaves out calendar dates that name a noun ("The
// Jan. 6 committee met on Tuesday") when another date in their clause is
// left to date it. Alone in its clause such a date is kept: "injured in
// the January 1998 bombing" happened then, and "a Sunday night memorial
// service", without a calendar date, is when it was held.
func withoutAttributive(sentence string, es []timex.Expression) []timex.Expression {
	if len(es) < 2 {
		return es
	}
	attr := make([]bool, len(es))
	for i, e := range es {
		attr[i] = attributive(sentence, e) || periodCovered(sentence, e)
		// "its Dec. 9-10 meeting": a range's second day names the noun
		// with its first.
		if i > 0 && attr[i-1] && es[i-1].End <= e.Start && rangeEnd(es[i-1].Text, sentence[es[i-1].End:]) >= e.End-es[i-1].End {
			attr[i] = true
		}
	}
	out := make([]timex.Expression, 0, len(es))
	for i, e := range es {
		if !attr[i] || !otherDateInClause(sentence, es, attr, i) {
			out = append(out, e)
		}
	}
	return out
}

// periodCovered reports whether a date is the period a figure covers:
// "reported a loss of $5.3 billion for the third quarter last month" was
// reported last month; "results for 2024", "a profit for the year".
func periodCovered(sentence string, e timex.Expression) bool {
	f := strings.Fields(strings.ToLower(sentence[:e.Start]))
	n := len(f)
	if n < 2 || f[n-1] != "for" {
		return false
	}
	w := bare(f[n-2])
	// "Net income for the July-September quarter rose": in the subject
	// the period is the news's own.
	return (figureNouns[w] || amountUnits[w] || w != "" && (isDigit(w[0]) || strings.HasSuffix(w, "%"))) && hasVerb(strings.Join(f[:n-2], " "))
}

var (
	figureNouns = wordSet(`loss losses profit profits revenue revenues sales earnings results figures deficit surplus growth output income turnover dividend`)
	amountUnits = wordSet(`million billion trillion bn m`)
)

// ofOtherAct reports whether an attributive date names what a
// preposition of relation or an -ing participle takes, an act of another
// time: "dismissed the appeal against a 2021 ruling", "overturning a 2020
// decision". Not "killed in the 1998 bombing" or "won the 2020 election",
// whose acts were then.
func ofOtherAct(sentence string, e timex.Expression) bool {
	f := strings.Fields(sentence[:e.Start])
	if len(f) < 2 {
		return false
	}
	w := strings.ToLower(f[len(f)-2])
	return (relationPrepositions[w] || presentParticiple(w)) && attributive(sentence, e)
}

var relationPrepositions = wordSet(`against of over under with from by`)

// participleBound reports whether offset i is a bound that a participle
// on an object takes: in "the operator had offered a 4.5% rise backdated
// to April", April is where the rise reaches back to, not when it was
// offered. A verb before the object says the participle is not the
// clause's: "Talks adjourned until March" keeps its date.
func participleBound(sentence string, cuts []int, i int) bool {
	f := strings.Fields(sentence[segmentStart(cuts, i):i])
	n := len(f)
	if n < 4 || !participleBounds[strings.ToLower(f[n-1])] || !pastForm(f[n-2]) {
		return false
	}
	// "joined the firm in 2001 and stayed until 2010": after "and" the
	// past form is a second predicate's verb.
	if _, ok := verbOf(bare(f[n-3])); ok || strings.ContainsAny(f[n-3], ",;:") || conjunctions[strings.ToLower(f[n-3])] {
		return false
	}
	return slices.ContainsFunc(f[:n-3], func(t string) bool { _, ok := verbOf(bare(t)); return ok })
}

// conjunctions join predicates.
var conjunctions = wordSet(`and but or`)

// participleBounds are the prepositions a participle's bound follows.
var participleBounds = wordSet(`to until from`)

// otherDateInClause reports whether a date other than es[i], and not
// itself attributive, shares its clause.
//
// A second predicate is a clause of its own: in "won the Feb. 23 election
// and agreed a coalition last month" the election dates the win.
func otherDateInClause(sentence string, es []timex.Expression, attr []bool, i int) bool {
	c := clauseOf(sentence, es[i].Start, es[i].End)
	for j, e := range es {
		if j == i || attr[j] || e.Start < c.Start || e.End > c.End {
			continue
		}
		// "Whitmore, who was first elected in 2017, was appointed in
		// the July 2024 reshuffle": a date whose own clause, as a
		// relative's, ends before the noun's is of another clause.
		if own := clauseOf(sentence, e.Start, e.End); own.End <= es[i].Start {
			continue
		}
		from, to := min(es[i].End, e.End), max(es[i].Start, e.Start)
		if k := strings.Index(sentence[from:max(from, to)], " and "); k >= 0 && pastVerbOpens(sentence[from+k+len(" and "):]) && attributive(sentence, es[i]) {
			continue
		}
		return true
	}
	return false
}

// attributive reports whether a calendar date (one with a number) stands
// between a determiner and the noun it names: "the Jan. 6 committee",
// "the 1992 protests"; or a month whose expression opens with its
// determiner: "the previous November record".
func attributive(sentence string, e timex.Expression) bool {
	ownDeterminer := e.Granularity == timex.GranMonth && determiners[strings.ToLower(strings.Fields(e.Text)[0])]
	if !strings.ContainsAny(e.Text, "0123456789") && !ownDeterminer {
		return false
	}
	before := strings.TrimRight(sentence[:e.Start], " \t\n")
	if w := strings.ToLower(before[strings.LastIndexAny(before, " \t\n")+1:]); !determiners[w] && !quantifiers[w] && !ownDeterminer {
		return false
	}
	after := sentence[e.End:]
	// "some 2023 to 2025 model year vehicles": a range names the noun
	// as one year does.
	if n := rangeEnd(e.Text, after); n > 0 {
		after = after[n:]
	}
	return namesNoun(after)
}

// modalAhead reports whether the first verb after a noun's date, in its
// clause, is a modal of what is still to come: "building would be turned".
func modalAhead(after string) bool {
	if i := strings.IndexAny(after, ",;:"); i >= 0 {
		after = after[:i]
	}
	for _, w := range strings.Fields(after) {
		switch w {
		case "will", "would", "could", "may", "might", "shall":
			return true
		}
		if isVerbWord(w) {
			return false
		}
	}
	return false
}

// namesNoun reports whether the text after a date opens the noun it
// names: "committee met", "model year vehicles".
func namesNoun(after string) bool {
	if !strings.HasPrefix(after, " ") {
		return false
	}
	next := firstToken(after)
	// "is planned for June 28 if no deal is reached": "if" opens a
	// condition, as clauseOpeners do; so does "as" a circumstance ("to
	// close from Wednesday as temperatures climbed").
	if next == "" || next[0] < 'a' || next[0] > 'z' || danglingWords[next] || clauseOpeners[next] || stopWords[next] || next == "if" || next == "as" {
		return false
	}
	_, isVerb := verbOf(next)
	return !isVerb
}

// themeNounDate reports whether a date names a noun that is what a
// preposition of concern takes: "jailed for the 2009 murder", "an
// inquiry into the 2017 fire", "sued over its 2019 merger" ("about" is
// left out: "at about 2 a.m."). Such a date is the noun's, never its
// clause's; "injured in the 2019 attack" is the attack's time too, and
// is kept.
func themeNounDate(sentence string, e timex.Expression) bool {
	f := strings.Fields(strings.ToLower(sentence[:e.Start]))
	n := len(f)
	// "forecast growth for the December quarter": a month naming the
	// quarter it ends, which is what the forecast is for.
	if n > 0 && f[n-1] == "for" && e.Rule == "month-end-quarter" {
		return true
	}
	if n == 0 || e.Type != timex.TypeDate || !strings.ContainsAny(e.Text, "0123456789") || !namesNoun(sentence[e.End:]) {
		return false
	}
	if determiners[f[n-1]] || possessivePronouns[f[n-1]] != "" {
		n--
	}
	// "on the evening of March 12 using a blue light": a part of the day
	// and its "of" lead to a date, not a noun.
	if n > 1 && f[n-1] == "of" && dayParts[f[n-2]] {
		return false
	}
	return n > 0 && themePrepositions[f[n-1]]
}

var themePrepositions = wordSet(`for of over into against`)

// pastAfterWill reports whether e, a time wholly before publication,
// follows "will" in its stretch (before; after is the text after e),
// with no participle between that it could date: "will publish restated results for 2022" is no
// act of 2022; "will be tried for crimes committed in 2019" dates the
// crimes. "would" counts only after a verb of saying: "would go on to
// win the title in 2015" tells a past from further back.
func pastAfterWill(before, after string, e timex.Expression, published time.Time) bool {
	if published.IsZero() || e.Last.IsZero() || !e.Last.Before(published) {
		return false
	}
	// "would look for ways to get around Wednesday's ruling": a
	// possessive date is its noun's.
	if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
		return false
	}
	m := futureWord.FindStringSubmatchIndex(before)
	if m == nil {
		return false
	}
	// "said it would publish": a future reported is one still.
	if strings.EqualFold(before[m[2]:m[3]], "would") && !statementVerb.MatchString(before[:m[0]]) {
		return false
	}
	// "“... will answer for it,” the governor told reporters on Monday":
	// a mark between ends what "will" tells.
	rest := before[m[1]:]
	if strings.ContainsAny(rest, ",;:”\"") {
		return false
	}
	ws := words(rest)
	for j := 0; j+1 < len(ws); j++ {
		if pastForm(ws[j]) && (subjectPrepositions[strings.ToLower(ws[j+1])] || strings.EqualFold(ws[j+1], "by")) {
			return false
		}
	}
	// "had known that the reservoir would overflow but issued its first
	// warning only minutes before water reached the village on Sept. 14":
	// a past form joined on after the modal is a predicate of its own.
	for j := 1; j+1 < len(ws); j++ {
		if (ws[j] == "and" || ws[j] == "but") && pastForm(ws[j+1]) {
			return false
		}
	}
	return true
}

// futureWord is the first "will", or "would", in a stretch.
var futureWord = regexp.MustCompile(`(?i)\b(will|would)\b`)

// verblessWith reports whether offset i is in a phrase on "with" set
// off after a clause, with no verb, which details the clause's news:
// "Measles cases have risen fivefold this year, with 1,245 infections
// between January and the end of September" dates the rise this year.
// One with a participle tells of an act of its own ("with hundreds of
// homes flooded overnight").
func verblessWith(sentence string, cuts []int, i int) bool {
	seg := segmentAt(sentence, cuts, i)
	start := segmentStart(cuts, i)
	if start == 0 || sentence[start-1] != ',' || firstWord(seg) != "with" {
		return false
	}
	// "with 1,245 confirmed infections": a past form between a figure or
	// a determiner and its noun is an adjective.
	ws := words(seg)
	for k, w := range ws {
		if presentParticiple(w) { // "with traffic resuming on Monday"
			return false
		}
		if _, ok := verbOf(w); !ok {
			continue
		}
		if k == 0 || k+1 == len(ws) || !pastForm(w) || !lowerNoun(ws[k+1]) || !isDigit(ws[k-1][0]) && !determiners[strings.ToLower(ws[k-1])] {
			return false
		}
	}
	return true
}

// sinceOwner reports whether a date is a possessive on its clause's
// subject whose verb says it tells of a later time: "Last year's winner
// has since had his book adapted" is no act of last year's.
func sinceOwner(sentence string, e timex.Expression) bool {
	after := sentence[e.End:]
	if !strings.HasPrefix(after, "'s ") && !strings.HasPrefix(after, "’s ") {
		return false
	}
	m := perfectSince.FindStringIndex(after)
	return m != nil && !strings.ContainsAny(after[:m[0]], ".;:") && !hasVerb(after[:m[0]])
}

// sincePhrase reports whether before, the lower-case words up to a date,
// end in a phrase "since" opens with a noun and the date's preposition:
// "since the Queen's Club championships in".
func sincePhrase(before []string) bool {
	n := len(before)
	if n < 4 || before[n-1] != "in" && before[n-1] != "on" && before[n-1] != "at" {
		return false
	}
	for k := n - 2; k >= max(0, n-8); k-- {
		if before[k] == "since" {
			np := before[k+1 : n-1]
			// Not an act a noun names: "since the end of apartheid in
			// 1994" is told with its date (see nominalAct).
			// A participle after the determiner is an adjective: "since
			// the disputed presidential election in July 2024".
			// So is a last word whose past is its base, which may as
			// well be a noun: "since a failed independence bid in 2017".
			verbs := np[1:]
			if v, ok := verbOf(np[len(np)-1]); ok && v.base == np[len(np)-1] {
				verbs = np[1 : len(np)-1]
			}
			verb := slices.ContainsFunc(verbs, func(w string) bool { return isVerbWord(w) }) && !(len(np) > 2 && pastForm(np[1]) && !slices.ContainsFunc(verbs[1:], isVerbWord))
			// Nor is one a possessive owns: "since his arrest in
			// September 2024" (see possessedSince).
			owned := len(np) == 2 && personOwnedAct(np[0], np[1])
			return len(np) > 0 && determiners[np[0]] && !slices.Contains(np, "of") && !verb && !owned && !slices.ContainsFunc(np, func(w string) bool { return strings.ContainsAny(w, ",;:") })
		}
	}
	return false
}

// perfectSince is a perfect with "since" after its auxiliary: "has since
// had", "have since been".
var perfectSince = regexp.MustCompile(`\b(?:has|have|had)\s+since\b`)

// pastVerbOf reports whether before, the words of a date's stretch up to
// it, hold a past verb, then "of" and a noun phrase with no verb: "warned
// of further rises in".
func pastVerbOf(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	for i := len(f) - 2; i >= 0; i-- {
		if f[i+1] != "of" {
			continue
		}
		v, ok := verbOf(f[i])
		return ok && v.form == formPast && !hasVerb(strings.Join(f[i+2:], " "))
	}
	return false
}

// signalledObject reports whether before, the words of a date's stretch
// up to it, end in a verb of signalling or foretelling and its object,
// a short phrase with no clause of its own: "signals cut", "predicted a
// recession", "forecast growth of 2%".
func signalledObject(before string) bool {
	f, _ := withoutDateLeads(strings.Fields(strings.ToLower(before)))
	for i := len(f) - 2; i >= 0 && i >= len(f)-6; i-- {
		if strings.ContainsAny(f[i], ",;:") || f[i] == "to" || f[i] == "that" || auxiliaries[f[i]] {
			return false
		}
		if signalVerbs[bare(f[i])] {
			return true
		}
	}
	return false
}

// expectedFigure reports whether before, the words of a date's stretch up
// to it, end in a figure that a verb of expecting or foretelling leads to:
// "expects the economy to expand by 0.7%".
func expectedFigure(before string) bool {
	f, _ := withoutDateLeads(strings.Fields(strings.ToLower(before)))
	n := len(f)
	if n < 3 || !strings.ContainsAny(f[n-1], "0123456789") {
		return false
	}
	for i := n - 2; i >= 0 && i >= n-12; i-- {
		if strings.ContainsAny(f[i], ",;:") {
			return false
		}
		// "The forecast had inflation peaking at 3.8%": a noun is none.
		if (signalVerbs[f[i]] || expectVerbs[f[i]]) && (i == 0 || !determiners[f[i-1]]) {
			return true
		}
	}
	return false
}

// expectVerbs tell what is looked for from a period.
var expectVerbs = wordSet(`expect expects expected expecting project projects projected projecting see sees`)

// signalVerbs, in their forms, tell of what is to come: their object's
// date is its own.
var signalVerbs = wordSet(`signal signals signalled signaled signalling signaling predict predicts predicted predicting
	forecast forecasts forecasted forecasting foresee foresees foresaw flag flags flagged flagging`)

// objectFor reports whether before, the words of a date's stretch up to
// it, end in a past verb, its object and "for": "lowered the price cap
// for". A present one may be dated by the period: "expects sales of $5
// billion for the quarter". Not a verb that schedules what it names ("called elections
// for", "was planned for").
func objectFor(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	n := len(f)
	if n < 3 || f[n-1] != "for" {
		return false
	}
	for i := n - 3; i >= 0 && i >= n-8; i-- {
		v, ok := verbOf(bare(f[i]))
		if !ok {
			continue
		}
		object := f[i+1 : n-1]
		return v.form == formPast && !plannedFor[f[i]] && !scheduleVerbs[v.base] && (i == 0 || !auxiliaries[f[i-1]] && f[i-1] != "to") &&
			nounPhrase(object) && !hasVerb(strings.Join(object, " "))
	}
	return false
}

// scheduleVerbs set what they name for a time: "called elections for
// next year", "booked a venue for the summer".
var scheduleVerbs = wordSet(`call schedule plan set fix slate book arrange organise organize announce`)

// periodFor is "for" and a period that ends at the date after it: "for
// the year to", "for the six months ending in".
var periodFor = regexp.MustCompile(`(?i)\bfor\s+the\s+(?:[\w-]+\s+){0,2}(?:weeks?|months?|quarters?|years?|half|period)\s+(?:to|ended|ending|through)(?:\s+(?:in|on))?\s*$`)

// requestDeadline reports whether before, the words of a date's stretch
// before it, ask for something by the date: "had asked the airline for a
// full report by the end of next week" dates what is asked for, not the
// asking.
func requestDeadline(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	n := len(f)
	return n > 2 && f[n-1] == "by" && slices.ContainsFunc(f[:n-1], func(w string) bool { return requestVerbs[w] })
}

var requestVerbs = wordSet(`asked requested demanded sought urged ordered told instructed called pressed`)

// deniedThat reports whether before, the words of a date's stretch
// before it, deny what "that" reports: right after the verb, after to
// whom, how or when it was denied, or after a noun that takes a clause: "denied
// that troops crossed the border on Monday", "denied to reporters that",
// "rejected claims that he was in the city in May" date nothing that
// happened. "dismissed a case that was filed in 2019" is a relative, and
// the filing is told.
func deniedThat(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	for i := len(f) - 1; i >= 0; i-- {
		if v, ok := verbOf(bare(f[i])); !ok || !denialVerbs[v.base] {
			continue
		}
		k := slices.Index(f[i+1:], "that")
		if k < 0 || k > 7 {
			return false
		}
		// "rejected that proposal in January": a "that" with no verb
		// after it, up to the date, is a determiner.
		if !hasVerb(strings.Join(f[i+1+k+1:], " ")) {
			return false
		}
		between := f[i+1 : i+1+k]
		if len(between) == 0 || subjectPrepositions[between[0]] || dateWords[between[0]] || saidWhen[between[0]] {
			return true
		}
		return clauseNouns[strings.TrimSuffix(between[len(between)-1], "s")]
	}
	return false
}

// relativeHost is where the stretch of byte i opens, or the stretch
// before it when i's opens a "who" relative with no comma before it, on
// a noun of that stretch: "appealed for anyone | who was in the area".
func relativeHost(sentence string, cuts []int, i int) int {
	seg := segmentStart(cuts, i)
	if k := slices.Index(cuts, seg); k > 0 && sentence[seg-1] != ',' && firstWord(sentence[seg:]) == "who" {
		return cuts[k-1]
	}
	return seg
}

// appealedFor reports whether before, the words of a date's stretch
// before it, appeal for something the date is of, with no verb of their
// own after: "appealed for anyone with dashcam footage from the area
// between 6.30pm and 8pm", "appealed for witnesses to the crash on
// Sunday". What is appealed for must lead into the date by a phrase of
// its own: in "appealed for international aid on Friday" the date is the
// appeal's.
func appealedFor(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	for i := len(f) - 2; i >= 0; i-- {
		if (f[i] == "appealed" || f[i] == "appeal" || f[i] == "appeals") && f[i+1] == "for" {
			asked := f[i+2:]
			if len(asked) > 0 && dateLeadWords[asked[len(asked)-1]] {
				asked = asked[:len(asked)-1]
			}
			// "appealed for international aid in an address to the
			// nation late on Saturday": the channel the appeal went out
			// on ends what it asks for.
			for k := 1; k < len(asked); k++ {
				if (asked[k] == "in" || asked[k] == "during") && slices.ContainsFunc(asked[k+1:min(len(asked), k+4)], func(w string) bool { return reportChannels[strings.Trim(w, ",;:")] }) {
					asked = asked[:k]
					break
				}
			}
			// "appealed for anyone who was in the area between midnight
			// and 3am": a relative on whom is asked for is theirs.
			if k := slices.Index(asked, "who"); k > 0 {
				asked = asked[k+1:]
				if len(asked) > 0 && isVerbWord(asked[0]) {
					asked = asked[1:]
				}
			}
			return !hasVerb(strings.Join(asked, " ")) && slices.ContainsFunc(asked, func(w string) bool { return subjectPrepositions[w] })
		}
	}
	return false
}

// headlineNounDate reports whether a month, weekday or year in a
// headline, which drops its articles, names the noun after it: "Fed's
// Waller backs December rate cut" is backed now. After a preposition a
// month or weekday is a date: "Strike set for December".
func headlineNounDate(headline string, e timex.Expression) bool {
	// "ahead of 2026 midterms": a year before a noun names it, after a
	// preposition too; so does a decade ("debut set in 1970s Lagos").
	if year := strings.TrimSuffix(e.Text, "s"); len(year) == 4 && strings.Trim(year, "0123456789") == "" {
		return namesNoun(strings.ToLower(headline[e.End:]))
	}
	if strings.ContainsAny(e.Text, "0123456789") || strings.Contains(e.Text, " ") {
		return false
	}
	before := strings.Fields(strings.ToLower(headline[:e.Start]))
	if len(before) > 0 && (subjectPrepositions[before[len(before)-1]] || dateLeadWords[before[len(before)-1]]) {
		return false
	}
	return namesNoun(strings.ToLower(headline[e.End:]))
}

// recurringClock reports whether e is a clock time of what recurs: one a
// set follows closely ("shut from noon until 5 p.m. daily"), one that
// opens a span in a rule to come, or a "when" in the present ("ordered to
// stop between 12:00 and 17:00 when temperatures exceed 40C").
func recurringClock(sentence string, es []timex.Expression, e timex.Expression) bool {
	if e.Type != timex.TypeTime {
		return false
	}
	// Only the other end of a range may stand between: "voted on
	// Tuesday night to introduce a daily charge" is no set's.
	for _, s := range es {
		if s.Type != timex.TypeSet || s.Start < e.End || s.Start-e.End > 24 {
			continue
		}
		between := sentence[e.End:s.Start]
		for _, o := range es {
			if o.Start >= e.End && o.End <= s.Start {
				between = strings.Replace(between, o.Text, " ", 1)
			}
		}
		if !slices.ContainsFunc(strings.Fields(between), func(w string) bool { return !rangeLinks[strings.ToLower(w)] }) {
			return true
		}
	}
	// "will allow only residents into the zone between 7 a.m. and 8
	// p.m.": so does a span of the clock in a rule still to come, no day
	// named.
	if w := lastWord(sentence[:e.Start]); (w == "between" || w == "from") && strings.Contains(sentence[:e.Start], " will ") &&
		slices.ContainsFunc(es, func(o timex.Expression) bool {
			return o.Type == timex.TypeTime && o.Start > e.End && clockOnly.MatchString(o.Text) && rangeLinks[strings.ToLower(strings.TrimSpace(sentence[e.End:o.Start]))]
		}) {
		return true
	}
	f := strings.Fields(sentence[e.End:])
	if k := slices.IndexFunc(f, func(t string) bool { return strings.ContainsAny(t[len(t)-1:], ",;:") }); k >= 0 {
		f = f[:k+1]
	}
	w := slices.IndexFunc(f, func(t string) bool { return strings.EqualFold(t, "when") || strings.EqualFold(t, "whenever") })
	if w < 0 || len(f)-w < 3 {
		return false
	}
	// The "when" clause is in the present: no past form ("exceed" is
	// none), no auxiliary.
	return !slices.ContainsFunc(f[w+1:], func(t string) bool {
		t = strings.ToLower(bare(t))
		v, ok := verbOf(t)
		return ok && (v.form == formPast && !strings.HasSuffix(t, "eed") || v.form == formAux)
	})
}

// clockOnly is a time of the clock with no day: "8 p.m.", "18:00".
var clockOnly = regexp.MustCompile(`(?i)^(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)$`)

// predictedPeriod reports whether e is the subject of what a "that", or
// a verb of saying right before it, reports of it with a modal "be":
// "warned that the winter would be tough", "said Sunday would be
// cooler" foretell a state, and date no act.
func predictedPeriod(sentence string, e timex.Expression) bool {
	before := strings.Fields(strings.ToLower(sentence[:e.Start]))
	if len(before) == 0 {
		return false
	}
	if v, ok := verbOf(before[len(before)-1]); before[len(before)-1] != "that" && !(ok && (attributionVerbs[v.base] || v.base == "warn")) {
		return false
	}
	after := strings.Fields(strings.ToLower(sentence[e.End:]))
	return len(after) > 2 && (modalAuxiliaries[after[0]] || after[0] == "will" || after[0] == "would") && after[1] == "be" && !pastForm(after[2])
}

// likelyPeriod reports whether a period longer than a day ends what is
// told as likely: "said tariffs were likely to push prices higher over
// the summer" foretells, and dates no act.
func likelyPeriod(before string, e timex.Expression) bool {
	return e.Granularity != timex.GranDay && e.Type == timex.TypeDate && strings.Contains(before, " likely to ")
}

// rangeLinks join the ends of a range of times: "from noon until 5 p.m.".
var rangeLinks = wordSet(`until till to through and - –`)

// subjectNounFor reports whether a date, or a list of dates it opens, is
// what a noun of the clause's subject is for, a present or a progressive
// right after it: "fares for July, August and September were tracking
// above last year" tells of no act in July.
func subjectNounFor(sentence string, e timex.Expression) bool {
	if !nounFor(sentence[:e.Start]) {
		return false
	}
	after := sentence[e.End:]
	after = after[len(listedMonths.FindString(after)):]
	// "Sales for July rose 5%" tells what July saw; a progressive or a
	// present tells how the figure stands when said.
	f := strings.Fields(after)
	return len(f) > 1 && (f[0] == "is" || f[0] == "are" || (f[0] == "was" || f[0] == "were") && presentParticiple(f[1]))
}

// nounFor reports whether before, the words up to a date, end with a
// noun and "for": "the record for".
func nounFor(before string) bool {
	f := strings.Fields(before)
	n := len(f)
	return n >= 2 && f[n-1] == "for" && isLowerWord(f[n-2]) && !isVerbWord(f[n-2]) && !stopWords[f[n-2]]
}

// listedMonths is the rest of a list of months after its first: ",
// August and September".
var listedMonths = regexp.MustCompile(`^(?:(?:,\s*|\s+and\s+|\s+or\s+|,\s+and\s+)(?:January|February|March|April|May|June|July|August|September|October|November|December))*`)

// habitual reports whether the words of a clause before its date tell
// of what happens as a rule: "The rainy season typically runs from
// October to April" tells of no October.
func habitual(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	for i, w := range f {
		// "normally arrives", not "operating normally": before its
		// verb only.
		if habitualAdverbs[w] || mannerOrRule[w] && i+1 < len(f) && (isVerbWord(f[i+1]) || thirdPersonS(f[i+1])) {
			return true
		}
		// "Humpbacks pass the coast each year between May and November".
		if (w == "each" || w == "every") && i+1 < len(f) && recurringPeriods[f[i+1]] {
			return true
		}
	}
	return false
}

// recurringPeriods recur: "each year", "every spring".
var recurringPeriods = wordSet(`year spring summer autumn winter season`)

var (
	habitualAdverbs = wordSet(`typically usually generally traditionally customarily ordinarily`)
	mannerOrRule    = wordSet(`normally routinely`)
)

// quotedNounDate reports whether a date in a quotation names a noun
// after an article: "“The market is pricing out a December rate cut,” he
// said" dates no saying, and the quotation keeps its words.
func quotedNounDate(sentence string, e timex.Expression) bool {
	if !inQuotation(sentence, e.Start) {
		return false
	}
	before := strings.TrimRight(sentence[:e.Start], " ")
	w := strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:])
	return determiners[strings.TrimLeft(w, `"“‘`)] && namesNoun(sentence[e.End:])
}

// namedInPresent reports whether a calendar date names a noun ("the 1998
// bombing", "some 2023 to 2025 model year vehicles") in a clause whose
// verb is in the present: "The recall covers some 2023 models" tells of
// no act then. In the past the noun is as often the event: "was injured
// in the 1998 bombing".
func namedInPresent(sentence string, e timex.Expression) bool {
	start := e.Start
	if m := yearRangeBefore.FindStringIndex(sentence[:start]); m != nil {
		start = m[0] // "2025" in "2023 to 2025 model year vehicles"
	}
	// "The rise, which is linked to July's retail price index": so does
	// a possessive date after a present's copula or passive.
	possessive := possessiveAfter(sentence[e.End:])
	if !possessive && !attributive(sentence[:start]+e.Text+sentence[e.End:], timex.Expression{Start: start, End: start + len(e.Text), Text: e.Text}) {
		return false
	}
	before := words(sentence[:start])
	for i := len(before) - 1; i >= 0; i-- {
		w := before[i]
		// Not past a participle, a clause's opener or an infinitive,
		// which tell an act of their own: "is under pressure after
		// losing Sunday's final", "is expected to attend Saturday's
		// match".
		if possessive && (presentParticiple(w) || clauseOpeners[w] || w == "to" && i < len(before)-1) {
			return false
		}
		if w == "is" || w == "are" {
			return true
		}
		if v, ok := verbOf(w); ok {
			if v.form == formPast && i > 0 && (before[i-1] == "is" || before[i-1] == "are") {
				return true
			}
			return v.form == formPresent && !possessive
		}
	}
	return false
}

// namedInReport reports whether a calendar date names the noun that
// opens what a verb reports or asks: "questioned whether a 1977 law meant
// for national emergencies gave the president the power" tells of no act
// in 1977.
func namedInReport(sentence string, e timex.Expression) bool {
	f := strings.Fields(strings.ToLower(sentence[:e.Start]))
	n := len(f)
	return n >= 2 && (f[n-2] == "whether" || f[n-2] == "that" || f[n-2] == "if") && determiners[f[n-1]] && attributive(sentence, e)
}

// yearRangeBefore is a year and the link of a range that ends before a
// date: "2023 to ".
var yearRangeBefore = regexp.MustCompile(`\b\d{4}\s*(?:to|and|-|–)\s*$`)

// quantifiers stand before a noun as determiners do: "some 2024 models".
var quantifiers = wordSet(`some all many most several`)

// reportsThat reports whether an attribution's object is what it reports,
// after "that": "said on Monday that ...", "told the jury that ...", not
// "said other evidence that prosecutors might present ...", whose "that"
// is a relative.
func reportsThat(h parsedHeadline) bool {
	for i, t := range h.object {
		w := strings.ToLower(bare(t))
		switch {
		case i > 9: // "said in a post on his Truth Social platform that"
			return false
		case w == "that":
			return true
		case hearerVerbs[h.verbBase] && i < 3:
			// Whom it was told: "the jury", "reporters"; whom it
			// warned: "passengers".
		case dateWords[w] || timeNouns[w] || saidWhen[w]:
			// When it was said: "warned last week that ...".
		case !danglingWords[w] && !reportChannels[w] && !dayParts[w] && !isCapitalised(t) && (w == "" || !isDigit(w[0])):
			return false // "said other evidence that ..."
		}
	}
	return false
}

// hearerVerbs tell a hearer what "that" reports: "told reporters that",
// "warned passengers that".
var hearerVerbs = wordSet(`tell warn assure remind`)

// spendForms are the forms of "spend", whose object may be a date.
var spendForms = wordSet(`spend spends spent spending`)

// partWords take a part of a period spent: "much of Monday night".
var partWords = wordSet(`much most part all some half`)

// saidWhen are words of a date that may stand between a verb of saying
// and "that", besides weekdays, months and the nouns of time: "said
// yesterday that", "warned a week ago that".
var saidWhen = wordSet(`yesterday today tonight ago earlier`)

// reportChannels are where an attribution is made: "said in a statement
// on Monday that ...".
var reportChannels = wordSet(`statement interview briefing release post letter filing tweet report call conference memo email speech hearing paper study
	platform account site website page channel video message podcast address`)

// dayParts may follow the day an attribution was made: "said in a
// statement on Sunday evening that ...".
var dayParts = wordSet(`morning afternoon evening night`)

// takesEffect reports whether a day or an hour after "from" is when a
// past act took effect, no end told after it: "ScotRail suspended all
// services from 7 p.m. on Friday" suspended them then; "governed from
// 2011 to 2016", "was banned from Monday's race" and "threatened tariffs
// from April 2" are no such act.
// before holds the lower-case words up to the date, after the sentence
// after it.
func takesEffect(before []string, after string, e timex.Expression) bool {
	owned := strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
	if e.Granularity != timex.GranDay || owned || spanEnd.MatchString(after) || namesNoun(after) {
		return false
	}
	// "Authorities ordered schools to close from Wednesday": so is what
	// a past order sends its object to do from then.
	if n := len(before); n >= 4 && before[n-1] == "from" && before[n-3] == "to" && slices.ContainsFunc(before[:n-3], func(w string) bool { return orderedWords[w] }) {
		return true
	}
	if !pastVerbBefore(before) {
		return false
	}
	// "Trump has threatened further tariffs from April 2": what is
	// threatened, promised or said takes effect then, not the saying;
	// so does what is issued ("issued a red warning for 15 hours from
	// 03:00 on Saturday").
	return !slices.ContainsFunc(before, func(w string) bool {
		v, ok := verbOf(w)
		return ok && (statementVerbs[v.base] || v.base == "promise" || v.base == "plan" || v.base == "propose" || v.base == "issue")
	})
}

// orderedWords are past forms of ordering someone to act.
var orderedWords = wordSet(`ordered told instructed directed forced asked`)

// spanEnd opens the end of a span after its start: " to 2016", " until
// Monday", "-11 p.m.".
var spanEnd = regexp.MustCompile(`^(?:\s*[-–]|,?\s+(?:to|until|till|through)\b)`)

// spanBounds are prepositions that make a date the bound of a span rather
// than the time of an event: "the 19th strike since early September".
var spanBounds = wordSet(`since until till through throughout before after by from into`)

// pastVerbBefore reports whether the verb nearest before a date is past:
// "had offered a rise of 3% from next April" tells no act from April.
// "would raise prices from January" does.
// A participle on a noun is passed for the verb before it: "will begin
// for men born in 2008 or later from July 2027" tells of what is ahead.
func pastVerbBefore(before []string) bool {
	v := lastVerb(before)
	for v > 1 && pastForm(before[v]) && onNoun(before[v-1]) && lastModal(strings.Join(before[:v-1], " ")) != "" {
		v = lastVerb(before[:v])
	}
	if v < 0 || !pastForm(before[v]) {
		return false
	}
	// "would be scrapped from next April": a passive after a modal or
	// "to" is no past.
	if v > 0 && strings.EqualFold(before[v-1], "be") {
		return false
	}
	// "carried a record 19.5 million passengers last year and plans to
	// add 50 trains from 2031": a predicate in the present joined on
	// after the past one is the date's.
	for k := v + 1; k+1 < len(before); k++ {
		if before[k] != "and" && before[k] != "but" {
			continue
		}
		if k+2 < len(before) && thirdPersonS(before[k+1]) && opensVerbObject(before[k+2]) {
			return false
		}
	}
	return true
}

// opensVerbObject reports whether w, after a word that may be a verb,
// opens its object or infinitive ("plans to", "adds 50", "expects a"),
// as a noun's next word seldom does.
func opensVerbObject(w string) bool {
	w = strings.ToLower(bare(w))
	return w != "" && (determiners[w] || w == "to" || w == "that" || objectPronouns[w] || isDigit(w[0]) || strings.HasPrefix(w, "£") || strings.HasPrefix(w, "$") ||
		len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))) // "revokes Trump's order"
}

// onNoun reports whether w, the word before a participle, may be the noun
// the participle tells of: a lower-case word that is no auxiliary,
// pronoun, determiner or preposition.
func onNoun(w string) bool {
	return isLowerWord(w) && !auxiliaries[w] && !beForms[w] && !determiners[w] && !subjectPrepositions[w] && !objectPronouns[w] && !subjectPronouns[w]
}

// doneBy reports whether before, the lower-case words before a date, end
// in a past verb and "by": "Services were fully restored by 2:10 p.m.",
// "the fire was brought under control by Sunday" tell an act done by
// then. Not a plan ("was expected to be completed by March") nor "by"
// after a verb's object it measures ("fell by 3%" has no date after it).
// doneByOpening reports whether a sentence opens with "By" and the date
// and goes on in the past: "By Sunday afternoon,
// residents had been moved to a hall" tells an act done by then.
func doneByOpening(before []string, after string) bool {
	// The comma may be left out: "By Wednesday morning the fissure had
	// grown".
	if len(before) != 1 || before[0] != "by" {
		return false
	}
	f := strings.Fields(strings.ToLower(strings.TrimPrefix(after, ",")))
	v := lastVerb(f[:min(len(f), 8)])
	return v >= 0 && pastForm(f[v]) && !slices.ContainsFunc(f[:v], func(w string) bool { return notDoneYet[w] })
}

func doneBy(before []string) bool {
	n := len(before)
	if n < 2 || before[n-1] != "by" {
		return false
	}
	v := lastVerb(before[:n-1])
	// "had pulled 89 survivors from the water by": the pluperfect reaches
	// past a longer object.
	// So does a passive's phrase of place: "was restored to almost all of
	// Spain and Portugal by".
	reach := 5
	if v > 0 && before[v-1] == "had" || v > 0 && beForms[before[v-1]] && v+1 < n-1 && before[v+1] == "to" {
		reach = 8
	}
	if v < 0 || n-1-v > reach || !pastForm(before[v]) {
		return false
	}
	// "a further cut by the middle of next year": a past form that is
	// also its base may be a noun; it is a verb after an auxiliary.
	if vb, _ := verbOf(before[v]); vb.base == before[v] && (v == 0 || !auxiliaries[before[v-1]]) {
		return false
	}
	if v > 0 && determiners[before[v-1]] {
		return false
	}
	for _, w := range before[max(0, v-6):v] {
		if notDoneYet[w] {
			return false
		}
	}
	// "was expected to reach the South China Sea by": what was expected
	// is not yet done.
	return !notDoneYet[before[v]] || v+1 == n-1 || before[v+1] != "to"
}

// notDoneYet put what a past form tells ahead: "to be completed by",
// "is expected to be restored by".
var notDoneYet = wordSet(`will would shall should must could may might to expected due set scheduled planned plans aims hopes intends promised pledged vowed not never`)

// rescheduledTo reports whether before, the lower-case words before a
// date, end in a verb that moves a time and the "to" or "for" of where it
// moved it: "the vote was pushed back to Dec. 8", "a deadline it brought
// forward to 2024". The date is the new time, not when it was moved.
func rescheduledTo(before []string) bool {
	n := len(before)
	if n < 2 || before[n-1] != "to" && before[n-1] != "for" {
		return false
	}
	// "moved the city's marathon, planned for Sunday, to October": an
	// aside set off by commas before the preposition is passed.
	if strings.HasSuffix(before[n-2], ",") {
		for k := n - 3; k > 0 && k >= n-8; k-- {
			if strings.HasSuffix(before[k], ",") {
				before = append(append(slices.Clone(before[:k]), strings.TrimSuffix(before[k], ",")), before[n-1])
				n = len(before)
				break
			}
		}
	}
	if rescheduleVerbs[before[n-2]] {
		return true
	}
	// "delays crewed Moon mission to 2027", "postponed the vote to",
	// "push back the launch of its first foldable phone to": the object
	// may stand between, a short phrase with no mark.
	for k := n - 3; k >= 0 && k >= n-10; k-- {
		if strings.ContainsAny(before[k], ",;:") || before[k] == "that" {
			break
		}
		if rescheduleVerbs[before[k]] || k > 0 && rescheduleParticles[before[k]] && rescheduleWithParticle[before[k-1]] {
			return true
		}
	}
	// "traders pushed that back to September": a pronoun object may
	// stand between the verb and its particle.
	if n >= 4 && rescheduleParticles[before[n-2]] && movedPronouns[before[n-3]] && rescheduleWithParticle[before[n-4]] {
		return true
	}
	return n >= 3 && rescheduleParticles[before[n-2]] && rescheduleWithParticle[before[n-3]]
}

// movedPronouns are the pronouns a time that is moved may be told by.
var movedPronouns = wordSet(`it that this them those`)

var (
	rescheduleVerbs        = wordSet(`postponed postpone postpones delayed delay delays moved move moves rescheduled reschedule reschedules deferred defer defers`)
	rescheduleParticles    = wordSet(`back forward off`)
	rescheduleWithParticle = wordSet(`pushed push pushes brought bring brings put puts`)
)

// datedNoun reports whether before, the lower-case words before a date,
// end in "dated" and perhaps a hedge, right after its noun: "police found
// notes dated as early as October" tells the date of the notes, not of
// the finding. Set off by a comma ("said in the letter, dated Monday")
// the date is of the document the saying was in, and so of the saying.
func datedNoun(before []string) bool {
	n := len(before)
	if n >= 4 && before[n-3] == "as" && before[n-1] == "as" {
		n -= 3 // "as early as", "as late as"
	}
	return n > 1 && before[n-1] == "dated" && !strings.HasSuffix(before[n-2], ",")
}

// awaitedNoun reports whether before, the lower-case words before a
// date, end in a noun phrase of up to three words after "before" or
// "ahead of": "signed a
// letter before a Commons vote a week on Tuesday" tells when the vote is,
// not the signing.
func awaitedNoun(before []string) bool {
	n := len(before)
	if n > 0 && (before[n-1] == "on" || before[n-1] == "in") {
		n--
	}
	// A determiner and at most two words: "before the transfer window
	// opens on Jan. 1" is a clause, whose date is its own.
	for k := n - 2; k >= max(0, n-4); k-- {
		if before[k] == "before" || before[k] == "of" && k > 0 && before[k-1] == "ahead" {
			// "will appear before a prosecutor on Monday": before whom.
			if !determiners[before[k+1]] || k > 0 && appearVerbs[before[k-1]] {
				return false
			}
			// "before the previous eruption, in November": a comma may
			// set the noun's date off.
			noun := slices.Clone(before[k+1 : n])
			noun[len(noun)-1] = strings.TrimSuffix(noun[len(noun)-1], ",")
			return !slices.ContainsFunc(noun, func(w string) bool { _, verb := verbOf(w); return verb || strings.ContainsAny(w, ",;:") })
		}
	}
	return false
}

// nearInYear reports whether before, the lower-case words before a year,
// put the act a short span before the noun the year dates: "was
// cancelled weeks before the date in 2012" was done in 2012.
func nearInYear(before []string, e timex.Expression) bool {
	if e.Granularity != timex.GranYear {
		return false
	}
	from := max(0, len(before)-5)
	k := slices.Index(before[from:], "before")
	return k >= 0 && from+k > 0 && nearSpans[before[from+k-1]]
}

// nearSpans put an act a short time from a bound: "weeks before",
// "shortly before".
var nearSpans = wordSet(`minutes hours days weeks shortly just`)

// appearVerbs take "before" a court or a person, not a time, as does the
// noun of appearing: "his first appearance before the court on Friday".
var appearVerbs = wordSet(`appear appears appeared appearing appearance appearances come comes came brought bring stand stands stood testify testified go goes went`)

// causeNamed reports whether before, the lower-case words before a date,
// end in a verb that names a cause and its object: "blamed heavy rainfall
// over".
func causeNamed(before []string) bool {
	for k := len(before) - 2; k >= 0 && k >= len(before)-8; k-- {
		if strings.ContainsAny(before[k], ",;:") || before[k] == "and" || before[k] == "but" {
			return false
		}
		if causeVerbs[before[k]] {
			return k+1 < len(before)-1
		}
	}
	return false
}

// causeVerbs name what caused something.
var causeVerbs = wordSet(`blamed blames blame attributed attributes cited cites`)

// boundNouns are nouns of time that a span's bound may name before its
// date: "until a date in January", "by the time in March".
var boundNouns = wordSet(`date day time point deadline`)

// boundNounDate reports whether before, a date's stretch up to it in
// lower case, ends in a bound, an article, perhaps an adjective, and a
// noun of time that leads into the date: "until a date in", "before the
// legal deadline of".
func boundNounDate(before []string) bool {
	n := len(before)
	if n < 4 || !boundNouns[before[n-2]] || before[n-1] != "in" && before[n-1] != "on" && before[n-1] != "of" {
		return false
	}
	// "cut rates by a quarter point on Wednesday": a point a measure
	// names is a step, no time.
	if before[n-2] == "point" && (pointMeasures[before[n-3]] || strings.ContainsAny(before[n-3], "0123456789")) {
		return false
	}
	for k := n - 4; k >= 0 && k >= n-5; k-- {
		if spanBounds[before[k]] && (before[k+1] == "a" || before[k+1] == "the") {
			return true
		}
	}
	return false
}

// pointMeasures name the size of a step in points: "a quarter point",
// "half a percentage point".
var pointMeasures = wordSet(`quarter half percentage basis`)

// nearBounds are the spanBounds a word of nearness makes a point in time
// ("shortly after 11 p.m.", "just before midnight").
var (
	nearBounds = wordSet(`before after`)
	nearness   = wordSet(`shortly just soon right moments minutes immediately`)
)

// pointsInTime drops the expressions that bound a span, and those that
// date a verbless lead-in: in "following the start of the strikes in
// September, the UK expressed concern" September dates the strikes, not
// the concern. A span that opens after the day of publication ("clinics
// will open from Thursday") is what is to happen then, and is kept; one
// from a day before it is most often a comparison's base ("up 5% from
// January").
func pointsInTime(sentence string, es []timex.Expression, published time.Time) []timex.Expression {
	var out []timex.Expression
	cuts := clauseCuts(sentence)
	for i, e := range es {
		if scopedObject(sentence[:e.Start]) {
			continue
		}
		// "in 1968 and 1969", "the 1996, 2000 and 2004 Olympics": a date
		// listed after another is told with the first.
		// Not after a count of times: "cut rates twice, in March and
		// June" cut them in each (see repeatedDate).
		// Nor when a verb follows: "and last month announced cuts" opens
		// a predicate of its own (see dateFirstPredicate); nor its
		// subject: "and last year it fined the firm".
		// A verb after a list a preposition leads is the list's: "surveys
		// in March and April 2024 found it".
		led := i > 0 && datePrepositions[lastWord(sentence[:es[i-1].Start])] && !deicticLeads[strings.ToLower(firstWord(e.Text))]
		// Nor a day set off after the period a superlative ranks it in,
		// which names it: "The hottest day of the year, July 19, saw".
		if i > 0 && es[i-1].End <= e.Start && dateListGlue.MatchString(sentence[es[i-1].End:e.Start]) && !countedRepeats.MatchString(sentence[:es[i-1].Start]) && (!pastVerbOpens(sentence[e.End:]) || led) && !subjectPronouns[firstWord(sentence[e.End:])] &&
			!(strings.HasPrefix(sentence[es[i-1].End:], ", ") && e.Granularity == timex.GranDay && superlativeOf(strings.Fields(sentence[:es[i-1].Start]))) {
			continue
		}
		// So is one after "and now": "record lows in 2023, 2024 and now
		// 2025".
		if i > 1 && es[i-1].End <= e.Start && strings.EqualFold(es[i-1].Text, "now") && strings.TrimSpace(sentence[es[i-1].End:e.Start]) == "" && dateListGlue.MatchString(sentence[es[i-2].End:es[i-1].Start]) {
			continue
		}
		// "Its last flyby, in November, put it on course for Tuesday's
		// record approach": a possessive date of what something is for
		// names that noun's time, and an earlier date of the sentence
		// dates what was done. "became minister in last year's
		// reshuffle" is dated by it.
		// "already exceeding last year's totals": nor does one a figure
		// is measured against.
		if possessiveAfter(sentence[e.End:]) && measuredAgainstWords[lastWord(sentence[:e.Start])] {
			continue
		}
		// "approved Sunday's launch on Saturday": a date of the
		// predicate's own after a possessive one dates the act.
		if possessiveAfter(sentence[e.End:]) && slices.ContainsFunc(es[i+1:], func(o timex.Expression) bool {
			between := sentence[e.End:o.Start]
			return o.Anchored() && !possessiveAfter(sentence[o.End:]) && !strings.ContainsAny(between, ",;:") && !strings.Contains(between, " and ") && !hasVerb(between)
		}) {
			continue
		}
		if possessiveAfter(sentence[e.End:]) && lastWord(sentence[:e.Start]) == "for" && slices.ContainsFunc(es[:i], func(o timex.Expression) bool { return o.Anchored() && !possessiveAfter(sentence[o.End:]) }) {
			continue
		}
		if aimedOccasion(sentence[:e.Start], sentence[e.End:], e) {
			continue
		}
		// "The previous record for July, 47.4C, was set in La Rambla in
		// August 2021": what a noun is for yields to the date the verb
		// after it is done on.
		if nounFor(sentence[:e.Start]) && slices.ContainsFunc(es[i+1:], func(o timex.Expression) bool {
			return o.Anchored() && pointPrepositions[lastWord(sentence[:o.Start])] && hasVerb(sentence[e.End:o.Start])
		}) {
			continue
		}
		// "would challenge the result of last week's election", "a court
		// annulled the previous year's vote": a possessive date on what
		// is acted on, or on what "of" ties to it, dates the noun, not
		// the act, unless one takes part in what the noun names ("won
		// last year's election").
		if possessiveAfter(sentence[e.End:]) && actedOnDate(lastWord(sentence[:e.Start])) {
			continue
		}
		// "Passengers caught up in Friday's outage have described scenes
		// of chaos": one on the noun of a phrase on a subject whose verb
		// is in the perfect dates that noun; what was done is told as of
		// the article's day.
		if possessedBeforePerfect(sentence, cuts, e) {
			continue
		}
		if openQuestion.MatchString(sentence[:e.Start]) || presentRelative(sentence, e) || ongoingAfterSubject(sentence, cuts, e) || calledOffPlan(sentence, cuts, e) || includedInSubject(sentence, e) || forRestOf(sentence, e) || unrealised(sentence, cuts, e.Start, !published.IsZero() && e.First.After(published)) || habitual(sentence[segmentStart(cuts, e.Start):e.Start]) || recordsSince(sentence, cuts, e.Start) && !recentDay(e, published) || recurringClock(sentence, es, e) {
			continue
		}
		// "cut its profit forecast for the year to March 2026": the end
		// of a period still to come that a forecast or a target is for.
		// A past one dates what was done in it ("Revenue for the three
		// months ended Oct. 31 rose").
		forecastFor := e.Type == timex.TypeDate && !published.IsZero() && e.Last.After(published) && periodFor.MatchString(sentence[:e.Start])
		// "warned of further rises in 2026": a time still ahead after a
		// past verb and "of" is what the verb spoke of.
		// So is what a verb of signalling names: "signals cut early next
		// year", "predicted a recession in 2026".
		spokenOf := !published.IsZero() && e.First.After(published) && (pastVerbOf(sentence[segmentStart(cuts, e.Start):e.Start]) || signalledObject(sentence[segmentStart(cuts, e.Start):e.Start]))
		// "lowered the price cap for the winter", "set its budget for
		// next year", "agreed a smaller oil output hike for November": a
		// month, a season or a year still to come that a verb's object
		// is for is what the object covers, not when it was done.
		// A day is when what is called for happens: "called a strike for
		// Monday".
		spokenOf = spokenOf || !published.IsZero() && e.First.After(published) && (e.Granularity == timex.GranMonth || e.Granularity == timex.GranQuarter || e.Granularity == timex.GranYear) && objectFor(sentence[segmentStart(cuts, e.Start):e.Start])
		// "expects the economy to expand by 0.7% this year and 1.1% in
		// 2025": so is the period of a figure expected.
		// A day is when what is foretold happens: "are forecast to reach
		// 38C on Friday".
		spokenOf = spokenOf || !published.IsZero() && e.Last.After(published) && (e.Granularity == timex.GranQuarter || e.Granularity == timex.GranYear) && expectedFigure(sentence[segmentStart(cuts, e.Start):e.Start])
		// "forecast fourth-quarter revenue of $37.5 billion": a period
		// not yet over that names what is foretold.
		spokenOf = spokenOf || !published.IsZero() && e.Last.After(published) && strings.Contains(e.Text, "-") && signalVerbs[lastWord(sentence[:e.Start])]
		if themeNounDate(sentence, e) || predictedPeriod(sentence, e) || likelyPeriod(sentence[segmentStart(cuts, e.Start):e.Start], e) || sinceOwner(sentence, e) || verblessWith(sentence, cuts, e.Start) || pastAfterWill(sentence[segmentStart(cuts, e.Start):e.Start], sentence[e.End:], e, published) || requestDeadline(sentence[segmentStart(cuts, e.Start):e.Start]) || appealedFor(sentence[relativeHost(sentence, cuts, e.Start):e.Start]) || deniedThat(sentence[segmentStart(cuts, e.Start):e.Start]) || forecastFor || spokenOf {
			continue
		}
		before := strings.Fields(strings.ToLower(sentence[:e.Start]))
		if n := len(before); n > 2 && before[n-2] == "at" && before[n-1] == "least" {
			before = before[:n-2] // "until at least Monday"
		}
		if n := len(before); n > 1 && nearBounds[before[n-1]] && nearness[before[n-2]] {
			out = append(out, e)
			continue
		}
		// "from May 3 to July 9", "from Monday to Friday": what ran
		// between two dates is dated by when it began.
		if rangeStart(sentence[:e.Start]) > 0 {
			continue
		}
		// "six counts of false accounting covering the period from 2014
		// to 2017": a span that describes what something covers dates
		// nothing done.
		// So does one what is covered was made in: "The recall covers
		// models built between August 2019 and the end of 2021".
		if n := len(before); n > 1 && (before[n-1] == "from" || before[n-1] == "between") && (coverWords[before[n-2]] || n > 3 && pastForm(before[n-2]) && coverWords[before[n-4]] || coveredSpan(before[:n-1])) {
			continue
		}
		// A range is whole, but may be a comparison's base: "down from
		// £1,755 between October and December".
		// So is one that ends with a dated noun: "from 1971 until her
		// retirement in 1999".
		if rangeOpens(strings.TrimRight(sentence[:e.Start], " ")) && (rangeEnd(e.Text, sentence[e.End:]) > 0 || i+1 < len(es) && datedNounEnd.MatchString(sentence[e.End:es[i+1].Start])) {
			if !inReasonGerund(sentence[:e.Start], e, published) && !comparisonBase(sentence[:e.Start], sentence[e.End:]) && !currentSpan(before, es[i+1:], e, published) {
				out = append(out, e)
			}
			continue
		}
		// "had backed the coalition since the 2023 election": a date
		// naming the noun a span's bound leads into is the bound's too
		// ("rose after the 2021 ruling" is dated by it).
		if n := len(before); n > 1 && (before[n-2] == "since" || before[n-2] == "until") && determiners[before[n-1]] && namesNoun(sentence[e.End:]) {
			continue
		}
		// "had not lost a match on grass since the Queen's Club
		// championships in 2023": so is the date of a phrase "since"
		// opens. Not one the subject of a clause "since" opens: "since a
		// blackout on April 28 left most of Spain without power".
		if sincePhrase(before) && !namedSinceOn(sentence[:e.Start]) && !whenTellsDate(sentence, cuts, es, e) && !pastVerbOpens(sentence[e.End:]) {
			continue
		}
		// "was increased ahead of the weekend": what an act is ahead of
		// bounds it, as "before" does.
		if n := len(before); n > 1 && before[n-1] == "of" && before[n-2] == "ahead" {
			continue
		}
		// "had governed since 2009, when it ousted a coalition": the bound
		// of a span is the time of the event a "when" clause tells.
		if n := len(before); n > 0 && whenClauseAfter(sentence, cuts, e.End) == 0 && comingWhenClause(sentence, cuts, e.End) == 0 {
			// "blocked three bridges overnight into Saturday": the night
			// that runs into a day is told by it.
			overnightInto := before[n-1] == "into" && n > 1 && before[n-2] == "overnight"
			if w := strings.Trim(before[n-1], ",;:"); spanBounds[w] && !(w == "from" && !published.IsZero() && !e.First.Before(published) && !pastVerbBefore(before)) && !(w == "from" && takesEffect(before, sentence[e.End:], e)) && !doneBy(before) && !doneByOpening(before, sentence[e.End:]) && !overnightInto {
				continue
			}
		}
		if quotedNounDate(sentence, e) || subjectNounFor(sentence, e) || forecastPeriod(before) || forecastOfPeriod(before) || expectedFor(before) || !published.IsZero() && e.First.After(published) && projectedDate(before) || storySetting(segmentAt(sentence, cuts, e.Start)) || soFar(before, sentence[e.End:]) || oddsOf(before) || rescheduledTo(before) || datedNoun(before) || awaitedNoun(before) && !nearInYear(before, e) || comingSpan(before, e.Text) || namedInPresent(sentence, e) || namedInReport(sentence, e) || anniversary(before, sentence[e.End:]) || reachesBack(before) && whenClauseAfter(sentence, cuts, e.End) == 0 {
			continue
		}
		// "released on bail until a date in January": so is a date a noun
		// of time leads into after the bound, perhaps past an adjective
		// ("before the legal deadline of March 11").
		if boundNounDate(before) && !nearInYear(before, e) || renamedOccasion(sentence, e) {
			continue
		}
		// "The agency blamed heavy rainfall over the winter": a period
		// after what a cause is found in is the cause's time, not the
		// blaming's ("blamed the driver on Monday" is).
		if e.Granularity != timex.GranDay && e.Type == timex.TypeDate && causeNamed(before) {
			continue
		}
		// "would stop reporting subscriber numbers, as it did last year":
		// a verb that stands in for another's compares, and tells nothing
		// of its own.
		if asDid.MatchString(sentence[segmentStart(cuts, e.Start):e.Start]) {
			continue
		}
		// "will forgo a 5% pay rise due in 2025": a date still to come
		// that a noun is due on is the noun's. A missed payment is missed
		// on the day it fell due; results due after a comma are
		// published then.
		if f := strings.Fields(strings.ToLower(sentence[:e.Start])); !published.IsZero() && e.First.After(published) && len(f) > 2 && dateLeadWords[f[len(f)-1]] && f[len(f)-2] == "due" && isLowerWord(f[len(f)-3]) && !finiteAuxiliaries[f[len(f)-3]] && !adverbInVerbGroup(f[len(f)-3]) {
			continue
		}
		// "threatened to sue unless it retracted the documentary by
		// Friday": a condition's date dates nothing that happened.
		if conditionBefore(sentence[segmentStart(cuts, e.Start):e.Start]) {
			continue
		}
		// "cuts rates for second time this year": a period that holds the
		// day of publication, after a count of times, is what the times
		// are counted in.
		current := !published.IsZero() && !e.First.After(published) && !e.Last.Before(published)
		if current && countedTime.MatchString(sentence[:e.Start]) {
			continue
		}
		// "said another reduction in December was not a foregone
		// conclusion": a judgement on what may come is no act then.
		if !published.IsZero() && e.First.After(published) && reportedState(sentence[:e.Start], sentence[e.End:]) {
			continue
		}
		// "still recovering from Hurricane Helene two weeks earlier": a
		// time counted back right after a name a preposition takes is
		// the name's.
		if offsetOfName(sentence[:e.Start], e.Text) {
			continue
		}
		// "fell out with Ruto, his running mate in the 2022 election,": a
		// date naming a noun in a verbless appositive tells who someone
		// is.
		if namesNoun(sentence[e.End:]) && appositiveAside(sentence, cuts, e.Start) {
			continue
		}
		if seg := segmentAt(sentence, cuts, e.Start); !hasVerb(seg) && (nominalLeadIns[firstWord(seg)] && !whenTellsDate(sentence, cuts, es, e) && !dayTimeLead(seg) && !ownedAct(seg) && !leadInGerund(sentence[:segmentStart(cuts, e.Start)], throughDate(sentence, cuts, e)) && !closingPhrase(sentence, cuts, e.Start, onlyDate(es, e) && !changeOverSpan(sentence, es, e)) && !dayAfterSince(sentence[segmentStart(cuts, e.Start):e.Start], e) || withoutParticiple(seg) || partitiveAbsolute(seg) && partitiveWhen(sentence, cuts, slices.Index(cuts, segmentStart(cuts, e.Start)), e.End) == 0) || partitiveRelative(sentence, cuts, e.Start) && len(es) > 1 {
			continue
		}
		// "said the 1902 building would be turned into a centre for
		// research": a past date that names a noun dates no act still to
		// come.
		if !published.IsZero() && e.Last.Before(published) && attributive(sentence, e) && modalAhead(sentence[e.End:]) {
			continue
		}
		if plannedAside(sentence, cuts, e.Start) || closingAppositiveDate(sentence, cuts, e) || participleBound(sentence, cuts, e.Start) || ofOtherAct(sentence, e) || rankedWithin(before, e.Text) || rankedPeriod(before) || rankedOf(before, current) || measuredAgainst(before, sentence[e.End:]) || comparisonBase(sentence[:e.Start], sentence[e.End:]) || changeOnPeriod(sentence[:e.Start], e) || dataPeriod(sentence[:e.Start]) || endsPeriod(sentence, es, e) || lengthEndBeside(sentence, es, e) || holidaySeason(sentence, e) || inReasonGerund(sentence[:e.Start], e, published) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// currentSpan reports whether a range a verb in the present tells holds
// the day of publication, the next of rest its end: "the hurricane
// season, which runs from June 1 through Nov. 30", written in August, is
// how things stand, no event. before is the sentence up to e's start in
// lower-case words.
func currentSpan(before []string, rest []timex.Expression, e timex.Expression, published time.Time) bool {
	n := len(before)
	if n < 2 || published.IsZero() || len(rest) == 0 || !e.Anchored() || !rest[0].Anchored() {
		return false
	}
	v, ok := verbOf(before[n-2])
	present := ok && v.form == formPresent || thirdPersonS(before[n-2])
	return present && !e.First.After(published) && !rest[0].Last.Before(published)
}

// phaseObject reports whether a year or a quarter is the object of verb,
// one of ending or beginning in the past: "ended 2024", "began the
// year". One told from the DCT, or counted from another date, is the
// verb's time: "began last year", "began more than a year ago", "began
// later that year".
func phaseObject(verb string, e timex.Expression) bool {
	v, ok := verbOf(strings.ToLower(verb))
	return ok && v.form == formPast && phaseVerbs[v.base] && (e.Granularity == timex.GranYear || e.Granularity == timex.GranQuarter) && !deicticLead[firstWord(e.Text)] && !spanWords[firstWord(e.Text)] && !spanWords[lastWord(e.Text)]
}

// deicticLead open a date told from the DCT: "last year", "this quarter".
var deicticLead = wordSet(`last this next`)

// asDid is a clause of comparison whose verb stands in for another's, up
// to its date: "as it did last year", "as they had in 2019".
var asDid = regexp.MustCompile(`(?i)^[\s,]*as\s+\w+\s+(?:did|does|do|had|has|have)\s+(?:(?:in|on|at|during)\s+)?$`)

// offsetOfName reports whether a time counted back or on ("two weeks
// earlier") follows a name that a state's participle and "from" take, in
// before, the sentence up to it: "still recovering from Hurricane Helene".
// After a verb of its own the time is the verb's: "flown to The Hague
// hours later".
func offsetOfName(before, date string) bool {
	if l := lastWord(date); l != "earlier" && l != "later" && l != "before" && l != "ago" {
		return false
	}
	f := strings.Fields(before)
	n := len(f)
	if n < 2 || !isCapitalised(f[n-1]) || strings.ContainsAny(f[n-1], ",;:") {
		return false
	}
	k := nameStart(f, n-1)
	return k > 1 && strings.EqualFold(f[k-1], "from") && presentParticiple(strings.ToLower(f[k-2]))
}

// appositiveAside reports whether offset i is in a verbless appositive
// set off by commas inside its sentence, which a possessive or an article
// opens: ", his running mate in the 2022 election,".
func appositiveAside(s string, cuts []int, i int) bool {
	k := slices.IndexFunc(cuts, func(c int) bool { return c > i })
	if k < 2 {
		return false
	}
	seg := s[cuts[k-1]:cuts[k]]
	w := firstWord(seg)
	return s[cuts[k-1]-1] == ',' && strings.HasSuffix(strings.TrimSpace(seg), ",") && !hasVerb(seg) && (possessivePronouns[w] != "" || w == "a" || w == "an" || w == "the")
}

// reachesBack reports whether before, the lower-case words before a
// date, tell how far back something reaches: "Its data goes back to
// 1940", "a rivalry that dates back to the 1950s", "is thought to date
// from around 1840" date no act; a "when" clause after the date may
// ("dates back to 2012, when he accused").
func reachesBack(before []string) bool {
	n := len(before)
	if n > 2 && (before[n-1] == "around" || before[n-1] == "about" || before[n-1] == "circa") {
		n--
	}
	return n > 2 && before[n-1] == "to" && before[n-2] == "back" && backVerbs[before[n-3]] ||
		n > 1 && before[n-1] == "from" && datingFrom[before[n-2]]
}

// datingFrom tell, with "from", when something was made: "dates from".
var datingFrom = wordSet(`date dates dated dating`)

var backVerbs = wordSet(`go goes went going gone date dates dated dating stretch stretches stretched stretching`)

// coveredSpan reports whether before, the lower-case words up to a span's
// "between" or "from", open with a verb of covering whose object the span
// bounds, with no clause mark: "It covers people who owned devices
// [between]".
func coveredSpan(before []string) bool {
	for k := len(before) - 1; k >= 0 && k >= len(before)-8; k-- {
		if strings.ContainsAny(before[k], ",;:") {
			return false
		}
		if coverWords[before[k]] && !strings.HasPrefix(before[k], "period") && k+1 < len(before) {
			return true
		}
	}
	return false
}

// coverWords name the span a thing covers before "from" or "between".
var coverWords = wordSet(`period periods covering spanning covers spans cover affects affecting`)

// storySetting reports whether a date's stretch tells what a story or a
// work depicts, a time it is set in, not one anything happened in now:
// "which tells the story of three sisters on the Donegal coast in the
// 1980s".
func storySetting(seg string) bool {
	l := strings.ToLower(seg)
	return strings.Contains(l, "story of ") || strings.Contains(l, "stories of ") || strings.Contains(l, "tale of ") || strings.Contains(l, " depicts ") ||
		strings.Contains(l, " portrays ") || strings.Contains(l, " chronicles ")
}

// forecastPeriod reports whether a date is the period a forecast covers,
// which dates no act: "raised its forecast for the rest of the fiscal
// year", "cut its growth outlook for 2026".
func forecastPeriod(before []string) bool {
	n := len(before)
	if n > 3 && before[n-1] == "of" && before[n-3] == "the" && (before[n-2] == "rest" || before[n-2] == "remainder" || before[n-2] == "balance") {
		n -= 3
	}
	// A noun has its determiner: "further rain forecast for Friday" is a
	// participle's.
	// So may a possessive: "the government's net zero target for 2050".
	return n > 2 && before[n-1] == "for" && forecastNouns[bare(before[n-2])] && slices.ContainsFunc(before[max(0, n-5):n-2], func(w string) bool { return forecastOwners[w] || nounPossessive(w) })
}

// forecastOfPeriod reports whether a date ends the period a forecast in
// its clause is of, which dates no act: "expects core inflation to hit
// 2.7% in the fiscal year ending in March 2026", "will grow 1% in the
// quarter to June".
func forecastOfPeriod(before []string) bool {
	n := len(before)
	if n > 0 && before[n-1] == "in" {
		n--
	}
	if n < 3 || !periodEnds[before[n-1]] || !periodNouns[before[n-2]] {
		return false
	}
	for k := n - 3; k >= max(0, n-15); k-- {
		w := before[k]
		if strings.ContainsAny(w, ",;:") {
			return false
		}
		// "expects core inflation to hit 2.7%": an infinitive after a
		// verb of expecting; not "fell to 3.6%".
		if w == "will" || w == "would" || w == "to" && slices.ContainsFunc(before[max(0, k-6):k], func(x string) bool { return expectingWords[x] }) {
			return true
		}
	}
	return false
}

// expectedFor reports whether a date is the period an expectation of a
// figure is for, which dates no act: "expects revenue of $37.5 billion,
// plus or minus 2%, for the quarter ending in January".
func expectedFor(before []string) bool {
	n := len(before)
	if n < 3 || before[n-1] != "for" {
		return false
	}
	for k := n - 2; k >= max(0, n-12); k-- {
		w := bare(before[k])
		if strings.ContainsAny(before[k], ";:") {
			return false
		}
		if _, ok := verbOf(w); ok {
			return expectingWords[w] && k+1 < n-1 && !subjectPrepositions[before[k+1]] && before[k+1] != "to"
		}
	}
	return false
}

// projectedDate reports whether a date is what a forecast told in the
// past looks ahead to, which dates no act: "Policymakers projected two
// more cuts at the Fed's remaining meetings in October". The caller
// asks that the date be still to come.
func projectedDate(before []string) bool {
	for k := len(before) - 1; k >= 0; k-- {
		if strings.ContainsAny(before[k], ",;:") {
			return false
		}
		// A verb with its object: not "rain forecast for Friday", nor
		// the noun of "The forecast had inflation peaking in March".
		if pastForm(before[k]) {
			return projectingPast[before[k]] && k > 0 && !determiners[before[k-1]] && k+1 < len(before) && !subjectPrepositions[before[k+1]]
		}
	}
	return false
}

// projectingPast are the past forms of forecasting.
var projectingPast = wordSet(`projected forecast predicted`)

// expectingWords tell what someone expects of a time to come.
var expectingWords = wordSet(`expects expected expect forecasts forecast forecasting projects projected predicts predicted sees saw estimates estimated anticipates anticipated`)

// periodNouns name a stretch a figure is counted over.
var periodNouns = wordSet(`year quarter half period months weeks`)

// periodEnds lead from a period's noun to the date it ends on.
var periodEnds = wordSet(`ending ended to through`)

// forecastNouns name what is expected of a period.
var forecastNouns = wordSet(`forecast forecasts outlook guidance target targets estimate estimates projection projections expectations`)

// forecastOwners open a forecast's noun phrase.
var forecastOwners = wordSet(`a an the its their his her our`)

// oddsOf reports whether a date ends a phrase on a chance, a risk or a
// hope, with no verb of its own: "see an 85% chance of a quarter-point
// cut at the Fed's Dec. 9-10 meeting" dates what may come, no act.
func oddsOf(before []string) bool {
	for k := len(before) - 2; k >= max(0, len(before)-12); k-- {
		w := strings.Trim(before[k], ",;:")
		if w != before[k] || finiteAuxiliaries[w] || modalAuxiliaries[w] || relativeWords[w] || w == "that" {
			return false
		}
		// "The risk of flooding rose on Monday": a verb dates its own
		// act; "a quarter-point cut" is a noun.
		if _, ok := verbOf(w); ok && k > 0 && !determiners[before[k-1]] && !strings.Contains(before[k-1], "-") {
			return false
		}
		// The date is the noun's by a preposition of its own ("at the
		// Fed's meeting"), not the clause's ("as recently as a month
		// ago").
		if oddsNouns[w] && (before[k+1] == "of" || before[k+1] == "on" || before[k+1] == "for") {
			return slices.ContainsFunc(before[k+2:], func(p string) bool { return nounDatePrepositions[p] })
		}
	}
	return false
}

// nounDatePrepositions join a date to the noun before it.
var nounDatePrepositions = wordSet(`at on in during by before after`)

// oddsNouns weigh what may come.
var oddsNouns = wordSet(`chance chances odds probability likelihood bets risk prospect prospects expectations fears hopes`)

// soFar reports whether a date is the period a running total is counted
// over, up to now: "has gained about 60% so far this year", "this year so
// far". It dates no act.
func soFar(before []string, after string) bool {
	n := len(before)
	if n > 0 && before[n-1] == "in" {
		n--
	}
	return n >= 2 && before[n-2] == "so" && before[n-1] == "far" || strings.HasPrefix(strings.ToLower(after), " so far")
}

// anniversary reports whether a date is the time an anniversary falls
// in: "It is ten years this week since the attacks": it dates no act.
// before are the sentence's words before it, in lower case.
func anniversary(before []string, after string) bool {
	n := len(before)
	if n < 3 || !strings.HasPrefix(strings.TrimSpace(after), "since ") {
		return false
	}
	opener := strings.Join(before[:n-2], " ")
	return (strings.HasSuffix(opener, "it is") || strings.HasSuffix(opener, "it was") || strings.HasSuffix(opener, "it's")) && anniversaryUnits[strings.TrimSuffix(before[n-1], "s")]
}

// anniversaryUnits count the time since what an anniversary marks.
var anniversaryUnits = wordSet(`year month week day decade century`)

// comingSpan reports whether a date is a span that runs from now, over
// or within which something may happen: "possible over the next week",
// "within the coming months". It dates no act.
func comingSpan(before []string, text string) bool {
	n := len(before)
	if n == 0 || before[n-1] != "over" && before[n-1] != "within" {
		return false
	}
	t := strings.ToLower(text)
	return strings.HasPrefix(t, "the next ") || strings.HasPrefix(t, "the coming ")
}

// inReasonGerund reports whether a month, a year or a longer time ends a
// gerund's phrase that gives a reason ("criticised the government for
// cutting flood defence spending in 2023", "convicted of taking bribes in
// 2018", "convicting Karen Holt, 46, of killing the residents by injecting
// them with insulin between August 2021 and February 2022", "charged with
// murdering him in 2019"): it dates that earlier act, not the clause's. A
// day is as often the clause's own ("arrested him for speeding on
// Monday"), unless it lies months before publication ("found him guilty
// of ordering police to open fire on July 18, 2024").
func inReasonGerund(before string, e timex.Expression, published time.Time) bool {
	if e.First.IsZero() || e.Granularity == timex.GranDay && (published.IsZero() || !e.Last.Before(published.AddDate(0, -2, 0))) {
		return false
	}
	toks, _ := withoutDateLeads(strings.Fields(before))
	for i := len(toks) - 1; i > 0 && len(toks)-i <= 14; i-- {
		// "of murdering Ellie Morgan in Cathays, Cardiff, in the early
		// hours of": a name's comma sets off the place it is in.
		if _, ok := verbOf(strings.ToLower(bare(toks[i]))); ok || strings.ContainsAny(toks[i], ";:") || strings.HasSuffix(toks[i], ",") && !isCapitalised(toks[i]) {
			return false
		}
		if !presentParticiple(toks[i]) {
			continue
		}
		switch strings.ToLower(toks[i-1]) {
		case "for":
			return true
		case "of":
			if heldBefore(toks[:i-1], reasonOf) {
				return true
			}
		case "with":
			if heldBefore(toks[:i-1], reasonWith) {
				return true
			}
		}
	}
	return false
}

// heldBefore reports whether one of words stands among the last four
// tokens, past the person it is said of: "convicted", "convicting Karen
// Holt, 46,".
func heldBefore(toks []string, words map[string]bool) bool {
	for i := len(toks) - 1; i >= 0 && len(toks)-i <= 4; i-- {
		if words[strings.ToLower(strings.Trim(toks[i], ",;:"))] {
			return true
		}
	}
	return false
}

// reasonOf come before "of" and the act a person is held to have done;
// reasonWith before "with".
var (
	reasonOf   = wordSet(`accused accusing convicted convicting guilty suspected suspecting suspicion acquitted acquitting cleared clearing`)
	reasonWith = wordSet(`charged charging`)
)

// holidaySeason reports whether a holiday named alone modifies the word
// after it: "a weak Christmas trading period", "Thanksgiving travel"
// speak of the season around it, not of its day, as "on Christmas Day" or
// "at Christmas, the port" do.
func holidaySeason(sentence string, e timex.Expression) bool {
	if e.Rule != "holiday" || strings.HasSuffix(e.Text, "Day") || strings.HasSuffix(e.Text, "Eve") || !strings.HasPrefix(sentence[e.End:], " ") {
		return false
	}
	next := firstToken(sentence[e.End:])
	r, _ := utf8.DecodeRuneInString(next)
	w := strings.ToLower(next)
	return unicode.IsLower(r) && !stopWords[w] && !danglingWords[w]
}

// endsPeriod reports whether e only says when the period named just
// before it ends: "the third quarter, which ended Sept. 27", "the quarter
// ending in December". The period is the time the text speaks of. A
// period that is only a length ("the three months ended Sept. 30") is
// dated by its end.
func endsPeriod(sentence string, es []timex.Expression, e timex.Expression) bool {
	m := periodEnding.FindStringIndex(sentence[:e.Start])
	if m == nil {
		return false
	}
	// Not a name of a date a preposition opens, "ended" right after it,
	// which dates the clause before: "A feud that began in 2019 ended on
	// Monday". "In fiscal 2024, which ended in January," is a period.
	joined := strings.HasPrefix(sentence[m[0]:m[1]], " ended")
	return slices.ContainsFunc(es, func(p timex.Expression) bool {
		return p.End == m[0] && p.Type != timex.TypeDuration && !(joined && datePrepositions[lastWord(sentence[:p.Start])] && !determiners[firstWord(p.Text)])
	})
}

// lengthEndBeside reports whether e, a day, ends a period that is only a
// length, with another day of its own beside it, no comma between: in
// "reported a 38% fall in profit for the six months to Aug. 31 on
// Wednesday" the report is Wednesday's. A day counted from e is no other
// ("from a year earlier"), nor is one after a comma, an attribution's as
// often ("..., the company said on Thursday").
func lengthEndBeside(sentence string, es []timex.Expression, e timex.Expression) bool {
	m := lengthEnding.FindStringIndex(sentence[:e.Start])
	if m == nil || e.Granularity != timex.GranDay || !slices.ContainsFunc(es, func(p timex.Expression) bool { return p.End == m[0] && p.Type == timex.TypeDuration }) {
		return false
	}
	return slices.ContainsFunc(es, func(d timex.Expression) bool {
		if d.Start == e.Start || !datesSomething(d) || d.Granularity != timex.GranDay || !d.Anchored() || d.Reference != nil && d.Reference.Text == e.Text && d.Reference.Value == e.Value {
			return false
		}
		return !strings.ContainsAny(sentence[min(e.End, d.End):max(e.Start, d.Start)], ",;:")
	})
}

// lengthEnding is the phrase between a length and the day it ends on.
var lengthEnding = regexp.MustCompile(`\s+(?:to|ended|ending)\s+$`)

// periodEnding is the phrase between a period and the day it ends on.
var periodEnding = regexp.MustCompile(`,?\s+(?:which\s+|that\s+)?(?:ended|ending|ends|end)\s+(?:in\s+|on\s+)?$`)

// comparisonBase reports whether a date between before and after dates
// the base of a comparison, not an event: "compared with $1.2 billion a
// year ago", "That compares with 227 cases in the same period last
// year", "fell to 4.02% from 4.05% late Tuesday", "down from two cuts
// they had projected in September". What stands between the comparison and the
// date is a noun phrase: an amount after a bare "from", at most a
// relative clause without a comma after the others, never a new clause.
func comparisonBase(before, after string) bool {
	// "slightly below the 2021 election", "above 2019 levels": what a
	// level is set against. "three times as many as at the same point
	// last year": what an amount is matched with. Not when a "when"
	// clause tells what happened then: "just below the level reached in
	// May 2023, when floods killed 17 people".
	if levelAgainst.MatchString(before) && !strings.HasPrefix(after, ", when ") || asMuchAs.MatchString(before) {
		return true
	}
	// "had risen faster than during the last major flood, five years
	// ago": what a comparative is measured against, with no verb.
	// "will start later than usual tomorrow morning" has its base.
	if ms := comparativeThan.FindAllStringIndex(before, -1); ms != nil {
		between := before[ms[len(ms)-1][1]:]
		if r, _ := utf8.DecodeRuneInString(between); !strings.ContainsRune("0123456789$£€", r) && !wholeBases[strings.ToLower(firstWord(between))] && !numberWords[strings.ToLower(firstWord(between))] && !hasClauseVerb(between) && !strings.ContainsAny(between, ";:—–") {
			return true
		}
		// "six months sooner than it forecast in January", "more than
		// analysts had expected in March": so is what was expected,
		// which the date dates; no act.
		if expectedThen.MatchString(between) {
			return true
		}
	}
	ms := comparisonMarker.FindAllStringSubmatchIndex(before, -1)
	if ms == nil {
		return false
	}
	m := ms[len(ms)-1]
	between := before[m[1]:]
	if strings.ContainsAny(between, ";:—–") || strings.Contains(between, " and ") || strings.Contains(between, " but ") {
		return false
	}
	// "was carrying three times the number of passengers when it left
	// Mwanza on December 9": a clause of time after the base dates its
	// own act.
	if k := strings.Index(between, " when "); k >= 0 && hasClauseVerb(between[k:]) {
		return false
	}
	verbless := !hasClauseVerb(between)
	if m[2] >= 0 { // a bare "from": only an amount is compared, or a level named by one
		// "up 62% from a year earlier": or whatever a change "up" or
		// "down" measures from; "will rise by 26% from 1 April" dates
		// the rise.
		if f := strings.Fields(strings.ToLower(before[:m[0]])); len(f) > 1 && (f[len(f)-2] == "up" || f[len(f)-2] == "down") {
			return true
		}
		amount := levelOf.ReplaceAllString(strings.TrimLeft(between, " "), "")
		r, _ := utf8.DecodeRuneInString(amount)
		return strings.ContainsRune("0123456789$£€", r) && verbless
	}
	// "up from" and "down from" compare an amount or the date itself:
	// "would step down from the board in June" compares nothing.
	if w := strings.ToLower(before[m[0]:m[1]]); (strings.HasPrefix(w, "up") || strings.HasPrefix(w, "down")) && strings.TrimSpace(between) != "" {
		f := strings.Fields(strings.ToLower(between))
		first := f[0]
		// "down from the four they forecast in September": a count
		// after its article is an amount too.
		if first == "the" && len(f) > 1 {
			first = f[1]
		}
		r, _ := utf8.DecodeRuneInString(first)
		if !strings.ContainsRune("0123456789$£€", r) && !numberWords[first] {
			return false
		}
	}
	return verbless || !strings.Contains(between, ",")
}

// scopedObject reports whether before, the sentence up to a date, ends in
// a verb of scope, its object and the date's preposition, no other verb
// after it: "the recall covered batches from [January to October]" tells
// the batches' time, not the recall's.
func scopedObject(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	n := len(f)
	if n < 3 || !datePrepositions[f[n-1]] && f[n-1] != "from" && f[n-1] != "between" {
		return false
	}
	for i := n - 2; i >= 0 && i >= n-6; i-- {
		if strings.ContainsAny(f[i], ",;:") {
			return false
		}
		if v, ok := verbOf(f[i]); ok {
			return scopeVerbs[v.base] && i < n-2
		}
		if base := sBase(f[i]); scopeVerbs[base] && i < n-2 {
			return true
		}
	}
	return false
}

// scopeVerbs tell what something takes in, not an act done then.
var scopeVerbs = wordSet(`cover include involve affect concern span contain`)

// dataPeriod reports whether before, the sentence up to a date, ends in a
// noun of figures and "for": "figures for May and June were revised" were
// revised later; the month is the figures' own.
func dataPeriod(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	n := len(f)
	return n > 1 && f[n-1] == "for" && dataNouns[f[n-2]]
}

var dataNouns = wordSet(`figures data numbers readings estimates totals statistics`)

// changeOnPeriod reports whether e is the period a change is measured
// on: "down 1.1% on a year earlier", "up 3% on last year". A day after
// the change is when it happened: "fell 3% on Tuesday".
func changeOnPeriod(before string, e timex.Expression) bool {
	return percentOn.MatchString(before) && e.Granularity != "" && e.Granularity != timex.GranDay
}

// percentOn ends the words before a period a change is measured on: a
// percentage and "on", or "up" or "down" and "on" for a change told with
// no figure ("Turnout appears to be up on 2022").
var percentOn = regexp.MustCompile(`(?i)(?:\d(?:\.\d+)?\s*(?:%|per\s*cent|percent)|\b(?:up|down))\s+on\s+$`)

// amountPeriod is a noun's phrase that ends in a share or a sum, perhaps
// its noun, perhaps after another and its period: "of a 5.5% rise", "of
// £2bn this year and 4%".
var amountPeriod = regexp.MustCompile(`(?i)\bof\s+(?:an?\s+)?` + amountPattern + `(?:\s+\p{L}+)?(?:(?:\s+[\p{L}\d]+){0,3},?\s+(?:and|or)\s+` + amountPattern + `(?:\s+\p{L}+)?)?\s+$`)

// amountPattern is a share or a sum: "5.5%", "4 per cent", "£2bn", "$150m".
const amountPattern = `(?:[$£€]\d[\d.,]*(?:\s*(?:bn|m|billion|million|trillion))?|\d[\d.,]*\s*(?:%|per\s*cent|percent))`

// expectedThen is a subject of a few words and its verb of expecting,
// perhaps in the pluperfect, up to the preposition of a date: "it
// forecast in", "analysts had expected in".
var expectedThen = regexp.MustCompile(`^\s*(?:\S+\s+){1,3}(?:had\s+|have\s+|has\s+)?(?:expected|forecast|predicted|projected|anticipated|estimated|planned|hoped|feared)\s+(?:in|on|at|during|for|by)?\s*$`)

// comparativeThan is a comparative and its "than": "faster than",
// "higher than", "more than", and what is compared may stand between
// them: "shipped more processors in the past six months than in the
// whole of 2023". Before a figure ("fewer than 100,000", "more than five
// hours") it is a hedge on an amount, which comparisonBase leaves to the
// rule for "from".
var comparativeThan = regexp.MustCompile(`(?i)\b(?:\w+er|more|less|fewer)\s+(?:[^\s,;:]+\s+){0,8}?than\s`)

// numberWords count in words or hedge a figure: "down from two cuts",
// "down from at least £95 million".
var numberWords = wordSet(`one two three four five six seven eight nine ten eleven twelve half a an about nearly almost more less
	at around over under just some roughly approximately`)

// levelAgainst ends the words before a date that a level is set
// against: "below the ", "above ", "below the record set in ". A figure
// an amount passes or is more than is set against one only by when it
// was reached: "surpassing the 1,274 reported in all of ", "more than the
// 1,274 reported in ".
var levelAgainst = regexp.MustCompile(`(?i)\b(?:(?:below|above)\s+(?:the\s+|its\s+|their\s+)?(?:` + levelReached + `)?|(?:than|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?)\s+(?:the\s+|its\s+|their\s+)?` + levelReached + `)$`)

// levelReached is a level's noun phrase up to when it was reached.
const levelReached = `(?:[\w,.$£€%-]+\s+){1,3}(?:set|reached|recorded|hit|seen|reported)\s+(?:in\s+(?:all\s+of\s+)?|on\s+|at\s+)?`

// asMuchAs ends the words before the date of an equal amount's base:
// "as many as at the same point ", "twice as high as in ". Not "as early
// as", "as late as", which hedge the date itself.
var asMuchAs = regexp.MustCompile(`(?i)\bas\s+(?:many|much|high|low|large|big|great|fast|strong|bad)\s+as\s+(?:(?:at|in|on|during|over)\s+)?(?:the\s+same\s+(?:point|time|period|stage)\s+)?$`)

// levelOf names a level an amount gives: "a peak of 292%", "its
// lowest level of 1.2%".
var levelOf = regexp.MustCompile(`^(?i:(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:peak|high|low|record|level|rate)\s+of\s+)`)

// comparisonMarker opens a comparison's base ("a 24% premium to its
// closing price on Friday", "won 20.8%, double its share in the last
// election in 2021"); group 1 is a bare "from".
var comparisonMarker = regexp.MustCompile(`(?i)\b(?:compared\s+(?:with|to)|compares?\s+(?:with|to)|up\s+from|down\s+from|versus|(?:double|twice|triple|treble|half|(?:two|three|four)\s+times)\s+(?:its|their|his|her|the)|(?:premium|discount)(?:\s+of\s+\S+(?:\s+\S+){0,2})?\s+(?:to|on|over)|(from))\s`)

// plannedAside reports whether offset i is in a plan's date set off by
// commas: in "The vote, scheduled for Thursday, was cancelled" and "The
// results, due on 20 November, will be delayed" the date is the one
// planned, not that of what the clause reports.
func plannedAside(sentence string, cuts []int, i int) bool {
	for k := 1; k+1 < len(cuts); k++ {
		if cuts[k] > i || i >= cuts[k+1] {
			continue
		}
		// "had set aside $180 million in its fourth-quarter results, due
		// on Feb. 4.": the aside may close the sentence after a past
		// verb, which a plan ahead does not date ("will publish its
		// results, due on Feb. 4" does).
		seg := sentence[cuts[k]:cuts[k+1]]
		// So may a relative's past plan: "has cancelled its tour, which
		// was due to begin on October 8."
		closing := cuts[k+1] == len(sentence) && (!relativeWords[firstWord(seg)] && pastClauseBefore(strings.Fields(strings.ToLower(sentence[:cuts[k]]))) || pastPlanRelative.MatchString(seg))
		if sentence[cuts[k]-1] != ',' || !strings.HasSuffix(seg, ",") && !closing {
			return false
		}
		f := strings.Fields(strings.ToLower(seg))
		if len(f) > 2 && (f[0] == "which" || f[0] == "who") && planAuxiliaries[f[1]] { // "which was due on"
			// "Vestager, who is due to leave office in November, has
			// made ...": a relative's plan to act is an event of its own.
			// Not "which was due to open in March": it may not have.
			if len(f) > 4 && (f[1] == "is" || f[1] == "are") && plannedWords[f[2]] && f[3] == "to" {
				return false
			}
			f = f[2:]
			if len(f) > 1 && f[0] == "been" {
				f = f[1:]
			}
		}
		if len(f) > 1 && planAdverbs[f[0]] {
			f = f[1:]
		}
		// "The Sugar Bowl, a playoff game scheduled for Wednesday night,
		// was postponed": an appositive's noun may come first.
		if len(f) > 2 && determiners[f[0]] && strings.HasSuffix(seg, ",") {
			if k := slices.IndexFunc(f, func(w string) bool { return plannedWords[w] }); k > 1 && k <= 6 && !slices.ContainsFunc(f[1:k], isVerbWord) && !slices.Contains(f[1:k], "and") {
				f = f[k:]
			}
		}
		// "The pair, both in their 30s, set out from a hut early on
		// Friday": a verb with its particle is no plan; nor is a record
		// set by someone, only what is set for a time or to happen.
		if len(f) < 2 || !plannedWords[f[0]] || f[0] == "set" && f[1] != "for" && f[1] != "to" {
			return false
		}
		// "The final, scheduled for May 30, will now be played in
		// Lisbon": a plan the subject's clause goes ahead with, in the
		// future, is of the day planned.
		return k != 1 || hasVerb(sentence[:cuts[1]]) || !goesAhead(sentence[cuts[2]:])
	}
	return false
}

// rankedSince reports whether e is the bound "since" sets after a rank
// in its stretch: "becoming the first first-time novelist to win since
// 2020" ranks the news, which the bound does not date.
func rankedSince(text string, cuts []int, e timex.Expression) bool {
	before := text[segmentStart(cuts, e.Start):e.Start]
	return lastWord(before) == "since" && slices.ContainsFunc(strings.Fields(strings.ToLower(before)), func(w string) bool { return rankingWords[w] })
}

// objectPlan reports whether e is a plan's date set off after the
// clause's verb (see plannedAside): "has cancelled its tour, which was
// due to begin on October 8". One on the subject ("Ruiz, who was due to
// leave office in November, has made") is not.
func objectPlan(text string, cuts []int, e timex.Expression) bool {
	return plannedAside(text, cuts, e.Start) && hasVerb(text[:segmentStart(cuts, e.Start)])
}

// pastPlanRelative opens a relative that tells what was planned: "which
// was due to", "which had been scheduled for".
var pastPlanRelative = regexp.MustCompile(`^\s*(?:which|that)\s+(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+)?(?:due|scheduled|planned|set|expected)\b`)

// goesAhead reports whether clause, told after a plan's date, goes ahead
// with it in the future, with no word of calling it off or moving its
// time: "will now be played at the Estadio da Luz".
func goesAhead(clause string) bool {
	f := strings.Fields(strings.ToLower(clause))
	return len(f) > 1 && f[0] == "will" && !calledOff.MatchString(clause) && !slices.ContainsFunc(f, func(w string) bool { return rescheduleVerbs[bare(w)] })
}

// intendedWords tell an intent, which the past perfect sets before what
// became of it: "had planned to", "had hoped to".
var intendedWords = wordSet(`planned intended hoped expected aimed wanted meant`)

// unrealised reports whether offset i is in a stretch that tells of what
// did not come about: a plan in the past perfect ("had been due to walk
// out from midnight on Friday", "had been planned for Sunday"), one
// told as due by a day not ahead ("was due to arrive on Saturday"), one
// since changed ("was originally planned for Nov. 16") or what would
// have happened ("a strike that would have halted services this
// weekend").
//
// A stretch with no verb of its own belongs to the one before: in "would
// have triggered an election, likely in the spring" the spring is the
// unrealised election's.
func unrealised(sentence string, cuts []int, i int, ahead bool) bool {
	start := segmentStart(cuts, i)
	for start > 0 && !hasVerb(sentence[start:i]) {
		start = segmentStart(cuts, start-1)
	}
	f := strings.Fields(strings.ToLower(sentence[start:i]))
	// "It was also due to host in 2020": an adverb in the verb group is
	// passed, save those of a first plan (see below).
	f = slices.DeleteFunc(f, func(w string) bool { return w != "originally" && w != "initially" && adverbInVerbGroup(w) })
	for k := 0; k+2 < len(f); k++ {
		switch {
		case f[k] == "had" && f[k+1] == "been" && plannedWords[f[k+2]] && !(f[k+2] == "set" && !setFor(f[k+3:])):
			return true
		// "The company had planned to start selling the model in the
		// first half of next year": so is an intent in the past perfect,
		// up to the date; not a predicate joined on after it ("and
		// showed a prototype in March") nor what a phrase after the date
		// dates too ("early Thursday, a day after a sensor fault halted
		// the countdown").
		case f[k] == "had" && intendedWords[f[k+1]] && f[k+2] == "to" && !slices.Contains(f[k+3:], "and") && !strings.Contains(sentence[i:], " after ") && !strings.Contains(sentence[i:], " before "):
			return true
		case (f[k] == "would" || modalAuxiliaries[f[k]]) && f[k+1] == "have" && pastForm(f[k+2]):
			return true
		// "was originally planned for Nov. 16": a first plan, since
		// changed.
		case (f[k] == "was" || f[k] == "were") && (f[k+1] == "originally" || f[k+1] == "initially") && plannedWords[f[k+2]]:
			return true
		// "A strike that was due to start on Monday has been called
		// off": a plan the sentence says was dropped.
		case (f[k] == "was" || f[k] == "were") && plannedWords[f[k+1]] && f[k+2] == "to" && calledOff.MatchString(sentence[i:]):
			return true
		// "A vote was expected on Thursday but was delayed": so is one
		// its date follows, set against what became of it.
		case (f[k] == "was" || f[k] == "were") && plannedWords[f[k+1]] && k+3 >= len(f) && butCalledOff.MatchString(sentence[i:]):
			return true
		// "left the port at 4 p.m. and was due to arrive early on
		// Saturday", "was due back that evening": what was due by now is
		// told as not done. One still ahead is a plan reported: "said the
		// campus was due to open in 2027".
		case (f[k] == "was" || f[k] == "were") && f[k+1] == "due" && (f[k+2] == "to" || f[k+2] == "back") && !ahead:
			return true
		}
	}
	return false
}

// absolutePhrase reports whether s, after "with", is a noun and its
// participle: "a submission planned for", "screenings beginning on"; not
// "1,245 confirmed infections between", whose participle is the noun's
// adjective.
func absolutePhrase(s string) bool {
	f := strings.Fields(s)
	for i := 1; i < len(f); i++ {
		if !pastForm(f[i]) && !presentParticiple(f[i]) {
			continue
		}
		prev := strings.ToLower(f[i-1])
		return isLowerWord(prev) && !determiners[prev] && !numberWords[prev] && !strings.ContainsAny(prev, "0123456789")
	}
	return false
}

// measuredAgainstWords set a figure against another's: "exceeding last
// year's totals", "than last year's".
var measuredAgainstWords = wordSet(`exceeding exceeds exceeded surpassing surpassed topping matching eclipsing than above below`)

// forRestOf reports whether e is how long something is done for, the rest
// of a period: "closed the school for the rest of the week" closed it
// on the day the sentence tells elsewhere.
func forRestOf(sentence string, e timex.Expression) bool {
	return strings.HasPrefix(strings.ToLower(e.Text), "the rest of") && lastWord(sentence[:e.Start]) == "for"
}

// includedInSubject reports whether e dates what "including" names after
// a passive that ends its clause, a part of the subject: "His results
// have been annulled, including a third place in Berlin in October" dates
// the third place, not the annulling.
func includedInSubject(sentence string, e timex.Expression) bool {
	k := strings.LastIndex(sentence[:e.Start], ", including ")
	// "were taken, including earrings given by Napoleon in 1810": a
	// participle of the part's own is what the date is of.
	if k < 0 || strings.ContainsAny(sentence[k+len(", including "):e.Start], ",;:") || slices.ContainsFunc(words(sentence[k+len(", including "):e.Start]), pastForm) {
		return false
	}
	w := words(sentence[:k])
	n := len(w)
	return n >= 2 && (w[n-2] == "was" || w[n-2] == "were" || w[n-2] == "been") && pastForm(w[n-1])
}

// calledOffPlan reports whether e ends a plan told of the subject, before
// a verb in the present perfect, the news of the day: "A strike planned
// for next week has been called off" dates the plan, which did not
// happen; "A rally planned for Saturday will go ahead" is dated.
func calledOffPlan(sentence string, cuts []int, e timex.Expression) bool {
	f := strings.Fields(sentence[segmentStart(cuts, e.Start):e.Start])
	n := len(f)
	if n < 3 || !strings.EqualFold(f[n-1], "for") || !plannedFor[strings.ToLower(f[n-2])] || hasVerb(strings.Join(f[:n-2], " ")) {
		return false
	}
	rest := strings.Fields(strings.ToLower(sentence[e.End:]))
	return len(rest) > 1 && (rest[0] == "has" || rest[0] == "have") && (rest[1] == "been" || pastForm(rest[1]))
}

// ongoingAfterSubject reports whether e ends a phrase on the subject of a
// clause told as going on now, with no preposition of its own: "The
// station master on duty that night is being tried separately" tells
// nothing of that night. "Firefighters on Friday are still battling the
// fire" is dated.
func ongoingAfterSubject(sentence string, cuts []int, e timex.Expression) bool {
	before := sentence[segmentStart(cuts, e.Start):e.Start]
	if w := lastWord(before); leadWords[w] || hasVerb(before) {
		return false
	}
	f := strings.Fields(strings.ToLower(sentence[e.End:]))
	if len(f) < 2 {
		return false
	}
	switch f[0] {
	case "is", "are":
		return f[1] == "being" || f[1] == "still"
	case "remains", "remain":
		return true
	}
	return false
}

// actedOnDate reports whether w, the word before a possessive date, makes
// the date's noun what an act is done to: "of", or a verb one does not
// take part in the noun's occasion by.
func actedOnDate(w string) bool {
	if w == "of" {
		return true
	}
	v, ok := verbOf(w)
	return ok && v.form != formAux && !partakingVerbs[v.base]
}

// partakingVerbs take part in an occasion their object names, or make
// it: "won last year's election", "missed Sunday's match", "issued
// Thursday's ruling".
var partakingVerbs = wordSet(`win lose contest attend host play watch miss join boycott skip fight run lead dominate headline open close
	issue hold publish release deliver stage give make`)

// possessiveAfter reports whether s, the text right after a date, makes
// it a possessive: "Tuesday's".
func possessiveAfter(s string) bool {
	return strings.HasPrefix(s, "'s ") || strings.HasPrefix(s, "’s ")
}

// possessedBeforePerfect reports whether e is a possessive date that
// perfectAfterSubjectPhrase tells of in sentence, or one on the noun of
// a phrase of source or topic: "has claimed the £214m jackpot from last
// Tuesday's draw" tells the claim as news of the article's day, the
// draw's day its own.
func possessedBeforePerfect(sentence string, cuts []int, e timex.Expression) bool {
	if !possessiveAfter(sentence[e.End:]) {
		return false
	}
	before := sentence[segmentStart(cuts, e.Start):e.Start]
	if perfectAfterSubjectPhrase(before, sentence[e.End:]) {
		return true
	}
	return sourcePrepositions[lastWord(before)]
}

// sourcePrepositions tie a noun to what it came from or is about: "the
// jackpot from", "the row over". Not "of", which may place the act in
// the noun's time: "fell at the start of Monday's session".
var sourcePrepositions = wordSet(`from over about`)

// perfectAfterSubjectPhrase reports whether a possessive date between
// before and after stands in a preposition's phrase on the subject that
// opens the clause, and the clause's verb after it is in the perfect:
// "Passengers caught up in" and "'s outage have described".
func perfectAfterSubjectPhrase(before, after string) bool {
	lead := strings.Fields(before)
	if len(lead) < 2 || !subjectPrepositions[strings.ToLower(lead[len(lead)-1])] || clauseOpeners[strings.ToLower(lead[0])] || subjectPrepositions[strings.ToLower(lead[0])] ||
		slices.ContainsFunc(lead, func(t string) bool { return finiteAuxiliaries[strings.ToLower(t)] || strings.ContainsAny(t, ",;:") }) {
		return false
	}
	rest := strings.Fields(after)
	for k := 1; k < len(rest)-1 && k <= 5; k++ {
		if w := strings.ToLower(rest[k]); w == "has" || w == "have" {
			return pastForm(rest[k+1]) || rest[k+1] == "been"
		}
		if strings.ContainsAny(rest[k], ",;:") || isVerbWord(bare(rest[k])) {
			return false
		}
	}
	return false
}

// openQuestion is a question left open up to a date that would answer
// it: "It is unclear whether talks will resume next week", "could not
// commit to when or by how much it would lower rates next year" date
// nothing that is to happen. "did not say when the plant would close
// next year" says when.
var openQuestion = regexp.MustCompile(`(?i)\b(?:unclear|uncertain|undecided|unknown|not\s+(?:yet\s+)?(?:clear|known|certain|decided|sure)|(?:not|n't|never)\s+(?:commit|decide|know)\w*)\b[^.;:]{0,40}?\b(?:when|whether|if|how)\b[^.;:,]{0,60}?\b(?:would|will|could|might|can|may)\b[^.;:,]*$`)

// relativeOpening opens a relative clause set off by a comma.
var relativeOpening = regexp.MustCompile(`, (?:which|who|whose) `)

// pastThatRelative is where the last "that" in s opens a relative on the
// noun before it, its verb in the past right after it ("a cracked pipe
// that allowed"), or -1. A "that" after a verb ("says that the") opens
// what is said.
func pastThatRelative(s string) int {
	for k := strings.LastIndex(s, " that "); k > 0; k = strings.LastIndex(s[:k], " that ") {
		prev := strings.Fields(s[:k])
		if len(prev) > 0 && lowerNoun(prev[len(prev)-1]) && pastForm(firstToken(s[k+len(" that "):])) {
			return k
		}
	}
	return -1
}

// setFor reports whether the words after "set" make it a plan's ("had
// been set for Friday", "set to begin"), not a record's ("had been set in
// 2015").
func setFor(after []string) bool {
	return len(after) > 0 && (after[0] == "for" || after[0] == "to")
}

// calledOff matches the dropping of a plan: "has been called off",
// "was cancelled".
// butCalledOff sets what became of a plan against it: "but was delayed".
var butCalledOff = regexp.MustCompile(`(?i)^\S*(?:\s+\S+){0,3}?\s+but\s+(?:was|were|has\s+been|had\s+been)\s+(?:called off|cancell?ed|scrapped|abandoned|postponed|suspended|delayed|put off)\b`)

var calledOff = regexp.MustCompile(`(?i)\b(?:called off|cancell?ed|scrapped|abandoned|averted|postponed|suspended)\b`)

// rankedWithin reports whether the expression is the period a ranking
// counts within: "the latest to hit a British retailer this year", "its
// fifth record this month". Such a period holding the DCT dates no event.
// before are the sentence's words before the expression, in lower case.
func rankedWithin(before []string, text string) bool {
	t := strings.ToLower(text)
	if !strings.HasPrefix(t, "this ") && !strings.HasPrefix(t, "so far this ") {
		return false
	}
	for i := len(before) - 1; i > 0 && i >= len(before)-10; i-- {
		// "its fifth record", "the team's 31st call-out".
		if (rankingWords[bare(before[i])] || numberedOrdinal(bare(before[i]))) && (rankOwners[before[i-1]] || nounPossessive(before[i-1])) {
			return true
		}
		if strings.ContainsAny(before[i-1], ",;:") {
			return false
		}
	}
	return false
}

// measuredAgainst reports whether the expression names the time of a
// measure something is set against: "still about a fifth below its 2008
// level", "above the 2019 peak". before are the sentence's words before
// it, in lower case, and after the text after it.
func measuredAgainst(before []string, after string) bool {
	n := len(before)
	return n > 0 && rankOwners[before[n-1]] && measureNouns[strings.ToLower(strings.Trim(firstToken(after), ".,;:"))]
}

var measureNouns = wordSet(`level levels peak high low average figure figures total rate rates`)

// namedDay reports whether lead, what opens a clause before its date, is
// a noun phrase on a day set off by a comma: "The hottest day of the
// year,".
func namedDay(lead string) bool {
	f := strings.Fields(strings.TrimSuffix(lead, ","))
	return strings.HasSuffix(lead, ",") && len(f) > 1 && determiners[strings.ToLower(f[0])] && slices.Contains(f, "day") && !hasVerb(lead)
}

// superlativeOf reports whether before, the words before a period, end
// in a ranking and the noun it ranks within the period: "The hottest day
// of".
func superlativeOf(before []string) bool {
	n := len(before)
	if n < 3 || before[n-1] != "of" {
		return false
	}
	for k := n - 2; k >= max(1, n-4); k-- {
		if rankingWords[strings.ToLower(before[k])] && rankOwners[strings.ToLower(before[k-1])] {
			return true
		}
	}
	return false
}

// rankedPeriod reports whether the expression is a period a ranking
// places on a scale: "after the wettest October on record", "its busiest
// Christmas". It dates no event.
func rankedPeriod(before []string) bool {
	n := len(before)
	return n >= 2 && rankingWords[before[n-1]] && rankOwners[before[n-2]]
}

// rankedOf reports whether the expression is the period a ranking's
// "of" counts within: "at its Dec. 12 meeting, the last of the year".
// After a copula the ranking may have its noun: "Erin is the fifth named
// storm of 2025". So may any verb's, when the period holds the day of
// publication, current: "“I think I played my best tournament of the
// year,” he told reporters" ranks the tournament, and dates no telling.
func rankedOf(before []string, current bool) bool {
	n := len(before)
	if n >= 3 && before[n-1] == "of" && (rankingWords[before[n-2]] || before[n-2] == "last") && rankOwners[before[n-3]] {
		return true
	}
	for k := n - 3; n > 3 && k >= max(2, n-5); k-- {
		if rankingWords[before[k]] && rankOwners[before[k-1]] {
			return before[n-1] == "of" && before[n-2] != "as" && (copulas[before[k-2]] || current)
		}
		// "It was the team's fourth call-out of the year": so may a
		// noun's possessive own it.
		if rankingWords[before[k]] && nounPossessive(before[k-1]) && k >= 3 && determiners[before[k-2]] {
			return before[n-1] == "of" && before[n-2] != "as" && (copulas[before[k-3]] || current)
		}
	}
	return false
}

// recordsSince reports whether offset i is in a "since" clause that
// tells when record-keeping began: "the lowest level since records began
// in 1990" tells of no event then.
func recordsSince(sentence string, cuts []int, i int) bool {
	return recordsBegan.MatchString(sentence[segmentStart(cuts, i):i])
}

// recentDay reports whether e starts in the month before published,
// too near to be when records began: "its hottest day since records
// began on Wednesday" is Wednesday's record.
func recentDay(e timex.Expression, published time.Time) bool {
	return !published.IsZero() && e.First.After(published.AddDate(0, -1, 0))
}

var recordsBegan = regexp.MustCompile(`(?i)^\s*since\s+(?:comparable\s+|official\s+)?(?:records|record-keeping|record keeping)\b`)

// rankingWords place a thing in a series or a scale, after a word in
// rankOwners: "the latest", "its fifth", "the deadliest".
var (
	rankingWords = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth latest biggest largest
	highest lowest worst best deadliest fastest strongest weakest hottest coldest wettest driest busiest longest
	shortest sharpest steepest smallest most`)
	rankOwners = wordSet(`the its their his her our my your`)
)

// closingAppositiveDate reports whether e is in a verbless appositive a
// possessive and an ordinal open at the end of the sentence, after a
// clause with a verb: "won best actor for "The Brutalist", his second
// Oscar after "The Pianist" in 2003" dates the first Oscar, not the win.
func closingAppositiveDate(sentence string, cuts []int, e timex.Expression) bool {
	k := stretchOf(cuts, e.Start)
	if k+2 != len(cuts) {
		return false
	}
	// "his second Oscar after ...": a phrase inside it may be cut off.
	if k > 1 && sentence[cuts[k]-1] == ' ' {
		k--
	}
	if k == 0 || sentence[cuts[k]-1] != ',' || !hasClauseVerb(sentence[cuts[k-1]:cuts[k]]) {
		return false
	}
	f := strings.Fields(strings.ToLower(sentence[cuts[k]:e.Start]))
	return len(f) > 2 && possessivePronouns[f[0]] != "" && ordinalWords[f[1]] && !hasVerb(sentence[cuts[k]:e.Start])
}

// plannedWords open an aside giving the date something was planned
// for; planAdverbs may come first ("originally planned for Tuesday"), and
// before them a relative pronoun and an auxiliary ("which was due on").
var (
	plannedWords    = wordSet(`due scheduled planned set slated expected`)
	planAdverbs     = wordSet(`originally initially previously first once`)
	planAuxiliaries = wordSet(`is are was were had has`)
)

// closingPhrase reports whether the stretch holding offset i ends the
// sentence, but for an attribution, and goes on from the clause before it
// without a comma, so is that clause's phrase rather than a lead-in:
// "would vote against the budget when it comes before Parliament on Dec.
// 10". What a phrase on "since" dates is where a state began, not an
// event.
//
// After a comma, a phrase on "after" or "following" that holds the
// sentence's only date (alone) is the clause's too: "MPs have voted for
// the bill, after a five-hour debate on Friday" voted on Friday, as
// without the comma. With a date of its own the clause leaves the phrase
// to another act: "Talks collapsed in May, after a vote on Friday".
func closingPhrase(s string, cuts []int, i int, alone bool) bool {
	k := stretchOf(cuts, i)
	// An attribution may close the sentence after it: "Talks broke down
	// before resuming on Sunday, officials said." So may an appositive
	// on what the phrase names: "after announcing tax rises in
	// Wednesday's budget, the largest since 1993." So may a relative on
	// the place it names: "before slamming into central Vietnam late
	// Thursday, where at least five people were killed."
	ends := k+2 == len(cuts) || k+3 == len(cuts) && (trailingAttribution(s[cuts[k+1]:]) || closingAppositive(s[cuts[k+1]:]) || firstWord(s[cuts[k+1]:]) == "where")
	if k == 0 || !ends {
		return false
	}
	w := firstWord(s[cuts[k]:])
	if s[cuts[k]-1] == ' ' {
		return w != "since"
	}
	return alone && s[cuts[k]-1] == ',' && afterLeads[w] && !copularLink(s[cuts[k-1]:cuts[k]])
}

// copularLink reports whether seg is a clause that only links its
// subject to a noun phrase: "It was the party's second defeat in six
// months". It tells of no act a phrase after it could date: in ",
// following the loss of a seat in June" June is the loss's.
func copularLink(seg string) bool {
	w := words(seg)
	for i := 1; i+1 < len(w); i++ {
		if copulas[strings.ToLower(w[i])] {
			// "It will be the third named storm": a modal goes with it.
			j := i
			for j > 1 && (modalAuxiliaries[strings.ToLower(w[j-1])] || strings.EqualFold(w[j-1], "will") || strings.EqualFold(w[j-1], "would")) {
				j--
			}
			return determiners[strings.ToLower(w[i+1])] && !hasVerb(strings.Join(w[:j], " "))
		}
	}
	return false
}

// afterLeads open a phrase that places a clause after another event.
var afterLeads = wordSet(`after following`)

// stretchOf is the index in cuts of the stretch that holds offset i.
func stretchOf(cuts []int, i int) int {
	k := 0
	for k+1 < len(cuts) && cuts[k+1] <= i {
		k++
	}
	return k
}

// mainBeforeAfter is, when the clause opens with "after" or "before" right
// after a plain main clause in the past ("A man died after ...", "The
// archbishop knocked on the doors before they swung open"), where that
// clause starts; else -1.
func mainBeforeAfter(s string, clause span) int {
	if w := firstWord(s[clause.Start:]); clause.Start == 0 || w != "after" && w != "before" || strings.HasSuffix(strings.TrimRight(s[:clause.Start], " "), ",") {
		return -1
	}
	// "died after being attacked on 4 March" tells when the attack was.
	if f := words(s[clause.Start:]); len(f) < 2 || strings.HasSuffix(f[1], "ing") {
		return -1
	}
	cuts := clauseCuts(s)
	i := slices.Index(cuts, clause.Start)
	if i < 1 {
		return -1
	}
	main := s[cuts[i-1]:cuts[i]]
	if clauseOpeners[firstWord(main)] || !slices.ContainsFunc(words(main), pastForm) || hasAuxiliary(main) {
		return -1
	}
	// ", helped by buyers rushing to buy before a tax credit expired on
	// Sept. 30": a participle's phrase set off by a comma has no subject
	// to tell the news with.
	if i > 1 && s[cuts[i-1]-1] == ',' && pastForm(firstWord(main)) {
		return -1
	}
	return cuts[i-1]
}

// passiveBeforeAnd is, when the clause opens with "and" right after a
// sentence's opening clause that ends in a passive's participle, with no
// comma between ("Two skiers were killed and a third was seriously
// injured on Tuesday"), 0, the start of that clause, which the date
// dates too; else -1.
func passiveBeforeAnd(s string, clause span) int {
	// "The airport was closed, and flights were cancelled on Tuesday":
	// not one a comma sets apart.
	if clause.Start == 0 || firstWord(s[clause.Start:]) != "and" || strings.HasSuffix(strings.TrimRight(s[:clause.Start], " "), ",") {
		return -1
	}
	f := strings.Fields(s[:clause.Start])
	n := len(f)
	if n < 3 || !pastForm(f[n-1]) {
		return -1
	}
	// The auxiliary stands right before the participle, or an adverb
	// between: "were killed", "was badly hurt".
	if aux := f[n-2]; aux != "was" && aux != "were" && !(adverbInVerbGroup(aux) && (f[n-3] == "was" || f[n-3] == "were")) {
		return -1
	}
	return 0
}

// closingAppositive reports whether seg, the last stretch of a sentence,
// is a verbless appositive a determiner opens: " the largest since 1993."
func closingAppositive(seg string) bool {
	f := words(seg)
	return len(f) > 1 && (strings.EqualFold(f[0], "the") || strings.EqualFold(f[0], "a")) && !hasVerb(seg)
}

// afterCommaPhrase is, when offset i is in a phrase on "after" or
// "following" that a comma sets off at the end of its sentence, where the
// comma is; else -1.
func afterCommaPhrase(s string, i int) int {
	if !strings.Contains(s[:i], ", after ") && !strings.Contains(s[:i], ", following ") {
		return -1 // the common case, without cutting the sentence
	}
	cuts := clauseCuts(s)
	k := stretchOf(cuts, i)
	if k == 0 || k+2 != len(cuts) || s[cuts[k]-1] != ',' || hasVerb(s[cuts[k]:]) || !afterLeads[firstWord(s[cuts[k]:])] {
		return -1
	}
	return cuts[k] - 1
}

// onlyDate reports whether e is the one expression of es that names
// calendar days.
func onlyDate(es []timex.Expression, e timex.Expression) bool {
	return !slices.ContainsFunc(es, func(o timex.Expression) bool {
		return o.Start != e.Start && (o.Type == timex.TypeDate || o.Type == timex.TypeTime) && o.Anchored()
	})
}

// changeOverSpan reports whether a span of time "in" or "over" leads,
// before e in its sentence, measures the clause's change: "The price of
// rice has almost doubled in a year, after a poor harvest in 2024" tells
// its own time, which the harvest's year does not date.
func changeOverSpan(sentence string, es []timex.Expression, e timex.Expression) bool {
	return slices.ContainsFunc(es, func(o timex.Expression) bool {
		w := lastWord(sentence[:o.Start])
		return o.End <= e.Start && o.Type == timex.TypeDuration && (w == "in" || w == "over")
	})
}

// withoutParticiple reports whether seg is a phrase on "with" that holds
// no participle, which dates a detail, not the clause it follows: "has
// declined sharply, with record lows in 2023". One with a participle
// tells what happened with it: "reopened the bridge, with traffic
// resuming on Tuesday".
func withoutParticiple(seg string) bool {
	f := words(seg)
	return len(f) > 1 && strings.EqualFold(f[0], "with") && !slices.ContainsFunc(f[1:], func(w string) bool {
		return strings.HasSuffix(w, "ing") || pastForm(w)
	})
}

// throughDate is the segment of sentence e starts in, run on to e's end:
// a comma inside the date ("on April 9, 2023") ends no phrase.
func throughDate(sentence string, cuts []int, e timex.Expression) string {
	start := segmentStart(cuts, e.Start)
	seg := segmentAt(sentence, cuts, e.Start)
	if end := start + len(seg); e.End > end {
		return sentence[start:e.End]
	}
	return seg
}

// leadInGerund reports whether seg, opening with a lead-in inside a
// relative set off by a comma (before is the sentence up to seg), goes
// on with a gerund, an act of its own the date dates: "Mackinlay, who
// lost both hands and feet after contracting sepsis in 2023, returned".
// So does one right after a relative's lone verb: "The civil war, which
// began after a crackdown on protests in 2011,". A span that a gerund
// after "since" starts is that act's in any clause that has gone before:
// "had not won a title since winning Olympic gold in August", not "In his
// first trip abroad since taking office last month, Vance said"; so is
// one "after" opens at the end, with one act: "increased by 73,000 last
// month, after rising by 14,000 in June", "shot the man after stopping
// his car on April 9, 2023"; not "after consulting political parties on
// Wednesday and the council of state on Thursday".
func leadInGerund(before, seg string) bool {
	f := strings.Fields(seg)
	after := strings.EqualFold(f[0], "after") && !strings.HasSuffix(strings.TrimSpace(seg), ",") && !secondObject.MatchString(seg)
	if len(f) > 2 && (strings.EqualFold(f[0], "since") || after) && presentParticiple(f[1]) && f[1] != "being" && hasVerb(before) {
		return true
	}
	// "After retiring in 1986, Mason managed several clubs": so is one
	// that opens the sentence, its act the subject's after it.
	if len(f) > 2 && strings.TrimSpace(before) == "" && (strings.EqualFold(f[0], "after") || strings.EqualFold(f[0], "since")) && presentParticiple(f[1]) && f[1] != "being" {
		return true
	}
	k := max(strings.LastIndex(before, ", who "), strings.LastIndex(before, ", which "))
	if k < 0 || len(f) < 3 || strings.ContainsAny(before[k+2:], ",;:") {
		return false
	}
	rel := strings.Fields(before[k+2:])
	return presentParticiple(f[1]) || len(rel) == 2 && pastForm(rel[1])
}

// dayAfterSince reports whether e, a day, follows "on" after what a
// "since" opens, lead (the stretch before e) holding both: "became the
// first former head of state to go to prison since World War Two on
// Tuesday" went on Tuesday. A span's start is a period or an event,
// seldom told with its day this way.
// namedSinceOn reports whether before, the text up to a date, ends with a
// named period "since" opens and the "on" of a day: "completed their
// largest prisoner exchange since the Cold War on Thursday" did so on
// Thursday. A period a name gives is no day's.
func namedSinceOn(before string) bool {
	k := strings.LastIndex(before, " since ")
	if k < 0 {
		return false
	}
	f := strings.Fields(before[k+len(" since "):])
	n := len(f)
	return n > 2 && f[n-1] == "on" && strings.EqualFold(f[0], "the") && allCapitalised(f[1:n-1])
}

func dayAfterSince(lead string, e timex.Expression) bool {
	f := strings.Fields(strings.ToLower(lead))
	return e.Granularity == timex.GranDay && len(f) > 2 && f[0] == "since" && f[len(f)-1] == "on"
}

// secondObject is a second noun phrase "and" joins on with its
// determiner: " and the council of state".
var secondObject = regexp.MustCompile(`\band (?:the|a|an|his|her|its|their) `)

// nominalLeadIns open a verbless phrase that dates something other than
// the clause it is set off from: "following the start of the strikes in
// September".
var nominalLeadIns = wordSet(`following after before since during amid despite ahead`)

// dayTimeLead reports whether seg opens with a lead-in and a time of day,
// which are no act's but the date's own hour: "before dawn on Friday".
func dayTimeLead(seg string) bool {
	f := strings.Fields(strings.ToLower(seg))
	return len(f) > 1 && dayTimes[f[1]]
}

// ownedAct reports whether seg opens with "since" and a person's
// possessive noun of an act, which the subject did or had done to it:
// "since his arrest in September 2024" (see possessedSince).
func ownedAct(seg string) bool {
	f := strings.Fields(strings.ToLower(seg))
	return len(f) > 2 && f[0] == "since" && personOwnedAct(f[1], f[2])
}

// personOwnedAct reports whether a person's possessive and its noun name
// an act: "his arrest", "her retirement".
func personOwnedAct(possessive, noun string) bool {
	return (possessive == "his" || possessive == "her") && (nounActs[noun] != "" || nounPassives[noun] != "")
}

// dayTimes are the times of day a lead-in may name.
var dayTimes = wordSet(`dawn daybreak sunrise sunset dusk nightfall dark midnight noon midday`)

// partitiveRelative reports whether offset i is in a relative clause on
// a part of what the sentence is about, which another date of the
// sentence dates (pointsInTime asks): "Protesters, some of whom had
// travelled overnight, gathered on Wednesday" is dated by the gathering.
func partitiveRelative(s string, cuts []int, i int) bool {
	for k := 1; k+1 < len(cuts); k++ {
		if cuts[k] <= i && i < cuts[k+1] {
			w := firstWord(s[cuts[k]:cuts[k+1]])
			return (w == "whom" || w == "which") && strings.HasSuffix(strings.TrimRight(s[:cuts[k]], " "), " of")
		}
	}
	return false
}

// pastClauseBefore reports whether the verb nearest the end of toks is
// past and no passive in the present or a modal's: "had set aside", not
// "until a replacement is named".
func pastClauseBefore(toks []string) bool {
	v := lastVerb(toks)
	return pastVerbBefore(toks) && (v < 1 || !nonPastAuxiliaries[toks[v-1]])
}

// nonPastAuxiliaries put the participle after them in the present or
// ahead.
var nonPastAuxiliaries = wordSet(`is are be will would shall can may might must`)

// partitiveAbsolute reports whether seg, a stretch with no verb, opens
// with a part of what the clause before named: "the musicians who played
// there, many of them in the 1970s," tells of a predicate it leaves out,
// which the date cannot title. pointsInTime keeps one a "when" clause
// with an event follows (see partitiveWhen).
func partitiveAbsolute(seg string) bool {
	f := strings.Fields(strings.ToLower(seg))
	return len(f) > 3 && f[1] == "of" && (f[2] == "them" || f[2] == "these" || f[2] == "those") && partCounts[f[0]]
}

// partCounts count a part of a group: "many of them".
var partCounts = wordSet(`many some most all several few both each one two three four five none half`)

// segmentAt is the stretch between clause cuts that holds offset i.
func segmentAt(s string, cuts []int, i int) string {
	for k := 0; k+1 < len(cuts); k++ {
		if cuts[k] <= i && i < cuts[k+1] {
			return s[cuts[k]:cuts[k+1]]
		}
	}
	return ""
}

// finestAnchored is the sentence's most specific expression that names
// calendar days (the first, among equals): "strikes on Sunday" dates an
// event more closely than "this week" in the same sentence. Durations,
// sets and vague references date nothing.
func finestAnchored(es []timex.Expression) (timex.Expression, bool) {
	var best timex.Expression
	found := false
	for _, e := range es {
		if (e.Type != timex.TypeDate && e.Type != timex.TypeTime) || !e.Anchored() {
			continue
		}
		// "In December 2018 ... in the run-up to Christmas": an open
		// span that ends or starts inside a bounded date is no finer than
		// that date.
		switch {
		case found && openSpan(e) && !openSpan(best) && holdsBound(best, e):
		case !found || e.Granularity.Finer(best.Granularity):
			best, found = e, true
		}
	}
	return best, found
}

// openSpan reports whether e is open at one end: "before Christmas".
func openSpan(e timex.Expression) bool { return e.Mod == "BEFORE" || e.Mod == "AFTER" }

// holdsBound reports whether the bounded date d holds the day the open
// span o ends or starts on.
func holdsBound(d, o timex.Expression) bool {
	bound := o.First
	if o.Mod == "BEFORE" {
		bound = o.Last
	}
	return !bound.IsZero() && !bound.Before(d.First) && !bound.After(d.Last)
}

var precisions = map[timex.Granularity]timeline.Precision{
	timex.GranDay: timeline.PrecisionDay, timex.GranWeek: timeline.PrecisionWeek,
	timex.GranMonth: timeline.PrecisionMonth, timex.GranQuarter: timeline.PrecisionQuarter,
	timex.GranYear: timeline.PrecisionYear, timex.GranDecade: timeline.PrecisionDecade,
}

var modifiers = map[string]timeline.Modifier{
	"START": timeline.ModEarly, "MID": timeline.ModMid, "END": timeline.ModLate,
	"BEFORE": timeline.ModBefore, "AFTER": timeline.ModAfter, "APPROX": timeline.ModApprox,
}

func dateOf(e timex.Expression, src timeline.Source) timeline.Date {
	p, ok := precisions[e.Granularity]
	if !ok {
		p = timeline.PrecisionUnknown
	}
	d := timeline.Date{
		Start:     e.First,
		End:       e.Last,
		Precision: p,
		Modifier:  modifiers[e.Mod],
		Basis: timeline.DateBasis{
			Expression: e.Text,
			SourceKey:  src.Key,
			Anchor:     src.Published,
			Rule:       e.Rule,
		},
	}
	// "at 3:30 p.m.", "Tuesday night": a time of the day, as TIMEX3
	// writes it after the "T".
	if _, clock, ok := strings.Cut(e.Value, "T"); ok && e.Type == timex.TypeTime && p == timeline.PrecisionDay {
		d.Clock = clock
	}
	// "a year earlier" than a Sunday is that year, whatever day TIMEX3
	// gives it.
	if !e.ToldFirst.IsZero() {
		d.Start, d.End, d.Precision, d.Clock = e.ToldFirst, e.ToldLast, precisions[e.ToldGranularity], ""
	}
	if r := e.Reference; r != nil {
		d.Basis.Reference = r.Text
		d.Basis.ReferenceLabel = timeline.Date{Start: r.First, End: r.Last, Precision: precisions[r.Granularity], Modifier: modifiers[r.Mod]}.Label()
	}
	return d
}

// citation is the mention as stored: its sentence with code-point offsets.
func (m mention) citation() timeline.Citation {
	text := m.paragraph.Text
	return timeline.Citation{
		SourceKey:     m.source.Key,
		Paragraph:     m.paragraph.Ordinal,
		ParagraphText: text,
		Quote:         text[m.sentence.Start:m.sentence.End],
		QuoteStart:    utf8.RuneCountInString(text[:m.sentence.Start]),
		QuoteEnd:      utf8.RuneCountInString(text[:m.sentence.End]),
	}
}

func (m mention) text() string { return m.paragraph.Text[m.sentence.Start:m.sentence.End] }

// previousSentences are the sentences before the mention's that may name
// whom a pronoun in it stands for, nearest first, up to three: those
// before it in its paragraph, and for a paragraph's first the body
// paragraph before. One whose subject is a pronoun ("She was 87.", "In
// 1964 he became ...") names no one and is passed, into up to four body
// paragraphs before when the mention's paragraph names no one before
// it, as an obituary's run of "he" does not. With none that names, the
// nearest stands alone.
// quotationGoesOn is, when the mention's sentence opens a quotation it
// does not close and the next sentence of the paragraph closes it, what
// follows the closing mark there: " he said on a call with analysts."
func (m mention) quotationGoesOn() (string, bool) {
	text := m.text()
	if !opensWithQuote(text) || !inQuotation(text, len(text)) {
		return "", false
	}
	for _, s := range splitSentences(m.paragraph.Text) {
		if s.Start < m.sentence.End {
			continue
		}
		next := m.paragraph.Text[s.Start:s.End]
		k := strings.IndexAny(next, `"”`)
		if k < 0 || strings.Contains(next[:k], "“") {
			return "", false
		}
		_, n := utf8.DecodeRuneInString(next[k:])
		return next[k+n:], true
	}
	return "", false
}

func (m mention) previousSentences() []string {
	var before []string // nearest last
	for _, s := range splitSentences(m.paragraph.Text) {
		if s.End > m.sentence.Start {
			break
		}
		// "Dec. 12, 2022 - Smith is arrested. He is extradited": a
		// timeline entry's label is no part of who its sentence names.
		before = append(before, entryLabelLead.ReplaceAllString(m.paragraph.Text[s.Start:s.End], ""))
	}
	// A paragraph's first sentence goes on from the body paragraphs right
	// before it: wire copy gives most sentences a paragraph of their own.
	// So does one whose paragraph names no one before it: "He left the
	// BBC in 1992 ... He was knighted in 2003."
	// A sentence a quotation or a title in quotation marks opens
	// ("“Thriller” remains the best-selling album") names no one either.
	// Nor does one its possessive opens: "Her 1964 album became a best
	// seller. She won her first Grammy in 1971".
	names := func(s string) bool {
		return !pronounLed(s) && !opensWithQuote(s) && possessivePronouns[strings.ToLower(firstWord(s))] == ""
	}
	named := slices.ContainsFunc(before, names)
	if !named && m.paragraph.Role == timeline.RoleBody {
		i := slices.IndexFunc(m.source.Paragraphs, func(p timeline.Paragraph) bool { return p.Ordinal == m.paragraph.Ordinal })
		for k := i - 1; k >= 0 && k >= i-4 && m.source.Paragraphs[k].Role == timeline.RoleBody; k-- {
			prev := m.source.Paragraphs[k].Text
			var own []string
			for _, s := range splitSentences(prev) {
				own = append(own, prev[s.Start:s.End])
			}
			if len(own) == 0 {
				break
			}
			before = append(own, before...)
			if names(before[len(own)-1]) {
				break // the paragraph's last sentence names its subject
			}
		}
	}
	var out []string
	for k := len(before) - 1; k >= 0 && len(out) < 3; k-- {
		if !pronounLed(before[k]) {
			out = append(out, before[k])
		}
	}
	if len(out) == 0 && len(before) > 0 {
		out = append(out, before[len(before)-1])
	}
	return out
}

// pronounLed reports whether a sentence's subject is a pronoun, first or
// after what leads in: "He read the news", "In 1964 he became", "Born in
// Ilford in 1934, she made".
//
// Not one that counts the times a clause's act happened, which names the
// clause's subject: "It is the second time in three years the line has
// been closed" (see timeOfClause), or one whose doer it names ("It is
// the second large recall for Stellaris this year", see countedFor).
func pronounLed(s string) bool { return leadPronoun(s) != "" }

// leadPronoun is the pronoun a sentence's subject is, in lower case (see
// pronounLed), or "".
func leadPronoun(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 || f[0] == "It" && (timeOfClause.MatchString(s) || countedFor.MatchString(s)) {
		return ""
	}
	if pronounSubjects[strings.ToLower(f[0])] {
		return strings.ToLower(f[0])
	}
	if lead := withoutIntroPhrase(f); len(lead) > 0 && pronounSubjects[strings.ToLower(lead[0])] {
		return strings.ToLower(lead[0])
	}
	// "After retiring in 1986 he managed": a gerund's phrase may lead in
	// with no comma.
	if len(f) > 3 && introPrepositions[strings.ToLower(f[0])] && presentParticiple(f[1]) {
		for i := 2; i+1 < len(f) && i < 10 && !strings.ContainsAny(f[i-1], ",;:"); i++ {
			if _, verb := verbOf(bare(f[i+1])); verb && pronounSubjects[f[i]] {
				return f[i]
			}
		}
	}
	if subject := openingSubject(f); len(subject) == 1 && pronounSubjects[strings.ToLower(subject[0])] {
		return strings.ToLower(subject[0])
	}
	return ""
}

// dateRelative is a relative on a date, at the start of what follows the
// date: one set off by commas, ", which ended Oct. 27,", or a "that" and
// the date it ends or begins on, " that ended March 31".
var dateRelative = regexp.MustCompile(`^(?:,\s+(?:which|when)\s+(?:ended|ends|began|begins|started|starts|runs|ran)\b[^,;:]*,|\s+that\s+(?:ended|ends|began|begins|started|starts)\s+(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?\b)`)

// undatedClause is the mention's clause without its date expression and
// the preposition before it: what happened, not when.
func (m mention) undatedClause() string {
	text := m.text()
	a := m.anchor
	before, after := text[m.clause.Start:a.Start], text[a.End:m.clause.End]
	// "MPs have voted for the bill, after a debate on Friday": a phrase
	// set off at the end, that only places the clause in time, goes with
	// its date.
	if k := afterCommaPhrase(text, a.Start); k > m.clause.Start && k < a.Start {
		before, after = text[m.clause.Start:k], ""
	}
	// "won gold at the 2020 Olympics, held in 2021 because of the
	// pandemic,": a participle's phrase set off after a name, which the
	// date is in, goes with it (see renamedOccasion).
	if k := strings.LastIndex(before, ", "); k > 0 {
		if f := strings.Fields(before[k+2:]); len(f) == 2 && pastForm(f[0]) && isLowerWord(f[0]) && datePrepositions[strings.ToLower(f[1])] && yearNamed(strings.Fields(before[:k])) {
			c := strings.IndexByte(after, ',')
			if c < 0 {
				c = len(after) // the phrase ends the clause
			}
			before, after = before[:k], after[c:]
		}
	}
	trimmed := strings.TrimRight(before, " ")
	// "but the April-June quarter was revised up": a period that is the
	// clause's subject stays, or the verb would have none.
	if subjectDate(trimmed, a.Text, after) {
		return strings.TrimLeft(strings.Join(strings.Fields(m.subject+" "+before+a.Text+after), " "), ",;: ")
	}
	// "at 3:30 p.m. (1930 GMT) on Tuesday": the time in another zone and
	// the day of a clock time go with it.
	if a.Type == timex.TypeTime {
		after = after[len(clockAside.FindString(after)):]
	}
	// "in its fiscal third quarter, which ended Oct. 27, more than
	// doubled": a relative on the date goes with it.
	relativeGone := false
	if m := dateRelative.FindStringIndex(after); m != nil {
		after, relativeGone = " "+strings.TrimLeft(after[m[1]:], " "), true
	}
	// "rose 14% in January alone": the word that singles the period out
	// goes with it, as does the zone a day is told in ("late Tuesday
	// local time").
	if rest, ok := strings.CutPrefix(after, " local time"); ok && (rest == "" || strings.ContainsAny(rest[:1], " ,;:.!?")) {
		after = rest
	}
	if rest, ok := strings.CutPrefix(after, " alone"); ok && (rest == "" || strings.ContainsAny(rest[:1], " ,;:.!?")) {
		after = rest
	}
	// "would reopen on Monday at the earliest": so does the hedge on
	// how soon.
	for _, hedge := range []string{" at the earliest", " at the latest", " at the very earliest", " at the very latest"} {
		if rest, ok := strings.CutPrefix(after, hedge); ok && (rest == "" || strings.ContainsAny(rest[:1], " ,;:.!?")) {
			after = rest
		}
	}
	// "between December 2023 and February 2024", "on 3 and 4 November",
	// "10-12 July": the range goes whole, unless its second date opens
	// what follows.
	if n := rangeEnd(a.Text, after); n > 0 && (rangeOpens(trimmed) || !opensClause(after[n:])) {
		after = after[n:]
		// "the 1996, 2000 and 2004 Olympics": a list goes whole too.
		for n := rangeEnd(a.Text, after); n > 0 && !opensClause(after[n:]); n = rangeEnd(a.Text, after) {
			after = after[n:]
		}
	} else if n := rangeStart(trimmed); n > 0 {
		trimmed = trimmed[:n]
	} else if n := listStart(trimmed); n > 0 {
		trimmed = trimmed[:n]
	}
	// "fell 3.2% in the six weeks to Jan. 4": the period the date ends
	// goes with it.
	if endsInPeriodLink(trimmed) {
		if m := periodTo.FindStringIndex(trimmed); m != nil {
			trimmed = trimmed[:m[0]]
		}
	}
	// "will take a charge in its fiscal third quarter": a possessive on
	// the date goes with it; not one on a noun the date qualifies ("Her
	// 1975 paper").
	if f := strings.Fields(trimmed); len(f) > 0 && possessivePronouns[strings.ToLower(f[len(f)-1])] != "" && (after == "" || relativeGone || strings.ContainsRune(",.;:!?", rune(after[0]))) {
		trimmed = strings.TrimRight(trimmed[:len(trimmed)-len(f[len(f)-1])], " ")
	}
	// "over the coming week": the article of a date that leaves it out
	// goes with the date.
	articleCut := articleOutside[strings.ToLower(firstWord(a.Text))] && strings.HasSuffix(strings.ToLower(trimmed), " the")
	if articleCut {
		trimmed = strings.TrimRight(trimmed[:len(trimmed)-len("the")], " ")
	}
	// The words that lead into the date go with it: one preposition ("on",
	// "as early as") and hedges ("Just over an hour later, he ..." leaves
	// no "Just"; "Earlier on Tuesday"). A second preposition is the
	// verb's: "took over in July" keeps "over".
	// A quotation's opening mark stands before a lead as a space does:
	// "“From next month, every penny ..." leaves no "From,".
	preposition := false
	for cut := true; cut; {
		cut = false
		// The longest lead is 24 bytes: only the end of the words is read.
		tail := trimmed[max(0, len(trimmed)-32):]
		probe := openingMarksAsSpaces.Replace(strings.ToLower(" " + tail))
		for _, lead := range dateLeads {
			hedge := dateHedges[lead[strings.LastIndexByte(lead, ' ')+1:]] // "most recently"
			// "to be sworn in next week", "will vote on next week": a
			// date that takes no preposition leaves the verb its
			// particle.
			if !articleCut && (lead == " in" && noPreposition.MatchString(a.Text) || lead == " on" && noDayPreposition.MatchString(a.Text)) {
				continue
			}
			// "born in 2008 or later from July 2027": "or later" ends
			// the phrase before, and leads into no date.
			if (lead == " later" || lead == " earlier") && strings.HasSuffix(probe, " or"+lead) {
				continue
			}
			// An empty anchor, that of news of the day or of a measure
			// ("just weeks after"), has no preposition: "are believed to
			// have died" keeps "to".
			if (hedge || !preposition && a.End > a.Start) && strings.HasSuffix(probe, lead) {
				trimmed = strings.TrimRight(trimmed[:max(0, len(trimmed)-len(lead)+1)], " ")
				cut, preposition = true, preposition || !hedge
				break
			}
		}
	}
	// "announced a national day of mourning, to be held [on Jan. 5]":
	// the plan's infinitive goes with its date.
	if k := strings.LastIndex(trimmed, ", to be "); k >= 0 && len(strings.Fields(trimmed[k:])) == 4 && pastForm(lastWord(trimmed)) {
		trimmed = trimmed[:k]
	}
	// "said in a statement released [on Monday] that": a document's
	// participle of issue goes with the date of issue.
	if f := strings.Fields(trimmed); len(f) > 3 && issuedWords[f[len(f)-1]] && reportChannels[strings.ToLower(f[len(f)-2])] && slices.Contains(f[max(0, len(f)-5):len(f)-2], "in") {
		trimmed = strings.TrimRight(trimmed[:len(trimmed)-len(f[len(f)-1])], " ")
	}
	// "directed 19 more features, the last of them [in 2015]": the
	// appositive that picks the dated one out goes with its date.
	if m := whichOfThem.FindStringIndex(trimmed); m != nil && strings.Trim(after, " .!?") == "" {
		trimmed = trimmed[:m[0]]
	}
	// "A survey published [on Dec. 1], the last date on which polls could
	// be released, showed": an appositive on the date before the clause's
	// verb goes with it. So does one before the closing attribution, with
	// it: "closed the road [on Monday], the first day of the festival,
	// said the mayor".
	if rest, ok := strings.CutPrefix(after, ", "); ok && determiners[firstWord(rest)] {
		if k := strings.Index(rest, ", "); k > 0 && trailingAttribution(rest[k+2:]) {
			after = ""
		} else if k > 0 && (pastForm(firstWord(rest[k+2:])) || finiteAuxiliaries[firstWord(rest[k+2:])]) {
			after = " " + rest[k+2:]
		}
	}
	// "in a settlement agreed [last month] and will pay": the participle's
	// phrase ends with its date, at the clause's end or a second
	// predicate's start.
	if rest := strings.TrimLeft(after, " "); strings.Trim(rest, " ,;:.!?") == "" || strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, ",") {
		trimmed = withoutDatedParticiple(trimmed, m.subject, strings.HasPrefix(rest, ",") || strings.Trim(rest, " .!?") == "")
		// "approved the deal in a ballot that closed [last week]": so does
		// a relative of one verb on the occasion the date dates.
		if k := strings.LastIndex(trimmed, " that "); k > 0 && (strings.Trim(rest, " .!?") == "" || strings.HasPrefix(rest, ",")) {
			f := strings.Fields(trimmed[:k])
			if g := strings.Fields(trimmed[k+len(" that "):]); len(g) == 1 && (pastForm(g[0]) || thirdPersonS(g[0])) && occasionRelative(append(f, "that"), len(f)) {
				trimmed = trimmed[:k]
			}
		}
	} else if k := subjectParticiple(trimmed, rest); a.End > a.Start && k > 0 {
		// "A report released [on Monday] found widespread failings":
		// the participle only told when its subject came out.
		f := strings.Fields(trimmed)
		trimmed = strings.Join(f[:len(f)-k], " ")
	}
	// "take effect from April 6, the start of the new tax year": an
	// appositive on the date that ends the clause goes with it, and so
	// does one set off before the next clause ("runs from May 14, the
	// date of the suspension, and ...").
	if rest, ok := strings.CutPrefix(after, ", "); ok && determiners[strings.ToLower(firstWord(rest))] && !hasVerb(rest) && !strings.ContainsAny(strings.TrimRight(rest, ".!?, "), ",;:") {
		after = ""
	}
	// "The last shutdown, in October 2025, lasted 43 days, the longest":
	// a date set off by commas between a subject and its verb goes with
	// both, or the subject would be left set off as an aside's. After a
	// verb one stays: "deferred the work twice, [in January,] citing".
	trimmed, after = strings.TrimSpace(trimmed), strings.TrimSpace(after)
	// "heard that [in July 2020,] Marsh used": the comma that closed a
	// date opening what "that" reports goes with it.
	if f := strings.Fields(trimmed); len(f) > 0 && f[len(f)-1] == "that" && strings.HasPrefix(after, ",") {
		after = strings.TrimSpace(after[1:])
	}
	if strings.HasSuffix(trimmed, ",") && strings.HasPrefix(after, ",") {
		after = after[1:]
		if !hasVerb(trimmed) {
			trimmed = strings.TrimSuffix(trimmed, ",")
		}
	}
	// "“From next month, every penny will ...": a date that opened a
	// quotation leaves it opening with the next word, capitalised, and
	// without the comma after the date.
	// A straight mark opens a quotation only when it is not the close of
	// one: "will take a "fallow year" in 2026 to give" goes on.
	sep := " "
	if strings.HasSuffix(trimmed, `"`) && strings.Count(trimmed, `"`)%2 == 1 || strings.HasSuffix(trimmed, "“") || strings.HasSuffix(trimmed, "‘") {
		after = strings.TrimLeft(strings.TrimPrefix(after, ","), " ")
		if r, size := utf8.DecodeRuneInString(after); unicode.IsLower(r) {
			after = string(unicode.ToUpper(r)) + after[size:]
		}
		sep = ""
	}
	// "in a July election" is "in an election" without its month.
	if sep == " " {
		trimmed = articleFor(trimmed, after)
	}
	joined := m.subject + " " + trimmed + sep + after
	clause := strings.NewReplacer(" ,", ",", " .", ".", " ;", ";", "( )", "", "()", "").Replace(strings.Join(strings.Fields(joined), " "))
	clause = strings.ReplaceAll(clause, ",,", ",") // "an aside, (on Monday), went": a bracket's comma too
	// "reflected high interest rates “in the first half of the year”": a
	// quotation that only held the date goes with it.
	clause = strings.Join(strings.Fields(emptyQuotation.Replace(clause)), " ")
	// "Two days later, the army ...": the comma that closed the date
	// does not open the clause, nor the dash after a timeline's date
	// ("March 1 - The first walkout ...").
	return withElidedHead(strings.TrimLeft(clause, ",;: -–—"), text[:m.clause.Start])
}

// withElidedHead fills in the noun a lone possessive subject leaves out,
// from the subject the sentence opens with, before (the text before the
// clause): "Shares in Van Leeuwen rose 6 percent, while Kirimoto's fell 3
// percent" is "Kirimoto's shares fell".
func withElidedHead(clause, before string) string {
	if !strings.Contains(clause, "'s ") && !strings.Contains(clause, "’s ") {
		return clause
	}
	m := lonePossessive.FindStringSubmatchIndex(clause)
	if m == nil || !pastForm(clause[m[4]:m[5]]) && !finiteAuxiliaries[clause[m[4]:m[5]]] {
		return clause
	}
	head := openingHead.FindStringSubmatch(before)
	if head == nil {
		return clause
	}
	return clause[:m[3]] + " " + strings.ToLower(head[1]) + clause[m[3]:]
}

var (
	// lonePossessive is a clause that opens, perhaps after a
	// conjunction, with a name in the possessive and a word in lower
	// case: "while Kirimoto's fell".
	lonePossessive = regexp.MustCompile(`^((?:(?:while|whereas|and|but)\s+)?(?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*(?:'s|’s))\s+(\p{Ll}+)\b`)
	// openingHead is the plural noun a sentence opens with, before the
	// preposition that names whose it is: "Shares in Van Leeuwen".
	openingHead = regexp.MustCompile(`^(\p{Lu}\p{Ll}+s)\s+(?:in|of)\s+\p{Lu}`)
)

// whichOfThem ends the words before a date with an appositive that picks
// out the dated one of those named: ", the last of them", ", the first".
var whichOfThem = regexp.MustCompile(`(?i),\s+the\s+(?:first|last|latest|final|most\s+recent)(?:\s+(?:one|of\s+(?:them|these|those)))?$`)

// subjectDate reports whether a date is its clause's subject: one opened
// by "the" with nothing but a conjunction before it, or one right after
// a verb of saying, and a finite verb after it ("the April-June quarter
// was revised up").
func subjectDate(before, date, after string) bool {
	v, ok := verbOf(firstToken(after))
	if !ok || v.form != formAux && v.form != formPast || strings.HasPrefix(after, ",") {
		return false
	}
	// "AEMET said June had been the hottest on record": so is one a
	// saying reports, its verb right after it.
	tail := strings.TrimRight(before, " ")
	if tail = strings.ToLower(tail[max(0, len(tail)-24):]); saidJustBefore.MatchString(tail) && !strings.HasSuffix(tail, " on") {
		return true
	}
	// "warned that the coming year would be challenging": so is one a
	// "that" opens, its article perhaps left out of the date.
	f := strings.Fields(strings.ToLower(before))
	if n := len(f); n > 1 && f[n-1] == "the" && articleOutside[strings.ToLower(firstWord(date))] {
		f, date = f[:n-1], "the "+date
	}
	if n := len(f); n > 0 && f[n-1] == "that" && strings.HasPrefix(strings.ToLower(date), "the ") {
		return true
	}
	return !(len(f) > 1 || len(f) == 1 && f[0] != "but" && f[0] != "and" || !strings.HasPrefix(strings.ToLower(date), "the "))
}

// deathOf tells a dated death that is its clause's subject as the dying:
// "Her death, at her home in Cambridge on 14 August, was announced by the
// hospital" is "she died at her home in Cambridge". before and after are
// the clause's words around the date.
func deathOf(before, after string) (string, bool) {
	if !strings.Contains(before, " death") {
		return "", false
	}
	m := deathSubject.FindStringSubmatch(before)
	if m == nil || hasVerb(m[2]) {
		return "", false
	}
	owner := m[1]
	if p := possessivePronouns[strings.ToLower(owner)]; p != "" {
		owner = p
	} else {
		owner = strings.TrimSuffix(strings.TrimSuffix(owner, "'s"), "’s")
	}
	// The words after the date, up to the comma that closes the aside.
	tail, _, _ := strings.Cut(after, ",")
	if _, isVerb := verbOf(firstToken(tail)); isVerb {
		tail = ""
	}
	place, _ := withoutDateLeads(strings.Fields(m[2]))
	return strings.Join(slices.Concat([]string{owner, "died"}, place, strings.Fields(tail)), " "), true
}

// dueAfterNoun finds, in before, the words of a clause up to its date, a
// plan set off by a comma after a noun phrase ("a new museum in Benin
// City, due to open"), the date ending the clause, and tells it as the
// noun's: "a new museum in Benin City is due to open".
func dueAfterNoun(before, after string) (string, bool) {
	k := strings.LastIndex(before, ", due ")
	if k < 0 || strings.Trim(after, ",. ") != "" {
		return "", false
	}
	plan, _ := withoutDateLeads(strings.Fields(before[k+len(", due "):]))
	head := strings.Fields(before[:k])
	d := dueNounStart(head)
	// "this month's Budget, due on 26 November": what is due on the date
	// with no plan of its own, when the clause is the noun's alone (see
	// dueAside); in "will publish its results, due on April 4" the
	// publishing is the news.
	if len(plan) == 0 && d == 0 {
		return strings.Join(slices.Concat(head, []string{present("be", isPlural(head)), "due"}), " "), true
	}
	// "a second book, due out next year": or out.
	if d >= 0 && len(plan) == 1 && plan[0] == "out" {
		return strings.Join(slices.Concat(head[d:], []string{present("be", isPlural(head[d:])), "due"}, plan), " "), true
	}
	if d < 0 || len(plan) < 2 || plan[0] != "to" || len(plan) > 5 {
		return "", false
	}
	return strings.Join(slices.Concat(head[d:], []string{present("be", isPlural(head[d:])), "due"}, plan), " "), true
}

// dueNounStart is where the noun phrase that ends head starts, back to
// its determiner past a phrase on a place ("a new museum in Benin City")
// and past "of" to the noun it ties on ("the final season of its
// most-watched series"); -1 when there is none.
func dueNounStart(head []string) int {
	d := -1
	for i := len(head) - 1; i >= 0 && len(head)-i <= 8; i-- {
		if determiners[strings.ToLower(head[i])] && head[i] != "that" {
			d = i
			break
		}
		if _, isVerb := verbOf(bare(head[i])); isVerb || strings.ContainsAny(head[i], ",;:") {
			break
		}
	}
	for d >= 2 && head[d-1] == "of" {
		j := d - 2
		for j > 0 && d-j < 4 && !determiners[strings.ToLower(head[j])] && !isVerbWord(head[j]) && !strings.ContainsAny(head[j], ",;:") {
			j--
		}
		if !determiners[strings.ToLower(head[j])] || head[j] == "that" {
			break
		}
		d = j
	}
	return d
}

// dueAside is, when e closes the sentence in an aside that only says
// what comes before it is due ("in this month's Budget, due on 26
// November."), the span of that noun phrase and the aside.
func dueAside(sentence string, e timex.Expression) (span, bool) {
	before := sentence[:e.Start]
	k := strings.LastIndex(before, ", due ")
	if k < 0 || strings.Trim(sentence[e.End:], ".!?\"”' ") != "" {
		return span{}, false
	}
	// "its results, due next month": a date with no preposition needs
	// none.
	lead := strings.Fields(before[k+len(", due "):])
	if len(lead) > 1 || len(lead) == 1 && !dateLeadWords[lead[0]] {
		return span{}, false
	}
	head := strings.Fields(before[:k])
	d := dueNounStart(head)
	if d < 0 {
		return span{}, false
	}
	return span{fieldStart(before, d), e.End}, true
}

// withoutVerbGroupAdverb is s without an adverb of its verb group that
// opens it: "introduced" of "first introduced".
func withoutVerbGroupAdverb(s string) string {
	if f := strings.Fields(s); len(f) > 1 && verbGroupAdverb(f[0]) {
		return strings.Join(f[1:], " ")
	}
	return s
}

// participleWithParticle reports whether s is a participle alone or with
// its particle or an adverb of manner or place: "published", "set up",
// "published online".
func participleWithParticle(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && len(f) <= 2 && participleWord(f[0]) && (len(f) == 1 || particles[strings.ToLower(f[1])] || lyAdverb(f[1]) || strings.EqualFold(f[1], "online"))
}

// objectAside finds a participle set off by a comma after the object of
// the clause's verb, which the date that ends the clause dates, and
// returns what it tells as a passive clause: "The bank scrapped its
// policy of capping bond yields, introduced in 2016" is "its policy of
// capping bond yields was introduced". before and after are the clause's
// text on either side of the date.
func objectAside(before, after string) (string, bool) {
	k := strings.LastIndex(before, ", ")
	if k < 0 {
		return "", false
	}
	// "raised from the wreck, discovered in the summer near Marettimo,":
	// a short phrase may follow the date, up to the aside's comma.
	tail := strings.Trim(after, " .,!?")
	if f := strings.Fields(tail); len(f) > 0 && (len(f) > 6 || !subjectPrepositions[strings.ToLower(f[0])] || hasVerb(tail) || !strings.HasSuffix(strings.TrimRight(after, " "), ",")) {
		return "", false
	}
	lead, plan := withoutDateLeads(strings.Fields(before[k+2:]))
	aside := withoutVerbGroupAdverb(strings.Join(append(lead, strings.Fields(tail)...), " "))
	// "a doping ban, agreed with the World Anti-Doping Agency in
	// February": the participle may take a phrase of its own.
	if plan || !participleWithParticle(aside) && !participleWithPhrase(aside) || !pastForm(firstToken(aside)) {
		return "", false
	}
	h, ok := parseHeadline(before[:k])
	if !ok || attributes(h) {
		return "", false
	}
	// Asides before it may stand when the stretch after the last holds
	// the main verb: "Sinner, 23, returned"; not "Pope Leo, the first
	// American pontiff, who charmed the world with his humble style,
	// died".
	if c := strings.LastIndex(before[:k], ", "); c >= 0 && (clauseOpeners[firstWord(before[c+2:k])] || !hasVerb(before[c+2:k])) {
		return "", false
	}
	// "were made as part of an investigation, launched in October
	// 2023": a phrase a preposition opens last in the clause holds the
	// noun the participle tells of, as does a gerund's object ("after
	// serving a three-month doping ban,").
	if np, ok := lastPrepositionalPhrase(before[:k]); ok {
		be := "was"
		if isPlural(np) {
			be = "were"
		}
		return strings.Join(np, " ") + " " + be + " " + aside, true
	}
	// "broke the previous club record of £63m, paid for Alexander Isak
	// in 2022": the participle's phrase may name who or what for, or its
	// agent after the date ("the house, bought in 2019 by the couple,");
	// not one before it, which sets another act after the clause's (",
	// followed by the main plant in May").
	if h.passive || len(h.object) < 2 || strings.ContainsAny(before[:k], ",;:") || !participleWithParticle(aside) && !(participleWithPhrase(aside) && (strings.Fields(aside)[1] != "by" || tail != "")) {
		return "", false
	}
	if w := strings.ToLower(h.object[0]); !determiners[w] && possessivePronouns[w] == "" || slices.ContainsFunc(h.object, func(t string) bool { return relativeWords[strings.ToLower(t)] || isVerbWord(t) }) {
		return "", false
	}
	be := "was"
	if isPlural(h.object) {
		be = "were"
	}
	return strings.Join(ownerNamed(h.object, h.subject), " ") + " " + be + " " + aside, true
}

// participleWithPhrase reports whether s is a past participle and a short
// phrase a preposition opens, with no verb: "agreed with the World
// Anti-Doping Agency".
func participleWithPhrase(s string) bool {
	f := strings.Fields(s)
	return len(f) > 2 && len(f) <= 7 && participleWord(f[0]) && subjectPrepositions[strings.ToLower(f[1])] && !hasVerb(strings.Join(f[2:], " "))
}

// verblessParticiple finds a verbless phrase a preposition opens that
// ends on a noun phrase and its participle, the date ending the clause,
// and tells it as a passive: ", near its record high of $49.51 hit in
// January 1980" is "its record high of $49.51 was hit". before and after
// are the clause's text on either side of the date.
func verblessParticiple(before, after string) (string, bool) {
	f, plan := withoutDateLeads(strings.Fields(before))
	if plan || strings.Trim(after, " .,;:!?") != "" || len(f) < 4 || !locativePrepositions[strings.ToLower(f[0])] {
		return "", false
	}
	n := len(f)
	np := f[1 : n-1]
	if !pastForm(f[n-1]) || !participleWord(f[n-1]) || hasVerb(strings.Join(np, " ")) || !determiners[strings.ToLower(np[0])] && possessivePronouns[strings.ToLower(np[0])] == "" {
		return "", false
	}
	return beClause(np, "was", "were", f[n-1:]), true
}

// lastPrepositionalPhrase is the noun phrase a preposition opens at the
// end of s, a clause, from its determiner: "as part of an investigation"
// is "an investigation".
func lastPrepositionalPhrase(s string) ([]string, bool) {
	f := strings.Fields(s)
	d := determinerBefore(f, len(f)-1)
	// "based on a five-year trial of older people": the noun's "of"
	// phrase goes with it.
	if tail := max(0, len(f)-4); d < 0 || d < tail {
		if of := slices.Index(f[tail:], "of"); of > 0 {
			d = determinerBefore(f, tail+of-1)
		}
	}
	if d < 2 || len(f)-d > 4 && !(len(f)-d <= 8 && slices.Contains(f[d:], "of")) || !subjectPrepositions[strings.ToLower(f[d-1])] && !presentParticiple(f[d-1]) || hasVerb(strings.Join(f[d:], " ")) || !hasVerb(strings.Join(f[:d], " ")) {
		return nil, false
	}
	return f[d:], true
}

// nounWithParticiple reports whether f is a noun phrase and a past
// participle's phrase a preposition opens: "DNA taken from the victim's
// clothing".
func nounWithParticiple(f []string) bool {
	k := slices.IndexFunc(f, isVerbWord)
	return k > 0 && k+2 < len(f) && pastForm(f[k]) && subjectPrepositions[f[k+1]] && nounPhrase(f[:k]) && nounOnly(strings.Join(f[:k], " ")) &&
		!hasVerb(strings.Join(f[k+2:], " "))
}

// nounOnly reports whether s holds no verb but a form a determiner or a
// possessive makes a noun or an adjective: "The Bank's forecast".
func nounOnly(s string) bool {
	f := strings.Fields(s)
	for i, w := range f {
		if _, ok := verbOf(bare(w)); ok && !(i > 0 && (determiners[strings.ToLower(f[i-1])] || nounPossessive(f[i-1]))) {
			return false
		}
	}
	return true
}

// cameAfter is a clause that tells only when something came, a measure
// of time after or before what follows: "It came weeks after", "The vote
// comes two days after", "The fine comes days before".
var cameAfter = regexp.MustCompile(`^(?:\S+\s+){1,4}(?:came|comes|come|arrived|arrives|followed|follows)\s+(?:(?:just|only|about|some|nearly|shortly|barely|over|more\s+than|less\s+than|\d+|a|an|one|two|three|four|five|six|few|several|days|weeks|months|years|hours|day|week|month|year|hour)\s+){0,4}(?:after|before)\s+`)

// measureOpens is a measure of time and its "after" or "before" opening
// a clause: "more than two months after ".
var measureOpens = regexp.MustCompile(`^\s*(?:(?:more|less)\s+than\s+|about\s+|nearly\s+|some\s+|just\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before)\s+`)

// spanAfter is a clause whose verb, group 1, came a span of time, with
// no count of it, after or before what follows: "The ceremony went ahead
// weeks after", "Talks collapsed days before".
var spanAfter = regexp.MustCompile(`^(?:\S+\s+){1,4}?(\S+)\s+(?:(?:ahead|up|out|off|place|on)\s+)?(?:(?:just|only|some|barely|mere)\s+)?(?:days|weeks|months|years|hours|decades)\s+(?:after|before)\s+`)

// pronounThenPresent reports whether s opens with a subject pronoun and
// a word in -s, which after it is a verb the lists may not know: "it
// hosts".
func pronounThenPresent(s string) bool {
	f := strings.Fields(s)
	return len(f) > 1 && (f[0] == "it" || f[0] == "he" || f[0] == "she") && isLowerWord(f[1]) && strings.HasSuffix(f[1], "s") && !notVerbs[f[1]]
}

// spanOpens is a span of time, with no count of it, and its "after" or
// "before" opening a clause: "weeks before ".
var spanOpens = regexp.MustCompile(`\b(?:days|weeks|months|years|hours|decades)\s+(?:after|before)\s+`)

// deathSubject is a death that opens its clause, its owner in group 1,
// and the words of an aside on it up to the date in group 2: "Her death,
// at her home in Cambridge on", "Smith's death on".
var deathSubject = regexp.MustCompile(`^(His|Her|Their|(?:\p{Lu}[\p{L}-]+\s)*\p{Lu}[\p{L}-]+['’]s)\s+death,?\s*([^,]*)$`)

// emptyQuotation takes out the marks of a quotation left empty.
var emptyQuotation = strings.NewReplacer(`""`, "", "“”", "", "‘’", "")

// subjectParticiple is how many words end the words before a date as a
// past participle, perhaps with its particle, that describes the subject
// before it, when the words after the date open the clause's verb: one in
// "A report released" before "found widespread failings", two in "A
// post-mortem examination carried out" before "found". 0 when they do
// not.
func subjectParticiple(before, after string) int {
	f := strings.Fields(before)
	n := len(f)
	// "the evidence that the police found [on Monday] was strong": a
	// relative's past is finite.
	if n < 2 || strings.ContainsAny(before, ",;:") || slices.ContainsFunc(f, func(w string) bool { return relativeOpeners[strings.ToLower(w)] || w == "that" }) {
		return 0
	}
	// "A post-mortem examination carried out [on Monday]": the
	// participle may have its particle.
	drop := 1
	if particles[strings.ToLower(f[n-1])] && n >= 3 {
		f, n, drop = f[:n-1], n-1, 2
	}
	part, noun := f[n-1], strings.ToLower(bare(f[n-2]))
	// "A public consultation held [over the summer]": an irregular past
	// that is its participle too.
	if !participleWord(part) {
		return 0
	}
	if auxiliaries[noun] || subjectPronouns[noun] || clauseOpeners[noun] || noun == "that" || determiners[noun] {
		return 0
	}
	if _, ok := verbOf(noun); ok {
		return 0
	}
	// A regular past form after the date may be an adjective on the
	// object of a verb the participle was: "The company released [on
	// Monday] revised figures". One of finding or showing is the verb,
	// and so is one before an object that opens with an article, a name
	// or a count ("identified nine possible projects").
	words := strings.Fields(after)
	if len(words) == 0 {
		return 0
	}
	next := bare(words[0])
	v, ok := verbOf(next)
	if !ok || next != strings.ToLower(next) {
		return 0
	}
	object := len(words) > 1 && (opensObject(words[1]) || pluralCounts[strings.ToLower(words[1])])
	if finiteAuxiliaries[next] || v.form == formPresent || v.form == formPast && (irregularPast[next] != "" || dataVerbs[v.base] || verdictVerbs[v.base] || sayingVerbs[v.base] || object) {
		return drop
	}
	return 0
}

// withoutDatedParticiple drops the participle a clause ends in once its
// date is taken out, when it only told when its noun came about: "claimed
// responsibility in a video released [in April]" is "claimed
// responsibility in a video". The noun has its determiner after a
// preposition ("said the suspect fled" has the suspect's verb), or a comma
// sets the participle off and closed says another comma or the sentence's
// end closes it after the date, and a verb comes before them. subject is
// the subject a second predicate shares, which s then lacks: "and wrote a
// memoir, published [in 1996]".
func withoutDatedParticiple(s, subject string, closed bool) string {
	// Most clauses end in no participle: look at the last word first.
	// "when part of a road bridge over the river collapsed", "fell": a
	// past form with no participle, or of a verb with no passive, is
	// finite.
	last := s[strings.LastIndexByte(s, ' ')+1:]
	if !pastForm(last) || pastOnly[strings.ToLower(bare(last))] {
		return s
	}
	if v, _ := verbOf(bare(last)); neverPassive[v.base] {
		return s
	}
	f := strings.Fields(s)
	n := len(f)
	// "she chaired a review of pension regulation, published [in 2009],":
	// a participle's aside after its noun's comma, closed by a comma
	// after the date, goes with the comma when the clause before it has
	// its subject and verb. Not a verb after an aside on the subject:
	// "The chief executive, who was appointed last year, apologised".
	if closed && n >= 3 && strings.HasSuffix(f[n-2], ",") {
		head := strings.TrimSuffix(strings.TrimRight(s[:strings.LastIndex(s, f[n-1])], " "), ",")
		seg := strings.TrimSpace(head[strings.LastIndex(head, ",")+1:])
		if subject != "" && !strings.Contains(head, ",") {
			seg = subject + " " + seg
		}
		w := firstWord(seg)
		if (subjectPronouns[w] || !strings.Contains(head, ",") || isCapitalised(firstToken(seg))) && !relativeOpeners[w] && !pastForm(firstToken(seg)) && hasClauseVerb(seg) {
			return head
		}
	}
	if n < 4 {
		return s
	}
	if noun := strings.ToLower(bare(f[n-2])); noun != f[n-2] || auxiliaries[noun] || objectPronouns[noun] {
		return s
	}
	// "spotted the object in images taken [in January]": a plural needs
	// no determiner.
	if subjectPrepositions[strings.ToLower(f[n-3])] && pluralNoun(f[n-2]) && hasVerb(strings.Join(f[:n-3], " ")) {
		return strings.TrimRight(s[:strings.LastIndex(s, f[n-1])], " ")
	}
	// "The service run by the council closed": after an agent the past
	// form is the verb the participle's phrase leads to.
	// A form that is a noun as often ends the noun phrase: "equalised
	// with a low shot [10 minutes later]", "agreed a budget cut [in May]".
	if n < 5 || !determiners[strings.ToLower(f[n-3])] || !subjectPrepositions[strings.ToLower(f[n-4])] || strings.EqualFold(f[n-4], "by") || !hasVerb(strings.Join(f[:n-4], " ")) || countedNoun(f[n-3], f[n-2]) ||
		nounParticiples[strings.ToLower(bare(last))] {
		return s
	}
	return strings.TrimRight(s[:strings.LastIndex(s, f[n-1])], " ")
}

// nounParticiples are past participles as often nouns: "a low shot", "a
// budget cut".
var nounParticiples = wordSet(`shot cut hit bid set spread cast run bet`)

// clockAside is what follows a clock time to restate it: the time in
// another zone in brackets, with its own day ("(0232 GMT Friday)", "(2324
// GMT on Tuesday)"), and the day after that.
var clockAside = regexp.MustCompile(`^\s*\([^()]{0,24}\b(?:GMT|UTC|[ECMP][DS]?T|local time)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\)(?:,?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)?`)

// periodTo is a period that ends at the date after it: "in the six weeks
// to", "for the three months ended", "over the year to".
var periodTo = regexp.MustCompile(`(?i)(?:\s(?:in|for|over|during))?\s+the\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|quarters?|years?|half|period)\s+(?:to|ended|ending|through)(?:\s+(?:in|on))?\s*$`)

// endsInPeriodLink reports whether s ends in a word periodTo ends in: a
// quick test before the pattern, which reads the whole of s.
func endsInPeriodLink(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(s, " "), " in"), " on") // "ending in January"
	return strings.HasSuffix(s, " to") || strings.HasSuffix(s, " ended") || strings.HasSuffix(s, " ending") || strings.HasSuffix(s, " through")
}

// articleOutside open dates the tagger reads without their article:
// "[the] coming week", "[the] past month", "[the] Fourth of July".
var articleOutside = wordSet(`coming past previous following fourth`)

// articleFor is before, which ends in "a" or "an", with the article the
// first word of after takes: "a" before "election" is "an".
func articleFor(before, after string) string {
	w := strings.TrimLeft(after, " ")
	if w == "" || !unicode.IsLower(rune(w[0])) {
		return before
	}
	vowel := strings.ContainsRune("aeio", rune(w[0])) // not "u": "a union"
	// The article may open the clause: "A 2019 inspection had flagged".
	switch last := before[strings.LastIndexByte(before, ' ')+1:]; {
	case vowel && indefinite(last) && len(last) == 1:
		return before + "n"
	case !vowel && indefinite(last) && len(last) == 2:
		return before[:len(before)-1]
	}
	return before
}

// dateLeads are the words, each after a space, that lead into a date:
// prepositions and dateHedges.
var dateLeads = []string{" in the early hours of", " in the small hours of", " until the early hours of", " into the early hours of", " overnight into", " on the night of", " on the evening of", " on the morning of",
	" on the afternoon of", " during the night of", " during the evening of", " during the morning of", " during the afternoon of", " on", " in", " to", " since", " during", " from", " between", " by", " over", " at", " as of", " for", " towards", " toward",
	" starting", " beginning", " effective",
	" as early as", " as late as", " as recently as", " as long ago as", " until", " till", " past", " after", " before", " just", " only", " shortly", " about", " around", " nearly", " almost", " a little",
	" earlier", " later", " early", " late", " possibly", " probably", " perhaps", " dated", " as soon as", " most recently", " both", " either",
	" for much of", " for most of", " through much of", " through most of", " during much of", " during most of", " in much of", " in most of"}

// ofLeads are the dateLeads of many words that end in "of": " in the
// early hours of", " for much of".
var ofLeads = func() []string {
	var out []string
	for _, lead := range dateLeads {
		if strings.HasSuffix(lead, " of") && strings.Count(lead, " ") > 2 {
			out = append(out, lead)
		}
	}
	return out
}()

// noPreposition matches the dates that take no "in" before them: "next
// week", "last year", "this month", "later this week".
var noPreposition = regexp.MustCompile(`(?i)^(?:(?:later|earlier)\s+)?(?:next|last|this|coming)\s`)

// noDayPreposition matches the dates that take no "on" before them, which
// leaves "on" to the verb: "which members will vote on next week".
var noDayPreposition = regexp.MustCompile(`(?i)^(?:next|last|this|coming)\s+(?:week|month|year|quarter|decade|spring|summer|autumn|fall|winter)\b`)

// dayPartOf ends the words that lead into a date with a part of its day:
// "on the night of", "during the night of".
var dayPartOf = regexp.MustCompile(`\b(?:on|during) the (?:night|evening|morning|afternoon) of$`)

// dateHedges are the dateLeads that qualify the date rather than relate
// it to the clause, and may stand before its preposition: "starting on
// Thursday" goes whole.
var dateHedges = wordSet(`just only shortly about around nearly almost earlier later early late possibly probably perhaps starting beginning effective recently both either little`)

// rangeEnd is the length of the rest of a range at the start of s, after
// its first date, first: " and February 2024" in "between December 2023
// and February 2024", " to July" in "from May to July", " and 4" in
// "November 3 and 4"; 0 when s goes on otherwise.
func rangeEnd(first, s string) int {
	m := rangeLink.FindStringIndex(s)
	if m == nil {
		return 0
	}
	// A date is a few words: tag no more of the sentence than those.
	rest := s[m[1]:]
	// A comma alone links only a list of dates: most commas after a date
	// lead elsewhere.
	if strings.TrimSpace(s[:m[1]]) == "," && !opensDate(rest) {
		return 0
	}
	if len(rest) > 40 {
		rest = rest[:strings.LastIndex(rest[:40], " ")+1]
	}
	// The first date is tagged too, as a bare day after it is a day of
	// its month: "4" in "November 3 and 4"; and a 24-hour clock with
	// the "from" that lets one after "to" be a time ("06:00 to 18:00").
	lead := first + s[:m[1]]
	if strings.Contains(first, ":") {
		lead = "from " + lead
	}
	// A duration ends no range: "sentenced on Friday to six years". Nor
	// does a span counted from the first: "moved in 1959 and two years
	// later was performing".
	// An alternative may have a preposition of its own: "later on
	// Thursday or on Friday".
	skip := 0
	if strings.Trim(s[:m[1]], ", ") == "or" {
		for _, p := range []string{"on ", "in ", "at "} {
			if strings.HasPrefix(rest, p) {
				skip = len(p)
			}
		}
	}
	for _, e := range timex.Tag(lead+rest, time.Time{}) {
		if e.Start == len(lead)+skip && e.Type != timex.TypeDuration && !countedFrom.MatchString(e.Text) {
			return m[1] + e.End - len(lead)
		}
	}
	return 0
}

// countedFrom is a date counted from another: "two years later".
var countedFrom = regexp.MustCompile(`(?i)\s(?:later|earlier|after|before|on)$`)

// opensClause reports whether what follows a pair of dates joined by
// "and" is a clause the second date opens: "on Monday and Tuesday's
// hearing was cancelled", "on Monday and Tuesday police searched his
// home". After a comma the pair ends its phrase: "A previous round of
// strikes, in June and July, cost".
func opensClause(s string) bool {
	if strings.HasPrefix(s, "'") || strings.HasPrefix(s, "’") {
		return true
	}
	if strings.HasPrefix(s, ",") {
		return false
	}
	// "warnings raised in 2019 and 2022 had been ignored": a verb right
	// after it would make the date itself the subject.
	w := words(s)
	if _, verb := verbOf(firstWord(s)); verb {
		return false
	}
	return len(w) > 1 && !danglingWords[strings.ToLower(w[0])] && hasClauseVerb(strings.Join(w[:min(3, len(w))], " "))
}

// rangeOpens reports whether s ends in a word that opens a range.
func rangeOpens(s string) bool {
	s = strings.ToLower(" " + s)
	// "from about 2 p.m. to 7 p.m.": a hedge on the first end.
	for _, hedge := range []string{" about", " around", " roughly", " approximately"} {
		s = strings.TrimSuffix(s, hedge)
	}
	return strings.HasSuffix(s, " between") || strings.HasSuffix(s, " from")
}

// rangeStart is where the range that s ends in begins, before its
// opening word: in "ran from May to" the " from May to"; 0 when s ends in
// no range. The range's first end is a date, or reads as one: a few words
// opening with a capital or a figure ("May", alone, is no date to the
// tagger).
func rangeStart(s string) int {
	m := rangeHead.FindStringSubmatchIndex(s)
	if m == nil {
		return 0
	}
	first := s[m[2]:m[3]]
	if es := timex.Tag(first, time.Time{}); len(es) == 0 && (len(strings.Fields(first)) > 3 || !unicode.IsUpper(rune(first[0])) && !isDigit(first[0])) {
		return 0
	}
	return m[0]
}

// datedNounEnd is the end of a range that a noun and its date name: "
// until her retirement in ".
var datedNounEnd = regexp.MustCompile(`^\s+(?:until|till|to)\s+(?:the|his|her|their|its)\s+[a-z-]+\s+(?:in|on)\s+$`)

// listStart is where a list of dates whose last is the one after s opens
// in s, the text before it: " in 2008 and" of "had won the Grand Prix
// twice before, in 2008 and [2011]"; 0 when s ends in none.
func listStart(s string) int {
	if m := listHead.FindStringIndex(s); m != nil {
		return m[0]
	}
	return 0
}

// listHead is a preposition of time and a first date before "and".
var listHead = regexp.MustCompile(`\s(?:in|on|at|during)\s+[^,;\s][^,;]{0,29}?\s+and\s*$`)

var rangeHead = regexp.MustCompile(`\s(?:from|between)\s+([^,;\s][^,;]{0,39}?)\s*(?:and|to|through|until|till|[-–])\s*$`)

// dateListGlue joins the dates of a list: "1968 and 1969", "1996, 2000".
var dateListGlue = regexp.MustCompile(`^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$`)

var rangeLink = regexp.MustCompile(`^,?\s*(?:(?:and|or)(?:\s+now|\s+no\s+(?:later|earlier|sooner)\s+than)?|to|through|until|till|[-–])\s*|^,\s*`)

// dateSubjectVerbs tell what a date as subject saw: "Monday saw
// protests", "2024 brought a change at the top".
var dateSubjectVerbs = wordSet(`saw sees brought brings marked marks witnessed witnesses`)

// secondInfinitive is clause with only the second of two infinitives a
// verb takes when the date is in that one: "He has promised to cut the
// cabinet by half and to hold a referendum on term limits" is "He has
// promised to hold a referendum on term limits".
func secondInfinitive(clause string) string {
	k := strings.LastIndex(clause, " and to ")
	if k < 0 {
		return clause
	}
	j := strings.Index(clause[:k], " to ")
	if j < 0 || strings.ContainsAny(clause[j:k], ",;:") || !hasVerb(clause[:j]) {
		return clause
	}
	second := clause[k+len(" and to "):]
	if !infinitiveOpens(clause[j+len(" to "):k]) || !infinitiveOpens(second) {
		return clause
	}
	return clause[:j] + " to " + second
}

// infinitiveOpens reports whether s, after "to", opens with a verb.
func infinitiveOpens(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	_, ok := verbOf(f[0])
	return ok || plainVerbForm(f)
}

// secondThingSaid is clause with only the second of two things said when
// the date is in that one: "Residents said cracks had appeared weeks ago
// and that they had complained to the council" is "Residents said that
// they had complained to the council", "Officials told reporters that
// ... and that ..." keeps "Officials told reporters that".
func secondThingSaid(clause string) string {
	join := " and that "
	k := strings.LastIndex(clause, join)
	if k < 0 {
		join = " but that " // "said Sunday would be cooler but that the heat would return"
		k = strings.LastIndex(clause, join)
	}
	if k < 0 {
		return clause
	}
	head, second := clause[:k], clause[k+len(join):]
	i := saysFirst(head)
	// "The chain, which trades from 214 stores, said": past the
	// subject's aside.
	if i < 0 {
		head = strings.Join(dropAside(strings.Fields(head)), " ")
		i = saysFirst(head)
	}
	if i < 0 {
		return clause
	}
	lead := strings.Join(strings.Fields(head)[:i+1], " ")
	if j := strings.Index(head, " that "); j > len(lead)-1 && j < len(lead)+24 {
		lead = head[:j]
	}
	return lead + " that " + second
}

// saysFirst is the index among the words of s of a verb of saying with
// no comma or colon before it but one that closes an appositive right
// before it ("The plant's operator, Rheinchem AG, said"), or -1.
func saysFirst(s string) int {
	toks := strings.Fields(s)
	for i, t := range toks {
		if v, ok := verbOf(strings.ToLower(bare(t))); !ok || !thingsSaidVerbs[v.base] {
			continue
		}
		before := strings.Join(toks[:i], " ")
		if strings.ContainsAny(before, ";:") || strings.Contains(before, ",") && !strings.HasSuffix(before, ",") {
			return -1
		}
		return i
	}
	return -1
}

// thingsSaidVerbs tell what "that" clauses report.
var thingsSaidVerbs = wordSet(`say tell hear claim allege announce confirm warn insist argue admit add note report state find show`)

// openingMarksAsSpaces writes a quotation's opening marks as spaces of
// the same length.
var openingMarksAsSpaces = strings.NewReplacer(`"`, " ", "“", "   ", "‘", "   ")

// articleBefore reports whether the words before a date end in an
// article and one or two words that describe what the date names: "a
// weak", "a record", "the strong". With the article alone before it the
// date only qualifies a noun, and the phrase reads whole without it: "a
// 2021 review", "the April 12 election".
func articleBefore(lead []string) bool {
	for k := len(lead) - 1; k >= 0 && k >= len(lead)-3; k-- {
		w := lead[k]
		if w == "a" || w == "an" || w == "the" {
			return k < len(lead)-1
		}
		if _, verb := verbOf(w); verb || !isLowerWord(w) || dateLeadWords[w] || subjectPrepositions[w] || presentParticiple(w) {
			return false
		}
	}
	return false
}

// nounPhraseDate reports whether a date's first word is one an article
// can stand before: a figure, a month's name or an ordinal ("2019",
// "April 12", "third quarter").
func nounPhraseDate(date string) bool {
	first, _, _ := strings.Cut(date, " ")
	// "destroyed the town 12 years ago": a count back from now is no
	// noun's.
	if first == "" || countedBack.MatchString(date) {
		return false
	}
	if monthWords[strings.ToLower(first)] && isCapitalised(first) {
		return true
	}
	return isDigit(first[0]) || periodOrdinals[strings.ToLower(first)]
}

// countedBack ends a date counted back from a time: "12 years ago", "two
// days earlier".
var countedBack = regexp.MustCompile(`(?i)\s(?:ago|earlier|before)$`)

// periodOrdinals name which of a year's parts: "first half".
var periodOrdinals = wordSet(`first second third fourth`)

// actVerbBefore reports whether lead, a clause's words before a date,
// ends with a verb other than an auxiliary: "the social democrats won".
func actVerbBefore(lead string) bool {
	f := strings.Fields(lead)
	if len(f) == 0 {
		return false
	}
	v, ok := verbOf(bare(f[len(f)-1]))
	return ok && v.form != formAux
}

// titleClause is the clause an event's title is made from: a reduced
// relative the date is in (see datedRelative), or else the undated
// clause, unless without its date a copula would dangle ("A court hearing
// is" from "A court hearing is two weeks from Friday", "is a sad day" from
// "Today is a sad day"), a possessive ("'s debate" from "In Sunday's
// debate"), an "of" ("spent part of Sunday night") or a range ("ran from
// May to July"); then the date stays.
func (m mention) titleClause() string {
	text := m.text()
	// "Monday saw protests across the country": a date that is the
	// subject of a verb of witness leaves what it saw.
	// So does a day set off after the noun phrase it names: "The hottest
	// day of the year, July 19, saw temperatures reach 39.2C".
	if lead := strings.TrimSpace(text[m.clause.Start:m.anchor.Start]); (lead == "" || namedDay(lead)) && m.anchor.End > m.anchor.Start {
		after := text[m.anchor.End:m.clause.End]
		if lead != "" {
			after = strings.TrimPrefix(after, ",")
		}
		if f := strings.Fields(after); len(f) > 1 && dateSubjectVerbs[f[0]] {
			return strings.Join(f[1:], " ")
		}
	}
	if act, ok := deathOf(text[:m.anchor.Start], text[m.anchor.End:]); ok {
		return act
	}
	if act, ok := perfectOfNounAct(text[m.clause.Start:m.anchor.Start], m.anchor, text[m.anchor.End:], m.source.Published); ok {
		return act
	}
	if act, ok := attributedDate(text[:m.anchor.Start], m.anchor, text[m.anchor.End:m.clause.End]); ok {
		return act
	}
	if np, ok := setForDate(text[:m.anchor.Start], text[m.anchor.End:m.clause.End]); ok {
		return np
	}
	if act, ok := toBeDoneAct(text[m.clause.Start:m.anchor.Start]); ok {
		return act
	}
	// undatedClause is costly, and titles are made for every mention.
	if strings.Contains(text[m.clause.Start:m.clause.End], "having ") {
		if act, ok := havingDone(text[:m.clause.Start], m.undatedClause()); ok {
			return act
		}
	}
	// "The Bank's forecast, published [on 6 November], had inflation
	// peaking": a subject's participle aside whose date the clause ends
	// with tells what was done to it.
	// "The freeze, first introduced in 2021 and due to end in 2028,":
	// each of the aside's predicates, past an adverb, with its date.
	leadIn, _ := withoutDateLeads(strings.Fields(text[m.clause.Start:m.anchor.Start]))
	rest := strings.Trim(text[m.anchor.End:m.clause.End], ",. ")
	joined := strings.Join(leadIn, " ")
	// "The court found that the article, published online in November
	// 2022, had caused": so does the subject of what is reported, after
	// a gerund too ("after hearing that").
	if k := strings.LastIndex(joined, " that "); k >= 0 && (hasVerb(joined[:k]) || presentParticiple(lastWord(joined[:k]))) {
		joined = joined[k+len(" that "):]
	}
	// Or without its "that": "The court said on Monday the tariffs,
	// announced in April, were unlawful".
	if np, aside, ok := strings.Cut(joined, ", "); ok {
		if subject, found := reportedSubject(strings.Fields(np)); found {
			joined = strings.Join(subject, " ") + ", " + aside
		}
	}
	// "DNA taken from the victim's clothing, retested in 2022 using
	// modern techniques,": the subject may have a participle's phrase of
	// its own, and the aside a present participle's after the date.
	np, part, ok := strings.Cut(joined, ", ")
	// "Under the agreement, struck at about 2am, dockworkers will
	// receive": so does the noun a preposition opening the sentence
	// takes, when a clause with a subject of its own follows the aside.
	if f := strings.Fields(np); ok && m.clause.Start == 0 && len(f) > 2 && openingPrepositions[strings.ToLower(f[0])] && determiners[strings.ToLower(f[1])] && (rest == "" || hasClauseVerb(rest)) {
		np, rest = strings.Join(f[1:], " "), ""
	}
	how := ""
	// So may a phrase a preposition opens: "The system, installed in 2019
	// at a cost of £200 million,".
	// The aside ends at its comma: "The agreement, struck on Friday in
	// Hanover, avoids plant closures and layoffs".
	phrase, _, _ := strings.Cut(rest, ",")
	if f := strings.Fields(phrase); len(f) > 1 && (presentParticiple(f[0]) || subjectPrepositions[f[0]]) && !hasClauseVerb(strings.Join(f[1:], " ")) {
		rest, how = "", " "+phrase
	}
	if ok && (rest == "" || strings.HasPrefix(rest, "and ")) && (nounOnly(np) && nounPhrase(strings.Fields(np)) || nounWithParticiple(strings.Fields(np))) {
		be := "was"
		if isPlural(strings.Fields(np)) {
			be = "were"
		}
		last := part // the predicate the date ends
		if k := strings.LastIndex(part, " and "); k >= 0 {
			last = part[k+len(" and "):]
		}
		if f := strings.Fields(withoutVerbGroupAdverb(last)); len(f) == 3 && f[0] == "due" && f[1] == "to" {
			return np + " " + be + " " + last
		}
		if participleWithParticle(withoutVerbGroupAdverb(part)) {
			return np + " " + be + " " + withoutVerbGroupAdverb(part) + how
		}
	}
	// ", a target last met in 2015": an appositive's participle is a
	// passive's, whatever an adverb before it.
	if m.clause.Start > 1 && text[m.clause.Start-2] == ',' && strings.Trim(text[m.anchor.End:m.clause.End], " .!?") == "" {
		if act, ok := appositiveParticiple(strings.Fields(text[m.clause.Start:m.anchor.Start])); ok {
			return act
		}
	}
	if act, ok := objectAside(text[m.clause.Start:m.anchor.Start], text[m.anchor.End:m.clause.End]); ok {
		return act
	}
	if act, ok := verblessParticiple(text[m.clause.Start:m.anchor.Start], text[m.anchor.End:m.clause.End]); ok {
		return act
	}
	// "will go on show at a new museum in Benin City, due to open in late
	// 2026": a plan set off after its noun is that noun's.
	if act, ok := dueAfterNoun(text[m.clause.Start:m.anchor.Start], text[m.anchor.End:m.clause.End]); ok {
		return act
	}
	if act, ok := nominalAct(text[:m.anchor.Start]); ok {
		return act
	}
	// "Lee Jae-myung, leader of the opposition Democratic Party, who
	// narrowly lost to Yoon in 2022,": a person's relative after an
	// appositive of their role is the name's.
	if act, ok := roleAppositiveRelative(text[:m.clause.Start], text[m.clause.Start:m.anchor.Start], m.undatedClause); ok {
		return act
	}
	// "It came weeks after Typhoon Ragasa and an earthquake on Sept. 30
	// killed 79 people": what came is dated from what it came after,
	// which the date dates.
	// So is what it came before: "The fine comes days before new EU
	// rules take full effect on Thursday".
	// So is what any past act came a span of time after: "The ceremony
	// went ahead weeks after wildfires ravaged parts of Los Angeles in
	// January".
	if lead := text[m.clause.Start:m.anchor.Start]; strings.Contains(lead, " after ") || strings.Contains(lead, " before ") {
		if k := cameAfter.FindStringIndex(lead); k != nil {
			m.clause.Start += k[1]
		} else if k := measureOpens.FindStringIndex(lead); k != nil && hasClauseVerb(lead[k[1]:]) {
			// ", more than two months after parliament voted to impeach
			// him over the imposition of martial law on Dec. 3": a
			// measure that opens the clause is counted from another act.
			m.clause.Start += k[1]
		} else if k := spanAfter.FindStringSubmatchIndex(lead); k != nil && pastForm(lead[k[2]:k[3]]) && hasClauseVerb(lead[k[1]:]) {
			m.clause.Start += k[1]
		} else if k := spanOpens.FindAllStringIndex(lead, -1); k != nil && !countWord(lastWord(lead[:k[len(k)-1][0]])) && !strings.Contains(lead[k[len(k)-1][1]:], ",") &&
			(hasClauseVerb(lead[k[len(k)-1][1]:]) || pronounThenPresent(lead[k[len(k)-1][1]:])) {
			// "leaves the country with a caretaker government weeks
			// before it hosts a NATO summit on June 24-25": so is what
			// any act came a span of time before, further on; a count
			// before the span makes a measure ("five days after") that
			// may date either act.
			m.clause.Start += k[len(k)-1][1]
		}
	}
	if rel, ok := contactRelative(text[m.clause.Start:m.anchor.Start], text[m.anchor.End:m.clause.End]); ok {
		return rel
	}
	// A lead's news, dated by its publication, has no date in the clause
	// to end a relative on the subject: "A nurse accused of trying to
	// kill a baby has been found not guilty" is the verdict.
	dated := m.anchor.End > m.anchor.Start
	if rel, ok := datedRelative(text[m.clause.Start:m.anchor.Start], text[m.anchor.End:m.clause.End]); ok && dated {
		return rel
	}
	// "have complained for years that defences built in the 1980s are
	// no longer adequate": so is one on what is reported's subject.
	// Not after a noun's "that": "the evidence that the police found".
	if head, reported, ok := strings.Cut(text[m.clause.Start:m.anchor.Start], " that "); ok && !nounBeforeThat(strings.Fields(head)) {
		if rel, ok := datedRelative(reported, text[m.anchor.End:m.clause.End]); ok {
			return rel
		}
	}
	// "hit by hurricanes in September and October": a range goes whole.
	afterRange := text[m.anchor.End:m.clause.End]
	afterRange = afterRange[rangeEnd(m.anchor.Text, afterRange):]
	if rel, ok := objectParticiple(text[m.clause.Start:m.anchor.Start], afterRange, timex.GranWeek.Finer(m.anchor.Granularity)); ok {
		return rel
	}
	if rel, ok := agentAside(text[m.clause.Start:m.anchor.Start], afterRange); ok {
		return rel
	}
	if rel, ok := reportedSubjectAside(text[m.clause.Start:m.anchor.Start]); ok && strings.Trim(text[m.anchor.End:m.clause.End], " ,") == "" {
		return rel
	}
	if rel, ok := speakerAside(text[m.clause.Start:m.anchor.Start], text[m.anchor.End:m.clause.End]); ok {
		return rel
	}
	if rel, ok := perfectThatRelative(text[m.clause.Start:m.anchor.Start], text[m.anchor.End:m.clause.End]); ok {
		return rel
	}
	if rel, ok := scheduledObject(text[m.clause.Start:m.anchor.Start], text[m.anchor.End:m.clause.End], m.anchor.Granularity == timex.GranDay || m.anchor.Granularity == timex.GranWeek); ok {
		return rel
	}
	if rel, ok := plannedObject(text[m.clause.Start:m.anchor.Start], text[m.anchor.End:m.clause.End]); ok {
		return rel
	}
	// "A documentary is in production and is due out next year": when
	// the date is a second predicate's, with an auxiliary of its own, the
	// title tells that one of the subject.
	if act, ok := m.laterPredicate(); ok {
		return act
	}
	if act, ok := whenStateAct(text[m.clause.Start:m.anchor.Start]); ok {
		return act
	}
	// ", with preorders starting on Friday": a beginning the date's
	// hedge tells is the participle of the phrase on "with".
	if lead := strings.Fields(text[m.clause.Start:m.anchor.Start]); len(lead) > 2 && strings.EqualFold(lead[0], "with") && strings.Trim(text[m.anchor.End:m.clause.End], " .,;:!?") == "" {
		if n := len(lead); lead[n-1] == "on" || lead[n-1] == "in" {
			lead = lead[:n-1]
		}
		if n := len(lead); n > 2 && (lead[n-1] == "starting" || lead[n-1] == "beginning") {
			return withAbsolute(strings.Join(lead, " "), false)
		}
	}
	clause := m.undatedClause()
	if act, ok := expectedTimeClause(clause); ok {
		return act
	}
	w := strings.Fields(clause)
	after := text[m.anchor.End:]
	possessive := strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")
	lead := strings.ToLower(strings.TrimRight(text[m.clause.Start:m.anchor.Start], " "))
	// "in the early hours of Nov. 9" leads into the date, as "on" does.
	// So does "on the night of".
	datePart := strings.HasSuffix(lead, " of") && !strings.HasSuffix(" "+lead, " as of") && !strings.HasSuffix(lead, " hours of") && !dayPartOf.MatchString(lead) &&
		!strings.HasSuffix(lead, " much of") && !strings.HasSuffix(lead, " most of") // "for much of February" leads in as "in" does
	// "Revenue for the third quarter ended Oct. 26 rose", "sales for
	// the quarter ending in April": nor would a participle that dates the
	// period.
	if f := strings.Fields(after); len(f) > 1 && (pastForm(f[0]) || presentParticiple(bare(f[0]))) {
		if p := strings.ToLower(f[1]); (p == "in" || p == "on") && len(f) > 2 {
			f = f[1:]
		}
		datePart = datePart || bareDate(f[1:])
	}
	// "A rally scheduled for Saturday was canceled": without its date
	// the plan would dangle.
	// "had set Thursday, Thanksgiving Day, as a deadline": a date that
	// is what a verb sets as something is its object.
	if f := strings.Fields(lead); len(f) > 0 && setAsVerbs[f[len(f)-1]] && setAs.MatchString(after) {
		datePart = true
	}
	// "Engineers spent the summer studying the faults": a date that is
	// what was spent is the verb's object. So is a period a verb of
	// ending or beginning takes: "ended 2024 with 301.6 million members".
	// So is a part of one: "spent much of Monday night negotiating".
	if f := strings.Fields(lead); len(f) > 0 && (spendForms[f[len(f)-1]] || phaseObject(f[len(f)-1], m.anchor) ||
		len(f) > 2 && f[len(f)-1] == "of" && partWords[f[len(f)-2]] && spendForms[f[len(f)-3]]) {
		datePart = true
	}
	// So would "A trial expected to start in March was delayed".
	if f := strings.Fields(lead); len(f) > 2 && f[len(f)-1] == "for" && plannedFor[f[len(f)-2]] || plannedInfinitive(f, after) {
		datePart = true
	}
	// And "missed a payment due on Nov. 15"; "results are due" is whole.
	if f := strings.Fields(strings.TrimSuffix(lead, " on")); len(f) > 2 && f[len(f)-1] == "due" && !beForms[f[len(f)-2]] {
		datePart = true
	}
	// "after a weak first half", "posted a record third quarter": a date
	// in a noun phrase, its article and adjectives before it, would leave
	// them dangling. A date with a word of its own before it is whole:
	// "inspected the wall that afternoon".
	if articleBefore(strings.Fields(lead)) && nounPhraseDate(m.anchor.Text) {
		datePart = true
	}
	// "a 40% fall in third-quarter operating profit": a date made an
	// adjective names the noun after it, which would read wrong without
	// it.
	if strings.Contains(m.anchor.Text, "-") && namesNoun(after) {
		datePart = true
	}
	// So does a season or a part of the week with its article before a
	// noun that may be a verb's base: "in the summer transfer window".
	if f := strings.Fields(m.anchor.Text); len(f) == 2 && strings.EqualFold(f[0], "the") && strings.HasPrefix(after, " ") {
		next := firstToken(after)
		v, isVerb := verbOf(next)
		if next != "" && isLowerWord(next) && !danglingWords[next] && !clauseOpeners[next] && !subordinators[next] && !stopWords[next] && !subjectPrepositions[next] && !pronounSubjects[next] && !determiners[next] &&
			(!isVerb || v.form == formPresent && v.base == next) {
			datePart = true
		}
	}
	// A range after the verb stays ("shed 300 jobs between December 2023
	// and February 2024"); one before it goes ("Between 2021 and 2024 the
	// mayor steered ..."), as does one the date spans (see spannedTo),
	// which its label tells.
	before := strings.TrimRight(text[m.clause.Start:m.anchor.Start], " ")
	// In what is reported the verb to look for is the report's: "told
	// the jury that between 2019 and 2021 Stone took bribes".
	reported := before
	if _, r, ok := strings.Cut(before, " that "); ok {
		reported = r
	}
	spanned := m.date.Basis.Expression != m.anchor.Text
	inRange := (rangeEnd(m.anchor.Text, after) > 0 && rangeOpens(before) && !spanned || rangeStart(before) > 0) && hasVerb(reported)
	// "June has so far been no wetter": a date that is the subject of
	// an auxiliary stays too.
	// So after a label ("Record heat: September was warmest").
	subjectDate := (strings.TrimSpace(lead) == "" || strings.HasSuffix(lead, ":")) && finiteAuxiliaries[firstWord(clause[strings.Index(clause, ":")+1:])]
	if possessive || datePart || inRange || subjectDate || len(w) > 0 && (copulas[strings.ToLower(strings.TrimRight(w[len(w)-1], ",;:.!?"))] || copulas[firstWord(clause)]) {
		clause = strings.Join(strings.Fields(m.subject+" "+text[m.clause.Start:m.clause.End]), " ")
	}
	// "The Social Democrats won Sunday's parliamentary election": the
	// date its own act's object is owned by is the event's, which the
	// label tells; the object is "the parliamentary election".
	if possessive && actVerbBefore(lead) {
		mark := len("'s")
		if strings.HasPrefix(after, "’s") {
			mark = len("’s")
		}
		clause = strings.Join(strings.Fields(m.subject+" "+text[m.clause.Start:m.anchor.Start]+"the"+text[m.anchor.End+mark:m.clause.End]), " ")
	}
	if act, ok := appositiveWho(text[:m.clause.Start], clause); ok {
		return act
	}
	if act, ok := nameAppositiveParticiple(text[:m.clause.Start], clause, text[m.clause.End:]); ok {
		return act
	}
	// "two babies who died shortly after birth in 2019 and 2021": so
	// does a relative's.
	if rel, ok := thatRelative(before, afterRange); ok {
		return rel
	}
	if rel, ok := thatObjectRelative(before, text[m.anchor.End:m.clause.End]); ok {
		return rel
	}
	// Two things said, "that" opening the second: the title tells the
	// one the date is in.
	if strings.Contains(before, " and that ") || strings.Contains(before, " but that ") {
		clause = secondThingSaid(clause)
	} else if strings.Contains(before, " and to ") {
		clause = secondInfinitive(clause)
	} else if k := strings.Index(clause, " and that "); k > 0 && strings.Contains(text[m.anchor.End:m.clause.End], " and that ") && saysFirst(clause[:k]) >= 0 {
		clause = clause[:k]
	}
	// "They face their nearest rivals, who are a point behind, on Boxing
	// Day": a relative set off by commas, closed before the date, tells
	// who the noun is; the date is the main clause's.
	if rel, ok := closedCommaRelative(before); ok {
		clause = strings.Replace(clause, rel, "", 1)
	}
	if inCommaRelative(before) {
		if rel, ok := objectRelative(clause, relativesIn(before, "which", "whom")); ok {
			clause = rel
		} else if rel, ok := subjectRelative(clause, relativesIn(before, "which", "who")); ok {
			clause = rel
		} else if rel, ok := clauseRelative(clause, relativesIn(before, "which")); ok && strings.HasSuffix(before, " by") {
			clause = rel
		}
	}
	// "Two developers who paid the bribes were jailed in June": a
	// relative on the subject that closes before the date tells who the
	// subject is; the date is the main clause's.
	// A lead's news has no date, but its verb group: "A man who ... hid
	// her body in a garden shed has been jailed" is read up to "has".
	// A comma inside a closing quotation mark closes the relative as one
	// after it does: "Trump, who has called tariffs "the most beautiful
	// word in the dictionary," announced".
	probe := commaOutsideQuote.Replace(before)
	if m.anchor.Start == m.anchor.End {
		probe += " " + firstToken(text[m.anchor.End:])
	}
	// "In 2016, an activist who led the campaign was shot dead": after
	// a date that leads in, the relative closes before the verb that
	// follows it.
	if leads, _ := withoutDateLeads(strings.Fields(before)); len(leads) == 0 && m.anchor.End > m.anchor.Start && strings.HasPrefix(text[m.anchor.End:], ",") {
		probe = commaOutsideQuote.Replace(strings.TrimLeft(text[m.anchor.End:m.clause.End], ", "))
	}
	// "A hailstorm that lasted less than 15 minutes on Tuesday evening
	// destroyed": how long the subject lasted leaves the date to the
	// main verb after it.
	if lead := withoutLeads(before); lastingRelative(lead) && m.anchor.End > m.anchor.Start {
		probe = strings.Join(lead, " ") + " " + firstToken(text[m.anchor.End:])
	}
	if rel, ok := closedRelative(probe); ok {
		clause = commaOutsideQuote.Replace(clause)
		// One set off by commas goes with them: "Liverpool, who were
		// beaten in August, travel".
		// One on an appositive's noun leaves the appositive closed:
		// "Takaichi, a protege of Abe, who was killed in 2022, ran".
		by := ""
		if k := strings.Index(clause, ", "+rel+", "); k >= 0 {
			rel = ", " + rel + ","
			if strings.Contains(clause[:k], ",") {
				by = ","
			}
		} else {
			rel = " " + rel
		}
		clause = strings.Replace(clause, rel, by, 1)
	}
	// "Macron, whose term ends" tells of Macron's term; "the Cuban
	// boy whose rescue set off" of his rescue.
	// "including a woman whose body was found": the woman's body.
	// The date must be the relative's: "The agency, whose chief resigned
	// last week, said on Friday ..." tells on Friday of the agency.
	_, inWhose, _ := strings.Cut(before, " whose ")
	// "whose body was found in a park in Spokane, Washington, in": a
	// place's commas close no clause.
	inWhose = placeAppositive.ReplaceAllString(inWhose, " $1")
	// "said Aoife Byrne, 34, whose flight to Lisbon was cancelled at
	// 11am": an age set off after the owner's name is no part of it.
	if owner, owned, ok := strings.Cut(clause, " whose "); ok && inWhose != "" {
		if f := strings.Fields(owner); len(f) > 2 && setOffAge(f, len(f)-1) {
			clause = strings.Join(f[:len(f)-1], " ") + " whose " + owned
		}
	}
	// "was convicted of the murder of 29-year-old Leah Dawson, whose body
	// was found": a name right before "whose" owns it.
	if owner, owned, ok := strings.Cut(clause, " whose "); ok && inWhose != "" && !strings.ContainsAny(inWhose, ",;") && strings.HasSuffix(owner, ",") && hasVerb(owner) {
		f := strings.Fields(strings.TrimSuffix(owner, ","))
		if k := nameStart(f, len(f)-1); len(f) > 1 && isCapitalised(f[len(f)-1]) && k > 0 && !isCapitalised(f[k-1]) {
			owner = strings.Join(f[k:], " ") + ","
			clause = owner + " whose " + owned
		}
	}
	if owner, owned, ok := strings.Cut(clause, " whose "); ok && inWhose != "" && !strings.ContainsAny(inWhose, ",;") && !strings.Contains(strings.TrimSuffix(owner, ","), ",") {
		owner = strings.TrimPrefix(strings.TrimPrefix(owner, "including "), "Including ")
		// "arrested a man in connection with the death of a woman whose
		// body was found last Thursday": after a verb the owner is the
		// noun phrase right before "whose", set off by a comma or not
		// ("thanked the charity, whose volunteers found him").
		if f := strings.Fields(strings.TrimSuffix(owner, ",")); hasVerb(owner) {
			// "have named the man whose body was found in the river on
			// Saturday as a 23-year-old student": what "as" names him is
			// the naming's.
			if k := strings.Index(owned, " as "); k > 0 && slices.ContainsFunc(f, func(t string) bool { return namedAsVerbs[strings.ToLower(t)] }) {
				owned = owned[:k]
			}
			if k := determinerBefore(f, len(f)-1); k >= 0 {
				// "the deaths of two hikers whose bodies were found": the
				// owner is the noun "of" ties on.
				if o := slices.Index(f[k:], "of") + k; o > k && o+2 < len(f) && countWord(f[o+1]) {
					k = o + 1
				}
				clause = withPossessive(f[k:]) + " " + relativeOnly(owned)
			}
		} else {
			// "The remains of a pilot whose plane crashed": the owner is
			// the noun "of" ties on.
			if k := strings.LastIndex(owner, " of "); k > 0 && determiners[strings.ToLower(firstWord(owner[k+4:]))] {
				owner = owner[k+4:]
			}
			// "on al-Sharaa, a former al-Qaida commander whose forces
			// toppled Assad": an appositive's noun is the name's.
			if name := nameBeforeComma(strings.Fields(text[:m.clause.Start])); name != nil && determiners[firstWord(text[m.clause.Start:])] && !strings.Contains(owner, ",") {
				owner = strings.Join(name, " ")
			}
			clause = withPossessive(strings.Fields(strings.TrimSuffix(owner, ","))) + " " + relativeOnly(owned)
		}
	}
	// A clause cut after a quotation opens with its closing mark.
	clause = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(clause, ",;: ”’"), "''"), ",;: ")
	// "..., including a necklace and earrings given by Napoleon to his
	// second wife in 1810": an example set off from its list tells of
	// itself, its participle its verb.
	if rest, ok := strings.CutPrefix(clause, "including "); ok {
		clause = headlinePassive(exampleAgreement(rest))
	} else if rest, ok := strings.CutPrefix(clause, "Including "); ok {
		clause = headlinePassive(exampleAgreement(rest))
	}
	// "A man died after being attacked in Harehills on 4 November": the
	// attack, dated, happened to the subject of the clause before.
	if rest, ok := passiveAfterOpener(clause); ok {
		prior := strings.Fields(text[:m.clause.Start])
		subject := nearestSubject(prior)
		// "He held posts abroad before being named ambassador in 2000".
		if len(subject) == 0 && len(prior) > 1 && pronounSubjects[strings.ToLower(prior[0])] {
			subject = prior[:1]
		}
		if len(subject) > 0 {
			be := "was"
			if isPlural(subject) {
				be = "were"
			}
			return strings.Join(subject, " ") + " " + be + " " + rest
		}
	}
	// "was impeached in December 2022 and spent 18 months in detention
	// before being released in 2024": so did one to a predicate joined
	// on, whose subject is shared.
	if k := strings.LastIndex(clause, " being "); k > 0 && m.subject != "" && clauseOpeners[lastWord(clause[:k])] {
		if rest, ok := passiveAfterOpener(clause[k-len(lastWord(clause[:k])):]); ok && !strings.ContainsAny(rest, ",;:") {
			subject := strings.Fields(m.subject)
			if i := slices.IndexFunc(subject, func(t string) bool { return auxiliaries[t] }); i > 0 {
				subject = subject[:i]
			}
			return beClause(subject, "was", "were", strings.Fields(rest))
		}
	}
	// "since winning back-to-back titles in 1992 and 1993": a range's
	// second date goes with the first.
	if act, ok := gerundDate(text[:m.clause.Start], before, afterRange, m.source); ok {
		return act
	}
	// "After retiring in 1986, Mason managed several clubs": a phrase
	// that opens the sentence has the subject of the clause after it.
	// Its subject may be a pronoun: "After retiring in 1986 he managed".
	if lead := strings.Fields(before); len(lead) > 1 && m.clause.Start == 0 && (strings.EqualFold(lead[0], "after") || strings.EqualFold(lead[0], "since")) && presentParticiple(lead[1]) && lead[1] != "being" {
		subject := fromDeterminer(openingSubject(strings.Fields(text)))
		if w := firstToken(strings.TrimLeft(text[m.anchor.End:], ", ")); len(subject) == 0 && pronounSubjects[strings.ToLower(w)] {
			subject = []string{w}
		}
		if len(subject) > 0 {
			rest, _ := withoutDateLeads(lead[2:])
			return gerundAct(subject, gerundBase(lead[1]), rest, m.source)
		}
	}
	// "The typhoon blew out of the Philippines on Wednesday and
	// strengthened over the South China Sea before slamming into central
	// Vietnam late Thursday": so does a predicate joined on with its
	// subject.
	if m.subject != "" {
		if act, ok := gerundDate(text[:m.clause.Start], m.subject+" "+before, afterRange, m.source); ok {
			return act
		}
	}
	if act, ok := resultOf(before, text[m.anchor.End:m.clause.End], m.source); ok {
		return act
	}
	if act, ok := partOfWhich(text[:m.anchor.Start], text[m.anchor.End:m.clause.End]); ok {
		return act
	}
	// "City will face Crystal Palace, who beat Aston Villa on Sunday, in
	// the final": a relative set off by commas that holds a date of its
	// own tells of another day (see otherClauseDates).
	if lead := text[m.clause.Start:m.anchor.Start]; strings.Contains(lead, ", who ") || strings.Contains(lead, ", which ") {
		if aside := datedRelativeAside.FindString(lead); aside != "" && strings.Contains(clause, aside) && slices.ContainsFunc(strings.Fields(aside), func(w string) bool { return dateWords[strings.ToLower(bare(w))] && isCapitalised(w) }) {
			clause = strings.Replace(clause, aside, "", 1)
		}
	}
	return withAbsolute(clause, !strings.Contains(before, ","))
}

// roleAppositiveRelative tells a "who" relative after an appositive of a
// role as the act of the name the appositive is on: prior is the text
// before the clause, lead the clause up to its date and undated gives
// the clause without it, which is costly, so asked for last.
func roleAppositiveRelative(prior, lead string, undated func() string) (string, bool) {
	if !roleWords[firstWord(lead)] || !strings.Contains(lead, ", who ") {
		return "", false
	}
	name := nameBeforeComma(strings.Fields(prior))
	if len(name) == 0 {
		return "", false
	}
	clause := undated()
	k := strings.Index(clause, ", who ")
	if k < 0 || !hasVerb(clause[k:]) {
		return "", false
	}
	return strings.Join(name, " ") + " " + strings.TrimRight(clause[k+len(", who "):], ",;. "), true
}

// datedRelativeAside is a relative set off by commas inside a clause:
// ", who beat Aston Villa 3-0 on Sunday,". A figure's thousands comma
// closes none: ", who had admitted that she paid £40,000 less,".
var datedRelativeAside = regexp.MustCompile(`, (?:who|which) (?:[^,;:]|,\d)+,`)

// appositiveWho tells a relative on a name's appositive, the clause, as
// the name's: "governing with Kickl, a former interior minister who was
// sacked" is "Kickl was sacked". before is the sentence up to the
// clause.
func appositiveWho(before, clause string) (string, bool) {
	name := nameBeforeComma(strings.Fields(before))
	f := strings.Fields(clause)
	if len(name) == 0 || len(f) < 3 || !articleWords[f[0]] {
		return "", false
	}
	r := slices.Index(f, "who")
	if r < 2 || r > 6 || r+1 == len(f) || hasVerb(strings.Join(f[:r], " ")) || strings.ContainsAny(strings.Join(f[:r], " "), ",;:") {
		return "", false
	}
	return strings.Join(append(name, f[r+1:]...), " "), true
}

// nameBeforeComma is the name that ends lead, the words before an
// appositive, with its comma taken off; nil when lead ends in no name
// and comma.
func nameBeforeComma(lead []string) []string {
	n := len(lead)
	if n == 0 || !strings.HasSuffix(lead[n-1], ",") || !isCapitalised(lead[n-1]) && !joinedParticle(strings.TrimSuffix(lead[n-1], ",")) {
		return nil
	}
	name := slices.Clone(lead[nameStart(lead, n-1):])
	// "In Taiwan, a barrier lake burst": a phrase of place opening the
	// sentence holds no name an appositive follows.
	if subjectPrepositions[strings.ToLower(name[0])] {
		return nil
	}
	name[len(name)-1] = strings.TrimSuffix(name[len(name)-1], ",")
	return name
}

// nameAppositiveParticiple tells a participle on a name's appositive, set
// off by commas (clause, without its date), as the name's passive: "Jeju
// Air, a low-cost carrier founded in 2005, had never ..." is "Jeju Air
// was founded". before is the sentence up to the clause, after what
// follows it, which goes on: at a sentence's end ", a tribunal ruled on
// Wednesday" is an attribution.
func nameAppositiveParticiple(before, clause, after string) (string, bool) {
	name := nameBeforeComma(strings.Fields(before))
	f := strings.Fields(clause)
	if len(name) == 0 || len(f) < 3 || len(f) > 7 || !articleWords[strings.ToLower(f[0])] ||
		!strings.HasSuffix(f[len(f)-1], ",") || strings.TrimSpace(after) == "" {
		return "", false
	}
	participle := strings.TrimSuffix(f[len(f)-1], ",")
	v, ok := verbOf(participle)
	if !ok || v.form != formPast || !participleWord(participle) || neverPassive[v.base] || intransitiveVerbs[v.base] || attributionVerbs[v.base] || sayingVerbs[v.base] {
		return "", false
	}
	if np := strings.Join(f[1:len(f)-1], " "); hasVerb(np) || strings.ContainsAny(np, ",;:") {
		return "", false
	}
	be := "was"
	if isPlural(name) {
		be = "were"
	}
	return strings.Join(append(name, be, participle), " "), true
}

// articleWords are the articles, which open a noun phrase.
var articleWords = wordSet(`a an the`)

// namedAsVerbs name someone as who they are: "named the man as".
var namedAsVerbs = wordSet(`named identified described listed`)

// laterPredicate is, when "and" and an auxiliary join a second predicate
// to the clause before the mention's date, with no mark between, the
// subject and that predicate without the date.
func (m mention) laterPredicate() (string, bool) {
	text := m.text()
	if m.subject != "" {
		return "", false
	}
	lead := text[m.clause.Start:m.anchor.Start]
	// "Inflation rose this month, data showed on Friday, but is unlikely
	// to prevent a cut next week": so does one set against the first
	// after "but", past an attribution aside.
	join := " and "
	k := strings.LastIndex(lead, join)
	if b := strings.LastIndex(lead, " but "); b > k {
		join, k = " but ", b
	}
	if k < 0 || strings.ContainsAny(lead[k:], ",;:") || !finiteAuxiliaries[strings.ToLower(firstToken(lead[k+len(join):]))] {
		return "", false
	}
	first := lead[:k]
	if loc := attributionAside.FindStringSubmatchIndex(lead[:k+len(join)]); loc != nil && loc[1] == k+len(join) {
		first = lead[:loc[2]]
	}
	h, ok := parseHeadline(first)
	if !ok || len(h.subject) == 0 || strings.ContainsAny(first, ",;:") {
		return "", false
	}
	rest, ok := strings.CutPrefix(m.undatedClause(), lead[:k]+join)
	if !ok {
		return "", false
	}
	return strings.Join(h.subject, " ") + " " + rest, true
}

// appositiveParticiple reads toks, an appositive up to its date, as a
// noun phrase an indefinite article opens and a past participle on it
// past an adverb such as "last", with the date's leads after it, and
// returns the passive it tells: "a target last met in" is "a target was
// met". A verb with no passive is none: "an unvaccinated child died in".
func appositiveParticiple(toks []string) (string, bool) {
	toks, _ = withoutDateLeads(toks)
	n := len(toks)
	if n < 3 {
		return "", false
	}
	// Only an indefinite article: "the tribunal ruled on Tuesday" after
	// a comma is an attribution.
	if a := strings.ToLower(toks[0]); a != "a" && a != "an" || !participleWord(toks[n-1]) || !pastForm(toks[n-1]) {
		return "", false
	}
	// The adverb tells the participle from a verb: ", a tribunal ruled
	// on Wednesday" is an attribution. So does a figure in the noun
	// phrase, which does nothing itself: ", a 5.4% rise agreed in May",
	// whatever else the verb may be.
	np := toks[:n-1]
	figure := slices.ContainsFunc(np, func(t string) bool { return strings.ContainsAny(t, "0123456789") })
	if v, ok := verbOf(strings.ToLower(toks[n-1])); !ok || neverPassive[v.base] || intransitiveVerbs[v.base] && !figure || attributionVerbs[v.base] {
		return "", false
	}
	switch {
	case verbGroupAdverb(np[len(np)-1]):
		np = np[:len(np)-1]
	case !figure:
		return "", false
	}
	if len(np) < 2 || len(np) > 4 || hasVerb(strings.Join(np, " ")) || strings.ContainsAny(strings.Join(np, " "), ",;:") {
		return "", false
	}
	be := "was"
	if isPlural(np) {
		be = "were"
	}
	return strings.Join(np, " ") + " " + be + " " + toks[n-1], true
}

// exampleAgreement makes the verb a list's example shares with the list
// agree with the example: "[Outdoor events, including] a half-marathon,
// have been cancelled" is "a half-marathon has been cancelled".
func exampleAgreement(s string) string {
	toks := strings.Fields(s)
	k := slices.IndexFunc(toks, func(t string) bool { return strings.HasSuffix(t, ",") })
	if k < 0 || k+1 >= len(toks) || hasVerb(strings.Join(toks[:k+1], " ")) || isPlural(toks[:k+1]) {
		return s
	}
	one, ok := singularAuxiliary[strings.ToLower(toks[k+1])]
	if !ok {
		return s
	}
	out := slices.Concat(toks[:k], []string{strings.TrimSuffix(toks[k], ","), one}, toks[k+2:])
	return strings.Join(out, " ")
}

// singularAuxiliary is the singular of a plural auxiliary, and
// pluralAuxiliary the plural of a singular one.
var (
	singularAuxiliary = map[string]string{"have": "has", "are": "is", "were": "was"}
	pluralAuxiliary   = map[string]string{"has": "have", "is": "are", "was": "were"}
)

// nounBeforeThat reports whether head, the words before a "that", end in
// a noun its determiner opens, whose relative the "that" opens.
func nounBeforeThat(head []string) bool {
	n := len(head)
	return n >= 2 && (determiners[strings.ToLower(head[n-2])] || nounPossessive(head[n-2]))
}

// setAsVerbs set a date as something: "set Friday as the deadline",
// "named March 3 as the day of the vote", "targeting April for the
// launch". setAs is what follows the date,
// perhaps past an appositive naming it again.
var (
	setAsVerbs = wordSet(`set sets setting named names chose chosen chooses picked picks designated designates declared declares fixed fixes
		targeting targets targeted eyeing`)
	setAs = regexp.MustCompile(`^(?:,[^,]{1,40},)?\s+(?:as|for)\s`)
)

// plannedInfinitive reports whether the words before a date, in lower
// case, end in a plan's participle and its infinitive on the subject,
// whose verb follows the date: "a trial expected to start in [March] was
// delayed". Not a plan the clause's verb makes: "is expected to start
// in", "The team planned to leave Nairobi on Thursday".
func plannedInfinitive(f []string, after string) bool {
	if !slices.ContainsFunc(strings.Fields(leadingWords(after, 4)), func(w string) bool { return finiteAuxiliaries[strings.ToLower(w)] }) {
		return false
	}
	f, _ = withoutDateLeads(f)
	n := len(f)
	for i := n - 2; i >= 1 && i >= n-4; i-- {
		if f[i] == "to" && plannedFor[f[i-1]] {
			return i >= 2 && !beForms[f[i-2]] && !auxiliaries[f[i-2]] && !strings.ContainsAny(f[i-2], ",;:")
		}
	}
	return false
}

// relativeOnly is what a relative on the subject says, without the main
// clause's verb after it: "plane crashed into the sea off Norfolk [have
// been identified]".
func relativeOnly(s string) string {
	f := strings.Fields(s)
	verb := slices.IndexFunc(f, func(t string) bool { _, ok := verbOf(bare(t)); return ok })
	if verb < 0 {
		return s
	}
	for j := verb + 1; j < len(f); j++ {
		// "five days after she was reported missing": a clause's own
		// auxiliary after its pronoun subject.
		if finiteAuxiliaries[strings.ToLower(f[j])] && !subjectPronouns[strings.ToLower(f[j-1])] {
			return strings.Join(f[:j], " ")
		}
	}
	return s
}

// withAbsolute makes a clause of "with" and a noun phrase its participle
// tells of: "with hundreds of homes flooded overnight" is "hundreds of
// homes were flooded overnight", "with the agency forecasting a record"
// "the agency forecasted a record". Other clauses are returned as they
// are. When the date stood in the phrase (phraseDated), the phrase ends
// at its comma: "With the bridge closed on Monday, traffic was diverted"
// tells of the bridge.
func withAbsolute(clause string, phraseDated bool) string {
	toks := strings.Fields(clause)
	if len(toks) < 3 || !strings.EqualFold(toks[0], "with") {
		return clause
	}
	for k := 2; k < len(toks) && k <= 8; k++ {
		// "with postal votes from abroad still to be counted on Monday":
		// what is still to be done will be.
		if k+2 < len(toks) && toks[k] == "to" && toks[k+1] == "be" && pastForm(bare(toks[k+2])) && !strings.ContainsAny(strings.Join(toks[1:k], " "), ",;:") {
			return strings.Join(toks[1:k], " ") + " will be " + strings.Join(toks[k+2:], " ")
		}
		// "with the agency forecasting that it will screen": a present
		// participle is the noun phrase's verb, written as a regular past
		// that the headline builder reads back to its base.
		if presentParticiple(bare(toks[k])) && toks[k] != "being" && !(k == 2 && determiners[strings.ToLower(toks[1])]) &&
			!strings.ContainsAny(strings.Join(toks[1:k], " "), ",;:") {
			w := strings.TrimRight(toks[k], ".,;:!?")
			return strings.TrimRight(strings.Join(toks[1:k], " ")+" "+pastOfGerund(w)+toks[k][len(w):]+" "+strings.Join(toks[k+1:], " "), " ")
		}
		v, ok := verbOf(bare(toks[k]))
		// "with the finding of a buried rifle": a past form after a
		// determiner is an adjective.
		if !ok || determiners[strings.ToLower(toks[k-1])] {
			continue
		}
		if v.form != formPast || k+1 < len(toks) && opensObject(toks[k+1]) || strings.ContainsAny(strings.Join(toks[1:k], " "), ",;:") {
			return clause
		}
		be := "was"
		if isPlural(toks[1:k]) {
			be = "were"
		}
		rest := toks[k:]
		if c := slices.IndexFunc(rest, func(t string) bool { return strings.HasSuffix(t, ",") }); phraseDated && c >= 0 {
			rest = slices.Clone(rest[:c+1])
			rest[c] = strings.TrimSuffix(rest[c], ",")
		}
		return strings.Join(toks[1:k], " ") + " " + be + " " + strings.Join(rest, " ")
	}
	return clause
}

// placeAppositive is a name set off by commas after a place, with the
// commas: ", Washington," of "in Spokane, Washington, in".
var placeAppositive = regexp.MustCompile(`,\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}),`)

// withPossessive is the owner np with its possessive ending: "the pilot's",
// and a plural in -s "the astronauts'".
func withPossessive(np []string) string {
	owner := strings.Join(np, " ")
	if isPlural(np) && strings.HasSuffix(owner, "s") {
		return owner + "'"
	}
	return owner + "'s"
}

// passiveAfterOpener is what follows "being" in a clause that opens with
// an opener of time and a passive participle: "attacked in Harehills" of
// "after being attacked in Harehills".
func passiveAfterOpener(clause string) (string, bool) {
	opener, rest, _ := strings.Cut(clause, " ")
	rest, ok := strings.CutPrefix(rest, "being ")
	if !ok || !clauseOpeners[strings.ToLower(opener)] || !pastForm(firstToken(rest)) {
		return "", false
	}
	return rest, true
}

var copulas = wordSet(`is are was were be been`)

// contentWords are the meaning keys of the words of the mention's clause
// that carry meaning, without its date words: what merging compares.
func (m mention) contentWords() map[string]bool {
	keys := map[string]bool{}
	told := m.undatedClause()
	// "Police have released a timeline of the crush on Saturday night":
	// the crush is what the night dates, not the releasing.
	if text := m.text(); m.anchor.End > m.anchor.Start {
		if act, ok := perfectOfNounAct(text[m.clause.Start:m.anchor.Start], m.anchor, text[m.anchor.End:], m.source.Published); ok {
			told = act
		}
	}
	// "180,000 homes" and "60,000 customers" share no "000", nor do a
	// "7.7-magnitude" quake and a "6.7-magnitude" aftershock a
	// "7-magnitude".
	if strings.Contains(told, ",") {
		told = figureCommas.ReplaceAllString(told, "$1$2")
	}
	if hasDecimal(told) {
		told = decimalPoints.ReplaceAllString(told, "$1$2")
	}
	clause := placeAliases.Replace(strings.ToLower(told))
	add := func(w string) {
		if len(w) > 2 && !stopWords[w] {
			keys[meaningKey(w)] = true
		}
	}
	ws := strings.FieldsFunc(clause, notWordRune)
	for i, w := range ws {
		// "A post-mortem examination found she died": a verb that
		// reports a clause tells nothing of the act, and would join the
		// report to "a woman was found dead".
		if v, ok := verbOf(w); ok && thingsSaidVerbs[v.base] && i+1 < len(ws) && (ws[i+1] == "that" || subjectPronouns[ws[i+1]]) {
			continue
		}
		add(w)
		// "intelligence-sharing" also tells of intelligence, as
		// "intelligence sharing" does; the participle of "long-running"
		// tells of no running (see notWordRune).
		// A figure's unit is none: "6.7-magnitude", "30-storey".
		if parts := strings.Split(w, "-"); len(parts) > 1 && !isDigit(w[0]) {
			for _, part := range parts {
				if !strings.HasSuffix(part, "ing") && !strings.HasSuffix(part, "ed") {
					add(part)
				}
			}
		}
	}
	return keys
}

// hasDecimal reports whether s holds a point between two digits: "6.7".
func hasDecimal(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0; {
		if i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
		k := strings.IndexByte(s[i+1:], '.')
		if k < 0 {
			return false
		}
		i += k + 1
	}
	return false
}

// placeAliases folds two-word names of countries onto one word, which the
// synonyms then fold with their other names.
// It also folds phrasal verbs onto one word: "broke out" is "began",
// "gave way" and "broke down" are "collapsed", "stepped down" is
// "resigned", "walked off the job" is a strike.
var placeAliases = strings.NewReplacer("united kingdom", "uk", "united states", "us", "u.k.", "uk", "u.s.", "us",
	"broke out", "began", "breaks out", "begins", "break out", "begin",
	"walked out", "strike", "walks out", "strike", "walk out", "strike", "went on strike", "strike",
	"walked off the job", "strike", "walks off the job", "strike", "walk off the job", "strike",
	"broke down", "collapsed", "breaks down", "collapses", "break down", "collapse",
	"gave way", "collapsed", "gives way", "collapses", "give way", "collapse",
	"stepped down", "resigned", "steps down", "resigns", "step down", "resign",
	"called off", "cancelled", "calls off", "cancels", "call off", "cancel",
	"pulled out", "withdrew", "pulls out", "withdraws", "pull out", "withdraw")

// notWordRune ends a word. A hyphen does not: the "running" of
// "long-running" is not the one of "services are running" (see
// contentWords).
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }

// stem folds the commonest English inflections so "strikes" meets
// "strike" and "sharing" meets "shared".
func stem(w string) string {
	for _, suffix := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(w, suffix) && len(w)-len(suffix) >= 4 {
			return strings.TrimSuffix(w, suffix)
		}
	}
	return w
}

// stopWords carry no meaning of their own for merging, amounts' words
// among them: two reports of "$2 billion" and "$5 billion" share no news.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for that with this from have has had was were are been being its his her
		their they them there which who whom what when where while would could should will shall may might must
		not but also than then into onto over under about after before said says say told tell according
		other some more most such only any all each both very just can did does doing done our out own same
		hundred thousand million billion trillion percent dozen`) {
		m[w] = true
	}
	return m
}()
