package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nonFinalAbbreviations are abbreviations that news writes before a name
// or a number and so never end a sentence: "Gov. Smith", "Nov. 14".
// sentenceOpeners are words that open sentences, not names.
var sentenceOpeners = wordSet(`The A An He She It They We I This That These Those His Her Its Their Our There But And
	In On At After When While As Since If However Meanwhile Some Many Most By Before During Following Despite Later Earlier
	Then Today Yesterday`)

var nonFinalAbbreviations = wordSet(`mr mrs ms dr gov sen rep gen lt col sgt capt adm maj prof rev hon st
	jan feb mar apr jun jul aug sep sept oct nov dec no nos vs`)

// endsSentence reports whether the full stop at text[i] ends a sentence.
// It does not when a lowercase word follows ("at 8 a.m. sharp"), after an
// abbreviation that always leads on ("Gov.", "Nov."), or after a dotted
// abbreviation such as "a.m." or "U.S." that a date follows ("10 a.m.
// Friday").
func endsSentence(text string, i int) bool {
	next := strings.TrimLeft(text[i+1:], " \t")
	if next == "" || strings.HasPrefix(next, "\n") {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) {
		return false
	}
	start := strings.LastIndexAny(text[:i], " \t\n(\"“") + 1
	word := text[start:i]
	dotted := strings.IndexByte(word, '.') >= 0
	// Most full stops follow a long word: no abbreviation to look up.
	if len(word) > 5 && !dotted {
		return true
	}
	if nonFinalAbbreviations[strings.ToLower(word)] {
		return false
	}
	// "attended by U.S. President-elect Donald Trump": a country's
	// dotted initials end a sentence only before a word that opens one
	// ("imposed by the U.S. The move").
	if l := strings.ToLower(word); dotted && l != "a.m" && l != "p.m" && strings.ToUpper(word) == word {
		w, _, _ := strings.Cut(next, " ")
		return sentenceOpeners[strings.Trim(w, `,;:"'“‘`)]
	}
	if dotted || len(word) == 1 {
		w, _, _ := strings.Cut(next, " ")
		w = strings.TrimRight(w, ".,;:")
		if _, ok := weekdaysByName[strings.ToLower(w)]; ok {
			return false
		}
		if _, ok := monthByName(w); ok {
			return false
		}
	}
	return true
}
