package timex

import "strings"

// Gates are cheap word tests a trigger word and the words beside it must
// pass before a busy rule's pattern runs around it. A gate may pass words
// the pattern or its resolver then rejects, never the reverse: it reads
// the words the way the pattern does (split at the pattern's spaces and
// hyphens, marks around them ignored), and FuzzPrefilter checks that
// tagging with gates finds what tagging without them does.

// gate is a word test and the words it reads: those of the trigger word,
// and reach's before and after it.
type gate struct {
	reach reach
	pass  func(folded string) bool
}

// The gates of the rules, each reading as few words as a match holds
// beside its trigger word.
var (
	// "three days", "a couple of more weeks", "two and a half years":
	// a count at most two words before its unit.
	countedUnitGate = &gate{reach{2, 0}, countedUnitWords}
	// "$5 a day": the word before the unit.
	rateGate = &gate{reach{1, 0}, rateUnitWords}
	// "two days after": the unit before "before" or "after".
	unitBeforeAfterGate = &gate{reach{1, 0}, unitBeforeAfterWords}
	// "Nov. 11", "March 2025", "March of 2025": the word after the month.
	monthDayGate  = &gate{reach{0, 1}, monthDayWords}
	monthYearGate = &gate{reach{0, 1}, monthYearWords}
)

// patternSpace reports whether r splits words as the patterns' \s and
// [\s-] do: ASCII white space or a hyphen.
func patternSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\f', '\r', '-':
		return true
	}
	return false
}

// letters is the run of lower-case letters w opens with once the marks
// before it are dropped: "(nov." is "nov", "years," is "years", "year's"
// is "year". It reads a word after the pattern's space.
func letters(w string) string {
	w = strings.TrimLeftFunc(w, func(r rune) bool { return r < 'a' || r > 'z' })
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return w[:i]
		}
	}
	return w
}

// lastLetters is letters of the last word in w, where a pattern's \b may
// begin one: "a!sep" is "sep", "nov.," is "nov". It reads a word before
// the pattern's space.
func lastLetters(w string) string {
	notWord := func(r rune) bool { return !isWordByte(r) }
	w = strings.TrimRightFunc(w, notWord)
	return letters(w[strings.LastIndexFunc(w, notWord)+1:])
}

// wordThen reports whether the folded window holds a word first accepts
// right before a word then accepts.
func wordThen(folded string, first, then func(string) bool) bool {
	prev := ""
	for w := range strings.FieldsFuncSeq(folded, patternSpace) {
		if prev != "" && then(w) && first(prev) {
			return true
		}
		prev = w
	}
	return false
}

// countedUnitWords passes words holding a unit the duration rule counts
// ("three days", "2 1/2 years", "a couple of more weeks"): a unit word
// after a count, perhaps with one of the rule's qualifying words between.
// Every count quantity reads holds a digit or ends in one of countEnds.
func countedUnitWords(folded string) bool {
	var before, prev string // the two words before w
	for w := range strings.FieldsFuncSeq(folded, patternSpace) {
		if prev != "" && durationUnits[letters(w)] {
			count := prev
			if countQualifiers[lastLetters(prev)] && before != "" {
				count = before
			}
			if strings.ContainsAny(count, "0123456789") || countEnds[lastLetters(count)] {
				return true
			}
		}
		before, prev = prev, w
	}
	return false
}

// rateUnitWords passes "a", "an" or "per" before a unit the rate rule reads
// ("$5 a day", "twice per week").
func rateUnitWords(folded string) bool {
	return wordThen(folded, func(w string) bool { return w == "a" || w == "an" || w == "per" },
		func(w string) bool { return singularUnits[letters(w)] })
}

// unitBeforeAfterWords passes a unit before "before" or "after" ("two days
// after").
func unitBeforeAfterWords(folded string) bool {
	return wordThen(folded, func(w string) bool { return singularUnits[strings.TrimSuffix(lastLetters(w), "s")] },
		func(w string) bool { l := letters(w); return l == "before" || l == "after" })
}

// monthDayWords passes a month before a day in figures ("Nov. 11").
func monthDayWords(folded string) bool {
	return wordThen(folded, isMonthWord, startsWithDigit)
}

// monthYearWords passes a month before a year, "of" or an apostrophe
// ("March 2025", "March of 2025", "March '25").
func monthYearWords(folded string) bool {
	return wordThen(folded, isMonthWord, func(w string) bool {
		return startsWithDigit(w) || w == "of" || strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’")
	})
}

func isMonthWord(w string) bool {
	_, ok := monthByName(lastLetters(w))
	return ok
}

func startsWithDigit(w string) bool { return w != "" && isDigit(w[0]) }

var (
	durationUnits = wordSet(`day days week weeks fortnight fortnights month months quarter quarters year years decade decades hour hours minute minutes`)
	// countQualifiers are the words the duration rule takes between a
	// count and its unit, "and a half" and "1/2" among them.
	countQualifiers = wordSet(`more additional straight consecutive full trading business working calendar half`)
	countEnds       = wordSet(`a an another one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
		sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety several few many couple of dozen hundred half`)
	// singularUnits are the units the rate and before-after rules read,
	// as a rate names them ("a day") and before a plural's "s".
	singularUnits = wordSet(`hour day week month quarter year`)
)
