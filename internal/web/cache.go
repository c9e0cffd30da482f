package web

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"context"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// versionCheckEvery bounds how stale a cached page can be after an ingest
// by another process: the store's version is read at most this often.
const versionCheckEvery = 250 * time.Millisecond

// pageCache keeps rendered pages and API documents until the stored
// stories change: they change only when a story is ingested or deleted,
// so a page is rendered once per version, not once per reader.
type pageCache struct {
	version  func(ctx context.Context) (string, error)
	maxBytes int

	mu      sync.Mutex
	current string    // the store version the entries belong to
	checked time.Time // when current was last read
	entries map[string]*list.Element
	lru     *list.List // of *cachedResponse, most recently used first
	bytes   int
}

type cachedResponse struct {
	key    string
	header http.Header
	body   []byte
	// gzipped is body compressed once, for the readers whose browsers
	// accept gzip (nearly all), rather than on every request; nil when
	// the content type is not worth compressing.
	gzipped []byte
}

func newPageCache(maxBytes int, version func(ctx context.Context) (string, error)) *pageCache {
	return &pageCache{version: version, maxBytes: maxBytes, entries: map[string]*list.Element{}, lru: list.New()}
}

// middleware answers GET and HEAD requests from the cache, and caches
// the 200 responses it lets through.
func (c *pageCache) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		c.refresh(r.Context())
		key := r.URL.RequestURI()
		if hit, ok := c.get(key); ok {
			hit.write(w, r)
			return
		}
		rec := &recorder{header: w.Header().Clone(), status: http.StatusOK}
		// The handler sees a plain GET without validators or encodings,
		// so what it renders is the full page, uncompressed, cacheable
		// for every reader.
		plain := r.Clone(r.Context())
		plain.Method = http.MethodGet
		plain.Header.Del("If-None-Match")
		plain.Header.Del("Accept-Encoding")
		next.ServeHTTP(rec, plain)
		resp := &cachedResponse{key: key, header: rec.header, body: rec.body.Bytes()}
		if rec.status != http.StatusOK || resp.header.Get("ETag") == "" {
			replay(w, r, rec.header, rec.status, rec.body.Bytes(), "")
			return
		}
		if compressible(resp.header.Get("Content-Type")) {
			resp.gzipped = gzipped(resp.body)
			resp.header.Add("Vary", "Accept-Encoding")
		}
		c.put(resp)
		resp.write(w, r)
	})
}

// refresh empties the cache when the store's version has changed.
func (c *pageCache) refresh(ctx context.Context) {
	c.mu.Lock()
	if time.Since(c.checked) < versionCheckEvery {
		c.mu.Unlock()
		return
	}
	c.checked = time.Now() // others serve from the cache meanwhile
	c.mu.Unlock()
	v, err := c.version(ctx)
	if err != nil {
		c.mu.Lock()
		c.checked = time.Time{} // try again on the next request
		c.mu.Unlock()
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v != c.current {
		c.current = v
		c.entries = map[string]*list.Element{}
		c.lru.Init()
		c.bytes = 0
	}
}

func (c *pageCache) get(key string) (*cachedResponse, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.current == "" {
		return nil, false // the store's version is not known yet
	}
	e, ok := c.entries[key]
	if !ok {
		return nil, false
	}
	c.lru.MoveToFront(e)
	return e.Value.(*cachedResponse), true
}

func (c *pageCache) put(resp *cachedResponse) {
	size := resp.size()
	if size > c.maxBytes/8 {
		return // one huge response would push out everything else
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.current == "" {
		return
	}
	if e, ok := c.entries[resp.key]; ok {
		c.remove(e)
	}
	c.entries[resp.key] = c.lru.PushFront(resp)
	c.bytes += size
	for c.bytes > c.maxBytes {
		c.remove(c.lru.Back())
	}
}

func (c *pageCache) remove(e *list.Element) {
	resp := c.lru.Remove(e).(*cachedResponse)
	delete(c.entries, resp.key)
	c.bytes -= resp.size()
}

func (resp *cachedResponse) size() int { return len(resp.key) + len(resp.body) + len(resp.gzipped) }

// write sends a cached response, compressed if the reader accepts gzip,
// or 304 to a request that has it.
func (resp *cachedResponse) write(w http.ResponseWriter, r *http.Request) {
	if etagMatches(r.Header.Get("If-None-Match"), resp.header.Get("ETag")) {
		replay(w, r, resp.header, http.StatusNotModified, nil, "")
		return
	}
	if resp.gzipped != nil && acceptsGzip(r.Header.Get("Accept-Encoding")) {
		replay(w, r, resp.header, http.StatusOK, resp.gzipped, "gzip")
		return
	}
	replay(w, r, resp.header, http.StatusOK, resp.body, "")
}

// replay sends a response recorded earlier: its headers replace those set
// so far, since the handler may have removed some. A body goes with its
// length, so it is sent whole rather than in chunks.
func replay(w http.ResponseWriter, r *http.Request, header http.Header, status int, body []byte, encoding string) {
	h := w.Header()
	for k := range h {
		delete(h, k)
	}
	for k, v := range header {
		h[k] = v[:len(v):len(v)] // shared with the cache: an Add must copy
	}
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
	}
	if status == http.StatusOK {
		h.Set("Content-Length", strconv.Itoa(len(body)))
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead && len(body) > 0 {
		_, _ = w.Write(body)
	}
}

// recorder holds a handler's response to be cached and then sent.
type recorder struct {
	header http.Header
	status int
	wrote  bool
	body   bytes.Buffer
}

func (rec *recorder) Header() http.Header { return rec.header }

func (rec *recorder) WriteHeader(status int) {
	if !rec.wrote {
		rec.status, rec.wrote = status, true
	}
}

func (rec *recorder) Write(b []byte) (int, error) {
	rec.WriteHeader(http.StatusOK)
	return rec.body.Write(b)
}

// compressedTypes are the content types worth compressing: text.
var compressedTypes = []string{"text/html", "text/css", "application/json", "application/atom+xml", "image/svg+xml"}

func compressible(contentType string) bool {
	t, _, err := mime.ParseMediaType(contentType)
	return err == nil && slices.Contains(compressedTypes, t)
}

// gzipped compresses a body at gzip's default level: a page too large
// for the cache is compressed on every request.
func gzipped(body []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression) // the level is valid
	_, _ = zw.Write(body)                                       // writes to memory do not fail
	_ = zw.Close()
	return buf.Bytes()
}

// acceptsGzip reads an Accept-Encoding header as the compress middleware
// does for pages it compresses itself, so a cached page is sent as an
// uncached one would be: gzip when the header names it.
func acceptsGzip(header string) bool {
	return strings.Contains(strings.ToLower(header), "gzip")
}
