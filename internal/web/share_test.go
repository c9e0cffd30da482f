package web

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWithTextFragment(t *testing.T) {
	tests := []struct{ url, quote, want string }{
		{"https://example.com/a", "The port closed.", "https://example.com/a#:~:text=The%20port%20closed."},
		{"https://example.com/a#top", "A short, well-known quote & more", "https://example.com/a#:~:text=A%20short%2C%20well%2Dknown%20quote%20%26%20more"},
		{"https://example.com/a", "one two three four five six seven eight nine ten eleven twelve",
			"https://example.com/a#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve"},
		{"", "Anything", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, withTextFragment(tt.url, tt.quote))
	}
}
