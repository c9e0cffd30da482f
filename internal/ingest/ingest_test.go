package ingest_test

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/corpus"
	"github.com/throughline-news/throughline/internal/ingest"
	"github.com/throughline-news/throughline/internal/samplestory"
	"github.com/throughline-news/throughline/internal/timeline"
)

func sampleResult(t *testing.T) ingest.Result {
	t.Helper()
	folder, _, err := samplestory.Folder()
	require.NoError(t, err)
	story, err := corpus.Load(folder, nil)
	require.NoError(t, err)
	return ingest.Build(story.Articles)
}

// Every citation's quote is the text of its paragraph at its span.
func TestSampleCitationsQuoteTheirParagraph(t *testing.T) {
	res := sampleResult(t)
	require.NotEmpty(t, res.Events)
	paragraphs := map[string]map[int]timeline.Paragraph{}
	for _, s := range res.Sources {
		paragraphs[s.Key] = map[int]timeline.Paragraph{}
		for _, p := range s.Paragraphs {
			paragraphs[s.Key][p.Ordinal] = p
		}
	}
	for _, e := range res.Events {
		require.NotEmpty(t, e.Citations, "event %q cites nothing", e.Title)
		for _, c := range e.Citations {
			p, ok := paragraphs[c.SourceKey][c.Paragraph]
			require.True(t, ok, "event %q cites missing %s ¶%d", e.Title, c.SourceKey, c.Paragraph)
			assert.Contains(t, p.Text, c.Quote)
			runes := []rune(p.Text)
			require.LessOrEqual(t, c.QuoteEnd, len(runes))
			assert.Equal(t, c.Quote, string(runes[c.QuoteStart:c.QuoteEnd]), "span of %q", e.Title)
			assert.Contains(t, []timeline.Role{timeline.RoleBody, timeline.RoleHeadline}, p.Role,
				"event %q comes from a %s paragraph", e.Title, p.Role)
		}
	}
}

// No event takes the date of a file photo's caption, and every event is
// dated within the sample's reporting period or the months before it.
func TestSampleDatesComeFromText(t *testing.T) {
	for _, e := range sampleResult(t).Events {
		key := e.Date.SortKey()
		assert.NotEqual(t, 2024, key.Year(), "event %q dated by a caption", e.Title)
		assert.False(t, key.IsZero(), "event %q is undated", e.Title)
		if e.Date.Basis.Rule == "reported-in-lead" {
			// News in a lead is dated to the publication day it was reported.
			assert.Equal(t, e.Date.Basis.Anchor, e.Date.Start, "event %q", e.Title)
		} else {
			assert.NotEmpty(t, e.Date.Basis.Expression, "event %q", e.Title)
		}
		assert.True(t, utf8.ValidString(e.Title))
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, b := sampleResult(t), sampleResult(t)
	assert.Equal(t, a.Fingerprint("t", "d"), b.Fingerprint("t", "d"))
	assert.NotEqual(t, a.Fingerprint("t", "d"), a.Fingerprint("t2", "d"))
}

func TestBuildDatesAndMerges(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "The harbour authority closed the port on Monday after a fire in a warehouse.\n\nOfficials declined to comment on Tuesday."},
		{FileName: "b.txt", Outlet: "Wire B", Published: published,
			Text: "A warehouse fire led the harbour authority to close the port on Monday."},
	})
	require.Len(t, res.Sources, 2)
	require.Len(t, res.Events, 1, "the two reports of the closure are one event; the comment line is no event")
	e := res.Events[0]
	assert.Equal(t, "2025-03-10", e.Date.Start.Format(timeline.DateLayout))
	assert.Equal(t, timeline.PrecisionDay, e.Date.Precision)
	assert.Len(t, e.Citations, 2)
	assert.Equal(t, "The harbour authority closes the port", e.Title)
	assert.Regexp(t, `^[a-z2-7]{10}$`, e.ID)
}

// Reports that tell one happening in other words ("burst", "gave way")
// are one event, at the finest time any gives; what is announced as
// starting on a day starts then, and meets the report that it began.
func TestBuildMergesOtherWordsForOneEvent(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "A dam burst in the Kessling valley on Monday night, officials said.\n\nThe governor announced three days of mourning starting on Thursday."},
		{FileName: "b.txt", Outlet: "Wire B", Published: published.AddDate(0, 0, 1),
			Text: "The dam gave way at about 10:40 p.m. on Monday, the water agency said.\n\nThree days of mourning began on Thursday."},
	})
	assert.Equal(t, []string{
		"Mon 10 Mar 2025, 10:40 p.m.: A dam bursts in the Kessling valley",
		"Thu 13 Mar 2025: Three days of mourning begin",
	}, labels(res.Events))
}

// A phrasal verb and its one-word synonym tell one happening, as do
// "cooled" and "slowed".
func TestBuildMergesAPhrasalVerbWithItsSynonym(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published, Text: "Ana Ruiz resigned on Monday."},
		{FileName: "b.txt", Outlet: "Wire B", Published: published, Text: "Ruiz stepped down on Monday."},
		{FileName: "c.txt", Outlet: "Wire C", Published: published, Text: "The owners called off the sale on Tuesday."},
		{FileName: "d.txt", Outlet: "Wire D", Published: published, Text: "The sale was cancelled on Tuesday."},
		{FileName: "e.txt", Outlet: "Wire E", Published: published, Text: "The talks broke down on Thursday."},
		{FileName: "f.txt", Outlet: "Wire F", Published: published, Text: "The talks collapsed on Thursday."},
		{FileName: "g.txt", Outlet: "Wire G", Published: published, Text: "Inflation cooled to 2.1% in February."},
		{FileName: "h.txt", Outlet: "Wire H", Published: published, Text: "Inflation in the euro zone slowed for a third straight month in February."},
	})
	assert.Equal(t, []string{
		"Feb 2025: Inflation cools to 2.1%",
		"Thu 6 Mar 2025: The talks collapse",
		"Mon 10 Mar 2025: Ana Ruiz resigns",
		"Tue 11 Mar 2025: The sale is cancelled",
	}, labels(res.Events))
}

// A report of an act on a day joins an event that any of its reports
// dates that day, not only the first: a lead dated by its announcement,
// which a dated report of the act joined, meets another outlet's report.
func TestBuildMergesOnTheDayOfAnyReport(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "Margaret Hale, the broadcaster, has died at the age of 88, her family said on Tuesday.\n\nHale died peacefully at her home in Bath on Monday after a short illness, her son said."},
		{FileName: "b.txt", Outlet: "Wire B", Published: published.AddDate(0, 0, 8),
			Text: "Hale, who died on March 10 aged 88, presented a radio show for 28 years."},
	})
	require.Len(t, res.Events, 1, labels(res.Events))
	assert.Len(t, res.Events[0].Citations, 3)
}

// A date that opens a span after "between" or "from" dates its act over
// the whole span; a pair of dates that opens none dates only by its first.
func TestBuildDatesASpanByItsEnds(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "The court heard that between 2017 and 2021 the pair persuaded 200 workers to move their pensions.\n\nThe museum was shut from March to May 2024 for repairs.\n\nThe council met in 2019 and 2020 to discuss the plan."},
	})
	assert.Equal(t, []string{
		"2017–2021: The pair persuades 200 workers to move their pensions",
		"2019: The council meets to discuss the plan",
		"Mar–May 2024: The museum is shut for repairs",
	}, labels(res.Events))
	assert.Equal(t, "between 2017 and 2021", res.Events[0].Date.Basis.Expression, "how the date was worked out names the span")
}

// A date a length ends dates its act over the whole length: by months
// when the length is in months and ends with one, else by days.
func TestBuildDatesALengthByItsEnd(t *testing.T) {
	published := time.Date(2025, 8, 14, 0, 0, 0, 0, time.UTC) // a Thursday
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "Revenue fell 18% in the three months to June 30.\n\nExports rose 4% in the two weeks ended Aug. 10.\n\nPrices rose 2% in the 12 months to March 31.\n\nThe index gained 9% in the six months to July 15."},
	})
	assert.Equal(t, []string{
		"Apr 2024–Mar 2025: Prices rise 2%",
		"16 Jan–15 Jul 2025: The index gains 9%",
		"Apr–Jun 2025: Revenue falls 18%",
		"28 Jul–10 Aug 2025: Exports rise 4%",
	}, labels(res.Events))
	assert.Equal(t, "three months to June 30", res.Events[2].Date.Basis.Expression, "how the date was worked out names the length")
}

// Figures written with a thousands comma share no word: "180,000" and
// "60,000" are no "000" two reports tell of.
func TestBuildKeepsApartFiguresThatEndAlike(t *testing.T) {
	published := time.Date(2025, 10, 5, 0, 0, 0, 0, time.UTC) // a Sunday
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published, Text: "About 180,000 homes lost power on Saturday."},
		{FileName: "b.txt", Outlet: "Wire B", Published: published, Text: "Engineers reconnected 60,000 homes on Saturday."},
	})
	assert.Equal(t, []string{
		"Sat 4 Oct 2025: About 180,000 homes lose power",
		"Sat 4 Oct 2025: Engineers reconnect 60,000 homes",
	}, labels(res.Events))
}

// portClosure builds one article whose second paragraph, counted from
// the first's date by measure, closes the port, and returns that event.
func portClosure(t *testing.T, published time.Time, measure string) timeline.Event {
	t.Helper()
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "Fire broke out in a warehouse on the east quay on March 3.\n\n" + measure + ", the harbour authority closed the port."},
	})
	i := slices.IndexFunc(res.Events, func(e timeline.Event) bool { return strings.Contains(e.Title, "closes the port") })
	require.GreaterOrEqual(t, i, 0, "events: %v", res.Events)
	return res.Events[i]
}

// A date counted from another date in the text says which one, so the
// event page can show how it was worked out.
func TestBuildKeepsTheDateCountedFrom(t *testing.T) {
	closure := portClosure(t, time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "Two days later")
	assert.Equal(t, "2025-03-05", closure.Date.Start.Format(timeline.DateLayout))
	assert.Equal(t, "Two days later", closure.Date.Basis.Expression)
	assert.Equal(t, "March 3", closure.Date.Basis.Reference)
	assert.Equal(t, "Mon 3 Mar 2025", closure.Date.Basis.ReferenceLabel)
}

// A count of months from a day dates its event by the month alone, the
// day TIMEX3 gives it kept out of the timeline.
func TestBuildDatesACountOfMonthsByTheMonth(t *testing.T) {
	closure := portClosure(t, time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC), "Two months later")
	assert.Equal(t, "May 2025", closure.Date.Label())
	assert.Equal(t, timeline.PrecisionMonth, closure.Date.Precision)
}

// A clause measured "after" or "before" a dated one is an event of its
// own, dated from that date, and so is one the day's news "comes" after,
// dated from publication; a measure that names no day, an act still to
// come, or a noun in place of a clause is none.
func TestBuildDatesAMeasuredClauseFromItsNeighbour(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published, Text: "The talks began on Saturday, a week after a missile strike on a market killed 19 people."},
		{FileName: "b.txt", Outlet: "Wire B", Published: published, Text: "The mayor resigned on Monday, hours after a newspaper published the photos."},
		{FileName: "c.txt", Outlet: "Wire C", Published: published, Text: "The board met on Tuesday, three weeks before the company collapsed."},
		{FileName: "d.txt", Outlet: "Wire D", Published: published, Text: "The vote took place on March 3, a week after the election."},
		{FileName: "e.txt", Outlet: "Wire E", Published: published, Text: "The order comes three weeks after a rival announced plans to buy 40 planes."},
	})
	assert.Equal(t, []string{
		"Wed 19 Feb 2025: A rival announces plans to buy 40 planes",
		"Sat 1 Mar 2025: A missile strike on a market kills 19 people",
		"Mon 3 Mar 2025: The vote takes place",
		"Sat 8 Mar 2025: The talks begin",
		"Mon 10 Mar 2025: The mayor resigns",
		"Tue 11 Mar 2025: The board meets",
	}, labels(res.Events))
	strike := res.Events[1]
	assert.Equal(t, "a week after", strike.Date.Basis.Expression)
	assert.Equal(t, "Saturday", strike.Date.Basis.Reference)
	assert.Equal(t, "Sat 8 Mar 2025", strike.Date.Basis.ReferenceLabel)
	// What "comes" a measure after another act is the day's news: the
	// act is counted from publication, which the basis names.
	plans := res.Events[0]
	assert.Equal(t, "three weeks after", plans.Date.Basis.Expression)
	assert.Empty(t, plans.Date.Basis.Reference)
	assert.Empty(t, plans.Date.Basis.ReferenceLabel)
}

// A clause measured "after" or "before" a later date is dated from it,
// and what stands between "after" and the date is an event of its own;
// a clause with a date of its own is not counted ("She resigns" on 17
// January).
func TestBuildDatesAClauseMeasuredFromALaterDate(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published, Text: "The ship sank two days after leaving port on Saturday."},
		{FileName: "b.txt", Outlet: "Wire B", Published: published, Text: "The judge died a week before the trial began on Monday."},
		{FileName: "c.txt", Outlet: "Wire C", Published: published, Text: "She resigned in January, two weeks after the scandal broke on Jan. 3."},
	})
	require.Equal(t, []string{
		"Fri 3 Jan 2025: The scandal breaks",
		"Mon 3 Mar 2025: The judge dies",
		"Sat 8 Mar 2025: The ship leaves port",
		"Mon 10 Mar 2025: The ship sinks",
		"Mon 10 Mar 2025: The trial begins",
	}, labels(res.Events))
	sank := res.Events[3]
	assert.Equal(t, "two days after", sank.Date.Basis.Expression)
	assert.Equal(t, "Saturday", sank.Date.Basis.Reference)
	assert.Equal(t, "Sat 8 Mar 2025", sank.Date.Basis.ReferenceLabel)
}

// A day's events carry the time of day their reports give, the finest
// ("9 p.m." rather than "night"), and are listed in its order, those
// without one first; reports of one event that give it different times
// leave it out.
func TestBuildOrdersADayByTimeOfDay(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "Rescuers reached the quay at 9 p.m. on Tuesday.\n\nA fire broke out in a warehouse at 3:30 p.m. on Tuesday.\n\n" +
				"The harbour authority closed the port on Tuesday.\n\nThe mayor visited the hospital on Tuesday evening."},
		{FileName: "b.txt", Outlet: "Wire B", Published: published,
			Text: "The mayor visited the hospital at 10 a.m. on Tuesday.\n\nRescuers reached the quay on Tuesday night."},
	})
	assert.Equal(t, []string{
		"Tue 11 Mar 2025: The harbour authority closes the port",
		"Tue 11 Mar 2025: The mayor visits the hospital",
		"Tue 11 Mar 2025, 3:30 p.m.: A fire breaks out in a warehouse",
		"Tue 11 Mar 2025, 9 p.m.: Rescuers reach the quay",
	}, labels(res.Events))
}

// A clock time that names no day falls on the publication day: in the
// lead that dates what happened today; further down it is as often told
// of a day long before, and dates nothing.
func TestBuildDatesABareClockOnlyInTheLead(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "A blast tore through the warehouse at 10:35 a.m., police said.\n\nTraders protested on Tuesday.\n\n" +
				"In 2019 the owner was shot at 10 p.m. as he stood in his kitchen. His killer was shot at 6 a.m. near the port."},
	})
	assert.Equal(t, []string{
		"2019: The owner is shot at 10 p.m. as he stands in his kitchen",
		"Tue 11 Mar 2025: Traders protest",
		"Wed 12 Mar 2025, 10:35 a.m.: A blast tears through the warehouse",
	}, labels(res.Events))
}

// A headline drops the "is" of a passive: its bare past form is a
// participle, unless an object follows.
func TestBuildReadsAHeadlinesBarePastFormAsPassive(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ headline, want string }{
		{"Senate passes bill; House vote expected Friday", "Fri 14 Mar 2025: House vote is expected"},
		{"Two arrested after raid on Monday", "Mon 10 Mar 2025: Two are arrested after raid"},
		{"Police say gunman fled on Monday", "Mon 10 Mar 2025: Police say gunman fled"},
		{"Parliament votes to dissolve, election set for June", "Jun 2025: Election is set for June"},
	} {
		res := ingest.Build([]ingest.Article{{FileName: "a.txt", Headline: tt.headline, Outlet: "Wire A", Published: published,
			Text: tt.headline + "\n\nThe mayor spoke to reporters."}})
		assert.Equal(t, []string{tt.want}, labels(res.Events), tt.headline)
	}
}

// A date in a participle's phrase on the verb's object dates that
// phrase, an event of its own, not the verb: the report's day dates the
// appeal.
func TestBuildDatesAVerbPastAParticipleOnItsObject(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "The firm has lodged an appeal against a record fine imposed by the national competition regulator in January, the company said on Friday."},
	})
	assert.Equal(t, []string{
		"Jan 2025: A record fine is imposed by the national competition regulator",
		"Fri 7 Mar 2025: The firm lodges an appeal against a record fine",
	}, labels(res.Events))
}

// A date ending a "that" relative inside a phrase set off before the
// reported verb dates the relative's noun, not what was reported.
func TestBuildDatesAReportPastARelativeInItsAside(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "The retailer warned in November that its costs, including a tax that took effect in April, would rise by £25m."},
	})
	var dates []string
	for _, e := range res.Events {
		dates = append(dates, e.Date.Label())
	}
	assert.Equal(t, []string{"Nov 2024"}, dates)
}

// An event's kind is its verb's: "called for calm" is a statement,
// "were called to the port" (summoned) and "was rejected by parliament"
// (voted down) actions.
func TestBuildKindsByVerb(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"The mayor called for calm on Monday.":                          "statement",
		"Police were called to the port on Monday.":                     "action",
		"The port authority denied the report on Monday.":               "statement",
		"The budget was rejected by parliament on Monday.":              "action",
		"The appeal was dismissed on Monday.":                           "action",
		"Their request was denied on Monday.":                           "action",
		"The High Court dismissed the challenge on Monday.":             "action",
		"Justice Maria Lopez rejected the appeal on Monday.":            "action",
		"The Justice Department rejected the report on Monday.":         "statement",
		"The jury and the lawyers denied the report on Monday.":         "statement",
		"The union called the walkout on Monday.":                       "action",
		"Rescuers called off the search on Monday.":                     "action",
		"The mayor called on the government to act on Monday.":          "statement",
		"The governor called in the army on Monday.":                    "action",
		"The army called up 5,000 reservists on Monday.":                "action",
		"The climbers called for help on Monday.":                       "action",
		"The union called the decision a disgrace on Monday.":           "statement",
		"The prime minister called a snap election for June on Monday.": "action",
		"The carmaker posted record profits on Monday.":                 "action",
		"The firm posted a loss of $2 billion on Monday.":               "action",
		"The minister posted a video on Monday.":                        "statement",
		"State lawmakers rejected a bill on Monday.":                    "action",
		"The members rejected two earlier offers on Monday.":            "action",
		"The club dismissed its coach on Monday.":                       "action",
		"The company denied the allegations on Monday.":                 "statement",
		"The Senate confirmed Dana Whitfield to the board on Monday.":   "action",
		"Whitfield was confirmed as governor on Monday.":                "action",
		"The ministry confirmed the closure on Monday.":                 "statement",
		"A woman claimed the jackpot on Monday.":                        "action",
		"The group claimed responsibility on Monday.":                   "statement",
		"Kelly was announced as the winner on Monday.":                  "action",
		"The closure was announced to staff on Monday.":                 "statement",
		"Residents were told to leave their homes on Monday.":           "action",
		"Residents were told of the closure on Monday.":                 "statement",
		"It was announced on Monday that the plant would close.":        "statement",
	} {
		res := ingest.Build([]ingest.Article{{FileName: "a.txt", Outlet: "Wire A", Published: published, Text: text}})
		if assert.Len(t, res.Events, 1, text) {
			assert.Equal(t, want, res.Events[0].Kind, text)
		}
	}
}

// A wire dateline's day is when the report was filed: the event is dated
// by what the sentence says, and the dateline is no part of its title.
func TestBuildSkipsTheDateline(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC) // a Wednesday
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "KESSLING, March 12 (Wire A) - The harbour authority closed the port on Tuesday after a fire in a warehouse."},
	})
	require.Len(t, res.Events, 1)
	e := res.Events[0]
	assert.Equal(t, "2025-03-11", e.Date.Start.Format(timeline.DateLayout))
	assert.Equal(t, "The harbour authority closes the port", e.Title)
	assert.True(t, strings.HasPrefix(e.Citations[0].Quote, "The harbour authority"), e.Citations[0].Quote)
}

// A dateline on a line of its own, as some wires send it, dates nothing.
func TestBuildSkipsADatelineLine(t *testing.T) {
	published := time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)
	res := ingest.Build([]ingest.Article{
		{FileName: "a.txt", Outlet: "Wire A", Published: published,
			Text: "KESSLING, March 12 (Wire A) --\n\nThe harbour authority closed the port on Tuesday after a fire in a warehouse.\n"},
	})
	require.Len(t, res.Events, 1)
	assert.Equal(t, "2025-03-11", res.Events[0].Date.Start.Format(timeline.DateLayout))
	assert.Equal(t, "The harbour authority closes the port", res.Events[0].Title)
}

func TestSlugify(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Minister denies reports!", "minister-denies-reports"},
		{"Café owners say the port closure hurt trade", "cafe-owners-say-the-port-closure-hurt-trade"},
		{"Мэр объявил о закрытии порта", "mer-ob-iavil-o-zakrytii-porta"},
		{"Traders protest <script>alert(1)</script>", "traders-protest-script-alert-1-script"},
		{"a very long title that keeps on going and going well past the sixty byte limit", "a-very-long-title-that-keeps-on-going-and-going-well-past"},
		{"«»", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			got := ingest.Slugify(tt.title)
			assert.Equal(t, tt.want, got)
			assert.LessOrEqual(t, len(got), 60)
		})
	}
}
