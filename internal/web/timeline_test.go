package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/web"
)

var articleRe = regexp.MustCompile(`<article class="event">`)

func TestTimelineSearch(t *testing.T) {
	h, _, slug := newSite(t)
	page := body(t, get(t, h, "/stories/"+slug+"?q=intelligence"))
	n := len(articleRe.FindAllString(page, -1))
	require.Positive(t, n)
	assert.Contains(t, page, fmt.Sprintf(`<p class="status" role="status">%d events match</p>`, n))
	for _, card := range strings.Split(page, `<article class="event">`)[1:] {
		assert.Contains(t, strings.ToLower(card), "<mark>intelligence", "every result shows its match")
	}
	assert.Contains(t, page, `value="intelligence"`, "the form keeps the query")
	assert.Contains(t, page, "Clear search and filters")

	none := body(t, get(t, h, "/stories/"+slug+"?q=zzzzqqq"))
	assert.Contains(t, none, `0 events match`)
	assert.NotContains(t, none, `<article class="event">`)
}

// An event dated only to a year, quarter, season or decade is listed under
// that period, not under its first month.
func TestTimelineHeadingsNameTheDatesPeriod(t *testing.T) {
	ctx := context.Background()
	_, db, _ := newSite(t)
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	dates := []timeline.Date{
		{Start: day("1867-01-01"), End: day("1899-12-31"), Precision: timeline.PrecisionDecade, Modifier: timeline.ModLate},
		{Start: day("1960-01-01"), End: day("1969-12-31"), Precision: timeline.PrecisionDecade},
		{Start: day("1968-01-01"), End: day("1968-12-31"), Precision: timeline.PrecisionYear},
		{Start: day("2025-01-01"), End: day("2025-12-31"), Precision: timeline.PrecisionYear},
		{Start: day("2025-03-04"), End: day("2025-03-04"), Precision: timeline.PrecisionDay},
		{Start: day("2025-07-01"), End: day("2025-09-30"), Precision: timeline.PrecisionQuarter},
		{Start: day("2025-09-01"), End: day("2025-12-31"), Precision: timeline.PrecisionYear, Modifier: timeline.ModLate},
		{Start: day("2026-03-01"), End: day("2026-05-31"), Precision: timeline.PrecisionQuarter},
	}
	src := timeline.Source{Key: "a", FileName: "a.txt", Paragraphs: []timeline.Paragraph{{Ordinal: 1, Role: timeline.RoleBody, Text: "Text."}}}
	var events []timeline.Event
	for i, d := range dates {
		id := fmt.Sprintf("e%09d", i)
		events = append(events, timeline.Event{ID: id, Slug: id, Kind: "action", Title: "Event " + id, Summary: "Text.", Date: d,
			Citations: []timeline.Citation{{SourceKey: "a", Paragraph: 1, ParagraphText: "Text.", Quote: "Text.", QuoteEnd: 5}}})
	}
	_, err := db.SaveStory(ctx, timeline.Story{Slug: "periods", Title: "Periods", Fingerprint: "x"}, []timeline.Source{src}, events)
	require.NoError(t, err)
	h := web.NewHandler(db, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{})
	page := body(t, get(t, h, "/stories/periods"))
	var headings []string
	for _, m := range regexp.MustCompile(`<li class="month" id="([^"]+)"><h2>([^<]+)</h2>`).FindAllStringSubmatch(page, -1) {
		headings = append(headings, m[1]+" "+m[2])
	}
	assert.Equal(t, []string{"c19 19th century", "d1960 1960s", "y1968 1968", "y2025 2025", "m2025-03 March 2025", "q2025-3 Q3 2025", "y2025-2 2025", "p2026-03 Spring 2026"}, headings)
}

func TestTimelineSearchInputIsSafe(t *testing.T) {
	h, _, slug := newSite(t)
	for _, q := range []string{`"`, `NEAR(a b`, `*`, `title:boat`, `AND OR NOT`, `<script>alert(1)</script>`, "\x02x\x03", strings.Repeat("é", 100)} {
		resp := get(t, h, "/stories/"+slug+"?q="+url.QueryEscape(q))
		page := body(t, resp)
		assert.Equal(t, http.StatusOK, resp.StatusCode, q)
		assert.NotContains(t, page, "<script>alert", q)
	}
	resp := get(t, h, "/stories/"+slug+"?q="+strings.Repeat("a", 201))
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Contains(t, body(t, resp), "at most 200 characters")
}

func TestTimelineFilters(t *testing.T) {
	h, _, slug := newSite(t)
	doc := sampleEvents(t, h, slug)
	source := doc.Events[0].Citations[0].Source.ID

	bySource := body(t, get(t, h, "/stories/"+slug+"?source="+source))
	cards := strings.Split(bySource, `<article class="event">`)[1:]
	require.NotEmpty(t, cards)
	for _, c := range cards {
		assert.Contains(t, c, "/sources/"+source+"#p", "every event listed cites the source")
	}
	assert.Less(t, len(cards), len(doc.Events))

	byKind := body(t, get(t, h, "/stories/"+slug+"?kind=statement"))
	kinds := regexp.MustCompile(`<span class="kind">(?:· )?(\w+)</span>`).FindAllStringSubmatch(byKind, -1)
	require.NotEmpty(t, kinds)
	for _, k := range kinds {
		assert.Equal(t, "statement", k[1])
	}

	named := map[string][]string{} // actor → titles of events naming them
	for _, e := range doc.Events {
		for _, a := range e.Actors {
			named[a] = append(named[a], e.Title)
		}
	}
	require.NotEmpty(t, named, "the sample story's events name actors")
	for _, e := range doc.Events {
		if len(e.Actors) > 0 {
			page := body(t, get(t, h, e.URL))
			assert.Contains(t, page, `href="/stories/`+slug+`?actor=`+url.QueryEscape(e.Actors[0])+`"`, "the permalink links each actor to their events")
		}
	}
	for name, titles := range named {
		page := body(t, get(t, h, "/stories/"+slug+"?actor="+url.QueryEscape(name)))
		assert.Len(t, strings.Split(page, `<article class="event">`)[1:], len(titles), name)
		for _, title := range titles {
			assert.Contains(t, page, html.EscapeString(title), name)
		}
		assert.Contains(t, page, `selected>`+html.EscapeString(name)+" (", "the form shows the chosen actor")
	}

	dates := func(page string) []string {
		var out []string
		for _, m := range regexp.MustCompile(`<time class="date" datetime="([^"]+)"`).FindAllStringSubmatch(page, -1) {
			out = append(out, m[1][:7])
		}
		return out
	}
	oldest, newest := dates(body(t, get(t, h, "/stories/"+slug))), dates(body(t, get(t, h, "/stories/"+slug+"?order=newest")))
	require.Greater(t, len(oldest), 1)
	assert.LessOrEqual(t, oldest[0], oldest[len(oldest)-1])
	assert.GreaterOrEqual(t, newest[0], newest[len(newest)-1])
	assert.Equal(t, len(oldest), len(newest))
}

func TestTimelineBadQuery(t *testing.T) {
	h, _, slug := newSite(t)
	for _, q := range []string{"view=nonsense", "order=sideways", "source=no-such-source", "kind=no-such-kind", "actor=No+Such+Person", "page=0", "page=-1", "page=two", "page=99999999999999999999"} {
		t.Run(q, func(t *testing.T) {
			resp := get(t, h, "/stories/"+slug+"?"+q)
			assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
			page := body(t, resp)
			assert.Contains(t, page, "That timeline view does not exist")
			assert.Contains(t, page, "<h1")
		})
	}
	assert.Equal(t, http.StatusNotFound, get(t, h, "/stories/"+slug+"?page=2").StatusCode, "past the last page")
}

// dailyStory serves the story "long": n events on n days, each citing
// the one paragraph "Officials said the harbour stayed shut."
func dailyStory(t *testing.T, n int) http.Handler {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "long.db"))
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	para := "Officials said the harbour stayed shut."
	src := timeline.Source{Key: "wire", FileName: "wire.txt", Outlet: "Wire", Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
		Paragraphs: []timeline.Paragraph{{Ordinal: 1, Role: timeline.RoleBody, Text: para}}}
	var events []timeline.Event
	for i := range n {
		d := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		events = append(events, timeline.Event{
			ID: fmt.Sprintf("e%09d", i), Slug: "day", Kind: "action", Title: fmt.Sprintf("Event %d", i), Summary: para,
			Date:      timeline.Date{Start: d, End: d, Precision: timeline.PrecisionDay},
			Citations: []timeline.Citation{{SourceKey: "wire", Paragraph: 1, ParagraphText: para, Quote: para, QuoteEnd: len(para)}},
		})
	}
	_, err = db.SaveStory(ctx, timeline.Story{Slug: "long", Title: "Long story", Fingerprint: "f"}, []timeline.Source{src}, events)
	require.NoError(t, err)
	return web.NewHandler(db, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{})
}

// TestTimelinePages serves a story too long for one page.
func TestTimelinePages(t *testing.T) {
	h := dailyStory(t, 120)

	tests := []struct {
		query      string
		events     int
		first      string
		prev, next string
	}{
		{"", 50, "Event 0", "", "/stories/long?page=2"},
		{"?page=2", 50, "Event 50", "/stories/long", "/stories/long?page=3"},
		{"?page=3", 20, "Event 100", "/stories/long?page=2", ""},
		{"?order=newest&page=3", 20, "Event 19", "/stories/long?order=newest&amp;page=2", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			page := body(t, get(t, h, "/stories/long"+tt.query))
			assert.Len(t, articleRe.FindAllString(page, -1), tt.events)
			assert.Contains(t, page, ">"+tt.first+"</a>")
			assert.Contains(t, page, "of 3</span>")
			if tt.prev != "" {
				assert.Contains(t, page, `href="`+tt.prev+`" rel="prev"`)
			}
			if tt.next != "" {
				assert.Contains(t, page, `href="`+tt.next+`" rel="next"`)
			}
		})
	}
	assert.Equal(t, http.StatusNotFound, get(t, h, "/stories/long?page=4").StatusCode)
}

// A search that matches more events than it counts says so, and its
// pages go on to the last.
func TestSearchManyMatches(t *testing.T) {
	h := dailyStory(t, 1100)
	tests := []struct {
		query, status, pager string
		next                 bool
	}{
		{"?q=harbour", "More than 1,050 events match", "Page 1 of 22 or more", true},
		{"?q=harbour&page=2", "1,100 events match", "Page 2 of 22", true},
		{"?q=harbour&page=22", "1,100 events match", "Page 22 of 22", false},
		{"?q=harbour&order=newest&page=22", "1,100 events match", "Page 22 of 22", false},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			page := body(t, get(t, h, "/stories/long"+tt.query))
			assert.Contains(t, page, tt.status)
			assert.Contains(t, page, "<span>"+tt.pager+"</span>")
			assert.Equal(t, tt.next, strings.Contains(page, `rel="next"`))
		})
	}
	assert.Equal(t, http.StatusNotFound, get(t, h, "/stories/long?q=harbour&page=23").StatusCode)

	var doc web.EventsJSON
	require.NoError(t, json.Unmarshal([]byte(body(t, get(t, h, "/api/stories/long/events?q=harbour&per_page=50"))), &doc))
	assert.Equal(t, web.PageJSON{Number: 1, PerPage: 50, Total: 1050, MoreThanTotal: true,
		Next: "/api/stories/long/events?page=2&per_page=50&q=harbour"}, *doc.Page)
}

// FuzzTimelineQuery: no query string makes the timeline fail; it is served,
// refused with a 400 page, or past the last page.
func FuzzTimelineQuery(f *testing.F) {
	for _, s := range []string{"", "q=port", "page=2", "actor=%00", "kind=action&kind=statement", "q=%22NEAR(", "view=key&order=newest&page=1",
		"source=..%2F..", "q=" + strings.Repeat("x", 300), "%zz", "page=9999999999999999999"} {
		f.Add(s)
	}
	h, _, slug := newSite(f)
	f.Fuzz(func(t *testing.T, query string) {
		req := httptest.NewRequest(http.MethodGet, "/stories/"+slug, nil)
		req.URL.RawQuery = query
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		assert.Contains(t, []int{http.StatusOK, http.StatusBadRequest, http.StatusNotFound}, rec.Code, "query %q", query)
	})
}

func TestAPIPages(t *testing.T) {
	h, _, slug := newSite(t)
	all := sampleEvents(t, h, slug)
	require.Greater(t, len(all.Events), 5)
	var seen []string
	next := "/api/stories/" + slug + "/events?per_page=5"
	for next != "" {
		resp := get(t, h, next)
		require.Equal(t, http.StatusOK, resp.StatusCode)
		var doc web.EventsJSON
		require.NoError(t, json.Unmarshal([]byte(body(t, resp)), &doc))
		require.NotNil(t, doc.Page)
		assert.Equal(t, len(all.Events), doc.Page.Total)
		assert.LessOrEqual(t, len(doc.Events), 5)
		for _, e := range doc.Events {
			seen = append(seen, e.ID)
		}
		next = doc.Page.Next
	}
	var want []string
	for _, e := range all.Events {
		want = append(want, e.ID)
	}
	assert.Equal(t, want, seen, "following next visits every event once, in order")
	for _, q := range []string{"per_page=0", "per_page=1001", "page=0", "page=x", "key=maybe"} {
		assert.Equal(t, http.StatusBadRequest, get(t, h, "/api/stories/"+slug+"/events?"+q).StatusCode, q)
	}
}
