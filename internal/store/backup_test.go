package store

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A backup taken while an ingest writes holds one whole version of the
// story, passes the integrity check, and restores to a database that
// opens and reads the same.
func TestBackupWhileWritingAndRestore(t *testing.T) {
	ctx := context.Background()
	db, _, _, _ := savedFixture(t)
	dir := t.TempDir()

	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // ingests keep committing while the backup reads
		defer wg.Done()
		for i := range 20 {
			story, sources, events := fixture("v" + string(rune('a'+i)))
			_, err := db.SaveStory(ctx, story, sources, events[:1+i%2])
			assert.NoError(t, err)
		}
	}()
	out := filepath.Join(dir, "backup.db")
	c, err := db.Backup(ctx, out)
	wg.Wait()
	require.NoError(t, err)
	assert.Equal(t, 1, c.Stories)
	assert.Contains(t, []int{1, 2}, c.Events, "one whole version of the story")

	_, err = db.Backup(ctx, out)
	assert.ErrorContains(t, err, "already exists", "a backup never overwrites a file")

	target := filepath.Join(dir, "restored", "throughline.db")
	restored, err := Restore(ctx, out, target)
	require.NoError(t, err)
	assert.Equal(t, c, restored)
	again, err := Open(ctx, target)
	require.NoError(t, err)
	defer again.Close()
	events, err := again.Events(ctx, "harbour-fire")
	require.NoError(t, err)
	assert.Len(t, events, c.Events)
	_, err = Restore(ctx, out, target)
	assert.ErrorContains(t, err, "stop the server first", "an open database is not replaced")
}

func TestCheckRefusesWhatIsNotADatabase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.db")
	require.NoError(t, os.WriteFile(junk, []byte("not a database at all, just some words"), 0o600))
	for name, path := range map[string]string{"junk": junk, "missing": filepath.Join(dir, "missing.db")} {
		t.Run(name, func(t *testing.T) {
			_, err := Check(ctx, path)
			require.Error(t, err)
			assert.Contains(t, err.Error(), path)
			_, err = Restore(ctx, path, filepath.Join(dir, "target.db"))
			require.Error(t, err)
			assert.NoFileExists(t, filepath.Join(dir, "target.db"))
		})
	}
}
