// Package publish turns a story folder into a stored timeline: it reads
// the folder, runs the ingest pipeline and saves the result in one step.
package publish

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"time"

	"github.com/throughline-news/throughline/internal/corpus"
	"github.com/throughline-news/throughline/internal/ingest"
	"github.com/throughline-news/throughline/internal/samplestory"
	"github.com/throughline-news/throughline/internal/timeline"
)

// Saver stores a story's sources and events as one transaction.
type Saver interface {
	SaveStory(ctx context.Context, story timeline.Story, sources []timeline.Source, events []timeline.Event) (bool, error)
}

// Summary says what an ingest did.
type Summary struct {
	Slug     string
	Articles int
	Events   int
	// Changed is false when the story was already stored exactly so.
	Changed  bool
	Duration time.Duration
	// Warnings name a file and a problem that did not stop the ingest.
	Warnings []string
}

var validSlug = regexp.MustCompile(`^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$`)

// CheckSlug reports whether slug can name a story in a URL.
func CheckSlug(slug string) error {
	if !validSlug.MatchString(slug) {
		return fmt.Errorf("story slug %q: use 1 to 64 lower-case letters, digits and inner hyphens", slug)
	}
	return nil
}

// Prepared is a story read and run through the pipeline, not yet saved.
type Prepared struct {
	story    timeline.Story
	result   ingest.Result
	warnings []string
	started  time.Time
}

// About is what the command line says of a story; what it gives wins over
// the folder's manifest.
type About struct {
	Title, Description string
}

// Prepare reads a story folder (the root of folder, named name in
// messages) and runs the pipeline over it, touching no database.
func Prepare(folder fs.FS, name, slug string, about About) (Prepared, error) {
	started := time.Now()
	if err := CheckSlug(slug); err != nil {
		return Prepared{}, err
	}
	story, err := corpus.Load(folder)
	if err != nil {
		return Prepared{}, fmt.Errorf("%s: %w", name, err)
	}
	title := cmp.Or(strings.TrimSpace(about.Title), story.Title)
	description := cmp.Or(strings.TrimSpace(about.Description), story.Description)
	if title == "" {
		return Prepared{}, fmt.Errorf("%s: the story has no title: give one with --title, or in a manifest.json", name)
	}
	res := ingest.Build(story.Articles)
	return Prepared{
		story: timeline.Story{
			Slug:        slug,
			Title:       title,
			Description: description,
			Fingerprint: res.Fingerprint(title, description),
		},
		result:   res,
		warnings: story.Warnings,
		started:  started,
	}, nil
}

// Save stores a prepared story in one transaction.
func Save(ctx context.Context, db Saver, p Prepared) (Summary, error) {
	changed, err := db.SaveStory(ctx, p.story, p.result.Sources, p.result.Events)
	if err != nil {
		return Summary{}, fmt.Errorf("save story %q: %w", p.story.Slug, err)
	}
	return Summary{
		Slug: p.story.Slug, Articles: len(p.result.Sources), Events: len(p.result.Events),
		Changed: changed, Duration: time.Since(p.started), Warnings: p.warnings,
	}, nil
}

// Folder prepares and saves a story folder. Nothing is written unless the
// whole folder reads and saves.
func Folder(ctx context.Context, db Saver, folder fs.FS, name, slug string) (Summary, error) {
	p, err := Prepare(folder, name, slug, About{})
	if err != nil {
		return Summary{}, err
	}
	return Save(ctx, db, p)
}

// Sample ingests the embedded sample story under its folder's name.
func Sample(ctx context.Context, db Saver) (Summary, error) {
	folder, slug, err := samplestory.Folder()
	if err != nil {
		return Summary{}, err
	}
	return Folder(ctx, db, folder, "sample story "+slug, slug)
}
