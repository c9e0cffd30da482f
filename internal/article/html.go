package article

import (
	"bytes"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML extracts a saved web page's main text and metadata (headline,
// site name, canonical URL, author, language, publication date from the
// page's metadata) with go-trafilatura, which drops navigation, ads,
// related links and other furniture.
func parseHTML(data []byte) (Article, error) {
	res, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true, // readability and dom-distiller when its own pass finds little
		// Fast: dates from the page's metadata and markup, without the
		// extensive search of its text, which can take a date the
		// article reports for its own.
		HtmlDateMode: trafilatura.Fast,
	})
	if err != nil || res == nil || res.ContentNode == nil {
		return Article{}, errNoArticle
	}
	m := res.Metadata
	a := Article{
		Title: strings.TrimSpace(m.Title), Outlet: strings.TrimSpace(m.Sitename), URL: m.URL,
		Byline: strings.TrimSpace(m.Author), Language: m.Language, Text: strings.Join(blocks(res.ContentNode), "\n\n"),
	}
	if len(strings.Fields(a.Text)) < minArticleWords {
		return Article{}, errNoArticle // a menu or a title is not an article
	}
	if !m.Date.IsZero() {
		a.Published = m.Date
	}
	if a.URL != "" && !strings.HasPrefix(a.URL, "https://") && !strings.HasPrefix(a.URL, "http://") {
		a.URL = "" // a relative or odd canonical link names no page
	}
	return a, nil
}

// minArticleWords is the least text a page must yield to be an article.
const minArticleWords = 8

// errNoArticle is returned for a page with no main text to extract.
var errNoArticle = errorString("an HTML page with no article text to extract")

type errorString string

func (e errorString) Error() string { return string(e) }

// blockElements each make a paragraph of their text.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Figcaption: true, atom.Dd: true, atom.Dt: true,
	atom.Td: true, atom.Th: true,
}

// blocks lists the text of the extracted content's block elements, one
// paragraph each, in document order; stray text between blocks makes a
// paragraph of its own.
func blocks(root *html.Node) []string {
	var out []string
	var loose strings.Builder
	flush := func() {
		if t := collapse(loose.String()); t != "" {
			out = append(out, t)
		}
		loose.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				loose.WriteString(c.Data)
			case c.Type == html.ElementNode && blockElements[c.DataAtom]:
				flush()
				if t := collapse(textOf(c)); t != "" {
					out = append(out, t)
				}
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				loose.WriteString(" ")
			case c.Type == html.ElementNode:
				walk(c)
			}
		}
	}
	walk(root)
	flush()
	return out
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				b.WriteString(" ")
			case c.Type == html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// collapse joins a block's lines and runs of space into single spaces.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
