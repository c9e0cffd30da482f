package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// profile records CPU profiles of the slowest page to render (a search of
// a 10,000-event story) and of the ingest pipeline over 10,000 articles,
// with the Go benchmarks that time them, and prints where the time goes:
// for the page, only the time spent serving it, not building the story.
func profile(ctx context.Context, cfg runConfig) error {
	abs, err := filepath.Abs(cfg.out)
	if err != nil {
		return err
	}
	for _, p := range []struct{ name, pkg, bench, times, focus string }{
		{"search-page", "./internal/web", "Timeline/events=10000/search", "300x", "BenchmarkTimeline.func1"},
		{"ingest", "./internal/ingest", "Build/articles=10000", "3x", ""},
	} {
		prof := filepath.Join(abs, p.name+".pprof")
		times := p.times
		if cfg.quick {
			times = "1x"
		}
		args := []string{"test", p.pkg, "-run", "^$", "-bench", "^Benchmark" + p.bench + "$", "-benchtime", times,
			"-cpuprofile", prof, "-o", filepath.Join(cfg.work, p.name+".test")}
		fmt.Printf("$ go %s\n", strings.Join(args, " "))
		if err := command(ctx, "go", args...); err != nil {
			return err
		}
		top := []string{"tool", "pprof", "-top", "-nodecount", "20"}
		if p.focus != "" {
			top = append(top, "-focus", p.focus)
		}
		top = append(top, prof)
		fmt.Printf("$ go %s\n", strings.Join(top, " "))
		if err := command(ctx, "go", top...); err != nil {
			return err
		}
	}
	return nil
}

func command(ctx context.Context, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}
