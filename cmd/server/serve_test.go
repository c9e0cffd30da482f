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
