package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/throughline-news/throughline/internal/timeline"
)

// Page conventions of news sites, as general language knowledge: none of
// these name a story.
var (
	// furnitureLine matches a short line that is page furniture: sharing,
	// comment and newsletter prompts, advertising labels.
	furnitureLine = regexp.MustCompile(`(?i)^(share this|share on|leave a comment|comments?|sign up|subscribe|follow us|click here|advertisement|sponsored|read more|continue reading|listen to this article|print this|email this|copy link)\b|^related:`)
	// rightsNotice matches a copyright line closing a wire story:
	// "Copyright 2025 The Associated Press. All rights reserved."
	rightsNotice = regexp.MustCompile(`(?i)^(copyright\s*(©|\(c\))?\s*\d{4}|©|\(c\) \d{4}|all rights reserved|this material may not be published)`)
	// relatedHeading opens a block of links to other stories; everything
	// after it on the page is furniture.
	relatedHeading = regexp.MustCompile(`(?i)^(you may also like|you might also like|related (stories|articles|coverage|content|posts)|more (stories|from|on this)|recommended( for you)?|most (read|popular)|trending( now)?|read next|up next|(read more|see also|also read):?$)`)
	// linkLine is a link to another story under a label: "Read more: Rail
	// fares to rise in March".
	linkLine = regexp.MustCompile(`(?i)^(read more|related|see also|also read|read also|more on this story|watch|listen)\s*:`)
	// editorsNote matches a note about the article itself: "Correction:
	// An earlier version of this story misstated ...".
	editorsNote = regexp.MustCompile(`(?i)^(correction|clarification|editor['’]?s['’]? note)\s*[:–—-]`)
	// stampLine matches the opening of a line that stamps the page with
	// when it was published or updated: "UPDATED 14:05 GMT", "Published:
	// 26 November 2025"; stamp says what may follow.
	stampLine = regexp.MustCompile(`(?i)^(?:last\s+)?(?:updated|published|posted|modified)\s*(?:on|at)?\s*:?\s+`)
	// captionStart matches the openings of photo captions.
	captionStart = regexp.MustCompile(`^(FILE\s*[-–—:]|FILE PHOTO|In this (photo|image|file photo)|This (photo|image|screengrab|screenshot|handout|video grab)|Photo:|Image:|Pictured:)`)
	// captionCredit matches a photo credit closing a paragraph: "(AP)",
	// "(AP Photo/Jane Doe, File)", "(Reuters)", "(x)".
	captionCredit = regexp.MustCompile(`(?:^|[.!?)]\s*)\((?:[^()]{0,12}|[^()]*\b(?:Photo|Photograph|Getty|Reuters|AFP|AP|EPA|File|Images?|Credit)\b[^()]*)\)$`)
)

// classify gives each paragraph its role. The first paragraph is the
// headline when it repeats the known headline.
func classify(paragraphs []string, headline string) []timeline.Role {
	roles := make([]timeline.Role, len(paragraphs))
	related := false
	for i, p := range paragraphs {
		switch {
		case related:
			roles[i] = timeline.RoleFurniture
		case relatedHeading.MatchString(p) && wordCount(p) <= 8:
			related = true
			roles[i] = timeline.RoleFurniture
		case i == 0 && headline != "" && sameText(p, headline):
			roles[i] = timeline.RoleHeadline
		case furnitureLine.MatchString(p) && wordCount(p) <= 8, rightsNotice.MatchString(p) && wordCount(p) <= 40,
			linkLine.MatchString(p) && wordCount(p) <= 25, editorsNote.MatchString(p), isStamp(p):
			roles[i] = timeline.RoleFurniture
		case captionStart.MatchString(p) || captionCredit.MatchString(p):
			roles[i] = timeline.RoleCaption
		case i > 0 && i < len(paragraphs)-1 && isSubheading(p):
			roles[i] = timeline.RoleSubheading
		case i > 0 && roles[i-1] == timeline.RoleHeadline && i < len(paragraphs)-1 && isStandfirst(p, paragraphs[i+1]):
			roles[i] = timeline.RoleSubheading // the standfirst: a summary under the headline
		default:
			roles[i] = timeline.RoleBody
		}
	}
	return roles
}

// isSubheading reports whether a paragraph reads as a section heading: a
// few title-cased words with no closing punctuation.
func isSubheading(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 10 || endsSentence(p) {
		return false
	}
	capitalised := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			capitalised++
		}
	}
	return capitalised*10 >= len(words)*6
}

// isStandfirst reports whether a paragraph under the headline is its
// standfirst (deck): short, and followed by a much longer lead. One that
// opens with a dateline is the lead, one that opens with a clock time is
// a live report's first entry, and one that names the day of what it
// tells is a wire's one-sentence lead ("A ferry operator was fined $2.1
// million on Thursday over a crash ..."): a standfirst sums up without
// one.
func isStandfirst(p, next string) bool {
	n := wordCount(p)
	return n >= 5 && n <= 30 && wordCount(next)*2 >= n*3 && datelineEnd(p) == 0 && !leadDay.MatchString(p) && !entryClock.MatchString(p)
}

// leadDay is the day a lead names: a weekday, or a day or a night named
// from the day of publication.
var leadDay = regexp.MustCompile(`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]onight|[Oo]vernight|[Ll]ast night|[Tt]his (?:morning|afternoon|evening))\b`)

// entryClock is the clock time that opens a live report's entry: "08:05".
var entryClock = regexp.MustCompile(`^\d{1,2}[:.]\d\d\b`)

func wordCount(s string) int { return len(strings.Fields(s)) }

// sameText compares two texts ignoring case, punctuation and spacing.
func sameText(a, b string) bool { return normalise(a) == normalise(b) }

func normalise(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isStamp reports whether line p is a stamp of publication or update and
// nothing else: after its label come only dates, times and zones
// ("UPDATED 14:05 GMT", "Published 3 hours ago"), not a sentence
// ("Updated figures showed ...").
func isStamp(p string) bool {
	loc := stampLine.FindStringIndex(p)
	if loc == nil || wordCount(p) > 12 {
		return false
	}
	for _, w := range strings.Fields(p[loc[1]:]) {
		w = strings.ToLower(strings.Trim(w, ",.:;|()"))
		if w == "" || unicode.IsDigit(rune(w[0])) || stampWords[w] {
			continue
		}
		return false
	}
	return true
}

// stampWords are the words a stamp's date and time are written in.
var stampWords = wordSet(`at on am pm a.m p.m gmt utc bst cet cest est edt et pt pdt ist local time ago hour hours minute minutes
	min mins day days - – | jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august
	september october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday
	saturday sunday`)
