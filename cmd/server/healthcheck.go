package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// healthcheck probes a running server's /healthz, for container health
// checks in images that have no shell or curl.
func healthcheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("healthcheck", stderr)
	addr := fs.String("addr", env("THROUGHLINE_ADDR", "127.0.0.1:8080"), "address the server listens on (env THROUGHLINE_ADDR)")
	if err := parse(fs, args); err != nil {
		return err
	}
	host, port, err := net.SplitHostPort(*addr)
	if err != nil {
		return usageError{fmt.Errorf("--addr %q: %w", *addr, err)}
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+net.JoinHostPort(host, port)+"/healthz", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("unhealthy: %s", resp.Status)
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}
