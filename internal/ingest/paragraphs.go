package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitParagraphs splits article text into paragraphs. A paragraph is a
// line, or a blank-line-separated block of hard-wrapped lines (see
// hardWrapped), cut at sentence ends when it is longer than
// maxParagraphBytes. Lines are trimmed; empty paragraphs are dropped, so
// the ordinals of the result depend only on the text.
func SplitParagraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var paragraphs []string
	for _, block := range strings.Split(text, "\n\n") {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			continue
		}
		if hardWrapped(lines) {
			lines = []string{strings.Join(lines, " ")}
		}
		for _, l := range lines {
			paragraphs = append(paragraphs, cutLong(l)...)
		}
	}
	return paragraphs
}

// maxParagraphBytes bounds a paragraph, which every citation of it quotes
// whole. A news paragraph is a few hundred bytes; a longer one is an
// article saved on one line, or a hostile file.
const maxParagraphBytes = 2000

// cutLong cuts a paragraph longer than maxParagraphBytes into runs of
// whole sentences that fit, and a sentence that does not fit on its own at
// the last space (or character) before the bound.
func cutLong(p string) []string {
	if len(p) <= maxParagraphBytes {
		return []string{p}
	}
	var parts []string
	add := func(piece string) {
		if piece = strings.TrimSpace(piece); piece != "" {
			parts = append(parts, piece)
		}
	}
	start, end := 0, 0 // the run of sentences p[start:end] being filled
	for _, s := range splitSentences(p) {
		if s.End-start <= maxParagraphBytes {
			end = s.End
			continue
		}
		add(p[start:end])
		start = s.Start
		for s.End-start > maxParagraphBytes {
			cut := cutPoint(p[start : start+maxParagraphBytes+1])
			add(p[start : start+cut])
			start += cut
		}
		end = s.End
	}
	add(p[start:end])
	return parts
}

// cutPoint is where to cut a text that is one byte over the bound: after
// its last space, or else at its last character boundary.
func cutPoint(s string) int {
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		return i
	}
	i := len(s) - 1
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	if i == 0 { // not UTF-8: any cut will do
		return len(s) - 1
	}
	return i
}

// wrapWidth is the widest line a hard-wrapping editor or mailer produces.
const wrapWidth = 100

// hardWrapped reports whether a block's lines are one paragraph broken to
// a width, rather than one paragraph per line. Wrapped lines fill the
// width (each within 60% of the widest), the last is no wider than the
// width plus a long word, most lines break mid-sentence, and most breaks
// read as a continuation (the next line starts lower-case, or the line
// ends on a comma or a small word); a block of headlines, captions or
// separate sentences fails at least one of these.
func hardWrapped(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	body := lines[:len(lines)-1]
	widest, sentenceEnds := 0, 0
	for _, l := range body {
		widest = max(widest, utf8.RuneCountInString(l))
		if endsSentence(l) {
			sentenceEnds++
		}
	}
	if widest > wrapWidth || utf8.RuneCountInString(lines[len(lines)-1]) > widest+15 {
		return false
	}
	for _, l := range body {
		if utf8.RuneCountInString(l)*10 < widest*6 {
			return false
		}
	}
	continued := 0
	for i, l := range body {
		if continues(l, lines[i+1]) {
			continued++
		}
	}
	return sentenceEnds*2 < len(body) && continued*2 >= len(body)
}

// continues reports whether the break between two lines falls inside a
// sentence.
func continues(line, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) || unicode.IsDigit(r) {
		return true
	}
	last := line[strings.LastIndexByte(line, ' ')+1:]
	return strings.HasSuffix(line, ",") || smallWords[strings.ToLower(last)]
}

// smallWords do not end a headline or a sentence.
var smallWords = wordSet(`a an the of to in on at for with by from and or but that which who as than its their his her`)

// endsSentence reports whether a line ends as a sentence or a caption does.
func endsSentence(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(`.!?:"”’)…`, r)
}
