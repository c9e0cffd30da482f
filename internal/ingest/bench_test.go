package ingest

import (
	"fmt"
	"io/fs"
	"testing"
	"time"

	"github.com/throughline-news/throughline/internal/samplestory"
	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/timex"
)

// articles makes n articles of ordinary length from the sample story's
// texts, published on successive days, as a long-running story would be.
func articles(b *testing.B, n int) []Article {
	b.Helper()
	folder, _, err := samplestory.Folder()
	if err != nil {
		b.Fatal(err)
	}
	names, err := fs.Glob(folder, "*.txt")
	if err != nil || len(names) == 0 {
		b.Fatal("no sample texts", err)
	}
	var texts []string
	for _, name := range names {
		t, err := fs.ReadFile(folder, name)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]Article, n)
	for i := range out {
		out[i] = Article{
			FileName:  fmt.Sprintf("article-%05d.txt", i),
			Outlet:    fmt.Sprintf("Outlet %d", i%40),
			Published: start.AddDate(0, 0, i/5),
			Text:      texts[i%len(texts)],
		}
	}
	return out
}

// BenchmarkBuild runs the whole pipeline over 1,000 articles and reports
// articles per second; its sub-benchmarks time each stage alone.
func BenchmarkBuild(b *testing.B) {
	const n = 1000
	in := articles(b, n)
	bytes := 0
	for _, a := range in {
		bytes += len(a.Text)
	}
	b.Run("pipeline", func(b *testing.B) {
		b.SetBytes(int64(bytes))
		for i := 0; i < b.N; i++ {
			Build(in)
		}
		b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	})
	b.Run("paragraphs+roles", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			keys := map[string]int{}
			for _, a := range in {
				buildSource(a, keys)
			}
		}
	})
	sources := make([]timeline.Source, 0, n)
	keys := map[string]int{}
	for _, a := range in {
		sources = append(sources, buildSource(a, keys))
	}
	b.Run("timex", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, s := range sources {
				for _, p := range s.Paragraphs {
					timex.Tag(p.Text, s.Published)
				}
			}
		}
	})
	b.Run("mentions", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, s := range sources {
				findMentions(s)
			}
		}
	})
	var mentions []mention
	for _, s := range sources {
		mentions = append(mentions, findMentions(s)...)
	}
	b.Run("merge", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			merge(mentions, indexNames(sources))
		}
	})
}
