package article

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownText is the plain text of a Markdown body, parsed with
// goldmark: each heading, paragraph, list item and quoted paragraph on a
// block of its own, without the markup ("# ", "**", "> ", a link's
// address, an image). Line breaks inside a paragraph stay, so that the
// paragraph splitter tells a hard-wrapped paragraph from one paragraph
// per line, as it does for plain text. An ordered item keeps its number:
// "2019. The year ..." may open a paragraph. heading is the text of a
// level-1 heading that opens the body, the title a file without front
// matter gives.
func markdownText(body string) (plain, heading string) {
	source := []byte(body)
	doc := goldmark.DefaultParser().Parse(text.NewReader(source))
	var blocks []string
	for b := doc.FirstChild(); b != nil; b = b.NextSibling() {
		blocks = appendBlocks(blocks, b, source)
	}
	if h, ok := doc.FirstChild().(*ast.Heading); ok && h.Level == 1 {
		heading = strings.Join(strings.Fields(inlineText(h, source)), " ")
	}
	return strings.Join(blocks, "\n\n"), heading
}

// appendBlocks adds the text of block n, and of the blocks it holds, to
// blocks.
func appendBlocks(blocks []string, n ast.Node, source []byte) []string {
	switch n := n.(type) {
	case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
		return appendText(blocks, inlineText(n, source))
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		// Text indented by four spaces is a code block to Markdown, and
		// more often pasted prose than code in an article: it is kept.
		var b strings.Builder
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			b.Write(seg.Value(source))
		}
		return appendText(blocks, b.String())
	case *ast.List:
		number := n.Start
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			before := len(blocks)
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				blocks = appendBlocks(blocks, c, source)
			}
			if n.IsOrdered() && len(blocks) > before {
				blocks[before] = strconv.Itoa(number) + ". " + blocks[before]
			}
			number++
		}
		return blocks
	case *ast.HTMLBlock, *ast.ThematicBreak:
		return blocks // markup and rules: no text of the article
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		blocks = appendBlocks(blocks, c, source) // a quote's paragraphs
	}
	return blocks
}

func appendText(blocks []string, s string) []string {
	if strings.TrimSpace(s) == "" {
		return blocks
	}
	return append(blocks, s)
}

// inlineText is the text of a block's inline content: emphasis and
// links give their words, code its text; images and inline HTML give
// nothing.
func inlineText(n ast.Node, source []byte) string {
	var b bytes.Buffer
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Image, *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			b.Write(unescape(c.Value(source)))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.Label(source))
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// unescape resolves a text's backslash escapes and character references:
// "\*" is "*", "&amp;" is "&".
func unescape(s []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(s)))
}
