package timex

import "strings"

// Most of a news text holds no temporal expression, and running every
// rule's pattern over all of it is slow. Instead one pass finds the words
// an expression cannot do without (a month name, a time unit, a year...),
// and the rules run only on windows around them, and only the rules whose
// words occur in the window.

// trigger is a class of words that some rules need.
type trigger uint32

const (
	trigMonth trigger = 1 << iota
	trigWeekday
	trigUnit     // day, weeks, quarter, decade, weekend, century ...
	trigDeictic  // today, yesterday, tonight, morning ...
	trigRelative // last, next, this, coming, past, following, that ...
	trigRef      // now, recently, current, future ...
	trigSet      // every, each, daily ...
	trigSeason
	trigHoliday
	trigYear   // a number from 1500 to 2199
	trigNumber // any number
	trigClock  // a.m., p.m.
	trigSpoken // nineteen, thousand
	trigQuarterCode
	trigFiscal
	trigPart // early, mid, late, start, end ...
	trigAgo
	trigQuarter // quarter, period
	trigHalf
	trigCentury
	trigWeekend
	trigDecade    // twenties ... nineties, '90s
	trigDay       // day
	trigBefore    // before, after
	trigOrdinal   // 1st, 16th, 22nd
	trigWeek      // week
	trigShortYear // '69: two digits after an apostrophe
	trigLater     // later, earlier
	trigFeast     // Easter, Good (Friday), Black (Friday): capitalized
	trigPresent   // present: apart from trigRef, whose rules need not run on this common verb
)

// capitalFeastWords begin feasts' names only when capitalized ("Good
// Friday", "Black Friday"); lowercase, they are common words.
const capitalFeastWords = `good palm ash maundy holy shrove fat black cyber`

var triggerWords = func() map[string]trigger {
	m := map[string]trigger{}
	add := func(t trigger, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= t
		}
	}
	add(trigMonth, `january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec`)
	add(trigWeekday, `monday tuesday wednesday thursday friday saturday sunday`)
	add(trigUnit, `day days week weeks fortnight fortnights month months quarter quarters year years decade decades hour hours
		minute minutes midweek midyear midmonth`)
	add(trigAgo, `ago`)
	add(trigQuarter, `quarter quarters period`)
	add(trigHalf, `half`)
	add(trigCentury, `century centuries midcentury`)
	add(trigWeekend, `weekend`)
	add(trigDay, `day`)
	add(trigWeek, `week`)
	add(trigLater, `later earlier`)
	add(trigBefore, `before after`)
	add(trigDecade, `twenties thirties forties fifties sixties seventies eighties nineties`)
	add(trigDeictic, `today tonight yesterday tomorrow morning afternoon evening night overnight`)
	add(trigRelative, `last next this coming previous current past following prior same that earlier later`)
	add(trigRef, `now recently currently current nowadays recent formerly past future coming days term soon`)
	add(trigPresent, `present`)
	add(trigSet, `every each hourly daily weekly fortnightly monthly quarterly annually yearly
		mondays tuesdays wednesdays thursdays fridays saturdays sundays mornings afternoons evenings nights`)
	add(trigSeason, `spring summer fall autumn winter`)
	add(trigHoliday, `christmas thanksgiving halloween valentine valentine's independence fourth new year's election labor memorial juneteenth`)
	add(trigFeast, `easter`)
	add(trigFeast, capitalFeastWords)
	add(trigSpoken, `nineteen thousand`)
	add(trigFiscal, `fiscal fy`)
	add(trigPart, `early mid late start beginning middle end`)
	// A 24-hour clock needs its zone ("0600 GMT", "1430 Moscow time"),
	// so each zone zoneRe knows is a trigger, "time" among them.
	add(trigClock, `am pm a.m p.m noon midday midnight local time gmt utc et est edt ct cst cdt mt mst mdt pt pst pdt bst cet cest
		eet eest weet weest wet west msk acdt acst aedt aest awdt awst nzdt nzst ist jst kst hkt sgt wib eat cat wat sast akt akst hst`)
	add(trigQuarterCode, `q1 q2 q3 q4 h1 h2`)
	return m
}()

// A window reaches leftMargin bytes before a trigger word and rightMargin
// after it: more than the longest expression around its trigger. Most
// expressions end at or soon after their trigger ("more than two years
// ago", "10 p.m. EST Wednesday"), and a shorter reach to the right saves
// the patterns that work.
const (
	leftMargin  = 40
	rightMargin = 28
)

// window is a stretch of the text around words of one trigger class.
type window struct{ start, end int }

// windowsByTrigger returns, for each trigger class found in the text, the
// merged windows around its words. Window edges fall on spaces, so a
// pattern's word boundaries hold.
func windowsByTrigger(text string) map[trigger][]window {
	out := map[trigger][]window{}
	for i := 0; i < len(text); {
		// Words are ASCII; any other byte only separates them.
		if !isWordByte(rune(text[i])) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isWordByte(rune(text[j])) || strings.IndexByte(".'-/:", text[j]) >= 0) {
			j++
		}
		ts := classify(text[i:j])
		if shortYear(text, i, j) {
			ts |= trigShortYear
		}
		if ts != 0 {
			start, end := snapBack(text, i-leftMargin), snapForward(text, j+rightMargin)
			for t := trigger(1); t != 0 && t <= ts; t <<= 1 {
				if ts&t == 0 {
					continue
				}
				ws := out[t]
				if n := len(ws); n > 0 && start <= ws[n-1].end {
					ws[n-1].end = max(ws[n-1].end, end)
				} else {
					ws = append(ws, window{start: start, end: end})
				}
				out[t] = ws
			}
		}
		i = j
	}
	return out
}

// clockDigits reports whether w holds a clock in digits, "23:59" or
// "9:05-10:00": a digit, a colon and two digits.
func clockDigits(w string) bool {
	for k := 1; k+2 < len(w); k++ {
		if w[k] == ':' && isDigit(w[k-1]) && isDigit(w[k+1]) && isDigit(w[k+2]) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// shortYear reports whether text[i:j] opens with two digits after an
// apostrophe, as a year is abbreviated: "'69", "’08". The word may carry a
// full stop or other mark after them ("In '00."), as the scan takes it in.
func shortYear(text string, i, j int) bool {
	if j-i < 2 || !isDigit(text[i]) || !isDigit(text[i+1]) || j > i+2 && isWordByte(rune(text[i+2])) {
		return false
	}
	return strings.HasSuffix(text[:i], "'") || strings.HasSuffix(text[:i], "’")
}

// isWordByte reports whether r continues a trigger word: ASCII letters and
// digits only, as the patterns' \b sees words. Anything else, curly quotes
// and combining marks included, separates words, so the prefilter never
// misses a word a pattern would find.
func isWordByte(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// classify names the triggers of one word, with any dots, hyphens,
// slashes, colons and apostrophes it carries ("Nov.", "third-quarter",
// "1990s", "03.04.2025", "p.m."): the whole word and each of its parts.
func classify(word string) trigger {
	// Most words are letters alone: lower them on the stack and look
	// them up once, with no allocation.
	var buf [24]byte
	if len(word) <= len(buf) {
		plain := true
		for i := 0; i < len(word); i++ {
			c := word[i] | 0x20 // ASCII lower case; digits and marks fail the test below
			buf[i] = c
			plain = plain && 'a' <= c && c <= 'z'
		}
		if plain {
			t := triggerWords[string(buf[:len(word)])]
			// "good", "black": a feast's only when capitalized.
			if t&trigFeast != 0 && word[0] >= 'a' {
				t &^= trigFeast
			}
			return t
		}
	}
	lower := strings.ToLower(word)
	t := lookup(strings.TrimRight(lower, ".'"))
	if strings.Contains(lower, "a.m") || strings.Contains(lower, "p.m") || clockDigits(lower) {
		t |= trigClock
	}
	for part := range strings.FieldsFuncSeq(lower, func(r rune) bool { return strings.ContainsRune("-/:.'", r) }) {
		t |= lookup(part)
		// "FY26", or "FY00" in "0'FY00": the code may follow any mark.
		if len(part) > 2 && strings.HasPrefix(part, "fy") && isDigit(part[2]) {
			t |= trigFiscal
		}
		if part[0] >= '0' && part[0] <= '9' {
			t |= trigNumber
			if digits := strings.TrimRight(part, "s'"); len(digits) == 4 && (digits[0] == '1' || digits[0] == '2') {
				t |= trigYear
			}
			if strings.HasSuffix(part, "am") || strings.HasSuffix(part, "pm") {
				t |= trigClock
			}
			if len(part) == 3 && part[1] == '0' && part[2] == 's' { // "'90s"
				t |= trigDecade
			}
			if n := len(part); n >= 3 && n <= 4 {
				switch part[n-2:] {
				case "st", "nd", "rd", "th":
					t |= trigOrdinal
				}
			}
		}
	}
	return t
}

func lookup(w string) trigger {
	w = strings.TrimRight(w, "'")
	return triggerWords[w] | triggerWords[strings.TrimSuffix(w, "'s")]
}

func snapBack(text string, i int) int {
	if i <= 0 {
		return 0
	}
	for i > 0 && text[i-1] != ' ' && text[i-1] != '\n' && text[i-1] != '\t' {
		i--
	}
	return i
}

func snapForward(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	for i < len(text) && text[i] != ' ' && text[i] != '\n' && text[i] != '\t' {
		i++
	}
	return i
}
