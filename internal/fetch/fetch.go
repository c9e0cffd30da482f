// Package fetch downloads article pages for ingestion, politely and
// within limits: a clear user agent, a timeout, a size limit, a bounded
// number of redirects, HTML only.
package fetch

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// UserAgent names Throughline to the sites it fetches from.
const UserAgent = "Throughline/1.0 (newsroom timeline ingester; +https://github.com/throughline-news/throughline)"

// Limits for one page.
const (
	DefaultTimeout   = 20 * time.Second
	DefaultMaxBytes  = 5 << 20
	DefaultRedirects = 5
)

// Client fetches pages. Its zero value is ready to use with the default
// limits.
type Client struct {
	// HTTP is the client used; nil means a client with Timeout and the
	// redirect bound.
	HTTP      *http.Client
	Timeout   time.Duration
	MaxBytes  int64
	Redirects int
}

// Page is a fetched HTML page.
type Page struct {
	// URL is where the page was found, after redirects.
	URL  string
	Body []byte
}

// CheckURL reports whether raw is an absolute http(s) URL with a host.
func CheckURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errors.New("not an http:// or https:// address")
	}
	if u.User != nil {
		return nil, errors.New("an address with a user name or password is refused")
	}
	return u, nil
}

// Get fetches one HTML page. Errors say what went wrong in words; the
// caller names the URL.
func (c Client) Get(ctx context.Context, raw string) (Page, error) {
	u, err := CheckURL(raw)
	if err != nil {
		return Page{}, err
	}
	timeout := cmp.Or(c.Timeout, DefaultTimeout)
	maxBytes := cmp.Or(c.MaxBytes, DefaultMaxBytes)
	redirects := cmp.Or(c.Redirects, DefaultRedirects)
	client := c.HTTP
	if client == nil {
		client = &http.Client{}
	}
	bounded := *client
	bounded.Timeout = timeout
	bounded.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > redirects {
			return fmt.Errorf("more than %d redirects", redirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirected to a non-web address %q", req.URL.Redacted())
		}
		return nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Page{}, err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	resp, err := bounded.Do(req)
	if err != nil {
		return Page{}, describe(err, timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Page{}, fmt.Errorf("the server answered %s", resp.Status)
	}
	mediaType, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if mediaType != "text/html" && mediaType != "application/xhtml+xml" {
		return Page{}, fmt.Errorf("not an HTML page (content type %q)", resp.Header.Get("Content-Type"))
	}
	if resp.ContentLength > maxBytes {
		return Page{}, fmt.Errorf("larger than the %d MiB limit (%d bytes)", maxBytes>>20, resp.ContentLength)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
	if err != nil {
		return Page{}, describe(err, timeout)
	}
	if int64(len(body)) > maxBytes {
		return Page{}, fmt.Errorf("larger than the %d MiB limit", maxBytes>>20)
	}
	return Page{URL: resp.Request.URL.String(), Body: body}, nil
}

// describe words a transport error.
func describe(err error, timeout time.Duration) error {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		if uerr.Timeout() {
			return fmt.Errorf("no complete answer within %s", timeout)
		}
		err = uerr.Err
	}
	msg := err.Error()
	if strings.Contains(msg, "connection refused") || strings.Contains(msg, "no such host") {
		return fmt.Errorf("unreachable: %v", err)
	}
	return err
}
