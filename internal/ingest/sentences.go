package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [Start, End) of a text.
type span struct{ Start, End int }

// abbreviations end in a dot without ending a sentence (general English
// and news-style abbreviations, lower-cased, without the dot).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "adm": true,
	"lt": true, "col": true, "maj": true, "capt": true, "sgt": true, "cmdr": true, "gov": true,
	"sen": true, "rep": true, "rev": true, "st": true, "jr": true, "sr": true, "no": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "vs": true, "etc": true, "approx": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
}

// splitSentences returns the byte spans of the sentences of a paragraph,
// trimmed of surrounding space. A sentence ends at . ! or ? (with any
// closing quotes or brackets) followed by space and a capital, digit or
// opening quote, unless the dot closes an abbreviation or an initial.
func splitSentences(p string) []span {
	var spans []span
	start := 0
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		i += size
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		end := i
		for end < len(p) {
			c, n := utf8.DecodeRuneInString(p[end:])
			if !strings.ContainsRune(`"'”’)]`, c) {
				break
			}
			end += n
		}
		next := end
		for next < len(p) && (p[next] == ' ' || p[next] == '\t') {
			next++
		}
		if next == end || next >= len(p) || !opensSentence(p[next:]) {
			continue
		}
		if r == '.' && abbreviationBefore(p[start:i-1], p[next:]) {
			continue
		}
		// "“Oh my God... I have no words,” Machado said": a speaker's
		// trailing off inside a quotation goes on with it.
		if r == '.' && strings.HasSuffix(p[:i], "...") && inQuotation(p[start:i], i-start) {
			continue
		}
		spans = append(spans, trimSpan(p, start, end))
		start, i = next, next
	}
	if s := trimSpan(p, start, len(p)); s.End > s.Start {
		spans = append(spans, s)
	}
	return spans
}

func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘(`, r)
}

// abbreviationBefore reports whether the word ending at a dot, before
// the text next, is an abbreviation: a known one, a single letter (an
// initial), or one with inner dots ("U.S."). A figure is none: "sworn in
// on Jan. 1. She", "at 1.30am. All". Only a title ("Gov.", "Dr.") always leads on: any
// other abbreviation ends its sentence when a word that opens sentences,
// not names, follows ("sanctions imposed by the U.S. The move", "a copy
// seen by Wire B. The agency"), as "John F. Kennedy" does not.
func abbreviationBefore(s, next string) bool {
	w := s[strings.LastIndexAny(s, " \t(\"“")+1:]
	if w == "" {
		return false
	}
	lower := strings.ToLower(w)
	if r, _ := utf8.DecodeRuneInString(w); !strings.Contains(w, ".") && (utf8.RuneCountInString(w) != 1 || unicode.IsDigit(r)) && !abbreviations[lower] {
		return false
	}
	// "at about 1.30am. All passengers": a clock's or a figure's dot is
	// no abbreviation's.
	if strings.ContainsAny(w, "0123456789") {
		return false
	}
	if lower == "no" {
		// "No. 10", but "voted no. A spokesman said"
		r, _ := utf8.DecodeRuneInString(next)
		return unicode.IsDigit(r)
	}
	if titles[lower] {
		return true
	}
	first, _, _ := strings.Cut(next, " ")
	// "between noon and 5 p.m. Schools will close": after a clock only
	// its day or its zone goes on ("at 3 p.m. Tuesday", "5 p.m. EST",
	// "4:12 a.m. (1912 GMT Tuesday)").
	if lower == "a.m" || lower == "p.m" {
		if strings.HasPrefix(next, "(") {
			return true
		}
		first = strings.Trim(first, `,;:.`)
		return clockDays[strings.ToLower(first)] || len(first) > 1 && len(first) <= 4 && strings.ToUpper(first) == first
	}
	return !sentenceOpeners[strings.Trim(first, `,;:"'“‘`)]
}

// clockDays are the words that may follow a clock time's "a.m." or
// "p.m." in its sentence: a day, a month, a zone's name.
var clockDays = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july
	august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
	eastern pacific central mountain atlantic local greenwich`)

// titles are the abbreviations written before a name or a number, which
// never end a sentence.
var titles = wordSet(`mr mrs ms dr prof gen adm lt col maj capt sgt cmdr gov sen rep rev st mt no`)

// sentenceOpeners are capitalised function words that open sentences and
// seldom a name.
var sentenceOpeners = wordSet(`The A An He She It They We I This That These Those His Her Its Their Our There But And
	In On At After When While As Since If However Meanwhile Some Many Most By Before During Following Despite Later Earlier
	Then Today Yesterday`)

// trimSpan trims space from both ends of p[start:end], decoding whole
// characters: the trailing byte of "Ҡ" is 0xA0, a no-break space on its own.
func trimSpan(p string, start, end int) span {
	for start < end {
		r, n := utf8.DecodeRuneInString(p[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(p[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return span{start, end}
}
