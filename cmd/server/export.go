package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"

	"github.com/throughline-news/throughline/internal/web"
)

func export(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("export", stderr)
	dbPath := fs.String("db", env("THROUGHLINE_DB", "./data/throughline.db"), "SQLite database file (env THROUGHLINE_DB)")
	slug := fs.String("story", "", "slug of the story to export")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *slug == "" || fs.NArg() > 0 {
		return usageError{errors.New("usage: throughline export --db PATH --story SLUG")}
	}
	db, err := openExisting(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	story, err := db.Story(ctx, *slug)
	if err != nil {
		return err
	}
	sources, err := db.Sources(ctx, *slug)
	if err != nil {
		return err
	}
	events, err := db.Events(ctx, *slug)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(web.NewEventsJSON(story, sources, events))
}
