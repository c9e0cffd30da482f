package article

import (
	"bytes"
	"cmp"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML extracts a saved web page's main text and metadata (headline,
// site name, author, language and publication date from the page's
// metadata) with go-readability, which drops navigation, ads, related
// links and other furniture. The canonical URL it does not report is read
// from the page's head.
func parseHTML(data []byte) (Article, error) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Article{}, errNoArticle
	}
	canonical := canonicalURL(doc) // before readability prunes the head
	res, err := readability.FromDocument(doc, nil)
	if err != nil || res.Node == nil {
		return Article{}, errNoArticle
	}
	a := Article{
		Title: collapse(res.Title()), Outlet: collapse(res.SiteName()), URL: canonical,
		Byline: collapse(res.Byline()), Language: res.Language(),
	}
	paragraphs := blocks(res.Node)
	if a.Title != "" && (len(paragraphs) == 0 || paragraphs[0] != a.Title) {
		// The headline leads the text, as in a text file, so that it is
		// read as the headline.
		paragraphs = append([]string{a.Title}, paragraphs...)
	}
	a.Text = strings.Join(paragraphs, "\n\n")
	if len(strings.Fields(a.Text)) < minArticleWords {
		return Article{}, errNoArticle // a menu or a title is not an article
	}
	if t, err := res.PublishedTime(); err == nil && !t.IsZero() {
		// The calendar day in the page's own time zone: the day its
		// readers saw it published.
		a.Published = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	return a, nil
}

// canonicalURL is the page's own address from <link rel="canonical"> or
// failing that og:url; only an absolute http(s) address names a page.
func canonicalURL(doc *html.Node) string {
	var canonical, og string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Link && strings.EqualFold(attr(n, "rel"), "canonical"):
				canonical = cmp.Or(canonical, strings.TrimSpace(attr(n, "href")))
			case n.DataAtom == atom.Meta && attr(n, "property") == "og:url":
				og = cmp.Or(og, strings.TrimSpace(attr(n, "content")))
			case n.DataAtom == atom.Body:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, u := range []string{canonical, og} {
		if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
			return u
		}
	}
	return ""
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
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
