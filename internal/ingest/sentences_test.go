package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "The vote passed. Critics objected.", []string{"The vote passed.", "Critics objected."}},
		{"abbreviations", "The U.S. Coast Guard met Adm. Jane Doe on Nov. 11. She spoke.", []string{"The U.S. Coast Guard met Adm. Jane Doe on Nov. 11.", "She spoke."}},
		{"closing quote", "“It is over,” she said. “We won.” Then she left.", []string{"“It is over,” she said.", "“We won.”", "Then she left."}},
		{"lower-case after dot", "It cost 3.5 million. e.g. more.", []string{"It cost 3.5 million. e.g. more."}},
		{"a one-figure day ends a sentence", "She takes office on Jan. 1. She is the first.", []string{"She takes office on Jan. 1.", "She is the first."}},
		{"an initial does not", "It was signed by John F. Kennedy.", []string{"It was signed by John F. Kennedy."}},
		{"a clock's abbreviation before a preposition opening a sentence ends it", "The boat left at 7 a.m. By noon it had sunk.", []string{"The boat left at 7 a.m.", "By noon it had sunk."}},
		{"a clock's abbreviation before a capital that is no day or zone ends it", "Stay indoors until 5 p.m. Schools will close early.", []string{"Stay indoors until 5 p.m.", "Schools will close early."}},
		{"a clock's day or zone goes on with it", "The vote closes at 5 p.m. Tuesday. Polls shut at 8 p.m. EST on Monday. It hit at 4:12 a.m. (1912 GMT) offshore.", []string{"The vote closes at 5 p.m. Tuesday.", "Polls shut at 8 p.m. EST on Monday.", "It hit at 4:12 a.m. (1912 GMT) offshore."}},
		{"a dotted abbreviation before a sentence's opening word ends it", "Sanctions were imposed by the U.S. The move angered Beijing.", []string{"Sanctions were imposed by the U.S.", "The move angered Beijing."}},
		{"a letter before a sentence's opening word ends it", "It was seen by Wire B. It showed cracks.", []string{"It was seen by Wire B.", "It showed cracks."}},
		{"a title never ends one", "He met Gov. The Honourable Ann Lee.", []string{"He met Gov. The Honourable Ann Lee."}},
		{"'no' leads on only to a number", "It reached No. 1 in May. Lawmakers voted no. A spokesman said so.", []string{"It reached No. 1 in May.", "Lawmakers voted no.", "A spokesman said so."}},
		{"question", "Why now? Nobody knows.", []string{"Why now?", "Nobody knows."}},
		{"an ellipsis inside a quotation goes on with it, one outside ends its sentence", "“Oh my God... I have no words,” she said. He paused... Then he left.", []string{"“Oh my God... I have no words,” she said.", "He paused...", "Then he left."}},
		{"no end mark", "A headline without a full stop", []string{"A headline without a full stop"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func FuzzSplitSentences(f *testing.F) {
	f.Add("Mr. A met U.S. officials. “Yes.” No? (Fine.)")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range splitSentences(text) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("bad span %+v after %d in %q", s, prev, text)
			}
			prev = s.End
		}
	})
}
