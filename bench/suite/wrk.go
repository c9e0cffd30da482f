package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

// Load is what one wrk run measured.
type Load struct {
	RPS    float64 `json:"rps"`
	P50    float64 `json:"p50_ms"`
	P99    float64 `json:"p99_ms"`
	Errors int     `json:"errors"` // socket errors, timeouts and 4xx/5xx answers
}

// wrkReport makes wrk print its summary as one JSON line.
const wrkReport = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"duration_us":%d,"errors":%d,"p50_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout + e.status,
    latency:percentile(50), latency:percentile(99)))
end
`

// wrk loads url with conns connections for d, with extra request headers
// given as "Name: value".
func wrk(ctx context.Context, work, url string, conns int, d time.Duration, headers ...string) (Load, error) {
	script := filepath.Join(work, "report.lua")
	if _, err := os.Stat(script); err != nil {
		if err := os.WriteFile(script, []byte(wrkReport), 0o644); err != nil {
			return Load{}, err
		}
	}
	args := []string{"-t2", "-c" + strconv.Itoa(conns), "-d" + d.String(), "--timeout", "5s", "-s", script}
	for _, h := range headers {
		args = append(args, "-H", h)
	}
	out, err := exec.CommandContext(ctx, "wrk", append(args, url)...).Output()
	if err != nil {
		return Load{}, fmt.Errorf("wrk %s: %w", url, err)
	}
	var r struct {
		Requests   int `json:"requests"`
		DurationUS int `json:"duration_us"`
		Errors     int `json:"errors"`
		P50US      int `json:"p50_us"`
		P99US      int `json:"p99_us"`
	}
	report := out[bytes.LastIndex(out, []byte("\n{"))+1:]
	if err := json.Unmarshal(report, &r); err != nil {
		return Load{}, fmt.Errorf("wrk's report: %w\n%s", err, out)
	}
	return Load{
		RPS:    float64(r.Requests) / (float64(r.DurationUS) / 1e6),
		P50:    float64(r.P50US) / 1000,
		P99:    float64(r.P99US) / 1000,
		Errors: r.Errors,
	}, nil
}
