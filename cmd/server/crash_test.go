package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/synth"
)

// childArgs, when set, makes the test binary run the command it names
// (arguments separated by newlines) as its own process, which a test can
// then kill.
const childArgs = "THROUGHLINE_TEST_CHILD_ARGS"

func TestMain(m *testing.M) {
	if args := os.Getenv(childArgs); args != "" {
		os.Args = append(os.Args[:1], strings.Split(args, "\n")...)
		main() // exits
	}
	os.Exit(m.Run())
}

// child starts the binary's command as a process of its own.
func child(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childArgs+"="+strings.Join(args, "\n"))
	return cmd
}

// ingestChild starts an ingest of a folder of files as a process of its
// own. It closes read when the files are all read and the ingest goes on
// to build the story, and saving when it starts to save it (both, at the
// latest, when the process ends).
func ingestChild(t *testing.T, db, folder string, files int, stdout io.Writer) (cmd *exec.Cmd, read, saving <-chan struct{}) {
	t.Helper()
	cmd = child(t, "ingest", "--db", db, "--story", "crash", "--title", "Crash", "--json", folder)
	cmd.Stdout = stdout
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	readDone, savingStarted := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(savingStarted)
		defer func() {
			select {
			case <-readDone:
			default:
				close(readDone)
			}
		}()
		lines := bufio.NewScanner(stderr)
		for lines.Scan() {
			switch line := lines.Text(); {
			case strings.HasPrefix(line, fmt.Sprintf("reading %d/%d ", files, files)):
				close(readDone)
			case strings.HasPrefix(line, "saving "):
				return
			}
		}
	}()
	return cmd, readDone, savingStarted
}

// storyVersion writes a story folder of n invented articles.
func storyVersion(t *testing.T, n int, seed uint64) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range synth.Articles(n, seed) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644))
	}
	return dir
}

// updatedAt is the time an export says its story was last saved.
var updatedAt = regexp.MustCompile(`"updated_at":\s*"[^"]*"`)

// storyState is what a reader sees of a story, its sources and events,
// whenever it was saved.
func storyState(t *testing.T, db string) string {
	t.Helper()
	return updatedAt.ReplaceAllString(exported(t, db, "crash"), "")
}

// TestKilledIngestLosesNothing kills ingest processes with SIGKILL at
// random moments while a server reads the same database. After each kill
// the database passes SQLite's integrity check and holds the story as it
// was before the ingest or as the ingest would have left it, never a
// mixture; the server answers every request meanwhile.
// THROUGHLINE_KILLS sets the number of kills (default 12).
func TestKilledIngestLosesNothing(t *testing.T) {
	kills := 12
	if s := os.Getenv("THROUGHLINE_KILLS"); s != "" {
		n, err := strconv.Atoi(s)
		require.NoError(t, err, "THROUGHLINE_KILLS")
		kills = n
	}
	// Each version's state, and how long its ingest takes to build and
	// save the story once its files are read.
	sizes := []int{120, 240}
	versions := []string{storyVersion(t, sizes[0], 1), storyVersion(t, sizes[1], 2)}
	states := make([]string, 2)
	var took, saveTook time.Duration
	for i, folder := range versions {
		db := filepath.Join(t.TempDir(), "ref.db")
		var out bytes.Buffer
		cmd, read, _ := ingestChild(t, db, folder, sizes[i], &out)
		<-read
		start := time.Now()
		require.NoError(t, cmd.Wait())
		took = max(took, time.Since(start))
		var sum struct {
			Stages struct {
				Store time.Duration `json:"store_ns"`
			} `json:"stages"`
		}
		require.NoError(t, json.Unmarshal(out.Bytes(), &sum))
		saveTook = max(saveTook, sum.Stages.Store)
		states[i] = storyState(t, db)
	}
	require.NotEqual(t, states[0], states[1])

	db := filepath.Join(t.TempDir(), "crash.db")
	code, _, errOut := runCmd(t, "ingest", "--db", db, "--story", "crash", "--title", "Crash", versions[0])
	require.Equal(t, 0, code, errOut)
	current := 0

	addr := startServe(t, "--db", db, "--rate-limit", "0") // one client reading hard
	var reads, failures atomic.Int64
	stop := make(chan struct{})
	var readers sync.WaitGroup
	for r := range 4 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				// Searches differ, so the page cache cannot answer them.
				path := fmt.Sprintf("/stories/crash?q=said+%d", r*1_000_000+i)
				if i%2 == 0 {
					path = "/api/stories/crash/events?limit=50"
				}
				resp, err := http.Get("http://" + addr + path)
				if err != nil || resp.StatusCode != http.StatusOK {
					failures.Add(1)
					if err == nil {
						resp.Body.Close()
					}
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				reads.Add(1)
			}
		}()
	}

	landed, midSave := 0, 0 // kills after the commit, and during the save before it
	for k := range kills {
		next := 1 - current
		cmd, read, saving := ingestChild(t, db, versions[next], sizes[next], io.Discard)
		// Every other kill comes while the story is saved, or just after;
		// the rest come any time from when the files are read until well
		// after the ingest would be done, as the readers slow it.
		if k%2 == 0 {
			<-saving
			time.Sleep(time.Duration(rand.Int64N(int64(saveTook) * 3 / 2)))
		} else {
			<-read
			time.Sleep(time.Duration(rand.Int64N(int64(took) * 2)))
		}
		require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
		_ = cmd.Wait() // killed, or finished first

		_, err := store.Check(context.Background(), db)
		require.NoError(t, err, "kill %d", k)
		state := storyState(t, db)
		require.True(t, slices.Contains(states, state), "kill %d left the story neither old nor new", k)
		if state == states[next] {
			landed++
			current = next
		} else if k%2 == 0 {
			midSave++
		}
	}
	close(stop)
	readers.Wait()
	t.Logf("%d kills: %d after the ingest committed, %d while it saved before the commit; %d reads meanwhile",
		kills, landed, midSave, reads.Load())
	assert.Zero(t, failures.Load(), "failed reads during ingests")
	assert.Positive(t, reads.Load())
	assert.Positive(t, midSave, "some kills came while the ingest saved")

	// A server started afresh on the database serves the story.
	resp, err := http.Get("http://" + startServe(t, "--db", db) + "/stories/crash")
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}
