// Package static serves Throughline's stylesheet and other assets under
// content-hashed names, so browsers may cache them forever.
package static

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed *.css *.svg *.js
var files embed.FS

// Prefix is the URL path under which assets are served.
const Prefix = "/static/"

type asset struct {
	body        []byte
	contentType string
}

var (
	hashedNames = map[string]string{} // "style.css" → "style.1a2b3c4d5e.css"
	assets      = map[string]asset{}  // hashed name → asset
)

func init() {
	entries, err := fs.ReadDir(files, ".")
	if err != nil {
		panic(err) // the embedded folder always reads
	}
	for _, e := range entries {
		body, err := files.ReadFile(e.Name())
		if err != nil {
			panic(err)
		}
		sum := sha256.Sum256(body)
		ext := path.Ext(e.Name())
		hashed := strings.TrimSuffix(e.Name(), ext) + "." + hex.EncodeToString(sum[:5]) + ext
		hashedNames[e.Name()] = hashed
		assets[hashed] = asset{body: body, contentType: mime.TypeByExtension(ext)}
	}
}

// Path returns the URL path of an asset by its file name, e.g.
// Path("style.css") = "/static/style.1a2b3c4d5e.css". It panics on a name
// that is not embedded: that is a programming error caught by any test
// that renders a page.
func Path(name string) string {
	hashed, ok := hashedNames[name]
	if !ok {
		panic("static: no asset " + name)
	}
	return Prefix + hashed
}

// Handler serves assets by their hashed names with a one-year immutable
// cache lifetime; any other name is not found.
func Handler() http.Handler {
	modTime := time.Unix(0, 0)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a, ok := assets[strings.TrimPrefix(r.URL.Path, Prefix)]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", a.contentType)
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		w.Header().Set("ETag", `"`+strings.TrimPrefix(r.URL.Path, Prefix)+`"`) // the name holds the content's hash
		http.ServeContent(w, r, "", modTime, bytes.NewReader(a.body))
	})
}
