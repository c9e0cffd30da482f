package timex

import (
	"regexp"
	"strings"
)

// resolveOvernight resolves "overnight" as news uses it: the night into
// the day it reports. In a past or present clause ("drones struck
// overnight", "Overnight, the river rose") that is the night before the
// day the text is about: a reference day nearby ("Shares fell Friday ...
// overnight losses in New York" is Thursday night), or else the DCT's. In
// a future clause ("rain is expected overnight") it is that day's own
// night. Not a time: the figure of speech ("became a star overnight",
// "it won't change overnight"), the adjective of things that are no
// happening ("an overnight stay", "overnight rates"), and "overnight"
// beside a day that dates it ("overnight Tuesday", "Monday overnight").
func resolveOvernight(c context) (Expression, bool) {
	before := wordsBefore(c)
	after := strings.Fields(strings.ToLower(c.text[c.m[3]:min(len(c.text), c.m[3]+40)]))
	if figurative(before) || !overnightEnds(after) || len(before) > 0 && dayWord(before[len(before)-1]) {
		return Expression{}, false
	}
	// "an overnight shelter.": after an article it is an adjective, a
	// time only of a happening ("the overnight attack").
	if n := len(before); n > 0 && articles[strings.ToLower(before[n-1])] && (len(after) == 0 || !overnightNouns[strings.TrimRight(after[0], ".,;:!?\"”’)")]) {
		return Expression{}, false
	}
	// A past night is one before the DCT's: "delays were expected to
	// last into Wednesday. A faulty update, installed overnight, was to
	// blame" is the night before the DCT, not Wednesday's eve.
	tense := clauseTense(c)
	r := relation{n: -1, unit: GranDay, part: "NI", near: true, past: tense == tensePast}
	// What will happen overnight is tonight's, or of a day its own
	// sentence names ("will hit on Sunday, with the heaviest snow
	// overnight"); a day the sentence before looked to is no guide.
	if tense == tenseFuture {
		r.n, r.near, r.sentence = 0, false, true
	}
	if c.dct.IsZero() {
		return Expression{Type: TypeTime, Value: "XXXX-XX-XXTNI", rel: &r}, true
	}
	// "Rescuers pulled 14 survivors out overnight, officials said on
	// Tuesday": the day the sentence reports on, named after it, is the
	// morning after.
	if r.n < 0 {
		rest := c.text[c.m[1]:]
		if i := strings.IndexAny(rest, ".!?\n"); i >= 0 {
			rest = rest[:i]
		}
		if m := laterWeekday.FindStringSubmatch(rest); m != nil {
			day, _ := weekdayDate(c, weekdaysByName[strings.ToLower(m[1])], "")
			if !day.IsZero() {
				night := day.AddDate(0, 0, -1)
				return Expression{Type: TypeTime, Value: dayValue(night) + "TNI", First: night, Last: night, Granularity: GranDay, Rule: "overnight-before-weekday"}, true
			}
		}
	}
	first, last, v := period(c.dct.AddDate(0, 0, r.n), GranDay)
	return Expression{Type: TypeTime, Value: v + "TNI", First: first, Last: last, Granularity: GranDay, Rule: "overnight-" + tenseName(c), rel: &r}, true
}

// articles make the "overnight" after them an adjective.
var articles = wordSet(`a an the`)

// laterWeekday is a weekday later in the sentence after a verb of
// saying: "officials said on Tuesday", "said Tuesday". A weekday of
// another clause is no guide: "strengthened overnight and is expected
// to make landfall early on Wednesday".
var laterWeekday = regexp.MustCompile(`\b(?:said|says|told|reported|announced)\s+(?:\w+\s+)?(?:on\s+)?` + weekdayRe)

// figurative reports whether the words before "overnight" make it a
// figure for "suddenly": a hedge ("almost overnight"), a change of state
// ("became a star", "it happened") or a denial ("won't change").
func figurative(before []string) bool {
	for i, w := range before {
		w = strings.Trim(w, ",;:\"“”")
		if overnightFigures[w] || strings.HasSuffix(w, "n't") || i == len(before)-1 && overnightHedges[w] {
			return true
		}
	}
	return false
}

var (
	overnightHedges  = wordSet(`almost virtually practically literally seemingly nearly quite just`)
	overnightFigures = wordSet(`not never cannot happen happens happened happening become becomes became becoming`)
	// overnightNouns are happenings "overnight" may date as an adjective.
	overnightNouns = wordSet(`attack attacks strike strikes airstrike airstrikes raid raids shelling bombardment
		bombing bombings fighting clashes clash violence storm storms rain rains rainfall snow snowfall
		losses gains trading session protest protests explosion explosions blast blasts fire fires
		offensive assault operation operations arrests talks negotiations`)
	// overnightFollowers are words an adverbial "overnight" is followed by.
	overnightFollowers = wordSet(`in on at into and but or to as after before from with by when while near across
		along around against amid following that which local`)
)

// overnightEnds reports whether the words after "overnight" let it stand
// as a time: the end of a clause, a preposition or conjunction, or a
// happening it dates ("overnight strikes") - not a day, which dates it
// itself ("overnight Friday", "overnight on Friday").
func overnightEnds(after []string) bool {
	if len(after) == 0 {
		return true
	}
	w := after[0]
	if w == "" || !isWordByte(rune(w[0])) {
		return true
	}
	word := strings.TrimRight(w, ".,;:!?\"”’)")
	if word != w {
		return !dayWord(word)
	}
	if dayWord(word) || (word == "into" || word == "on") && len(after) > 1 && dayWord(strings.TrimRight(after[1], ".,;:")) {
		return false
	}
	// "An attack on Kyiv overnight killed six people": the clause's past
	// verb after it.
	return overnightFollowers[word] || overnightNouns[word] || cue(word) == tensePast && word != "overnight"
}

// dayWord reports whether w names a day: a weekday, "today", "tonight".
func dayWord(w string) bool {
	if _, ok := weekdaysByName[w]; ok {
		return true
	}
	return w == "today" || w == "tonight" || w == "yesterday" || w == "tomorrow"
}
