package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/throughline-news/throughline/web/templates"
)

// ParseEmbedOrigins reads the origins allowed to frame the embed view: a
// list separated by spaces or commas of scheme://host[:port]. Anything
// else is refused, since the list is written into a CSP header.
func ParseEmbedOrigins(list string) ([]string, error) {
	var origins []string
	for _, field := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' }) {
		u, err := url.Parse(field)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil ||
			(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(u.Host, ";'\"") {
			return nil, fmt.Errorf("embed origin %q: want an origin such as https://cms.example.com", field)
		}
		origins = append(origins, u.Scheme+"://"+u.Host)
	}
	return origins, nil
}

// embed serves a story's compact timeline for a CMS iframe. Only the
// configured origins may frame it; with none configured it is framed
// nowhere, like every other page.
func (s *server) embed(w http.ResponseWriter, r *http.Request) {
	t, ok := s.timelineView(w, r)
	if !ok {
		return
	}
	if t.Pages != nil { // page within the frame
		t.Pages.Prev, t.Pages.Next = embedPath(t.Pages.Prev), embedPath(t.Pages.Next)
	}
	if len(s.embedOrigins) > 0 {
		w.Header().Set("Content-Security-Policy", strings.Replace(contentSecurityPolicy,
			"frame-ancestors 'none'", "frame-ancestors "+strings.Join(s.embedOrigins, " "), 1))
		w.Header().Del("X-Frame-Options")
	}
	s.page(w, r, http.StatusOK, templates.EmbedPage(t))
}

// embedPath turns a timeline address into the embed view's: the same
// query on the story's /embed path. "" stays "".
func embedPath(timelineURL string) string {
	if timelineURL == "" {
		return ""
	}
	path, query, found := strings.Cut(timelineURL, "?")
	if !found {
		return path + "/embed"
	}
	return path + "/embed?" + query
}
