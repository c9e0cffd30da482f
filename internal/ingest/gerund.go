package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/throughline-news/throughline/internal/timeline"
)

// A phrase of time on a participle ("before resuming on Wednesday",
// "after joining from Boots in 2017") dates the participle's act, which
// the clause's subject did.

// possessiveEnd is a date's possessive and the noun it owns ending the
// clause, which go with the date: "in Wednesday's budget".
var possessiveEnd = regexp.MustCompile(`^['’]s(?:\s+[a-z-]+){1,2}[\s.,;:!?]*$`)

// presentAuxiliaries put a clause in the present.
var presentAuxiliaries = wordSet(`is are has have`)

// quotedTitle is a title in quotation marks set off by commas, the
// phrase's own: "before publishing her first novel, "Slag," in 1979".
var quotedTitle = regexp.MustCompile(`, ["“][^"“”]*["”]`)

// havingDoing finds in toks a noun phrase that a verb of having or
// seeing takes before a present participle ("had inflation peaking",
// "saw prices rising") and returns it.
func havingDoing(toks []string) ([]string, bool) {
	return objectBefore(toks, havingVerbs, presentParticiple)
}

// expectedDoing finds in toks a noun phrase that a verb of expecting
// takes before an infinitive ("expects inflation to peak") and returns
// it.
func expectedDoing(toks []string) ([]string, bool) {
	return objectBefore(toks, expectingVerbs, func(w string) bool { return w == "to" })
}

var expectingVerbs = wordSet(`expects expected forecasts forecast predicts predicted projects projected`)

// objectBefore finds in toks the noun phrase, of no more than three
// words, between one of verbs and the word next marks, and returns it.
func objectBefore(toks []string, verbs map[string]bool, next func(string) bool) ([]string, bool) {
	for k, t := range toks {
		if !verbs[strings.ToLower(t)] {
			continue
		}
		for j := k + 2; j < len(toks) && j <= k+4; j++ {
			if next(toks[j]) {
				np := toks[k+1 : j]
				if slices.ContainsFunc(np, func(w string) bool { _, ok := verbOf(bare(w)); return ok || strings.ContainsAny(w, ",;:") }) {
					return nil, false
				}
				return np, true
			}
		}
	}
	return nil, false
}

var havingVerbs = wordSet(`had has have saw sees showed shows`)

// progressive reports whether toks hold a past progressive: "was
// making", "were holding".
func progressive(toks []string) bool {
	for i := 0; i+1 < len(toks); i++ {
		if w := strings.ToLower(toks[i]); (w == "was" || w == "were") && presentParticiple(toks[i+1]) && toks[i+1] != "being" {
			return true
		}
	}
	return false
}

// gerundDate finds a date that ends a phrase of "before" and a present
// participle, and returns what the participle tells as the subject's
// act: "Talks broke down twice before resuming on Wednesday" is "Talks
// resume", what happened that Wednesday; the breaking down came before
// it. A phrase of "after" is its own clause when the main one has a date
// of its own (see otherClauseDates): "took over in June 2020 after
// joining from Boots in 2017" is "Roberts joins from Boots". prior is the
// sentence before the clause, before the clause up to the date and after
// the rest of it.
func gerundDate(prior, before, after string, src timeline.Source) (string, bool) {
	toks := strings.Fields(before)
	subjectToks := toks
	b := slices.IndexFunc(toks, func(t string) bool { return strings.EqualFold(t, "before") })
	// "The chancellor is facing a backlash after announcing tax rises in
	// Wednesday's budget": after a clause in the present, which the date
	// cannot be, "after" opens the dated act too.
	// So it does after a stretch told in the progressive: "who was
	// making his third run for the office after losing in 2021".
	// So it does when a comma sets it off at the clause's end: "won 325
	// votes in the second ballot, nine more than needed, after falling
	// six votes short in the morning".
	// So it does after a count over a span, which took that span, not
	// the date: "scored 62 goals in 109 games after arriving from Real
	// Sociedad in August 2022".
	if a := slices.IndexFunc(toks, func(t string) bool { return strings.EqualFold(t, "after") }); b < 0 && a > 1 && (slices.ContainsFunc(toks[:a], func(t string) bool { return presentAuxiliaries[strings.ToLower(t)] }) || progressive(toks[:a]) || strings.HasSuffix(toks[a-1], ",") || spanOfCount.MatchString(strings.Join(toks[:a], " "))) {
		b = a
	}
	// "had not reached the World Series since winning back-to-back
	// titles in 1992": a span's start a participle tells is its act.
	if s := slices.Index(toks, "since"); b < 0 && s > 1 && s+1 < len(toks) && presentParticiple(toks[s+1]) {
		b = s
	}
	if len(toks) > 1 && (strings.EqualFold(toks[0], "after") || strings.EqualFold(toks[0], "before") || strings.EqualFold(toks[0], "since")) {
		b, subjectToks = 0, append(strings.Fields(prior), toks[0])
	}
	// "had violated his duty by declaring martial law on Dec. 3 and
	// sending troops": the means is the act the date dates, with the
	// next a second "and" joins on.
	// After a passive "by" names the agent: "was hit by falling rocks";
	// so after a participle: "followed by rising temperatures".
	means := false
	if k := slices.Index(toks, "by"); b < 0 && k > 0 && k+1 < len(toks) && presentParticiple(toks[k+1]) && !passiveBefore(toks[max(0, k-3):k]) && !pastForm(toks[k-1]) {
		b, means = k, true
	}
	// "Passengers were advised to check with their airline before
	// travelling on Wednesday": what someone is told to do before an act
	// leaves that act a plan, no event of its own.
	if toldToDo.MatchString(strings.Join(toks[:max(b, 0)], " ")) {
		return "", false
	}
	joinedGerund := means && gerundJoined.MatchString(after)
	// "before agreeing on May 12 to lower them for 90 days": an
	// infinitive after the date is the gerund's, up to the clause's end.
	infinitive := gerundInfinitive.MatchString(after)
	if b < 0 || b+1 >= len(toks) || !presentParticiple(toks[b+1]) || toks[b+1] == "being" || verbAfterGerund(toks[b+2:]) ||
		strings.ContainsAny(figureCommas.ReplaceAllString(quotedTitle.ReplaceAllString(strings.Join(toks[b:], " "), ""), "$1$2"), ",;:") || !endsClause(after) && !possessiveEnd.MatchString(after) && !reasonClause(after) && !joinedGerund && !infinitive && !phraseTail(after) ||
		slices.ContainsFunc(toks[b+2:], func(t string) bool { return clauseOpeners[t] || auxiliaries[t] || t == "that" }) {
		return "", false
	}
	if b > 0 {
		subjectToks = toks[:b+1]
	}
	subjectToks = subjectToks[:len(subjectToks)-1]
	if len(subjectToks) == 0 {
		return "", false
	}
	subject := nearestSubject(subjectToks)
	// "Milan had two bids rejected before agreeing": what "had" has
	// done to it is an object; the subject is before "had".
	if len(subject) > 0 {
		for k := len(subjectToks) - 1; k > 0; k-- {
			if strings.TrimRight(subjectToks[k], ",;:") == subject[0] {
				if causatives[strings.ToLower(subjectToks[k-1])] {
					subject = nearestSubject(subjectToks[:k])
				}
				break
			}
		}
	}
	if len(subject) == 0 && pronounSubjects[strings.ToLower(subjectToks[0])] { // "He played there before joining"
		subject = subjectToks[:1]
	}
	// "Her son said she had been in declining health since suffering a
	// stroke": so is one that opens what is reported.
	if k := slices.IndexFunc(subjectToks, func(t string) bool {
		v, ok := verbOf(strings.ToLower(t))
		return ok && sayingVerbs[v.base]
	}); len(subject) == 0 && k >= 0 && k+1 < len(subjectToks) && pronounSubjects[strings.ToLower(subjectToks[k+1])] {
		subject = subjectToks[k+1 : k+2]
	}
	subject = fromDeterminer(subject)
	// "The forecast had inflation peaking at 3.8% before falling back":
	// what a forecast has doing something does the later act too.
	if np, ok := havingDoing(subjectToks); ok {
		subject = np
	}
	// "expects inflation to peak at 4% in September before falling
	// back": what is expected to do one thing is expected to do the
	// next.
	expected := false
	if np, ok := expectedDoing(subjectToks); ok {
		subject, expected = np, true
	}
	if len(subject) == 0 {
		return "", false
	}
	base := gerundBase(toks[b+1])
	rest, _ := withoutDateLeads(toks[b+2:])
	// "after losing Saturday's final": what the date owns is the
	// object when no preposition leads into it.
	if possessiveEnd.MatchString(after) && len(rest) == len(toks[b+2:]) {
		owned := strings.TrimPrefix(strings.TrimPrefix(after, "'s"), "’s")
		rest = append(append(slices.Clone(rest), "the"), strings.Fields(strings.Trim(owned, " .,;:!?"))...)
	}
	if infinitive {
		rest = append(slices.Clone(rest), strings.Fields(strings.TrimRight(after, " .!?;"))...)
	}
	act := gerundAct(subject, base, rest, src)
	// "was expected to hit Cuba early Wednesday before moving toward the
	// Bahamas later in the week": the later act is planned too; not an
	// earlier one ("is expected to keep rates on hold after cutting them
	// in May").
	if lead := plannedLead(subjectToks, subject, isPlural(subject)); lead != "" && !strings.EqualFold(toks[b], "after") {
		act = strings.Join(slices.Concat(subject, []string{lead, base}, rest), " ")
	}
	if expected {
		act = strings.Join(slices.Concat(subject, []string{present("be", isPlural(subject)), "expected", "to", base}, rest), " ")
	}
	return act, true
}

// toldToDo is a passive of telling someone to do something: "were
// advised to", "was urged to".
var toldToDo = regexp.MustCompile(`(?i)\b(?:was|were|been)\s+(?:advised|told|urged|asked|encouraged|instructed|ordered)\s+to\b`)

// plannedLead is the verb group, told now, of a plan that the clause
// after subject in toks holds: "will" for "will" or "would", "is
// expected to" for "was expected to". It is "" when there is none.
func plannedLead(toks, subject []string, plural bool) string {
	k := subjectAt(toks, subject)
	if k < 0 {
		return ""
	}
	for i := k + len(subject); i < len(toks); i++ {
		w := strings.ToLower(toks[i])
		if w == "will" || w == "would" {
			return "will"
		}
		if beForms[w] && i+2 < len(toks) && plannedFor[strings.ToLower(toks[i+1])] && toks[i+2] == "to" {
			return present("be", plural) + " " + toks[i+1] + " to"
		}
	}
	return ""
}

// passiveBefore reports whether toks hold a form of "be" and a past form
// after it: "was hit", "were pushed up".
func passiveBefore(toks []string) bool {
	b := slices.IndexFunc(toks, func(t string) bool { return beForms[strings.ToLower(t)] })
	return b >= 0 && slices.ContainsFunc(toks[b+1:], pastForm)
}

// gerundInfinitive is an infinitive with no comma before the clause's
// end, after a gerund's date: " to lower them for 90 days."
var gerundInfinitive = regexp.MustCompile(`^\s+to\s+[a-z]+[^,;:]*[.!?]?\s*$`)

// gerundJoined is a second present participle "and" joins on after a
// date: " and sending troops".
var gerundJoined = regexp.MustCompile(`^\s+and\s+[a-z]+ing\s`)

// fromDeterminer is a subject from its last determiner that no
// preposition or "and" ties on: "told reporters the airline had held
// talks" has the reported clause's subject "the airline".
func fromDeterminer(subject []string) []string {
	for k := len(subject) - 1; k > 0; k-- {
		if determiners[strings.ToLower(subject[k])] && !subjectPrepositions[strings.ToLower(subject[k-1])] && !strings.EqualFold(subject[k-1], "and") {
			return subject[k:]
		}
	}
	return subject
}

// gerundAct tells what subject did, a participle's act, in the present:
// "Talks resume", "The company overtakes Apple".
func gerundAct(subject []string, base string, rest []string, src timeline.Source) string {
	plural := isPlural(subject) && !(len(subject) == 1 && namedInFull(src, subject[0]))
	return strings.Join(append(append(slices.Clone(subject), present(base, plural)), rest...), " ")
}

// resultOf is what a present participle's phrase after the main clause's
// comma tells its subject did, when the date ends the phrase: in "the
// company has become the most valuable listed business, overtaking Apple
// for the first time in June" June dates "The company overtakes Apple for
// the first time". before is the clause up to the date, after the rest.
func resultOf(before, after string, src timeline.Source) (string, bool) {
	// "capturing the town in January and cutting a key road": so may a
	// second participle "and" joins on.
	k := strings.LastIndex(before, ", ")
	if k < 0 || !endsClause(after) && !gerundJoined.MatchString(after) {
		return "", false
	}
	// "capturing Aleppo, Syria's second city, three days later": the
	// phrase's object may have an appositive.
	if a := trailingAppositive.FindStringIndex(strings.TrimRight(before, " ")); a != nil && a[0] > 0 && !hasVerb(before[a[0]:]) {
		if j := strings.LastIndex(before[:a[0]], ", "); j >= 0 && presentParticiple(firstWord(before[j+2:])) {
			k, before = j, before[:a[0]]
		}
	}
	toks := strings.Fields(before[k+2:])
	if len(toks) < 2 || !presentParticiple(toks[0]) || !isLowerWord(toks[0]) || notParticiples[toks[0]] || toks[0] == "being" || verbAfterGerund(toks[1:]) ||
		slices.ContainsFunc(toks[1:], func(t string) bool {
			return clauseOpeners[t] || auxiliaries[t] || t == "that" || strings.ContainsAny(t, ",;:")
		}) {
		return "", false
	}
	main := strings.Fields(before[:k])
	if !hasClauseVerb(before[:k]) {
		return "", false
	}
	// "had plotted to stop him taking office, culminating in the storming
	// of government buildings by his supporters on Jan. 8": what the
	// acts end in, a noun its article opens, is the event, not the
	// subject's doing.
	if resultParticiples[toks[0]] && len(toks) > 3 && (toks[1] == "in" || toks[1] == "with") && (toks[2] == "the" || toks[2] == "a" || toks[2] == "an") {
		rest, _ := withoutDateLeads(toks[2:])
		return upperFirst(strings.Join(rest, " ")), true
	}
	// "announced export controls on Oct. 9, prompting Trump to threaten
	// new tariffs the following day": whom the act moved did the next.
	if causingParticiples[toks[0]] {
		if t := slices.Index(toks, "to"); t > 1 && t+1 < len(toks) && t <= 4 && infinitiveWord(toks[t+1]) {
			object := fromDeterminer(toks[1:t])
			rest, _ := withoutDateLeads(toks[t+2:])
			if len(object) > 0 && nounPhrase(object) {
				return upperFirst(gerundAct(object, toks[t+1], rest, src)), true
			}
		}
	}
	// "but the heat will move north, reaching Germany": the subject of
	// a clause "and" or "but" joins on did it.
	for _, conj := range []string{" but ", " and "} {
		if j := strings.LastIndex(before[:k], conj); j >= 0 && newClause(before[j+1:k]) {
			main = strings.Fields(before[j+len(conj) : k])
			break
		}
	}
	// "Police said the storm hit the coast, killing": what is reported
	// did it.
	subject := openingSubject(main)
	reported := statementVerb.MatchString(before[:k])
	if reported {
		subject = nearestSubject(main)
	}
	subject = fromDeterminer(subject)
	if len(subject) == 0 || !nounPhrase(subject) {
		return "", false
	}
	rest, _ := withoutDateLeads(toks[1:])
	// "the heat will move north, reaching Germany later in the week":
	// what a planned act results in is planned too. Not what a
	// report's future results in: "warned that a delay will leave it
	// short of planes, sending its shares down 4% on Monday".
	if lead := plannedLead(main, subject, isPlural(subject)); lead != "" && !reported {
		return strings.Join(slices.Concat(subject, []string{lead, gerundBase(toks[0])}, rest), " "), true
	}
	return gerundAct(subject, gerundBase(toks[0]), rest, src), true
}

// causingParticiples move someone to do what their infinitive names:
// "prompting Trump to threaten".
var causingParticiples = wordSet(`prompting forcing leading pushing spurring causing driving compelling`)

// infinitiveWord reports whether w, after "to", reads as a verb's base:
// a word in lower case that is no determiner or pronoun.
func infinitiveWord(w string) bool {
	return isLowerWord(w) && !determiners[w] && !objectPronouns[w] && !pronounSubjects[w]
}

// resultParticiples tell that what went before ended in what "in"
// names.
var resultParticiples = wordSet(`culminating resulting ending`)

// notParticiples end in "-ing" but open a phrase as prepositions do.
var notParticiples = wordSet(`including according following regarding concerning excluding during pending barring starting beginning notwithstanding citing saying adding`)

// havingDone is what a perfect participle's phrase after the main clause
// tells its subject had done: in "England were playing in their second
// final, having lost to Italy at Wembley in July 2021" the clause is
// "having lost to Italy at Wembley", and England lost. before is the
// sentence up to the clause.
func havingDone(before, clause string) (string, bool) {
	rest, ok := strings.CutPrefix(clause, "having ")
	if !ok || !strings.HasSuffix(strings.TrimSpace(before), ",") {
		return "", false
	}
	toks := strings.Fields(rest)
	if len(toks) < 2 {
		return "", false
	}
	// "having also signed": the adverb goes with the perfect.
	if len(toks) > 2 && adverbInVerbGroup(toks[0]) {
		toks = toks[1:]
	}
	// "having been diagnosed": a passive's participle, told with "is".
	passive := len(toks) > 2 && toks[0] == "been" && pastForm(toks[1])
	if passive {
		toks = toks[1:]
	}
	v, ok := verbOf(strings.ToLower(bare(toks[0])))
	if !ok || v.form != formPast {
		return "", false
	}
	f := strings.Fields(before)
	subject := openingSubject(f)
	// "He now has four titles, having won": a pronoun that opens the
	// sentence is named later, as the title's subject.
	if len(subject) == 0 && len(f) > 1 && subjectPronouns[strings.ToLower(f[0])] {
		k := 1
		if k+1 < len(f) && adverbInVerbGroup(f[k]) {
			k++
		}
		if isVerbWord(f[k]) {
			subject = f[:1]
		}
	}
	if len(subject) == 0 {
		return "", false
	}
	if passive {
		return beClause(subject, "was", "were", toks), true
	}
	return strings.Join(append(append(slices.Clone(subject), present(v.base, isPlural(subject))), toks[1:]...), " "), true
}

// namedInFull reports whether a source names someone by the capitalised
// word w after a given name ("Simon Roberts"), so that w alone is one
// person's surname, not a plural.
func namedInFull(src timeline.Source, w string) bool {
	for _, p := range src.Paragraphs {
		for i := strings.Index(p.Text, " "+w); i > 0; {
			if k := strings.LastIndexByte(p.Text[:i], ' ') + 1; isCapitalised(p.Text[k:i]) && !strings.ContainsAny(p.Text[k:i], ".,;:") {
				return true
			}
			next := strings.Index(p.Text[i+1:], " "+w)
			if next < 0 {
				break
			}
			i += 1 + next
		}
	}
	return false
}

// causatives have something done to their object: "had two bids
// rejected", "got the deal approved".
var causatives = wordSet(`had has have got gets`)

// pastOfGerund writes a present participle as a regular past that
// pastBase reads back to its base: "forecasting" → "forecasted",
// "agreeing" → "agreed", "stopping" → "stopped".
func pastOfGerund(w string) string {
	stem := strings.TrimSuffix(w, "ing")
	if strings.HasSuffix(stem, "e") { // agree, flee
		return stem + "d"
	}
	return stem + "ed"
}

// gerundBase is the base of a present participle: "resuming" → "resume".
func gerundBase(w string) string { return pastBase(pastOfGerund(w)) }

// gerundOpens reports whether s opens with "after" or "before" and a
// present participle: "after joining from Boots in".
func gerundOpens(s string) bool {
	f := strings.Fields(s)
	if len(f) > 2 && (strings.EqualFold(f[0], "after") || strings.EqualFold(f[0], "before")) && f[1] == "being" {
		return pastForm(f[2]) // "after being convicted", not "after being in office"
	}
	return len(f) > 2 && (strings.EqualFold(f[0], "after") || strings.EqualFold(f[0], "before")) && presentParticiple(f[1]) &&
		!verbAfterGerund(f[2:])
}

// sinceGerund reports whether s opens with "since" and a present
// participle: "since suffering a stroke in".
func sinceGerund(s string) bool {
	f := strings.Fields(s)
	return len(f) > 2 && strings.EqualFold(f[0], "since") && presentParticiple(f[1])
}

// verbAfterGerund reports whether the word after a word in -ing is a verb,
// which makes that word a noun, its subject: "after fighting broke out".
func verbAfterGerund(rest []string) bool {
	if len(rest) == 0 {
		return false
	}
	v, ok := verbOf(bare(rest[0]))
	return ok && v.form != formPresent
}

// reasonClause reports whether after, the text of a clause after its
// date, is a clause of cause or time of its own, which leaves the
// predicate before it whole: "before closing again two hours later [as
// the wind shifted]". Not "as" with no verb after it, which names a
// role: "before returning a year later as its manager".
func reasonClause(after string) bool {
	f := strings.Fields(after)
	return len(f) > 2 && reasonOpeners[strings.ToLower(f[0])] && hasClauseVerb(strings.Join(f[1:], " "))
}

// phraseTail reports whether after, the text of a clause after its
// date, opens with a preposition, a phrase that leaves the act whole:
// "after falling more than 3% on Monday [in their steepest daily
// decline since Aug. 1]".
func phraseTail(after string) bool {
	f := strings.Fields(after)
	return len(f) > 1 && subjectPrepositions[f[0]]
}

// reasonOpeners open a clause of cause or time after a predicate.
var reasonOpeners = wordSet(`as because when while after amid`)

// endsClause reports whether after, the text of a clause after its date,
// holds nothing but closing marks: the date ends the clause.
func endsClause(after string) bool { return strings.Trim(after, " .,;:!?") == "" }
