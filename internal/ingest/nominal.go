package ingest

import (
	"regexp"
	"strings"
)

// nominalAct tells as a clause an act named by a noun that a present or
// past "comes after" or "follows" sets before something else, or that a
// span runs from, the date ending the noun's "of" phrase: "The decision
// follows the resignation of the chief executive last week" tells "the
// chief executive resigned", "The move comes days after the arrest of two
// men on Monday" tells "two men were arrested", "has governed since the
// end of apartheid in 1994" tells "apartheid ended". The date is the
// act's, not that of what came after it. A second "and of" phrase takes
// its own date: "the shutdown of the steelworks in 2015 and of a
// fertiliser plant two years ago". So is an act "including" picks out:
// "a string of army advances, including the recapture of the city in
// January". An appositive may follow the "of" phrase's name ("the arrest
// of John Smith, a local councillor, on Monday"). before is the sentence
// up to the date.
func nominalAct(before string) (string, bool) {
	// Titles are made for every mention: most sentences name no sequence
	// and no charge.
	sequence := strings.Contains(before, " after ") || strings.Contains(before, " follow") || strings.Contains(before, " since ") || strings.Contains(before, " including ") ||
		strings.Contains(before, " memor") || strings.Contains(before, " reminder") || strings.Contains(before, " echoes of ") || strings.Contains(before, " anniversary of ")
	if !sequence && !chargeWords.MatchString(before) {
		return "", false
	}
	// What "including" picks out stands nearer the date than a noun of
	// sequence: "follows a string of advances, including the recapture of".
	m := includedNoun.FindStringSubmatch(before)
	if m == nil {
		m = cameAfterNoun.FindStringSubmatch(before)
	}
	if m == nil && chargeWords.MatchString(before) {
		m = chargedNoun.FindStringSubmatch(before)
	}
	if m == nil {
		return possessedSince(before)
	}
	noun, owner := strings.ToLower(m[1]), m[2]
	if k := strings.LastIndex(owner, " and of "); k >= 0 {
		owner = owner[k+len(" and of "):]
	}
	np, _ := withoutDateLeads(strings.Fields(owner))
	name := strings.Join(np, " ")
	if a := trailingAppositive.FindStringIndex(name); a != nil && !hasVerb(name[a[0]:]) {
		name = name[:a[0]]
	}
	if np = strings.Fields(name); len(np) == 0 || len(np) > 8 || strings.ContainsAny(name, ",;:") || hasVerb(name) {
		return "", false
	}
	return nounAct(noun, np)
}

// nounAct tells as a past clause the act noun names, of np, what its
// "of" phrase names: "resignation" of "the chief executive" is "the chief
// executive resigned", "arrest" of "two men" "two men were arrested".
func nounAct(noun string, np []string) (string, bool) {
	if past, ok := nounActs[noun]; ok {
		return strings.Join(np, " ") + " " + past, true
	}
	if participle, ok := nounPassives[noun]; ok {
		be := "was"
		if isPlural(np) {
			be = "were"
		}
		return strings.Join(np, " ") + " " + be + " " + participle, true
	}
	return "", false
}

// possessedSince tells the act a person's possessive noun names after
// "since", done by or to the sentence's subject: "Combs has been held in
// a Brooklyn jail since his arrest in September 2024" is "Combs was
// arrested". "its" may stand for a thing the clause names after its
// subject: "Microsoft has encouraged users to switch to Teams since its
// launch".
func possessedSince(before string) (string, bool) {
	m := sinceOwnNoun.FindStringSubmatchIndex(before)
	if m == nil {
		return "", false
	}
	noun := strings.ToLower(before[m[2]:m[3]])
	subject := nearestSubject(strings.Fields(before[:m[0]]))
	if len(subject) == 0 || pronounSubjects[strings.ToLower(subject[0])] {
		return "", false
	}
	if past, ok := nounActs[noun]; ok {
		return strings.Join(subject, " ") + " " + past, true
	}
	if participle, ok := nounPassives[noun]; ok {
		be := "was" // "Combs" is one person
		if isPlural(subject) && !allCapitalised(subject) {
			be = "were"
		}
		return strings.Join(subject, " ") + " " + be + " " + participle, true
	}
	return "", false
}

// sinceOwnNoun is "since", a possessive and its noun, and the date's
// preposition, if it takes one, at the end of a sentence up to the date,
// the noun in group 1: "since his arrest in", "since his arrest [two
// weeks ago]".
var sinceOwnNoun = regexp.MustCompile(`\bsince\s+(?:his|her)\s+(\p{Ll}+)(?:\s+(?:in|on|at))?\s*$`)

// cameAfterNoun is a clause up to a date on a noun a verb of sequence
// sets something after, or "since" opens, or a memory of ("revived
// memories of the collapse of the Morandi bridge in"), the noun in group
// 1 and what follows its "of" in group 2.
var cameAfterNoun = regexp.MustCompile(`(?:\b(?:memories|memory|reminders?|echoes|anniversary)\s+of|\b(?:came|comes|come)\s+(?:(?:just|only|about|some|nearly|shortly|more\s+than|a|an|one|two|three|four|five|six|few|several|days|weeks|months|years|hours|day|week|month|year|hour)\s+){0,4}after|\b(?:followed|follows|follow|since))\s+(?:the|a|an)\s+(\p{Ll}+)\s+of\s+(.+)$`)

// chargedNoun is a clause up to a date on a crime's noun a charge, plea
// or verdict names, as cameAfterNoun: "was charged on Monday with the
// murder of", "pleaded guilty to the killing of". The date is the
// crime's. So is an arrest's "in connection with the theft of".
var chargedNoun = regexp.MustCompile(`\b(?:charged\s+(?:\S+\s+){0,3}?with|guilty\s+(?:\S+\s+){0,3}?(?:to|of)|convicted\s+(?:\S+\s+){0,3}?of|accused\s+of|acquitted\s+(?:\S+\s+){0,3}?of|cleared\s+(?:\S+\s+){0,3}?of|in\s+connection\s+with|on\s+suspicion\s+of)\s+(?:the|a|an)\s+(\p{Ll}+)\s+of\s+(.+)$`)

// chargeWords are the words chargedNoun needs, cheaper to look for.
var chargeWords = regexp.MustCompile(`\b(?:charged|guilty|convicted|accused|acquitted|cleared|connection|suspicion)\b`)

// includedNoun is a sentence up to a date on a noun "including" opens,
// or the last one "and" adds to it, as cameAfterNoun: ", including the
// recapture of".
var includedNoun = regexp.MustCompile(`,\s+including\s+(?:.*\band\s+)?(?:the|a|an)\s+(\p{Ll}+)\s+of\s+(.+)$`)

// nounAdded is "and" adding a noun's act to one "including" opens:
// " and the recapture of".
var nounAdded = regexp.MustCompile(` and (?:the|a|an) \p{Ll}+ of `)

// trailingAppositive is an appositive set off by commas at the end of a
// name, before a date: "John Smith, a local councillor,".
var trailingAppositive = regexp.MustCompile(`, [^,;:]+,$`)

// nounActs are nouns of an act their "of" phrase does, with the act's
// past: "the collapse of the bank" is "the bank collapsed".
var nounActs = map[string]string{
	"collapse": "collapsed", "resignation": "resigned", "death": "died", "closure": "closed", "shutdown": "shut down",
	"failure": "failed", "outbreak": "broke out", "eruption": "erupted", "retirement": "retired", "arrival": "arrived",
	"crash": "crashed", "sinking": "sank", "opening": "opened", "start": "started", "end": "ended", "fall": "fell",
	"departure": "left", "return": "returned", "escape": "escaped", "disappearance": "disappeared", "explosion": "exploded",
}

// nounPassives are nouns of an act done to what their "of" phrase names,
// with the act's participle: "the arrest of two men" is "two men were
// arrested".
var nounPassives = map[string]string{
	"arrest": "arrested", "killing": "killed", "murder": "murdered", "sacking": "sacked", "dismissal": "dismissed",
	"theft": "stolen", "robbery": "robbed", "burglary": "burgled", "looting": "looted", "assault": "assaulted", "poisoning": "poisoned",
	"firing": "fired", "election": "elected", "release": "released", "sale": "sold", "publication": "published",
	"approval": "approved", "capture": "captured", "appointment": "appointed", "conviction": "convicted",
	"acquittal": "acquitted", "kidnapping": "kidnapped", "abduction": "abducted", "assassination": "assassinated",
	"demolition": "demolished", "destruction": "destroyed", "discovery": "discovered", "introduction": "introduced",
	"removal": "removed", "suspension": "suspended", "cancellation": "cancelled", "takeover": "taken over",
	"acquisition": "acquired", "rescue": "rescued", "evacuation": "evacuated", "launch": "launched", "signing": "signed",
	"ratification": "ratified", "adoption": "adopted", "imposition": "imposed", "lifting": "lifted", "repeal": "repealed",
	"bombing": "bombed", "invasion": "invaded", "annexation": "annexed", "liberation": "liberated", "shooting": "shot",
	"stabbing": "stabbed", "expulsion": "expelled", "deportation": "deported", "extradition": "extradited",
	"indictment": "indicted", "sentencing": "sentenced", "jailing": "jailed", "overthrow": "overthrown", "ouster": "ousted",
	"recapture": "recaptured", "retaking": "retaken", "seizure": "seized",
}
