package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/throughline-news/throughline/migrations"
)

// Backup writes a consistent copy of the database to the new file out,
// while it stays open for reading and writing: SQLite's VACUUM INTO
// reads one snapshot, so an ingest committing meanwhile is wholly in the
// copy or wholly not. The copy is then checked as Check does.
func (db *DB) Backup(ctx context.Context, out string) (Contents, error) {
	if _, err := os.Stat(out); !errors.Is(err, fs.ErrNotExist) {
		return Contents{}, fmt.Errorf("backup %s: the file already exists; choose a new name", out)
	}
	// Its own connection: the readers may not write a file at all, and
	// the writer is kept for ingests, which VACUUM INTO does not block.
	conn, err := sql.Open("sqlite", dsn(db.path, false))
	if err != nil {
		return Contents{}, fmt.Errorf("backup to %s: %w", out, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `VACUUM INTO ?`, out); err != nil {
		os.Remove(out)
		return Contents{}, fmt.Errorf("backup to %s: %w", out, err)
	}
	c, err := Check(ctx, out)
	if err != nil {
		os.Remove(out)
		return Contents{}, err
	}
	return c, nil
}

// Contents summarises a database file Check has found sound.
type Contents struct {
	SchemaVersion int
	Stories       int
	Events        int
}

// Check opens a database file read-only, without changing it, and
// reports what it holds if SQLite's integrity check passes and its schema
// is one this program knows.
func Check(ctx context.Context, path string) (Contents, error) {
	var c Contents
	if _, err := os.Stat(path); err != nil {
		return c, fmt.Errorf("database %s: %w", path, err)
	}
	conn, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return c, fmt.Errorf("open %s: %w", path, err)
	}
	defer conn.Close()
	var result string
	if err := conn.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&result); err != nil {
		return c, fmt.Errorf("%s is not a readable SQLite database: %w", path, err)
	}
	if result != "ok" {
		return c, fmt.Errorf("%s failed SQLite's integrity check: %s", path, result)
	}
	if err := conn.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&c.SchemaVersion); err != nil {
		return c, fmt.Errorf("read schema version of %s: %w", path, err)
	}
	ms, err := loadMigrations(migrations.FS)
	if err != nil {
		return c, err
	}
	if latest := len(ms); c.SchemaVersion == 0 || c.SchemaVersion > latest {
		return c, fmt.Errorf("%s has schema version %d; this program knows versions 1 to %d", path, c.SchemaVersion, latest)
	}
	if err := conn.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM events)`).Scan(&c.Stories, &c.Events); err != nil {
		return c, fmt.Errorf("%s is not a Throughline database: %w", path, err)
	}
	return c, nil
}

// Restore replaces the database at path with the backup from, after
// checking the backup. The database must be closed: SQLite keeps -wal and
// -shm files beside a database that is open, or that a crash left
// unfinished, and Restore refuses while either exists, since replacing
// the file under them would corrupt it. The backup is copied beside the
// database and renamed over it, so path is the old database or the new
// one, never part of either.
func Restore(ctx context.Context, from, path string) (Contents, error) {
	c, err := Check(ctx, from)
	if err != nil {
		return c, err
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			return c, fmt.Errorf("restore %s: %s exists, so the database is open (stop the server first) "+
				"or was not closed cleanly (open and close it once, e.g. with the stories command, then restore)", path, path+suffix)
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return c, fmt.Errorf("restore %s: %w", path, err)
	}
	tmp := path + ".restoring"
	if err := copyFile(from, tmp); err != nil {
		os.Remove(tmp)
		return c, fmt.Errorf("restore %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return c, fmt.Errorf("restore %s: %w", path, err)
	}
	return c, syncDir(filepath.Dir(path))
}

// copyFile copies from to the new file to and flushes it to disk.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o640)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// syncDir flushes a folder's entries, so a rename in it survives a crash.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
