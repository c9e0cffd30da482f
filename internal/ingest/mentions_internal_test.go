package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/timex"
)

// The paragraphs of an article are tagged as one text: every expression
// must still be found in its own paragraph, at its own offsets, and none
// in a caption.
func TestTagParagraphs(t *testing.T) {
	src := timeline.Source{Published: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC), Paragraphs: []timeline.Paragraph{
		{Ordinal: 1, Role: timeline.RoleHeadline, Text: "Dam breaks in March"},
		{Ordinal: 2, Role: timeline.RoleBody, Text: "The dam broke on March 3."},
		{Ordinal: 3, Role: timeline.RoleCaption, Text: "FILE - The dam, June 4, 2019."},
		{Ordinal: 4, Role: timeline.RoleBody, Text: "Two days later, the army came."},
	}}
	tags := tagParagraphs(src)
	require.Len(t, tags, 4)
	assert.Equal(t, "March", tags[0][0].Text)
	assert.Equal(t, "March 3", tags[1][0].Text)
	assert.Empty(t, tags[2], "captions are not tagged")
	require.Len(t, tags[3], 1)
	assert.Equal(t, "2024-03-05", tags[3][0].Value, "counted from the paragraph before, past the caption")
	require.NotNil(t, tags[3][0].Reference)
	assert.Equal(t, "March 3", tags[3][0].Reference.Text)
}

func FuzzTagParagraphs(f *testing.F) {
	f.Add("The dam broke on March 3.", "Two days later, the army came.", "in March")
	f.Add("On Tuesday", "3 people", "Nov.")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		var ps []timeline.Paragraph
		for i, text := range []string{a, b, c} {
			role := timeline.RoleBody
			if i == 1 {
				role = timeline.RoleCaption
			}
			ps = append(ps, timeline.Paragraph{Ordinal: i + 1, Role: role, Text: strings.ToValidUTF8(text, "")})
		}
		src := timeline.Source{Published: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC), Paragraphs: ps}
		for i, es := range tagParagraphs(src) {
			for _, e := range es {
				p := ps[i].Text
				if e.Start < 0 || e.End > len(p) || e.Start > e.End || p[e.Start:e.End] != e.Text {
					t.Fatalf("paragraph %d %q: expression %q at [%d,%d)", i, p, e.Text, e.Start, e.End)
				}
			}
		}
	})
}

// TestContactRelative checks which words before a date are a relative
// clause with no relative word, and the clause they make.
func TestContactRelative(t *testing.T) {
	tests := []struct {
		before, after, want string
	}{
		{"spliced together parts of a speech Trump gave on", ", so that he appeared", "Trump gave a speech"},
		{"The fine Ofwat imposed in", " was the largest.", "Ofwat imposed the fine"},
		{"Crowds gathered on the day Hale arrived in", ".", ""},        // a noun of time tells when
		{"The company said Hale resigned on", ".", ""},                 // no noun before the name
		{"He praised the work Hale did in", "'s first term.", ""},      // the date a possessive
		{"Police said the rally Hale Smith Jones Lee led on", ".", ""}, // no name runs that long
		{"the cause was complications of a stroke she suffered in", ".", "she suffered a stroke"},
		{"ordered the state to use the map it adopted in", " for next year's elections.", "the map was adopted"},
		{"Shares are far below the highs they took in", ".", "the highs were taken"},
		{"a ruling the company appealed in", ".", "the company appealed a ruling"},
		{"Prosecutors told the court the company paid in", ".", ""}, // what a verb reports
	}
	for _, tt := range tests {
		got, ok := contactRelative(tt.before, tt.after)
		assert.Equal(t, tt.want != "", ok, tt.before)
		assert.Equal(t, tt.want, got, tt.before)
	}
}

// TestSecondInfinitive checks that only a second infinitive's verb is
// kept with the verb both follow.
func TestSecondInfinitive(t *testing.T) {
	tests := []struct{ clause, want string }{
		{"He has promised to cut the cabinet by half and to hold a referendum.", "He has promised to hold a referendum."},
		{"She moved to London and to Paris.", "She moved to London and to Paris."}, // no verb after "to"
		{"He promised to cut taxes, and to hold a referendum.", "He promised to cut taxes, and to hold a referendum."},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, secondInfinitive(tt.clause), tt.clause)
	}
}

// TestGappedPredicate checks which second phrases with a date of their
// own share the verb of the first.
func TestGappedPredicate(t *testing.T) {
	tests := []struct{ sentence, want, shared string }{
		{"Sales rose 3% in May and 5% in June.", "5% in June", "Sales rose"},
		{"She moved to London in 2019 and to Paris in 2021.", "to Paris in 2021", "She moved"},
		{"Rebels took the city at speed and captured Hama on Thursday and Homs late on Saturday.", "Homs late on Saturday", "Rebels captured"},
		{"Sales rose 3% over the Easter weekend and a warm June.", "", ""},            // "a warm June" is a noun phrase
		{"Prices rose, helped by sales in March and strong demand in June.", "", ""},  // the verb is an aside's
		{"Sales rose 3% in May and 5% in June as demand recovered.", "", ""},          // the second date does not end it
		{"The firm cut 200 jobs in 2019 and said it would cut more in 2021.", "", ""}, // a verb of its own
	}
	for _, tt := range tests {
		es := timex.Tag(tt.sentence, time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC))
		require.GreaterOrEqual(t, len(es), 2, tt.sentence)
		main, second := es[0], es[len(es)-1]
		g, ok := gappedPredicate(tt.sentence, span{0, len(tt.sentence)}, main, second, main.End, "")
		assert.Equal(t, tt.want != "", ok, tt.sentence)
		if ok {
			assert.Equal(t, tt.want, tt.sentence[g.phrase.Start:g.phrase.End], tt.sentence)
			assert.Equal(t, tt.shared, g.shared, tt.sentence)
		}
	}
}

func TestPlainVerbForm(t *testing.T) {
	tests := []struct {
		words []string
		want  bool
	}{
		{[]string{"end", "at"}, true},
		{[]string{"reopen", "on"}, true},
		{[]string{"return"}, true},
		{[]string{"security", "on"}, false},
		{[]string{"away", "on"}, false},
		{[]string{"talks", "on"}, false},
		{[]string{"Berlin", "on"}, false},
		{[]string{"end", "talks", "on"}, false},
		{[]string{"pass", "Earth"}, true},
		{[]string{"spending", "on"}, false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.words, " "), func(t *testing.T) {
			assert.Equal(t, tt.want, plainVerbForm(tt.words))
		})
	}
}

// TestReportedSubject checks the subject of what a saying reports, read
// past a date between the verb and it, but not past a date's modifier.
func TestReportedSubject(t *testing.T) {
	tests := []struct {
		head string
		want string
	}{
		{"The court said the tariffs", "the tariffs"},
		{"The court said on Monday the tariffs", "the tariffs"},
		{"The court said last week the tariffs", "the tariffs"},
		{"The court said last year's figures", "last year's figures"},
		{"The court said on Monday", ""},
	}
	for _, tt := range tests {
		t.Run(tt.head, func(t *testing.T) {
			subject, _ := reportedSubject(strings.Fields(tt.head))
			assert.Equal(t, tt.want, strings.Join(subject, " "))
		})
	}
}

func TestWithParticipleSubject(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Long queues formed, with some visitors saying", []string{"some", "visitors"}},
		{"Long queues formed, some visitors saying", nil},
		{"with their best showing", nil},
		{"with the fans who cheered saying", nil},
		{"with in recent days protesters saying", nil},
		{"with some visitors", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, withParticipleSubject(strings.Fields(tt.text)))
		})
	}
}
