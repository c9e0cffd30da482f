package ingest

import (
	"crypto/sha256"
	"encoding/base32"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/throughline-news/throughline/internal/timeline"
)

// sameEventOverlap is the share of content words two mentions of one date
// must have in common to be one event.
const sameEventOverlap = 0.4

// merge groups mentions of the same event: the same date and enough shared
// content words. Mentions are indexed by date, so each is compared only
// with events on its own date, never with every other mention.
func merge(mentions []mention) []timeline.Event {
	type cluster struct {
		mentions []mention
		words    map[string]bool
	}
	byDate := map[string][]*cluster{}
	var order []*cluster
	for _, m := range mentions {
		key := dateKey(m.date)
		words := m.contentWords()
		var best *cluster
		bestScore := sameEventOverlap
		for _, c := range byDate[key] {
			if s := overlap(words, c.words); s >= bestScore {
				best, bestScore = c, s
			}
		}
		if best == nil {
			best = &cluster{words: map[string]bool{}}
			byDate[key] = append(byDate[key], best)
			order = append(order, best)
		}
		best.mentions = append(best.mentions, m)
		for w := range words {
			best.words[w] = true
		}
	}
	events := make([]timeline.Event, 0, len(order))
	for _, c := range order {
		events = append(events, eventOf(c.mentions))
	}
	// By first day; among events starting the same day the narrower
	// interval first, so "early September" precedes "September".
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i].Date, events[j].Date
		if !a.SortKey().Equal(b.SortKey()) {
			return a.SortKey().Before(b.SortKey())
		}
		return a.End.Before(b.End)
	})
	return events
}

func dateKey(d timeline.Date) string {
	return d.Start.Format("20060102") + d.End.Format("20060102") + string(d.Modifier)
}

// overlap is the share of the smaller word set found in the larger.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	shared := 0
	for w := range a {
		if b[w] {
			shared++
		}
	}
	return float64(shared) / float64(len(a))
}

// eventOf makes one event of merged mentions. The first mention (the
// earliest in manifest order) gives the title, summary and stable id.
func eventOf(ms []mention) timeline.Event {
	lead := ms[0]
	title := titleOf(lead)
	ev := timeline.Event{
		ID:      eventID(lead),
		Slug:    Slugify(title),
		Kind:    kindOf(lead.text()),
		Title:   title,
		Summary: lead.text(),
		Date:    lead.date,
	}
	seen := map[string]bool{}
	for _, m := range ms {
		c := m.citation()
		k := c.SourceKey + "#" + c.Quote
		if seen[k] {
			continue
		}
		seen[k] = true
		ev.Citations = append(ev.Citations, c)
	}
	return ev
}

var lowerBase32 = base32.StdEncoding.WithPadding(base32.NoPadding)

// eventID is stable for the same lead sentence in the same source.
func eventID(m mention) string {
	sum := sha256.Sum256([]byte(m.source.Key + "\x00" + m.text()))
	return strings.ToLower(lowerBase32.EncodeToString(sum[:])[:10])
}

// statementVerb marks sentences that report what someone said.
var statementVerb = regexp.MustCompile(`(?i)\b(said|says|told|denied|denies|announced|announces|stated|added|warned|claimed|argued|asserted|insisted|wrote|posted|confirmed|acknowledged|expressed)\b`)

func kindOf(sentence string) string {
	if statementVerb.MatchString(sentence) {
		return "statement"
	}
	return "action"
}

// leadingConnective matches sentence openers that do not belong in a title.
var leadingConnective = regexp.MustCompile(`(?i)^(but|and|however|meanwhile|still|yet|so|also|instead|in addition|separately)\b,?\s*`)

// titleOf makes a short title from a mention's sentence: without its date
// expression and the preposition before it, without a leading connective,
// cut at a clause boundary after a few words.
func titleOf(m mention) string {
	s := m.text()
	if d := m.anchor; d.End <= len(s) && s[d.Start:d.End] == d.Text {
		before := strings.TrimRight(s[:d.Start], " ")
		for _, prep := range []string{" on", " in", " since", " during", " from", " by"} {
			if strings.HasSuffix(strings.ToLower(before), prep) {
				before = before[:len(before)-len(prep)]
				break
			}
		}
		s = strings.TrimSpace(before) + " " + strings.TrimSpace(s[d.End:])
	}
	s = strings.NewReplacer(" ,", ",", " .", ".", " ;", ";").Replace(strings.Join(strings.Fields(s), " "))
	s = leadingConnective.ReplaceAllString(s, "")
	s = strings.TrimLeft(s, ",;: ")
	words := strings.Fields(s)
	const maxWords = 14
	cut := len(words)
	for i, w := range words {
		if i >= 6 && strings.HasSuffix(w, ",") {
			cut = i + 1
			break
		}
		if i+1 >= maxWords {
			cut = maxWords
			break
		}
	}
	title := strings.Join(words[:cut], " ")
	title = strings.TrimRight(title, ",;:.!?— -")
	if cut < len(words) {
		title += "…"
	}
	return upperFirst(title)
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
