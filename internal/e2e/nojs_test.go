package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withoutScripts turns off the page's JavaScript, as a reader may.
func withoutScripts() chromedp.Action[chromedp.Void] {
	return emulate(emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
}

// TestWithoutJavaScript reads, filters and shares the story with the
// page's scripts off: everything is plain HTML forms and links.
func TestWithoutJavaScript(t *testing.T) {
	ctx := browser(t)
	base, slug := site(t)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.EmulateViewport(375, 900),
		withoutScripts(),
		chromedp.Navigate(base+"/stories/"+slug),
		chromedp.WaitVisible("h1"),
		chromedp.SetValue("#q", "intelligence"),
		chromedp.Submit("#q"),
	))
	loaded(t, ctx, "q=intelligence")
	assert.Positive(t, value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("article.event mark").length`)))

	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click("article.event :is(h3, h4) a", chromedp.NodeVisible),
		chromedp.WaitVisible("figure.citation"),
	))
	assert.False(t, value(t, ctx, chromedp.Evaluate[bool](`document.querySelector("button.copy") !== null`)), "no script, no copy button")
	link := value(t, ctx, chromedp.Evaluate[string](`document.querySelector("a[data-copy-link]").href`))
	assert.Equal(t, value(t, ctx, chromedp.Location()), link, "the permalink is there to copy by hand")
	screenshot(t, ctx, "event-nojs-375")
}
