package ingest

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/timex"
)

// withAntecedent names a headline's pronoun subject by the subject of the
// clause before it in the same sentence, when the two agree: "The council
// took such a step in 1994, when it suspended a treasurer" is titled "The
// council suspends a treasurer", and "The tribunal said the regulator had
// acted within its powers when it fined the airline" "The regulator fines
// the airline". "It" takes only a phrase opening with a determiner ("the
// regulator", not "Pike"), "he" and "she" only a name, "they" only a
// plural. A pronoun that opens its sentence is named by the subject that
// opens the sentence before, previous, in the same paragraph or, for a
// paragraph's first, the paragraph before (see previousSentences): "The
// retailer said on Wednesday that no card details were taken. It
// restored card payments on Wednesday evening". A possessive opening the
// subject is named the same way: "when her car hit a wall" is "Dana
// Lowe's car hits a wall". Otherwise the pronoun stays: a wrong name is
// worse than none. The story's names ix tell a surname from a plural.
func withAntecedent(h parsedHeadline, before string, previous func() []string, ix names) parsedHeadline {
	if len(h.subject) == 0 {
		return h
	}
	// "part of it collapsed": a share of a pronoun is a share of what the
	// pronoun names.
	if n := len(h.subject); n >= 3 && strings.EqualFold(h.subject[n-2], "of") && (h.subject[n-1] == "it" || h.subject[n-1] == "them") {
		return withSharedAntecedent(h, before, previous, ix)
	}
	pronoun := strings.ToLower(bare(h.subject[0]))
	// "when his car hit the vehicle": a possessive's owner is named as
	// its pronoun would be, and owns the rest of the subject.
	owned := len(h.subject) > 1 && possessivePronouns[pronoun] != ""
	if owned {
		pronoun = possessivePronouns[pronoun]
	}
	// "it only learned last week": an adverb of the verb group the
	// subject took in goes with the verb.
	if len(h.subject) == 2 && pronounSubjects[pronoun] && (verbGroupAdverb(h.subject[1]) || strings.EqualFold(h.subject[1], "only")) {
		h.subject = h.subject[:1]
	}
	if !owned && (len(h.subject) != 1 || !pronounSubjects[pronoun]) {
		return h
	}
	// "it was unclear whether it would secure a majority": an "it" that
	// stands for what follows its adjective names no one.
	if !owned && pronoun == "it" && expletiveIt.MatchString(h.title) {
		return h
	}
	toks := strings.Fields(before)
	subject := nearestSubject(toks)
	// "Her 2009 album "Northern Light" spent": a title set after its
	// noun is the noun phrase's.
	if len(subject) > 0 && (strings.HasPrefix(subject[0], "\"") || strings.HasPrefix(subject[0], "“")) {
		if k := subjectAt(toks, subject); k > 0 {
			j := k - 1
			for j > 0 && !determiners[strings.ToLower(toks[j])] && possessivePronouns[strings.ToLower(toks[j])] == "" && (isLowerWord(toks[j]) || isDigit(toks[j][0])) {
				j--
			}
			if determiners[strings.ToLower(toks[j])] || possessivePronouns[strings.ToLower(toks[j])] != "" {
				subject = toks[j : k+len(subject)]
			}
		}
	}
	// "the largest imposed by the regulator ... since it fined another
	// bank": a superlative with no noun, its participle's agent after
	// it, ranks what that agent did; the agent is who acted since.
	if k := subjectAt(toks, subject); k >= 0 && len(subject) == 2 && determiners[strings.ToLower(subject[0])] && superlative(subject[1]) && pronoun == "it" && !owned {
		if agent := participleAgent(toks[k+2:]); len(agent) > 0 {
			subject = agent
		}
	}
	// "A painting that was stolen in 1990 went on display on Tuesday,
	// three months after it was recovered": the subject past its
	// relative.
	if len(subject) == 0 && pronoun == "it" && !owned {
		if open, _, ok := relativeOnSubjectSpan(toks); ok && open > 1 && nounPhrase(toks[:open]) && agrees(pronoun, toks[:open]) {
			subject = toks[:open]
		}
	}
	// "were battling a wildfire that has burned 12,000 hectares since it
	// broke out": a clause of time closing an object's relative tells
	// of the object.
	if len(subject) == 0 && pronoun == "it" && !owned {
		subject = objectRelativeAntecedent(toks)
	}
	// "Its shares rose 4% after falling 8% this month": a subject the
	// same possessive opens names no owner; the one before does.
	if owned && len(subject) > 0 && possessivePronouns[strings.ToLower(bare(subject[0]))] == pronoun {
		subject = nil
	}
	// "Its shares were delisted when the deal closed, but its bonds
	// fell": nor does one nearer, when the sentence opens with the same
	// possessive, which names the same owner.
	if owned && len(toks) > 0 && possessivePronouns[strings.ToLower(bare(toks[0]))] == pronoun {
		subject = nil
	}
	// "His disputed loss to Kibaki sparked violence, and he served as
	// prime minister": "he" after a subject "his" opens is whom "his"
	// names, not a name inside the subject; a name set off after "his"
	// and its noun is that name ("His predecessor, Pope Francis, had
	// planned the trip before he died").
	// Not a name set off after a thing's noun: "Her show, Night Owls,
	// ran until 1999, when she retired" is hers.
	if k := subjectAt(toks, subject); (pronoun == "he" || pronoun == "she") && !owned && k >= 0 && k <= 2 && len(toks) > 0 && possessivePronouns[strings.ToLower(bare(toks[0]))] == pronoun && (k == 0 || len(subject) > 1 && (!strings.HasSuffix(toks[k-1], ",") || !personNoun(toks[k-1]))) {
		subject = openingOf(previous(), pronoun, ix)
		if len(subject) == 0 {
			return h
		}
	}
	// "Nvidia first unveiled Blackwell in March, but its launch was
	// delayed": a thing's possessive may as well be the named object's.
	// Not the name an aside on the subject gives it: "The lander, named
	// Hakuto-Sora, touched down ... before its batteries ran out".
	// Nor one set off right after the subject, which names a noun of
	// its phrase: "The attack on the supplier, Synlab Services, was
	// detected ... but its effects spread".
	named := withoutParticipleAside(toks)
	if k := subjectAt(named, subject); owned && pronoun == "it" && k >= 0 && slices.ContainsFunc(withoutSetOffName(named[k+len(subject):]), func(t string) bool {
		return isCapitalised(t) && !dateWords[strings.ToLower(bare(t))]
	}) {
		return h
	}
	// "The developer said the delay cost it $1.2 billion, and it cut 400
	// jobs": whom the nearest subject's clause names by the pronoun as
	// its object is someone else, the subject before.
	if k := subjectAt(toks, subject); k > 0 && !owned && slices.ContainsFunc(toks[k+len(subject):], func(t string) bool {
		return objectForms[pronoun] != "" && strings.EqualFold(bare(t), objectForms[pronoun])
	}) {
		subject = nearestSubject(toks[:k])
	}
	// "Prime Minister Irakli Kobakhidze announced that Georgia would not
	// seek talks, a month after his party won": "his" names the one the
	// sentence opens with, named in full, not a single name nearer,
	// which may be a place.
	if (pronoun == "he" || pronoun == "she") && len(subject) == 1 && isCapitalised(subject[0]) && !ix.person(bare(subject[0])) {
		if opening := openingSubject(toks); len(opening) > 1 && allCapitalised(opening) && !slices.Equal(opening, subject) {
			subject = withoutNameAppositive(opening)
		}
	}
	// "They have not won since May, when they beat Halden": the same
	// pronoun opening the sentence names the same one.
	// So does one after a phrase that leads into the sentence: "In
	// 2024, he said", "That autumn she wrote to her senator, and in
	// January 2020 she testified".
	// So does its possessive: "Her death, at her home on 14 August, was
	// announced" (she died).
	same := slices.ContainsFunc(toks, func(t string) bool { return strings.EqualFold(bare(t), pronoun) })
	// "It was the bank's first rate rise since July, when it raised
	// borrowing costs": after "It was", whose the possessive says is
	// what "it" names.
	if owner := clefted(toks); len(subject) == 0 && pronoun == "it" && !owned && len(owner) > 0 {
		subject = owner
	}
	// "The company said it had already made changes that it introduced
	// in August": an "it" the sentence has used for the body it opens
	// with names that, not the one the sentence before is about.
	// Not one something was done to: "said it had taken control of the
	// palace, two years after it was seized".
	// "said the vessel was carrying more passengers than it was licensed
	// for when it left": so does a subject the "it" before stood for.
	if len(subject) == 0 && pronoun == "it" && same && !h.passive {
		subject = openingSubject(toks)
		k := slices.IndexFunc(toks, func(t string) bool { return strings.EqualFold(bare(t), pronoun) })
		if before := nearestSubject(toks[:max(k, 0)]); k > 0 && len(before) > 1 && agrees(pronoun, before) {
			subject = before
		}
	}
	if len(subject) == 0 && (len(withoutIntroPhrase(toks)) == 0 || same || possessivePronouns[strings.ToLower(bare(toks[0]))] == pronoun) {
		sentences := previous()
		subject = openingOf(sentences, pronoun, ix)
		// "Ruto declared seven days of mourning and said Odinga would be
		// given a state funeral. His body was flown back": after a
		// sentence whose subject reports on another person, "his" may
		// be either's, and stays. Not after a subject that cannot be
		// "he": "The AIU said Otieno had argued ... His ban" is his.
		// Nor after one whose subject did something to another person it
		// names: "Kirby attacked Emma Walsh on the towpath. Her body was
		// found" may be either's as far as names tell.
		if owned && (pronoun == "he" || pronoun == "she") && len(subject) > 0 && agrees(pronoun, subject) && len(sentences) > 0 {
			if other := peopleNamed(nearest(sentences), ix); slices.ContainsFunc(other, func(w string) bool { return w != nameToken(subject[len(subject)-1]) }) {
				return h
			}
		}
		// "The probe was launched in 2018. Its last flyby put it on
		// course. It will make two more passes": a subject the same
		// pronoun's possessive opens is owned by whom the pronoun
		// names, told before it. So for "she", which openingOf names
		// no one by: "Her 1964 album became a best seller. She won".
		// So is one a name set off after the possessive's noun of a thing
		// opens: "Her show, Night Owls, launched in 1971. She was made a
		// dame" (not "His predecessor, Pope Francis, ...").
		if !owned && len(sentences) > 1 {
			f := strings.Fields(nearest(sentences))
			first := openingSubject(f)
			thing := len(f) > 1 && possessivePronouns[strings.ToLower(f[0])] == pronoun && strings.HasSuffix(f[1], ",") && !personNoun(f[1])
			if len(first) > 1 && possessivePronouns[strings.ToLower(bare(first[0]))] == pronoun || thing {
				subject = openingOf(sentences[1:], pronoun, ix)
			}
		}
		// "The index passed 300 at about 7 a.m., the agency said. It
		// expected conditions to improve": what says or foresees is who
		// closed the sentence before by saying so.
		if pronoun == "it" && !owned && !h.passive && (sayingVerbs[h.verbBase] || forecastVerbs[h.verbBase]) {
			if teller := closingTeller(nearest(sentences)); len(teller) > 0 {
				subject = teller
			}
		}
		// "“Justice has been done,” his lawyer, Ines Trabelsi, told
		// reporters. She said he would be freed": who goes on saying is
		// who spoke the quotation before.
		if (pronoun == "he" || pronoun == "she") && !owned && sayingVerbs[h.verbBase] {
			if speaker := quoteSpeaker(nearest(sentences)); len(speaker) > 0 && agrees(pronoun, speaker) {
				subject = speaker
			}
		}
		// "The Met Office issued a red warning on Saturday. It was lifted
		// on Sunday": a thing done to is what the sentence before did
		// something to.
		if pronoun == "it" && !owned && h.passive && len(withoutIntroPhrase(toks)) == 0 {
			if object := openingObject(strings.Fields(nearest(sentences)), subject); len(object) > 0 && !isPlural(object) {
				subject = object
			} else if done := lastPassiveSubject(nearest(sentences)); len(done) > 0 && copularOpening(strings.Fields(nearest(sentences)), subject) {
				// "The Louvre was last the target of a theft in 1911,
				// when the Mona Lisa was stolen. It was recovered": what
				// a clause after a copula's had done to it is.
				subject = done
			}
		}
		// "Mehta founded the exchange, Coinvault, in 2018. It filed for
		// bankruptcy": so is a thing a person did something to, when
		// "it" acts, the person being no "it".
		if pronoun == "it" && !owned && !h.passive && len(subject) > 0 && ix.person(bare(subject[len(subject)-1])) {
			if object := openingObject(strings.Fields(nearest(sentences)), subject); len(object) > 0 && !isPlural(object) {
				subject = object
			}
		}
	}
	// "Detectives arrested the suspect on Tuesday evening, and he was
	// charged": a person the clause before did something to is whom "he"
	// names, when its subject cannot be.
	if (pronoun == "he" || pronoun == "she") && !owned && len(subject) == 1 && isPlural(subject) && !ix.person(bare(subject[0])) {
		if object := openingObject(toks, subject); len(object) == 2 && agrees(pronoun, object) {
			subject = object
		}
	}
	if pronoun == "he" || pronoun == "she" {
		// "His lawyer, Marc Mukasey, said he died": a speaker named by
		// whose they are speaks of that one, whom "his" names too: the
		// one the sentence before is about. Not in what is not reported:
		// "His predecessor, Pope Francis, had planned the trip before he
		// died" is Francis.
		if len(toks) > 0 && possessivePronouns[strings.ToLower(bare(toks[0]))] == pronoun && !owned && slices.ContainsFunc(toks, func(t string) bool {
			v, ok := verbOf(bare(t))
			return ok && attributionVerbs[v.base]
		}) {
			subject = openingOf(previous(), pronoun, ix)
		}
		// "Prosecutors said ... She was arrested": a plural is no "she";
		// "Reyes", opening a sentence, is one when the story names him
		// in full. The one the plural spoke of may be: "Prosecutors said
		// Hale injected the patients. She was arrested".
		// A name in -s its own sentence tells with a singular verb is
		// one: "Rhodes has been held ... He will get credit".
		if len(subject) == 1 && isPlural(subject) && !ix.person(bare(subject[0])) && !singularName(append(slices.Clone(previous()), before), subject[0]) {
			subject = nil
			// So when the same pronoun opens the sentence: "He held posts
			// abroad before being named ambassador".
			if strings.TrimSpace(before) == "" || len(toks) > 0 && strings.EqualFold(bare(toks[0]), pronoun) {
				if r := reported(nearest(previous())); r != "" {
					subject = openingSubject(strings.Fields(r))
				}
			}
			// "Ruiz, 61, was convicted in September. Prosecutors said he
			// accepted cash": whom the plural speaks of is who the
			// sentence before is about.
			// Not one that cannot be "he": "A jury convicted Delaney in
			// March. Prosecutors said he had claimed" is Delaney (below).
			if len(subject) == 0 && speakerOnly(toks) {
				if o := openingOf(previous(), pronoun, ix); len(o) > 0 && agrees(pronoun, o) {
					subject = o
				}
			}
			// "Lawmakers voted 364-194 against Bayrou, who had called the
			// vote. He is expected to resign": the one person the
			// sentence before names, when the pronoun opens its own.
			// So when no one else is named before it: "Reeves will deliver
			// her budget on Nov. 26. Investors have been bracing for tax
			// increases since she warned".
			if len(subject) == 0 && (len(toks) == 0 || !slices.ContainsFunc(toks[1:], isCapitalised)) {
				subject = onePersonIn(nearest(previous()), ix)
			}
			if len(subject) == 0 || len(subject) > 3 || !allCapitalised(subject) {
				return h
			}
		}
		// "Cole had followed Ms Morgan for almost a mile after she left
		// a bar": the one person its sentence names by a title of the
		// pronoun's sex.
		if titled := titledPerson(toks, pronoun); len(titled) > 0 {
			subject = titled
		}
		// A subject that cannot be "he": "Cardiff Crown Court heard
		// Cole had followed Ms Morgan. He attacked her" names whom the
		// body heard or said something of; "The trial of former President
		// Pedro Castillo on charges of rebellion and conspiracy began on
		// Tuesday, two years after he was arrested", naming no one, the
		// one person its sentence names; so after "A court in the
		// capital released Ruth Kamau on bail ..., two days after her
		// arrest", whose article is capitalised.
		if len(subject) > 0 && !agrees(pronoun, subject) {
			if of := openingSubject(strings.Fields(reported(nearest(previous())))); len(of) > 0 && agrees(pronoun, of) {
				subject = of
			} else if one := onePersonIn(before, ix); len(one) > 0 && !slices.ContainsFunc(subject, func(t string) bool { return isCapitalised(t) && !determiners[strings.ToLower(t)] }) {
				subject = one
			}
		}
		// "World number one Jannik Sinner accepted a ban ..., ending a
		// case that has hung over the sport since he tested positive",
		// "Welby resigned after a report found he had failed to act when
		// he learned of the allegations": with no one nearer, the person
		// the sentence opens with; not one named by whose they are ("His
		// lawyer, Marc Mukasey, said he").
		if (len(subject) == 0 || !agrees(pronoun, subject)) && len(toks) > 0 && possessivePronouns[strings.ToLower(toks[0])] == "" {
			if opening := openingSubject(toks); len(opening) > 0 {
				subject = opening
			}
		}
		// "Chief Executive Priya Nair" is Nair, as in titles; not a
		// surname two people of the story share ("His daughter,
		// Senator Lina Reyes, said ... She visited").
		// "the suspect" is named by what he or she is.
		if len(subject) > 0 && !determiners[strings.ToLower(subject[0])] {
			named := nameAfterRole(subject)
			if short := surnameAfterRole(named); len(short) != 1 || !ix.shared[nameToken(short[0])] {
				named = short
			}
			subject = named
		}
	}
	// "The company closed the plant on Friday, two years after it
	// opened": "it" in what happened a time before or after may be the
	// object as well as the subject. A short object right before the
	// date names it; any other leaves it unnamed.
	// So before a span the opener counts from: "found the boat two days
	// after it sank".
	// So since then: "the first debut novelist to win the £50,000 prize
	// since it was founded".
	since := len(toks) > 0 && strings.EqualFold(toks[len(toks)-1], "since")
	if n := len(toks); pronoun == "it" && !owned && n > 0 && (len(subject) > 0 || since) && (since || strings.EqualFold(toks[n-1], "after") || strings.EqualFold(toks[n-1], "before") || countedSpan(toks[max(0, n-2):])) {
		if object, head, found := objectBeforeDate(toks); found {
			// "Firefighters contained a wildfire north of Athens on
			// Thursday, three days after it broke out": a longer object
			// names it when the subject cannot be "it".
			// Not when the sentence has said "it" before, which names
			// the same: "has led the campaign against it since it was
			// introduced".
			if len(object) == 0 && (len(subject) == 0 || !agrees(pronoun, subject)) && !slices.ContainsFunc(toks, func(t string) bool { return strings.EqualFold(bare(t), pronoun) }) {
				object = head
			}
			// After "since", with no object to name it, the rules below
			// may still find what it stands for.
			switch {
			case len(object) > 0:
				subject = object
			case !since:
				return h
			}
		}
	}
	// "Conti, who joined the mission when it was first proposed": "it"
	// in a clause right after a short object (before ends before the
	// clause's opener) is that object, when the subject cannot be "it".
	if pronoun == "it" && !owned && len(toks) > 2 && len(subject) > 0 && !agrees(pronoun, subject) {
		lead := toks
		if timeConjunctions[strings.ToLower(lead[len(lead)-1])] { // "since", kept for the rule before
			lead = lead[:len(lead)-1]
		}
		if object := endingObject(lead); len(object) > 0 {
			subject = object
			// "lied about the company's revenue until it filed for
			// bankruptcy": a figure does nothing; its owner does.
			if owner := possessor(object); len(owner) > 0 && figureNouns[strings.ToLower(bare(object[len(object)-1]))] {
				subject = owner
			}
		}
	}
	// "Sales fell 18%, and it missed a payment": an "it" the plural
	// before cannot be is who the sentence before is about.
	// "Ford said it was not aware ... It first learned of the issue": a
	// name of one word the story gives no person's full name for is a
	// body's, which "it" names.
	// Not a plural's first word the story writes nowhere else with a
	// capital: "Owners will be notified ... In May it recalled".
	// "Utility Southern California Edison said it had cut power": so is
	// a name the story says "it" of that is longer than a person's first
	// and last names and names no office ("US President Joe Biden said it
	// would be signed").
	body := func(subject []string) bool {
		if pronoun != "it" || !allCapitalised(subject) {
			return false
		}
		if len(subject) > 2 && ix.single[subject[len(subject)-1]] && !slices.ContainsFunc(subject, func(t string) bool {
			return roleWords[strings.ToLower(bare(t))]
		}) {
			return true
		}
		// "Celsius Network froze withdrawals ... It filed for
		// bankruptcy": a name a company's word ends.
		if corporateEnds[strings.ToLower(bare(subject[len(subject)-1]))] {
			return true
		}
		// Not a plural with no -s: "Police said it was handed over".
		return len(subject) == 1 && ix.full[bare(subject[0])] == "" && !pluralNouns[strings.ToLower(bare(subject[0]))] &&
			(ix.inner[nameToken(subject[0])] || !strings.HasSuffix(bare(subject[0]), "s"))
	}
	// "The company's shares have fallen since it went public": a
	// pronoun that does not agree with the subject may name its owner.
	// The owner may be a body's one-word name: "Labour's share has
	// fallen since the general election in July 2024, when it won a
	// landslide majority".
	if owner := possessor(subject); len(subject) > 0 && !agrees(pronoun, subject) && len(owner) > 0 && (agrees(pronoun, owner) || body(owner)) {
		subject = owner
	}
	// "An eruption of the same volcano in November 2024 killed nine
	// people. It erupted again": an act's own noun does not do the act
	// again; what it is of does.
	if k := slices.Index(subject, "of"); k > 0 && k+1 < len(subject) && pronoun == "it" && !owned && actNoun(subject[k-1], h.verbBase) {
		subject = subject[k+1:]
	}
	// "Sales of the book have risen tenfold since it was shortlisted":
	// so may the noun "of" ties to a plural subject.
	if k := slices.Index(subject, "of"); k > 0 && k+2 < len(subject) && pronoun == "it" && isPlural(subject[:k]) {
		subject = subject[k+1:]
	}
	// "the regulator has fined the bank; in 2022 it was fined £12
	// million": the passive's subject is whom the same verb, active
	// before, took as its object.
	if object := activeObject(toks, h); !owned && h.passive && len(object) > 0 && agrees(pronoun, object) {
		subject = object
	}
	// "Moss had lied about the company's revenue from its founding until
	// it filed for bankruptcy": a thing its sentence names as an owner,
	// when the subject cannot be "it".
	if pronoun == "it" && !owned && len(subject) > 0 && !agrees(pronoun, subject) && !body(subject) {
		if thing := thingOwner(toks); len(thing) > 0 {
			subject = thing
		}
	}
	// "Meta laid off 11,000 people, its first round since it was
	// founded": a body's name before needs no sentence before.
	if pronoun == "it" && !owned && len(subject) > 0 && !agrees(pronoun, subject) && !body(subject) {
		subject = openingOf(previous(), pronoun, ix)
	}
	// "Microsoft Corp said on Thursday it would buy Northlight, its
	// largest deal since it bought Activision": an "it" its sentence has
	// already used for the name it opens with names that.
	company := false
	if len(subject) == 0 && pronoun == "it" && same {
		if o := openingSubject(toks); len(o) > 0 && (agrees(pronoun, o) || body(o)) {
			subject, company = o, true
		}
	}
	// "Dortmund were playing in their first final since 2013, when they
	// lost": a name a plural verb follows is "they", as is one the
	// story gives plural verbs elsewhere: "City have lost six of their
	// last seven games. They have not won since beating Southampton".
	team := pronoun == "they" && !owned && len(subject) > 0 && allCapitalised(subject) && (pluralVerbAfter(toks, subjectAt(toks, subject), len(subject)) || ix.plural[bare(subject[len(subject)-1])])
	if len(subject) == 0 || !agrees(pronoun, subject) && !body(subject) && !team && !company {
		return h
	}
	n := len(h.subject[0])
	if len(h.title) < n || !strings.EqualFold(h.title[:n], h.subject[0]) {
		return h
	}
	if owned {
		owner := ownerNoun(subject)
		// "Their head" of "Observers from the Organization of American
		// States" is "The head of observers from ...": a phrase on the
		// owner would stand between it and its "'s".
		full := strings.Join(h.subject, " ")
		if slices.ContainsFunc(owner[1:], func(t string) bool { return subjectPrepositions[strings.ToLower(t)] }) && len(h.title) >= len(full) && strings.EqualFold(h.title[:len(full)], full) {
			owner = slices.Clone(owner)
			if !ix.inner[owner[0]] {
				owner[0] = strings.ToLower(owner[0])
			}
			subject := append(append([]string{"The"}, h.subject[1:]...), "of")
			subject = append(subject, owner...)
			h.title = strings.Join(subject, " ") + h.title[len(full):]
			h.subject = subject
			return h
		}
		return ownedBy(h, owner)
	}
	return renamed(h, subject)
}

// actNoun reports whether noun names the act of the verb base: "eruption"
// of "erupt", "collapse" of "collapse".
func actNoun(noun, base string) bool {
	stem := strings.TrimSuffix(base, "e")
	return len(stem) >= 4 && strings.HasPrefix(strings.ToLower(bare(noun)), stem)
}

// ownedBy is h with owner's possessive for the possessive pronoun that
// opens its subject and title.
func ownedBy(h parsedHeadline, owner []string) parsedHeadline {
	n := len(h.subject[0])
	if len(h.title) < n || !strings.EqualFold(h.title[:n], h.subject[0]) {
		return h
	}
	name := strings.Join(owner, " ") + "'s"
	if strings.EqualFold(h.subject[0], "their") && strings.HasSuffix(name, "s's") { // "The ministers' talks"
		name = strings.TrimSuffix(name, "s")
	}
	h.title = upperFirst(name + h.title[n:])
	h.subject = append([]string{name}, h.subject[1:]...)
	return h
}

// renamed is h with name for its pronoun subject, which opens its title;
// h when the title does not open with it.
func renamed(h parsedHeadline, name []string) parsedHeadline {
	n := len(h.subject[0])
	if len(h.title) < n || !strings.EqualFold(h.title[:n], h.subject[0]) {
		return h
	}
	h.title = upperFirst(strings.Join(name, " ") + h.title[n:])
	h.subject = slices.Concat(name, h.subject[1:])
	return h
}

// expletiveIt is "it" with a state and what it says of a clause after:
// "It is unclear whether", "It is likely that", "It is too early to",
// "It is believed that", "It is not immediately known if"; not "It is
// expected to cross the island", of the storm.
var expletiveIt = regexp.MustCompile(`^(?i:it)\s+(?:is|was|remains|seems)\s+(?:not\s+)?(?:yet\s+)?(?:(?:unclear|clear|likely|unlikely|possible|impossible|certain|uncertain|too\s+early|too\s+soon|difficult|hard|easy|necessary|important)\s+(?:whether|if|that|to|how|when|why|who|what)|(?:immediately\s+)?(?:understood|believed|thought|feared|hoped|known|expected)\s+(?:that|if|whether))\b`)

// thingOwner is the last thing toks name as an owner, its article and
// its noun: "the company" of "about the company's revenue"; nil when
// there is none.
func thingOwner(toks []string) []string {
	for k := len(toks) - 1; k > 0; k-- {
		if !nounPossessive(toks[k]) || !strings.EqualFold(toks[k-1], "the") {
			continue
		}
		if w := strings.TrimSuffix(strings.TrimSuffix(toks[k], "'s"), "’s"); isLowerWord(w) && !strings.HasSuffix(w, "s") {
			return []string{toks[k-1], w}
		}
	}
	return nil
}

// timeOfClause is a sentence that counts the times a clause's act has
// happened, and that clause's subject: "It is the second time in three
// years the line has been closed".
var timeOfClause = regexp.MustCompile(`^It(?:'s| is| was) the (?:\w+ ){1,2}time (?:(?:in|since|this|that) (?:\w+ ){1,3})?(?:that )?((?:the|its|their) (?:[\w-]+ ){0,2}?[\w-]+) (?:has|have|had|was|were|is|are)\b`)

// countedFor is a sentence that counts an act whose doer a name after
// "for" gives: "It is the second large recall for Stellaris this year".
var countedFor = regexp.MustCompile(`^It(?:'s| is| was) the (?:first|second|third|fourth|fifth|latest) (?:[a-z-]+ ){0,2}[a-z-]+ for ((?:[A-Z][\w&'-]*)(?: [A-Z][\w&'-]*)*)\b`)

// clefted is the owner a sentence that opens "It was the ..." or "It is
// the ..." names by its possessive: "the bank" of "It was the bank's
// first rate rise", or nil. A subject its article opens may stand for
// "It", past an aside: "The move, widely expected by markets, was the
// bank's first rate hike since January, when it raised rates".
func clefted(toks []string) []string {
	b := 1
	if len(toks) > 0 && !strings.EqualFold(toks[0], "it") {
		b = slices.IndexFunc(toks, func(t string) bool { return t == "was" || t == "is" })
		if b < 1 || b > 9 || !determiners[strings.ToLower(toks[0])] {
			return nil
		}
	}
	if len(toks) < b+3 || (toks[b] != "was" && toks[b] != "is") || toks[b+1] != "the" {
		return nil
	}
	for k := b + 2; k < len(toks) && k <= b+3; k++ {
		if w, ok := strings.CutSuffix(toks[k], "'s"); ok && isLowerWord(w) {
			return append(append([]string{"the"}, toks[b+2:k]...), w)
		} else if strings.ContainsAny(toks[k], ",;:") {
			break
		}
	}
	return nil
}

// withoutNameAppositive is a subject that opens with a name without the
// appositive after it: "Takaichi, 64, a protégé of the late Shinzo Abe"
// is "Takaichi" (an age may have taken the commas with it).
func withoutNameAppositive(subject []string) []string {
	d := slices.IndexFunc(subject, func(t string) bool { return determiners[strings.ToLower(bare(t))] })
	if d > 0 && d+1 < len(subject) && !slices.ContainsFunc(subject[:d], func(t string) bool { return !isCapitalised(t) }) {
		return subject[:d]
	}
	return subject
}

// activeObject is the object of the last active form in toks of the
// verb a passive headline h tells: "the bank" of "has fined the bank"
// for "it was fined"; nil when there is none, or it is no short noun
// phrase its determiner opens.
func activeObject(toks []string, h parsedHeadline) []string {
	if !h.passive || h.verbBase == "" {
		return nil
	}
	for j := len(toks) - 2; j > 0; j-- {
		v, ok := verbOf(bare(toks[j]))
		if !ok || v.base != h.verbBase || beForms[strings.ToLower(toks[j-1])] || !determiners[strings.ToLower(toks[j+1])] {
			continue
		}
		for end := j + 2; end < len(toks) && end <= j+4; end++ {
			if strings.HasSuffix(toks[end], ",") || strings.HasSuffix(toks[end], ";") || end+1 == len(toks) || subjectPrepositions[strings.ToLower(toks[end+1])] {
				object := slices.Clone(toks[j+1 : end+1])
				object[len(object)-1] = strings.TrimRight(object[len(object)-1], ",;")
				return object
			}
		}
		return nil
	}
	return nil
}

// openingObject is the object of the active verb right after subject,
// the subject opening toks: a noun phrase its determiner opens, up to a
// preposition, a mark or the sentence's end. nil when the verb is
// passive, or takes no such object.
func openingObject(toks, subject []string) []string {
	if len(subject) == 0 || len(toks) <= len(subject)+2 {
		return nil
	}
	k := subjectAt(toks, subject)
	if k < 0 {
		return nil
	}
	j := k + len(subject) // the verb
	if j+1 >= len(toks) {
		return nil
	}
	if v, ok := verbOf(bare(toks[j])); !ok || v.form == formAux || !determiners[strings.ToLower(toks[j+1])] {
		return nil
	}
	for end := j + 2; end < len(toks) && end <= j+5; end++ {
		// "said the tornado touched down": what is reported has its
		// own verb, and the noun phrase before it is what "it" names.
		if isVerbWord(toks[end]) && isLowerWord(bare(toks[end])) && !determiners[strings.ToLower(toks[end-1])] {
			return slices.Clone(toks[j+1 : end])
		}
		if strings.ContainsAny(toks[end], ",;:.") || end+1 == len(toks) || subjectPrepositions[strings.ToLower(toks[end+1])] {
			object := slices.Clone(toks[j+1 : end+1])
			object[len(object)-1] = strings.TrimRight(object[len(object)-1], ",;:.")
			return object
		}
	}
	return nil
}

// lastPassiveSubject is the subject of a passive in the past that a
// clause set off by a comma and an opener holds at the end of sentence:
// "the Mona Lisa" of ", when the Mona Lisa was stolen by an Italian
// handyman." A singular noun phrase its article opens, or nil.
func lastPassiveSubject(sentence string) []string {
	m := openedPassive.FindStringSubmatch(sentence)
	if m == nil {
		return nil
	}
	np := strings.Fields(m[1])
	if len(np) < 2 || len(np) > 5 || isPlural(np) || hasVerb(m[1]) || !pastForm(m[2]) {
		return nil
	}
	return np
}

// openedPassive is a clause an opener sets off after a comma, its
// subject a noun phrase its article opens and its verb a passive in the
// past: ", when the Mona Lisa was stolen".
var openedPassive = regexp.MustCompile(`, (?:when|after|as) ((?:the|a|an) [^,;:]+?) was ([a-z]+)\b[^,;:]*[.!?]?$`)

// objectStates are states a verb of declaring or finding gives its object:
// "declared the outbreak over", "found him dead".
var objectStates = wordSet(`over dead alive open closed safe guilty illegal unlawful invalid void`)

// withAntecedent names h's pronoun subject as the package's withAntecedent
// does from the sentences before m's, unless the sentence right before is
// led by the other of "he" and "she", whose subject the pronoun is not:
// "In Vienna he met his wife, Helga Brandt. She died in 2019" is the one
// person named there besides, or no one named.
func (m mention) withAntecedent(h parsedHeadline, before string, ix names) parsedHeadline {
	if len(h.subject) == 0 {
		return h
	}
	pronoun := strings.ToLower(bare(h.subject[0]))
	if p := possessivePronouns[pronoun]; p != "" && len(h.subject) > 1 {
		pronoun = p
	}
	other := map[string]string{"he": "she", "she": "he"}[pronoun]
	if other == "" || nearestSubject(strings.Fields(before)) != nil {
		return withAntecedent(h, before, m.previousSentences, ix)
	}
	prior := m.sentenceBefore()
	if leadPronoun(prior) != other {
		return withAntecedent(h, before, m.previousSentences, ix)
	}
	whom := kinNamed(prior, pronoun)
	if one := onePersonIn(prior, ix); whom == nil && len(one) > 0 && ix.person(one[0]) {
		whom = strings.Fields(ix.full[one[0]])
	}
	if len(whom) == 0 {
		return h
	}
	if pronoun != strings.ToLower(bare(h.subject[0])) { // "Her health"
		whom = strings.Fields(withPossessive(whom))
	}
	return renamed(h, whom)
}

// kinNamed is the name a sentence gives after a possessive's noun for a
// person whom pronoun stands for: "Helga Brandt" of "he met his wife, the
// pianist Helga Brandt" for "she"; nil when it names none so.
func kinNamed(sentence, pronoun string) []string {
	f := strings.Fields(sentence)
	for i := 1; i < len(f); i++ {
		if possessivePronouns[strings.ToLower(f[i-1])] == "" || !personNouns[pronoun][strings.ToLower(bare(f[i]))] {
			continue
		}
		j := i + 1 // past a role in lower case: "the pianist"
		for j < len(f) && j <= i+3 && isLowerWord(bare(f[j])) {
			j++
		}
		k := j
		for k < len(f) && isCapitalised(f[k]) {
			k++
			if strings.ContainsAny(f[k-1], ",;:.") {
				break
			}
		}
		if k-j >= 2 {
			name := slices.Clone(f[j:k])
			name[len(name)-1] = bare(name[len(name)-1])
			return name
		}
	}
	return nil
}

// sentenceBefore is the sentence right before m's in its paragraph or,
// for a body paragraph's first, the last of the body paragraph before;
// "" when there is none.
func (m mention) sentenceBefore() string {
	last := ""
	for _, s := range splitSentences(m.paragraph.Text) {
		if s.End > m.sentence.Start {
			break
		}
		last = m.paragraph.Text[s.Start:s.End]
	}
	i := slices.IndexFunc(m.source.Paragraphs, func(p timeline.Paragraph) bool { return p.Ordinal == m.paragraph.Ordinal })
	if last != "" || i < 1 || m.paragraph.Role != timeline.RoleBody || m.source.Paragraphs[i-1].Role != timeline.RoleBody {
		return last
	}
	prev := m.source.Paragraphs[i-1].Text
	if ss := splitSentences(prev); len(ss) > 0 {
		return prev[ss[len(ss)-1].Start:ss[len(ss)-1].End]
	}
	return ""
}

// objectRelativeAntecedent is the noun phrase an article opens whose
// relative, "that" or "which" and its verb, toks end in with a
// conjunction of time and no comma: "a wildfire that has burned more
// than 12,000 hectares in the Algarve since" is "a wildfire".
func objectRelativeAntecedent(toks []string) []string {
	n := len(toks)
	if n < 5 || !timeConjunctions[toks[n-1]] {
		return nil
	}
	r := slices.IndexFunc(toks, func(t string) bool { return t == "that" || t == "which" })
	if r < 2 || slices.ContainsFunc(toks[r+1:], func(t string) bool { return strings.HasSuffix(t, ",") || t == "that" || t == "which" }) {
		return nil
	}
	if _, ok := verbOf(toks[r+1]); !ok {
		return nil
	}
	for a := r - 1; a >= max(0, r-4); a-- {
		if t := toks[a]; articleWords[strings.ToLower(t)] {
			np := toks[a:r]
			if !agrees("it", np) || slices.ContainsFunc(np[1:], isVerbWord) {
				return nil
			}
			return np
		}
	}
	return nil
}

// withSharedAntecedent names the pronoun after "of" that ends h's
// subject, as withAntecedent names a subject pronoun: "Part of it
// collapses" after "A motorway bridge ... reopened" is "Part of a motorway
// bridge ... collapses".
func withSharedAntecedent(h parsedHeadline, before string, previous func() []string, ix names) parsedHeadline {
	n := len(h.subject)
	whole := strings.Join(h.subject, " ")
	if len(h.title) < len(whole) || !strings.EqualFold(h.title[:len(whole)], whole) {
		return h
	}
	pronoun := map[string]string{"it": "it", "them": "they"}[h.subject[n-1]]
	named := withAntecedent(parsedHeadline{title: pronoun + h.title[len(whole):], subject: []string{pronoun}, verbBase: h.verbBase, object: h.object, passive: h.passive}, before, previous, ix)
	if len(named.subject) == 0 || strings.EqualFold(named.subject[0], pronoun) {
		return h
	}
	whom := slices.Clone(named.subject)
	if determiners[strings.ToLower(whom[0])] || countWord(whom[0]) {
		whom[0] = strings.ToLower(whom[0])
	}
	subject := append(slices.Clone(h.subject[:n-1]), whom...)
	h.title = upperFirst(strings.Join(subject, " ") + h.title[len(whole):])
	h.subject = subject
	return h
}

// participleAgent is the agent a past participle right at the start of
// toks names after "by", a noun phrase its determiner opens: "the
// regulator" of "imposed by the regulator for ...".
func participleAgent(toks []string) []string {
	if len(toks) < 4 || !pastForm(toks[0]) || !strings.EqualFold(toks[1], "by") || !determiners[strings.ToLower(toks[2])] {
		return nil
	}
	end := 3
	for end < len(toks) && end < 6 && isLowerWord(bare(toks[end])) && !subjectPrepositions[toks[end]] && !clauseOpeners[toks[end]] {
		end++
		if strings.ContainsAny(toks[end-1], ",;:") {
			break
		}
	}
	agent := slices.Clone(toks[2:end])
	agent[len(agent)-1] = strings.TrimRight(agent[len(agent)-1], ",;:")
	return agent
}

// withoutSetOffName is toks without the name they open with when a comma
// closes it: "Synlab Services, was detected" is "was detected".
func withoutSetOffName(toks []string) []string {
	for i, t := range toks {
		if !isCapitalised(t) || i > 3 {
			return toks
		}
		if strings.HasSuffix(t, ",") {
			return toks[i+1:]
		}
	}
	return toks
}

// copularOpening reports whether toks, a sentence, open with subject and
// a form of "be" that links it to what it is, with no participle after:
// "The Louvre was last the target of a major theft". So does a verb of
// happening, which tells of no one doing anything: "The last major theft
// at the Louvre took place in 1911".
func copularOpening(toks, subject []string) bool {
	k := subjectAt(toks, subject)
	if k < 0 || k+len(subject)+1 >= len(toks) {
		return false
	}
	rest := toks[k+len(subject):]
	if w := strings.ToLower(rest[0]); w == "happened" || w == "occurred" || w == "took" && strings.EqualFold(bare(rest[1]), "place") {
		return true
	}
	if w := strings.ToLower(rest[0]); w != "was" && w != "is" {
		return false
	}
	for _, w := range rest[1:min(len(rest), 3)] {
		if pastForm(w) {
			return false
		}
	}
	return true
}

// openingOf is the subject that opens the nearest of sentences, nearest
// first. For "he" and "she", when that one names no one, it is an
// earlier one's that names a person in full, or by a surname the story
// gives in full with "her" or "his" beside it: "Ellen Marsh noticed
// something odd. The price had tripled. ... she testified" is Marsh;
// "United had agreed a fee. The deal could rise. He scored" is no one.
//
// A subject the pronoun's possessive opens is someone else, whose role it
// names: "His publicist, Cindi Berger, said he died in his sleep. ... he
// studied painting" is not Berger.
func openingOf(sentences []string, pronoun string, ix names) []string {
	first := openingSubject(strings.Fields(nearest(sentences)))
	// "The last time the LDP lost its majority was in 2009. It returned
	// to power three years later": the occasion's own subject is named.
	if len(first) > 3 && strings.EqualFold(first[0], "the") && occasionRanks[strings.ToLower(first[1])] && strings.EqualFold(first[2], "time") {
		first = first[3:]
	}
	// "It is the second time in three years the line has been closed.
	// In 2023 it was shut": the subject of the clause the time is of.
	if m := timeOfClause.FindStringSubmatch(nearest(sentences)); m != nil && pronoun == "it" {
		return strings.Fields(m[1])
	}
	// "It is the second large recall for Stellaris this year. In May, it
	// recalled": whom a count of acts is for.
	if m := countedFor.FindStringSubmatch(nearest(sentences)); m != nil && pronoun == "it" {
		return strings.Fields(m[1])
	}
	// "Four men arrived. Two of them cut through the cases. They fled": a
	// part of "them" is not whom "they" names, but whom "them" does.
	if n := len(first); pronoun == "they" && n > 2 && strings.EqualFold(first[n-1], "them") && strings.EqualFold(first[n-2], "of") {
		if len(sentences) < 2 {
			return nil
		}
		return openingOf(sentences[1:], pronoun, ix)
	}
	// "Real Madrid have signed Alexander-Arnold ... Madrid paid 10
	// million euros to secure his release. He joined the academy aged
	// six": a name the story gives a plural verb is a team's, no "he".
	lone := len(first) > 0 && ix.plural[bare(first[len(first)-1])]
	// "The fine comes as the company tries to secure a rescue deal. Its
	// main creditors": what "comes as" another act sets the news in, and
	// "it" is that act's subject, when it can be one.
	if toks := strings.Fields(nearest(sentences)); pronoun == "it" && len(first) > 0 {
		if k := subjectAt(toks, first) + len(first); k >= len(first) && k+2 < len(toks) && (toks[k] == "comes" || toks[k] == "came") && toks[k+1] == "as" {
			if subject := openingSubject(toks[k+2:]); len(subject) > 0 && agrees(pronoun, subject) {
				return subject
			}
			return nil
		}
	}
	// "Same-store sales fell ..., the company reported in July. It is
	// due to report": what the sentence closes with as the one who
	// reported it, when its subject cannot be "it".
	if pronoun == "it" && (len(first) == 0 || !agrees(pronoun, first)) {
		if teller := closingTeller(nearest(sentences)); len(teller) > 0 {
			return teller
		}
		// "Prosecutors said the plot began in 2021 ... It culminated in
		// the storming": what the speaker's report is about. So in the
		// present: "Scientists say the comet may be 7 billion years old.
		// It made its closest approach".
		r := reported(nearest(sentences))
		if m := pluralSaying.FindStringIndex(nearest(sentences)); r == "" && m != nil {
			r = nearest(sentences)[m[1]:]
		}
		if of := openingSubject(strings.Fields(r)); len(of) > 0 {
			return of
		}
		// "A man was convicted of the theft ..., but the painting was
		// not found. Police said it was handed over": the subject of a
		// clause the sentence closes with after ", but" or ", and".
		s := nearest(sentences)
		if k := max(strings.LastIndex(s, ", but "), strings.LastIndex(s, ", and ")); k >= 0 {
			o := openingSubject(strings.Fields(s[k+len(", but "):])) // both joins are six bytes long
			// "The deaths occurred in May, the company said, but it only
			// learned last week": the same pronoun is who closed the
			// clause before by saying so.
			if strings.EqualFold(firstWord(s[k+len(", but "):]), pronoun) {
				o = closingTeller(s[:k+1])
			}
			if len(o) > 0 {
				return o
			}
		}
	}
	if pronoun != "he" && pronoun != "she" || len(first) > 0 && agrees(pronoun, first) && !ownedByPronoun(nearest(sentences), pronoun) && !lone {
		return first
	}
	// "The violin disappeared in 1994 while its owner, the violinist
	// Miriam Adler, was on tour. She died in 2011": after a sentence about
	// a thing, the one person it names.
	if len(first) > 0 && !agrees(pronoun, first) {
		if one := onePersonIn(nearest(sentences), ix); len(one) > 0 && ix.person(one[0]) && !slices.ContainsFunc(first, func(t string) bool { return nameToken(t) == one[0] }) {
			return one
		}
	}
	for _, s := range sentences[min(1, len(sentences)):] {
		// "Kenyan sprinter Daniel Otieno, 27, was suspended": past a role
		// in lower case.
		subject := nameAfterRole(openingSubject(strings.Fields(s)))
		if len(subject) == 0 || !agrees(pronoun, subject) || ownedByPronoun(s, pronoun) {
			continue
		}
		// "Jones", of "Quincy Jones" and "Rashida Jones", is a surname too.
		if last := bare(subject[len(subject)-1]); ix.full[last] == "" && !ix.shared[last] {
			continue
		}
		// A surname alone, when its sentence says "her" or "his" too:
		// "Smith won her first Academy Award in 1970".
		if len(subject) > 1 || slices.ContainsFunc(strings.Fields(s), func(t string) bool { return possessivePronouns[strings.ToLower(bare(t))] == pronoun }) {
			return subject
		}
	}
	if ownedByPronoun(nearest(sentences), pronoun) {
		return nil
	}
	return first
}

// pluralSaying is a plural's verb of saying in the present, which
// reported finds no report after when no "that" follows.
var pluralSaying = regexp.MustCompile(`\bsay\s+`)

// closingTeller is the noun phrase a sentence's closing attribution
// names before its verb of saying: "the company" of "..., the company
// reported in July."; nil when it closes otherwise.
func closingTeller(sentence string) []string {
	k := strings.LastIndex(sentence, ", ")
	if k < 0 {
		return nil
	}
	f := strings.Fields(sentence[k+2:])
	for i := 1; i < len(f) && i <= 4; i++ {
		if v, ok := verbOf(bare(f[i])); ok && (sayingVerbs[v.base] || v.base == "report") { // "Northway said."
			return f[:i]
		}
	}
	return nil
}

// ownedByPronoun reports whether sentence opens with the possessive of
// pronoun: "His publicist, ...".
func ownedByPronoun(sentence, pronoun string) bool {
	f := strings.Fields(sentence)
	return len(f) > 0 && possessivePronouns[strings.ToLower(bare(f[0]))] == pronoun
}

// nearest is the first of sentences, or "".
func nearest(sentences []string) string {
	if len(sentences) == 0 {
		return ""
	}
	return sentences[0]
}

// objectForms are the object pronouns of the subject ones that differ
// from the possessive: "her" is both.
var objectForms = map[string]string{"it": "it", "he": "him", "they": "them"}

// pluralVerbAfter reports whether the n words at toks[k] are followed by
// a plural verb, past an aside set off by commas: "Dortmund, who finished
// fifth, were".
func pluralVerbAfter(toks []string, k, n int) bool {
	i := k + n
	if k < 0 || i > len(toks) {
		return false
	}
	if strings.HasSuffix(toks[i-1], ",") {
		for i < len(toks) && !strings.HasSuffix(toks[i], ",") {
			i++
		}
		i++
	}
	return i < len(toks) && pluralVerbs[strings.ToLower(bare(toks[i]))]
}

// subjectAt is where subject, as nearestSubject found it, starts in
// toks, or -1.
func subjectAt(toks, subject []string) int {
	for k := len(toks) - len(subject); k >= 0 && len(subject) > 0; k-- {
		if slices.EqualFunc(toks[k:k+len(subject)], subject, func(t, w string) bool { return strings.TrimRight(t, ",;:") == w }) {
			return k
		}
	}
	return -1
}

// ownerNamed writes a possessive pronoun that opens np as subject's
// possessive when subject is a name or noun it agrees with, not a
// pronoun: "its policy" in "The bank scrapped its policy" is "The bank's
// policy".
func ownerNamed(np, subject []string) []string {
	if len(np) < 2 || len(subject) == 0 || unnamedPronoun(subject) {
		return np
	}
	if p := possessivePronouns[strings.ToLower(np[0])]; p == "" || !agrees(p, subject) {
		return np
	}
	return slices.Concat([]string{strings.Join(subject, " ") + "'s"}, np[1:])
}

// possessivePronouns are the possessive determiners, each with the
// subject pronoun of its owner.
var possessivePronouns = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}

// pronounPossessives is the possessive of each subject pronoun
// possessivePronouns names: "its" for "it".
var pronounPossessives = func() map[string]string {
	out := make(map[string]string, len(possessivePronouns))
	for pos, p := range possessivePronouns {
		out[p] = pos
	}
	return out
}()

// nearestSubject is the subject of the last finite verb in toks: the
// words before it back to a comma, a relative or conjunction, or another
// verb ("said the regulator had acted" → "the regulator").
// ownerNoun is the noun a possessive names in a subject that counts it
// and says where it is: "Thousands of junior doctors in England" own
// "junior doctors' pay dispute", not "England's".
func ownerNoun(subject []string) []string {
	if len(subject) > 2 && strings.EqualFold(subject[1], "of") && quantityHeads[strings.ToLower(subject[0])] {
		subject = subject[2:]
		if k := slices.IndexFunc(subject, func(t string) bool { return subjectPrepositions[strings.ToLower(t)] }); k > 0 {
			subject = subject[:k]
		}
	}
	// "The volcano on the remote island of Ruang": where the thing is
	// goes with it, and "its alert level" is the volcano's.
	if k := slices.IndexFunc(subject, func(t string) bool { return locativePrepositions[t] || t == "on" }); k > 1 {
		subject = subject[:k]
	}
	return subject
}

var quantityHeads = wordSet(`thousands hundreds dozens millions tens scores some many most all several`)

// objectBeforeDate finds the object of the last verb in toks, a clause
// before an "after" or "before" one: found reports whether the verb has one
// (a determiner after it), and object is that phrase when it is short, a
// determiner and one or two words in lower case, ended by the date's
// preposition or a comma ("closed the plant on Friday,"). Otherwise
// object is nil, and head the longer object's determiner and noun.
func objectBeforeDate(toks []string) (object, head []string, found bool) {
	v := -1
	for i := len(toks) - 1; i > 0; i-- {
		// "recovered a stolen painting": a participle after an article
		// is an adjective.
		if vb, ok := verbOf(bare(toks[i])); ok && vb.form != formAux && !(vb.form == formPast && determiners[strings.ToLower(toks[i-1])]) {
			v = i
			break
		}
		// "to win the prize": an infinitive's verb, which the lists may
		// not know.
		if strings.EqualFold(toks[i-1], "to") && isLowerWord(toks[i]) && !determiners[toks[i]] && i+1 < len(toks) && determiners[strings.ToLower(toks[i+1])] {
			v = i
			break
		}
	}
	if v < 0 {
		return nil, nil, false
	}
	// "voted to oust": the object is an infinitive's, whose verb the
	// lists may not know.
	if v+2 < len(toks) && toks[v+1] == "to" && isLowerWord(toks[v+2]) {
		v += 2
	}
	// "voted to oust Prime Minister Nikolai Denkov's government on
	// Thursday,": so may a name's possessive and its noun.
	if o := possessiveObject(toks[v+1:]); len(o) > 0 {
		return o, nil, true
	}
	for k := v + 1; k < len(toks); k++ {
		if strings.HasSuffix(toks[k-1], ",") {
			return nil, nil, false
		}
		if !determiners[strings.ToLower(toks[k])] || toks[k] != strings.ToLower(toks[k]) {
			continue
		}
		// "published its written reasons": what "its" owns is not what
		// "it" names.
		if toks[k] == "its" {
			return nil, nil, false
		}
		// "was signed into law by the governor": a phrase a preposition
		// leads into is no object.
		if prev := strings.ToLower(toks[k-1]); subjectPrepositions[prev] || relativePrepositions[prev] {
			return nil, nil, false
		}
		for end := k + 2; end <= k+3 && end <= len(toks); end++ {
			last := toks[end-1]
			if bare(last) != strings.ToLower(bare(last)) {
				break
			}
			// "closed a plant in Belgium and six months after": a place
			// after the preposition is no date.
			// "found the boat two days after": so is a span before the
			// clause's opener, which the caller has cut off.
			// "declared a measles outbreak over on Wednesday": so may the
			// state a verb of declaring gives the object.
			at := end
			if at+1 < len(toks) && objectStates[strings.ToLower(toks[at])] {
				at++
			}
			if strings.HasSuffix(last, ",") || at < len(toks) && datePrepositions[strings.ToLower(toks[at])] && opensDate(strings.Join(toks[at+1:], " ")) || countedSpan(toks[end:]) {
				object = slices.Clone(toks[k:end])
				object[0] = strings.ToUpper(object[0][:1]) + object[0][1:]
				object[len(object)-1] = strings.TrimRight(last, ",")
				return object, nil, true
			}
		}
		// "named the sites of the first three new towns on Monday, a
		// month after it unveiled plans": a plural head is no "it".
		if k+1 < len(toks) && isPlural(toks[k:k+2]) {
			return nil, nil, false
		}
		// The head is the determiner and its noun, up to a preposition:
		// "a wildfire" of "a wildfire north of Athens".
		end := k + 1
		for end < len(toks) && end <= k+3 && bare(toks[end]) == strings.ToLower(bare(toks[end])) && !subjectPrepositions[strings.ToLower(toks[end])] && !spanBounds[strings.ToLower(toks[end])] && !compassPoint(toks[end]) && !strings.HasSuffix(toks[end-1], ",") {
			end++
		}
		if end > k+1 {
			head = slices.Clone(toks[k:end])
			head[0] = strings.ToUpper(head[0][:1]) + head[0][1:]
			head[len(head)-1] = strings.TrimRight(head[len(head)-1], ",")
		}
		return nil, head, true
	}
	return nil, nil, false
}

// countedSpan reports whether rest is a span of time told by its count:
// "two days", "48 hours".
func countedSpan(rest []string) bool {
	if len(rest) != 2 || !numberWords[strings.ToLower(rest[0])] && !isDigit(rest[0][0]) {
		return false
	}
	unit := strings.TrimSuffix(strings.ToLower(rest[1]), "s")
	return anniversaryUnits[unit] || unit == "hour" || unit == "minute"
}

// possessiveObject is the object rest opens with when a possessive and
// one or two words more end it before a preposition of time: "Prime
// Minister Nikolai Denkov's government"; otherwise nil.
func possessiveObject(rest []string) []string {
	j := slices.IndexFunc(rest, func(t string) bool { return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") })
	if j < 0 {
		return nil
	}
	for end := j + 2; end <= j+3 && end < len(rest); end++ {
		if datePrepositions[strings.ToLower(rest[end])] {
			return rest[:end]
		}
	}
	return nil
}

// endingObject is the object toks end with, right after their last verb
// or a preposition after it, when it is a determiner and one or two words
// in lower case: "the mission" of "who joined the mission", "the tax
// credit" of "rushed to take advantage of the tax credit". Otherwise it
// is nil.
func endingObject(toks []string) []string {
	v := -1
	for i := len(toks) - 1; i >= 0 && v < 0; i-- {
		if vb, ok := verbOf(toks[i]); ok && vb.form != formAux {
			v = i
		}
	}
	for _, p := range []int{len(toks) - 4, len(toks) - 3} { // "of the tax credit", "of the mission"
		if v >= 0 && p > v && subjectPrepositions[toks[p]] {
			v = p
			break
		}
	}
	object := toks[v+1:]
	if v < 0 || len(object) < 2 || len(object) > 3 || !determiners[object[0]] || slices.ContainsFunc(object, func(t string) bool { return t != strings.ToLower(bare(t)) }) {
		return nil
	}
	object = slices.Clone(object)
	object[0] = upperFirst(object[0])
	return object
}

// ordinalOnNoun reports whether the ordinal toks[k] stands after a
// determiner or a possessive, as an adjective: "his third run".
func ordinalOnNoun(toks []string, k int) bool {
	if k == 0 {
		return true
	}
	w := strings.ToLower(bare(toks[k-1]))
	return determiners[w] || possessivePronouns[w] != "" || nounPossessive(toks[k-1])
}

func nearestSubject(toks []string) []string {
	toks = withoutAges(toks)
	// "with some visitors saying": the subject of a participle "with"
	// sets off is what "with" names.
	if np := withParticipleSubject(toks); np != nil {
		return np
	}
	joined := false // past a predicate "and" joins on
	for i := len(toks) - 1; i > 0; i-- {
		v, ok := verbOf(bare(toks[i]))
		// "its written reasons": after a determiner a participle is an
		// adjective; after a determiner's ordinal a noun ("his third
		// run"), but "last" and "next" may be adverbs ("last took"), as
		// may any ordinal after a name ("Nvidia first topped").
		// Nor is a comparison's: "nine more than needed". Nor one after
		// a preposition: "rose 4% in extended trading".
		if prev := strings.ToLower(bare(toks[i-1])); !ok || v.form == formPast && (determiners[prev] || possessivePronouns[prev] != "" || prev == "than" || subjectPrepositions[prev] || ordinalWords[prev] && prev != "last" && prev != "next" && ordinalOnNoun(toks, i-1)) {
			continue
		}
		// "was expected to hit": an infinitive's verb is not finite, nor
		// its passive's participle: "the first company to be valued".
		if strings.EqualFold(toks[i-1], "to") || i > 1 && strings.EqualFold(toks[i-1], "be") && strings.EqualFold(toks[i-2], "to") {
			continue
		}
		// "a specially made crosier": so is one an adverb leads to.
		if i > 1 && v.form == formPast && lyAdverb(strings.ToLower(toks[i-1])) && determiners[strings.ToLower(bare(toks[i-2]))] {
			continue
		}
		// A participle's clause starts at its auxiliary: "had acted",
		// "has been", "had properly weighed".
		if v.form == formPast || strings.EqualFold(bare(toks[i]), "been") {
			a := i - 1
			for a > 0 && (adverbInVerbGroup(toks[a]) || strings.EqualFold(toks[a], "not") || strings.EqualFold(toks[a], "never")) {
				a--
			}
			// "has been held": the perfect's auxiliary is before "been",
			// past a negation: "had not been built".
			if a > 0 && strings.EqualFold(toks[a], "been") {
				b := a - 1
				for b > 0 && (adverbInVerbGroup(toks[b]) || strings.EqualFold(toks[b], "not") || strings.EqualFold(toks[b], "never")) {
					b--
				}
				if finiteAuxiliaries[strings.ToLower(toks[b])] {
					a = b
				}
			}
			if finiteAuxiliaries[strings.ToLower(bare(toks[a]))] {
				i = a
			}
			// "will be sentenced": so does a passive's at its modal.
			if m := strings.ToLower(toks[max(a-1, 0)]); a > 0 && strings.EqualFold(toks[a], "be") && (modalAuxiliaries[m] || m == "will" || m == "would") {
				i = a - 1
			}
		}
		// "will be": a base form's clause starts at its modal.
		if m := strings.ToLower(toks[max(i-1, 0)]); i > 0 && (modalAuxiliaries[m] || m == "will" || m == "would") {
			i--
		}
		start := i
		for start > 0 {
			t := toks[start-1]
			w := strings.ToLower(bare(t))
			if strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") || clauseOpeners[w] || w == "that" || w == "and" || w == "but" {
				break
			}
			// "The Fed": a capital inside the sentence makes a name.
			if _, isVerb := verbOf(w); isVerb && !(start > 1 && isCapitalised(t)) {
				break
			}
			start--
		}
		subject, coordinated := contactSubject(withoutAdverbs(toks[start:i])), false
		// "Shackleton and his 27 men camped": a noun phrase "and" joins
		// on from the clause's start is the subject's too.
		if len(subject) > 0 && start > 1 && strings.EqualFold(toks[start-1], "and") {
			k := start - 1
			for k > 0 && !strings.ContainsAny(toks[k-1], ",;:") && !clauseOpeners[strings.ToLower(toks[k-1])] && !strings.EqualFold(toks[k-1], "that") && !isVerbWord(toks[k-1]) {
				k--
			}
			// Not inside a preposition's phrase: "The trial of Ana Ruiz on
			// charges of fraud and conspiracy began".
			if first := toks[k : start-1]; (k == 0 || !isVerbWord(toks[k-1])) && nounPhrase(first) &&
				!slices.ContainsFunc(first, func(t string) bool { return subjectPrepositions[strings.ToLower(t)] }) {
				subject, coordinated = slices.Concat(first, toks[start-1:start], subject), true
			}
		}
		// ", according to a poll published on Sunday": a participle on
		// the source's noun is no clause's verb.
		if len(subject) > 0 && strings.EqualFold(subject[0], "according") {
			i = start
			continue
		}
		// "has asked for the return of all the objects taken from
		// Maqdala since it": a participle on a noun a preposition's phrase
		// ends is no clause's verb.
		if len(subject) > 0 && v.form == formPast && subjectPrepositions[strings.ToLower(subject[0])] {
			continue
		}
		// "has won three titles, having led the Netherlands to victory":
		// a participle's phrase after a comma shares the clause's
		// subject.
		if len(subject) == 1 && start > 0 && strings.HasSuffix(toks[start-1], ",") && presentParticiple(subject[0]) {
			i = start - 1
			continue
		}
		// "Spanberger defeated Earle-Sears and will become governor
		// when she is sworn in": a predicate joined by "and" shares the
		// subject of the one before.
		if len(subject) == 0 && start > 0 && strings.EqualFold(toks[start-1], "and") {
			i, joined = start-1, true
			continue
		}
		// "The storm weakened as it crossed the island and was expected
		// to hit": a pronoun that opens a clause of time before the
		// "and" is the subject's, which the clause it hangs on names.
		if opener := strings.ToLower(toks[max(0, i-2)]); joined && i > 1 && pronounSubjects[strings.ToLower(toks[i-1])] && (clauseOpeners[opener] || opener == "as") {
			i -= 2
			continue
		}
		// "Vizcarra, 62, who governed Peru until he was removed": the
		// subject of a relative on a name is that name.
		if len(subject) == 0 && start > 1 && strings.EqualFold(toks[start-1], "who") {
			k := start - 1
			for k > 0 && isCapitalised(toks[k-1]) && !strings.ContainsAny(toks[k-1], ".;:") {
				k--
			}
			subject = toks[k : start-1]
		}
		// "published by a small independent press, which had rejected
		// it": so is the noun phrase before a "which" set off by a comma.
		if len(subject) == 0 && start > 1 && strings.EqualFold(toks[start-1], "which") && strings.HasSuffix(toks[start-2], ",") {
			phrase := slices.Clone(toks[:start-1])
			phrase[start-2] = strings.TrimRight(phrase[start-2], ",")
			if k := determinerBefore(phrase, start-2); k >= 0 {
				subject = phrase[k:]
			}
			// "Toronto, which had not reached the World Series": or the
			// name before it.
			k := start - 2
			for len(subject) == 0 && k > 0 && isCapitalised(phrase[k-1]) && !strings.ContainsAny(phrase[k-1], ".,;:") {
				k--
			}
			if len(subject) == 0 && isCapitalised(phrase[start-2]) && (k == 0 || !isCapitalised(phrase[k-1])) {
				subject = phrase[k:]
			}
		}
		// "The accelerator, completed in 1988, was used ...": an aside
		// closed right before the verb; the subject opens the clause.
		if len(subject) == 0 && start > 0 && strings.HasSuffix(toks[start-1], ",") {
			if opening := openingSubject(toks); nounPhrase(opening) && !pronounSubjects[strings.ToLower(bare(opening[0]))] {
				return withoutNameAppositive(opening)
			}
		}
		// "That autumn she wrote": a pronoun right before the verb is
		// the subject, after words of time.
		// "He and his wife fled" names whom it tells of.
		if !nounPhrase(subject) || !coordinated && (pronounSubjects[strings.ToLower(bare(subject[0]))] || pronounSubjects[strings.ToLower(bare(subject[len(subject)-1]))]) {
			return nil
		}
		out := make([]string, len(subject))
		for k, t := range subject {
			out[k] = strings.TrimRight(t, ",;:")
		}
		return out
	}
	return nil
}

// withParticipleSubject is the plural noun phrase between "with" and
// the present participle that ends toks: "some visitors" of "with some
// visitors saying"; nil when there is none.
func withParticipleSubject(toks []string) []string {
	n := len(toks)
	if n < 3 || !presentParticiple(toks[n-1]) {
		return nil
	}
	w := slices.IndexFunc(toks[max(0, n-6):], func(t string) bool { return strings.EqualFold(t, "with") })
	if w < 0 {
		return nil
	}
	np := toks[max(0, n-6)+w+1 : n-1]
	// "with their best showing": a participle after a modifier is a
	// noun, the phrase's head; a plural before it is its subject.
	if len(np) == 0 || !nounPhrase(np) || !isPlural(np) {
		return nil
	}
	return np
}

// withoutAges drops an age set off by commas after a name, with its
// commas: "Liam Carter, 34, was travelling" is "Liam Carter was
// travelling".
func withoutAges(toks []string) []string {
	for k := 1; k+1 < len(toks); k++ {
		if !setOffAge(toks, k) {
			continue
		}
		out := append(append([]string(nil), toks[:k-1]...), strings.TrimSuffix(toks[k-1], ","))
		return append(out, toks[k+1:]...)
	}
	return toks
}

// withoutAdverbs drops the adverbs between a subject and its verb: "the
// regulator already had", "the council last took", "The Commission first
// opened", and a date there: "The company last month became".
func withoutAdverbs(subject []string) []string {
	subject = withoutDate(subject)
	for len(subject) > 0 && headlineAdverbs[strings.ToLower(bare(subject[len(subject)-1]))] {
		subject = subject[:len(subject)-1]
	}
	// "The government narrowly [survived]": so does an adverb in -ly
	// right after the noun; not one that opens an aside ("The move,
	// widely [expected]").
	if n := len(subject); n > 1 && lyAdverb(subject[n-1]) && !strings.HasSuffix(subject[n-2], ",") {
		subject = subject[:n-1]
	}
	for len(subject) > 0 && lastAdverbs[strings.ToLower(bare(subject[len(subject)-1]))] {
		subject = subject[:len(subject)-1]
	}
	if verbHedgeEnd(subject) {
		subject = subject[:len(subject)-2]
	}
	return subject
}

// withoutDate drops the date, and its preposition, that ends subject
// after its first word: "The company last month", "Police on Tuesday".
func withoutDate(subject []string) []string {
	if len(subject) < 2 {
		return subject
	}
	text := strings.Join(subject, " ")
	es := timex.Tag(text, time.Time{})
	// "In 2021 the regulator": a date leading into the clause goes, with
	// its preposition.
	if introPrepositions[strings.ToLower(subject[0])] && len(es) > 0 && es[0].Start == len(subject[0])+1 && es[0].End < len(text) {
		return strings.Fields(text[es[0].End:])
	}
	for _, e := range es {
		if e.End != len(text) || e.Start < len(subject[0]) {
			continue
		}
		rest := strings.Fields(text[:e.Start])
		if n := len(rest); n > 1 && datePrepositions[strings.ToLower(rest[n-1])] {
			rest = rest[:n-1]
		}
		return rest
	}
	return subject
}

// contactSubject is the name that ends subject after a lowercase word,
// when an article opens it: in "the largest fine Ofwat has imposed" the
// verb's subject is "Ofwat", the phrase before it what was imposed.
func contactSubject(subject []string) []string {
	n := len(subject)
	// "the first time the committee had needed": a noun's contact
	// relative opens at its own determiner.
	if n > 3 && determiners[strings.ToLower(subject[0])] {
		for k := 2; k < n-1; k++ {
			if w, prev := strings.ToLower(subject[k]), subject[k-1]; (w == "the" || w == "a") && isLowerWord(prev) && !subjectPrepositions[prev] && !determiners[prev] && !strings.ContainsAny(prev, ",;:") {
				return subject[k:]
			}
		}
	}
	if n < 3 || !determiners[strings.ToLower(subject[0])] || !isCapitalised(subject[n-1]) {
		return subject
	}
	k := n - 1
	for k > 1 && isCapitalised(subject[k-1]) {
		k--
	}
	// Nor what an age says is a person: "The 30-year-old Italian".
	// Nor a name an ordinal describes: "His last Test was against
	// Australia".
	if w := strings.ToLower(subject[k-1]); isCapitalised(subject[k-1]) || strings.HasSuffix(w, "-old") || ordinalWords[w] {
		return subject
	}
	// Not a name after a preposition or a possessive: "the boy's
	// relatives in Miami".
	for _, t := range subject[1:k] {
		if w := strings.ToLower(t); subjectPrepositions[w] || strings.Contains(w, "'") || strings.Contains(w, "’") {
			return subject
		}
	}
	return subject[k:]
}

// openingSubject is the subject a sentence opens with: the words before
// its first verb ("The retailer said ..."), or nil. With an appositive
// ("The opposition leader, Tomas Reyes, welcomed ...") it is the name; a
// relative clause set off by commas after it is passed over.
func openingSubject(toks []string) []string {
	// "March 8: SVB announces": a timeline entry's label leads in.
	if k := slices.IndexFunc(toks, func(t string) bool { return strings.HasSuffix(t, ":") }); k >= 0 && k < 3 && !slices.ContainsFunc(toks[:k+1], isVerbWord) {
		toks = toks[k+1:]
	}
	// "Kast, 59, a lawyer, lost": an age before an appositive goes, its
	// name's comma kept to open the appositive.
	for k := 1; k+2 < len(toks); k++ {
		if setOffAge(toks, k) && !isVerbWord(toks[k+1]) {
			toks = append(slices.Clone(toks[:k]), toks[k+1:]...)
			break
		}
	}
	toks = withoutIntroPhrase(dropAside(toks)) // "Priya Nair, who took over in 2023, said"
	for i, t := range toks {
		if _, ok := verbOf(bare(t)); ok {
			// "The dismissed minister, Clara Wendt, accused": a
			// participle right after the article describes its noun,
			// as one after an article's modifier does: "the least
			// developed countries".
			// So is one after "no": "of no fixed address".
			if a := strings.ToLower(bare(toks[0])); i == 1 && (a == "the" || a == "a" || a == "an") || adjectiveAfterModifier(toks, i) || i > 0 && strings.EqualFold(toks[i-1], "no") {
				continue
			}
			// "In 1964 he became", "Two years later she left": a
			// pronoun right before the verb is the subject after a
			// phrase that leads in. Not after a present we cannot
			// tell: "SVB announces it has sold".
			if i > 1 && pronounSubjects[strings.ToLower(toks[i-1])] && leadsIn(toks[:i-1]) {
				return toks[i-1 : i]
			}
			// "The son of Kenya's first vice president, Odinga was
			// detained": after an appositive that opens the sentence,
			// the name before the verb is the subject.
			if c := slices.IndexFunc(toks[:i], func(t string) bool { return strings.HasSuffix(t, ",") }); c > 0 && c < i-1 && determiners[strings.ToLower(toks[0])] &&
				allCapitalised(toks[c+1:i]) && i-c-1 <= 3 && !slices.ContainsFunc(toks[c+1:i], func(t string) bool { return strings.ContainsAny(t, ",;:") }) {
				return slices.Clone(toks[c+1 : i])
			}
			// "His best-known building, the Meridian Tower, was
			// completed": so is a thing's name with its article.
			if c := slices.IndexFunc(toks[:i], func(t string) bool { return strings.HasSuffix(t, ",") }); c > 0 && c < i-1 && strings.HasSuffix(toks[i-1], ",") {
				if name := withoutClosingComma(toks[c+1 : i]); articledName(name) {
					return name
				}
			}
			return subjectOrName(withoutAdverbs(toks[:i]))
		}
		if strings.ContainsAny(t, ";:") || clauseOpeners[functionWord(t)] { // "The WHO said"
			return nil
		}
	}
	// "The company reports fourth-quarter results": with no verb we know,
	// a word in -s after an article's noun is a present's.
	if len(toks) > 3 && determiners[strings.ToLower(toks[0])] && lowerNoun(toks[1]) && thirdPersonS(toks[2]) && !strings.ContainsAny(toks[1], ",;:") {
		return toks[:2]
	}
	// "The planet, GJ 9827d, orbits a star": so past a name set off after
	// the noun.
	if len(toks) > 4 && determiners[strings.ToLower(toks[0])] && strings.HasSuffix(toks[1], ",") && lowerNoun(strings.TrimSuffix(toks[1], ",")) {
		for k := 2; k+1 < len(toks) && k <= 5; k++ {
			if strings.HasSuffix(toks[k], ",") {
				if thirdPersonS(toks[k+1]) && !slices.ContainsFunc(toks[2:k+1], isVerbWord) {
					return []string{toks[0], strings.TrimSuffix(toks[1], ",")}
				}
				break
			}
		}
	}
	return nil
}

// leadsIn reports whether toks, the words before a subject, are a phrase
// of time or place that leads into a sentence: "In 1964", "Two years
// later".
func leadsIn(toks []string) bool {
	return introPrepositions[strings.ToLower(toks[0])] || leadInEnds[strings.ToLower(toks[len(toks)-1])]
}

// leadInEnds end a phrase of time that leads into a sentence.
var leadInEnds = wordSet(`later earlier ago afterwards then before after`)

// withoutIntroPhrase drops a verbless phrase that opens with a
// preposition or a past participle and ends with a comma before the
// subject: "For much of the past two years, the Fed kept ...".
func withoutIntroPhrase(toks []string) []string {
	// "Born in Lincoln, Nebraska, in 1941, Cheney was": a participle's
	// phrase runs to the last comma before the verb.
	if len(toks) > 1 && isCapitalised(toks[0]) && participleWord(toks[0]) {
		cut := 0
		for i, t := range toks[1:] {
			if _, ok := verbOf(bare(t)); ok {
				break
			}
			if strings.HasSuffix(t, ",") {
				cut = i + 2
			}
		}
		return toks[cut:]
	}
	// "As widely expected, the BOJ left", "As a result, the bank": a
	// phrase of "as" and a word or two leads in.
	if k := slices.IndexFunc(toks, func(t string) bool { return strings.HasSuffix(t, ",") }); k > 0 && k <= 2 && strings.EqualFold(toks[0], "as") {
		return toks[k+1:]
	}
	// "By the time he stepped down": the words that open a clause of
	// time lead into its subject.
	if strings.EqualFold(strings.Join(toks, " "), "by the time") {
		return nil
	}
	// "A keen mountaineer, he climbed": a noun phrase an article opens,
	// set off before the subject, is who the subject is.
	if k := slices.IndexFunc(toks, func(t string) bool { return strings.HasSuffix(t, ",") }); k > 0 && k == len(toks)-1 && (strings.EqualFold(toks[0], "a") || strings.EqualFold(toks[0], "an")) {
		return nil
	}
	if len(toks) == 0 || !introPrepositions[strings.ToLower(bare(toks[0]))] {
		return toks
	}
	for i, t := range toks {
		if _, ok := verbOf(bare(t)); ok {
			return toks
		}
		if strings.HasSuffix(t, ",") {
			return toks[i+1:]
		}
	}
	return toks
}

// introPrepositions open a phrase that may lead a sentence before its
// subject.
var introPrepositions = wordSet(`for in on at after before during since until despite amid following over from with without by`)

// subjectOrName is a subject without commas, or of a noun phrase and an
// appositive set off by commas the one that is a name.
func subjectOrName(toks []string) []string {
	var parts [][]string
	start := 0
	for i, t := range toks {
		if strings.HasSuffix(t, ",") {
			parts = append(parts, toks[start:i+1])
			start = i + 1
		}
	}
	if start < len(toks) {
		parts = append(parts, toks[start:])
	}
	// "The last shutdown, in October 2025, lasted": a phrase a
	// preposition opens is no subject.
	if len(parts) > 1 {
		parts = slices.DeleteFunc(parts, func(p []string) bool { return introPrepositions[strings.ToLower(bare(p[0]))] })
	}
	if len(parts) == 2 && start == len(toks) { // "A, B," then the verb
		// "The driver, a 51-year-old Spanish man,": with no name, the
		// first names who the indefinite second describes, as it does
		// what one of many is: "The spa, one of the top attractions,".
		// "The attack on the supplier, Synlab Services,": a name may
		// name the noun of the first's phrase.
		if !allCapitalised(parts[0]) && !allCapitalised(parts[1]) && (indefinite(parts[1][0]) || len(parts[1]) > 1 && strings.EqualFold(parts[1][0], "one") && strings.EqualFold(parts[1][1], "of")) ||
			allCapitalised(parts[1]) && namesPhraseObject(parts[0]) {
			parts = parts[:1]
		} else if named := slices.DeleteFunc(slices.Clone(parts), func(p []string) bool { return !titled(p) }); len(named) > 0 {
			parts = named
		} else {
			// "Her first novel, The Yellow Gate,": with no other name, a
			// work's title may open with "The".
			parts = slices.DeleteFunc(parts, func(p []string) bool { return p[0] != "The" || !titled(p[1:]) })
		}
	}
	if len(parts) != 1 {
		return nil
	}
	subject := make([]string, len(parts[0]))
	for k, t := range parts[0] {
		subject[k] = strings.TrimRight(t, ",")
	}
	if !nounPhrase(subject) || pronounSubjects[strings.ToLower(bare(subject[0]))] {
		return nil
	}
	return subject
}

// speakerOnly reports whether toks are a subject and the saying verb
// after it, with nothing else: "Prosecutors said".
func speakerOnly(toks []string) bool {
	n := len(toks)
	if n < 2 || hasVerb(strings.Join(toks[:n-1], " ")) {
		return false
	}
	v, ok := verbOf(strings.ToLower(bare(toks[n-1])))
	return ok && sayingVerbs[v.base]
}

func allCapitalised(toks []string) bool {
	for _, t := range toks {
		if !isCapitalised(t) {
			return false
		}
	}
	return len(toks) > 0
}

// titled reports whether toks are a name or a title: capitalised words,
// perhaps with lowercase joining words inside ("City of Glass", "Bank
// of England").
func titled(toks []string) bool {
	if len(toks) == 0 || !isCapitalised(toks[0]) || !isCapitalised(toks[len(toks)-1]) || determiners[strings.ToLower(toks[0])] {
		return false
	}
	return !slices.ContainsFunc(toks, func(t string) bool { return !isCapitalised(t) && !titleJoins[strings.ToLower(t)] })
}

// titleJoins are the lowercase words a name or a title may hold.
var titleJoins = wordSet(`of the and for in on at de la le du von van der`)

// lastAdverbs sit between a subject and its verb, as headlineAdverbs do:
// "the council last took", "the court never ruled".
var lastAdverbs = wordSet(`last never not`)

// nameAfterRole is the name a subject ends in after a role in lower case
// ("builder Mark Ellis", "the prosecutor Anna Whitby"): the person "he" or
// "she" stands for. Other subjects are returned as they are.
func nameAfterRole(subject []string) []string {
	k := len(subject)
	for k > 0 && isCapitalised(subject[k-1]) {
		k--
	}
	if k == 0 || len(subject)-k < 2 || determiners[strings.ToLower(bare(subject[k-1]))] {
		return subject
	}
	return subject[k:]
}

// possessor is the owner a subject names before "'s", or the "'" of a
// name in -s: "The company" in "The company's shares", "Wilders" in
// "Wilders' party"; nil without one.
func possessor(subject []string) []string {
	for i, t := range subject {
		owner, ok := strings.CutSuffix(t, "'s")
		if !ok && strings.HasSuffix(t, "s'") {
			owner, ok = strings.TrimSuffix(t, "'"), true
		}
		if ok && owner != "" {
			return append(append([]string(nil), subject[:i]...), owner)
		}
	}
	return nil
}

// titleSex is the pronoun a title before a name tells.
var titleSex = map[string]string{"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}

// titledPerson is the one person toks name by a title that tells the
// pronoun's sex ("Ms Morgan" for "she"), when they name no other so.
func titledPerson(toks []string, pronoun string) []string {
	var found []string
	for i := 0; i+1 < len(toks); i++ {
		if titleSex[strings.ToLower(strings.TrimSuffix(toks[i], "."))] != pronoun {
			continue
		}
		name := []string{toks[i], strings.TrimRight(toks[i+1], ",;:.")}
		if found != nil && !slices.Equal(found, name) {
			return nil
		}
		found = name
	}
	return found
}

// personNouns name a person of the pronoun's sex, or of either.
var personNouns = map[string]map[string]bool{
	"he":  wordSet(`man boy father son husband brother teenager suspect victim driver`),
	"she": wordSet(`woman girl mother daughter wife sister teenager suspect victim driver`),
}

// personNoun reports whether t names a person by sex, kin, trade, office
// or tie to another: "wife", "son", "predecessor", "lawyer".
func personNoun(t string) bool {
	w := strings.ToLower(bare(t))
	return personNouns["he"][w] || personNouns["she"][w] || personRoles[w] || roleWords[w] || tieNouns[w]
}

// tieNouns name a person by a tie to another.
var tieNouns = wordSet(`predecessor successor partner boss friend colleague aide rival assistant fiancé fiancée widow widower grandson granddaughter grandfather grandmother nephew niece cousin uncle aunt`)

// thingTitles open the names of things: "Storm Amy", "Mount Semeru".
var thingTitles = wordSet(`comet asteroid storm hurricane typhoon cyclone mount lake river volcano operation`)

// structureNouns end the names of built or natural places, which no
// person's surname is: "Hammersmith Bridge", "Heathrow Airport".
var structureNouns = wordSet(`bridge tower cathedral museum airport station stadium palace castle abbey temple mosque dam tunnel canal reservoir glacier`)

// personRoles name a person by what they do, whom "it" never stands
// for (offices are roleWords).
var personRoles = wordSet(`author writer scientist researcher astronomer engineer doctor nurse surgeon teacher student
	lawyer prosecutor player striker goalkeeper coach manager captain founder officer detective witness
	worker employee resident passenger pilot journalist reporter editor economist analyst artist singer actor actress
	abbot priest imam rabbi vicar soldier sailor miner farmer firefighter paramedic guard chef athlete cyclist runner
	swimmer boxer climber diver novelist poet playwright composer photographer architect designer`)

// legislatures are bodies a capitalised name may be alone.
var legislatures = wordSet(`parliament congress senate assembly government cabinet police`)

// agrees reports whether a pronoun can stand for subject.
// acronym reports whether t is a name written in its initials, as bodies
// are: "WHO", "NATO", "UNICEF".
func acronym(t string) bool {
	w := bare(t)
	return len(w) > 1 && strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
}

func agrees(pronoun string, subject []string) bool {
	first := strings.ToLower(bare(subject[0]))
	switch pronoun {
	case "it":
		// "His first novel, "City of Glass", was rejected ... before it
		// appeared": a title in quotation marks is a thing.
		if r, _ := utf8.DecodeRuneInString(subject[0]); strings.ContainsRune("\"“‘", r) {
			return true
		}
		// "Russia's Defense Ministry said its air defenses": a name
		// that ends in an institution's noun is one body.
		if last := strings.ToLower(bare(subject[len(subject)-1])); isCapitalised(subject[len(subject)-1]) && (institutionNouns[last] || legislatures[last] && last != "police") {
			return true
		}
		// "The WHO said ... It urged": so is a body named by its initials,
		// or whose name opens with them ("NHS England said it would").
		// Not a person an office names: "US President Joe Biden".
		if acronym(subject[len(subject)-1]) || acronym(subject[0]) && !slices.ContainsFunc(subject, func(t string) bool { return roleWords[strings.ToLower(bare(t))] }) {
			return true
		}
		// "Comet Tsuchinshan-ATLAS was discovered in January 2023. It
		// passed": a name a thing's noun opens is a thing.
		if len(subject) > 1 && isCapitalised(subject[0]) && thingTitles[first] {
			return true
		}
		// "Hammersmith Bridge will reopen ..., nine years after it was
		// closed": so is a name a structure's noun ends.
		if last := bare(subject[len(subject)-1]); len(subject) > 1 && isCapitalised(last) && structureNouns[strings.ToLower(last)] {
			return true
		}
		// "the lead author ... since it began": a person is no "it".
		if last := strings.ToLower(bare(subject[len(subject)-1])); personNouns["he"][last] || personNouns["she"][last] || roleWords[last] || personRoles[last] {
			return false
		}
		// "Austria's largest hydropower operator was fined for failing
		// to warn villages before it opened the floodgates": a body a
		// possessive opens is one "it"; its owner is not ("Labour's
		// share has fallen since it won a landslide").
		// So is one a name's possessive leads to: "Prime Minister Nikolai
		// Denkov's government".
		// So is a structure: "Berlin's new airport has handled its 100
		// millionth passenger, five and a half years after it opened".
		if head := strings.ToLower(bare(subject[len(subject)-1])); (institutionNouns[head] || bodyNouns[head] || legislatures[head] || structureNouns[head] || strings.HasSuffix(head, "maker")) &&
			slices.ContainsFunc(subject[:len(subject)-1], func(t string) bool { return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") }) {
			return true
		}
		return determiners[first] && first != "their" && first != "these" && first != "those" && !isPlural(subject)
	case "he", "she":
		// ""Thriller" remains the best-selling album": a title in
		// quotation marks is no one.
		if r, _ := utf8.DecodeRuneInString(subject[0]); strings.ContainsRune("\"“‘'", r) {
			return false
		}
		// "The boy ... He is due to appear": a person named by what he
		// or she is.
		if len(subject) == 2 && (first == "the" || first == "a") && personNouns[pronoun][strings.ToLower(bare(subject[1]))] {
			return true
		}
		// So by office or trade: "The transport minister resigned ...
		// hours before a newspaper revealed that she had been convicted",
		// "The president of the Spanish football federation resigned ...
		// a week after he was filmed".
		if head := strings.ToLower(bare(subject[len(subject)-1])); (first == "the" || first == "a") && (roleWords[head] || personRoles[head]) {
			return true
		}
		if k := slices.Index(subject, "of"); k > 1 && (first == "the" || first == "a") {
			if head := strings.ToLower(bare(subject[k-1])); roleWords[head] || personRoles[head] {
				return true
			}
		}
		// So by age: "The 30-year-old Italian", "The 42-year-old man".
		if len(subject) == 3 && (first == "the" || first == "a") && strings.HasSuffix(strings.ToLower(subject[1]), "-year-old") && (isCapitalised(subject[2]) || personNouns[pronoun][strings.ToLower(bare(subject[2]))]) {
			return true
		}
		for _, t := range subject {
			if !isCapitalised(t) {
				return false
			}
		}
		// "Parliament elected Ines Moreau ... after her predecessor
		// resigned": a body is no "she".
		last := strings.ToLower(bare(subject[len(subject)-1]))
		return !determiners[first] && !institutionNouns[last] && !legislatures[last] && !structureNouns[last] && !acronym(subject[len(subject)-1])
	case "they":
		return isPlural(subject)
	}
	return false
}

// bodyNouns name a company or a public body by what it does: "the
// country's largest operator", "the state's utility regulator".
var bodyNouns = wordSet(`operator lender insurer retailer carrier airline producer broadcaster regulator provider supplier developer publisher manufacturer utility watchdog firm conglomerate
	supermarket grocer chain miner brewer exporter importer shipper builder`)

// corporateEnds end a company's name: "Microsoft Corp", "Shell plc".
var corporateEnds = wordSet(`corp corporation inc incorporated ltd plc co llc ag sa nv se group holdings network`)

// withObjectAntecedent names an "it" that opens a headline's object by
// the thing the sentence before opens with, when the headline's own
// subject cannot be it: "The fire broke out shortly before midnight.
// Firefighters brought it under control by Friday afternoon" is
// "Firefighters bring the fire under control". A sentence that names
// something before the headline's clause, or one before that did
// something to a thing, leaves "it" alone. In a second predicate, first
// is the predicate before it, whose object "it" is.
func withObjectAntecedent(h parsedHeadline, before, first string, previous func() []string) parsedHeadline {
	if len(h.object) == 0 || strings.ToLower(bare(h.object[0])) != "it" || len(h.subject) == 0 {
		return h
	}
	var thing []string
	switch toks := strings.Fields(first); {
	// "Rescuers suspended the search at nightfall and resumed it the
	// following morning": in a second predicate "it" is what the first,
	// before it, did something to.
	case len(toks) > 2 && toks[len(toks)-1] == "and":
		if thing = openingObject(toks[:len(toks)-1], h.subject); len(thing) < 2 || !agrees("it", thing) {
			return h
		}
	case strings.TrimSpace(before) != "" || !isPlural(h.subject):
		return h
	default:
		// Only a thing that did something to nothing: after "The
		// council approved the plan", "it" may be the plan.
		prev := strings.Fields(nearest(previous()))
		thing = openingSubject(prev)
		if len(thing) < 2 || !agrees("it", thing) || isCapitalised(thing[len(thing)-1]) || len(openingObject(prev, thing)) > 0 {
			return h
		}
	}
	k := strings.Index(h.title, " it ")
	if k < 0 && strings.HasSuffix(h.title, " it") {
		k = len(h.title) - len(" it")
	}
	if k < 0 {
		return h
	}
	named := strings.ToLower(thing[0]) + " " + strings.Join(thing[1:], " ")
	h.title = h.title[:k+1] + named + h.title[k+len(" it"):]
	h.object = append(strings.Fields(named), h.object[1:]...)
	return h
}

// withOneAntecedent names a subject "one" stands for, before a phrase of
// place, by the noun its sentence gave before with the same preposition:
// "a museum in Denver handed back four statues, and one in Boston
// returned two bronzes" is "A museum in Boston returns two bronzes".
func withOneAntecedent(h parsedHeadline, before string) parsedHeadline {
	if len(h.subject) < 3 || !strings.EqualFold(h.subject[0], "one") || !oneAntecedentPrepositions[h.subject[1]] || len(h.title) <= len(h.subject[0]) || !strings.EqualFold(h.title[:len(h.subject[0])+1], h.subject[0]+" ") {
		return h
	}
	toks := strings.Fields(before)
	for k := len(toks) - 3; k >= 0; k-- {
		if w := strings.ToLower(toks[k]); (w == "a" || w == "an") && isLowerWord(toks[k+1]) && toks[k+2] == h.subject[1] {
			noun := bare(toks[k+1])
			h.title = upperFirst(strings.ToLower(toks[k])) + " " + noun + h.title[len(h.subject[0]):]
			h.subject = append([]string{upperFirst(strings.ToLower(toks[k])), noun}, h.subject[1:]...)
			return h
		}
	}
	return h
}

// oneAntecedentPrepositions open the phrase of place after "one" that
// tells it from the noun it stands for.
var oneAntecedentPrepositions = wordSet(`in from at near`)

// withPersonObject names a "him" or "her" that ends a headline's object,
// in a clause the sentence set after its main clause, by the person that
// main clause opens with: "Pope Leo XIV celebrated his first Mass on
// Friday, a day after cardinals elected him" is "Cardinals elect Pope Leo
// XIV".
// Only a person's name, as for "he".
func withPersonObject(h parsedHeadline, before string, previous func() []string, ix names) parsedHeadline {
	if len(h.object) == 0 {
		return h
	}
	pronoun := strings.ToLower(bare(h.object[0]))
	if pronoun != "him" && pronoun != "her" || len(h.object) > 1 && !subjectPrepositions[strings.ToLower(h.object[1])] {
		return h
	}
	person := "he"
	if pronoun == "her" {
		person = "she"
	}
	var subject []string
	if strings.TrimSpace(before) == "" {
		// "Sarkozy ... arrived at La Sante prison. A Paris court
		// convicted him on Sept. 25": a clause that opens its sentence
		// with a subject no person names takes the person the
		// sentences before open with, by a name the story gives in
		// full.
		// Not when the subject names someone else, whom "him" may be:
		// "Duterte's daughter Sara visited him".
		if len(h.subject) == 0 || slices.ContainsFunc(h.subject, isCapitalised) || pronounSubjects[strings.ToLower(h.subject[0])] {
			return h
		}
		for _, s := range previous() {
			if o := openingSubject(strings.Fields(s)); len(o) > 0 && !pronounSubjects[strings.ToLower(o[0])] {
				if allCapitalised(o) && agrees(person, o) && ix.full[nameToken(o[len(o)-1])] != "" {
					subject = o
				}
				break
			}
		}
		if len(subject) == 0 {
			return h
		}
	} else {
		// A person: one the story names in full, or whose own
		// possessive the main clause holds ("celebrated his first
		// Mass").
		toks := strings.Fields(before)
		subject = nameAfterRole(withoutNameAppositive(openingSubject(toks)))
		owns := slices.ContainsFunc(toks, func(t string) bool { return possessivePronouns[strings.ToLower(t)] == person })
		if len(subject) == 0 || !allCapitalised(subject) || !ix.person(bare(subject[len(subject)-1])) && !owns {
			return h
		}
	}
	object := bare(h.object[0])
	k := strings.Index(h.title+" ", " "+object+" ")
	if k < 0 {
		return h
	}
	named := surnameAfterRole(subject)
	h.title = h.title[:k+1] + strings.Join(named, " ") + h.title[k+1+len(object):]
	h.object = append(slices.Clone(named), h.object[1:]...)
	return h
}

// singularName reports whether a capitalised word in -s opens one of
// sentences with a singular verb right after it: "Rhodes has been held".
func singularName(sentences []string, name string) bool {
	return isCapitalised(name) && slices.ContainsFunc(sentences, func(s string) bool {
		f := strings.Fields(s)
		return len(f) > 1 && f[0] == name && singularVerbs[strings.ToLower(f[1])]
	})
}

// peopleNamed is the surnames of the different people sentence names,
// by a surname the story gives in full; not a place a possessive names
// ("St. Peter's Square").
func peopleNamed(sentence string, ix names) []string {
	var out []string
	for _, t := range strings.Fields(sentence) {
		w := nameToken(t)
		if full := ix.full[w]; full != "" && !strings.ContainsAny(full, "'’") && !institutionNouns[strings.ToLower(strings.Fields(full)[0])] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// onePersonIn is the surname of the one person sentence names, by a name
// the story gives in full, or nil when it names none or more than one.
func onePersonIn(sentence string, ix names) []string {
	var found string
	for _, t := range strings.Fields(sentence) {
		w := nameToken(t)
		if w == "" || !isCapitalised(w) || ix.full[w] == "" || w == found {
			continue
		}
		if found != "" {
			return nil
		}
		found = w
	}
	if found == "" {
		return nil
	}
	return []string{found}
}

// occasionRanks rank an occasion among its kind: "the last time".
var occasionRanks = wordSet(`last first previous only next`)

// quoteSpeaker is the person named by the attribution that follows a
// sentence's opening quotation: "Ines Trabelsi" of "“Justice has been
// done,” his lawyer, Ines Trabelsi, told reporters." and of "“...,” said
// Ines Trabelsi, his lawyer."; nil when the speaker is no name.
func quoteSpeaker(sentence string) []string {
	if !opensWithQuote(sentence) {
		return nil
	}
	k := max(strings.LastIndex(sentence, `"`), strings.LastIndex(sentence, "”"))
	if k <= 0 {
		return nil
	}
	f := strings.Fields(strings.TrimLeft(sentence[k:], `"”,`))
	v := slices.IndexFunc(f, func(t string) bool {
		verb, ok := verbOf(strings.ToLower(bare(t)))
		return ok && sayingVerbs[verb.base]
	})
	var speaker []string
	switch {
	case v == 0: // "said Ines Trabelsi, his lawyer"
		for _, t := range f[1:] {
			if !isCapitalised(t) {
				break
			}
			speaker = append(speaker, bare(t))
			if strings.ContainsAny(t, ",;:.") {
				break
			}
		}
	case v > 0 && v <= 6: // "his lawyer, Ines Trabelsi, told", "lawyer Ines Trabelsi said"
		for _, t := range nameAfterRole(f[:v]) {
			speaker = append(speaker, bare(t))
		}
	}
	if !allCapitalised(speaker) {
		return nil
	}
	return speaker
}
