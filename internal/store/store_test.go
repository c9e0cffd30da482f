package store

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/migrations"
)

func openTemp(t testing.TB) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	db, err := Open(context.Background(), path)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	return db, path
}

func day(s string) time.Time {
	t, err := time.Parse(timeline.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func fixture(fingerprint string) (timeline.Story, []timeline.Source, []timeline.Event) {
	story := timeline.Story{Slug: "harbour-fire", Title: "Harbour fire", Description: "A fire at the port.", Fingerprint: fingerprint}
	sources := []timeline.Source{{
		Key: "wire-a", FileName: "wire-a.txt", Headline: "Fire closes port", Outlet: "Wire A",
		URL: "https://example.com/a", Published: day("2025-03-12"), ContentHash: "abc",
		Paragraphs: []timeline.Paragraph{
			{Ordinal: 1, Role: timeline.RoleHeadline, Text: "Fire closes port"},
			{Ordinal: 2, Role: timeline.RoleBody, Text: "Officials said on Monday the port closed. Traders protested."},
		},
	}}
	events := []timeline.Event{{
		ID: "aaaaaaaaaa", Slug: "port-closes", Kind: "action", Title: "Port closes", Summary: "Officials said on Monday the port closed.", Importance: 0.75,
		Actors: []string{"Harbour Authority", "Dana Okafor"},
		Date: timeline.Date{Start: day("2025-03-10"), End: day("2025-03-10"), Precision: timeline.PrecisionDay, Clock: "15:30",
			Basis: timeline.DateBasis{Expression: "3:30 p.m. Monday", SourceKey: "wire-a", Anchor: day("2025-03-12"), Rule: "clock-weekday"}},
		Citations: []timeline.Citation{{SourceKey: "wire-a", Paragraph: 2, ParagraphText: "Officials said on Monday the port closed. Traders protested.",
			Quote: "Officials said on Monday the port closed.", QuoteStart: 0, QuoteEnd: 41, Reason: "first report"}},
	}, {
		ID: "bbbbbbbbbb", Slug: "pause-began", Kind: "action", Title: "Pause began", Summary: "s",
		Date: timeline.Date{End: day("2025-02-12"), Precision: timeline.PrecisionMonth, Modifier: timeline.ModBefore,
			Basis: timeline.DateBasis{Expression: "a month earlier", SourceKey: "wire-a", Anchor: day("2025-03-12"), Rule: "reference-month-day", Reference: "March 12", ReferenceLabel: "Tue 12 Mar 2025"}},
		Citations: []timeline.Citation{{SourceKey: "wire-a", Paragraph: 2, ParagraphText: "Officials said on Monday the port closed. Traders protested.",
			Quote: "Traders protested.", QuoteStart: 42, QuoteEnd: 60}},
	}}
	return story, sources, events
}

// savedFixture opens a fresh database holding the fixture story at "v1".
func savedFixture(t testing.TB) (*DB, timeline.Story, []timeline.Source, []timeline.Event) {
	t.Helper()
	db, _ := openTemp(t)
	story, sources, events := fixture("v1")
	_, err := db.SaveStory(context.Background(), story, sources, events)
	require.NoError(t, err)
	return db, story, sources, events
}

func TestSaveStoryRoundTrip(t *testing.T) {
	ctx := context.Background()
	db, _ := openTemp(t)
	story, sources, events := fixture("v1")
	changed, err := db.SaveStory(ctx, story, sources, events)
	require.NoError(t, err)
	assert.True(t, changed)

	got, err := db.Story(ctx, "harbour-fire")
	require.NoError(t, err)
	assert.Equal(t, "Harbour fire", got.Title)
	assert.Equal(t, 1, got.SourceCount)
	assert.Equal(t, 2, got.EventCount)

	gotEvents, err := db.Events(ctx, "harbour-fire")
	require.NoError(t, err)
	require.Len(t, gotEvents, 2)
	assert.Equal(t, events[0], gotEvents[0])
	assert.Equal(t, events[1].Date.End, gotEvents[1].Date.End)
	assert.Equal(t, events[1].Date.Basis, gotEvents[1].Date.Basis, "a date counted from another keeps its reference")
	assert.True(t, gotEvents[1].Date.Start.IsZero(), "an open start stays open")
	assert.Nil(t, gotEvents[1].Actors, "an event naming no one has no actors")

	one, err := db.Event(ctx, "harbour-fire", "aaaaaaaaaa")
	require.NoError(t, err)
	assert.Equal(t, events[0], one)

	src, err := db.Source(ctx, "harbour-fire", "wire-a")
	require.NoError(t, err)
	assert.Equal(t, sources[0], src)

	citing, err := db.EventsCiting(ctx, "harbour-fire", "wire-a")
	require.NoError(t, err)
	assert.Len(t, citing, 2)
}

func TestNotFound(t *testing.T) {
	ctx := context.Background()
	db, _, _, _ := savedFixture(t)

	_, err := db.Story(ctx, "nope")
	assert.ErrorIs(t, err, timeline.ErrNotFound)
	_, err = db.Events(ctx, "nope")
	assert.ErrorIs(t, err, timeline.ErrNotFound)
	_, err = db.Event(ctx, "harbour-fire", "zzzzzzzzzz")
	assert.ErrorIs(t, err, timeline.ErrNotFound)
	_, err = db.Source(ctx, "harbour-fire", "nope")
	assert.ErrorIs(t, err, timeline.ErrNotFound)
}

func TestSaveStorySameFingerprintWritesNothing(t *testing.T) {
	ctx := context.Background()
	db, story, sources, events := savedFixture(t)
	before, err := db.Story(ctx, "harbour-fire")
	require.NoError(t, err)

	changed, err := db.SaveStory(ctx, story, sources, events)
	require.NoError(t, err)
	assert.False(t, changed)
	after, err := db.Story(ctx, "harbour-fire")
	require.NoError(t, err)
	assert.Equal(t, before, after, "not even updated_at changes")
}

func TestSaveStoryReplaces(t *testing.T) {
	ctx := context.Background()
	db, story, sources, events := savedFixture(t)

	story.Fingerprint, story.Title = "v2", "Harbour fire, updated"
	changed, err := db.SaveStory(ctx, story, sources, events[:1])
	require.NoError(t, err)
	assert.True(t, changed)
	got, err := db.Events(ctx, "harbour-fire")
	require.NoError(t, err)
	assert.Len(t, got, 1)
	st, err := db.Story(ctx, "harbour-fire")
	require.NoError(t, err)
	assert.Equal(t, "Harbour fire, updated", st.Title)
}

// A save that fails part-way leaves the stored story as it was.
func TestSaveStoryFailureKeepsPreviousState(t *testing.T) {
	ctx := context.Background()
	db, story, sources, events := savedFixture(t)

	story.Fingerprint = "v2"
	bad := append([]timeline.Event(nil), events...)
	bad[1].Citations = []timeline.Citation{{SourceKey: "missing-source", Paragraph: 1}}
	_, err := db.SaveStory(ctx, story, sources, bad)
	require.Error(t, err)

	got, err := db.Story(ctx, "harbour-fire")
	require.NoError(t, err)
	assert.Equal(t, "v1", got.Fingerprint)
	gotEvents, err := db.Events(ctx, "harbour-fire")
	require.NoError(t, err)
	assert.Len(t, gotEvents, 2)
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	_, path := openTemp(t)

	t.Run("reopening an up-to-date database changes nothing", func(t *testing.T) {
		db, err := Open(ctx, path)
		require.NoError(t, err)
		defer db.Close()
		var v int
		require.NoError(t, db.reader.QueryRow(`PRAGMA user_version`).Scan(&v))
		ms, err := loadMigrations(migrations.FS)
		require.NoError(t, err)
		assert.Equal(t, len(ms), v)
	})

	t.Run("a database from a newer binary is refused", func(t *testing.T) {
		raw, err := sql.Open("sqlite", path)
		require.NoError(t, err)
		_, err = raw.Exec(`PRAGMA user_version = 999`)
		require.NoError(t, err)
		raw.Close()
		_, err = Open(ctx, path)
		assert.ErrorContains(t, err, "newer than this binary")
	})

	t.Run("a failing migration leaves the previous version", func(t *testing.T) {
		raw, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "m.db"))
		require.NoError(t, err)
		defer raw.Close()
		fsys := fstest.MapFS{
			"0001_a.sql": {Data: []byte(`CREATE TABLE a (x INTEGER);`)},
			"0002_b.sql": {Data: []byte(`CREATE TABLE b (x INTEGER); THIS IS NOT SQL;`)},
		}
		err = migrateFS(ctx, raw, fsys)
		require.ErrorContains(t, err, "0002_b.sql")
		var v int
		require.NoError(t, raw.QueryRow(`PRAGMA user_version`).Scan(&v))
		assert.Equal(t, 1, v)
		var n int
		require.NoError(t, raw.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'b'`).Scan(&n))
		assert.Zero(t, n, "table b was rolled back")
	})

	t.Run("misnumbered files are refused", func(t *testing.T) {
		_, err := loadMigrations(fstest.MapFS{"0002_x.sql": {Data: []byte("")}})
		assert.ErrorContains(t, err, "0001_")
	})
}

func TestPragmas(t *testing.T) {
	db, _ := openTemp(t)
	var mode string
	var fk, timeout, temp int
	require.NoError(t, db.reader.QueryRow(`PRAGMA journal_mode`).Scan(&mode))
	require.NoError(t, db.reader.QueryRow(`PRAGMA foreign_keys`).Scan(&fk))
	require.NoError(t, db.reader.QueryRow(`PRAGMA busy_timeout`).Scan(&timeout))
	require.NoError(t, db.writer.QueryRow(`PRAGMA temp_store`).Scan(&temp))
	assert.Equal(t, "wal", mode)
	assert.Equal(t, 1, fk)
	assert.Equal(t, 2, temp, "temporary tables in memory: no file outside the database's folder")
	assert.Positive(t, timeout)
	_, err := db.reader.Exec(`DELETE FROM stories`)
	assert.Error(t, err, "reader connections are read-only")
}

// A database at schema version 1 holding a story is brought up to date,
// its data kept.
func TestMigrateExistingData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", dsn(path, false))
	require.NoError(t, err)
	b, err := fs.ReadFile(migrations.FS, "0001_initial.sql")
	require.NoError(t, err)
	only1 := fstest.MapFS{"0001_initial.sql": {Data: b}}
	require.NoError(t, migrateFS(ctx, raw, only1))
	_, err = raw.Exec(`
		INSERT INTO stories (id, slug, title, fingerprint, updated_at) VALUES (1, 'old', 'Old story', 'f', '2025-01-01T00:00:00Z');
		INSERT INTO sources (id, story_id, key, position, file_name, headline, outlet, url, published, content_hash)
			VALUES (1, 1, 'a', 0, 'a.txt', 'H', 'Wire', '', '2025-01-01', 'h');
		INSERT INTO paragraphs (source_id, ordinal, role, text) VALUES (1, 1, 'body', 'The ferry sank at dawn.');
		INSERT INTO events (id, story_id, key, position, slug, kind, title, summary, date_precision, date_modifier,
			date_label, date_expression, date_source_key, date_rule)
			VALUES (1, 1, 'e1', 0, 'ferry-sinks', 'action', 'Ferry sinks', 's', 'unknown', '', '', '', 'a', '');
		INSERT INTO citations (event_id, position, source_id, paragraph_ordinal, quote, quote_start, quote_end)
			VALUES (1, 0, 1, 1, 'The ferry sank at dawn.', 0, 23);`)
	require.NoError(t, err)
	raw.Close()

	db, err := Open(ctx, path)
	require.NoError(t, err)
	defer db.Close()
	s, err := db.Story(ctx, "old")
	require.NoError(t, err)
	assert.Equal(t, "Old story", s.Title)
	var v int
	require.NoError(t, db.reader.QueryRow(`PRAGMA user_version`).Scan(&v))
	files, err := fs.Glob(migrations.FS, "*.sql")
	require.NoError(t, err)
	assert.Equal(t, len(files), v)
	found, err := db.FilterEvents(ctx, "old", timeline.EventFilter{Text: "dawn"})
	require.NoError(t, err)
	require.Len(t, found.Events, 1, "existing events are indexed for search")
	assert.Equal(t, "e1", found.Events[0].ID)
	key, err := db.FilterEvents(ctx, "old", timeline.EventFilter{KeyOnly: true})
	require.NoError(t, err)
	assert.Len(t, key.Events, 1, "existing events are marked key events")
}

// A snapshot's reads agree with each other while an ingest commits.
func TestSnapshotIsolatesReads(t *testing.T) {
	ctx := context.Background()
	db, _, _, _ := savedFixture(t)
	view, release, err := db.Snapshot(ctx)
	require.NoError(t, err)
	defer release()

	story, sources, events := fixture("v2")
	story.Title = "Harbour fire, updated"
	_, err = db.SaveStory(ctx, story, sources, events[:1])
	require.NoError(t, err)

	old, err := view.Story(ctx, "harbour-fire")
	require.NoError(t, err)
	assert.Equal(t, "Harbour fire", old.Title, "the snapshot sees the story as it was")
	oldEvents, err := view.Events(ctx, "harbour-fire")
	require.NoError(t, err)
	assert.Len(t, oldEvents, 2, "and its events as they were")

	now, err := db.Story(ctx, "harbour-fire")
	require.NoError(t, err)
	assert.Equal(t, "Harbour fire, updated", now.Title, "outside the snapshot the new version is seen")
}
