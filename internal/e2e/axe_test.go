package e2e

import (
	"context"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// axeSource reads axe-core's axe.min.js from $AXE_CORE (CI installs it
// from npm). Outside CI a machine without it skips the audit; in CI a
// missing file fails it.
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv("AXE_CORE")
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("AXE_CORE is not set: install axe-core from npm and point AXE_CORE at axe.min.js")
		}
		t.Skip("set AXE_CORE to axe-core's axe.min.js to run the accessibility audit")
	}
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

// axeViolation is the part of an axe-core result a failure message needs.
type axeViolation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target []string `json:"target"`
	} `json:"nodes"`
}

// TestAccessibility runs axe-core's WCAG 2.1 A and AA rules on every page
// type, in the light and dark colour schemes, at phone and desktop widths.
func TestAccessibility(t *testing.T) {
	axe := axeSource(t)
	ctx := browser(t)
	base, slug := site(t)

	var eventURL, sourceURL string
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(base+"/stories/"+slug)))
	eventURL = value(t, ctx, chromedp.Evaluate[string](`document.querySelector("article.event :is(h3, h4) a").href`))
	sourceURL = value(t, ctx, chromedp.Evaluate[string](`document.querySelector(".chips a").href`))
	actor := value(t, ctx, chromedp.Evaluate[string](`document.querySelector("#actor option[value]:not([value=''])").value`))

	pages := map[string]string{
		"home":     base + "/",
		"timeline": base + "/stories/" + slug,
		"search":   base + "/stories/" + slug + "?q=intelligence&order=newest",
		"key":      base + "/stories/" + slug + "?view=key",
		"actor":    base + "/stories/" + slug + "?actor=" + url.QueryEscape(actor),
		"embed":    base + "/stories/" + slug + "/embed",
		"event":    eventURL,
		"source":   sourceURL,
		"404":      base + "/stories/no-such-story",
		"400":      base + "/stories/" + slug + "?page=0",
	}
	for _, scheme := range []string{"light", "dark"} {
		for _, width := range []int64{375, 1280} {
			for name, address := range pages {
				require.NoError(t, chromedp.Do(ctx,
					chromedp.EmulateViewport(width, 900),
					colorScheme(scheme),
					chromedp.Navigate(address),
				), name)
				violations := value(t, ctx, chromedp.Evaluate[[]axeViolation](axe+`;
					axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
						.then(r => r.violations)`, chromedp.EvalAsValue, chromedp.EvalAwaitPromise))
				var lines []string
				for _, v := range violations {
					var targets []string
					for _, n := range v.Nodes {
						targets = append(targets, strings.Join(n.Target, " "))
					}
					lines = append(lines, v.ID+": "+v.Help+" at "+strings.Join(targets, ", "))
				}
				assert.Empty(t, lines, "%s (%s, %d px)", name, scheme, width)
			}
		}
	}
}

// colorScheme makes the page see prefers-color-scheme: light or dark.
func colorScheme(scheme string) chromedp.Action[chromedp.Void] {
	return emulate(emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	})
}

// emulate sends one DevTools emulation command to the page.
func emulate[P any](cmd cdp.Command[P, cdp.Empty], params P) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, cmd, params)
		return err
	})
}
