// Package web serves Throughline's pages and JSON API over HTTP.
package web

import (
	"cmp"
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/web/static"
)

// Reader is what the handlers need of the store: reads only.
type Reader interface {
	Stories(ctx context.Context) ([]timeline.Story, error)
	Story(ctx context.Context, slug string) (timeline.Story, error)
	Events(ctx context.Context, slug string) ([]timeline.Event, error)
	Event(ctx context.Context, slug, id string) (timeline.Event, error)
	SourcesByKey(ctx context.Context, slug string, keys []string) (map[string]timeline.Source, error)
	MostCitedSources(ctx context.Context, slug string, limit int) ([]timeline.Source, error)
	Source(ctx context.Context, slug, key string) (timeline.Source, error)
	EventsCiting(ctx context.Context, slug, key string) ([]timeline.Event, error)
	FilterEvents(ctx context.Context, slug string, f timeline.EventFilter) (timeline.EventPage, error)
	EventFacets(ctx context.Context, slug string) (timeline.Facets, error)
	Neighbours(ctx context.Context, slug, id string) (prev, next *timeline.Event, err error)
	RemovedEvent(ctx context.Context, slug, id string) (title string, err error)
	// Version changes whenever the stored content does.
	Version(ctx context.Context) (string, error)
	Ping(ctx context.Context) error
}

// Options configure the handler.
type Options struct {
	// PublicURL is the site's public address (e.g. https://news.example),
	// used for canonical links; "" leaves them out.
	PublicURL string
	// RequestTimeout bounds the work done for one request.
	RequestTimeout time.Duration
	// EmbedOrigins may frame the embed view (see ParseEmbedOrigins);
	// none leaves it unframeable, like every page.
	EmbedOrigins []string
	// Snapshot, if set, gives each request a Reader whose reads agree,
	// so a page never mixes two versions of a story being re-ingested;
	// release ends it.
	Snapshot func(ctx context.Context) (view Reader, release func(), err error)
	// CacheBytes bounds the rendered pages kept until the stored content
	// changes: 0 means 32 MiB, negative means none.
	CacheBytes int
	// HSTSMaxAge, when positive, sends Strict-Transport-Security with
	// this lifetime: for a site reached only over HTTPS, usually through
	// a proxy that ends TLS.
	HSTSMaxAge time.Duration
	// RateLimit bounds each client's searches and API requests; the zero
	// value sets no limit.
	RateLimit RateLimit
}

// defaultCacheBytes holds a few thousand pages.
const defaultCacheBytes = 32 << 20

type server struct {
	store        Reader
	log          *slog.Logger
	public       string
	embedOrigins []string
	snapshot     func(ctx context.Context) (Reader, func(), error)
}

// NewHandler returns the HTTP handler serving the site and API.
func NewHandler(store Reader, log *slog.Logger, opts Options) http.Handler {
	s := &server{store: store, log: log, public: opts.PublicURL, embedOrigins: opts.EmbedOrigins, snapshot: opts.Snapshot}
	if opts.RequestTimeout == 0 {
		opts.RequestTimeout = 10 * time.Second
	}

	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(middleware.GetHead)
	r.Use(s.logRequests)
	r.Use(s.recoverPanics)
	// The page cache answers before routing, headers and compression:
	// what it replays was recorded with all of them, and a page served
	// from memory needs no deadline for database work.
	if opts.CacheBytes >= 0 {
		r.Use(newPageCache(cmp.Or(opts.CacheBytes, defaultCacheBytes), store.Version).middleware)
	}
	r.Use(securityHeaders(opts.HSTSMaxAge))
	r.Use(s.limitAddress)
	// After the cache: a search or API answer kept in memory costs
	// nothing, so it is not counted.
	if opts.RateLimit.PerMinute > 0 {
		r.Use(newClientLimiter(opts.RateLimit).middleware(s))
	}
	r.Use(limitRequests(opts.RequestTimeout))
	r.Use(middleware.Compress(5, compressedTypes...))

	r.NotFound(s.notFound)
	r.MethodNotAllowed(s.methodNotAllowed)

	r.Get("/healthz", s.health)
	r.Get("/robots.txt", s.robots)
	r.Handle(static.Prefix+"*", static.Handler())

	r.Group(func(r chi.Router) {
		r.Use(s.snapshots)

		r.Get("/", s.home)
		r.Get("/stories/{story}", s.timeline)
		r.Get("/stories/{story}/feed.atom", s.feed)
		r.Get("/stories/{story}/embed", s.embed)
		r.Get("/stories/{story}/events/{ref}", s.event)
		r.Get("/stories/{story}/sources/{source}", s.source)

		r.Route("/api", func(r chi.Router) {
			r.NotFound(s.apiNotFound)
			r.MethodNotAllowed(s.apiMethodNotAllowed)
			r.Get("/stories", s.apiStories)
			r.Get("/stories/{story}/events", s.apiEvents)
			r.Get("/stories/{story}/events/{id}", s.apiEvent)
		})
	})
	return r
}

func (s *server) health(w http.ResponseWriter, r *http.Request) {
	if err := s.store.Ping(r.Context()); err != nil {
		s.log.Error("health check", "err", err)
		http.Error(w, "database unavailable", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte("ok\n"))
}

// robots lets crawlers read every page; the embed view asks not to be
// indexed in its own head, and the API is data, not pages.
func (s *server) robots(w http.ResponseWriter, r *http.Request) {
	send(w, r, http.StatusOK, "text/plain; charset=utf-8", []byte("User-agent: *\nDisallow: /api/\n"))
}
