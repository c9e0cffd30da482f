// Package samplestory embeds the default story served by a new
// installation: a folder of articles with its manifest.
package samplestory

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed caribbean-strikes
var files embed.FS

// Folder returns the embedded story folder and its name, which is the
// story's slug.
func Folder() (fs.FS, string, error) {
	entries, err := fs.ReadDir(files, ".")
	if err != nil {
		return nil, "", fmt.Errorf("sample story: %w", err)
	}
	if len(entries) != 1 || !entries[0].IsDir() {
		return nil, "", fmt.Errorf("sample story: want one embedded folder, found %d entries", len(entries))
	}
	name := entries[0].Name()
	sub, err := fs.Sub(files, name)
	if err != nil {
		return nil, "", fmt.Errorf("sample story: %w", err)
	}
	return sub, name, nil
}
