package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	return addr
}

// serve on an empty database shows the sample story, and a cancelled
// context (what SIGTERM does) shuts it down cleanly.
func TestServeFirstStartAndShutdown(t *testing.T) {
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- serve(ctx, []string{"--addr", addr, "--db", filepath.Join(t.TempDir(), "d.db")}, io.Discard, io.Discard)
	}()

	url := fmt.Sprintf("http://%s/", addr)
	var resp *http.Response
	require.Eventually(t, func() bool {
		var err error
		resp, err = http.Get(url)
		return err == nil
	}, 10*time.Second, 50*time.Millisecond, "server did not start")
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(b), `href="/stories/`, "the sample story is listed")

	var out strings.Builder
	require.NoError(t, healthcheck(context.Background(), []string{"--addr", addr}, &out, io.Discard))
	assert.Equal(t, "ok\n", out.String())

	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(25 * time.Second):
		t.Fatal("serve did not stop after cancellation")
	}
	_, err = http.Get(url)
	assert.Error(t, err, "the listener is closed")
}

func TestCacheSize(t *testing.T) {
	for _, tc := range []struct {
		in      string
		bytes   int
		problem string
	}{
		{"32", 32 << 20, ""},
		{"0", -1, ""}, // off
		{"4096", 4096 << 20, ""},
		{"-1", 0, "0 or more"},
		{"lots", 0, "not a whole number"},
		{"4097", 0, "more than the 4096 MiB"},
	} {
		got, err := megabytes(tc.in)
		if tc.problem != "" {
			assert.ErrorContains(t, err, tc.problem, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.bytes, got, tc.in)
	}
}

// startServe runs serve on a free address with the given flags until the
// test ends, and returns the address once it answers.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- serve(ctx, append([]string{"--addr", addr, "--db", filepath.Join(t.TempDir(), "d.db")}, args...), io.Discard, io.Discard)
	}()
	t.Cleanup(func() {
		cancel()
		assert.NoError(t, <-done)
	})
	require.Eventually(t, func() bool {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil
	}, 10*time.Second, 50*time.Millisecond, "server did not start")
	return addr
}

// The server's own limits, which only a real listener shows: oversized
// headers get 431, clients that send their headers or body too slowly are
// cut off, and HSTS is sent when configured.
func TestServerLimits(t *testing.T) {
	addr := startServe(t, "--hsts-max-age", "8760h")

	req, err := http.NewRequest(http.MethodGet, "http://"+addr+"/", nil)
	require.NoError(t, err)
	req.Header.Set("X-Padding", strings.Repeat("a", 64<<10))
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusRequestHeaderFieldsTooLarge, resp.StatusCode)

	resp, err = http.Get("http://" + addr + "/")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, "max-age=31536000; includeSubDomains", resp.Header.Get("Strict-Transport-Security"))
	assert.Empty(t, resp.Header.Get("Server"), "no software named")

	// Slow clients, side by side: one never finishes its headers, one
	// sends a body a byte at a time.
	t.Run("slow headers", func(t *testing.T) {
		t.Parallel()
		cutOff(t, addr, "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ", readHeaderTimeout)
	})
	t.Run("slow body", func(t *testing.T) {
		t.Parallel()
		cutOff(t, addr, "POST /api/stories HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n", readTimeout)
	})
}

// cutOff sends the start of a request, then a byte every half second,
// and checks the server closes the connection within limit (and a second
// or two of slack).
func cutOff(t *testing.T, addr, start string, limit time.Duration) {
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	began := time.Now()
	_, err = conn.Write([]byte(start))
	require.NoError(t, err)
	go func() {
		for range time.Tick(500 * time.Millisecond) {
			if _, err := conn.Write([]byte("a")); err != nil {
				return
			}
		}
	}()
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(limit+5*time.Second)))
	// Returns when the server closes the connection, or resets it when
	// it closes with a byte unread.
	_, err = io.ReadAll(conn)
	if !errors.Is(err, syscall.ECONNRESET) {
		require.NoError(t, err, "the server, not the test's deadline, ended the connection")
	}
	assert.Less(t, time.Since(began), limit+2*time.Second)
}

func TestBadServeFlags(t *testing.T) {
	tests := []struct {
		args []string
		flag string
	}{
		{[]string{"--hsts-max-age", "a year"}, "--hsts-max-age"},
		{[]string{"--rate-limit", "-1"}, "--rate-limit"},
		{[]string{"--rate-limit", "lots"}, "--rate-limit"},
		{[]string{"--client-ip-header", "X Forwarded"}, "--client-ip-header"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			err := serve(context.Background(), tt.args, io.Discard, io.Discard)
			var usage usageError
			require.ErrorAs(t, err, &usage)
			assert.Contains(t, err.Error(), tt.flag)
		})
	}
}

// The server limits each client's searches by default; the limit is
// configurable.
func TestServerRateLimit(t *testing.T) {
	for _, tt := range []struct {
		args    []string
		allowed int
	}{
		{nil, defaultRateLimit / 10},
		{[]string{"--rate-limit", "60"}, 6},
	} {
		db := filepath.Join(t.TempDir(), "t.db")
		code, _, errOut := runCmd(t, "ingest", "--db", db, "--story", "harbour-fire", storyFolder(t))
		require.Equal(t, 0, code, errOut)
		addr := startServe(t, append(tt.args, "--db", db)...)
		search := func(i int) int {
			resp, err := http.Get(fmt.Sprintf("http://%s/stories/harbour-fire?q=port+%d", addr, i))
			require.NoError(t, err)
			resp.Body.Close()
			return resp.StatusCode
		}
		// A full bucket allows a burst; after it, a slow machine may
		// earn a token or two back before the bucket runs dry.
		for i := range tt.allowed {
			require.Equal(t, http.StatusOK, search(i), "search %d with %v", i+1, tt.args)
		}
		refused := false
		for i := tt.allowed; i < 2*tt.allowed && !refused; i++ {
			refused = search(i) == http.StatusTooManyRequests
		}
		assert.True(t, refused, "no 429 with %v", tt.args)
	}
}

// A backup taken from a database a server is using restores to one that
// serves the same story; restoring over the database in use is refused.
func TestBackupAndRestoreCommands(t *testing.T) {
	dir := t.TempDir()
	live := filepath.Join(dir, "live.db")
	code, _, errOut := runCmd(t, "ingest", "--db", live, "--story", "harbour-fire", storyFolder(t))
	require.Equal(t, 0, code, errOut)
	addr := startServe(t, "--db", live)

	backup := filepath.Join(dir, "backup.db")
	code, out, errOut := runCmd(t, "backup", "--db", live, "--out", backup)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "backup: "+backup+" (1 stories, 2 events, schema version 10, integrity ok)\n", out)
	resp, err := http.Get("http://" + addr + "/stories/harbour-fire")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, "the server served on")

	code, _, errOut = runCmd(t, "restore", "--db", live, "--from", backup)
	assert.NotEqual(t, 0, code)
	assert.Contains(t, errOut, "stop the server first")

	restored := filepath.Join(dir, "restored", "throughline.db")
	code, out, errOut = runCmd(t, "restore", "--db", restored, "--from", backup)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "restored: "+restored)
	addr = startServe(t, "--db", restored)
	resp, err = http.Get("http://" + addr + "/stories/harbour-fire")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	code, _, errOut = runCmd(t, "backup", "--db", live)
	assert.Equal(t, 2, code, "usage error")
	assert.Contains(t, errOut, "usage: throughline backup")
}
