package ingest

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/throughline-news/throughline/internal/timex"
)

// datedRelative finds a date inside a reduced relative clause, a
// participle's phrase that describes the subject before the clause's own
// verb, when that verb is a finite auxiliary, and returns the phrase as a
// passive clause: in "The man arrested in March was released", March
// dates the arrest, not the release, and the event is "The man was
// arrested". An active verb there tells what followed at once, and keeps
// the date: "A truce agreed in principle on Monday collapsed within
// hours". before and after are the clause's text on either side of the
// date. The phrase must open right after the subject with a participle
// and hold no verb or comma, and the text after the date may hold only a
// phrase opened by a preposition ("by ministers") before the auxiliary:
// "The company said in March it was ..." has a new subject there, and is
// no relative. A past that tells a state is no act the date could be of.
func datedRelative(before, after string) (string, bool) {
	// "A service planned for Saturday was canceled": the date is the
	// plan's, not when it was made.
	toks, p, subject, plan, ok := relativeOnSubject(before)
	if !ok || plan || plannedFor[strings.ToLower(bare(toks[p]))] {
		return "", false
	}
	// "an offer made in April, worth 4% over two years, was": an aside
	// set off by commas after the date is passed.
	if a, ok := strings.CutPrefix(after, ", "); ok {
		if k := strings.Index(a, ", "); k > 0 && !hasVerb(a[:k]) {
			after = a[k+len(", "):]
		}
	}
	rest := strings.Fields(after)
	k := verbAfterPhrase(rest)
	// "A ceasefire agreed in January broke down in April": an active
	// verb with a date of its own leaves this one to the phrase.
	// "The court agreed on Tuesday to decide whether the law was
	// valid", "The men left on Sept. 10 for what was meant to be a day's
	// trip": a verb in a clause of its own is not the subject's.
	// Nor is an infinitive's: "Its members voted by 89% in July to
	// extend their mandate until January 2027".
	infinitive := len(rest) > 1 && strings.EqualFold(rest[0], "to") && !nounAfterTo(rest[1:])
	if k < 0 || k >= len(rest) || infinitive || slices.ContainsFunc(rest[:k], func(t string) bool {
		t = strings.ToLower(t)
		return clauseOpeners[t] || t == "that" || t == "what" || t == "whether" || t == "if"
	}) || !finiteAuxiliaries[strings.ToLower(bare(rest[k]))] && !statePasts[strings.ToLower(rest[k])] && !datedAfter(strings.Join(rest[k:], " ")) {
		return "", false
	}
	// "Data published on Wednesday showed inflation held at 3.8% in
	// August": a date in what a verb of saying tells is not its own.
	if v, _ := verbOf(bare(rest[k])); thingsSaidVerbs[v.base] {
		return "", false
	}
	// "A wildfire that began on": a relative's verb is finite already.
	// Its noun is the nearest: in "Fuel supply to both engines of the
	// jet that crashed last month" the jet crashed.
	if relativeWords[strings.ToLower(toks[p-1])] {
		for j := len(subject) - 2; j > 0; j-- {
			// "Talks between the two sides that began": not the parties.
			if w := strings.ToLower(subject[j]); w == "between" || w == "among" {
				break
			}
			if subjectPrepositions[strings.ToLower(subject[j])] {
				if determiners[strings.ToLower(subject[j+1])] || isCapitalised(subject[j+1]) {
					subject = subject[j+1:]
				}
				break
			}
		}
		return strings.Join(append(append(append([]string(nil), subject...), toks[p:]...), rest[:k]...), " "), true
	}
	aux := "was"
	if isPlural(subject) {
		aux = "were"
	}
	out := append(append(append(append([]string(nil), subject...), aux), toks[p:]...), rest[:k]...)
	return strings.Join(out, " "), true
}

// statePasts tell a state, which a date does not date: "Debris found on
// the seabed on Thursday belonged to the submersible".
var statePasts = wordSet(`belonged contained consisted resembled matched`)

// relativeOnSubject reads before, the words before a date, as a subject
// and the participle that opens a reduced relative on it, with no verb or
// comma in the phrase: "The man arrested on". It returns the words
// without the date's leads, the participle's index, the subject, and
// whether "for" led to the date (a plan).
func relativeOnSubject(before string) (toks []string, p int, subject []string, plan, ok bool) {
	toks, plan = withoutDateLeads(strings.Fields(before))
	// "A 17th-century illuminated manuscript looted by": a participle
	// among the noun's modifiers is an adjective.
	p = -1
	for i, t := range toks {
		if _, ok := verbOf(bare(t)); ok && !(pastForm(t) && afterCompound(toks, i)) && !participleBeforeRelative(toks, i) {
			p = i
			break
		}
	}
	if p < 1 || strings.Contains(before, ",") {
		return nil, 0, nil, false, false
	}
	// "A wildfire that began on", "The man who was arrested on": a past
	// verb a relative word opens, with no comma before it, is a
	// restrictive relative's.
	q := p // the past form, after any auxiliary
	if beForms[strings.ToLower(toks[q])] && q+1 < len(toks) {
		q++
	}
	// Its object may follow, in a few words, after a noun with no phrase
	// of its own, which the relative might tell of: "A ceasefire that
	// took effect in", not "fighters in the revolution that brought".
	// "A former soldier accused of terror offences who escaped": a
	// participle's phrase on the noun is the noun's own.
	r := relativeOpensAt(toks, q)
	nounEnd := r // where the noun's phrase ends, before any participle's
	for i := range max(r, 0) {
		if participleBeforeRelative(toks, i) {
			nounEnd = i
			break
		}
	}
	if r >= 1 && pastForm(toks[q]) && (!slices.ContainsFunc(toks[q+1:], func(t string) bool { return !participleWord(t) }) ||
		shortObject(toks[q+1:]) && !slices.ContainsFunc(toks[:nounEnd], func(t string) bool { return subjectPrepositions[strings.ToLower(t)] })) {
		subject = actor(toks[:r])
		if !nounPhrase(subject) || len(subject) != r {
			return nil, 0, nil, false, false
		}
		return toks, r + 1, subject, plan, true
	}
	// "The director whose war drama won five Oscars in": a verb after
	// "whose" and its noun is the relative's own, finite; so after a
	// relative word and a subject: "The deal that ministers agreed".
	if !participleWord(toks[p]) || slices.ContainsFunc(toks[:p], func(t string) bool {
		w := strings.ToLower(t)
		return w == "whose" || w == "that" || w == "which" || w == "who" || w == "whom"
	}) {
		return nil, 0, nil, false, false
	}
	// "Operators warned passengers that trains on Friday would be
	// affected": a clause "that" opens makes the participle a verb.
	prev := strings.ToLower(bare(toks[p-1]))
	if auxiliaries[prev] || determiners[prev] || hasVerb(strings.Join(toks[p+1:], " ")) || slices.Contains(toks[p+1:], "that") {
		return nil, 0, nil, false, false
	}
	// "The Bank cut rates in": a bare noun right after the past form is
	// its object, which makes it the verb.
	if v, _ := verbOf(bare(toks[p])); p+1 < len(toks) && bareObject(toks[p+1], v.base) && !determiners[strings.ToLower(toks[p+1])] {
		return nil, 0, nil, false, false
	}
	subject = actor(toks[:p])
	if !nounPhrase(subject) || len(subject) != p {
		return nil, 0, nil, false, false
	}
	return toks, p, subject, plan, true
}

// shortObject reports whether toks are a verb's object of three words or
// fewer, with no verb, clause opener, figure or mark among them:
// "effect", "the title".
func shortObject(toks []string) bool {
	return len(toks) > 0 && len(toks) <= 3 && !slices.ContainsFunc(toks, func(t string) bool {
		w := strings.ToLower(t)
		return !isLowerWord(w) || isVerbWord(t) || clauseOpeners[w] || w == "that"
	})
}

// relativeOpensAt is the index of the relative word that opens the
// verb at toks[p], right before it or before its auxiliary ("who was
// arrested"), or -1.
func relativeOpensAt(toks []string, p int) int {
	r := p - 1
	if r >= 1 && beForms[strings.ToLower(toks[r])] {
		r--
	}
	if r < 0 || !relativeWords[strings.ToLower(toks[r])] {
		return -1
	}
	return r
}

// verbAfterPhrase is the index of the clause's verb in rest, the words
// after a relative's date, when only a phrase a preposition opens stands
// before it ("arrested on Monday in a raid was"): the first of seven
// words that is a verb, else the eighth; -1 when something else comes
// first.
func verbAfterPhrase(rest []string) int {
	// "agreed in May to buy a rival founded in 1990": "to" before a
	// verb, or a word with no article before one that opens an object,
	// is an infinitive's, and no phrase ("taken on Monday to hospital
	// died" has one).
	if len(rest) > 2 && strings.EqualFold(rest[0], "to") && isLowerWord(rest[1]) && !opensNounPhrase(rest[1]) && (isVerbWord(rest[1]) || opensNounPhrase(rest[2])) {
		return -1
	}
	k, limit := 0, 6
	for k < len(rest) && k <= limit {
		// "with sustained winds": a past form after a preposition is
		// an adjective.
		if _, ok := verbOf(bare(rest[k])); ok && !(k > 0 && subjectPrepositions[strings.ToLower(rest[k-1])] && pastForm(rest[k])) {
			break
		}
		// "by clinging to the underside of a food delivery van was": a
		// gerund's phrase after "by" may run longer.
		if k == 1 && strings.EqualFold(rest[0], "by") && presentParticiple(rest[1]) {
			limit = 12
		}
		// "arrested on Monday in a raid that police have called ...":
		// a verb after a relative word is the relative clause's, as is
		// one after "what" ("for organising what prosecutors called").
		if strings.ContainsAny(rest[k], ",;:") || k == 0 && !subjectPrepositions[strings.ToLower(rest[k])] || relativeWords[rest[k]] || rest[k] == "what" {
			return -1
		}
		k++
	}
	return k
}

// datedAfter reports whether the words of a verb's predicate, up to the
// first comma, hold a date of their own: one a preposition of time leads
// into ("broke down in April", "stayed until June"), not a noun's ("the
// 1995 shooting").
func datedAfter(predicate string) bool {
	if i := strings.IndexAny(predicate, ",;:"); i >= 0 {
		predicate = predicate[:i]
	}
	return slices.ContainsFunc(timex.Tag(predicate, time.Time{}), func(e timex.Expression) bool {
		w := lastWord(predicate[:e.Start])
		return (e.Type == timex.TypeDate || e.Type == timex.TypeTime) && (pointPrepositions[w] || w == "until" || w == "till")
	})
}

// pointPrepositions lead into the time a verb's act took place at.
var pointPrepositions = wordSet(`in on at during`)

// countedNoun reports whether a verb's form after a determiner and an
// ordinal is the noun they count: "a fourth cut", "the second set".
func countedNoun(determiner, ordinal string) bool {
	m := strings.ToLower(bare(ordinal))
	return (ordinalWords[m] || numberedOrdinal(m)) && determiners[strings.ToLower(determiner)]
}

// objectParticiple finds a date that ends a participle's phrase on a
// noun after the clause's verb, when that verb cannot take the date, and
// returns the phrase as a passive clause: in "Police are hunting a man
// seen outside the school on Monday", Monday dates the sighting, and the
// event is "a man was seen outside the school". A verb in the present,
// the present perfect or the progressive takes no past date of its own
// ("have arrested a man on Monday" is no English); a past verb ("arrested
// a man seen ... on Monday") may own the date, and a modal may place it
// ahead; a progressive tells of a stretch of time, which a date at the
// end of its object seldom dates. The participle follows its noun phrase,
// opened by a determiner or a count, and only a phrase opened by a
// preposition may stand between it and the date, which ends the clause.
// coarse says the date is coarser than a week.
func objectParticiple(before, after string, coarse bool) (string, bool) {
	// "a law passed in 2021 that was blocked last year": a relative
	// clause on the noun may follow the date.
	// So may a phrase of the clause's verb: "has returned a figure taken
	// from Nigeria in 1897 to the Nigerian government".
	// So may a phrase that holds a relative clause of its own: "a case
	// filed in February 2022 under a Texas law that requires consent".
	if rest := strings.TrimLeft(after, " ,"); strings.IndexFunc(after, unicode.IsLetter) >= 0 && !relativeWords[firstWord(rest)] &&
		!((subjectPrepositions[firstWord(rest)] || placePrepositions[firstWord(rest)] || firstWord(rest) == "as") && !strings.HasPrefix(after, ",") && !hasVerb(beforeRelative(rest))) {
		return "", false
	}
	// "The duties, which take effect on Dec. 1, follow an investigation
	// launched in October 2023": a relative clause on the subject is no
	// part of the verb group.
	toks, plan := withoutDateLeads(withoutParticipleAside(dropAside(strings.Fields(before))))
	if plan { // "a vote set for Monday": the plan's
		return "", false
	}
	// "according to results published on Monday": the source's date,
	// which dates what it reports.
	if len(toks) > 1 && strings.EqualFold(toks[0], "according") && toks[1] == "to" {
		return "", false
	}
	p := lastVerb(toks)
	// "set for Monday" is a plan; "set up in 2022" was done then.
	particle := p+1 < len(toks) && particles[strings.ToLower(toks[p+1])]
	// "set" is a plan's only with "for": "the record high set in April".
	if p < 2 || !participleWord(toks[p]) || plannedFor[strings.ToLower(bare(toks[p]))] && !strings.EqualFold(bare(toks[p]), "set") && !particle || strings.ContainsAny(strings.Join(toks[p:], " "), ",;:") {
		return "", false
	}
	// "after a dormant period of about 800 years ended in 2021": a past
	// form that is the first verb after a clause's opener is its finite
	// verb.
	// An -ing form right after an article names a kind of noun: "after
	// the roof of a shopping centre caved in".
	gerundBefore := false
	for k := 1; k < p; k++ {
		gerundBefore = gerundBefore || presentParticiple(toks[k]) && !articleWords[strings.ToLower(toks[k-1])]
	}
	if clauseOpeners[strings.ToLower(toks[0])] && !hasVerb(strings.Join(toks[1:p], " ")) && !gerundBefore {
		return "", false
	}
	// "The last steelworks in the north-east closed in January": so is
	// one right after a subject its determiner opens, a noun and a place
	// its preposition gives.
	if placedSubject(toks[:p]) {
		return "", false
	}
	// "Attempts to breed her through artificial insemination failed in
	// 2024": a past form after a subject whose only verb is an
	// infinitive's is the finite verb.
	if infinitiveOnly(toks[:p]) {
		return "", false
	}
	// "a fourth cut on Dec. 12": after an ordinal and its determiner, a
	// verb's form is the noun they count.
	if countedNoun(toks[p-2], toks[p-1]) {
		return "", false
	}
	// "a signal confirming it survived": after a pronoun a past form is
	// its clause's verb.
	if subjectPronouns[strings.ToLower(toks[p-1])] {
		return "", false
	}
	// "a company set up in 2022": the participle may have its particle.
	if p+1 < len(toks) && (!placePrepositions[strings.ToLower(toks[p+1])] && !(p+2 == len(toks) && particle) || len(toks)-p > 9) {
		return "", false
	}
	// "includes aid for states hit by hurricanes in September": a bare
	// plural after a preposition, in a clause whose verb is present and
	// so cannot take the past date.
	if p >= 3 && subjectPrepositions[strings.ToLower(toks[p-2])] && isLowerWord(toks[p-1]) && strings.HasSuffix(toks[p-1], "s") &&
		slices.ContainsFunc(toks[:p-2], presentVerb) && !slices.ContainsFunc(toks[:p-2], func(t string) bool { return auxiliaries[strings.ToLower(t)] }) {
		return beClause(toks[p-1:p], "was", "were", toks[p:]), true
	}
	// "asked for more time to review documents released over the
	// weekend": so is one an infinitive's verb takes; not after a comma,
	// where the infinitive goes on with the clause before ("took months,
	// and in some cases a year, to pay refunds owed").
	if p >= 4 && strings.EqualFold(toks[p-3], "to") && !strings.HasSuffix(toks[p-4], ",") && pluralNoun(toks[p-1]) {
		return beClause(toks[p-1:p], "was", "were", toks[p:]), true
	}
	// "was no longer threatening defences built around Grindavik last
	// year": so is one a progressive's participle takes.
	if p >= 3 && presentParticiple(toks[p-2]) && isLowerWord(toks[p-1]) && pluralNoun(toks[p-1]) && presentVerbGroup(toks[:p-1]) {
		return beClause(toks[p-1:p], "was", "were", toks[p:]), true
	}
	// "posting comparisons of passages from the novel and from books
	// published in the 1990s": so is a bare plural a preposition opens
	// in a present participle's phrase.
	if p >= 3 && presentParticiple(toks[0]) && subjectPrepositions[strings.ToLower(toks[p-2])] && isLowerWord(toks[p-1]) && pluralNoun(toks[p-1]) {
		return beClause(toks[p-1:p], "was", "were", toks[p:]), true
	}
	// "wrongly admitted recordings made by an informant in 2021": so is
	// a bare plural a past verb takes, its participle's agent before a
	// date coarser than a week.
	if coarse && p >= 3 && p+2 < len(toks) && strings.EqualFold(toks[p+1], "by") && isLowerWord(toks[p-1]) && pluralNoun(toks[p-1]) {
		if v, ok := verbOf(bare(toks[p-2])); ok && v.form == formPast {
			return beClause(toks[p-1:p], "was", "were", toks[p:]), true
		}
	}
	d := p - 1
	// "the record high of $3,500 set in April": a figure after "of" is
	// the noun phrase's own, with its unit ("the record of 85,500
	// megawatts set on Monday").
	// Each word of a measure is a number or its unit: "of 2 hours 14
	// minutes".
	number := func(t string) bool { return strings.Trim(t, "$€£0123456789,.%") == "" }
	measure := p
	for measure > 1 && (number(toks[measure-1]) || measure > 2 && number(toks[measure-2]) && !number(toks[measure-1])) {
		measure--
	}
	ofMeasure := measure < p && number(toks[measure]) && strings.EqualFold(toks[measure-1], "of")
	ofFigure := func(d int) bool {
		return ofMeasure && d >= measure || d == p-1 && d > 1 && strings.EqualFold(toks[d-1], "of") && !determiners[strings.ToLower(toks[d])]
	}
	for d > 0 && p-d <= 6 && (!opensNounPhrase(toks[d]) || ofFigure(d)) {
		// "a carved wooden figure": a participle after a determiner is
		// an adjective.
		if _, ok := verbOf(bare(toks[d])); ok && !determiners[strings.ToLower(toks[d-1])] || strings.ContainsAny(figureCommas.ReplaceAllString(toks[d], "$1$2"), ",;:") {
			return "", false
		}
		// "siding with a group of parents who sued in June": after a
		// relative word the past form is the relative's own verb.
		if w := strings.ToLower(toks[d]); w == "who" || w == "which" {
			return "", false
		}
		d--
	}
	// "His conservatives and the Social Democrats agreed on a deal": a
	// noun phrase "and" joins to a subject with no verb before it is the
	// subject's, and the past form its verb.
	if d > 1 && strings.EqualFold(toks[d-1], "and") && !hasVerb(strings.Join(toks[:d-1], " ")) {
		return "", false
	}
	// "A ferry carrying 65 people capsized": so is the object of a
	// participle on such a subject.
	if carriedSubject(toks, d) {
		return "", false
	}
	// "a review that ministers ordered": "that" after a noun opens a
	// relative, and the participle is its verb in the past.
	if d > 0 && strings.EqualFold(toks[d], "that") && !isVerbWord(toks[d-1]) && !subjectPrepositions[strings.ToLower(toks[d-1])] {
		return "", false
	}
	// "a 746 million euro penalty", "the 92% target": a count after a
	// determiner is the noun phrase's too.
	if d > 0 && determiners[strings.ToLower(bare(toks[d-1]))] && strings.Trim(toks[d], "0123456789,.%") == "" {
		d--
	}
	// "houses a collection of 400 paintings donated by a couple in
	// 2019": what a collective noun gathers is given with it.
	if d >= 3 && strings.EqualFold(toks[d-1], "of") && collectiveNouns[strings.ToLower(toks[d-2])] && determiners[strings.ToLower(toks[d-3])] {
		d -= 3
	}
	// ", citing errors made by the regulator in May": a present
	// participle's phrase on a bare noun, the clause's only verb; so is
	// its object after an article ("after reviewing a file of evidence
	// submitted by police in the spring"). So is one "despite" sets
	// against the clause's act: "sailed despite a gale warning issued on
	// Sunday".
	// "beat the record set in 2019 by Paula Radcliffe": so is one whose
	// agent follows the date, which the participle's phrase holds, past
	// the clause's own past verb.
	agent := strings.TrimSpace(after)
	byAgent := strings.HasPrefix(agent, "by ")
	// "struck down a law passed by Congress last year": so is one that
	// names its agent before a date coarser than a week, which tells
	// when the participle's act was done rather than the clause's.
	agentFirst := coarse && p+2 < len(toks) && strings.EqualFold(toks[p+1], "by")
	// "broke a record of 49.5C set in 2021 in the province of
	// Sanliurfa": so is one whose place follows a date coarser than a
	// week.
	placeAfter := coarse && strings.HasPrefix(agent, "in ")
	// "blamed a faulty update to its check-in system installed late on
	// Thursday night", "recovered a painting stolen in 1994": so is one
	// on the object of a simple past when the date ends the clause.
	pastObject := false
	if d > 1 && d < p-1 && p == len(toks)-1 && opensNounPhrase(toks[d]) && strings.IndexFunc(after, unicode.IsLetter) < 0 {
		if k, ok := pastVerbObject(toks, d, p); ok {
			d, pastObject = k, true
		}
	}
	if d == 0 && p > 1 && bareNounLead(toks[0]) && !subjectPrepositions[strings.ToLower(bare(toks[0]))] {
		d = 1
	} else if d < 1 || d == p-1 || !opensNounPhrase(toks[d]) || !presentVerbGroup(toks[:d]) && !prepositionalObject(toks[:d]) && !verblessLead(toks[:d]) && !presentParticiple(toks[d-1]) && !(infinitiveEnd(toks[:d]) && determiners[strings.ToLower(toks[d])]) && !heldParticiple(toks, p) && !strings.EqualFold(toks[d-1], "despite") && !byAgent && !agentFirst && !placeAfter && !pastObject {
		return "", false
	}
	// "an email sent in February 2024 by the lawyer": the agent after
	// the date is the participle's, as is the place.
	rest := toks[p:]
	if byAgent || placeAfter {
		rest = append(rest[:len(rest):len(rest)], strings.Fields(strings.TrimRight(agent, ".!?;:\"”’"))...)
	}
	return beClause(toks[d:p], "was", "were", rest), true
}

// carriedSubject reports whether toks[d-1] is a present participle on a
// noun phrase with no verb that opens the clause, or a clause of time,
// so that the noun phrase at toks[d] is the participle's object and a
// past form after it the clause's verb: "A ferry carrying 65 people
// capsized", "died when a ferry carrying 65 passengers capsized".
func carriedSubject(toks []string, d int) bool {
	from := 0
	for o := d - 2; o >= 0; o-- {
		if timeConjunctions[strings.ToLower(toks[o])] {
			from = o + 1
			break
		}
	}
	return d > from+2 && presentParticiple(toks[d-1]) && nounPhrase(toks[from:d-1]) && !hasVerb(strings.Join(toks[from:d-1], " "))
}

// pastVerbObject reports whether toks[d:p], the noun phrase the
// participle toks[p] is on, is the object of the simple past before it,
// perhaps as the noun a phrase on "to" or "of" ends ("a faulty update to
// its check-in system"), and returns where the object opens. A verb that
// takes a complement ("declared the election rigged on Monday") is no
// such verb: its date may be its own; nor one of saying, whose noun is
// the subject of what was said ("said the plan passed"). The participle
// must have a passive ("feared the climbers died on Sunday") and differ
// from its base: "cut its annual profit forecast in February" names a
// forecast.
func pastVerbObject(toks []string, d, p int) (int, bool) {
	part, _ := verbOf(strings.ToLower(bare(toks[p])))
	if part.base == strings.ToLower(bare(toks[p])) || intransitiveVerbs[part.base] ||
		slices.ContainsFunc(toks[d:p], func(t string) bool {
			return subjectPrepositions[strings.ToLower(t)] || clauseOpeners[strings.ToLower(t)]
		}) {
		return 0, false
	}
	if w := strings.ToLower(toks[d-1]); d >= 4 && (w == "to" || w == "of") {
		k := d - 2
		for k > 1 && d-k <= 5 && !opensNounPhrase(toks[k]) {
			k--
		}
		if opensNounPhrase(toks[k]) && !hasVerb(strings.Join(toks[k+1:d-1], " ")) && !strings.ContainsAny(strings.Join(toks[k:d], " "), ",;:") {
			d = k
		}
	}
	if d < 2 {
		return 0, false
	}
	v, ok := verbOf(strings.ToLower(bare(toks[d-1])))
	if !ok || v.form != formPast || complementVerbs[v.base] || thingsSaidVerbs[v.base] {
		return 0, false
	}
	return d, true
}

// placedSubject reports whether toks are a determiner, a noun of up to
// three words and a phrase of place on it, no verb among them: "The last
// steelworks in the north-east".
func placedSubject(toks []string) bool {
	if len(toks) < 4 || !determiners[strings.ToLower(toks[0])] || hasVerb(strings.Join(toks, " ")) || strings.ContainsAny(strings.Join(toks, " "), ",;:") {
		return false
	}
	k := slices.IndexFunc(toks[1:], func(t string) bool { return placePrepositions[strings.ToLower(t)] }) + 1
	if k < 2 || k > 4 {
		return false
	}
	rest := toks[k+1:]
	if len(rest) > 0 && determiners[strings.ToLower(rest[0])] {
		rest = rest[1:]
	}
	return len(rest) >= 1 && len(rest) <= 2
}

// infinitiveEnd reports whether toks end in an infinitive, which takes
// no past date of its own: "failing to build" in "failing to build a
// reservoir promised in 2019".
func infinitiveEnd(toks []string) bool {
	n := len(toks)
	if n < 2 || !strings.EqualFold(toks[n-2], "to") {
		return false
	}
	// A word the verb lists do not know may be a verb's base too.
	w := toks[n-1]
	v, ok := verbOf(w)
	return isLowerWord(w) && !determiners[w] && (ok && v.form == formPresent && v.base == w || !ok && !subjectPrepositions[w])
}

// verblessLead reports whether toks, the words before a noun phrase, are
// a phrase with no verb and no noun of its own that ends in a
// preposition, so that nothing in them can take a date: "well short of"
// in "well short of the 92% target last met in February 2016". Not a
// subject ("Additional details of the slaying emerged") nor a hedge
// ("about 100 protesters marched").
func verblessLead(toks []string) bool {
	n := len(toks)
	if n < 2 || !subjectPrepositions[strings.ToLower(toks[n-1])] || hasVerb(strings.Join(toks, " ")) {
		return false
	}
	// Nor a clause "and" opens, whose subject leads to the noun phrase:
	// "and flight controllers at the Jet Propulsion Laboratory".
	first := toks[0]
	return isLowerWord(first) && !determiners[first] && !amountWords[first] && !subjectPrepositions[first] && first != "and"
}

// beforeRelative is s up to the first relative word: "under a Texas law"
// of "under a Texas law that requires consent".
func beforeRelative(s string) string {
	f := strings.Fields(s)
	if k := slices.IndexFunc(f, func(t string) bool { return relativeWords[strings.ToLower(t)] }); k >= 0 {
		return strings.Join(f[:k], " ")
	}
	return s
}

// reportedSubjectAside finds a date that ends a participle's aside on
// the subject of what is reported, and returns the aside as a passive
// clause: in "It said a faulty software update, installed overnight, was
// to blame" the night dates the installing, "a faulty software update was
// installed", as in "The discovery, announced on Wednesday, was made
// with ..." it dates the announcing. before is the clause up to the date.
func reportedSubjectAside(before string) (string, bool) {
	k := strings.LastIndex(before, ", ")
	if k < 0 {
		return "", false
	}
	phrase := withoutLeads(before[k+2:])
	if !pastParticipleAside(phrase) {
		return "", false
	}
	subject, ok := reportedSubject(strings.Fields(before[:k]))
	if !ok {
		return "", false
	}
	return beClause(subject, "was", "were", phrase), true
}

// speakerAside finds a date in a participle's aside on who is said to
// have said a quotation, after it: in "“Nothing is certain,” said a
// government communique, read Wednesday night at a rally" the night
// dates the reading, "a government communique was read at a rally".
// before and after are the clause up to the date and after it.
func speakerAside(before, after string) (string, bool) {
	m := invertedSpeaker.FindStringSubmatch(before)
	if m == nil {
		return "", false
	}
	speaker := strings.Fields(m[1])
	if len(speaker) > 6 || !opensNounPhrase(speaker[0]) || hasVerb(m[1]) || !pastForm(m[2]) {
		return "", false
	}
	rest := append([]string{m[2]}, strings.Fields(strings.TrimRight(after, ".!?;: "))...)
	return beClause(speaker, "was", "were", rest), true
}

// invertedSpeaker is a verb of saying before who said it, perhaps after
// the quotation, and a participle set off after: "said a government
// communique, read ", "“Nothing is certain,” said a communique, read ".
var invertedSpeaker = regexp.MustCompile(`^(?:\W*[“"][^”"]*[”"])?\W*(?:said|says|added|adds)\s+([^,]+),\s+([a-z]+)(?:\s+(?:on|in|at))?\s*$`)

// reportedSubject is the short noun phrase that ends head after a saying
// verb, the subject of a clause to come: "a new factory in Arizona" of
// "It said a new factory in Arizona".
func reportedSubject(head []string) ([]string, bool) {
	say := slices.IndexFunc(head, func(t string) bool {
		v, ok := verbOf(strings.ToLower(bare(t)))
		return ok && sayingVerbs[v.base]
	})
	if say < 0 {
		return nil, false
	}
	subject := withoutLeadingDate(head[say+1:])
	// "told Reuters the iPhone 17, launched in September,": what is
	// told follows whom it is told to.
	if v, _ := verbOf(strings.ToLower(bare(head[say]))); v.base == "tell" {
		subject = withoutRecipient(subject)
	}
	// "said the economy had slowed ... and that unemployment": a second
	// report's subject is after its "that".
	for k := len(subject) - 2; k > 0; k-- {
		if strings.EqualFold(subject[k], "that") && strings.EqualFold(subject[k-1], "and") {
			subject = subject[k:]
			break
		}
	}
	// After "that" a subject needs no determiner: "that unemployment".
	that := len(subject) > 0 && strings.EqualFold(subject[0], "that")
	if that {
		subject = subject[1:]
	}
	// Nor does a plural: "said flight cuts at 40 airports, ordered last
	// week, would be phased out".
	plural := len(subject) > 0 && lowerNoun(subject[0]) && !subjectPrepositions[subject[0]] && !lyAdverb(subject[0]) && isPlural(subject)
	if len(subject) == 0 || len(subject) > 6 || !opensNounPhrase(subject[0]) && !(that && (lowerNoun(subject[0]) || isCapitalised(subject[0]))) && !plural || hasVerb(strings.Join(subject, " ")) {
		return nil, false
	}
	return subject, true
}

// withoutLeadingDate drops the date that toks, what follows a verb of
// saying, open with: "on Monday the tariffs" is "the tariffs". A date's
// last word is its head, not a modifier: "last year's figures" keeps it.
func withoutLeadingDate(toks []string) []string {
	k := 0
	for k < len(toks) && (leadWords[strings.ToLower(toks[k])] || dateWords[strings.ToLower(toks[k])] || dateHeads[strings.ToLower(toks[k])] || isDigit(toks[k][0])) {
		k++
	}
	if k == 0 || k == len(toks) {
		return toks
	}
	if last := strings.ToLower(toks[k-1]); leadWords[last] || last == "next" || last == "last" || last == "this" || last == "mid" {
		return toks
	}
	return toks[k:]
}

// dateHeads end a date a few words may lead into: "last week", "early
// this morning".
var dateHeads = wordSet(`yesterday today tonight week month year morning afternoon evening night weekend`)

// withoutRecipient drops from what follows "tell" the one it is told
// to, a name, a pronoun or the press, of up to three words before a
// determiner:
// "Reuters the iPhone 17" is "the iPhone 17".
func withoutRecipient(object []string) []string {
	for j := 1; j < min(len(object), 4); j++ {
		if w := strings.ToLower(object[j]); determiners[w] || possessivePronouns[w] != "" {
			if slices.ContainsFunc(object[:j], func(t string) bool { return !isCapitalised(t) && !objectPronouns[strings.ToLower(t)] && !pressNouns[t] }) {
				return object
			}
			return object[j:]
		}
	}
	return object
}

// pressNouns are those news is told to: "told reporters".
var pressNouns = wordSet(`reporters journalists`)

// withoutParticipleAside drops a participle's aside on the subject, set
// off by commas before the verb: "The new wing, designed by a Danish
// firm, houses" is "The new wing houses".
func withoutParticipleAside(toks []string) []string {
	for i := 2; i < len(toks); i++ {
		if end, ok := participleAside(toks, i); ok {
			out := append(slices.Clone(toks[:i]), toks[end:]...)
			out[i-1] = strings.TrimSuffix(out[i-1], ",")
			return out
		}
	}
	return toks
}

// kinNouns name people by whom they belong to: "families of the victims".
var kinNouns = wordSet(`families relatives parents children friends widows widow family`)

// collectiveNouns gather what "of" names after them: "a collection of
// paintings", "a round of layoffs".
var collectiveNouns = wordSet(`collection group series set batch range archive trove cache hoard fleet round wave spate string raft slew team coalition number couple pair crowd band
	section stretch piece portion`)

// prepositionalObject reports whether toks, the words of a clause before
// its object, end in a past verb and the preposition that takes the
// object: "The case centred on", "The Senate voted on". Such a verb
// dates nothing through its object: in "centred on an email sent in
// February 2024" the date is the sending's.
func prepositionalObject(toks []string) bool {
	n := len(toks)
	if n < 2 || !objectPrepositions[strings.ToLower(toks[n-1])] {
		return false
	}
	v, ok := verbOf(strings.ToLower(bare(toks[n-2])))
	return ok && v.form == formPast
}

// heldParticiple reports whether toks[p], the participle on a noun
// phrase, is "held", which dates what was held, whatever verb takes the
// noun: "declared the president the winner of a disputed vote held on
// Saturday" dates the vote, not the declaring.
func heldParticiple(toks []string, p int) bool {
	return strings.EqualFold(toks[p], "held")
}

// objectPrepositions join a verb to its object: "centred on", "pointed to".
var objectPrepositions = wordSet(`on upon about to over`)

// beClause joins a subject, the form of "be" that agrees with it
// (singular or plural) and what follows, the subject's first word in
// lower case as it stood inside its clause: "a man was seen ...", "a
// trial is expected".
func beClause(subject []string, singular, plural string, rest []string) string {
	aux := singular
	if isPlural(subject) {
		aux = plural
	}
	out := append(append(append([]string(nil), subject...), aux), rest...)
	out[0] = strings.ToLower(out[0])
	return strings.Join(out, " ")
}

// opensNounPhrase reports whether t opens a noun phrase: a determiner or
// a count.
func opensNounPhrase(t string) bool {
	w := strings.ToLower(bare(t))
	return determiners[w] || counts[w] || w != "" && strings.Trim(w, "0123456789,") == ""
}

// plannedObject finds a date that ends a plan told of a noun after the
// clause's verb or a preposition, and returns the plan as a clause of its
// own: in "She was released pending a trial expected early next year" and
// "He faces a trial expected to start in March" the date is the trial's,
// and the event "a trial is expected" or "a trial is expected to start".
func plannedObject(before, after string) (string, bool) {
	if strings.Trim(after, " ,;:.!?\"”’") != "" {
		return "", false
	}
	toks, _ := withoutDateLeads(strings.Fields(before))
	p := len(toks) - 1
	for p > 0 && len(toks)-p <= 5 && !plannedFor[strings.ToLower(toks[p])] {
		p--
	}
	if p < 2 || !plannedFor[strings.ToLower(toks[p])] || strings.ContainsAny(strings.Join(toks[p-1:], " "), ",;:") {
		return "", false
	}
	if tail := toks[p+1:]; len(tail) > 0 && (tail[0] != "to" || len(tail) < 2) {
		return "", false
	}
	// "a record, 328 days, which she set in 2020": a relative's subject
	// before it makes the verb active, no plan.
	if slices.ContainsFunc(toks[max(0, p-4):p], func(t string) bool { return relativeOpeners[strings.ToLower(t)] }) {
		return "", false
	}
	d := p - 1
	for d > 0 && p-d <= 4 && !opensNounPhrase(toks[d]) {
		if _, ok := verbOf(bare(toks[d])); ok {
			return "", false
		}
		d--
	}
	if d < 1 || d == p-1 || !opensNounPhrase(toks[d]) {
		return "", false
	}
	for d > 1 && opensNounPhrase(toks[d-1]) { // "the two men"
		d--
	}
	// "an interest payment of $12 million due on": the noun "of" ties
	// the amount to is what is due.
	if strings.EqualFold(toks[d-1], "of") {
		for k := d - 2; k > 0 && d-k <= 5; k-- {
			if opensNounPhrase(toks[k]) {
				d = k
				break
			}
		}
	}
	if prev := strings.ToLower(toks[d-1]); beForms[prev] || auxiliaries[prev] || determiners[prev] {
		return "", false
	}
	// "missed a payment due on Nov. 15": what is done to a payment that
	// falls due is done on its day.
	if v, ok := verbOf(bare(toks[d-1])); ok && strings.EqualFold(toks[p], "due") && dueActs[v.base] {
		return "", false
	}
	// "would go on display at a new museum due to open in 2027": what
	// lies ahead happens with the plan, and keeps its date; "could be
	// released pending a trial expected next year" waits for it.
	if lastModal(strings.Join(toks[:d], " ")) != "" && !awaiting[strings.ToLower(toks[d-1])] {
		return "", false
	}
	return beClause(toks[d:p], "is", "are", toks[p:]), true
}

// scheduledObject finds a date that an act of scheduling set its object
// for, and returns the object as scheduled: in "Judge Cote set sentencing
// for March 18" and "The court has scheduled a hearing for Friday" the
// date is the sentencing's and the hearing's, not the judge's or the
// court's act, and the event "sentencing is set", "a hearing is
// scheduled". Only a day or a week is so set: "set its budget for 2027"
// names the period the budget covers.
func scheduledObject(before, after string, day bool) (string, bool) {
	toks := strings.Fields(before)
	n := len(toks)
	if !day || strings.Trim(after, " ,;:.!?\"”’") != "" || n < 3 || !strings.EqualFold(toks[n-1], "for") {
		return "", false
	}
	// The verb may open the clause, a second predicate's: "and
	// scheduled arguments for the first week of November".
	v := n - 2
	for v >= 0 && n-v <= 7 && !schedulingVerbs[strings.ToLower(toks[v])] {
		v--
	}
	if v < 0 || !schedulingVerbs[strings.ToLower(toks[v])] || v > 0 && (beForms[strings.ToLower(toks[v-1])] || strings.EqualFold(toks[v-1], "to")) {
		return "", false
	}
	object := toks[v+1 : n-1]
	if len(object) == 0 || particles[strings.ToLower(object[0])] || object[0] == "aside" || objectPronouns[strings.ToLower(object[0])] {
		return "", false
	}
	for _, t := range object {
		if strings.ContainsAny(t, ",;:") || t != strings.ToLower(t) && !strings.HasSuffix(t, "'s") && !strings.HasSuffix(t, "’s") {
			return "", false
		}
		if _, ok := verbOf(bare(t)); ok {
			return "", false
		}
	}
	return beClause(object, "is", "are", toks[v:v+1]), true
}

// schedulingVerbs, in the past, set what they take for a date.
var schedulingVerbs = wordSet(`set scheduled rescheduled fixed`)

// dueActs are done to what falls due on the day it does.
var dueActs = wordSet(`miss skip pay make meet default`)

// awaiting lead into what a plan waits for.
var awaiting = wordSet(`pending awaiting until before`)

// counts open a noun phrase as a determiner does: "two men seen".
var counts = wordSet(`two three four five six seven eight nine ten several some many dozens hundreds`)

// placePrepositions open the phrase that may follow a participle before
// its date: "seen near the campground", "found in a field".
var placePrepositions = wordSet(`in on at near outside inside behind along across off into onto under around by from with`)

// presentVerbGroup reports whether the verb nearest the end of toks, the
// words of a clause before its object, is in the present, the present
// perfect or the progressive: "are hunting", "said they were looking
// for", "have arrested", a relative's "which include", a copula right
// before the object ("was a penalty imposed"); not "arrested", "had
// arrested" or "will question".
func presentVerbGroup(toks []string) bool {
	// "which include": a relative's verb in the present, which the verb
	// lists do not know.
	if n := len(toks); n >= 2 && relativeOpeners[strings.ToLower(toks[n-2])] && toks[n-1] == strings.ToLower(toks[n-1]) {
		if _, known := verbOf(bare(toks[n-1])); !known {
			return true
		}
	}
	// "The duties follow": a plural subject on its determiner, then a
	// word in lower case, not in -s, that the verb lists do not know.
	if n := len(toks); n >= 3 && determiners[strings.ToLower(toks[0])] && toks[n-1] == strings.ToLower(toks[n-1]) && !strings.HasSuffix(toks[n-1], "s") &&
		isPlural(toks[:n-1]) && !slices.ContainsFunc(toks[1:n-1], func(t string) bool { return determiners[strings.ToLower(t)] || subjectPrepositions[strings.ToLower(t)] }) {
		if _, known := verbOf(bare(toks[n-1])); !known {
			return true
		}
	}
	// "The case involves": so is a singular one and a word in -s.
	if n := len(toks); n >= 3 && determiners[strings.ToLower(toks[0])] && toks[n-1] == strings.ToLower(toks[n-1]) && strings.HasSuffix(toks[n-1], "s") &&
		!strings.HasSuffix(toks[n-1], "ss") && !isPlural(toks[:n-1]) && !slices.ContainsFunc(toks[1:n-1], func(t string) bool {
		_, verb := verbOf(bare(t))
		return verb || determiners[strings.ToLower(t)] || subjectPrepositions[strings.ToLower(t)]
	}) {
		if _, known := verbOf(bare(toks[n-1])); !known && !notVerbs[toks[n-1]] {
			return true
		}
	}
	for i := len(toks) - 1; i >= 0; i-- {
		w := strings.ToLower(bare(toks[i]))
		v, ok := verbOf(w)
		// "The walkouts follow a breakdown in talks over": a plural's
		// present is a verb's base before its object; so is that of
		// names "and" joins ("Northern and CrossCountry follow").
		plural := i > 0 && (pluralNoun(toks[i-1]) || isCapitalised(toks[i-1]) && slices.Contains(toks[max(0, i-4):i-1], "and"))
		if !ok && baseForms[w] && w == toks[i] && plural && i+1 < len(toks) && determiners[strings.ToLower(toks[i+1])] {
			return true
		}
		if !ok {
			continue
		}
		switch {
		case w == "is" || w == "are" || w == "has" || w == "have" || w == "will" || v.form == formPresent: // "resolves", "will repay"
			return true
		case w == "was" || w == "were":
			// "was a penalty imposed by the regulator in 2021": a
			// copula before the noun dates nothing of its own. Nor does a
			// progressive, past its adverbs: "was no longer threatening".
			j := i + 1
			for j < len(toks)-1 && (adverbInVerbGroup(toks[j]) || progressiveAdverbs[strings.ToLower(toks[j])]) {
				j++
			}
			return j < len(toks) && strings.HasSuffix(strings.ToLower(toks[j]), "ing") || i+1 == len(toks)
		case v.form == formPast && i > 0:
			// "has since tightened": an adverb may stand in the perfect.
			k := i - 1
			for k > 0 && adverbInVerbGroup(toks[k]) {
				k--
			}
			prev := strings.ToLower(bare(toks[k]))
			// "has since tightened its controls and recovered $400,000
			// through a lawsuit filed last year": a predicate "and" joins
			// on shares the first's perfect.
			if prev == "and" {
				return presentVerbGroup(toks[:k])
			}
			// "The cuts come on top of": a participle like its base is
			// the present after a plural subject; after a singular one it
			// is the past ("The company cut its forecast"). A pluperfect
			// tells what had been done before, with no date of its own:
			// "had rejected an offer made in April".
			// A present passive is the present: "are based on analysis of
			// dust collected in October 2020".
			// So is a modal's passive, which takes no past date: "will be
			// compensated by a scheme set up in 2022".
			modal := prev == "be" && k > 0 && (modalAuxiliaries[strings.ToLower(toks[k-1])] || strings.EqualFold(toks[k-1], "will") || strings.EqualFold(toks[k-1], "would"))
			return prev == "has" || prev == "have" || prev == "had" || prev == "is" || prev == "are" || modal || w == v.base && !auxiliaries[prev] && isPlural(toks[:i])
		}
		return false
	}
	return false
}

// progressiveAdverbs may stand between "was" and its present participle.
var progressiveAdverbs = wordSet(`no longer not still never also already`)

// peopleDeterminers open a noun phrase of people with a participle
// alone: "those convicted", "the accused".
var peopleDeterminers = wordSet(`those the`)

// bareVerbAt reports whether t may be a verb in a present's base form:
// a word in lower case that is no function word, pronoun or preposition.
func bareVerbAt(t string) bool {
	w := bare(t)
	return isLowerWord(w) && w == t && !stopWords[w] && !subjectPrepositions[w] && !clauseOpeners[w] && !determiners[w] && !subjectPronouns[w] && !lyAdverb(w)
}

// closedRelative returns the relative clause on the subject ("who paid
// the bribes", "whose ballads topped the charts") when the text before a
// date holds it whole and the main clause's verb after it. The relative
// word must stand right before the clause's first verb, or its noun after
// "whose" does, and the main verb is the next finite verb after
// the relative's own ("who were paid ... were jailed"); a participle
// with its agent ("demanded by officials") is no main verb.
func closedRelative(before string) (string, bool) {
	toks := strings.Fields(before)
	open, end, ok := relativeOnSubjectSpan(toks)
	// "Anyone who ignored those warnings will answer for it": a pronoun
	// that names no one the relative does not restrict keeps it.
	if !ok || indefiniteHeads[strings.ToLower(bare(toks[open-1]))] {
		return "", false
	}
	return strings.TrimSuffix(strings.Join(toks[open:end], " "), ","), true
}

// relativeOnSubjectSpan finds the relative clause closedRelative returns:
// toks[open:end], the main verb at end.
func relativeOnSubjectSpan(toks []string) (int, int, bool) {
	// "A convicted murderer who escaped": a verb's form after an article
	// is an adjective's or a noun's.
	first := -1
	for i, t := range toks {
		if _, ok := verbOf(bare(t)); ok && !(i > 0 && articleWords[strings.ToLower(toks[i-1])]) {
			first = i
			break
		}
	}
	if first < 2 {
		return 0, 0, false
	}
	open := first - 1 // where the relative opens
	// "The teacher who later worked": past an adverb.
	if open > 1 && verbGroupAdverb(toks[open]) {
		open--
	}
	if r := strings.ToLower(toks[open]); r != "who" && r != "that" && r != "which" || acronym(toks[open]) { // "The WHO said"
		// "The singer whose ballads topped the charts": a possessive's
		// noun phrase stands between ("whose eight-day mission to the
		// International Space Station stretched").
		// "The plan that ministers approved": so does the subject of a
		// relative whose word is the verb's object; not what a noun
		// that takes a clause has after "that" ("The fact that").
		w := slices.IndexFunc(toks[:first], func(t string) bool { return strings.EqualFold(t, "whose") })
		if o := slices.IndexFunc(toks[:first], func(t string) bool {
			return strings.EqualFold(t, "that") || strings.EqualFold(t, "which") || strings.EqualFold(t, "whom")
		}); w < 0 && o >= 2 && !clauseNouns[strings.TrimSuffix(strings.ToLower(toks[o-1]), "s")] {
			open = o
		} else if w >= 1 && first-w <= 9 {
			open = w
		} else {
			return 0, 0, false
		}
	}
	end, ok := relativeVerbEnd(toks, open, first)
	return open, end, ok
}

// infinitiveOnly reports whether toks open with a noun an infinitive
// goes with, "Attempts to breed her", and hold no other verb.
func infinitiveOnly(toks []string) bool {
	if len(toks) < 3 || !isCapitalised(toks[0]) || toks[1] != "to" || !isLowerWord(toks[2]) || determiners[toks[2]] {
		return false
	}
	for k := 3; k < len(toks); k++ {
		if isVerbWord(bare(toks[k])) && toks[k-1] != "to" {
			return false
		}
	}
	return true
}

// participleBeforeRelative reports whether toks[i] is a participle whose
// phrase, a preposition's, stands between the subject's noun and a
// relative on it: "A former soldier accused of terror offences who
// escaped".
func participleBeforeRelative(toks []string, i int) bool {
	if i < 1 || i+2 >= len(toks) || !pastForm(toks[i]) || !isLowerWord(toks[i-1]) || !subjectPrepositions[strings.ToLower(toks[i+1])] {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+6; k++ {
		w := strings.ToLower(toks[k])
		if w == "who" || w == "that" || w == "which" {
			return true
		}
		if !isLowerWord(toks[k]) || isVerbWord(toks[k]) {
			return false
		}
	}
	return false
}

// relativeVerbEnd is the index of the main verb after a relative clause
// on the subject that opens at toks[open] and has its first verb at
// toks[first].
func relativeVerbEnd(toks []string, open, first int) (int, bool) {
	// The relative's verb group: "who were paid", "who was critically
	// injured", "who was first elected", "who have not won".
	k := first + 1
	for aux := auxiliaries[strings.ToLower(bare(toks[first]))]; aux && k < len(toks); k++ {
		if adverbInVerbGroup(toks[k]) || strings.EqualFold(toks[k], "not") || strings.EqualFold(toks[k], "never") {
			continue
		}
		v, ok := verbOf(bare(toks[k]))
		if !ok {
			break
		}
		aux = v.form == formAux
	}
	for ; k < len(toks); k++ {
		// "who landed a plane after its engines failed was given the
		// keys": a clause of time or cause inside the relative runs to
		// its own verb, the main verb group right after it.
		if clauseOpeners[strings.ToLower(toks[k])] && !strings.ContainsAny(toks[k-1][len(toks[k-1])-1:], ",;:") {
			m := slices.IndexFunc(toks[k+1:], isVerbWord) + k + 1
			if m > k && m+1 < len(toks) && finiteAuxiliaries[strings.ToLower(toks[m+1])] {
				return m + 1, true
			}
			// "that was found among his papers after his death will be
			// published": a phrase of time with no verb of its own runs
			// to the main verb group.
			if w := strings.ToLower(toks[m]); m > k+1 && timeOpeners[strings.ToLower(toks[k])] && (finiteAuxiliaries[w] || modalAuxiliaries[w] || w == "will") && !strings.ContainsAny(strings.Join(toks[k:m], " "), ",;:") {
				return m, true
			}
		}
		// "who hurled a grenade seconds before the bomb exploded was
		// identified": a clause inside the relative has its own verb.
		// A mark ends its word: "20,000" and "2:30" hold none.
		if strings.ContainsAny(toks[k-1][len(toks[k-1])-1:], ",;:") || clauseOpeners[strings.ToLower(toks[k])] {
			// "which included names, dates of birth and diagnoses, was
			// uploaded": a list's last nouns go on with the relative.
			if c := slices.IndexFunc(toks[k:], func(t string) bool { return strings.HasSuffix(t, ",") }); strings.HasSuffix(toks[k-1], ",") && c > 0 && relativeListTail(strings.Join(toks[open:k], " "), strings.Join(toks[k:k+c+1], " ")) {
				k += c
				continue
			}
			// "the group that carried out the attacks, Salah Abdeslam,
			// was sentenced": a name set off by commas after the
			// relative is the subject's appositive.
			if strings.HasSuffix(toks[k-1], ",") && appositiveNameThenVerb(toks[k:]) {
				return k, true
			}
			// "Liverpool, who were beaten by City in August, travel to
			// Newcastle": after a relative set off by commas a word in
			// lower case that opens no phrase is the main verb, in a
			// present the verb lists may not know.
			if strings.HasSuffix(toks[open-1], ",") && strings.HasSuffix(toks[k-1], ",") && k+1 < len(toks) && bareVerbAt(toks[k]) {
				return k, true
			}
			return 0, false
		}
		v, ok := verbOf(bare(toks[k]))
		// "who spent 15 years in prison for a murder he has always
		// denied committing was freed": a pronoun and its verb group
		// are a contact clause on the noun before, inside the relative.
		// "the expedition that located it announced": "it" right after a
		// verb is its object.
		if (ok || auxiliaries[strings.ToLower(bare(toks[k]))]) && k-1 > first && subjectPronouns[strings.ToLower(toks[k-1])] && !(strings.EqualFold(toks[k-1], "it") && isVerbWord(toks[k-2])) {
			for k+1 < len(toks) {
				w := strings.ToLower(bare(toks[k]))
				if !adverbInVerbGroup(w) && !auxiliaries[w] && w != "not" && w != "never" && w != "always" {
					break
				}
				k++
			}
			continue
		}
		// "which had been due to be published": after "to" a verb is
		// the relative's infinitive, as is a participle after "to be"
		// ("that is expected to be published").
		if !ok || v.form == formPast && k+1 < len(toks) && strings.EqualFold(toks[k+1], "by") || strings.EqualFold(toks[k-1], "to") ||
			k >= 2 && strings.EqualFold(toks[k-1], "be") && strings.EqualFold(toks[k-2], "to") {
			continue
		}
		// "who murdered his partner and hid her body": the relative's
		// second verb; "... in a garden shed has been jailed": a past
		// form an auxiliary follows is a noun.
		// "who murdered his estranged wife": after a determiner it is
		// an adjective.
		if v.form == formPast && (strings.EqualFold(toks[k-1], "and") || strings.EqualFold(toks[k-1], "or") || k+1 < len(toks) && finiteAuxiliaries[strings.ToLower(toks[k+1])] ||
			determiners[strings.ToLower(toks[k-1])] && k+1 < len(toks) || nounPossessive(toks[k-1])) {
			continue
		}
		// "who helped prosecute sub-postmasters wrongly accused of theft
		// has been arrested": a participle and its preposition on the
		// relative's object, the main verb group still to come.
		if v.form == formPast && k+1 < len(toks) && subjectPrepositions[strings.ToLower(toks[k+1])] &&
			slices.ContainsFunc(toks[k+2:], func(t string) bool { return finiteAuxiliaries[strings.ToLower(t)] }) {
			continue
		}
		// "The judges, who read 153 novels published in the UK, said":
		// a relative a comma opens runs to its closing comma.
		if (v.form == formAux || v.form == formPast) && !strings.HasSuffix(toks[open-1], ",") {
			return k, true
		}
	}
	return 0, false
}

// indefiniteHeads are pronouns a relative clause restricts to whom it
// tells of: "those who", "anyone who", "no one who".
var indefiniteHeads = wordSet(`anyone anybody anything everyone everybody everything someone somebody something nobody nothing one those whoever`)

// appositiveNameThenVerb reports whether toks open with a name of one to
// four capitalised words, a comma ending it, and then a finite verb.
func appositiveNameThenVerb(toks []string) bool {
	for k := 0; k < len(toks)-1 && k < 4; k++ {
		if !isCapitalised(toks[k]) {
			return false
		}
		if strings.HasSuffix(toks[k], ",") {
			w := strings.ToLower(toks[k+1])
			v, ok := verbOf(w)
			return finiteAuxiliaries[w] || ok && v.form == formPast
		}
	}
	return false
}

// participleWord reports whether t can be a past participle: a regular
// past, an irregular participle, or an irregular past that is one too
// ("made", "held"); "said" and "told" report, and describe no subject.
func participleWord(t string) bool {
	w := strings.ToLower(bare(t))
	if _, ok := participles[w]; ok {
		return true
	}
	v, ok := verbOf(w)
	return ok && v.form == formPast && !attributionVerbs[v.base] && !pastOnly[w]
}

// heldVerbs tell that someone holds or says something is so: "that
// they believe was built".
var heldVerbs = wordSet(`believe believed think thought say said suspect suspected estimate estimated`)

// relativeWords open a relative clause.
var relativeWords = wordSet(`that which who whom whose`)

// pastOnly are past forms that are no participle ("went", "took"): a
// verb so formed is finite, never a reduced relative's.
var pastOnly = func() map[string]bool {
	out := map[string]bool{}
	for _, past := range pastOfParticiple {
		out[past] = true
	}
	return out
}()

// withoutDateLeads drops the words that lead into a date from the end of
// toks, the words before it, and reports whether "for" was among them:
// what is set for a date is planned then.
func withoutDateLeads(toks []string) (rest []string, plan bool) {
	// "for much of October": a share of the time is no plan.
	share := false
	if n := len(toks); n > 2 && strings.EqualFold(toks[n-1], "of") && (strings.EqualFold(toks[n-2], "much") || strings.EqualFold(toks[n-2], "most")) {
		toks, share = toks[:n-2], true
	}
	for stripped := 0; len(toks) > 0 && dateLeadWords[strings.ToLower(toks[len(toks)-1])]; stripped++ {
		// "an event he took over in 1985": a verb's particle before the
		// date's own preposition stays.
		if n := len(toks); stripped > 0 && n > 1 && particles[strings.ToLower(toks[n-1])] && pastForm(toks[n-2]) {
			break
		}
		plan = plan || !share && strings.EqualFold(toks[len(toks)-1], "for")
		toks = toks[:len(toks)-1]
	}
	return toks, plan
}

// lastVerb is the index of the last word of toks that is a verb we know,
// or -1.
func lastVerb(toks []string) int {
	p := len(toks) - 1
	for p >= 0 {
		if _, ok := verbOf(bare(toks[p])); ok {
			break
		}
		p--
	}
	return p
}

// dateLeadWords are the words that may lead into a date at the end of
// the text before it.
var dateLeadWords = wordSet(`on in at during since from by over for until till past after before between just only shortly about around nearly almost early late earlier later`)

// plannedFor are participles whose date is what was planned, not when:
// "a rally scheduled on Saturday".
var plannedFor = wordSet(`planned scheduled slated set expected due called proposed`)

// objectRelative turns a relative clause whose relative word is its verb's
// object into a clause of its own, with that object put back after the
// verb: "The cracks, which engineers found," is "engineers found The
// cracks", and "to address cracks in the pillars, which a state report
// had flagged" is "a state report had flagged cracks in the pillars". The
// relative must follow a comma and have a subject of its own before its
// verb. The object is
// what follows the last verb before the comma, or all of it when there is
// no verb.
func objectRelative(clause string, n int) (string, bool) {
	toks := strings.Fields(clause)
	r := nthRelative(toks, n, "which", "whom")
	if r < 1 || !strings.HasSuffix(toks[r-1], ",") {
		return "", false
	}
	v := -1
	for i := r + 1; i < len(toks); i++ {
		// "which NASA hopes to bring back": a present intention the
		// lists do not know, before its infinitive.
		if _, ok := verbOf(bare(toks[i])); ok || i+1 < len(toks) && thirdPersonS(toks[i]) && intentions[sBase(toks[i])] && toks[i+1] == "to" {
			v = i
			break
		}
	}
	if v < r+2 || strings.ContainsAny(strings.Join(toks[r+1:v], " "), ",;:") {
		return "", false
	}
	// "an early election, which she said would be held on Jan. 21": the
	// relative word is the subject of what is said, no object.
	if saidAside(toks[r+1:]) {
		return "", false
	}
	subject := toks[r+1 : v]
	// "The volcano, which last erupted in 2018": an adverb of the verb
	// group is no subject.
	if len(subject) == 1 && (verbGroupAdverb(subject[0]) || degreeAdverbs[strings.ToLower(subject[0])]) {
		return "", false
	}
	end := v + 1 + slices.IndexFunc(toks[v:], func(t string) bool { return strings.HasSuffix(t, ",") })
	if end == v {
		end = len(toks)
	}
	object := append([]string(nil), toks[:r]...)
	for i := len(object) - 1; i >= 0; i-- {
		if _, ok := verbOf(bare(object[i])); ok {
			object = object[i+1:]
			break
		}
		// "did not decide whether Trump's executive order, which he
		// signed": the noun phrase opens after the word that opens its
		// clause, past a verb in its base form the lists do not know.
		if strings.EqualFold(object[i], "whether") {
			object = object[i+1:]
			break
		}
	}
	// "holds the record for the longest spaceflight by a woman, 328
	// days, which she set": a measure that restates the noun is no
	// object of its own.
	if k := slices.IndexFunc(object[:max(0, len(object)-1)], func(t string) bool { return strings.HasSuffix(t, ",") }); k >= 0 && measureAppositive(strings.Fields(strings.TrimSuffix(strings.Join(object[k+1:], " "), ","))) {
		object = object[:k+1]
	}
	// "failed to address cracks": the infinitive's verb, which the verb
	// lists may not know, goes too.
	// "linked to the problem, which it first learned of": a phrase's
	// preposition goes, and the noun phrase is the object.
	// So does one the lists do not know further on: "voted 222-209 to
	// pass the measure, which the Senate approved" is "approved the
	// measure".
	if len(object) > 2 && subjectPrepositions[strings.ToLower(object[0])] && determiners[strings.ToLower(object[1])] {
		object = object[1:]
	} else if k := slices.Index(object, "to"); k >= 0 && k+2 < len(object) && (k == 0 || determiners[strings.ToLower(object[k+2])]) {
		object = object[k+2:]
	}
	// "to hear a challenge to an earlier ban, which Biden lifted": the
	// relative is on the nearer noun, "to"'s.
	if k := slices.Index(object, "to"); k >= 1 && k+2 < len(object) && determiners[strings.ToLower(object[k+1])] {
		object = object[k+1:]
	}
	// "would continue to push for a public inquiry, which the government
	// rejected": so it is past an infinitive's verb and its preposition.
	// "raised $5bn for the fund, which it launched", "would have been
	// £6.7m but for the company's guilty plea, which it entered": and
	// past an amount, which no relative is on.
	if k := slices.Index(object, "to"); k >= 1 && k+3 < len(object) && subjectPrepositions[strings.ToLower(object[k+2])] && opensObjectNoun(object[k+3]) {
		object = object[k+3:]
	} else if len(object) > 0 && amountOpens(object[0]) {
		if k := slices.IndexFunc(object, func(t string) bool { return subjectPrepositions[strings.ToLower(t)] }); k > 0 && k+1 < len(object) && opensObjectNoun(object[k+1]) {
			object = object[k+1:]
		}
	}
	// "would focus on the family's foundation, which he set up": a word
	// after a modal is its verb, which the lists may not know, and the
	// object the noun its preposition opens.
	if k := r - len(object); k > 0 && len(object) > 2 && (modalAuxiliaries[strings.ToLower(toks[k-1])] || strings.EqualFold(toks[k-1], "would") || strings.EqualFold(toks[k-1], "will")) && subjectPrepositions[strings.ToLower(object[1])] {
		object = object[2:]
	}
	// "will serve until a special election, which the council is
	// expected to schedule": the object is the phrase's noun.
	if len(object) > 1 && timeOpeners[strings.ToLower(object[0])] {
		object = object[1:]
	}
	// "filed a motion asking for the verdict to be thrown out, which the
	// judge denied": a verb's particle is no object; the object is the
	// noun an article opens after an earlier verb, which the phrases
	// after it tell of.
	if len(object) == 1 && particles[strings.ToLower(bare(object[0]))] {
		object = articleObject(toks[:r])
	}
	// "fell sharply, which analysts had predicted": an adverb is no
	// object; the relative is on the clause.
	if len(object) == 0 || subjectPrepositions[strings.ToLower(object[0])] || !nounPhrase(subject) || len(object) == 1 && lyAdverb(bare(object[0])) {
		return "", false
	}
	if determiners[strings.ToLower(object[0])] {
		object[0] = strings.ToLower(object[0]) // "The cracks" opened the sentence
	}
	// The object goes after the verb, before any phrase that follows it:
	// "is expected to schedule a special election at its meeting".
	// "to" opens such a phrase only before a noun: "which the company
	// sold to Lenovo", not "is expected to schedule".
	// "which he set up.": the sentence's full stop is no part of it.
	verbGroup := slices.Clone(toks[v:end])
	if n := len(verbGroup); n > 0 && end == len(toks) {
		verbGroup[n-1] = strings.TrimRight(verbGroup[n-1], ".!?")
	}
	// So is a measure of time before "after" or "before": "which Biden
	// lifted days after taking office".
	if k := slices.IndexFunc(verbGroup[1:], func(t string) bool {
		t = strings.ToLower(t)
		return subjectPrepositions[t] && t != "to" || t == "into"
	}); k >= 0 {
		verbGroup = verbGroup[:k+1]
	}
	if k := slices.IndexFunc(verbGroup[1:], func(t string) bool { return timeNouns[strings.TrimSuffix(strings.ToLower(t), "s")] }); k >= 0 && k+2 < len(verbGroup) {
		if w := strings.ToLower(verbGroup[k+2]); w == "after" || w == "before" {
			verbGroup = verbGroup[:k+1]
		}
	}
	// "which NASA hopes to bring back to Earth": past an infinitive's
	// "to".
	for k := 1; k+1 < len(verbGroup); k++ {
		if verbGroup[k] == "to" && (isCapitalised(verbGroup[k+1]) || determiners[strings.ToLower(verbGroup[k+1])]) {
			verbGroup = verbGroup[:k]
			break
		}
	}
	rest := toks[v+len(verbGroup) : end]
	// "which it first learned of in the early hours": a preposition the
	// relative left stranded takes the object.
	if len(rest) > 0 && subjectPrepositions[strings.ToLower(rest[0])] && (len(rest) == 1 || subjectPrepositions[strings.ToLower(rest[1])] || leadInPrepositions[strings.ToLower(rest[1])]) {
		verbGroup, rest = toks[v:v+len(verbGroup)+1], rest[1:]
	}
	// "The company said it was not aware of injuries linked to the
	// problem, which it first learned of": the relative's pronoun is the
	// sentence's subject when the two agree.
	if p := strings.ToLower(subject[0]); pronounSubjects[p] {
		// "the company's guilty plea, which it entered": else the owner
		// the object names, when the pronoun agrees with it, owns it by
		// the pronoun's possessive.
		if opening := openingSubject(toks[:r]); len(opening) > 0 && agrees(p, opening) {
			subject = append(slices.Clone(opening), subject[1:]...)
		} else if k := slices.IndexFunc(object, nounPossessive); k >= 0 && k+1 < len(object) {
			owner := append(slices.Clone(object[:k]), strings.TrimSuffix(strings.TrimSuffix(object[k], "'s"), "’s"))
			if pos := pronounPossessives[p]; pos != "" && agrees(p, owner) {
				subject, object = owner, append([]string{pos}, object[k+1:]...)
			}
		}
	}
	out := append(append(append(append([]string(nil), subject...), verbGroup...), object...), rest...)
	for i, t := range out {
		out[i] = strings.TrimRight(t, ",;:")
	}
	return strings.Join(out, " "), true
}

// opensObjectNoun reports whether t opens a noun phrase by a determiner
// or an owner's "'s": "the", "the company's".
func opensObjectNoun(t string) bool {
	return determiners[strings.ToLower(t)] || nounPossessive(t)
}

// articleObject is the last noun an article opens right after a verb in
// toks, up to the first word that is not a plain noun or adjective, with
// "the" for its article, as a relative names it again: "the motion" in
// "filed a motion last month asking for the verdict to be thrown out".
// It is nil when no such noun stands there.
func articleObject(toks []string) []string {
	for i := len(toks) - 2; i > 0; i-- {
		if a := strings.ToLower(toks[i]); a != "a" && a != "an" && a != "the" {
			continue
		}
		if _, ok := verbOf(bare(toks[i-1])); !ok {
			continue
		}
		end := i + 1
		for end < len(toks) && isLowerWord(toks[end]) && !isVerbWord(toks[end]) && !subjectPrepositions[toks[end]] && !dateWords[toks[end]] && !clauseOpeners[toks[end]] {
			end++
		}
		if end == i+1 {
			return nil
		}
		return append([]string{"the"}, toks[i+1:end]...)
	}
	return nil
}

// closedCommaRelative is the relative clause set off by commas that the
// text before a date ends in, with the comma before it, when only the
// words leading into the date follow it: ", who are a point behind," in
// "They face Leeds, who are a point behind, on".
func closedCommaRelative(before string) (string, bool) {
	i := max(strings.LastIndex(before, ", which "), strings.LastIndex(before, ", who "))
	if i < 0 {
		return "", false
	}
	k := strings.IndexByte(before[i+2:], ',')
	if k < 0 || !onlyLeads(before[i+2+k+1:]) {
		return "", false
	}
	return before[i : i+2+k+1], true
}

// clauseRelative finds the nth "which" of clause on the clause before
// it, with only its subject and verb before the date, and returns that
// clause: in "flights would resume once the ash cloud cleared, which
// forecasters expected by Thursday", what was expected by Thursday is the
// clearing. The caller takes it only when "by" leads into the date; "had
// predicted in March" dates the predicting.
func clauseRelative(clause string, n int) (string, bool) {
	toks := strings.Fields(clause)
	r := nthRelative(toks, n, "which")
	if r < 2 || !strings.HasSuffix(toks[r-1], ",") || len(toks)-r < 3 || len(toks)-r > 5 {
		return "", false
	}
	if _, ok := verbOf(bare(toks[r-1])); !ok && !lyAdverb(bare(toks[r-1])) {
		return "", false
	}
	rel := toks[r+1:]
	if _, ok := verbOf(bare(rel[len(rel)-1])); !ok || !nounPhrase(rel[:len(rel)-1]) || hasVerb(strings.Join(rel[:len(rel)-1], " ")) {
		return "", false
	}
	return strings.TrimSuffix(strings.Join(toks[:r], " "), ","), true
}

// inCommaRelative reports whether the text before a date, from its
// clause's start, ends inside a relative clause set off by a comma: ",
// which engineers found in", ", who joined the club in".
func inCommaRelative(before string) bool {
	i := max(strings.LastIndex(before, ", which "), strings.LastIndex(before, ", whom "), strings.LastIndex(before, ", who "))
	// "the AIU, which [last year] placed": the date may follow the word.
	if strings.HasSuffix(before, ", which") || strings.HasSuffix(before, ", whom") || strings.HasSuffix(before, ", who") {
		i = strings.LastIndex(before, ", ")
	}
	// "who had lost their last two matches, including a defeat by
	// Leinster last weekend": an example goes on with the relative.
	return i >= 0 && !strings.ContainsAny(strings.Replace(before[i+2:], ", including ", " including ", 1), ",;:")
}

// prepositionalNoun reports whether the noun phrase that ends before
// toks[r], "that", is a preposition's ("in a property developer") in a
// clause with no copula.
func prepositionalNoun(toks []string, r int) bool {
	if toks[r] != "that" || slices.ContainsFunc(toks[:r], func(t string) bool { return copulas[strings.ToLower(t)] }) {
		return false
	}
	for d := r - 1; d > 0 && r-d <= 4; d-- {
		if determiners[strings.ToLower(toks[d])] {
			return subjectPrepositions[strings.ToLower(toks[d-1])]
		}
	}
	return false
}

// thatRelative finds a relative clause that "that" (or "who") opens on a
// noun and the date ends, and returns it as a clause of its own: in "unless it
// extended health insurance subsidies that expire at the end of the
// year" the date is the subsidies' expiry, "health insurance subsidies
// expire". before is the clause up to the date, and after the clause
// after it, which may hold a phrase. The relative is short: its verb and
// a word or two ("takes effect"); a subject after "that" makes it a
// reported clause ("the hope that talks resume in May"), as does a noun
// that takes one.
func thatRelative(before, after string) (string, bool) {
	if !strings.Contains(before, " that ") && !strings.Contains(before, " who ") {
		return "", false
	}
	// Only a phrase may follow the date: "in Vancouver", not "'s ruling";
	// or one "and" adds: "weakened by a scandal that erupted in 2023 and
	// by voter anger".
	// "a strike that began on Sept. 13, clearing the way for": nor is a
	// participle's phrase set off after it the relative's.
	if w, ok := strings.CutPrefix(after, ", "); ok && presentParticiple(firstWord(w)) {
		after = ""
	}
	// "followed a ceasefire in Gaza that took effect in October and a
	// pause in attacks": nor is a noun phrase "and" joins on.
	if w, ok := strings.CutPrefix(after, " and "); ok && determiners[strings.ToLower(firstWord(w))] {
		after = ""
	}
	rest := strings.Trim(after, " ,;:.!?")
	if w, ok := strings.CutPrefix(rest, "and "); ok && subjectPrepositions[firstWord(w)] {
		rest = w
	}
	// "a government that won a landslide 14 months ago but has slumped
	// in the polls": or a second predicate of the relative's.
	joined := relativePredicateJoin.MatchString(after)
	if !joined && (hasVerb(after) || rest != "" && !subjectPrepositions[firstWord(rest)]) {
		return "", false
	}
	toks, plan := withoutDateLeads(strings.Fields(before))
	r := -1 // the last "that", or "who" with no comma before it
	for i, t := range toks {
		if t == "that" || t == "who" && i > 0 && !strings.HasSuffix(toks[i-1], ",") {
			r = i
		}
	}
	// "homes that lost power in a blackout across the north of the
	// country on Wednesday": a longer one may run to the date in phrases
	// a preposition opens after its verb and object.
	if r < 0 {
		return "", false
	}
	// "a road that they believe was built in 1843": who believes or says
	// so, set inside the relative, tells nothing of what was done.
	held := 0
	if rel := toks[r+1:]; len(rel) > 3 && heldVerbs[strings.ToLower(rel[1])] && (pronounSubjects[strings.ToLower(rel[0])] || isLowerWord(rel[0]) && pluralNoun(rel[0])) && (finiteAuxiliaries[strings.ToLower(rel[2])] || pastForm(rel[2])) {
		held = 2
	}
	long := prepositionalRun(toks[r+1+held:])
	if plan || r < 1 || len(toks)-r-held < 2 || len(toks)-r-held > 6 && !long || strings.ContainsAny(strings.Join(toks[r-1:], " "), ",;:") {
		return "", false
	}
	// "permission to challenge that decision": after an infinitive's
	// verb "that" is a determiner; not before a verb: "led to lawsuits
	// that were settled".
	if r >= 2 && strings.EqualFold(toks[r-2], "to") && !finiteAuxiliaries[strings.ToLower(toks[r+1])] && !pastForm(toks[r+1]) {
		return "", false
	}
	rel := toks[r+1+held:]
	// "a nurse who later moved to Kenya in 1990": an adverb before the
	// relative's verb tells nothing the title needs.
	if len(rel) > 2 && verbGroupAdverb(rel[0]) && pastForm(rel[1]) {
		rel = rel[1:]
	}
	// "A teacher who worked in Bolivia was charged on Wednesday": a verb
	// group after the relative's is the main clause's, which the date is.
	if end, ok := relativeVerbEnd(toks, r, len(toks)-len(rel)); ok && end < len(toks) {
		return "", false
	}
	// "A child who was not vaccinated died last week": a second past
	// form, not joined to the relative's by "and" nor after an
	// auxiliary, is the main clause's verb, which the date is.
	for k := 2; k < len(rel); k++ {
		if prev := strings.ToLower(rel[k-1]); pastForm(rel[k]) && isLowerWord(rel[k]) && !auxiliaries[prev] && prev != "and" && prev != "or" && pastForm(rel[k-1]) {
			return "", false
		}
	}
	// "the number of doctors who performed abortions declined between
	// 1982 and 1992": so is one that ends it after the verb's bare
	// object.
	if n := len(rel); n >= 3 && barePluralNoun(rel[n-2]) && pastForm(rel[n-1]) {
		return "", false
	}
	first := strings.ToLower(bare(rel[0]))
	// "who spent part of Sunday night": the date is the object's.
	if rel[0] != first || determiners[first] || pronounSubjects[first] || objectPronouns[first] || strings.EqualFold(rel[len(rel)-1], "of") {
		return "", false
	}
	// A relative with an object tells what its noun did ("fired the
	// shots that killed a doctor last October"): the date may as well be
	// the main clause's.
	// One on a preposition's noun does not: "a capsule that arrived at
	// the station on Sunday".
	// After a present copula the main clause tells a state, which the
	// date cannot be: "The row is the latest setback for a government
	// that won a landslide 14 months ago"; so after a past one that
	// places its subject in a set: "The case was one of several scandals
	// that toppled the government in 2023".
	// Nor does one "that" opens on a noun a preposition leads, in a
	// clause that tells an act: "failed to declare a stake in a property
	// developer that won a £40m contract last year". "The strike was the
	// latest blow to a company that lost a key contract in January" may
	// be either's.
	if slices.ContainsFunc(rel[1:], func(t string) bool { return determiners[strings.ToLower(t)] || objectPronouns[strings.ToLower(t)] }) && !subjectPrepositions[strings.ToLower(rel[min(1, len(rel)-1)])] && !stateCopula(toks[:r]) && !prepositionalNoun(toks, r) && !long {
		return "", false
	}
	// "that talks resume": a word we do not know as a verb, then another.
	// "a review that ministers ordered": a word we do not know as a
	// verb, then one we do, is the subject of an object's relative.
	// "a pregnancy that keepers only confirmed": past an adverb.
	if _, known := verbOf(first); !known && len(rel) > 1 {
		next := 1
		if len(rel) > 2 && (verbGroupAdverb(rel[1]) || strings.EqualFold(rel[1], "only")) {
			next = 2
		}
		if _, verb := verbOf(strings.ToLower(bare(rel[next]))); verb || !particles[strings.ToLower(bare(rel[next]))] && len(rel) == next+1 {
			return "", false
		}
	}
	// "a new field in the North Sea that started production": a place
	// ends the noun phrase.
	if d := placeAntecedent(toks, r); d >= 0 {
		return strings.Join(append(slices.Clone(toks[d:r]), rel...), " "), true
	}
	// "part of that debt": after a preposition "that" is a determiner.
	noun := strings.ToLower(bare(toks[r-1]))
	if toks[r-1] != noun || determiners[noun] || clauseNouns[strings.TrimSuffix(noun, "s")] || thatAdverbs[noun] || subjectPrepositions[noun] {
		return "", false
	}
	if _, isVerb := verbOf(noun); isVerb {
		return "", false
	}
	// The noun phrase runs back to its determiner, or to a verb we know
	// or a preposition; after "to" the word is an infinitive's verb
	// ("to extend health subsidies").
	// A name inside it ends it unless its determiner is near: "a strong
	// El Niño weather pattern that".
	d, named := r-1, -1
	for d > 0 && r-d < 6 {
		w := strings.ToLower(bare(toks[d-1]))
		if determiners[w] {
			d--
			named = -1
			break
		}
		// A person "who" tells of may be named with capitals: "a
		// 39-year-old Miami businessman who".
		// "of murdering another teenager who": a gerund's object is the
		// noun phrase; not "the ruling party that".
		// Not one after "over" or "about", which is the noun's modifier:
		// "a dispute over working hours that".
		gerund := presentParticiple(w) && d >= 2 && !determiners[strings.ToLower(toks[d-2])] && !strings.EqualFold(toks[d-2], "over") && !strings.EqualFold(toks[d-2], "about")
		// "boarded by armed men who": a past form a preposition leads
		// to is an adjective, as is one an article leads to: "a
		// convicted robber who".
		adjective := pastForm(w) && d >= 2 && (subjectPrepositions[strings.ToLower(toks[d-2])] || articleWords[strings.ToLower(toks[d-2])])
		if _, isVerb := verbOf(w); isVerb && !adjective || gerund || subjectPrepositions[w] || strings.ContainsAny(toks[d-1], ",;:") {
			if w == "to" && d < r-1 {
				d++
			}
			// "a group of parents who sued": what a collective noun
			// gathers is told with it.
			// So is a stretch or a piece of something, named or not: "a
			// section of Roman road that".
			if w == "of" && d >= 3 && collectiveNouns[strings.ToLower(toks[d-2])] && determiners[strings.ToLower(toks[d-3])] {
				d, named = d-3, -1
			}
			break
		}
		if toks[d-1] != w && toks[r] != "who" && named < 0 {
			named = d
		}
		d--
	}
	if named >= 0 {
		d = named
	}
	// "a couple in their 80s who were found": a phrase of place or age
	// may follow the person "who" tells of.
	if toks[r] == "who" && d >= 3 && personPhrasePrepositions[strings.ToLower(toks[d-1])] {
		if k := determinerBefore(toks, d-2); k >= 0 && d-2-k <= 2 {
			d = k
		}
	}
	// "a dispute over pay and conditions that began": a bare noun a
	// preposition of topic ties to a noun its determiner opens is that
	// noun's, and the relative tells of the whole. So is any such bare
	// noun when the relative's verb is in the present: "a new levy on
	// businesses that takes effect".
	// Not the people "who" tells of: "over the care of two babies who
	// died".
	// Not a plural the verb agrees with alone: "an extension of health
	// care subsidies that expire at the end of the year".
	if d >= 3 && toks[r] != "who" && !agreesPlural(rel[0]) && (topicPrepositions[strings.ToLower(toks[d-1])] || thirdPersonS(rel[0]) && subjectPrepositions[strings.ToLower(toks[d-1])]) && !determiners[strings.ToLower(toks[d])] {
		if k := determinerBefore(toks, d-2); k >= 0 && d-2-k <= 2 {
			d = k
		}
	}
	// "a dispute between European regulators that was settled": the
	// parties "between" or "among" names are not what the relative tells
	// of, but the noun before them.
	if b := d - 1; b >= 1 && toks[r] != "who" {
		if isCapitalised(toks[b]) && b > 2 {
			b--
		}
		if w := strings.ToLower(toks[b]); w == "between" || w == "among" {
			if k := determinerBefore(toks, b-1); k >= 0 && b-1-k <= 2 {
				d = k
			} else if strings.EqualFold(toks[b-1], bare(toks[b-1])) && (b == 1 || !determiners[strings.ToLower(toks[b-2])]) && !isVerbWord(toks[b-1]) && isPlural(toks[b-1:b]) {
				d = b - 1 // "talks between the two sides that began"
			}
		}
	}
	if occasionRelative(toks, r) {
		return "", false
	}
	// "Both men were experienced mountaineers who had climbed Everest
	// together in 2019": a person "who" tells of, named by what a
	// copula's subject is, is that subject (nearestSubject names no
	// pronoun: "It was police who found" stays).
	c := d - 1 // the copula, past an adjective in -ed: "were experienced mountaineers"
	if c >= 1 && pastForm(toks[c]) && isLowerWord(toks[c]) {
		c--
	}
	if toks[r] == "who" && c >= 1 && copulas[strings.ToLower(toks[c])] {
		if subject := nearestSubject(toks[:c+1]); len(subject) > 0 {
			return strings.Join(append(slices.Clone(subject), rel...), " "), true
		}
	}
	out := append(append([]string(nil), toks[d:r]...), rel...)
	return strings.Join(out, " "), true
}

// prepositionalRun reports whether rel, a relative's words up to its
// date, are a past verb and a bare object of one word, or a passive, and
// phrases a preposition opens, with no other verb: "lost power in a
// blackout across the north of the country".
func prepositionalRun(rel []string) bool {
	// "escaped from prison officers while being treated at a hospital":
	// a circumstance a gerund or a passive's "being" gives runs on as a
	// phrase does.
	for i := 1; i+2 < len(rel); i++ {
		if w := strings.ToLower(rel[i]); (w == "while" || w == "when") && strings.EqualFold(rel[i+1], "being") && pastForm(rel[i+2]) {
			rel = slices.Concat(rel[:i], rel[i+3:])
			break
		}
	}
	// "was stabbed at a bus stop in south London": so does a passive,
	// an adverb perhaps in its verb group ("was widely used in").
	if len(rel) >= 4 && beForms[strings.ToLower(rel[0])] && adverbInVerbGroup(rel[1]) {
		rel = append([]string{rel[0]}, rel[2:]...)
	}
	// "was due to begin in Boston": so does a plan's.
	if len(rel) >= 5 && beForms[strings.ToLower(rel[0])] && rel[1] == "due" && rel[2] == "to" && subjectPrepositions[rel[4]] {
		return !slices.ContainsFunc(rel[4:], isVerbWord)
	}
	if len(rel) >= 4 && beForms[strings.ToLower(rel[0])] && pastForm(rel[1]) && (subjectPrepositions[rel[2]] || relativePrepositions[rel[2]]) {
		return !slices.ContainsFunc(rel[2:], isVerbWord)
	}
	// "began with a police raid on the town hall": or a past verb right
	// before its preposition.
	if len(rel) >= 4 && pastForm(rel[0]) && subjectPrepositions[rel[1]] {
		return !slices.ContainsFunc(rel[1:], isVerbWord)
	}
	return len(rel) >= 4 && pastForm(rel[0]) && isLowerWord(rel[1]) && !subjectPrepositions[rel[1]] && subjectPrepositions[rel[2]] && !slices.ContainsFunc(rel[1:], isVerbWord)
}

// agreesPlural reports whether w, a clause's first verb, agrees with a
// plural subject alone: "expire", "were"; not "expires", "was", nor a
// past form, which agrees with any.
func agreesPlural(w string) bool {
	switch strings.ToLower(w) {
	case "are", "were", "have":
		return true
	}
	return !thirdPersonS(w) && !pastForm(w) && !auxiliaries[w]
}

// occasionRelative reports whether the relative that toks[r] opens is on
// the occasion a verb before it took place in: "approved the deal in a
// ballot that closed last week". Its date dates that act.
func occasionRelative(toks []string, r int) bool {
	d := r - 1
	for d > 0 && r-d <= 4 && !determiners[strings.ToLower(toks[d])] {
		d--
	}
	return d > 1 && determiners[strings.ToLower(toks[d])] && occasionPrepositions[strings.ToLower(toks[d-1])] && occasionNouns[strings.ToLower(toks[r-1])] &&
		!slices.ContainsFunc(toks[d+1:r], isCapitalised) && hasVerb(strings.Join(toks[:d-1], " "))
}

// ownedPhraseStart is where the noun phrase that ends at toks[i] starts,
// back to its determiner or its owner's possessive within eight words,
// or else fallback: "Arsenal's run of seven league games".
func ownedPhraseStart(toks []string, i, fallback int) int {
	for k := i; k >= 0 && i-k < 8; k-- {
		if strings.ContainsAny(toks[k], ",;:") {
			break
		}
		// The noun right after its determiner may have a verb's form
		// ("run"); no word after it may.
		if determiners[strings.ToLower(toks[k])] || nounPossessive(toks[k]) {
			if k+2 <= i && hasVerb(strings.Join(toks[k+2:i+1], " ")) {
				break
			}
			return k
		}
	}
	return fallback
}

// topicPrepositions tie what a noun is about to it: "a dispute over pay",
// "a shortage of pilots".
var topicPrepositions = wordSet(`over about of`)

// occasionPrepositions place an act in an occasion: "in a ballot", "at
// a meeting". Not "during", which as often places what a noun names:
// "charged over the stabbing during a service that was livestreamed".
var occasionPrepositions = wordSet(`in at`)

// clauseNouns take a clause that "that" opens, which is no relative: "the
// hope that talks resume".
var clauseNouns = wordSet(`hope fear fact claim view belief concern warning news sign evidence report idea assurance promise expectation
	possibility chance risk suggestion message notion rumor rumour allegation statement suspicion indication likelihood proof`)

// clauseTakingPresents are verbs in the present that take a clause "that"
// opens, which the verb lists do not know: "The ruling means that".
var clauseTakingPresents = wordSet(`means shows suggests indicates implies signals reflects confirms`)

// thatObjectRelative finds a relative clause that "that" opens on a noun
// phrase, with a subject of its own and a verb whose object it lacks,
// that the date ends, and returns it as a clause of its own with the
// noun phrase put back as the object: "leaves out aid for Ukraine that
// the White House had requested in August" is "the White House had
// requested aid for Ukraine". The noun phrase runs back to its article,
// or to the verb, particle or comma before it; a noun that takes a
// clause ("the fact that", "reports that") opens none.
func thatObjectRelative(before, after string) (string, bool) {
	if !strings.Contains(before, " that ") {
		return "", false
	}
	// "a company that a jury found last December had illegally
	// monopolised app stores": a finding or a saying whose object the
	// noun phrase is goes on after the date with what it reports.
	// A second verb group is the main clause's, whose subject the noun
	// phrase is: "A firm that regulators said last year was insolvent
	// has collapsed".
	var reported []string
	mainAfter := false // the main clause's verb group follows
	f := strings.Fields(strings.TrimRight(after, " .!?"))
	// "The plan that ministers approved last week collapsed on Monday".
	if len(f) > 0 && isLowerWord(f[0]) && pastForm(f[0]) && !strings.ContainsAny(after, ",;:") {
		after, mainAfter = "", true
	}
	if len(f) > 1 && finiteAuxiliaries[strings.ToLower(f[0])] && !strings.ContainsAny(after, ",;:") {
		reported, after = f, ""
		if k := slices.IndexFunc(f[1:], func(t string) bool {
			return finiteAuxiliaries[strings.ToLower(t)] || modalAuxiliaries[strings.ToLower(t)]
		}); k >= 0 {
			reported, mainAfter = f[:k+1], true
		}
	}
	if rest := strings.Trim(after, " ,;:.!?"); hasVerb(after) || rest != "" && !subjectPrepositions[firstWord(rest)] {
		return "", false
	}
	toks, plan := withoutDateLeads(strings.Fields(before))
	r := slices.Index(toks, "that")
	for k := r + 1; k < len(toks); k++ {
		if toks[k] == "that" {
			r = k
		}
	}
	// "The ruling means that several former officials will be barred":
	// a verb that reports a clause, in the present, is no noun.
	if plan || r < 1 || strings.ContainsAny(strings.Join(toks[r-1:], " "), ",;:") || clauseTakingPresents[strings.ToLower(toks[r-1])] {
		return "", false
	}
	// The relative: a subject, then a verb group that ends the clause,
	// or a phrase a preposition opens after it: "a pregnancy that keepers
	// confirmed by ultrasound".
	rel := toks[r+1:]
	v := slices.IndexFunc(rel, isVerbWord)
	// "a programme that he began in the summer": the subject may be a
	// pronoun, or a plural with no article ("a review that ministers
	// ordered").
	// An adverb of the verb group may stand before the verb: "that
	// keepers only confirmed".
	s := v
	for s > 1 && (verbGroupAdverb(rel[s-1]) || strings.EqualFold(rel[s-1], "only")) {
		s--
	}
	if v < 1 || !nounPhrase(rel[:s]) || !determiners[strings.ToLower(rel[0])] && !isCapitalised(rel[0]) && !subjectPronouns[strings.ToLower(rel[0])] && !(isLowerWord(rel[0]) && isPlural(rel[:s])) {
		return "", false
	}
	var tail []string
	if p := slices.IndexFunc(rel[v:], func(t string) bool { return subjectPrepositions[t] }); p > 0 && len(rel)-(v+p) > 1 && !slices.ContainsFunc(rel[v+p:], isVerbWord) {
		rel, tail = rel[:v+p], rel[v+p:]
	}
	// A passive has no object to lack: "that a developer was arrested".
	// "begin" and "start" take an object as often as not: "a programme
	// that he began"; so does any verb of a relative on the subject:
	// "The deal that ministers agreed last week has collapsed".
	// "a feature that Facebook shut down in 2021": a phrasal verb keeps
	// its particle before the object.
	var particle []string
	if n := len(rel); n > 2 && particles[strings.ToLower(rel[n-1])] {
		rel, particle = rel[:n-1], rel[n-1:]
	}
	last, ok := verbOf(rel[len(rel)-1])
	if !ok || last.form != formPast || intransitiveVerbs[last.base] && last.base != "begin" && last.base != "start" && !mainAfter && len(reported) == 0 || slices.ContainsFunc(rel[v:len(rel)-1], func(t string) bool { return !auxiliaries[t] && !verbGroupAdverb(t) || beForms[t] }) {
		return "", false
	}
	// "The deal that ministers agreed last week has collapsed": after
	// another verb it is the main clause's verb group.
	if len(reported) > 0 && !thingsSaidVerbs[last.base] && !verdictVerbs[last.base] {
		reported, mainAfter = nil, true
	}
	noun := strings.ToLower(bare(toks[r-1]))
	// A name is no noun that takes a clause: "Tag Suggestions that".
	if _, isVerb := verbOf(noun); isVerb || clauseNouns[strings.TrimSuffix(noun, "s")] && !isCapitalised(toks[r-1]) || timeNouns[strings.TrimSuffix(noun, "s")] || thatAdverbs[noun] || determiners[noun] ||
		dateWords[noun] || monthWords[noun] || subjectPrepositions[noun] || noun == "and" || noun == "or" || noun == "but" {
		return "", false
	}
	d := r - 1
	for d > 0 && r-d < 6 {
		w := strings.ToLower(bare(toks[d-1]))
		if determiners[w] {
			d--
			break
		}
		if isVerbWord(w) || particles[w] || strings.ContainsAny(toks[d-1], ",;:") {
			break
		}
		d--
	}
	// "told the court that the defendant had lied": after a verb that
	// tells a hearer, "that" opens what was told.
	if d > 0 {
		if v, ok := verbOf(strings.ToLower(bare(toks[d-1]))); ok && (hearerVerbs[v.base] || persuadeVerbs[v.base]) {
			return "", false
		}
	}
	// "objects known as "little red dots" that Webb first spotted": a
	// name a participle gives is the noun's, with the noun before it.
	if d > 1 && strings.EqualFold(toks[d], "as") && namedAs[strings.ToLower(toks[d-1])] {
		d--
		for d > 0 && r-d < 9 && isLowerWord(toks[d-1]) && !isVerbWord(toks[d-1]) && !subjectPrepositions[toks[d-1]] {
			d--
			if determiners[toks[d]] {
				break
			}
		}
	}
	object := slices.Clone(toks[d:r])
	// The subject a verb group after the date needs follows no
	// preposition: "It's against this backdrop that the controversy
	// took on a new dimension this week related to".
	if w := strings.ToLower(object[0]); w == "as" || subjectPrepositions[w] || namedAs[w] || mainAfter && d > 0 && subjectPrepositions[strings.ToLower(toks[d-1])] {
		return "", false
	}
	if determiners[strings.ToLower(object[0])] {
		object[0] = strings.ToLower(object[0])
	}
	// "only" goes, as a title drops such adverbs.
	rel = slices.DeleteFunc(slices.Clone(rel), func(t string) bool { return strings.EqualFold(t, "only") })
	return strings.Join(slices.Concat(rel, particle, object, tail, reported), " "), true
}

// namedAs give a thing the name "as" opens after them: "known as",
// "described as" (namingParticiples give it with no "as").
var namedAs = wordSet(`known described referred`)

// persuadeVerbs, as hearerVerbs do, take a hearer and what "that" opens:
// "convinced the board that".
var persuadeVerbs = wordSet(`inform convince persuade notify advise show teach promise reassure`)

// rateUnit reports whether toks end with the unit of a rate after an
// amount: "$100 billion a year,", "42 a month,".
func rateUnit(toks []string) bool {
	n := len(toks)
	if n < 4 {
		return false
	}
	unit := strings.ToLower(strings.TrimRight(toks[n-1], ","))
	per := strings.ToLower(toks[n-2])
	amount := toks[n-3]
	return timeNouns[unit] && (per == "a" || per == "an" || per == "per" || per == "each") &&
		(strings.ContainsAny(amount, "0123456789") || countWords[strings.ToLower(amount)])
}

// countWords are the large numbers an amount may end with.
var countWords = wordSet(`hundred thousand million billion trillion`)

// thatAdverbs join "that" as a conjunction: "so that", "now that".
var thatAdverbs = wordSet(`so such now given except provided assuming than`)

// nthRelative is the index in toks of the nth relative word (counting
// from 1) among words, or -1: the relative a date is in, when a relative
// before it has closed ("Samsung, which released ..., has dominated the
// market, which accounted for 1.5% last year").
func nthRelative(toks []string, n int, words ...string) int {
	for i, t := range toks {
		if slices.Contains(words, strings.ToLower(t)) {
			if n--; n == 0 {
				return i
			}
		}
	}
	return -1
}

// relativesIn counts the relative words among words in s.
func relativesIn(s string, words ...string) int {
	n := 0
	for _, t := range strings.Fields(s) {
		if slices.Contains(words, strings.ToLower(t)) {
			n++
		}
	}
	return n
}

// inThatRelative reports whether date e ends a relative clause that "that"
// opens on a noun, with its verb right after, inside a phrase set off
// before the verb of what is reported: in "warned that rising costs,
// including an increase that took effect last April, would add ...",
// April dates the increase. At the sentence's end the date may as well
// be the report's ("fired the shots that killed a doctor last October").
func inThatRelative(sentence string, e timex.Expression) bool {
	c := clauseOf(sentence, e.Start, e.End)
	if hasVerb(sentence[e.End:c.End]) || !hasVerb(sentence[c.End:]) {
		return false
	}
	toks, _ := withoutDateLeads(strings.Fields(sentence[c.Start:e.Start]))
	return pastRelativeOnNoun(toks, thatOpens) > 0
}

// relativePredicateJoin is "but" or "and" and the auxiliary or past
// verb of a second predicate: " but has slumped", " and was".
var relativePredicateJoin = regexp.MustCompile(`^,?\s+(?:but|and)\s+(?:has|have|had|was|were)\s`)

// stateCopula reports whether toks hold "is" or "are", or a past copula
// that places its subject in a set: "The row is the latest setback for a
// government", "The case was one of several scandals".
func stateCopula(toks []string) bool {
	for i, t := range toks {
		if t == "is" || t == "are" {
			return true
		}
		if (t == "was" || t == "were") && i+2 < len(toks) && (toks[i+1] == "one" && toks[i+2] == "of" || toks[i+1] == "among") {
			return true
		}
	}
	return false
}

// thatOpens is the one opener of a relative inThatRelative reads.
var thatOpens = wordSet(`that`)

// pastRelativeOnNoun is the index in toks, words that end with a date's
// leads taken off, of the word of openers that opens a relative on the
// noun before it, with its past verb right after and no other verb to
// the date: "an increase that took effect"; else -1. The word before is
// no verb ("said that") or determiner, and no comma ends it.
func pastRelativeOnNoun(toks []string, openers map[string]bool) int {
	r := slices.IndexFunc(toks, func(t string) bool { return openers[strings.ToLower(t)] })
	if r < 1 || r+1 >= len(toks) {
		return -1
	}
	// "that were looted": a passive's past.
	p := r + 1
	if w := strings.ToLower(toks[p]); (w == "was" || w == "were") && p+1 < len(toks) && pastForm(toks[p+1]) {
		p++
	}
	if lastVerb(toks) != p {
		return -1
	}
	if v, ok := verbOf(bare(toks[p])); !ok || v.form != formPast {
		return -1
	}
	if _, verbBefore := verbOf(strings.ToLower(bare(toks[r-1]))); verbBefore || determiners[strings.ToLower(bare(toks[r-1]))] || strings.ContainsAny(toks[r-1], ",;:") {
		return -1
	}
	return r
}

// perfectThatRelative finds a date that ends a relative clause "that",
// "who" or "which" opens on a noun, with its past verb right after, in a clause whose own
// verb is in the present perfect, which no past date can date, and
// returns the relative as a clause of its own: "He has pledged to cut a
// budget deficit that reached 9.3% of GDP last year" is "a budget
// deficit reached 9.3% of GDP", and "Police have arrested the man who
// killed a doctor last October" "the man killed a doctor". before and after are the clause's text on
// either side of the date; after holds at most an appositive.
func perfectThatRelative(before, after string) (string, bool) {
	if a := strings.TrimSpace(after); a != "" && !strings.HasPrefix(a, ",") && strings.Trim(a, ".!?") != "" {
		return "", false
	}
	toks, _ := withoutDateLeads(strings.Fields(before))
	r := pastRelativeOnNoun(toks, relativesOnNoun)
	if r < 2 || strings.ContainsAny(strings.Join(toks, " "), ",;:") {
		return "", false
	}
	perfect := slices.ContainsFunc(toks[:r], func(t string) bool { t = strings.ToLower(t); return t == "has" || t == "have" })
	d := r - 1 // the noun phrase runs back to its determiner or count
	for d > 0 && r-d < 5 && !opensNounPhrase(toks[d]) {
		d--
	}
	// "a tour of the United States that was": or past a place.
	if k := placeAntecedent(toks, r); k >= 0 {
		d = k
	}
	if !perfect || !opensNounPhrase(toks[d]) || d == r-1 {
		return "", false
	}
	return strings.Join(append([]string{strings.ToLower(toks[d])}, append(slices.Clone(toks[d+1:r]), toks[r+1:]...)...), " "), true
}

// whoRelative is the relative clause "who" opens right after its noun
// phrase at the end of s, with no comma, as a clause of its own with the
// noun phrase as subject: "matched a man who was arrested last month" is
// "a man was arrested last month". A name may take one set off by a
// comma: "succeeded Benedict XVI, who resigned in 2013" is "Benedict XVI
// resigned in 2013".
func whoRelative(s string) (string, bool) {
	toks := strings.Fields(s)
	r := -1
	for i, t := range toks {
		if t == "who" {
			r = i
		}
	}
	if r < 2 || r+1 >= len(toks) || strings.ContainsAny(strings.Join(toks[r:], " "), ",;:") || !isVerbWord(toks[r+1]) {
		return "", false
	}
	if name, ok := strings.CutSuffix(toks[r-1], ","); ok {
		first := r - 1 // the name runs back over capitalised words
		for first > 0 && r-first < 4 && isCapitalised(toks[first-1]) && !strings.ContainsAny(toks[first-1], ",;:") {
			first--
		}
		if !isCapitalised(name) || strings.ContainsAny(name, ",;:") {
			return "", false
		}
		return strings.Join(slices.Concat(toks[first:r-1], []string{name}, toks[r+1:]), " "), true
	}
	if strings.ContainsRune(toks[r-1], ',') {
		return "", false
	}
	d := r - 1 // the noun phrase runs back to its determiner
	for d > 0 && r-d < 4 && !determiners[strings.ToLower(toks[d])] {
		d--
	}
	if !determiners[strings.ToLower(toks[d])] || d == r-1 {
		return "", false
	}
	return strings.Join(slices.Concat([]string{strings.ToLower(toks[d])}, toks[d+1:r], toks[r+1:]), " "), true
}

// relativesOnNoun open a relative clause on the noun before them.
var relativesOnNoun = wordSet(`that who which`)

// inObjectParticiple reports whether date e stands in a reduced relative on
// the object of its clause's verb, and so dates what the participle
// tells, not the verb: "lodged an appeal against a fine imposed by EU
// regulators in April" dates the fine. The participle must follow its
// noun phrase, which a preposition or a verb that is not one of saying
// leads into ("said the man fled on Monday" tells of the man), take no
// object (a phrase on a preposition may follow it: "found during a test
// flight in August"), and end the clause with the date.
func inObjectParticiple(sentence string, e timex.Expression) bool {
	c := clauseOf(sentence, e.Start, e.End)
	if hasVerb(sentence[e.End:c.End]) {
		return false
	}
	toks, _ := withoutDateLeads(strings.Fields(sentence[c.Start:e.Start]))
	p := lastVerb(toks)
	if p < 2 {
		return false
	}
	// "rose in the week ended Nov. 14": the date ends the period the
	// clause's verb tells of, no act of its own.
	if w := strings.ToLower(toks[p]); w == "ended" || w == "ending" {
		return false
	}
	// "a budget agreed with the IMF": a verb that may go without an
	// object takes one when its partner or agent follows.
	v, _ := verbOf(bare(toks[p]))
	partnered := p+1 < len(toks) && (strings.EqualFold(toks[p+1], "with") || strings.EqualFold(toks[p+1], "by")) && agreedVerbs[v.base]
	if !participleWord(toks[p]) || intransitiveVerbs[v.base] && !partnered ||
		p+1 < len(toks) && !participlePrepositions[strings.ToLower(toks[p+1])] {
		return false
	}
	// The noun phrase: back from the participle to its determiner, or to
	// the preposition or present participle before a bare noun ("citing
	// faults found during a test flight in August").
	d := p - 1
	for d > 0 && p-d <= 6 && !determiners[strings.ToLower(bare(toks[d]))] && !bareNounLead(toks[d]) {
		if _, ok := verbOf(bare(toks[d])); ok || strings.ContainsAny(toks[d], ",;:") {
			return false
		}
		d--
	}
	if d == p-1 || carriedSubject(toks, d+1) {
		return false
	}
	if bareNounLead(toks[d]) {
		return true
	}
	if d < 1 || !determiners[strings.ToLower(bare(toks[d]))] {
		return false
	}
	lead := strings.ToLower(bare(toks[d-1]))
	if subjectPrepositions[lead] {
		return true
	}
	v, ok := verbOf(lead)
	return ok && v.form != formAux && !statementVerbs[v.base] && !attributionVerbs[v.base]
}

// bareNounLead reports whether t leads into a noun with no article that a
// participle describes: a preposition ("with faults found") or a present
// participle other than one of saying ("citing faults found", not
// "saying troops fled").
func bareNounLead(t string) bool {
	w := strings.ToLower(bare(t))
	if subjectPrepositions[w] {
		return true
	}
	base, ok := strings.CutSuffix(w, "ing")
	if !ok || !presentParticiple(t) {
		return false
	}
	doubled := len(base) > 1 && base[len(base)-1] == base[len(base)-2] // "admitting"
	return !sayingVerbs[base] && !sayingVerbs[base+"e"] && !(doubled && sayingVerbs[base[:len(base)-1]])
}

// agreedVerbs go without an object as often as with one: "agreed to
// leave", "a deal agreed with the union".
var agreedVerbs = wordSet(`agree decide plan start begin promise`)

// superlative reports whether w ranks something as the most of its
// kind: "largest", "shortest-lived", "first", "only".
func superlative(w string) bool {
	w, _, _ = strings.Cut(strings.ToLower(w), "-")
	return ranksFirst(w) || w == "only"
}

// participlePrepositions may follow a participle that takes no object:
// its agent ("imposed by EU regulators") or where or when it was done
// ("found during a test flight", "seized at the border").
var participlePrepositions = wordSet(`by during at in on with from to`)

// subjectRelative makes a relative clause whose relative word is its
// subject, set off by a comma after a noun phrase inside a longer clause,
// a clause of its own with that noun phrase as subject: "Ministers hoped
// to publish it before the summer recess, which begins" is "the summer
// recess begins". The noun phrase runs back to its determiner, or is the
// name before the comma; a clause that opens with it is left to the
// headline builder.
func subjectRelative(clause string, n int) (string, bool) {
	toks := strings.Fields(clause)
	r := nthRelative(toks, n, "which", "who")
	// "an early election, which she said would be held": a saying
	// between the relative word and its verb group is an aside.
	if saidAside(toks[r+1:]) {
		toks = slices.Delete(slices.Clone(toks), r+1, r+3)
	}
	// "a loan during the pandemic, which it repaid": a subject of its own
	// makes the relative word the object.
	if r < 2 || r+1 >= len(toks) || !strings.HasSuffix(toks[r-1], ",") || subjectPronouns[strings.ToLower(toks[r+1])] {
		return "", false
	}
	// "a 43-day shutdown, the longest in U.S. history, which ended": the
	// relative tells of the noun the appositive ranks.
	for k := r - 1; k > 0 && r-k <= 8; k-- {
		if strings.HasSuffix(toks[k-1], ",") && (rankingAppositive(toks[k:r]) || ageAppositive(toks[k:r]) || bareAge(toks[k:r]) && isCapitalised(toks[k-1])) {
			toks = append(slices.Clone(toks[:k]), toks[r:]...)
			r = k
			break
		}
	}
	end := r + 1 + slices.IndexFunc(toks[r+1:], func(t string) bool { return strings.HasSuffix(t, ",") })
	if end == r || end+1 < len(toks) && toks[end+1] == "including" {
		end = len(toks)
	} else {
		end++
	}
	// A verb in the present, which the verb lists do not know, is a
	// lowercase word with no known verb after it in the relative: "which
	// begins on", "who play Chelsea on", not "which engineers found".
	_, known := verbOf(bare(toks[r+1]))
	present := !isCapitalised(toks[r+1]) && !determiners[strings.ToLower(toks[r+1])] && !hasVerb(strings.Join(toks[r+2:end], " "))
	if !known && !present {
		return "", false
	}
	// "an outbreak in Kampala in January, which": the noun is before
	// the date's phrase, which goes.
	dated := false
	if w := strings.ToLower(strings.TrimRight(toks[r-1], ",")); r >= 4 && (monthWords[w] || isYear(w)) && datePrepositions[strings.ToLower(toks[r-2])] {
		toks = append(append(slices.Clone(toks[:r-3]), strings.TrimRight(toks[r-3], ",")+","), toks[r:]...)
		r, end, dated = r-2, end-2, true
	}
	// "a pledge of $100 billion a year, which was set in 2009": a rate's
	// unit after an amount is no noun the relative tells of, and goes as
	// a date's phrase does.
	if rateUnit(toks[:r]) {
		toks = append(append(slices.Clone(toks[:r-3]), toks[r-3]+","), toks[r:]...)
		r, end = r-2, end-2
	}
	d := r - 1
	if isCapitalised(toks[d]) {
		d = nameStart(toks, d)
		// "Butch Wilmore and Suni Williams, who flew": a pair of names
		// is who.
		if toks[r] == "who" && d >= 2 && toks[d-1] == "and" && isCapitalised(toks[d-2]) && !strings.HasSuffix(toks[d-2], ",") {
			d = nameStart(toks, d-2)
		}
		// "an outbreak in Kampala in January, which was declared over":
		// past a date's phrase, the place is the noun's, not what the
		// relative tells of.
		// Not past a superlative with no noun: "is the shortest-lived
		// in France's Fifth Republic, which was founded in 1958".
		if (dated || toks[r] == "which") && d >= 3 && locativePrepositions[strings.ToLower(toks[d-1])] {
			// "credited new subsidies in Germany, which came into force":
			// or to a bare plural's first modifier.
			if k := determinerBefore(toks, d-2); k >= 0 && !(k == d-3 && superlative(toks[d-2])) {
				d = k
			} else if k := bareNounStart(toks, d-2); k >= 0 {
				d = k
			}
		}
	} else {
		object := false // the noun phrase is a verb's object, with no determiner
		// A day after its month counts nothing: "the Oct. 19 robbery".
		counts := func(d int) bool { return d < r-1 && countWord(toks[d]) && (d == 0 || !bareDate(toks[d-1:])) }
		for d > 0 && r-d <= 6 && !determiners[strings.ToLower(bare(toks[d]))] && !counts(d) {
			// "the first infected herd, which": a participle after an
			// article is an adjective.
			// "blamed higher National Insurance contributions, which":
			// a past verb before a noun phrase of two words or more has
			// it for its object.
			if v, ok := verbOf(bare(toks[d])); ok && !determiners[strings.ToLower(toks[d-1])] && !adjectiveAfterModifier(toks, d) {
				if v.form == formPast && d < r-2 && !slices.ContainsFunc(toks[d+1:r], func(t string) bool { return strings.ContainsAny(t[:len(t)-1], ",;:") }) {
					d, object = d+1, true
					break
				}
				// "said inflation, which fell to 2.4% in March, was":
				// after a saying one bare noun will do, the subject of
				// what is said.
				if w := strings.ToLower(bare(toks[d+1])); sayingVerbs[v.base] && d == r-2 && lowerNoun(w) && !dateWords[w] {
					d, object = d+1, true
					break
				}
				return "", false
			}
			if d < r-1 && strings.ContainsAny(toks[d], ",;:") {
				return "", false
			}
			// "kept pace with inflation, which peaked": a noun with no
			// article after a preposition. But "a team of investigators,
			// who arrived": "of" ties the noun to the one before it.
			// Nor "for" after a body's noun: "the regional authority for
			// marine heritage, which announced".
			if d < r-1 && subjectPrepositions[strings.ToLower(toks[d])] && !(strings.EqualFold(toks[d], "of") && ofNoun(toks[:d])) &&
				!(strings.EqualFold(toks[d], "for") && d > 0 && institutionNouns[strings.ToLower(toks[d-1])]) {
				break
			}
			d--
		}
		switch w := strings.ToLower(bare(toks[d])); {
		case object:
		case w == "to" && d+2 < r:
			d += 2 // "want to extend health subsidies, which": the infinitive's verb goes too
		case subjectPrepositions[w] && d < r-1:
			d++
			// "Arsenal's run of seven league games without defeat,
			// which began": what is without a bare noun is what the
			// relative tells of.
			if w == "without" {
				d = ownedPhraseStart(toks, d-2, d)
			}
		case !determiners[w] && !counts(d):
			return "", false
		}
	}
	// "the war in the north, which ended in November 2022": a point of
	// the compass a place phrase names is where, not what the relative
	// tells of; the noun before the phrase is.
	if d >= 3 && r-d == 2 && strings.EqualFold(toks[r], "which") && determiners[strings.ToLower(toks[d])] && compassPoint(strings.TrimRight(toks[r-1], ",")) && locativePrepositions[strings.ToLower(toks[d-1])] {
		if k := determinerBefore(toks, d-2); k >= 0 && d-2-k <= 2 {
			d = k
		}
	}
	// "a law to clear those convicted, which came into force": "which"
	// tells of no people ("those convicted"), but of the noun the
	// infinitive is on.
	if d >= 4 && r-d == 2 && strings.EqualFold(toks[r], "which") && peopleDeterminers[strings.ToLower(toks[d])] && pastForm(strings.TrimRight(toks[r-1], ",")) && strings.EqualFold(toks[d-2], "to") {
		if k := determinerBefore(toks, d-3); k >= 0 && d-3-k <= 3 {
			d = k
		}
	}
	// "further digs at the site, which are planned": a plural verb
	// tells of the plural noun before the place.
	if d >= 3 && pluralVerbs[strings.ToLower(toks[r+1])] && !isPlural(toks[d:r]) && locativePrepositions[strings.ToLower(toks[d-1])] &&
		isPlural(toks[d-2:d-1]) {
		k := d - 2
		for k > 0 && r-k <= 8 && !subjectPrepositions[strings.ToLower(toks[k-1])] && !determiners[strings.ToLower(toks[k])] {
			if _, ok := verbOf(bare(toks[k-1])); ok {
				break
			}
			k--
		}
		d = k
	}
	// "rules on building in the green belt, which were first
	// introduced": so does one a phrase on it runs on from, past a
	// gerund or a bare noun.
	if d >= 4 && pluralVerbs[strings.ToLower(toks[r+1])] && !isPlural(toks[d:r]) && subjectPrepositions[strings.ToLower(toks[d-1])] && !isPlural(toks[d-2:d-1]) {
		for j := d - 3; j >= 1 && d-j <= 4 && !strings.ContainsAny(toks[j], ",;:"); j-- {
			if subjectPrepositions[strings.ToLower(toks[j])] && isLowerWord(toks[j-1]) && isPlural(toks[j-1:j]) {
				if _, verb := verbOf(bare(toks[j-1])); !verb {
					d = j - 1
				}
				break
			}
		}
	}
	// "its cheaper plan with adverts, which was launched": a singular
	// verb tells of the singular noun before the phrase on a plural.
	if d >= 3 && singularVerbs[strings.ToLower(toks[r+1])] && isPlural(toks[d:r]) && subjectPrepositions[strings.ToLower(toks[d-1])] && !isPlural(toks[d-2:d-1]) {
		if k := determinerBefore(toks, d-2); k >= 0 {
			d = k
		}
	}
	// "The abbot of the monastery, who had asked": "who" tells of the
	// person whose office the phrase "of" is on names.
	if d >= 3 && strings.EqualFold(toks[r], "who") && strings.EqualFold(toks[d-1], "of") && officeNoun(toks[d-2]) && !officeNoun(strings.TrimRight(toks[r-1], ",")) {
		if k := determinerBefore(toks, d-2); k >= 0 {
			d = k
		}
	}
	// "Families of the victims, who staged mass protests": so does the
	// people a kinship names, bare or with their determiner.
	if d >= 2 && strings.EqualFold(toks[r], "who") && strings.EqualFold(toks[d-1], "of") && kinNouns[strings.ToLower(toks[d-2])] {
		if k := determinerBefore(toks, d-2); k >= 0 {
			d = k
		} else if d == 2 {
			d = 0
		}
	}
	// "an investigation into how the force handled Pike's reports, which
	// is expected to conclude": so does one before a clause a question
	// word opens after a preposition, which it stands for alone.
	npEnd := r
	if d >= 4 && singularVerbs[strings.ToLower(toks[r+1])] && isPlural(toks[d:r]) {
		if q := questionClauseStart(toks, d); q >= 2 && (subjectPrepositions[strings.ToLower(toks[q-1])] || strings.EqualFold(toks[q-1], "into")) {
			if k := determinerBefore(toks, q-2); k >= 0 {
				d, npEnd = k, q-1
			}
		}
	}
	if d == 0 {
		return "", false
	}
	// "the National Council of Churches, who": a name inside a longer
	// phrase is not what the relative tells of. A person named by a
	// noun is: "the exit of the finance director, who left".
	// So is one an office names: "raids on critics of President Kais
	// Saied, who suspended parliament".
	person := strings.EqualFold(toks[r], "who") && (!isCapitalised(toks[r-1]) || roleWords[strings.ToLower(toks[d])])
	// "ahead of the Budget, which was delivered": a name "the" opens is
	// the antecedent, with its article; not one inside a longer name
	// ("the National Council of Churches, who").
	// "the fishing town of Grindavik, which was evacuated": a place
	// noun's "of" names the place, and "north of Grindavik" points to it.
	ofPlace := d >= 2 && strings.EqualFold(toks[d-1], "of") && (placeNouns[strings.ToLower(toks[d-2])] || compassWords[strings.ToLower(toks[d-2])])
	if lead := strings.ToLower(toks[d-1]); lead == "the" && toks[r] == "which" && (d < 2 || !strings.EqualFold(toks[d-2], "of") || d >= 3 && compoundOf[strings.ToLower(toks[d-3])]) {
		d--
	} else if ofPlace {
		if k := determinerBefore(toks, d-2); k >= 0 && placeNouns[strings.ToLower(toks[d-2])] {
			d = k
		}
	} else if lead == "of" && !person && !(d >= 2 && (partNouns[strings.ToLower(toks[d-2])] || rankWords[strings.ToLower(toks[d-2])] || attributeNouns[strings.ToLower(toks[d-2])] || compoundOf[strings.ToLower(toks[d-2])])) && !boundedSpan(toks[d:r], toks[r+1]) || lead == "the" {
		// "at the height of the blaze, which was brought under control":
		// what a part or a point of a thing is "of" is what the relative
		// tells of; "a review of the region's defences, which began" is
		// the review's. So is what the last or the first is one of:
		// "the last of this year's prizes, which began with medicine".
		// Not a person's "who": "the case of Elian, who was rescued".
		k := determinerBefore(toks, d-2)
		if lead == "the" || k < 0 || !strings.EqualFold(toks[r], "which") {
			return "", false
		}
		d = k
	} else if (lead == "a" || lead == "an") && countWord(toks[d]) {
		d-- // "a 43-day shutdown"
	}
	np := toks[d:npEnd]
	if h, ok := parseHeadline(strings.Join(toks[:d], " ")); ok {
		np = ownerNamed(np, h.subject)
	}
	out := append(slices.Clone(np), toks[r+1:end]...)
	for i, t := range out {
		if abbreviated(t) && !strings.ContainsAny(t, "0123456789") { // "U.S." keeps its stop; "9.8%." does not
			out[i] = strings.TrimRight(t, ",;:")
			continue
		}
		out[i] = strings.TrimRight(t, ",;:.")
	}
	return strings.Join(out, " "), true
}

// questionClauseStart is where the clause a question word opens, within
// a few words before toks[d], starts, or -1: "how" of "into how the force
// handled Pike's reports".
func questionClauseStart(toks []string, d int) int {
	for k := d - 1; k >= 0 && d-k <= 5; k-- {
		if questionWords[strings.ToLower(toks[k])] {
			return k
		}
	}
	return -1
}

// questionWords open a clause that asks or tells how or why.
var questionWords = wordSet(`how why whether what`)

// boundedSpan reports whether np names a span of time and verb tells its
// start or end, which only a span has: "the 13th named storm of the
// Atlantic hurricane season, which ends on Nov. 30" tells of the season.
func boundedSpan(np []string, verb string) bool {
	last := strings.ToLower(strings.TrimRight(np[len(np)-1], ",;:"))
	return timeNouns[last] && spanVerbs[strings.ToLower(bare(verb))]
}

// spanVerbs tell where a span of time starts or ends.
var spanVerbs = wordSet(`ends ended begins began starts started runs ran expires expired closes closed opens opened`)

// ageAppositive reports whether toks are an age set off after a noun:
// "aged 17 and 18,", "aged 34,".
func ageAppositive(toks []string) bool {
	if len(toks) < 2 || !strings.EqualFold(toks[0], "aged") {
		return false
	}
	for _, t := range toks[1:] {
		if w := strings.TrimRight(t, ","); w != "and" && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	return true
}

// setOffAge reports whether toks[k] is an age set off by commas after a
// name: "16," of "Tyrone Mills, 16,".
func setOffAge(toks []string, k int) bool {
	return k > 0 && strings.HasSuffix(toks[k], ",") && strings.HasSuffix(toks[k-1], ",") && isCapitalised(toks[k-1]) && bareAge(toks[k:k+1])
}

// bareAge reports whether toks are an age alone set off after a name:
// "23," of "Amira Hassan, 23, who".
func bareAge(toks []string) bool {
	if len(toks) != 1 {
		return false
	}
	w := strings.TrimRight(toks[0], ",")
	return len(w) > 0 && len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

// placeNouns name a kind of place whose "of" gives its name: "the town
// of Grindavik".
var placeNouns = wordSet(`town city village island islands province region state county district port republic kingdom`)

// compassWords point from a place: "north of Grindavik".
var compassWords = wordSet(`north south east west northeast northwest southeast southwest`)

// locativePrepositions put a place in a noun phrase: "a plant in North
// Carolina".
var locativePrepositions = wordSet(`in at near off`)

// pluralVerbs agree only with a plural subject.
var pluralVerbs = wordSet(`are were have`)

// partNouns name a part or a point of what "of" follows them with.
var partNouns = wordSet(`height peak end start beginning middle heart centre center edge top bottom rest part`)

// attributeNouns name a state or a measure of what "of" follows them with,
// which a relative after it tells of: "looking at the condition of the
// track, which had been inspected on Nov. 3".
var attributeNouns = wordSet(`condition state status safety fate future value cost price size quality`)

// singularVerbs tell of one.
var singularVerbs = wordSet(`is was has`)

// placeAntecedent is where the noun phrase begins that a place ending
// before toks[r] is part of ("a new field in the North Sea" before
// "that"), or -1 when the words before toks[r] are no such phrase.
func placeAntecedent(toks []string, r int) int {
	k := r - 1
	for k > 0 && isCapitalised(toks[k]) && !strings.ContainsAny(toks[k], ",;:") {
		k--
	}
	if k == r-1 {
		return -1
	}
	if toks[k] == "the" {
		k--
	}
	// "a tour of the United States": so does one "of" ties the place to.
	if k < 2 || !locativePrepositions[toks[k]] && toks[k] != "of" || toks[k-1] != strings.ToLower(toks[k-1]) {
		return -1
	}
	return determinerBefore(toks, k-1)
}

// bareNounStart is where the bare plural noun phrase that ends at toks[d]
// starts, up to two modifiers before it ("new subsidies"), or -1 when
// toks[d] is no plural noun in lower case.
func bareNounStart(toks []string, d int) int {
	if d < 0 || !isLowerWord(toks[d]) || !isPlural(toks[d:d+1]) || stopWords[toks[d]] {
		return -1
	}
	if _, ok := verbOf(toks[d]); ok {
		return -1
	}
	j := d
	for j > 0 && j > d-3 && isLowerWord(toks[j-1]) && !strings.HasSuffix(toks[j-1], ",") && !stopWords[toks[j-1]] && !subjectPrepositions[toks[j-1]] && !pastForm(toks[j-1]) && !determiners[toks[j-1]] {
		if _, ok := verbOf(toks[j-1]); ok {
			break
		}
		j--
	}
	return j
}

// determinerBefore is the index of the determiner that opens the short
// noun phrase ending at toks[i], or -1: "an outbreak", "a Second World
// War pilot".
func determinerBefore(toks []string, i int) int {
	for k := i; k >= 0 && i-k < 5; k-- {
		w := strings.ToLower(toks[k])
		if strings.ContainsAny(toks[k], ",;:") {
			return -1
		}
		if determiners[w] {
			return k
		}
		if _, ok := verbOf(w); ok {
			return -1
		}
	}
	return -1
}

// monthWords are the months' names.
var monthWords = wordSet(`january february march april may june july august september october november december`)

// isYear reports whether w is a year written in figures: "2023".
func isYear(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := range len(w) {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// compoundOf are the words "of" makes a preposition with: "ahead of the
// Budget".
var compoundOf = wordSet(`ahead because instead out`)

// countWord reports whether t counts the noun after it, as a determiner
// would: "three investigators, who", "12 officers, who"; not an age set
// off by commas ("Porter, 58, who").
func countWord(t string) bool {
	w := strings.ToLower(t)
	return w != "" && w == bare(w) && (isDigit(w[0]) || pluralCounts[w])
}

// officeNoun reports whether t names a person by an office or a trade:
// "abbot", "director", "lawyer".
func officeNoun(t string) bool {
	w := strings.ToLower(bare(t))
	return roleWords[w] || personRoles[w]
}

// ofNoun reports whether toks, the words before an "of", end in a noun
// its determiner opens, perhaps past an adjective: "a team", "the head",
// "the final round"; or in a count, perhaps of a unit: "thousands", "5,000
// megawatts".
func ofNoun(toks []string) bool {
	n := len(toks)
	if n >= 1 && countWord(toks[n-1]) || n >= 2 && countWord(toks[n-2]) && isLowerWord(toks[n-1]) {
		return true
	}
	if n >= 3 && determiners[strings.ToLower(toks[n-3])] && !strings.ContainsAny(toks[n-2]+toks[n-1], ",;:") {
		if _, ok := verbOf(bare(toks[n-2])); !ok && !isCapitalised(toks[n-2]) {
			return true
		}
	}
	return n >= 2 && determiners[strings.ToLower(toks[n-2])] && !strings.ContainsAny(toks[n-1], ",;:")
}

// contactPronoun reports whether after opens with a pronoun and its past
// verb right after a noun phrase its determiner opens that before ends
// with: the subject of a relative with no relative word ("the world
// title he won"); "Two years later she joined" has none.
func contactPronoun(before, after string) bool {
	f, b := strings.Fields(after), strings.Fields(before)
	if len(f) < 2 || !pronounSubjects[f[0]] || !pastForm(f[1]) {
		return false
	}
	for k := len(b) - 2; k >= 0 && k >= len(b)-4; k-- {
		w := strings.ToLower(b[k])
		if determiners[w] {
			return isLowerWord(b[len(b)-1])
		}
		if isVerbWord(w) || strings.ContainsAny(w, ",;:") {
			return false
		}
	}
	return false
}

// contactRelative finds a relative clause with no relative word, a name
// and its past verb right after a noun, that the date ends, and returns it
// as a clause of its own: in "spliced together parts of a speech Trump
// gave on Jan. 6, 2021" the date is the speech's, "Trump gave a speech",
// as in "a stroke she suffered in September" it is the stroke's.
// before is the clause up to the date, and after the clause after it,
// which must not make the date a possessive. The noun phrase is short
// (up to three words after its determiner) and opens with a determiner; a
// noun of time is no object ("the day Trump took office in January").
func contactRelative(before, after string) (string, bool) {
	if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
		return "", false
	}
	toks, plan := withoutDateLeads(strings.Fields(before))
	// "a request he turned down on Thursday": a phrasal verb keeps its
	// particle.
	var particle []string
	if n := len(toks); n > 4 && particles[strings.ToLower(toks[n-1])] {
		toks, particle = toks[:n-1], toks[n-1:]
	}
	// "the £58 million the club paid for a defender in January 2023":
	// a short phrase a preposition opens may follow the verb.
	var tail []string
	for k := len(toks) - 2; k >= max(len(toks)-4, 1); k-- {
		if v, ok := verbOf(toks[k]); ok && v.form == formPast && subjectPrepositions[toks[k+1]] {
			toks, tail = toks[:k+1], toks[k+1:]
			break
		}
	}
	// "an unusual step it last took in 2009": an adverb of the verb
	// group stands between the subject and the verb.
	if n := len(toks); n > 4 && verbGroupAdverb(toks[n-2]) && !isCapitalised(toks[n-2]) {
		toks = append(slices.Clone(toks[:n-2]), toks[n-1])
	}
	// "a confidence vote he had called last month", "the record Eliud
	// Kipchoge had set in 2022": so does a perfect's auxiliary.
	if n := len(toks); n > 4 && (toks[n-2] == "had" || toks[n-2] == "has") && (pronounSubjects[toks[n-3]] || isCapitalised(toks[n-3])) {
		toks = append(slices.Clone(toks[:n-2]), toks[n-1])
	}
	n := len(toks)
	if plan || n < 4 {
		return "", false
	}
	// "The actor Tom Hale died on Friday": a verb that takes no object
	// leaves no gap for the noun; the noun names who the name is.
	v, ok := verbOf(toks[n-1])
	if !ok || v.form != formPast || attributionVerbs[v.base] || intransitiveVerbs[v.base] {
		return "", false
	}
	// "..., the operator CalMac announced on Wednesday": a saying whose
	// role and name open the clause, nothing before them, attributes what
	// was said before it; no noun it leaves a gap for.
	if sayingVerbs[v.base] && determiners[strings.ToLower(toks[0])] && isCapitalised(toks[n-2]) && !hasVerb(strings.Join(toks[:n-1], " ")) {
		return "", false
	}
	name := n - 1 // the name runs back from the verb over capitalised words
	for name > 1 && n-1-name < 3 && isCapitalised(toks[name-1]) {
		name--
	}
	// "complications of a stroke she suffered in September": a pronoun
	// stands for the name.
	pronoun := name == n-1 && pronounSubjects[toks[n-2]]
	if pronoun {
		name = n - 2
	}
	// "the €1.8 billion the Commission imposed": a name may have its
	// article.
	if strings.EqualFold(toks[name-1], "the") {
		name--
	}
	// "a ruling the company appealed in August": the subject may be a
	// noun its article opens; not after a verb, whose object and what it
	// reports it would be ("told the court the company paid").
	nounSubject := false
	if name == n-1 {
		if k := articleSubjectStart(toks[:n-1]); k >= 2 {
			name, nounSubject = k, true
		}
	}
	if name == n-1 || name < 2 {
		return "", false
	}
	d := name - 1 // the noun phrase runs back to its determiner
	for d > 0 && name-d < 4 && !determiners[strings.ToLower(toks[d])] {
		d--
	}
	noun := toks[name-1]
	// "his deputy Ryozo Himino hinted": a title before a name is no
	// object of its verb.
	if personRoles[noun] || roleWords[noun] || personNouns["he"][noun] || personNouns["she"][noun] {
		return "", false
	}
	if !determiners[strings.ToLower(toks[d])] || d == name-1 || noun != strings.ToLower(noun) || timeNouns[strings.TrimSuffix(noun, "s")] ||
		strings.ContainsAny(strings.Join(toks[d:], " "), ",;:") {
		return "", false
	}
	// "a signal confirming it survived": a participle in -ing takes a
	// clause of its own; it ends no noun phrase.
	for _, t := range toks[d+1 : name] {
		// "sold the firm as the market peaked": a conjunction opens a
		// clause of its own; "talks between the airline and the pilots'
		// unions broke down" joins two nouns.
		if _, isVerb := verbOf(t); isVerb || t != strings.ToLower(t) || subjectPrepositions[t] || subordinators[t] || conjunctions[t] || presentParticiple(t) && t == noun && pronoun {
			return "", false
		}
	}
	if v, isVerb := verbOf(bare(toks[max(d-1, 0)])); nounSubject && d > 0 && isVerb && (attributionVerbs[v.base] || thingsSaidVerbs[v.base]) {
		return "", false
	}
	// "Inflation in the 20 countries that use the euro eased to 2.1%":
	// with a phrase after the verb, "that" is the relative word.
	if tail != nil && strings.EqualFold(toks[d], "that") {
		return "", false
	}
	object := append([]string{strings.ToLower(toks[d])}, toks[d+1:name]...)
	// "the map it adopted in 2022": "it" and "they" stand as often for
	// a thing as for whoever the sentence names before, so the thing is
	// told of: "the map was adopted".
	if pronoun && (toks[name] == "it" || toks[name] == "they") {
		participle, aux := toks[n-1], "was"
		if p, ok := participleOfPast[participle]; ok {
			participle = p
		}
		if isPlural(object) {
			aux = "were"
		}
		return strings.Join(slices.Concat(object, []string{aux, participle}, particle, tail), " "), true
	}
	return strings.Join(slices.Concat(toks[name:n], particle, object, tail), " "), true
}

// articleSubjectStart is the index of the article that opens the noun
// phrase toks end with, of one or two lowercase words that are no verb
// ("the company", "the regional council"), or -1.
func articleSubjectStart(toks []string) int {
	for k := len(toks) - 2; k >= 0 && k >= len(toks)-3; k-- {
		w := toks[k+1]
		if _, isVerb := verbOf(w); isVerb || w != strings.ToLower(w) || subjectPrepositions[w] || determiners[w] {
			return -1
		}
		if subjectArticles[toks[k]] {
			return k
		}
	}
	return -1
}

// subjectArticles open a noun phrase that may be a contact clause's
// subject.
var subjectArticles = wordSet(`the its his her their`)

// timeNouns name a time, which a contact clause tells when, not what:
// "the day Trump took office".
var timeNouns = wordSet(`day week month year time night morning afternoon evening moment hour season`)

// datedSubjectRelative finds, in a clause, a reduced relative on the subject
// with a date of its own and a date of the clause's own verb after it:
// "The man arrested on Monday appeared in court on Wednesday", "A
// ceasefire agreed in January broke down in April". The relative tells
// of an earlier act, the verb of what the sentence reports. A relative
// that plans ("A rally planned for Saturday was cancelled on Thursday")
// dates nothing that happened. The relative is read as datedRelative
// reads it: a participle right after the subject, and only a phrase
// opened by a preposition between its date and the verb.
func datedSubjectRelative(text string, clause span, content []timex.Expression) (subjectRelativeDates, bool) {
	// "The actor whose career spanned six decades died on Sunday": a
	// span dates no relative.
	k := slices.IndexFunc(content, func(e timex.Expression) bool { return e.Anchored() && e.Start >= clause.Start && e.End <= clause.End })
	if k < 0 {
		return subjectRelativeDates{}, false
	}
	r := content[k]
	toks, p, subject, plan, ok := relativeOnSubject(text[clause.Start:r.Start])
	if !ok {
		return subjectRelativeDates{}, false
	}
	after := text[r.End:clause.End]
	rest := strings.Fields(after)
	v := verbAfterPhrase(rest)
	if v < 0 || v >= len(rest) || !isVerbWord(rest[v]) { // a verb among the first seven words, or a gerund's phrase's thirteen
		return subjectRelativeDates{}, false
	}
	// "The boy left home on Friday to visit a friend and was last seen
	// on Saturday": a verb joined on is a second predicate's, so the
	// first is the clause's own, no relative.
	if v > 0 && (strings.EqualFold(rest[v-1], "and") || strings.EqualFold(rest[v-1], "but")) {
		return subjectRelativeDates{}, false
	}
	verbAt := r.End + fieldStart(after, v)
	for _, m := range content {
		if m.Start > verbAt && m.End <= clause.End && (m.Type == timex.TypeDate || m.Type == timex.TypeTime) && m.Anchored() {
			found := subjectRelativeDates{relative: r, main: m, subject: strings.Join(subject, " "), verbAt: verbAt,
				plan: plan || plannedFor[strings.ToLower(bare(toks[p]))]}
			// "A rally planned for Saturday was cancelled": what was
			// planned names the thing.
			if found.plan {
				found.subject = strings.TrimSpace(text[clause.Start:verbAt])
			}
			return found, true
		}
	}
	return subjectRelativeDates{}, false
}

// subjectRelativeDates is what datedSubjectRelative finds: the relative's date
// and the main verb's, the subject they share and where the verb opens.
type subjectRelativeDates struct {
	relative, main timex.Expression
	subject        string
	verbAt         int
	plan           bool
}

// fieldStart is the byte offset in s of its k-th word, as strings.Fields
// splits it, or len(s).
func fieldStart(s string, k int) int {
	n, inWord := -1, false
	for i, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			if n++; n == k {
				return i
			}
		}
		inWord = !space
	}
	return len(s)
}

// partOfWhich finds a date that ends a relative on a part of the noun
// phrase before it, and returns the relative as a clause on that part:
// "made four spacewalks, the last of which took place on Nov. 20" is
// "the last of four spacewalks took place".
func partOfWhich(before, after string) (string, bool) {
	loc := partWhich.FindStringSubmatchIndex(before)
	if loc == nil || !endsClause(after) {
		return "", false
	}
	toks := strings.Fields(before[:loc[0]])
	d := len(toks) - 1
	for d > 0 && len(toks)-d <= 4 && !opensNounPhrase(toks[d]) {
		if _, ok := verbOf(bare(toks[d])); ok {
			return "", false
		}
		d--
	}
	rest, _ := withoutDateLeads(strings.Fields(before[loc[1]:]))
	if d < 0 || !opensNounPhrase(toks[d]) || len(rest) == 0 || hasVerb(strings.Join(toks[d+1:], " ")) {
		return "", false
	}
	part := strings.TrimSpace(before[loc[2]:loc[3]])
	// "The fires, most of them started by lightning strikes": a part
	// "them" names has no finite verb; "be" goes before its participle.
	if strings.HasSuffix(strings.TrimSpace(before[loc[0]:loc[1]]), "them") {
		rest = append([]string{beForm(part)}, rest...)
	}
	phrase := slices.Clone(toks[d:])
	if d == 0 { // "most of the fires": the sentence's first word is a determiner or a count
		phrase[0] = strings.ToLower(phrase[0])
	}
	return strings.Join(append(append([]string{part, "of"}, phrase...), rest...), " "), true
}

// beForm is the past of "be" a part takes: "was" for one, "were" for
// more.
func beForm(part string) string {
	if f := strings.Fields(strings.ToLower(part)); f[len(f)-1] == "one" {
		return "was"
	}
	return "were"
}

// partWhich is a relative on a part of a noun phrase: ", the last of
// which ", ", one of whom ", or an absolute phrase on one: ", most of
// them ".
var partWhich = regexp.MustCompile(`,\s+((?:the\s+)?(?:first|last|latest|second|third|one|two|three|some|most|many|all|several|none)(?:\s+\w+)?)\s+of\s+(?:which|whom|them)\s+`)

// presentRelative reports whether e, "today", closes a relative in the
// present: "introduced a surcharge that it still charges today". Such a
// relative tells a state, which is what the date is of; it dates no act,
// the main clause's included. A finite verb that is neither past nor
// after an auxiliary is in the present.
func presentRelative(sentence string, e timex.Expression) bool {
	if !strings.EqualFold(e.Text, "today") {
		return false
	}
	f := strings.Fields(sentence[:e.Start])
	r := len(f) - 1
	for r > 0 && len(f)-r <= 6 && !relativeWords[f[r]] {
		r--
	}
	if r < 1 || r == len(f)-1 || len(f)-r > 6 || !relativeWords[f[r]] {
		return false
	}
	return !slices.ContainsFunc(f[r+1:], func(w string) bool {
		lw := strings.ToLower(bare(w))
		return pastForm(w) || auxiliaries[lw] && lw != "is" && lw != "are"
	})
}

// saidAside reports whether toks, the words after a relative word, open
// with a pronoun and its verb of saying before a verb group, which makes
// the relative word the subject of what is said: "she said would be".
func saidAside(toks []string) bool {
	if len(toks) < 3 || !subjectPronouns[strings.ToLower(toks[0])] {
		return false
	}
	v, _ := verbOf(bare(toks[1]))
	return sayingVerbs[v.base] && finiteAuxiliaries[strings.ToLower(toks[2])]
}
