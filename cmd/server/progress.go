package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// progress shows an ingest's progress on standard error: a bar redrawn in
// place on a terminal, plain lines otherwise (logs, pipes, CI).
type progress struct {
	w        io.Writer
	terminal bool
	width    int
	drawn    bool // a bar is on the current line
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, width: 80}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.terminal = true
		if width, _, err := term.GetSize(int(f.Fd())); err == nil && width > 40 {
			p.width = width
		}
	}
	return p
}

var verbs = map[string]string{"read": "reading", "fetch": "fetching"}

// quietFiles is the folder size below which reading files is not
// reported off a terminal: it takes no time worth watching.
const quietFiles = 20

// report shows that done of total items of a stage are through.
func (p *progress) report(stage string, done, total int, item string) {
	verb := verbs[stage]
	if !p.terminal {
		// Lines go to logs: every page fetched (slow, and worth a
		// record), files only in tenths of a large folder.
		if stage == "fetch" || total >= quietFiles && (done == total || done%(total/10) == 0) {
			fmt.Fprintf(p.w, "%s %d/%d %s\n", verb, done, total, item)
		}
		return
	}
	const barWidth = 24
	filled := barWidth * done / max(total, 1)
	line := fmt.Sprintf("%s [%s%s] %d/%d %s", verb, strings.Repeat("=", filled), strings.Repeat(" ", barWidth-filled), done, total, item)
	if r := []rune(line); len(r) > p.width-1 {
		line = string(r[:p.width-2]) + "…"
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", line)
	p.drawn = true
	if done == total {
		p.done()
	}
}

// done ends the bar's line, so what follows starts on its own.
func (p *progress) done() {
	if p.drawn {
		fmt.Fprintln(p.w)
		p.drawn = false
	}
}
