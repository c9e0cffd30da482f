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
	trigEra       // AD, BC, CE, BCE
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
	add(trigEra, `ad bc ce bce a.d b.c`)
	return m
}()

// window is a stretch of the text where one rule's pattern runs.
type window struct{ start, end int }

// reach is how far a rule's match can stretch from a trigger word it
// holds: before whole words before the word the trigger is in, after
// whole words after it, a word being a run of bytes between white space.
// A pattern crosses white space only where an element of it can take
// white space (\s+, \s*, [\s-]+, a space), so counting those elements
// before and after its trigger word bounds its reach: each rule counts
// them. A window ends at white space or the end of the text, which a test
// after the match such as (?:[^\w]|$) reads alike; one that reads on past
// white space, (?:\s*[,.;:)]|$), takes the word after too. Words, not
// bytes, make the bound hold however long the words are.
type reach struct{ before, after int }

// spot is one word of the text that is a trigger of some classes.
type spot struct {
	start, end int
	triggers   trigger
}

// triggerSpots finds the trigger words of a text, in order.
func triggerSpots(text string) []spot {
	var spots []spot
	for i := 0; i < len(text); {
		// Words are ASCII; any other byte only separates them.
		if scanBytes[text[i]] != wordByte {
			i++
			continue
		}
		j := i
		for j < len(text) && scanBytes[text[j]] != 0 {
			j++
		}
		ts := classify(text[i:j])
		if shortYear(text, i, j) {
			ts |= trigShortYear
		}
		if ts != 0 {
			spots = append(spots, spot{start: i, end: j, triggers: ts})
		}
		i = j
	}
	return spots
}

// windowsOf returns the windows where a rule's pattern runs: around each
// word of the triggers it needs, as far as its matches reach, when the
// words beside it pass the rule's gate and that stretch holds one of its
// literals; overlapping ones merged. A match holds its trigger word, and
// the literal and the words its gate reads, so the stretch around that
// word holds them too. Window edges fall at white space or the ends of
// the text, so a pattern's word boundaries hold as they do in the whole
// text. The words are counted in folded, the text as fold rules read it:
// its white space is the text's but for the spaces foldText joins a
// number's two words at, so a window holds at least as many words of
// the text.
func windowsOf(folded string, spots []spot, r rule) []window {
	var ws []window
	for _, s := range spots {
		if s.triggers&r.needs == 0 {
			continue
		}
		if g := r.gate; g != nil && !g.pass(folded[wordsBack(folded, s.start, g.reach.before):wordsOn(folded, s.end, g.reach.after)]) {
			continue
		}
		start, end := wordsBack(folded, s.start, r.reach.before), wordsOn(folded, s.end, r.reach.after)
		if !holdsLiteral(r, folded[start:end]) {
			continue
		}
		if n := len(ws); n > 0 && start <= ws[n-1].end {
			ws[n-1].end = max(ws[n-1].end, end)
			continue
		}
		ws = append(ws, window{start: start, end: end})
	}
	return ws
}

// isSpace reports whether b is white space as the patterns' \s reads it.
func isSpace(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\f', '\r':
		return true
	}
	return false
}

// wordsBack returns the start of the word n words before the one holding
// byte i.
func wordsBack(text string, i, n int) int {
	for i > 0 && !isSpace(text[i-1]) {
		i--
	}
	for ; n > 0 && i > 0; n-- {
		for i > 0 && isSpace(text[i-1]) {
			i--
		}
		for i > 0 && !isSpace(text[i-1]) {
			i--
		}
	}
	return i
}

// wordsOn returns the end of the word n words after the one that ends
// at or after byte i.
func wordsOn(text string, i, n int) int {
	for i < len(text) && !isSpace(text[i]) {
		i++
	}
	for ; n > 0 && i < len(text); n-- {
		for i < len(text) && isSpace(text[i]) {
			i++
		}
		for i < len(text) && !isSpace(text[i]) {
			i++
		}
	}
	return i
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

// scanBytes sorts the bytes for the trigger scan: a word opens with a
// wordByte and goes on through wordBytes and the marks a word may hold
// ("Nov.", "third-quarter", "03.04.2025", "p.m.", "year's").
var scanBytes = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		if isWordByte(rune(c)) {
			t[c] = wordByte
		}
	}
	for _, c := range []byte(".'-/:") {
		t[c] = markByte
	}
	return t
}()

const (
	wordByte = 1 + iota
	markByte
)

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
			if !mayBeTrigger(buf[:len(word)]) {
				return 0
			}
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

// triggerShapes holds, by length and first letter, the last letters of
// the trigger words made of letters alone: most words fail it, and are
// known to be no trigger with no map lookup.
var triggerShapes = func() (s [25][26]uint32) {
	for w := range triggerWords {
		if len(w) >= len(s) || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue
		}
		s[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
	}
	return s
}()

// mayBeTrigger reports whether a word of lowercase letters has the shape
// of a trigger word.
func mayBeTrigger(w []byte) bool {
	return len(w) < len(triggerShapes) && triggerShapes[len(w)][w[0]-'a']&(1<<(w[len(w)-1]-'a')) != 0
}

func lookup(w string) trigger {
	w = strings.TrimRight(w, "'")
	return triggerWords[w] | triggerWords[strings.TrimSuffix(w, "'s")]
}
