package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/throughline-news/throughline/internal/store"
)

// backupCommand writes a consistent copy of a database that may be in use
// by a running server and an ingest.
func backupCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("backup", stderr)
	dbPath := fs.String("db", env("THROUGHLINE_DB", "./data/throughline.db"), "SQLite database file (env THROUGHLINE_DB)")
	out := fs.String("out", "", "the backup file to write; it must not exist")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" || fs.NArg() > 0 {
		return usageError{errors.New("usage: throughline backup --db PATH --out FILE")}
	}
	db, err := openExisting(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := db.Backup(ctx, *out)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "backup: %s (%s, integrity ok)\n", *out, describe(c))
	return nil
}

// restoreCommand replaces a database, which no server may have open, with
// a backup.
func restoreCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("restore", stderr)
	dbPath := fs.String("db", env("THROUGHLINE_DB", "./data/throughline.db"), "SQLite database file to replace (env THROUGHLINE_DB)")
	from := fs.String("from", "", "the backup file to restore")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *from == "" || fs.NArg() > 0 {
		return usageError{errors.New("usage: throughline restore --db PATH --from FILE (with the server stopped)")}
	}
	c, err := store.Restore(ctx, *from, *dbPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "restored: %s from %s (%s)\n", *dbPath, *from, describe(c))
	return nil
}

func describe(c store.Contents) string {
	return fmt.Sprintf("%d stories, %d events, schema version %d", c.Stories, c.Events, c.SchemaVersion)
}
