package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestProgressOffATerminal(t *testing.T) {
	var out bytes.Buffer
	p := newProgress(&out)
	for i := 1; i <= 3; i++ {
		p.report("read", i, 3, "a.txt")
	}
	assert.Empty(t, out.String(), "a small folder reads too fast to report")
	for i := 1; i <= 40; i++ {
		p.report("read", i, 40, "f.txt")
	}
	assert.Equal(t, 10, strings.Count(out.String(), "\n"), "a large one in tenths")
	out.Reset()
	p.report("fetch", 1, 2, "https://news.example/a")
	assert.Equal(t, "fetching 1/2 https://news.example/a\n", out.String())
}

func TestProgressBarOnATerminal(t *testing.T) {
	var out bytes.Buffer
	p := &progress{w: &out, terminal: true, width: 60}
	p.report("fetch", 1, 2, "https://news.example/"+strings.Repeat("x", 100))
	line := out.String()
	assert.True(t, strings.HasPrefix(line, "\r\x1b[Kfetching [============            ] 1/2 https://news."), line)
	assert.LessOrEqual(t, len([]rune(strings.TrimPrefix(line, "\r\x1b[K"))), 59, "fits the terminal")
	p.report("fetch", 2, 2, "b")
	assert.True(t, strings.HasSuffix(out.String(), "\r\x1b[Kfetching [========================] 2/2 b\n"), "the finished bar ends its line")
}
