package timex

import "strings"

// Gates are cheap word tests a window must pass before a busy rule's
// pattern runs on it. A gate may pass windows the pattern or its resolver
// then rejects, never the reverse: it reads the words the way the pattern
// does (split at the pattern's spaces and hyphens, marks around them
// ignored), and FuzzPrefilter checks that tagging with gates finds what
// tagging without them does.

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

// countedUnitGate passes a window holding a unit the duration rule counts
// ("three days", "2 1/2 years", "a couple of more weeks"): a unit word
// after a count, perhaps with one of the rule's qualifying words between.
// Every count quantity reads holds a digit or ends in one of countEnds.
func countedUnitGate(folded string) bool {
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

// rateGate passes "a", "an" or "per" before a unit the rate rule reads
// ("$5 a day", "twice per week").
func rateGate(folded string) bool {
	return wordThen(folded, func(w string) bool { return w == "a" || w == "an" || w == "per" },
		func(w string) bool { return singularUnits[letters(w)] })
}

// unitBeforeAfterGate passes a unit before "before" or "after" ("two days
// after").
func unitBeforeAfterGate(folded string) bool {
	return wordThen(folded, func(w string) bool { return singularUnits[strings.TrimSuffix(lastLetters(w), "s")] },
		func(w string) bool { l := letters(w); return l == "before" || l == "after" })
}

// monthDayGate passes a month before a day in figures ("Nov. 11").
func monthDayGate(folded string) bool {
	return wordThen(folded, isMonthWord, startsWithDigit)
}

// monthYearGate passes a month before a year, "of" or an apostrophe
// ("March 2025", "March of 2025", "March '25").
func monthYearGate(folded string) bool {
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
