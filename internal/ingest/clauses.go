package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence often reports several things; its date belongs to one clause.
// "The strikes, which began in early September, have killed at least 75
// people": "in early September" dates the beginning of the strikes, not
// the deaths. The clause is what an event is about: it gives the title and
// the words the event is merged on. The whole sentence stays the quote.

// timeOpeners are the clauseOpeners that are also prepositions of time.
var timeOpeners = wordSet(`after before since until`)

// clauseOpeners begin a subordinate or relative clause.
var clauseOpeners = wordSet(`when after before while because although though since until unless whereas which who whom whose where`)

// clauseOf returns the clause of sentence s that holds the byte span
// [start, end) (the date expression), as a byte span of s. Clauses are cut
// at commas, semicolons, colons, dashes and clause openers; a clause with
// no verb borrows its neighbours until it has one; a relative clause
// ("which began ...") is given its antecedent ("The strikes").
func clauseOf(s string, start, end int) span {
	cuts := clauseCuts(s)
	i := 0
	for i+1 < len(cuts) && cuts[i+1] <= start {
		i++
	}
	j := i + 1
	for j < len(cuts)-1 && cuts[j] < end {
		j++
	}
	if w := whenClauseAfter(s, cuts, end); w > 0 && toldByWhen(s[cuts[i]:start]) {
		return span{start, w}
	}
	if w := partitiveWhen(s, cuts, i, end); w > 0 {
		return span{start, w}
	}
	// "will not be able to see them until early next year, when the
	// twins are expected to make their first appearance": what is to come
	// is the date's news when the clause before is denied or only runs
	// to the date, perhaps at least ("until at least 2025, when"); "The
	// contract will end on Dec. 14, when a company will take over" tells
	// two.
	if w := comingWhenClause(s, cuts, end); w > 0 && (negated(s[cuts[i]:start]) || spanBounds[lastWord(strings.TrimSuffix(strings.TrimRight(s[cuts[i]:start], " "), " at least"))]) {
		return span{start, w}
	}
	// "A van driver who was scrolling through social media when he hit a
	// cyclist has been jailed on Friday": a clause inside a relative on
	// the subject ends where the subject's own verb begins, which the
	// date dates; the clause is the sentence's.
	if i > 0 && clauseOpeners[firstWord(s[cuts[i]:cuts[j]])] && opensWithRelative(s[:cuts[i]]) && mainVerbAfterClause(strings.Fields(s[cuts[i]:start])) > 0 {
		i = 0
	}
	// "conceded defeat shortly after 2 a.m. and said ...", "found a
	// fault after the uncrewed flight in late 2022": an opener of time
	// right before the date, or before a phrase with no verb of its own,
	// is a preposition, and opens no clause.
	// Nor is a verb joined by "and" after the date the opener's:
	// "appeared before magistrates on Tuesday and was remanded".
	opened := s[cuts[i]:cuts[j]]
	if k := strings.Index(s[min(end, cuts[j]):cuts[j]], " and "); k >= 0 {
		opened = s[cuts[i] : min(end, cuts[j])+k]
	}
	// Nor is one before the date: "convicted in October after a six-week
	// trial and sentenced on Monday".
	// Nor one that an auxiliary opens: "had not been consulted before
	// the announcement and would seek a meeting this week".
	if k := strings.Index(s[cuts[i]:start], " and "); k >= 0 {
		w := firstWord(s[cuts[i]+k+len(" and "):])
		if v, ok := verbOf(w); ok && v.form == formPast || finiteAuxiliaries[w] {
			opened = s[cuts[i] : cuts[i]+k]
		}
	}
	// Nor is one whose only verbs after the date are an infinitive's:
	// "is due to appear before parliament on July 9 to explain what
	// steps he will take".
	purpose := !hasVerb(s[cuts[i]:start]) && infinitiveOfPurpose.MatchString(s[end:])
	if f := strings.Fields(s[cuts[i]:start]); i > 0 && len(f) > 0 && timeOpeners[strings.ToLower(f[0])] && (len(f) == 1 || !hasClauseVerb(opened) || purpose) {
		i--
		// "won 325 votes in the second ballot, nine more than needed,
		// after falling six votes short": past a comparison set off by
		// commas, whose participle is no verb.
		if seg := s[cuts[i]:cuts[i+1]]; i > 0 && s[cuts[i]-1] == ',' && strings.HasSuffix(strings.TrimSpace(seg), ",") && !hasClauseVerb(thanParticiple.ReplaceAllString(seg, "than")) {
			i--
		}
	}
	// "its hottest day since records began on Wednesday": the start of
	// records dates nothing (see recordsSince), and a day left to date
	// is the clause's before.
	if i > 0 && recordsBegan.MatchString(s[cuts[i]:start]) {
		i--
	}
	// "was suspended by the hospital where he worked in August 2022":
	// a place's relative that tells only who stayed there is no act the
	// date could date; the clause it hangs on is.
	if i > 0 && s[cuts[i]-1] != ',' && placeStateRelative(s[cuts[i]:start]) {
		i--
	}
	// "The current coalition of Fine Gael, Fianna Fáil and the Greens
	// was formed in June 2020": a comma in a list of names opens no
	// clause; the stretch before, with no verb, is the list's start.
	if i > 0 && s[cuts[i]-1] == ',' && !hasVerb(s[cuts[i-1]:cuts[i]]) && namesListGoesOn(s[cuts[i]:start]) {
		i--
		// "Talks brokered by the United States, Saudi Arabia, Egypt and
		// the United Arab Emirates stalled": the list may start in the
		// agent of a participle on the sentence's subject.
		for i > 0 && s[cuts[i]-1] == ',' && !hasVerb(s[cuts[i-1]:cuts[i]]) {
			i--
		}
		if i == 1 && agentListStart.MatchString(s[:cuts[1]]) {
			i--
		}
	}
	// "Noa Argamani, 26, and three men were seized on October 7": an
	// "and" after an appositive's comma goes on with the subject the
	// sentence opens with, when no verb has come before it.
	if i > 0 && s[cuts[i]-1] == ',' && firstWord(s[cuts[i]:]) == "and" && !hasVerb(s[:cuts[i]]) {
		i = 0
	}
	// "swept through towns in the Czech Republic, Poland, Austria and
	// Romania on Sunday": a list of names a preposition opens in the
	// clause before runs across its commas to the date.
	if i > 0 && s[cuts[i]-1] == ',' && namesListEnds.MatchString(s[cuts[i]:start]) {
		k := i
		for k > 1 && s[cuts[k-1]-1] == ',' && nameOnly(strings.TrimSuffix(strings.TrimSpace(s[cuts[k-1]:cuts[k]]), ",")) {
			k--
		}
		i = k - 1
	}
	// "A man died when a tree fell on his car on Wednesday": what
	// happened when is the main clause's news, told with it.
	// Not a state's: "He was a child when the war began in 1939" is
	// about the war.
	// A passive is no state: "More than 130 people were injured when a
	// car ploughed into fans on 26 May".
	// Nor is a beginning's: "months of turmoil that began when Yoon
	// declared martial law on Dec. 3" tells the declaration.
	// So is what will happen when something else does: "She will rise to
	// fourth in the world rankings when they are published on Monday".
	// Not when the subject does it: "will become governor when she is
	// sworn in on March 17" tells the swearing in.
	if i > 0 && firstWord(s[cuts[i]:cuts[j]]) == "when" && s[cuts[i]-1] != ',' && !clauseOpeners[firstWord(s[cuts[i-1]:cuts[i]])] && !beganWords[lastWord(s[cuts[i-1]:cuts[i]])] {
		prev := words(s[cuts[i-1]:cuts[i]])
		if slices.ContainsFunc(prev, pastForm) && (!hasAuxiliary(s[cuts[i-1]:cuts[i]]) || pastPassive(prev)) || aheadWhen(prev, words(s[cuts[i]:start])) {
			i--
		}
	}
	// "stabbed two students, both 19, as they walked home in the early
	// hours of 13 June 2023": so is what happened as a pronoun's someone
	// did something, after a comma, past any verbless appositive.
	if as := words(s[cuts[i]:cuts[j]]); i > 0 && s[cuts[i]-1] == ',' && len(as) > 2 && as[0] == "as" && pronounSubjects[as[1]] {
		k := i - 1
		for k > 0 && !hasVerb(s[cuts[k]:cuts[k+1]]) && s[cuts[k]-1] == ',' {
			k--
		}
		if seg := s[cuts[k]:cuts[k+1]]; !clauseOpeners[firstWord(seg)] && slices.ContainsFunc(words(seg), func(w string) bool { v, ok := verbOf(w); return ok && v.form == formPast }) {
			i = k
		}
	}
	// "had lied to investigators when first questioned in 2022": a
	// "when" with no subject, only a participle, shares the clause
	// before's, which it dates.
	if i > 0 && firstWord(s[cuts[i]:cuts[j]]) == "when" && s[cuts[i]-1] != ',' && reducedWhen(words(s[cuts[i]:start])) {
		i--
	}
	// "was killed while pumping water from a flooded basement early
	// Sunday": so does a "while" a gerund follows.
	if w := words(s[cuts[i]:start]); i > 0 && len(w) > 1 && w[0] == "while" && s[cuts[i]-1] != ',' && presentParticiple(w[1]) {
		i--
	}
	// "Lena made landfall near Grand Isle, Louisiana, at about 2 a.m.
	// Wednesday as a Category 3 storm with maximum sustained winds": a
	// date that opens its stretch after a comma, with only a phrase
	// after it, goes on with the clause before, past any verbless
	// appositives; the participle in the phrase is no verb of its own.
	// So does a series of times: "was delayed twice, first in September
	// and again in December".
	// So does one a predicate "and" joins on follows: "broke out in
	// Altadena, near Pasadena, on Tuesday evening and forced more
	// evacuations".
	// So does one after a participle's appositive: "passed 300, a level
	// classed as hazardous, at about 7 a.m. and stayed there".
	// So does a list of dates: "won the European Cup twice, in 1977 and
	// 1981, and was named".
	if i > 0 && s[cuts[i]-1] == ',' && (onlyLeads(s[cuts[i]:start]) && (phraseOnly(s[end:cuts[j]]) || joinedPastPredicate(s[end:cuts[j]]) || listedDateOnly(s[end:cuts[j]])) || opensRepeats(s[cuts[i]:start], s[end:cuts[j]])) {
		k := i - 1
		for k > 0 && (!hasVerb(s[cuts[k]:cuts[k+1]]) || participleAppositive(strings.Fields(s[cuts[k]:cuts[k+1]]))) && s[cuts[k]-1] == ',' {
			k--
		}
		if seg := s[cuts[k]:cuts[k+1]]; hasClauseVerb(seg) && !clauseOpeners[firstWord(seg)] {
			i = k
		}
	}
	// "would walk out on seven days in February and March, starting on
	// Feb. 1, a date chosen to ...": a start told after a comma is the
	// clause before's, whatever follows the date.
	if f := strings.Fields(s[cuts[i]:start]); i > 0 && s[cuts[i]-1] == ',' && len(f) > 0 && startingWords[strings.ToLower(f[0])] && onlyLeads(strings.Join(f[1:], " ")) &&
		strings.Trim(s[end:cuts[j]], " ,") == "" && hasClauseVerb(s[cuts[i-1]:cuts[i]]) {
		i--
	}
	// "They took Aleppo, the country's second-largest city, within three
	// days and captured Hama on Thursday": a phrase after an appositive,
	// then a predicate "and" joins on, go on with the clause before the
	// appositive, whose subject the predicate shares.
	if i > 1 && s[cuts[i]-1] == ',' && s[cuts[i-1]-1] == ',' && !hasVerb(s[cuts[i-1]:cuts[i]]) && phraseThenJoinedPredicate(s[cuts[i]:start]) &&
		hasClauseVerb(s[cuts[i-2]:cuts[i-1]]) && !clauseOpeners[firstWord(s[cuts[i-2]:cuts[i-1]])] {
		i -= 2
	}
	// "would slow the pace at which it is shrinking its balance sheet
	// starting on April 1": a start that ends a relative cut without a
	// comma is the clause's the relative hangs on.
	if i > 0 && s[cuts[i]-1] != ',' && opensRelative(s[cuts[i]:]) && strings.Trim(s[end:cuts[j]], " .") == "" {
		f := strings.Fields(s[cuts[i]:start])
		for len(f) > 1 && onlyLeads(f[len(f)-1]) {
			f = f[:len(f)-1]
		}
		if len(f) > 2 && startingWords[strings.ToLower(f[len(f)-1])] && hasClauseVerb(s[cuts[i-1]:cuts[i]]) {
			i--
		}
	}
	// "unable to reach websites including X, ChatGPT and other services
	// for hours on Tuesday": a stretch that goes on with a list the
	// stretch before began is a part of that one.
	if i > 0 && s[cuts[i]-1] == ',' && listGoesOn(s[cuts[i]:cuts[j]]) {
		i--
	}
	// "About 2,000 firefighters, soldiers and volunteers were battling":
	// a list that opens the sentence is the subject of the stretch that
	// ends it.
	// So does one that opens a clause of time: "when millions of tonnes
	// of ice, rock and mud swept down".
	if i == 1 && listSubjectEnds(s[cuts[0]:cuts[1]], s[cuts[1]:cuts[j]]) {
		i = 0
	} else if w := firstWord(s[cuts[max(i-1, 0)]:]); i > 1 && clauseOpeners[w] && listSubjectEnds(strings.TrimPrefix(strings.TrimLeft(s[cuts[i-1]:cuts[i]], " "), w+" "), s[cuts[i]:cuts[j]]) {
		i--
	}
	// "In a statement released on Friday, the company apologised": the
	// date's stretch only leads into the clause after it.
	// So does a participle's aside on the lead's noun: "In his first
	// address, delivered from a balcony late Wednesday, Kast promised".
	if lead := strings.Fields(s[:cuts[j]]); i <= 1 && j < len(cuts)-1 && leadInEnd(lead) == len(lead) {
		i = 0
		j++
		// "In fiscal 2024, which ended in January, the company's
		// revenue doubled": past a relative on the date too.
		if w := firstWord(s[cuts[j-1]:cuts[j]]); (w == "which" || w == "when") && s[cuts[j]-1] == ',' && j < len(cuts)-1 {
			j++
		}
		// "In 2016, an activist who led the campaign against it,
		// Sikhosiphi Rhadebe, was shot dead": the subject goes on past a
		// relative on it and a name set off after it, to its verb.
		if k := j; k+2 < len(cuts) && s[cuts[k]-1] != ',' && !hasVerb(s[cuts[k-1]:cuts[k]]) && relativesOnNoun[firstWord(s[cuts[k]:])] && s[cuts[k+1]-1] == ',' {
			m := k + 1
			if m+1 < len(cuts) && s[cuts[m+1]-1] == ',' && nameOnly(strings.TrimSuffix(strings.TrimSpace(s[cuts[m]:cuts[m+1]]), ",")) {
				m++
			}
			if w := firstWord(s[cuts[m]:]); finiteAuxiliaries[w] || pastForm(w) {
				j = m + 1
			}
		}
	}
	// "said yesterday that net income in its fiscal third quarter, which
	// ended Oct. 27, more than doubled": what is reported goes on past a
	// relative on its subject to its verb.
	if k := strings.LastIndex(s[cuts[i]:start], " that "); k >= 0 && j+1 < len(cuts)-1 && s[cuts[j]-1] == ',' && s[cuts[j+1]-1] == ',' {
		if reported := s[cuts[i]+k+len(" that ") : cuts[j]]; !hasVerb(reported) && !hasVerb(s[end:cuts[j]]) && opensRelative(s[cuts[j]:]) {
			j += 2
		}
	}
	// "said that an offer made in April, worth 4% over two years, was an
	// insult": so does a subject a participle the date ends is on, past
	// a verbless aside.
	if k := strings.LastIndex(s[cuts[i]:start], " that "); k >= 0 && j+1 < len(cuts)-1 && s[cuts[j]-1] == ',' && s[cuts[j+1]-1] == ',' && !hasVerb(s[cuts[j]:cuts[j+1]]) && finiteAuxiliaries[firstWord(s[cuts[j+1]:])] {
		if _, _, _, _, ok := relativeOnSubject(s[cuts[i]+k+len(" that ") : start]); ok {
			j += 2
		}
	}
	// "A survey published on Dec. 1, the last date on which polls could
	// be released, showed the race tied": so does the subject a sentence
	// opens with, that a participle the date ends is on, past an aside on
	// the date.
	if i == 0 && j < len(cuts)-1 && s[cuts[j]-1] == ',' {
		m := j + 1
		for m < len(cuts)-1 && s[cuts[m]-1] != ',' {
			m++
		}
		if w := firstWord(s[cuts[m]:]); m < len(cuts)-1 && (pastForm(w) || finiteAuxiliaries[w]) {
			if _, _, _, _, ok := relativeOnSubject(s[:start]); ok {
				j = m + 1
			}
		}
	}
	// "said on Wednesday that semaglutide, sold as Wegovy, should be
	// offered": so does what is reported after the date, with or without
	// its "that" ("said on Wednesday the subsidy, approved in February,
	// had never been in doubt").
	reported := strings.TrimLeft(s[end:cuts[j]], " ")
	if !strings.HasPrefix(reported, "that ") && opensNounPhrase(firstToken(reported)) && saidBeforeDate(s[cuts[i]:start]) {
		reported = "that " + reported
	}
	if strings.HasPrefix(reported, "that ") && !hasVerb(reported[len("that "):]) && j+1 < len(cuts)-1 && s[cuts[j]-1] == ',' && s[cuts[j+1]-1] == ',' {
		if opensRelative(s[cuts[j]:]) || participlePhrase(s[cuts[j]:cuts[j+1]]) {
			j += 2
		}
	}
	// "said on Tuesday that members who voted had rejected the offer":
	// so does it past a relative with no comma on its subject, and past
	// any set off by commas after that, to the subject's own verb.
	if reported := strings.TrimLeft(s[end:cuts[j]], " "); strings.HasPrefix(reported, "that ") && !hasVerb(reported[len("that "):]) && j < len(cuts)-1 && s[cuts[j]-1] != ',' {
		j = reportedVerbAfterRelative(s, cuts, j)
	}
	// "The court heard that between April and July 2020, Marsh used":
	// a date that opens what "that" reports goes on with it.
	if k := strings.LastIndex(s[cuts[i]:start], " that "); k >= 0 && j < len(cuts)-1 {
		if rest := strings.TrimSpace(s[cuts[i]+k+len(" that ") : cuts[j]]); strings.HasSuffix(rest, ",") && !hasVerb(rest) {
			j++
		}
	}
	// "took office in December after his predecessor, Michel Barnier,
	// was ousted": a clause an opener begins after the date goes on past
	// a name set off on its subject to its verb.
	if j+2 < len(cuts) && end <= cuts[j] && s[cuts[j]-1] == ',' && s[cuts[j+1]-1] == ',' {
		tail := words(s[end:cuts[j]])
		k := slices.IndexFunc(tail, func(w string) bool { return clauseOpeners[w] && w != "which" && w != "who" })
		name := strings.Fields(strings.TrimSuffix(s[cuts[j]:cuts[j+1]], ","))
		if k >= 0 && len(tail)-k > 1 && !hasVerb(strings.Join(tail[k+1:], " ")) && len(name) > 0 && len(name) <= 4 && allCapitalised(name) {
			if w := firstWord(s[cuts[j+1]:]); finiteAuxiliaries[w] || pastForm(w) {
				j += 2
			}
		}
	}
	// "gave the opposition candidate, Aizada Temirova, 52 percent of the
	// vote": an object's name set off by commas, and what the verb takes
	// after it, go on with the clause.
	if j+1 < len(cuts)-1 && end <= cuts[j] && s[cuts[j]-1] == ',' && s[cuts[j+1]-1] == ',' && endsInDeterminedNoun(s[cuts[j-1]:cuts[j]]) && isLowerWord(strings.TrimSuffix(lastToken(s[cuts[j-1]:cuts[j]]), ",")) {
		name := strings.Fields(strings.TrimSuffix(strings.TrimSpace(s[cuts[j]:cuts[j+1]]), ","))
		if after := s[cuts[j+1]:cuts[j+2]]; len(name) > 0 && len(name) <= 4 && allCapitalised(name) && !hasVerb(after) && !clauseOpeners[firstWord(after)] && !relativeOpeners[firstWord(after)] && hasClauseVerb(s[cuts[j-1]:end]) {
			j += 2
		}
	}
	// "The final, scheduled for May 30, will now be played in Lisbon":
	// a plan's date set off on the subject dates the clause that goes
	// ahead with it (see plannedAside).
	if i == 1 && j == 2 && len(cuts) > 3 && s[cuts[1]-1] == ',' && plannedWords[firstWord(s[cuts[1]:])] && !hasVerb(s[:cuts[1]]) && goesAhead(s[cuts[2]:]) {
		i, j = 0, 3
	}
	lo, hi := cuts[i], cuts[j]
	// Grow until the clause has a verb of its own. An attribution that
	// ends the sentence is not taken in when the clause has words enough
	// for a verb we cannot tell (a present's: "Applications close on
	// Sunday, the council said").
	// "whose term ends in 2027": a relative on a possessive has its own
	// verb, though perhaps one in the present we cannot tell; so has a
	// relative set off by a comma: ", which reports results on March 3,",
	// ", which take effect on April 1,".
	ws := words(s[lo:hi])
	// So has a contrast a comma opens, with a named subject: ", while
	// Arsenal host Nottingham Forest a day earlier".
	ownRelative := firstWord(s[lo:hi]) == "whose" && len(ws) > 2 ||
		i > 0 && s[lo-1] == ',' && len(ws) > 2 && (ws[0] == "which" || ws[0] == "who") && isLowerWord(ws[1]) ||
		i > 0 && s[lo-1] == ',' && contrastClause(s[lo:hi])
	// "while taking off from the airport on Tuesday": an opener and a
	// participle hide no verb we cannot tell; the clause is the one they
	// belong to, before them.
	opening := strings.Fields(s[lo:hi])
	reduced := len(opening) > 1 && clauseOpeners[firstWord(opening[0])] && presentParticiple(bare(opening[1]))
	// The stretch's own verb: in "after losing a Senate race in 2022 but
	// had been tipped to run" a verb after "but" or "and" is the main
	// clause's second, no verb of the participle's phrase; "when it comes
	// before Parliament on Dec. 10", a clause of time in the present,
	// tells of what is to come and is told with the clause it belongs to.
	ownVerb := func() bool {
		part := s[lo:hi]
		// "were called off, on Sunday because of clouds and on Wednesday
		// because of a storm that NASA feared could damage the craft": a
		// relative in a phrase a date opens after a comma is the
		// phrase's noun's; its verb is none of the phrase's.
		if i > 0 && s[lo-1] == ',' && datePrepositions[firstWord(part)] {
			if k := strings.Index(part, " that "); k >= 0 {
				part = part[:k]
			}
		}
		// ", bringing them to the surface early on Thursday in an
		// operation that lasted 14 hours": so is one in a participle's.
		if i > 0 && s[lo-1] == ',' && presentParticiple(firstWord(part)) && !notParticiples[firstWord(part)] {
			f := strings.Fields(part)
			if k := slices.IndexFunc(f, func(t string) bool { return relativesOnNoun[t] }); k > 0 {
				part = strings.Join(f[:k], " ")
			}
		}
		if reduced {
			for _, join := range []string{" but ", " and "} {
				if k := strings.Index(part, join); k >= 0 {
					part = part[:k]
				}
			}
		}
		if w := firstWord(part); w == "when" || timeOpeners[w] {
			// "when the window opens on Jan. 1 and could make his
			// debut": a predicate joined on after the date is the main
			// clause's second.
			if k := strings.Index(s[end:hi], " and "); k >= 0 && end >= lo {
				part = s[lo : end+k]
			}
			return slices.ContainsFunc(words(part), func(w string) bool {
				v, ok := verbOf(w)
				return ok && v.form != formPresent
			})
		}
		return hasVerb(part) && !onlyAdjectivalVerbs(part)
	}
	for !ownRelative && !ownVerb() && (i > 0 || j < len(cuts)-1) {
		// "recorded 102 degrees, the city's hottest June day since
		// records began in 1872": a stretch with no verb of its own is
		// the clause before's; the clause an opener begins after it is
		// on its noun. Not a "when" clause, which tells what happened
		// then: "most recently last October when Dr. Slepian was gunned
		// down".
		if i > 0 && j < len(cuts)-1 && clauseOpeners[firstWord(s[hi:cuts[j+1]])] && firstWord(s[hi:cuts[j+1]]) != "when" {
			i--
			lo = cuts[i]
			continue
		}
		// "The closures will take effect after the holidays, on Jan. 5,
		// and the pupils will be moved": phrases with no verb before a
		// clause of its own after ", and" go with the clause before them.
		if i > 0 && j < len(cuts)-1 && s[hi-1] == ',' && newClause(s[hi:cuts[j+1]]) && !hasVerb(s[lo:hi]) && leadsOnly(s[lo:hi]) {
			i--
			lo = cuts[i]
			continue
		}
		// A phrase of parts that an ordinal opens goes back to its clause
		// instead: "in two groups, the first shortly after 8 a.m. and the
		// second about three hours later, the military said".
		if !reduced && j == len(cuts)-2 && trailingAttribution(s[cuts[j]:cuts[j+1]]) && i > 0 && ordinalParts(s[lo:hi]) {
			i--
			lo = cuts[i]
			continue
		}
		if !reduced && j == len(cuts)-2 && trailingAttribution(s[cuts[j]:cuts[j+1]]) && len(words(s[lo:start]+s[end:hi])) > 2 {
			break
		}
		// "Powell's term ends in May, and Trump has said ...": a clause
		// of its own after "and" is no part of this one, whose verb is
		// one we cannot tell. Nor is a predicate set against it after
		// ", but": "Forecasters expect the rain to ease on Tuesday, but
		// warned ...".
		// A stretch a preposition opens hides no such verb: ", against
		// Como on Sunday, but cannot play" goes on.
		if !reduced && j < len(cuts)-1 && s[hi-1] == ',' && (newClause(s[hi:cuts[j+1]]) || firstWord(s[hi:cuts[j+1]]) == "but" || contrastClause(s[hi:cuts[j+1]])) && len(words(s[lo:start]+s[end:hi])) > 2 &&
			!subjectPrepositions[firstWord(s[lo:hi])] {
			break
		}
		if j < len(cuts)-1 && !(reduced && i > 0) {
			j++
			hi = cuts[j]
			// "Revenue in the third quarter, which ended Sept. 27, rose":
			// a relative clause set off by commas has its own verb, not
			// the clause's.
			if w := firstWord(s[cuts[j-1]:hi]); (w == "which" || w == "who") && s[hi-1] == ',' && j < len(cuts)-1 {
				j++
				hi = cuts[j]
			}
		} else {
			i--
			lo = cuts[i]
		}
	}
	// "The Cutzamala system, a network of reservoirs that provides about
	// a quarter of the city's water, was at 27% of capacity last week": a
	// predicate right after an appositive on the subject that opens the
	// sentence is the subject's, past the appositive's relative.
	if i == 2 && s[cuts[1]-1] == ',' && s[cuts[2]-1] == ',' && (determiners[firstWord(s[cuts[1]:])] || quantifiers[firstWord(s[cuts[1]:])]) && appositivePhrase(s[cuts[1]:cuts[2]]) &&
		!hasVerb(s[:cuts[1]]) && determiners[firstWord(s)] && predicateStart(firstToken(strings.TrimLeft(s[lo:hi], " "))) {
		i, lo = 0, 0
	}
	// "The last quake of this size, a 7.6 magnitude tremor in September
	// 1999, killed about 2,400 people": an appositive the date is in,
	// after a subject with no verb, goes with that subject. So does a
	// figure's: "unemployment, at 6.4 per cent in July, was", and a
	// phrase on a noun the date names: "The county's last recount, in a
	// 2020 school board race, changed the result".
	if i > 0 && j > i+1 && s[cuts[i]-1] == ',' && strings.HasSuffix(strings.TrimSpace(s[cuts[i]:cuts[i+1]]), ",") &&
		(determiners[firstWord(s[cuts[i]:])] || atFigure(s[cuts[i]:cuts[i+1]]) || datePrepositions[firstWord(s[cuts[i]:])]) && !hasVerb(s[cuts[i]:cuts[i+1]]) &&
		(i == 1 || s[cuts[i-1]-1] != ',') && !subjectPrepositions[firstWord(s[cuts[i-1]:])] && !timeOpeners[firstWord(s[cuts[i-1]:])] {
		// "... said the economy had slowed ... and that unemployment, at
		// 6.4 per cent in July, was": the subject is what is reported.
		if seg := s[cuts[i-1]:cuts[i]]; !hasVerb(seg) {
			i--
			lo = cuts[i]
		} else if subject, ok := reportedSubject(strings.Fields(strings.TrimRight(seg, " ,"))); ok {
			if k := strings.LastIndex(seg, strings.Join(subject, " ")); k >= 0 {
				i--
				lo = cuts[i] + k
			}
		}
	}
	// "A man was arrested and was later released on Tuesday": a later
	// act joined by "and" is told with the clause before it, whose
	// subject it shares; datedPredicate splits them again.
	if i > 0 && laterPredicate(s[lo:]) {
		i--
		lo = cuts[i]
	}
	// "The company raised its forecast, from about 30%, and said it
	// expected fourth-quarter revenue of ...": so is a predicate after ",
	// and" with no subject of its own, past verbless phrases.
	if i > 0 && s[cuts[i]-1] == ',' && sharedPredicate(s[lo:hi]) {
		k := i - 1
		// "took a break in 2019 after being diagnosed with a condition,
		// and returned": past a clause of time a gerund opens, too.
		for k > 0 && (!hasClauseVerb(s[cuts[k]:cuts[k+1]]) || gerundTimeClause(s[cuts[k]:cuts[k+1]])) {
			k--
		}
		if hasClauseVerb(s[cuts[k]:cuts[k+1]]) {
			i = k
			lo = cuts[i]
		}
	}
	// "Karol Nawrocki, a conservative historian backed by the Law and
	// Justice party, narrowly won": so is one right after an appositive
	// on a name that opens the sentence.
	if i == 2 && s[cuts[2]-1] == ',' && s[cuts[1]-1] == ',' && appositivePhrase(s[cuts[1]:cuts[2]]) && nameOnly(strings.TrimSuffix(s[:cuts[1]], ",")) {
		ws := strings.Fields(s[lo:start])
		if len(ws) > 1 && lyAdverb(ws[0]) {
			ws = ws[1:]
		}
		if len(ws) > 0 && pastForm(ws[0]) && isLowerWord(ws[0]) {
			i, lo = 0, 0
		}
	}
	// "Brookfield, who have not won the title since 1998, host
	// Castleford on April 26": a predicate right after a relative set off
	// by commas is its antecedent's.
	if i >= 2 && s[cuts[i]-1] == ',' && s[cuts[i-1]-1] == ',' && relativeOpeners[firstWord(s[cuts[i-1]:cuts[i]])] &&
		predicateStart(firstToken(strings.TrimLeft(s[lo:hi], " "))) && !hasClauseVerb(s[cuts[i-2]:cuts[i-1]]) {
		i -= 2
		lo = cuts[i]
		// "Pope Francis, the first Latin American pontiff, who ...,
		// died": past an appositive to the name that opens the sentence.
		if i == 1 && s[cuts[1]-1] == ',' && determiners[firstWord(s[cuts[1]:cuts[2]])] && allCapitalised(strings.Fields(strings.TrimSuffix(s[:cuts[1]], ","))) {
			i, lo = 0, 0
		}
	}
	hi = listEnd(s, cuts, j)
	if k := reportedAsideEnd(s, cuts, lo, j); k > 0 {
		hi = k
	}
	if opener := firstWord(s[lo:hi]); (opener == "which" || opener == "who" || opener == "whom" || opener == "whose") && i > 0 {
		i--
		// "Porter, 58, who was first elected": past an age.
		if i > 0 && strings.Trim(s[cuts[i]:cuts[i+1]], " ,0123456789") == "" {
			i--
		}
		// "a 43-day shutdown, the longest in U.S. history, which ended":
		// past an appositive that ranks it.
		// So is a measure that restates it: "the record for the longest
		// spaceflight by a woman, 328 days, which she set".
		if i > 0 && s[cuts[i]-1] == ',' && (rankingAppositive(strings.Fields(s[cuts[i]:cuts[i+1]])) || measureAppositive(strings.Fields(s[cuts[i]:cuts[i+1]]))) {
			i--
		}
		lo = cuts[i] // the antecedent: "The strikes, which began ..."
		// "a 5% rise, below inflation, which peaked": the antecedent of
		// a phrase a preposition opens is its noun.
		if seg := s[lo:cuts[i+1]]; i > 0 && s[lo-1] == ',' && (subjectPrepositions[firstWord(seg)] || comparePrepositions[firstWord(seg)]) && len(words(seg)) > 1 {
			p := firstToken(seg)
			lo += strings.Index(seg, p) + len(p)
		}
	}
	// "Trump, speaking to reporters late Wednesday, called the vote
	// ...": a present participle's phrase after its subject's comma
	// takes the subject in.
	// Not a preposition in -ing: "Boric leaves office with a rating of
	// 30%, according to a poll published on Sunday".
	if p := firstToken(s[lo:hi]); i > 0 && s[cuts[i]-1] == ',' && presentParticiple(p) && !notParticiples[p] && !hasVerb(s[cuts[i-1]:cuts[i]]) && isCapitalised(firstToken(s[cuts[i-1]:cuts[i]])) {
		i--
		lo = cuts[i]
	}
	// A clause that opens with its verb takes its subject from the left,
	// past appositives, which have no verb: "Dana Okafor, the interior
	// minister, said ...", "Ari Stone, 49, of Kessling, Vt., was charged
	// ...". A relative clause on the way ("The port, which burned,
	// reopened") is passed too.
	// The clause a participle's phrase hangs on may open with its verb
	// too: "Sarah Whitlock, 36, had denied attempting to murder the girl,
	// known as Baby K, in 2016" takes the clause, then its subject.
	for verbFirst(s, lo, start, end, hi) && i > 0 {
		from := i
		for i > 0 {
			// "... rescued by firefighters; one passenger, a woman of
			// 67, died": a semicolon ends the clause before, and the
			// subject is after it.
			if strings.HasSuffix(strings.TrimRight(s[:cuts[i]], " "), ";") {
				break
			}
			i--
			seg := s[cuts[i]:cuts[i+1]]
			// "Jones, the producer whose work with Frank Sinatra, Ray
			// Charles and Michael Jackson spanned seven decades, died":
			// the last names of a list a relative began in the stretch
			// before, and the relative's verb, are the relative's.
			if i > 0 && relativeListTail(s[cuts[i-1]:cuts[i]], seg) {
				i--
				continue
			}
			// "Belgium, where most of the assets are held, had blocked":
			// so is a place's "where" set off by commas.
			if w := firstWord(seg); w == "which" || w == "who" || w == "whom" || w == "whose" || w == "where" && cuts[i] > 0 && s[cuts[i]-1] == ',' || participlePhrase(seg) || cuts[i] > 0 && s[cuts[i]-1] == ',' && pastThenDate(strings.Fields(seg)) {
				continue
			}
			// "Fujimori, who crushed an insurgency and was later jailed,
			// died": a later predicate joined on inside a relative is the
			// relative's.
			if w := firstWord(seg); (w == "and" || w == "but") && i > 1 && s[cuts[i]-1] != ',' && relativeOpeners[firstWord(s[cuts[i-1]:cuts[i]])] {
				i--
				continue
			}
			// "Resident doctors, as junior doctors are now known,
			// accepted": an aside "as" opens between commas; so does
			// one with a preposition ("The walkout, by 400 workers
			// employed by a contractor, will begin"), whose verb is a
			// participle's.
			// Not a clause of time whose subject a name set off goes on
			// after a clause with a verb: "won 237 votes, four more than
			// a majority, after its partner, Komeito, left".
			if w := firstWord(seg); (w == "as" || subjectPrepositions[w] || relativePrepositions[w]) && cuts[i] > 0 && s[cuts[i]-1] == ',' && strings.HasSuffix(strings.TrimSpace(seg), ",") &&
				!(timeConjunctions[w] && i+2 < len(cuts) && allCapitalised(strings.Fields(strings.TrimSuffix(strings.TrimSpace(s[cuts[i+1]:cuts[i+2]]), ","))) && hasClauseVerb(s[:cuts[i]])) {
				continue
			}
			// "The head of Harbour Water, the utility fined £2 million
			// last year, quit": an appositive with its participle, after
			// a subject with no verb; so is a participle's aside ("The
			// hillside, long thought stable, had moved").
			if i > 0 && s[cuts[i]-1] == ',' && (participleAppositive(strings.Fields(seg)) && !hasClauseVerb(s[cuts[i-1]:cuts[i]]) || pastParticipleAside(strings.Fields(seg))) {
				continue
			}
			// "The closures, part of a plan to cut $18 million, will take
			// effect": an appositive whose only verb is an infinitive's.
			if i > 0 && s[cuts[i]-1] == ',' && strings.HasSuffix(strings.TrimSpace(seg), ",") && infinitiveAppositive(seg) && !hasClauseVerb(s[cuts[i-1]:cuts[i]]) {
				continue
			}
			// "Fielding, 61, who led the force until his retirement in
			// 2020, was convicted": a clause an opener cuts inside a
			// relative set off by commas is passed with the relative.
			if clauseOpeners[firstWord(seg)] && cuts[i] > 0 && s[cuts[i]-1] != ',' {
				k := i - 1
				for k > 0 && s[cuts[k]-1] != ',' && !relativeOpeners[firstWord(s[cuts[k]:cuts[k+1]])] {
					k--
				}
				if k > 0 && s[cuts[k]-1] == ',' && (firstWord(s[cuts[k]:cuts[k+1]]) == "who" || firstWord(s[cuts[k]:cuts[k+1]]) == "which") {
					i = k
					continue
				}
				// "Temirova, a former judge who spent two years in prison
				// after leading protests in 2019, is due": so is one in a
				// relative on an appositive's noun.
				if k > 1 && s[cuts[k]-1] != ',' && relativesOnNoun[firstWord(s[cuts[k]:cuts[k+1]])] && s[cuts[k-1]-1] == ',' && determiners[firstWord(s[cuts[k-1]:])] && !hasVerb(s[cuts[k-1]:cuts[k]]) {
					i = k - 1
					continue
				}
			}
			// "Stone, arrested on Monday after police raided his home,
			// was charged": a clause inside a participle's phrase after
			// the subject's comma is passed with the phrase.
			// So it is when the subject is what is reported: "It said a
			// new factory, delayed twice since construction began in
			// 2022, would start production".
			if clauseOpeners[firstWord(seg)] && i > 1 && s[cuts[i-1]-1] == ',' && pastParticipleFirst(s[cuts[i-1]:cuts[i]]) &&
				(!hasClauseVerb(s[cuts[i-2]:cuts[i-1]]) || reportsOnSubject(s[cuts[i-2]:cuts[i-1]])) {
				i--
				continue
			}
			// "The talks, the first since the ceasefire collapsed in
			// March, ended": so is one inside an appositive, which a
			// possessive may open ("The outbreak, Congo's 16th since the
			// disease was discovered in 1976, was declared"), or a bare
			// noun ("Grindavik, home to 3,800 people before the unrest
			// began, was evacuated").
			if clauseOpeners[firstWord(seg)] && i > 1 && s[cuts[i-1]-1] == ',' && !hasVerb(s[cuts[i-1]:cuts[i]]) && !hasClauseVerb(s[cuts[i-2]:cuts[i-1]]) {
				i--
				continue
			}
			if hasClauseVerb(seg) || clauseOpeners[firstWord(seg)] {
				break
			}
		}
		lo = cuts[i]
		// "Officials concluded that James Kopp, an opponent of
		// abortion, fired": the subject is the name that ends the
		// clause with a verb, not that clause.
		if seg := s[cuts[i]:cuts[i+1]]; hasVerb(seg) {
			lo = cuts[i] + trailingName(seg)
			// "The trial has been suspended, the developer, Corvan
			// Therapeutics, said": after what is reported, an
			// attribution's subject is the appositive pair after it.
			if lo == cuts[i] && i+2 < from && strings.HasSuffix(strings.TrimSpace(seg), ",") && determiners[firstWord(s[cuts[i+1]:])] && !hasVerb(s[cuts[i+1]:cuts[from]]) && attributionAfter(s[cuts[from]:]) {
				i++
				lo = cuts[i]
			}
		}
		if i == from { // a semicolon before the clause: its subject is in it
			break
		}
	}
	// "..., compared with analysts' estimate of $61.66 billion": a
	// comparison after the date is no part of the clause's news.
	if k := strings.Index(s[end:hi], ", compared "); k >= 0 {
		hi = end + k + 1
	}
	// ", sending it to the House hours before funding was set to expire
	// at midnight Friday": in a participle's phrase, a clause of its own
	// after "before" is what the date dates.
	if presentParticiple(firstWord(s[lo:start])) {
		if k := strings.LastIndex(s[lo:start], " before "); k >= 0 && hasClauseVerb(s[lo+k+len(" before "):start]) {
			lo += k + len(" before ")
		}
	}
	// "Treasury yields tumbled as traders bet the Federal Reserve would
	// cut rates in September": a date in what an "as" clause expects
	// dates that, not the clause before.
	if k := expectingAs(s[lo:start]); k > 0 {
		lo += k
	}
	// "Dati said security failures had occurred, and the museum's
	// director, Laurence des Cars, is due to testify on Wednesday": a
	// predicate after a subject ", and" opens, with a name set off after
	// it, is that subject's clause alone.
	if k := coordinateSubjectStart(s, cuts, start); k > lo {
		lo = k
	}
	return trimSpan(s, lo, hi)
}

// expectingAs is the offset in s, the clause up to its date, of a clause
// "as" opens with a subject and a past verb, whose modal in the past
// before the date tells what was expected then: in "yields tumbled as
// traders bet the Fed would cut rates in", of "traders bet". Else 0.
func expectingAs(s string) int {
	k := strings.LastIndex(s, " as ")
	if k < 0 {
		return 0
	}
	toks := strings.Fields(s[k+len(" as "):])
	v := slices.IndexFunc(toks, isVerbWord)
	if v < 1 || v > 4 || !pastForm(toks[v]) || !isLowerWord(toks[0]) || !hasClauseVerb(s[:k]) {
		return 0
	}
	if !slices.ContainsFunc(toks[v+1:], func(t string) bool { return t == "would" || t == "could" || t == "might" }) {
		return 0
	}
	return k + len(" as ")
}

// infinitiveAppositive reports whether seg is a noun phrase whose verbs
// are all infinitives: "part of a plan to cut $18 million from next
// year's budget".
func infinitiveAppositive(seg string) bool {
	w := words(seg)
	if len(w) < 3 || clauseOpeners[strings.ToLower(w[0])] {
		return false
	}
	if _, ok := verbOf(w[0]); ok {
		return false
	}
	infinitive := false
	for k := 1; k < len(w); k++ {
		if _, ok := verbOf(w[k]); ok {
			if !strings.EqualFold(w[k-1], "to") {
				return false
			}
			infinitive = true
		}
	}
	return infinitive
}

// reportedAsideEnd is where the clause ending at cuts[j] ends when what
// it reports has no verb yet, and an aside that "including" opens stands
// between it and its verb: in "warned in November that rising costs,
// including a tax that took effect in April, would add £25m", the end of
// "would add £25m". 0 when there is none.
func reportedAsideEnd(s string, cuts []int, lo, j int) int {
	if j+2 >= len(cuts) || s[cuts[j]-1] != ',' || s[cuts[j+1]-1] != ',' {
		return 0
	}
	_, reported, ok := strings.Cut(s[lo:cuts[j]], " that ")
	if !ok || hasVerb(reported) || firstWord(s[cuts[j]:cuts[j+1]]) != "including" {
		return 0
	}
	if !auxiliaries[firstWord(s[cuts[j+1]:cuts[j+2]])] {
		return 0
	}
	return cuts[j+2]
}

// listEnd is where the clause ending at cuts[j] ends once a list whose
// first item closes it is taken in whole: "took down Netflix, Disney+
// and Slack for hours", not "took down Netflix,". The items after the
// first are short and verbless, the last joined by "and" or "or".
func listEnd(s string, cuts []int, j int) int {
	if j >= len(cuts)-1 || s[cuts[j]-1] != ',' {
		return cuts[j]
	}
	for k := j + 1; k < len(cuts) && k <= j+5; k++ {
		seg := s[cuts[k-1]:cuts[k]]
		w := words(seg)
		// "as pilots in Norway, Sweden and Denmark walked out": the
		// list's last names may open the verb its first is the subject
		// of, which goes with them.
		if join := slices.Index(w, "and"); join > 0 && join+2 < len(w) && allCapitalised(w[:join]) && isCapitalised(w[join+1]) && !hasVerb(strings.Join(w[:join+2], " ")) && hasVerb(strings.Join(w[join+2:], " ")) {
			return cuts[k]
		}
		if len(w) == 0 || hasVerb(seg) || subjectPrepositions[strings.ToLower(w[0])] || clauseOpeners[strings.ToLower(w[0])] || participleOpens(w) {
			break
		}
		if join := slices.IndexFunc(w, func(x string) bool { return x == "and" || x == "or" }); join >= 0 {
			// An item is a name, not a phrase: "days after floods and
			// landslides" is none.
			phrase := slices.ContainsFunc(w[:join], func(x string) bool { return subjectPrepositions[x] || clauseOpeners[x] })
			if join > 0 && join <= 4 && !phrase {
				return cuts[k]
			}
			break
		}
		if len(w) > 4 || !strings.HasSuffix(strings.TrimSpace(seg), ",") {
			break
		}
	}
	return cuts[j]
}

// listGoesOn reports whether seg, a stretch after a comma with no verb,
// opens with a list's last items: "ChatGPT and online game services for
// hours", short and verbless, joined by "and" or "or".
func listGoesOn(seg string) bool {
	w := words(seg)
	join := slices.IndexFunc(w, func(x string) bool { return x == "and" || x == "or" })
	// "Italy and Greece on Wednesday as the heatwave tightened its
	// grip": a clause an opener begins after the list is its own.
	head := w
	if k := slices.IndexFunc(w, func(x string) bool { return clauseOpeners[strings.ToLower(x)] || subordinators[strings.ToLower(x)] }); k > join {
		head = w[:k]
	}
	// "names, addresses and test results from a server used by its
	// pathology service": a participle on a preposition's noun after the
	// list is no verb of its own.
	if k := slices.IndexFunc(head, pastForm); k > join && participleOnObject(head[:k+1]) {
		head = head[:k]
	}
	if join < 1 || join > 4 || hasVerb(strings.Join(head, " ")) || participleOpens(w) {
		return false
	}
	return !slices.ContainsFunc(w[:join], func(x string) bool {
		x = strings.ToLower(x)
		return subjectPrepositions[x] || clauseOpeners[x] || timeOpeners[x]
	})
}

// relativeListTail reports whether seg goes on with a list of names that
// a relative began in prev, the stretch before: prev holds "who",
// "whose" or "which" and ends with a name, and seg opens with the list's
// last names: "whose work with Frank Sinatra," and " Ray Charles and
// Michael Jackson spanned seven decades,". So it does with a list's last
// nouns: "which included names," and " dates of birth and diagnoses,".
func relativeListTail(prev, seg string) bool {
	p, w := words(prev), words(seg)
	return len(p) > 1 && len(w) > 0 && isCapitalised(p[len(p)-1]) == isCapitalised(w[0]) && listTail(w) &&
		slices.ContainsFunc(p, func(t string) bool { return relativeOpeners[strings.ToLower(t)] })
}

// listTail reports whether w, the words after a comma, go on with a
// list's last items: up to three words of one case, then "and" or "or"
// and a word of that case: "Ray Charles and Michael Jackson", "composer
// and arranger". Lower-case items are nouns: no determiner, preposition
// or verb.
func listTail(w []string) bool {
	if len(w) < 3 {
		return false
	}
	capital := isCapitalised(w[0])
	for i, t := range w[:min(len(w)-1, 4)] {
		if i > 0 && (t == "and" || t == "or") {
			return isCapitalised(w[i+1]) == capital
		}
		if isCapitalised(t) != capital {
			return false
		}
		// "dates of birth and diagnoses": an item's noun may take "of".
		if l := strings.ToLower(t); !capital && (determiners[l] || subjectPrepositions[l] && !(l == "of" && i > 0) || isVerbWord(l)) {
			return false
		}
	}
	return false
}

// leadsOnly reports whether every stretch of s opens with a preposition
// or an opener of time: "after the Christmas holidays, on Jan. 5,".
func leadsOnly(s string) bool {
	for _, part := range strings.Split(s, ",") {
		if w := firstWord(part); w != "" && !subjectPrepositions[w] && !timeOpeners[w] && !leadInPrepositions[w] {
			return false
		}
	}
	return true
}

// listSubjectEnds reports whether first, the sentence's first stretch,
// is a list's first item and seg, the stretch after its comma, the
// list's last items and a verb: "About 2,000 firefighters" and
// "soldiers and volunteers were battling".
func listSubjectEnds(first, seg string) bool {
	f, w := words(first), words(seg)
	// "A search involving mountain rescue teams, a coastguard helicopter
	// and police dogs was scaled back": the list may be the object of a
	// present participle on the subject.
	if k := slices.IndexFunc(f, presentParticiple); k >= 0 {
		f = f[k+1:]
		first = strings.Join(f, " ") + ","
	}
	// "Contrary to other reports, the FBI and Kenyan police": a phrase
	// a preposition is in leads in, no item of a list.
	// "A huge mass of ice, mud and rock buried": the list may be what
	// "of" names, its first item after it.
	// So after a count: "millions of tonnes of ice, rock and mud".
	if k := slices.Index(f, "of"); k > 1 && k >= len(f)-3 && determiners[strings.ToLower(f[0])] {
		f = f[k+1:]
	} else if k := len(f) - 2; k > 0 && f[k] == "of" && (amountWords[strings.ToLower(f[0])] || countWord(f[0])) {
		f = f[k+1:]
	}
	if len(f) == 0 || len(f) > 5 || !strings.HasSuffix(strings.TrimSpace(first), ",") || hasVerb(first) ||
		leadInPrepositions[strings.ToLower(f[0])] || clauseOpeners[strings.ToLower(f[0])] || slices.ContainsFunc(f, func(x string) bool { return subjectPrepositions[x] }) {
		return false
	}
	join := slices.IndexFunc(w, func(x string) bool { return x == "and" || x == "or" })
	if join < 1 || join > 3 || join+2 >= len(w) {
		return false
	}
	for _, x := range w[:join+2] {
		if _, ok := verbOf(x); ok || subjectPrepositions[strings.ToLower(x)] {
			return false
		}
	}
	// "Anders, Frank Borman and Jim Lovell became", "a coastguard
	// helicopter and police dogs was": the last item may be of more
	// words.
	k := join + 2
	for k < len(w)-1 && k < join+4 && !isVerbWord(w[k]) {
		k++
	}
	_, ok := verbOf(w[k])
	return ok
}

// participleOpens reports whether the words w open with a present
// participle and its object ("waving flags and chanting"), not a noun in
// -ing that is an item of a list ("bedding and food").
func participleOpens(w []string) bool {
	return len(w) > 1 && presentParticiple(w[0]) && w[1] != "and" && w[1] != "or"
}

// startingWords open a phrase that tells when something starts.
var startingWords = wordSet(`starting beginning`)

// comparePrepositions place a figure against another: "below inflation".
var comparePrepositions = wordSet(`below above under beyond`)

// atFigure reports whether seg opens with "at" and a figure: "at 6.4 per
// cent", "at $80 a barrel".
func atFigure(seg string) bool {
	f := strings.Fields(seg)
	return len(f) > 1 && strings.EqualFold(f[0], "at") && strings.ContainsAny(strings.TrimLeft(f[1], "$£€")[:1], "0123456789")
}

// presentParticiple reports whether w, as written, is a lowercase
// present participle: "speaking", "waving".
func presentParticiple(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !isCapitalised(w)
}

// trailingAttribution reports whether seg, the end of a sentence, only
// says who reported it: "the council said", "said the mayor", "police
// told reporters".
func trailingAttribution(seg string) bool {
	w := words(seg)
	if len(w) == 0 || len(w) > 6 {
		return false
	}
	// "said the mayor" closes a sentence; "said the plan would go
	// ahead", with a verb of its own, reports.
	if statementVerb.MatchString(w[0]) {
		return !hasVerb(strings.Join(w[1:], " "))
	}
	return statementVerb.MatchString(w[len(w)-1]) || slices.Contains(w, "told")
}

// trailingName is the offset in seg of the name it ends in after "that"
// ("... concluded that James Kopp,"), or 0.
func trailingName(seg string) int {
	f := strings.Fields(seg)
	n := len(f)
	if n < 2 || !strings.HasSuffix(f[n-1], ",") {
		return 0
	}
	k := n
	for k > 0 && isCapitalised(f[k-1]) {
		k--
	}
	if k == n || k == 0 || !strings.EqualFold(f[k-1], "that") {
		return 0
	}
	// The name's offset is counted field by field: spaces between its
	// words need not be single.
	off := 0
	for i := 0; ; i++ {
		off += len(seg[off:]) - len(strings.TrimLeftFunc(seg[off:], unicode.IsSpace))
		if i == k {
			return off
		}
		off += len(f[i])
	}
}

// participlePhrase reports whether seg is a participle's phrase, as an
// appositive is: "based in Austin", "known as the Butcher", and a
// person's age, "aged 22".
func participlePhrase(seg string) bool {
	f := strings.Fields(seg)
	for len(f) > 2 && headlineAdverbs[strings.ToLower(bare(f[0]))] {
		f = f[1:] // "first reported by Reuters"
	}
	if len(f) < 2 {
		return false
	}
	next := strings.ToLower(bare(f[1]))
	if strings.EqualFold(f[0], "aged") && next != "" && isDigit(next[0]) {
		return true
	}
	// "named locally as", "based mainly in": an adverb in -ly may come
	// between the participle and its preposition.
	if len(f) > 2 && lyAdverb(next) {
		next = strings.ToLower(bare(f[2]))
	}
	// "The blaze, named the Canyon Fire, broke out": a name follows a
	// participle of naming.
	if namingParticiples[strings.ToLower(f[0])] {
		return true
	}
	// "made up of", "set up in": a particle may come between them.
	if len(f) > 2 && particles[next] && subjectPrepositions[strings.ToLower(bare(f[2]))] {
		next = strings.ToLower(bare(f[2]))
	}
	v, ok := verbOf(bare(f[0]))
	// Not "offered to resign": an infinitive makes it the verb.
	return ok && v.form == formPast && (subjectPrepositions[next] && next != "to" || next == "as" || asidePrepositions[next])
}

// namingParticiples give a name: "named the Canyon Fire", "dubbed Big Ben".
var namingParticiples = wordSet(`named called dubbed nicknamed codenamed renamed titled`)

// asidePrepositions may follow a participle that opens an aside, besides
// the subjectPrepositions: "The ceasefire, agreed after fighting broke
// out in March, collapsed".
var asidePrepositions = wordSet(`after before during amid despite following since under within`)

// verbFirst reports whether the clause s[lo:hi], holding the date
// s[start:end], opens with its verb, once a date that leads it is set
// aside: "said ...", and "on Aug. 7 killed 258 people".
func verbFirst(s string, lo, start, end, hi int) bool {
	f := strings.Fields(s[lo:hi])
	for len(f) > 1 && (headlineAdverbs[strings.ToLower(bare(f[0]))] || lyAdverb(bare(f[0])) && pastForm(f[1])) {
		f = f[1:] // "first reported by Reuters", "badly damaged in"
	}
	if len(f) > 0 {
		if _, ok := verbOf(bare(f[0])); ok {
			return true
		}
	}
	// "took months, and in some cases more than a year, to pay refunds":
	// an infinitive after a comma goes on with the clause before.
	if len(f) > 1 && lo > 0 && strings.EqualFold(f[0], "to") && strings.HasSuffix(strings.TrimRight(s[:lo], " "), ",") {
		if w := f[1]; isLowerWord(w) && !determiners[w] && !subjectPrepositions[w] && !dateLeadWords[w] {
			return true
		}
	}
	// "The new wing, designed by a Danish firm, houses a collection": a
	// present the verb lists do not know, before its object, after the
	// comma that closes an aside.
	if len(f) > 1 && lo > 0 && strings.HasSuffix(strings.TrimRight(s[:lo], " "), ",") && thirdPersonS(f[0]) && determiners[strings.ToLower(f[1])] {
		return true
	}
	// "The flood, in February 2020, damaged": a date set off by commas
	// leads the clause too, as does a pair of them ("in June and July,").
	for _, w := range strings.Fields(s[lo:start]) {
		if b := strings.ToLower(bare(w)); b != "" && !datePrepositions[b] {
			return false
		}
	}
	rest := s[end:hi]
	if n := rangeEnd(s[start:end], rest); n > 0 {
		rest = rest[n:]
	}
	// "in March 2023, also ended": an adverb may come before the verb.
	f = strings.Fields(strings.TrimLeft(rest, ",; "))
	for len(f) > 1 && (headlineAdverbs[strings.ToLower(bare(f[0]))] || lyAdverb(bare(f[0]))) {
		f = f[1:]
	}
	if len(f) == 0 {
		return false
	}
	_, ok := verbOf(bare(f[0]))
	return ok
}

// beganWords tell that something began, at what a "when" after them
// tells: "the turmoil that began when".
var beganWords = wordSet(`began begun started erupted`)

// datePrepositions lead into a date: "on Aug. 7".
var datePrepositions = wordSet(`on in at by since during from until`)

// clauseCuts lists the byte offsets where clauses of s may begin or end,
// including 0 and len(s).
func clauseCuts(s string) []int {
	cuts := []int{0}
	inQuote := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '“' || r == '”' || r == '"':
			// Quoted speech is kept whole: it is what was said.
			inQuote = r == '“' || (r == '"' && !inQuote)
		case inQuote:
		case (r == ',' || r == ':') && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]):
			// "4,000 residents" is one number, "2:30 p.m." one time.
		case r == ',' && coordinateAdjective(s[:i], s[i+1:]):
			// "a new, more transmissible variant" is one noun phrase.
		case r == ',' && ageAside(s[:i], s[i+1:]):
			// "shot Marcus Bell, 27, four times": an age set off after a
			// name is part of its noun phrase.
		case r == ',' && placeCompound(s[:i], s[i+1:]):
			// "The Santa Clara, California-based company" is one too.
		case r == ',' && i >= 4 && isDigit(s[i-1]) && yearThenDate.MatchString(s[i-4:min(len(s), i+16)]):
			// "between Sept. 17, 2014, and Dec. 31, 2024" is one range.
		case r == ',' && i >= 4 && isDigit(s[i-1]) && attributiveDate.MatchString(s[max(0, i-40):i]):
			// "the Dec. 21, 1988, bombing" is one noun phrase.
		case r == ',' && i > 0 && isDigit(s[i-1]) && setScoreBefore.MatchString(s[max(0, i-10):i]) && setScoreAfter.MatchString(s[i+1:min(len(s), i+12)]):
			// "beat Alcaraz 4-6, 6-4, 6-4, 6-4 in the final" is one score.
		case r == ',' && listedPreposition(strings.ToLower(s[strings.LastIndexByte(s[:i], ' ')+1:i])) && listedPreposition(firstWord(s[i+1:])):
			// "flights within, into or out of the United States" is one
			// noun phrase.
		case strings.ContainsRune(",;:—–", r) || (r == '-' && i > 0 && s[i-1] == ' '):
			cuts = append(cuts, i+size)
		case unicode.IsSpace(r):
			// The opener must be the next word: in "between 2016 and
			// 2019, when", the comma cuts before "when", not the space
			// before 2019.
			// Nor is a word hyphened to the next: "in after-hours trading".
			if w := firstWord(s[i+size:]); clauseOpeners[w] && len(s) >= i+size+len(w) && strings.EqualFold(s[i+size:i+size+len(w)], w) && !strings.HasPrefix(s[i+size+len(w):], "-") && startsClause(s[:i], w, s[i+size+len(w):]) ||
				laterPredicate(s[i+size:]) || comesAs(s[:i], s[i+size:]) || joinedSubjectClause(s[:i], s[i+size:]) || butClause(s[:i], s[i+size:]) || mainAfterLeadIn(s[:i], s[i+size:]) {
				at := measureStart(s, i+size)
				// "an incident in June in which a cover detached": the
				// relative opens at its preposition.
				if p := lastWord(s[:i]); (w == "which" || w == "whom") && (subjectPrepositions[p] || relativePrepositions[p]) && p != "of" { // not "some of whom"
					at = strings.LastIndexByte(s[:i], ' ') + 1
				}
				cuts = append(cuts, at)
			}
		}
		i += size
	}
	cuts = append(cuts, len(s))
	// Drop empty stretches between adjacent cuts.
	out := cuts[:1]
	for _, c := range cuts[1:] {
		if strings.TrimSpace(s[out[len(out)-1]:c]) != "" || c == len(s) {
			out = append(out, c)
		}
	}
	return out
}

// ageAside reports whether the comma between before and after opens or
// closes an age set off after a verb's object that is a name: "shot
// Marcus Bell, 27, four times". A subject's age stays set off, as the
// clauses after it are read by it ("Graham Fielding, 61, who led").
func ageAside(before, after string) bool {
	if m := ageBeforeComma.FindStringIndex(before); m != nil {
		before = before[:m[0]]
	} else if !ageThenComma.MatchString(after) {
		return false
	}
	return pastObjectName(strings.Fields(before))
}

// pastObjectName reports whether toks end in a name a past verb takes as
// its object: "Reyes shot Marcus Bell".
func pastObjectName(toks []string) bool {
	k := len(toks)
	for k > 0 && isCapitalised(toks[k-1]) && !strings.ContainsAny(toks[k-1], ",;:.") {
		k--
	}
	if k == len(toks) || k == 0 {
		return false
	}
	v, ok := verbOf(toks[k-1])
	return ok && v.form == formPast && isLowerWord(toks[k-1])
}

var (
	// ageThenComma is an age and the comma that closes it.
	ageThenComma = regexp.MustCompile(`^ \d{1,3},`)
	// ageBeforeComma is an age set off after a name, before the comma
	// that closes it.
	ageBeforeComma = regexp.MustCompile(`, \d{1,3}$`)
)

// saidBeforeDate reports whether before, a clause up to a date, ends in a
// verb of saying and the date's leads: "The ministry said on".
func saidBeforeDate(before string) bool {
	f, _ := withoutDateLeads(strings.Fields(before))
	if len(f) == 0 {
		return false
	}
	v, ok := verbOf(strings.ToLower(f[len(f)-1]))
	return ok && sayingVerbs[v.base]
}

// setScoreBefore and setScoreAfter are the scores of sets or games on
// either side of a comma: "6-4, 7-6".
var (
	setScoreBefore = regexp.MustCompile(`\b\d{1,2}-\d{1,2}$`)
	setScoreAfter  = regexp.MustCompile(`^\s\d{1,2}-\d{1,2}\b`)
)

// listedPreposition reports whether w is a preposition that a list of
// them, commas between, may hold.
func listedPreposition(w string) bool {
	return subjectPrepositions[w] || relativePrepositions[w] || w == "out" || w == "inside" || w == "outside"
}

// comesAs reports whether the text after a space is an "as" clause on a
// form of "come": "The deal comes as the summit ended last week" tells
// the summit's news, not the deal's.
func comesAs(before, after string) bool {
	if firstWord(after) != "as" {
		return false
	}
	switch lastWord(before) {
	case "comes", "came", "come", "coming":
		return true
	}
	return false
}

// relativePrepositions may open a relative clause besides the
// subjectPrepositions: "an agreement under which some migrants are
// returned".
var relativePrepositions = wordSet(`under through during after before within without into upon among beyond despite`)

// aheadWhen reports whether prev, a clause's words, tell what will happen
// and when, the words of the "when" clause after it, tell in the present
// what something does, not a person a pronoun names ("when she is sworn
// in": what she does is the news).
func aheadWhen(prev, when []string) bool {
	return slices.Contains(prev, "will") && !toldInPast(when) && !(len(when) > 1 && (when[1] == "he" || when[1] == "she" || when[1] == "we"))
}

// toldInPast reports whether ws hold a verb in the past, not a passive's
// participle after a present "be": "when they are published" holds none.
func toldInPast(ws []string) bool {
	for k, w := range ws {
		if pastForm(w) && !(k > 0 && (ws[k-1] == "is" || ws[k-1] == "are" || ws[k-1] == "be")) {
			return true
		}
	}
	return false
}

// reducedWhen reports whether ws, a "when" clause's words before its
// date, hold no subject, only a participle, perhaps after an adverb:
// "when first questioned", "when asked".
func reducedWhen(ws []string) bool {
	if len(ws) > 1 && (lyAdverb(ws[1]) || headlineAdverbs[strings.ToLower(ws[1])]) {
		ws = ws[1:]
	}
	return len(ws) > 1 && pastForm(ws[1]) && !pastOnly[strings.ToLower(ws[1])]
}

// whenClauseAfter is the end of a "when" clause set off by a comma right
// after a date, which tells what happened then: in "The council last
// took such a step in 1994, when it suspended a treasurer", 1994 dates
// the suspension. Its first verb must be a past form of an event, not
// "had" or "was": "joined in 2010, when it had 50 staff" tells of the
// joining. 0 when there is none.
func whenClauseAfter(s string, cuts []int, end int) int {
	if w, coming := whenClause(s, cuts, end); !coming {
		return w
	}
	return 0
}

// partitiveWhen is the end of a "when" clause right after a date that a
// part of a group with no verb of its own holds, the stretch from cut i:
// "51 people were killed, most of them on Monday when police fired on
// protesters" tells the firing, with a comma before "when" or none; 0
// when there is none.
func partitiveWhen(s string, cuts []int, i, end int) int {
	if i+1 >= len(cuts) || !partitiveAbsolute(s[cuts[i]:cuts[i+1]]) || hasVerb(s[cuts[i]:end]) {
		return 0
	}
	if w := whenClauseAfter(s, cuts, end); w > 0 {
		return w
	}
	k := slices.Index(cuts, end+1)
	if !strings.HasPrefix(s[end:], " when ") || k < 0 || k+1 >= len(cuts) || !hasVerb(s[cuts[k]:cuts[k+1]]) {
		return 0
	}
	return cuts[k+1]
}

// comingWhenClause is the end of a "when" clause set off by a comma right
// after a date that tells what is to come then, as surely as what was
// ("will reopen", "are expected to make"), or 0.
func comingWhenClause(s string, cuts []int, end int) int {
	if w, coming := whenClause(s, cuts, end); coming {
		return w
	}
	return 0
}

// whenClause is the end of a "when" clause set off by a comma right after
// a date whose first verb tells an event, and whether the event is to
// come; 0 when there is none.
func whenClause(s string, cuts []int, end int) (int, bool) {
	if !strings.HasPrefix(s[end:], ", when ") {
		return 0, false
	}
	k := slices.Index(cuts, end+1)
	if k < 0 || k+1 >= len(cuts) {
		return 0, false
	}
	ws := words(s[cuts[k]:cuts[k+1]])
	for i, w := range ws {
		v, ok := verbOf(w)
		// "when a state-owned company will take over": a participle
		// after a determiner is an adjective.
		if !ok || v.form == formPast && i > 0 && determiners[strings.ToLower(ws[i-1])] {
			continue
		}
		// "when he was arrested", "when it had fallen": a passive or a
		// pluperfect is past too; "when prices were rising" is a state.
		// "when he was provisionally suspended": past an adverb.
		if i+2 < len(ws) && lyAdverb(ws[i+1]) {
			ws = slices.Delete(slices.Clone(ws), i+1, i+2)
		}
		if v.form == formPast || (w == "was" || w == "were" || w == "had") && i+1 < len(ws) && pastForm(ws[i+1]) {
			return cuts[k+1], false
		}
		// "when a hearing is scheduled": so is what is expected then.
		if w == "will" || (w == "is" || w == "are") && i+1 < len(ws) && expectedWords[strings.ToLower(ws[i+1])] && (i+2 == len(ws) || ws[i+2] == "to") {
			return cuts[k+1], true
		}
		return 0, false
	}
	return 0, false
}

// expectedWords tell, after "is" and before "to", what is to come.
var expectedWords = wordSet(`expected due set scheduled`)

// toldByWhen reports whether the clause before a date leaves the news of
// that date to a "when" clause after it: it is negated ("have not won
// since March 3, when they beat"), the date bounds it ("had governed
// since 2009, when") or names it ("marked a return to the protests of
// early December, when"), it points back ("took such a step in 1994,
// when"), it tells no past act ("The plan follows a warning in July,
// when") or only that something began ("The shift began in early
// September, when": a subject and a verb). "Drivers went on strike on
// Oct. 4, when few trains ran" tells its own.
func toldByWhen(before string) bool {
	ws := words(before)
	// "a feat the company failed to achieve on the rocket's debut in
	// January, when the first stage was lost at sea": what failed is
	// told by what happened instead, as what did not happen is.
	// So is a light verb's "such" act, which the "when" clause tells:
	// "last took such a step in 1994, when it suspended a treasurer"; not
	// a verb's own: "last imposed such limits in 2008, when water was
	// shipped in".
	if k := slices.Index(ws, "such"); negated(before) || k > 0 && lightVerb(ws[k-1]) || slices.Contains(ws, "failed") {
		return true
	}
	// "The previous record was set in 2020, when a Tyrannosaurus rex
	// named Stan sold for $31.8 million": a record set or broken is told
	// by the act that set it.
	if k := slices.Index(ws, "record"); k >= 0 && slices.ContainsFunc(ws[k+1:], func(w string) bool { return recordActs[w] }) {
		return true
	}
	// "banned for four years, backdated to February, when he was
	// suspended": a date a participle moves something to is no act's.
	if n := len(ws); n == 2 && ws[1] == "to" && pastForm(ws[0]) {
		return true
	}
	if n := len(ws); n > 0 && datePrepositions[ws[n-1]] {
		ws = ws[:n-1]
	}
	// "peaked just below the level reached in May 2023, when": a
	// participle on an object names the date as "of" does.
	// So does the noun of an occasion right before it: "avenged his
	// defeat in the French Open final five weeks ago, when Alcaraz saved
	// three championship points".
	// "Grindavik, home to 3,800 people, was first evacuated in November
	// 2023, when": a predicate whose subject an aside sets off before it
	// is counted with one.
	n := len(ws)
	if n > 0 && (finiteAuxiliaries[ws[0]] || pastForm(ws[0])) {
		n += 2
	}
	// "The dispute began in January, when": a short predicate that only
	// tells that something began or happened is told by what happened
	// then; "Etna erupted in December 2021, when" tells an act of its own.
	short := n <= 3 && slices.ContainsFunc(ws, func(w string) bool { return happenedWords[w] })
	// "The last known case was in 2007, when": a past form after a
	// determiner, perhaps past its ordinal, is an adjective, no act.
	act := false
	for i, w := range ws {
		k := i - 1
		if k > 0 && ordinalWords[ws[k]] {
			k--
		}
		if pastForm(w) && !(k >= 0 && determiners[strings.ToLower(ws[k])]) {
			act = true
		}
	}
	return spanBounds[lastWord(before)] || lastWord(before) == "of" || !act || short || participleOnObject(ws) || occasionNouns[lastWord(before)]
}

// recordActs set or break a record, which the act itself tells.
var recordActs = wordSet(`set broken equalled equaled`)

// happenedWords tell only that something began, ended or took place.
var happenedWords = wordSet(`began begun started ended happened occurred came`)

// lightVerb reports whether w is a form of one of the lightVerbs.
func lightVerb(w string) bool {
	v, ok := verbOf(w)
	return ok && lightVerbs[v.base]
}

// occasionNouns name an occasion a date may name ("the final five weeks
// ago"), and what is done in it ("approved the deal in a ballot that
// closed last week", not "a stake in a property developer that won").
var occasionNouns = wordSet(`final semi-final semifinal match game race election vote referendum summit debate ballot contest hearing`)

// opensWithRelative reports whether s, a sentence's words up to a
// clause inside it, opens with a noun phrase and a relative on it with no
// comma: "A van driver who was scrolling through social media".
func opensWithRelative(s string) bool {
	f := strings.Fields(s)
	r := slices.IndexFunc(f, func(t string) bool { return relativesOnNoun[t] })
	return r > 0 && !hasVerb(strings.Join(f[:r], " ")) && !strings.ContainsAny(s, ",;:")
}

// reportedVerbAfterRelative returns the end of the stretch that holds
// the verb of a subject a relative with no comma is on, the relative
// opening the stretch at j: "who voted had rejected", "who took part in
// the ballot, which closed on Monday, had turned down". Without such a
// verb it returns j.
func reportedVerbAfterRelative(s string, cuts []int, j int) int {
	if w := firstWord(s[cuts[j]:]); w != "who" && w != "which" {
		return j
	}
	if mainVerbAfterClause(strings.Fields(s[cuts[j]:cuts[j+1]])) > 0 {
		return j + 1
	}
	for k := j + 1; k < len(cuts)-1 && s[cuts[k]-1] == ','; k++ {
		w := firstWord(s[cuts[k]:])
		if finiteAuxiliaries[w] || pastForm(w) {
			return k + 1
		}
		if w != "which" && w != "who" {
			break
		}
	}
	return j
}

// agentListStart is a subject, a participle and its agent, a name that
// opens a list: "Talks brokered by the United States,".
var agentListStart = regexp.MustCompile(`^\p{Lu}[\p{L}-]*(?:\s+\p{Ll}+){0,2}\s+\p{Ll}+ed\s+by\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3},$`)

// namesListGoesOn reports whether s, a stretch after a comma, goes on with a
// list of names before its verb: "Fianna Fáil and the Greens was".
func namesListGoesOn(s string) bool {
	f := strings.Fields(s)
	v := slices.IndexFunc(f, func(t string) bool { return isVerbWord(t) && isLowerWord(bare(t)) })
	if v < 3 || !isCapitalised(f[0]) {
		return false
	}
	and := slices.Index(f[:v], "and")
	return and > 0 && !strings.ContainsAny(strings.Join(f[:v], " "), ",;:") &&
		!slices.ContainsFunc(f[:and], func(t string) bool { return !isCapitalised(t) })
}

// negated reports whether s holds a word of negation.
func negated(s string) bool {
	return slices.ContainsFunc(words(s), func(w string) bool { return w == "not" || w == "never" || strings.HasSuffix(w, "n't") })
}

// participleOnObject reports whether the last past form of ws is a
// participle right after a preposition's noun and its determiner: "just
// below the level reached". After a verb the noun may be a subject: "said
// the plan passed".
func participleOnObject(ws []string) bool {
	k := len(ws) - 1
	for k >= 0 && !pastForm(ws[k]) {
		k--
	}
	return k >= 3 && determiners[strings.ToLower(ws[k-2])] && !auxiliaries[ws[k-1]] && (subjectPrepositions[ws[k-3]] || levelPrepositions[ws[k-3]])
}

// levelPrepositions set a level against another: "below the level".
var levelPrepositions = wordSet(`below above beyond under`)

// mainAfterLeadIn reports whether after, the text after a space, opens
// the main clause, with a pronoun and its verb, after a clause of time
// that opens the stretch before with no comma to close it: "By the time
// he stepped down as chief executive in 2004 it employed 1,400 people".
// Not after a verb, which may take the clause as its object, or a saying
// ("When he said in 2019 it was over").
func mainAfterLeadIn(before, after string) bool {
	// Called at every space of a sentence: the pronoun is looked for
	// first, without splitting the sentence into words.
	if w := firstWord(after); !subjectPronouns[w] || !strings.HasPrefix(after, w+" ") {
		return false
	}
	if k := strings.LastIndexAny(before, ",;:"); k >= 0 {
		before = before[k+1:]
	}
	b, f := strings.Fields(before), strings.Fields(after)
	if len(b) > 0 && (strings.EqualFold(b[0], "but") || strings.EqualFold(b[0], "and")) {
		b = b[1:]
	}
	if len(b) < 3 || len(f) < 2 || !pastForm(f[1]) && !finiteAuxiliaries[f[1]] {
		return false
	}
	opener := strings.ToLower(b[0])
	if opener == "by" && strings.EqualFold(b[1], "the") && strings.EqualFold(b[2], "time") {
		opener, b = "when", b[2:]
	}
	last := strings.ToLower(bare(b[len(b)-1]))
	return (opener == "when" || opener == "after" || opener == "before" || opener == "once" || opener == "until") &&
		!isVerbWord(last) && !clauseOpeners[last] && !determiners[last] && !statementVerb.MatchString(before)
}

// butClause reports whether after, the text after a space, opens with
// "but" and a clause of its own, a subject of a few words in lower case
// and its past verb, after a past act before that tells no saying: "He
// apologised on Tuesday but opposition parties threatened a motion".
func butClause(before, after string) bool {
	rest, ok := strings.CutPrefix(after, "but ")
	if !ok {
		return false
	}
	f := strings.Fields(rest)
	if len(f) < 3 || isVerbWord(f[0]) || adverbInVerbGroup(f[0]) {
		return false
	}
	k := slices.IndexFunc(f[1:min(5, len(f))], pastForm) + 1
	if k < 1 || slices.ContainsFunc(f[:k], func(t string) bool { return !isLowerWord(t) || isVerbWord(t) }) {
		return false
	}
	b := strings.Fields(before)
	v := lastVerb(b)
	return v >= 0 && pastForm(b[v]) && !statementVerb.MatchString(strings.Join(b[v:], " ")) && !slices.ContainsFunc(b[v+1:], func(t string) bool { return clauseOpeners[strings.ToLower(t)] || t == "that" })
}

// joinedSubjectClause reports whether after, the text after a space,
// opens with "and" and a clause of its own, a subject its article opens
// and a verb group after a past one before: "were closed on Tuesday and
// the top of the Eiffel Tower was shut". Not after a saying, whose
// object the subjects may share ("said the port and the airport were
// closed"), nor with a relative inside ("and a Libyan who were").
func joinedSubjectClause(before, after string) bool {
	rest, ok := strings.CutPrefix(after, "and ")
	if !ok {
		return false
	}
	f := strings.Fields(rest)
	// "won the presidency in 2022 and his party lost April's elections":
	// a subject a possessive opens, and its past verb.
	if len(f) > 2 && possessivePronouns[f[0]] != "" {
		k := slices.IndexFunc(f[1:min(5, len(f))], pastForm)
		b := strings.Fields(before)
		v := lastVerb(b)
		// Not a subject "and" joins inside a clause of time: "shortly
		// after he and his wife returned home".
		return k > 0 && !slices.ContainsFunc(f[:k+1], func(t string) bool { return strings.ContainsAny(t, ",;:") || !isLowerWord(t) }) &&
			v > 0 && pastForm(b[v]) && !statementVerb.MatchString(strings.Join(b[v:], " ")) && !slices.Contains(b[v+1:], "that") &&
			!slices.ContainsFunc(b[v+1:], func(t string) bool { return clauseOpeners[strings.ToLower(t)] })
	}
	if len(f) < 3 || !determiners[f[0]] {
		return false
	}
	k := slices.IndexFunc(f[1:min(7, len(f))], func(t string) bool { return finiteAuxiliaries[t] })
	if k < 1 || slices.ContainsFunc(f[:k+1], func(t string) bool {
		return strings.ContainsAny(t, ",;:") || relativeWords[strings.ToLower(t)] || t == "and" || t == "or"
	}) {
		return false
	}
	b := strings.Fields(before)
	v := lastVerb(b)
	if v < 1 || !pastForm(b[v]) || statementVerb.MatchString(strings.Join(b[v:], " ")) || slices.Contains(b[v+1:], "that") {
		return false
	}
	// The verb before is finite when an auxiliary leads it, or when the
	// verb after does not agree with its subject ("Rescuers searched
	// ... and the army was"); else it may be a participle on a subject
	// the two nouns share ("Tsunami warnings issued for the islands and
	// the Philippines were lifted").
	if finiteAuxiliaries[strings.ToLower(b[v-1])] {
		return true
	}
	_, singular := pluralAuxiliary[f[k+1]]
	_, plural := singularAuxiliary[f[k+1]]
	return isPlural(b[:v]) && singular || !isPlural(b[:v]) && plural
}

// laterPredicate reports whether s opens a predicate joined by "and"
// that tells of an act after the one before it: "and has since been
// charged", "and was later released", "and then fled". A date before it
// does not date that act, so it is a clause of its own.
func laterPredicate(s string) bool {
	// clauseCuts asks at every space: most words are no "and".
	rest, ok := strings.CutPrefix(s, "and ")
	if !ok {
		return false
	}
	// "opened in 1902 and for more than a century housed the treasures":
	// a span the act went on for tells of the time after it.
	if m := spanThenVerb.FindStringSubmatch(rest); m != nil && pastForm(m[1]) {
		return true
	}
	w, after, _ := strings.Cut(rest, " ")
	if finiteAuxiliaries[w] {
		w, after, _ = strings.Cut(after, " ")
	}
	return laterAdverbs[w] && after != ""
}

// spanThenVerb is a span of time "for" opens and the verb after it: "for
// more than a century housed".
var spanThenVerb = regexp.MustCompile(`^for (?:more than |almost |nearly |over |about |some )?(?:a|an|the next|\w+) (?:centur(?:y|ies)|decades?|years?|months?|weeks?|days?) ([a-z]+) `)

// coordinateSubjectStart is where the subject of the clause holding
// offset start begins when that clause is a predicate after a subject
// that ", and" opens and a name set off by commas: "the museum's
// director" of ", and the museum's director, Laurence des Cars, is due
// to testify". It is -1 when there is none.
func coordinateSubjectStart(s string, cuts []int, start int) int {
	i := slices.IndexFunc(cuts, func(c int) bool { return c > start }) - 1
	// The stretch before ", and" is a clause of its own: "Gene Hackman,
	// 95, and his wife, Betsy Arakawa, were found dead" is one subject.
	if i < 3 || s[cuts[i]-1] != ',' || s[cuts[i-1]-1] != ',' || !hasClauseVerb(s[cuts[i-3]:cuts[i-2]]) || !predicateStart(firstToken(strings.TrimLeft(s[cuts[i]:start], " "))) {
		return -1
	}
	name := strings.Fields(strings.TrimSuffix(strings.TrimSpace(s[cuts[i-1]:cuts[i]]), ","))
	subject := strings.Fields(strings.TrimSuffix(strings.TrimSpace(s[cuts[i-2]:cuts[i-1]]), ","))
	if len(name) == 0 || len(name) > 4 || !personName(name) || len(subject) < 3 || subject[0] != "and" || hasVerb(strings.Join(subject[1:], " ")) {
		return -1
	}
	if w := strings.ToLower(subject[1]); !determiners[w] && possessivePronouns[w] == "" {
		return -1
	}
	return cuts[i-2] + strings.Index(s[cuts[i-2]:], "and ") + len("and ")
}

// personName reports whether toks are a name: capitalised words, perhaps
// with a particle between them ("Laurence des Cars", "Ursula von der
// Leyen").
func personName(toks []string) bool {
	if len(toks) == 0 || !isCapitalised(toks[0]) || !isCapitalised(toks[len(toks)-1]) {
		return false
	}
	return !slices.ContainsFunc(toks, func(t string) bool { return !isCapitalised(t) && !nameParticles[t] })
}

// nameParticles join the parts of a name in lower case.
var nameParticles = wordSet(`de des du da di del della der den van von la le bin al`)

// predicateStart reports whether t, opening a stretch, may be a verb: a
// word in lower case that opens no noun phrase, phrase or clause.
func predicateStart(t string) bool {
	w := bare(t)
	if w == "" || w != strings.ToLower(w) || isDigit(w[0]) {
		return false
	}
	return !determiners[w] && !subjectPronouns[w] && !objectPronouns[w] && !subjectPrepositions[w] && !clauseOpeners[w] &&
		w != "and" && w != "but" && w != "or" && w != "that" && w != "as"
}

// sharedPredicate reports whether s opens with "and" or "but" and a past
// verb: a predicate whose subject is the clause's before it.
func sharedPredicate(s string) bool {
	w := words(s)
	if len(w) < 3 || w[0] != "and" && w[0] != "but" {
		return false
	}
	// "and last year paid a fine": a date may lead into the verb.
	if k := 1 + dateLeadLength(w[1:]); k > 1 && k < len(w) {
		return pastForm(w[k])
	}
	v, ok := verbOf(w[1])
	return ok && v.form == formPast
}

// dateLeadLength is the number of words of a date that w opens with when
// a past verb follows within three words: "last year"; else 0.
func dateLeadLength(w []string) int {
	if len(w) == 0 || !opensDate(strings.Join(w, " ")) {
		return 0
	}
	for n := 1; n < len(w) && n <= 3; n++ {
		if pastForm(w[n]) {
			return n
		}
		// "and in 2022 it fined": a subject of its own ends the lead.
		if t := w[n]; !isDigit(t[0]) && !dateWords[t] && !timeMeasures[t] && !timeMeasures[t+"s"] {
			return 0
		}
	}
	return 0
}

// laterAdverbs put an act after the one told before it.
var laterAdverbs = wordSet(`since later subsequently afterwards then`)

// startsClause reports whether the clause opener w, between the text
// before it and the text after it, opens a clause. Not always: after an
// auxiliary "since" is an adverb ("has since grown"); "hours before the
// deadline" and "shortly after" measure a time; "until Friday" and
// "because of" are prepositions.
func startsClause(before, w, after string) bool {
	switch {
	// "from 3.8% the month before, official figures showed": an
	// adverb that closes its phrase opens nothing.
	case w == "before" && (after == "" || strings.ContainsAny(after[:1], ",.;:")):
		return false
	case w == "since" && finiteAuxiliaries[lastWord(before)]:
		return false
	// "resigned on Thursday hours after a newspaper published photos":
	// after a day, the measure and what follows, a subject and its verb,
	// are a clause of their own.
	// "was held for 18 months before he was released": after how long
	// something lasted, what follows is a clause of its own too.
	case (w == "before" || w == "after") && timeMeasures[lastWord(before)]:
		return (measuredAfterDay(before) || lastedFor(before)) && !opensDate(after) && hasClauseVerb(leadingWords(after, 7))
	case timeOpeners[w] && (opensDate(after) || inParticipleAside(before, after)):
		return false
	// "that was found among his papers after his death will be
	// published": a clause of time tells what is to come in the present,
	// so a "will" after a short noun phrase is the main clause's.
	case timeOpeners[w] && willAfterNoun(after):
		return false
	case w == "because" && firstWord(after) == "of":
		return false
	// "will tell him on Oct. 13 when he must begin his sentence": after a
	// verb of telling or deciding, "when" asks.
	case w == "when" && askedWhen(before):
		return false
	// "the second company after Nvidia to be valued at more than $4
	// trillion": after a rank, "after" names who ranks before.
	case w == "after" && rankedAfter(before, after):
		return false
	// "Profit after tax", "earnings before interest": a result's measure.
	case (w == "before" || w == "after") && accountsTerms[firstWord(after)]:
		return false
	// "testified before a Senate committee": a body one appears before
	// is a place, not a time. With a clause on it the body's act has
	// its own: "before the same panel that issued Thursday's ruling".
	case w == "before" && slices.ContainsFunc(words(leadingWords(after, 4)), func(t string) bool { return hearingBodies[strings.ToLower(t)] }) && !hasVerb(leadingWords(after, 12)):
		return false
	}
	return true
}

// rankedAfter reports whether an "after" between before and after ranks
// a noun behind a name: before ends in a rank and its noun ("the second
// company"), after opens with a name and the infinitive the rank is in.
func rankedAfter(before, after string) bool {
	f := strings.Fields(before)
	n := len(f)
	return n >= 2 && ranksFirst(strings.ToLower(f[n-2])) && nameThenInfinitive.MatchString(after)
}

// nameThenInfinitive is a name of up to three words and an infinitive:
// " Nvidia to be".
var nameThenInfinitive = regexp.MustCompile(`^\s*(?:[A-Z][\w.'’-]*\s+){1,3}to\s+[a-z]`)

// askedWhen reports whether before, the words up to a "when", end in a
// verb of telling or deciding and at most a few words of object and date,
// with no mark or other verb between.
func askedWhen(before string) bool {
	f := strings.Fields(before)
	for k := len(f) - 1; k >= 0 && k >= len(f)-6; k-- {
		if strings.ContainsAny(f[k], ",;:") {
			return false
		}
		w := strings.ToLower(bare(f[k]))
		if v, ok := verbOf(w); questionVerbs[w] || ok {
			return questionVerbs[w] || questionVerbs[v.base]
		}
	}
	return false
}

// questionVerbs take a question as their object: "tell him when",
// "decide when".
var questionVerbs = wordSet(`tell ask decide know explain determine`)

// accountsTerms follow "before" or "after" in a measure of results:
// "profit after tax", "earnings before interest".
var accountsTerms = wordSet(`tax taxes interest exceptional exceptionals`)

// hearingBodies are the bodies one appears, testifies or is brought
// before.
var hearingBodies = wordSet(`committee committees court courts judge judges magistrates jury parliament panel tribunal congress senate lawmakers inquiry`)

// reportsOnSubject reports whether seg ends in a saying verb and the
// subject of the clause it reports: "It said a new factory in Arizona,".
func reportsOnSubject(seg string) bool {
	_, ok := reportedSubject(strings.Fields(strings.TrimRight(seg, " ,")))
	return ok
}

// onlyLeads reports whether s holds nothing but the words that lead into
// a date ("at about", "early on"), or nothing.
func onlyLeads(s string) bool {
	ws := words(s)
	for i, w := range ws {
		w = strings.ToLower(w)
		// "shortly after 8 a.m.": a bound a word of nearness makes a
		// point, as "at" is.
		near := (w == "after" || w == "before") && i > 0 && nearness[strings.ToLower(ws[i-1])]
		// "in Edmonton shortly after": so does a place's name.
		place := isCapitalised(ws[i]) && i > 0 && (strings.EqualFold(ws[i-1], "in") || isCapitalised(ws[i-1]))
		if !leadWords[w] && !near && !place {
			return false
		}
	}
	return true
}

// listedDateOnly reports whether s, after a date, is only the last date
// of a list that "and" or "or" ends: " and 1981,", " or March 4".
func listedDateOnly(s string) bool {
	ws := words(s)
	if len(ws) < 2 || ws[0] != "and" && ws[0] != "or" {
		return false
	}
	return !slices.ContainsFunc(ws[1:], func(w string) bool {
		return !isDigit(w[0]) && !(isCapitalised(w) && dateWords[strings.ToLower(w)]) && !leadWords[w]
	})
}

// "most recently in September" leads into its date as "in" does.
var leadWords = wordSet(`at on in about around nearly almost just shortly early late by most recently`)

// phraseOnly reports whether s, after a date, is empty or a phrase that
// opens with a preposition or "as" rather than a clause's subject.
func phraseOnly(s string) bool {
	w := firstWord(s)
	return w == "" || w == "as" || subjectPrepositions[w]
}

// joinedPastPredicate reports whether s opens with "and" and a past verb
// or an auxiliary, a predicate that shares the subject before it: "and
// forced more evacuations".
func joinedPastPredicate(s string) bool {
	w := words(s)
	return len(w) > 1 && w[0] == "and" && (pastForm(w[1]) || finiteAuxiliaries[w[1]])
}

// hasAuxiliary reports whether s holds an auxiliary verb: "was", "had".
func hasAuxiliary(s string) bool {
	return slices.ContainsFunc(words(s), func(w string) bool { return auxiliaries[strings.ToLower(w)] })
}

// pastPassive reports whether ws end in a past passive: "were injured",
// "was badly hurt".
func pastPassive(ws []string) bool {
	n := len(ws)
	if n > 2 && lyAdverb(ws[n-2]) {
		ws = append(ws[:n-2:n-2], ws[n-1])
		n--
	}
	return n >= 2 && (ws[n-2] == "was" || ws[n-2] == "were") && pastForm(ws[n-1])
}

// newClause reports whether seg opens with "and" or "but" and a subject
// of its own, with its verb: " and Trump has said he will", not " and
// was released" or " and Slack".
func newClause(seg string) bool {
	w := words(seg)
	if len(w) < 3 || w[0] != "and" && w[0] != "but" {
		return false
	}
	// "and remains recovered from it were identified": a word like a
	// present verb that a finite verb follows is the subject.
	if v, ok := verbOf(w[1]); ok && !(v.form == formPresent && slices.ContainsFunc(w[2:], func(t string) bool { return finiteAuxiliaries[t] })) {
		return false
	}
	return hasClauseVerb(strings.Join(w[2:], " ")) || joinedPresent(seg)
}

// joinedPresent reports whether seg opens with "and" or "but" and a
// present the lists do not know, after a subject its article opens: "and
// the phones go on sale".
func joinedPresent(seg string) bool {
	w := words(seg)
	return len(w) > 3 && (w[0] == "and" || w[0] == "but") && determiners[w[1]] && presentAfterNoun(w[2:])
}

// presentAfterNoun reports whether ws open with a noun of one or two
// words in lower case and a verb's base, a present after a plural,
// before what opens its complement: "phones go on sale".
func presentAfterNoun(ws []string) bool {
	for k := 1; k <= 2 && k+1 < len(ws); k++ {
		if !lowerNoun(ws[k-1]) || stopWords[ws[k-1]] {
			return false
		}
		if baseForms[ws[k]] && (predicatePrepositions[ws[k+1]] || opensVerbObject(ws[k+1])) {
			return true
		}
	}
	return false
}

// inParticipleAside reports whether an opener of time, between the text
// before it and the text after it, stands in a participle's phrase set
// off by commas after the subject, before a phrase with no verb that the
// closing comma ends: "The deal, reached late Tuesday after days of
// talks, replaces ...". That phrase is the participle's, and what the
// commas enclose is one passive.
func inParticipleAside(before, after string) bool {
	k := strings.LastIndex(before, ",")
	if k < 0 || hasClauseVerb(before[:k]) {
		return false
	}
	if !pastParticipleFirst(before[k+1:]) {
		return false
	}
	end := strings.IndexAny(after, ",;:—–.!?")
	return end >= 0 && after[end] == ',' && !hasClauseVerb(after[:end])
}

// pastParticipleFirst reports whether seg opens with a verb's past form,
// after any adverbs: "reached late Tuesday", "first reported".
func pastParticipleFirst(seg string) bool {
	f := strings.Fields(seg)
	for len(f) > 1 && headlineAdverbs[strings.ToLower(bare(f[0]))] {
		f = f[1:]
	}
	return len(f) > 0 && pastForm(f[0])
}

// opensDate reports whether s, after an opener of time, begins with a
// date rather than a clause: "until at least Friday", "since 2019",
// "before next week".
func opensDate(s string) bool {
	t := firstToken(s)
	if t == "" {
		return false
	}
	if isDigit(t[0]) {
		return true
	}
	// "until the end of the season": a part of a time.
	if f := strings.Fields(s); len(f) > 2 && strings.EqualFold(f[0], "the") && periodParts[strings.ToLower(f[1])] && f[2] == "of" {
		return true
	}
	// "May" only capitalised: "may" is the verb.
	return dateWords[strings.ToLower(t)] || (dateWords[strings.ToLower(strings.TrimSuffix(t, "."))] && isCapitalised(t)) || t == "May"
}

// placeStateRelative reports whether before, a stretch up to a date,
// is a "where" relative whose verb says only that someone stayed there,
// perhaps with the date's preposition: "where he worked in".
func placeStateRelative(before string) bool {
	w := words(before)
	if len(w) < 3 || len(w) > 4 || !strings.EqualFold(w[0], "where") {
		return false
	}
	v, ok := verbOf(w[2])
	if !ok || v.form != formPast || !stayVerbs[v.base] {
		return false
	}
	return len(w) == 3 || dateLeadWords[strings.ToLower(w[3])]
}

// stayVerbs say that someone stayed in a place: what they did there
// over a time, no act.
var stayVerbs = wordSet(`work live stay study teach train serve reside`)

// periodParts name a part of a period: "the end of", "the start of".
var periodParts = wordSet(`end start beginning middle close turn rest remainder`)

// dateWords open a date: a weekday or month, or a word that leads into
// one.
var dateWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april june july
	august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
	at next last this early late mid midnight noon`)

// timeMeasures say how long before or after: "hours before the
// deadline", "shortly after the vote".
var timeMeasures = wordSet(`seconds minutes hours days weeks months years moments shortly soon just right long`)

// lastWord is the last word of s, in lower case.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// firstToken is the first word of s as written, without punctuation.
func firstToken(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return bare(f[0])
}

// firstWord is the first run of letters (and apostrophes) in s, lower
// case: the word a stretch opens with, past punctuation and figures. It
// reads no further, as clauseCuts asks it at every space.
func firstWord(s string) string {
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || r == '\''
		switch {
		case start < 0 && inWord:
			start = i
		case start >= 0 && !inWord:
			return strings.ToLower(s[start:i])
		}
	}
	if start < 0 {
		return ""
	}
	return strings.ToLower(s[start:])
}

// hasVerb reports whether a stretch holds a finite verb form we know.
func hasVerb(s string) bool {
	ws := words(s)
	for i, w := range ws {
		// "compared with" is a preposition: ", compared with $61.7
		// billion a year earlier".
		if w == "compared" && i+1 < len(ws) && (ws[i+1] == "with" || ws[i+1] == "to") {
			continue
		}
		if _, ok := verbOf(w); ok {
			return true
		}
	}
	return false
}

// contrastClause reports whether seg opens with "while" or "whereas" and
// a named subject with its verb: " while Arsenal host Nottingham Forest".
func contrastClause(seg string) bool {
	w := words(seg)
	return len(w) > 3 && (w[0] == "while" || w[0] == "whereas") && namedThenVerb(w[1:])
}

// ordinalParts reports whether seg, a stretch after a comma, opens with
// an article and an ordinal that stands alone, as a part of what the
// clause before told, and when it came: "the first shortly after 8 a.m.".
func ordinalParts(seg string) bool {
	w := words(seg)
	return len(w) > 2 && determiners[strings.ToLower(w[0])] && ordinalWords[w[1]] && (lyAdverb(w[2]) || partTimes[w[2]])
}

// partTimes follow a part's ordinal to tell when it came: "the first on
// Monday", "the first and the second", not "the first to be named".
var partTimes = wordSet(`in on at after before around about and`)

// thanParticiple is "than" and the participle a comparison ends with:
// "than needed", "than expected".
var thanParticiple = regexp.MustCompile(`\bthan\s+[a-z]+ed\b`)

// namedThenVerb reports whether ws open with a name of up to three
// capitalised words and a word in lower case that may be a verb, before
// what opens its object: "Arsenal host Nottingham Forest".
func namedThenVerb(ws []string) bool {
	k := 0
	for k < len(ws) && k < 3 && isCapitalised(ws[k]) && !determiners[strings.ToLower(ws[k])] {
		k++
	}
	return k > 0 && k+1 < len(ws) && bareVerbAt(ws[k]) && (isCapitalised(ws[k+1]) || opensVerbObject(ws[k+1]))
}

// hasClauseVerb reports whether s has a verb that is not an adjective
// after a determiner: "an impassioned opponent" has none, "the panel that
// issued" has one.
func hasClauseVerb(s string) bool {
	ws := words(s)
	for i, w := range ws {
		if _, ok := verbOf(w); ok && (i == 0 || !determiners[strings.ToLower(ws[i-1])] || strings.EqualFold(ws[i-1], "that")) {
			return true
		}
	}
	return false
}

// onlyAdjectivalVerbs reports whether every verb form in s stands after
// a determiner and a word that qualifies it, as an adjective does:
// "Turnout in the last contested presidential election". Right after a
// determiner a past form still counts ("With the finding of a buried
// rifle" holds the verb its stretch is told by).
func onlyAdjectivalVerbs(s string) bool {
	ws := words(s)
	for i, w := range ws {
		if _, ok := verbOf(w); !ok {
			continue
		}
		// "the second died in March 2021": with no noun after it, the
		// form is the verb of an ordinal that stands for its noun.
		if i > 1 && determiners[strings.ToLower(ws[i-2])] && ws[i-2] != "that" && (ordinalWords[strings.ToLower(ws[i-1])] || lyAdverb(ws[i-1]) || ws[i-1] == "most") &&
			i+1 < len(ws) && !subjectPrepositions[ws[i+1]] {
			continue
		}
		return false
	}
	return true
}

// measuredAfterDay reports whether before ends in a day and a measure of
// time: "on Thursday hours", "on Monday, just days".
func measuredAfterDay(before string) bool {
	f := strings.Fields(before)
	for len(f) > 1 && (timeMeasures[strings.ToLower(f[len(f)-1])] || amountWords[strings.ToLower(f[len(f)-1])] || isDigit(f[len(f)-1][0])) {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return false
	}
	day := strings.ToLower(strings.Trim(f[len(f)-1], ",;."))
	return dateWords[day] && !leadWords[day] && day != "this" || day == "today" || day == "yesterday" || day == "tonight"
}

// willAfterNoun reports whether s opens with a noun phrase of up to four
// words and "will": "his death will".
func willAfterNoun(s string) bool {
	f := strings.Fields(s)
	for i := 1; i < len(f) && i <= 4; i++ {
		if strings.ContainsAny(f[i-1], ",;:") {
			return false
		}
		if f[i] == "will" {
			return nounPhrase(f[:i]) && !subjectPronouns[strings.ToLower(f[0])]
		}
	}
	return false
}

// lastedFor reports whether before ends in how long something lasted,
// "for" or "over" and a measure of time ("for 18 months", "over nearly
// two years"), in a stretch that names no day of its own: "reopened on
// Monday for two weeks after the strike ended" is dated as a whole.
func lastedFor(before string) bool {
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	f := strings.Fields(before)
	// "over" is a hedge ("for over two years") and a preposition of its
	// own ("over three years").
	for w := ""; len(f) > 1; f = f[:len(f)-1] {
		if w = strings.ToLower(f[len(f)-1]); !timeMeasures[w] && !isDigit(w[0]) && !((amountWords[w] || countHedges[w]) && w != "over") {
			break
		}
	}
	if len(f) < 2 || !strings.EqualFold(f[len(f)-1], "for") && !strings.EqualFold(f[len(f)-1], "over") {
		return false
	}
	return !slices.ContainsFunc(f, func(t string) bool {
		t = bare(t)
		return isYear(t) || isCapitalised(t) && dateWords[strings.ToLower(t)] || deicticDays[strings.ToLower(t)]
	})
}

// measureStart is where a clause that opens at i begins, taking in the
// time it is measured by: "hours after a newspaper published", "two days
// before the vote was held".
func measureStart(s string, i int) int {
	before := strings.TrimRight(s[:i], " ")
	if w := firstWord(s[i:]); (w != "after" && w != "before") || !timeMeasures[lastWord(before)] {
		return i
	}
	start := strings.LastIndexByte(before, ' ') + 1 // the measure: "hours"
	// and its count: "two days", "18 months"
	if count := strings.TrimRight(before[:start], " "); count != "" {
		n := strings.LastIndexByte(count, ' ') + 1
		// Not a number a comma ends: in "in June 2020, days after" the
		// year is the date's.
		if (isDigit(count[n]) || amountWords[strings.ToLower(count[n:])]) && !strings.ContainsAny(count[n:], ",;:") {
			start = n
		}
	}
	return start
}

// leadingWords is the first n words of s, or fewer before a comma.
func leadingWords(s string, n int) string {
	if i := clauseMark(s); i >= 0 {
		s = s[:i]
	}
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// words splits text into its words, keeping case, dropping punctuation.
// thirdPersonS reports whether w may be a verb in the present after a
// singular subject, which the verb lists may not know: a word in lower
// case in -s ("reports", "holds"), not in -ss.
func thirdPersonS(w string) bool {
	return isLowerWord(w) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	})
}

// appositivePhrase reports whether seg is a noun phrase a determiner
// opens, set off by commas, whose only verbs are participles on its
// nouns, " a conservative historian backed by the Law and Justice party,",
// or a relative's on them, " a network of reservoirs that provides".
func appositivePhrase(seg string) bool {
	ws := words(seg)
	// "one of only a handful of people admitted without a first degree,":
	// a count of a group opens one too.
	// "only the third object known to have entered our solar system
	// from another star,": so may an adverb of degree before the
	// article, and an infinitive's verbs are no clause's.
	if len(ws) > 2 && appositiveAdverbs[strings.ToLower(ws[0])] && determiners[strings.ToLower(ws[1])] {
		ws = ws[1:]
	}
	// "all experienced off-piste skiers from Germany,": so may a
	// quantifier, whose past form right after it is an adjective.
	quantified := len(ws) > 2 && quantifiers[strings.ToLower(ws[0])]
	opens := len(ws) > 0 && (determiners[strings.ToLower(ws[0])] || quantified || len(ws) > 2 && (ws[0] == "one" || countWord(ws[0])) && ws[1] == "of")
	if len(ws) < 2 || !opens || !strings.HasSuffix(strings.TrimSpace(seg), ",") {
		return false
	}
	for k, w := range ws[1:] {
		if w == "that" || w == "which" || w == "who" {
			return true
		}
		if !isVerbWord(w) || ws[k] == "to" || k > 0 && ws[k-1] == "to" && ws[k] == "have" || k == 0 && quantified && pastForm(w) {
			continue
		}
		if !pastForm(w) || k+2 >= len(ws) || !subjectPrepositions[ws[k+2]] {
			return false
		}
	}
	return true
}

// namesListEnds is the end of a list of names, "and" and the last,
// before a date's preposition: " Austria and Romania on ".
var namesListEnds = regexp.MustCompile(`^\s*(?:\p{Lu}\S*\s+){1,3}and\s+(?:the\s+)?(?:\p{Lu}\S*\s+){1,3}(?:on|in|at|during|over|from|since|until)?\s*$`)

// infinitiveOfPurpose is "to" and a verb's base right after a date: " to
// explain".
var infinitiveOfPurpose = regexp.MustCompile(`^\s+to\s+[a-z]+\b`)

// nameOnly reports whether every word of s is capitalised or a code in
// capitals: "Karol Nawrocki", "Comet 3I/ATLAS".
func nameOnly(s string) bool {
	return !slices.ContainsFunc(strings.Fields(s), func(t string) bool {
		return !isCapitalised(t) && (strings.ContainsFunc(t, unicode.IsLower) || !strings.ContainsFunc(t, unicode.IsUpper))
	})
}

// opensRelative reports whether s opens with a relative pronoun, perhaps
// after a preposition: "which ended", "who", "on which R1 is built".
func opensRelative(s string) bool {
	w := words(s[:min(len(s), 24)]) // the first words are enough
	if len(w) > 1 && subjectPrepositions[w[0]] {
		w = w[1:]
	}
	return len(w) > 0 && (w[0] == "which" || w[0] == "who" || w[0] == "whom")
}

// phraseThenJoinedPredicate reports whether a stretch opens with a phrase
// a preposition opens and has for its first verb one in the past that
// "and" joins on: "within three days and captured Hama".
func phraseThenJoinedPredicate(s string) bool {
	ws := words(s)
	if len(ws) < 4 || !subjectPrepositions[ws[0]] && ws[0] != "within" && ws[0] != "during" {
		return false
	}
	k := slices.IndexFunc(ws, isVerbWord)
	return k > 1 && ws[k-1] == "and" && pastForm(ws[k])
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// clauseMark is the index of the first comma, semicolon or colon in s
// that marks off a clause, not one inside a number ("35,000", "2:30"); -1
// when there is none.
func clauseMark(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c == ',' || c == ';' || c == ':') && !(c != ';' && i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1])) {
			return i
		}
	}
	return -1
}

// coordinateAdjective reports whether a comma between before and after
// parts two adjectives of one noun phrase: "a new, more transmissible
// variant", "a long, bitter dispute", "the deadly, fast-moving fire".
func coordinateAdjective(before, after string) bool {
	b := strings.Fields(before)
	a := strings.Fields(after)
	if len(b) < 2 || len(a) < 2 {
		return false
	}
	article, adjective, next := strings.ToLower(b[len(b)-2]), b[len(b)-1], a[0]
	if article != "a" && article != "an" && article != "the" || !isLowerWord(adjective) || !isLowerWord(strings.ReplaceAll(next, "-", "")) {
		return false
	}
	return commonAdjectives[adjective] && !clauseOpeners[next] && !subjectPrepositions[next] && !determiners[next] && !conjunctions[next]
}

// commonAdjectives come before a second adjective of a noun phrase in
// news: "a long, bitter dispute", "a new, more transmissible variant"; a
// noun does not ("the vote, originally scheduled").
var commonAdjectives = wordSet(`new long short big small large bitter brutal bloody fierce heavy strong deadly rare major serious violent
	protracted costly quiet rapid slow sudden dramatic historic difficult tough complex young old fresh powerful huge massive
	bold brief narrow wide fragile uneasy tense`)

// yearThenDate is a year, its comma and the second date of a range or a
// pair: "2014, and Dec. 31", "2019, to March".
// attributiveDate is an article and a full date that ends text before a
// comma, the date qualifying the noun after it: "in the Dec. 21, 1988".
var attributiveDate = regexp.MustCompile(`(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}$`)

var yearThenDate = regexp.MustCompile(`^\d{4},\s+(?:and|or|to|through|until)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d)`)

// rankingAppositive reports whether toks, set off by commas, rank the noun
// before them with no verb of their own: "the longest in U.S. history",
// "the first since 2019", "the biggest on record".
func rankingAppositive(toks []string) bool {
	if len(toks) < 2 || !strings.EqualFold(toks[0], "the") || hasVerb(strings.Join(toks, " ")) {
		return false
	}
	return ranksFirst(strings.ToLower(bare(toks[1])))
}

// ranksFirst reports whether w, in lower case, is a superlative or a
// word that ranks as one: "longest", "first", "latest".
func ranksFirst(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "est") && !estWords[w] || rankWords[w]
}

// estWords end in "-est" but rank nothing: "Her arrest sparked protests".
var estWords = wordSet(`arrest interest protest request contest harvest forest quest guest chest inquest conquest suggest digest
	invest attest detest unrest honest modest earnest behest bequest tempest manifest priest`)

// measureAppositive reports whether toks, set off by commas, are a
// figure and its unit with no verb: "328 days", "8.8 magnitude".
func measureAppositive(toks []string) bool {
	return len(toks) >= 2 && len(toks) <= 3 && isDigit(toks[0][0]) && !hasVerb(strings.Join(toks, " "))
}

// rankWords rank what they follow as superlatives do.
var rankWords = wordSet(`first second third last latest worst best`)

// placeCompound reports whether a comma between before and after parts a
// place from its region made an adjective: "The Santa Clara,
// California-based company", "a Lagos, Nigeria-born artist".
func placeCompound(before, after string) bool {
	f := strings.Fields(before)
	next := firstToken(after)
	return len(f) > 0 && isCapitalised(f[len(f)-1]) && isCapitalised(next) && (strings.HasSuffix(next, "-based") || strings.HasSuffix(next, "-born"))
}

// gerundTimeClause reports whether seg opens with a conjunction of time
// and a gerund, a clause with no subject of its own: "after being
// diagnosed with a condition,".
func gerundTimeClause(seg string) bool {
	f := strings.Fields(seg)
	return len(f) > 1 && timeConjunctions[strings.ToLower(f[0])] && presentParticiple(f[1])
}

// attributionAfter reports whether s opens with a verb of saying: "said
// on Wednesday.".
func attributionAfter(s string) bool {
	v, ok := verbOf(firstWord(s))
	return ok && sayingVerbs[v.base]
}

// endsInDeterminedNoun reports whether a determiner stands among seg's
// last four words, opening the noun phrase it ends in.
func endsInDeterminedNoun(seg string) bool {
	f := strings.Fields(strings.ToLower(seg))
	return slices.ContainsFunc(f[max(0, len(f)-4):], func(w string) bool { return determiners[w] })
}

// lastToken is the last of s's words as written, or "".
func lastToken(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// deicticDays name a day from the day of writing.
var deicticDays = wordSet(`yesterday today tonight tomorrow`)
