package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/throughline-news/throughline/internal/store"
)

// openExisting opens a database that must already exist: listing or
// deleting must not create one.
func openExisting(ctx context.Context, path string) (*store.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("%s: no such database", path)
	}
	return store.Open(ctx, path)
}

func storiesCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("stories", stderr)
	dbPath := fs.String("db", env("THROUGHLINE_DB", "./data/throughline.db"), "SQLite database file (env THROUGHLINE_DB)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{errors.New("usage: throughline stories --db PATH")}
	}
	db, err := openExisting(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	stories, err := db.Stories(ctx)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, "SLUG\tSOURCES\tEVENTS\tUPDATED\tTITLE")
	for _, s := range stories {
		fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\n", s.Slug, s.SourceCount, s.EventCount, s.UpdatedAt.Format("2006-01-02 15:04"), s.Title)
	}
	return w.Flush()
}

func deleteStoryCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("delete-story", stderr)
	dbPath := fs.String("db", env("THROUGHLINE_DB", "./data/throughline.db"), "SQLite database file (env THROUGHLINE_DB)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{errors.New("usage: throughline delete-story --db PATH SLUG")}
	}
	db, err := openExisting(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	slug := fs.Arg(0)
	if err := db.DeleteStory(ctx, slug); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: deleted\n", slug)
	return nil
}
