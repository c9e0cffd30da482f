package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/throughline-news/throughline/internal/publish"
	"github.com/throughline-news/throughline/internal/synth"
)

// IngestRun is one ingest of n invented articles into a new database, by
// the real command.
type IngestRun struct {
	Articles    int            `json:"articles"`
	Events      int            `json:"events"`
	MiB         float64        `json:"mib"`
	Seconds     float64        `json:"seconds"` // wall time of the whole command
	PerSecond   float64        `json:"articles_per_s"`
	MiBPerSec   float64        `json:"mib_per_s"`
	Stages      publish.Stages `json:"stages"`
	NLogNGrowth float64        `json:"n_log_n_growth"` // cost per n·log n, relative to the smallest run
}

func benchIngest(ctx context.Context, bin string, cfg runConfig) ([]IngestRun, error) {
	sizes := []int{10, 100, 1000, 10_000}
	if cfg.quick {
		sizes = []int{10, 100}
	}
	fmt.Printf("%8s %7s %7s %8s %9s %7s | %6s %6s %6s %6s %6s %6s | %8s\n", "articles", "events", "MiB", "seconds", "articles/s", "MiB/s",
		"parse", "clean", "timex", "events", "merge", "store", "n log n")
	var out []IngestRun
	for _, n := range sizes {
		r, err := ingestOne(ctx, bin, cfg.work, n)
		if err != nil {
			return out, fmt.Errorf("%d articles: %w", n, err)
		}
		if len(out) > 0 {
			base := out[0]
			r.NLogNGrowth = (r.Seconds / nlogn(r.Articles)) / (base.Seconds / nlogn(base.Articles))
		} else {
			r.NLogNGrowth = 1
		}
		out = append(out, r)
		s := r.Stages
		total := float64(s.Parse + s.Clean + s.Timex + s.Events + s.Merge + s.Store)
		pct := func(d time.Duration) float64 { return 100 * float64(d) / total }
		fmt.Printf("%8d %7d %7.1f %8.2f %9.0f %7.2f | %5.1f%% %5.1f%% %5.1f%% %5.1f%% %5.1f%% %5.1f%% | %8.2f\n",
			r.Articles, r.Events, r.MiB, r.Seconds, r.PerSecond, r.MiBPerSec,
			pct(s.Parse), pct(s.Clean), pct(s.Timex), pct(s.Events), pct(s.Merge), pct(s.Store), r.NLogNGrowth)
	}
	return out, nil
}

// nlogn is n·log2(n), at least n.
func nlogn(n int) float64 { return float64(n) * max(1, math.Log2(float64(n))) }

func ingestOne(ctx context.Context, bin, work string, n int) (IngestRun, error) {
	run := IngestRun{Articles: n}
	folder := filepath.Join(work, fmt.Sprintf("articles-%d", n))
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return run, err
	}
	size := 0
	for _, f := range synth.Articles(n, 1) {
		if err := os.WriteFile(filepath.Join(folder, f.Name), f.Data, 0o644); err != nil {
			return run, err
		}
		size += len(f.Data)
	}
	defer os.RemoveAll(folder)
	db := filepath.Join(work, fmt.Sprintf("ingest-%d.db", n))
	cmd := exec.CommandContext(ctx, bin, "ingest", "--db", db, "--story", "long-story", "--title", "A long story", "--json", folder)
	start := time.Now()
	out, err := cmd.Output()
	run.Seconds = time.Since(start).Seconds()
	if err != nil {
		return run, fmt.Errorf("ingest: %w", err)
	}
	var sum publish.Summary
	if err := json.Unmarshal(out, &sum); err != nil {
		return run, fmt.Errorf("ingest's summary: %w", err)
	}
	if sum.Articles != n {
		return run, fmt.Errorf("ingest stored %d articles of %d", sum.Articles, n)
	}
	run.Events = sum.Events
	run.Stages = sum.Stages
	run.MiB = float64(size) / (1 << 20)
	run.PerSecond = float64(n) / run.Seconds
	run.MiBPerSec = run.MiB / run.Seconds
	return run, nil
}
