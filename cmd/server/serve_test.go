package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
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
// headers get 431, a client that never finishes its headers is cut off,
// and HSTS is sent when configured.
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

	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	_, err = conn.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: "))
	require.NoError(t, err)
	start := time.Now()
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(readHeaderTimeout+5*time.Second)))
	_, err = io.ReadAll(conn) // returns when the server closes the connection
	require.NoError(t, err, "the server, not the test's deadline, ended the connection")
	assert.Less(t, time.Since(start), readHeaderTimeout+2*time.Second)
}

func TestBadHSTSFlag(t *testing.T) {
	err := serve(context.Background(), []string{"--hsts-max-age", "a year"}, io.Discard, io.Discard)
	var usage usageError
	require.ErrorAs(t, err, &usage)
	assert.Contains(t, err.Error(), "--hsts-max-age")
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
	assert.Equal(t, "backup: "+backup+" (1 stories, 2 events, schema version 8, integrity ok)\n", out)
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
