package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/throughline-news/throughline/internal/fetch"
	"github.com/throughline-news/throughline/internal/publish"
	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/timeline"
)

func ingestCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("ingest", stderr)
	dbPath := fs.String("db", env("THROUGHLINE_DB", "./data/throughline.db"), "SQLite database file (env THROUGHLINE_DB)")
	slug := fs.String("story", "", "slug of the story to create or replace, e.g. harbour-fire")
	title := fs.String("title", "", "the story's title (wins over the manifest's; required without one)")
	description := fs.String("description", "", "the story's description (wins over the manifest's)")
	urlList := fs.String("urls", "", "a file listing article URLs, one per line (# starts a comment)")
	dryRun := fs.Bool("dry-run", false, "show what the ingest would change, writing nothing")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: throughline ingest --db PATH --story SLUG [--title T] [--description D] [--urls FILE] [--dry-run] [--json] [DIR] [URL...]")
		fmt.Fprintln(stderr, "DIR holds the articles (.txt, .md with front matter, saved .html pages) and")
		fmt.Fprintln(stderr, "optionally a manifest.json listing them (see README); URLs are fetched.")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if *slug == "" {
		return usageError{errors.New("--story is required")}
	}
	if err := publish.CheckSlug(*slug); err != nil {
		return usageError{err}
	}
	in := publish.Input{Fetcher: fetch.Client{}}
	for _, arg := range fs.Args() {
		if strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://") {
			in.URLs = append(in.URLs, arg)
			continue
		}
		if in.Folder != nil {
			return usageError{errors.New("want at most one story folder")}
		}
		if info, err := os.Stat(arg); err != nil || !info.IsDir() {
			return fmt.Errorf("%s: no such folder", arg)
		}
		in.Folder, in.FolderName = os.DirFS(arg), arg
	}
	if *urlList != "" {
		urls, err := readURLList(*urlList)
		if err != nil {
			return err
		}
		in.URLs = append(in.URLs, urls...)
	}
	if in.Folder == nil && len(in.URLs) == 0 {
		return usageError{errors.New("want a story folder or article URLs")}
	}
	for _, u := range in.URLs {
		if _, err := fetch.CheckURL(u); err != nil {
			return fmt.Errorf("%s: %w", u, err)
		}
	}
	bar := newProgress(stderr)
	in.Progress = bar.report
	// Read and check everything before the database is opened, so bad
	// input leaves no trace, not even a new empty database.
	prepared, err := publish.Prepare(ctx, in, *slug, publish.About{Title: *title, Description: *description})
	bar.done()
	if err != nil {
		return err
	}
	var sum publish.Summary
	if *dryRun {
		sum, err = dryRunIngest(ctx, *dbPath, prepared)
	} else {
		// A large story takes a while to save: say what is going on.
		if articles, events := prepared.Size(); articles >= quietFiles {
			fmt.Fprintf(stderr, "saving %d articles and %d events to %s\n", articles, events, *dbPath)
		}
		sum, err = saveIngest(ctx, *dbPath, prepared)
	}
	if err != nil {
		return err
	}
	for _, w := range sum.Warnings {
		fmt.Fprintf(stderr, "warning: %s\n", w)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	}
	fmt.Fprintln(stdout, summaryLine(sum))
	return nil
}

func saveIngest(ctx context.Context, dbPath string, p publish.Prepared) (publish.Summary, error) {
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		return publish.Summary{}, err
	}
	defer db.Close()
	return publish.Save(ctx, db, p)
}

// dryRunIngest compares with the stored story; a database that does not
// exist is not created, and compares as empty.
func dryRunIngest(ctx context.Context, dbPath string, p publish.Prepared) (publish.Summary, error) {
	if _, err := os.Stat(dbPath); errors.Is(err, os.ErrNotExist) {
		return publish.DryRun(ctx, nothingStored{}, p)
	}
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		return publish.Summary{}, err
	}
	defer db.Close()
	return publish.DryRun(ctx, db, p)
}

// nothingStored is a store with no stories, for a dry run without a
// database.
type nothingStored struct{}

func (nothingStored) Sources(context.Context, string) ([]timeline.Source, error) { return nil, nil }
func (nothingStored) Events(context.Context, string) ([]timeline.Event, error)   { return nil, nil }
func (nothingStored) SaveStory(context.Context, timeline.Story, []timeline.Source, []timeline.Event) (bool, error) {
	return false, errors.New("a dry run saves nothing")
}

// summaryLine is the ingest's closing line: "harbour-fire: 3 articles (1
// added, 2 unchanged), 12 events (2 added, 10 unchanged), saved in 40ms".
func summaryLine(sum publish.Summary) string {
	c := sum.Changes
	status := "unchanged"
	switch {
	case sum.DryRun && sum.Changed:
		status = "would be saved (dry run)"
	case sum.DryRun:
		status = "unchanged (dry run)"
	case sum.Changed:
		status = "saved"
	}
	return fmt.Sprintf("%s: %d articles (%s), %d events (%s), %s in %s", sum.Slug,
		sum.Articles, counts([]count{{c.ArticlesAdded, "added"}, {c.ArticlesUpdated, "updated"}, {c.ArticlesUnchanged, "unchanged"}, {c.ArticlesRemoved, "removed"}, {c.ArticlesRejected, "rejected as duplicates"}}),
		sum.Events, counts([]count{{c.EventsAdded, "added"}, {c.EventsChanged, "changed"}, {c.EventsUnchanged, "unchanged"}, {c.EventsRemoved, "removed"}}),
		status, sum.Duration.Round(time.Millisecond))
}

type count struct {
	n    int
	what string
}

// counts lists the non-zero counts: "1 added, 3 unchanged", or "none".
func counts(cs []count) string {
	var parts []string
	for _, c := range cs {
		if c.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", c.n, c.what))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// readURLList reads a file of URLs, one per line; blank lines and lines
// starting with # are skipped.
func readURLList(name string) ([]string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, errors.Unwrap(err))
	}
	var urls []string
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if _, err := fetch.CheckURL(line); err != nil {
			return nil, fmt.Errorf("%s: line %d: %q: %w", name, i+1, line, err)
		}
		urls = append(urls, line)
	}
	if len(urls) == 0 {
		return nil, fmt.Errorf("%s: lists no URLs", name)
	}
	return urls, nil
}
