package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Startup is the time from starting the process to its first served
// page, and what the program weighs.
type Startup struct {
	// FirstStart starts on an empty database, so it includes ingesting
	// the sample story; Restart starts on the database that left.
	FirstStartMS []float64 `json:"first_start_ms"`
	RestartMS    []float64 `json:"restart_ms"`
	BinaryMiB    float64   `json:"binary_mib"`
	ImageMiB     float64   `json:"image_mib,omitempty"`
	IdleRSSMiB   float64   `json:"idle_rss_mib"`
}

func benchStartup(ctx context.Context, bin string, cfg runConfig) (Startup, error) {
	var s Startup
	fi, err := os.Stat(bin)
	if err != nil {
		return s, err
	}
	s.BinaryMiB = float64(fi.Size()) / (1 << 20)
	runs := 10
	if cfg.quick {
		runs = 3
	}
	for i := range runs {
		db := filepath.Join(cfg.work, fmt.Sprintf("start-%d.db", i))
		first, err := timeToFirstPage(ctx, bin, db, false)
		if err != nil {
			return s, err
		}
		again, err := timeToFirstPage(ctx, bin, db, i == runs-1)
		if err != nil {
			return s, err
		}
		s.FirstStartMS = append(s.FirstStartMS, first.ms)
		s.RestartMS = append(s.RestartMS, again.ms)
		if again.idleRSS > 0 {
			s.IdleRSSMiB = again.idleRSS
		}
	}
	if out, err := exec.CommandContext(ctx, "podman", "image", "inspect", "--format", "{{.Size}}", cfg.image).Output(); err == nil {
		if size, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64); err == nil {
			s.ImageMiB = size / (1 << 20)
		}
	}
	fmt.Printf("first start (empty database, ingests the sample story): median %.0f ms, slowest %.0f ms of %d\n", median(s.FirstStartMS), slices.Max(s.FirstStartMS), runs)
	fmt.Printf("restart: median %.0f ms, slowest %.0f ms of %d\n", median(s.RestartMS), slices.Max(s.RestartMS), runs)
	fmt.Printf("binary %.1f MiB · idle RSS %.1f MiB · ", s.BinaryMiB, s.IdleRSSMiB)
	if s.ImageMiB > 0 {
		fmt.Printf("image %q %.1f MiB\n", cfg.image, s.ImageMiB)
	} else {
		fmt.Printf("image not measured: podman has no image %q (podman build -t %s .)\n", cfg.image, cfg.image)
	}
	return s, nil
}

type started struct {
	ms      float64
	idleRSS float64
}

// timeToFirstPage starts the server and asks for the home page as fast
// as it can until it is served.
func timeToFirstPage(ctx context.Context, bin, db string, idle bool) (started, error) {
	port, err := freePort()
	if err != nil {
		return started{}, err
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	cmd := exec.CommandContext(ctx, bin, "serve", "--addr", addr, "--db", db)
	begin := time.Now()
	if err := cmd.Start(); err != nil {
		return started{}, err
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	for time.Since(begin) < 30*time.Second {
		status, _, err := get("http://"+addr+"/", nil)
		if err == nil && status == http.StatusOK {
			s := started{ms: float64(time.Since(begin).Microseconds()) / 1000}
			if idle {
				time.Sleep(2 * time.Second)
				s.idleRSS, _, err = memory(cmd.Process.Pid)
			}
			return s, err
		}
		time.Sleep(500 * time.Microsecond)
	}
	return started{}, fmt.Errorf("no page within 30 s of starting")
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
