package e2e

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/publish"
	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/web"
)

// attack is article text that would open a dialog, or be blocked by the
// CSP, if any page let it through as markup.
const attack = `<script>alert("script")</script><img src=x onerror=alert("img")>` +
	`<svg onload=alert("svg")></svg><a href="javascript:alert('link')">link</a>` +
	`<iframe src="javascript:alert('frame')"></iframe><style>@import url(data:text/css,p{})</style>`

// hostileSite serves a story whose every field carries the attack.
func hostileSite(t *testing.T) (url string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "hostile.db"))
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	quoted := "'" + strings.ReplaceAll(attack, "'", "''") + "'" // in YAML
	folder := fstest.MapFS{
		"attack.md": {Data: []byte("---\ntitle: " + quoted + "\noutlet: " + quoted + "\npublished: 2025-03-12\n---\n\n" +
			"The harbour authority closed the port on Monday, officials said. " + attack + "\n")},
		"attack.html": {Data: []byte(`<!doctype html><html><head><title>Port ` + attack + `</title>
<meta property="article:published_time" content="2025-03-12"></head><body><article>
<p>Traders protested on Tuesday outside the harbour office ` + attack + ` and demanded answers.</p></article></body></html>`)},
	}
	prepared, err := publish.Prepare(ctx, publish.Input{Folder: folder, FolderName: "hostile"}, "hostile",
		publish.About{Title: attack, Description: attack})
	require.NoError(t, err)
	_, err = publish.Save(ctx, db, prepared)
	require.NoError(t, err)
	srv := httptest.NewServer(web.NewHandler(db, slog.New(slog.NewTextHandler(io.Discard, nil)), web.Options{}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// watchAttacks records the dialogs a page opens (dismissing them, so it
// goes on) and, from a script DevTools adds outside the page's CSP, the
// CSP violations it reports.
func watchAttacks(t *testing.T, ctx context.Context) (dialogs func() []string) {
	t.Helper()
	var mu sync.Mutex
	var opened []string
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			mu.Lock()
			opened = append(opened, d.Message)
			mu.Unlock()
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{})
		}
	}))
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.cspViolations = []; document.addEventListener("securitypolicyviolation",
			e => window.cspViolations.push(e.violatedDirective + " " + e.blockedURI));`,
	})
	require.NoError(t, err)
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), opened...)
	}
}

// TestHostilePagesRunNothing opens every page of a story made of attacks:
// no dialog opens, the page triggers no CSP violation (nothing even tried
// to run), and the attack is on the page as text.
func TestHostilePagesRunNothing(t *testing.T) {
	ctx := browser(t)
	base := hostileSite(t)
	dialogs := watchAttacks(t, ctx)

	// The watch can fail: a dialog the test opens itself is seen, and so
	// is an inline script it adds, which the CSP blocks.
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/")))
	_, err := chromedp.Run(ctx, chromedp.Evaluate[any](`alert("probe")`))
	require.NoError(t, err)
	require.Equal(t, []string{"probe"}, dialogs())
	_, err = chromedp.Run(ctx, chromedp.Evaluate[any](
		`document.body.append(Object.assign(document.createElement("script"), {textContent: "1"}))`))
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		return len(value(t, ctx, chromedp.Evaluate[[]string](`window.cspViolations`))) > 0
	}, 5*time.Second, 50*time.Millisecond, "the CSP blocks an inline script and the watch sees it")

	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/stories/hostile")))
	links := value(t, ctx, chromedp.Evaluate[[]string](`[...new Set([...document.querySelectorAll("a[href^='/stories/hostile']")]
		.map(a => a.href.split("#")[0]))]`))
	pages := append(links, base+"/stories/hostile?q=script", base+"/stories/hostile/embed", base+"/")
	require.Greater(t, len(links), 4, "the timeline links to its events and sources")
	for _, p := range pages {
		require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(p)))
		assert.Empty(t, value(t, ctx, chromedp.Evaluate[[]string](`window.cspViolations`)), "CSP violations on %s", p)
		assert.Zero(t, value(t, ctx, chromedp.Evaluate[int](
			`document.querySelectorAll("script:not([src^='/static/']):not([type='application/ld+json']), iframe, svg[onload], img[onerror], [href^='javascript:']").length`)),
			"live attack markup on %s", p)
	}
	assert.Equal(t, []string{"probe"}, dialogs(), "no page opened a dialog")
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/stories/hostile")))
	assert.Contains(t, value(t, ctx, chromedp.Text("main")), `<script>alert("script")</script>`, "shown as text")
	screenshot(t, ctx, "hostile-timeline")
}
