package web

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/throughline-news/throughline/internal/timeline"
)

// The site's URL scheme, in one place.

func storyPath(slug string) string { return "/stories/" + url.PathEscape(slug) }

func eventPath(slug string, e timeline.Event) string {
	ref := e.ID
	if e.Slug != "" {
		ref += "-" + e.Slug
	}
	return storyPath(slug) + "/events/" + url.PathEscape(ref)
}

func sourcePath(slug, key string) string {
	return storyPath(slug) + "/sources/" + url.PathEscape(key)
}

func paragraphPath(slug, key string, ordinal int) string {
	return sourcePath(slug, key) + "#" + paragraphID(ordinal)
}

func paragraphID(ordinal int) string { return "p" + strconv.Itoa(ordinal) }

// eventID takes the id from an event URL's last segment, "ID-slug" or "ID".
func eventID(ref string) string {
	id, _, _ := strings.Cut(ref, "-")
	return id
}
