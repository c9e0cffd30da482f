package web

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// RateLimit bounds the searches and API requests one client makes, the
// requests that cost database work the page cache cannot save.
type RateLimit struct {
	// PerMinute is the steady rate allowed to one client, with bursts of
	// a tenth of it; 0 turns the limit off.
	PerMinute int
	// ClientIPHeader names the header a reverse proxy puts the client's
	// address in (X-Forwarded-For, X-Real-IP); "" uses the connection's
	// address. Set it only behind a proxy that sets the header, or a
	// client can claim any address.
	ClientIPHeader string
	// Clock tells the time buckets refill by; nil is time.Now. Tests set
	// it, so that a slow machine does not refill a bucket mid-test.
	Clock func() time.Time
}

// maxClients bounds the clients remembered at once. A client whose
// bucket has refilled is the same as a new one, so those are forgotten
// first; a flood of addresses beyond that resets some buckets early
// rather than growing memory.
const maxClients = 10_000

type clientLimiter struct {
	perSecond rate.Limit
	burst     int
	header    string
	now       func() time.Time

	mu      sync.Mutex
	clients map[string]*rate.Limiter
}

func newClientLimiter(l RateLimit) *clientLimiter {
	now := l.Clock
	if now == nil {
		now = time.Now
	}
	return &clientLimiter{
		perSecond: rate.Limit(float64(l.PerMinute) / 60),
		burst:     max(1, l.PerMinute/10),
		header:    http.CanonicalHeaderKey(l.ClientIPHeader),
		now:       now,
		clients:   map[string]*rate.Limiter{},
	}
}

// limited reports whether a request counts against its client's rate:
// a search, or a call of the API.
func limited(r *http.Request) bool {
	return strings.HasPrefix(r.URL.Path, "/api/") || strings.TrimSpace(r.URL.Query().Get("q")) != ""
}

// middleware answers 429 to a client over its rate.
func (c *clientLimiter) middleware(s *server) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !limited(r) || c.allow(c.client(r)) {
				next.ServeHTTP(w, r)
				return
			}
			wait := int(math.Ceil(1 / float64(c.perSecond)))
			w.Header().Set("Retry-After", strconv.Itoa(wait))
			s.refuse(w, r, http.StatusTooManyRequests, "Too many requests",
				fmt.Sprintf("This address has searched or called the API more often than the site allows. Try again in %d seconds.", wait))
		})
	}
}

// client is the address a request comes from: with a proxy's header, the
// address the proxy itself added (the last of X-Forwarded-For), since
// anything before it is the client's own claim.
func (c *clientLimiter) client(r *http.Request) string {
	if c.header != "" {
		if v := r.Header.Values(c.header); len(v) > 0 {
			last := v[len(v)-1]
			return strings.TrimSpace(last[strings.LastIndexByte(last, ',')+1:])
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func (c *clientLimiter) allow(client string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.clients[client]
	if !ok {
		if len(c.clients) >= maxClients {
			c.forget()
		}
		l = rate.NewLimiter(c.perSecond, c.burst)
		c.clients[client] = l
	}
	return l.AllowN(c.now(), 1)
}

// forget drops the clients whose buckets have refilled, or, if none
// has, an arbitrary tenth of them.
func (c *clientLimiter) forget() {
	for k, l := range c.clients {
		if l.TokensAt(c.now()) >= float64(c.burst) {
			delete(c.clients, k)
		}
	}
	for k := range c.clients {
		if len(c.clients) < maxClients*9/10 {
			break
		}
		delete(c.clients, k)
	}
}
