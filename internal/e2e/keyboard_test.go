package e2e

import (
	"context"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tabTo presses Tab until the focused element matches selector, failing
// after limit presses: the element is reachable by keyboard alone.
func tabTo(t *testing.T, ctx context.Context, selector string, limit int) {
	t.Helper()
	for range limit {
		require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)))
		if value(t, ctx, chromedp.Evaluate[bool]("document.activeElement.matches("+strconv.Quote(selector)+")")) {
			return
		}
	}
	t.Fatalf("%s not reached after %d presses of Tab", selector, limit)
}

// TestKeyboardOnly reads the story without a mouse: skip link, search,
// an event's permalink, its copy control.
func TestKeyboardOnly(t *testing.T) {
	ctx := browser(t)
	base, slug := site(t)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(base+"/stories/"+slug),
		chromedp.WaitVisible("h1"),
	))

	// The first Tab shows the skip link, with a visible focus ring.
	tabTo(t, ctx, "a.skip", 1)
	left := value(t, ctx, chromedp.Evaluate[float64](`document.activeElement.getBoundingClientRect().left`))
	assert.GreaterOrEqual(t, left, 0.0, "the focused skip link is on screen")
	outline := value(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.activeElement).outlineStyle`))
	assert.NotEqual(t, "none", outline, "focus is visible")
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)))
	assert.Contains(t, value(t, ctx, chromedp.Location()), "#main")

	// Search from the keyboard.
	tabTo(t, ctx, "#q", 10)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.KeyEvent("strikes"),
		chromedp.KeyEvent(kb.Enter),
	))
	loaded(t, ctx, "q=strikes")

	// Open the first result's permalink with Enter.
	tabTo(t, ctx, "article.event :is(h3, h4) a", 30)
	title := value(t, ctx, chromedp.Evaluate[string](`document.activeElement.textContent.trim()`))
	require.NoError(t, chromedp.Do(ctx,
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible("figure.citation"),
	))
	assert.Equal(t, title, value(t, ctx, chromedp.Text("h1")))

	// The copy control is a real button reached by Tab (the page is on
	// 127.0.0.1, a secure context, so the clipboard exists).
	tabTo(t, ctx, "button.copy", 30)
	require.NoError(t, chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)))
	value(t, ctx, chromedp.Poll[bool](`document.querySelector(".copy-status").textContent !== ""`))
	status := value(t, ctx, chromedp.Text(".copy-status"))
	assert.NotEmpty(t, status, "the reader hears whether the link was copied")
	t.Logf("copy control says: %s", status)
	screenshot(t, ctx, "event-keyboard-1280")
}
