package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/throughline-news/throughline/internal/publish"
	"github.com/throughline-news/throughline/internal/store"
)

func ingestCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("ingest", stderr)
	dbPath := fs.String("db", env("THROUGHLINE_DB", "./data/throughline.db"), "SQLite database file (env THROUGHLINE_DB)")
	slug := fs.String("story", "", "slug of the story to create or replace, e.g. harbour-fire")
	title := fs.String("title", "", "the story's title (wins over the manifest's; required without one)")
	description := fs.String("description", "", "the story's description (wins over the manifest's)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: throughline ingest --db PATH --story SLUG [--title T] [--description D] DIR")
		fmt.Fprintln(stderr, "DIR holds the articles (.txt, .md with front matter, saved .html pages) and")
		fmt.Fprintln(stderr, "optionally a manifest.json listing them (see README).")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{errors.New("want exactly one story folder")}
	}
	if *slug == "" {
		return usageError{errors.New("--story is required")}
	}
	if err := publish.CheckSlug(*slug); err != nil {
		return usageError{err}
	}
	dir := fs.Arg(0)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf("%s: no such folder", dir)
	}
	// Read and check everything before the database is opened, so bad
	// input leaves no trace, not even a new empty database.
	prepared, err := publish.Prepare(os.DirFS(dir), dir, *slug, publish.About{Title: *title, Description: *description})
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	sum, err := publish.Save(ctx, db, prepared)
	if err != nil {
		return err
	}
	for _, w := range sum.Warnings {
		fmt.Fprintf(stderr, "warning: %s: %s\n", dir, w)
	}
	status := "unchanged"
	if sum.Changed {
		status = "saved"
	}
	fmt.Fprintf(stdout, "%s: %d articles, %d events, %s in %s\n", sum.Slug, sum.Articles, sum.Events, status, sum.Duration.Round(1e6))
	return nil
}
