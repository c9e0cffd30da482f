package ingest

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parsedHeadline is a headline with its parts.
type parsedHeadline struct {
	title    string
	subject  []string
	verbBase string
	object   []string
	// relative is the relative word ("that", "which", "who") when the
	// verb is a relative clause's ("A blaze that erupted ..."), whose
	// subject is only guessed; "" otherwise.
	relative string
	// passive is set when the verb is a participle after "is" or "are":
	// "A body is found".
	passive bool
}

// parseHeadline makes a news-headline title from a clause: actor first, verb in
// the present tense, no date words. "Interior Minister Dana Okafor on
// Wednesday denied reports that the port had closed" becomes "Okafor
// denies reports that the port closed". ok is false when the clause has
// no verb to build on.
func parseHeadline(clause string) (parsedHeadline, bool) {
	toks := withoutLeadIn(dropAside(withoutListedAge(strings.Fields(clause))))
	// "Hours after the higher rates take effect, Trump pauses them": a
	// clause of time that leads in goes from the headline.
	if k := timeClauseLeadEnd(toks); k > 0 {
		if h, ok := parseHeadline(strings.Join(toks[k:], " ")); ok {
			return h, true
		}
	}
	// "Spain, who also won the title": an adverb between a relative
	// word and its verb goes.
	for i := 1; i+1 < len(toks); i++ {
		if w := strings.ToLower(toks[i-1]); (w == "who" || w == "which") && verbGroupAdverb(toks[i]) && isVerbWord(toks[i+1]) {
			toks = slices.Delete(slices.Clone(toks), i, i+1)
			break
		}
		// "The company, which almost collapsed,": one of degree stays,
		// as it changes what is told; the relative, which ends the
		// clause, tells of the noun.
		if w := strings.ToLower(toks[i-1]); i > 1 && (w == "who" || w == "which") && degreeAdverbs[strings.ToLower(toks[i])] && isVerbWord(toks[i+1]) &&
			strings.HasSuffix(toks[i-2], ",") && !slices.ContainsFunc(toks[i+1:len(toks)-1], func(t string) bool { return strings.ContainsAny(t, ",;:") }) {
			toks = slices.Delete(slices.Clone(toks), i-1, i)
			toks[i-2] = strings.TrimSuffix(toks[i-2], ",")
			break
		}
	}
	// The verb is the first one, unless it follows an article: in "A
	// buried rifle was found", "was".
	vi := -1
	var subject []string
	aside := 0 // the end of a participle's phrase set off by commas
	for i, t := range toks {
		_, isVerb := verbOf(bare(t))
		// "The company, which reports results", "The duties, which take
		// effect": a word in lower case right after a relative set off
		// by a comma is its verb, in a present the verb lists may not
		// know; not a subject of its own ("which the council approved",
		// "which officials say").
		isVerb = isVerb || i > 1 && (toks[i-1] == "which" || toks[i-1] == "who") && strings.HasSuffix(toks[i-2], ",") && relativePresent(toks, i)
		// "police say 6,200 suspects were killed": so is "say" after a
		// plural or a pronoun; "the final say" is a noun.
		isVerb = isVerb || t == "say" && i > 0 && (isPlural(toks[i-1:i]) || pronounSubjects[strings.ToLower(toks[i-1])])
		// "Chileans vote on Sunday", "Polls open at 8 a.m.": so is a word
		// in lower case the verb lists may not know right after a plural
		// noun that opens the clause (not a count: "69 percent of"),
		// before a preposition or an article.
		isVerb = isVerb || i == 1 && isCapitalised(toks[0]) && isPlural(toks[:1]) && plainPresent(toks, i)
		if !isVerb || i == 0 || i < aside {
			continue
		}
		// After a determiner a participle is an adjective: "an
		// impassioned opponent", "the proposed merger", "of no fixed
		// address", "a chance of another cut", "expect the next cut".
		// Not a modal after "next", which stands for a noun: "The next
		// will be on August 2".
		if d := strings.ToLower(bare(toks[i-1])); (determiners[d] || d == "no" || d == "another" || d == "next" && !modalPhrase(strings.ToLower(t))) && d != "that" && i > 1 || nounPossessive(toks[i-1]) {
			continue
		}
		// So after a quantifier opening an appositive: "The group, all
		// experienced off-piste skiers from Germany, was caught".
		if i > 1 && quantifiers[strings.ToLower(toks[i-1])] && strings.HasSuffix(toks[i-2], ",") && pastForm(t) {
			continue
		}
		// A form that is a noun as well, after an article and its
		// adjective, is the subject's noun before an auxiliary, perhaps
		// past a phrase on it: "an earlier bid (by a French rival) was
		// rejected".
		if i > 1 && i+1 < len(toks) && !auxiliaries[strings.ToLower(toks[i])] && determiners[strings.ToLower(bare(toks[i-2]))] && isLowerWord(toks[i-1]) && !isVerbWord(toks[i-1]) && auxiliaryAfterNoun(toks[i+1:]) {
			continue
		}
		// "a female named Mitra was missing": so is a participle of
		// naming after a noun its determiner opens, the name after it.
		if k := determinerBefore(toks, i-1); namingParticiples[strings.ToLower(t)] && k >= 0 && i-1-k <= 2 && i+2 < len(toks) && isCapitalised(toks[i+1]) && !nounPossessive(toks[i+1]) && isLowerWord(toks[i-1]) && hasVerb(strings.Join(toks[i+2:], " ")) {
			continue
		}
		// So it is after a possessive that opens the clause, before a
		// noun and a verb: "His disputed loss to Kibaki sparked".
		if i == 1 && possessivePronouns[strings.ToLower(toks[0])] != "" && pastForm(t) && i+2 < len(toks) && hasVerb(strings.Join(toks[i+2:], " ")) {
			continue
		}
		// So it is after "than": "shrinks more than expected". Not a
		// verb a hedge opens: "Revenue more than doubled".
		if strings.EqualFold(toks[i-1], "than") && pastForm(t) && expectedForms[strings.ToLower(bare(t))] {
			continue
		}
		// So it is in an appositive its article opens, set off by a
		// comma: "consists of FTT, a token created by FTX".
		if pastForm(t) && inArticleAppositive(toks, i) {
			continue
		}
		// So it is after a preposition: "the number of confirmed cases",
		// "a list of wanted men".
		if p := strings.ToLower(toks[i-1]); subjectPrepositions[p] && p != "to" && pastForm(t) {
			continue
		}
		// And after a preposition's or an article's modifier, before its
		// noun and a verb: "an alliance of ethnic armed groups declared",
		// "a police armored vehicle ran".
		if participleAdjective(toks, i) || countedParticiple(toks, i) {
			continue
		}
		// So it is after an article and an adverb or ordinal, before its
		// noun: "the first crewed flight", "a heavily armed man".
		if adjectiveAfterModifier(toks, i) {
			continue
		}
		if afterCompound(toks, i) || compoundHead(toks, i) {
			continue
		}
		// "The company, based in Austin, laid off ...": a participle's
		// phrase after the subject's comma describes it, when a verb
		// follows. After an appositive's closing comma ("Its lawyer,
		// Greg Craig, asked for") the participle is the verb.
		// The phrase runs to its closing comma, past any clause in it
		// ("arrested on Monday after police raided his home,").
		if strings.HasSuffix(toks[i-1], ",") && commas(toks[:i]) == 1 && (participlePhrase(strings.Join(toks[i:min(i+3, len(toks))], " ")) || pastThenDate(toks[i:])) &&
			i+2 < len(toks) && hasVerb(strings.Join(toks[i+2:], " ")) {
			aside = i + 1 + slices.IndexFunc(toks[i:], func(t string) bool { return strings.HasSuffix(t, ",") })
			continue
		}
		if end, ok := participleAside(toks, i); ok {
			aside = end
			continue
		}
		// "A van driver who was scrolling through social media when he
		// hit a cyclist has been jailed": the verb of a relative on the
		// subject, however long, comes before the subject's own perfect.
		if m := perfectAfterRelative(toks, i); m > 0 {
			if s := actor(toks[:i-1]); nounPhrase(s) {
				subject, vi = s, m
				break
			}
		}
		// "The owner of a care home where a resident was found with
		// maggots in her wounds has been banned": so is the verb of a
		// "where" clause on the subject.
		if w, m := perfectAfterWhere(toks, i); m > 0 {
			if s := actor(toks[:w]); nounPhrase(s) {
				subject, vi = s, m
				break
			}
		}
		if subject = actor(toks[:i]); nounPhrase(subject) {
			vi = i
			break
		}
		// Only a lone article before it lets a later verb be tried.
		if a := strings.ToLower(bare(toks[i-1])); i > 1 || a != "a" && a != "an" && a != "the" {
			break
		}
	}
	if vi <= 0 {
		return parsedHeadline{}, false
	}
	// "Anyone who ignored those warnings will answer for it": a relative
	// on an indefinite pronoun is part of the subject, whose verb follows.
	if vi > 1 && indefiniteHeads[strings.ToLower(bare(toks[vi-2]))] {
		if open, end, ok := relativeOnSubjectSpan(toks); ok && open == vi-1 {
			subject, vi = toks[:end], end
		}
	}
	head := subject // its number is the subject's, not a reduced relative's
	// "Tax rises she is expected to announce could weigh on growth": a
	// pronoun and its verb right after the subject's noun are a relative
	// clause on it with no relative word, the main verb after it.
	if vi > 1 && contactPronounAt(toks, vi-1) {
		if end, ok := relativeVerbEnd(toks, vi-1, vi); ok {
			subject, vi = toks[:end], end
		}
	}
	// A form as often a noun that ends the clause is no main verb: "Rice
	// equalised with a low shot".
	if j := reducedRelativeEnd(toks, vi); j > 0 && !(j == len(toks)-1 && nounParticiples[strings.ToLower(bare(toks[j]))]) {
		if s := actor(toks[:j]); nounPhrase(s) {
			// "Revenue for the quarter ended Oct. 26 rose": a participle
			// and a bare date tell nothing a title keeps.
			if bareDate(toks[vi+1 : j]) {
				s = actor(toks[:vi])
			}
			vi, subject = j, s
		}
	}
	plural := isPlural(head)
	// The verb's own number, where it shows one, wins: "Reyes is expected".
	switch strings.ToLower(bare(toks[vi])) {
	case "is", "was", "has":
		plural = false
	case "are", "were", "have":
		plural = true
	}
	if v, _ := verbOf(bare(toks[vi])); v.form == formPresent { // "plans"
		plural = false
	}
	verbPhrase, base, rest := presentPhrase(toks[vi:], plural)
	// "The deal, first reported by Reuters,", "The ruling, handed down
	// on Thursday,": a participle set off from its subject by commas, and
	// followed by its agent or closed by the clause's last comma, is
	// passive. A passive takes no object: "MindSpring, which provided the
	// space, closed it" has lost its relative clause, and the comma
	// before "closed" is that clause's end.
	j := vi - 1
	for j > 0 && (headlineAdverbs[strings.ToLower(bare(toks[j]))] || lyAdverb(bare(toks[j]))) {
		j-- // "first", "badly"
	}
	// "led by two points", "rose by 5%": "by" and a figure measure; no
	// agent follows.
	byAgent := vi+1 < len(toks) && strings.EqualFold(toks[vi+1], "by") && !byFigure(toks[vi+2:])
	next := ""
	if vi+1 < len(toks) {
		next = strings.ToLower(bare(toks[vi+1]))
	}
	setOff := commas(toks[:j+1]) == 1 && strings.HasSuffix(toks[len(toks)-1], ",") && !determiners[next] && !objectPronouns[next]
	// "Stone, arrested on Monday after police raided his home, was
	// charged": a clause opener inside the commas cut the phrase short,
	// but a participle with nothing or a preposition after it has no
	// object, and is passive too, unless a relative clause was dropped
	// between it and its subject ("The mayor, who ..., resigned").
	unfinished := commas(toks[:j+1]) == 1 && len(toks) == len(strings.Fields(clause)) && (next == "" || subjectPrepositions[next])
	if v, _ := verbOf(bare(toks[vi])); v.form == formPast && strings.HasSuffix(toks[j], ",") && (byAgent || setOff || unfinished) {
		verbPhrase = present("be", plural) + " " + bare(toks[vi])
		// The adverbs between the comma and the participle go with the
		// aside: "The bell tower, badly damaged" is "The bell tower is
		// damaged".
		for len(subject) > 1 && subjectAt(toks, subject) == 0 && len(subject) > j+1 {
			subject = subject[:len(subject)-1]
		}
	}
	if verbPhrase == "" {
		return parsedHeadline{}, false
	}
	// "was arrested in March 2023 and had pleaded not guilty": a past
	// perfect joined on to an act tells what came before it, and is no
	// part of the headline. What is reported is the speaker's (below).
	if !sayingVerbs[base] && !thingsSaidVerbs[base] {
		for i := 1; i+2 < len(rest); i++ {
			if strings.EqualFold(rest[i], "and") && strings.EqualFold(rest[i+1], "had") && pastForm(rest[i+2]) {
				rest = rest[:i]
				break
			}
		}
	}
	// In a headline a reported past perfect reads as the past: "denies
	// reports that the port had closed" → "... that the port closed",
	// "says that it had been hit" → "says it was hit".
	rest = dropPluperfect(rest)
	// A second predicate is a second headline: "declares an emergency and
	// said the army would deploy" ends before "and said", "pleads not
	// guilty and was released" before "and was". A participle
	// naming something ("and accused killer Ari Stone") is no predicate:
	// a verb of saying or one a function word follows is.
	// Whether the clause told its act in the past, as the joined
	// predicates below are read against it.
	told, _ := verbOf(bare(toks[vi]))
	toldPast := told.form == formPast || strings.EqualFold(toks[vi], "was") || strings.EqualFold(toks[vi], "were")
	for i := 0; i+1 < len(rest); i++ {
		// "Construction began in 2015 and cost about $800 million": a
		// measure joined on tells what the act came to, no act.
		if strings.EqualFold(rest[i], "and") && i+2 < len(rest) && measureVerbs[strings.ToLower(rest[i+1])] && (amountOpens(rest[i+2]) || hedgedAmount(rest, i+2)) {
			rest = rest[:i]
			break
		}
		// "He was arrested on Monday and faces three charges": a present
		// joined on to a past tells a state of now, no part of the act.
		// Not a relative's: "a bill that bans ... and requires".
		if v, ok := verbOf(bare(rest[min(i+1, len(rest)-1)])); strings.EqualFold(rest[i], "and") && toldPast && ok && v.form == formPresent &&
			!slices.ContainsFunc(rest[:i], func(t string) bool { return relativesOnNoun[strings.ToLower(t)] }) {
			rest = rest[:i]
			break
		}
		// "is agreed in principle but nearly collapsed two weeks later":
		// after "but", an adverb may come before the verb, and what
		// follows the verb must open a predicate ("a small but dedicated
		// group" has none). The first predicate may have no object
		// ("retired but continued"), a pronoun alone ("won it but
		// resigned") or a bare plural ("held talks but broke them off").
		if strings.EqualFold(bare(rest[i]), "but") && (i >= 2 || i == 0 || i == 1 && (objectPronouns[strings.ToLower(bare(rest[0]))] || pluralNoun(strings.ToLower(rest[0])))) {
			j := i + 1
			if lyAdverb(bare(rest[j])) {
				j++
			}
			// "resigned but said she would stay": a saying with its
			// clause is a predicate too.
			// A simple past no participle shares is a verb whatever
			// follows: "won the election but fell short of a majority".
			// So is one that ends the clause ("was first proposed in 2016
			// but stalled"), or that a clause of time follows ("but
			// collapsed when the bank pulled out").
			_, simplePast := irregularPast[rest[min(j, len(rest)-1)]]
			if v, ok := verbOf(bare(rest[min(j, len(rest)-1)])); ok && j+1 == len(rest) && v.form == formPast || ok && j+1 < len(rest) &&
				(v.form == formAux || simplePast || v.form == formPast && (opensPredicate(rest[j+1]) || danglingWords[strings.ToLower(bare(rest[j+1]))] || clauseOpeners[strings.ToLower(bare(rest[j+1]))] ||
					sayingVerbs[v.base] && subjectPronouns[strings.ToLower(bare(rest[j+1]))])) {
				rest = rest[:i]
				break
			}
			// "but cannot play": a modal opens a predicate too.
			if m := strings.ToLower(bare(rest[min(j, len(rest)-1)])); (modalAuxiliaries[m] || m == "cannot") && j+1 < len(rest) {
				rest = rest[:i]
				break
			}
			// "but his confirmation was delayed": a clause with a
			// subject of its own.
			if determiners[strings.ToLower(rest[j])] && slices.ContainsFunc(rest[j+1:min(j+5, len(rest))], func(t string) bool { return finiteAuxiliaries[strings.ToLower(t)] }) {
				rest = rest[:i]
				break
			}
		}
		if !strings.EqualFold(bare(rest[i]), "and") || i+2 >= len(rest) {
			continue
		}
		// "were confirmed dead and 78 remained missing": so is a count
		// and a past verb of its own; not in what is said, where the
		// verb may be left out ("says 1,700 people were killed and 3,400
		// injured").
		if isDigit(rest[i+1][0]) && pastForm(rest[i+2]) && !((sayingVerbs[base] || thingsSaidVerbs[base]) && !strings.Contains(verbPhrase, " ")) {
			rest = rest[:i]
			break
		}
		// "moved to New York and within two years was performing": so
		// is an auxiliary after a phrase of time.
		if timedAuxiliary(rest[i+1:]) {
			rest = rest[:i]
			break
		}
		// ", and she spent": a clause of its own.
		if i > 0 && strings.HasSuffix(rest[i-1], ",") && subjectPronouns[strings.ToLower(rest[i+1])] {
			rest = slices.Clone(rest[:i])
			rest[i-1] = strings.TrimSuffix(rest[i-1], ",")
			break
		}
		v, ok := verbOf(bare(rest[i+1]))
		saying := ok && v.form == formPast && attributionVerbs[v.base] // "concedes defeat and said"
		// "will hear arguments and are expected to rule": an auxiliary
		// after a one-word object opens a predicate too.
		// "will be sentenced and was granted bail": so does a past one
		// right after the verb and its participle.
		pastJoined := pastAuxiliaries[strings.ToLower(bare(rest[i+1]))] && (i == 0 || i == 1 && pastForm(rest[0]))
		if i < 2 && !saying && !(i == 1 && finiteAuxiliaries[strings.ToLower(bare(rest[i+1]))] && lowerNoun(rest[0])) && !pastJoined {
			continue
		}
		// "was first elected to parliament in 2017 and served as
		// business secretary": so is a past that takes a role.
		roleTaken := ok && servedAs[strings.ToLower(bare(rest[i+1]))] && strings.EqualFold(rest[i+2], "as")
		if saying || roleTaken || ok && v.form == formPast && danglingWords[strings.ToLower(bare(rest[i+2]))] && !hedgedAmount(rest, i+2) ||
			finiteAuxiliaries[strings.ToLower(bare(rest[i+1]))] { // "and was released"
			rest = rest[:i]
			break
		}
	}
	// A second active predicate takes the headline's present too:
	// "visits the town and promises £50m", "flees and hides in a barn".
	// A passive's ("is found guilty and sentenced to") keeps its
	// participle, as does a participle naming a noun ("and pickled
	// onions"): the word after the verb must open its object.
	// A verb that takes no object has no participle to share: "are
	// flown to Ankara and landed" lands.
	// "Officials said the strike killed four people and injured 31":
	// after a verb of saying, a predicate joined to what is reported is
	// that clause's, and keeps its tense.
	// So is one before the reported clause's verb, which "and" joins a
	// second subject to: "reported that Assad and his family arrived".
	passiveVerb := strings.HasPrefix(verbPhrase, "is ") || strings.HasPrefix(verbPhrase, "are ")
	if and := slices.Index(rest, "and"); !(thingsSaidVerbs[base] && !passiveVerb && and > 1 && slices.ContainsFunc(rest[1:and], func(t string) bool { return isLowerWord(t) && pastForm(t) })) &&
		!(and > 0 && (base == "say" || strings.EqualFold(rest[0], "that")) && !passiveVerb && !slices.ContainsFunc(rest[:and], isVerbWord)) {
		rest = presentSecondPredicate(rest, plural, passiveVerb, modalPhrase(verbPhrase))
	}
	rest = presentSubordinate(rest)
	// A relative clause ("A blaze that erupted on Tuesday destroyed ...")
	// ends where the main clause's verb begins.
	// "The WHO declared": an acronym is a name (see functionWord).
	relative := functionWord(toks[vi-1])
	if vi > 1 && verbGroupAdverb(relative) { // "that last passed"
		relative = functionWord(toks[vi-2])
	}
	if relative != "that" && relative != "which" && relative != "who" {
		relative = ""
	}
	if relative != "" {
		for i, t := range rest {
			// An infinitive is the relative's own: "that is expected
			// to be completed".
			if i > 0 && strings.EqualFold(rest[i-1], "to") || i > 1 && strings.EqualFold(rest[i-1], "be") && strings.EqualFold(rest[i-2], "to") {
				continue
			}
			// A participle after a determiner names: "who took over
			// from the ousted leader".
			if i > 0 && determiners[strings.ToLower(rest[i-1])] && pastForm(t) {
				continue
			}
			// "who will be sworn in": so is a passive's participle.
			if i == 0 && base == "be" && pastForm(t) {
				continue
			}
			// "who dropped his reelection bid": a past like its base
			// after a determiner's noun is a noun.
			if w := strings.ToLower(bare(t)); i > 1 && irregularPast[w] == w && determiners[strings.ToLower(rest[i-2])] && lowerNoun(rest[i-1]) {
				continue
			}
			// "who announced that he would not seek re-election": so is
			// what the relative's saying reports.
			if i > 0 && sayingVerbs[base] && personalSubjects[strings.ToLower(rest[i-1])] {
				continue
			}
			// "who flew on what was supposed to be a test flight": what
			// "what" opens is the relative's own.
			if strings.EqualFold(t, "what") {
				break
			}
			if _, ok := verbOf(bare(t)); ok {
				rest = rest[:i]
				break
			}
		}
		// A verb's particle stays: "who took over".
		for len(rest) > 0 && danglingWords[strings.ToLower(bare(rest[len(rest)-1]))] && !(len(rest) == 1 && particles[strings.ToLower(bare(rest[0]))]) {
			rest = rest[:len(rest)-1] // "... divided the family and [may be resolved]"
		}
	}
	object := reportedInPresent(base, rest)
	named := subject
	if len(subject)+1+len(object) > maxTitleWords {
		named = shortSubject(subject)
	}
	if len(named)+1+len(object) > maxTitleWords {
		object = withoutObjectParticiple(object)
	}
	words := append(append(append([]string(nil), named...), verbPhrase), object...)
	passive := strings.HasPrefix(verbPhrase, "is ") || strings.HasPrefix(verbPhrase, "are ")
	return parsedHeadline{title: titleText(words), subject: subject, verbBase: base, object: rest, relative: relative, passive: passive}, true
}

// withoutListedAge drops an age set off after a name that "and" goes on
// from, which is no part of the list: "Noa Argamani, 26, and three men
// were seized"; and one after a name a past verb takes as its object,
// which says no more of the act: "shot Marcus Bell, 27, four times".
func withoutListedAge(toks []string) []string {
	for k := 1; k+1 < len(toks); k++ {
		if setOffAge(toks, k) && (strings.EqualFold(toks[k+1], "and") || pastObjectName(slices.Concat(toks[:k-1], []string{strings.TrimSuffix(toks[k-1], ",")}))) {
			return slices.Concat(toks[:k-1], []string{strings.TrimSuffix(toks[k-1], ",")}, toks[k+1:])
		}
	}
	return toks
}

// perfectAfterWhere finds, for the first verb toks[i] inside a "where"
// clause on the subject with no comma, the subject's own perfect after
// it: it returns the index of "where" and of "has" or "have", or 0.
//
// So for a "that" relative with a subject of its own: "A wildfire that a
// man is accused of starting has grown".
func perfectAfterWhere(toks []string, i int) (int, int) {
	w := slices.IndexFunc(toks[:i], func(t string) bool { return strings.EqualFold(t, "where") })
	if w < 0 {
		w = slices.IndexFunc(toks[:i], func(t string) bool { return t == "that" })
		if w >= 0 && !determiners[strings.ToLower(toks[w+1])] && !subjectPronouns[strings.ToLower(toks[w+1])] {
			w = -1
		}
	}
	if w < 2 || i-w > 5 || strings.ContainsAny(strings.Join(toks[:i], " "), ",;:") {
		return 0, 0
	}
	for m := i + 1; m+1 < len(toks); m++ {
		if strings.ContainsAny(toks[m-1], ",;:") {
			return 0, 0
		}
		if w2 := strings.ToLower(toks[m]); (w2 == "has" || w2 == "have") && (pastForm(toks[m+1]) || strings.EqualFold(toks[m+1], "been")) {
			return w, m
		}
	}
	return 0, 0
}

// perfectAfterRelative is, when toks[i] is the first verb of a relative
// "who" or "that" opens right after the subject, the index of the
// subject's own verb in the present perfect after it ("has been
// jailed"), or in the past after the verb of a clause of time or a
// relative inside the relative (see mainVerbAfterClause), with no comma
// between, which the parse would take for the sentence's;
// else 0. "The man who was arrested on Monday has been released" keeps
// its relative's verb, which the date dates.
func perfectAfterRelative(toks []string, i int) int {
	if i < 2 || strings.HasSuffix(toks[i-2], ",") {
		return 0
	}
	if r := strings.ToLower(toks[i-1]); r != "who" && r != "that" {
		return 0
	}
	// "190 lawmakers who had made it into the chamber voted": after a
	// relative in the past perfect, the subject's own past verb.
	if strings.EqualFold(toks[i], "had") && i+1 < len(toks) && pastForm(toks[i+1]) {
		for m := i + 2; m+1 < len(toks); m++ {
			w, prev := strings.ToLower(toks[m]), strings.ToLower(toks[m-1])
			if strings.ContainsAny(prev, ",;:") || clauseOpeners[w] || w == "that" || w == "and" || w == "but" {
				return 0
			}
			if pastForm(toks[m]) && !determiners[prev] && !subjectPrepositions[prev] {
				return m
			}
		}
		return 0
	}
	opener := false // a clause of its own inside the relative hides the verb
	for m := i + 1; m+1 < len(toks); m++ {
		if strings.ContainsAny(toks[m-1], ",;:") {
			return 0
		}
		w := strings.ToLower(toks[m])
		if opener = opener || clauseOpeners[w]; !opener {
			continue
		}
		if (w == "has" || w == "have") && (pastForm(toks[m+1]) || strings.EqualFold(toks[m+1], "been")) {
			return m
		}
		// "A bridge that was destroyed when a ship crashed into it
		// reopened to traffic": so does a past verb after the inner
		// clause's own.
		if k := mainVerbAfterClause(toks[m:]); k > 0 {
			return m + k
		}
	}
	return 0
}

// mainVerbAfterClause is the index in ws, words that open with a clause's
// opener ("when he hit a cyclist has been jailed"), of a verb after the
// clause's own that no conjunction, relative or infinitive leads into:
// the verb of the clause the opened one is set in, which a finite
// auxiliary or a past form opening a predicate marks; else 0.
func mainVerbAfterClause(ws []string) int {
	own := slices.IndexFunc(ws[1:], func(t string) bool { return isVerbWord(t) && !determiners[strings.ToLower(t)] })
	if own < 0 {
		return 0
	}
	// "while driving at speed has been jailed": a participle's clause
	// has no verb of its own, and a finite auxiliary is the verb it is
	// set in.
	if presentParticiple(ws[1]) && finiteAuxiliaries[strings.ToLower(ws[own+1])] && own+2 < len(ws) && (pastForm(ws[own+2]) || ws[own+2] == "been") {
		return own + 1
	}
	for k := own + 3; k+1 < len(ws); k++ {
		w, prev := strings.ToLower(bare(ws[k])), strings.ToLower(bare(ws[k-1]))
		if strings.ContainsAny(ws[k-1], ",;:") || prev == "and" || prev == "or" || prev == "but" || prev == "to" || relativeWords[prev] || determiners[prev] || subjectPrepositions[prev] {
			continue
		}
		if finiteAuxiliaries[w] && w != "will" && w != "would" || pastForm(ws[k]) && opensPredicate(ws[k+1]) {
			return k
		}
	}
	return 0
}

// pastForm reports whether t is a verb's past form.
func pastForm(t string) bool {
	v, ok := verbOf(bare(t))
	return ok && v.form == formPast
}

// pastThenDate reports whether toks open with a verb's past form and a
// date: "reached late Tuesday", "signed on 3 March".
func pastThenDate(toks []string) bool {
	if len(toks) < 2 {
		return false
	}
	return pastForm(toks[0]) && opensDate(strings.Join(toks[1:], " "))
}

// withoutLeadIn drops a lead-in phrase (see leadInEnd) before a clause
// with a verb: "In a statement released on Friday, the company
// apologised" is about the apology.
func withoutLeadIn(toks []string) []string {
	if n := leadInEnd(toks); n > 0 && hasVerb(strings.Join(toks[n:], " ")) {
		return toks[n:]
	}
	// "after months of delays, the regulators denied the permit": a
	// phrase of time with no verb leads in too; one with a clause of
	// its own is the clause's ("After police arrived, the crowd left"),
	// and a name before a comma opens an appositive ("after Gregory
	// Craig, attorney for ..., announced").
	if len(toks) > 2 && (strings.EqualFold(toks[0], "after") || strings.EqualFold(toks[0], "before")) && !isCapitalised(toks[1]) {
		if k := slices.IndexFunc(toks, func(t string) bool { return strings.HasSuffix(t, ",") }); k > 0 && !hasVerb(strings.Join(toks[:k+1], " ")) && hasVerb(strings.Join(toks[k+1:], " ")) {
			return toks[k+1:]
		}
	}
	return toks
}

// timeClauseLeadEnd is the number of tokens of a clause of time that toks
// open with, perhaps after its measure ("Hours after the rates take
// effect,"), up to and with its comma; 0 when they open with none.
func timeClauseLeadEnd(toks []string) int {
	i := 0
	for i < len(toks) && i < 3 && (measureWord(toks[i]) || isDigit(toks[i][0])) {
		i++
	}
	// "after Gregory Craig, attorney for the family, announced": a name
	// before the comma opens an appositive.
	if i+1 >= len(toks) || !timeConjunctions[strings.ToLower(toks[i])] || isCapitalised(toks[i+1]) {
		return 0
	}
	for k := i + 1; k < len(toks)-2 && k <= i+15; k++ {
		if strings.HasSuffix(toks[k], ",") {
			// "when millions of tonnes of ice, rock and mud swept": a
			// list's comma inside the clause's subject ends nothing.
			if listSubjectEnds(strings.Join(toks[i+1:k+1], " "), strings.Join(toks[k+1:], " ")) {
				return 0
			}
			return k + 1
		}
	}
	return 0
}

// leadInEnd is the number of tokens of the phrase toks open with, up to
// and with its comma, when it opens with a preposition and holds no verb
// but a participle: "In a statement released on Friday,". 0 when toks
// open with none.
func leadInEnd(toks []string) int {
	if len(toks) == 0 || !leadInPrepositions[strings.ToLower(toks[0])] {
		return 0
	}
	for i, t := range toks {
		if v, ok := verbOf(bare(t)); ok && v.form != formPast {
			return 0
		}
		// "In 2021 the regulator opened an investigation,": a noun
		// phrase not after a preposition is a subject, and its past
		// form a verb. So is a pronoun: "In May it recalled 500,000
		// pickups,".
		if w := strings.ToLower(bare(t)); i > 1 && (determiners[w] || subjectPronouns[w]) && !subjectPrepositions[strings.ToLower(bare(toks[i-1]))] {
			return 0
		}
		if strings.HasSuffix(t, ",") {
			// "In his first address, delivered from a balcony late
			// Wednesday,": a participle's aside on the phrase's noun is
			// the lead's too.
			rest := toks[i+1:]
			if k := slices.IndexFunc(rest, func(t string) bool { return strings.HasSuffix(t, ",") }); k > 0 && pastParticipleAside(rest[:k+1]) {
				return i + k + 2
			}
			return i + 1
		}
	}
	return 0
}

// leadInPrepositions open a phrase that leads into a clause; not the
// openers of a clause of time ("After police arrived, ...").
var leadInPrepositions = wordSet(`in on at for with by from during amid despite following without according against among under across throughout`)

// auxiliaryAfterNoun reports whether toks, the words after a noun, open
// with a finite auxiliary, or with a phrase "of", "by" or "from" leads
// and then one: "was rejected", "by a French rival was rejected".
func auxiliaryAfterNoun(toks []string) bool {
	if len(toks) == 0 {
		return false
	}
	if p := strings.ToLower(toks[0]); p == "of" || p == "by" || p == "from" {
		for k := 1; k < min(len(toks), 6); k++ {
			if finiteAuxiliaries[strings.ToLower(toks[k])] {
				return true
			}
			if strings.ContainsAny(toks[k], ",;:") || isVerbWord(toks[k]) {
				return false
			}
		}
		return false
	}
	return finiteAuxiliaries[strings.ToLower(toks[0])]
}

// timedAuxiliary reports whether toks open with a phrase of time of a
// few words, a preposition opening it or "later" closing it, and a
// finite auxiliary after it: "within two years was", "a year later had".
func timedAuxiliary(toks []string) bool {
	for k := 1; k < min(len(toks), 5); k++ {
		w := strings.ToLower(bare(toks[k]))
		if finiteAuxiliaries[w] {
			first, last := strings.ToLower(toks[0]), strings.ToLower(toks[k-1])
			return timePrepositions[first] || last == "later" || last == "earlier"
		}
		if strings.ContainsAny(toks[k], ",;:") || isVerbWord(toks[k]) {
			return false
		}
	}
	return false
}

// timePrepositions open a phrase of time before a predicate.
var timePrepositions = wordSet(`within by after in until`)

// adjectiveAfterModifier reports whether toks[i], a participle, is an
// adjective between an article's modifier and its noun: "the first
// crewed flight", "the newly elected mayor", "the least developed
// countries", "the world's oldest known gorilla", but not "The first
// arrived on Monday".
func adjectiveAfterModifier(toks []string, i int) bool {
	// "A third was seriously injured": an auxiliary is no participle.
	// Nor is a verb after a comma: "The airport, one of the busiest,
	// diverted flights".
	if i < 2 || i+1 >= len(toks) || strings.HasSuffix(toks[i], ",") || strings.HasSuffix(toks[i-1], ",") || auxiliaries[strings.ToLower(toks[i])] {
		return false
	}
	// "The other ran aground": nor is a past whose participle differs.
	if participleOfPast[strings.ToLower(bare(toks[i]))] != "" {
		return false
	}
	modifier := func(m string) bool {
		return ordinalWords[m] || numberedOrdinal(m) || lyAdverb(m) || degreeWords[m] || setModifiers[m] || superlative(m)
	}
	// "the only other approved treatment": modifiers may stack.
	if !modifier(strings.ToLower(bare(toks[i-1]))) {
		return false
	}
	k := i - 1
	for k > 1 && modifier(strings.ToLower(bare(toks[k-1]))) {
		k--
	}
	if d := strings.ToLower(bare(toks[k-1])); !determiners[d] && !nounPossessive(toks[k-1]) || d == "that" {
		return false
	}
	next := strings.ToLower(bare(toks[i+1]))
	_, verb := verbOf(next)
	return !verb && !subjectPrepositions[next] && !determiners[next] && !finiteAuxiliaries[next]
}

// byFigure reports whether toks, after "by", open a figure: "by two
// points", "by 5%", not "by a jury" or "by one of the lawyers".
func byFigure(toks []string) bool {
	if len(toks) == 0 || len(toks) > 1 && strings.EqualFold(toks[1], "of") {
		return false
	}
	w := strings.ToLower(toks[0])
	return isDigit(w[0]) || numberWords[w] && w != "a" && w != "an"
}

// setModifiers single out a thing among its kind: "the only approved
// treatment", "the other elected members".
var setModifiers = wordSet(`only other same sole`)

// degreeWords grade the participle after them as an adjective's degree:
// "the most affected areas", "the least developed countries".
var degreeWords = wordSet(`most least more less best worst`)

// nounPossessive reports whether t is a noun's possessive, which a verb
// does not follow: "Britain's coal-fired power stations", "the world's
// first". A pronoun's "'s" is a verb's ("it's closed", "she's gone").
func nounPossessive(t string) bool {
	for _, s := range []string{"'s", "’s"} {
		if base, ok := strings.CutSuffix(t, s); ok && base != "" {
			return !contractedSubjects[strings.ToLower(base)]
		}
	}
	return false
}

// contractedSubjects take "'s" for "is" or "has".
var contractedSubjects = wordSet(`it he she that there what who here where everyone everybody nobody someone something let`)

// ordinalWords modify a noun before its adjectives: "the first crewed
// flight".
var ordinalWords = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth last final latest next new`)

// numberedOrdinal reports whether w is an ordinal in figures: "19th",
// "2nd".
func numberedOrdinal(w string) bool {
	suffix := strings.TrimLeft(w, "0123456789")
	return len(suffix) < len(w) && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")
}

// reportedInPresent puts what a verb of saying reports as a headline
// does: without the "that" it opens with ("says it was hit"; a "that"
// before a verb is a pronoun, "said that was wrong"), and with the tense
// its verb had when it was said ("said it was investigating" → "says it
// is investigating", "said the firm would review" → "says the firm will
// review"). So does a verb of forecasting ("forecast that it would
// sell" → "forecasts that it will sell").
func reportedInPresent(base string, object []string) []string {
	if !sayingVerbs[base] && !forecastVerbs[base] || len(object) < 2 {
		return object
	}
	if len(object) > 2 && strings.EqualFold(object[0], "that") {
		if _, isVerb := verbOf(bare(object[1])); !isVerb && !finiteAuxiliaries[strings.ToLower(bare(object[1]))] {
			object = object[1:]
		}
	}
	// "said the subsidy, approved by the European Commission, had never
	// been in doubt": a participle's aside on what is reported goes, as
	// it does on a headline's subject.
	out := withoutParticipleAside(object)
	for i, t := range out {
		intent := intendedPast(t)
		switch {
		case strings.ContainsAny(t, "“”\"`"):
			return out // a quotation keeps its words
		case t == "would" && !(i+1 < len(out) && out[i+1] == "have") && !slices.Contains(out[i:], "if"): // not "would have been", "would go if"
			out[i] = "will"
			return out
		case (t == "was" || t == "were") && i+1 < len(out) && strings.HasSuffix(bare(out[i+1]), "ing"):
			out[i] = "is"
			if t == "were" {
				out[i] = "are"
			}
			return out
		// "announced he intended to pardon" → "announces he intends to
		// pardon": an intention told in the past still holds.
		case i > 0 && i+1 < len(out) && out[i+1] == "to" && intent != "":
			out[i] = present(intent, isPlural(out[:i]))
			return out
		}
		if _, isVerb := verbOf(bare(t)); isVerb || finiteAuxiliaries[strings.ToLower(bare(t))] {
			return out // the reported clause's verb, in another tense
		}
	}
	return out
}

// intendedPast is the base of t when t is the past form of a verb of
// intending ("intended" is "intend"), else "".
func intendedPast(t string) string {
	if v, ok := verbOf(t); ok && v.form == formPast && intentions[v.base] {
		return v.base
	}
	return ""
}

// forecastVerbs tell what someone foresaw.
var forecastVerbs = wordSet(`forecast predict expect estimate project`)

// amountOpens reports whether t opens an amount: a figure, a sum, or a
// hedge only an amount takes ("more than", "nearly"); not "at" or
// "about", which open phrases too.
func amountOpens(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsDigit(r) || strings.ContainsRune("$£€", r) || amountHedges[strings.ToLower(t)]
}

var amountHedges = wordSet(`more less fewer nearly almost`)

// hedgedAmount reports whether toks[k] is a preposition that hedges the
// figure after it, as an amount's: "recovered about $400,000", "raised
// over 5,000", not "talked about the plan".
func hedgedAmount(toks []string, k int) bool {
	p := strings.ToLower(toks[k])
	return (p == "about" || p == "over") && k+1 < len(toks) && amountOpens(toks[k+1])
}

// namesAfterPreposition reports whether toks end in names a preposition
// opens: "in Norway, Sweden".
func namesAfterPreposition(toks []string) bool {
	k := len(toks) - 1
	for k >= 0 && isCapitalised(toks[k]) {
		k--
	}
	return k >= 0 && k < len(toks)-1 && subjectPrepositions[strings.ToLower(toks[k])]
}

// nominativePronouns are the subject pronouns that are no object's.
var nominativePronouns = wordSet(`he she we they`)

// regionAdjectives name part of a place, as compass words do: "western
// Europe".
var regionAdjectives = wordSet(`northern southern eastern western central`)

// presentSecondPredicate puts in the present a past verb after "and" that
// opens a predicate: one followed by an article, a pronoun, a figure, an
// amount ("nearly six hours"), a preposition ("to", "for"), a bare noun
// and a preposition ("requested help from") or a bare noun that ends the
// title ("found weapons"). After a passive only a verb
// that takes no object does. After a modal a verb whose base form is its
// participle is the base the modal governs: "will take effect and run for
// 12 months".
func presentSecondPredicate(rest []string, plural, passive, modal bool) []string {
	for i := 0; i+1 < len(rest); i++ {
		if !strings.EqualFold(rest[i], "and") && !strings.EqualFold(rest[i], "or") { // "died or went missing"
			continue
		}
		// "says it accepted the findings and apologised": after a
		// reported clause's past the predicate is that clause's, and
		// keeps its tense.
		if k := slices.IndexFunc(rest[:i], func(t string) bool { return subjectPronouns[strings.ToLower(t)] }); k >= 0 && k+1 < i && pastForm(rest[k+1]) {
			return rest
		}
		// "declared a measles outbreak that infected 762 people and
		// killed three over": so after a relative's past.
		if k := slices.IndexFunc(rest[:i], func(t string) bool { w := strings.ToLower(t); return w == "that" || w == "which" || w == "who" }); k >= 0 && k+1 < i && pastForm(rest[k+1]) {
			return rest
		}
		if i > 0 {
			if _, ok := verbOf(bare(rest[i-1])); ok {
				continue // "damaged and flooded homes"
			}
			// "after he and his wife returned": a pronoun "and" joins to
			// a noun phrase is a subject ("reopened it and shut it" is
			// no such pronoun).
			if nominativePronouns[strings.ToLower(rest[i-1])] {
				continue
			}
			// "to murder and attempted murder": the noun before "and",
			// again after the participle, makes the participle its
			// adjective. Not a pronoun, which takes none: "reopened it and
			// closed it again".
			if i+2 < len(rest) && strings.EqualFold(bare(rest[i-1]), bare(rest[i+2])) && !objectPronouns[strings.ToLower(bare(rest[i+2]))] {
				continue
			}
		}
		// "were killed and 14 (others) were missing": a count's clause
		// of its own, its "be" in the present too.
		// "and more than 80 were injured": past a hedge on the count.
		c := i + 1
		for c+1 < len(rest) && c < i+4 && countHedges[strings.ToLower(rest[c])] {
			c++
		}
		// "and a third was seriously injured": so does one a
		// determiner opens.
		if countWord(rest[c]) || strings.EqualFold(rest[c], "one") || determiners[strings.ToLower(rest[c])] {
			for k := c + 1; k < min(c+4, len(rest)); k++ {
				if aux := strings.ToLower(rest[k]); aux == "was" || aux == "were" {
					out := slices.Clone(rest)
					out[k] = present("be", aux == "were")
					return out
				}
				if _, verb := verbOf(bare(rest[k])); verb || !isLowerWord(bare(rest[k])) {
					break
				}
			}
		}
		// "remained open and flights were operating normally": so does
		// a clause a word in -s opens, a bare plural's or a name's.
		if i+2 < len(rest) && (rest[i+2] == "was" || rest[i+2] == "were") && strings.HasSuffix(rest[i+1], "s") {
			out := slices.Clone(rest)
			out[i+2] = present("be", rest[i+2] == "were")
			return out
		}
		// "was flowing away from the town and did not threaten homes": a
		// past's "did" is in the present too.
		if strings.EqualFold(rest[i+1], "did") {
			out := slices.Clone(rest)
			out[i+1] = present("do", plural)
			return out
		}
		// "began at 11 a.m. and were largely resolved by 2 p.m.": a
		// second passive's auxiliary, which agrees with the subject as
		// written.
		if aux := strings.ToLower(rest[i+1]); aux == "was" || aux == "were" {
			k := i + 2
			for k < len(rest)-1 && adverbInVerbGroup(rest[k]) {
				k++
			}
			if k < len(rest) && pastForm(rest[k]) {
				out := slices.Clone(rest)
				out[i+1] = present("be", aux == "were")
				return out
			}
			continue
		}
		// "headed in a corner and Vinicius doubled the lead": a clause
		// with a name of its own for subject, its verb in the present
		// too.
		// Inside the sentence a capital marks a name, which is one but
		// for a party's members ("and Democrats blocked").
		// Not a name that ends a list a preposition opens: "as pilots
		// in Norway, Sweden and Denmark walked out".
		if n := namedClauseVerb(rest[i+1:]); n > 0 && !namesAfterPreposition(rest[:i]) {
			v, _ := verbOf(bare(rest[i+1+n]))
			if rest[i+1+n] == "had" {
				v.base = "have"
			}
			out := slices.Clone(rest)
			out[i+1+n] = present(v.base, memberPlural(bare(rest[i+n])))
			return out
		}
		// "were unimpressed and the shares fell 9%": so does one a
		// determiner opens.
		if n := determinedClauseVerb(rest[i+1:]); n > 0 {
			v, _ := verbOf(bare(rest[i+1+n]))
			out := slices.Clone(rest)
			out[i+1+n] = present(v.base, isPlural(rest[i+1:i+1+n]))
			return out
		}
		// "and quickly spread": an adverb may stand before the verb.
		j := i + 1
		if j+1 < len(rest) && (lyAdverb(rest[j]) || headlineAdverbs[strings.ToLower(rest[j])]) {
			j++
		}
		v, ok := verbOf(bare(rest[j]))
		// "fell 5% and recovered"; "and requested help from", "and
		// promised emergency payments of": a bare noun and a preposition.
		// "raided a house and found weapons", "opened 12 cooling centres
		// and kept public libraries open": a bare noun phrase after an
		// object with its determiner or its count ("bought apples and
		// pickled onions" joins two nouns, as does "the fugitive and
		// accused killer Ari Stone", a noun before a name).
		last := j+1 < len(rest) && rest[j+1] == strings.ToLower(rest[j+1]) && !isVerbWord(rest[j+1]) && !(j+2 < len(rest) && isCapitalised(rest[j+2])) &&
			slices.ContainsFunc(rest[max(0, i-3):i], func(t string) bool { return determiners[strings.ToLower(t)] || countWord(t) })
		// "ended and left controllers unpaid": right after a verb with
		// no object, a past form is a second predicate.
		// "and stood down as an MP": a particle completes the verb.
		// "and took Aleppo": so does a name.
		// "and appointed former chief justice Sushila Karki": so does a
		// title before a name.
		// "and stopped giving the drug": so does a gerund the verb
		// takes.
		// "and reached western Europe": so does a place a region's
		// adjective opens.
		region := j+2 < len(rest) && (regionAdjectives[rest[j+1]] || compassWords[rest[j+1]]) && isCapitalised(rest[j+2])
		opens := j+1 == len(rest) || opensPredicate(rest[j+1]) || bareNounThenPreposition(rest[j+1:]) || last || i == 0 && !passive || presentParticiple(rest[j+1]) && !passive ||
			particles[strings.ToLower(rest[j+1])] || (isCapitalised(rest[j+1]) || titleBeforeName(rest[j+1:]) || region) && !passive
		// After a passive, a verb with an article or a pronoun after it
		// is active: "is elected and led the party".
		// So is one an amount follows: "was released in December and
		// earned more than $150 million".
		// And "was announced in September and included two former
		// winners", "found no breaches": a count or "no".
		// Not an amount after a verb whose passive keeps it: "was banned
		// for 10 matches and fined £100,000".
		object := j+1 < len(rest) && (determiners[strings.ToLower(rest[j+1])] || objectPronouns[strings.ToLower(bare(rest[j+1]))] ||
			(amountOpens(rest[j+1]) || amountWords[strings.ToLower(rest[j+1])]) && !(ok && amountPassives[v.base]) || strings.EqualFold(rest[j+1], "no"))
		// "is convicted and given a suspended sentence": a form that is
		// only a participle shares the passive's "is".
		if !ok || v.form != formPast || !opens || passive && (!intransitiveVerbs[v.base] && !object || participleOnly(strings.ToLower(bare(rest[j])))) || modal && strings.EqualFold(bare(rest[j]), v.base) {
			continue
		}
		out := slices.Clone(rest)
		out[j] = present(v.base, plural)
		return out
	}
	return rest
}

// namedClauseVerb is, when toks open with a name of up to three
// capitalised words ("President Bashar al-Assad" with its particle),
// perhaps after a word of what its bearer was ("former"), and a verb in
// the past or "had", the index of that verb; else 0.
func namedClauseVerb(toks []string) int {
	// "and former President Jorge Quiroga had 26.9%": a name may follow
	// what its bearer was.
	first := 0
	if len(toks) > 0 && formerWords[toks[0]] {
		first = 1
	}
	n := first
	for n < len(toks) && n < first+3 && (isCapitalised(toks[n]) || n > first && joinedParticle(toks[n])) && !strings.ContainsAny(toks[n], ",;:") {
		n++
	}
	if n == first || n >= len(toks) || !isLowerWord(bare(toks[n])) || !pastForm(toks[n]) && toks[n] != "had" {
		return 0
	}
	return n
}

// formerWords tell what a person named after them was or is for now.
var formerWords = wordSet(`former then acting interim`)

// determinedClauseVerb is, when toks open with a determiner, up to three
// words of its noun phrase and an active verb in the past, the index of
// that verb; else 0.
func determinedClauseVerb(toks []string) int {
	if len(toks) < 3 || !determiners[strings.ToLower(toks[0])] || strings.EqualFold(toks[0], "that") {
		return 0
	}
	for n := 1; n < len(toks) && n <= 3; n++ {
		if !isLowerWord(bare(toks[n])) || strings.ContainsAny(toks[n], ",;:") || subjectPrepositions[toks[n]] {
			return 0
		}
		if _, ok := verbOf(toks[n]); !ok {
			continue
		}
		if n == 1 || !pastForm(toks[n]) || n+1 < len(toks) && passiveLinks[strings.ToLower(bare(toks[n+1]))] {
			return 0
		}
		return n
	}
	return 0
}

// modalPhrase reports whether a headline's verb phrase opens with a modal:
// "will close", "could face".
func modalPhrase(verbPhrase string) bool {
	first, _, _ := strings.Cut(verbPhrase, " ")
	return first == "will" || first == "would" || modalAuxiliaries[first]
}

// amountPassives keep an amount as their object in the passive: "was
// fined £100,000", "was awarded $2 million".
var amountPassives = wordSet(`fine award grant pay charge give offer order dock`)

func isVerbWord(t string) bool {
	_, ok := verbOf(bare(t))
	return ok
}

// bareSubjectEnd is subordinateSubjectEnd for a noun phrase with no
// determiner, perhaps with a place: "as air traffic controllers in France
// walked out", "as demand grew".
func bareSubjectEnd(toks []string, i int) (end int, plural, ok bool) {
	k := i
	for k < len(toks) && k-i < 4 && toks[k] == strings.ToLower(toks[k]) && !subjectPrepositions[toks[k]] {
		if _, isVerb := verbOf(bare(toks[k])); isVerb {
			break
		}
		k++
	}
	if k == i {
		return 0, false, false
	}
	head := k
	// "pilots in Norway, Sweden and Denmark walked out": the names may
	// be a list.
	if k+1 < len(toks) && subjectPrepositions[toks[k]] && isCapitalised(toks[k+1]) {
		for k++; k < len(toks) && (isCapitalised(toks[k]) || toks[k] == "and" && k+1 < len(toks) && isCapitalised(toks[k+1])); k++ {
		}
	}
	phrased := phrasesEnd(toks, k)
	if phrased > k && (phrased == len(toks) || !predicateAt(toks, phrased)) {
		return 0, false, false
	}
	k = phrased
	if k < len(toks) {
		if v, isVerb := verbOf(bare(toks[k])); isVerb && v.form == formPast {
			return k, isPlural(toks[i:head]), true
		}
	}
	return 0, false, false
}

// phrasesEnd is the index past up to two prepositional phrases on a
// noun from toks[k], each a preposition, perhaps an article, and up to
// three lowercase words that are no past form: "of a road bridge over
// the river" in "when part of a road bridge over the river collapsed".
func phrasesEnd(toks []string, k int) int {
	for n := 0; n < 2 && k+1 < len(toks) && subjectPrepositions[toks[k]] && toks[k] != "to"; n++ {
		j := k + 1
		if determiners[toks[j]] {
			j++
		}
		w := j
		for ; j < len(toks) && j-w < 3 && toks[j] == strings.ToLower(toks[j]) && !subjectPrepositions[toks[j]] && !pastForm(toks[j]) && !auxiliaries[bare(toks[j])]; j++ {
		}
		if j == w {
			break
		}
		k = j
	}
	return k
}

// predicateAt reports whether the past form toks[k] reads as a verb by
// what follows it: nothing, or its object, phrase or adverb. One a bare
// word follows is an adjective ("with maximum sustained winds") or a
// participle before the verb ("the number of people killed rose").
func predicateAt(toks []string, k int) bool {
	if k+1 == len(toks) || strings.ContainsAny(toks[k][len(toks[k])-1:], ",;:.!?") {
		return true
	}
	w := strings.ToLower(bare(toks[k+1]))
	return w != "" && (opensObject(toks[k+1]) || subjectPrepositions[w] || particles[w] || strings.HasSuffix(w, "ly"))
}

// presentSubordinate puts in the present the past verb of a clause of
// time or cause in the headline, as a headline tells it, and of a clause
// "and" joins on: "goes down as it departed for Honolulu" → "as it
// departs", "dies after a tree fell on his car" → "after a tree falls".
// Its subject is a pronoun or a short noun phrase an article opens; "was"
// and "had" stay ("when he was 12").
func presentSubordinate(rest []string) []string {
	for i := 0; i+2 < len(rest); i++ {
		// "when first questioned" has no subject, and keeps its
		// participle.
		// "The ship's anchors fail to hold and it drifted onto rocks":
		// so does a clause "and" joins on with a subject of its own.
		// Not one inside a reported clause's subject: "that the president
		// and his family arrived".
		joined := strings.EqualFold(rest[i], "and") && (subjectPronouns[strings.ToLower(rest[i+1])] || determiners[strings.ToLower(rest[i+1])]) && !slices.Contains(rest[:i], "that")
		if !subordinators[strings.ToLower(rest[i])] && !conditional(rest, i) && !joined || reducedWhen(rest[i:]) {
			continue
		}
		// "as part of a budget agreed with": "as" before a bare noun
		// and "of" is a preposition.
		if strings.EqualFold(rest[i], "as") && i+2 < len(rest) && strings.EqualFold(rest[i+2], "of") {
			continue
		}
		j, plural, ok := subordinateSubjectEnd(rest, i+1)
		if !ok || j >= len(rest) || rest[j] != strings.ToLower(rest[j]) {
			continue
		}
		// "as a wildfire driven by strong winds jumped a highway": a form
		// that is only a participle describes the subject; the verb is
		// the next past form. So does one its agent follows: "after a
		// campaign dominated by crime".
		if participleOnly(bare(rest[j])) || j+2 < len(rest) && strings.EqualFold(rest[j+1], "by") && !byFigure(rest[j+2:]) {
			k := j + 1
			for k < len(rest) && k <= j+6 && !(pastForm(rest[k]) && !participleOnly(bare(rest[k]))) {
				k++
			}
			if k >= len(rest) || k > j+6 || strings.ContainsAny(strings.Join(rest[j:k], " "), ",;:") {
				continue
			}
			j = k
		}
		if v, ok := verbOf(bare(rest[j])); ok && v.form == formPast {
			out := slices.Clone(rest)
			out[j] = present(v.base, plural) + strings.TrimPrefix(rest[j], bare(rest[j]))
			return out
		}
		// "after a market town was shelled": a passive's auxiliary, an
		// adverb perhaps after it ("when it was first shown").
		if aux := strings.ToLower(rest[j]); (aux == "was" || aux == "were") && j+1 < len(rest) && (pastForm(rest[j+1]) || j+2 < len(rest) && verbGroupAdverb(rest[j+1]) && pastForm(rest[j+2])) {
			out := slices.Clone(rest)
			out[j] = present("be", aux == "were")
			return out
		}
	}
	return rest
}

// participleOnly reports whether w is a past participle that is no
// simple past: "driven", "taken", not "drove" or "fled".
func participleOnly(w string) bool {
	_, participle := participles[w]
	_, past := irregularPast[w]
	return participle && !past
}

// subordinateSubjectEnd is the index past the subject that opens toks[i:]
// and whether it is plural: a pronoun, a name before a past verb, or an
// article and up to three lowercase words before a verb ("a tree", "the
// deck"). ok is false for
// anything else: "as a hurricane with maximum sustained winds" has no
// verb of its own.
func subordinateSubjectEnd(toks []string, i int) (end int, plural, ok bool) {
	w := strings.ToLower(toks[i])
	// "after he and his wife returned": a pronoun "and" joins to a noun
	// phrase makes a plural subject.
	if subjectPronouns[w] && i+2 < len(toks) && toks[i+1] == "and" {
		for k := i + 2; k < len(toks) && k <= i+5; k++ {
			if strings.ContainsAny(toks[k-1], ",;:") {
				break
			}
			if pastForm(toks[k]) {
				return k, true, true
			}
		}
	}
	if subjectPronouns[w] {
		return i + 1, w == "they" || w == "we", true
	}
	// "as Manchester City came from behind": a name of up to three
	// capitalised words.
	if isCapitalised(toks[i]) {
		for k := i + 1; k < len(toks) && k-i <= 3; k++ {
			if isCapitalised(toks[k]) {
				continue
			}
			if v, isVerb := verbOf(bare(toks[k])); isVerb && v.form == formPast {
				return k, false, true
			}
			break
		}
		return 0, false, false
	}
	if !determiners[w] {
		return bareSubjectEnd(toks, i)
	}
	for k := i + 1; k < len(toks) && k-i <= 4; k++ {
		t := toks[k]
		// "after the roof of the stand collapsed"
		if subjectPrepositions[t] && k > i+1 {
			if j := phrasesEnd(toks, k); j > k && j < len(toks) && pastForm(toks[j]) && predicateAt(toks, j) {
				return j, isPlural(toks[i:k]), true
			}
		}
		if t != strings.ToLower(t) || subjectPrepositions[t] {
			return 0, false, false
		}
		if _, isVerb := verbOf(bare(t)); isVerb {
			return k, isPlural(toks[i:k]), k > i+1
		}
	}
	return 0, false, false
}

// verbHedgeEnd reports whether a subject ends in a hedge on the verb after
// it, no part of the subject: "Sales more than [doubled]".
func verbHedgeEnd(subject []string) bool {
	n := len(subject)
	return n > 2 && strings.EqualFold(subject[n-1], "than") && (strings.EqualFold(subject[n-2], "more") || strings.EqualFold(subject[n-2], "less"))
}

// contactPronounAt reports whether toks[i] is a subject pronoun that
// opens a relative clause on the noun before it, with nothing before that
// noun but its phrase: not "In a statement he said" or "Earlier this
// week they agreed".
func contactPronounAt(toks []string, i int) bool {
	noun := toks[i-1]
	if v, ok := verbOf(noun); ok && (v.form == formPast || attributionVerbs[v.base]) {
		return false // "Police said they", "Officials say they"
	}
	// "the Danish company building it said" (see participleObject).
	if participleObject(toks[:i+1]) {
		return false
	}
	return i > 1 && pronounSubjects[toks[i]] && isLowerWord(noun) && noun == bare(noun) && !leadingPrepositions[strings.ToLower(toks[0])] &&
		!stopWords[noun] && !subjectPrepositions[noun] && !clauseOpeners[noun] && !lyAdverb(noun) && !timeNouns[strings.TrimSuffix(noun, "s")] &&
		!slices.ContainsFunc(toks[:i], func(t string) bool { return strings.ContainsAny(t, ",;:") })
}

// servedAs are pasts that take a role with "as": "served as minister".
var servedAs = wordSet(`served worked acted`)

// measureVerbs tell what something came to: "cost about $800 million".
var measureVerbs = wordSet(`cost weighed totalled totaled measured`)

// participleObject reports whether toks end with a pronoun after a form
// in -ing that follows a noun, as a participle's object: "the Danish
// company building it"; after a determiner the form is a noun ("The
// building it replaced").
func participleObject(toks []string) bool {
	n := len(toks)
	return n > 2 && presentParticiple(toks[n-2]) && !determiners[strings.ToLower(toks[n-3])]
}

// expectedForms are the participles a comparison is made with: "more
// than expected", "faster than forecast".
var expectedForms = wordSet(`expected forecast anticipated predicted feared hoped planned thought estimated projected forecasted previously`)

// headlinePassive gives a headline's bare participle its auxiliary:
// headlines tell an act in the present and drop "is" from a passive, so
// in "House vote expected Wednesday" and "Two arrested after raid" the
// past form is a participle. Not one with an object ("killed his wife"),
// after a relative or a verb of saying ("Police say a man fled").
func headlinePassive(clause string) string {
	// "Biden revokes Trump's order and calls for a review of apps linked
	// to foreign adversaries": a clause told in the present has its verb.
	if presentClause(clause) {
		return clause
	}
	toks := strings.Fields(clause)
	for i := 1; i < len(toks); i++ {
		w := strings.ToLower(bare(toks[i]))
		prev := strings.ToLower(bare(toks[i-1]))
		if presentSaying(toks[i-1]) || auxiliaries[prev] || strings.ContainsAny(toks[i-1], ",;:") {
			return clause
		}
		v, ok := verbOf(w)
		if !ok || v.form != formPast || prev == "who" || prev == "that" || prev == "which" || determiners[prev] {
			continue
		}
		// "The Louvre remains closed": a present before the participle,
		// past its subject's noun, is the verb. "The remains found" has
		// the noun.
		if p, ok := verbOf(prev); ok && p.form == formPresent && i > 1 && !determiners[strings.ToLower(toks[i-2])] {
			return clause
		}
		// "Minister resigned" has no passive, nor has a participle
		// before the clause's present verb: "A ceasefire brokered by
		// the US comes into force".
		// Nor has one before the clause's auxiliary: "A rival bid of $3 a
		// share is rejected by the board".
		if i+1 < len(toks) && (opensObject(toks[i+1]) || strings.ContainsAny(toks[i+1][:1], `"“‘`)) || intransitiveVerbs[v.base] || slices.ContainsFunc(toks[i+1:], presentVerb) ||
			slices.ContainsFunc(toks[i+1:], func(t string) bool { return finiteAuxiliaries[strings.ToLower(t)] }) {
			return clause
		}
		// "Harwick Water detects elevated levels of E. coli": a past
		// form before a bare plural noun is its adjective.
		if i+1 < len(toks) && barePluralNoun(toks[i+1]) {
			return clause
		}
		out := append(append(slices.Clone(toks[:i]), present("be", isPlural(toks[:i]))), toks[i:]...)
		return strings.Join(out, " ")
	}
	return clause
}

// barePluralNoun reports whether t is a plural noun with no determiner,
// as an adjective before it leaves it: "levels" of "elevated levels".
func barePluralNoun(t string) bool {
	w := strings.ToLower(bare(t))
	return t == bare(t) && lowerNoun(w) && strings.HasSuffix(w, "s") && !subjectPrepositions[w] && !subordinators[w] && !lyAdverb(w)
}

// presentVerb reports whether t is a verb in the present we know: "comes",
// "rules".
func presentVerb(t string) bool {
	v, ok := verbOf(bare(t))
	return ok && v.form == formPresent
}

// conditional reports whether rest[i] opens the condition of an act
// threatened or promised, whose past was told from the past threat:
// "threatens to cut funding if Mamdani won" → "if Mamdani wins". After a
// modal the past is hypothetical and stays ("would go if he won"), and
// with no act to do "if" asks ("is not known if the arrest stemmed").
func conditional(rest []string, i int) bool {
	w := strings.ToLower(rest[i])
	return (w == "if" || w == "unless") && slices.Contains(rest[:i], "to") && !slices.ContainsFunc(rest[:i], func(t string) bool {
		t = strings.ToLower(t)
		return t == "would" || modalAuxiliaries[t]
	})
}

// subordinators open a clause of time or cause inside a headline.
var subordinators = wordSet(`as when while after before because until once`)

// bareNounThenPreposition reports whether toks open with a noun of one
// or two lowercase words and a preposition: "help from", "emergency
// payments of".
func bareNounThenPreposition(toks []string) bool {
	for k := 1; k <= 2 && k < len(toks); k++ {
		if toks[k-1] != strings.ToLower(toks[k-1]) || strings.ContainsAny(toks[k-1], ",;:") {
			return false
		}
		if predicatePrepositions[strings.ToLower(toks[k])] {
			return true
		}
	}
	return false
}

// plainPresent reports whether toks[i] may be a verb's plain present: a
// word in lower case, not in -s or -ing, that is no preposition, before
// a preposition or an article ("allege that" reports, and the title tells
// what).
func plainPresent(toks []string, i int) bool {
	w := strings.TrimSuffix(toks[i], ",") // "Polls close, with first results expected"
	if i+1 >= len(toks) || !isLowerWord(w) || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || subjectPrepositions[w] {
		return false
	}
	next := strings.ToLower(toks[i+1])
	return subjectPrepositions[next] || next == "a" || next == "an" || next == "the"
}

// opensPredicate reports whether t, after a verb, opens what the verb
// takes: an article, a pronoun, a figure, an amount or a preposition. A
// bare noun does not: "and pickled onions" names onions.
func opensPredicate(t string) bool {
	next := strings.ToLower(bare(t))
	first, _ := utf8.DecodeRuneInString(t)
	return determiners[next] || next == "no" || objectPronouns[next] || predicatePrepositions[next] || amountWords[next] || unicode.IsDigit(first) || unicode.Is(unicode.Sc, first)
}

// titleBeforeName reports whether toks open with up to three words in
// lower case that are no function words, one of them an office's, then a
// capitalised one: "former chief justice Sushila Karki", "finance
// minister Christian Lindner"; not "accused killer Ari Stone".
func titleBeforeName(toks []string) bool {
	office := false
	for k, t := range toks {
		if k > 0 && isCapitalised(t) {
			return office
		}
		office = office || roleWords[t]
		if k == 3 || !isLowerWord(t) || t != bare(t) || stopWords[t] || subjectPrepositions[t] || determiners[t] || isVerbWord(t) {
			return false
		}
	}
	return false
}

// predicatePrepositions open a verb's complement: "and fled to Spain",
// "and lasted for hours", "and warned of strikes".
var predicatePrepositions = wordSet(`to for in on at of into from with until through across against about outside inside near toward towards around along behind beyond under off`)

// countHedges stand before a count: "more than 80", "at least 12".
var countHedges = wordSet(`more less fewer than at least about nearly almost around over some`)

// amountWords open an amount: "and lasted nearly six hours", "and cost
// millions".
var amountWords = wordSet(`nearly almost about around roughly some more less over just one two three four five six seven eight nine ten
	eleven twelve twenty thirty forty fifty dozens hundreds thousands millions billions several`)

// commas counts the tokens that end in a comma.
func commas(toks []string) int {
	n := 0
	for _, t := range toks {
		if strings.HasSuffix(t, ",") {
			n++
		}
	}
	return n
}

// phaseVerbs tell that something ended or began.
var phaseVerbs = wordSet(`end begin start open close finish conclude`)

// bareDate reports whether toks open with a month or a weekday named,
// with no preposition: "Oct. 26", "Tuesday".
func bareDate(toks []string) bool {
	if len(toks) == 0 || !isCapitalised(toks[0]) {
		return false
	}
	w := strings.ToLower(strings.TrimRight(toks[0], ".,"))
	return dateWords[w] && !unnamedDateWords[w]
}

// relativeDate reports whether toks open with a date named from the
// present: "this year", "last week".
func relativeDate(toks []string) bool {
	return len(toks) > 1 && (strings.EqualFold(toks[0], "this") || strings.EqualFold(toks[0], "last") || strings.EqualFold(toks[0], "next")) &&
		timeNouns[strings.ToLower(bare(toks[1]))]
}

// unnamedDateWords are the dateWords that name no month or weekday.
var unnamedDateWords = wordSet(`at next last this early late mid midnight noon`)

// inArticleAppositive reports whether the past form at toks[i] follows
// a short noun phrase an article opens after a comma, in a clause whose
// verb, a present the lists do not know, stands before that comma:
// "consists of FTT, a token created by". (A verb the lists know would
// have been taken first; with none, "In the end, the company collapsed"
// has its verb after the comma.)
func inArticleAppositive(toks []string, i int) bool {
	for k := i - 1; k > 0 && i-k <= 4; k-- {
		if strings.ContainsAny(toks[k], ",;:") {
			return false
		}
		if determiners[strings.ToLower(toks[k])] && strings.HasSuffix(toks[k-1], ",") && k < i-1 {
			return slices.ContainsFunc(toks[1:k], thirdPersonS)
		}
	}
	return false
}

// roleAsParticiples take a role "as" opens when they are a participle on
// a noun: "dressed as police officers", "employed as a driver".
var roleAsParticiples = wordSet(`dressed disguised employed hired registered classified listed described known used chosen appointed elected named identified hailed seen regarded recognised recognized branded billed touted cast designated labelled labeled marketed presented portrayed depicted trained ranked rated`)

// reducedRelativeEnd finds the verb of a clause whose first past form
// only describes its subject: in "A memorial service planned at the
// university was canceled", "planned at" opens a reduced relative and
// "was" is the verb. It returns the index of that auxiliary, or 0 when
// the past form at vi is the verb: when a preposition does not follow it
// ("said the port was closed") or a comma, conjunction or relative comes
// before any auxiliary. A relative word before the past form makes the
// relative a full one ("A blaze that erupted destroyed"), for the caller.
func reducedRelativeEnd(toks []string, vi int) int {
	// Nor does a pronoun take a reduced relative: "she arrived at".
	if r := strings.ToLower(toks[vi-1]); r == "that" || r == "which" || r == "who" || subjectPronouns[r] {
		return 0
	}
	v, _ := verbOf(bare(toks[vi]))
	// "Polls published put the party ahead", "The tests carried out
	// showed no damage", "The man arrested was released" (their dates
	// taken out): a past form, perhaps with its particle, then another
	// with its object, or a finite auxiliary.
	if v.form == formPast && !auxiliaries[strings.ToLower(bare(toks[vi-1]))] && !attributionVerbs[v.base] {
		k := vi + 1
		if k < len(toks) && particles[strings.ToLower(bare(toks[k]))] {
			k++
		}
		if k+1 < len(toks) {
			// "further rain forecast could cause": a modal too.
			if w := strings.ToLower(bare(toks[k])); finiteAuxiliaries[w] || modalAuxiliaries[w] {
				return k
			}
			// After a particle any past form is the verb: "carried out
			// failed to".
			// So is one with its own particle: "A ceasefire agreed [in
			// January] broke down".
			// Not after a simple past whose participle differs, which
			// opens no relative: "The ships became trapped in ice".
			// "water samples taken showed high levels": so is any past
			// after a form that is only a participle.
			_, participleOnly := pastOfParticiple[strings.ToLower(bare(toks[vi]))]
			if next, ok := verbOf(bare(toks[k])); ok && next.form == formPast && (k > vi+1 || opensObject(toks[k+1]) || particles[strings.ToLower(bare(toks[k+1]))] || participleOnly) && participleOfPast[strings.ToLower(bare(toks[vi]))] == "" {
				return k
			}
		}
	}
	// "said about 54,000 appointments had been": a verb of saying is
	// no participle on its subject.
	if attributionVerbs[v.base] {
		return 0
	}
	// "A trial expected to start in March was delayed": a plan's
	// participle takes its infinitive, and the verb comes after.
	if plannedFor[strings.ToLower(bare(toks[vi]))] && vi+2 < len(toks) && strings.EqualFold(toks[vi+1], "to") && !auxiliaries[strings.ToLower(bare(toks[vi-1]))] {
		for j := vi + 2; j+1 < len(toks) && j <= vi+12; j++ {
			w := strings.ToLower(bare(toks[j]))
			if finiteAuxiliaries[w] {
				return j
			}
			if strings.ContainsAny(toks[j], ",;") || w == "and" || w == "but" || w == "that" || subjectPronouns[w] {
				return 0
			}
		}
		return 0
	}
	// "agreed to merge in a deal announced": "to" after a past form
	// opens its infinitive, not a phrase on a participle; "linked to
	// the rebels", "linked to Hamas" opens a phrase.
	// "the quarter ended Oct. 26 rose": a date may follow it bare.
	// "An aid worker held hostage in the Sahel for a year has been
	// freed": a participle may take its state's noun.
	next := vi + 1
	if next+1 < len(toks) && heldAs[strings.ToLower(toks[next])] {
		next++
	}
	// "Passengers caught up in the outage have described": so may a
	// particle before its phrase.
	if next+1 < len(toks) && particles[strings.ToLower(toks[next])] && subjectPrepositions[strings.ToLower(toks[next+1])] {
		next++
	}
	// "frozen since the late Pleistocene have been": so may a span's
	// start.
	// "Two men dressed as police officers tricked their way in": so may
	// the role "as" gives, after a participle that takes one ("Production
	// stopped as workers began a strike" has its verb first).
	if p := strings.ToLower(bare(toks[min(next, len(toks)-1)])); v.form != formPast || next >= len(toks) ||
		(!subjectPrepositions[p] && !(p == "as" && roleAsParticiples[strings.ToLower(bare(toks[vi]))]) || p == "to" && !nounAfterTo(toks[next+1:])) && !bareDate(toks[next:]) && !relativeDate(toks[next:]) && !(p == "since" && nounBeforeAuxiliary(toks[next+1:])) {
		return 0
	}
	if a := strings.ToLower(bare(toks[vi-1])); auxiliaries[a] {
		return 0 // "has planned at"
	}
	// "The city recovered about $400,000 through a lawsuit filed": a
	// hedge before a figure opens the verb's object, no phrase.
	if hedgedAmount(toks, vi+1) {
		return 0
	}
	// "The attempt ended with the booster lost at sea": an end or a start
	// "with" something is the verb, whatever participle follows.
	if phaseVerbs[v.base] && strings.EqualFold(toks[vi+1], "with") {
		return 0
	}
	for j := vi + 1; j < len(toks) && j <= vi+14; j++ {
		w := strings.ToLower(bare(toks[j]))
		if finiteAuxiliaries[w] && j+1 < len(toks) {
			return j
		}
		// "Nelsy, flanked by his grandmothers, was at the head": the
		// phrase's closing comma, then the verb.
		if strings.HasSuffix(toks[j], ",") && j+2 < len(toks) && finiteAuxiliaries[strings.ToLower(bare(toks[j+1]))] {
			return j + 1
		}
		// "Warnings issued for the islands and the coast were lifted":
		// "and" may join a noun phrase of the participle's phrase, when
		// the verb after it agrees with the noun the participle is on.
		if w == "and" && listedInPhrase(toks, vi, j) {
			continue
		}
		// "Talks brokered by the United States, Saudi Arabia, Egypt and
		// the United Arab Emirates stalled": so may a comma or "and" in
		// a list of names an agent's "by" opens, before a past form.
		if strings.EqualFold(toks[vi+1], "by") && (w == "and" || strings.HasSuffix(toks[j], ",") && isCapitalised(toks[j])) && agentNamesGoOn(toks[j+1:]) {
			continue
		}
		// "said on Monday they would appeal": a subject pronoun opens a
		// clause of its own. A date after "since" or "until" is no
		// clause: "A man held in custody since March won".
		// Nor is a noun phrase the verb right after it follows: "Two
		// worms frozen since the late Pleistocene have been revived".
		opener := clauseOpeners[w] && !(spanBounds[w] && (opensDate(strings.Join(toks[j+1:], " ")) || nounBeforeAuxiliary(toks[j+1:])))
		// The clause's own closing comma closes no phrase: "A group
		// led by Alan Bates won,".
		closes := (strings.HasSuffix(toks[j], ",") || strings.HasSuffix(toks[j], ";")) && j < len(toks)-1
		if closes || w == "and" || w == "but" || w == "or" ||
			w == "that" || w == "if" || opener || subjectPronouns[w] {
			return 0
		}
		// "radioed for help as fans were pushed": so does an "as" with
		// a subject and its verb ("agreed as part of the deal" goes on),
		// a subject of up to four words: "as the ash cloud drifted".
		if w == "as" && j > vi+1 && slices.ContainsFunc(toks[j+1:min(j+6, len(toks))], func(t string) bool { return finiteAuxiliaries[strings.ToLower(bare(t))] || pastForm(t) }) {
			return 0
		}
		// "in a closely fought race": a participle after an article's
		// modifier is an adjective.
		if adjectiveAfterModifier(toks, j) {
			continue
		}
		// "workers trapped in a collapsed road tunnel were brought out":
		// so is one right after an article.
		if j > vi+1 && determiners[strings.ToLower(toks[j-1])] && pastForm(toks[j]) {
			continue
		}
		// "Economists polled by Reuters expect a cut": after a named
		// agent a word in lower case that takes an object is the verb,
		// in the present's base form the verb lists do not know.
		if strings.EqualFold(toks[vi+1], "by") && j > vi+2 && j+1 < len(toks) && !slices.ContainsFunc(toks[vi+2:j], func(t string) bool { return !isCapitalised(t) }) &&
			isLowerWord(bare(toks[j])) && !stopWords[w] && !subjectPrepositions[w] && opensObject(toks[j+1]) {
			return j
		}
		if main, ok := verbOf(bare(toks[j])); ok { // in its own case: "the United States"
			// "voted by 314 to 291 to legalise assisted dying": a past
			// form after an infinitive's verb is an adjective on its
			// object.
			if j >= 2 && strings.EqualFold(toks[j-2], "to") && main.form == formPast {
				return 0
			}
			// "A ceasefire agreed in principle collapsed": a past form
			// after the phrase, with no new subject before it, is the
			// verb. The first must be a participle: a regular one, as
			// "grew to 600 acres as crews battled" has none.
			// So is a present one: "A ceasefire brokered by the United
			// States comes into force".
			// An irregular one is a participle when its agent follows: "A
			// lander built by a Houston company touched down".
			w := strings.ToLower(bare(toks[vi]))
			participle := strings.HasSuffix(w, "ed") || participles[w] != "" || !pastOnly[w] && strings.EqualFold(toks[vi+1], "by")
			// So is one a phrase follows, not an object, when the verb
			// after it takes one of its own: "A report sent to the
			// authority recommended that", "A power cut at the station
			// halted deliveries"; "sold to a buyer named in" names the
			// buyer.
			// So is one before a verb a phrase of its own follows: "A
			// sketch found in an attic in Devon sold for £1.2 million".
			participle = participle || !pastOnly[w] && subjectPrepositions[strings.ToLower(toks[vi+1])] && j+1 < len(toks) && (opensObject(toks[j+1]) || barePluralNoun(toks[j+1]) || strings.EqualFold(toks[j+1], "that") || subjectPrepositions[strings.ToLower(toks[j+1])])
			// "The chief executive apologised in a video posted on":
			// a verb with no passive has no participle on its subject.
			participle = participle && !neverPassive[v.base]
			// "Notre Dame reopened with a ceremony attended by dozens of
			// leaders": a past form its agent follows is a participle on
			// the noun before it, not the verb.
			agented := main.form == formPast && j+1 < len(toks) && strings.EqualFold(toks[j+1], "by")
			if (main.form == formPast || main.form == formPresent) && participle && !agented && !attributionVerbs[v.base] && (oneNounPhrase(toks[vi+1:j]) || strings.EqualFold(toks[vi+1], "by") && agentNamesGoOn(toks[vi+2:])) {
				return j
			}
			return 0
		}
	}
	return 0
}

// neverPassive are verbs with no passive, whose past form is always
// the verb: "apologised", "resigned", "appeared in court charged with
// fraud".
var neverPassive = wordSet(`apologise apologize die arrive resign retire vanish disappear happen occur emerge collapse flee appear remain exist`)

// listedInPhrase reports whether the "and" at toks[j] joins a noun phrase
// in the phrase of the participle at toks[vi]: a determiner or a name
// follows it, and within a few words, with no comma, comes a finite
// auxiliary that agrees with the plural noun before the participle.
// In "Rescuers searched for survivors and the army was deployed" the
// verb is the army's.
func listedInPhrase(toks []string, vi, j int) bool {
	if j+1 >= len(toks) || !determiners[strings.ToLower(toks[j+1])] && !isCapitalised(toks[j+1]) || !isPlural(toks[vi-1:vi]) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		if strings.ContainsAny(toks[k], ",;:") {
			return false
		}
		if w := strings.ToLower(toks[k]); finiteAuxiliaries[w] {
			return w == "were" || w == "are" || w == "have"
		}
	}
	return false
}

// agentNamesGoOn reports whether toks open with names, perhaps after
// "the" or between commas and "and", up to a past form in lower case:
// "Egypt and the United Arab Emirates stalled".
func agentNamesGoOn(toks []string) bool {
	for k, t := range toks {
		if w := bare(t); k > 0 && isLowerWord(w) && pastForm(w) {
			return true
		}
		if !isCapitalised(t) && !strings.EqualFold(t, "the") && t != "and" || k > 12 {
			return false
		}
	}
	return false
}

// heldAs are the states a participle puts its object in: "held
// hostage", "taken prisoner".
var heldAs = wordSet(`hostage captive prisoner`)

// nounAfterTo reports whether the words after a "to" open a noun
// phrase, not an infinitive: "the rebels", "Hamas", "them", "2019". A
// bare noun ("to life") cannot be told from a verb ("to merge").
func nounAfterTo(toks []string) bool {
	if len(toks) == 0 {
		return false
	}
	w := strings.ToLower(bare(toks[0]))
	return determiners[w] || objectPronouns[w] || isCapitalised(toks[0]) || isDigit(w[0]) || len(toks) > 1 && isCapitalised(toks[1]) // "al Qaeda"
}

// withoutPlace cuts a long subject that is no plain noun phrase before
// the place its last phrase names, past its fourth word: "A man accused
// of setting fire to a ballot drop box [in Portland last year]".
func withoutPlace(subject []string) []string {
	for i := len(subject) - 2; i >= 4; i-- {
		if w := strings.ToLower(subject[i]); (w == "in" || w == "at" || w == "near") && isCapitalised(subject[i+1]) && !strings.ContainsAny(strings.Join(subject[i:], " "), ",;:") {
			return subject[:i]
		}
	}
	return subject
}

// oneNounPhrase reports whether a participle's phrase names no more than
// one thing, and so holds no subject of a clause of its own: "in
// principle", "in the raid", not "into the town the rebels" or "in Leeds
// they".
func oneNounPhrase(toks []string) bool {
	dets := 0
	for _, t := range toks {
		w := strings.ToLower(bare(t))
		if pronounSubjects[w] || w == "we" || w == "i" {
			return false
		}
		if determiners[w] {
			dets++
		}
	}
	return dets <= 1
}

// opensObject reports whether t can open a verb's object: an article or
// possessive, a pronoun, a name or a figure.
func opensObject(t string) bool {
	w := strings.ToLower(bare(t))
	r, _ := utf8.DecodeRuneInString(t)
	return determiners[w] || objectPronouns[w] || isCapitalised(t) || unicode.IsDigit(r)
}

// nounThenParticiple reports whether toks open with a noun and a present
// participle, which tells what the noun does: "had inflation peaking at
// 3.8% in September" dates the peak, not the having.
func nounThenParticiple(toks []string) bool {
	return len(toks) > 1 && presentParticiple(bare(toks[1]))
}

// pastAuxiliaries open a predicate in the past.
var pastAuxiliaries = wordSet(`was were had`)

// finiteAuxiliaries are the finite verbs a reduced relative's clause goes
// on with.
var finiteAuxiliaries = wordSet(`was were is are has have had will would`)

// modalAuxiliaries are the other auxiliaries a clause's verb group may
// open with.
var modalAuxiliaries = wordSet(`can could may might must should shall`)

// phraseAsideOpeners open a phrase set off after a subject: "The
// contracts, for protective equipment that was never used, were".
var phraseAsideOpeners = wordSet(`for with from like worth`)

// dropAside removes a relative clause set off by commas when the main
// clause goes on after it: "The killing of Dana Okafor, who ran the port,
// has become an issue" is about the killing, not who ran the port.
func dropAside(toks []string) []string {
	for i := 1; i < len(toks); i++ {
		w := strings.ToLower(bare(toks[i]))
		// "Protesters, some of whom had travelled overnight, gathered":
		// the clause starts at its quantifier.
		if (w == "whom" || w == "which") && i > 2 && toks[i-1] == "of" && strings.HasSuffix(toks[i-3], ",") {
			w, i = "who", i-2
		}
		// "The defeat, in which two players were sent off, proved": the
		// clause starts at its preposition.
		if (w == "whom" || w == "which") && i > 1 && subjectPrepositions[strings.ToLower(toks[i-1])] && strings.HasSuffix(toks[i-2], ",") {
			w, i = "who", i-1
		}
		// "The talks, the first since the ceasefire collapsed in March,
		// ended": an appositive holding a clause of its own goes too.
		// "Rising costs, including a tax that took effect in April,
		// would add": an aside of examples goes too.
		// "Resident doctors, as junior doctors are now known, accepted":
		// so does an aside "as" opens.
		// "The closures, part of a plan to cut costs, will take effect":
		// so does one whose only verb is an infinitive's.
		// "The contracts, for protective equipment that was never used,
		// were awarded": so does a phrase on the subject that holds a
		// clause of its own.
		phraseAside := phraseAsideOpeners[w] && commas(toks[:i-1]) == 0 && slices.ContainsFunc(toks[i:], func(t string) bool { return t == "that" || t == "which" || t == "who" })
		if !strings.HasSuffix(toks[i-1], ",") || w != "who" && w != "whom" && w != "which" && w != "whose" && w != "where" && w != "including" && w != "as" && !appositiveWithClause(toks[i:]) && !infinitiveAside(toks[i:]) && !phraseAside && !invertedAttribution(toks[i:]) {
			continue
		}
		for j := i + 1; j < len(toks)-1; j++ {
			// A comma in a list ("the producer, composer and arranger
			// whose work with Frank Sinatra, Ray Charles and Michael
			// Jackson spanned") closes nothing.
			if !strings.HasSuffix(toks[j], ",") || listTail(words(strings.Join(toks[j+1:], " "))) {
				continue
			}
			// "The company, which serves 16 million customers, tries": a
			// present the lists do not know may follow right after.
			if slices.ContainsFunc(toks[j+1:], func(t string) bool { _, ok := verbOf(bare(t)); return ok }) || thirdPersonS(toks[j+1]) {
				j = appositiveAfterAside(toks, j)
				// The comma that opened the aside goes with it: left, it
				// would set off the verb as a participle's ("NetChoice,
				// filed suit" read as passive). One that also closes an
				// appositive stays: "the candidate, Eliot Spitzer,".
				kept := append([]string(nil), toks[:i]...)
				if commas(kept[:i-1]) == 0 {
					kept[i-1] = strings.TrimSuffix(kept[i-1], ",")
				}
				// A lone comma that opened the aside leaves no word.
				if kept[i-1] == "" {
					kept = kept[:i-1]
				}
				return append(kept, toks[j+1:]...)
			}
			return toks
		}
		return toks
	}
	return toks
}

// invertedAttribution reports whether toks open with an attribution set
// off inside a clause, its verb before the speaker: "The advertisement,
// said Kelli Conlin, the executive director of the group, is intended".
func invertedAttribution(toks []string) bool {
	return len(toks) > 2 && (toks[0] == "said" || toks[0] == "says") && (isCapitalised(toks[1]) || determiners[strings.ToLower(toks[1])])
}

// infinitiveAside reports whether toks open with an aside, up to the
// comma that closes it, whose only verbs are infinitives (see
// infinitiveAppositive).
func infinitiveAside(toks []string) bool {
	k := slices.IndexFunc(toks, func(t string) bool { return strings.HasSuffix(t, ",") })
	return k > 0 && infinitiveAppositive(strings.Join(toks[:k+1], " "))
}

// appositiveAfterAside is where an aside closing at toks[j] ends once a
// verbless appositive on its last words is taken in, when the verb comes
// right after that: "The deal, which values Calder at $31 a share, a 24%
// premium to Friday's close, is expected to close".
// The appositive may hold a relative of its own: "including the chief
// executive of OceanGate, the company that operated the vessel, are".
func appositiveAfterAside(toks []string, j int) int {
	for {
		k := j + 1 + slices.IndexFunc(toks[j+1:], func(t string) bool { return strings.HasSuffix(t, ",") })
		if k == j || k+1 >= len(toks) {
			return j
		}
		seg := toks[j+1 : k+1]
		if hasVerb(strings.Join(seg, " ")) && !slices.ContainsFunc(seg, func(t string) bool { return relativeWords[strings.ToLower(t)] }) {
			return j
		}
		next := strings.ToLower(bare(toks[k+1]))
		if _, ok := verbOf(next); !ok {
			return j
		}
		j = k
	}
}

// nounBeforeAuxiliary reports whether toks open with a short noun phrase
// an article leads and a finite auxiliary ends: "the late Pleistocene
// have".
func nounBeforeAuxiliary(toks []string) bool {
	if len(toks) < 3 || !slices.Contains([]string{"the", "a", "an"}, strings.ToLower(toks[0])) {
		return false
	}
	for k := 1; k < len(toks) && k <= 4; k++ {
		w := strings.ToLower(toks[k])
		if finiteAuxiliaries[w] {
			return k > 1
		}
		if _, ok := verbOf(w); ok || w != strings.ToLower(bare(toks[k])) && !isCapitalised(toks[k]) || subjectPrepositions[w] {
			return false
		}
	}
	return false
}

// appositiveWithClause reports whether toks open with a noun phrase and
// a clause opener or a relative word before the comma that closes them:
// "the first since the ceasefire collapsed,", "a startup that designs
// chips,"; or are a participleAppositive.
func appositiveWithClause(toks []string) bool {
	// "Comet 3I/ATLAS, only the third object known to have entered":
	// an adverb of degree may stand before the article.
	if len(toks) > 3 && appositiveAdverbs[strings.ToLower(toks[0])] && determiners[strings.ToLower(toks[1])] {
		toks = toks[1:]
	}
	// "The outbreak, Congo's 16th since the disease was discovered":
	// so may a possessive.
	if len(toks) < 3 || !determiners[strings.ToLower(toks[0])] && !nounPossessive(toks[0]) {
		return false
	}
	if participleAppositive(toks) {
		return true
	}
	for i, t := range toks[1:] {
		if w := strings.ToLower(t); clauseOpeners[w] || w == "that" || w == "which" || w == "who" {
			return true
		}
		// "the producer, composer and arranger whose work": a comma
		// in a list goes on.
		if strings.HasSuffix(t, ",") && !listTail(words(strings.Join(toks[i+2:], " "))) {
			return false
		}
	}
	return false
}

// appositiveAdverbs may open an appositive before its article: "only
// the third", "still the largest".
var appositiveAdverbs = wordSet(`only just still now also perhaps arguably`)

// compoundHead reports whether the word at toks[i], a past that is its
// verb's base, heads a compound noun an article opens, which a phrase and
// the clause's past verb follow: "A power cut at its data centre
// disrupted check-in".
func compoundHead(toks []string, i int) bool {
	w := strings.ToLower(bare(toks[i]))
	if i < 2 || irregularPast[w] != w || !determiners[strings.ToLower(toks[i-2])] || !isLowerWord(toks[i-1]) || i+1 >= len(toks) || !subjectPrepositions[strings.ToLower(toks[i+1])] {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+8; k++ {
		if strings.ContainsAny(toks[k-1], ",;:") || relativeWords[strings.ToLower(toks[k-1])] || toks[k-1] == "and" || toks[k-1] == "but" {
			return false
		}
		// Not a participle on a noun: "hit near towns damaged by".
		if v, ok := verbOf(bare(toks[k])); ok && v.form == formPast && !determiners[strings.ToLower(toks[k-1])] && !subjectPrepositions[strings.ToLower(toks[k-1])] {
			return k+1 < len(toks) && !datePrepositions[strings.ToLower(toks[k+1])] && !subjectPrepositions[strings.ToLower(toks[k+1])] && !deicticLeads[strings.ToLower(toks[k+1])]
		}
	}
	return false
}

// afterCompound reports whether the past form at toks[i] follows an
// article and a compound that qualifies what comes, so is the noun or its
// adjective: "a quarter-point cut", "A 17th-century illuminated
// manuscript". A compound with a figure may be the noun itself, and the
// past form its verb: "the 22-year-old set to join".
func afterCompound(toks []string, i int) bool {
	if i < 2 || !determiners[strings.ToLower(toks[i-2])] || !strings.Contains(toks[i-1], "-") || compassPoint(toks[i-1]) {
		return false
	}
	// "A half-marathon has been cancelled": an auxiliary is a verb.
	if w := strings.ToLower(bare(toks[i])); finiteAuxiliaries[w] || modalAuxiliaries[w] {
		return false
	}
	// "The 29-year-old admitted misconduct": an age is the noun, a
	// person, and the past form after it the verb.
	if strings.HasSuffix(strings.ToLower(toks[i-1]), "-old") {
		return false
	}
	// "A passer-by found her", "The runner-up said": a compound that
	// ends in a particle is a noun.
	if k := strings.LastIndexByte(toks[i-1], '-'); particles[strings.ToLower(toks[i-1][k+1:])] || strings.EqualFold(toks[i-1][k+1:], "by") {
		return false
	}
	letters := strings.ReplaceAll(toks[i-1], "-", "")
	if isLowerWord(letters) {
		return true
	}
	return isLowerWord(strings.Trim(letters, "0123456789")) && pastForm(toks[i]) && !auxiliaries[strings.ToLower(toks[i])] &&
		i+1 < len(toks) && isLowerWord(toks[i+1]) && !subjectPrepositions[toks[i+1]] && !determiners[toks[i+1]]
}

// compassPoint reports whether t names a point of the compass, a noun:
// "in the south-west recorded 46C".
func compassPoint(t string) bool {
	for _, part := range strings.Split(strings.ToLower(bare(t)), "-") {
		if part != "north" && part != "south" && part != "east" && part != "west" {
			return false
		}
	}
	return true
}

// participleAside reports whether the past participle at toks[i] opens an
// aside on the subject, perhaps after an adverb, that a comma closes right
// before the clause's verb: "The hillside, long thought stable, had
// moved", "The bridge, widely seen as a symbol of the city, collapsed".
// It returns where the aside ends.
func participleAside(toks []string, i int) (int, bool) {
	open := i - 1
	if asideAdverb(toks[open]) && open > 0 {
		open--
	}
	if open < 1 || !strings.HasSuffix(toks[open], ",") || commas(toks[:open+1]) != 1 || !pastForm(toks[i]) {
		return 0, false
	}
	c := i + slices.IndexFunc(toks[i:], func(t string) bool { return strings.HasSuffix(t, ",") })
	if c < i || c+1 >= len(toks) || !pastParticipleAside(toks[open+1:c+1]) {
		return 0, false
	}
	next := strings.ToLower(bare(toks[c+1]))
	// "houses a collection": a present the verb lists do not know,
	// before its object.
	unknownPresent := c+2 < len(toks) && thirdPersonS(next) && determiners[strings.ToLower(toks[c+2])]
	if _, ok := verbOf(next); !ok && !finiteAuxiliaries[next] && !modalAuxiliaries[next] && !unknownPresent {
		return 0, false
	}
	return c + 1, true
}

// pastParticipleAside reports whether toks, an aside, are a past participle,
// perhaps after an adverb, and its complement, with no verb of their own
// but in a clause of time: "long thought stable,", "widely seen as a
// symbol of the city,".
func pastParticipleAside(toks []string) bool {
	if len(toks) > 1 && asideAdverb(toks[0]) {
		toks = toks[1:]
	}
	// "went", "began": a past form that is no participle opens none;
	// nor does one with no passive: ", died on Wednesday".
	if len(toks) == 0 || !pastForm(toks[0]) || pastOnly[strings.ToLower(bare(toks[0]))] {
		return false
	}
	if v, _ := verbOf(strings.ToLower(bare(toks[0]))); neverPassive[v.base] {
		return false
	}
	// "The advertisement, said Kelli Conlin, ...": an attribution; not
	// "announced in April".
	if v, _ := verbOf(bare(toks[0])); sayingVerbs[v.base] && (len(toks) < 2 || !subjectPrepositions[strings.ToLower(toks[1])]) {
		return false
	}
	// "delayed twice since construction began in 2022,": a clause of
	// time in the aside is the aside's. A verb's form after an article
	// is a noun: "at a cost of £200 million".
	rest := toks[1:]
	if k := slices.IndexFunc(rest, func(t string) bool { return timeConjunctions[strings.ToLower(t)] }); k >= 0 {
		rest = rest[:k]
	}
	return !hasClauseVerb(strings.Join(rest, " "))
}

// asideAdverb reports whether t is an adverb that may open an aside
// before its participle: "long thought stable", "widely seen".
func asideAdverb(t string) bool {
	w := strings.ToLower(t)
	return asideAdverbs[w] || lyAdverb(w)
}

var asideAdverbs = wordSet(`long once first still now previously originally`)

// participleAppositive reports whether toks open with a short noun phrase
// and a participle that describes it: "the utility fined a record £90
// million", "a man accused of fraud".
func participleAppositive(toks []string) bool {
	if len(toks) < 3 || !determiners[strings.ToLower(toks[0])] {
		return false
	}
	for k := 2; k < min(len(toks), 6); k++ {
		if strings.HasSuffix(toks[k-1], ",") {
			return false
		}
		if pastForm(toks[k]) {
			return true
		}
	}
	return false
}

func dropPluperfect(toks []string) []string {
	out := make([]string, 0, len(toks))
	had := -1 // the last "had" dropped
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// "had arrived in Moscow and been granted asylum" → "arrived in
		// Moscow and were granted asylum": a second participle shares
		// the "had" dropped.
		if had >= 0 && strings.EqualFold(t, "and") && i+2 < len(toks) && toks[i+1] == "been" && pastForm(toks[i+2]) {
			be := "was"
			if pluralBefore(toks[:had]) {
				be = "were"
			}
			out = append(out, t, be)
			i++
			continue
		}
		// "had also fallen" → "also fell": an adverb of the verb group
		// goes before the past.
		if strings.EqualFold(t, "had") && i+2 < len(toks) && adverbInVerbGroup(toks[i+1]) {
			if _, ok := pastOfParticiple[toks[i+2]]; ok || pastForm(toks[i+2]) {
				out = append(out, toks[i+1])
				toks = slices.Concat(toks[:i+1], toks[i+2:])
			}
		}
		if strings.EqualFold(t, "had") && i+1 < len(toks) {
			// "had fallen" → "fell".
			if past, ok := pastOfParticiple[toks[i+1]]; ok {
				out = append(out, past)
				had = i
				i++
				continue
			}
			if v, ok := verbOf(bare(toks[i+1])); ok && v.form == formPast {
				had = i
				continue
			}
			// "had been hit" → "was hit", "they had been" → "they were".
			if i > 0 && i+2 < len(toks) && toks[i+1] == "been" && !strings.HasSuffix(bare(toks[i+2]), "ing") { // not "had been talking"
				be := "was"
				if pluralBefore(toks[:i]) {
					be = "were"
				}
				out = append(out, be)
				i++
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// pluralBefore reports whether the subject ending toks is plural: the
// words back to "that", a comma or a verb ("he and Bushnell", "they",
// "the talks"), or before the relative word that ends them.
func pluralBefore(toks []string) bool {
	// "microbes that had been frozen": a relative's subject is its
	// antecedent.
	if n := len(toks); n > 1 {
		switch strings.ToLower(toks[n-1]) {
		case "that", "which", "who":
			toks = toks[:n-1]
		}
	}
	start := len(toks)
	for start > 0 && len(toks)-start < 6 {
		t := toks[start-1]
		w := strings.ToLower(bare(t))
		if _, isVerb := verbOf(w); isVerb || w == "that" || strings.ContainsAny(t, ",;:") {
			break
		}
		start--
	}
	subject := toks[start:]
	if len(subject) == 0 {
		return false
	}
	if w := strings.ToLower(bare(subject[0])); len(subject) == 1 && (w == "they" || w == "we" || w == "you") {
		return true
	}
	return isPlural(subject)
}

// sayingVerbs report what was said, which a headline gives without
// "that": "says it was hit".
var sayingVerbs = wordSet(`say claim announce confirm warn insist argue admit acknowledge tell add note indicate signal`)

// abbreviated reports whether the word t ends in an abbreviation's full
// stop: "p.m.", "U.S.", "Inc.".
func abbreviated(t string) bool {
	w := strings.TrimRight(t, ",;:!?”")
	if !strings.HasSuffix(w, ".") {
		return false
	}
	w = strings.TrimSuffix(w, ".")
	// "U.S.", "p.m."; not a figure's decimal point: "3.2%.", "1.5."
	return strings.Contains(w, ".") && !strings.ContainsAny(w, "0123456789") || abbreviations[strings.ToLower(w)] && !strings.EqualFold(w, "no") // "voted no."
}

// titleText joins a title's words, at most fourteen, without closing
// punctuation, its quotation marks balanced. A title cut short ends on a
// word that carries meaning, and says it was cut: "... about cracks…".
func titleText(words []string) string {
	cut := len(words) > maxTitleWords
	if cut {
		words = words[:maxTitleWords]
		for len(words) > 1 && danglingWords[strings.ToLower(bare(words[len(words)-1]))] {
			words = words[:len(words)-1]
		}
	}
	// "albums "Off the Wall" (1979), "Thriller"": a mark a date left
	// alone closes up on the word before.
	var closed []string
	for _, w := range words {
		if (w == "," || w == ";") && len(closed) > 0 {
			closed[len(closed)-1] += w
			continue
		}
		closed = append(closed, w)
	}
	words = closed
	t := strings.TrimRight(strings.Join(words, " "), ",;:.!?—–-” ")
	t = withoutCommaInQuote(t)
	if !cut && len(words) > 0 && abbreviated(words[len(words)-1]) && strings.HasSuffix(t, strings.TrimRight(words[len(words)-1], ",;:.!?")) {
		t += "." // "by 2:30 p.m.", "Acme Inc."
	}
	if cut {
		t += "…"
	}
	if strings.Count(t, "“") > strings.Count(t, "”") {
		t += "”"
	}
	return upperFirst(t)
}

const maxTitleWords = 14

// withoutCommaInQuote drops the comma before a title's closing quotation
// mark, which is the sentence's: `her first novel, "Slag,"`.
func withoutCommaInQuote(t string) string {
	if q, ok := strings.CutSuffix(t, `,"`); ok {
		return q + `"`
	}
	return t
}

// withoutObjectParticiple ends an object too long for its title before a
// participle's phrase on its noun with its agent, which says more of it
// than a headline needs: "an appeal against a record fine imposed by EU
// regulators in April" is "an appeal against a record fine".
func withoutObjectParticiple(object []string) []string {
	for i := 2; i < len(object); i++ {
		prev := strings.ToLower(bare(object[i-1]))
		// "it was "very troubled" by the decision": a quotation's
		// participle is what was said.
		if determiners[prev] || subjectPrepositions[prev] || auxiliaries[prev] || strings.HasSuffix(object[i-1], ",") || strings.ContainsAny(object[i-1]+object[i], "\"“”") {
			continue
		}
		next := ""
		if i+1 < len(object) {
			next = strings.ToLower(object[i+1])
		}
		if _, isVerb := verbOf(prev); !isVerb && participleWord(object[i]) && next == "by" && nounPhraseBefore(object, i) {
			// "as a wildfire driven by strong winds jumped": on the
			// subject of a clause of time the whole clause goes.
			for j := i - 1; j > 0 && j >= i-6; j-- {
				if subordinators[strings.ToLower(object[j-1])] && determiners[strings.ToLower(object[j])] {
					return object[:j-1]
				}
			}
			// "found that four charges brought by the Football
			// Association in May 2024 were not proven": the verb group
			// after the participle's phrase stays.
			// Not past a relative of its own: "a law passed by Congress
			// that would have let".
			for k := i + 2; k < len(object) && k <= i+12 && !relativesOnNoun[strings.ToLower(object[k-1])]; k++ {
				if finiteAuxiliaries[strings.ToLower(bare(object[k]))] {
					return append(slices.Clone(object[:i]), object[k:]...)
				}
			}
			return object[:i]
		}
	}
	return object
}

// nounPhraseBefore reports whether the words before object[i] end in a
// noun phrase with its determiner, not in a count that a second clause
// leaves its verb to ("and at least 58 [were] injured").
func nounPhraseBefore(object []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		w := strings.ToLower(bare(object[j]))
		if w == "and" || w == "or" || strings.ContainsAny(object[j], ",;:") {
			return false
		}
		if determiners[w] {
			return true
		}
	}
	return false
}

// shortSubject trims a subject too long for its title to its head and
// first phrase, as a headline writer would: "The death toll from the
// collapse of a bridge in the Brazilian city of Porto Velho" is "The
// death toll from the collapse". It cuts before the second preposition
// that opens a common noun's phrase ("of a bridge", not "of England"),
// leaving at least four words. Only a plain noun phrase is trimmed: one
// whose every later determiner follows a preposition, with no -ing form
// after one ("in returning") and no pronoun, which might hide a verb the
// lists do not know ("DNA tests link a missing man to").
func shortSubject(subject []string) []string {
	for i := 1; i < len(subject); i++ {
		w, prev := strings.ToLower(bare(subject[i])), strings.ToLower(bare(subject[i-1]))
		if determiners[w] && !subjectPrepositions[prev] || strings.HasSuffix(w, "ing") && !isCapitalised(subject[i]) && subjectPrepositions[prev] ||
			pronounSubjects[w] || strings.ContainsAny(subject[i-1], ",;:") {
			return withoutPlace(subject)
		}
	}
	seen := 0
	for i := 1; i+1 < len(subject); i++ {
		// "of England", and "the Group of 20": a preposition inside a
		// name opens no phrase to cut.
		if !subjectPrepositions[strings.ToLower(subject[i])] || isCapitalised(subject[i+1]) || isCapitalised(subject[i-1]) {
			continue
		}
		// "by days of heavy rain", "thousands of people": after a
		// measure "of" opens the phrase's head, which stays.
		if strings.EqualFold(subject[i], "of") && measuredOf[strings.ToLower(subject[i-1])] {
			continue
		}
		if seen++; seen == 2 && i >= 4 {
			// "The wreck of a ship used by the explorer": nor does a
			// participle its agent is cut from stay.
			if strings.EqualFold(subject[i], "by") && participleWord(subject[i-1]) && i-1 >= 4 {
				return subject[:i-1]
			}
			return subject[:i]
		}
	}
	return subject
}

// measuredOf are measures an "of" phrase names the stuff of.
var measuredOf = wordSet(`hours days weeks months years decades centuries dozens hundreds thousands millions billions tons tonnes litres gallons`)

// danglingWords cannot end a title cut short: they lead into what was cut.
var danglingWords = wordSet(`the a an of in on at to for from with by about against into onto over under
	between among during after before and or but that which who whose what its their his her our your this these those`)

// particles complete a phrasal verb: "took over", "shut down".
var particles = wordSet(`over up down off out back away in on`)

// presentPhrase turns the verb group at the start of toks into the
// headline present and returns it with the words that follow.
func presentPhrase(toks []string, plural bool) (phrase, base string, rest []string) {
	w := strings.ToLower(bare(toks[0]))
	next := 1
	// Adverbs between an auxiliary and its verb.
	skipAdverbs := func() {
		for next < len(toks) {
			if !adverbInVerbGroup(toks[next]) {
				break
			}
			next++
		}
	}
	participle := func() (verb, bool) {
		if next >= len(toks) {
			return verb{}, false
		}
		v, ok := verbOf(bare(toks[next]))
		return v, ok && v.form == formPast
	}
	// The adverbs of a set that stand between toks[from] and the verb,
	// each with a space after: the rest go.
	kept := func(from int, set map[string]bool) string {
		var out []string
		for _, t := range toks[from:next] {
			if set[strings.ToLower(bare(t))] {
				out = append(out, bare(t)+" ")
			}
		}
		return strings.Join(out, "")
	}
	// "was largely resolved": an adverb of degree stays, as it changes
	// what is told; others go ("was fully restored").
	degree := func(from int) string { return kept(from, degreeAdverbs) }
	switch w {
	case "has", "have", "had":
		skipAdverbs()
		// "had last been seen": "last" stays with the participle.
		last := ""
		if next+1 < len(toks) && strings.EqualFold(toks[next], "last") && strings.EqualFold(bare(toks[next+1]), "been") {
			last, next = "last ", next+1
		}
		if next < len(toks) && strings.EqualFold(bare(toks[next]), "been") { // passive: "has been closed"
			next++
			// "had been fully inspected": an adverb may follow "been".
			skipAdverbs()
			if v, ok := participle(); ok {
				return present("be", plural) + " " + degree(1) + last + bare(toks[next]), v.base, toks[next+1:]
			}
			// "has been gradually edging closer": a progressive, told in
			// the present. Not a pluperfect one: "had been talking".
			skipAdverbs()
			if w != "had" && next < len(toks) && presentParticiple(bare(toks[next])) {
				return present("be", plural) + " " + bare(toks[next]), gerundBase(bare(toks[next])), toks[next+1:]
			}
			return "", "", nil
		}
		// "have nearly tripled" keeps its degree too.
		if v, ok := participle(); ok {
			return degree(1) + present(v.base, plural), v.base, toks[next+1:]
		}
		// "The unit had 14 vacancies", "had no degree", "had surgery":
		// "have" is the verb itself.
		if w == "had" && next == 1 && len(toks) > 1 && (opensObject(toks[1]) || strings.EqualFold(toks[1], "no") || lowerNoun(toks[1]) && !lyAdverb(bare(toks[1])) && !strings.EqualFold(toks[1], "not") && !strings.EqualFold(toks[1], "never") && !nounThenParticiple(toks[1:])) {
			return present("have", plural), "have", toks[1:]
		}
		return "", "", nil
	case "was", "were", "is", "are":
		skipAdverbs()
		if v, ok := participle(); ok {
			return present("be", plural) + " " + degree(1) + bare(toks[next]), v.base, toks[next+1:]
		}
		return present("be", plural), "be", toks[1:]
	case "will", "would", "could", "may", "might", "must", "should", "can":
		skipAdverbs()
		if next < len(toks) {
			modal := w
			if w == "would" {
				modal = "will" // reported future: "said it would close" → "will close"
			}
			// "would probably visit": a hedge on what is to come stays.
			return modal + " " + kept(1, hedgeAdverbs) + bare(toks[next]), strings.ToLower(bare(toks[next])), toks[next+1:]
		}
		return "", "", nil
	case "did", "does", "do":
		return "", "", nil // negations and questions make poor headlines
	}
	v, ok := verbOf(w)
	// "which reports results", "which take effect": a present the verb
	// lists do not know stays as written.
	if !ok && thirdPersonS(w) {
		return w, sBase(w), toks[1:]
	}
	if !ok {
		return w, w, toks[1:]
	}
	return present(v.base, plural), v.base, toks[1:]
}

// hedgeAdverbs tell how sure what is to come is.
var hedgeAdverbs = wordSet(`probably possibly likely perhaps`)

// relativePresent reports whether toks[i], after a relative word, is a
// verb in the present: a word in lower case that is no determiner or
// pronoun, followed by no verb ("which officials say", "which lawmakers
// passed" have a subject there).
func relativePresent(toks []string, i int) bool {
	w := bare(toks[i])
	if !isLowerWord(w) || determiners[w] || subjectPronouns[w] || objectPronouns[w] || adverbInVerbGroup(w) {
		return false
	}
	if i+1 < len(toks) {
		if v, ok := verbOf(strings.ToLower(bare(toks[i+1]))); ok && v.form != formAux || modalAuxiliaries[strings.ToLower(toks[i+1])] || presentSaying(toks[i+1]) {
			return false
		}
	}
	return true
}

// adverbInVerbGroup reports whether t is an adverb that may stand between
// an auxiliary and its verb: "was critically injured", "was first
// elected".
func adverbInVerbGroup(t string) bool {
	w := strings.ToLower(bare(t))
	return headlineAdverbs[w] || lyAdverb(w)
}

// lowerNoun reports whether t may be a noun standing alone: a word in
// lower case that is no verb, determiner or pronoun ("arguments").
func lowerNoun(t string) bool {
	w := bare(t)
	if _, verb := verbOf(w); verb || w != strings.ToLower(w) || determiners[w] || objectPronouns[w] || subjectPronouns[w] {
		return false
	}
	return len(w) > 2
}

// lyAdverb reports whether w looks like an adverb: it ends in "ly" and is
// no noun or verb that does ("family", "rally", "supply").
func lyAdverb(w string) bool {
	w = strings.ToLower(w)
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !lyWords[w]
}

// lyWords end in "ly" but are nouns or verbs.
var lyWords = wordSet(`family rally assembly supply anomaly monopoly homily bully jelly belly folly reply tally gully apply
	comply imply multiply italy july sicily`)

// degreeAdverbs say how far an act went or how it holds, which a title
// keeps: "partly reopened", "fatally shot", "provisionally suspended".
var degreeAdverbs = wordSet(`partly partially largely mostly nearly almost narrowly barely hardly only
	provisionally temporarily permanently indefinitely conditionally unanimously wrongly wrongfully falsely
	fatally mortally seriously critically severely badly slightly unlawfully illegally secretly jointly`)

var headlineAdverbs = wordSet(`also already reportedly now recently since just still further publicly formally officially
	first initially originally earlier later again eventually finally soon briefly then twice once nevertheless nonetheless
	meanwhile instead`)

// roleWords name offices; a name after one is shortened to the surname.
var roleWords = wordSet(`secretary minister president prime spokesman spokeswoman spokesperson chief commander admiral general
	senator governor leader official director chairman chairwoman ambassador envoy mayor king queen prince judge
	commissioner chancellor premier head representative rep sen gov gen adm lt col deputy`)

// pronounSubjects are dropped when a name precedes them, as in the
// machine-translated "President Okafor On Tuesday he ordered".
var pronounSubjects = wordSet(`he she they it`)

// subjectPronouns open a clause as its subject: the pronounSubjects,
// which a name may stand for, and "we", which none does.
var subjectPronouns = wordSet(`it he she they we`)

// personalSubjects are the subject pronouns that are never objects: "it"
// is both.
var personalSubjects = wordSet(`he she they we`)

// presentSaying reports whether t is a verb of saying in the present
// ("say", "says"), which the subject of what is said follows: "Police say
// they have found".
func presentSaying(t string) bool {
	w := strings.ToLower(bare(t))
	return sayingVerbs[w] || sayingVerbs[strings.TrimSuffix(w, "s")]
}

// actor trims a subject to the actor a headline names: no leading
// connective or relative word, a trailing pronoun after a name dropped, an
// office-holder by surname.
func actor(toks []string) []string {
	out := append([]string(nil), toks...)
	// "two years after the party won": the measure goes with its opener.
	// A phrase a comma closes leads into the subject, and goes whole: "a
	// week after the anniversary, a bombing killed".
	if k := slices.IndexFunc(out, func(t string) bool { return !measureWord(t) }); k > 0 && k < len(out) && timeConjunctions[strings.ToLower(out[k])] {
		out = out[k:]
		if c := slices.IndexFunc(out, func(t string) bool { return strings.HasSuffix(t, ",") }); c >= 0 && c+1 < len(out) {
			out = out[c+1:]
		}
	}
	// "in which police say": a relative a preposition leads goes too.
	if len(out) > 2 && subjectPrepositions[strings.ToLower(out[0])] && (out[1] == "which" || out[1] == "whom") {
		out = out[2:]
	}
	for len(out) > 0 && (leadingConnective.MatchString(out[0]) || clauseOpeners[functionWord(out[0])] || strings.EqualFold(bare(out[0]), "that") && !demonstrative(out) || asClause(out) ||
		len(out) > 1 && lyAdverb(strings.ToLower(out[0])) && clauseOpeners[functionWord(out[1])]) { // "possibly before"
		out = out[1:]
	}
	// A relative right before the verb is its subject ("an investigation
	// that began"); one before a pronoun is not ("the protection that he
	// will").
	// So is one with an adverb of the verb group after it: "A comet that
	// last passed".
	if n := len(out); n > 2 && verbGroupAdverb(out[n-1]) && relativesOnNoun[functionWord(out[n-2])] {
		out = out[:n-1]
	}
	// "In an interview she said": a pronoun after a phrase that leads in
	// is the subject.
	if n := len(out); n > 2 && subjectPrepositions[strings.ToLower(out[0])] && pronounSubjects[strings.ToLower(out[n-1])] && !strings.ContainsAny(strings.Join(out, " "), ",;:") {
		return out[n-1:]
	}
	relative, person := false, false
	if len(out) > 0 {
		last := functionWord(out[len(out)-1])
		relative = last == "which" || last == "who" || last == "that"
		person = last == "who"
	}
	for len(out) > 0 {
		last := functionWord(out[len(out)-1])
		// "part of it": a pronoun after "of" is its object, no subject;
		// so after a participle on a noun: "the company building it".
		if last == "which" || last == "who" || last == "that" || (pronounSubjects[last] && len(out) > 1 && !presentSaying(out[len(out)-2]) && !strings.EqualFold(out[len(out)-2], "of") && !participleObject(out)) || last == "" {
			out = out[:len(out)-1]
			continue
		}
		break
	}
	if relative {
		out = antecedent(out, person)
	}
	// A cleft names its subject after "that": "It's against this backdrop
	// that the controversy ...". After a preposition "that" points to a
	// noun: "The last fire on that scale". Inside an aside the subject
	// closes ("The agreement, reached after talks that ended late,") it
	// opens a relative.
	// Nor does it after a noun of a subject that is no cleft's: "the 20
	// countries that use the euro".
	aside := len(out) > 1 && strings.HasSuffix(out[len(out)-1], ",")
	cleft := len(out) > 0 && strings.HasPrefix(strings.ToLower(out[0]), "it")
	for i := len(out) - 1; i > 0; i-- {
		_, verb := verbOf(bare(out[i-1]))
		next := out[min(i+1, len(out)-1)]
		gap := isLowerWord(next) && !determiners[next] && !subjectPronouns[next] && !quantifiers[next] && !isDigit(next[0]) // "that use the euro"
		if strings.EqualFold(bare(out[i]), "that") && i+1 < len(out) && !subjectPrepositions[strings.ToLower(out[i-1])] && !(aside && commas(out[:i]) > 0) &&
			(verb || cleft || !isLowerWord(out[i-1]) || !gap) {
			out = out[i+1:]
			break
		}
	}
	// "Following the start of the strikes, the UK": after a leading
	// prepositional phrase, closed by a comma ("In his debate against
	// Vacco, Spitzer") or else by the last noun phrase, the subject.
	// "Speaking to reporters on Sunday, the president": a participle's
	// phrase closed by a comma, likewise.
	// Not "At least 12 other deaths at the unit", a count.
	atLeast := len(out) > 1 && strings.EqualFold(out[0], "at") && (strings.EqualFold(out[1], "least") || strings.EqualFold(out[1], "most"))
	if len(out) > 0 && (leadingPrepositions[strings.ToLower(bare(out[0]))] && !atLeast || leadingParticiple(out)) {
		if i := slices.IndexFunc(out[:len(out)-1], func(t string) bool { return strings.HasSuffix(t, ",") }); i >= 0 {
			out = out[i+1:]
		} else {
			for i := len(out) - 2; i > 0; i-- {
				if d := strings.ToLower(bare(out[i])); d == "the" || d == "a" || d == "an" {
					out = out[i:]
					break
				}
			}
		}
	}
	// An adverb after an appositive goes before it is read, whose
	// closing comma it would hide: "Takaichi, a protege of Abe, first
	// [ran]".
	for len(out) > 1 && !strings.HasSuffix(out[len(out)-1], ",") && trailingAdverb(out) {
		out = out[:len(out)-1]
	}
	out = withoutAppositive(out)
	for len(out) > 1 && trailingAdverb(out) {
		out = out[:len(out)-1] // "The tariffs, expanded twice since, [were]"; "reportedly" stays
	}
	// A list's commas stay: "About 2,000 firefighters, soldiers and
	// volunteers".
	join := slices.IndexFunc(out, func(t string) bool { return t == "and" || t == "or" })
	for i, t := range out {
		if i < join && strings.HasSuffix(t, ",") {
			continue
		}
		if i+1 < len(out) && strings.HasSuffix(t, ",") && placeCompound(t, out[i+1]) {
			continue // "The Santa Clara, California-based company"
		}
		if i > 0 && i+2 == len(out) && strings.HasSuffix(t, ",") && subjectPrepositions[strings.ToLower(out[i-1])] && isCapitalised(t) && isCapitalised(out[i+1]) {
			continue // "residents of Jasper, Alberta"
		}
		out[i] = strings.TrimRight(t, ",;:")
	}
	return spokespersonOf(out)
}

// demonstrative reports whether the "That" a sentence opens with points
// to a noun ("That factory began"), rather than opening what is said
// ("that the port reopened", "that he", "that many", "that prices rose").
func demonstrative(toks []string) bool {
	if len(toks) < 2 || toks[0] != "That" {
		return false
	}
	w := strings.TrimSuffix(toks[1], ",") // "That move, together with weak data,"
	return isLowerWord(w) && !strings.HasSuffix(w, "s") && !determiners[w] && !subjectPronouns[w] && !objectPronouns[w] && !quantifiers[w] && !amountWords[w] && !lyAdverb(w) && !clauseOpeners[w]
}

// asClause reports whether toks open with the "as" of a clause, before
// its subject and with no comma: "as the summit ended"; not "As a
// result, the company".
func asClause(toks []string) bool {
	if len(toks) < 2 || !strings.EqualFold(toks[0], "as") || slices.ContainsFunc(toks, func(t string) bool { return strings.HasSuffix(t, ",") }) {
		return false
	}
	next := strings.ToLower(toks[1])
	return next == "the" || subjectPronouns[next] || isCapitalised(toks[1])
}

// antecedent is the noun phrase a relative clause's subject is, at the end
// of the words before the relative: from the nearest determiner ("follows
// an investigation [that began]" → "an investigation"), or a name
// ("Smith, [who]"). Words that hold neither within reach stay whole.
// "who" tells of a person, whom a phrase of place or age may follow: "a
// couple in their 80s who", "the woman in the car who".
func antecedent(toks []string, person bool) []string {
	n := len(toks)
	if n == 0 {
		return toks
	}
	if last := toks[n-1]; strings.HasSuffix(last, ",") {
		i := nameStart(toks, n-1)
		// "The Eaton fire near Altadena, which started": a thing's
		// relative after the place it is in tells of the thing.
		if !person && i > 1 && locativePrepositions[strings.ToLower(toks[i-1])] {
			for j := i - 2; j >= 0 && j >= i-5 && !strings.HasSuffix(toks[j], ","); j-- {
				if determiners[strings.ToLower(bare(toks[j]))] {
					return toks[j:]
				}
			}
		}
		// "Butch Wilmore and Suni Williams, who flew": a pair of names
		// is who.
		if person && i >= 2 && toks[i-1] == "and" && isCapitalised(toks[i-2]) && !strings.HasSuffix(toks[i-2], ",") {
			i = nameStart(toks, i-2)
		}
		if isCapitalised(toks[n-1]) && i > 0 {
			return toks[i:]
		}
		return toks
	}
	for i := n - 1; i >= 0 && i >= n-6; i-- {
		if strings.HasSuffix(toks[i], ",") && i < n-1 {
			break
		}
		if determiners[strings.ToLower(bare(toks[i]))] {
			if i > 0 && strings.EqualFold(bare(toks[i-1]), "of") {
				continue // "the leader of the group that": the whole phrase
			}
			if i > 0 && person && personPhrasePrepositions[strings.ToLower(toks[i-1])] {
				continue
			}
			// "talks between the two sides that began": the parties are
			// not what the relative tells of.
			if i > 0 && !person && (strings.EqualFold(toks[i-1], "between") || strings.EqualFold(toks[i-1], "among")) {
				continue
			}
			// "talks in the Gulf that began": a place's name takes no
			// restrictive relative; the noun before it does.
			if i > 0 && i+1 < n && locativePrepositions[strings.ToLower(toks[i-1])] && !slices.ContainsFunc(toks[i+1:], func(t string) bool { return !isCapitalised(t) }) {
				continue
			}
			return toks[i:]
		}
	}
	// "most of them in tornadoes that struck": with no determiner in
	// reach, a bare plural after a preposition is the noun.
	if n >= 2 && subjectPrepositions[strings.ToLower(toks[n-2])] && isLowerWord(toks[n-1]) && isPlural(toks[n-1:]) {
		return toks[n-1:]
	}
	return toks
}

// nameStart is where the capitalised name that ends at toks[d] starts,
// within the words since the last comma before it. A name joined by "of"
// or "for" is one name, with its article: "the Independent Office for
// Police Conduct", "the Bank of England".
func nameStart(toks []string, d int) int {
	i, joined := d, false
	for i > 0 && !strings.HasSuffix(toks[i-1], ",") {
		if i > 1 && (nameJoins[toks[i-1]] || toks[i-1] == "and" && joinedBefore(toks, i-2)) && isCapitalised(toks[i-2]) && !strings.HasSuffix(toks[i-2], ",") {
			i, joined = i-2, true
			continue
		}
		// "the Requiem for the Lost", "the Council for the Arts": so is
		// one the join's article goes on.
		if i > 2 && toks[i-1] == "the" && nameJoins[toks[i-2]] && isCapitalised(toks[i-3]) && !strings.HasSuffix(toks[i-3], ",") {
			i, joined = i-3, true
			continue
		}
		// "the Estadio da Luz", "Plaza de la Constitución": so is one
		// a particle joins.
		if p := i - 1; p > 0 && nameParticles[toks[p]] {
			if p > 1 && nameParticles[toks[p-1]] {
				p--
			}
			if p > 0 && isCapitalised(toks[p-1]) && !strings.HasSuffix(toks[p-1], ",") {
				i, joined = p-1, true
				continue
			}
		}
		if !isCapitalised(toks[i-1]) {
			break
		}
		i--
	}
	// "the state's Supreme Court": an owner before the name is its.
	if i > 1 && nounPossessive(toks[i-1]) && !isCapitalised(toks[i-1]) && strings.EqualFold(toks[i-2], "the") {
		return i - 2
	}
	if joined && i > 0 && strings.EqualFold(toks[i-1], "the") {
		i--
	}
	// "The 38-year-old Serb": a hyphened modifier and its determiner
	// before the name are the noun phrase's.
	if i > 1 && strings.Contains(toks[i-1], "-") && !isCapitalised(toks[i-1]) && determiners[strings.ToLower(toks[i-2])] {
		i -= 2
	}
	return i
}

// joinedBefore reports whether the capitalised words ending at toks[k]
// follow a name's join: "National Commission for Museums", where an
// "and" goes on with the name ("... and Monuments").
func joinedBefore(toks []string, k int) bool {
	for k > 1 && isCapitalised(toks[k]) && !strings.HasSuffix(toks[k-1], ",") {
		if nameJoins[toks[k-1]] && isCapitalised(toks[k-2]) {
			return true
		}
		k--
	}
	return false
}

// nameJoins join the parts of an institution's name, or of a case's:
// "Humphrey's Executor v. United States".
var nameJoins = wordSet(`of for v. vs. v vs`)

// personPhrasePrepositions open a phrase that may follow a person before
// "who": "in their 80s", "in the car", "from Leeds".
var personPhrasePrepositions = wordSet(`in at from with on inside near`)

// leadingParticiple reports whether toks open with an -ing phrase that a
// comma closes: "Speaking to reporters aboard the plane, the president".
func leadingParticiple(toks []string) bool {
	w := strings.ToLower(bare(toks[0]))
	return len(w) > 5 && strings.HasSuffix(w, "ing") && slices.ContainsFunc(toks[:len(toks)-1], func(t string) bool { return strings.HasSuffix(t, ",") })
}

// withoutAppositive names a subject with an appositive by one of its two
// parts: the name where one part is a name ("Dana Okafor, the interior
// minister," and "The commander of the fleet, Admiral Ari Stone," name
// Okafor and Stone), else the part before ("Ari Stone, 49,", "The death
// toll, initially 10,"); after "and", the name stands for the phrase
// it follows ("Ana Ruiz and her deputy, Tom Reed," is "Ana Ruiz and Tom
// Reed"). A leading phrase ("In Paris, the mayor") is left to the caller.
// articledName reports whether np is a thing's name with its article,
// perhaps a word or two between: "the Meridian Tower", "the 52-storey
// Meridian Tower".
func articledName(np []string) bool {
	n := len(np)
	return n >= 3 && n <= 5 && strings.EqualFold(np[0], "the") && isCapitalised(np[n-1]) && isCapitalised(np[n-2]) &&
		!slices.ContainsFunc(np[1:], func(t string) bool { return isVerbWord(t) || strings.ContainsAny(t, ",;:") })
}

// withoutClosingComma is toks with the comma that closes the last taken
// off.
func withoutClosingComma(toks []string) []string {
	out := slices.Clone(toks)
	if n := len(out); n > 0 {
		out[n-1] = strings.TrimSuffix(out[n-1], ",")
	}
	return out
}

// joinedParticle reports whether t is a name joined to the particle that
// opens it: "al-Assad", "el-Sisi".
func joinedParticle(t string) bool {
	_, name, ok := strings.Cut(t, "-")
	return ok && isCapitalised(name) && isLowerWord(t[:1])
}

// namesPhraseObject reports whether a name set off after head names the
// noun of the phrase head ends in, not head's own: "The Guaiba river in
// the state capital, Porto Alegre,", a place's phrase; "The attack on the
// supplier, Synlab Services,", a phrase of what an act is done to.
func namesPhraseObject(head []string) bool {
	k := slices.IndexFunc(head, func(t string) bool {
		return locativePrepositions[strings.ToLower(t)] || actPrepositions[strings.ToLower(t)]
	})
	return k > 0 && k+2 < len(head) && len(head)-k <= 5 && determiners[strings.ToLower(head[k+1])] && !slices.ContainsFunc(head[k+2:], isCapitalised)
}

// actPrepositions tie what an act is done to, or by, to the noun of
// the act: "the attack on", "the case against", "a lawsuit by".
var actPrepositions = wordSet(`on against with by from`)

func withoutAppositive(out []string) []string {
	// "The victim, Tyrone Mills, 16,": an age set off after a name goes.
	for k := 2; k < len(out); k++ {
		if setOffAge(out, k) {
			out = slices.Delete(slices.Clone(out), k, k+1)
			break
		}
	}
	n := len(out)
	if n < 2 || leadingPrepositions[strings.ToLower(bare(out[0]))] {
		return out
	}
	i := slices.IndexFunc(out[:n-1], func(t string) bool { return strings.HasSuffix(t, ",") })
	if i < 0 {
		return out
	}
	head, rest := out[:i+1], out[i+1:]
	// "a bombing in Birmingham, Ala.,": a place's commas are no
	// appositive's.
	// "Hafez al-Assad": a particle joined to a name is part of it, as is
	// a number after it ("Voyager 2").
	allCapitalised := func(ts []string) bool {
		for i, t := range ts {
			if !isCapitalised(t) && !joinedParticle(t) && !(i > 0 && t != "" && isDigit(t[0])) {
				return false
			}
		}
		return true
	}
	if i > 0 && strings.EqualFold(out[i-1], "in") && isCapitalised(out[i]) && len(rest) <= 2 && allCapitalised(rest) {
		return out
	}
	// "The mayor of Springfield, Illinois,": so after another
	// preposition, a single name; two are a person's ("The leader of
	// Hamas, Yahya Sinwar,").
	if i > 0 && subjectPrepositions[strings.ToLower(out[i-1])] && isCapitalised(out[i]) && len(rest) == 1 && allCapitalised(rest) {
		return out
	}
	if placeCompound(strings.Join(head, " "), strings.Join(rest, " ")) {
		return out
	}
	// "Gene Hackman, the Oscar-winning actor, and his wife, Betsy
	// Arakawa,": two named, each with an appositive.
	name := slices.Clone(head)
	name[i] = strings.TrimSuffix(name[i], ",")
	if k := slices.Index(rest, "and"); k > 0 && strings.HasSuffix(rest[k-1], ",") && allCapitalised(name) && strings.HasSuffix(out[n-1], ",") {
		if second := withoutAppositive(rest[k+1:]); len(second) > 0 && allCapitalised(second) {
			return slices.Concat(name, []string{"and"}, second)
		}
	}
	if !strings.HasSuffix(out[n-1], ",") { // no closing comma: only "Dana Okafor, the minister"
		// "The Treasury, the Federal Reserve and the FDIC": a list.
		if k := slices.Index(rest, "and"); k > 0 && k < 5 && !slices.ContainsFunc(rest[:k], func(t string) bool { return strings.HasSuffix(t, ",") || isVerbWord(t) }) {
			return out
		}
		if i > 0 && isCapitalised(out[i]) && isCapitalised(out[i-1]) {
			return head
		}
		return out
	}
	// "Her husband, the playwright Beverley Cross,": a role before a name
	// of two words or more names whom a possessive's noun only points
	// to.
	if n := len(rest); possessivePronouns[strings.ToLower(head[0])] != "" && n > 3 && determiners[strings.ToLower(rest[0])] && isLowerWord(rest[1]) {
		if k := nameStart(rest, n-1); k >= 2 && n-k >= 2 && allCapitalised(rest[k:]) {
			return rest[k:]
		}
	}
	// "His best-known building, the 52-storey Meridian Tower,": so does
	// a thing's name with its article.
	if name := withoutClosingComma(rest); possessivePronouns[strings.ToLower(head[0])] != "" && articledName(name) {
		return name
	}
	if allCapitalised(rest) && namesPhraseObject(head) {
		return head
	}
	if allCapitalised(rest) && !allCapitalised(head[1:]) {
		// "Tim Davie and the head of its news division, Deborah
		// Turness,": the name is the second's, after "and".
		for k := len(head) - 2; k > 0; k-- {
			if strings.EqualFold(head[k], "and") && determiners[strings.ToLower(head[k+1])] {
				return append(slices.Clone(head[:k+1]), rest...)
			}
		}
		return rest
	}
	return head
}

// nounPhrase reports whether a subject can head a headline: words that
// open with a letter or digit, not with a verb, a relative or an adverb
// ("Said Ari Stone", "Who is", "Just back"), not a phrase left opening with a
// preposition, and not ending on a word that leads into more ("A", "the
// leaders of"). A clause cut from the middle of a sentence often fails,
// and its words then serve as they are.
func nounPhrase(subject []string) bool {
	if len(subject) == 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(subject[0]); !unicode.IsLetter(r) && !unicode.IsDigit(r) && !quotedName(subject) {
		return false // "'s debate", "“Today"
	}
	first := strings.ToLower(bare(subject[0]))
	// "At least 60 people": a count, no phrase leading in.
	atLeast := first == "at" && len(subject) > 2 && (strings.EqualFold(subject[1], "least") || strings.EqualFold(subject[1], "most"))
	// "Only four were returned": nor is "only" before a count.
	onlyCount := (first == "only" || first == "just") && len(subject) > 1 && countWord(subject[1])
	if notSubjects[first] && !onlyCount || leadingPrepositions[first] && !atLeast {
		return false
	}
	last := strings.ToLower(bare(subject[len(subject)-1]))
	for _, contraction := range []string{"'ll", "'d", "'ve", "'re", "'m", "’ll", "’d", "’ve", "’re", "’m"} {
		if strings.HasSuffix(last, contraction) {
			return false // "We'll be back": the verb is in the subject's word
		}
	}
	if pronounIs[strings.ReplaceAll(last, "’", "'")] {
		return false // "He's expected to ..."
	}
	if len(subject) == 1 { // "This was ...", but not "A buried rifle"
		return last != "a" && last != "an" && last != "the"
	}
	// "The Post Office agrees to pay £58 million to settle a group
	// action [brought]": a word in -s after a name and before an
	// infinitive is a verb the lists do not know, and the subject ends
	// before it.
	for i := 1; i+2 < len(subject); i++ {
		if thirdPersonS(subject[i]) && isCapitalised(subject[i-1]) && !determiners[strings.ToLower(subject[i-1])] && strings.EqualFold(subject[i+1], "to") && isLowerWord(bare(subject[i+2])) {
			return false
		}
	}
	// "Police arrest two men, one at the airport as [he was]": nor does
	// one end in "as", which opens a clause.
	return !danglingWords[functionWord(subject[len(subject)-1])] && last != "as" // "The WHO" is no "who"
}

// quotedName reports whether a subject opens with a name in quotation
// marks that close within it: “Harmattan” transferred, the "Yes"
// campaign won.
func quotedName(subject []string) bool {
	s := strings.Join(subject, " ")
	rest, closing := "", ""
	switch {
	case strings.HasPrefix(s, `"`):
		rest, closing = s[1:], `"`
	case strings.HasPrefix(s, "“"):
		rest, closing = s[len("“"):], "”"
	default:
		return false
	}
	i := strings.Index(rest, closing)
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && !strings.ContainsAny(rest[:i], ",.!?")
}

// pronounIs are a pronoun and "is" or "has" in one word.
var pronounIs = wordSet(`he's she's it's that's there's here's what's who's`)

// notSubjects open words that are not a subject: verbs a clause cut from
// its subject opens with, relatives, adverbs and the participles that open
// a phrase ("Including the bombing ..."). Only verbs no name is spelt as.
var notSubjects = wordSet(`said says is are was were has have had does did
	who whom whose which where when while there here just also only even including according
	excluding regarding saying adding noting`)

// spokespersonOf names "a spokesman for Prime Minister Lena Holt" as
// "Holt's spokesman", and other subjects by surnameAfterRole.
func spokespersonOf(toks []string) []string {
	i := 0
	if i < len(toks) && determiners[strings.ToLower(toks[i])] {
		i++
	}
	if i+2 < len(toks) && mouthpieces[strings.ToLower(toks[i])] && (toks[i+1] == "for" || toks[i+1] == "of" || toks[i+1] == "to") {
		principal := toks[i+2:]
		if short := surnameAfterRole(principal); len(short) < len(principal) {
			return []string{short[0] + "'s", toks[i]}
		}
	}
	return surnameAfterRole(toks)
}

// objectPronouns stand as a verb's object.
var objectPronouns = wordSet(`it them him her us me`)

// roleObjects lead from an office to what it is held in: "chief
// executive of", "spokesman for", "coach at".
var roleObjects = wordSet(`of for at`)

var mouthpieces = wordSet(`spokesman spokeswoman spokesperson aide adviser advisor representative`)

var leadingPrepositions = wordSet(`following after before during amid despite in on at with under since given according`)

// surnameAfterRole shortens "Secretary of State Dana Okafor" or "Police
// Chief Ari Stone" to the surname: a subject that ends in a name of two or
// more capitalised words right after an office word. A subject that joins
// actors ("Holt and her counterpart Dana Okafor") is kept.
func surnameAfterRole(toks []string) []string {
	n := len(toks)
	for _, t := range toks {
		if strings.EqualFold(t, "and") {
			return toks
		}
	}
	run := 0 // capitalised words at the end
	for run < n && isCapitalised(toks[n-1-run]) {
		run++
	}
	if run < 2 {
		return toks
	}
	// "Prime Minister Mark Carney's Liberal Party": what a person an
	// office names owns is named with the surname's possessive; in
	// "Canada's Prime Minister Justin Trudeau" the office is the
	// country's.
	if k := slices.IndexFunc(toks[n-run:n-1], func(t string) bool { return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") }); k > 0 &&
		slices.ContainsFunc(toks[n-run:n-run+k], func(t string) bool { return roleWords[strings.ToLower(t)] }) {
		return toks[n-run+k:]
	}
	// The office: capitalised within the run ("Foreign Minister Dana
	// Okafor"), or up to three words before it ("Secretary of State",
	// "Chief executive"). Before the run, a capital after it makes it a
	// name's: "Premier League club Hartwell Town" names no person. So
	// does an office in lower case whose preposition the run follows:
	// "the chief executive of Harbour Water" names the company.
	// "the General Border Committee": a run that ends in a body's noun
	// names the body, whatever office word it holds.
	if institutionNouns[strings.ToLower(bare(toks[n-1]))] {
		return toks
	}
	ofPlace := n-run-1 >= 0 && roleObjects[strings.ToLower(toks[n-run-1])]
	for i := max(0, n-run-3); i < n-2; i++ {
		if roleWords[strings.ToLower(bare(toks[i]))] && (i >= n-run || !slices.ContainsFunc(toks[i+1:n-run], isCapitalised) && !(ofPlace && !isCapitalised(toks[i]))) {
			// "The trial of former president Laura Benítez": an office
			// a preposition's phrase holds is no subject's head.
			if slices.ContainsFunc(toks[:i], func(t string) bool { return subjectPrepositions[t] }) {
				return toks
			}
			// "the film director whose drama The Quiet Yard": a name
			// after "whose" and its noun is the thing's, whole.
			if i < n-run && slices.Contains(toks[i+1:n-run], "whose") {
				return toks[n-run:]
			}
			// "President Xi Jinping", "leader Kim Jong Un", "President
			// Choi Sang-mok": a name with a part of one or two letters,
			// or a given name joined in lower case, may put the family
			// name first; the whole name is never wrong.
			name := toks[max(i+1, n-run):]
			if len(name) > 1 && slices.ContainsFunc(name, familyNameFirst) || shortParts(name) {
				return name
			}
			return toks[n-1:]
		}
	}
	return toks
}

// familyNameFirst tells a part of a name that may follow the family name:
// one or two letters ("Xi", "Un") or two syllables joined in lower case
// ("Sang-mok"), where a Western double surname capitalises both
// ("Lloyd-Webber").
func familyNameFirst(t string) bool {
	t = strings.Trim(t, ".,")
	if utf8.RuneCountInString(t) <= 2 {
		return true
	}
	_, after, ok := strings.Cut(t, "-")
	r, _ := utf8.DecodeRuneInString(after)
	return ok && unicode.IsLower(r)
}

// shortParts reports whether a name is of three parts of a syllable or
// so each, as a Korean name is ("Yoon Suk Yeol"), which may put the
// family name first.
func shortParts(name []string) bool {
	return len(name) == 3 && !slices.ContainsFunc(name, func(t string) bool { return utf8.RuneCountInString(strings.Trim(t, ".,")) > 4 })
}

func isCapitalised(t string) bool {
	r, _ := utf8.DecodeRuneInString(bare(t))
	return unicode.IsUpper(r)
}

// isPlural guesses the number of a subject from its head noun, the last
// word before any preposition ("A meeting between A and B" is one
// meeting): a plural noun, or actors joined by "and".
// singularPluralNames are names in -s of one body: "the Netherlands is".
var singularPluralNames = wordSet(`states netherlands philippines bahamas maldives seychelles comoros times news nations emirates commons lords`)

// pluralPronouns name more than one.
var pluralPronouns = wordSet(`them they us we those these`)

// shareWord reports whether t names a share of what "of" names after it:
// "99%", "half", "most", "some".
func shareWord(t string) bool {
	t = strings.ToLower(t)
	return strings.HasSuffix(t, "%") || t == "half" || t == "most" || t == "some" || t == "many" || t == "all" || t == "several"
}

func isPlural(subject []string) bool {
	head := len(subject) - 1
	// "revenues reportedly", "Officers quickly": an adverb before the
	// verb is no part of the subject's head.
	// "temperatures there": nor is an adverb of place.
	for head > 0 && (hedges[strings.ToLower(bare(subject[head]))] || isLowerWord(bare(subject[head])) && adverbInVerbGroup(subject[head]) || subject[head] == "there") {
		head--
	}
	if head > 1 && verbHedgeEnd(subject[:head+1]) {
		head -= 2
	}
	// "The nearby town of Grindavik and the Blue Lagoon spa": an "and"
	// past the head's phrase joins a second noun phrase its determiner
	// opens.
	// Not one "between" opens: "The war between the army and the RSF".
	if k := slices.Index(subject, "and"); k > 1 && k+1 < len(subject) && determiners[strings.ToLower(subject[k+1])] && subject[k+1] != "that" &&
		slices.ContainsFunc(subject[1:k], func(t string) bool { return subjectPrepositions[strings.ToLower(t)] }) && !slices.Contains(subject[:k], "between") {
		return true
	}
	inName := false // past a preposition inside a name
	nameHead := -1  // the name's word before its first preposition
	for i, t := range subject {
		// "at least 12 buildings": a hedge on a count, no preposition.
		if strings.EqualFold(t, "at") && i+1 < len(subject) && (strings.EqualFold(subject[i+1], "least") || strings.EqualFold(subject[i+1], "most")) {
			continue
		}
		// "Three Court of Appeal judges": a preposition inside a name is
		// none of the head's, nor is an "and" after it ("The Institute
		// for Health and Care Excellence").
		named := isLowerWord(t) && i > 1 && isCapitalised(subject[i-1]) && i+1 < len(subject) && isCapitalised(subject[i+1])
		if named && (subjectPrepositions[t] || inName && t == "and") {
			if !inName {
				nameHead = i - 1
			}
			inName = true
			continue
		}
		inName = inName && isCapitalised(t)
		// "A passenger jet carrying 186 people": a participle's phrase
		// on the head is no part of it.
		// But a share's "of" names what it agrees with: "99% of ballots".
		if strings.EqualFold(t, "of") && i > 0 && i+1 < len(subject) && shareWord(subject[i-1]) {
			continue
		}
		// "Stock markets around the world": so does a phrase of place.
		if (subjectPrepositions[strings.ToLower(t)] || placePrepositions[strings.ToLower(t)] || participleOnHead(subject, i)) && i > 0 {
			head = i - 1
			break
		}
		// "A man and a woman" are two; "An impassioned and nomadic
		// opponent" is one.
		if strings.EqualFold(t, "and") && !(indefinite(subject[0]) && i+1 < len(subject) && !determiners[strings.ToLower(subject[i+1])] && !isCapitalised(subject[i+1])) &&
			!oneBody(subject, i) {
			return true
		}
	}
	// "The Committee to Protect Journalists": a name that runs on past
	// its preposition to the end is told by the word before it.
	if inName {
		head = nameHead
	}
	last := bare(subject[head])
	// "some of them": a plural pronoun is many.
	if pluralPronouns[strings.ToLower(last)] {
		return true
	}
	// A capital marks a name, except on the sentence's first word or
	// after a count of its members: "eight Democrats".
	// "2 million New Yorkers": past the name's other words and the
	// count's scale.
	k := head
	for k > 0 && isCapitalised(subject[k-1]) {
		k--
	}
	if k > 1 && countWords[strings.ToLower(subject[k-1])] {
		k--
	}
	if isCapitalised(last) && k > 0 && countWord(subject[k-1]) && strings.HasSuffix(last, "s") {
		return true
	}
	// So is a party's or a group's members: "House Republicans", "Senate
	// Democrats", "Labour MPs", "the Conservatives".
	if isCapitalised(last) && memberPlural(last) {
		return true
	}
	// "The Los Angeles Dodgers", "the Yankees": a name in -s after
	// "the" is a team's or a family's members; a few such names are of
	// one country or paper.
	if isCapitalised(last) && head > 0 && strings.EqualFold(subject[0], "the") && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") &&
		!strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is") && !singularPluralNames[strings.ToLower(last)] && !slices.ContainsFunc(subject[1:head], func(t string) bool { return !isCapitalised(t) }) {
		return true
	}
	if n, err := strconv.Atoi(last); err == nil && n > 1 {
		// "The S&P 500", "the iPhone 17": a number after a name is part
		// of it; a count opens its phrase or follows a hedge ("Only 19",
		// "about 30").
		if w := strings.ToLower(subject[max(head-1, 0)]); head > 0 && !countHedges[w] && w != "only" {
			return false
		}
		return true // "Two of the cousins", "40 of them"
	}
	// "UPS grounded its fleet": an acronym is one body, even opening the
	// sentence; so is a code in capitals: "Comet 3I/ATLAS".
	if (isCapitalised(last) && head > 0) || len(last) < 3 || acronym(last) || !strings.ContainsFunc(last, unicode.IsLower) && strings.ContainsFunc(last, unicode.IsUpper) {
		return false
	}
	l := strings.ToLower(last)
	if pluralNouns[l] || pluralCounts[l] || strings.HasSuffix(l, "men") && len(l) > 5 && !singularInMen[l] { // "gunmen", "firemen"; not "Lumen"
		return true
	}
	if strings.ContainsAny(l, "'’") {
		return false // "it's", "Kessling's"
	}
	// A capitalised word in -as or -os is as a rule a name: "Tomas",
	// "Texas", "Kroos", "Ramos".
	if isCapitalised(last) && (strings.HasSuffix(l, "as") || strings.HasSuffix(l, "os")) {
		return false
	}
	return strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is") && !singularInS[l]
}

// singularInS are nouns in -s that take a singular verb: "The news came".
var singularInS = wordSet(`news series species`)

// participleOnHead reports whether subject[i] is a present participle
// opening a phrase on the noun before it, its object or a preposition
// after it: "carrying 186 people", "living in Leeds"; not a noun in -ing
// ("the ceiling tiles").
func participleOnHead(subject []string, i int) bool {
	if !presentParticiple(subject[i]) || i+1 >= len(subject) {
		return false
	}
	next := strings.ToLower(subject[i+1])
	// "Airlines including United, Delta and American": what a head
	// includes is none of it.
	if strings.EqualFold(subject[i], "including") {
		return true
	}
	return determiners[next] || subjectPrepositions[next] || strings.ContainsAny(next[:1], "0123456789") || countHedges[next] || // "involving more than 100 volunteers"
		particles[next] || // "Winds gusting up to 70 mph"
		objectAfterNoun(subject, i)
}

// objectAfterNoun reports whether the participle at subject[i] follows a
// noun the subject's determiner opens and takes an object of two words
// or more: "A freight train carrying hazardous materials". With one word
// after it, it may be a compound's: "the oil producing nations".
func objectAfterNoun(subject []string, i int) bool {
	if i < 2 || i+2 >= len(subject) || !determiners[strings.ToLower(subject[0])] && !indefinite(subject[0]) {
		return false
	}
	prev := subject[i-1]
	return prev == bare(prev) && lowerNoun(strings.ToLower(prev)) && !lyAdverb(prev) && !ingNouns[strings.ToLower(subject[i])]
}

// ingNouns end as participles do but are nouns: "A council meeting".
var ingNouns = wordSet(`building meeting hearing evening morning funding wedding clothing housing training offering spending ceiling`)

// functionWord is t in lower case, as function words are looked up,
// unless it is written in capitals: "WHO" and "US" are names.
func functionWord(t string) string {
	b := bare(t)
	if len(b) > 1 && b == strings.ToUpper(b) && b != strings.ToLower(b) {
		return b
	}
	return strings.ToLower(b)
}

// memberPlural reports whether a capitalised word names the members of a
// party or group in the plural, by how such names end.
func memberPlural(w string) bool {
	// "the Rapid Support Forces", "the Revolutionary Guards": a body of
	// fighters is its members.
	if w == "MPs" || w == "MEPs" || w == "Forces" || w == "Guards" {
		return true
	}
	for _, end := range []string{"crats", "icans", "atives", "ists", "ites"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+1 {
			return true
		}
	}
	return false
}

// oneBody reports whether the "and" at i joins words of one institution's
// name, "the Immigration and Naturalization Service", or two roles of one
// person named after them, "The singer and songwriter Delia Marsh".
func oneBody(subject []string, i int) bool {
	if i == 0 || i+1 >= len(subject) {
		return false
	}
	// "Work and Pensions Secretary Helen Carr": an office's name, then
	// who holds it.
	// Not two office-holders: "Mayor Alex Penelas and Mayor Joe Carollo".
	role := func(t string) bool { return roleWords[strings.ToLower(bare(t))] }
	if isCapitalised(subject[i-1]) && isCapitalised(subject[i+1]) && (institutionNouns[strings.ToLower(bare(subject[len(subject)-1]))] ||
		slices.ContainsFunc(subject[i+1:len(subject)-1], role) && !slices.ContainsFunc(subject[:i], role)) {
		return true
	}
	prev, next := subject[i-1], subject[i+1]
	return i+2 < len(subject) && prev == strings.ToLower(prev) && next == strings.ToLower(next) && !determiners[next] &&
		!strings.HasSuffix(prev, "s") && !strings.HasSuffix(next, "s") && isCapitalised(subject[len(subject)-1]) && isCapitalised(subject[i+2])
}

// institutionNouns end the name of one body.
var institutionNouns = wordSet(`service department ministry agency bureau commission committee council authority
	administration institute board office company corporation party union court
	services airlines airways industries holdings systems technologies group bank
	corp co inc ltd plc llc trust foundation hospital university college society association federation`)

// singularInMen end in "men" after a stem of three letters or more and
// are one thing or one place, unlike "gunmen" or "spokesmen".
var singularInMen = wordSet(`abdomen specimen regimen stamen carmen`)

// pluralNouns are plural without an s.
var pluralNouns = wordSet(`police people men women children personnel staff they we you these those both`)

// pluralCounts head a plural subject: "Two of the cousins seek", "Many
// worried".
var pluralCounts = wordSet(`two three four five six seven eight nine ten eleven twelve dozens hundreds thousands
	millions many several few both`)

var subjectPrepositions = wordSet(`of between with for from in on at about against over to by near across throughout among without`)

// trailingAdverb reports whether a subject ends in an adverb of its verb
// that a title drops: "The deal, first [reported]", "The two sides last
// [met]", but not "The last" or "reportedly".
func trailingAdverb(subject []string) bool {
	n := len(subject)
	w := strings.ToLower(bare(subject[n-1]))
	if w == "last" {
		return n > 1 && !determiners[strings.ToLower(bare(subject[n-2]))]
	}
	return headlineAdverbs[w] && !hedges[w]
}

// hedges are adverbs that say a claim is someone else's: a title keeps
// them.
var hedges = wordSet(`reportedly allegedly`)

// indefinite reports whether t is "a" or "an".
func indefinite(t string) bool { return strings.EqualFold(t, "a") || strings.EqualFold(t, "an") }

// bare strips surrounding punctuation and quotes from a token.
func bare(t string) string {
	return strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
}

// countedParticiple reports whether the past form toks[i] stands
// between a figure and its plural noun, with a verb group further on, as
// an adjective: "More than 34,000 confirmed cases and about 140 deaths
// have been reported". So it does between a count in words and its noun
// right before the verb: "Two masked men poured".
func countedParticiple(toks []string, i int) bool {
	if i < 1 || i+2 >= len(toks) {
		return false
	}
	noun := toks[i+1]
	if !isLowerWord(noun) || isVerbWord(noun) {
		return false
	}
	if isDigit(toks[i-1][0]) {
		return strings.HasSuffix(noun, "s") && slices.ContainsFunc(toks[i+2:], func(t string) bool { return finiteAuxiliaries[strings.ToLower(t)] })
	}
	return pluralCounts[strings.ToLower(toks[i-1])] && isPlural(toks[i+1:i+2]) && (pastForm(toks[i+2]) || finiteAuxiliaries[strings.ToLower(toks[i+2])])
}

// participleAdjective reports whether the past form toks[i] is an
// adjective between a preposition's or an article's modifier and its
// noun, the verb right after the noun: "of ethnic armed groups
// declared", "a police armored vehicle ran". "of people paid tribute to"
// has the verb.
func participleAdjective(toks []string, i int) bool {
	if i < 2 || i+2 >= len(toks) || !pastForm(toks[i]) {
		return false
	}
	p, adjective, noun := strings.ToLower(toks[i-2]), toks[i-1], toks[i+1]
	// After an article only a form in -ed is read so, before a plain
	// noun: "The president said talks went", "The tests carried out
	// show" keep their verbs.
	// Nor is a verb of saying or thinking, which a clause follows: "The
	// ministry denied troops crossed", "The agency estimated costs
	// would".
	v, _ := verbOf(strings.ToLower(bare(toks[i])))
	opens := subjectPrepositions[p] && p != "to" || determiners[p] && p != "that" && strings.HasSuffix(toks[i], "ed") &&
		lowerNoun(noun) && !particles[noun] && !laterPrepositions[noun] && !conjunctions[noun] && !statementVerbs[v.base] && !thingsSaidVerbs[v.base] && !forecastVerbs[v.base]
	// "A helicopter spotted what appeared to be their tent": no noun is
	// a function word.
	return opens && isLowerWord(adjective) && !isVerbWord(adjective) && !determiners[adjective] &&
		isLowerWord(noun) && !isVerbWord(noun) && !stopWords[noun] && isVerbWord(toks[i+2])
}
