package ingest

import (
	"fmt"
	"testing"

	"github.com/throughline-news/throughline/internal/article"
	"github.com/throughline-news/throughline/internal/synth"
)

// articles makes n invented articles of a long-running story, twenty a
// day, as the corpus reader would hand them over.
func articles(b *testing.B, n int) ([]Article, int) {
	b.Helper()
	var out []Article
	size := 0
	for _, f := range synth.Articles(n, 1) {
		a, err := article.Parse(f.Name, f.Data)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, Article{FileName: f.Name, Headline: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published, Text: a.Text})
		size += len(f.Data)
	}
	return out, size
}

// BenchmarkBuild runs the whole pipeline over 100 to 10,000 articles and
// reports articles per second and each stage's share of the time:
// go test ./internal/ingest -run '^$' -bench Build -benchtime 3x
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{100, 1000, 10_000} {
		in, size := articles(b, n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.SetBytes(int64(size))
			var total Stages
			for b.Loop() {
				_, took := BuildTimed(in)
				total.Clean += took.Clean
				total.Timex += took.Timex
				total.Events += took.Events
				total.Merge += took.Merge
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
			all := float64(total.Clean + total.Timex + total.Events + total.Merge)
			b.ReportMetric(100*float64(total.Clean)/all, "%clean")
			b.ReportMetric(100*float64(total.Timex)/all, "%timex")
			b.ReportMetric(100*float64(total.Events)/all, "%events")
			b.ReportMetric(100*float64(total.Merge)/all, "%merge")
		})
	}
}
