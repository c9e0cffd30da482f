package timex

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkTag tags news text: the TempEval-3 training texts from
// ../shared when present beside the repository, and the embedded sample
// story always. Reports MB/s of input.
func BenchmarkTag(b *testing.B) {
	var texts []string
	paths, _ := filepath.Glob("../../../shared/tempeval/text/*.txt")
	samples, _ := filepath.Glob("../samplestory/*/*.txt")
	for _, p := range append(paths, samples...) {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	if len(texts) == 0 {
		b.Fatal("no texts to tag")
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	dct := time.Date(1998, 3, 5, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Tag(t, dct)
		}
	}
	b.ReportMetric(float64(len(texts)), "docs/op")
}
