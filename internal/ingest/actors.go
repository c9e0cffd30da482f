package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/throughline-news/throughline/internal/timeline"
)

// placeLeads open a phrase of place inside a subject.
var placeLeads = wordSet(`in at near off outside inside across along around`)

// maxActors bounds the actors named for one event: a subject listing more
// ("leaders of A, B, C and D") is about a group, not each of them.
const maxActors = 3

var dottedInitials = regexp.MustCompile(`^(?:\p{Lu}\.){2,}$`)

// names knows a story's vocabulary, to tell names from capitalised common
// words and to give a surname its full name.
type names struct {
	// inner holds the words the story capitalises inside a sentence, where
	// only names are: a sentence's first word ("Deadly strikes ...") is no
	// name unless it is also capitalised elsewhere.
	inner map[string]bool
	// full maps a surname to the one full name the story gives it
	// ("Okafor" → "Dana Okafor"); a surname with two full names is absent
	// from it and in shared.
	full   map[string]string
	shared map[string]bool
	// plural holds the names the story gives a plural verb, as British
	// copy does a team's or a firm's: "Real Madrid have signed".
	plural map[string]bool
	// single holds the names the story says "it" of, which may end in
	// -s: "Starbucks said on Thursday it would close".
	single map[string]bool
}

// indexNames reads the vocabulary of a story's sources.
func indexNames(sources []timeline.Source) names {
	ix := names{inner: map[string]bool{}, full: map[string]string{}, shared: map[string]bool{}, plural: map[string]bool{}, single: map[string]bool{}}
	fulls := map[string]map[string]bool{}
	var opening [][2]string       // first and last of a name that opens a sentence
	var pluralOpening []string    // a one-word name with a plural verb opening a sentence
	opensActs := map[string]int{} // how often a word opens a sentence right before its verb
	lower := map[string]bool{}    // the words the story writes in lower case
	for _, src := range sources {
		for _, p := range src.Paragraphs {
			if p.Role != timeline.RoleBody {
				continue // headlines capitalise every word
			}
			toks := strings.Fields(p.Text)
			for i, t := range toks {
				if w := nameToken(t); isLowerWord(w) {
					lower[w] = true
				}
				if w := nameToken(t); w == t && isCapitalised(w) && (i == 0 || sentenceBreak(toks[i-1])) && i+1 < len(toks) && (pastForm(toks[i+1]) || finiteAuxiliaries[toks[i+1]]) {
					opensActs[w]++
				}
			}
			for i := 1; i < len(toks); i++ {
				if w := nameToken(toks[i]); isCapitalised(w) && !sentenceBreak(toks[i-1]) {
					ix.inner[w] = true
				}
			}
			for i := 1; i+1 < len(toks); i++ {
				// Not a lone name after a conjunction a sentence opens
				// with: "If Kopp were" is the subjunctive.
				if prev := strings.ToLower(toks[i-1]); clauseOpeners[prev] || prev == "if" {
					continue
				}
				// Nor one of two names "and" joins: "Smith and Jill Jones
				// have".
				if w := nameToken(toks[i]); w == toks[i] && isCapitalised(w) && isCapitalised(toks[i-1]) && pluralPresent[toks[i+1]] && !slices.Contains(toks[max(0, i-4):i], "and") {
					ix.plural[w] = true
				}
			}
			for i := 0; i+2 < len(toks); i++ {
				if w := toks[i]; isCapitalised(w) && saysIt(toks[i+1:]) {
					ix.single[w] = true
				}
			}
			for i := 0; i+1 < len(toks); i++ {
				if w := nameToken(toks[i]); w == toks[i] && isCapitalised(w) && (i == 0 || sentenceBreak(toks[i-1])) && pluralPresent[toks[i+1]] {
					pluralOpening = append(pluralOpening, w)
				}
				// "Newcastle, who won the Carabao Cup in March, have now
				// lost": so is one past a relative set off by commas.
				if w := nameToken(toks[i]); w+"," == toks[i] && isCapitalised(w) && (i == 0 || sentenceBreak(toks[i-1])) && i+1 < len(toks) && (toks[i+1] == "who" || toks[i+1] == "which") {
					if k := i + 1 + slices.IndexFunc(toks[i+1:min(len(toks), i+16)], func(t string) bool { return strings.HasSuffix(t, ",") }); k > i+1 && k+1 < len(toks) && pluralPresent[toks[k+1]] {
						pluralOpening = append(pluralOpening, w)
					}
				}
			}
			// A full name is two capitalised words, the first not an
			// office: "... said Dana Okafor".
			for i := 0; i+1 < len(toks); i++ {
				first, last := nameToken(toks[i]), nameToken(toks[i+1])
				// "on Tuesday Reyes said", "on Monday. Officials said": a
				// date or a sentence's end comes before the name.
				if !isCapitalised(first) || !isCapitalised(last) || strings.HasSuffix(toks[i], ",") || endsSentence(toks[i]) ||
					roleWords[strings.ToLower(first)] || determiners[strings.ToLower(first)] || dateWords[strings.ToLower(first)] {
					continue
				}
				// A comma ends the name: "Raila Odinga, Kenya's veteran
				// opposition leader,"; so does a sentence's end: "said
				// Dana Okafor. Okafor had".
				if i+2 < len(toks) && !strings.HasSuffix(toks[i+1], ",") && !endsSentence(toks[i+1]) && isCapitalised(nameToken(toks[i+2])) {
					continue // a longer name or a title: not "first last"
				}
				if i == 0 || sentenceBreak(toks[i-1]) {
					if nameEnds(toks[i+1:]) {
						opening = append(opening, [2]string{first, last})
					}
					continue
				}
				addFull(fulls, first, last)
			}
		}
	}
	// A sentence capitalises its first word, name or not: "Rebecca Hale,
	// 45, was convicted" names her (see nameEnds), unless the story
	// capitalises "Rebecca" inside a sentence too, as it would a place's
	// or a firm's first word, or "Hale" is an office.
	for _, o := range opening {
		if !ix.inner[o[0]] && !roleWords[strings.ToLower(o[1])] {
			addFull(fulls, o[0], o[1])
		}
	}
	// "Orbis delayed the launch ... Orbis unveiled them": a word that
	// opens sentences right before their verbs, more than once, and that
	// the story never writes in lower case, is a name too.
	for w, n := range opensActs {
		if n > 1 && !lower[strings.ToLower(w)] {
			ix.inner[w] = true
		}
	}
	// "City have lost six of their last seven games": so does a plural
	// verb after a sentence's first word, when the story capitalises it
	// inside a sentence too ("beat Manchester City").
	for _, w := range pluralOpening {
		if ix.inner[w] {
			ix.plural[w] = true
		}
	}
	for last, forms := range fulls {
		if len(forms) > 1 {
			ix.shared[last] = true
			continue
		}
		for f := range forms {
			ix.full[last] = f
		}
	}
	return ix
}

// pluralPresent are the plural forms of "have" and "be" that a team's
// name takes in British copy.
var pluralPresent = wordSet(`have are were`)

// nameEnds reports whether a name that opens a sentence may end at
// toks[0]: a comma or a verb of saying follows it ("Rebecca Hale, 45,",
// "Tom Reyes said"), not a noun it qualifies ("Senior US officials"), nor
// another verb, which a team's or a firm's name takes as well ("Halden
// Rovers appointed").
func nameEnds(toks []string) bool {
	if strings.HasSuffix(toks[0], ",") {
		return true
	}
	if len(toks) < 2 {
		return false
	}
	v, ok := verbOf(strings.ToLower(bare(toks[1])))
	return ok && sayingVerbs[v.base]
}

// addFull records "first last" as a full name of the surname last.
func addFull(fulls map[string]map[string]bool, first, last string) {
	if fulls[last] == nil {
		fulls[last] = map[string]bool{}
	}
	fulls[last][first+" "+last] = true
}

// sentenceBreak reports whether the word after prev may open a sentence,
// where a capital marks no name: prev ends one, and is no title written
// before a name ("Gov. Tom Reyes"), or is a dash.
func sentenceBreak(prev string) bool {
	// "NEW DELHI, July 12 (Reuters) - Fuel to both engines": a dateline's
	// dash opens the sentence.
	if prev == "-" || prev == "–" || prev == "—" {
		return true
	}
	return endsSentence(prev) && !titles[strings.ToLower(strings.TrimSuffix(prev, "."))]
}

// contentKeys are the names as the content words of mentions have them
// (see mention.contentWords).
func (ix names) contentKeys() map[string]bool {
	keys := make(map[string]bool, len(ix.inner))
	for w := range ix.inner {
		keys[meaningKey(strings.ToLower(w))] = true
	}
	return keys
}

// saysIt reports whether toks open with a verb of saying whose report,
// past its date and "that", opens with "it": "said on Thursday it".
func saysIt(toks []string) bool {
	if v, ok := verbOf(toks[0]); !ok || !sayingVerbs[v.base] {
		return false
	}
	for _, t := range toks[1:min(len(toks), 6)] {
		switch w := strings.ToLower(bare(t)); {
		case w == "it" || w == "its":
			return true
		case w != "on" && w != "that" && !dateWords[w]:
			return false
		}
	}
	return false
}

// person reports whether w is the surname of a person the story names in
// full ("Reyes" of "Tom Reyes"), or of two it names ("Jones" of "Quincy
// Jones" and "Rashida Jones"), not a group's plural ("Democrats" of
// "House Democrats", where "Democrat" is a word of the story too).
func (ix names) person(w string) bool {
	full := ix.full[w]
	if full == "" && !ix.shared[w] || full != "" && institutionNouns[strings.ToLower(strings.Fields(full)[0])] {
		return false
	}
	return !companyEnds[strings.ToLower(w)] && !(strings.HasSuffix(w, "s") && ix.inner[strings.TrimSuffix(w, "s")])
}

// companyEnds end a firm's name, not a person's: "Farside Investors",
// "Apollo Partners"; "Investors have pulled $3 billion" is plural.
var companyEnds = wordSet(`investors partners holdings associates securities industries systems technologies airlines
	motors foods brands resources ventures advisors advisers analytics insights communications networks services
	solutions pharmaceuticals markets funds builders logistics studios records`)

// actors names who acts or speaks in a headline subject: its runs of
// capitalised words that begin with a name, not an office, a determiner
// or a word capitalised only by its place. Once begun a run takes any
// capitalised word ("Harbour Safety Board"). "Foreign Minister Dana Okafor" gives
// "Dana Okafor"; "Okafor's spokesman" gives Okafor, whom the spokesman
// speaks for.
func (ix names) actors(subject []string) []string {
	var out, run []string
	flush := func() {
		if len(run) > 0 {
			name := strings.Join(run, " ")
			if dottedInitials.MatchString(name) {
				name = strings.ReplaceAll(name, ".", "") // "U.N." and "UN" are one
			}
			if len(run) == 1 && ix.full[name] != "" {
				name = ix.full[name]
			}
			if !containsFold(out, name) {
				out = append(out, name)
			}
		}
		run = nil
	}
	office := false // after an office and "of": "Secretary of State"
	place := false  // after "in", "at": "a new field in the North Sea" names a place, no actor
	for _, t := range subject {
		w := nameToken(t)
		lw := strings.ToLower(w)
		if placeLeads[lw] {
			flush()
			place = true
			continue
		}
		if place && (determiners[lw] || isCapitalised(w)) {
			continue
		}
		place = false
		switch {
		case roleWords[lw]:
			// An office is no name, nor are the words that led to it
			// ("Foreign Minister"); "of" after it names its domain.
			run, office = nil, true
			continue
		case office && lw == "of":
			continue
		case office && isCapitalised(w):
			office = false
			continue
		}
		office = false
		if w == "" || !isCapitalised(w) || len(run) == 0 && (determiners[lw] || !ix.inner[w]) {
			flush()
			continue
		}
		run = append(run, w)
		// A possessive or a comma ends a name: "Okafor's aide", "Okafor, the minister".
		if strings.HasSuffix(strings.TrimRight(t, ","), "'s") || strings.HasSuffix(strings.TrimRight(t, ","), "’s") || strings.HasSuffix(t, ",") {
			flush()
		}
	}
	flush()
	if len(out) > maxActors {
		return nil
	}
	return out
}

// nameToken is a token without surrounding punctuation or a possessive
// ending; an abbreviation keeps its final full stop ("U.S.").
func nameToken(t string) string {
	w := bare(t)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	w = strings.TrimRightFunc(w, func(r rune) bool { return r == '\'' || r == '’' })
	if strings.Contains(w, ".") && strings.HasPrefix(t[strings.Index(t, w)+len(w):], ".") {
		w += "."
	}
	if w != "" && !unicode.IsLetter([]rune(w)[0]) {
		return ""
	}
	return w
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
