// Package store keeps stories, sources and events in SQLite. It owns the
// SQL and the migrations: one writer connection serialises every write,
// a pool of read-only connections serves pages while a write runs (WAL).
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DB is an open Throughline database.
type DB struct {
	path   string
	writer *sql.DB
	reader *sql.DB
	// read runs the read methods' queries: the reader pool, or in a
	// snapshot one read transaction.
	read querier
}

// querier is what reads need of a pool or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Open opens (creating it if needed) the database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("database path %q: must not contain '?' or '#'", path)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("database folder: %w", err)
		}
	}
	writer, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	writer.SetMaxOpenConns(1)
	db := &DB{path: path, writer: writer}
	if err := migrate(ctx, writer); err != nil {
		writer.Close()
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	reader, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		writer.Close()
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	reader.SetMaxOpenConns(max(4, 2*runtime.GOMAXPROCS(0)))
	reader.SetMaxIdleConns(max(4, 2*runtime.GOMAXPROCS(0)))
	db.reader, db.read = reader, reader
	return db, nil
}

// dsn sets the pragmas on every connection: busy_timeout first so the
// others wait for a lock instead of failing, WAL so readers never block
// the writer, enforced foreign keys. Writers take the write lock when a
// transaction begins, so two writers never deadlock upgrading locks.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// Sorts and temporary indexes stay in memory: the container's root
	// file system is read-only, and /data is for the database alone.
	q.Add("_pragma", "temp_store(MEMORY)")
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
	}
	return path + "?" + q.Encode()
}

// Close closes the database.
func (db *DB) Close() error {
	return errors.Join(db.reader.Close(), db.writer.Close())
}

// Snapshot returns a view of the database as it is now, for several reads
// that must agree, such as the queries of one page: an ingest that commits
// meanwhile is not seen. Writes and Close go to the database itself; call
// release when done.
func (db *DB) Snapshot(ctx context.Context) (view *DB, release func(), err error) {
	tx, err := db.reader.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, fmt.Errorf("begin snapshot: %w", err)
	}
	// In WAL mode a read transaction's snapshot starts at its first read.
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM stories`).Scan(&n); err != nil {
		tx.Rollback()
		return nil, nil, fmt.Errorf("begin snapshot: %w", err)
	}
	view = &DB{path: db.path, writer: db.writer, reader: db.reader, read: tx}
	return view, func() { tx.Rollback() }, nil
}

// Ping checks that the database answers a read.
func (db *DB) Ping(ctx context.Context) error {
	return db.reader.PingContext(ctx)
}
