package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5/middleware"
)

// contentSecurityPolicy allows nothing inline and nothing from elsewhere:
// pages use only the site's own stylesheet, images and deferred scripts.
// connect-src 'self' lets crawlers' page-side checks (robots.txt) and the
// site's own scripts reach the site; nothing else.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders sets the headers every response carries, with
// Strict-Transport-Security when hstsMaxAge is positive.
func securityHeaders(hstsMaxAge time.Duration) func(http.Handler) http.Handler {
	hsts := ""
	if hstsMaxAge > 0 {
		hsts = "max-age=" + strconv.Itoa(int(hstsMaxAge.Seconds())) + "; includeSubDomains"
	}
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h := w.Header()
			h.Set("Content-Security-Policy", contentSecurityPolicy)
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("X-Frame-Options", "DENY")
			h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
			h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
			h.Set("Cross-Origin-Opener-Policy", "same-origin")
			if hsts != "" {
				h.Set("Strict-Transport-Security", hsts)
			}
			next.ServeHTTP(w, r)
		})
	}
}

// Address limits: no page of the site needs a longer address. A search
// of 200 characters outside ASCII, percent-encoded, with every filter set
// stays under maxQueryBytes.
const (
	maxAddressBytes = 8 << 10
	maxQueryBytes   = 4 << 10
)

// limitAddress refuses an address too long for any page (414) and a
// query string too long for any filter (400), before any work is done.
func (s *server) limitAddress(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case len(r.RequestURI) > maxAddressBytes:
			s.refuse(w, r, http.StatusRequestURITooLong, "Address too long",
				fmt.Sprintf("No page of this site has an address longer than %d bytes.", maxAddressBytes))
		case len(r.URL.RawQuery) > maxQueryBytes:
			s.refuse(w, r, http.StatusBadRequest, "Query too long",
				fmt.Sprintf("The part of the address after \"?\" may be at most %d bytes.", maxQueryBytes))
		default:
			next.ServeHTTP(w, r)
		}
	})
}

// maxBodyBytes bounds request bodies: the site takes no uploads.
const maxBodyBytes = 64 << 10

// limitRequests bounds each request's body and the time spent on it.
func limitRequests(timeout time.Duration) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
			ctx, cancel := context.WithTimeout(r.Context(), timeout)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// logRequests logs one line per request with log/slog.
func (s *server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		next.ServeHTTP(ww, r)
		s.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", ww.Status()),
			slog.Int("bytes", ww.BytesWritten()),
			slog.Duration("duration", time.Since(start)),
			slog.String("request_id", middleware.GetReqID(r.Context())),
		)
	})
}

// recoverPanics turns a panic in a handler into a logged 500 page.
func (s *server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			rec := recover()
			if rec == nil || rec == http.ErrAbortHandler {
				if rec != nil {
					panic(rec)
				}
				return
			}
			s.log.Error("panic", "path", r.URL.Path, "panic", fmt.Sprint(rec), "stack", string(debug.Stack()))
			s.serverError(w, r, fmt.Errorf("panic: %v", rec))
		}()
		next.ServeHTTP(w, r)
	})
}
