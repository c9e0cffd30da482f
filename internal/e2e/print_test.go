package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// media makes the page render for the given CSS media type ("print").
func media(kind string) chromedp.Action[chromedp.Void] {
	return emulate(emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: kind})
}

// TestPrintedTimeline prints the timeline: no controls, and each citation
// a footnote number into the list of the page's sources.
func TestPrintedTimeline(t *testing.T) {
	ctx := browser(t)
	base, slug := site(t)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.EmulateViewport(800, 1000),
		media("print"),
		chromedp.Navigate(base+"/stories/"+slug),
		chromedp.WaitVisible("h1"),
	))
	for _, hidden := range []string{"form.controls", "header.site", "nav.views"} {
		assert.Equal(t, "none", value(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("`+hidden+`")).display`)), hidden)
	}
	notes := value(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(".notes li").length`))
	require.Positive(t, notes)
	footnotes := value(t, ctx, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll(".chips a")].map(a => getComputedStyle(a, "::after").content)`))
	require.NotEmpty(t, footnotes)
	for _, f := range footnotes {
		assert.Contains(t, f, "[", "each citation prints a footnote mark")
	}
	numbers := value(t, ctx, chromedp.Evaluate[[]int](`[...document.querySelectorAll(".chips a")].map(a => +a.dataset.note)`))
	for _, n := range numbers {
		assert.True(t, n >= 1 && n <= notes, "footnote %d names one of the %d listed sources", n, notes)
	}
	screenshot(t, ctx, "timeline-print")
}

// TestEmbedView loads the compact view a CMS frames.
func TestEmbedView(t *testing.T) {
	ctx := browser(t)
	base, slug := site(t)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.EmulateViewport(360, 600),
		chromedp.Navigate(base+"/stories/"+slug+"/embed"),
		chromedp.WaitVisible("h1"),
	))
	assert.False(t, value(t, ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`)), "no sideways scroll at 360 px")
	targets := value(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("h1 a, .events a, .credit a")].map(a => a.target)`))
	for _, target := range targets {
		assert.Equal(t, "_blank", target, "links leave the frame")
	}
	screenshot(t, ctx, "embed-360")
}
