// Command server is Throughline: it serves cited news timelines and
// ingests the articles they are built from.
//
//	server [serve] [--addr ADDR] [--db PATH]    serve the site (the default)
//	server ingest --db PATH --story SLUG DIR    ingest a story folder
//	server stories --db PATH                    list the stories
//	server delete-story --db PATH SLUG          remove a story completely
//	server export --db PATH --story SLUG        print a story's events as JSON
//	server backup --db PATH --out FILE          copy a database, even in use
//	server restore --db PATH --from FILE        replace a database with a backup
//	server healthcheck [--addr ADDR]            probe a running server
//	server timex --dct YYYY-MM-DD [FILE]        print a text's temporal expressions
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// command is one subcommand: it parses its own flags and runs.
type command func(ctx context.Context, args []string, stdout, stderr io.Writer) error

var commands = map[string]command{
	"serve":        serve,
	"ingest":       ingestCommand,
	"stories":      storiesCommand,
	"delete-story": deleteStoryCommand,
	"export":       export,
	"backup":       backupCommand,
	"restore":      restoreCommand,
	"healthcheck":  healthcheck,
	"timex":        timexCommand,
}

// run dispatches to a subcommand and turns its error into one line on
// stderr and an exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	name := "serve"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		name, args = args[0], args[1:]
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "throughline: unknown command %q (want serve, ingest, stories, delete-story, export, backup, restore, healthcheck or timex)\n", name)
		return 2
	}
	err := cmd(ctx, args, stdout, stderr)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	}
	fmt.Fprintf(stderr, "throughline %s: %v\n", name, err)
	if errors.As(err, new(usageError)) {
		return 2
	}
	return 1
}

// usageError is a mistake in the command line itself.
type usageError struct{ error }

// flagSet makes a subcommand's flag set that reports errors instead of
// exiting, writing usage to stderr.
func flagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parse parses flags, wrapping mistakes as usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	return nil
}

// env returns the environment variable's value, or def when unset: every
// flag falls back to one.
func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

func newLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}
