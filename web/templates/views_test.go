package templates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHeadlineAfterSource(t *testing.T) {
	tests := []struct {
		name, label, headline, want string
	}{
		{"outlet and headline", "NBC News", "Port closes", ", “Port closes”"},
		{"no headline", "NBC News", "", ""},
		{"the label is the headline", "Port closes", "Port closes", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Quote{SourceLabel: tt.label, Headline: tt.headline}.HeadlineAfterSource())
		})
	}
}
