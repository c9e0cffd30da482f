// Command suite measures Throughline on this machine: serving next to
// nginx serving the same bytes, latency and memory as a story grows to
// 100,000 events, ingest throughput by stage, and start-up and footprint.
// It prints a table per section and writes every figure as JSON.
//
// bench/run installs wrk and nginx and runs it; bench/RESULTS.md has the
// figures of a full run and where the time goes.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

// Results is everything one run measured.
type Results struct {
	Machine Machine       `json:"machine"`
	Serve   *ServeResult  `json:"serve,omitempty"`
	Scale   []ScaleResult `json:"scale,omitempty"`
	Ingest  []IngestRun   `json:"ingest,omitempty"`
	Startup *Startup      `json:"startup,omitempty"`
}

var sectionNames = []string{"serve", "scale", "ingest", "startup", "profile"}

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	sections := flag.String("sections", strings.Join(sectionNames, ","), "sections to run, comma-separated")
	quick := flag.Bool("quick", false, "small sizes and short runs, to check the suite itself")
	duration := flag.Duration("duration", 10*time.Second, "length of each wrk run")
	out := flag.String("out", "bench/out", "folder for results.json and profiles")
	image := flag.String("image", "throughline", "container image to report the size of, if podman has it")
	flag.Parse()
	want := strings.Split(*sections, ",")
	for _, s := range want {
		if !slices.Contains(sectionNames, s) {
			log.Fatalf("unknown section %q; the sections are %s", s, strings.Join(sectionNames, ", "))
		}
	}
	if *quick {
		*duration = 2 * time.Second
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	work, err := os.MkdirTemp("", "throughline-bench-")
	if err != nil {
		log.Fatal(err)
	}
	err = run(ctx, runConfig{work: work, out: *out, sections: want, quick: *quick, duration: *duration, image: *image})
	os.RemoveAll(work)
	if err != nil {
		log.Fatal(err)
	}
}

type runConfig struct {
	work, out, image string
	sections         []string
	quick            bool
	duration         time.Duration
}

func run(ctx context.Context, cfg runConfig) error {
	bin := filepath.Join(cfg.work, "throughline")
	// Built as the Dockerfile builds it.
	build := exec.CommandContext(ctx, "go", "build", "-trimpath", "-ldflags=-s -w", "-o", bin, "./cmd/server")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	res := Results{Machine: describeMachine(ctx)}
	fmt.Println(res.Machine)
	var err error
	for _, section := range cfg.sections {
		fmt.Printf("\n## %s\n\n", section)
		switch section {
		case "serve":
			var r ServeResult
			r, err = benchServe(ctx, bin, cfg)
			res.Serve = &r
		case "scale":
			res.Scale, err = benchScale(ctx, bin, cfg)
		case "ingest":
			res.Ingest, err = benchIngest(ctx, bin, cfg)
		case "startup":
			var s Startup
			s, err = benchStartup(ctx, bin, cfg)
			res.Startup = &s
		case "profile":
			err = profile(ctx, cfg)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", section, err)
		}
	}
	path := filepath.Join(cfg.out, "results.json")
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Printf("\nresults: %s\n", path)
	return nil
}
