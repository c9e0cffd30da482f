package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// profile records CPU profiles of the slowest page to render (a deep page
// of a 10,000-event timeline) and of the ingest pipeline over 10,000
// articles, with the Go benchmarks that time them, and prints where the
// time goes.
func profile(ctx context.Context, cfg runConfig) error {
	abs, err := filepath.Abs(cfg.out)
	if err != nil {
		return err
	}
	for _, p := range []struct{ name, pkg, bench string }{
		{"timeline", "./internal/web", "Timeline/events=10000/last-page"},
		{"ingest", "./internal/ingest", "Build/articles=10000"},
	} {
		prof := filepath.Join(abs, p.name+".pprof")
		times := "3x"
		if cfg.quick {
			times = "1x"
		}
		args := []string{"test", p.pkg, "-run", "^$", "-bench", "^Benchmark" + p.bench + "$", "-benchtime", times,
			"-cpuprofile", prof, "-o", filepath.Join(cfg.work, p.name+".test")}
		fmt.Printf("$ go %s\n", strings.Join(args, " "))
		if err := command(ctx, "go", args...); err != nil {
			return err
		}
		fmt.Printf("$ go tool pprof -top -nodecount 15 %s\n", prof)
		if err := command(ctx, "go", "tool", "pprof", "-top", "-nodecount", "15", prof); err != nil {
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
