package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/http/httpguts"

	"github.com/throughline-news/throughline/internal/publish"
	"github.com/throughline-news/throughline/internal/store"
	"github.com/throughline-news/throughline/internal/web"
)

// Server limits. Pages are small and rendered from a local database, so
// every phase of a request can be short.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 120 * time.Second
	requestTimeout    = 15 * time.Second
	maxHeaderBytes    = 16 << 10
	shutdownTimeout   = 20 * time.Second
)

func serve(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("serve", stderr)
	addr := fs.String("addr", env("THROUGHLINE_ADDR", "127.0.0.1:8080"), "address to listen on (env THROUGHLINE_ADDR)")
	dbPath := fs.String("db", env("THROUGHLINE_DB", "./data/throughline.db"), "SQLite database file (env THROUGHLINE_DB)")
	publicURL := fs.String("public-url", env("THROUGHLINE_PUBLIC_URL", ""), "public address of the site for canonical links, e.g. https://news.example (env THROUGHLINE_PUBLIC_URL)")
	embedOrigins := fs.String("embed-origins", env("THROUGHLINE_EMBED_ORIGINS", ""), "origins allowed to frame the embed view, e.g. https://cms.example (env THROUGHLINE_EMBED_ORIGINS; default: none)")
	cacheMB := fs.String("cache-mb", env("THROUGHLINE_CACHE_MB", "32"), "memory for rendered pages kept until the content changes, in MiB; 0 turns the cache off (env THROUGHLINE_CACHE_MB)")
	hsts := fs.String("hsts-max-age", env("THROUGHLINE_HSTS_MAX_AGE", "0"), "send Strict-Transport-Security with this lifetime, e.g. 8760h, when the site is reached only over HTTPS (env THROUGHLINE_HSTS_MAX_AGE; default 0: not sent)")
	rateLimit := fs.String("rate-limit", env("THROUGHLINE_RATE_LIMIT", strconv.Itoa(defaultRateLimit)), "searches and API requests allowed to one client per minute, in bursts of up to a tenth of that; 0 turns the limit off (env THROUGHLINE_RATE_LIMIT)")
	clientIPHeader := fs.String("client-ip-header", env("THROUGHLINE_CLIENT_IP_HEADER", ""), "behind a reverse proxy, the header it puts the client's address in, e.g. X-Forwarded-For (env THROUGHLINE_CLIENT_IP_HEADER; default: the connection's address)")
	if err := parse(fs, args); err != nil {
		return err
	}
	limit, err := rateLimitOf(*rateLimit, *clientIPHeader)
	if err != nil {
		return usageError{err}
	}
	hstsMaxAge, err := time.ParseDuration(*hsts)
	if err != nil || hstsMaxAge < 0 {
		return usageError{fmt.Errorf("--hsts-max-age (or THROUGHLINE_HSTS_MAX_AGE): %q is not a lifetime such as 8760h or 0", *hsts)}
	}
	cacheBytes, err := megabytes(*cacheMB)
	if err != nil {
		return usageError{fmt.Errorf("--cache-mb (or THROUGHLINE_CACHE_MB): %w", err)}
	}
	origins, err := web.ParseEmbedOrigins(*embedOrigins)
	if err != nil {
		return usageError{err}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))}
	}
	log := newLogger(stderr)

	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := ingestSampleIfEmpty(ctx, db); err != nil {
		return err
	}

	listener, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler: web.NewHandler(db, log, web.Options{
			PublicURL:      strings.TrimRight(*publicURL, "/"),
			RequestTimeout: requestTimeout,
			EmbedOrigins:   origins,
			CacheBytes:     cacheBytes,
			HSTSMaxAge:     hstsMaxAge,
			RateLimit:      limit,
			Snapshot: func(ctx context.Context) (web.Reader, func(), error) {
				view, release, err := db.Snapshot(ctx)
				if err != nil {
					return nil, nil, err
				}
				return view, release, nil
			},
		}),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
	}
	log.Info("serving", "url", "http://"+listener.Addr().String(), "db", *dbPath)

	served := make(chan error, 1)
	go func() { served <- srv.Serve(listener) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	// Stop accepting, let in-flight requests finish, then close.
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped")
	return nil
}

// defaultRateLimit is five searches or API requests a second per client,
// in bursts of thirty: more than a reader clicking through filters or a
// script polling the API, too few to keep the database busy.
const defaultRateLimit = 300

// rateLimitOf reads the rate-limit flags.
func rateLimitOf(perMinute, header string) (web.RateLimit, error) {
	n, err := strconv.Atoi(perMinute)
	if err != nil || n < 0 || n > 1_000_000 {
		return web.RateLimit{}, fmt.Errorf("--rate-limit (or THROUGHLINE_RATE_LIMIT): %q is not a number of requests a minute from 0 to 1000000", perMinute)
	}
	if header != "" && !httpguts.ValidHeaderFieldName(header) {
		return web.RateLimit{}, fmt.Errorf("--client-ip-header (or THROUGHLINE_CLIENT_IP_HEADER): %q is not a header name", header)
	}
	return web.RateLimit{PerMinute: n, ClientIPHeader: header}, nil
}

// megabytes reads a cache size in MiB as the handler's byte count, where
// a negative size turns the cache off.
func megabytes(s string) (int, error) {
	mb, err := strconv.Atoi(s)
	switch {
	case err != nil || mb < 0:
		return 0, fmt.Errorf("%q is not a whole number of MiB, 0 or more", s)
	case mb > 4096:
		return 0, fmt.Errorf("%d MiB is more than the 4096 MiB this cache allows", mb)
	case mb == 0:
		return -1, nil
	}
	return mb << 20, nil
}

// ingestSampleIfEmpty loads the embedded sample story into a database
// that has no stories, so a first start shows a timeline.
func ingestSampleIfEmpty(ctx context.Context, db *store.DB) error {
	stories, err := db.Stories(ctx)
	if err != nil {
		return err
	}
	if len(stories) > 0 {
		return nil
	}
	if _, err := publish.Sample(ctx, db); err != nil {
		return fmt.Errorf("ingest the sample story: %w", err)
	}
	return nil
}
