package ingest

import "strings"

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
// no relative.
func datedRelative(before, after string) (string, bool) {
	toks := strings.Fields(before)
	for len(toks) > 0 && dateLeadWords[strings.ToLower(toks[len(toks)-1])] {
		// "A service planned for Saturday was canceled": the date is the
		// plan's, not when it was made.
		if strings.EqualFold(toks[len(toks)-1], "for") {
			return "", false
		}
		toks = toks[:len(toks)-1]
	}
	p := -1
	for i, t := range toks {
		if _, ok := verbOf(bare(t)); ok {
			p = i
			break
		}
	}
	if p < 1 || !participleWord(toks[p]) || plannedFor[strings.ToLower(bare(toks[p]))] || strings.Contains(before, ",") {
		return "", false
	}
	prev := strings.ToLower(bare(toks[p-1]))
	if auxiliaries[prev] || determiners[prev] || hasVerb(strings.Join(toks[p+1:], " ")) {
		return "", false
	}
	subject := actor(toks[:p])
	if !nounPhrase(subject) || len(subject) != p {
		return "", false
	}
	rest := strings.Fields(after)
	k := 0
	for k < len(rest) && k <= 6 {
		if _, ok := verbOf(bare(rest[k])); ok {
			break
		}
		if strings.ContainsAny(rest[k], ",;:") || k == 0 && !subjectPrepositions[strings.ToLower(rest[k])] {
			return "", false
		}
		k++
	}
	if k >= len(rest) || !finiteAuxiliaries[strings.ToLower(bare(rest[k]))] {
		return "", false
	}
	aux := "was"
	if isPlural(subject) {
		aux = "were"
	}
	out := append(append(append(append([]string(nil), subject...), aux), toks[p:]...), rest[:k]...)
	return strings.Join(out, " "), true
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
	return ok && v.form == formPast && !attributionVerbs[v.base]
}

// dateLeadWords are the words that may lead into a date at the end of
// the text before it.
var dateLeadWords = wordSet(`on in at during since from by over for until till after before just only shortly about around nearly almost early late earlier later`)

// plannedFor are participles whose date is what was planned, not when:
// "a rally scheduled on Saturday".
var plannedFor = wordSet(`planned scheduled slated set expected due called proposed`)
