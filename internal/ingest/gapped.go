package ingest

import (
	"regexp"
	"slices"
	"strings"

	"github.com/throughline-news/throughline/internal/timex"
)

// gappedPredicate finds the second of two phrases a verb takes, each
// with a date of its own, when "and" joins the second on without the
// verb: in "Sales rose 3% in May and 5% in June" and "She moved to London
// in 2019 and to Paris in 2021", "5% in June" and "to Paris in 2021". The
// main date must end the first phrase, the later date e the second; the
// second has no verb and no mark of its own, and is short. It returns the
// second phrase's span with its date and what of the main clause the
// phrase shares: its subject and the verb ("Sales rose").
// A list's commas join phrases too, the last by "and": in "It passed $1
// trillion in June 2023, $2 trillion in February 2024 and $3 trillion
// four months later" each phrase after the first is one; prev is where
// the phrase before e ends, main's end or the last such phrase's date's.
// subject is the subject of a clause that opens with its verb, a
// predicate "and" joined on ("led the club to the League Cup in 2023 and
// the FA Cup in May" after "Ten Hag was appointed in April 2022"), or "".
func gappedPredicate(text string, clause span, main, e timex.Expression, prev int, subject string) (gap, bool) {
	if e.Start <= prev {
		return gap{}, false
	}
	// A list's phrases run past the comma that closes the first's clause.
	join := " and "
	list := strings.HasPrefix(text[prev:], ", ") && e.Anchored() && strings.HasPrefix(text[e.End:], " and ")
	if list {
		join = ", "
	}
	if list || prev > main.End { // a list's phrase, or its last
		clause.End = max(clause.End, clauseOf(text, e.Start, e.End).End)
	}
	if e.End > clause.End || !strings.HasPrefix(text[prev:], join) {
		return gap{}, false
	}
	// Each date has its preposition: "a warm June" is the noun phrase.
	// A time counted on from the main date needs none: "and a second
	// nine years later"; nor does one counted from today: "and the
	// diplomatic corps next week".
	start := prev + len(join)
	lead := withoutDateLead(text, start, e.Start)
	if lead == start+len(strings.TrimRight(text[start:e.Start], " ")) && !countedOn(e.Text) && !dateLeadWords[strings.ToLower(firstWord(e.Text))] && !deicticLeads[strings.ToLower(firstWord(e.Text))] {
		return gap{}, false
	}
	phrase := text[start:lead]
	f := strings.Fields(phrase)
	// "and best supporting actor for "Unforgiven" two decades later": a
	// title in quotation marks is a name, no quotation.
	// A longer phrase is one of names its article opens, joined by
	// prepositions, which hide no verb: "and the Presidential Medal of
	// Freedom from President Barack Obama in 2016".
	// So is one whose noun a participle's phrase describes: "and the
	// diplomatic corps accredited to the Holy See next week".
	described := nounWithParticiple(f)
	long := len(f) > 5 && !(len(f) <= 10 && (determiners[strings.ToLower(f[0])] && namesJoined(f[1:]) || described))
	if len(f) == 0 || long || marked(phrase) || hasVerb(phrase) && !described || subjectPronouns[strings.ToLower(f[0])] {
		return gap{}, false
	}
	// The date ends the second phrase, as it does the sentence or its
	// clause: "and 5% in June, the statistics office said".
	// So may a list's next phrase: "$2 trillion in February 2024 and".
	// So may a phrase of circumstance that closes the clause with no verb
	// or mark of its own: "and a match in 2020 during the pandemic".
	if rest := strings.TrimLeft(text[e.End:clause.End], " "); rest != "" && !strings.ContainsAny(rest[:1], ".,;!?") && !(join == ", " && strings.HasPrefix(rest, "and ")) && !closingCircumstance(rest) {
		return gap{}, false
	}
	// The first phrase runs from the verb to the main date, with no verb
	// of its own, and no mark stands before it: "rose 3% in", "moved to
	// London in"; not "rose 2.1%, helped by trading over".
	headEnd := withoutDateLead(text, clause.Start, main.Start)
	head := text[clause.Start:headEnd]
	if headEnd == clause.Start+len(strings.TrimRight(text[clause.Start:main.Start], " ")) {
		return gap{}, false
	}
	// "Delta, which was slowest to recover, cancelled 1,200 on Saturday
	// and about 1,000 on Sunday": a relative set off on the subject is
	// passed.
	from := clause.Start
	if m := relativeAsideEnd.FindStringIndex(head); m != nil {
		from += m[1]
	}
	toks := strings.Fields(text[from:headEnd])
	v := lastVerb(toks)
	// "raised duties on imported steel": a participle after a
	// preposition or an article is an adjective.
	for v > 0 && (subjectPrepositions[strings.ToLower(toks[v-1])] || determiners[strings.ToLower(toks[v-1])]) {
		v = lastVerb(toks[:v-1])
	}
	// "will meet journalists", "is expected to meet journalists": a
	// modal's or an infinitive's verb is the base form after it, which
	// the lists may not know.
	if m := strings.ToLower(toks[max(v, 0)]); v >= 0 && v+2 < len(toks) && (m == "will" || m == "would" || modalAuxiliaries[m]) && isLowerWord(toks[v+1]) {
		v++
	} else if v >= 0 && v+3 < len(toks) && toks[v+1] == "to" && isLowerWord(toks[v+2]) {
		v += 2
	}
	if v < 0 || v == 0 && from == clause.Start && subject == "" || v == len(toks)-1 {
		return gap{}, false
	}
	at := func(k int) int { return from + fieldStart(text[from:headEnd], k) }
	// "They took Aleppo, the country's second-largest city, within three
	// days and captured Hama on Thursday and Homs on Saturday": a verb
	// "and" joins to a first predicate is shared with the subject, not
	// with that predicate, which the dates do not tell.
	var g gap
	if v > 1 && strings.EqualFold(toks[v-1], "and") {
		if first := slices.IndexFunc(toks[:v-1], isVerbWord); first > 0 {
			g.subject, g.verb = strings.TrimRight(text[clause.Start:at(first)], " "), at(v)
		}
	}
	shared := text[from:headEnd]
	if g.subject != "" {
		shared = text[from:at(slices.IndexFunc(toks, isVerbWord))] + text[g.verb:headEnd]
	}
	// "the Estadio da Luz, which hosted the final in 2014 and a match in
	// 2020": a relative set off on the clause's noun shares the noun and
	// the relative's verb.
	w := strings.ToLower(toks[max(v-1, 0)])
	relative := v >= 2 && (w == "which" || w == "who") && strings.HasSuffix(toks[v-2], ",") && g.subject == "" && subject == ""
	if relative {
		shared = text[at(v):headEnd]
	}
	if marked(shared) {
		return gap{}, false
	}
	// "The trial began with jury selection on May 5 and opening
	// statements a week later": a preposition after the verb is shared
	// too, when the second phrase opens with none of its own.
	// So is the agent's "by" after a passive: "will be headlined by The
	// 1975 on Friday, Neil Young on Saturday".
	if p := strings.ToLower(toks[v+1]); (predicatePrepositions[p] && !amountWords[p] || p == "by" && v > 0 && copulas[strings.ToLower(toks[v-1])]) && !predicatePrepositions[strings.ToLower(f[0])] {
		v++
	}
	// "imposed 25% tariffs on steel in March and on autos in April": the
	// object before the preposition the second phrase opens with is
	// shared too.
	end := v
	if p := strings.ToLower(f[0]); predicatePrepositions[p] && g.subject == "" {
		if k := slices.IndexFunc(toks[v+1:], func(t string) bool { return strings.ToLower(t) == p }); k > 0 {
			end = v + k
		} else if v > 1 && strings.ToLower(toks[v-1]) == p {
			// "was shut to motor traffic in April 2019 and to all
			// traffic in August 2020": a word after the preposition the
			// second phrase opens with is its object, no infinitive's
			// verb, and what is shared ends before the preposition.
			end = v - 2
		}
	}
	// "led the club to the League Cup in 2023 and the FA Cup in May":
	// a second phrase its article opens is the object of the first's
	// last preposition, which is shared with what comes before it.
	if determiners[strings.ToLower(f[0])] && end == v && g.subject == "" {
		for k := len(toks) - 2; k > v; k-- {
			if predicatePrepositions[strings.ToLower(toks[k])] {
				end = k
				break
			}
		}
	}
	g.phrase, g.shared = span{start, e.End}, text[clause.Start:at(end)+len(toks[end])]
	// "signalled no decision on Wednesday evening and twice on Thursday
	// morning": a count of times repeats the whole predicate.
	if repeatWords[strings.ToLower(f[0])] && g.subject == "" {
		g.shared = strings.TrimRight(head, " ")
	}
	if g.subject != "" {
		g.shared = g.subject + " " + g.shared[g.verb-clause.Start:]
	}
	if subject != "" {
		g.shared = subject + " " + g.shared
	}
	if relative {
		g.shared = strings.TrimSuffix(strings.Join(antecedent(toks[:v-1], w == "who"), " "), ",") + " " + text[at(v):at(end)+len(toks[end])]
	}
	return g, true
}

// deicticLeads open a date counted from today: "next week", "last
// month", "this year".
var deicticLeads = wordSet(`next last this`)

// repeatWords tell how many times an act was done.
var repeatWords = wordSet(`once twice again`)

// namesJoined reports whether every word of f is capitalised or a
// preposition: "Presidential Medal of Freedom from President Barack
// Obama".
func namesJoined(f []string) bool {
	return !slices.ContainsFunc(f, func(t string) bool { return !isCapitalised(t) && !subjectPrepositions[t] })
}

// gap is a second phrase a verb takes without repeating it, and what
// it shares of the clause before: "5% in June" sharing "Sales rose". When
// the verb was the second of two its subject took, subject is that
// subject and verb where the verb starts.
type gap struct {
	phrase  span
	shared  string
	subject string
	verb    int
}

// relativeAsideEnd is a relative set off by commas after a subject, or an
// age: "Delta Air Lines, which was slowest to recover,", "Hackman, 95,".
// A figure's commas are no marks: "which carried 22,000 vehicles a day,".
var relativeAsideEnd = regexp.MustCompile(`^[^,;:]+,\s+(?:(?:which|who)\s(?:[^,;:]|,\d{3})+|\d{1,3}),`)

// countedOn reports whether a date is counted on or back from another:
// "nine years later", "a week earlier".
func countedOn(date string) bool {
	last := lastWord(date)
	return strings.Contains(date, " ") && (last == "later" || last == "earlier")
}

// gappedSubject finds a second subject "and" joins on with a date of its
// own, the verb, which takes no object, left out: in "Hama fell on
// Thursday and Homs on Saturday night" it returns "Homs fell", the clause
// the later date e tells. The first clause runs from its subject to its
// verb and the main date; the second is a name and the date.
func gappedSubject(text string, clause span, main, e timex.Expression) (string, bool) {
	// "HMS Erebus was found in 2014, and HMS Terror two years later": a
	// comma may stand before "and".
	join := " and "
	if strings.HasPrefix(text[main.End:], ", and ") {
		join = ", and "
		clause.End = max(clause.End, clauseOf(text, e.Start, e.End).End)
	}
	if e.Start <= main.End || e.End > clause.End || !strings.HasPrefix(text[main.End:], join) {
		return "", false
	}
	start := main.End + len(join)
	lead := withoutDateLead(text, start, e.Start)
	name := strings.Fields(text[start:lead])
	if len(name) == 0 || len(name) > 4 || slices.ContainsFunc(name, func(t string) bool { return strings.ContainsAny(t, ",;:") }) {
		return "", false
	}
	// "The literature prize will be announced on Thursday and the peace
	// prize on Friday": a noun phrase its article opens may stand for
	// the name, the verb group, auxiliaries and all, left out.
	article := determiners[strings.ToLower(name[0])] && len(name) > 1 && !slices.ContainsFunc(name[1:], func(t string) bool { return !isLowerWord(t) || isVerbWord(t) })
	if !article && (len(name) > 3 || slices.ContainsFunc(name, func(t string) bool { return !isCapitalised(t) })) {
		return "", false
	}
	if rest := strings.TrimLeft(text[e.End:clause.End], " "); rest != "" && !strings.ContainsAny(rest[:1], ".,;!?") {
		return "", false
	}
	head := strings.Fields(text[clause.Start:withoutDateLead(text, clause.Start, main.Start)])
	n := len(head)
	// "HMS Erebus was found in 2014, and HMS Terror": a name before a
	// verb group leaves it out, auxiliaries and all, as a noun phrase
	// does.
	v := slices.IndexFunc(head, isVerbWord)
	named := !article && v >= 1 && v <= 4 && v < n-1 && allCapitalised(head[:v]) && auxiliaries[strings.ToLower(head[v])]
	if article || named {
		verb := n - 1 // "were handed out": the participle may keep its particle
		if verb > v && particles[strings.ToLower(head[verb])] {
			verb--
		}
		if v < 1 || verb-v < 1 || n > 8 || !pastForm(head[verb]) || slices.ContainsFunc(head[v:verb], func(t string) bool { return !auxiliaries[strings.ToLower(t)] }) {
			return "", false
		}
		if article {
			name[0] = strings.ToLower(name[0])
		}
		group := slices.Clone(head[v:])
		// "The prizes were handed out on Monday and the medal on
		// Tuesday": the auxiliary agrees with its own subject.
		for k, t := range group {
			if one, ok := singularAuxiliary[t]; ok && !isPlural(name) {
				group[k] = one
			} else if many, ok := pluralAuxiliary[t]; ok && isPlural(name) {
				group[k] = many
			}
		}
		return strings.Join(slices.Concat(name, group), " "), true
	}
	if n < 2 || n > 4 || !pastForm(head[n-1]) || hasVerb(strings.Join(head[:n-1], " ")) || !isCapitalised(head[0]) {
		return "", false
	}
	return strings.Join(name, " ") + " " + head[n-1], true
}

// marked reports whether s holds a mark that ends or sets off a phrase:
// a comma, but not one inside a figure ("6,000"), or a quotation mark, but
// not of a title ("“Unforgiven”", a name).
func marked(s string) bool {
	return strings.ContainsAny(quotedTitleName.ReplaceAllString(figureCommas.ReplaceAllString(s, "$1$2"), "T"), ",;:\"“”")
}

// quotedTitleName is a title in quotation marks: "“Unforgiven”".
var quotedTitleName = regexp.MustCompile(`["“]\p{Lu}[^"“”,;:]{0,40}["”]`)

// figureCommas are the commas inside a figure: "6,000".
var figureCommas = regexp.MustCompile(`(\d),(\d)`)

// decimalPoints are the points inside figures: "6.7".
var decimalPoints = regexp.MustCompile(`(\d)\.(\d)`)

// objectPhrasePrepositions open a phrase that may tell of a verb's
// object: "meetings between the sides", "matches against Spain".
var objectPhrasePrepositions = wordSet(`of between against`)

// includedDated finds, when a clause ends on a phrase "including" opens
// with the date e on its noun, that phrase and what of the clause it
// shares: in "Sinner had won his previous 20 matches, including the
// Australian Open in January", "the Australian Open in January" and
// "Sinner had won". The phrase is short and has no verb; the clause's
// verb is a past form, and a preposition after it is shared too ("was
// hit by a series of quakes, including a 7.4 tremor on July 20").
func includedDated(text string, clause span, e timex.Expression) (span, string, bool) {
	k := strings.LastIndex(text[clause.Start:max(clause.Start, e.Start)], ", including ")
	ends := strings.Trim(text[e.End:clause.End], " .,;:!?") == ""
	if k < 0 || !ends && !strings.HasPrefix(text[e.End:clause.End], ", ") {
		return span{}, "", false
	}
	start := clause.Start + k + len(", including ")
	phrase := text[start:withoutDateLead(text, start, e.Start)]
	if n := len(strings.Fields(phrase)); n == 0 || n > 8 || strings.ContainsAny(phrase, ",;:") || hasVerb(phrase) {
		return span{}, "", false
	}
	head := text[clause.Start : clause.Start+k]
	toks := strings.Fields(head)
	v := lastVerb(toks)
	// "His results have been annulled, including a third place in Berlin
	// in October": after a verb that ends the clause, "including" picks
	// from the subject, whose part the date is of.
	if v < 1 || v == len(toks)-1 || !pastForm(toks[v]) {
		return span{}, "", false
	}
	// Not a relative's verb ("the hosts, who had lost their previous two
	// matches, including"), and what "including" picks from is the
	// verb's object, no phrase's: "lost ground in polls after a series
	// of missteps, including" picks no loss.
	// A relative on a name set off by commas tells of the name:
	// "Barcelona, who won all four meetings last season, including".
	from := 0 // where the shared words open
	var named []string
	if slices.ContainsFunc(toks[max(0, v-3):v], func(t string) bool { return relativeOpeners[strings.ToLower(t)] || strings.EqualFold(t, "that") }) {
		if named, from = nameBeforeWho(toks, v); named == nil {
			return span{}, "", false
		}
	}
	// Only the relative's phrase may close before the clause goes on,
	// or one a second predicate of the subject follows: ", including
	// the Queen's Club title in June, and was bidding".
	if !ends && named == nil && !predicateGoesOn(text[e.End:clause.End]) {
		return span{}, "", false
	}
	if w := strings.ToLower(toks[min(v+1, len(toks)-1)]); v+1 < len(toks) && (predicatePrepositions[w] || w == "by") {
		v++
	}
	// A phrase on the object may stand before "including" ("won all
	// four meetings against them, including"); one on the verb may not.
	if slices.ContainsFunc(toks[v+1:], func(t string) bool {
		t = strings.ToLower(t)
		return !objectPhrasePrepositions[t] && (subjectPrepositions[t] || clauseOpeners[t])
	}) {
		return span{}, "", false
	}
	end := clause.Start + fieldStart(head, v) + len(toks[v])
	if named != nil {
		return span{start, e.End}, strings.Join(named, " ") + " " + text[clause.Start+fieldStart(head, from):end], true
	}
	return span{start, e.End}, text[clause.Start:end], true
}

// predicateGoesOn reports whether after, the text after a phrase, goes
// on with ", and" and a second predicate of the clause's subject: ", and
// was bidding", ", and lost".
func predicateGoesOn(after string) bool {
	rest, ok := strings.CutPrefix(after, ", and ")
	if !ok {
		return false
	}
	w := firstWord(rest)
	return finiteAuxiliaries[w] || pastForm(w) && isLowerWord(w)
}

// nameBeforeWho finds "who" in the three words before the verb at
// toks[v] and the name set off by a comma before it: "Barcelona, who
// won". It returns the name and the index of the word after "who".
func nameBeforeWho(toks []string, v int) ([]string, int) {
	w := slices.IndexFunc(toks[max(0, v-3):v], func(t string) bool { return strings.EqualFold(t, "who") })
	if w < 0 {
		return nil, 0
	}
	w += max(0, v-3)
	if w < 1 || !strings.HasSuffix(toks[w-1], ",") || !isCapitalised(toks[w-1]) {
		return nil, 0
	}
	name := slices.Clone(toks[:w])
	name[w-1] = strings.TrimSuffix(name[w-1], ",")
	k := nameStart(name, w-1)
	if slices.ContainsFunc(name[k:], func(t string) bool { return !isCapitalised(t) }) {
		return nil, 0
	}
	return name[k:], w + 1
}

// closingCircumstance reports whether rest, what follows a date to its
// clause's end, is a phrase of circumstance with no verb or mark of its
// own: "during the pandemic.".
func closingCircumstance(rest string) bool {
	phrase := strings.TrimRight(rest, " .!?")
	return closingCircumstances[firstWord(phrase)] && len(strings.Fields(phrase)) <= 5 && !hasVerb(phrase) && !strings.ContainsAny(phrase, ",;:\"“”")
}

// closingCircumstances open a phrase of the circumstances an act was
// done in, which may close a clause after its date.
var closingCircumstances = wordSet(`during amid despite under without`)
