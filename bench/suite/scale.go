package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/synth"
	"github.com/throughline-news/throughline/internal/timeline"
)

// ScaleResult is the latency of each kind of page, and the server's
// memory, for a story of one size.
type ScaleResult struct {
	Events    int                `json:"events"`
	Sources   int                `json:"sources"`
	Generate  float64            `json:"generate_s"` // to invent and store the story
	DBMiB     float64            `json:"db_mib"`
	Latency   map[string]Latency `json:"latency"`
	RSSMiB    float64            `json:"rss_mib"`      // after the latency runs, page cache off
	PeakMiB   float64            `json:"peak_rss_mib"` // the most it held
	CachedMiB float64            `json:"cached_rss_mib"`
}

// Latency is one kind of request made one after another, each timed.
type Latency struct {
	Requests int     `json:"requests"`
	P50      float64 `json:"p50_ms"`
	P99      float64 `json:"p99_ms"`
	Path     string  `json:"example"`
	// Listed is the mean number of events a page of the kind lists: what
	// it renders grows with it, so compare sizes where it agrees.
	Listed float64 `json:"events_listed"`
}

var latencyKinds = []string{"timeline", "timeline-deep", "event", "search", "search-common", "api", "api-deep"}

func benchScale(ctx context.Context, bin string, cfg runConfig) ([]ScaleResult, error) {
	sizes := []int{100, 1000, 10_000, 100_000}
	samples := 300
	if cfg.quick {
		sizes, samples = []int{100, 1000}, 40
	}
	fmt.Printf("%-8s %8s %6s %7s |", "events", "sources", "gen s", "db MiB")
	for _, k := range latencyKinds {
		fmt.Printf(" %*s", columnWidth(k), k+" p50/p99")
	}
	fmt.Printf(" | %8s %8s %8s\n", "RSS MiB", "peak", "cached")
	var out []ScaleResult
	for _, n := range sizes {
		r, err := scaleOne(ctx, bin, cfg.work, n, samples)
		if err != nil {
			return out, fmt.Errorf("%d events: %w", n, err)
		}
		out = append(out, r)
		fmt.Printf("%-8d %8d %6.1f %7.1f |", r.Events, r.Sources, r.Generate, r.DBMiB)
		for _, k := range latencyKinds {
			fmt.Printf(" %*s", columnWidth(k), fmt.Sprintf("%6.2f/%6.2f", r.Latency[k].P50, r.Latency[k].P99))
		}
		fmt.Printf(" | %8.1f %8.1f %8.1f\n", r.RSSMiB, r.PeakMiB, r.CachedMiB)
	}
	fmt.Print("events listed per page:")
	for _, k := range latencyKinds {
		fmt.Printf(" %s", k)
		for _, r := range out {
			fmt.Printf(" %.0f", r.Latency[k].Listed)
		}
		fmt.Print(";")
	}
	fmt.Println()
	// Growth from the smallest story, and from the second smallest: a
	// search of the smallest lists fewer events than a page holds.
	for i := range min(2, len(out)-1) {
		first, last := out[i], out[len(out)-1]
		fmt.Printf("p50 at %d events over p50 at %d:", last.Events, first.Events)
		for _, k := range latencyKinds {
			fmt.Printf(" %s %.2f", k, last.Latency[k].P50/first.Latency[k].P50)
		}
		fmt.Println()
	}
	return out, nil
}

// columnWidth fits a latency column's heading and its figures.
func columnWidth(kind string) int { return max(13, len(kind)+len(" p50/p99")) }

func scaleOne(ctx context.Context, bin, work string, n, samples int) (ScaleResult, error) {
	res := ScaleResult{Events: n, Latency: map[string]Latency{}}
	db := filepath.Join(work, fmt.Sprintf("scale-%d.db", n))
	start := time.Now()
	story, sources, events := synth.Story("long", n, 1)
	if err := save(ctx, db, story, sources, events); err != nil {
		return res, err
	}
	res.Generate = time.Since(start).Seconds()
	res.Sources = len(sources)
	if fi, err := os.Stat(db); err == nil {
		res.DBMiB = float64(fi.Size()) / (1 << 20)
	}

	// Page cache off: every request renders.
	srv, err := startServer(ctx, bin, db, "--cache-mb", "0")
	if err != nil {
		return res, err
	}
	paths := requestPaths(story.Slug, events)
	for _, kind := range latencyKinds {
		l, err := timeRequests(srv.base, paths[kind], samples)
		if err != nil {
			srv.stop()
			return res, fmt.Errorf("%s: %w", kind, err)
		}
		res.Latency[kind] = l
	}
	res.RSSMiB, res.PeakMiB, err = memory(srv.cmd.Process.Pid)
	srv.stop()
	if err != nil {
		return res, err
	}

	// The default page cache, filled with distinct pages.
	srv, err = startServer(ctx, bin, db)
	if err != nil {
		return res, err
	}
	defer srv.stop()
	for i, p := range paths["event"] {
		if _, _, err := get(srv.base+p, nil); err != nil {
			return res, err
		}
		if i == 2000 {
			break
		}
	}
	_, res.CachedMiB, err = memory(srv.cmd.Process.Pid)
	return res, err
}

func save(ctx context.Context, path string, story timeline.Story, sources []timeline.Source, events []timeline.Event) error {
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.SaveStory(ctx, story, sources, events)
	return err
}

// requestPaths lists, for each kind of request, the addresses to ask for
// in turn: pages from all over the story, searches for words its titles
// use, and a search for a word in about half its events, which fills the
// first page at every size.
func requestPaths(slug string, events []timeline.Event) map[string][]string {
	rng := rand.New(rand.NewPCG(1, 2))
	story := "/stories/" + slug
	pages := (len(events) + 49) / 50
	apiPages := (len(events) + 99) / 100
	paths := map[string][]string{
		"timeline":      {story},
		"search-common": {story + "?q=" + url.QueryEscape(commonWord(events))},
		"api":           {"/api" + story + "/events?per_page=100"},
	}
	for range 500 {
		e := events[rng.IntN(len(events))]
		words := strings.Fields(e.Title)
		paths["event"] = append(paths["event"], story+"/events/"+e.ID+"-"+e.Slug)
		paths["search"] = append(paths["search"], story+"?q="+url.QueryEscape(words[len(words)-1]))
		paths["timeline-deep"] = append(paths["timeline-deep"], fmt.Sprintf("%s?page=%d", story, 1+rng.IntN(pages)))
		paths["api-deep"] = append(paths["api-deep"], fmt.Sprintf("/api%s/events?per_page=100&page=%d", story, 1+rng.IntN(apiPages)))
	}
	return paths
}

// commonWord is a word of four letters or more found in the nearest to
// half of the events (their titles, summaries and cited paragraphs).
func commonWord(events []timeline.Event) string {
	found := map[string]int{}
	for _, e := range events {
		text := []string{e.Title, e.Summary}
		for _, c := range e.Citations {
			text = append(text, c.ParagraphText)
		}
		seen := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(strings.Join(text, " ")), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) >= 4 && !seen[w] {
				seen[w] = true
				found[w]++
			}
		}
	}
	best, bestOff := "", len(events)
	for w, n := range found {
		if off := abs(n - len(events)/2); off < bestOff || off == bestOff && w < best {
			best, bestOff = w, off
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// timeRequests asks for paths in turn, one at a time, after a warm-up,
// and times each.
func timeRequests(base string, paths []string, samples int) (Latency, error) {
	var took []time.Duration
	listed := 0
	for i := range samples + 20 {
		p := paths[i%len(paths)]
		start := time.Now()
		status, body, err := get(base+p, nil)
		if err != nil {
			return Latency{}, err
		}
		if status != http.StatusOK {
			return Latency{}, fmt.Errorf("GET %s: %d", p, status)
		}
		if i >= 20 {
			took = append(took, time.Since(start))
			listed += eventsListed(body)
		}
	}
	slices.Sort(took)
	ms := func(q float64) float64 { return float64(took[int(q*float64(len(took)-1))].Microseconds()) / 1000 }
	return Latency{Requests: len(took), P50: ms(0.50), P99: ms(0.99), Path: paths[0],
		Listed: float64(listed) / float64(len(took))}, nil
}

// eventsListed counts the events on a page of the timeline (one per
// article element) or of the events API (one per citations list).
func eventsListed(body []byte) int {
	if n := bytes.Count(body, []byte(`<article class="event"`)); n > 0 {
		return n
	}
	return bytes.Count(body, []byte(`"citations":`))
}
