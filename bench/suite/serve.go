package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// ServeResult compares Throughline with nginx serving the same bytes.
type ServeResult struct {
	Pages map[string]string `json:"pages"` // name → path
	// NotModified is the status of a conditional request with each page's
	// ETag.
	NotModified map[string]int `json:"not_modified"`
	Runs        []ServeRun     `json:"runs"`
}

// ServeRun is one page at one number of connections, on both servers.
type ServeRun struct {
	Page        string  `json:"page"`
	Connections int     `json:"connections"`
	Throughline Load    `json:"throughline"`
	Nginx       Load    `json:"nginx"`
	Ratio       float64 `json:"ratio"` // Throughline's requests/s over nginx's
}

var pageOrder = []string{"timeline", "event", "source", "api"}

func benchServe(ctx context.Context, bin string, cfg runConfig) (ServeResult, error) {
	srv, err := startServer(ctx, bin, filepath.Join(cfg.work, "serve.db"))
	if err != nil {
		return ServeResult{}, err
	}
	defer srv.stop()
	pages, err := samplePages(srv.base)
	if err != nil {
		return ServeResult{}, err
	}
	res := ServeResult{Pages: pages, NotModified: map[string]int{}}

	// nginx serves the very bytes Throughline sends, each page from
	// PATH/index.html (one page's path is another's folder).
	root := filepath.Join(cfg.work, "nginx", "root")
	for _, name := range pageOrder {
		body, header, err := mustGet(srv.base + pages[name])
		if err != nil {
			return res, err
		}
		dir := filepath.Join(root, filepath.FromSlash(pages[name]))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return res, err
		}
		if err := os.WriteFile(filepath.Join(dir, "index.html"), body, 0o644); err != nil {
			return res, err
		}
		status, _, err := get(srv.base+pages[name], http.Header{"If-None-Match": {header.Get("ETag")}})
		if err != nil {
			return res, err
		}
		res.NotModified[name] = status
	}
	nginxBase, stopNginx, err := startNginx(ctx, filepath.Join(cfg.work, "nginx"))
	if err != nil {
		return res, err
	}
	defer stopNginx()
	for _, name := range pageOrder {
		a, _, err := mustGet(srv.base + pages[name])
		if err != nil {
			return res, err
		}
		b, _, err := mustGet(nginxBase + pages[name])
		if err != nil {
			return res, err
		}
		if !bytes.Equal(a, b) {
			return res, fmt.Errorf("%s: nginx does not serve the same bytes", name)
		}
	}

	fmt.Printf("%-9s %5s | %15s %7s %7s %4s | %10s %7s %7s | %5s\n", "page", "conns", "throughline r/s", "p50 ms", "p99 ms", "err", "nginx r/s", "p50 ms", "p99 ms", "ratio")
	for _, name := range pageOrder {
		for _, conns := range []int{16, 64, 256} {
			run := ServeRun{Page: name, Connections: conns}
			if run.Throughline, err = wrk(ctx, cfg.work, srv.base+pages[name], conns, cfg.duration); err != nil {
				return res, err
			}
			if run.Nginx, err = wrk(ctx, cfg.work, nginxBase+pages[name], conns, cfg.duration); err != nil {
				return res, err
			}
			run.Ratio = run.Throughline.RPS / run.Nginx.RPS
			res.Runs = append(res.Runs, run)
			t, n := run.Throughline, run.Nginx
			fmt.Printf("%-9s %5d | %15.0f %7.2f %7.2f %4d | %10.0f %7.2f %7.2f | %5.2f\n", name, conns, t.RPS, t.P50, t.P99, t.Errors, n.RPS, n.P50, n.P99, run.Ratio)
		}
	}
	fmt.Printf("conditional requests with the ETag: %v\n", res.NotModified)
	return res, nil
}

// samplePages finds the sample story's timeline, its first event, the
// source that event cites first, and the events API.
func samplePages(base string) (map[string]string, error) {
	body, _, err := mustGet(base + "/api/stories")
	if err != nil {
		return nil, err
	}
	var stories struct {
		Stories []struct{ Slug string } `json:"stories"`
	}
	if err := json.Unmarshal(body, &stories); err != nil || len(stories.Stories) == 0 {
		return nil, fmt.Errorf("no story in /api/stories: %v", err)
	}
	slug := stories.Stories[0].Slug
	body, _, err = mustGet(base + "/api/stories/" + slug + "/events")
	if err != nil {
		return nil, err
	}
	var events struct {
		Events []struct {
			URL       string `json:"url"`
			Citations []struct {
				Source struct{ ID string } `json:"source"`
			} `json:"citations"`
		} `json:"events"`
	}
	if err := json.Unmarshal(body, &events); err != nil || len(events.Events) == 0 {
		return nil, fmt.Errorf("no event in the sample story: %v", err)
	}
	e := events.Events[0]
	event := strings.TrimPrefix(e.URL, base)
	if i := strings.Index(event, "/stories/"); i > 0 { // an absolute URL
		event = event[i:]
	}
	return map[string]string{
		"timeline": "/stories/" + slug,
		"event":    event,
		"source":   "/stories/" + slug + "/sources/" + e.Citations[0].Source.ID,
		"api":      "/api/stories/" + slug + "/events",
	}, nil
}

// startNginx serves dir/root on a free port with the content types
// Throughline sends.
func startNginx(ctx context.Context, dir string) (base string, stop func(), err error) {
	port, err := freePort()
	if err != nil {
		return "", nil, err
	}
	for _, sub := range []string{"logs", "tmp"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return "", nil, err
		}
	}
	conf := fmt.Sprintf(`worker_processes auto;
pid %[1]s/nginx.pid;
error_log %[1]s/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path %[1]s/tmp;
  proxy_temp_path %[1]s/tmp;
  fastcgi_temp_path %[1]s/tmp;
  uwsgi_temp_path %[1]s/tmp;
  scgi_temp_path %[1]s/tmp;
  server {
    listen 127.0.0.1:%[2]d;
    root %[1]s/root;
    types { }
    default_type "text/html; charset=utf-8";
    location / { try_files $uri/index.html =404; }
    location /api/ { default_type "application/json; charset=utf-8"; try_files $uri/index.html =404; }
  }
}
`, dir, port)
	if err := os.WriteFile(filepath.Join(dir, "nginx.conf"), []byte(conf), 0o644); err != nil {
		return "", nil, err
	}
	// nginx's workers run as an unprivileged user: let them read the pages.
	if out, err := exec.CommandContext(ctx, "chmod", "-R", "a+rX", filepath.Dir(dir)).CombinedOutput(); err != nil {
		return "", nil, fmt.Errorf("chmod: %v: %s", err, out)
	}
	nginx := nginxPath()
	if out, err := exec.CommandContext(ctx, nginx, "-p", dir, "-c", "nginx.conf").CombinedOutput(); err != nil {
		return "", nil, fmt.Errorf("start nginx: %v: %s", err, out)
	}
	stop = func() { exec.Command(nginx, "-p", dir, "-c", "nginx.conf", "-s", "quit").Run() }
	return "http://127.0.0.1:" + fmt.Sprint(port), stop, nil
}
