package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/a-h/templ"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/web/templates"
)

// send writes a fully rendered body with a validator, answering a
// matching conditional request with 304. The ETag is weak because the
// compressed and plain forms of the body share it.
func send(w http.ResponseWriter, r *http.Request, status int, contentType string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	if status == http.StatusOK {
		sum := sha256.Sum256(body)
		etag := `W/"` + hex.EncodeToString(sum[:12]) + `"`
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		if etagMatches(r.Header.Get("If-None-Match"), etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	} else {
		h.Set("Cache-Control", "no-store")
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

func etagMatches(header, etag string) bool {
	for _, candidate := range strings.Split(header, ",") {
		c := strings.TrimSpace(candidate)
		if c == "*" || strings.TrimPrefix(c, "W/") == strings.TrimPrefix(etag, "W/") {
			return true
		}
	}
	return false
}

// page renders a templ component and sends it.
func (s *server) page(w http.ResponseWriter, r *http.Request, status int, c templ.Component) {
	var buf bytes.Buffer
	if err := c.Render(r.Context(), &buf); err != nil {
		s.serverError(w, r, err)
		return
	}
	send(w, r, status, "text/html; charset=utf-8", buf.Bytes())
}

// json encodes v and sends it.
func (s *server) json(w http.ResponseWriter, r *http.Request, status int, v any) {
	body, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		s.apiError(w, r, http.StatusInternalServerError, "internal error")
		s.log.Error("encode json", "path", r.URL.Path, "err", err)
		return
	}
	send(w, r, status, "application/json; charset=utf-8", append(body, '\n'))
}

// fail answers a failed store read: not found, or a server error.
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, timeline.ErrNotFound) {
		s.notFound(w, r)
		return
	}
	s.serverError(w, r, err)
}

func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	s.errorPage(w, r, http.StatusNotFound, "Page not found",
		"There is no story, event or source at this address. It may have been mistyped, or removed when the story was updated.")
}

func (s *server) methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	s.errorPage(w, r, http.StatusMethodNotAllowed, "Method not allowed", "This site is read-only: use GET.")
}

func (s *server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	// Work cut off at the request deadline means the server is too busy
	// now, not broken: 503 asks the client (or a proxy) to come back.
	if errors.Is(err, context.DeadlineExceeded) {
		s.log.Warn("request timed out", "path", r.URL.Path, "err", err)
		w.Header().Set("Retry-After", "5")
		s.refuse(w, r, http.StatusServiceUnavailable, "Too busy",
			"The site is too busy to show this page just now. Please try again in a few seconds.")
		return
	}
	s.log.Error("server error", "path", r.URL.Path, "err", err)
	if strings.HasPrefix(r.URL.Path, "/api/") {
		s.apiError(w, r, http.StatusInternalServerError, "internal error")
		return
	}
	s.errorPage(w, r, http.StatusInternalServerError, "Something went wrong",
		"The page could not be shown. The error has been logged; please try again in a moment.")
}

func (s *server) errorPage(w http.ResponseWriter, r *http.Request, status int, heading, message string) {
	s.renderError(w, r, templates.ErrorPage{Status: status, Heading: heading, Message: message})
}

func (s *server) renderError(w http.ResponseWriter, r *http.Request, p templates.ErrorPage) {
	status, heading := p.Status, p.Heading
	p.Meta = templates.Meta{Title: heading}
	var buf bytes.Buffer
	// The page needs no store, so it renders after the request's deadline
	// too: the deadline is often why it is shown.
	if err := templates.Error(p).Render(context.WithoutCancel(r.Context()), &buf); err != nil {
		s.log.Error("render error page", "err", err)
		http.Error(w, heading, status)
		return
	}
	send(w, r, status, "text/html; charset=utf-8", buf.Bytes())
}

// apiErrorBody is every API error: the status repeated and a message.
type apiErrorBody struct {
	Error struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	} `json:"error"`
}

func (s *server) apiError(w http.ResponseWriter, r *http.Request, status int, message string) {
	var body apiErrorBody
	body.Error.Status, body.Error.Message = status, message
	b, _ := json.Marshal(body) // a struct of an int and a string always encodes
	send(w, r, status, "application/json; charset=utf-8", append(b, '\n'))
}

// refuse answers a request the site will not serve, as JSON under /api/
// and as a page elsewhere.
func (s *server) refuse(w http.ResponseWriter, r *http.Request, status int, heading, message string) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		s.apiError(w, r, status, message)
		return
	}
	s.errorPage(w, r, status, heading, message)
}

func (s *server) apiNotFound(w http.ResponseWriter, r *http.Request) {
	s.apiError(w, r, http.StatusNotFound, "no such API resource: "+r.URL.Path)
}

func (s *server) apiMethodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	s.apiError(w, r, http.StatusMethodNotAllowed, "the API is read-only: use GET")
}

// apiFail answers a failed store read in the API.
func (s *server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, timeline.ErrNotFound) {
		s.apiError(w, r, http.StatusNotFound, err.Error())
		return
	}
	s.serverError(w, r, err)
}
