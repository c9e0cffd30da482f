// Package ingest is Throughline's pipeline from articles to a timeline:
// it splits each article into paragraphs with roles, finds the dated
// events they report, and merges the same event told by several sources.
// It is pure: articles in, sources and events out, no database.
package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/gosimple/slug"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/timex"
)

// Article is one article as it arrives: its text and what is known of it.
type Article struct {
	FileName  string
	Headline  string
	Outlet    string
	URL       string
	Published time.Time
	Text      string
}

// Result is a story's sources and events.
type Result struct {
	Sources []timeline.Source
	Events  []timeline.Event
	// Warnings name an article and what was left out of it.
	Warnings []string
}

// maxMentionsPerArticle bounds the dated reports read from one article. A
// long feature has a few hundred; a file with tens of thousands is
// generated or hostile, and merging its reports, which mostly share a day,
// would cost the square of their number.
const maxMentionsPerArticle = 1000

// Build runs the pipeline over a story's articles.
func Build(articles []Article) Result {
	res, _ := BuildTimed(articles)
	return res
}

// Stages is how long each stage of the pipeline took: splitting articles
// into paragraphs with roles, tagging their date expressions, finding the
// dated reports among their sentences, and merging reports into events.
type Stages struct {
	Clean  time.Duration `json:"clean_ns"`
	Timex  time.Duration `json:"timex_ns"`
	Events time.Duration `json:"events_ns"`
	Merge  time.Duration `json:"merge_ns"`
}

// BuildTimed runs the pipeline over a story's articles and says how long
// each stage took.
func BuildTimed(articles []Article) (Result, Stages) {
	var res Result
	var took Stages
	keys := map[string]int{}
	clock := time.Now()
	lap := func(d *time.Duration) {
		now := time.Now()
		*d += now.Sub(clock)
		clock = now
	}
	for _, a := range articles {
		res.Sources = append(res.Sources, buildSource(a, keys))
	}
	lap(&took.Clean)
	tags := make([][][]timex.Expression, len(res.Sources))
	for i, src := range res.Sources {
		tags[i] = tagParagraphs(src)
	}
	lap(&took.Timex)
	var mentions []mention
	for i, src := range res.Sources {
		found := findMentions(src, tags[i])
		if len(found) > maxMentionsPerArticle {
			res.Warnings = append(res.Warnings, fmt.Sprintf("%s: %d dated sentences; only the first %d are read for events",
				src.FileName, len(found), maxMentionsPerArticle))
			found = found[:maxMentionsPerArticle]
		}
		mentions = append(mentions, found...)
	}
	lap(&took.Events)
	res.Events = merge(mentions, indexNames(res.Sources))
	weigh(res.Events, len(res.Sources))
	lap(&took.Merge)
	return res, took
}

func buildSource(a Article, keys map[string]int) timeline.Source {
	texts := SplitParagraphs(a.Text)
	roles := classify(texts, a.Headline)
	src := timeline.Source{
		Key:         uniqueKey(sourceKey(a.FileName), keys),
		FileName:    a.FileName,
		Headline:    a.Headline,
		Outlet:      a.Outlet,
		URL:         a.URL,
		Published:   a.Published,
		ContentHash: hash(a.Text),
	}
	for i, t := range texts {
		src.Paragraphs = append(src.Paragraphs, timeline.Paragraph{Ordinal: i + 1, Role: roles[i], Text: t})
	}
	return src
}

// Fingerprint identifies the result's content: two ingests that would store
// the same thing have the same fingerprint.
func (r Result) Fingerprint(title, description string) string {
	b, err := json.Marshal(struct {
		Title, Description string
		Result
	}{title, description, r})
	if err != nil { // the types hold nothing json cannot encode
		panic(fmt.Sprintf("ingest: fingerprint: %v", err))
	}
	return hash(string(b))
}

func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

var nonSlug = regexp.MustCompile(`[^a-z0-9]+`)

// sourceKey makes a URL-safe key from a file name: "004_ab.txt" → "004-ab".
func sourceKey(fileName string) string {
	base := strings.TrimSuffix(path.Base(fileName), path.Ext(fileName))
	key := strings.Trim(nonSlug.ReplaceAllString(strings.ToLower(base), "-"), "-")
	if key == "" {
		key = "source"
	}
	return key
}

func uniqueKey(key string, seen map[string]int) string {
	seen[key]++
	if n := seen[key]; n > 1 {
		return fmt.Sprintf("%s-%d", key, n)
	}
	return key
}

// Slugify makes a short URL slug of at most 60 bytes from a title. Letters
// of any script are transliterated ("Café" → "cafe", "Путин" → "putin"),
// so titles in other languages keep readable addresses.
func Slugify(title string) string {
	s := slug.Make(title)
	for len(s) > 60 {
		i := strings.LastIndexByte(s[:60], '-')
		if i <= 0 {
			s = s[:60]
			break
		}
		s = s[:i]
	}
	return s
}
