// Package publish turns a story folder into a stored timeline: it reads
// the folder, runs the ingest pipeline and saves the result in one step.
package publish

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/throughline-news/throughline/internal/corpus"
	"github.com/throughline-news/throughline/internal/fetch"
	"github.com/throughline-news/throughline/internal/ingest"
	"github.com/throughline-news/throughline/internal/samplestory"
	"github.com/throughline-news/throughline/internal/timeline"
)

// Store reads a stored story and saves a new version of it as one
// transaction.
type Store interface {
	Sources(ctx context.Context, slug string) ([]timeline.Source, error)
	Events(ctx context.Context, slug string) ([]timeline.Event, error)
	SaveStory(ctx context.Context, story timeline.Story, sources []timeline.Source, events []timeline.Event) (bool, error)
}

// Summary says what an ingest did, or with DryRun would do.
type Summary struct {
	Slug     string        `json:"story"`
	Articles int           `json:"articles"`
	Events   int           `json:"events"`
	Changes  Changes       `json:"changes"`
	Changed  bool          `json:"changed"` // false when the story was already stored exactly so
	DryRun   bool          `json:"dry_run"`
	Duration time.Duration `json:"duration_ns"`
	Stages   Stages        `json:"stages"`
	// Warnings name a file and a problem that did not stop the ingest.
	Warnings []string `json:"warnings"`
}

var validSlug = regexp.MustCompile(`^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$`)

// CheckSlug reports whether slug can name a story in a URL.
func CheckSlug(slug string) error {
	if !validSlug.MatchString(slug) {
		return fmt.Errorf("story slug %q: use 1 to 64 lower-case letters, digits and inner hyphens", slug)
	}
	return nil
}

// Stages is how long each stage of an ingest took: reading and parsing
// the articles (and fetching those on the web), the pipeline's stages, and
// comparing with the stored story and storing it.
type Stages struct {
	Parse time.Duration `json:"parse_ns"`
	ingest.Stages
	Store time.Duration `json:"store_ns"`
}

// Prepared is a story read and run through the pipeline, not yet saved.
type Prepared struct {
	story    timeline.Story
	result   ingest.Result
	warnings []string
	rejected int // duplicate articles skipped
	started  time.Time
	stages   Stages
}

// Size is how many articles and events the story has.
func (p Prepared) Size() (articles, events int) {
	return len(p.result.Sources), len(p.result.Events)
}

// About is what the command line says of a story; what it gives wins over
// the folder's manifest.
type About struct {
	Title, Description string
}

// Input is what a story is built from: a story folder, pages on the web,
// or both.
type Input struct {
	Folder     fs.FS  // nil for none
	FolderName string // the folder as named in messages
	URLs       []string
	Fetcher    Fetcher
	// Progress, if set, hears of each file read ("read") and each page
	// fetched ("fetch").
	Progress func(stage string, done, total int, item string)
}

// Fetcher gets a web page.
type Fetcher interface {
	Get(ctx context.Context, url string) (fetch.Page, error)
}

// Prepare reads a story's articles and runs the pipeline over them,
// touching no database.
func Prepare(ctx context.Context, in Input, slug string, about About) (Prepared, error) {
	started := time.Now()
	if err := CheckSlug(slug); err != nil {
		return Prepared{}, err
	}
	var story corpus.Story
	if in.Folder != nil {
		var err error
		var progress func(done, total int, name string)
		if in.Progress != nil {
			progress = func(done, total int, name string) { in.Progress("read", done, total, name) }
		}
		if story, err = corpus.Load(in.Folder, progress); err != nil {
			return Prepared{}, fmt.Errorf("%s: %w", in.FolderName, err)
		}
	}
	remote := story.Remote
	for _, u := range in.URLs {
		remote = append(remote, corpus.ManifestEntry{URL: u})
	}
	if len(remote) > 0 && in.Fetcher == nil {
		return Prepared{}, errors.New("articles to fetch, but no way to fetch them")
	}
	for i, e := range remote {
		page, err := in.Fetcher.Get(ctx, e.URL)
		if err != nil {
			return Prepared{}, fmt.Errorf("%s: %w", e.URL, err)
		}
		a, warnings, err := corpus.RemoteArticle(e, page.URL, page.Body)
		if err != nil {
			return Prepared{}, fmt.Errorf("%s: %w", e.URL, err)
		}
		story.Articles = append(story.Articles, a)
		story.Warnings = append(story.Warnings, warnings...)
		if in.Progress != nil {
			in.Progress("fetch", i+1, len(remote), e.URL)
		}
	}
	read := len(story.Articles)
	story.Articles, story.Warnings = corpus.WithoutDuplicates(story.Articles, story.Warnings)
	inFolder := func(w string) string {
		if in.FolderName != "" && !strings.HasPrefix(w, "http://") && !strings.HasPrefix(w, "https://") {
			return path.Join(in.FolderName, w) // a file of the folder
		}
		return w
	}
	for i, w := range story.Warnings {
		story.Warnings[i] = inFolder(w)
	}
	if len(story.Articles) == 0 {
		return Prepared{}, errors.New("no articles to ingest")
	}
	title := cmp.Or(strings.TrimSpace(about.Title), story.Title)
	description := cmp.Or(strings.TrimSpace(about.Description), story.Description)
	if title == "" {
		return Prepared{}, fmt.Errorf("%s: the story has no title: give one with --title, or in a manifest.json", cmp.Or(in.FolderName, slug))
	}
	parsed := time.Now()
	res, stages := ingest.BuildTimed(story.Articles)
	for _, w := range res.Warnings {
		story.Warnings = append(story.Warnings, inFolder(w))
	}
	return Prepared{
		story: timeline.Story{
			Slug:        slug,
			Title:       title,
			Description: description,
			Fingerprint: res.Fingerprint(title, description),
		},
		result:   res,
		warnings: story.Warnings,
		rejected: read - len(story.Articles),
		started:  started,
		stages:   Stages{Parse: parsed.Sub(started), Stages: stages},
	}, nil
}

// Save stores a prepared story in one transaction.
func Save(ctx context.Context, db Store, p Prepared) (Summary, error) {
	return save(ctx, db, p, false)
}

// DryRun works out what Save would change, writing nothing.
func DryRun(ctx context.Context, db Store, p Prepared) (Summary, error) {
	return save(ctx, db, p, true)
}

func save(ctx context.Context, db Store, p Prepared, dryRun bool) (Summary, error) {
	saving := time.Now()
	old, err := storedStory(ctx, db, p.story.Slug)
	if err != nil {
		return Summary{}, err
	}
	keepIDs(old.events, p.result.Events)
	changes := changesFrom(old, p.result.Sources, p.result.Events)
	changes.ArticlesRejected = p.rejected
	sum := Summary{
		Slug: p.story.Slug, Articles: len(p.result.Sources), Events: len(p.result.Events),
		Changes: changes, DryRun: dryRun,
		Warnings: append([]string{}, p.warnings...),
	}
	if dryRun {
		sum.Changed = sum.Changes != Changes{ArticlesUnchanged: sum.Articles, ArticlesRejected: p.rejected, EventsUnchanged: sum.Events}
	} else if sum.Changed, err = db.SaveStory(ctx, p.story, p.result.Sources, p.result.Events); err != nil {
		return Summary{}, fmt.Errorf("save story %q: %w", p.story.Slug, err)
	}
	sum.Stages = p.stages
	sum.Stages.Store = time.Since(saving)
	sum.Duration = time.Since(p.started)
	return sum, nil
}

// storedStory reads the story as stored, or nothing for a new one.
func storedStory(ctx context.Context, db Store, slug string) (stored, error) {
	sources, err := db.Sources(ctx, slug)
	if err != nil {
		return stored{}, fmt.Errorf("read story %q: %w", slug, err)
	}
	if len(sources) == 0 {
		return stored{}, nil
	}
	events, err := db.Events(ctx, slug)
	if errors.Is(err, timeline.ErrNotFound) {
		return stored{sources: sources}, nil
	}
	if err != nil {
		return stored{}, fmt.Errorf("read story %q: %w", slug, err)
	}
	return stored{sources: sources, events: events}, nil
}

// Folder prepares and saves a story folder. Nothing is written unless the
// whole folder reads and saves.
func Folder(ctx context.Context, db Store, folder fs.FS, name, slug string) (Summary, error) {
	p, err := Prepare(ctx, Input{Folder: folder, FolderName: name}, slug, About{})
	if err != nil {
		return Summary{}, err
	}
	return Save(ctx, db, p)
}

// Sample ingests the embedded sample story under its folder's name.
func Sample(ctx context.Context, db Store) (Summary, error) {
	folder, slug, err := samplestory.Folder()
	if err != nil {
		return Summary{}, err
	}
	return Folder(ctx, db, folder, "sample story "+slug, slug)
}
