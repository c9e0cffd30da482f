package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
	"unicode/utf8"

	"github.com/throughline-news/throughline/internal/timex"
)

// maxTimexInput bounds the text the timex command reads.
const maxTimexInput = 64 << 20

// timexExpression is one line of the timex command's output. Offsets are
// bytes into the UTF-8 input, end exclusive.
type timexExpression struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
	// With --explain: the calendar days denoted, the rule used and the
	// earlier date it was counted from, if any.
	First     string `json:"first,omitempty"`
	Last      string `json:"last,omitempty"`
	Rule      string `json:"rule,omitempty"`
	Reference string `json:"reference,omitempty"`
}

// timexCommand tags the temporal expressions of a text, for evaluation and
// debugging: timex --dct YYYY-MM-DD [FILE].
func timexCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("timex", stderr)
	dctFlag := fs.String("dct", "", "document creation time: YYYY-MM-DD, optionally with THH:MM[:SS]")
	explain := fs.Bool("explain", false, "also print each expression's calendar interval and rule")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: throughline timex --dct YYYY-MM-DD [FILE]   (reads standard input without FILE)")
		fs.PrintDefaults()
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageError{errors.New("at most one FILE")}
	}
	dct, err := parseDCT(*dctFlag)
	if err != nil {
		return usageError{err}
	}
	name, in := "standard input", io.Reader(os.Stdin)
	if fs.NArg() == 1 {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	text, err := io.ReadAll(io.LimitReader(in, maxTimexInput+1))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(text) > maxTimexInput {
		return fmt.Errorf("%s: larger than %d MiB", name, maxTimexInput>>20)
	}
	if !utf8.Valid(text) {
		return fmt.Errorf("%s: not UTF-8 text", name)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, e := range timex.Tag(string(text), dct) {
		out := timexExpression{Start: e.Start, End: e.End, Text: e.Text, Type: string(e.Type), Value: e.Value, Mod: e.Mod}
		if *explain {
			out.First, out.Last, out.Rule = isoDay(e.First), isoDay(e.Last), e.Rule
			if e.Reference != nil {
				out.Reference = e.Reference.Text
			}
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	return nil
}

func parseDCT(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, errors.New("--dct is required (YYYY-MM-DD)")
	}
	for _, layout := range []string{"2006-01-02", "2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--dct %q: want YYYY-MM-DD, optionally with THH:MM[:SS]", s)
}

func isoDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
