// Package e2e tests Throughline's pages in a real headless Chromium.
package e2e

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/publish"
	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/web"
)

// chromium finds the browser. Outside CI a machine without one skips these
// tests; in CI (CI=true) a missing browser fails them.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium found: install it (apt-get install chromium) or set CHROMIUM")
	}
	t.Skip("no Chromium on this machine; set CHROMIUM to run the browser tests")
	return ""
}

// site serves the sample story from a fresh database.
func site(t *testing.T) (url, slug string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "e2e.db"))
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	sum, err := publish.Sample(ctx, db)
	require.NoError(t, err)
	srv := httptest.NewServer(web.NewHandler(db, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{}))
	t.Cleanup(srv.Close)
	return srv.URL, sum.Slug
}

// browser starts headless Chromium with the flags this workplace needs.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	return ctx
}

// screenshots go to $E2E_SCREENSHOTS for review, or a temporary folder.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("E2E_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	require.NoError(t, err)
	path := filepath.Join(dir, name+".png")
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot: %s", path)
}

// value runs one action that returns a value, failing the test on error.
func value[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	require.NoError(t, err)
	return v
}

func TestReaderPath(t *testing.T) {
	ctx := browser(t)
	base, slug := site(t)

	require.NoError(t, chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(base+"/stories/"+slug),
	))
	assert.NotEmpty(t, value(t, ctx, chromedp.Text("h1")))
	events := value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("article.event").length`))
	assert.GreaterOrEqual(t, events, 10)
	screenshot(t, ctx, "timeline-1280")

	// A citation chip leads to its paragraph, which is marked as the target.
	chip := value(t, ctx, chromedp.AttributeValue(".chips a", "href")).Value
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(".chips a", chromedp.NodeVisible),
		chromedp.WaitVisible(".paragraphs"),
	))
	location := value(t, ctx, chromedp.Location())
	assert.True(t, strings.HasSuffix(location, chip), "followed %s, at %s", chip, location)
	assert.Contains(t, location, "#p")
	background := value(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(":target")).backgroundColor`))
	assert.NotEqual(t, "rgba(0, 0, 0, 0)", background, "the cited paragraph is highlighted")
	screenshot(t, ctx, "source-target")

	// The permalink of an event quotes its reports with the sentence marked.
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/stories/"+slug)))
	// Visible: under load the text was once read as "" before layout.
	title := value(t, ctx, chromedp.Text("article.event :is(h3, h4) a", chromedp.NodeVisible))
	require.NotEmpty(t, title)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click("article.event :is(h3, h4) a", chromedp.NodeVisible),
		chromedp.WaitVisible("figure.citation"),
	))
	assert.Equal(t, title, value(t, ctx, chromedp.Text("h1")))
	assert.Positive(t, value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("blockquote mark").length`)))
	screenshot(t, ctx, "event-1280")

	// The key events view shows fewer events, with plain links.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(base+"/stories/"+slug),
		chromedp.Click(`nav.views a`, chromedp.NodeVisible),
	))
	loaded(t, ctx, "view=key")
	keyEvents := value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("article.event").length`))
	assert.Less(t, keyEvents, events)
}

func TestPhoneLayout(t *testing.T) {
	ctx := browser(t)
	base, slug := site(t)
	for name, path := range map[string]string{"timeline": "/stories/" + slug, "home": "/"} {
		require.NoError(t, chromedp.Do(ctx,
			chromedp.EmulateViewport(375, 800),
			chromedp.Navigate(base+path),
			chromedp.WaitVisible("h1"),
		))
		overflow := value(t, ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`))
		assert.False(t, overflow, "%s scrolls sideways at 375 px", path)
		screenshot(t, ctx, name+"-375")
	}
}

func TestSearchAndFilter(t *testing.T) {
	ctx := browser(t)
	base, slug := site(t)

	// A reader types a word and submits the plain GET form.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(base+"/stories/"+slug),
		chromedp.SendKeys("#q", "intelligence"),
		chromedp.Submit("#q"),
	))
	loaded(t, ctx, "q=intelligence")
	status := value(t, ctx, chromedp.Text("p.status"))
	assert.Regexp(t, `^\d+ events? match`, status)
	events := value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("article.event").length`))
	assert.Positive(t, events)
	assert.Equal(t, events, value(t, ctx, chromedp.Evaluate[int](`[...document.querySelectorAll("article.event")].filter(a => a.querySelector("mark")).length`)),
		"every result marks its match")
	assert.Contains(t, value(t, ctx, chromedp.Location()), "q=intelligence")
	screenshot(t, ctx, "search-1280")

	// Narrowing by kind keeps the search and lists only that kind.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.SetValue("#kind", "statement"),
		chromedp.Click("form.controls button", chromedp.NodeVisible),
	))
	loaded(t, ctx, "kind=statement")
	kinds := value(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("article.event .kind")].map(k => k.textContent.trim())`))
	for _, k := range kinds {
		assert.Equal(t, "statement", strings.TrimPrefix(k, "· "))
	}
	assert.Contains(t, value(t, ctx, chromedp.Location()), "kind=statement")
	assert.Equal(t, "intelligence", value(t, ctx, chromedp.Value("#q")))

	// Clearing returns the whole timeline.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(`form.controls .actions a`, chromedp.NodeVisible),
	))
	settled(t, ctx, `location.search === ""`)
	assert.False(t, value(t, ctx, chromedp.Evaluate[bool](`document.querySelector("p.status") !== null`)), "no search, no status")
	assert.Greater(t, value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("article.event").length`)), len(kinds))
}

// loaded waits until the page at an address containing query has loaded.
func loaded(t *testing.T, ctx context.Context, query string) {
	t.Helper()
	settled(t, ctx, `location.search.includes(`+strconv.Quote(query)+`)`)
}

// settled waits until the page whose location satisfies the script where
// has loaded in full. Waiting for an element alone can be satisfied by the
// page being left, or by a page still being parsed, whose later events
// are not there yet to be counted.
func settled(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	check := chromedp.Evaluate[bool](`(` + where + `) && document.readyState === "complete"`)
	for range 100 {
		// While the browser navigates, evaluating fails; that is waiting too.
		if done, err := chromedp.Run(ctx, check); err == nil && done {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no page where %s loaded", where)
}

func TestPermalinkPreviewTags(t *testing.T) {
	ctx := browser(t)
	base, slug := site(t)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(base+"/stories/"+slug),
		chromedp.Click("article.event :is(h3, h4) a", chromedp.NodeVisible),
		chromedp.WaitVisible("figure.citation"),
	))
	h1 := value(t, ctx, chromedp.Text("h1"))
	meta := func(sel string) string {
		return value(t, ctx, chromedp.Evaluate[string](`document.querySelector('`+sel+`').content`))
	}
	assert.Equal(t, h1, meta(`meta[property="og:title"]`))
	assert.Equal(t, "article", meta(`meta[property="og:type"]`))
	assert.NotEmpty(t, meta(`meta[property="og:description"]`))
	assert.NotEmpty(t, meta(`meta[name="twitter:card"]`))
	ld := value(t, ctx, chromedp.Evaluate[string](`JSON.parse(document.getElementById("structured-data").textContent)["@type"]`))
	assert.Equal(t, "Event", ld)
}
