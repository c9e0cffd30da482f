// Package migrations embeds the SQL files that build Throughline's schema.
// Files are named NNNN_description.sql and applied in order; NNNN is the
// schema version the file brings the database to.
package migrations

import "embed"

// FS holds the migration files.
//
//go:embed *.sql
var FS embed.FS
