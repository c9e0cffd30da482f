package timex

import (
	"regexp"
	"slices"
	"strings"
)

// predicateJoin is what joins a second predicate to the first, sharing
// its subject, before the second's date: " and charged in ", " and then
// on ". A comma or any other mark would let the words between begin a new
// clause or an aside, whose date may be of another time; only the comma
// that closes a day's year may stand ("Jan. 5, 2022, and charged on").
var (
	predicateJoin = regexp.MustCompile(`^(,?)\s+and\s+(?:then\s+|later\s+)?([a-z]+(?:\s+[a-z]+){0,3})\s+(?:in|on|by)\s+$`)
	dayThenYear   = regexp.MustCompile(`\d,\s+\d{4}$`)
	// A predicate that looks ahead is not dated from the one before:
	// "opened in March 2024 and will close in December".
	notPast = wordSet(`will would shall could can may might must is are am be being to plans plan expects expect hopes hope aims aim intends intend`)
)

// shareYearOfPredicate gives a month or day written without its year the
// year of the date that dates the predicate it is joined to, when it
// falls after that date: in "She was arrested in July 2021 and charged in
// November" November is 2021's, not the DCT's last.
func shareYearOfPredicate(text string, es []Expression) {
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], &es[i+1]
		if a.Type != TypeDate || b.Type != TypeDate || !dayOrMonth(a) || !dayOrMonth(*b) || a.First.IsZero() || b.First.IsZero() ||
			a.Reference != nil || b.Reference != nil || !writtenYear.MatchString(a.Text) ||
			writtenYear.MatchString(b.Text) || !namesMonth.MatchString(b.Text) {
			continue
		}
		join := predicateJoin.FindStringSubmatch(text[a.End:b.Start])
		if join == nil || join[1] != "" && !dayThenYear.MatchString(a.Text) || slices.ContainsFunc(strings.Fields(join[2]), func(w string) bool { return notPast[w] }) {
			continue
		}
		// Only later in the same year: a writer who goes on into the
		// next year names it, and "joined in September 2010 and became
		// chief executive in March" is more likely this March.
		y := a.First.Year()
		if y == b.First.Year() || b.First.Month() < a.First.Month() || b.First.Month() == a.First.Month() && b.First.Day() < a.First.Day() {
			continue
		}
		if e, ok := inYear(*b, y, "predicate-year"); ok {
			*b = e
		}
	}
}
